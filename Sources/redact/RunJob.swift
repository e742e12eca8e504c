import Batch
import PixelIO
import Redactor

/// What happened to one file of `redact run`: its manifest record and what to print.
struct RunOutcome: Sendable {
    /// The manifest line.
    var record: ManifestRecord
    /// The report for standard output (plain text or one JSON line).
    var report: String?
    /// A message for standard error (failures and skips).
    var problem: String?
    /// True when an earlier run had already done it.
    var resumed = false
}

/// Processes one file of `redact run`: plan, apply, hash, report. Safe to run on several threads.
struct RunJob: Sendable {
    let redactor: Redactor
    /// Reviewed decisions; when given, they replace planning.
    let decisions: DecisionIndex?
    let options: ApplyOptions
    let json: Bool
    let dryRun: Bool
    let shard: Shard?
    /// Records of an earlier run of the same command (from its manifest), by input path.
    let earlier: [String: ManifestRecord]

    func process(_ input: InputFiles.Input, to target: String) -> RunOutcome {
        let path = input.path
        let inputHash = SHA256.hexDigest(ofFileAt: path)
        if !dryRun, let record = earlier[path], record.output == target, record.isDone(inputSHA256: inputHash) {
            let note = "done by an earlier run (manifest), output unchanged"
            return RunOutcome(record: record, report: json ? RunReport.json(input: path, status: "done_before", output: target, note: note)
                                                          : "\(path) -> \(target): \(note)", resumed: true)
        }
        do {
            let file: DicomFile
            switch try InputImage.read(input) {
            case .image(let image): file = image
            case .passedBy(let note): return skipped(path, hash: inputHash, note: note)
            }
            guard let inputHash else { throw DicomError(.io, "cannot read the file to hash it", path: path) }
            let plan = try decisions.map { try $0.plan(for: file, path: path, sha256: inputHash) }
                ?? redactor.plan(for: file, path: path)
            if dryRun {
                let planned = try PlanApplier.prepare(plan, for: file, options: options).plannedResult
                let report = json ? RunReport.json(input: path, output: target, plan: plan, result: planned, dryRun: true)
                    : "dry run: " + RunReport.text(input: path, output: target, plan: plan, result: planned)
                return RunOutcome(record: ManifestRecord(input: path, inputSHA256: inputHash,
                                                         status: planned.action == .redacted ? .redacted : .copied,
                                                         regions: plan.regions, shard: shard?.description),
                                  report: report)
            }
            if let failure = OutputPaths.makeDirectories(OutputPaths.parent(of: target)) {
                throw DicomError(.io, failure, path: path)
            }
            let result = try PlanApplier.apply(plan, to: file, writingTo: target, options: options,
                                               mode: OutputPaths.mode(of: path))
            let record = ManifestRecord(input: path, inputSHA256: inputHash, output: target,
                                        outputSHA256: SHA256.hexDigest(ofFileAt: target),
                                        status: result.action == .redacted ? .redacted : .copied,
                                        regions: plan.regions, shard: shard?.description)
            return RunOutcome(record: record, report: json ? RunReport.json(input: path, output: target, plan: plan, result: result)
                                                           : RunReport.text(input: path, output: target, plan: plan, result: result))
        } catch let error as DicomError {
            return failed(path, hash: inputHash, error.path == nil ? error.inFile(path).description : error.description)
        } catch {
            return failed(path, hash: inputHash, "\(path): \(error)")
        }
    }

    /// A file that is not processed, with the reason.
    private func skipped(_ path: String, hash: String?, note: String) -> RunOutcome {
        RunOutcome(record: ManifestRecord(input: path, inputSHA256: hash, status: .skipped, message: note, shard: shard?.description),
                   report: json ? RunReport.json(input: path, status: "skipped", note: note) : nil,
                   problem: "\(path): \(note)")
    }

    /// A file that failed: reported, recorded, not written.
    private func failed(_ path: String, hash: String?, _ message: String) -> RunOutcome {
        RunOutcome(record: ManifestRecord(input: path, inputSHA256: hash, status: .failed, message: message,
                                          shard: shard?.description),
                   report: json ? RunReport.json(failed: path, error: message) : nil,
                   problem: message + " (not written)")
    }
}

/// Reviewed decisions, found by the path a file was scanned under (or the same file by its
/// resolved path).
struct DecisionIndex: Sendable {
    let byPath: [String: ReviewedFile]
    let byResolvedPath: [String: ReviewedFile]
    /// The decisions file, for messages.
    let source: String

    init(_ decisions: ReviewDecisions, source: String) {
        byPath = Dictionary(decisions.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        byResolvedPath = Dictionary(decisions.files.map { (OutputPaths.resolved($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        self.source = source
    }

    /// The decided plan for `file`; throws when the decisions do not name it, or it has changed
    /// since it was scanned (its SHA-256 differs).
    func plan(for file: DicomFile, path: String, sha256: String) throws(DicomError) -> RedactionPlan {
        guard let decision = byPath[path] ?? byResolvedPath[OutputPaths.resolved(path)] else {
            throw DicomError(.invalidValue, "\(source) has no decision for this file (scan and review it first)", path: path)
        }
        if let scanned = decision.sha256, scanned != sha256 {
            throw DicomError(.invalidValue, "the file has changed since it was scanned (SHA-256 differs from \(source))", path: path)
        }
        return try decision.plan(for: file, path: path)
    }
}
