import FoundationEssentials
import Testing

/// The real rule files in ../shared/corpus/rules (or $REDACT_SHARED/corpus/rules), when present.
enum SharedRules {
    /// ../shared beside the project, or $REDACT_SHARED.
    static let shared: String = {
        if let override = ProcessInfo.processInfo.environment["REDACT_SHARED"] { return override }
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Support/SharedRules.swift, RedactorTests, Tests -> package root
        parts.removeLast()   // the package folder itself
        return parts.joined(separator: "/") + "/shared"
    }()

    /// The path of a rule file, or nil (after printing why) when it is absent.
    static func path(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let path = shared + "/corpus/rules/" + name
        if FileManager.default.fileExists(atPath: path) { return path }
        let reason = "\(path) not found"
        if ProcessInfo.processInfo.environment["REDACT_REQUIRE_REFERENCES"] == "1" {
            Issue.record("required reference missing: \(reason)", sourceLocation: sourceLocation)
        } else {
            print("SKIPPED: \(reason)")
        }
        return nil
    }
}
