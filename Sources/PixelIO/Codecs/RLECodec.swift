/// RLE Lossless (PS3.5 Annex G): one frame of pixel samples to and from its RLE segments.
///
/// Frame layout (G.4/G.5): a 64-byte header of 16 little-endian UInt32 values (the segment
/// count, then the byte offsets of up to 15 segments from the start of the frame data), then the
/// segments. Each segment holds one byte of each sample of one sample plane, PackBits-encoded
/// (G.3.1): the most significant byte of sample 0 first, then its next byte, ..., then sample 1.
///
/// Decoding policy (hostile input never crashes, hangs or allocates more than the frame):
/// - The segment count must be exactly samplesPerPixel × bytesPerSample (1...15); the offsets of the
///   used segments must start at or after the header, strictly increase and lie inside the data.
///   Offsets of unused header slots are ignored (they should be zero).
/// - A segment that decodes to fewer bytes than rows × columns is an error (no zero fill): its
///   pixels would be partly invented.
/// - A segment that decodes to more bytes is accepted and truncated when the surplus is at most one
///   row (`columns` bytes): a pad byte, trailing no-ops, or a last run or literal that overshoots the
///   end, as some encoders write. A larger surplus means the frame does not match the stated
///   geometry and is an error. A literal whose header promises more bytes than the segment holds is
///   accepted only when every byte the frame needs is present.
/// - -128 (0x80) is a no-op, as G.3.2 says.
/// Compared with the reference decoders on crafted frames: both accept bytes after a full segment;
/// dcmtk (dcmdrle) also accepts any overshoot and zero-fills short segments, GDCM rejects an op
/// that overshoots the segment end. We sit between: bounded overshoot yes, zero fill never.
/// - BitsAllocated 1 is rejected: packed-bit RLE is not defined usefully by Annex G and the
///   reference decoders (dcmtk, GDCM) refuse it too.
public enum RLECodec {
    /// Size of the RLE header: the segment count and 15 segment offsets, each a little-endian UInt32.
    static let headerSize = 64
    /// The most segments one frame can have.
    static let maxSegments = 15
    /// The most output bytes one PackBits op can produce from the fewest input bytes (a run: 2 → 128).
    static let maxExpansion = 64

    /// Decodes one frame. `encoded` is the frame's data (its fragments concatenated): the 64-byte header (segment count + 15 offsets) then the segments.
    /// Output: native pixel bytes, rows*columns*samplesPerPixel*(bitsAllocated/8) bytes, samples little-endian, in planar configuration `planar` (false = interleaved R G B R G B..., true = all R then all G then all B).
    public static func decodeFrame(_ encoded: UnsafeRawBufferPointer, rows: Int, columns: Int, samplesPerPixel: Int, bitsAllocated: Int, planar: Bool) throws(DicomError) -> [UInt8] {
        let layout = try Layout(rows: rows, columns: columns, samplesPerPixel: samplesPerPixel,
                                bitsAllocated: bitsAllocated, planar: planar)
        let ranges = try segmentRanges(encoded, layout: layout)
        guard let source = encoded.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            throw DicomError(.codec, "RLE frame data is empty", offset: 0)
        }

