import OCR
import PixelIO

/// Mode `phi` (or the classifier's own `all`): judges detections with a `PHIClassifier` built
/// from each file's header, so a word is removed when it matches a header value, a PHI pattern
/// or follows a PHI label, and the reason says which. Unread text-like regions, and words read
/// with too little confidence to be sure what they say, are removed too.
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
        var reasons: [RegionReason?] = detections.map {
            $0.method == .unread || $0.confidence < trustedConfidence ? .unreadText : nil
        }
        for decision in classifier.classify(detections) {
            for word in decision.words where reasons.indices.contains(word) {
                reasons[word] = decision.regionReason
            }
        }
        return reasons
    }
}
