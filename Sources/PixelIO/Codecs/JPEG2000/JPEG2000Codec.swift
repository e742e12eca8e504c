import FoundationEssentials

/// JPEG 2000 Part 1 (PS3.5 8.2.4, A.4.4): 1.2.840.10008.1.2.4.90 (lossless only) and .91
/// (lossy allowed), decoded and encoded with OpenJPEG.
///
/// Decoding accepts raw codestreams and JP2-wrapped ones (only the codestream is used). The
/// codestream's SIZ must match the header (size, samples, precision at most Bits Allocated)
/// before OpenJPEG decodes anything. Decoded frames are interleaved; samples follow pydicom's
/// rules (see `JPEG2000Decoding`); a frame OpenJPEG applied the inverse colour transform to is RGB.
///
/// Encoding writes one raw codestream per frame (one tile, one quality layer, LRCP, 64x64
/// code-blocks, up to 5 decomposition levels, precision = Bits Stored, signed = Pixel
/// Representation):
/// - .90: reversible 5/3 wavelet, lossless; RGB uses the RCT and the header becomes YBR_RCT.
/// - .91: irreversible 9/7 wavelet; RGB uses the ICT (YBR_ICT). Header: Lossy Image
///   Compression 01, method ISO_15444_1 (the Transcoder adds the measured ratio).
///   By default every bit plane is kept (`lossyCompressionRatio` 0): the only loss is the 9/7
///   quantisation, so re-encoding an already lossy frame adds almost nothing (NEMA WG04
///   references: max error 1-4, RMS error 0.3-0.5) at about the size of lossless. A ratio above 1
///   truncates the single layer to that ratio over `Bits Stored`-bit samples (CT1_UNC at 10:1:
///   RMS error 6; at 5:1: 1.8).
public struct JPEG2000Codec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.jpeg2000Lossless.uid, TransferSyntax.jpeg2000.uid]
    public let canEncode = true
    /// Target native-to-encoded size ratio for .91; 0 (or anything up to 1) keeps every bit plane.
    public let lossyCompressionRatio: Double

    public init(lossyCompressionRatio: Double = 0) {
        self.lossyCompressionRatio = lossyCompressionRatio
    }

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        try JPEG2000Decoding.decode(encoded, description: description)
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        switch syntax.uid {
        case TransferSyntax.jpeg2000Lossless.uid:
            return try JPEG2000Encoding.encode(frame, reversible: true, compressionRatio: 0)
        case TransferSyntax.jpeg2000.uid:
            return try JPEG2000Encoding.encode(frame, reversible: false, compressionRatio: lossyCompressionRatio)
        default:
            throw DicomError(.unsupportedTransferSyntax, "the JPEG 2000 codec does not write \(syntax) (\(syntax.uid))")
        }
    }
}

/// High-Throughput JPEG 2000 (Part 15): 1.2.840.10008.1.2.4.201 (lossless), .202 (lossless,
/// RPCL) and .203, decode only: OpenJPEG 2.5 decodes HTJ2K but cannot encode it. Frames
/// decoded from these syntaxes can be written as JPEG 2000 Lossless (.90) with `JPEG2000Codec`.
public struct HTJ2KCodec: PixelCodec {
    public let transferSyntaxUIDs = [TransferSyntax.htj2kLossless.uid, TransferSyntax.htj2kLosslessRPCL.uid,
                                     TransferSyntax.htj2k.uid]
    public let canEncode = false

    public init() {}

    public func decodeFrame(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        try JPEG2000Decoding.decode(encoded, description: description)
    }

    public func encodeFrame(_ frame: PixelBuffer, syntax: TransferSyntax) throws(DicomError) -> EncodedFrame {
        throw DicomError(.unsupportedTransferSyntax,
                         "cannot encode \(syntax) (\(syntax.uid)): OpenJPEG has no HTJ2K encoder; "
                         + "write JPEG 2000 Lossless (\(TransferSyntax.jpeg2000Lossless.uid)) instead")
    }
}

