import PixelIO

/// Where the samples of a frame sit, seen as planes of rows of fill units: a unit is one pixel
/// (all its samples when interleaved, one sample when planar) or, for 4:2:2 frames, a pixel pair
/// (Y Y Cb Cr, the pair's shared chroma).
struct FillGeometry {
    /// One plane: where it starts and the bytes of one unit of fill in it.
    struct Plane {
        let offset: Int
        let pattern: [UInt8]
    }

    let planes: [Plane]
    /// Bytes from one row of a plane to the next.
    let rowStride: Int
    /// Bytes of one unit.
    let unitBytes: Int
    /// Pixels one unit spans across (2 for 4:2:2 pairs).
    let pixelsPerUnit: Int
    let columns: Int
    let rows: Int

    /// The geometry of frames laid out as `layout`, filled with sample words `words` (one per sample of
    /// a pixel). A chroma-subsampled frame is always read as interleaved pairs, as PixelIO stores it.
    init(layout: PixelDescription, words: [UInt64]) {
        let bytes = layout.bytesPerSample
        let samples = layout.samplesPerPixel
        columns = layout.columns
        rows = layout.rows
        func littleEndian(_ word: UInt64) -> [UInt8] {
            (0..<bytes).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
        }
        if layout.photometric.isChromaSubsampled && samples == 3 {
            let pairs = (layout.columns + 1) / 2
            pixelsPerUnit = 2
            unitBytes = 4 * bytes
            rowStride = pairs * unitBytes
            let pattern = [words[0], words[0], words[1], words[2]].flatMap(littleEndian)
            planes = [Plane(offset: 0, pattern: pattern)]
        } else if layout.isPlanar && samples > 1 {
            pixelsPerUnit = 1
            unitBytes = bytes
            rowStride = layout.columns * bytes
            let planeBytes = layout.rows * rowStride
            planes = words.enumerated().map { Plane(offset: $0.offset * planeBytes, pattern: littleEndian($0.element)) }
        } else {
            pixelsPerUnit = 1
            unitBytes = samples * bytes
            rowStride = layout.columns * unitBytes
            planes = [Plane(offset: 0, pattern: words.flatMap(littleEndian))]
        }
    }

    /// The units a rectangle touches in each row, and the pixels they cover (the rectangle clipped
    /// to the frame and, for pairs, grown to even columns). Nil when it misses the frame.
    func span(of rect: PixelRect) -> (firstUnit: Int, units: Int, covered: PixelRect)? {
        let clipped = rect.clipped(columns: columns, rows: rows)
        guard !clipped.isEmpty else { return nil }
        let first = clipped.x / pixelsPerUnit
        let end = (clipped.maxX + pixelsPerUnit - 1) / pixelsPerUnit
        let covered = PixelRect(minX: first * pixelsPerUnit, minY: clipped.y,
                                maxX: min(end * pixelsPerUnit, columns), maxY: clipped.maxY)
        return (first, end - first, covered)
    }
}
