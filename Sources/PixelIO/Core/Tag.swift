/// A DICOM attribute tag: a (group, element) pair.
public struct Tag: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The group number, the first half of the tag.
    public let group: UInt16
    /// The element number, the second half of the tag.
    public let element: UInt16

    /// Creates a tag from its group and element numbers.
    public init(_ group: UInt16, _ element: UInt16) {
        self.group = group
        self.element = element
    }

    /// Creates a tag from its 32-bit form `0xGGGGEEEE`.
    public init(raw: UInt32) {
        self.group = UInt16(truncatingIfNeeded: raw >> 16)
        self.element = UInt16(truncatingIfNeeded: raw)
    }

    /// The 32-bit form `0xGGGGEEEE`, which orders tags as the standard does.
    public var raw: UInt32 { UInt32(group) << 16 | UInt32(element) }

    /// True for tags in odd groups above 0x0008 (private data elements).
    public var isPrivate: Bool { group & 1 == 1 && group > 0x0008 && group != 0xFFFF }

    /// True for private creator elements (gggg,0010-00FF).
    public var isPrivateCreator: Bool { isPrivate && element >= 0x0010 && element <= 0x00FF }

    /// True for group length elements (gggg,0000).
    public var isGroupLength: Bool { element == 0 }

    /// True for the item, item delimitation and sequence delimitation tags of group FFFE.
    public var isDelimiter: Bool { group == 0xFFFE }

    public static func < (lhs: Tag, rhs: Tag) -> Bool { lhs.raw < rhs.raw }

    /// `(gggg,eeee)` in upper-case hexadecimal.
    public var description: String { "(\(hex4(group)),\(hex4(element)))" }
}

/// Four upper-case hexadecimal digits.
func hex4(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
}

extension Tag {
    /// Item (FFFE,E000).
    public static let item = Tag(0xFFFE, 0xE000)
    /// Item Delimitation Item (FFFE,E00D).
    public static let itemDelimitation = Tag(0xFFFE, 0xE00D)
    /// Sequence Delimitation Item (FFFE,E0DD).
    public static let sequenceDelimitation = Tag(0xFFFE, 0xE0DD)

    public static let fileMetaInformationGroupLength = Tag(0x0002, 0x0000)
    public static let fileMetaInformationVersion = Tag(0x0002, 0x0001)
    public static let mediaStorageSOPClassUID = Tag(0x0002, 0x0002)
    public static let mediaStorageSOPInstanceUID = Tag(0x0002, 0x0003)
    public static let transferSyntaxUID = Tag(0x0002, 0x0010)
    public static let implementationClassUID = Tag(0x0002, 0x0012)
    public static let implementationVersionName = Tag(0x0002, 0x0013)
    public static let sourceApplicationEntityTitle = Tag(0x0002, 0x0016)

    public static let specificCharacterSet = Tag(0x0008, 0x0005)
    public static let imageType = Tag(0x0008, 0x0008)
    public static let sopClassUID = Tag(0x0008, 0x0016)
    public static let sopInstanceUID = Tag(0x0008, 0x0018)
    public static let modality = Tag(0x0008, 0x0060)
    public static let manufacturer = Tag(0x0008, 0x0070)
    public static let manufacturerModelName = Tag(0x0008, 0x1090)
    public static let patientName = Tag(0x0010, 0x0010)
    public static let patientID = Tag(0x0010, 0x0020)

    public static let samplesPerPixel = Tag(0x0028, 0x0002)
    public static let photometricInterpretation = Tag(0x0028, 0x0004)
    public static let planarConfiguration = Tag(0x0028, 0x0006)
    public static let numberOfFrames = Tag(0x0028, 0x0008)
    public static let rows = Tag(0x0028, 0x0010)
    public static let columns = Tag(0x0028, 0x0011)
    public static let bitsAllocated = Tag(0x0028, 0x0100)
    public static let bitsStored = Tag(0x0028, 0x0101)
    public static let highBit = Tag(0x0028, 0x0102)
    public static let pixelRepresentation = Tag(0x0028, 0x0103)
    public static let burnedInAnnotation = Tag(0x0028, 0x0301)
    public static let redPaletteDescriptor = Tag(0x0028, 0x1101)
    public static let greenPaletteDescriptor = Tag(0x0028, 0x1102)
    public static let bluePaletteDescriptor = Tag(0x0028, 0x1103)
    public static let redPaletteData = Tag(0x0028, 0x1201)
    public static let greenPaletteData = Tag(0x0028, 0x1202)
    public static let bluePaletteData = Tag(0x0028, 0x1203)
    public static let segmentedRedPaletteData = Tag(0x0028, 0x1221)
    public static let segmentedGreenPaletteData = Tag(0x0028, 0x1222)
    public static let segmentedBluePaletteData = Tag(0x0028, 0x1223)
    public static let lossyImageCompression = Tag(0x0028, 0x2110)
    public static let lossyImageCompressionRatio = Tag(0x0028, 0x2112)
    public static let lossyImageCompressionMethod = Tag(0x0028, 0x2114)

    public static let extendedOffsetTable = Tag(0x7FE0, 0x0001)
    public static let extendedOffsetTableLengths = Tag(0x7FE0, 0x0002)
    public static let floatPixelData = Tag(0x7FE0, 0x0008)
    public static let doubleFloatPixelData = Tag(0x7FE0, 0x0009)
    public static let pixelData = Tag(0x7FE0, 0x0010)
    public static let dataSetTrailingPadding = Tag(0xFFFC, 0xFFFC)
}
