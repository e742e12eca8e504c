import PixelIO

/// What one component looks like against its surroundings.
struct InkFeatures: Sendable {
    /// Share of background pixels around it whose neighbour has nearly the same value: within 8,
    /// or an eighth of the ink's contrast (a panel's fine noise is small beside its text's).
    var flatness: Double
    /// How abruptly its ink meets the background, as a share of its contrast.
    var sharpness: Double
    /// How far the ink is from the usual background value, in the channel's direction.
    var polarity: Int
    /// The ink's median value in the channel.
    var inkLevel: Int
    /// The ink's value at its core, clear of anti-aliased rims: a tenth of its pixels lie
    /// further from the background.
    var coreLevel: Int
    /// True when it looks like a rendered character by itself.
    var isSeed: Bool
    /// Share of the area around it (and within its box) that is ground, not ink of either level.
    var groundShare: Double
}

/// Measures components of one stroke map against the channel they were found in.
struct InkMeasure {
    /// Least height of a seed.
    static let seedHeight = 5
    let strokes: GreyImage
    let image: GreyImage
    let threshold: UInt8
    /// True for dark ink on a lighter background.
    let dark: Bool

    /// The features of the component with bounding box `box`.
    func features(of box: PixelRect) -> InkFeatures {
        let margin = max(4, box.height * 2 / 3)
        let area = box.insetBy(dx: -margin, dy: -margin).clipped(columns: image.width, rows: image.height)
        let near = threshold / 2
        var background = 0
        var backgroundHistogram = [Int](repeating: 0, count: 256), inkHistogram = [Int](repeating: 0, count: 256)
        var stepHistogram = [Int](repeating: 0, count: 256)
        let width = image.width
        strokes.pixels.withUnsafeBufferPointer { s in
            image.pixels.withUnsafeBufferPointer { p in
                for y in area.y..<area.maxY {
                    let up = max(y - 1, 0) * width, row = y * width, down = min(y + 1, image.height - 1) * width
                    for x in area.x..<(area.maxX - 1) {
                        let value = s[row + x]
                        if value >= threshold && box.contains(x: x, y: y) { inkHistogram[Int(p[row + x])] += 1 }
                        let left = max(x - 1, 0), right = x + 1, further = min(x + 2, width - 1)
                        if value >= near || s[row + left] >= near || s[row + right] >= near
                            || s[row + further] >= near || s[up + x] >= near || s[down + x] >= near { continue }
                        background += 1
                        backgroundHistogram[Int(p[row + x])] += 1
                        stepHistogram[abs(Int(p[row + x]) - Int(p[row + right]))] += 1
                    }
                }
            }
        }
        let backgroundLevel = TextLineFinder.mode(of: backgroundHistogram)
        let inkLevel = TextLineFinder.median(of: inkHistogram)
        let coreLevel = TextLineFinder.quantile(of: inkHistogram, share: dark ? 0.1 : 0.9)
        let ownSide = dark ? backgroundLevel - inkLevel : inkLevel - backgroundLevel
        let smooth = stepHistogram[0...max(8, min(255, ownSide / 8))].reduce(0, +)
        let flatness = background > 0 ? Double(smooth) / Double(background) : 0
        let edges = TextLineFinder.edgeSharpness(area: box, strokes: strokes, image: image, threshold: threshold)
        // Text straddling a panel edge has half its contrast on one side: its edges are still
        // steps, measured against the contrast where they are, and its background takes one or
        // two values (texture with sharp steps takes many).
        let steps = edges.peakShare >= 0.45
            || (edges.localShare >= 0.8 && plainShare(backgroundHistogram, around: backgroundLevel) >= 0.5)
        // A large crisp mark on a uniform ground whose nearer ground is its own level (a lead
        // marker run into the black image beside its strip) is measured against the far side.
        var polarity = ownSide
        if ownSide < Int(threshold) / 2, box.height >= InkMeasure.markerHeight,
           edges.peakShare >= InkMeasure.markerSharpness, flatness >= TextLineFinder.uniformGround,
           let far = farGround(backgroundHistogram, inkLevel: inkLevel, box: box) {
            polarity = dark ? far - inkLevel : inkLevel - far
        }
        let isSeed = box.height >= InkMeasure.seedHeight && flatness >= 0.75 && steps && polarity >= Int(threshold) / 2
        return InkFeatures(flatness: flatness, sharpness: edges.peakShare, polarity: polarity, inkLevel: inkLevel,
                           coreLevel: coreLevel, isSeed: isSeed,
                           groundShare: Double(background) / Double(max(1, area.width * area.height)))
    }

    /// How plain the ground is in strips `margin` rows deep above and below `box` (a row's gap
    /// from the box is left out: anti-aliased edges of the ink).
    func ground(around box: PixelRect, margin: Int) -> GroundFlatness {
        GroundFlatness(above: flatness(in: PixelRect(minX: box.x, minY: box.y - 1 - margin, maxX: box.maxX, maxY: box.y - 1)),
                       below: flatness(in: PixelRect(minX: box.x, minY: box.maxY + 1, maxX: box.maxX, maxY: box.maxY + 1 + margin)))
    }

