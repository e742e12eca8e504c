import ArgumentParser
import Batch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import OCR
import PixelIO
import Redactor

/// `redact run`: writes redacted copies of DICOM files.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Remove burned-in text from DICOM images, writing redacted copies under --output.",
        discussion: """
        Each file is planned (rules, the ultrasound option, then text detection and the --text \
        decision), or with --decisions given exactly the regions a reviewer accepted in the \
        report of `redact scan --report` (a file the decisions do not name, or that changed \
        since it was scanned, fails), and the plan applied: regions are blanked with the fill colour in every frame \
        they apply to, the header records the cleaning (Burned In Annotation NO, \
        De-identification Method and code 113101), and the output keeps the input's transfer \
        syntax (JPEG Baseline redacted in the DCT domain; see the README's table). A file with \
        nothing to remove is copied byte for byte. Files found in a directory argument keep their \
        path relative to it under --output; files named directly go to --output/NAME.

        A file that cannot be read, decoded or encoded is reported (standard error, and a \
        "failed" object with --json) and not written; the exit code is then 1. Inputs are never \
        modified, and --output may not lie inside an input directory. Files found in a \
        directory that are not DICOM, and DICOMDIR files, are skipped with a note.

        Every finished file is recorded in a manifest (JSON Lines: input and output paths and \
        SHA-256 hashes, status, regions with reasons). Running the same command again resumes: \
        files already written from unchanged inputs, with their outputs intact, are not done \
        again. --shard K/N splits the input by path hash for array jobs; `redact merge` joins \
        the shards' manifests.

        Exit codes: 0 every file done; 1 one or more files failed (not written); 64 usage error.

        Examples:
          redact run Samples --output out
          redact run study/ --output clean --text all --allow L --allow R --json > run.jsonl
          redact run us/ --output clean --text none --ultrasound-regions
          redact run scans/ --output clean --rules DicomPixelAnonymizer.script --fill 0
          redact run archive/ --output clean --dry-run --json > plan.jsonl
          find archive -name '*.dcm' | redact run - --output clean --jobs 8
          redact run archive/ --output clean --shard 3/16    # then: redact merge clean --shards 16
          redact run study/ --output clean --decisions review/decisions.json
        """
    )

    @Option(name: .long, help: "The folder to write redacted copies to (created if missing).")
    var output: String

    @OptionGroup(title: "Planning")
    var planning: PlanningOptions

    @Option(name: .long, help: """
        Fill colour: darkest (default: grey images take the darkest value they hold, colour images black), \
        black (MONOCHROME2 the lowest value Bits Stored allows, MONOCHROME1 the highest), white, or stored \
        values v or v,v,v.
        """)
    var fill = "darkest"

    @Option(name: .long, help: "JPEG Baseline: dct (change only blocks touching a region; default), reencode, or decompress.")
    var jpeg = "dct"

    @Flag(name: .long, help: "Print JSON Lines, one object per file.")
    var json = false

    @Flag(name: .long, help: "Plan every file and report what would change; write nothing.")
    var dryRun = false

    @OptionGroup var workers: JobsOption

    @Option(name: .long, help: "Process only part K of N of the input (1 <= K <= N), split by path, for array jobs.")
    var shard: String?

    @Option(name: .long, help: "Blank exactly the regions of this reviewed decisions.json (from the scan report) instead of planning; files it does not decide fail.")
    var decisions: String?

    @Option(name: .long, help: "The manifest (JSON Lines) to record each file in and resume from (default: redact-manifest.jsonl, or redact-manifest-K-of-N.jsonl with --shard, in --output).")
    var manifest: String?

    @Argument(help: "DICOM files, directories to search recursively, or - to read a list of paths from standard input.")
    var files: [String]

    func validate() throws {
        guard FillChoice(parsing: fill) != nil else {
            throw ValidationError("--fill must be darkest, black, white or stored values such as 0 or 0,128,128, not '\(fill)'")
        }
        guard JPEGStrategy(rawValue: jpeg) != nil else {
            throw ValidationError("--jpeg must be dct, reencode or decompress, not '\(jpeg)'")
        }
        if decisions != nil && (!planning.rules.isEmpty || planning.ultrasoundRegions) {
            throw ValidationError("--decisions blanks exactly the reviewed regions: give --rules and --ultrasound-regions to the scan, not to this run")
        }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard must be K/N with 1 <= K <= N, such as 3/8, not '\(shard)'")
        }
        let target = OutputPaths.resolved(output)
        for input in files {
            let resolved = OutputPaths.resolved(input)
            if OutputPaths.isDirectory(input) && OutputPaths.isInside(target, resolved) {
                throw ValidationError("--output \(output) lies inside the input \(input): choose a folder outside it")
            }
            if resolved == target {
                throw ValidationError("--output \(output) is the input \(input)")
            }
        }
    }

    func run() throws {
        let redactor = try planning.redactor()
        let decided: DecisionIndex?
        do {
            decided = try decisions.map { DecisionIndex(try ReviewDecisions.load(path: $0), source: $0) }
        } catch {
            throw ValidationError("\(error)")
        }
        let options = ApplyOptions(fill: FillChoice(parsing: fill) ?? .darkest, jpeg: JPEGStrategy(rawValue: jpeg) ?? .dct)
        let part = shard.flatMap(Shard.init(parsing:))
        let (listed, listingFailed) = listInputs(files)
        var failed = listingFailed
        let inputs = listed.filter { part?.includes(OutputPaths.relativePath(of: $0)) ?? true }

        // Targets are settled before any work starts: two inputs may not share an output, and
        // no output may overwrite an input.
        var work: [(input: InputFiles.Input, target: String)] = []
        var written: [String: String] = [:]
        for input in inputs {
            let target = OutputPaths.outputPath(for: input, output: output)
            if let earlier = written[target] {
                reportFailure("\(input.path): its output \(target) is already the output of \(earlier); not written")
                failed = true
            } else if OutputPaths.sameFile(input.path, target) {
                reportFailure("\(input.path): the output would overwrite the input; not written")
                failed = true
            } else {
                written[target] = input.path
                work.append((input, target))
            }
        }

        var writer: ManifestWriter?
        var earlier: [String: ManifestRecord] = [:]
        if !dryRun {
            if let failure = OutputPaths.makeDirectories(output) {
                reportFailure(failure)
                throw ExitStatus.someFilesFailed
            }
            let path = manifestPath(part)
            let loaded = Manifest.load(path: path)
            earlier = loaded.records
            if loaded.unreadable > 0 {
                reportFailure("\(path): \(loaded.unreadable) unreadable line(s) ignored (a run cut short); those files are done again")
            }
            PartialFiles.removeAbandoned(under: output)
            do {
                writer = try ManifestWriter(path: path)
            } catch {
                reportFailure(error.description)
                throw ExitStatus.someFilesFailed
            }
        }

        let log = writer
        let job = RunJob(redactor: redactor, decisions: decided, options: options, json: json, dryRun: dryRun, shard: part,
                         earlier: earlier)
        let interactive = isatty(2) == 1 && !json
        let state = Mutex(RunState(progress: BatchProgress(total: work.count), failed: failed))
        WorkerPool.run(work, jobs: workers.jobs) { item in
            job.process(item.input, to: item.target)
        } finished: { _, outcome in
            state.withLock { state in
                var outcome = outcome
                if let log, !outcome.resumed {
                    do { try log.append(outcome.record) } catch {
                        // Without its manifest line the file would be done again, not lost, but
                        // the run must say its record is incomplete.
                        outcome.problem = (outcome.problem.map { $0 + "; " } ?? "") + "\(error)"
                        state.failed = true
                    }
                }
                if interactive { FileHandleOutput.standardError("\r\u{1B}[K") }
                if let problem = outcome.problem { reportFailure(problem) }
                if let report = outcome.report { printRecord(report) }
                state.record(outcome)
                if interactive && state.progress.shouldRedraw() { FileHandleOutput.standardError(state.progress.line) }
            }
        }
        let final = state.withLock { $0 }
        if interactive { FileHandleOutput.standardError("\r\u{1B}[K") }
        reportSummary(final.summary(dryRun: dryRun))
        if final.failed || final.progress.failed > 0 { throw ExitStatus.someFilesFailed }
    }

    /// The manifest's path: --manifest, or a file in --output named for the shard.
    private func manifestPath(_ part: Shard?) -> String {
        if let manifest { return manifest }
        let base = output.hasSuffix("/") ? String(output.dropLast()) : output
        return base + (part.map { "/redact-manifest-\($0.index)-of-\($0.count).jsonl" } ?? "/redact-manifest.jsonl")
    }
}

