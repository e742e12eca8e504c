internal import CJPEGShim
import FoundationEssentials

/// JPEG Baseline (1.2.840.10008.1.2.4.50) and 8-bit JPEG Extended (1.2.840.10008.1.2.4.51)
/// through libjpeg-turbo.
///
/// Decoding: colour streams are read as `JPEGColorDecision` says and returned as interleaved
/// RGB (a YCbCr stream is converted, as dcmtk's dcmdjpeg does by default); grey streams keep
/// the header's photometric. libjpeg's warnings about damaged data fail the frame.
///
/// Encoding writes a baseline (SOF0) stream for both syntaxes (baseline is a subset of process
/// 2, so it is valid 8-bit JPEG Extended): grey as is, colour as YCbCr with a JFIF segment,
/// with the header changes (YBR_FULL or YBR_FULL_422, lossy, ISO_10918_1) the caller applies.
public struct JPEGBaselineCodec: PixelCodec {
    /// Chroma subsampling for colour encoding.
    public enum ChromaSubsampling: Sendable {
        /// 4:4:4, Photometric Interpretation YBR_FULL.
        case none
        /// 4:2:2 (half horizontal chroma), YBR_FULL_422.
        case horizontal
        /// 4:2:0 (half horizontal and vertical chroma), YBR_FULL_422.
        case both
    }

    public let transferSyntaxUIDs = [TransferSyntax.jpegBaseline.uid, TransferSyntax.jpegExtended.uid]
    public let canEncode = true
    /// libjpeg quality, 1...100 (baseline quantisation tables).
    public var quality: Int
    public var chromaSubsampling: ChromaSubsampling
    /// Restart interval in MCUs when encoding (0: none).
    public var restartInterval: Int
    /// True: image-specific Huffman tables (smaller, two passes); false: the standard tables.
    public var optimizeHuffmanTables: Bool

    /// Quality 90 and 4:4:4 by default: burned-in text stays legible and colour edges clean.
    public init(quality: Int = 90, chromaSubsampling: ChromaSubsampling = .none, restartInterval: Int = 0,
                optimizeHuffmanTables: Bool = true) {
        self.quality = quality
        self.chromaSubsampling = chromaSubsampling
        self.restartInterval = restartInterval
        self.optimizeHuffmanTables = optimizeHuffmanTables
    }

