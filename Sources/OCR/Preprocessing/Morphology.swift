/// Grey-level morphology with square windows, in time independent of the window size
/// (van Herk / Gil-Werman running extrema, run along rows then columns).
public enum Morphology {
    /// Each pixel replaced by the minimum (`erode`) or maximum of its `size` x `size` window;
    /// outside the image counts as neutral.
    public static func erode(_ image: GreyImage, size: Int) -> GreyImage {
        filter(image, size: size, isMax: false)
    }

    /// See `erode`.
    public static func dilate(_ image: GreyImage, size: Int) -> GreyImage {
        filter(image, size: size, isMax: true)
    }

    /// White top-hat: how much each pixel stands above the background left once bright
    /// structures narrower than `size` are removed (bright strokes light up, flat areas are 0).
    public static func whiteTopHat(_ image: GreyImage, size: Int) -> GreyImage {
        let opened = dilate(erode(image, size: size), size: size)
        return difference(image, opened)
    }

    /// Black top-hat: the same for dark strokes on a lighter background.
    public static func blackTopHat(_ image: GreyImage, size: Int) -> GreyImage {
        let closed = erode(dilate(image, size: size), size: size)
        return difference(closed, image)
    }

    /// `a - b`, saturating at 0.
    static func difference(_ a: GreyImage, _ b: GreyImage) -> GreyImage {
        var out = [UInt8](repeating: 0, count: a.pixels.count)
        a.pixels.withUnsafeBufferPointer { pa in
            b.pixels.withUnsafeBufferPointer { pb in
                for i in 0..<out.count { out[i] = pa[i] &- min(pa[i], pb[i]) }
            }
        }
        return GreyImage(width: a.width, height: a.height, pixels: out)
    }

    private static func filter(_ image: GreyImage, size: Int, isMax: Bool) -> GreyImage {
        guard size > 1, image.width > 0, image.height > 0 else { return image }
        var horizontal = [UInt8](repeating: 0, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { source in
            horizontal.withUnsafeMutableBufferPointer { target in
                runLines(source: source, target: target, count: image.height, length: image.width,
                         lineStride: image.width, step: 1, size: size, isMax: isMax)
            }
        }
        return GreyImage(width: image.width, height: image.height,
                         pixels: runColumns(horizontal, width: image.width, height: image.height, size: size, isMax: isMax))
    }

    /// The running extremum down the columns, computed a whole row at a time (contiguous rows
    /// of prefix and suffix extrema per block of `size` rows), so the inner loops run along
    /// memory and vectorise.
    private static func runColumns(_ source: [UInt8], width: Int, height: Int, size: Int, isMax: Bool) -> [UInt8] {
        let radius = size / 2
        let padded = height + 2 * radius
        let blocks = (padded + size - 1) / size
        let total = blocks * size
        let neutral: UInt8 = isMax ? 0 : 255
        var forward = [UInt8](repeating: neutral, count: total * width)
        var backward = [UInt8](repeating: neutral, count: total * width)
        var out = [UInt8](repeating: 0, count: width * height)
        source.withUnsafeBufferPointer { src in
            forward.withUnsafeMutableBufferPointer { f in
                backward.withUnsafeMutableBufferPointer { b in
                    // Row r of the padded column space is source row r - radius (neutral outside).
                    @inline(__always) func row(_ r: Int, into target: UnsafeMutablePointer<UInt8>) {
                        let y = r - radius
                        if y >= 0 && y < height {
                            target.update(from: src.baseAddress! + y * width, count: width)
                        } else {
                            target.update(repeating: neutral, count: width)
                        }
                    }
                    for block in 0..<blocks {
                        let start = block * size
                        row(start, into: f.baseAddress! + start * width)
                        for r in (start + 1)..<(start + size) {
                            let previous = f.baseAddress! + (r - 1) * width, current = f.baseAddress! + r * width
                            row(r, into: current)
                            if isMax { for x in 0..<width { current[x] = max(current[x], previous[x]) } }
                            else { for x in 0..<width { current[x] = min(current[x], previous[x]) } }
                        }
                        let last = start + size - 1
                        row(last, into: b.baseAddress! + last * width)
                        var r = last - 1
                        while r >= start {
                            let next = b.baseAddress! + (r + 1) * width, current = b.baseAddress! + r * width
                            row(r, into: current)
                            if isMax { for x in 0..<width { current[x] = max(current[x], next[x]) } }
                            else { for x in 0..<width { current[x] = min(current[x], next[x]) } }
                            r -= 1
                        }
                    }
                    out.withUnsafeMutableBufferPointer { o in
                        for y in 0..<height {
                            let low = b.baseAddress! + y * width, high = f.baseAddress! + (y + size - 1) * width
                            let target = o.baseAddress! + y * width
                            if isMax { for x in 0..<width { target[x] = max(low[x], high[x]) } }
                            else { for x in 0..<width { target[x] = min(low[x], high[x]) } }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Running extremum of `size` along `count` lines of `length` samples.
    private static func runLines(source: UnsafeBufferPointer<UInt8>, target: UnsafeMutableBufferPointer<UInt8>,
                                 count: Int, length: Int, lineStride: Int, step: Int, size: Int, isMax: Bool) {
        let radius = size / 2
        let padded = length + 2 * radius
        let blocks = (padded + size - 1) / size
        let total = blocks * size
        let neutral: UInt8 = isMax ? 0 : 255
        var line = [UInt8](repeating: neutral, count: total)
        var forward = [UInt8](repeating: neutral, count: total)
        var backward = [UInt8](repeating: neutral, count: total)
        @inline(__always) func pick(_ a: UInt8, _ b: UInt8) -> UInt8 { isMax ? max(a, b) : min(a, b) }
        for lineIndex in 0..<count {
            let base = lineIndex * lineStride
            for i in 0..<length { line[radius + i] = source[base + i * step] }
            for block in 0..<blocks {
                let start = block * size
                forward[start] = line[start]
                for i in (start + 1)..<(start + size) { forward[i] = pick(forward[i - 1], line[i]) }
                backward[start + size - 1] = line[start + size - 1]
                var i = start + size - 2
                while i >= start { backward[i] = pick(backward[i + 1], line[i]); i -= 1 }
            }
            // The window of output i covers padded positions i ... i + size - 1.
            for i in 0..<length {
                target[base + i * step] = pick(backward[i], forward[i + size - 1])
            }
        }
    }
}
