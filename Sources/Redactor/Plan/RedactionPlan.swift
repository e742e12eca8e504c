import OCR
import PixelIO

/// What redaction will do to one file: the regions to blank in which frames, each with its
/// reason, the detections they came from, and what was noticed on the way. Built by
/// ``Redactor/plan(for:path:)``, applied by ``PlanApplier``, and readable as JSON.
public struct RedactionPlan: Sendable, Codable, Equatable {
    /// The input file.
    public var path: String
    /// False when the file has no Pixel Data (nothing to redact: it is copied unchanged).
    public var hasPixelData: Bool
    /// Image size and frame count (0 without Pixel Data).
    public var rows: Int
    public var columns: Int
    public var frames: Int
    /// The input's transfer syntax UID.
    public var transferSyntaxUID: String
    /// The text mode the plan was made with.
    public var textMode: TextMode
    /// The rules that matched the header, by name.
    public var matchedRules: [String]
    /// The regions to blank: rectangles clipped to the image, text boxes grown by the margin,
    /// overlapping words of one line merged; in reading order (every-frame regions first, then by
    /// frame; top to bottom, left to right).
    public var regions: [RedactionRegion]
    /// Every detection the text detector reported, with the judge's decision (nil: kept).
    public var detections: [JudgedDetection]
    /// Things worth telling a user (e.g. why the ultrasound option did not apply).
    public var notes: [String]

    /// Creates a plan.
    public init(path: String, hasPixelData: Bool, rows: Int, columns: Int, frames: Int, transferSyntaxUID: String,
                textMode: TextMode, matchedRules: [String] = [], regions: [RedactionRegion] = [],
                detections: [JudgedDetection] = [], notes: [String] = []) {
        self.path = path
        self.hasPixelData = hasPixelData
        self.rows = rows
        self.columns = columns
        self.frames = frames
        self.transferSyntaxUID = transferSyntaxUID
        self.textMode = textMode
        self.matchedRules = matchedRules
        self.regions = regions
        self.detections = detections
        self.notes = notes
    }

    /// The plan of a file without Pixel Data: nothing to redact, the file is copied unchanged.
    public static func withoutPixelData(path: String, transferSyntaxUID: String, textMode: TextMode) -> RedactionPlan {
        RedactionPlan(path: path, hasPixelData: false, rows: 0, columns: 0, frames: 0, transferSyntaxUID: transferSyntaxUID,
                      textMode: textMode, notes: ["no Pixel Data: nothing to redact"])
    }

    /// True when nothing is to be blanked: the file is copied byte for byte.
    public var isEmpty: Bool { regions.isEmpty }

    /// The rectangles to blank in frame `index` (0-based).
    public func rects(inFrame index: Int) -> [PixelRect] {
        regions.filter { $0.frames.contains(index) }.map(\.rect)
    }

    /// True when some region applies to frame `index`.
    public func touches(frame index: Int) -> Bool {
        regions.contains { $0.frames.contains(index) && !$0.rect.isEmpty }
    }
}

/// A detection and what the judge decided about it.
public struct JudgedDetection: Sendable, Codable, Equatable {
    /// What the detector reported.
    public var detection: DetectedText
    /// Why it is removed, or nil when it is kept.
    public var reason: RegionReason?

    /// Creates a judged detection.
    public init(detection: DetectedText, reason: RegionReason?) {
        self.detection = detection
        self.reason = reason
    }
}
