import OCR
import PixelIO

/// Makes the redaction plan of a file: known-region rules and the ultrasound option on the
/// header, then (unless the text mode is `none`) text detection on the pixels and the judge's
/// decisions, text boxes grown by the margin, everything clipped to the image and merged, and the
/// regions listed in reading order.
public struct Redactor: Sendable {
    /// How plans are made.
    public var options: PlanOptions
    /// Finds text in the pixels; nil only when the text mode is `none`.
    public var detector: (any TextDetector)?
    /// Decides which detections go.
    public var judge: any TextJudge

    /// A redactor. `detector` may be nil when `options.textMode` is `.none`.
    public init(options: PlanOptions = PlanOptions(), detector: (any TextDetector)?,
                judge: any TextJudge = AllTextJudge()) {
        self.options = options
        self.detector = detector
        self.judge = judge
    }

    /// The plan for `file` (read from `path`, which the plan records). A file without Pixel
    /// Data gets an empty plan. Throws when the pixels cannot be decoded or the detector fails.
    public func plan(for file: DicomFile, path: String = "") throws -> RedactionPlan {
        let syntax = file.transferSyntax.uid
        guard file.hasPixelData else {
            return .withoutPixelData(path: path, transferSyntaxUID: syntax, textMode: options.textMode)
        }
        try file.requireComplete()
        let layout = try PixelDescription(dataset: file.dataset)
        let columns = layout.columns, rows = layout.rows
        var plan = RedactionPlan(path: path, hasPixelData: true, rows: rows, columns: columns,
                                 frames: layout.numberOfFrames, transferSyntaxUID: syntax, textMode: options.textMode)
        var regions: [RedactionRegion] = []

        let input = RuleInput(dataset: file.dataset, fileMeta: file.fileMeta, columns: columns, rows: rows,
                              numberOfFrames: layout.numberOfFrames)
        for ruleSet in options.ruleSets {
            let evaluation = ruleSet.evaluate(input)
            plan.matchedRules += evaluation.matchedRules.map(\.name)
            regions += evaluation.regions
        }
        if options.ultrasoundRegions {
            regions += ultrasoundRegions(file.dataset, columns: columns, rows: rows, notes: &plan.notes)
        }

        if options.textMode != .none {
            guard let detector else {
                throw DicomError(.invalidValue, "text mode \(options.textMode.rawValue) needs a text detector")
            }
            let frames = try PixelFrames(file: file)
            let (detections, firstFrame) = try detector.detectKeepingFirstFrame(in: frames)
            let reasons = judge.judge(detections, in: file.dataset)
            guard reasons.count == detections.count else {
                throw DicomError(.invalidValue, "the text judge decided \(reasons.count) of \(detections.count) detections")
            }
            for (detection, reason) in zip(detections, reasons) {
                plan.detections.append(JudgedDetection(detection: detection, reason: reason))
                guard let reason else { continue }
                let rect = RegionMerger.padded(detection.box, margin: options.margin, columns: columns, rows: rows)
                regions.append(RedactionRegion(frames: detection.frames, rect: rect, reason: reason))
            }
            regions = InkEdges.grow(regions, frames: frames, firstFrame: firstFrame)
        }
        let clipped = regions.map { region in
            var clipped = region
            clipped.rect = region.rect.clipped(columns: columns, rows: rows)
            return clipped
        }
        plan.regions = RegionMerger.readingOrder(RegionMerger.merge(TextSlots.widen(clipped, frameCount: layout.numberOfFrames)))
        return plan
    }

    /// Everything outside the Sequence of Ultrasound Regions, for ultrasound images (modality US
    /// or a Sequence of Ultrasound Regions present); nothing for other images.
    private func ultrasoundRegions(_ dataset: DataSet, columns: Int, rows: Int, notes: inout [String]) -> [RedactionRegion] {
        let hasSequence = dataset.contains(UltrasoundRegions.sequence)
        guard hasSequence || dataset.string(.modality) == "US" else {
            notes.append("ultrasound option: not an ultrasound image, not applied")
            return []
        }
        if UltrasoundRegions.rectangles(in: dataset).isEmpty {
            notes.append("ultrasound option: no usable Sequence of Ultrasound Regions, the whole image is blanked")
        }
        return UltrasoundRegions.outside(in: dataset, columns: columns, rows: rows).map {
            RedactionRegion(frames: .all, rect: $0, reason: .outsideUltrasoundRegions)
        }
    }
}
