import FoundationEssentials

/// Between decoded JPEG samples and native PixelBuffers: the checks of a frame header against the
/// DICOM header (before anything is allocated), and the conversion of decoded samples.
enum JPEGPixels {
    /// Throws unless the frame header matches the DICOM header's image size, samples per pixel
    /// and bit depth (so nothing a stream asks for is larger than the header's frame).
    static func check(_ frame: JPEGFrameHeader, against d: PixelDescription) throws(DicomError) {
        guard d.bitsAllocated == 8 || d.bitsAllocated == 16 else {
            throw jpegCodecError("Bits Allocated \(d.bitsAllocated) cannot hold JPEG samples (8 or 16 needed)")
        }
        guard frame.samplesPerLine == d.columns, frame.lines == d.rows || frame.lines == 0 else {
            throw jpegCodecError("the \(frame.processName) frame is \(frame.samplesPerLine)x\(frame.lines); "
                            + "the header says \(d.columns)x\(d.rows)")
        }
        guard frame.components.count == d.samplesPerPixel else {
            throw jpegCodecError("the frame has \(frame.components.count) components; Samples per Pixel is \(d.samplesPerPixel)")
        }
        guard frame.precision <= d.bitsAllocated else {
            throw jpegCodecError("\(frame.precision)-bit samples do not fit Bits Allocated \(d.bitsAllocated)")
        }
    }

    /// Decodes the lossless frame `parser` has read the header of.
    static func decodeLossless(_ parser: inout JPEGParser, frame: JPEGFrameHeader,
                               description: PixelDescription) throws(DicomError) -> PixelBuffer {
        try check(frame, against: description)
        let image = try JPEGLosslessDecoder.decode(&parser, frame: frame, lines: description.rows)
        return try pixelBuffer(image, description: description)
    }

    /// Decodes the sequential DCT frame `parser` has read the header of.
    static func decodeDCT(_ parser: inout JPEGParser, frame: JPEGFrameHeader,
                          description: PixelDescription) throws(DicomError) -> PixelBuffer {
        try check(frame, against: description)
        let image = try JPEG12BitDecoder.decode(&parser, frame: frame, lines: description.rows)
        return try pixelBuffer(image, description: description)
    }

    /// Native samples from a lossless image: interleaved, the point transform undone. When the
    /// data are signed and the JPEG precision equals Bits Stored (< Bits Allocated, High Bit =
    /// Bits Stored - 1), the two's complement value is sign-extended to Bits Allocated as in a
    /// native signed frame; otherwise the decoded bits are stored as they are.
    static func pixelBuffer(_ image: JPEGLosslessImage, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        var layout = description
        layout.isPlanar = false
        if layout.photometric.isChromaSubsampled { layout.photometric = .ybrFull }  // the samples are full size
        let count = image.components, pixels = image.width * image.height
        let signExtend = layout.isSigned && image.precision == layout.bitsStored
            && layout.bitsStored < layout.bitsAllocated && layout.highBit == layout.bitsStored - 1
        let signBit = 1 << (layout.bitsStored - 1)
        let extension_ = ((1 << layout.bitsAllocated) - 1) & ~((1 << layout.bitsStored) - 1)
        var bytes = [UInt8](repeating: 0, count: layout.unpackedFrameLength)
        guard bytes.count == pixels * count * layout.bytesPerSample else {
            throw jpegCodecError("decoded \(pixels * count) samples; the header's frame holds \(bytes.count / layout.bytesPerSample)")
        }
        let plain = image.pointTransforms.allSatisfy { $0 == 0 } && !signExtend
        if plain && count == 1 && layout.bytesPerSample == 2 && 1.littleEndian == 1 {
            // The decoded plane is the native frame.
            bytes.withUnsafeMutableBytes { out in image.samples.withUnsafeBytes { out.copyMemory(from: $0) } }
            return try PixelBuffer(description: layout, bytes: bytes)
        }
        if plain && layout.bytesPerSample == 1 {
            bytes.withUnsafeMutableBufferPointer { out in
                image.samples.withUnsafeBufferPointer { samples in
                    for c in 0..<count {
                        var o = c
                        for i in (c * pixels)..<((c + 1) * pixels) {
                            out[o] = UInt8(truncatingIfNeeded: samples[i])
                            o &+= count
                        }
                    }
                }
            }
            return try PixelBuffer(description: layout, bytes: bytes)
        }
        bytes.withUnsafeMutableBufferPointer { out in
            image.samples.withUnsafeBufferPointer { samples in
                for c in 0..<count {
                    let shift = image.pointTransforms[c]
                    let plane = c * pixels
                    if layout.bytesPerSample == 1 {
                        for i in 0..<pixels {
                            var value = Int(samples[plane + i]) << shift
                            if signExtend && value & signBit != 0 { value |= extension_ }
                            out[i * count + c] = UInt8(truncatingIfNeeded: value)
                        }
                    } else {
                        for i in 0..<pixels {
                            var value = Int(samples[plane + i]) << shift
                            if signExtend && value & signBit != 0 { value |= extension_ }
                            let o = (i * count + c) * 2
                            out[o] = UInt8(truncatingIfNeeded: value)
                            out[o + 1] = UInt8(truncatingIfNeeded: value >> 8)
                        }
                    }
                }
            }
        }
        return try PixelBuffer(description: layout, bytes: bytes)
    }

