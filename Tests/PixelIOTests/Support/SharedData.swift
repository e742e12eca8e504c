import Foundation
import Testing

/// Where the shared corpus and the reference tools are, and whether they are present.
/// Tests that need them skip, saying why, when they are absent.
enum SharedData {
    /// The project's root folder (found from this file's path).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// ../shared beside the project, or $REDACT_SHARED.
    static let shared: URL = ProcessInfo.processInfo.environment["REDACT_SHARED"].map(URL.init(fileURLWithPath:))
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The corpus folder, when present.
    static var corpus: URL? {
        let url = shared.appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("catalog.tsv").path) ? url : nil
    }

    /// A Python with pydicom (the evaluation kit's venv, or $REDACT_REFERENCE_PYTHON), when present.
    static var referencePython: String? {
        let candidates = [ProcessInfo.processInfo.environment["REDACT_REFERENCE_PYTHON"],
                          ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.cache/redact-eval/venv/bin/python" }]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The full path of a command on PATH, when present.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Says why a test is skipped (printed, so CI logs show it). Where the references must be
    /// present ($REDACT_REQUIRE_REFERENCES=1, as in CI), a skip is a failure instead.
    static func skip(_ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["REDACT_REQUIRE_REFERENCES"] == "1" {
            Issue.record("required reference missing: \(reason)", sourceLocation: sourceLocation)
        } else {
            print("SKIPPED: \(reason)")
        }
    }

    /// The rows of catalog.tsv, each a column-name -> value map.
    static func catalog() throws -> [[String: String]] {
        guard let corpus else { return [] }
        let text = try String(contentsOf: corpus.appendingPathComponent("catalog.tsv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, fields + Array(repeating: "", count: max(0, header.count - fields.count))))
        }
    }

    /// Runs a program, feeding `input` on standard input; returns its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
