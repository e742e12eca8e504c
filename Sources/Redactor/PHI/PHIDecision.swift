/// Why words of a line are to be removed.
public enum PHIReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A header value: the attribute (keyword, or path into a sequence) and how it was written
    /// ("PatientName", "LAST, FIRST"). The rendering is a shape, not the value, so reasons can be
    /// logged without repeating the PHI.
    case header(field: String, rendering: String)
    /// A pattern that is PHI without the header: "date", "time", "digit-run", "identifier",
    /// "ssn", "phone", "name-shape".
    case pattern(String)
    /// The words after a field label ("DOB:", "Name:"); the label as read.
    case label(String)
    /// Text that is not on the allow-list (mode `allText`).
    case notAllowed
    /// A text-like region OCR could not read (mode `allText`).
    case unread

    /// True for the reasons that mean the text is PHI.
    public var isPHI: Bool {
        switch self {
        case .header, .pattern, .label: return true
        case .notAllowed, .unread: return false
        }
    }

    /// A short explanation: "PatientName as LAST, FIRST", "pattern date", "after label DOB:".
    public var description: String {
        switch self {
        case .header(let field, let rendering): return "\(field) as \(rendering)"
        case .pattern(let name): return "pattern \(name)"
        case .label(let label): return "after label \(label)"
        case .notAllowed: return "not on the allow-list"
        case .unread: return "unread text"
        }
    }
}

/// Words of one line that are to be removed, and why.
public struct PHIDecision: Sendable, Hashable, Codable {
    /// The words (indices into the line, or into the detections for `classify(_:)`), ascending.
    public var words: [Int]
    /// The words' text, joined by spaces.
    public var text: String
    /// Why they are removed.
    public var reason: PHIReason

    /// Creates a decision.
    public init(words: [Int], text: String, reason: PHIReason) {
        self.words = words
        self.text = text
        self.reason = reason
    }

    /// The reason in the form a redaction region records.
    public var regionReason: RegionReason {
        switch reason {
        case .header, .pattern, .label: return .phi(match: reason.description, text: text)
        case .notAllowed: return .text(text)
        case .unread: return .unreadText
        }
    }
}
