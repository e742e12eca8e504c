import OCR
import PixelIO
import Redactor

/// A word as the report lists it: the text, confidence (to a tenth), method and PHI match.
private struct ReviewWord: Encodable {
    let text: String
    let confidence: Double
    let method: String
    let phiMatch: String?

    init(_ word: ScanDetection) {
        text = word.judged.detection.text
        confidence = (word.judged.detection.confidence * 10).rounded() / 10
        method = word.judged.detection.method.rawValue
        phiMatch = word.phiMatch
    }

    enum CodingKeys: String, CodingKey { case text, confidence, method, phiMatch = "phi_match" }
}

/// One box of the review report: a region the plan blanks (accepted unless the reviewer
/// rejects it) or text the plan keeps (kept unless the reviewer accepts it), its category for
/// colour and filters, the words inside it, and the region exported when it is accepted.
struct ReviewBox: Encodable {
    /// What put the box there; the report colours and filters by it.
    enum Category: String, Encodable {
        case rule, phi, text, unread, kept, reviewer
    }

    let frames: FrameScope
    let box: PixelRect
    let category: Category
    /// True when the plan blanks it (checked in the report by default).
    let proposed: Bool
    /// The reason in words.
    let label: String
    /// The detections inside it.
    let words: [ScanDetection]
    /// The region written to decisions.json when the box is accepted.
    let region: RedactionRegion

    enum CodingKeys: String, CodingKey { case frames, box, category, proposed, label, words, region }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try frames.encodeFlat(&container, forKey: .frames)
        try container.encode([box.x, box.y, box.width, box.height], forKey: .box)
        try container.encode(category, forKey: .category)
        try container.encode(proposed, forKey: .proposed)
        try container.encode(label, forKey: .label)
        try container.encode(words.map(ReviewWord.init), forKey: .words)
        try container.encode(region, forKey: .region)
    }

    /// The boxes of a finding: every planned region, then every kept detection no planned region
    /// covers, grown by `margin` as a planned text box would be.
    static func boxes(of finding: ScanFinding, margin: Int) -> [ReviewBox] {
        var boxes: [ReviewBox] = []
        var covered = Set<Int>()
        for region in finding.regions {
            let inside = finding.detections.indices.filter { index in
                let detection = finding.detections[index].judged.detection
                return region.rect.intersects(detection.box) && overlaps(region.frames, detection.frames)
            }
            covered.formUnion(inside)
            let words = inside.map { finding.detections[$0] }
            boxes.append(ReviewBox(frames: region.frames, box: region.rect, category: category(of: region.reason, words: words),
                                   proposed: true, label: label(region.reason, words: words), words: words, region: region))
        }
        for (index, detection) in finding.detections.enumerated() where !covered.contains(index) && detection.judged.reason == nil {
            let found = detection.judged.detection
            let rect = found.box.insetBy(dx: -margin, dy: -margin).clipped(columns: finding.columns, rows: finding.rows)
            let text = found.method == .unread ? "unread text-like region" : "\"\(found.text)\""
            let region = RedactionRegion(frames: found.frames, rect: rect, reason: .reviewer("accepted kept text \(text)"))
            boxes.append(ReviewBox(frames: found.frames, box: rect, category: .kept, proposed: false,
                                   label: "kept: \(text)", words: [detection], region: region))
        }
        return boxes
    }

    /// The category of a planned region: a text region holding a PHI match counts as PHI.
    private static func category(of reason: RegionReason, words: [ScanDetection]) -> Category {
        switch reason {
        case .rule, .outsideUltrasoundRegions: return .rule
        case .phi: return .phi
        case .text: return words.contains { $0.phiMatch != nil } ? .phi : .text
        case .unreadText: return .unread
        case .reviewer: return .reviewer
        }
    }

    private static func label(_ reason: RegionReason, words: [ScanDetection]) -> String {
        let matches = Set(words.compactMap(\.phiMatch)).sorted()
        guard case .text = reason, !matches.isEmpty else { return reason.summary }
        return reason.summary + " (PHI: " + matches.joined(separator: ", ") + ")"
    }

    private static func overlaps(_ a: FrameScope, _ b: FrameScope) -> Bool {
        switch (a, b) {
        case (.all, _), (_, .all): return true
        case (.frames(let x), .frames(let y)): return !Set(x).isDisjoint(with: y)
        }
    }
}
