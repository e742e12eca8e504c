import Foundation
import Testing
import PixelIO

/// `redact run` end to end: the built binary, real OCR, on two of the samples and a damaged file.
@Suite("redact run")
struct RunCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    /// in/ct.dcm (the annotated CT sample), in/sub/mr.dcm (no text), in/sub/cut.dcm (truncated).
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-run-\(UUID().uuidString)")
        let sub = folder.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let ct = try Data(contentsOf: samples.appendingPathComponent("ct-annotated.dcm"))
        try ct.write(to: folder.appendingPathComponent("in/ct.dcm"))
        try Data(contentsOf: samples.appendingPathComponent("mr-no-text.dcm")).write(to: sub.appendingPathComponent("mr.dcm"))
        try ct.prefix(ct.count / 2).write(to: sub.appendingPathComponent("cut.dcm"))
        return folder
    }

    @Test("redacts the CT's annotations, copies the text-free MR byte for byte, fails the damaged file closed")
    func runOnFolder() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let output = folder.appendingPathComponent("out").path
        let result = try CommandLineTests.run(["run", input, "--output", output, "--json"])
        #expect(result.status == 1, "stderr: \(result.error)")
        #expect(result.error.contains("cut.dcm"))

        let lines = result.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let byPath = Dictionary(uniqueKeysWithValues: lines.map { (($0["path"] as? String) ?? "", $0) })
        #expect(byPath[input + "/ct.dcm"]?["status"] as? String == "redacted")
        #expect(byPath[input + "/sub/mr.dcm"]?["status"] as? String == "copied")
        #expect(byPath[input + "/sub/cut.dcm"]?["status"] as? String == "failed")
        let regions = byPath[input + "/ct.dcm"]?["regions"] as? [[String: Any]] ?? []
        #expect(regions.count >= 5)
        #expect(regions.allSatisfy { ($0["reason"] as? String) == "text" || ($0["reason"] as? String) == "unread" })

        // The annotations were burned in at 2000 HU, brighter than anything else in the image.
        let redacted = try DicomReader.read(path: output + "/ct.dcm")
        #expect(redacted.dataset.string(.burnedInAnnotation) == "NO")
        let before = try PixelFrames(file: DicomReader.read(path: input + "/ct.dcm")).frame(0).storedValues()
        let after = try PixelFrames(file: redacted).frame(0).storedValues()
        #expect(before.filter { $0 == 2000 }.count > 500)
        #expect(after.filter { $0 == 2000 }.count < 20)
        // Outside the annotation corners the image is untouched.
        let changedCentre = (64..<200).flatMap { y in (40..<216).map { y * 256 + $0 } }.filter { before[$0] != after[$0] }
        #expect(changedCentre.isEmpty)

        #expect(FileManager.default.contents(atPath: output + "/sub/mr.dcm")
                == FileManager.default.contents(atPath: input + "/sub/mr.dcm"))
        #expect(!FileManager.default.fileExists(atPath: output + "/sub/cut.dcm"))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test("refuses an output folder inside the input, and unknown option values")
    func usageErrors() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let inside = try CommandLineTests.run(["run", input, "--output", input + "/sub/out"])
        #expect(inside.status == 64)
        #expect(!FileManager.default.fileExists(atPath: input + "/sub/out"))
        #expect(try CommandLineTests.run(["run", input, "--output", folder.path + "/o", "--jpeg", "png"]).status == 64)
        #expect(try CommandLineTests.run(["run", input, "--output", folder.path + "/o", "--fill", "purple"]).status == 64)
    }

    @Test("a named file goes to OUTPUT/NAME; --text none without rules copies it unchanged")
    func namedFileRulesOnly() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ct = folder.appendingPathComponent("in/ct.dcm").path
        let output = folder.appendingPathComponent("out").path
        let result = try CommandLineTests.run(["run", ct, "--output", output, "--text", "none"])
        #expect(result.status == 0, "stderr: \(result.error)")
        #expect(result.output.contains("copied unchanged"))
        #expect(FileManager.default.contents(atPath: output + "/ct.dcm") == FileManager.default.contents(atPath: ct))
    }
}
