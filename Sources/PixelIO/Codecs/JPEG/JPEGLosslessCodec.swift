import FoundationEssentials

/// JPEG Lossless, Non-Hierarchical (Process 14), 1.2.840.10008.1.2.4.57, and its First-Order
/// Prediction variant (Selection Value 1), 1.2.840.10008.1.2.4.70.
///
/// Decoding handles precision 2-16, predictors 1-7, point transforms, restart intervals and 1-4
/// components in interleaved or separate scans; decoded colour frames are interleaved and keep
/// their Photometric Interpretation. (A sequential DCT stream mislabelled as lossless is decoded
/// as what it is.)
///
/// Encoding writes one scan with a Huffman table per component computed for the frame. The
/// precision is Bits Stored when every sample fits it (for signed data: when the bits above
/// Bits Stored are the sign extension, which decoding restores); otherwise Bits Allocated, so
/// that any bits outside Bits Stored survive too.
public struct JPEGLosslessCodec: PixelCodec {
    /// How the encoder picks the predictor for 1.2.840.10008.1.2.4.57 (.70 always uses 1).
    public enum PredictorChoice: Sendable, Equatable {
        /// Selection value 1-7.
        case fixed(Int)
        /// The predictor whose differences have the least entropy for the frame.
        case best
    }

    public let transferSyntaxUIDs = [TransferSyntax.jpegLossless.uid, TransferSyntax.jpegLosslessSV1.uid]
    public let canEncode = true
    /// The predictor for Process 14 (.57) encoding.
    public var predictor: PredictorChoice
    /// Lines per restart interval when encoding (0: no restart markers).
    public var restartLines: Int

    public init(predictor: PredictorChoice = .best, restartLines: Int = 0) {
        self.predictor = predictor
        self.restartLines = restartLines
    }

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        try withBytes(encoded) { (raw) throws(DicomError) -> PixelBuffer in
            var parser = JPEGParser(raw)
            let frame = try parser.readFrameHeader()
            if frame.isLossless {
                return try JPEGPixels.decodeLossless(&parser, frame: frame, description: description)
            }
            if frame.isSequentialDCT {
                return try JPEGPixels.decodeDCT(&parser, frame: frame, description: description)
            }
            throw jpegCodecError("the stream is \(frame.processName), not lossless (SOF3)")
        }
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        guard transferSyntaxUIDs.contains(syntax.uid) else {
            throw DicomError(.codec, "JPEG Lossless cannot encode \(syntax)")
        }
        let d = frame.description
        guard d.bitsAllocated == 8 || d.bitsAllocated == 16 else {
            throw DicomError(.codec, "JPEG Lossless cannot encode \(d.bitsAllocated)-bit samples (8 or 16 bits allocated)")
        }
        guard !d.photometric.isChromaSubsampled, (1...4).contains(d.samplesPerPixel) else {
            throw DicomError(.codec, "JPEG Lossless cannot encode \(d.photometric) with \(d.samplesPerPixel) samples per pixel")
        }
        guard frame.bytes.count == d.unpackedFrameLength else {
            throw DicomError(.codec, "the frame holds \(frame.bytes.count) bytes, \(d.unpackedFrameLength) expected")
        }
        let pixels = d.rows * d.columns, count = d.samplesPerPixel
        var planes = [UInt16](repeating: 0, count: pixels * count)
        let precision = Self.gatherPlanes(frame, into: &planes)
        let selection: Int
        switch (syntax.uid == TransferSyntax.jpegLosslessSV1.uid, predictor) {
        case (true, _): selection = 1
        case (false, .fixed(let p)):
            guard (1...7).contains(p) else { throw DicomError(.codec, "JPEG Lossless predictor \(p) is not 1-7") }
            selection = p
        case (false, .best):
            selection = planes.withUnsafeBufferPointer {
                JPEGLosslessEncoder.bestPredictor($0, width: d.columns, height: d.rows, components: count, precision: precision)
            }
        }
        var options = JPEGLosslessEncoder.Options(predictor: selection)
        if restartLines > 0 { options.restartInterval = min(restartLines, 65535 / d.columns) * d.columns }
        // R, G, B identifiers tell libjpeg-based decoders not to convert colour.
        if count == 3 && d.photometric == .rgb { options.componentIDs = [0x52, 0x47, 0x42] }
        let stream = planes.withUnsafeBufferPointer {
            JPEGLosslessEncoder.encode($0, width: d.columns, height: d.rows, components: count, precision: precision,
                                       options: options)
        }
        return EncodedFrame(fragments: [Data(stream)], changes: HeaderChanges(isPlanar: count > 1 ? false : nil))
    }

    /// Copies the frame's samples into component planes and returns the precision to code them
    /// with: Bits Stored (at least 2) when every sample fits it, else Bits Allocated (raw words).
    static func gatherPlanes(_ frame: PixelBuffer, into planes: inout [UInt16]) -> Int {
        let d = frame.description
        let pixels = d.rows * d.columns, count = d.samplesPerPixel, wide = d.bytesPerSample == 2
        let stored = d.bitsStored, allocated = d.bitsAllocated
        var fits = d.highBit == stored - 1 || stored == allocated
        let extensionBits = allocated > stored ? (1 << (allocated - stored)) - 1 : 0
        frame.bytes.withUnsafeBufferPointer { bytes in
            planes.withUnsafeMutableBufferPointer { planes in
                for c in 0..<count {
                    for i in 0..<pixels {
                        let index = d.isPlanar ? c * pixels + i : i * count + c
                        let word = wide ? Int(bytes[2 * index]) | Int(bytes[2 * index + 1]) << 8 : Int(bytes[index])
                        planes[c * pixels + i] = UInt16(word)
                        if fits && stored < allocated {
                            let high = word >> stored
                            let expected = d.isSigned && (word >> (stored - 1)) & 1 == 1 ? extensionBits : 0
                            if high != expected { fits = false }
                        }
                    }
                }
            }
        }
        guard fits && stored < allocated else { return allocated }
        let mask = UInt16((1 << stored) - 1)
        for i in planes.indices { planes[i] &= mask }
        return max(stored, 2)
    }
}
