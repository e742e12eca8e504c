import OCR
import PixelIO

/// Grows text regions whose edge cuts through ink: a glyph's last column or a descender that
/// the recogniser's box (even with the margin) stops short of. Left cut, such a sliver keeps the
/// text legible at the edge of the blanked box, and dark text blanked with a dark fill stays
/// outlined. A side grows one pixel at a time while the line just outside it holds ink touching
/// ink just inside: left and right up to a quarter of the region's height, up and down two rows.
enum InkEdges {
    /// Least difference (8-bit display levels) between the ink and the surround for a region to
    /// be grown: below it the "ink" is texture.
    static let leastContrast = 40

    /// `regions` with the text regions grown over cut ink, measured in the frames' display
    /// luma (a frame-specific region in its first frame, others in frame 0). `firstFrame` is
    /// frame 0's luma when the detector kept it; other frames are decoded as needed.
    static func grow(_ regions: [RedactionRegion], frames: PixelFrames, firstFrame: GreyImage?) -> [RedactionRegion] {
        var lumas: [Int: GreyImage] = [:]
        lumas[0] = firstFrame
        return regions.map { region in
            guard region.reason.isDetectedText else { return region }
            let index: Int
            switch region.frames {
            case .all: index = 0
            case .frames(let list): index = list.min() ?? 0
            }
            if lumas[index] == nil {
                guard let frame = try? frames.frame(index),
                      let display = try? DisplayChannels(frame: frame, palette: frames.palette) else { return region }
                lumas[index] = display.luma
            }
            guard let luma = lumas[index] else { return region }
            var grown = region
            grown.rect = grow(region.rect, in: luma)
            return grown
        }
    }

    /// `rect` grown over ink its edges cut, in `image`.
    static func grow(_ rect: PixelRect, in image: GreyImage) -> PixelRect {
        let box = rect.clipped(columns: image.width, rows: image.height)
        guard box.width >= 2, box.height >= 2, let (surround, contrast) = levels(around: box, in: image) else { return rect }
        // Sideways a cut glyph may be wide (the leg of a large "R"); up and down only a row or
        // two, since closely spaced lines touch there and would otherwise chain.
        let limit = (side: max(2, box.height / 4), vertical: 2)
        let threshold = (contrast + 1) / 2
        @inline(__always) func isInk(_ x: Int, _ y: Int) -> Bool {
            abs(Int(image[x, y]) - surround) >= threshold
        }
        var (x0, y0, x1, y1) = (box.x, box.y, box.maxX - 1, box.maxY - 1)
        var grown = (left: 0, right: 0, top: 0, bottom: 0)
        var changed = true
        while changed {
            changed = false
            if grown.left < limit.side, x0 > 0, (y0...y1).contains(where: { isInk(x0 - 1, $0) && isInk(x0, $0) }) {
                x0 -= 1; grown.left += 1; changed = true
            }
            if grown.right < limit.side, x1 < image.width - 1, (y0...y1).contains(where: { isInk(x1 + 1, $0) && isInk(x1, $0) }) {
                x1 += 1; grown.right += 1; changed = true
            }
            if grown.top < limit.vertical, y0 > 0, (x0...x1).contains(where: { isInk($0, y0 - 1) && isInk($0, y0) }) {
                y0 -= 1; grown.top += 1; changed = true
            }
            if grown.bottom < limit.vertical, y1 < image.height - 1, (x0...x1).contains(where: { isInk($0, y1 + 1) && isInk($0, y1) }) {
                y1 += 1; grown.bottom += 1; changed = true
            }
        }
        return PixelRect(x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1).union(rect)
    }

    /// The surround's level (the median of the one-pixel ring outside `box`) and the ink's
    /// contrast with it (how far the inside of `box` gets from it, ignoring the farthest 2%);
    /// nil when the ring lies
    /// outside the image, is not flat (a fifth of it or more differs from its median by half
    /// `leastContrast`), or the contrast is below `leastContrast`.
    private static func levels(around box: PixelRect, in image: GreyImage) -> (surround: Int, contrast: Int)? {
        var ring: [Int] = []
        if box.y > 0 { for x in box.x..<box.maxX { ring.append(Int(image[x, box.y - 1])) } }
        if box.maxY < image.height { for x in box.x..<box.maxX { ring.append(Int(image[x, box.maxY])) } }
        if box.x > 0 { for y in box.y..<box.maxY { ring.append(Int(image[box.x - 1, y])) } }
        if box.maxX < image.width { for y in box.y..<box.maxY { ring.append(Int(image[box.maxX, y])) } }
        guard !ring.isEmpty else { return nil }
        ring.sort()
        let surround = ring[ring.count / 2]
        // Text on a flat surround only: on anatomy or speckle every edge "cuts ink".
        let flat = ring.filter { abs($0 - surround) < leastContrast / 2 }.count
        guard flat * 5 >= ring.count * 4 else { return nil }
        // The 98th percentile of the inside's distances from the surround, from a histogram.
        var histogram = [Int](repeating: 0, count: 256)
        for y in box.y..<box.maxY {
            for x in box.x..<box.maxX { histogram[abs(Int(image[x, y]) - surround)] += 1 }
        }
        let rank = min(box.area - 1, box.area * 98 / 100)
        var seen = 0, contrast = 0
        while contrast < 255 {
            seen += histogram[contrast]
            if seen > rank { break }
            contrast += 1
        }
        return contrast >= leastContrast ? (surround, contrast) : nil
    }
}
