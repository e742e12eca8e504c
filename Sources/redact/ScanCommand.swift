import ArgumentParser
import Batch
import FoundationEssentials
import OCR
import PixelIO
import Redactor
import Review
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `redact scan`: finds burned-in text and reports it; changes nothing.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find burned-in text in DICOM images and report it (nothing is changed).",
        discussion: """
        Every file is triaged by its header (how likely it is to carry burned-in text: high for \
        ultrasound, captures, colour images or Burned In Annotation YES; medium for projection \
        images and derived images; low for original cross-sectional images that declare no \
        annotation; none without Pixel Data), then planned exactly as `redact run` with the same \
        options would plan it: rules, the ultrasound option, text detection and the --text \
        decision. Each detection is also checked against the header's PHI, whatever the mode.

        --json prints one object per file: path, sha256, status (scanned, triaged, no-pixels, \
        skipped, failed), modality, triage {level, why}, rows, columns, frames, \
        transfer_syntax, milliseconds, matched_rules, regions (what run would blank, each \
        {frames, box [x, y, width, height], reason, ...}), detections (each {frames, box, text, \
        confidence, method, line, reason or null when kept, phi_match}), notes and error.

        --report DIR writes an HTML review report: open DIR/index.html in a browser, filter by \
        modality, box category and path, accept or reject each box, draw new ones, and export \
        decisions.json; `redact run --decisions decisions.json` then blanks exactly those regions.

        Files that cannot be read or decoded are reported and the exit code is 1.

        Examples:
          redact scan image.dcm
          redact scan --json archive/ > findings.jsonl
          redact scan --triage-only --json archive/ > triage.jsonl
          redact scan study/ --text phi --report review/      # then open review/index.html
          redact scan us/ --rules us.rules --ultrasound-regions --report review/ --jobs 8
        """
    )

    @Flag(name: .long, help: "Print JSON Lines, one object per file.")
    var json = false

    @Option(name: .long, help: "Write an HTML review report to this folder (created if missing).")
    var report: String?

    @Flag(name: .long, help: "Read headers only: report each file's triage, decode no pixels.")
    var triageOnly = false

    @Flag(name: .long, help: "Do not scan the pixels of files triaged low (reported as triaged).")
    var skipLow = false

    @OptionGroup(title: "Planning (as for redact run)")
    var planning: PlanningOptions

    @OptionGroup var workers: JobsOption

    @Argument(help: "DICOM files, directories to search recursively, or - to read a list of paths from standard input.")
    var files: [String]

    func run() throws {
        let (inputs, listingFailed) = listInputs(files)
        let redactor = try planning.redactor()
        let review: ReviewReport?
        do {
            review = try report.map { try ReviewReport(directory: $0, margin: planning.margin) }
        } catch {
            reportFailure("\(error)")
            throw ExitStatus.someFilesFailed
        }
        let job = ScanJob(redactor: redactor, triageOnly: triageOnly, skipLow: skipLow, report: review)
        let interactive = isatty(2) == 1 && !json
        let state = Mutex(ScanState(progress: BatchProgress(total: inputs.count)))
        let numbered = Array(inputs.enumerated())
        WorkerPool.run(numbered, jobs: workers.jobs) { item in
            job.process(item.element, index: item.offset)
        } finished: { _, outcome in
            state.withLock { state in
                if interactive { FileHandleOutput.standardError("\r\u{1B}[K") }
                if let problem = outcome.problem { reportFailure(problem) }
                printRecord(json ? ScanReport.json(outcome.finding) : ScanReport.text(outcome.finding))
                state.record(outcome, keep: review != nil)
                if interactive && state.progress.shouldRedraw() { FileHandleOutput.standardError(state.progress.line) }
            }
        }
        let final = state.withLock { $0 }
        if interactive { FileHandleOutput.standardError("\r\u{1B}[K") }
        if let review {
            do {
                let page = try review.finish(final.kept, command: (["redact"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
                reportSummary("scan: review report \(page)")
            } catch {
                reportFailure("\(report ?? ""): the review report could not be written: \(error)")
                throw ExitStatus.someFilesFailed
            }
        }
        reportSummary(final.summary)
        if listingFailed || final.progress.failed > 0 { throw ExitStatus.someFilesFailed }
    }
}

/// Counts of a `redact scan` as files finish, and the findings kept for the report.
struct ScanState: Sendable {
    var progress: BatchProgress
    var levels: [HeaderTriage.Level: Int] = [:]
    var withRegions = 0, regions = 0
    var kept: [(finding: ScanFinding, images: ReportImages?)] = []

    mutating func record(_ outcome: ScanOutcome, keep: Bool) {
        let finding = outcome.finding
        progress.finish(failed: finding.status == .failed, resumed: false)
        if let level = finding.triage?.level { levels[level, default: 0] += 1 }
        if !finding.regions.isEmpty { withRegions += 1 }
        regions += finding.regions.count
        if keep { kept.append((finding, outcome.images)) }
    }

    /// "scan: 200 files in 1m2s (3.2 files/s): triage 120 high, 60 medium, 20 low; 130 files with 412 regions to blank"
    var summary: String {
        let time = BatchProgress.duration(progress.elapsed)
        var line = "scan: \(progress.done) file\(progress.done == 1 ? "" : "s") in \(time)"
        if progress.rate > 0 { line += " (\(BatchProgress.decimal(progress.rate)) files/s)" }
        let triage = HeaderTriage.Level.allCases.compactMap { level in levels[level].map { "\($0) \(level.rawValue)" } }
        if !triage.isEmpty { line += ": triage " + triage.joined(separator: ", ") }
        line += "; \(withRegions) file\(withRegions == 1 ? "" : "s") with \(regions) region\(regions == 1 ? "" : "s") to blank"
        if progress.failed > 0 { line += "; \(progress.failed) failed" }
        return line
    }
}

/// How `redact scan` prints each file.
enum ScanReport {
    /// One JSON object.
    static func json(_ finding: ScanFinding) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(finding)).map { String(decoding: $0, as: UTF8.self) }
            ?? "{\"path\":\"\(finding.path)\",\"status\":\"failed\",\"error\":\"not encodable\"}"
    }

    /// A few plain lines.
    static func text(_ finding: ScanFinding) -> String {
        var head = "\(finding.path): "
        switch finding.status {
        case .failed, .skipped: return head + (finding.error ?? finding.status.rawValue)
        case .noPixels: return head + "no pixel data"
        case .triaged, .scanned: break
        }
        if let triage = finding.triage { head += "triage \(triage.level.rawValue) (\(triage.why.joined(separator: "; ")))" }
        guard finding.status == .scanned else { return head + "; not scanned" }
        head += "; \(finding.regions.count) region\(finding.regions.count == 1 ? "" : "s") to blank"
        var lines = [head]
        for region in finding.regions {
            lines.append("  \(region.rect) \(RunReport.frames(region.frames)): \(region.reason.summary)")
        }
        for detection in finding.detections {
            let found = detection.judged.detection
            let text = found.method == .unread ? "(unread text-like region)" : "\"\(found.text)\""
            let decision = detection.judged.reason == nil ? "kept" : "removed"
            let phi = detection.phiMatch.map { " [PHI: \($0)]" } ?? ""
            lines.append("  - \(found.box) \(text) \(Int(found.confidence.rounded()))% \(found.method.rawValue), \(RunReport.frames(found.frames)): \(decision)\(phi)")
        }
        for note in finding.notes { lines.append("  note: \(note)") }
        return lines.joined(separator: "\n")
    }
}

/// Milliseconds on the monotonic clock.
func monotonicMilliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
}
