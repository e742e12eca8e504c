import FoundationEssentials

/// RLE Lossless (1.2.840.10008.1.2.5) behind the codec protocol. Decoded colour frames are
/// interleaved; the Photometric Interpretation is unchanged (RLE stores samples as given).
public struct RLEPixelCodec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.rleLossless.uid]
    public let canEncode = true

    public init() {}

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        var layout = description
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
