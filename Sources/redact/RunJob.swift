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
    let options: ApplyOptions
    let json: Bool
    let dryRun: Bool
    let shard: Shard?
    /// Records of an earlier run of the same command (from its manifest), by input path.
    let earlier: [String: ManifestRecord]

    /// The Media Storage SOP Class of a DICOMDIR (PS3.10): a media directory, not an image.
    static let mediaDirectoryClass = "1.2.840.10008.1.3.10"
    /// Directory Record Sequence (0004,1220): what a DICOMDIR holds.
    static let directoryRecordSequence = Tag(0x0004, 0x1220)

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
            do {
                file = try DicomReader.read(path: path)
            } catch {
                if !input.named && error.code == .notDicom {
                    return skipped(path, hash: inputHash, note: "skipped, not a DICOM file")
                }
                throw error
            }
            if file.fileMeta?.string(.mediaStorageSOPClassUID) == Self.mediaDirectoryClass
                || file.dataset.contains(Self.directoryRecordSequence) {
                return skipped(path, hash: inputHash, note: "skipped, a DICOMDIR (a media directory, not an image)")
            }
            guard let inputHash else { throw DicomError(.io, "cannot read the file to hash it", path: path) }
            let plan = try redactor.plan(for: file, path: path)
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
