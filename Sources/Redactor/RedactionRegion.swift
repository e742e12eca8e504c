import OCR
import PixelIO

/// Why a region is to be blanked.
public enum RegionReason: Sendable, Hashable, Codable {
    /// A known-region rule matched the header (`rule` names it, `source` the rule file).
    case rule(name: String, source: String)
    /// Detected text matched PHI: the header field or pattern that matched, and the text read.
    case phi(match: String, text: String)
    /// Detected text that is not on the allow-list (mode `all`).
    case text(String)
    /// A text-like region that OCR could not read (mode `all`).
    case unreadText
    /// Outside the Sequence of Ultrasound Regions (ultrasound option).
    case outsideUltrasoundRegions
    /// Drawn or accepted by a reviewer.
    case reviewer(String)
}

/// A rectangle to blank in some frames, and why.
public struct RedactionRegion: Sendable, Hashable, Codable {
    /// The frames it applies to.
    public var frames: FrameScope
    /// The rectangle, in image pixels, clipped to the image.
    public var rect: PixelRect
    /// Why it is blanked.
    public var reason: RegionReason

    /// Creates a region.
    public init(frames: FrameScope, rect: PixelRect, reason: RegionReason) {
        self.frames = frames
        self.rect = rect
        self.reason = reason
    }
}
