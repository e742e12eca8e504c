import Foundation
import Testing

/// The shared corpus files and reference decoders (dcmtk, GDCM) some apply tests compare with.
/// Tests skip, saying why, when one is absent; under REDACT_REQUIRE_REFERENCES=1 a skip fails.
enum ReferenceTools {
    /// Says why a test is skipped, or records a failure where references are required.
    static func skip(_ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["REDACT_REQUIRE_REFERENCES"] == "1" {
            Issue.record("required reference missing: \(reason)", sourceLocation: sourceLocation)
        } else {
            print("SKIPPED: \(reason)")
        }
    }

    /// The path of a file of the shared corpus, or nil (after saying why) when it is absent.
    static func corpusFile(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let path = SharedRules.shared + "/corpus/" + relative
        if FileManager.default.fileExists(atPath: path) { return path }
        skip("\(path) not found", sourceLocation: sourceLocation)
        return nil
    }

    /// The full path of a command on PATH, or nil (after saying why) when it is absent.
    static func tool(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        if let found = path.split(separator: ":").map({ "\($0)/\(name)" }).first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) {
            return found
        }
        skip("\(name) is not installed (dcmtk / libgdcm-tools)", sourceLocation: sourceLocation)
        return nil
    }

    /// Runs a program; returns its exit status and standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let data = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
