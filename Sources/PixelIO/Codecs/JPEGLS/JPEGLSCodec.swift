import FoundationEssentials

/// What a JPEG-LS stream's header says (read without decoding the scan data).
public struct JPEGLSStreamInfo: Sendable, Equatable {
    /// How the components of a colour stream are interleaved (ISO/IEC 14495-1 ILV).
    public enum Interleave: Int, Sendable {
        /// One scan per component (colour by plane).
        case none = 0
        /// Component lines alternate.
        case line = 1
        /// Components alternate pixel by pixel.
        case sample = 2
    }

    /// The HP colour transformation CharLS (and HP's LOCO-I) may record in an APP8 "mrfx" marker.
    public enum ColorTransform: Int, Sendable {
        case none = 0, hp1, hp2, hp3
    }

    public var columns: Int
    public var rows: Int
    /// P, the sample precision, 2...16.
    public var bitsPerSample: Int
    public var components: Int
    public var interleave: Interleave
    /// The NEAR parameter of the first scan: 0 is lossless.
    public var nearLossless: Int
    public var colorTransform: ColorTransform
}

/// JPEG-LS Lossless (1.2.840.10008.1.2.4.80) and JPEG-LS Near-Lossless (1.2.840.10008.1.2.4.81):
/// decoded by PixelIO's own JPEGLSDecoder, encoded by CharLS.
///
/// Decoding does not use CharLS: CharLS 2.4.1 can loop without end on a damaged scan, and its
/// encoder misbehaves with some preset parameters we never set (see JPEGLSDecoder and the tests). 2-16 bit samples, 1-4 components matching Samples per Pixel,
/// every interleave mode, NEAR >= 0 and CharLS's HP colour transformations (undone). The frame
/// comes back interleaved whatever the stream's interleave mode, with the header's Photometric
/// Interpretation. Samples of P <= 8 bits widen to 16-bit when Bits Allocated is 16. JPEG-LS has no
/// notion of sign: with Pixel Representation 1, samples are sign-extended from bit P-1 into the
/// whole allocated word, as pydicom does (dcmtk leaves the upper bits zero; the stored values, the
/// bits up to High Bit, are the same either way).
///
/// Encoding: P = Bits Stored when High Bit is Bits Stored - 1 (bits above High Bit are not written,
/// signed samples are coded as their P-bit two's complement pattern), otherwise P = Bits Allocated.
/// For P < 8 the default thresholds are written out in an LSE segment, which dcmtk needs.
/// Colour frames are sample-interleaved, or one scan per component when the buffer is planar;
/// Planar Configuration becomes 0 as PS3.5 A.4.3 asks. No colour transformation is applied: the
/// Photometric Interpretation is unchanged.
///
/// NEAR for 1.2.840.10008.1.2.4.81: `nearLossless`, 0 by default. redact re-encodes frames after
/// redaction, and a second near-lossless pass would add a new error of up to NEAR on top of the
/// first one everywhere in the image, not only where pixels were redacted. NEAR = 0 is a valid .81
/// stream that keeps every decoded value of the source exactly. The encoding then reports
/// `isLossy == false`: Lossy Image Compression stays "01" because the source said so (the
/// transcoder marks output from a lossy source syntax as lossy and never clears the flag), and no
/// method is added to Lossy Image Compression Method. With `nearLossless > 0` the encoding reports
/// `isLossy` and method "ISO_14495_1".
public struct JPEGLSCodec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.jpegLSLossless.uid, TransferSyntax.jpegLSNearLossless.uid]
    /// True when PixelIO was built with CharLS (module CCharLS), which does the encoding.
    public let canEncode = true
    /// The NEAR value used when encoding 1.2.840.10008.1.2.4.81 (.80 always uses 0).
    public let nearLossless: Int

    /// A codec writing .81 with the given NEAR (0: lossless, the default).
    public init(nearLossless: Int = 0) {
        self.nearLossless = nearLossless
    }

    // MARK: - Decoding

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        var layout = description
        guard layout.bitsAllocated == 8 || layout.bitsAllocated == 16 else {
            throw DicomError(.codec, "JPEG-LS with Bits Allocated \(layout.bitsAllocated) is not supported")
        }
        guard !layout.photometric.isChromaSubsampled else {
            throw DicomError(.codec, "JPEG-LS cannot hold \(layout.photometric) (chroma subsampled) data")
        }
        layout.isPlanar = false
        let bytes = try withBytes(encoded) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> [UInt8] in
            try Self.decode(raw, layout: layout)
        }
        return try PixelBuffer(description: layout, bytes: bytes)
    }

    /// Reads the header of a JPEG-LS stream (up to its first scan).
    public static func streamInfo(_ encoded: Data) throws(DicomError) -> JPEGLSStreamInfo {
        try withBytes(encoded) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> JPEGLSStreamInfo in
            try JPEGLSDecoder.info(raw)
        }
    }

    /// Decodes `raw` into an interleaved frame of `layout` (bits allocated 8 or 16) with the
    /// native decoder; the stream's header is checked against `layout` before anything is allocated.
    static func decode(_ raw: UnsafeRawBufferPointer, layout: PixelDescription) throws(DicomError) -> [UInt8] {
        var (output, info) = try JPEGLSDecoder.decode(raw, bytesPerSample: layout.bytesPerSample) {
            (info: JPEGLSStreamInfo) throws(DicomError) in try check(info, against: layout)
        }
        if layout.isSigned && info.bitsPerSample < 8 * layout.bytesPerSample {
            signExtend(&output, bits: info.bitsPerSample, bytesPerSample: layout.bytesPerSample)
        }
        return output
    }

    /// Throws unless a stream's frame header fits the DICOM header.
    static func check(_ info: JPEGLSStreamInfo, against layout: PixelDescription) throws(DicomError) {
        guard info.columns == layout.columns, info.rows == layout.rows else {
            throw DicomError(.codec, "the JPEG-LS stream is \(info.columns)x\(info.rows), the header says "
                             + "\(layout.columns)x\(layout.rows)")
        }
        guard info.components == layout.samplesPerPixel else {
            throw DicomError(.codec, "the JPEG-LS stream has \(info.components) component(s), "
                             + "Samples per Pixel is \(layout.samplesPerPixel)")
        }
        guard info.bitsPerSample <= layout.bitsAllocated else {
            throw DicomError(.codec, "the JPEG-LS stream has \(info.bitsPerSample)-bit samples, "
                             + "Bits Allocated is \(layout.bitsAllocated)")
        }
    }

    /// Decodes with CharLS, for cross-checks and timing on streams we trust (our own encoder's):
    /// CharLS 2.4.1 can loop without end on a damaged scan, so it never sees input from files.
    static func decodeWithCharLS(trusted raw: UnsafeRawBufferPointer, layout: PixelDescription) throws(DicomError) -> [UInt8] {
        var (output, info) = try CharLS.decode(trusted: raw) { (info: JPEGLSStreamInfo) throws(DicomError) in
            try check(info, against: layout)
        }
        let streamBytes = info.bitsPerSample > 8 ? 2 : 1
        let samples = layout.rows * layout.columns * layout.samplesPerPixel
        let outBytes = layout.bytesPerSample
        if layout.samplesPerPixel > 1 && info.interleave == .none {
            output = interleave(output, components: layout.samplesPerPixel, bytesPerSample: streamBytes)
        }
        if outBytes > streamBytes { widenInPlace(&output, samples: samples, capacity: samples * outBytes) }
        if layout.isSigned && info.bitsPerSample < 8 * outBytes {
            signExtend(&output, bits: info.bitsPerSample, bytesPerSample: outBytes)
        }
        return output
    }

    // MARK: - Encoding

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        guard transferSyntaxUIDs.contains(syntax.uid) else {
            throw DicomError(.codec, "the JPEG-LS codec cannot write \(syntax) (\(syntax.uid))")
        }
        let near = syntax.uid == TransferSyntax.jpegLSNearLossless.uid ? nearLossless : 0
        let d = frame.description
        let multi = d.samplesPerPixel > 1
        let encoded = try Self.encode(frame, near: near,
                                      interleave: multi && d.isPlanar ? .none : .sample, colorTransform: .none)
        let changes = HeaderChanges(isPlanar: multi ? false : nil, isLossy: near > 0,
                                    lossyMethod: near > 0 ? "ISO_14495_1" : nil)
        return EncodedFrame(fragments: [Data(encoded)], changes: changes)
    }

    /// The sample precision P a frame is written with.
    static func precision(for d: PixelDescription) -> Int {
        d.bitsStored >= 2 && d.highBit == d.bitsStored - 1 ? d.bitsStored : d.bitsAllocated
    }

    /// Encodes a frame as one JPEG-LS stream. `interleave` must be `.none` for a planar colour
    /// buffer and `.line` or `.sample` for an interleaved one.
    static func encode(_ frame: PixelBuffer, near: Int, interleave: JPEGLSStreamInfo.Interleave,
                       colorTransform: JPEGLSStreamInfo.ColorTransform,
                       preset: JPEGLSDecoder.Preset? = nil) throws(DicomError) -> [UInt8] {
        let d = frame.description
        guard d.bitsAllocated == 8 || d.bitsAllocated == 16 else {
            throw DicomError(.codec, "JPEG-LS cannot encode Bits Allocated \(d.bitsAllocated)")
        }
        guard !d.photometric.isChromaSubsampled else {
            throw DicomError(.codec, "JPEG-LS cannot encode \(d.photometric) (chroma subsampled) data")
        }
        guard frame.bytes.count == d.unpackedFrameLength else {
            throw DicomError(.codec, "frame holds \(frame.bytes.count) bytes, \(d.unpackedFrameLength) expected")
        }
        guard d.samplesPerPixel == 1 || (d.isPlanar == (interleave == .none)) else {
            throw DicomError(.codec, "interleave mode \(interleave) does not fit a \(d.isPlanar ? "planar" : "interleaved") frame")
        }
        let bits = precision(for: d)
        let maximum = (1 << bits) - 1
        guard (0...min(255, maximum / 2)).contains(near) else {
            throw DicomError(.codec, "NEAR \(near) is out of range for \(bits)-bit samples (0...\(min(255, maximum / 2)))")
        }
        let source = sourceSamples(frame.bytes, bits: bits, bytesPerSample: d.bytesPerSample)
        var preset = preset
        if preset == nil && bits < 8 {
            // dcmtk 3.6.7 (its CharLS 1.0 fork) derives other default thresholds for P < 8 and
            // cannot read streams that rely on them: write T.87's defaults explicitly.
            let defaults = try JPEGLSDecoder.Parameters(bits: bits, near: near, preset: JPEGLSDecoder.Preset())
            preset = JPEGLSDecoder.Preset(maximum: 0, t1: defaults.t1, t2: defaults.t2, t3: defaults.t3, reset: 0)
        }
        return try CharLS.encode(source, columns: d.columns, rows: d.rows, components: d.samplesPerPixel, bits: bits,
                                 near: near, interleave: interleave, colorTransform: colorTransform, preset: preset)
    }

    /// The samples as CharLS reads them: one byte each for P <= 8, two otherwise, masked to P bits.
    private static func sourceSamples(_ bytes: [UInt8], bits: Int, bytesPerSample: Int) -> [UInt8] {
        if bytesPerSample == 1 {
            guard bits < 8 else { return bytes }
            let mask = UInt8((1 << bits) - 1)
            if bytes.allSatisfy({ $0 & ~mask == 0 }) { return bytes }
            return bytes.map { $0 & mask }
        }
        let count = bytes.count / 2
        if bits <= 8 {
            let mask = UInt8((1 << bits) - 1)
            return [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
                bytes.withUnsafeBufferPointer { input in
                    for index in 0..<count { out[index] = input[index &* 2] & mask }
                }
                initialized = count
            }
        }
        guard bits < 16 else { return bytes }
        let mask = UInt16((1 << bits) - 1)
        let fits = bytes.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt16.self) { words in words.allSatisfy { UInt16(littleEndian: $0) & ~mask == 0 } }
        }
        if fits { return bytes }
        var copy = bytes
        copy.withUnsafeMutableBytes { raw in
            raw.withMemoryRebound(to: UInt16.self) { words in
                for index in words.indices { words[index] = (UInt16(littleEndian: words[index]) & mask).littleEndian }
            }
        }
        return copy
    }

    // MARK: - Sample rearrangement

    /// Planes (component after component) to interleaved samples.
    private static func interleave(_ planes: [UInt8], components: Int, bytesPerSample: Int) -> [UInt8] {
        let pixels = planes.count / (components * bytesPerSample)
        return [UInt8](unsafeUninitializedCapacity: planes.count) { out, initialized in
            planes.withUnsafeBufferPointer { input in
                let source = input.baseAddress!, destination = out.baseAddress!
                if bytesPerSample == 1 {
                    for component in 0..<components {
                        let plane = source + component &* pixels
                        for pixel in 0..<pixels { destination[pixel &* components &+ component] = plane[pixel] }
                    }
                } else {
                    let words = UnsafeRawPointer(source), target = UnsafeMutableRawPointer(destination)
                    for component in 0..<components {
                        let plane = words + component &* pixels &* 2
                        for pixel in 0..<pixels {
                            let value = plane.loadUnaligned(fromByteOffset: pixel &* 2, as: UInt16.self)
                            target.storeBytes(of: value, toByteOffset: (pixel &* components &+ component) &* 2, as: UInt16.self)
                        }
                    }
                }
            }
            initialized = planes.count
        }
    }

    /// Widens `samples` one-byte samples at the start of `bytes` to two-byte little-endian samples.
    private static func widenInPlace(_ bytes: inout [UInt8], samples: Int, capacity: Int) {
        if bytes.count < capacity { bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count)) }
        bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            var index = samples
            // Backwards, so no byte is overwritten before it is read.
            while index > 0 {
                index &-= 1
                let value = base[index]
                base[index &* 2 &+ 1] = 0
                base[index &* 2] = value
            }
        }
    }

    /// Sign-extends every sample from bit `bits - 1` to its whole width.
    private static func signExtend(_ bytes: inout [UInt8], bits: Int, bytesPerSample: Int) {
        if bytesPerSample == 1 {
            let shift = UInt8(8 - bits)
            bytes.withUnsafeMutableBufferPointer { buffer in
                for index in buffer.indices {
                    buffer[index] = UInt8(bitPattern: Int8(bitPattern: buffer[index] << shift) >> shift)
                }
            }
            return
        }
        let shift = UInt16(16 - bits)
        bytes.withUnsafeMutableBytes { raw in
            raw.withMemoryRebound(to: UInt16.self) { words in
                for index in words.indices {
                    let value = UInt16(littleEndian: words[index])
                    words[index] = UInt16(bitPattern: Int16(bitPattern: value << shift) >> shift).littleEndian
                }
            }
        }
    }
}
