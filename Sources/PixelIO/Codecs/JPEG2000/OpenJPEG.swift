import COpenJPEG
import FoundationEssentials

/// The only place PixelIO calls OpenJPEG. Every handle (codec, stream, image) is created and
/// destroyed inside one function, with `defer`, so no path leaks one; Swift contexts reach the
/// C callbacks through user-data pointers to objects kept alive for the whole call. Nothing
/// here is public: callers see Swift values and `DicomError`.
enum OpenJPEG {
    /// One decoded component, valid only inside the closure given to `decode`.
    struct Plane {
        /// width x height samples, row by row.
        let samples: UnsafePointer<Int32>
        let width: Int
        let height: Int
        let precision: Int
        let isSigned: Bool
    }

    /// How to encode.
    struct EncodeOptions {
        var width: Int
        var height: Int
        var components: Int
        var precision: Int
        var isSigned: Bool
        /// 5/3 reversible (lossless) or 9/7 irreversible.
        var reversible: Bool
        /// The multiple component transform (RCT or ICT) on components 0-2.
        var colourTransform: Bool
        /// Compression ratio for the single quality layer (relative to `precision`-bit samples);
        /// 1 or less keeps every bit plane.
        var compressionRatio: Double
    }
}

extension OpenJPEG {
    /// Decodes a raw codestream and hands its planes to `body`.
    /// Single-threaded: the number of OpenJPEG worker threads is set to 0 (ignoring
    /// OPJ_NUM_THREADS), as files are decoded in parallel one level up.
    /// `check` sees each component of the header OpenJPEG read before anything is decoded.
    static func decode<T>(_ data: UnsafeRawBufferPointer,
                          check: ([(width: Int, height: Int, precision: Int, signed: Bool, dx: Int, dy: Int)]) throws(DicomError) -> Void,
                          body: ([Plane]) throws(DicomError) -> T) throws(DicomError) -> T {
        guard let base = data.baseAddress, !data.isEmpty else { throw DicomError(.codec, "empty JPEG 2000 frame") }
        guard let codec = opj_create_decompress(OPJ_CODEC_J2K) else {
            throw DicomError(.codec, "OpenJPEG could not create a decoder")
        }
        defer { opj_destroy_codec(codec) }
        let messages = Messages()
        return try withExtendedLifetime(messages) { () throws(DicomError) -> T in
            let messagesPointer = Unmanaged.passUnretained(messages).toOpaque()
            opj_set_error_handler(codec, { message, context in
                guard let message, let context else { return }
                Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue().record(String(cString: message))
            }, messagesPointer)
            opj_set_warning_handler(codec, { _, _ in }, nil)
            opj_set_info_handler(codec, { _, _ in }, nil)

            var parameters = opj_dparameters_t()
            opj_set_default_decoder_parameters(&parameters)
            guard opj_setup_decoder(codec, &parameters) != 0 else {
                throw messages.error("OpenJPEG rejected the decoder parameters")
            }
            // Truncated codestreams fail instead of decoding partially.
            _ = opj_decoder_set_strict_mode(codec, 1)
            // 0 = no worker threads (only the calling thread), whatever OPJ_NUM_THREADS says.
            _ = opj_codec_set_threads(codec, 0)

            let source = MemoryReader(base: UnsafeRawPointer(base), count: data.count)
            return try withExtendedLifetime(source) { () throws(DicomError) -> T in
                guard let stream = opj_stream_create(min(data.count, 1 << 20), 1) else {
                    throw DicomError(.codec, "OpenJPEG could not create a stream")
                }
                defer { opj_stream_destroy(stream) }
                opj_stream_set_user_data(stream, Unmanaged.passUnretained(source).toOpaque(), nil)
                opj_stream_set_user_data_length(stream, UInt64(data.count))
                opj_stream_set_read_function(stream, { buffer, count, context in
                    guard let buffer, let context else { return -1 }
                    return Unmanaged<MemoryReader>.fromOpaque(context).takeUnretainedValue().read(into: buffer, count: count)
                })
                opj_stream_set_skip_function(stream, { count, context in
                    guard let context else { return -1 }
                    return Unmanaged<MemoryReader>.fromOpaque(context).takeUnretainedValue().skip(count)
                })
                opj_stream_set_seek_function(stream, { offset, context in
                    guard let context else { return 0 }
                    return Unmanaged<MemoryReader>.fromOpaque(context).takeUnretainedValue().seek(to: offset) ? 1 : 0
                })

                var image: UnsafeMutablePointer<opj_image_t>?
                defer { if let image { opj_image_destroy(image) } }
                guard opj_read_header(stream, codec, &image) != 0, let header = image else {
                    throw messages.error("OpenJPEG could not read the JPEG 2000 header")
                }
                let count = Int(header.pointee.numcomps)
                guard count > 0, let comps = header.pointee.comps else {
                    throw DicomError(.codec, "the JPEG 2000 header has no components")
                }
                try check((0..<count).map { index in
                    let c = comps[index]
                    return (Int(c.w), Int(c.h), Int(c.prec), c.sgnd != 0, Int(c.dx), Int(c.dy))
                })
                guard opj_decode(codec, stream, header) != 0 else {
                    throw messages.error("OpenJPEG could not decode the JPEG 2000 frame")
                }
                guard opj_end_decompress(codec, stream) != 0 else {
                    throw messages.error("OpenJPEG could not finish decoding the JPEG 2000 frame")
                }
                let decodedCount = Int(header.pointee.numcomps)
                guard decodedCount == count, let decoded = header.pointee.comps else {
                    throw DicomError(.codec, "the decoded JPEG 2000 image has \(header.pointee.numcomps) components, "
                                     + "the header \(count)")
                }
                var planes: [Plane] = []
                for index in 0..<decodedCount {
                    let c = decoded[index]
                    guard let samples = c.data else {
                        throw DicomError(.codec, "OpenJPEG decoded no samples for component \(index + 1)")
                    }
                    planes.append(Plane(samples: UnsafePointer(samples), width: Int(c.w), height: Int(c.h),
                                        precision: Int(c.prec), isSigned: c.sgnd != 0))
                }
                return try body(planes)
            }
        }
    }

