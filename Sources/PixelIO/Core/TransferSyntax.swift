/// The byte order of binary values.
public enum ByteOrder: Sendable {
    case little, big
}

/// A DICOM transfer syntax: how a dataset and its Pixel Data are encoded.
public struct TransferSyntax: Hashable, Sendable, CustomStringConvertible {
    /// The transfer syntax UID.
    public let uid: String
    /// The name from PS3.6, or the UID itself when unknown.
    public let name: String
    /// True when each element states its VR.
    public let isExplicitVR: Bool
    /// The byte order of binary values in the dataset.
    public let byteOrder: ByteOrder
    /// True when Pixel Data is stored as encapsulated fragments.
    public let isEncapsulated: Bool
    /// True when the dataset after the file meta group is deflate-compressed.
    public let isDeflated: Bool
    /// True when the pixel encoding can lose information.
    public let isLossy: Bool

    init(_ uid: String, _ name: String, explicit: Bool = true, order: ByteOrder = .little,
         encapsulated: Bool = true, deflated: Bool = false, lossy: Bool = false) {
        self.uid = uid
        self.name = name
        self.isExplicitVR = explicit
        self.byteOrder = order
        self.isEncapsulated = encapsulated
        self.isDeflated = deflated
        self.isLossy = lossy
    }

    public var description: String { name }

    /// The Lossy Image Compression Method code (PS3.3 C.7.6.1.1.5.1) of a lossy syntax.
    public var lossyMethodCode: String? {
        guard isLossy else { return nil }
        switch uid {
        case Self.jpegBaseline.uid, Self.jpegExtended.uid: return "ISO_10918_1"
        case Self.jpegLSNearLossless.uid: return "ISO_14495_1"
        case Self.jpeg2000.uid, Self.jpeg2000Part2.uid: return "ISO_15444_1"
        case Self.htj2k.uid: return "ISO_15444_15"
        case Self.mpeg2MainProfile.uid: return "ISO_13818_2"
        case Self.mpeg4HighProfile.uid: return "ISO_14496_10"
        case Self.hevcMainProfile.uid: return "ISO_23008_2"
        default: return nil
        }
    }

    public static let implicitVRLittleEndian = TransferSyntax(
        "1.2.840.10008.1.2", "Implicit VR Little Endian", explicit: false, encapsulated: false)
    public static let explicitVRLittleEndian = TransferSyntax(
        "1.2.840.10008.1.2.1", "Explicit VR Little Endian", encapsulated: false)
    public static let encapsulatedUncompressed = TransferSyntax(
        "1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian")
    public static let deflatedExplicitVRLittleEndian = TransferSyntax(
        "1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", encapsulated: false, deflated: true)
    public static let explicitVRBigEndian = TransferSyntax(
        "1.2.840.10008.1.2.2", "Explicit VR Big Endian", order: .big, encapsulated: false)
    public static let jpegBaseline = TransferSyntax(
        "1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", lossy: true)
    public static let jpegExtended = TransferSyntax(
        "1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", lossy: true)
    public static let jpegLossless = TransferSyntax(
        "1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)")
    public static let jpegLosslessSV1 = TransferSyntax(
        "1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])")
    public static let jpegLSLossless = TransferSyntax(
        "1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression")
    public static let jpegLSNearLossless = TransferSyntax(
        "1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", lossy: true)
    public static let jpeg2000Lossless = TransferSyntax(
        "1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)")
    public static let jpeg2000 = TransferSyntax(
        "1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", lossy: true)
    public static let jpeg2000Part2Lossless = TransferSyntax(
        "1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)")
    public static let jpeg2000Part2 = TransferSyntax(
        "1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression", lossy: true)
    public static let htj2kLossless = TransferSyntax(
        "1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)")
    public static let htj2kLosslessRPCL = TransferSyntax(
        "1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)")
    public static let htj2k = TransferSyntax(
        "1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", lossy: true)
    public static let rleLossless = TransferSyntax(
        "1.2.840.10008.1.2.5", "RLE Lossless")
    public static let deflatedImageFrame = TransferSyntax(
        "1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression")
    public static let mpeg2MainProfile = TransferSyntax(
        "1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", lossy: true)
    public static let mpeg4HighProfile = TransferSyntax(
        "1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", lossy: true)
    public static let hevcMainProfile = TransferSyntax(
        "1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", lossy: true)

    /// Every transfer syntax PixelIO knows by UID.
    public static let known: [TransferSyntax] = [
        implicitVRLittleEndian, explicitVRLittleEndian, encapsulatedUncompressed,
        deflatedExplicitVRLittleEndian, explicitVRBigEndian, jpegBaseline, jpegExtended,
        jpegLossless, jpegLosslessSV1, jpegLSLossless, jpegLSNearLossless, jpeg2000Lossless,
        jpeg2000, jpeg2000Part2Lossless, jpeg2000Part2, htj2kLossless, htj2kLosslessRPCL, htj2k,
        rleLossless, deflatedImageFrame, mpeg2MainProfile, mpeg4HighProfile, hevcMainProfile,
    ]

    private static let byUID: [String: TransferSyntax] = Dictionary(
        uniqueKeysWithValues: known.map { ($0.uid, $0) })

    /// The transfer syntax with this UID. Unknown UIDs that share the JPEG/MPEG/image-compression
    /// arc are taken as encapsulated explicit VR little endian, the encoding every
    /// compressed syntax uses for its dataset.
    public static func lookup(_ uid: String) -> TransferSyntax? {
        if let known = byUID[uid] { return known }
        if uid.hasPrefix("1.2.840.10008.1.2.4.") {
            return TransferSyntax(uid, uid, lossy: true)
        }
        return nil
    }
}
