import OCR
import PixelIO

/// Decides which detected texts are to be removed, and why.
public protocol TextJudge: Sendable {
    /// For each detection (same order), the reason to remove it, or nil to keep it.
    func judge(_ detections: [DetectedText], in dataset: DataSet) -> [RegionReason?]
}

/// Which detected text a redaction removes.
public enum TextMode: String, Sendable, Codable, CaseIterable {
    /// Every detected text and unread text-like region, except allow-listed words.
    case all
    /// Only text judged to be PHI (the header's values, PHI patterns), and text-like regions that
    /// could not be read (they cannot be shown not to be PHI).
    case phi
    /// No text detection at all: only rules (and the ultrasound option) blank regions.
    case none
}

/// Mode `all`: removes every detection, read or unread, except words on an allow-list.
///
/// A word is allowed when it equals an allow-list entry after both are normalised: letters
/// lowercased, everything that is not a letter or a digit dropped ("L", "l", "L." and "(L)" are the
/// same word). A detection whose text normalises to nothing (only punctuation) is removed: it is
/// text-like and was not read as anything safe.
public struct AllTextJudge: TextJudge {
    /// The normalised allowed words.
    public let allowed: Set<String>

    /// A judge keeping the words of `allowList` (compared as described above).
    public init(allowList: [String] = []) {
        allowed = Set(allowList.map(Self.normalised).filter { !$0.isEmpty })
    }

    public func judge(_ detections: [DetectedText], in dataset: DataSet) -> [RegionReason?] {
        detections.map { detection in
            if detection.method == .unread { return .unreadText }
            let word = Self.normalised(detection.text)
            if !word.isEmpty && allowed.contains(word) { return nil }
            return .text(detection.text)
        }
    }

    /// Lowercased letters and digits of `text`, in order.
    public static func normalised(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

/// Keeps every detection: the judge of mode `none`, where text is not looked at.
public struct KeepAllTextJudge: TextJudge {
    public init() {}

    public func judge(_ detections: [DetectedText], in dataset: DataSet) -> [RegionReason?] {
        detections.map { _ in nil }
    }
}