    /// Encodes an image as a raw J2K codestream (one tile, one layer, LRCP, 64x64 code-blocks,
    /// up to 5 decomposition levels). `fill` writes each component's samples (row by row).
    static func encode(_ options: EncodeOptions,
                       fill: (_ component: Int, _ samples: UnsafeMutablePointer<Int32>) -> Void) throws(DicomError) -> [UInt8] {
        var parameters = [opj_image_cmptparm_t](repeating: opj_image_cmptparm_t(), count: options.components)
        for index in parameters.indices {
            parameters[index].dx = 1
            parameters[index].dy = 1
            parameters[index].w = UInt32(options.width)
            parameters[index].h = UInt32(options.height)
            parameters[index].prec = UInt32(options.precision)
            parameters[index].sgnd = options.isSigned ? 1 : 0
        }
        let colourSpace = options.components >= 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY
        guard let image = opj_image_create(UInt32(options.components), &parameters, colourSpace) else {
            throw DicomError(.codec, "OpenJPEG could not allocate a \(options.width)x\(options.height) image")
        }
        defer { opj_image_destroy(image) }
        image.pointee.x0 = 0
        image.pointee.y0 = 0
        image.pointee.x1 = UInt32(options.width)
        image.pointee.y1 = UInt32(options.height)
        for index in 0..<options.components {
            guard let samples = image.pointee.comps[index].data else {
                throw DicomError(.codec, "OpenJPEG allocated no samples for component \(index + 1)")
            }
            fill(index, samples)
        }

        // opj_cparameters_t is large (file-name buffers): keep it on the heap.
        let settings = UnsafeMutablePointer<opj_cparameters_t>.allocate(capacity: 1)
        defer { settings.deallocate() }
        settings.initialize(to: opj_cparameters_t())
        opj_set_default_encoder_parameters(settings)
        settings.pointee.tcp_numlayers = 1
        settings.pointee.cp_disto_alloc = 1
        settings.pointee.tcp_rates.0 = Float(options.compressionRatio > 1 ? options.compressionRatio : 0)
        settings.pointee.irreversible = options.reversible ? 0 : 1
        settings.pointee.tcp_mct = options.colourTransform ? 1 : 0
        // Every resolution level must keep at least one sample: 2^(levels) <= the smaller side.
        var resolutions = 1
        while resolutions < 6 && (min(options.width, options.height) >> resolutions) > 0 { resolutions += 1 }
        settings.pointee.numresolution = Int32(resolutions)

        guard let codec = opj_create_compress(OPJ_CODEC_J2K) else {
            throw DicomError(.codec, "OpenJPEG could not create an encoder")
        }
        defer { opj_destroy_codec(codec) }
        let messages = Messages()
        let sink = MemoryWriter(reserve: options.width * options.height * options.components * (options.precision + 7) / 8 / 2)
        return try withExtendedLifetime((messages, sink)) { () throws(DicomError) -> [UInt8] in
            opj_set_error_handler(codec, { message, context in
                guard let message, let context else { return }
                Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue().record(String(cString: message))
            }, Unmanaged.passUnretained(messages).toOpaque())
            opj_set_warning_handler(codec, { _, _ in }, nil)
            opj_set_info_handler(codec, { _, _ in }, nil)
            guard opj_setup_encoder(codec, settings, image) != 0 else {
                throw messages.error("OpenJPEG rejected the encoder settings")
            }
            _ = opj_codec_set_threads(codec, 0)
            guard let stream = opj_stream_create(1 << 20, 0) else {
                throw DicomError(.codec, "OpenJPEG could not create a stream")
            }
            defer { opj_stream_destroy(stream) }
            opj_stream_set_user_data(stream, Unmanaged.passUnretained(sink).toOpaque(), nil)
            opj_stream_set_write_function(stream, { buffer, count, context in
                guard let buffer, let context else { return -1 }
                return Unmanaged<MemoryWriter>.fromOpaque(context).takeUnretainedValue()
                    .write(UnsafeRawBufferPointer(start: buffer, count: count))
            })
            opj_stream_set_skip_function(stream, { count, context in
                guard let context else { return -1 }
                return Unmanaged<MemoryWriter>.fromOpaque(context).takeUnretainedValue().skip(count)
            })
            opj_stream_set_seek_function(stream, { offset, context in
                guard let context else { return 0 }
                return Unmanaged<MemoryWriter>.fromOpaque(context).takeUnretainedValue().seek(to: offset) ? 1 : 0
            })
            guard opj_start_compress(codec, image, stream) != 0,
                  opj_encode(codec, stream) != 0,
                  opj_end_compress(codec, stream) != 0 else {
                throw messages.error("OpenJPEG could not encode the frame")
            }
            return sink.bytes
        }
    }