    /// Native samples from a DCT image: interleaved; three YBR components are converted to RGB
    /// (the JFIF equations, as libjpeg and the reference decoders do), so the result says RGB.
    static func pixelBuffer(_ image: JPEG12BitDecoder.Image, description: PixelDescription) throws(DicomError) -> PixelBuffer {
        var layout = description
        layout.isPlanar = false
        var samples = image.samples
        let isYBR = layout.photometric.isYBR && layout.photometric != .ybrICT && layout.photometric != .ybrRCT
        if image.components == 3 && isYBR {
            convertYCbCrToRGB(&samples, precision: image.precision)
            layout.photometric = .rgb
        } else if layout.photometric.isChromaSubsampled {
            layout.photometric = .ybrFull
        }
        var bytes = [UInt8](repeating: 0, count: layout.unpackedFrameLength)
        guard bytes.count == samples.count * layout.bytesPerSample else {
            throw jpegCodecError("decoded \(samples.count) samples; the header's frame holds \(bytes.count / layout.bytesPerSample)")
        }
        if layout.bytesPerSample == 1 {
            for i in samples.indices { bytes[i] = UInt8(truncatingIfNeeded: samples[i]) }
        } else {
            bytes.withUnsafeMutableBytes { out in
                samples.withUnsafeBytes { source in
                    // UInt16 in memory order; convert to little endian where the host is not.
                    out.copyMemory(from: source)
                }
            }
            if 1.bigEndian == 1 { reverseWords(&bytes, size: 2) }
        }
        return try PixelBuffer(description: layout, bytes: bytes)
    }

    /// YCbCr to RGB in place (T.871 equations, centred on 2^(P-1)), rounded and clamped.
    static func convertYCbCrToRGB(_ samples: inout [UInt16], precision: Int) {
        let centre = Double(1 << (precision - 1)), top = Double((1 << precision) - 1)
        @inline(__always) func clamp(_ v: Double) -> UInt16 {
            let r = (v + 0.5).rounded(.down)
            return UInt16(r < 0 ? 0 : (r > top ? top : r))
        }
        var i = 0
        while i + 2 < samples.count {
            let y = Double(samples[i]), cb = Double(samples[i + 1]) - centre, cr = Double(samples[i + 2]) - centre
            samples[i] = clamp(y + 1.402 * cr)
            samples[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr)
            samples[i + 2] = clamp(y + 1.772 * cb)
            i += 3
        }
    }

    /// The frame header of a JPEG stream (for dispatch by process and precision), or nil when the
    /// data do not start with a readable one.
    static func frameHeader(_ encoded: Data) -> JPEGFrameHeader? {
        try? withBytes(encoded) { (raw) throws(DicomError) -> JPEGFrameHeader in
            var parser = JPEGParser(raw)
            return try parser.readFrameHeader()
        }
    }
}
