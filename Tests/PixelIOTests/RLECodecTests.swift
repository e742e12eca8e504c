import Testing
@testable import PixelIO
import TestSupport

/// Tests for the RLE Lossless codec (PS3.5 Annex G).
@Suite struct RLECodecTests {

    // MARK: - Helpers

    struct Geometry: CustomStringConvertible {
        var rows: Int, columns: Int, samples: Int, bits: Int, planar: Bool
        var frameBytes: Int { rows * columns * samples * bits / 8 }
        var segments: Int { samples * bits / 8 }
        var description: String { "\(rows)x\(columns) spp=\(samples) bits=\(bits) planar=\(planar)" }
    }

    static func decode(_ bytes: [UInt8], _ g: Geometry) throws -> [UInt8] {
        try bytes.withUnsafeBytes {
            try RLECodec.decodeFrame($0, rows: g.rows, columns: g.columns, samplesPerPixel: g.samples,
                                     bitsAllocated: g.bits, planar: g.planar)
        }
    }

    static func encode(_ bytes: [UInt8], _ g: Geometry) throws -> [UInt8] {
        try bytes.withUnsafeBytes {
            try RLECodec.encodeFrame($0, rows: g.rows, columns: g.columns, samplesPerPixel: g.samples,
                                     bitsAllocated: g.bits, planar: g.planar)
        }
    }

    /// Native pixel bytes with flat areas (runs), ramps and noise, so both op kinds appear.
    static func sampleImage(_ g: Geometry, seed: UInt64) -> [UInt8] {
        var rng = SeededGenerator(seed: seed)
        var out = [UInt8](repeating: 0, count: g.frameBytes)
        for i in out.indices {
            let pixel = i / (g.samples * g.bits / 8)
            let (row, column) = (pixel / g.columns, pixel % g.columns)
            switch (row + column / 9) % 4 {
            case 0: out[i] = 0x5A  // flat
            case 1: out[i] = UInt8(truncatingIfNeeded: column &* 3 &+ i % 7)  // ramp
            case 2: out[i] = rng.byte()  // noise
            default: out[i] = i % 2 == 0 ? 0 : 0xFF
            }
        }
        return out
    }

