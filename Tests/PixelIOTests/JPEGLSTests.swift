import Foundation
import Testing
@testable import PixelIO
import TestSupport

/// Tests for the JPEG-LS codec: synthetic round trips, NEAR, bad streams, fuzzing. CharLS makes the
/// streams (and cross-checks the native decoder on them), so these need PixelIO built with CCharLS.
@Suite struct JPEGLSTests {

    // MARK: - Helpers

    /// A frame with flat areas, ramps, edges and noise over the full range of `bitsStored`.
    static func image(rows: Int, columns: Int, samples: Int = 1, bitsAllocated: Int, bitsStored: Int? = nil,
                      signed: Bool = false, planar: Bool = false, photometric: Photometric? = nil,
                      seed: UInt64 = 1) -> PixelBuffer {
        let stored = bitsStored ?? bitsAllocated
        let d = PixelDescription(rows: rows, columns: columns, samplesPerPixel: samples, bitsAllocated: bitsAllocated,
                                 bitsStored: stored, isSigned: signed, isPlanar: planar,
                                 photometric: photometric ?? (samples == 1 ? .monochrome2 : .rgb))
        var frame = PixelBuffer(zeroed: d)
        var rng = SeededGenerator(seed: seed)
        let maximum = (1 << stored) - 1
        for y in 0..<rows {
            for x in 0..<columns {
                for s in 0..<samples {
                    var value: Int
                    switch (y / 8 + x / 11 + s) % 5 {
                    case 0: value = maximum / 3
                    case 1: value = (x * 37 + y * 11 + s * 101) % (maximum + 1)
                    case 2: value = Int(rng.next() % UInt64(maximum + 1))
                    case 3: value = (x + y) % 2 == 0 ? 0 : maximum
                    default: value = min(maximum, (x * maximum) / max(columns - 1, 1))
                    }
                    var raw = UInt64(value)
                    if signed && value > maximum / 2 {
                        // The two's complement pattern sign-extended over the allocated bits.
                        raw = UInt64(bitPattern: Int64(value - maximum - 1)) & ((1 << UInt64(bitsAllocated)) - 1)
                    }
                    let offset = frame.offset(x: x, y: y, sample: s)
                    for byte in 0..<d.bytesPerSample {
                        frame.bytes[offset + byte] = UInt8(truncatingIfNeeded: raw >> (8 * UInt64(byte)))
                    }
                }
            }
        }
        return frame
    }

    /// The stored values of a frame in (y, x, sample) order, whatever its planar configuration.
    static func values(_ frame: PixelBuffer) -> [Int64] {
        var out: [Int64] = []
        for y in 0..<frame.rows {
            for x in 0..<frame.columns {
                for s in 0..<frame.samplesPerPixel { out.append(frame.value(x: x, y: y, sample: s)) }
            }
        }
        return out
    }

    static func encode(_ frame: PixelBuffer, near: Int = 0, interleave: JPEGLSStreamInfo.Interleave = .sample,
                       transform: JPEGLSStreamInfo.ColorTransform = .none, preset: JPEGLSDecoder.Preset? = nil) throws -> Data {
        Data(try JPEGLSCodec.encode(frame, near: near, interleave: interleave, colorTransform: transform, preset: preset))
    }

    /// Decodes with CharLS (trusted streams only: our encoder's output).
    static func charLS(_ stream: Data, _ d: PixelDescription) throws -> [UInt8] {
        var layout = d
        layout.isPlanar = false
        return try stream.withUnsafeBytes { try JPEGLSCodec.decodeWithCharLS(trusted: $0, layout: layout) }
    }

    static func header(_ frame: PixelBuffer) -> PixelDescription {
        var d = frame.description
        d.isPlanar = false
        return d
    }

    // MARK: - Round trips

    static let greyCases: [(bitsAllocated: Int, bitsStored: Int, signed: Bool)] = [
        (8, 8, false), (8, 7, false), (8, 2, false), (16, 12, false), (16, 16, false), (16, 8, false),
        (16, 12, true), (16, 16, true), (16, 15, true), (8, 8, true), (16, 9, false),
    ]