    // MARK: Decoding

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        let stream = terminatedJPEG(encoded)
        let info = try JPEGStreamInfo.read(stream)
        let d = description
        guard info.width == d.columns, info.height == d.rows, info.components == d.samplesPerPixel else {
            throw DicomError(.codec, "the JPEG frame is \(info.width)x\(info.height) with \(info.components) component(s); "
                             + "the header says \(d.columns)x\(d.rows) with \(d.samplesPerPixel)")
        }
        guard d.bitsAllocated == 8 || d.bitsAllocated == 16 else {
            throw DicomError(.codec, "8-bit JPEG samples cannot fill Bits Allocated \(d.bitsAllocated)")
        }
        let model = try JPEGColorDecision.streamModel(info, photometric: d.photometric)
        var layout = d
        layout.isPlanar = false
        if info.components == 3 { layout.photometric = .rgb }
        var params = jshim_decode_params()
        params.width = UInt32(info.width)
        params.height = UInt32(info.height)
        params.components = Int32(info.components)
        params.jpeg_color_space = model.shim
        params.out_color_space = info.components == 1 ? Int32(JSHIM_CS_GRAY) : Int32(JSHIM_CS_RGB)
        params.fancy_upsampling = 1
        params.max_memory = jpegMemoryBudget(width: info.width, height: info.height, components: info.components)
        let count = info.width * info.height * info.components
        var pixels = [UInt8](repeating: 0, count: count)
        var status = jshim_status()
        let code = try withBytes(stream) { (raw: UnsafeRawBufferPointer) -> Int32 in
            pixels.withUnsafeMutableBufferPointer { out in
                jshim_decode(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), raw.count, &params,
                             out.baseAddress!, out.count, &status)
            }
        }
        guard code == Int32(JSHIM_OK) else { throw jpegError(status, "JPEG decoding") }
        if d.bitsAllocated == 16 { pixels = widen(pixels) }
        return try PixelBuffer(description: layout, bytes: pixels)
    }

    /// 8-bit samples as 16-bit little-endian samples.
    private func widen(_ bytes: [UInt8]) -> [UInt8] {
        var wide = [UInt8](repeating: 0, count: bytes.count * 2)
        wide.withUnsafeMutableBufferPointer { out in
            for (index, value) in bytes.enumerated() { out[index &* 2] = value }
        }
        return wide
    }

    // MARK: Encoding

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        guard transferSyntaxUIDs.contains(syntax.uid) else {
            throw DicomError(.codec, "the JPEG codec cannot write \(syntax)")
        }
        let d = frame.description
        guard d.bitsAllocated == 8, d.bitsStored == 8, d.highBit == 7, !d.isSigned else {
            throw DicomError(.codec, "JPEG Baseline stores unsigned 8-bit samples; the frame has Bits Allocated "
                             + "\(d.bitsAllocated), Bits Stored \(d.bitsStored), High Bit \(d.highBit)"
                             + (d.isSigned ? ", signed" : ""))
        }
        guard (1...65500).contains(d.columns), (1...65500).contains(d.rows) else {
            throw DicomError(.codec, "JPEG cannot store a \(d.columns)x\(d.rows) frame")
        }
        guard (1...100).contains(quality), (0...65535).contains(restartInterval) else {
            throw DicomError(.codec, "JPEG quality \(quality) or restart interval \(restartInterval) is out of range")
        }
        var params = jshim_encode_params()
        params.width = UInt32(d.columns)
        params.height = UInt32(d.rows)
        params.quality = Int32(quality)
        params.restart_interval = UInt32(restartInterval)
        params.optimize_coding = optimizeHuffmanTables ? 1 : 0
        params.luma_h_samp = 1
        params.luma_v_samp = 1
        let pixels: [UInt8]
        var changes = HeaderChanges(isLossy: true, lossyMethod: "ISO_10918_1")
        switch (d.samplesPerPixel, d.photometric) {
        case (1, .monochrome1), (1, .monochrome2):
            params.components = 1
            params.in_color_space = Int32(JSHIM_CS_GRAY)
            params.jpeg_color_space = Int32(JSHIM_CS_GRAY)
            pixels = frame.bytes
        case (3, .rgb), (3, .ybrFull), (3, .ybrFull422):
            params.components = 3
            params.in_color_space = d.photometric == .rgb ? Int32(JSHIM_CS_RGB) : Int32(JSHIM_CS_YCBCR)
            params.jpeg_color_space = Int32(JSHIM_CS_YCBCR)
            switch chromaSubsampling {
            case .none: changes.photometric = .ybrFull
            case .horizontal: params.luma_h_samp = 2; changes.photometric = .ybrFull422
            case .both: params.luma_h_samp = 2; params.luma_v_samp = 2; changes.photometric = .ybrFull422
            }
            changes.isPlanar = false
            pixels = Self.interleavedFullSamples(frame)
        default:
            throw DicomError(.codec, "JPEG cannot encode \(d.samplesPerPixel)-sample \(d.photometric) frames")
        }
        var status = jshim_status()
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        let code = pixels.withUnsafeBufferPointer { input in
            jshim_encode(&params, input.baseAddress!, input.count, &output, &size, &status)
        }
        guard code == Int32(JSHIM_OK), let output else { throw jpegError(status, "JPEG encoding") }
        defer { jshim_free(output) }
        // An odd-length stream is padded by the fragment writer (the pad follows EOI).
        return EncodedFrame(fragments: [Data(bytes: output, count: size)], changes: changes)
    }

    /// Three samples per pixel, interleaved: planar frames are interleaved and YBR_FULL_422's
    /// shared chroma is repeated for both pixels of a pair.
    static func interleavedFullSamples(_ frame: PixelBuffer) -> [UInt8] {
        let d = frame.description
        let pixelCount = d.rows * d.columns
        if d.photometric.isChromaSubsampled {
            // Y0 Y1 Cb Cr for each horizontal pair of pixels (an odd row ends with a half pair).
            var out = [UInt8](repeating: 0, count: pixelCount * 3)
            let pairs = (d.columns + 1) / 2
            frame.bytes.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer { target in
                    for row in 0..<d.rows {
                        for pair in 0..<pairs {
                            let s = (row &* pairs &+ pair) &* 4
                            for half in 0..<2 {
                                let column = pair &* 2 &+ half
                                guard column < d.columns else { break }
                                let t = (row &* d.columns &+ column) &* 3
                                target[t] = source[s &+ half]
                                target[t &+ 1] = source[s &+ 2]
                                target[t &+ 2] = source[s &+ 3]
                            }
                        }
                    }
                }
            }
            return out
        }
        guard d.isPlanar else { return frame.bytes }
        var out = [UInt8](repeating: 0, count: pixelCount * 3)
        frame.bytes.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for index in 0..<pixelCount {
                    target[index &* 3] = source[index]
                    target[index &* 3 &+ 1] = source[pixelCount &+ index]
                    target[index &* 3 &+ 2] = source[2 &* pixelCount &+ index]
                }
            }
        }
        return out
    }
}
