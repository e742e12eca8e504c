import OCR
import PixelIO
import Redactor

/// What `redact scan` found in one file: its triage, the plan `redact run` would apply (regions
/// with reasons), every detection with its decision, and which detections match the header's
/// PHI. One line of `scan --json`, and one image of the review report.
public struct ScanFinding: Sendable, Encodable {
    /// How far the scan got.
    public enum Status: String, Sendable, Encodable {
        /// Planned: rules, the ultrasound option and text detection ran.
        case scanned
        /// Only the header was read (`--triage-only`, or a low-risk file with `--skip-low`).
        case triaged
        /// No Pixel Data: nothing can carry burned-in text.
        case noPixels = "no-pixels"
        /// Not an image (not DICOM, or a DICOMDIR).
        case skipped
        /// Could not be read or decoded: reported, not reviewable (fail closed).
        case failed
    }

    /// Position in the scan's input listing (names the report's images).
    public var index: Int
    public var path: String
    /// SHA-256 of the file as scanned (hex), so a decision cannot be applied to a changed file.
    public var sha256: String?
    public var status: Status
    public var modality: String = ""
    public var triage: HeaderTriage?
    public var rows = 0, columns = 0, frames = 0
    public var transferSyntax = ""
    public var milliseconds = 0.0
    public var matchedRules: [String] = []
    /// The regions `redact run` with the same options would blank.
    public var regions: [RedactionRegion] = []
    /// Every detection, its decision, and its PHI match if any.
    public var detections: [ScanDetection] = []
    public var notes: [String] = []
    /// Why the file failed or was skipped.
    public var error: String?

    /// A finding with only a path and status; the scan fills in the rest.
    public init(index: Int, path: String, sha256: String?, status: Status) {
        self.index = index
        self.path = path
        self.sha256 = sha256
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, status, modality, triage, rows, columns, frames
        case transferSyntax = "transfer_syntax", milliseconds, matchedRules = "matched_rules"
        case regions, detections, notes, error
    }
}

/// A detection of a scan: what was read, whether the plan removes it, and the header field or
/// pattern it matches as PHI (whatever the text mode; shown to reviewers).
public struct ScanDetection: Sendable, Encodable {
    public var judged: JudgedDetection
    /// The PHI match ("PatientName", "pattern date", ...), or nil.
    public var phiMatch: String?

    public init(judged: JudgedDetection, phiMatch: String?) {
        self.judged = judged
        self.phiMatch = phiMatch
    }

    enum CodingKeys: String, CodingKey { case phiMatch = "phi_match" }

    public func encode(to encoder: any Encoder) throws {
        try judged.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(phiMatch, forKey: .phiMatch)
    }
}
