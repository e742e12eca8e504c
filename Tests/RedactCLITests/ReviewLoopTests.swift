import Foundation
import Testing
import PixelIO

/// The review loop end to end on the built binary: `scan` (triage, findings, the HTML report),
/// decisions, and `run --decisions` blanking exactly the decided regions.
@Suite("redact scan, review and run --decisions")
struct ReviewLoopTests {
    /// in/ct.dcm (annotated CT), in/sc.dcm (screen capture, RLE), in/us-cine.dcm (8-frame JPEG-LS
    /// ultrasound), in/mr.dcm (no text), in/cut.dcm (truncated), in/notes.txt.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-review-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let samples = RunCommandTests.samples
        for (sample, name) in [("ct-annotated.dcm", "ct.dcm"), ("sc-screen-rle.dcm", "sc.dcm"),
                               ("us-cine-jpegls.dcm", "us-cine.dcm"), ("mr-no-text.dcm", "mr.dcm")] {
            try Data(contentsOf: samples.appendingPathComponent(sample)).write(to: input.appendingPathComponent(name))
        }
        let ct = try Data(contentsOf: samples.appendingPathComponent("ct-annotated.dcm"))
        try ct.prefix(ct.count / 2).write(to: input.appendingPathComponent("cut.dcm"))
        try Data("not dicom".utf8).write(to: input.appendingPathComponent("notes.txt"))
        return folder
    }

    static func jsonLines(_ text: String) -> [String: [String: Any]] {
        let objects = text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        return Dictionary(objects.map { (($0["path"] as? String) ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The decided regions as rectangles with their frames ("all" -> nil).
    static func rects(_ regions: [[String: Any]]) -> [(frames: [Int]?, box: [Int])] {
        regions.map { ($0["frames"] as? [Int], $0["box"] as? [Int] ?? []) }
    }

    /// Checks that `output` differs from `input` only inside the decided regions of each frame,
    /// and that every decided region is blanked to one even value.
    static func expectExactlyBlanked(input: String, output: String, regions: [[String: Any]],
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try PixelFrames(file: DicomReader.read(path: input))
        let after = try PixelFrames(file: DicomReader.read(path: output))
        let columns = before.description.columns, rows = before.description.rows
        let samples = before.description.samplesPerPixel
        #expect(after.count == before.count, sourceLocation: sourceLocation)
        for index in 0..<before.count {
            let old = try before.frame(index), new = try after.frame(index)
            let inFrame = rects(regions).filter { $0.frames == nil || $0.frames!.contains(index) }.map(\.box)
            var outsideChanged = 0, unevenRegions = 0
            for y in 0..<rows {
                for x in 0..<columns {
                    let inside = inFrame.contains { x >= $0[0] && x < $0[0] + $0[2] && y >= $0[1] && y < $0[1] + $0[3] }
                    if !inside {
                        for s in 0..<samples where old.value(x: x, y: y, sample: s) != new.value(x: x, y: y, sample: s) {
                            outsideChanged += 1
                        }
                    }
                }
            }
            for box in inFrame {
                let first = (0..<samples).map { new.value(x: box[0], y: box[1], sample: $0) }
                let uniform = (box[1]..<(box[1] + box[3])).allSatisfy { y in
                    (box[0]..<(box[0] + box[2])).allSatisfy { x in (0..<samples).map { new.value(x: x, y: y, sample: $0) } == first }
                }
                if !uniform { unevenRegions += 1 }
            }
            #expect(outsideChanged == 0, "frame \(index): \(outsideChanged) samples changed outside the decided regions",
                    sourceLocation: sourceLocation)
            #expect(unevenRegions == 0, "frame \(index): \(unevenRegions) decided regions not blanked evenly",
                    sourceLocation: sourceLocation)
        }
    }

    static func writeJSON(_ object: Any, to path: String) throws {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test("scan triages, plans and reports; decisions edited as a reviewer would; run blanks exactly those regions")
    func scanDecideRun() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path
        let scan = try CommandLineTests.run(["scan", input, "--json", "--jobs", "2"])
        #expect(scan.status == 1, "the truncated file makes the scan exit 1: \(scan.error)")
        let found = Self.jsonLines(scan.output)
        #expect(found[input + "/cut.dcm"]?["status"] as? String == "failed")
        #expect(found[input + "/notes.txt"]?["status"] as? String == "skipped")
        #expect((found[input + "/mr.dcm"]?["triage"] as? [String: Any])?["level"] as? String == "low")
        #expect((found[input + "/us-cine.dcm"]?["triage"] as? [String: Any])?["level"] as? String == "high")
        let ct = try #require(found[input + "/ct.dcm"])
        let ctRegions = try #require(ct["regions"] as? [[String: Any]])
        #expect(ctRegions.count >= 5)
        let detections = ct["detections"] as? [[String: Any]] ?? []
        #expect(detections.contains { ($0["phi_match"] as? String)?.hasPrefix("PatientName") == true },
                "the name is matched against the header")
        let cine = try #require(found[input + "/us-cine.dcm"])
        let cineRegions = try #require(cine["regions"] as? [[String: Any]])
        #expect(!cineRegions.isEmpty)

        // The reviewer rejects the CT's first box and draws one of their own; rejects every box
        // of the screen capture; keeps the cine's proposal and adds a box on frame 3 only.
        let drawn: [String: Any] = ["frames": "all", "box": [100, 100, 40, 30], "reason": "reviewer", "note": "drawn by reviewer"]
        let ctDecided = Array(ctRegions.dropFirst()) + [drawn]
        let frameBox: [String: Any] = ["frames": [3], "box": [120, 120, 20, 10], "reason": "reviewer", "note": "drawn by reviewer"]
        let cineDecided = cineRegions + [frameBox]
        let decisions: [String: Any] = ["version": 1, "files": [
            ["path": input + "/ct.dcm", "sha256": ct["sha256"] as Any, "regions": ctDecided, "rejected": [ctRegions[0]]],
            ["path": input + "/sc.dcm", "sha256": found[input + "/sc.dcm"]?["sha256"] as Any, "regions": [] as [Any],
             "rejected": found[input + "/sc.dcm"]?["regions"] as Any],
            ["path": input + "/us-cine.dcm", "sha256": cine["sha256"] as Any, "regions": cineDecided],
            ["path": input + "/mr.dcm", "sha256": found[input + "/mr.dcm"]?["sha256"] as Any, "regions": [] as [Any]],
        ]]
        let decisionsPath = folder.appendingPathComponent("decisions.json").path
        try Self.writeJSON(decisions, to: decisionsPath)

        let run = try CommandLineTests.run(["run", input, "--output", output, "--decisions", decisionsPath, "--json"])
        #expect(run.status == 1, "cut.dcm has no decision and fails: \(run.error)")
        #expect(run.error.contains("cut.dcm") && run.error.contains("no decision"))
        let done = Self.jsonLines(run.output)
        #expect(done[input + "/ct.dcm"]?["status"] as? String == "redacted")
        #expect(done[input + "/sc.dcm"]?["status"] as? String == "copied")
        #expect(!FileManager.default.fileExists(atPath: output + "/cut.dcm"))
        // The manifest records exactly the decided regions, reasons included.
        let records = try BatchRunTests.manifest(output + "/redact-manifest.jsonl")
        let ctRecord = try #require(records.first { ($0["input"] as? String) == input + "/ct.dcm" })
        let recorded = try #require(ctRecord["regions"] as? [[String: Any]])
        #expect(NSArray(array: recorded).isEqual(to: ctDecided), "recorded \(recorded)")

        try Self.expectExactlyBlanked(input: input + "/ct.dcm", output: output + "/ct.dcm", regions: ctDecided)
        try Self.expectExactlyBlanked(input: input + "/us-cine.dcm", output: output + "/us-cine.dcm", regions: cineDecided)
        #expect(FileManager.default.contents(atPath: output + "/sc.dcm") == FileManager.default.contents(atPath: input + "/sc.dcm"))
        #expect(FileManager.default.contents(atPath: output + "/mr.dcm") == FileManager.default.contents(atPath: input + "/mr.dcm"))
    }

    @Test("run --decisions fails closed: a changed file, a frame the image lacks, a box outside it")
    func decisionsFailClosed() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path
        let box: [String: Any] = ["frames": "all", "box": [0, 0, 10, 10], "reason": "reviewer", "note": ""]
        let decisions: [String: Any] = ["version": 1, "files": [
            ["path": input + "/ct.dcm", "sha256": String(repeating: "0", count: 64), "regions": [box]],
            ["path": input + "/us-cine.dcm", "regions": [["frames": [8], "box": [0, 0, 10, 10], "reason": "reviewer", "note": ""]]],
            ["path": input + "/mr.dcm", "regions": [["frames": "all", "box": [150, 150, 20, 20], "reason": "reviewer", "note": ""]]],
        ]]
        let decisionsPath = folder.appendingPathComponent("decisions.json").path
        try Self.writeJSON(decisions, to: decisionsPath)
        let run = try CommandLineTests.run(["run", input + "/ct.dcm", input + "/us-cine.dcm", input + "/mr.dcm",
                                            "--output", output, "--decisions", decisionsPath])
        #expect(run.status == 1)
        #expect(run.error.contains("ct.dcm") && run.error.contains("changed since it was scanned"))
        #expect(run.error.contains("us-cine.dcm") && run.error.contains("frame 8"))
        #expect(run.error.contains("mr.dcm") && run.error.contains("does not lie inside"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output))?.filter { $0.hasSuffix(".dcm") } ?? []
        #expect(written.isEmpty, "nothing written: \(written)")

        try Data("{\"version\": 7, \"files\": []}".utf8).write(to: URL(fileURLWithPath: decisionsPath))
        let wrongVersion = try CommandLineTests.run(["run", input + "/ct.dcm", "--output", output, "--decisions", decisionsPath])
        #expect(wrongVersion.status == 64 && wrongVersion.error.contains("version 7"), "\(wrongVersion.error)")
    }

    @Test("scan --triage-only reads headers only; --skip-low leaves low-risk pixels unscanned")
    func triage() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let triage = try CommandLineTests.run(["scan", input, "--triage-only", "--json"])
        let found = Self.jsonLines(triage.output)
        for name in ["ct.dcm", "sc.dcm", "us-cine.dcm", "mr.dcm"] {
            #expect(found[input + "/" + name]?["status"] as? String == "triaged", "\(name)")
            #expect((found[input + "/" + name]?["regions"] as? [Any])?.isEmpty == true)
        }
        let why = ((found[input + "/sc.dcm"]?["triage"] as? [String: Any])?["why"] as? [String]) ?? []
        #expect(why.contains("Secondary Capture SOP class"), "\(why)")
        let skipLow = try CommandLineTests.run(["scan", input + "/mr.dcm", input + "/ct.dcm", "--skip-low", "--json"])
        let skipped = Self.jsonLines(skipLow.output)
        #expect(skipped[input + "/mr.dcm"]?["status"] as? String == "triaged")
        #expect(skipped[input + "/ct.dcm"]?["status"] as? String == "scanned")
        #expect(skipLow.status == 0)
    }

    /// The Python with Playwright that drives the browser, and Chromium, or nil after saying why.
    static func browser() -> (python: String, chromium: String)? {
        let environment = ProcessInfo.processInfo.environment
        let python = environment["REDACT_REVIEW_PYTHON"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/redact-review/venv/bin/python").path
        let chromium = environment["REDACT_CHROMIUM"] ?? "/usr/bin/chromium"
        let missing = [python, chromium].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard missing.isEmpty else {
            let reason = "\(missing.joined(separator: ", ")) not found (./scripts/setup installs Chromium and Playwright)"
            if environment["REDACT_REQUIRE_REFERENCES"] == "1" { Issue.record("required reference missing: \(reason)") }
            else { print("SKIPPED: \(reason)") }
            return nil
        }
        return (python, chromium)
    }

    @Test("the HTML report in headless Chromium: a box rejected, one drawn, decisions exported and applied")
    func reviewInBrowser() throws {
        guard let browser = Self.browser() else { return }
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path, output = folder.appendingPathComponent("out").path
        let report = folder.appendingPathComponent("report").path
        let scan = try CommandLineTests.run(["scan", input, "--report", report])
        #expect(scan.error.contains("index.html"))
        for name in ["index.html", "review.js", "review.css", "findings.js"] {
            #expect(FileManager.default.fileExists(atPath: report + "/" + name), "\(name)")
        }
        let artefacts = RunCommandTests.samples.deletingLastPathComponent().appendingPathComponent(".build/test-artifacts").path
        let decisions = folder.appendingPathComponent("decisions.json").path
        let script = RunCommandTests.samples.deletingLastPathComponent().appendingPathComponent("scripts/review_report_check.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser.python)
        process.arguments = [script, report, "--chromium", browser.chromium, "--screenshots", artefacts, "--decisions", decisions]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "review check: \(complaint)")
        let summary = try #require(try JSONSerialization.jsonObject(with: printed) as? [String: Any])
        let path = try #require(summary["path"] as? String)
        let rejected = try #require(summary["rejected"] as? [String: Any])
        let drawn = try #require(summary["drawn"] as? [String: Any])
        #expect(FileManager.default.fileExists(atPath: artefacts + "/review-detail.png"))

        let run = try CommandLineTests.run(["run", input, "--output", output, "--decisions", decisions])
        #expect(run.error.contains("cut.dcm"))
        let records = try BatchRunTests.manifest(output + "/redact-manifest.jsonl")
        let record = try #require(records.first { ($0["input"] as? String) == path })
        let regions = try #require(record["regions"] as? [[String: Any]])
        #expect(regions.contains { NSDictionary(dictionary: $0).isEqual(to: drawn) })
        #expect(!regions.contains { NSDictionary(dictionary: $0).isEqual(to: rejected) })
        let relative = String(path.dropFirst(input.count))
        try Self.expectExactlyBlanked(input: path, output: output + relative, regions: regions)
    }
}
