import FoundationEssentials
import PixelIO

/// Blanks regions of JPEG Baseline / 8-bit Extended frames in the DCT domain: the region's pixels
/// take the fill colour, only the blocks it touches change (`JPEGCoefficientImage.blank`), and the
/// frame is written again as a sequential stream with the original quantisation tables and
/// sampling.
struct DCTRedaction {
    /// The header's description of the frames.
    let description: PixelDescription
    /// The fill, resolved for the decoded samples (grey, or RGB for colour); frames are not
    /// decoded here, so `.darkest` is `.black`.
    let fill: FillChoice

    /// The frame's stream with `rects` blanked, and the MCU-aligned rectangles changed.
    func redact(_ encoded: Data, rects: [PixelRect]) throws(DicomError) -> (Data, [PixelRect]) {
        var image = try JPEGCoefficientImage(frame: encoded, description: description)
        let values = try componentValues(for: image)
        let covered = try image.blank(pixelRects: rects, sampleValues: values)
        return (try image.encode(), covered)
    }

    /// The fill colour's values in the stream's components: the decoded samples' colour (grey,
    /// or RGB) converted to YCbCr for YCbCr streams.
    private func componentValues(for image: JPEGCoefficientImage) throws(DicomError) -> [Int] {
        var decoded = description
        decoded.bitsAllocated = 8
        decoded.bitsStored = 8
        decoded.highBit = 7
        decoded.isSigned = false
        decoded.isPlanar = false
        if decoded.samplesPerPixel == 3 { decoded.photometric = .rgb }
        let color = try FillColor(FrameRedaction.choice(fill, for: decoded), for: decoded)
        let samples = color.samples.map { Int(min(max($0, 0), 255)) }
        switch image.colorModel {
        case .grey:
            guard samples.count == 1 else {
                throw DicomError(.invalidValue, "a grey JPEG frame needs one fill value, not \(samples.count)")
            }
            return samples
        default:
            guard samples.count == 3 else {
                throw DicomError(.invalidValue, "a colour JPEG frame needs three fill values, not \(samples.count)")
            }
            return image.componentValues(red: samples[0], green: samples[1], blue: samples[2])
        }
    }
}
