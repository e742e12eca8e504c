import OCR
import PixelIO

/// Mode `phi` (or the classifier's own `all`): judges detections with a `PHIClassifier` built
/// from each file's header, so a word is removed when it matches a header value, a PHI pattern
/// or follows a PHI label, and the reason says which.
public struct PHITextJudge: TextJudge {
    /// Text the classifier keeps in its `allText` mode.
    public let allowList: PHIAllowList
    /// What the classifier removes.
    public let mode: PHIClassifier.Mode

    /// A judge removing PHI only (`.phi`), or all text but the allow-list (`.allText`).
    public init(allowList: PHIAllowList = PHIAllowList(), mode: PHIClassifier.Mode = .phi) {
        self.allowList = allowList
        self.mode = mode
    }

    public func judge(_ detections: [DetectedText], in dataset: DataSet) -> [RegionReason?] {
        let classifier = PHIClassifier(index: PHIIndex(dataset: dataset), allowList: allowList, mode: mode)
        var reasons = [RegionReason?](repeating: nil, count: detections.count)
        for decision in classifier.classify(detections) {
            for word in decision.words where reasons.indices.contains(word) {
                reasons[word] = decision.regionReason
            }
        }
        return reasons
    }
}
