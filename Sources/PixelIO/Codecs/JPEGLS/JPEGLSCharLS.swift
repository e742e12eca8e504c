import FoundationEssentials

import CCharLS

/// The CharLS side of the JPEG-LS codec: encoding, and decoding of streams we trust (tests and
/// timing only). CharLS 2.4.1 can loop without end on a damaged scan, so it never decodes input
/// from files; its encoder is only given settings checked here (no RESET or MAXVAL of our own:
/// with those, 2.4.1 writes past a heap block in sample-interleaved mode or fails an assertion).
enum CharLS {
    /// Encodes samples laid out as CharLS reads them (one byte each for P <= 8, two otherwise;
    /// planar for interleave mode none, interleaved otherwise).
    static func encode(_ source: [UInt8], columns: Int, rows: Int, components: Int, bits: Int, near: Int,
                       interleave: JPEGLSStreamInfo.Interleave, colorTransform: JPEGLSStreamInfo.ColorTransform,
                       preset: JPEGLSDecoder.Preset?) throws(DicomError) -> [UInt8] {
        guard let encoder = charls_jpegls_encoder_create() else {
            throw DicomError(.codec, "CharLS could not create an encoder")
        }
        defer { charls_jpegls_encoder_destroy(encoder) }
        var info = charls_frame_info(width: UInt32(columns), height: UInt32(rows),
                                     bits_per_sample: Int32(bits), component_count: Int32(components))
        try check(charls_jpegls_encoder_set_frame_info(encoder, &info), "frame info")
        try check(charls_jpegls_encoder_set_near_lossless(encoder, Int32(near)), "NEAR")
        if components > 1 {
            try check(charls_jpegls_encoder_set_interleave_mode(
                encoder, charls_interleave_mode(rawValue: UInt32(interleave.rawValue))), "interleave mode")
        }
        if colorTransform != .none {
            try check(charls_jpegls_encoder_set_color_transformation(
                encoder, charls_color_transformation(rawValue: UInt32(colorTransform.rawValue))), "colour transformation")
        }
        if let preset {
            var parameters = charls_jpegls_pc_parameters(
                maximum_sample_value: Int32(preset.maximum), threshold1: Int32(preset.t1), threshold2: Int32(preset.t2),
                threshold3: Int32(preset.t3), reset_value: Int32(preset.reset))
            try check(charls_jpegls_encoder_set_preset_coding_parameters(encoder, &parameters), "preset parameters")
        }
        // CharLS's defaults (explicit preset parameters above 12 bits, for JAI) plus an even length.
        let options = CHARLS_ENCODING_OPTIONS_EVEN_DESTINATION_SIZE.rawValue
            | CHARLS_ENCODING_OPTIONS_INCLUDE_PC_PARAMETERS_JAI.rawValue
        try check(charls_jpegls_encoder_set_encoding_options(encoder, charls_encoding_options(rawValue: options)),
                  "encoding options")
        var estimated = 0
        try check(charls_jpegls_encoder_get_estimated_destination_size(encoder, &estimated), "destination size")
        var output = [UInt8](repeating: 0, count: estimated)
        var written = 0
        // The destination must be set in the same scope as the encode (the buffer must not move).
        let status = output.withUnsafeMutableBytes { destination -> charls_jpegls_errc in
            var result = charls_jpegls_encoder_set_destination_buffer(encoder, destination.baseAddress!, destination.count)
            guard result == CHARLS_JPEGLS_ERRC_SUCCESS else { return result }
            result = source.withUnsafeBytes { samples in
                charls_jpegls_encoder_encode_from_buffer(encoder, samples.baseAddress!, samples.count, 0)
            }
            guard result == CHARLS_JPEGLS_ERRC_SUCCESS else { return result }
            return charls_jpegls_encoder_get_bytes_written(encoder, &written)
        }
        try check(status, "encoding")
        guard written > 0, written <= output.count else {
            throw DicomError(.codec, "CharLS reported \(written) bytes written into \(output.count)")
        }
        output.removeSubrange(written...)
        return output
    }

