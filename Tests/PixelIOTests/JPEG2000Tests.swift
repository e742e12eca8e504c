import Foundation
import Testing
@testable import PixelIO
import TestSupport

/// JPEG 2000 (.90/.91) and HTJ2K (.201/.202/.203) through OpenJPEG: synthetic round trips,
/// hostile streams, and the corpus against GDCM and pydicom. Skipped while PixelIO is built
/// without the COpenJPEG dependency.
@Suite("JPEG 2000")
struct JPEG2000Tests {
    static let codec = JPEG2000Codec()

    // MARK: - Helpers

    /// A frame of stored values in range for the description: ramps, flat areas, noise and the extremes.
    static func image(_ d: PixelDescription, seed: UInt64) -> PixelBuffer {
        var rng = SeededGenerator(seed: seed)
        var buffer = PixelBuffer(zeroed: d)
        let bits = d.bitsStored
        let low: Int64 = d.isSigned ? -(Int64(1) << (bits - 1)) : 0
        let high: Int64 = d.isSigned ? (Int64(1) << (bits - 1)) - 1 : (Int64(1) << bits) - 1
        let span = high - low + 1
        for y in 0..<d.rows {
            for x in 0..<d.columns {
                for s in 0..<d.samplesPerPixel {
                    let value: Int64
                    switch (y / 5 + x / 7 + s) % 5 {
                    case 0: value = low + Int64(x * 37 + y * 11 + s * 1000) % span  // ramp
                    case 1: value = low + Int64(rng.next() % UInt64(span))  // noise
                    case 2: value = (x + y) % 2 == 0 ? low : high  // extremes
                    case 3: value = low + span / 2  // flat
                    default: value = low + (Int64(x * y) * 3 + Int64(rng.below(9))) % span  // texture
                    }
                    write(value, x: x, y: y, sample: s, into: &buffer)
                }
            }
        }
        return buffer
    }

    /// Stores a value at High Bit, sign-extending into the unused high bits as most writers do.
    static func write(_ value: Int64, x: Int, y: Int, sample: Int, into buffer: inout PixelBuffer) {
        let d = buffer.description
        let shifted = UInt64(bitPattern: value << Int64(d.highBit + 1 - d.bitsStored))
        let offset = buffer.offset(x: x, y: y, sample: sample)
        for byte in 0..<d.bytesPerSample {
            buffer.bytes[offset + byte] = UInt8(truncatingIfNeeded: shifted >> UInt64(8 * byte))
        }
    }

    /// Every stored value in (row, column, sample) order, whatever the layout.
    static func values(_ buffer: PixelBuffer) -> [Int64] {
        var out: [Int64] = []
        out.reserveCapacity(buffer.rows * buffer.columns * buffer.samplesPerPixel)
        for y in 0..<buffer.rows {
            for x in 0..<buffer.columns {
                for s in 0..<buffer.samplesPerPixel { out.append(buffer.value(x: x, y: y, sample: s)) }
            }
        }
        return out
    }

    static func grey(_ rows: Int, _ columns: Int, allocated: Int, stored: Int, signed: Bool = false) -> PixelDescription {
        PixelDescription(rows: rows, columns: columns, bitsAllocated: allocated, bitsStored: stored, isSigned: signed)
    }

    static func rgb(_ rows: Int, _ columns: Int, planar: Bool = false, photometric: Photometric = .rgb) -> PixelDescription {
        PixelDescription(rows: rows, columns: columns, samplesPerPixel: 3, bitsAllocated: 8, isPlanar: planar,
                         photometric: photometric)
    }

    /// The header the encoded file would have (the encoder's changes applied to `d`).
    static func header(_ d: PixelDescription, after changes: HeaderChanges) -> PixelDescription {
        var header = d
        if let photometric = changes.photometric { header.photometric = photometric }
        if let planar = changes.isPlanar { header.isPlanar = planar }
        return header
    }

    static func encode(_ frame: PixelBuffer, _ syntax: TransferSyntax = .jpeg2000Lossless) throws -> (Data, HeaderChanges) {
        let encoded = try codec.encodeFrame(frame, syntax: syntax)
        #expect(encoded.fragments.count == 1)
        return (encoded.fragments[0], encoded.changes)
    }

