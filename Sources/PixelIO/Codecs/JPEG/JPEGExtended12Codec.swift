import FoundationEssentials

/// 12-bit JPEG Extended (Process 2 & 4), 1.2.840.10008.1.2.4.51: sequential DCT with Huffman
/// coding (SOF1, or SOF0), decode only. 8-bit streams belong to the libjpeg-turbo codec and are
/// refused unless `decodesEightBit` is set (then this decoder serves as a fallback). Three YBR
/// components are converted to RGB. A lossless (SOF3) stream mislabelled as .51 is decoded as
/// lossless.
public struct JPEGExtended12Codec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.jpegExtended.uid]
    public let canEncode = false
    /// Also decode 8-bit DCT streams.
    public var decodesEightBit: Bool

    public init(decodesEightBit: Bool = false) {
        self.decodesEightBit = decodesEightBit
    }

    /// The sample precision P of a JPEG frame's header (8 or 12 for DCT, 2-16 for lossless), or
    /// nil when the data do not start with a readable frame header. For dispatching .51 frames.
    public static func samplePrecision(of encoded: Data) -> Int? {
        JPEGPixels.frameHeader(encoded)?.precision
    }

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        try withBytes(encoded) { (raw) throws(DicomError) -> PixelBuffer in
            var parser = JPEGParser(raw)
            let frame = try parser.readFrameHeader()
            if frame.isLossless {
                return try JPEGPixels.decodeLossless(&parser, frame: frame, description: description)
            }
            guard frame.isSequentialDCT else {
                throw jpegCodecError("\(frame.processName) (progressive, arithmetic or hierarchical) is not supported")
            }
            guard frame.precision != 8 || decodesEightBit else {
                throw jpegCodecError("an 8-bit \(frame.processName) stream: JPEGExtended12Codec decodes 12-bit streams "
                                + "(8-bit JPEG is the libjpeg-turbo codec's)")
            }
            return try JPEGPixels.decodeDCT(&parser, frame: frame, description: description)
        }
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        throw DicomError(.codec, "JPEG Extended (12-bit) encoding is not supported")
    }
}