    /// Collects OpenJPEG's error messages for the error we throw.
    private final class Messages {
        private var messages: [String] = []

        func record(_ message: String) {
            var text = Substring(message)
            while let last = text.last, last.isWhitespace { text.removeLast() }
            if messages.count < 8, !text.isEmpty { messages.append(String(text)) }
        }

        func error(_ summary: String) -> DicomError {
            let detail = messages.joined(separator: "; ")
            return DicomError(.codec, detail.isEmpty ? summary : "\(summary): \(detail)")
        }
    }

    /// A read stream over bytes the caller keeps alive.
    private final class MemoryReader {
        let base: UnsafeRawPointer
        let count: Int
        var position = 0

        init(base: UnsafeRawPointer, count: Int) {
            self.base = base
            self.count = count
        }

        /// OpenJPEG's read: bytes copied, or -1 (as size_t) at the end.
        func read(into buffer: UnsafeMutableRawPointer, count wanted: Int) -> Int {
            let available = count - position
            guard available > 0 else { return -1 }
            let n = min(wanted, available)
            buffer.copyMemory(from: base + position, byteCount: n)
            position += n
            return n
        }

        /// Skips forward or back; returns the bytes skipped, or -1 when nothing can be.
        func skip(_ offset: Int64) -> Int64 {
            let target = Int64(position) + offset
            guard target >= 0 else { return -1 }
            let clamped = min(target, Int64(count))
            if offset > 0 && clamped == Int64(position) { return -1 }
            defer { position = Int(clamped) }
            return clamped - Int64(position)
        }

        func seek(to offset: Int64) -> Bool {
            guard offset >= 0, offset <= Int64(count) else { return false }
            position = Int(offset)
            return true
        }
    }

    /// A write stream into a growing array.
    private final class MemoryWriter {
        var bytes: [UInt8] = []
        var position = 0

        init(reserve: Int) { bytes.reserveCapacity(max(reserve, 1024)) }

        func write(_ buffer: UnsafeRawBufferPointer) -> Int {
            let end = position + buffer.count
            if end > bytes.count { bytes.append(contentsOf: repeatElement(0, count: end - bytes.count)) }
            bytes.withUnsafeMutableBytes { target in
                UnsafeMutableRawBufferPointer(rebasing: target[position..<end]).copyMemory(from: buffer)
            }
            position = end
            return buffer.count
        }

        func skip(_ offset: Int64) -> Int64 {
            let target = Int64(position) + offset
            guard target >= 0, target <= Int64(Int32.max) else { return -1 }
            position = Int(target)
            if position > bytes.count { bytes.append(contentsOf: repeatElement(0, count: position - bytes.count)) }
            return offset
        }

        func seek(to offset: Int64) -> Bool {
            guard offset >= 0, offset <= Int64(bytes.count) else { return false }
            position = Int(offset)
            return true
        }
    }
}
