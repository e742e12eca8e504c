import FoundationEssentials

/// JPEG Extended (1.2.840.10008.1.2.4.51): one syntax, two precisions. Each frame goes to the
/// decoder for its sample precision: 8-bit streams to libjpeg-turbo (`JPEGBaselineCodec`),
/// 12-bit ones to the Swift DCT decoder (`JPEGExtended12Codec`), which libjpeg-turbo 2.1 on
/// Debian cannot read. Encoding writes 8-bit streams (baseline is a subset of process 2).
public struct JPEGExtendedCodec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.jpegExtended.uid]
    public let canEncode = true
    private let eightBit = JPEGBaselineCodec()
    private let twelveBit = JPEGExtended12Codec()

    public init() {}

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        if JPEGExtended12Codec.samplePrecision(of: encoded) == 8 {
            return try eightBit.decodeFrame(encoded, description: description)
        }
        return try twelveBit.decodeFrame(encoded, description: description)
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        try eightBit.encodeFrame(frame, syntax: syntax)
    }
}
