import FoundationEssentials

/// Deflated Image Frame Compression (1.2.840.10008.1.2.8.1, PS3.5 8.2.16 and A.4.13): each
/// frame is its native pixel data compressed with raw Deflate (RFC 1951), one fragment per
/// frame. 1-bit frames (segmentations, its main use) start on a byte boundary.
public struct DeflatedFrameCodec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.deflatedImageFrame.uid]
    public let canEncode = true

    public init() {}

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        let expected = (description.bitsPerFrame + 7) / 8
        // A little slack for encoders that pad the frame to even length.
        let native = try Deflate.inflate(encoded, limit: expected + 2)
        guard native.count >= expected else {
            throw DicomError(.codec, "deflated frame inflates to \(native.count) bytes, \(expected) expected")
        }
        if description.bitsAllocated == 1 {
            let bits = NativePixels.unpackBits(native, firstBit: 0, count: description.samplesPerFrame)
            return try PixelBuffer(description: description, bytes: bits)
        }
        return try PixelBuffer(description: description, bytes: [UInt8](native.prefix(expected)))
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        var native = frame.bytes
        if frame.description.bitsAllocated == 1 {
            var packer = BitPacker()
            native = packer.pack(frame.bytes) + packer.finish()
        }
        let compressed = try Deflate.deflate(Data(native))
        return EncodedFrame(fragments: [compressed], changes: HeaderChanges(isPlanar: frame.description.isPlanar))
    }
}