    @Test("grey frames round-trip exactly (8, 12, 16 bits, signed, P <= 8 in 16-bit words)",
          arguments: greyCases.indices)
    func greyRoundTrip(_ index: Int) throws {
        let c = Self.greyCases[index]
        for (rows, columns) in [(1, 1), (37, 41), (64, 64), (3, 200)] {
            let frame = Self.image(rows: rows, columns: columns, bitsAllocated: c.bitsAllocated, bitsStored: c.bitsStored,
                                   signed: c.signed, seed: UInt64(index * 100 + rows))
            let encoded = try JPEGLSCodec().encodeFrame(frame, syntax: .jpegLSLossless)
            #expect(encoded.fragments.count == 1 && encoded.fragments[0].count % 2 == 0)
            #expect(encoded.changes == HeaderChanges())
            let info = try JPEGLSCodec.streamInfo(encoded.fragments[0])
            #expect(info.bitsPerSample == c.bitsStored && info.nearLossless == 0)
            let decoded = try JPEGLSCodec().decodeFrame(encoded.fragments[0], description: frame.description)
            #expect(decoded.description == frame.description)
            #expect(Self.values(decoded) == Self.values(frame), "\(c) \(rows)x\(columns)")
            // Unsigned data and full-width data come back byte for byte; signed data sign-extended.
            #expect(decoded.bytes == frame.bytes, "\(c) \(rows)x\(columns)")
        }
    }

    @Test("8-bit RGB round-trips in each interleave mode, and colour frames decode interleaved",
          arguments: [JPEGLSStreamInfo.Interleave.none, .line, .sample])
    func rgbRoundTrip(_ mode: JPEGLSStreamInfo.Interleave) throws {
        let frame = Self.image(rows: 48, columns: 67, samples: 3, bitsAllocated: 8, planar: mode == .none, seed: 7)
        let stream = try Self.encode(frame, interleave: mode)
        let info = try JPEGLSCodec.streamInfo(stream)
        #expect(info.interleave == mode && info.components == 3 && info.colorTransform == .none)
        let decoded = try JPEGLSCodec().decodeFrame(stream, description: frame.description)
        #expect(!decoded.description.isPlanar && decoded.description.photometric == .rgb)
        #expect(Self.values(decoded) == Self.values(frame))
    }

    @Test("16-bit and 12-bit RGB round-trip in each interleave mode",
          arguments: [JPEGLSStreamInfo.Interleave.none, .line, .sample])
    func deepColourRoundTrip(_ mode: JPEGLSStreamInfo.Interleave) throws {
        for bits in [12, 16] {
            let frame = Self.image(rows: 20, columns: 33, samples: 3, bitsAllocated: 16, bitsStored: bits,
                                   planar: mode == .none, seed: UInt64(bits))
            let decoded = try JPEGLSCodec().decodeFrame(try Self.encode(frame, interleave: mode),
                                                        description: frame.description)
            #expect(Self.values(decoded) == Self.values(frame), "\(bits) bits \(mode)")
        }
    }

    @Test("the codec writes planar colour frames as one scan per component, interleaved ones sample-interleaved")
    func codecInterleaveChoice() throws {
        for planar in [false, true] {
            let frame = Self.image(rows: 16, columns: 16, samples: 3, bitsAllocated: 8, planar: planar)
            let encoded = try JPEGLSCodec().encodeFrame(frame, syntax: .jpegLSLossless)
            #expect(encoded.changes.isPlanar == false && encoded.changes.photometric == nil && !encoded.changes.isLossy)
            #expect(try JPEGLSCodec.streamInfo(encoded.fragments[0]).interleave == (planar ? .none : .sample))
            let decoded = try JPEGLSCodec().decodeFrame(encoded.fragments[0], description: frame.description)
            #expect(Self.values(decoded) == Self.values(frame))
        }
    }

    @Test("streams with CharLS's HP colour transformations decode to the original RGB",
          arguments: [JPEGLSStreamInfo.ColorTransform.hp1, .hp2, .hp3])
    func colourTransforms(_ transform: JPEGLSStreamInfo.ColorTransform) throws {
        for mode in [JPEGLSStreamInfo.Interleave.line, .sample] {
            for bits in [8, 16] {
                let frame = Self.image(rows: 30, columns: 31, samples: 3, bitsAllocated: bits, seed: 3)
                let stream = try Self.encode(frame, interleave: mode, transform: transform)
                #expect(try JPEGLSCodec.streamInfo(stream).colorTransform == transform)
                let decoded = try JPEGLSCodec().decodeFrame(stream, description: frame.description)
                #expect(Self.values(decoded) == Self.values(frame), "\(transform) \(mode) \(bits)")
                #expect(decoded.bytes == (try Self.charLS(stream, frame.description)))
            }
        }
    }

