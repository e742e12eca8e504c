import CZlib
import FoundationEssentials

/// Raw deflate (RFC 1951, no zlib header), as Deflated Explicit VR Little Endian uses it.
enum Deflate {
    /// Inflates `input`, refusing output larger than `limit` bytes.
    static func inflate(_ input: Data, limit: Int) throws(DicomError) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DicomError(.io, "zlib inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunkSize = 1 << 18
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var status: Int32 = Z_OK
        let result: DicomError? = input.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> DicomError? in
            let base = source.bindMemory(to: Bytef.self).baseAddress
            var consumed = 0
            repeat {
                feed(&stream, base, total: source.count, consumed: &consumed)
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunkSize - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && produced > 0) {
                    return DicomError(.invalidValue, "deflated dataset is corrupt (zlib status \(status))")
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    return DicomError(.invalidLength, "deflated dataset inflates past the \(limit)-byte limit")
                }
                if produced == 0 && status != Z_STREAM_END {
                    return stream.avail_in == 0 && consumed == source.count
                        ? DicomError(.truncated, "deflated dataset ends before its end-of-stream marker")
                        : DicomError(.invalidValue, "deflated dataset makes no progress")
                }
            } while status != Z_STREAM_END
            return nil
        }
        if let result { throw result }
        return output
    }

    /// Deflates `input` with the best compression.
    static func deflate(_ input: Data) throws(DicomError) -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DicomError(.io, "zlib deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        var output = Data()
        let chunkSize = 1 << 18
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        input.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            let base = source.bindMemory(to: Bytef.self).baseAddress
            var consumed = 0
            var status: Int32 = Z_OK
            repeat {
                feed(&stream, base, total: source.count, consumed: &consumed)
                let finishing = consumed == source.count
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    status = CZlib.deflate(&stream, finishing ? Z_FINISH : Z_NO_FLUSH)
                    return chunkSize - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK || status == Z_BUF_ERROR && consumed < source.count
        }
        return output
    }

    /// Gives zlib the next part of the input once it has used the last (zlib's counters are 32-bit).
    private static func feed(_ stream: inout z_stream, _ base: UnsafePointer<Bytef>?, total: Int, consumed: inout Int) {
        guard stream.avail_in == 0, consumed < total, let base else { return }
        let part = min(total - consumed, Int(UInt32.max / 2))
        stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
        stream.avail_in = uInt(part)
        consumed += part
    }
}