        var failure: DicomError? = nil
        // Every output byte is written by exactly one segment, so the array needs no zero fill.
        let output = [UInt8](unsafeUninitializedCapacity: layout.frameBytes) { out, initialized in
            initialized = 0
            let base = out.baseAddress!
            let pixels = layout.pixelCount
            // A segment whose bytes are not contiguous in the output (interleaved samples, or more
            // than one byte per sample) is decoded here first, then spread out: block copies in
            // the decoder and one simple strided pass beat strided writes inside the decoder.
            var scratch: UnsafeMutablePointer<UInt8>? = nil
            defer { scratch?.deallocate() }
            for segment in 0..<layout.segmentCount {
                let (start, stride) = layout.placement(ofSegment: segment)
                let range = ranges[segment]
                let target: UnsafeMutablePointer<UInt8>
                if stride == 1 {
                    target = base + start
                } else {
                    if scratch == nil { scratch = .allocate(capacity: pixels) }
                    target = scratch!
                }
                if let error = unpackSegment(source + range.lowerBound, count: range.count,
                                             into: target, expected: pixels,
                                             tolerance: layout.columns, segment: segment,
                                             segmentOffset: range.lowerBound) {
                    failure = error
                    return
                }
                if stride != 1 {
                    scatter(target, count: pixels, into: base + start, stride: stride)
                }
            }
            initialized = layout.frameBytes
        }
        if let failure { throw failure }
        return output
    }

    /// Encodes one frame of native pixel bytes (layout as above) into RLE frame data (header + segments, each segment padded to even length, each row encoded separately per G.3.1 so no run crosses a row boundary).
    public static func encodeFrame(_ pixels: UnsafeRawBufferPointer, rows: Int, columns: Int, samplesPerPixel: Int, bitsAllocated: Int, planar: Bool) throws(DicomError) -> [UInt8] {
        let layout = try Layout(rows: rows, columns: columns, samplesPerPixel: samplesPerPixel,
                                bitsAllocated: bitsAllocated, planar: planar)
        guard pixels.count == layout.frameBytes else {
            throw DicomError(.codec, "RLE encoder: frame has \(pixels.count) bytes, expected \(layout.frameBytes) (\(rows)×\(columns)×\(samplesPerPixel) samples of \(bitsAllocated) bits)")
        }
        let source = pixels.baseAddress!.assumingMemoryBound(to: UInt8.self)

        // Worst case per row of n bytes is n + n/128 + 1 (see encodeRow); one pad byte per segment.
        let rowBound = columns + columns / 128 + 1
        let (segmentBound, o1) = rows.multipliedReportingOverflow(by: rowBound)
        let (allSegments, o2) = (segmentBound + 1).multipliedReportingOverflow(by: layout.segmentCount)
        // Segment offsets are 32-bit; refuse frames whose worst case could not be addressed.
        guard !o1, !o2, allSegments <= Int(UInt32.max) - headerSize else {
            throw DicomError(.codec, "RLE encoder: frame of \(layout.frameBytes) bytes is too large for 32-bit segment offsets")
        }
        return [UInt8](unsafeUninitializedCapacity: headerSize + allSegments) { out, initialized in
            let base = out.baseAddress!
            for k in 0..<headerSize { base[k] = 0 }
            let rowBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: columns)
            defer { rowBuffer.deallocate() }
            var position = headerSize
            storeLE32(UInt32(layout.segmentCount), at: base)
            for segment in 0..<layout.segmentCount {
                storeLE32(UInt32(position), at: base + 4 + 4 * segment)
                let (start, stride) = layout.placement(ofSegment: segment)
                for row in 0..<rows {
                    let rowStart = start + row * columns * stride
                    let rowBytes: UnsafePointer<UInt8>
                    if stride == 1 {
                        rowBytes = UnsafePointer(source + rowStart)
                    } else {
                        gather(source + rowStart, stride: stride, count: columns, into: rowBuffer)
                        rowBytes = UnsafePointer(rowBuffer)
                    }
                    position += encodeRow(rowBytes, count: columns, into: base + position)
                }
                if position & 1 == 1 {  // the header is 64 bytes, so segment lengths and positions share parity
                    base[position] = 0  // pad to even length, as most encoders do
                    position += 1
                }
            }
            initialized = position
        }
    }
}

// MARK: - Geometry

extension RLECodec {
    /// The frame's geometry, validated, and where each segment's bytes live in native pixel data.
    struct Layout {
        let rows: Int
        let columns: Int
        let samplesPerPixel: Int
        let bytesPerSample: Int
        let planar: Bool
        let pixelCount: Int
        let frameBytes: Int
        var segmentCount: Int { samplesPerPixel * bytesPerSample }