/// Decoding shared by the JPEG 2000 and HTJ2K codecs.
///
/// Sample values follow pydicom 3 (pixels/decoders/base.py, `_apply_sign_correction`), which
/// GDCM's `gdcmconv --raw` matches on every corpus file:
/// - the codestream's own precision and signedness decode each component (OpenJPEG's values);
/// - for MONOCHROME frames whose codestream signedness differs from Pixel Representation
///   (vendor files: J2K_pixelrep_mismatch, TOSHIBA_J2K_SIZ0_PixRep1 / SIZ1_PixRep0), the low
///   `precision` bits are reinterpreted with the header's signedness (sign-extended when Pixel
///   Representation is 1, masked when 0);
/// - values are stored in the header's Bits Allocated container, two's complement, low bits first;
///   a codestream precision above or below Bits Stored is kept as decoded (Osirix 11-bit in 16,
///   emri 16-bit in 12), a precision above Bits Allocated is refused.
/// The returned description says High Bit = Bits Stored - 1 (decoded samples start at bit 0),
/// interleaved, and RGB when OpenJPEG applied the inverse RCT/ICT (COD's MCT flag) or when the
/// header says YBR_RCT/YBR_ICT but the codestream has no colour transform (the components are then
/// the stored ones, which PS3.5 A.4.4 says must be RGB; pydicom and GDCM say RGB too).
enum JPEG2000Decoding {
    static func decode(_ encoded: Data, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        var layout = description
        let samples = layout.samplesPerPixel
        let pixels = layout.rows * layout.columns
        return try withBytes(encoded) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> PixelBuffer in
            let header = try J2KHeader.parse(raw)
            try check(header, against: description)
            if samples == 3 && header.usesMCT {
                layout.photometric = .rgb
            } else if layout.photometric == .ybrRCT || layout.photometric == .ybrICT {
                layout.photometric = .rgb
            } else if layout.photometric.isChromaSubsampled {
                layout.photometric = .ybrFull  // every J2K component is full size (checked above)
            }
            layout.isPlanar = false
            layout.highBit = layout.bitsStored - 1
            var bytes = [UInt8](repeating: 0, count: layout.unpackedFrameLength)
            let correctSign = description.photometric.isMonochrome
            let codestream = UnsafeRawBufferPointer(rebasing: raw[header.codestream])
            try OpenJPEG.decode(codestream, check: { (components) throws(DicomError) in
                guard components.count == samples else {
                    throw DicomError(.codec, "OpenJPEG read \(components.count) components, the header says \(samples)")
                }
                for (index, c) in components.enumerated() {
                    let expected = header.components[index]
                    guard c.width == layout.columns, c.height == layout.rows, c.dx == 1, c.dy == 1,
                          c.precision == expected.precision, c.signed == expected.isSigned else {
                        throw DicomError(.codec, "OpenJPEG's header for component \(index + 1) "
                                         + "(\(c.width)x\(c.height), \(c.precision) bits) differs from the codestream's SIZ")
                    }
                }
            }, body: { (planes) throws(DicomError) in
                guard planes.count == samples, planes.allSatisfy({ $0.width == layout.columns && $0.height == layout.rows }) else {
                    throw DicomError(.codec, "OpenJPEG decoded planes of another size than the header's")
                }
                bytes.withUnsafeMutableBytes { output in
                    for (index, plane) in planes.enumerated() {
                        store(plane, count: pixels, into: output, component: index, of: samples,
                              bytesPerSample: layout.bytesPerSample,
                              reinterpretAsSigned: correctSign && plane.isSigned != layout.isSigned ? layout.isSigned : nil)
                    }
                }
            })
            return try PixelBuffer(description: layout, bytes: bytes)
        }
    }

    /// Refuses codestreams whose SIZ does not describe the header's frame.
    static func check(_ header: J2KHeader, against d: PixelDescription) throws(DicomError) {
        guard header.width == d.columns, header.height == d.rows else {
            throw DicomError(.codec, "the JPEG 2000 codestream is \(header.width)x\(header.height), "
                             + "the header says \(d.columns)x\(d.rows)")
        }
        guard header.components.count == d.samplesPerPixel else {
            throw DicomError(.codec, "the JPEG 2000 codestream has \(header.components.count) components, "
                             + "the header says \(d.samplesPerPixel) samples per pixel")
        }
        for (index, c) in header.components.enumerated() {
            guard c.dx == 1, c.dy == 1 else {
                throw DicomError(.codec, "JPEG 2000 component \(index + 1) is subsampled (\(c.dx)x\(c.dy)), which DICOM does not allow")
            }
            guard c.precision <= min(d.bitsAllocated, 31) else {
                throw DicomError(.codec, "JPEG 2000 component \(index + 1) has \(c.precision)-bit samples, "
                                 + "more than Bits Allocated \(d.bitsAllocated)")
            }
        }
        // Each tile costs OpenJPEG a few kilobytes before any pixel is decoded: tiles smaller
        // than 16x16 on average are a hostile stream, not an image.
        guard header.tileCount <= max(256, d.rows * d.columns / 256) else {
            throw DicomError(.codec, "the JPEG 2000 codestream has \(header.tileCount) tiles for a "
                             + "\(d.columns)x\(d.rows) frame")
        }
    }

    /// Writes one decoded plane into the interleaved little-endian frame.
    private static func store(_ plane: OpenJPEG.Plane, count: Int, into output: UnsafeMutableRawBufferPointer,
                              component: Int, of samples: Int, bytesPerSample: Int, reinterpretAsSigned: Bool?) {
        guard let base = output.baseAddress else { return }
        let source = plane.samples
        let unused = Int32(32 - plane.precision)
        let mask = plane.precision >= 32 ? -1 : Int32(truncatingIfNeeded: (Int64(1) << plane.precision) - 1)
        @inline(__always) func value(_ v: Int32) -> Int32 {
            switch reinterpretAsSigned {
            case .none: return v
            case .some(true): return (v &<< unused) &>> unused
            case .some(false): return v & mask
            }
        }
        let step = samples * bytesPerSample
        var target = base + component * bytesPerSample
        switch bytesPerSample {
        case 1:
            for i in 0..<count {
                target.storeBytes(of: UInt8(truncatingIfNeeded: value(source[i])), as: UInt8.self)
                target += step
            }
        case 2:
            for i in 0..<count {
                target.storeBytes(of: UInt16(truncatingIfNeeded: value(source[i])).littleEndian, toByteOffset: 0, as: UInt16.self)
                target += step
            }
        case 4:
            for i in 0..<count {
                target.storeBytes(of: UInt32(bitPattern: value(source[i])).littleEndian, toByteOffset: 0, as: UInt32.self)
                target += step
            }
        default:
            for i in 0..<count {
                target.storeBytes(of: Int64(value(source[i])).littleEndian, toByteOffset: 0, as: Int64.self)
                target += step
            }
        }
    }
}

