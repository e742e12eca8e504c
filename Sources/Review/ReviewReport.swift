import Batch
import FoundationEssentials
import OCR
import PixelIO
import Redactor

/// The HTML review report of `redact scan --report DIR`: `index.html` with its script and style,
/// `findings.js` (every file's boxes, words and triage), and under `img/` a thumbnail and a view
/// of each shown frame per image. It opens from the folder in any browser, with no server: the
/// reviewer accepts or rejects boxes, draws new ones, and exports `decisions.json` for
/// `redact run --decisions`.
///
/// Images are written as files are scanned (from any thread); the index is written by `finish`.
public struct ReviewReport: Sendable {
    /// The report folder.
    public let directory: String
    /// The margin text boxes are grown by (kept text accepted in review is grown the same way).
    public let margin: Int

    /// The longest side of a frame's view, and of a thumbnail, in pixels.
    static let viewSide = 1024, thumbnailSide = 160
    /// At most this many frames of one image are shown (the first, then those with their own boxes).
    static let framesShown = 12

    /// Creates the report folder (and `img/` in it).
    public init(directory: String, margin: Int) throws(DicomError) {
        self.directory = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        self.margin = margin
        if let failure = OutputPaths.makeDirectories(self.directory + "/img") {
            throw DicomError(.io, failure, path: directory)
        }
    }

    /// The frames of a finding that the report shows: the first, and every frame that a box
    /// names on its own, up to `framesShown`.
    static func framesToShow(_ finding: ScanFinding) -> [Int] {
        var shown: Set<Int> = finding.frames > 0 ? [0] : []
        let scopes = finding.regions.map(\.frames) + finding.detections.map(\.judged.detection.frames)
        for case .frames(let list) in scopes {
            for frame in list where frame < finding.frames { shown.insert(frame) }
        }
        return Array(shown.sorted().prefix(framesShown))
    }

    /// Writes the views and the thumbnail of a scanned file's frames; the names (relative to the
    /// report folder) are returned. Throws when a frame cannot be decoded or a file written.
    public func writeImages(of finding: ScanFinding, frames: PixelFrames) throws -> ReportImages {
        var images = ReportImages()
        for frame in Self.framesToShow(finding) {
            let display = try DisplayChannels(frame: try frames.frame(frame), palette: frames.palette)
            let name = "img/\(Self.padded(finding.index))-f\(frame).png"
            try write(PreviewImage(channels: display, maxSide: Self.viewSide).png(), to: name)
            images.views[String(frame)] = name
            if images.thumbnail == nil {
                let thumbnail = "img/\(Self.padded(finding.index))-thumb.png"
                try write(PreviewImage(channels: display, maxSide: Self.thumbnailSide).png(), to: thumbnail)
                images.thumbnail = thumbnail
            }
        }
        return images
    }

    /// `index` with leading zeros to six digits, so image names sort in scan order.
    static func padded(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Writes `findings.js` and the page for every finding (in path order), and returns the
    /// path of `index.html`.
    public func finish(_ findings: [(finding: ScanFinding, images: ReportImages?)], command: String) throws -> String {
        let entries = findings.sorted { $0.finding.path < $1.finding.path }.map { item in
            ReportEntry(finding: item.finding, images: item.images ?? ReportImages(),
                        boxes: ReviewBox.boxes(of: item.finding, margin: margin))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = Data("window.REDACT_REPORT = ".utf8) + (try encoder.encode(ReportData(command: command, files: entries)))
            + Data(";\n".utf8)
        try write(data, to: "findings.js")
        try write(Data(ReportAssets.css.utf8), to: "review.css")
        try write(Data(ReportAssets.script.utf8), to: "review.js")
        try write(Data(ReportAssets.page.utf8), to: "index.html")
        return directory + "/index.html"
    }

    private func write(_ data: Data, to name: String) throws(DicomError) {
        try AtomicFile.write(to: directory + "/" + name) { writer throws(DicomError) in try writer.write(data) }
    }
}

/// The images written for one file: a thumbnail and views by frame number (names relative to
/// the report folder).
public struct ReportImages: Sendable, Encodable {
    public var thumbnail: String?
    public var views: [String: String] = [:]

    public init() {}
}

/// The whole report as `findings.js` holds it.
private struct ReportData: Encodable {
    let command: String
    let files: [ReportEntry]
}

/// One file of the report.
private struct ReportEntry: Encodable {
    let finding: ScanFinding
    let images: ReportImages
    let boxes: [ReviewBox]

    enum CodingKeys: String, CodingKey {
        case index, path, sha256, status, modality, triage, rows, columns, frames, matchedRules = "matched_rules"
        case notes, error, thumbnail, views, boxes
    }

    /// The finding without its detections (the boxes carry them).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(finding.index, forKey: .index)
        try container.encode(finding.path, forKey: .path)
        try container.encodeIfPresent(finding.sha256, forKey: .sha256)
        try container.encode(finding.status, forKey: .status)
        try container.encode(finding.modality, forKey: .modality)
        try container.encodeIfPresent(finding.triage, forKey: .triage)
        try container.encode(finding.rows, forKey: .rows)
        try container.encode(finding.columns, forKey: .columns)
        try container.encode(finding.frames, forKey: .frames)
        try container.encode(finding.matchedRules, forKey: .matchedRules)
        try container.encode(finding.notes, forKey: .notes)
        try container.encodeIfPresent(finding.error, forKey: .error)
        try container.encodeIfPresent(images.thumbnail, forKey: .thumbnail)
        try container.encode(images.views, forKey: .views)
        try container.encode(boxes, forKey: .boxes)
    }
}
