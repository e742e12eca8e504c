import PixelIO

/// The attribute a rule test reads: a tag, remembered with the keyword it was written with so
/// that rules print back the way a person wrote them.
public struct AttributeRef: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The attribute's tag.
    public var tag: Tag
    /// The data-dictionary keyword, when the attribute was named by keyword.
    public var keyword: String?

    /// Refers to an attribute by tag, printed as `(gggg,eeee)`.
    public init(tag: Tag) {
        self.tag = tag
        self.keyword = nil
    }

    /// Refers to an attribute by its data-dictionary keyword (such as `Rows`); nil when the
    /// dictionary does not know the keyword.
    public init?(keyword: String) {
        guard let tag = DataDictionary.tag(forKeyword: keyword) else { return nil }
        self.tag = tag
        self.keyword = keyword
    }

    /// Parses `Keyword`, `(gggg,eeee)`, `[gggg,eeee]` or `gggg,eeee` (hexadecimal, case-insensitive).
    /// Nil when the text is none of these or names no known keyword.
    public init?(parsing text: String) {
        let trimmed = text.trimmingASCIISpaces()
        if let tag = AttributeRef.parseTag(trimmed) {
            self.init(tag: tag)
        } else {
            self.init(keyword: trimmed)
        }
    }

    /// The tag in `(gggg,eeee)`, `[gggg,eeee]` or bare `gggg,eeee` form, if the text is one.
    static func parseTag(_ text: String) -> Tag? {
        var body = Substring(text)
        if let first = body.first, let last = body.last,
           (first == "(" && last == ")") || (first == "[" && last == "]") {
            body = body.dropFirst().dropLast()
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let groupText = parts[0].trimmingASCIISpaces(), elementText = parts[1].trimmingASCIISpaces()
        guard (1...4).contains(groupText.count), (1...4).contains(elementText.count),
              let group = UInt16(groupText, radix: 16), let element = UInt16(elementText, radix: 16)
        else { return nil }
        return Tag(group, element)
    }

    /// The keyword when there is one, else `(gggg,eeee)`.
    public var description: String { keyword ?? tag.description }

    private enum CodingKeys: String, CodingKey { case tag, keyword }

    /// Decodes `{"tag": "(gggg,eeee)", "keyword": "Rows"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .tag)
        guard let tag = AttributeRef.parseTag(text) else {
            throw DecodingError.dataCorruptedError(forKey: .tag, in: container,
                                                   debugDescription: "not a (gggg,eeee) tag: \(text)")
        }
        self.tag = tag
        self.keyword = try container.decodeIfPresent(String.self, forKey: .keyword)
    }

    /// Encodes `{"tag": "(gggg,eeee)", "keyword": "Rows"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tag.description, forKey: .tag)
        try container.encodeIfPresent(keyword, forKey: .keyword)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line ends).
    func trimmingASCIISpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