/// Encoding for `JPEG2000Codec`.
enum JPEG2000Encoding {
    static func encode(_ frame: PixelBuffer, reversible: Bool, compressionRatio: Double) throws(DicomError) -> EncodedFrame {
        let d = frame.description
        let method = reversible ? "JPEG 2000 Lossless" : "JPEG 2000"
        guard [1, 8, 16].contains(d.bitsAllocated), (1...16).contains(d.bitsStored) else {
            throw DicomError(.codec, "\(method) encoding supports Bits Allocated 1, 8 or 16 with Bits Stored up to 16, "
                             + "not \(d.bitsAllocated)/\(d.bitsStored)")
        }
        guard d.samplesPerPixel == 1 || d.samplesPerPixel == 3 else {
            throw DicomError(.codec, "\(method) encoding supports 1 or 3 samples per pixel, not \(d.samplesPerPixel)")
        }
        guard !d.photometric.isChromaSubsampled, d.photometric != .ybrRCT, d.photometric != .ybrICT else {
            throw DicomError(.codec, "\(method) cannot encode native \(d.photometric) frames")
        }
        guard reversible || d.photometric != .paletteColor else {
            throw DicomError(.codec, "PALETTE COLOR frames must not be compressed lossily")
        }
        let colourTransform = d.samplesPerPixel == 3 && d.photometric == .rgb
        let pixels = d.rows * d.columns
        let samples = d.samplesPerPixel
        let bytesPerSample = d.bytesPerSample
        let shift = d.highBit + 1 - d.bitsStored
        let bits = d.bitsStored
        let signed = d.isSigned
        let options = OpenJPEG.EncodeOptions(
            width: d.columns, height: d.rows, components: samples, precision: bits, isSigned: signed,
            reversible: reversible, colourTransform: colourTransform, compressionRatio: compressionRatio)
        let codestream = try frame.bytes.withUnsafeBytes { (input) -> Result<[UInt8], DicomError> in
            Result { () throws(DicomError) -> [UInt8] in
                try OpenJPEG.encode(options) { component, target in
                    guard let base = input.baseAddress else { return }
                    let unused = Int32(32 - bits)
                    let first = d.isPlanar ? component * pixels : component
                    let step = d.isPlanar ? 1 : samples
                    var offset = first * bytesPerSample
                    let stride = step * bytesPerSample
                    for i in 0..<pixels {
                        let raw: Int32 = bytesPerSample == 1
                            ? Int32(base.load(fromByteOffset: offset, as: UInt8.self))
                            : Int32(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
                        // Stored value: shift down from High Bit, keep Bits Stored, sign-extend when signed.
                        let stored = (raw &>> Int32(shift)) &<< unused
                        target[i] = signed ? stored &>> unused : Int32(bitPattern: UInt32(bitPattern: stored) &>> UInt32(unused))
                        offset &+= stride
                    }
                }
            }
        }.get()
        var changes = HeaderChanges(isPlanar: samples > 1 ? false : nil)
        if colourTransform { changes.photometric = reversible ? .ybrRCT : .ybrICT }
        if !reversible {
            changes.isLossy = true
            changes.lossyMethod = "ISO_15444_1"
        }
        return EncodedFrame(fragments: [Data(codestream)], changes: changes)
    }
}
