/// Why PixelIO could not read, decode or write something, with enough context to find it.
public struct DicomError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A stable category, for programs that branch on the kind of failure.
    public enum Code: String, Sendable {
        case notDicom, truncated, invalidLength, invalidVR, invalidValue, nestingTooDeep,
             unsupportedTransferSyntax, missingAttribute, invalidPixelData, codec, io
    }

    /// The category of the failure.
    public var code: Code
    /// What was wrong, in words.
    public var message: String
    /// The byte offset in the (decompressed) stream where the problem was found, if known.
    public var offset: Int?
    /// The element being read when the problem was found, if known.
    public var tag: Tag?
    /// The file, when the caller knows it.
    public var path: String?

    /// Creates an error; offset, tag and path may be added by callers higher up.
    public init(_ code: Code, _ message: String, offset: Int? = nil, tag: Tag? = nil, path: String? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
        self.tag = tag
        self.path = path
    }

    /// The same error, naming the file it came from.
    public func inFile(_ path: String) -> DicomError {
        var copy = self
        copy.path = path
        return copy
    }

    public var description: String {
        var parts: [String] = []
        if let path { parts.append(path) }
        var location: [String] = []
        if let offset { location.append("offset \(offset)") }
        if let tag { location.append("element \(tag)") }
        if !location.isEmpty { parts.append(location.joined(separator: ", ")) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
