import Foundation
import Testing
import PixelIO

/// `redact run` on batches: the manifest and resuming, parallel workers, shards, input lists,
/// DICOMDIR and non-DICOM files, dry runs.
@Suite("redact run batches")
struct BatchRunTests {
    /// in/ with eight copies of the annotated CT (in two folders), the text-free MR, a truncated
    /// CT, a text file and a DICOMDIR.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-batch-\(UUID().uuidString)")
        let samples = RunCommandTests.samples
        let ct = try Data(contentsOf: samples.appendingPathComponent("ct-annotated.dcm"))
        for series in ["a", "b"] {
            let sub = folder.appendingPathComponent("in/\(series)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            for index in 1...4 { try ct.write(to: sub.appendingPathComponent("IM\(index)")) }
        }
        let input = folder.appendingPathComponent("in")
        try Data(contentsOf: samples.appendingPathComponent("mr-no-text.dcm")).write(to: input.appendingPathComponent("mr.dcm"))
        try ct.prefix(ct.count / 2).write(to: input.appendingPathComponent("cut.dcm"))
        try Data("not dicom".utf8).write(to: input.appendingPathComponent("notes.txt"))
        var directory = try DicomReader.read(path: samples.appendingPathComponent("mr-no-text.dcm").path)
        // A media directory: no SOP Class of its own, the DICOMDIR class in its meta header.
        _ = directory.dataset.remove(.sopClassUID)
        directory.fileMeta?.setString(.mediaStorageSOPClassUID, vr: .UI, "1.2.840.10008.1.3.10")
        try DicomWriter.encode(directory).write(to: input.appendingPathComponent("DICOMDIR"))
        return folder
    }

    /// Every file below `folder` (relative path -> bytes), the manifests left out.
    static func contents(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) where !path.hasPrefix("redact-manifest") {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    static func manifest(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test("a batch: the damaged file failed and unwritten, others written; the manifest says why; a rerun resumes")
    func manifestAndResume() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path
        let first = try CommandLineTests.run(["run", input, "--output", output, "--jobs", "2"])
        #expect(first.status == 1)
        #expect(first.error.contains("cut.dcm") && first.error.contains("not written"))
        #expect(first.error.contains("DICOMDIR") && first.error.contains("notes.txt"))
        #expect(first.error.contains("8 redacted, 1 copied unchanged, 2 skipped, 1 failed"), "\(first.error)")
        let written = try Self.contents(of: output)
        #expect(Set(written.keys) == Set((1...4).flatMap { ["a/IM\($0)", "b/IM\($0)"] } + ["mr.dcm"]))

        let records = try Self.manifest(output + "/redact-manifest.jsonl")
        #expect(records.count == 12)
        let cut = try #require(records.first { ($0["input"] as? String)?.hasSuffix("cut.dcm") == true })
        #expect(cut["status"] as? String == "failed" && cut["output"] == nil && (cut["message"] as? String) != nil)
        let ct = try #require(records.first { ($0["input"] as? String)?.hasSuffix("a/IM1") == true })
        #expect(ct["status"] as? String == "redacted" && ((ct["regions"] as? [Any])?.count ?? 0) >= 5)
        let outputHash = try #require(ct["output_sha256"] as? String)
        #expect(outputHash.count == 64)

        let second = try CommandLineTests.run(["run", input, "--output", output, "--jobs", "2", "--json"])
        #expect(second.status == 1, "the damaged file is tried again and fails again")
        let statuses = second.output.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["status"] as? String
        }
        #expect(statuses.filter { $0 == "done_before" }.count == 9)
        #expect(try Self.contents(of: output) == written)
    }

    @Test("a run killed mid-batch resumes to exactly the outputs of an uninterrupted run")
    func interruptedRunResumes() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let whole = folder.appendingPathComponent("whole").path, resumed = folder.appendingPathComponent("resumed").path
        _ = try CommandLineTests.run(["run", input, "--output", whole, "--jobs", "1"])

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.executable)
        process.arguments = ["run", input, "--output", resumed, "--jobs", "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once some files are recorded but before the batch ends.
        let manifest = resumed + "/redact-manifest.jsonl"
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            if let text = try? String(contentsOfFile: manifest, encoding: .utf8), text.split(separator: "\n").count >= 3 { break }
            usleep(20_000)
        }
        // SIGKILL: a crash, with no chance to tidy up.
        let killedEarly = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedEarly, "the batch ended before it could be interrupted")
        let partialCount = try Self.manifest(manifest).count
        #expect(partialCount < 12)

        let rerun = try CommandLineTests.run(["run", input, "--output", resumed, "--jobs", "2"])
        #expect(rerun.status == 1)
        #expect(rerun.error.contains("done by an earlier run"))
        #expect(try Self.contents(of: resumed) == Self.contents(of: whole))
    }

    @Test("--jobs 2 writes the same outputs as --jobs 1; shards split the batch and together cover it")
    func parallelAndShards() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let one = folder.appendingPathComponent("one").path, two = folder.appendingPathComponent("two").path
        let shards = folder.appendingPathComponent("shards").path
        _ = try CommandLineTests.run(["run", input, "--output", one, "--jobs", "1", "--text", "none"])
        _ = try CommandLineTests.run(["run", input, "--output", two, "--jobs", "2", "--text", "none"])
        #expect(try Self.contents(of: one) == Self.contents(of: two))

        var inputsSeen: [String] = []
        for k in 1...3 {
            _ = try CommandLineTests.run(["run", input, "--output", shards, "--shard", "\(k)/3", "--text", "none"])
            let records = try Self.manifest(shards + "/redact-manifest-\(k)-of-3.jsonl")
            #expect(records.allSatisfy { $0["shard"] as? String == "\(k)/3" })
            inputsSeen += records.compactMap { $0["input"] as? String }
        }
        #expect(inputsSeen.count == 12 && Set(inputsSeen).count == 12, "\(inputsSeen)")
        #expect(try Self.contents(of: shards) == Self.contents(of: one))

        let merged = folder.appendingPathComponent("merged.jsonl").path
        let merge = try CommandLineTests.run(["merge", shards, "--shards", "3", "--output", merged])
        #expect(merge.status == 1, "the damaged file failed")
        #expect(merge.output.contains("3 manifests, 12 files: 0 redacted, 9 copied, 2 skipped, 1 failed"), "\(merge.output)")
        #expect(merge.output.contains("failed: \(input)/cut.dcm"))
        #expect(try Self.manifest(merged).count == 12)
        let missing = try CommandLineTests.run(["merge", shards, "--shards", "4"])
        #expect(missing.status == 1 && missing.error.contains("no manifest for shard 4/4"))
    }

    @Test("a list on standard input; --dry-run reports and writes nothing")
    func standardInputAndDryRun() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path
        let list = "\(input)/a/IM1\n\(input)/mr.dcm\n"
        let dry = try CommandLineTests.run(["run", "-", "--output", output, "--dry-run", "--json"], standardInput: list)
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("\"would_redact\"") && dry.output.contains("\"would_copy\""))
        #expect(!FileManager.default.fileExists(atPath: output))

        let real = try CommandLineTests.run(["run", "-", "--output", output], standardInput: list)
        #expect(real.status == 0, "\(real.error)")
        let relative = String(input.drop { $0 == "/" })
        #expect(Set(try Self.contents(of: output).keys) == ["\(relative)/a/IM1", "\(relative)/mr.dcm"])
    }
}
