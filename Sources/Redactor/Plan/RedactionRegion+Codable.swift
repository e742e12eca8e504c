import OCR
import PixelIO

/// The JSON form of a region, as `run --json`, manifests and review decisions show it:
/// `{"frames": "all" or [0, 3], "box": [x, y, width, height], "reason": KIND, ...}` with the
/// reason's details beside it (`rule` and `source`, `match` and `text`, `text`, or `note`).
extension RedactionRegion {
    enum CodingKeys: String, CodingKey {
        case frames, box, reason, rule, source, match, text, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let list = try? container.decode([Int].self, forKey: .frames) {
            frames = .frames(list)
        } else if try container.decode(String.self, forKey: .frames) == "all" {
            frames = .all
        } else {
            throw DecodingError.dataCorruptedError(forKey: .frames, in: container, debugDescription: "frames must be \"all\" or a list")
        }
        let box = try container.decode([Int].self, forKey: .box)
        guard box.count == 4 else {
            throw DecodingError.dataCorruptedError(forKey: .box, in: container, debugDescription: "box must be [x, y, width, height]")
        }
        rect = PixelRect(x: box[0], y: box[1], width: box[2], height: box[3])
        func string(_ key: CodingKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
        switch try container.decode(String.self, forKey: .reason) {
        case "rule": reason = .rule(name: try string(.rule), source: try string(.source))
        case "phi": reason = .phi(match: try string(.match), text: try string(.text))
        case "text": reason = .text(try string(.text))
        case "unread": reason = .unreadText
        case "outside-ultrasound-regions": reason = .outsideUltrasoundRegions
        case "reviewer": reason = .reviewer(try string(.note))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .reason, in: container, debugDescription: "unknown reason \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch frames {
        case .all: try container.encode("all", forKey: .frames)
        case .frames(let list): try container.encode(list, forKey: .frames)
        }
        try container.encode([rect.x, rect.y, rect.width, rect.height], forKey: .box)
        try container.encode(reason.kind, forKey: .reason)
        switch reason {
        case .rule(let name, let source):
            try container.encode(name, forKey: .rule)
            try container.encode(source, forKey: .source)
        case .phi(let match, let text):
            try container.encode(match, forKey: .match)
            try container.encode(text, forKey: .text)
        case .text(let text): try container.encode(text, forKey: .text)
        case .reviewer(let note): try container.encode(note, forKey: .note)
        case .unreadText, .outsideUltrasoundRegions: break
        }
    }
}