        init(rows: Int, columns: Int, samplesPerPixel: Int, bitsAllocated: Int, planar: Bool) throws(DicomError) {
            guard rows > 0, columns > 0 else {
                throw DicomError(.codec, "RLE: invalid frame size \(rows)×\(columns)")
            }
            guard samplesPerPixel > 0 else {
                throw DicomError(.codec, "RLE: invalid Samples per Pixel \(samplesPerPixel)")
            }
            switch bitsAllocated {
            case 8, 16, 32, 64:
                break
            case 1:
                throw DicomError(.codec, "RLE: Bits Allocated 1 (packed bits) is not supported by RLE Lossless")
            default:
                throw DicomError(.codec, "RLE: unsupported Bits Allocated \(bitsAllocated) (expected 8, 16, 32 or 64)")
            }
            let bytes = bitsAllocated / 8
            guard samplesPerPixel * bytes <= RLECodec.maxSegments else {
                throw DicomError(.codec, "RLE: \(samplesPerPixel) samples of \(bitsAllocated) bits need \(samplesPerPixel * bytes) segments, more than 15")
            }
            let (pixels, o1) = rows.multipliedReportingOverflow(by: columns)
            let (total, o2) = pixels.multipliedReportingOverflow(by: samplesPerPixel * bytes)
            guard !o1, !o2 else {
                throw DicomError(.codec, "RLE: frame size \(rows)×\(columns) overflows")
            }
            self.rows = rows
            self.columns = columns
            self.samplesPerPixel = samplesPerPixel
            self.bytesPerSample = bytes
            self.planar = planar
            self.pixelCount = pixels
            self.frameBytes = total
        }

        /// Where segment `segment`'s first byte goes in native little-endian pixel data, and the
        /// distance between its consecutive bytes.
        func placement(ofSegment segment: Int) -> (start: Int, stride: Int) {
            let sample = segment / bytesPerSample
            // Segments run from most to least significant byte; native samples are little-endian.
            let byteInSample = bytesPerSample - 1 - segment % bytesPerSample
            if planar {
                return (sample * pixelCount * bytesPerSample + byteInSample, bytesPerSample)
            }
            return (sample * bytesPerSample + byteInSample, samplesPerPixel * bytesPerSample)
        }
    }

    /// Validates the RLE header and returns each used segment's byte range in `encoded`.
    static func segmentRanges(_ encoded: UnsafeRawBufferPointer, layout: Layout) throws(DicomError) -> [Range<Int>] {
        guard encoded.count >= headerSize else {
            throw DicomError(.codec, "RLE frame is \(encoded.count) bytes, shorter than its 64-byte header", offset: 0)
        }
        let count = Int(loadLE32(encoded, at: 0))
        guard count >= 1, count <= maxSegments else {
            throw DicomError(.codec, "RLE header gives \(count) segments (must be 1 to 15)", offset: 0)
        }
        guard count == layout.segmentCount else {
            throw DicomError(.codec, "RLE header gives \(count) segments, but \(layout.samplesPerPixel) samples of \(layout.bytesPerSample * 8) bits need \(layout.segmentCount)", offset: 0)
        }
        var starts: [Int] = []
        starts.reserveCapacity(count + 1)
        for index in 0..<count {
            let offset = Int(loadLE32(encoded, at: 4 + 4 * index))
            guard offset >= headerSize else {
                throw DicomError(.codec, "RLE segment \(index) offset \(offset) overlaps the 64-byte header", offset: 4 + 4 * index)
            }
            guard offset < encoded.count else {
                throw DicomError(.codec, "RLE segment \(index) offset \(offset) is beyond the \(encoded.count) bytes of frame data", offset: 4 + 4 * index)
            }
            if let previous = starts.last, offset <= previous {
                throw DicomError(.codec, "RLE segment \(index) offset \(offset) does not follow segment \(index - 1) offset \(previous)", offset: 4 + 4 * index)
            }
            starts.append(offset)
        }
        starts.append(encoded.count)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        for index in 0..<count {
            let range = starts[index]..<starts[index + 1]
            // A run turns 2 input bytes into at most 128: a segment shorter than this can never
            // fill its plane. Checked before the output is allocated, so a tiny hostile frame
            // claiming huge dimensions is refused cheaply.
            let (reach, overflow) = range.count.multipliedReportingOverflow(by: maxExpansion)
            if !overflow && reach < layout.pixelCount {
                throw DicomError(.codec, "RLE segment \(index) has \(range.count) bytes, too few to decode to \(layout.pixelCount)", offset: range.lowerBound)
            }
            ranges.append(range)
        }
        return ranges
    }