    /// Decodes a trusted stream as CharLS lays it out (planar for interleave mode none; one byte per
    /// sample for P <= 8). `check` sees the header before the destination is allocated.
    static func decode(trusted raw: UnsafeRawBufferPointer, check: (JPEGLSStreamInfo) throws(DicomError) -> Void)
        throws(DicomError) -> (samples: [UInt8], info: JPEGLSStreamInfo) {
        let decoder = try Decoder(raw)
        let info = try decoder.info()
        try check(info)
        let length = info.columns * info.rows * info.components * (info.bitsPerSample > 8 ? 2 : 1)
        guard try decoder.destinationSize() == length else {
            throw DicomError(.codec, "CharLS needs another destination size than \(length)")
        }
        return (try decoder.decode(length: length), info)
    }

    /// One CharLS decoder over a source buffer that outlives it.
    private final class Decoder {
        let handle: OpaquePointer

        init(_ raw: UnsafeRawBufferPointer) throws(DicomError) {
            guard let base = raw.baseAddress, raw.count >= 4 else {
                throw DicomError(.codec, "the JPEG-LS stream is empty or too short (\(raw.count) bytes)")
            }
            guard let handle = charls_jpegls_decoder_create() else {
                throw DicomError(.codec, "CharLS could not create a decoder")
            }
            self.handle = handle
            try CharLS.check(charls_jpegls_decoder_set_source_buffer(handle, base, raw.count), "source")
            try CharLS.check(charls_jpegls_decoder_read_header(handle), "header")
        }

        deinit { charls_jpegls_decoder_destroy(handle) }

        func info() throws(DicomError) -> JPEGLSStreamInfo {
            var frame = charls_frame_info()
            try CharLS.check(charls_jpegls_decoder_get_frame_info(handle, &frame), "frame info")
            var mode = CHARLS_INTERLEAVE_MODE_NONE
            try CharLS.check(charls_jpegls_decoder_get_interleave_mode(handle, &mode), "interleave mode")
            var near: Int32 = 0
            try CharLS.check(charls_jpegls_decoder_get_near_lossless(handle, 0, &near), "NEAR")
            var transform = CHARLS_COLOR_TRANSFORMATION_NONE
            try CharLS.check(charls_jpegls_decoder_get_color_transformation(handle, &transform), "colour transformation")
            return JPEGLSStreamInfo(columns: Int(frame.width), rows: Int(frame.height),
                                    bitsPerSample: Int(frame.bits_per_sample), components: Int(frame.component_count),
                                    interleave: JPEGLSStreamInfo.Interleave(rawValue: Int(mode.rawValue)) ?? .none,
                                    nearLossless: Int(near),
                                    colorTransform: JPEGLSStreamInfo.ColorTransform(rawValue: Int(transform.rawValue)) ?? .none)
        }

        func destinationSize() throws(DicomError) -> Int {
            var size = 0
            try CharLS.check(charls_jpegls_decoder_get_destination_size(handle, 0, &size), "destination size")
            return size
        }

        func decode(length: Int) throws(DicomError) -> [UInt8] {
            var output = [UInt8](repeating: 0, count: length)
            let status = output.withUnsafeMutableBytes { buffer in
                charls_jpegls_decoder_decode_to_buffer(handle, buffer.baseAddress!, length, 0)
            }
            try CharLS.check(status, "decoding")
            return output
        }
    }

    /// Throws a codec error naming CharLS's reason unless `result` is success.
    static func check(_ result: charls_jpegls_errc, _ step: String) throws(DicomError) {
        guard result != CHARLS_JPEGLS_ERRC_SUCCESS else { return }
        let reason = charls_get_error_message(result).map { String(cString: $0) } ?? "error \(result.rawValue)"
        throw DicomError(.codec, "JPEG-LS \(step): \(reason) (CharLS error \(result.rawValue))")
    }
}