    @Test("the native decoder gives CharLS's samples for every precision, interleave mode and NEAR",
          arguments: [1, 3])
    func agreesWithCharLS(_ samples: Int) throws {
        var checked = 0
        for bits in 2...16 {
            let modes: [JPEGLSStreamInfo.Interleave] = samples == 1 ? [.none] : [.none, .line, .sample]
            for mode in modes {
                for near in [0, 1, 3] where near <= ((1 << bits) - 1) / 2 {
                    for (rows, columns) in [(9, 1), (1, 13), (17, 23)] {
                        let frame = Self.image(rows: rows, columns: columns, samples: samples,
                                               bitsAllocated: bits > 8 ? 16 : 8, bitsStored: bits,
                                               planar: mode == .none && samples > 1, seed: UInt64(bits * 31 + near))
                        let stream = try Self.encode(frame, near: near, interleave: mode)
                        let ours = try JPEGLSCodec().decodeFrame(stream, description: frame.description)
                        #expect(ours.bytes == (try Self.charLS(stream, frame.description)),
                                "\(bits) bits x\(samples) \(mode) NEAR \(near) \(columns)x\(rows)")
                        if near == 0 { #expect(Self.values(ours) == Self.values(frame)) }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100)
    }

    @Test("flat images, sparse dots and long runs (run mode, RUNindex growth, runs ending at line ends)")
    func runs() throws {
        for (bits, samples) in [(8, 1), (16, 1), (8, 3), (12, 3)] {
            for mode in samples == 1 ? [JPEGLSStreamInfo.Interleave.none] : [.none, .line, .sample] {
                for pattern in 0..<3 {
                    var frame = Self.image(rows: 40, columns: 300, samples: samples, bitsAllocated: bits > 8 ? 16 : 8,
                                           bitsStored: bits, planar: mode == .none && samples > 1)
                    var rng = SeededGenerator(seed: UInt64(pattern))
                    for index in stride(from: 0, to: frame.bytes.count, by: 1) {
                        switch pattern {
                        case 0: frame.bytes[index] = 0x21  // flat
                        case 1: frame.bytes[index] = rng.below(500) == 0 ? rng.byte() & 0x0F : 0x07  // sparse dots
                        default: frame.bytes[index] = (index / (97 * samples)) % 2 == 0 ? 0x03 : 0x09  // long stripes
                        }
                    }
                    for near in [0, 2] {
                        let stream = try Self.encode(frame, near: near, interleave: mode)
                        let ours = try JPEGLSCodec().decodeFrame(stream, description: frame.description)
                        #expect(ours.bytes == (try Self.charLS(stream, frame.description)), "\(bits) \(mode) \(pattern) \(near)")
                        if near == 0 { #expect(Self.values(ours) == Self.values(frame)) }
                    }
                }
            }
        }
    }

    @Test("explicit preset coding parameters (LSE): thresholds, RESET and a smaller MAXVAL")
    func presetParameters() throws {
        let cases: [(bits: Int, preset: JPEGLSDecoder.Preset)] = [
            (8, .init(maximum: 255, t1: 2, t2: 5, t3: 9, reset: 16)),
            (8, .init(maximum: 200, t1: 0, t2: 0, t3: 0, reset: 0)),
            // (CharLS 2.4.1 aborts on an assertion encoding 12-bit data with MAXVAL 3000.)
            (12, .init(maximum: 0, t1: 10, t2: 40, t3: 200, reset: 255)),
            (16, .init(maximum: 65535, t1: 18, t2: 67, t3: 276, reset: 3)),
            (10, .init(maximum: 0, t1: 0, t2: 0, t3: 0, reset: 1000)),
        ]
        for (bits, preset) in cases {
            for samples in [1, 3] {
                var frame = Self.image(rows: 21, columns: 34, samples: samples, bitsAllocated: bits > 8 ? 16 : 8,
                                       bitsStored: bits, seed: UInt64(bits))
                if preset.maximum != 0 && preset.maximum < (1 << bits) - 1 {
                    // Samples must not exceed MAXVAL.
                    for offset in stride(from: 0, to: frame.bytes.count, by: frame.description.bytesPerSample) {
                        let value = min(Int(frame.storedValue(atByte: offset)), preset.maximum)
                        frame.bytes[offset] = UInt8(value & 0xFF)
                        if frame.description.bytesPerSample == 2 { frame.bytes[offset + 1] = UInt8(value >> 8) }
                    }
                }
                // CharLS 2.4.1 fails an assertion (abort) encoding NEAR > 0 with a smaller MAXVAL.
                let fullRange = preset.maximum == 0 || preset.maximum == (1 << bits) - 1
                for near in fullRange ? [0, 1] : [0] {
                    // Line interleaved: CharLS 2.4.1's encoder writes past a heap block when RESET is
                    // not 64 in sample-interleaved mode (valgrind), so it cannot make those streams.
                    let stream = try Self.encode(frame, near: near, interleave: .line, preset: preset)
                    let ours = try JPEGLSCodec().decodeFrame(stream, description: frame.description)
                    #expect(ours.bytes == (try Self.charLS(stream, frame.description)), "\(bits) \(preset) NEAR \(near)")
                    if near == 0 { #expect(ours.bytes == frame.bytes) }
                }
            }
        }
    }

    @Test("MAXVAL below 2^P - 1 is decoded as T.87 says (and CharLS's differently coded streams still decode)")
    func smallerMaximum() throws {
        // A 7-bit stream relabelled P = 8 with an LSE giving MAXVAL 127 and the thresholds T.87
        // derives for it is a conforming P = 8, MAXVAL = 127 stream of the same samples.
        let frame = Self.image(rows: 19, columns: 27, bitsAllocated: 8, bitsStored: 7, seed: 5)
        var stream = [UInt8](try Self.encode(frame))
        let sof = (0..<stream.count - 1).first { stream[$0] == 0xFF && stream[$0 + 1] == 0xF7 }!
        #expect(stream[sof + 4] == 7)
        stream[sof + 4] = 8
        let lse: [UInt8] = [0xFF, 0xF8, 0x00, 0x0D, 0x01, 0x00, 0x7F, 0x00, 0x02, 0x00, 0x03, 0x00, 0x0A, 0x00, 0x40]
        stream.insert(contentsOf: lse, at: sof + 2 + 11)
        if let path = ProcessInfo.processInfo.environment["JPEGLS_DUMP_MAXVAL_STREAM"] {
            try Data(stream).write(to: URL(fileURLWithPath: path))
        }
        var d = frame.description
        d.bitsStored = 8; d.highBit = 7
        let decoded = try JPEGLSCodec().decodeFrame(Data(stream), description: d)
        #expect(decoded.bytes == frame.bytes)
        #expect(try JPEGLSCodec.streamInfo(Data(stream)).bitsPerSample == 8)
    }

    @Test("a high bit above Bits Stored - 1 is written with P = Bits Allocated, losslessly")
    func highBitNotAtTop() throws {
        var d = PixelDescription(rows: 10, columns: 10, bitsAllocated: 16, bitsStored: 12, highBit: 15)
        d.photometric = .monochrome2
        var frame = PixelBuffer(zeroed: d)
        for i in 0..<100 { frame.bytes[2 * i + 1] = UInt8(i * 2); frame.bytes[2 * i] = UInt8(i & 0xF0) }
        let encoded = try JPEGLSCodec().encodeFrame(frame, syntax: .jpegLSLossless)
        #expect(try JPEGLSCodec.streamInfo(encoded.fragments[0]).bitsPerSample == 16)
        #expect(try JPEGLSCodec().decodeFrame(encoded.fragments[0], description: d).bytes == frame.bytes)
    }

    // MARK: - NEAR

    @Test("NEAR > 0 keeps every sample within NEAR; .81 writes NEAR from the codec, .80 always 0")
    func nearLossless() throws {
        for (bits, samples) in [(8, 1), (12, 1), (16, 1), (8, 3)] {
            for near in [1, 3, 10] {
                let frame = Self.image(rows: 40, columns: 50, samples: samples, bitsAllocated: bits > 8 ? 16 : 8,
                                       bitsStored: bits, seed: UInt64(near))
                let codec = JPEGLSCodec(nearLossless: near)
                let lossy = try codec.encodeFrame(frame, syntax: .jpegLSNearLossless)
                #expect(lossy.changes.isLossy && lossy.changes.lossyMethod == "ISO_14495_1")
                #expect(try JPEGLSCodec.streamInfo(lossy.fragments[0]).nearLossless == near)
                let decoded = try codec.decodeFrame(lossy.fragments[0], description: frame.description)
                let error = zip(Self.values(decoded), Self.values(frame)).map { abs($0 - $1) }.max() ?? 0
                #expect(error <= Int64(near) && error > 0, "\(bits) bits x\(samples), NEAR \(near): error \(error)")
                let lossless = try codec.encodeFrame(frame, syntax: .jpegLSLossless)
                #expect(!lossless.changes.isLossy && lossless.changes.lossyMethod == nil)
                #expect(try codec.decodeFrame(lossless.fragments[0], description: frame.description).bytes == frame.bytes)
            }
        }
        // The default codec writes .81 with NEAR 0: exact, and not itself lossy.
        let frame = Self.image(rows: 20, columns: 20, bitsAllocated: 16, bitsStored: 12)
        let encoded = try JPEGLSCodec().encodeFrame(frame, syntax: .jpegLSNearLossless)
        #expect(try JPEGLSCodec.streamInfo(encoded.fragments[0]).nearLossless == 0 && !encoded.changes.isLossy)
        #expect(try JPEGLSCodec().decodeFrame(encoded.fragments[0], description: frame.description).bytes == frame.bytes)
    }

    @Test("NEAR outside 0...min(255, MAXVAL/2) and foreign syntaxes are refused")
    func badEncodeParameters() throws {
        let frame = Self.image(rows: 4, columns: 4, bitsAllocated: 8, bitsStored: 3)
        #expect(throws: DicomError.self) { try JPEGLSCodec(nearLossless: 4).encodeFrame(frame, syntax: .jpegLSNearLossless) }
        #expect(throws: DicomError.self) { try JPEGLSCodec(nearLossless: -1).encodeFrame(frame, syntax: .jpegLSNearLossless) }
        #expect(throws: DicomError.self) { try JPEGLSCodec().encodeFrame(frame, syntax: .rleLossless) }
        let wide = Self.image(rows: 4, columns: 4, bitsAllocated: 16)
        #expect(throws: DicomError.self) { try JPEGLSCodec(nearLossless: 256).encodeFrame(wide, syntax: .jpegLSNearLossless) }
        var oneBit = PixelDescription(rows: 4, columns: 8, bitsAllocated: 1)
        oneBit.photometric = .monochrome2
        #expect(throws: DicomError.self) { try JPEGLSCodec().encodeFrame(PixelBuffer(zeroed: oneBit), syntax: .jpegLSLossless) }
    }

    // MARK: - Bad streams

    @Test("a stream that disagrees with the header is refused before decoding")
    func headerMismatch() throws {
        let frame = Self.image(rows: 20, columns: 30, bitsAllocated: 16, bitsStored: 12)
        let stream = try Self.encode(frame)
        let good = frame.description
        var variants: [PixelDescription] = []
        var d = good; d.rows = 21; variants.append(d)
        d = good; d.columns = 29; variants.append(d)
        d = good; d.bitsAllocated = 8; d.bitsStored = 8; d.highBit = 7; variants.append(d)
        d = good; d.samplesPerPixel = 3; d.photometric = .rgb; variants.append(d)
        d = good; d.bitsAllocated = 32; d.bitsStored = 32; d.highBit = 31; variants.append(d)
        d = good; d.samplesPerPixel = 3; d.photometric = .ybrFull422; variants.append(d)
        for variant in variants {
            #expect(throws: DicomError.self, "\(variant)") { try JPEGLSCodec().decodeFrame(stream, description: variant) }
        }
        // A larger header does not make the decoder allocate on the stream's say-so, nor the reverse.
        d = good; d.rows = 65535; d.columns = 65535
        #expect(throws: DicomError.self) { try JPEGLSCodec().decodeFrame(stream, description: d) }
    }

    @Test("empty, foreign and truncated streams throw")
    func malformedStreams() throws {
        let frame = Self.image(rows: 32, columns: 32, bitsAllocated: 8)
        let d = frame.description
        let stream = try Self.encode(frame)
        let jpegBaseline: [UInt8] = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x20, 0x00, 0x20, 0x01, 0x01, 0x11, 0x00,
                                     0xFF, 0xD9]
        let cases: [Data] = [Data(), Data([0xFF]), Data([0xFF, 0xD8]), Data([0xFF, 0xD8, 0xFF, 0xD9]),
                             Data(repeating: 0, count: 1024), Data(repeating: 0xFF, count: 1024), Data(jpegBaseline),
                             stream.prefix(stream.count / 2), stream.prefix(25),
                             Data(stream.dropFirst(2))]
        for bytes in cases {
            #expect(throws: DicomError.self, "\(bytes.count) bytes") { try JPEGLSCodec().decodeFrame(bytes, description: d) }
        }
        // A stream whose EOI is lost but whose scan is whole decodes (as dcmtk and libjpeg allow).
        #expect(try JPEGLSCodec().decodeFrame(stream.prefix(stream.count - 2), description: d).bytes == frame.bytes)
        do {
            _ = try JPEGLSCodec().decodeFrame(Data(jpegBaseline), description: d)
        } catch {
            #expect(error.code == .codec && error.message.contains("JPEG-LS"))
        }
        // Every truncation throws or (when only EOI is lost) still gives a whole frame. CharLS 2.4.1
        // never returns from some of these; the native decoder must.
        for length in 0..<stream.count {
            if let decoded = try? JPEGLSCodec().decodeFrame(stream.prefix(length), description: d) {
                #expect(decoded.bytes.count == d.unpackedFrameLength)
            }
        }
    }

    @Test("restart intervals, mapping tables, point transforms and foreign SOF markers are refused")
    func unsupportedFeatures() throws {
        let frame = Self.image(rows: 8, columns: 8, bitsAllocated: 8)
        let stream = [UInt8](try Self.encode(frame))
        let d = frame.description
        func expectRefused(_ bytes: [UInt8], _ what: String) {
            #expect(throws: DicomError.self, "\(what)") { try JPEGLSCodec().decodeFrame(Data(bytes), description: d) }
        }
        let sos = (0..<stream.count - 1).first { stream[$0] == 0xFF && stream[$0 + 1] == 0xDA }!
        expectRefused(Array(stream[0..<2]) + [0xFF, 0xDD, 0x00, 0x04, 0x00, 0x02] + Array(stream[2...]), "DRI")
        var mapped = stream; mapped[sos + 6] = 1
        expectRefused(mapped, "Tm")
        var pointTransform = stream; pointTransform[sos + 9] = 1
        expectRefused(pointTransform, "Al")
        var interleave = stream; interleave[sos + 8] = 3
        expectRefused(interleave, "ILV 3")
        expectRefused(Array(stream[0..<2]) + [0xFF, 0xF8, 0x00, 0x05, 0x02, 0x01, 0x00] + Array(stream[2...]), "LSE 2")
        var sof = stream
        let sofAt = (0..<stream.count - 1).first { stream[$0] == 0xFF && stream[$0 + 1] == 0xF7 }!
        sof[sofAt + 1] = 0xC3
        expectRefused(sof, "SOF3")
        var subsampled = stream; subsampled[sofAt + 11] = 0x21
        expectRefused(subsampled, "H=2")
    }

    @Test("zero bytes between the scan and EOI (as in NEMA's MR1_JLSL) and padding after EOI are tolerated")
    func paddingAroundEOI() throws {
        let frame = Self.image(rows: 40, columns: 40, bitsAllocated: 16, signed: true, seed: 11)
        let stream = try Self.encode(frame)
        #expect(stream.suffix(2) == Data([0xFF, 0xD9]))
        let body = stream.prefix(stream.count - 2)
        for padded in [body + Data([0x00, 0xFF, 0xD9]), body + Data([0x00, 0x00, 0x00, 0xFF, 0xD9, 0x00]),
                       stream + Data([0x00])] {
            let decoded = try JPEGLSCodec().decodeFrame(padded, description: frame.description)
            #expect(decoded.bytes == frame.bytes)
        }
    }

    @Test("mutated streams decode to a whole frame or throw (deterministic fuzzing)")
    func fuzzMutatedStreams() throws {
        var rng = SeededGenerator(seed: 0x15_14495)
        let frames: [PixelBuffer] = [
            Self.image(rows: 24, columns: 24, bitsAllocated: 8, seed: 1),
            Self.image(rows: 17, columns: 23, bitsAllocated: 16, bitsStored: 12, seed: 2),
            Self.image(rows: 16, columns: 16, bitsAllocated: 16, signed: true, seed: 3),
            Self.image(rows: 12, columns: 20, samples: 3, bitsAllocated: 8, seed: 4),
            Self.image(rows: 12, columns: 20, samples: 3, bitsAllocated: 8, planar: true, seed: 5),
        ]
        var streams: [(Data, PixelDescription)] = []
        for (index, frame) in frames.enumerated() {
            let planar = frame.description.isPlanar
            streams.append((try Self.encode(frame, interleave: planar ? .none : (index % 2 == 0 ? .sample : .line)),
                            Self.header(frame)))
            streams.append((try Self.encode(frame, near: 2, interleave: planar ? .none : .sample), Self.header(frame)))
        }
        var decodedCount = 0, thrownCount = 0
        // JPEGLS_FUZZ_ITERATIONS runs a longer campaign (e.g. under -sanitize=address).
        let iterations = ProcessInfo.processInfo.environment["JPEGLS_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 6000
        for iteration in 0..<iterations {
            let (original, d) = streams[iteration % streams.count]
            var bytes = [UInt8](original)
            switch rng.below(6) {
            case 0:  // flip bits
                for _ in 0...rng.below(4) { bytes[rng.below(bytes.count)] ^= UInt8(1 << rng.below(8)) }
            case 1:  // random bytes in the header (the first 40 bytes: SOF, LSE, SOS)
                for _ in 0...rng.below(3) { bytes[rng.below(min(40, bytes.count))] = rng.byte() }
            case 2:  // 0xFF markers anywhere
                for _ in 0...rng.below(3) { bytes[rng.below(bytes.count)] = 0xFF }
            case 3:  // truncate
                bytes.removeLast(rng.below(bytes.count))
            case 4:  // insert junk
                let at = rng.below(bytes.count)
                bytes.insert(contentsOf: (0..<rng.below(16) + 1).map { _ in rng.byte() }, at: at)
            default:  // delete a run
                let at = rng.below(bytes.count)
                bytes.removeSubrange(at..<min(bytes.count, at + rng.below(16) + 1))
            }
            do {
                let decoded = try JPEGLSCodec().decodeFrame(Data(bytes), description: d)
                #expect(decoded.bytes.count == d.unpackedFrameLength)
                decodedCount += 1
            } catch {
                #expect(error.code == .codec)
                thrownCount += 1
            }
        }
        #expect(decodedCount > 0 && thrownCount > iterations / 6)
    }

    // MARK: - Registry

    @Test("the registry finds the codec for both JPEG-LS syntaxes")
    func registry() {
        #expect(CodecRegistry.codec(for: .jpegLSLossless) is JPEGLSCodec)
        #expect(CodecRegistry.codec(for: .jpegLSNearLossless) is JPEGLSCodec)
        #expect(CodecRegistry.codec(for: .jpegLSLossless)?.canEncode == true)
    }
}

/// JPEG-LS against the shared corpus and the reference decoders (pydicom, dcmtk, GDCM).
@Suite("JPEG-LS corpus", .serialized)
struct JPEGLSCorpusTests {
    static let syntaxes: Set<String> = [TransferSyntax.jpegLSLossless.uid, TransferSyntax.jpegLSNearLossless.uid]
    static let nativeSyntaxes: Set<String> = [
        TransferSyntax.explicitVRLittleEndian.uid, TransferSyntax.implicitVRLittleEndian.uid,
        TransferSyntax.explicitVRBigEndian.uid, TransferSyntax.deflatedExplicitVRLittleEndian.uid,
    ]

    /// Compares pixel files pairwise with pydicom; returns one result per pair.
    static func compare(python: String, pairs: [(String, String)]) throws -> [[String: Any]] {
        let script = SharedData.packageRoot.appendingPathComponent("scripts/checks/compare_pixels.py").path
        let input = pairs.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n"
        let (status, output) = try SharedData.run(python, [script], input: input)
        #expect(status == 0)
        return try output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    static func expectEqual(_ results: [[String: Any]], count: Int, _ what: String) {
        #expect(results.count == count, "\(what): \(results.count) results for \(count) pairs")
        for result in results {
            #expect(result["equal"] as? Bool == true, "\(what): \(result)")
        }
    }

    @Test("every JPEG-LS file decodes to pydicom's pixels and to dcmtk's and GDCM's")
    func decodesLikeReferences() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        let folder = try SharedData.temporaryFolder("jpegls-decode")
        defer { try? FileManager.default.removeItem(at: folder) }
        var pydicomPairs: [(String, String)] = [], dcmtkPairs: [(String, String)] = [], gdcmPairs: [(String, String)] = []
        var lossless = 0, nearLossless = 0
        for row in try SharedData.catalog() where Self.syntaxes.contains(row["transfer_syntax_uid"] ?? "") {
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            let ours = folder.appendingPathComponent("\(pydicomPairs.count).ours.dcm").path
            let file = try DicomReader.read(path: path)
            try Transcoder.transcode(file, to: .explicitVRLittleEndian, path: ours)
            if file.transferSyntax == .jpegLSLossless { lossless += 1 } else { nearLossless += 1 }
            // Decoding .81 to native keeps Lossy Image Compression "01".
            if file.transferSyntax == .jpegLSNearLossless {
                #expect(try DicomReader.read(path: ours).dataset.string(.lossyImageCompression) == "01", "\(path)")
            }
            pydicomPairs.append((path, ours))
            if let dcmdjpls = SharedData.tool("dcmdjpls") {
                let reference = folder.appendingPathComponent("\(dcmtkPairs.count).dcmtk.dcm").path
                if try SharedData.run(dcmdjpls, [path, reference]).0 == 0 {
                    dcmtkPairs.append((reference, ours))
                } else {
                    // dcmtk 3.6.7 refuses this one stream (P = 7 in 8-bit words); pydicom and GDCM read it.
                    #expect(row["path"] == "pydicom-data/JLSL_08_07_0_1F.dcm", "dcmdjpls failed on \(path)")
                }
            }
            if let gdcmconv = SharedData.tool("gdcmconv") {
                let reference = folder.appendingPathComponent("\(gdcmPairs.count).gdcm.dcm").path
                if try SharedData.run(gdcmconv, ["--raw", path, reference]).0 == 0 {
                    gdcmPairs.append((reference, ours))
                } else {
                    // GDCM's CharLS 2.x refuses the zero byte before EOI in MR1_JLSL; dcmtk and pydicom read it.
                    #expect(row["path"] == "nema-wg04/JLSL/MR1_JLSL", "gdcmconv failed on \(path)")
                }
            }
        }
        #expect(lossless >= 13 && nearLossless >= 13)
        Self.expectEqual(try Self.compare(python: python, pairs: pydicomPairs), count: pydicomPairs.count, "pydicom")
        if dcmtkPairs.isEmpty { SharedData.skip("dcmtk's dcmdjpls is not installed") }
        Self.expectEqual(try Self.compare(python: python, pairs: dcmtkPairs), count: dcmtkPairs.count, "dcmdjpls")
        if gdcmPairs.isEmpty { SharedData.skip("GDCM's gdcmconv is not installed") }
        Self.expectEqual(try Self.compare(python: python, pairs: gdcmPairs), count: gdcmPairs.count, "gdcmconv")
    }

    @Test("our JPEG-LS Lossless output decodes in pydicom, dcmdjpls and gdcmconv to the original pixels")
    func encoderInteroperates() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        guard let dcmdjpls = SharedData.tool("dcmdjpls") else { return SharedData.skip("dcmtk's dcmdjpls is not installed") }
        guard let gdcmconv = SharedData.tool("gdcmconv") else { return SharedData.skip("GDCM's gdcmconv is not installed") }
        let folder = try SharedData.temporaryFolder("jpegls-encode")
        defer { try? FileManager.default.removeItem(at: folder) }
        var direct: [(String, String)] = [], dcmtk: [(String, String)] = [], gdcm: [(String, String)] = []
        var gdcmSkipped: [String] = []
        var index = 0
        for row in try SharedData.catalog() where row["has_pixel_data"] == "yes" && row["pydicom_decodes"] == "yes" {
            let syntax = row["transfer_syntax_uid"] ?? ""
            guard Self.nativeSyntaxes.contains(syntax) || Self.syntaxes.contains(syntax),
                  ["8", "16"].contains(row["bits_allocated"] ?? ""),
                  !(row["photometric_interpretation"] ?? "").hasSuffix("_422") else { continue }
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            var file = try DicomReader.read(path: path)
            guard file.dataset.contains(.pixelData), file.truncation == nil else { continue }
            if file.transferSyntax == .jpegLSLossless {
                // Same-syntax transcoding copies the file: go through native pixels to re-encode.
                file = try DicomReader.read(data: Transcoder.transcode(file, to: .explicitVRLittleEndian))
            }
            index += 1
            let encoded = folder.appendingPathComponent("\(index).jls.dcm").path
            try Transcoder.transcode(file, to: .jpegLSLossless, path: encoded)
            let reread = try DicomReader.read(path: encoded)
            #expect(reread.transferSyntax == .jpegLSLossless)
            if file.transferSyntax.isLossy {
                #expect(reread.dataset.string(.lossyImageCompression) == "01", "\(path)")
            }
            direct.append((path, encoded))
            let viaDcmtk = folder.appendingPathComponent("\(index).dcmtk.dcm").path
            let (dcmtkStatus, _) = try SharedData.run(dcmdjpls, [encoded, viaDcmtk])
            #expect(dcmtkStatus == 0, "dcmdjpls failed on our JPEG-LS of \(path)")
            if dcmtkStatus == 0 { dcmtk.append((path, viaDcmtk)) }
            let viaGDCM = folder.appendingPathComponent("\(index).gdcm.dcm").path
            let (gdcmStatus, _) = try SharedData.run(gdcmconv, ["--raw", encoded, viaGDCM])
            if gdcmStatus == 0 {
                gdcm.append((path, viaGDCM))
            } else {
                // GDCM refuses to write some files whatever their encoding (e.g. multi-frame
                // Secondary Capture): only a failure it does not have on the original counts.
                let original = folder.appendingPathComponent("\(index).original.gdcm.dcm").path
                let (originalStatus, _) = try SharedData.run(gdcmconv, ["--raw", path, original])
                #expect(originalStatus != 0, "gdcmconv failed on our JPEG-LS of \(path) but not on the original")
                if originalStatus != 0 { gdcmSkipped.append(row["path"] ?? "") }
            }
        }
        #expect(index >= 50)
        if !gdcmSkipped.isEmpty { print("gdcmconv cannot rewrite these originals either: \(gdcmSkipped)") }
        #expect(gdcmSkipped.count <= 5)
        Self.expectEqual(try Self.compare(python: python, pairs: direct), count: direct.count, "pydicom on ours")
        Self.expectEqual(try Self.compare(python: python, pairs: dcmtk), count: dcmtk.count, "dcmdjpls on ours")
        Self.expectEqual(try Self.compare(python: python, pairs: gdcm), count: gdcm.count, "gdcmconv on ours")
    }

    @Test("re-encoding .81 frames with the default codec is exact: NEAR 0 adds no loss")
    func nearLosslessReencodeIsExact() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        var checked = 0
        for row in try SharedData.catalog() where row["transfer_syntax_uid"] == TransferSyntax.jpegLSNearLossless.uid {
            let file = try DicomReader.read(path: corpus.appendingPathComponent(row["path"] ?? "").path)
            let frames = try PixelFrames(file: file)
            let codec = JPEGLSCodec()
            for index in 0..<frames.count {
                let frame = try frames.frame(index)
                let encoded = try codec.encodeFrame(frame, syntax: .jpegLSNearLossless)
                let again = try codec.decodeFrame(encoded.fragments[0], description: frames.description)
                #expect(again.bytes == frame.bytes, "\(row["path"]!) frame \(index + 1)")
            }
            checked += 1
        }
        #expect(checked >= 13)
    }
}
