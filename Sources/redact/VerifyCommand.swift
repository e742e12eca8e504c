import ArgumentParser
import Batch
import FoundationEssentials
import OCR
import PixelIO
import Redactor
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `redact verify`: reads redacted outputs again and looks for PHI still in their pixels.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check redacted files: run OCR again and report text that still matches PHI.",
        discussion: """
        Every frame of every file is searched for text again, and what is read is judged \
        against the file's own header (patient names in any order, IDs, dates in any rendering, \
        with OCR slips) and against PHI patterns (dates, long numbers, labels such as DOB:). \
        Text that matches is reported with the header field or pattern it matches. Text-like \
        regions that could not be read are reported too; with --strict they count as findings.

        This is the last check before release. It reads the outputs only and changes nothing. \
        Manifests (redact-manifest*.jsonl) in the folders are passed over.

        Exit codes: 0 nothing found; 1 one or more files could not be checked (and nothing was \
        found in the others); 2 PHI (or, with --strict, unread text) was found; 64 usage error.

        Examples:
          redact verify clean/
          redact verify clean/ --json > verify.jsonl
          redact verify clean/ --strict --jobs 8
        """
    )

    @Flag(name: .long, help: "Print JSON Lines, one object per file.")
    var json = false

    @Flag(name: .long, help: "Count text-like regions that could not be read as findings too.")
    var strict = false

    @OptionGroup var workers: JobsOption

    @Argument(help: "Redacted DICOM files, or directories to search recursively.")
    var files: [String]

    func run() throws {
        let (listed, listingFailed) = listInputs(files)
        let inputs = listed.filter { $0.named || !Manifest.isManifest($0.path) }
        let detector = TesseractTextDetector(pool: EnginePool())
        let strict = strict, json = json
        let state = Mutex(VerifyState(progress: BatchProgress(total: inputs.count)))
        let interactive = isatty(2) == 1 && !json
        WorkerPool.run(inputs, jobs: workers.jobs) { input in
            VerifiedFile.check(input, detector: detector)
        } finished: { _, checked in
            state.withLock { state in
                if interactive { FileHandleOutput.standardError("\r\u{1B}[K") }
                if let problem = checked.problem { reportFailure(problem) }
                printRecord(json ? checked.json(strict: strict) : checked.text(strict: strict))
                state.record(checked, strict: strict)
                if interactive && state.progress.shouldRedraw() { FileHandleOutput.standardError(state.progress.line) }
            }
        }
        let final = state.withLock { $0 }
        if interactive { FileHandleOutput.standardError("\r\u{1B}[K") }
        reportSummary(final.summary)
        if final.filesWithFindings > 0 { throw ExitCode(2) }
        if listingFailed || final.progress.failed > 0 { throw ExitStatus.someFilesFailed }
    }
}

/// What `redact verify` found in one file.
struct VerifiedFile: Sendable {
    enum Status: String { case checked, skipped, failed }

    var path: String
    var status: Status
    /// Text matching PHI: the detection and the header field or pattern.
    var phi: [(detection: DetectedText, match: String)] = []
    /// Text-like regions not read (or read too uncertainly to judge).
    var unread: [DetectedText] = []
    var frames = 0
    var note: String?
    var problem: String?

    /// Checks one file.
    static func check(_ input: InputFiles.Input, detector: TesseractTextDetector) -> VerifiedFile {
        let path = input.path
        do {
            let file: DicomFile
            switch try InputImage.read(input) {
            case .image(let image): file = image
            case .passedBy(let note): return VerifiedFile(path: path, status: .skipped, note: note, problem: "\(path): \(note)")
            }
            guard file.hasPixelData else { return VerifiedFile(path: path, status: .checked, note: "no pixel data") }
            try file.requireComplete()
            let frames = try PixelFrames(file: file)
            let detections = try detector.detect(in: frames)
            let reasons = PHITextJudge().judge(detections, in: file.dataset)
            var checked = VerifiedFile(path: path, status: .checked, frames: frames.count)
            for (detection, reason) in zip(detections, reasons) {
                switch reason {
                case .phi(let match, _)?: checked.phi.append((detection, match))
                case .unreadText?: checked.unread.append(detection)
                default: break
                }
            }
            return checked
        } catch let error as DicomError {
            let message = error.path == nil ? error.inFile(path).description : error.description
            return VerifiedFile(path: path, status: .failed, note: message, problem: message + " (not checked)")
        } catch {
            return VerifiedFile(path: path, status: .failed, note: "\(error)", problem: "\(path): \(error) (not checked)")
        }
    }

