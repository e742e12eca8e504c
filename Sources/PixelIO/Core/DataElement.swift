import FoundationEssentials

/// How a piece of a dataset was encoded: explicit or implicit VR, and byte order.
public struct ElementEncoding: Hashable, Sendable {
    /// True when each element states its VR.
    public var isExplicitVR: Bool
    /// The byte order of lengths, tags and binary values.
    public var byteOrder: ByteOrder

    /// Creates an encoding.
    public init(explicitVR: Bool, byteOrder: ByteOrder) {
        self.isExplicitVR = explicitVR
        self.byteOrder = byteOrder
    }

    /// Explicit VR little endian: file meta, and the dataset of every compressed syntax.
    public static let explicitLittle = ElementEncoding(explicitVR: true, byteOrder: .little)
    /// Implicit VR little endian.
    public static let implicitLittle = ElementEncoding(explicitVR: false, byteOrder: .little)
    /// Explicit VR big endian (retired, still found in archives).
    public static let explicitBig = ElementEncoding(explicitVR: true, byteOrder: .big)

    /// The encoding a transfer syntax uses for its dataset.
    public init(_ syntax: TransferSyntax) {
        self.init(explicitVR: syntax.isExplicitVR, byteOrder: syntax.byteOrder)
    }
}

/// The bytes an element or item had in its source, kept so an unchanged part is written back exactly.
struct RawEncoding: Sendable {
    /// The whole encoded element or item: header, value and any delimiter.
    let bytes: Data
    /// The encoding it was read with.
    let encoding: ElementEncoding
}

/// The value of a data element.
public enum ElementValue: Sendable {
    /// A value field as stored (text, numbers, or native pixel data), in the dataset's byte order.
    case bytes(Data)
    /// A sequence of items.
    case sequence([DataSet])
    /// Encapsulated (compressed) pixel data.
    case fragments(EncapsulatedPixelData)
}

/// One data element: tag, VR and value.
public struct DataElement: Sendable {
    /// The element's tag.
    public let tag: Tag
    /// The element's value representation (from the file in explicit VR, from the dictionary in implicit VR).
    public var vr: VR { didSet { raw = nil } }
    /// The element's value.
    public var value: ElementValue { didSet { raw = nil } }
    /// True when the element was read with undefined length (sequences, encapsulated data).
    public private(set) var hadUndefinedLength: Bool
    /// The element as read, while it is unchanged.
    var raw: RawEncoding?

    /// Creates an element with a new value.
    public init(tag: Tag, vr: VR, value: ElementValue) {
        self.tag = tag
        self.vr = vr
        self.value = value
        self.hadUndefinedLength = false
        self.raw = nil
    }

    init(tag: Tag, vr: VR, value: ElementValue, undefinedLength: Bool, raw: RawEncoding?) {
        self.tag = tag
        self.vr = vr
        self.value = value
        self.hadUndefinedLength = undefinedLength
        self.raw = raw
    }

    /// True while the element is exactly as it was read.
    public var isUnchanged: Bool { raw != nil }

    /// The value bytes, or nil for sequences and encapsulated data.
    public var bytes: Data? {
        if case .bytes(let data) = value { return data }
        return nil
    }

    /// The items, or nil when the element is not a sequence.
    public var items: [DataSet]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The encapsulated pixel data, or nil when the value is not encapsulated.
    public var fragments: EncapsulatedPixelData? {
        if case .fragments(let fragments) = value { return fragments }
        return nil
    }

    /// The value's length in bytes as stored (0 for sequences, the sum of items for fragments).
    public var valueLength: Int {
        switch value {
        case .bytes(let data): return data.count
        case .sequence: return 0
        case .fragments(let fragments): return fragments.encodedLength
        }
    }
}
