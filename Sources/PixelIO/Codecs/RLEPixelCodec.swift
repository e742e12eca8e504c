import FoundationEssentials

/// RLE Lossless (1.2.840.10008.1.2.5) behind the codec protocol. Decoded colour frames are
/// interleaved; the Photometric Interpretation is unchanged (RLE stores samples as given).
/// 1-bit frames are one segment holding the frame's packed bits.
public struct RLEPixelCodec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.rleLossless.uid]
    public let canEncode = true

    public init() {}

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        var layout = description
        if layout.bitsAllocated == 1 && layout.samplesPerPixel == 1 {
            // 1-bit frames (segmentations) are stored as the frame's packed bytes in one segment.
            let packed = (layout.samplesPerFrame + 7) / 8
            let bytes = try withBytes(encoded) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> [UInt8] in
                try RLECodec.decodeFrame(raw, rows: 1, columns: packed, samplesPerPixel: 1, bitsAllocated: 8, planar: false)
            }
            return try PixelBuffer(description: layout,
                                   bytes: NativePixels.unpackBits(Data(bytes), firstBit: 0, count: layout.samplesPerFrame))
        }
        guard layout.bitsAllocated >= 8, !layout.photometric.isChromaSubsampled else {
            throw DicomError(.codec, "RLE with \(layout.bitsAllocated)-bit samples or \(layout.photometric) is not supported")
        }
        layout.isPlanar = false
        let bytes = try withBytes(encoded) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> [UInt8] in
            try RLECodec.decodeFrame(raw, rows: layout.rows, columns: layout.columns,
                                     samplesPerPixel: layout.samplesPerPixel, bitsAllocated: layout.bitsAllocated,
                                     planar: false)
        }
        return try PixelBuffer(description: layout, bytes: bytes)
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        let d = frame.description
        if d.bitsAllocated == 1 && d.samplesPerPixel == 1 {
            var packer = BitPacker()
            let packed = packer.pack(frame.bytes) + packer.finish()
            let encoded = try withBytes(packed) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> [UInt8] in
                try RLECodec.encodeFrame(raw, rows: 1, columns: packed.count, samplesPerPixel: 1, bitsAllocated: 8,
                                         planar: false)
            }
            return EncodedFrame(fragments: [Data(encoded)])
        }
        guard d.bitsAllocated >= 8, !d.photometric.isChromaSubsampled else {
            throw DicomError(.codec, "RLE cannot encode \(d.bitsAllocated)-bit samples or \(d.photometric)")
        }
        let encoded = try withBytes(frame.bytes) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> [UInt8] in
            try RLECodec.encodeFrame(raw, rows: d.rows, columns: d.columns, samplesPerPixel: d.samplesPerPixel,
                                     bitsAllocated: d.bitsAllocated, planar: d.isPlanar)
        }
        return EncodedFrame(fragments: [Data(encoded)], changes: HeaderChanges(isPlanar: d.isPlanar))
    }
}
