import OCR
import PixelIO

/// Tallies what the frames of one file went through while it is written.
final class ApplyRecorder {
    var changed = 0
    var kept = 0
    var reencoded = 0
    private(set) var rects: [PixelRect] = []
    private var seen: Set<PixelRect> = []

    func add(_ written: [PixelRect]) {
        for rect in written where seen.insert(rect).inserted { rects.append(rect) }
    }
}

/// Blanks the plan's regions in decoded frames and clears overlay bits the header contract found.
struct FrameRedaction {
    let plan: RedactionPlan
    let fill: FillChoice
    let palette: PaletteLUT?
    let overlay: HeaderContractOutcome
    let recorder: ApplyRecorder

    /// True when frame `index` may change: a region applies, or overlay bits must be cleared.
    func needsDecoding(_ index: Int) -> Bool {
        plan.touches(frame: index) || overlay.needsHighBitCleaning
    }

    /// Fills the regions of frame `index` and clears overlay bits; true when the frame changed.
    func redact(_ buffer: inout PixelBuffer, frame index: Int) throws(DicomError) -> Bool {
        var changed = false
        let rects = plan.rects(inFrame: index)
        if !rects.isEmpty {
            let choice = Self.choice(fill, for: buffer.description).resolved(for: buffer)
            let color = try FillColor(choice, for: buffer.description, palette: palette)
            let written = try PixelFiller.fill(rects, with: color, in: &buffer)
            recorder.add(written)
            changed = !written.isEmpty
        }
        if overlay.cleanOverlayBits(in: &buffer) { changed = true }
        return changed
    }

    /// `choice` for frames laid out as `layout`: a single explicit value is used for every sample.
    static func choice(_ choice: FillChoice, for layout: PixelDescription) -> FillChoice {
        if case .samples(let values) = choice, values.count == 1, layout.samplesPerPixel > 1 {
            return .samples(Array(repeating: values[0], count: layout.samplesPerPixel))
        }
        return choice
    }
}