/// Counts of a `redact run` as files finish (failed and resumed files are counted by the progress).
struct RunState: Sendable {
    var progress: BatchProgress
    /// True when something outside the files themselves failed (listing, output clashes, the manifest).
    var failed: Bool
    var redacted = 0, copied = 0, skipped = 0

    /// Counts one finished file.
    mutating func record(_ outcome: RunOutcome) {
        progress.finish(failed: outcome.record.status == .failed, resumed: outcome.resumed)
        guard !outcome.resumed else { return }
        switch outcome.record.status {
        case .redacted: redacted += 1
        case .copied: copied += 1
        case .skipped: skipped += 1
        case .failed: break
        }
    }

    /// "redact run: 200 files in 1m12s (2.8 files/s): 150 redacted, 40 copied unchanged, ..."
    func summary(dryRun: Bool) -> String {
        var parts: [String] = []
        if redacted > 0 { parts.append("\(redacted) \(dryRun ? "to redact" : "redacted")") }
        if copied > 0 { parts.append("\(copied) \(dryRun ? "to copy" : "copied") unchanged") }
        if progress.resumed > 0 { parts.append("\(progress.resumed) done by an earlier run") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        if progress.failed > 0 { parts.append("\(progress.failed) failed (not written)") }
        let time = BatchProgress.duration(progress.elapsed)
        var line = "run\(dryRun ? " (dry run)" : ""): \(progress.done) file\(progress.done == 1 ? "" : "s") in \(time)"
        if progress.rate > 0 { line += " (\(BatchProgress.decimal(progress.rate)) files/s)" }
        return line + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }
}
