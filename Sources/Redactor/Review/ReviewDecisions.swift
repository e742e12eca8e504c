import FoundationEssentials
import PixelIO

/// What a reviewer decided for a batch (`decisions.json`, exported by the HTML review report of
/// `redact scan --report`): per file, the regions to blank (accepted boxes, boxes the reviewer
/// drew) and, for the record, the boxes rejected. `redact run --decisions` applies exactly the
/// accepted regions and nothing else.
///
/// ```json
/// {"version": 1, "files": [{"path": "study/a.dcm", "sha256": "9f2c...",
///   "regions": [{"frames": "all", "box": [10, 4, 120, 18], "reason": "phi", "match": "PatientName", "text": "DOE^JANE"}],
///   "rejected": [{"frames": "all", "box": [600, 4, 20, 18], "reason": "text", "text": "L"}]}]}
/// ```
public struct ReviewDecisions: Sendable, Codable, Equatable {
    /// The format version this build reads and writes.
    public static let currentVersion = 1

    /// The format version of the file.
    public var version: Int
    /// One entry per reviewed file.
    public var files: [ReviewedFile]

    /// Decisions for `files`.
    public init(files: [ReviewedFile]) {
        version = Self.currentVersion
        self.files = files
    }

    /// Reads and checks a decisions file: the version must be one this build knows, and no path
    /// may be decided twice. Throws a message naming the file and what is wrong.
    public static func load(path: String) throws(DicomError) -> ReviewDecisions {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DicomError(.io, "cannot read the decisions file: \(error)", path: path)
        }
        let decoded: ReviewDecisions
        do {
            decoded = try JSONDecoder().decode(ReviewDecisions.self, from: data)
        } catch {
            throw DicomError(.invalidValue, "not a decisions file: \(error)", path: path)
        }
        guard decoded.version == currentVersion else {
            throw DicomError(.invalidValue, "decisions format version \(decoded.version); this redact reads version \(currentVersion)", path: path)
        }
        var seen = Set<String>()
        for file in decoded.files where !seen.insert(file.path).inserted {
            throw DicomError(.invalidValue, "\(file.path) is decided twice", path: path)
        }
        return decoded
    }
}

/// The decision for one file.
public struct ReviewedFile: Sendable, Codable, Equatable {
    /// The file's path as `redact scan` listed it.
    public var path: String
    /// The SHA-256 of the file when it was scanned (hex); a file that has changed since is not
    /// redacted from this decision.
    public var sha256: String?
    /// The regions to blank.
    public var regions: [RedactionRegion]
    /// Boxes the reviewer rejected (kept in the image); recorded, never applied.
    public var rejected: [RedactionRegion]

    /// A decision.
    public init(path: String, sha256: String?, regions: [RedactionRegion], rejected: [RedactionRegion] = []) {
        self.path = path
        self.sha256 = sha256
        self.regions = regions
        self.rejected = rejected
    }

    enum CodingKeys: String, CodingKey { case path, sha256, regions, rejected }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        sha256 = try container.decodeIfPresent(String.self, forKey: .sha256)
        regions = try container.decode([RedactionRegion].self, forKey: .regions)
        rejected = try container.decodeIfPresent([RedactionRegion].self, forKey: .rejected) ?? []
    }

    /// The plan that blanks exactly these regions in `file` (read from `path`): no rules, no text
    /// detection, no merging. Throws when a region does not fit the image (a frame it does not
    /// have, a box outside it): the decision was made for another file.
    public func plan(for file: DicomFile, path: String) throws(DicomError) -> RedactionPlan {
        let syntax = file.transferSyntax.uid
        guard file.hasPixelData else {
            guard regions.isEmpty else {
                throw DicomError(.invalidValue, "the decision blanks \(regions.count) region(s) but the file has no Pixel Data", path: path)
            }
            return .withoutPixelData(path: path, transferSyntaxUID: syntax, textMode: .none)
        }
        try file.requireComplete()
        let layout = try PixelDescription(dataset: file.dataset)
        for region in regions {
            let clipped = region.rect.clipped(columns: layout.columns, rows: layout.rows)
            if region.rect.isEmpty || clipped != region.rect {
                throw DicomError(.invalidValue, "decided box \(region.rect) does not lie inside the \(layout.columns)x\(layout.rows) image", path: path)
            }
            if case .frames(let list) = region.frames, let bad = list.first(where: { $0 >= layout.numberOfFrames }) {
                throw DicomError(.invalidValue, "decided region names frame \(bad), but the image has \(layout.numberOfFrames) frame(s)", path: path)
            }
        }
        return RedactionPlan(path: path, hasPixelData: true, rows: layout.rows, columns: layout.columns,
                             frames: layout.numberOfFrames, transferSyntaxUID: syntax, textMode: .none,
                             regions: regions, notes: ["regions as decided in review"])
    }
}
