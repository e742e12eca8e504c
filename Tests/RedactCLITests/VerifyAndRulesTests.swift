import Foundation
import Testing

/// `redact verify` and `redact rules` on the built binary.
@Suite("redact verify and rules")
struct VerifyAndRulesTests {
    @Test("verify finds the PHI of an unredacted file (exit 2), passes its redacted copy (exit 0), cannot check a damaged one (exit 1)")
    func verify() throws {
        let folder = try RunCommandTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path

        let before = try CommandLineTests.run(["verify", input + "/ct.dcm", "--json"])
        #expect(before.status == 2, "\(before.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(before.output.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "phi")
        let matches = (object["phi"] as? [[String: Any]] ?? []).compactMap { $0["match"] as? String }
        #expect(matches.contains { $0.hasPrefix("PatientName") } && matches.contains { $0.hasPrefix("PatientBirthDate") }, "\(matches)")

        _ = try CommandLineTests.run(["run", input, "--output", output])
        let after = try CommandLineTests.run(["verify", output])
        #expect(after.status == 0, "\(after.output) \(after.error)")
        #expect(after.output.contains(output + "/ct.dcm: clean"))
        #expect(!after.error.contains("redact-manifest"), "the manifest is passed over")

        let damaged = try CommandLineTests.run(["verify", output, input + "/sub/cut.dcm"])
        #expect(damaged.status == 1)
        #expect(damaged.output.contains("cut.dcm: NOT CHECKED"))
    }

    @Test("rules: list, check (errors with lines), import to native and back, test against headers")
    func rules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let native = folder.appendingPathComponent("site.rules").path
        try """
        match all
        rule "CT corner"
          when Modality == "CT" and Rows == 256
          blank 0,0,100,30
        rule "Any MR"
          when Modality == "MR"
          blank -40,-20,40,20
        """.write(toFile: native, atomically: true, encoding: .utf8)
        let list = try CommandLineTests.run(["rules", "list", native])
        #expect(list.status == 0)
        #expect(list.output.contains("CT corner") && list.output.contains("blank 0,0,100,30"), "\(list.output)")

        let broken = folder.appendingPathComponent("broken.rules").path
        try "match all\nrule \"x\"\n  when Modality ==\n  blank 0,0,1,1\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let check = try CommandLineTests.run(["rules", "check", native, broken])
        #expect(check.status == 1)
        #expect(check.output.contains("site.rules: valid, 2 rules"))
        #expect(check.error.contains("broken.rules:3"), "\(check.error)")

        let pixelMed = folder.appendingPathComponent("control.txt").path
        try "256x256 = (0,0,256,20)\n".write(toFile: pixelMed, atomically: true, encoding: .utf8)
        let imported = folder.appendingPathComponent("imported.rules").path
        let conversion = try CommandLineTests.run(["rules", "import", pixelMed, "--format", "pixelmed", "--output", imported])
        #expect(conversion.status == 0, "\(conversion.error)")
        let recheck = try CommandLineTests.run(["rules", "check", imported, "--format", "native"])
        #expect(recheck.status == 0 && recheck.output.contains("valid, 1 rule"), "\(recheck.output) \(recheck.error)")

        let samples = RunCommandTests.samples.path
        let test = try CommandLineTests.run(["rules", "test", native, samples + "/ct-annotated.dcm", samples + "/mr-no-text.dcm",
                                             samples + "/us-color-jpeg.dcm"])
        #expect(test.status == 0)
        #expect(test.output.contains("ct-annotated.dcm (256x256, 1 frame): \"CT corner\""), "\(test.output)")
        #expect(test.output.contains("(0,0,100,30) all frames"))
        #expect(test.output.contains("mr-no-text.dcm (160x160, 1 frame): \"Any MR\""))
        #expect(test.output.contains("(120,140,40,20)"), "negative offsets count from the right and bottom")
        #expect(test.output.contains("us-color-jpeg.dcm (480x360, 1 frame): no rule matches"))
    }
}

/// Reports stay whole when standard output and standard error share one file.
@Suite("redact output streams")
struct OutputStreamTests {
    @Test("run --json with 2>&1 into one pipe: every JSON line parses (more than a stdio buffer of them)")
    func sharedStreams() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-streams-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.executable)
        process.arguments = ["run", RunCommandTests.samples.path, "--output", folder.path, "--json", "--jobs", "1"]
        let shared = Pipe()
        process.standardOutput = shared
        process.standardError = shared
        try process.run()
        let text = String(decoding: shared.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(lines.count == 5, "\(text)")
        #expect(lines.map(\.utf8.count).reduce(0, +) > 4096, "enough output to be flushed in parts")
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not whole: \(line)")
        }
    }
}
