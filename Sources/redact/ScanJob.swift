import Batch
import OCR
import PixelIO
import Redactor
import Review

/// What `redact scan` found in one file, and what to print about it.
struct ScanOutcome: Sendable {
    var finding: ScanFinding
    /// The report's images of the file, when a report is being written.
    var images: ReportImages?
    /// A message for standard error (failures and skips).
    var problem: String?
}

/// Scans one file: hash, header triage, then (unless only the header is wanted) the plan that
/// `redact run` with the same options would apply, PHI matches of every detection, and the
/// report's images. Safe to run on several threads.
struct ScanJob: Sendable {
    let redactor: Redactor
    /// Read headers only.
    let triageOnly: Bool
    /// Read only the headers of files triaged low.
    let skipLow: Bool
    /// The report being written, if any.
    let report: ReviewReport?

    func process(_ input: InputFiles.Input, index: Int) -> ScanOutcome {
        let started = monotonicMilliseconds()
        let path = input.path
        var finding = ScanFinding(index: index, path: path, sha256: SHA256.hexDigest(ofFileAt: path), status: .scanned)
        do {
            let file: DicomFile
            switch try InputImage.read(input) {
            case .image(let image): file = image
            case .passedBy(let note): return skipped(finding, note)
            }
            let triage = HeaderTriage(dataset: file.dataset, fileMeta: file.fileMeta)
            finding.triage = triage
            finding.modality = file.dataset.string(.modality) ?? ""
            finding.transferSyntax = file.transferSyntax.uid
            guard file.hasPixelData else {
                finding.status = .noPixels
                finding.milliseconds = monotonicMilliseconds() - started
                return ScanOutcome(finding: finding)
            }
            let layout = try PixelDescription(dataset: file.dataset)
            (finding.rows, finding.columns, finding.frames) = (layout.rows, layout.columns, layout.numberOfFrames)
            if triageOnly || (skipLow && triage.level == .low) {
                finding.status = .triaged
                finding.notes.append(triageOnly ? "header only (--triage-only)" : "triage low: pixels not scanned (--skip-low)")
                finding.milliseconds = monotonicMilliseconds() - started
                return ScanOutcome(finding: finding)
            }
            let plan = try redactor.plan(for: file, path: path)
            finding.matchedRules = plan.matchedRules
            finding.regions = plan.regions
            finding.notes = plan.notes
            let matches = PHITextJudge().judge(plan.detections.map(\.detection), in: file.dataset)
            finding.detections = zip(plan.detections, matches).map { judged, match in
                guard case .phi(let field, _)? = match else { return ScanDetection(judged: judged, phiMatch: nil) }
                return ScanDetection(judged: judged, phiMatch: field)
            }
            var outcome = ScanOutcome(finding: finding)
            if let report {
                do {
                    outcome.images = try report.writeImages(of: finding, frames: PixelFrames(file: file))
                } catch {
                    outcome.finding.notes.append("report images: \(error)")
                    outcome.problem = "\(path): report images not written: \(error)"
                }
            }
            outcome.finding.milliseconds = monotonicMilliseconds() - started
            return outcome
        } catch let error as DicomError {
            return failed(finding, error.path == nil ? error.inFile(path).description : error.description)
        } catch {
            return failed(finding, "\(path): \(error)")
        }
    }

    private func skipped(_ finding: ScanFinding, _ note: String) -> ScanOutcome {
        var finding = finding
        finding.status = .skipped
        finding.error = note
        return ScanOutcome(finding: finding, problem: "\(finding.path): \(note)")
    }

    private func failed(_ finding: ScanFinding, _ message: String) -> ScanOutcome {
        var finding = finding
        finding.status = .failed
        finding.error = message
        finding.regions = []
        finding.detections = []
        return ScanOutcome(finding: finding, problem: message)
    }
}
