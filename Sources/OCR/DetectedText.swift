import PixelIO

/// The frames a detection or region applies to.
public enum FrameScope: Sendable, Hashable, Codable {
    /// Every frame of the image (single-frame images, static overlays of cine loops).
    case all
    /// Only the listed frames (0-based).
    case frames([Int])

    /// True when frame `index` is covered.
    public func contains(_ index: Int) -> Bool {
        switch self {
        case .all: return true
        case .frames(let list): return list.contains(index)
        }
    }
}

/// How a piece of text was found.
public enum DetectionMethod: String, Sendable, Hashable, Codable {
    /// Read by OCR in one frame.
    case ocr
    /// Read by OCR once in an overlay that is identical in every frame of a multi-frame image.
    case staticOverlay = "static-overlay"
    /// A region that looks like text but that OCR could not read.
    case unread
}

/// One word (or unread text-like region) found in the pixels.
public struct DetectedText: Sendable, Hashable, Codable {
    /// The frames it appears in.
    public var frames: FrameScope
    /// Its bounding box in image pixels.
    public var box: PixelRect
    /// The text read (empty for unread regions).
    public var text: String
    /// The recogniser's confidence, 0...100 (0 for unread regions).
    public var confidence: Double
    /// How it was found.
    public var method: DetectionMethod
    /// An identifier shared by the words of one text line.
    public var line: Int

    /// Creates a detection.
    public init(frames: FrameScope, box: PixelRect, text: String, confidence: Double,
                method: DetectionMethod, line: Int = 0) {
        self.frames = frames
        self.box = box
        self.text = text
        self.confidence = confidence
        self.method = method
        self.line = line
    }
}

/// Something that finds burned-in text in the frames of a DICOM image.
public protocol TextDetector: Sendable {
    /// Every piece of text found in the image's frames.
    func detect(in frames: PixelFrames) throws -> [DetectedText]

    /// The same, with the first frame's display luma (see `DisplayChannels`) when the detector
    /// made it anyway, so that callers measuring pixels need not decode the frame again.
    func detectKeepingFirstFrame(in frames: PixelFrames) throws -> (detections: [DetectedText], firstFrame: GreyImage?)
}

extension TextDetector {
    /// Detects, keeping no frame.
    public func detectKeepingFirstFrame(in frames: PixelFrames) throws -> (detections: [DetectedText], firstFrame: GreyImage?) {
        (try detect(in: frames), nil)
    }
}
