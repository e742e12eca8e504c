import OCR
import PixelIO

/// The JSON form of a region, as `run --json`, manifests and review decisions show it:
/// `{"frames": "all" or [0, 3], "box": [x, y, width, height], "reason": KIND, ...}` with the
/// reason's details beside it (`rule` and `source`, `match` and `text`, `text`, or `note`).
extension RedactionRegion {
    enum CodingKeys: String, CodingKey {
        case frames, box
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        frames = try FrameScope.decodeFlat(container, forKey: .frames)
        let box = try container.decode([Int].self, forKey: .box)
        guard box.count == 4, box[2] >= 0, box[3] >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .box, in: container,
                                                   debugDescription: "box must be [x, y, width, height] with width and height not negative")
        }
        rect = PixelRect(x: box[0], y: box[1], width: box[2], height: box[3])
        guard let decoded = try RegionReason.decodeFlat(from: decoder) else {
            throw DecodingError.keyNotFound(RegionReason.FlatKeys.reason, .init(codingPath: decoder.codingPath,
                                                                                debugDescription: "a region needs a reason"))
        }
        reason = decoded
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try frames.encodeFlat(&container, forKey: .frames)
        try container.encode([rect.x, rect.y, rect.width, rect.height], forKey: .box)
        try reason.encodeFlat(to: encoder)
    }
}

extension FrameScope {
    /// Decodes `"all"` or a list of 0-based frame numbers.
    static func decodeFlat<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> FrameScope {
        if let list = try? container.decode([Int].self, forKey: key) {
            guard list.allSatisfy({ $0 >= 0 }) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "frame numbers are 0-based")
            }
            return .frames(list)
        }
        guard try container.decode(String.self, forKey: key) == "all" else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "frames must be \"all\" or a list")
        }
        return .all
    }

    /// Encodes as `"all"` or a list of 0-based frame numbers.
    public func encodeFlat<Key: CodingKey>(_ container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
        switch self {
        case .all: try container.encode("all", forKey: key)
        case .frames(let list): try container.encode(list, forKey: key)
        }
    }
}

extension RegionReason {
    /// The members a reason adds to the object that carries it.
    enum FlatKeys: String, CodingKey {
        case reason, rule, source, match, text, note
        /// The reason's text on a detection, whose own `text` is the word read.
        case decisionText = "decision_text"
    }

    /// The reason in the members of the object being decoded (`"reason": KIND` and its
    /// details, the text under `textKey`); nil when `reason` is absent or null.
    static func decodeFlat(from decoder: any Decoder, textKey: FlatKeys = .text) throws -> RegionReason? {
        let container = try decoder.container(keyedBy: FlatKeys.self)
        guard let kind = try container.decodeIfPresent(String.self, forKey: .reason) else { return nil }
        func string(_ key: FlatKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
        switch kind {
        case "rule": return .rule(name: try string(.rule), source: try string(.source))
        case "phi": return .phi(match: try string(.match), text: try string(textKey))
        case "text": return .text(try string(textKey))
        case "unread": return .unreadText
        case "outside-ultrasound-regions": return .outsideUltrasoundRegions
        case "reviewer": return .reviewer(try string(.note))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .reason, in: container, debugDescription: "unknown reason \(other)")
        }
    }

    /// Adds `"reason": KIND` and the reason's details to the object being encoded (its text
    /// under `textKey`).
    func encodeFlat(to encoder: any Encoder, textKey: FlatKeys = .text) throws {
        var container = encoder.container(keyedBy: FlatKeys.self)
        try container.encode(kind, forKey: .reason)
        switch self {
        case .rule(let name, let source):
            try container.encode(name, forKey: .rule)
            try container.encode(source, forKey: .source)
        case .phi(let match, let text):
            try container.encode(match, forKey: .match)
            try container.encode(text, forKey: textKey)
        case .text(let text): try container.encode(text, forKey: textKey)
        case .reviewer(let note): try container.encode(note, forKey: .note)
        case .unreadText, .outsideUltrasoundRegions: break
        }
    }
}

/// The JSON form of a judged detection: the detection's members (`frames`, `box`, `text`,
/// `confidence`, `method`, `line`) and, when it is removed, its reason's members as in a region
/// (`"reason": KIND`, ...; the text the decision was about, which may span several words, as
/// `decision_text`); `"reason": null` when it is kept.
extension JudgedDetection {
    enum CodingKeys: String, CodingKey {
        case frames, box, text, confidence, method, line, reason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let box = try container.decode([Int].self, forKey: .box)
        guard box.count == 4 else {
            throw DecodingError.dataCorruptedError(forKey: .box, in: container, debugDescription: "box must be [x, y, width, height]")
        }
        detection = DetectedText(frames: try FrameScope.decodeFlat(container, forKey: .frames),
                                 box: PixelRect(x: box[0], y: box[1], width: box[2], height: box[3]),
                                 text: try container.decode(String.self, forKey: .text),
                                 confidence: try container.decode(Double.self, forKey: .confidence),
                                 method: try container.decode(DetectionMethod.self, forKey: .method),
                                 line: try container.decodeIfPresent(Int.self, forKey: .line) ?? 0)
        reason = try RegionReason.decodeFlat(from: decoder, textKey: .decisionText)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try detection.frames.encodeFlat(&container, forKey: .frames)
        let box = detection.box
        try container.encode([box.x, box.y, box.width, box.height], forKey: .box)
        try container.encode(detection.text, forKey: .text)
        try container.encode(detection.confidence, forKey: .confidence)
        try container.encode(detection.method, forKey: .method)
        try container.encode(detection.line, forKey: .line)
        if let reason { try reason.encodeFlat(to: encoder, textKey: .decisionText) } else { try container.encodeNil(forKey: .reason) }
    }
}
