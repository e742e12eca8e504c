import FoundationEssentials

/// Header changes an encoding implies, applied by the caller that writes the file.
public struct HeaderChanges: Sendable, Equatable {
    /// The Photometric Interpretation the encoded data has, if it differs.
    public var photometric: Photometric?
    /// The Planar Configuration the data has (false = interleaved), if it must be set.
    public var isPlanar: Bool?
    /// True when this encoding lost information (Lossy Image Compression must say "01").
    public var isLossy: Bool = false
    /// The lossy method code for (0028,2114), e.g. "ISO_10918_1", when lossy.
    public var lossyMethod: String?
    /// The compression ratio for (0028,2112) that goes with `lossyMethod`.
    public var lossyRatio: Double?

    /// No changes.
    public init(photometric: Photometric? = nil, isPlanar: Bool? = nil, isLossy: Bool = false,
                lossyMethod: String? = nil, lossyRatio: Double? = nil) {
        self.photometric = photometric
        self.isPlanar = isPlanar
        self.isLossy = isLossy
        self.lossyMethod = lossyMethod
        self.lossyRatio = lossyRatio
    }
}

/// A frame as it is stored in an encapsulated transfer syntax.
public struct EncodedFrame: Sendable {
    /// The fragments of the frame (usually one).
    public var fragments: [Data]
    /// What the header must say about the encoded frame.
    public var changes: HeaderChanges

    /// Creates an encoded frame.
    public init(fragments: [Data], changes: HeaderChanges = HeaderChanges()) {
        self.fragments = fragments
        self.changes = changes
    }
}

/// Decodes and encodes frames of one or more encapsulated transfer syntaxes.
public protocol PixelCodec: Sendable {
    /// The transfer syntax UIDs this codec reads and writes.
    var transferSyntaxUIDs: [String] { get }
    /// True when the codec can encode (some decode only).
    var canEncode: Bool { get }
    /// Decodes one frame's data into a native frame. `description` is the header's; the
    /// returned buffer's description says what the pixels really are (e.g. RGB after YBR decoding).
    func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer
    /// Encodes one native frame in `syntax` (one of `transferSyntaxUIDs`: the variant to write,
    /// e.g. lossless or lossy).
    func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame
}

/// Finds the codec for a transfer syntax.
public enum CodecRegistry {
    /// Every codec PixelIO has; the first that names a syntax handles it.
    public static let codecs: [any PixelCodec] = [
        RLEPixelCodec(), DeflatedFrameCodec(), JPEGExtendedCodec(), JPEGBaselineCodec(), JPEGLosslessCodec(),
        JPEGLSCodec(), JPEG2000Codec(), HTJ2KCodec(),
    ]

    /// The codec for `syntax`, or nil when PixelIO has none.
    public static func codec(for syntax: TransferSyntax) -> (any PixelCodec)? {
        codecs.first { $0.transferSyntaxUIDs.contains(syntax.uid) }
    }
}