    @inline(__always)
    static func loadLE32(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    static func storeLE32(_ value: UInt32, at pointer: UnsafeMutablePointer<UInt8>) {
        pointer[0] = UInt8(truncatingIfNeeded: value)
        pointer[1] = UInt8(truncatingIfNeeded: value >> 8)
        pointer[2] = UInt8(truncatingIfNeeded: value >> 16)
        pointer[3] = UInt8(truncatingIfNeeded: value >> 24)
    }
}

// MARK: - PackBits

extension RLECodec {
    /// Decodes one PackBits segment of `count` bytes into exactly `expected` bytes at `target`.
    /// Returns nil on success, or why it failed. Surplus output up to `tolerance` bytes is dropped.
    static func unpackSegment(_ source: UnsafePointer<UInt8>, count: Int,
                              into target: UnsafeMutablePointer<UInt8>, expected: Int,
                              tolerance: Int, segment: Int, segmentOffset: Int) -> DicomError? {
        var input = 0
        var output = 0
        var surplus = 0
        while output < expected {
            guard input < count else {
                return DicomError(.codec, "RLE segment \(segment) decodes to \(output) bytes, expected \(expected)", offset: segmentOffset + input)
            }
            let header = Int(source[input])
            input += 1
            if header < 128 {
                // Literal: copy the next header+1 bytes.
                let length = header + 1
                let wanted = min(length, expected - output)
                guard wanted <= count - input else {
                    return DicomError(.codec, "RLE segment \(segment): a \(length)-byte literal runs past the segment end", offset: segmentOffset + input - 1)
                }
                if wanted <= 16 && expected - output >= 16 && count - input >= 16 {
                    // Short literal with room on both sides: copy 16 bytes, keep `wanted`.
                    let raw = UnsafeMutableRawPointer(target + output)
                    let from = UnsafeRawPointer(source + input)
                    raw.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                    raw.storeBytes(of: from.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
                } else {
                    (target + output).update(from: source + input, count: wanted)
                }
                output += wanted
                surplus += min(length, count - input) - wanted
                input += length
            } else if header > 128 {
                // Run: repeat the next byte 257-header times.
                let length = 257 - header
                guard input < count else {
                    return DicomError(.codec, "RLE segment \(segment): run has no byte to repeat", offset: segmentOffset + input - 1)
                }
                let wanted = min(length, expected - output)
                if wanted <= 16 && expected - output >= 16 {
                    // Short run with room: write 16 copies, keep `wanted`.
                    let word = UInt64(source[input]) &* 0x0101_0101_0101_0101
                    let raw = UnsafeMutableRawPointer(target + output)
                    raw.storeBytes(of: word, as: UInt64.self)
                    raw.storeBytes(of: word, toByteOffset: 8, as: UInt64.self)
                } else {
                    (target + output).update(repeating: source[input], count: wanted)
                }
                output += wanted
                surplus += length - wanted
                input += 1
            }
            // header == 128: no-op.
        }
        // Whatever follows a full segment decodes to surplus bytes; count them without writing.
        while input < count && surplus <= tolerance {
            let header = Int(source[input])
            input += 1
            if header < 128 {
                let length = header + 1
                surplus += min(length, count - input)  // a trailing pad byte adds nothing
                input += length
            } else if header > 128 {
                if input < count { surplus += 257 - header }
                input += 1
            }
        }
        if surplus > tolerance {
            return DicomError(.codec, "RLE segment \(segment) decodes to more than \(expected + tolerance) bytes, expected \(expected): the frame does not match its stated size", offset: segmentOffset)
        }
        return nil
    }

    /// PackBits-encodes one row of `count` bytes at `target`; returns the bytes written.
    /// A run of 2 or more bytes at the current position becomes a replicate run; otherwise a literal
    /// extends until a run of 3 or more begins (a run of 2 inside a literal costs nothing extra
    /// there), the row ends, or it reaches 128 bytes.
    /// Output is at most count + count/128 + 1 bytes: a run writes 2 bytes for 2 or more covered; a
    /// literal writes one byte more than it covers, but a literal closed by a following run of 3 or
    /// more is paid for by that run's saving, so only literals closed by reaching 128 bytes (at most
    /// count/128) and the row's last one add a byte.
    static func encodeRow(_ source: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        let bytes = UnsafeRawPointer(source)
        var output = 0
        var index = 0
        while index < count {
            let value = source[index]
            let limit = min(count, index + 128)
            var end = index + 1
            // Run length, eight bytes at a time while they fit.
            let pattern = UInt64(value) &* 0x0101_0101_0101_0101
            while end + 8 <= limit {
                let differ = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self)) ^ pattern
                if differ != 0 {
                    end += differ.trailingZeroBitCount >> 3
                    break
                }
                end += 8
            }
            if end + 8 > limit {
                while end < limit && source[end] == value { end += 1 }
            }
            if end - index >= 2 {
                target[output] = UInt8(truncatingIfNeeded: 257 - (end - index))
                target[output + 1] = value
                output += 2
                index = end
                continue
            }
            // Literal from index: stop before a run of 3, at the row end, or after 128 bytes.
            // `end` is index + 1 here, and source[end] (if any) differs from source[index].
            let tripleLimit = count - 2
            // Eight candidate positions at a time: byte k of (a ^ b) | (b ^ c) is zero exactly when
            // source[end+k] == source[end+k+1] == source[end+k+2]; the lowest zero byte flagged by
            // the has-zero-byte test is exact (false flags only appear above a true zero).
            while end + 10 <= count && end < limit {
                let a = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self))
                let b = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end + 1, as: UInt64.self))
                let c = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end + 2, as: UInt64.self))
                let v = (a ^ b) | (b ^ c)
                let zero = (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
                if zero != 0 {
                    end = min(end + (zero.trailingZeroBitCount >> 3), limit)
                    break
                }
                end = min(end + 8, limit)
            }
            while end < limit {
                if end < tripleLimit && source[end] == source[end + 1] && source[end] == source[end + 2] { break }
                end += 1
            }
            let length = end - index
            target[output] = UInt8(truncatingIfNeeded: length - 1)
            (target + output + 1).update(from: source + index, count: length)
            output += length + 1
            index = end
        }
        assert(output <= count + count / 128 + 1, "RLE row encoding exceeded its bound")
        return output
    }

    /// Copies `count` consecutive bytes to positions `stride` apart.
    @inline(__always)
    static func scatter(_ source: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>, stride: Int) {
        var t = target
        for i in 0..<count {
            t.pointee = source[i]
            t += stride
        }
    }

    /// Copies `count` bytes spaced `stride` apart into consecutive bytes.
    @inline(__always)
    static func gather(_ source: UnsafePointer<UInt8>, stride: Int, count: Int, into target: UnsafeMutablePointer<UInt8>) {
        var s = source
        for i in 0..<count {
            target[i] = s.pointee
            s += stride
        }
    }

}