    /// A 64-byte RLE header followed by the given segments.
    static func frame(_ segments: [[UInt8]], count: Int? = nil, offsets: [Int]? = nil) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 64)
        func put(_ value: Int, at index: Int) {
            for k in 0..<4 { header[index + k] = UInt8(truncatingIfNeeded: value >> (8 * k)) }
        }
        put(count ?? segments.count, at: 0)
        var position = 64
        for (i, segment) in segments.enumerated() {
            put(offsets?[i] ?? position, at: 4 + 4 * i)
            position += segment.count
        }
        return header + segments.flatMap { $0 }
    }

    /// Reads header word `index` of an encoded frame.
    static func headerWord(_ encoded: [UInt8], _ index: Int) -> Int {
        (0..<4).reduce(0) { $0 | Int(encoded[4 * index + $1]) << (8 * $1) }
    }

    /// Splits an encoded frame into its segments using the header.
    static func segments(of encoded: [UInt8]) -> [ArraySlice<UInt8>] {
        let count = headerWord(encoded, 0)
        return (0..<count).map { i in
            let start = headerWord(encoded, 1 + i)
            let end = i + 1 < count ? headerWord(encoded, 2 + i) : encoded.count
            return encoded[start..<end]
        }
    }

    // MARK: - Round trips

    static let roundTripCases: [Geometry] = [
        Geometry(rows: 37, columns: 41, samples: 1, bits: 8, planar: false),
        Geometry(rows: 64, columns: 300, samples: 1, bits: 16, planar: false),
        Geometry(rows: 30, columns: 50, samples: 3, bits: 8, planar: false),
        Geometry(rows: 30, columns: 50, samples: 3, bits: 8, planar: true),
        Geometry(rows: 20, columns: 33, samples: 1, bits: 32, planar: false),
        Geometry(rows: 11, columns: 13, samples: 3, bits: 16, planar: false),
        Geometry(rows: 11, columns: 13, samples: 3, bits: 16, planar: true),
        Geometry(rows: 9, columns: 10, samples: 1, bits: 64, planar: false),
        Geometry(rows: 1, columns: 1, samples: 1, bits: 8, planar: false),
    ]

    @Test(arguments: roundTripCases)
    func roundTrip(_ g: Geometry) throws {
        let pixels = Self.sampleImage(g, seed: UInt64(g.frameBytes))
        let encoded = try Self.encode(pixels, g)
        #expect(Self.headerWord(encoded, 0) == g.segments)
        #expect(Self.headerWord(encoded, 1) == 64)
        for segment in Self.segments(of: encoded) {
            #expect(segment.count % 2 == 0, "each segment is padded to even length")
        }
        let decoded = try Self.decode(encoded, g)
        #expect(decoded == pixels)
    }

    @Test func flatFrameCompresses() throws {
        let g = Geometry(rows: 16, columns: 16, samples: 1, bits: 16, planar: false)
        let pixels = [UInt8](repeating: 0x42, count: g.frameBytes)
        let encoded = try Self.encode(pixels, g)
        // Two segments of 16 rows × one run op (2 bytes) each.
        #expect(encoded.count == 64 + 2 * 16 * 2)
        #expect(try Self.decode(encoded, g) == pixels)
    }

    @Test func incompressibleFrameStaysWithinBound() throws {
        var rng = SeededGenerator(seed: 99)
        let g = Geometry(rows: 8, columns: 1000, samples: 1, bits: 8, planar: false)
        let pixels = (0..<g.frameBytes).map { _ in rng.byte() }
        let encoded = try Self.encode(pixels, g)
        // Per row at most columns + columns/128 + 1 bytes, plus header and pad.
        #expect(encoded.count <= 64 + 8 * (1000 + 1000 / 128 + 1) + 1)
        #expect(try Self.decode(encoded, g) == pixels)
    }

    // MARK: - Hand-written fixtures

    @Test func decodesLiteralRunAndNoOp() throws {
        // 2 rows × 4 columns, 8-bit: literal [1 2 3], no-op, run of 4 × 9, literal [7].
        let segment: [UInt8] = [0x02, 1, 2, 3, 0x80, 0xFD, 9, 0x00, 7]
        let g = Geometry(rows: 2, columns: 4, samples: 1, bits: 8, planar: false)
        #expect(try Self.decode(Self.frame([segment]), g) == [1, 2, 3, 9, 9, 9, 9, 7])
    }

    @Test func decodesMostSignificantSegmentFirstToLittleEndian() throws {
        // 1×2, 16-bit: high bytes literal [0x12 0x56], low bytes run of 2 × 0x34.
        let g = Geometry(rows: 1, columns: 2, samples: 1, bits: 16, planar: false)
        let encoded = Self.frame([[0x01, 0x12, 0x56], [0xFF, 0x34]])
        #expect(try Self.decode(encoded, g) == [0x34, 0x12, 0x34, 0x56])
    }

    @Test func decodesColourInBothPlanarConfigurations() throws {
        // 1×2 RGB: R = run of 10, G = [20 21], B = [30 31].
        let encoded = Self.frame([[0xFF, 10], [0x01, 20, 21], [0x01, 30, 31]])
        var g = Geometry(rows: 1, columns: 2, samples: 3, bits: 8, planar: false)
        #expect(try Self.decode(encoded, g) == [10, 20, 30, 10, 21, 31])
        g.planar = true
        #expect(try Self.decode(encoded, g) == [10, 10, 20, 21, 30, 31])
    }

    @Test func encodesKnownBytes() throws {
        // 1 row × 8 columns: [1 2 3] then 5 × 7 → literal of 3, run of 5, no pad (6 bytes).
        let g = Geometry(rows: 1, columns: 8, samples: 1, bits: 8, planar: false)
        let encoded = try Self.encode([1, 2, 3, 7, 7, 7, 7, 7], g)
        #expect(encoded == Self.frame([[0x02, 1, 2, 3, 0xFC, 7]]))
    }

    @Test func encodesSegmentOrderAndPadding() throws {
        // 1×1, 16-bit value 0xABCD: high byte segment first; a one-byte literal op is already
        // 2 bytes long, so neither segment needs a pad byte.
        let g = Geometry(rows: 1, columns: 1, samples: 1, bits: 16, planar: false)
        let encoded = try Self.encode([0xCD, 0xAB], g)
        #expect(encoded == Self.frame([[0x00, 0xAB], [0x00, 0xCD]]))
        // 1×3, 8-bit [1 2 3]: a 4-byte literal op is padded to even length.
        let g3 = Geometry(rows: 1, columns: 3, samples: 1, bits: 8, planar: false)
        let padded = try Self.encode([1, 2, 3], g3)
        #expect(padded.count == 64 + 4)
        let odd = try Self.encode([1, 2, 3, 4], Geometry(rows: 1, columns: 4, samples: 1, bits: 8, planar: false))
        #expect(odd.count == 64 + 6, "5 bytes of ops plus one pad byte")
    }

    // MARK: - Rows

    /// Walks a segment's ops and returns the output length after each op; a final pad byte (a
    /// literal header with no data after it) is not an op.
    static func opEnds(_ segment: ArraySlice<UInt8>) -> [Int] {
        var ends: [Int] = []
        var produced = 0
        var i = segment.startIndex
        while i < segment.endIndex {
            let header = Int(segment[i])
            i += 1
            if i == segment.endIndex && header == 0 { break }
            if header < 128 {
                produced += header + 1
                i += header + 1
            } else if header > 128 {
                produced += 257 - header
                i += 1
            } else {
                continue
            }
            ends.append(produced)
        }
        return ends
    }

    @Test func constantRowsAreEncodedRowByRow() throws {
        // A flat 4×10 frame: a single run would cover it, but each row gets its own run of 10.
        let g = Geometry(rows: 4, columns: 10, samples: 1, bits: 8, planar: false)
        let encoded = try Self.encode([UInt8](repeating: 5, count: 40), g)
        let fourRuns: [UInt8] = [0xF7, 5, 0xF7, 5, 0xF7, 5, 0xF7, 5]
        #expect(encoded == Self.frame([fourRuns]))
    }

    @Test(arguments: [3, 7, 128, 129, 300], [false, true])
    func noOpCrossesARow(columns: Int, colour16: Bool) throws {
        let g = colour16 ? Geometry(rows: 6, columns: columns, samples: 3, bits: 16, planar: false)
                         : Geometry(rows: 6, columns: columns, samples: 1, bits: 8, planar: false)
        // Flat rows, and rows that end and begin with the same value, tempt an encoder to run
        // across the row boundary.
        var pixels = Self.sampleImage(g, seed: 5)
        let rowBytes = g.frameBytes / g.rows
        let edge = min(rowBytes, 12)
        for i in 0..<(3 * rowBytes) { pixels[i] = 0x77 }
        for row in 3..<(g.rows - 1) {
            for k in 0..<edge {
                pixels[(row + 1) * rowBytes - edge + k] = 0x33
                pixels[(row + 1) * rowBytes + k] = 0x33
            }
        }
        let encoded = try Self.encode(pixels, g)
        let rowEnds = Set((1...g.rows).map { $0 * columns })
        for segment in Self.segments(of: encoded) {
            let ends = Self.opEnds(segment)
            // Every row end is the end of some op, and no op ends beyond the frame.
            #expect(rowEnds.isSubset(of: Set(ends)))
            #expect(ends.last == g.rows * columns)
        }
        #expect(try Self.decode(encoded, g) == pixels)
    }

    // MARK: - Malformed input

    static let grey8 = Geometry(rows: 2, columns: 4, samples: 1, bits: 8, planar: false)
    static let validSegment: [UInt8] = [0xF9, 1]  // run of 8

    static func expectCodecError(_ bytes: [UInt8], _ comment: Comment, geometry g: Geometry = grey8,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let error = #expect(throws: DicomError.self, comment, sourceLocation: sourceLocation) {
            try decode(bytes, g)
        }
        #expect(error?.code == .codec, sourceLocation: sourceLocation)
    }

    @Test func validFixtureDecodes() throws {
        // The baseline every malformed case below departs from.
        #expect(try Self.decode(Self.frame([Self.validSegment]), Self.grey8) == [UInt8](repeating: 1, count: 8))
    }

    @Test func rejectsMalformedHeaders() {
        let seg = Self.validSegment
        Self.expectCodecError([], "empty frame")
        Self.expectCodecError(Array(Self.frame([seg]).prefix(63)), "shorter than the header")
        Self.expectCodecError(Self.frame([seg], count: 0), "zero segments")
        Self.expectCodecError(Self.frame([seg], count: 16), "more than 15 segments")
        Self.expectCodecError(Self.frame([seg, seg]), "two segments for one 8-bit sample")
        Self.expectCodecError(Self.frame([seg], offsets: [60]), "offset overlapping the header")
        Self.expectCodecError(Self.frame([seg], offsets: [0]), "offset zero")
        Self.expectCodecError(Self.frame([seg], offsets: [66]), "offset at the end of the data")
        Self.expectCodecError(Self.frame([seg], offsets: [1 << 31]), "offset far beyond the data")
        let g16 = Geometry(rows: 2, columns: 4, samples: 1, bits: 16, planar: false)
        #expect(throws: Never.self) { try Self.decode(Self.frame([seg, seg]), g16) }
        Self.expectCodecError(Self.frame([seg, seg], offsets: [66, 64]), "offsets out of order", geometry: g16)
        Self.expectCodecError(Self.frame([seg, seg], offsets: [64, 64]), "equal offsets", geometry: g16)
    }

    @Test func rejectsMalformedSegments() {
        Self.expectCodecError(Self.frame([[0x09, 1, 2, 3]]), "literal of 10 with 3 bytes present")
        Self.expectCodecError(Self.frame([[0x02, 1, 2, 3, 0xFB]]), "run without its byte")
        Self.expectCodecError(Self.frame([[0xFA, 1]]), "run of 7 for 8 bytes: decodes short")
        Self.expectCodecError(Self.frame([[0xFA, 1, 0x80, 0x80]]), "short, padded with no-ops")
        // 8 bytes plus a surplus of 5, more than one 4-byte row.
        Self.expectCodecError(Self.frame([[0xF9, 1, 0xFC, 2]]), "surplus beyond a row")
        Self.expectCodecError(Self.frame([[0x81, 1]]), "run of 128 for an 8-byte frame")
    }

    @Test func acceptsAndTruncatesSmallSurplus() throws {
        let g = Self.grey8
        let eight = [UInt8](repeating: 1, count: 8)
        // Pad byte after a full segment (0x00 as written by most encoders, or a no-op).
        #expect(try Self.decode(Self.frame([[0xF9, 1, 0x00]]), g) == eight)
        #expect(try Self.decode(Self.frame([[0xF9, 1, 0x80]]), g) == eight)
        // Last run overshoots by 3 (within a 4-byte row).
        #expect(try Self.decode(Self.frame([[0xF6, 1]]), g) == eight)
        // A literal promising more bytes than the segment holds, all needed bytes present.
        #expect(try Self.decode(Self.frame([[0xF9, 1, 0x01, 2]]), g) == eight,
                "trailing literal after a full segment, missing one of its bytes")
        let literal: [UInt8] = [0x09] + Array(1...8)
        #expect(try Self.decode(Self.frame([literal]), g) == Array(1...8))
        // Surplus of exactly one row is accepted, one more is not.
        #expect(try Self.decode(Self.frame([[0xF9, 1, 0xFD, 2]]), g) == eight)
        Self.expectCodecError(Self.frame([[0xF9, 1, 0xFC, 2]]), "one byte more than a row")
    }

    @Test func rejectsUnsupportedGeometry() {
        let encoded = Self.frame([Self.validSegment])
        for (g, why) in [
            (Geometry(rows: 2, columns: 4, samples: 1, bits: 1, planar: false), "1-bit"),
            (Geometry(rows: 2, columns: 4, samples: 1, bits: 12, planar: false), "12 bits allocated"),
            (Geometry(rows: 2, columns: 4, samples: 3, bits: 64, planar: false), "24 segments"),
            (Geometry(rows: 0, columns: 4, samples: 1, bits: 8, planar: false), "no rows"),
            (Geometry(rows: 2, columns: -4, samples: 1, bits: 8, planar: false), "negative columns"),
            (Geometry(rows: 2, columns: 4, samples: 0, bits: 8, planar: false), "no samples"),
            (Geometry(rows: Int.max / 2, columns: 4, samples: 1, bits: 8, planar: false), "overflow"),
        ] {
            Self.expectCodecError(encoded, "decode \(why)", geometry: g)
            #expect(throws: DicomError.self, "encode \(why)") {
                try Self.encode([UInt8](repeating: 0, count: 8), g)
            }
        }
        let oneBit = #expect(throws: DicomError.self) {
            try Self.decode(encoded, Geometry(rows: 2, columns: 4, samples: 1, bits: 1, planar: false))
        }
        #expect(oneBit?.message.contains("Bits Allocated 1") == true)
    }

    @Test func hugeGeometryWithTinyDataFailsBeforeAllocating() {
        // 65535 × 65535 RGB would be 12 GB; three 2-byte segments can never fill it.
        let g = Geometry(rows: 65535, columns: 65535, samples: 3, bits: 8, planar: false)
        let seg = Self.validSegment
        let error = #expect(throws: DicomError.self) { try Self.decode(Self.frame([seg, seg, seg]), g) }
        // Refused by the header check (a segment too short to ever fill its plane), not after
        // allocating the frame and decoding.
        #expect(error?.message.contains("too few to decode") == true)
    }

    @Test func encoderRejectsWrongInputSize() {
        #expect(throws: DicomError.self) { try Self.encode([1, 2, 3], Self.grey8) }
        #expect(throws: DicomError.self) { try Self.encode([UInt8](repeating: 0, count: 9), Self.grey8) }
    }

    // MARK: - Fuzz

    @Test(arguments: [
        Geometry(rows: 12, columns: 20, samples: 1, bits: 16, planar: false),
        Geometry(rows: 9, columns: 14, samples: 3, bits: 8, planar: true),
        Geometry(rows: 9, columns: 14, samples: 3, bits: 8, planar: false),
    ])
    func mutatedFramesThrowOrDecodeToExactSize(_ g: Geometry) throws {
        let pixels = Self.sampleImage(g, seed: 2024)
        let valid = try Self.encode(pixels, g)
        var rng = SeededGenerator(seed: 0xC0FFEE &+ UInt64(g.frameBytes))
        var (threw, decoded, changedPixels) = (0, 0, 0)
        for _ in 0..<3000 {
            var bytes = valid
            switch rng.below(10) {
            case 0:
                bytes.removeLast(rng.below(bytes.count) + 1)  // truncate
            case 1:
                bytes += (0..<rng.below(40) + 1).map { _ in rng.byte() }  // append garbage
            case 2:
                bytes[rng.below(64)] = rng.byte()  // header only
            default:
                for _ in 0..<rng.below(4) + 1 { bytes[rng.below(bytes.count)] = rng.byte() }
            }
            do {
                let out = try Self.decode(bytes, g)
                #expect(out.count == g.frameBytes)
                decoded += 1
                if out != pixels { changedPixels += 1 }
            } catch is DicomError {
                threw += 1
            }
        }
        // Both outcomes occur, so the loop exercised failures and successes alike.
        #expect(threw > 100)
        #expect(decoded > 100)
        #expect(changedPixels > 0)
    }
}
