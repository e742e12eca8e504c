import Foundation
import Testing

/// The shared corpus beside the project (or $REDACT_SHARED/corpus), for tests that read real files.
enum OCRCorpus {
    static let root: URL? = {
        let shared = ProcessInfo.processInfo.environment["REDACT_SHARED"].map(URL.init(fileURLWithPath:))
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("shared")
        let corpus = shared.appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: corpus.appendingPathComponent("catalog.tsv").path) ? corpus : nil
    }()

    /// The path of a corpus file, or nil after saying why the test is skipped (a failure when
    /// $REDACT_REQUIRE_REFERENCES=1).
    static func file(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard let root else {
            if ProcessInfo.processInfo.environment["REDACT_REQUIRE_REFERENCES"] == "1" {
                Issue.record("required corpus missing (../shared/corpus)", sourceLocation: sourceLocation)
            } else {
                print("SKIPPED: ../shared/corpus is not present")
            }
            return nil
        }
        return root.appendingPathComponent(relative).path
    }
}
