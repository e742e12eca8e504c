import FoundationEssentials

/// Reads the bits of an entropy-coded segment (T.81 F.2.2.5): most significant bit first,
/// 0xFF 0x00 read as 0xFF, and a marker ending the data. Past a marker or the end of the data it
/// supplies 0 bits, counting them, so a scan that needs them can be reported as truncated.
/// Valid only while the bytes it reads stay alive (use it inside `withBytes`).
struct JPEGBitReader {
    private let base: UnsafePointer<UInt8>?
    private let end: Int
    /// The offset of the next byte not yet taken into the bit buffer (at a marker once `atMarker`).
    private(set) var position: Int
    /// Bits not yet consumed, left-aligned.
    private var buffer: UInt64 = 0
    private var count = 0
    /// Zero bits appended after a marker or the end of the data.
    private var synthetic = 0
    /// True once a marker (or the end of the data) stopped the reading.
    private(set) var atMarker = false
    /// Restart markers read so far in this scan.
    private var restarts = 0

    init(_ data: UnsafeRawBufferPointer, at position: Int) {
        base = data.baseAddress?.assumingMemoryBound(to: UInt8.self)
        end = data.count
        self.position = min(position, data.count)
    }

    /// True when the decoder has consumed bits that are not in the data.
    var overran: Bool { synthetic > count }

    /// Fills the buffer to at least 57 bits.
    @inline(__always)
    private mutating func refill() {
        if !atMarker, position &+ 8 <= end, let base {
            let word = UInt64(bigEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            // No 0xFF byte among the next 8: take whole bytes without looking at each.
            if (~word &- 0x0101_0101_0101_0101) & word & 0x8080_8080_8080_8080 == 0 {
                let take = (64 &- count) >> 3
                let bits = take &* 8
                buffer |= (word &>> UInt64(64 &- bits)) &<< UInt64(64 &- count &- bits)
                count &+= bits
                position &+= take
                return
            }
        }
        refillBytes()
    }

    @inline(never)
    private mutating func refillBytes() {
        while count <= 56 {
            var byte: UInt64 = 0
            if !atMarker, position < end, let base {
                let b = base[position]
                if b != 0xFF {
                    byte = UInt64(b)
                    position += 1
                } else if position + 1 < end && base[position + 1] == 0 {
                    byte = 0xFF
                    position += 2
                } else {
                    atMarker = true
                    synthetic += 8
                }
            } else {
                atMarker = true
                synthetic += 8
            }
            buffer |= byte << UInt64(56 - count)
            count += 8
        }
    }

    /// The next `n` bits (1-24) without consuming them.
    @inline(__always)
    mutating func peek(_ n: Int) -> Int {
        if count < n { refill() }
        return Int(truncatingIfNeeded: buffer &>> UInt64(64 &- n))
    }

    /// Consumes `n` bits (at most what the last peek made available).
    @inline(__always)
    mutating func skip(_ n: Int) {
        buffer &<<= UInt64(n)
        count &-= n
    }

    /// Reads `n` bits (0-16) as an unsigned number.
    @inline(__always)
    mutating func read(_ n: Int) -> Int {
        if n == 0 { return 0 }
        let value = peek(n)
        skip(n)
        return value
    }

    /// Reads `n` extra bits (1-16) and extends them to a signed difference (T.81 F.2.2.1 EXTEND).
    @inline(__always)
    mutating func receiveExtend(_ n: Int) -> Int {
        let value = read(n)
        return value < 1 << (n &- 1) ? value &- (1 << n) &+ 1 : value
    }

    /// At the end of a restart interval: drops the padding bits of the last byte and reads the
    /// RSTn marker that must follow (after any fill bytes), numbered 0-7 in turn from the start
    /// of the scan. Anything else (lost or extra data) is an error, never skipped over.
    mutating func readRestartMarker() throws(DicomError) {
        guard !overran else { throw jpegCodecError("entropy-coded data ends inside a restart interval", offset: position) }
        guard count - synthetic < 8 else {
            throw jpegCodecError("a restart interval has more data than its samples need", offset: position)
        }
        buffer = 0
        count = 0
        synthetic = 0
        atMarker = false
        let expected = JPEGMarker.rst0 + UInt8(restarts & 7)
        guard let base else { throw jpegCodecError("missing restart marker") }
        while position + 1 < end && base[position] == 0xFF && base[position + 1] == 0xFF { position += 1 }
        guard position + 1 < end, base[position] == 0xFF, base[position + 1] == expected else {
            let found = position + 1 < end && base[position] == 0xFF ? JPEGMarker.name(base[position + 1]) : "data"
            throw jpegCodecError("expected \(JPEGMarker.name(expected)), found \(found)", offset: position)
        }
        position += 2
        restarts += 1
    }

    /// Where parsing continues after the scan; throws when the scan needed more data than there is.
    func finish() throws(DicomError) -> Int {
        guard !overran else {
            throw jpegCodecError("entropy-coded data ends before the scan is complete (truncated or corrupt)", offset: position)
        }
        return position
    }
}

/// Writes entropy-coded data: bits most significant first, a 0x00 stuffed after every 0xFF.
struct JPEGBitWriter {
    private(set) var bytes: [UInt8]
    private var accumulator: UInt64 = 0
    private var count = 0

    init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends the low `n` bits (0-32) of `bits`.
    @inline(__always)
    mutating func write(_ bits: UInt64, count n: Int) {
        accumulator = accumulator &<< UInt64(n) | bits & ((1 &<< UInt64(n)) &- 1)
        count &+= n
        if count >= 32 { emit32() }
    }

    @inline(__always)
    mutating func write(_ bits: UInt32, count n: Int) { write(UInt64(bits), count: n) }

    /// Moves the oldest 32 bits of the accumulator (which holds 32-63) to the output.
    @inline(__always)
    private mutating func emit32() {
        count &-= 32
        let word = UInt32(truncatingIfNeeded: accumulator &>> UInt64(count))
        if (~word &- 0x0101_0101) & word & 0x8080_8080 == 0 {  // no 0xFF byte
            bytes.append(UInt8(truncatingIfNeeded: word >> 24))
            bytes.append(UInt8(truncatingIfNeeded: word >> 16))
            bytes.append(UInt8(truncatingIfNeeded: word >> 8))
            bytes.append(UInt8(truncatingIfNeeded: word))
        } else {
            for shift in [24, 16, 8, 0] {
                let byte = UInt8(truncatingIfNeeded: word >> UInt32(shift))
                bytes.append(byte)
                if byte == 0xFF { bytes.append(0) }
            }
        }
    }

    /// Pads the last byte with 1 bits (T.81 F.1.2.3) and writes out everything.
    mutating func flush() {
        let pad = (8 - count % 8) % 8
        if pad > 0 {
            accumulator = accumulator &<< UInt64(pad) | ((1 << UInt64(pad)) - 1)
            count += pad
        }
        while count >= 8 {
            count -= 8
            let byte = UInt8(truncatingIfNeeded: accumulator &>> UInt64(count))
            bytes.append(byte)
            if byte == 0xFF { bytes.append(0) }
        }
    }

    /// Pads the last byte and writes a marker (RSTn) without stuffing.
    mutating func marker(_ m: UInt8) {
        flush()
        bytes.append(0xFF)
        bytes.append(m)
    }
}
