import OCR
import PixelIO

/// Blanks rectangles of a native frame with a `FillColor`.
///
/// Works on every layout a `PixelBuffer` holds: 1 (unpacked, one byte per sample), 8, 16, 32 and
/// 64 bits allocated; 1, 3 or 4 samples, interleaved or planar; and YBR_FULL_422 frames in native
/// encoding, where two horizontal pixels share one Cb and Cr (stored Y Y Cb Cr): there a rectangle
/// grows to even column boundaries, since half a pair cannot be blanked. Pixels outside the
/// (grown) rectangles are not touched; inside them every sample word becomes the colour's stored
/// word, bits outside Bits Stored included (see `FillColor`).
public enum PixelFiller {
    /// Fills each rectangle of `rects` (clipped to the frame; empty ones skipped) with `color`.
    /// Returns the rectangles actually written: clipped, and grown to even columns for 4:2:2 frames.
    /// Throws when `color` was chosen for another sample layout than `buffer`'s.
    @discardableResult
    public static func fill(_ rects: [PixelRect], with color: FillColor,
                            in buffer: inout PixelBuffer) throws(DicomError) -> [PixelRect] {
        try check(color, fits: buffer.description)
        let geometry = FillGeometry(layout: buffer.description, words: color.storedWords)
        let spans = rects.compactMap { geometry.span(of: $0) }
        guard !spans.isEmpty else { return [] }
        let widest = spans.reduce(0) { max($0, $1.units) }
        let fillers = geometry.planes.map { RowFill(pattern: $0.pattern, maxUnits: widest) }
        let frameLength = buffer.bytes.count
        buffer.bytes.withUnsafeMutableBufferPointer { frame in
            guard let base = frame.baseAddress else { return }
            for span in spans {
                for (plane, filler) in zip(geometry.planes, fillers) {
                    let offset = plane.offset &+ span.covered.y &* geometry.rowStride &+ span.firstUnit &* geometry.unitBytes
                    let last = offset &+ (span.covered.height &- 1) &* geometry.rowStride &+ span.units &* geometry.unitBytes
                    // The geometry comes from the same description as the buffer's length; stay inside regardless.
                    guard offset >= 0, last <= frameLength else { continue }
                    filler.fill(base, offset: offset, stride: geometry.rowStride,
                                rowCount: span.covered.height, units: span.units)
                }
            }
        }
        return spans.map(\.covered)
    }

    /// Fills the rectangles of the `regions` that apply to frame `frameIndex` (0-based).
    @discardableResult
    public static func fill(_ regions: [RedactionRegion], frame frameIndex: Int, with color: FillColor,
                            in buffer: inout PixelBuffer) throws(DicomError) -> [PixelRect] {
        try fill(regions.filter { $0.frames.contains(frameIndex) }.map(\.rect), with: color, in: &buffer)
    }

    /// Throws unless `color` was resolved for a layout whose samples are stored like `layout`'s.
    private static func check(_ color: FillColor, fits layout: PixelDescription) throws(DicomError) {
        let chosen = color.layout
        guard chosen.samplesPerPixel == layout.samplesPerPixel, chosen.bitsAllocated == layout.bitsAllocated,
              chosen.bitsStored == layout.bitsStored, chosen.highBit == layout.highBit,
              chosen.isSigned == layout.isSigned, chosen.photometric == layout.photometric,
              color.samples.count == layout.samplesPerPixel else {
            throw DicomError(.invalidValue,
                             "the fill colour was chosen for \(describe(chosen)), the frame is \(describe(layout))")
        }
        guard layout.unpackedFrameLength > 0 else {
            throw DicomError(.invalidPixelData, "the frame holds no samples")
        }
    }

    private static func describe(_ d: PixelDescription) -> String {
        "\(d.photometric) \(d.samplesPerPixel)x\(d.bitsAllocated)-bit (stored \(d.bitsStored), high bit \(d.highBit)"
            + (d.isSigned ? ", signed)" : ")")
    }
}
