extension RegionReason {
    /// A short machine name for the kind of reason: `rule`, `phi`, `text`, `unread`,
    /// `outside-ultrasound-regions` or `reviewer`.
    public var kind: String {
        switch self {
        case .rule: return "rule"
        case .phi: return "phi"
        case .text: return "text"
        case .unreadText: return "unread"
        case .outsideUltrasoundRegions: return "outside-ultrasound-regions"
        case .reviewer: return "reviewer"
        }
    }

    /// True for reasons that come from text detection (read, PHI or unread text), not from
    /// rules, the ultrasound option or a reviewer.
    public var isDetectedText: Bool {
        switch self {
        case .text, .phi, .unreadText: return true
        case .rule, .outsideUltrasoundRegions, .reviewer: return false
        }
    }

    /// The reason in words, e.g. `text "DOE, JANE"` or `rule "ATL US" (ctp.script:12)`.
    public var summary: String {
        switch self {
        case .rule(let name, let source): return source.isEmpty ? "rule \"\(name)\"" : "rule \"\(name)\" (\(source))"
        case .phi(let match, let text): return "PHI (\(match)) \"\(text)\""
        case .text(let text): return "text \"\(text)\""
        case .unreadText: return "unread text-like region"
        case .outsideUltrasoundRegions: return "outside the ultrasound regions"
        case .reviewer(let note): return note.isEmpty ? "reviewer" : "reviewer: \(note)"
        }
    }
}