    /// The main header of an encoded frame.
    static func parsed(_ data: Data) throws -> J2KHeader {
        try withBytes(data) { (raw: UnsafeRawBufferPointer) throws(DicomError) -> J2KHeader in try J2KHeader.parse(raw) }
    }

    /// Wraps a codestream in a minimal JP2 file (signature, ftyp, jp2h with ihdr and colr, jp2c).
    static func jp2(_ codestream: Data, rows: Int, columns: Int, components: Int, precision: Int) -> Data {
        func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.append(uint32: UInt32(8 + body.count), order: .big)
            out += Array(type.utf8) + body
            return out
        }
        var ihdr: [UInt8] = []
        ihdr.append(uint32: UInt32(rows), order: .big)
        ihdr.append(uint32: UInt32(columns), order: .big)
        ihdr.append(uint16: UInt16(components), order: .big)
        ihdr += [UInt8(precision - 1), 7, 0, 0]
        let colr: [UInt8] = [1, 0, 0, 0, 0, 0, components == 1 ? 17 : 16]
        var file = box("jP  ", [0x0D, 0x0A, 0x87, 0x0A])
        file += box("ftyp", Array("jp2 ".utf8) + [0, 0, 0, 0] + Array("jp2 ".utf8))
        file += box("jp2h", box("ihdr", ihdr) + box("colr", colr))
        file += box("jp2c", [UInt8](codestream))
        return Data(file)
    }

    // MARK: - Lossless round trips

    @Test("lossless round trips are exact", arguments: [
        ("8-bit grey", grey(61, 47, allocated: 8, stored: 8)),
        ("12-bit grey", grey(64, 64, allocated: 16, stored: 12)),
        ("16-bit grey", grey(40, 70, allocated: 16, stored: 16)),
        ("signed 16-bit", grey(64, 33, allocated: 16, stored: 16, signed: true)),
        ("signed 12-bit in 16", grey(30, 30, allocated: 16, stored: 12, signed: true)),
        ("10-bit at high bit 11", PixelDescription(rows: 20, columns: 20, bitsAllocated: 16, bitsStored: 10, highBit: 11)),
        ("1-bit", grey(33, 17, allocated: 1, stored: 1)),
        ("1x1", grey(1, 1, allocated: 16, stored: 16)),
        ("1x300", grey(1, 300, allocated: 8, stored: 8)),
        ("5x3", grey(5, 3, allocated: 16, stored: 13, signed: true)),
    ])
    func losslessGrey(_ name: String, _ d: PixelDescription) throws {
        let frame = Self.image(d, seed: UInt64(d.rows * 1000 + d.columns))
        let (data, changes) = try Self.encode(frame)
        #expect(changes == HeaderChanges(), "\(name)")
        let decoded = try Self.codec.decodeFrame(data, description: d)
        #expect(decoded.description.bitsAllocated == d.bitsAllocated && decoded.description.isSigned == d.isSigned)
        #expect(Self.values(decoded) == Self.values(frame), "\(name)")
        #expect(decoded.bytes.count == d.unpackedFrameLength)
    }

    @Test("8-bit RGB uses the RCT: header YBR_RCT, decoded back to the same RGB")
    func losslessRGB() throws {
        for planar in [false, true] {
            let d = Self.rgb(48, 61, planar: planar)
            let frame = Self.image(d, seed: planar ? 7 : 8)
            let (data, changes) = try Self.encode(frame)
            #expect(changes.photometric == .ybrRCT && changes.isPlanar == false && !changes.isLossy)
            let header = try Self.parsed(data)
            #expect(header.usesMCT && header.isReversible && header.components.count == 3)
            let decoded = try Self.codec.decodeFrame(data, description: Self.header(d, after: changes))
            #expect(decoded.description.photometric == .rgb && !decoded.description.isPlanar)
            #expect(Self.values(decoded) == Self.values(frame))
        }
    }

    @Test("YBR_FULL colour is stored without a colour transform and keeps its photometric")
    func ybrFullWithoutTransform() throws {
        let d = Self.rgb(20, 24, photometric: .ybrFull)
        let frame = Self.image(d, seed: 3)
        let (data, changes) = try Self.encode(frame)
        #expect(changes.photometric == nil)
        #expect(try !Self.parsed(data).usesMCT)
        let decoded = try Self.codec.decodeFrame(data, description: d)
        #expect(decoded.description.photometric == .ybrFull)
        #expect(Self.values(decoded) == Self.values(frame))
    }

    // MARK: - Colour transform and header disagreements

    @Test("a header saying YBR_RCT/ICT over a stream without a colour transform decodes as RGB, unchanged")
    func ybrHeaderWithoutTransform() throws {
        let d = Self.rgb(16, 16, photometric: .ybrFull)  // encodes without MCT
        let frame = Self.image(d, seed: 11)
        let (data, _) = try Self.encode(frame)
        for claimed in [Photometric.ybrRCT, .ybrICT] {
            var header = d
            header.photometric = claimed
            let decoded = try Self.codec.decodeFrame(data, description: header)
            #expect(decoded.description.photometric == .rgb)
            #expect(Self.values(decoded) == Self.values(frame))
        }
    }

    @Test("a header saying RGB over a stream with the RCT decodes as RGB (OpenJPEG inverts the transform)")
    func rgbHeaderWithTransform() throws {
        let d = Self.rgb(16, 20)
        let frame = Self.image(d, seed: 12)
        let (data, _) = try Self.encode(frame)
        let decoded = try Self.codec.decodeFrame(data, description: d)  // header left at RGB
        #expect(decoded.description.photometric == .rgb)
        #expect(Self.values(decoded) == Self.values(frame))
    }

    // MARK: - Precision and signedness

    @Test("codestream signedness that disagrees with Pixel Representation follows pydicom's rule")
    func signMismatch() throws {
        // Unsigned 13-bit codestream, header signed 13-bit (pydicom's J2K_pixelrep_mismatch.dcm).
        let unsigned = Self.grey(8, 8, allocated: 16, stored: 13)
        var frame = PixelBuffer(zeroed: unsigned)
        let raws: [Int64] = [0, 1, 4095, 4096, 6192, 8191]
        for (i, raw) in raws.enumerated() { Self.write(raw, x: i, y: 0, sample: 0, into: &frame) }
        let (data, _) = try Self.encode(frame)
        var signedHeader = unsigned
        signedHeader.isSigned = true
        let decoded = try Self.codec.decodeFrame(data, description: signedHeader)
        #expect((0..<raws.count).map { decoded.value(x: $0, y: 0) } == [0, 1, 4095, -4096, -2000, -1])
        // The container holds the sign-extended value, as pydicom's int16 array does.
        #expect(decoded.bytes[8] == 0x30 && decoded.bytes[9] == 0xF8)

        // Signed 12-bit codestream, header unsigned 12-bit: the low 12 bits, masked.
        let signed = Self.grey(4, 4, allocated: 16, stored: 12, signed: true)
        var negative = PixelBuffer(zeroed: signed)
        Self.write(-1, x: 0, y: 0, sample: 0, into: &negative)
        Self.write(-2048, x: 1, y: 0, sample: 0, into: &negative)
        Self.write(5, x: 2, y: 0, sample: 0, into: &negative)
        let (signedData, _) = try Self.encode(negative)
        var unsignedHeader = signed
        unsignedHeader.isSigned = false
        let masked = try Self.codec.decodeFrame(signedData, description: unsignedHeader)
        #expect(masked.bytes[0] == 0xFF && masked.bytes[1] == 0x0F)
        #expect([masked.value(x: 0, y: 0), masked.value(x: 1, y: 0), masked.value(x: 2, y: 0)] == [4095, 2048, 5])
    }

    @Test("a precision above Bits Stored is kept; above Bits Allocated is refused")
    func precisionAgainstHeader() throws {
        let sixteen = Self.grey(8, 8, allocated: 16, stored: 16)
        var frame = PixelBuffer(zeroed: sixteen)
        Self.write(40000, x: 3, y: 3, sample: 0, into: &frame)
        let (data, _) = try Self.encode(frame)
        // Header says 12 stored bits (like emri_small_jpeg_2k_lossless): the 16-bit value stays in the container.
        let decoded = try Self.codec.decodeFrame(data, description: Self.grey(8, 8, allocated: 16, stored: 12))
        #expect(decoded.bytes[frame.offset(x: 3, y: 3)] == UInt8(40000 & 0xFF))
        #expect(decoded.bytes[frame.offset(x: 3, y: 3) + 1] == UInt8(40000 >> 8))
        // Header says 8 bits allocated: a 16-bit codestream cannot fit.
        #expect(throws: DicomError.self) {
            try Self.codec.decodeFrame(data, description: Self.grey(8, 8, allocated: 8, stored: 8))
        }
    }

    // MARK: - Lossy (.91)

    @Test("irreversible 9/7 keeps every bit plane by default: small bounded error, lossy header changes")
    func lossyDefault() throws {
        let cases: [(PixelDescription, Int64)] = [
            (Self.grey(64, 64, allocated: 8, stored: 8), 2),
            (Self.grey(64, 64, allocated: 16, stored: 12), 2),
            (Self.grey(64, 64, allocated: 16, stored: 16, signed: true), 8),
            (Self.rgb(64, 64), 4),
        ]
        for (d, bound) in cases {
            let frame = Self.image(d, seed: 21)
            let (data, changes) = try Self.encode(frame, .jpeg2000)
            #expect(changes.isLossy && changes.lossyMethod == "ISO_15444_1")
            #expect(changes.photometric == (d.samplesPerPixel == 3 ? .ybrICT : nil))
            let header = try Self.parsed(data)
            #expect(!header.isReversible && header.usesMCT == (d.samplesPerPixel == 3))
            let decoded = try Self.codec.decodeFrame(data, description: Self.header(d, after: changes))
            let error = zip(Self.values(decoded), Self.values(frame)).map { abs($0 - $1) }.max() ?? 0
            #expect(error <= bound, "\(d.bitsStored)-bit x\(d.samplesPerPixel): max error \(error)")
        }
    }

    @Test("a compression ratio truncates the stream to about that size")
    func lossyRatio() throws {
        let d = Self.grey(128, 128, allocated: 16, stored: 12)
        var frame = PixelBuffer(zeroed: d)
        for y in 0..<128 {
            for x in 0..<128 { Self.write(Int64(2048 + 1500 * sin(Double(x) / 9) * cos(Double(y) / 13)), x: x, y: y, sample: 0, into: &frame) }
        }
        let encoded = try JPEG2000Codec(lossyCompressionRatio: 10).encodeFrame(frame, syntax: .jpeg2000)
        let size = encoded.fragments[0].count
        #expect(size <= d.unpackedFrameLength / 10 + 200, "\(size) bytes")
        let decoded = try Self.codec.decodeFrame(encoded.fragments[0], description: d)
        let error = zip(Self.values(decoded), Self.values(frame)).map { abs($0 - $1) }.max() ?? 0
        #expect(error < 64, "max error \(error)")
    }

    // MARK: - Syntaxes and wrappers

    @Test("HTJ2K decodes but does not encode; .90 and .91 encode; other syntaxes are refused")
    func syntaxes() throws {
        let frame = Self.image(Self.grey(8, 8, allocated: 8, stored: 8), seed: 1)
        #expect(CodecRegistry.codec(for: .jpeg2000Lossless)?.canEncode == true)
        #expect(CodecRegistry.codec(for: .jpeg2000)?.canEncode == true)
        for syntax in [TransferSyntax.htj2kLossless, .htj2kLosslessRPCL, .htj2k] {
            let codec = try #require(CodecRegistry.codec(for: syntax))
            #expect(!codec.canEncode)
            #expect(throws: DicomError.self) { try codec.encodeFrame(frame, syntax: syntax) }
            // The decoder reads Part 1 streams too.
            let (data, _) = try Self.encode(frame)
            #expect(try Self.values(codec.decodeFrame(data, description: frame.description)) == Self.values(frame))
        }
        #expect(throws: DicomError.self) { try Self.codec.encodeFrame(frame, syntax: .rleLossless) }
    }

    @Test("JP2-wrapped codestreams decode like raw ones")
    func jp2Wrapped() throws {
        for d in [Self.grey(30, 40, allocated: 16, stored: 12), Self.rgb(20, 10)] {
            let frame = Self.image(d, seed: 5)
            let (data, changes) = try Self.encode(frame)
            let wrapped = Self.jp2(data, rows: d.rows, columns: d.columns, components: d.samplesPerPixel, precision: d.bitsStored)
            #expect(try Self.parsed(wrapped).isJP2)
            let decoded = try Self.codec.decodeFrame(wrapped, description: Self.header(d, after: changes))
            #expect(Self.values(decoded) == Self.values(frame))
        }
    }

    @Test("frames that cannot be encoded are refused")
    func unencodable() {
        let refused: [PixelDescription] = [
            PixelDescription(rows: 4, columns: 4, bitsAllocated: 32, bitsStored: 32),
            PixelDescription(rows: 4, columns: 4, samplesPerPixel: 3, bitsAllocated: 8, photometric: .ybrFull422),
            PixelDescription(rows: 4, columns: 4, samplesPerPixel: 3, bitsAllocated: 8, photometric: .ybrICT),
            PixelDescription(rows: 4, columns: 4, samplesPerPixel: 4, bitsAllocated: 8, photometric: Photometric(rawValue: "CMYK")),
        ]
        for d in refused {
            #expect(throws: DicomError.self) { try Self.codec.encodeFrame(PixelBuffer(zeroed: d), syntax: .jpeg2000Lossless) }
        }
        let palette = PixelDescription(rows: 4, columns: 4, bitsAllocated: 8, photometric: .paletteColor)
        #expect(throws: DicomError.self) { try Self.codec.encodeFrame(PixelBuffer(zeroed: palette), syntax: .jpeg2000) }
    }

    @Test("decoders on many threads at once give the same pixels (no shared OpenJPEG state)")
    func concurrentDecodes() throws {
        let d = Self.grey(64, 64, allocated: 16, stored: 12)
        let frame = Self.image(d, seed: 31)
        let (data, _) = try Self.encode(frame)
        let expected = Self.values(frame)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var same = 0
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let same = (try? Self.codec.decodeFrame(data, description: d)).map { Self.values($0) == expected } ?? false
            results.lock.lock()
            if same { results.same += 1 }
            results.lock.unlock()
        }
        #expect(results.same == 16)
    }

    // MARK: - Malformed and hostile streams

    @Test("malformed streams throw codec errors with a reason")
    func malformed() throws {
        let d = Self.grey(32, 32, allocated: 16, stored: 16)
        let frame = Self.image(d, seed: 9)
        let (good, _) = try Self.encode(frame)
        var cases: [(String, Data, PixelDescription)] = [
            ("empty", Data(), d),
            ("not J2K", Data("hello, world".utf8), d),
            ("SOC only", Data([0xFF, 0x4F]), d),
            ("header only", good.prefix(60), d),
            ("cut before the end", good.prefix(good.count / 2), d),
            ("no EOC and no data", good.prefix(good.count - 200), d),
            ("wrong size", good, Self.grey(32, 31, allocated: 16, stored: 16)),
            ("wrong samples", good, Self.rgb(32, 32)),
            ("precision over Bits Allocated", good, Self.grey(32, 32, allocated: 8, stored: 8)),
        ]
        // SIZ claiming a huge image (like pydicom's JPEG2000-embedded-sequence-delimiter.dcm).
        var huge = good
        huge[huge.startIndex + 8] = 0xDE
        cases.append(("huge SIZ", huge, d))
        // One-pixel tiles: 1024 tiles for a 32x32 frame passes OpenJPEG's own limit but not ours.
        var tiny = good
        for offset in [24, 28] {  // XTsiz, YTsiz
            tiny.replaceSubrange(tiny.startIndex + offset..<tiny.startIndex + offset + 4, with: [0, 0, 0, 1])
        }
        cases.append(("1x1 tiles", tiny, Self.grey(32, 32, allocated: 16, stored: 16)))
        // A JP2 box whose length runs past the data.
        var badBox = Self.jp2(good, rows: 32, columns: 32, components: 1, precision: 16)
        badBox[badBox.startIndex + 12] = 0x7F
        cases.append(("JP2 box too long", badBox, d))
        for (name, data, header) in cases {
            do {
                _ = try Self.codec.decodeFrame(data, description: header)
                Issue.record("\(name): decoded")
            } catch {
                #expect(error.code == .codec && !error.message.isEmpty, "\(name): \(error)")
            }
        }
    }

    /// 120 mutations per stream; $REDACT_J2K_FUZZ_ITERATIONS runs more (the same seeds first).
    @Test("mutated streams decode to a full frame or throw (deterministic fuzzing)")
    func fuzz() throws {
        let iterations = ProcessInfo.processInfo.environment["REDACT_J2K_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 120
        let seeds: [PixelDescription] = [
            Self.grey(24, 24, allocated: 16, stored: 12),
            Self.grey(16, 20, allocated: 8, stored: 8),
            Self.rgb(16, 16),
        ]
        var rng = SeededGenerator(seed: 0x4A32_4B00)
        var decoded = 0, refused = 0
        for (index, d) in seeds.enumerated() {
            let frame = Self.image(d, seed: UInt64(index))
            let streams = [try Self.encode(frame).0, try Self.encode(frame, .jpeg2000).0]
            for stream in streams {
                let header = Self.header(d, after: try Self.codec.encodeFrame(frame, syntax: .jpeg2000Lossless).changes)
                for _ in 0..<iterations {
                    var bytes = [UInt8](stream)
                    switch rng.below(4) {
                    case 0:  // a few bytes anywhere
                        for _ in 0..<(1 + rng.below(4)) { bytes[rng.below(bytes.count)] = rng.byte() }
                    case 1:  // the main header, where lengths and sizes live
                        for _ in 0..<(1 + rng.below(3)) { bytes[rng.below(min(bytes.count, 90))] = rng.byte() }
                    case 2:  // truncation
                        bytes.removeLast(1 + rng.below(bytes.count - 1))
                    default:  // a run of garbage in the packet data
                        let start = rng.below(bytes.count)
                        for i in start..<min(bytes.count, start + 16) { bytes[i] = rng.byte() }
                    }
                    do {
                        let result = try Self.codec.decodeFrame(Data(bytes), description: header)
                        #expect(result.bytes.count == d.unpackedFrameLength)
                        decoded += 1
                    } catch {
                        #expect(error.code == .codec)
                        refused += 1
                    }
                }
            }
        }
        print("JPEG 2000 fuzzing: \(decoded) mutated streams decoded, \(refused) refused")
        #expect(decoded + refused == 6 * iterations && refused >= iterations)
    }

    // MARK: - Corpus

    static let decodedSyntaxes: Set<String> = [
        TransferSyntax.jpeg2000Lossless.uid, TransferSyntax.jpeg2000.uid, TransferSyntax.htj2kLossless.uid,
        TransferSyntax.htj2kLosslessRPCL.uid, TransferSyntax.htj2k.uid,
    ]

    /// reference_decoders.tsv rows by path.
    static func referenceRows(_ corpus: URL) throws -> [String: [String: String]] {
        let text = try String(contentsOf: corpus.appendingPathComponent("reference_decoders.tsv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        guard !lines.isEmpty else { return [:] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows: [String: [String: String]] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let row = Dictionary(uniqueKeysWithValues: zip(header, fields))
            if let path = row["path"] { rows[path] = row }
        }
        return rows
    }

    /// Runs compare_pixels.py over REFERENCE<TAB>CANDIDATE pairs; returns the unequal results.
    static func unequalPixels(python: String, pairs: [(String, String)]) throws -> [String] {
        let script = SharedData.packageRoot.appendingPathComponent("scripts/checks/compare_pixels.py").path
        let input = pairs.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n"
        let (status, output) = try SharedData.run(python, [script], input: input)
        #expect(status == 0)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == pairs.count)
        return try lines.filter { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return object["equal"] as? Bool != true
        }
    }

    @Test("every JPEG 2000 and HTJ2K corpus file decodes to its reference's pixels; broken ones fail clearly")
    func corpusDecodes() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        let gdcmconv = SharedData.tool("gdcmconv")
        if gdcmconv == nil { SharedData.skip("GDCM's gdcmconv is not installed: comparing with pydicom only") }
        let references = try Self.referenceRows(corpus)
        let folder = try SharedData.temporaryFolder("j2k-decode")
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [(String, String)] = []
        var failedClearly = 0
        var gdcmReferences = 0
        for row in try SharedData.catalog() where Self.decodedSyntaxes.contains(row["transfer_syntax_uid"] ?? "") {
            let relative = row["path"] ?? ""
            let path = corpus.appendingPathComponent(relative).path
            let ours = folder.appendingPathComponent("\(pairs.count)-\(failedClearly).dcm").path
            guard row["pydicom_decodes"] == "yes" else {
                // Deliberately broken (embedded sequence delimiter, truncated): a clear error, no output.
                do {
                    try Transcoder.transcode(DicomReader.read(path: path), to: .explicitVRLittleEndian, path: ours)
                    Issue.record("\(relative): decoded, but pydicom cannot")
                } catch {
                    #expect(!error.message.isEmpty)
                    failedClearly += 1
                }
                #expect(!FileManager.default.fileExists(atPath: ours))
                continue
            }
            try Transcoder.transcode(DicomReader.read(path: path), to: .explicitVRLittleEndian, path: ours)
            var reference = path  // pydicom with pylibjpeg-openjpeg decodes the original
            if let gdcmconv, references[relative]?["gdcmconv_raw_result"] == "ok" {
                let raw = folder.appendingPathComponent("\(pairs.count).gdcm.dcm").path
                let (status, _) = try SharedData.run(gdcmconv, ["--raw", path, raw])
                #expect(status == 0, "gdcmconv --raw \(relative)")
                if status == 0 {
                    reference = raw
                    gdcmReferences += 1
                }
            }
            pairs.append((reference, ours))
        }
        #expect(pairs.count >= 50 && failedClearly == 2)
        if gdcmconv != nil { #expect(gdcmReferences >= 48) }
        let unequal = try Self.unequalPixels(python: python, pairs: pairs)
        #expect(unequal.isEmpty, "\(unequal.joined(separator: "\n"))")
    }

    @Test("our JPEG 2000 Lossless output decodes in gdcmconv --raw and pydicom to the original pixels")
    func corpusEncodesForGDCMAndPydicom() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        guard let gdcmconv = SharedData.tool("gdcmconv") else { return SharedData.skip("GDCM's gdcmconv is not installed") }
        let folder = try SharedData.temporaryFolder("j2k-encode")
        defer { try? FileManager.default.removeItem(at: folder) }
        let native: Set<String> = [TransferSyntax.explicitVRLittleEndian.uid, TransferSyntax.implicitVRLittleEndian.uid]
        var viaGDCM: [(String, String)] = []
        var viaPydicom: [(String, String)] = []
        for row in try SharedData.catalog() where row["pydicom_decodes"] == "yes" && row["has_pixel_data"] == "yes" {
            let syntax = row["transfer_syntax_uid"] ?? ""
            guard native.contains(syntax) || Self.decodedSyntaxes.contains(syntax),
                  [1, 8, 16].contains(Int(row["bits_allocated"] ?? "") ?? 0),
                  !(row["photometric_interpretation"] ?? "").hasSuffix("_422") else { continue }
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            let index = viaPydicom.count
            let ours = folder.appendingPathComponent("\(index).j2k.dcm").path
            let file = try DicomReader.read(path: path)
            guard file.dataset.contains(.pixelData) else { continue }
            try Transcoder.transcode(file, to: .jpeg2000Lossless, path: ours)
            viaPydicom.append((path, ours))
            // Only where GDCM reads the original too (it cannot write some native files back out).
            let original = folder.appendingPathComponent("\(index).original.dcm").path
            guard try SharedData.run(gdcmconv, ["--raw", path, original]).0 == 0 else { continue }
            let raw = folder.appendingPathComponent("\(index).gdcm.dcm").path
            let (status, _) = try SharedData.run(gdcmconv, ["--raw", ours, raw])
            #expect(status == 0, "gdcmconv --raw failed on our JPEG 2000 of \(row["path"] ?? "")")
            if status == 0 { viaGDCM.append((path, raw)) }
        }
        #expect(viaPydicom.count >= 80 && viaGDCM.count >= 75)
        let unequal = try Self.unequalPixels(python: python, pairs: viaGDCM + viaPydicom)
        #expect(unequal.isEmpty, "\(unequal.joined(separator: "\n"))")
    }
}