    /// True when something counts against the file.
    func hasFindings(strict: Bool) -> Bool { !phi.isEmpty || (strict && !unread.isEmpty) }

    func text(strict: Bool) -> String {
        switch status {
        case .failed: return "\(path): NOT CHECKED: \(note ?? "")"
        case .skipped: return "\(path): skipped (\(note ?? ""))"
        case .checked: break
        }
        var lines = ["\(path): " + (hasFindings(strict: strict) ? "PHI FOUND" : note ?? "clean")
                     + (phi.isEmpty ? "" : ", \(phi.count) match\(phi.count == 1 ? "" : "es")")
                     + (unread.isEmpty ? "" : ", \(unread.count) unread text-like region\(unread.count == 1 ? "" : "s")")]
        for (detection, match) in phi {
            lines.append("  \(detection.box) \(RunReport.frames(detection.frames)): \"\(detection.text)\" matches \(match)")
        }
        for detection in unread {
            lines.append("  \(detection.box) \(RunReport.frames(detection.frames)): unread text-like region")
        }
        return lines.joined(separator: "\n")
    }

    func json(strict: Bool) -> String {
        var object = JSONObjectWriter()
        object.add("path", path)
        object.add("status", status == .checked ? (hasFindings(strict: strict) ? "phi" : "clean") : status.rawValue)
        object.add("frames", frames)
        object.add("phi", json: "[" + phi.map { Self.json($0.detection, match: $0.match) }.joined(separator: ",") + "]")
        object.add("unread", json: "[" + unread.map { Self.json($0, match: nil) }.joined(separator: ",") + "]")
        object.add("note", note)
        return object.line
    }

    private static func json(_ detection: DetectedText, match: String?) -> String {
        var object = JSONObjectWriter()
        switch detection.frames {
        case .all: object.add("frames", "all")
        case .frames(let list): object.add("frames", list)
        }
        object.add("box", [detection.box.x, detection.box.y, detection.box.width, detection.box.height])
        object.add("text", detection.text)
        object.add("confidence", detection.confidence)
        object.add("match", match)
        return object.line
    }
}

/// Counts of a `redact verify`.
struct VerifyState: Sendable {
    var progress: BatchProgress
    var clean = 0, filesWithFindings = 0, matches = 0, unread = 0

    mutating func record(_ checked: VerifiedFile, strict: Bool) {
        progress.finish(failed: checked.status == .failed, resumed: false)
        guard checked.status == .checked else { return }
        if checked.hasFindings(strict: strict) { filesWithFindings += 1 } else { clean += 1 }
        matches += checked.phi.count
        unread += checked.unread.count
    }

    /// "verify: 200 files in 50s: 198 clean, 2 with PHI (3 matches); 4 unread regions; 1 not checked"
    var summary: String {
        var line = "verify: \(progress.done) file\(progress.done == 1 ? "" : "s") in \(BatchProgress.duration(progress.elapsed))"
        line += ": \(clean) clean, \(filesWithFindings) with findings (\(matches) PHI match\(matches == 1 ? "" : "es"))"
        if unread > 0 { line += "; \(unread) unread text-like region\(unread == 1 ? "" : "s")" }
        if progress.failed > 0 { line += "; \(progress.failed) not checked" }
        return line
    }
}