    /// The share of the non-ink pixels of `strip` (clipped to the image) whose right neighbour
    /// is within 8 of their value (0 when all of it is ink); nil when the strip is outside the image.
    private func flatness(in strip: PixelRect) -> Double? {
        // The last column has no right neighbour.
        let area = strip.clipped(columns: image.width - 1, rows: image.height)
        guard !area.isEmpty else { return nil }
        let near = threshold / 2, width = image.width
        var smooth = 0, background = 0
        strokes.pixels.withUnsafeBufferPointer { s in
            image.pixels.withUnsafeBufferPointer { p in
                for y in area.y..<area.maxY {
                    for x in area.x..<area.maxX where s[y * width + x] < near {
                        background += 1
                        if abs(Int(p[y * width + x]) - Int(p[y * width + x + 1])) <= 8 { smooth += 1 }
                    }
                }
            }
        }
        return background > 0 ? Double(smooth) / Double(background) : 0
    }

    /// Least height of a mark (a radiograph's lead marker) measured against the far side of a
    /// ground it straddles.
    static let markerHeight = 24
    /// Least sharpness (`TextLineFinder.EdgeSharpness.peakShare`) of such a mark.
    static let markerSharpness = 0.8

    /// The level of the ground on the far side from the ink, when a mark's surroundings are split
    /// between the ink's own level and another (a lead marker at the edge of a radiograph, half
    /// on its strip and half run into the black image): the mode of the background at least the
    /// stroke threshold from the ink, when the ground in the rows just above and below the mark
    /// lies at that level too (the gap between two letters or buttons of the other ink has
    /// ground of its own level there: the panel they stand on). Nil otherwise, and when the mark
    /// touches the top or bottom of the image (its ground there is unknown).
    private func farGround(_ background: [Int], inkLevel: Int, box: PixelRect) -> Int? {
        let reach = Int(threshold)
        var far = background
        for value in 0..<256 where abs(value - inkLevel) < reach { far[value] = 0 }
        guard far.contains(where: { $0 > 0 }) else { return nil }
        let level = TextLineFinder.mode(of: far)
        func isFar(_ ground: Int?) -> Bool { ground.map { abs($0 - level) <= reach / 2 } ?? false }
        let depth = max(2, box.height / 6)
        let strips = [PixelRect(minX: box.x, minY: box.y - 1 - depth, maxX: box.maxX, maxY: box.y - 1),
                      PixelRect(minX: box.x, minY: box.maxY + 1, maxX: box.maxX, maxY: box.maxY + 1 + depth)]
            .map { $0.clipped(columns: image.width, rows: image.height) }.filter { !$0.isEmpty }
        guard strips.count == 2, strips.allSatisfy({ isFar(groundLevel(in: $0)) }) else { return nil }
        return level
    }

    /// The mode of the pixels of `strip` off the stroke map (nil when there are none).
    private func groundLevel(in strip: PixelRect) -> Int? {
        var histogram = [Int](repeating: 0, count: 256)
        let near = threshold / 2, width = image.width
        for y in strip.y..<strip.maxY {
            for x in strip.x..<strip.maxX where strokes.pixels[y * width + x] < near {
                histogram[Int(image.pixels[y * width + x])] += 1
            }
        }
        return histogram.contains { $0 > 0 } ? TextLineFinder.mode(of: histogram) : nil
    }

    /// The stretches beside the left and right ends of a line (`box`, its letters
    /// `characterHeight` tall, their cores at `level`) in whose columns three quarters of the
    /// line's rows or more lie within half the stroke threshold of the ink's level: a region of
    /// the ink's own colour that the line runs onto, where its letters would not show (the first
    /// figures of a date gone into the black around an image). Each starts within two columns
    /// of the box and reaches at most one and a half character heights.
    func ownLevelGround(beside box: PixelRect, characterHeight: Int, level: Int) -> [PixelRect] {
        let tolerance = Int(threshold) / 2
        let range = (level - tolerance)...(level + tolerance)
        let rows = box.clipped(columns: image.width, rows: image.height)
        guard !rows.isEmpty else { return [] }
        let width = image.width
        func atLevel(_ x: Int) -> Bool {
            let count = (rows.y..<rows.maxY).reduce(0) { $0 + (range.contains(Int(image.pixels[$1 * width + x])) ? 1 : 0) }
            return 4 * count >= 3 * rows.height
        }
        let reach = characterHeight * 3 / 2
        func stretch(from start: Int, step: Int) -> PixelRect? {
            var x = start
            // Anti-aliased rims of the last letter lie just outside the box.
            while (0..<width).contains(x), abs(x - start) < 2, !atLevel(x) { x += step }
            let first = x
            while (0..<width).contains(x), abs(x - first) < reach, atLevel(x) { x += step }
            guard x != first else { return nil }
            return PixelRect(minX: min(first, x - step), minY: rows.y, maxX: max(first, x - step) + 1, maxY: rows.maxY)
        }
        return [stretch(from: box.x - 1, step: -1), stretch(from: box.maxX, step: 1)].compactMap { $0 }
    }

    /// The share of a histogram within a quarter of the ink threshold of `level`.
    func plainShare(_ histogram: [Int], around level: Int) -> Double {
        let spread = Int(threshold) / 4
        let near = histogram[max(level - spread, 0)...min(level + spread, 255)].reduce(0, +)
        let total = histogram.reduce(0, +)
        return total > 0 ? Double(near) / Double(total) : 0
    }
}
