import OCR
import PixelIO

/// Mode `phi` (or the classifier's own `all`): judges detections with a `PHIClassifier` built
/// from each file's header, so a word is removed when it matches a header value, a PHI pattern
/// or follows a PHI label, and the reason says which. Unread text-like regions, and words read
/// with too little confidence to be sure what they say, are removed too, and so is a word read
/// well that runs into such a word with no space between (a piece of the same token).
public struct PHITextJudge: TextJudge {
    /// Text the classifier keeps in its `allText` mode.
    public let allowList: PHIAllowList
    /// What the classifier removes.
    public let mode: PHIClassifier.Mode
    /// Lowest OCR confidence (0...100) at which a word's text is trusted to be what it says.
    public let trustedConfidence: Double

    /// A judge removing PHI only (`.phi`), or all text but the allow-list (`.allText`).
    public init(allowList: PHIAllowList = PHIAllowList(), mode: PHIClassifier.Mode = .phi,
                trustedConfidence: Double = 50) {
        self.allowList = allowList
        self.mode = mode
        self.trustedConfidence = trustedConfidence
    }

    public func judge(_ detections: [DetectedText], in dataset: DataSet) -> [RegionReason?] {
        let classifier = PHIClassifier(index: PHIIndex(dataset: dataset), allowList: allowList, mode: mode)
        // Text-like regions the recogniser could not read, or read too uncertainly ("OLSEN" read
        // as "Tem"), cannot be shown not to be PHI: they are removed (fail closed).
        let unsure = detections.map { $0.method == .unread || $0.confidence < trustedConfidence }
        var reasons: [RegionReason?] = unsure.map { $0 ? .unreadText : nil }
        for decision in classifier.classify(detections) {
            for word in decision.words where reasons.indices.contains(word) {
                reasons[word] = decision.regionReason
            }
        }
        // A word read well that runs into a word read poorly, with no space between them, is a
        // piece of a token the rest of which could not be read (the "MR" of an ID whose digits
        // read at 30): it cannot show the token is not PHI either. (Unread regions are the
        // padded marks no word took, and overlap the words beside them.)
        for members in PHIVisualLines.group(detections) {
            for word in members where reasons[word] == nil {
                let box = detections[word].box
                if members.contains(where: { other in
                    unsure[other] && detections[other].method != .unread
                        && detections[other].frames == detections[word].frames
                        && PHITextJudge.touch(box, detections[other].box)
                }) {
                    reasons[word] = .unreadText
                }
            }
        }
        return reasons
    }

    /// True when two boxes on the same rows (overlapping by half the shorter one) meet or overlap
    /// side by side, with at most a pixel between them.
    static func touch(_ a: PixelRect, _ b: PixelRect) -> Bool {
        let rows = min(a.maxY, b.maxY) - max(a.y, b.y)
        let gap = max(a.x, b.x) - min(a.maxX, b.maxX)
        return 2 * rows >= min(a.height, b.height) && gap <= 1
    }
}
