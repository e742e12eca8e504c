import Foundation
import Testing
@testable import PixelIO
import TestSupport

/// JPEG Baseline / 8-bit Extended through libjpeg-turbo: round trips, restart intervals, colour
/// decisions, damaged streams, DCT coefficient access and the corpus against dcmtk's dcmdjpeg.
@Suite struct JPEGBaselineTests {

    // MARK: - Helpers

    /// A smooth image with a few sharp-edged bars (like burned-in text), interleaved.
    static func image(columns: Int, rows: Int, samples: Int, bars: Bool = true) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: columns * rows * samples)
        for y in 0..<rows {
            for x in 0..<columns {
                let bar = bars && (y / 6) % 3 == 1 && (x / 5) % 4 != 3
                for s in 0..<samples {
                    let ramp = x * (60 + 40 * s) / max(columns, 1) + y * (90 - 30 * s) / max(rows, 1) + 20 * s
                    out[(y * columns + x) * samples + s] = UInt8(bar ? 230 - 20 * s : 20 + ramp)
                }
            }
        }
        return out
    }

    static func description(columns: Int, rows: Int, samples: Int, photometric: Photometric? = nil,
                            planar: Bool = false) -> PixelDescription {
        PixelDescription(rows: rows, columns: columns, samplesPerPixel: samples, bitsAllocated: 8, isPlanar: planar,
                         photometric: photometric ?? (samples == 1 ? .monochrome2 : .rgb))
    }

    static func frame(columns: Int, rows: Int, samples: Int, bars: Bool = true) throws -> PixelBuffer {
        try PixelBuffer(description: description(columns: columns, rows: rows, samples: samples),
                        bytes: image(columns: columns, rows: rows, samples: samples, bars: bars))
    }

    /// Encodes a frame and returns the stream and the description a file would then have.
    static func encode(_ frame: PixelBuffer, codec: JPEGBaselineCodec = JPEGBaselineCodec(),
                       syntax: TransferSyntax = .jpegBaseline) throws -> (Data, PixelDescription) {
        let encoded = try codec.encodeFrame(frame, syntax: syntax)
        var d = frame.description
        if let photometric = encoded.changes.photometric { d.photometric = photometric }
        if let planar = encoded.changes.isPlanar { d.isPlanar = planar }
        #expect(encoded.fragments.count == 1)
        return (encoded.fragments[0], d)
    }

    static func decode(_ data: Data, _ d: PixelDescription) throws -> PixelBuffer {
        try JPEGBaselineCodec().decodeFrame(data, description: d)
    }

    static func maxDifference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a == b { return 0 }
        guard a.count == b.count else { return 256 }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var worst = 0
                for i in 0..<a.count { worst = max(worst, abs(Int(a[i]) - Int(b[i]))) }
                return worst
            }
        }
    }

    /// The stream with one byte changed.
    static func patched(_ data: Data, at offset: Int, _ value: UInt8) -> Data {
        var copy = data
        copy[copy.startIndex + offset] = value
        return copy
    }

    /// The offset of the first marker `code` (FF code) in a stream.
    static func offset(of code: UInt8, in data: Data) -> Int? {
        let bytes = [UInt8](data)
        return (0..<bytes.count - 1).first { bytes[$0] == 0xFF && bytes[$0 + 1] == code }
    }

    // MARK: - Encoding and decoding

    @Test("grey and colour frames round-trip within a bounded error", arguments: [
        (1, JPEGBaselineCodec.ChromaSubsampling.none), (3, .none), (3, .horizontal), (3, .both),
    ])
    func roundTrip(samples: Int, chroma: JPEGBaselineCodec.ChromaSubsampling) throws {
        for (columns, rows) in [(96, 80), (101, 77), (3, 3), (1, 17)] {
            let original = try Self.frame(columns: columns, rows: rows, samples: samples)
            let codec = JPEGBaselineCodec(quality: 90, chromaSubsampling: chroma)
            let encoded = try codec.encodeFrame(original, syntax: .jpegBaseline)
            #expect(encoded.changes.isLossy && encoded.changes.lossyMethod == "ISO_10918_1")
            if samples == 3 {
                #expect(encoded.changes.photometric == (chroma == .none ? .ybrFull : .ybrFull422))
                #expect(encoded.changes.isPlanar == false)
            } else {
                #expect(encoded.changes.photometric == nil)
            }
            let (stream, d) = try Self.encode(original, codec: codec)
            let info = try JPEGStreamInfo.read(stream)
            #expect(info.frameMarker == 0xC0 && info.precision == 8 && info.width == columns && info.height == rows)
            #expect(info.hasJFIF)
            let decoded = try Self.decode(stream, d)
            #expect(decoded.description.photometric == (samples == 3 ? .rgb : .monochrome2))
            #expect(!decoded.description.isPlanar)
            // The error is largest at the bars' sharp edges, and there largest with subsampled
            // chroma (a saturated colour edge is blurred over two pixels); smooth areas stay close.
            let bound = samples == 1 ? 24 : (chroma == .none ? 48 : 128)
            let difference = Self.maxDifference(decoded.bytes, original.bytes)
            #expect(difference <= bound, "\(columns)x\(rows) spp=\(samples) \(chroma): max difference \(difference)")
            let mean = Double(zip(decoded.bytes, original.bytes).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) })
                / Double(max(original.bytes.count, 1))
            #expect(mean <= (chroma == .none ? 3 : 6), "\(columns)x\(rows) spp=\(samples) \(chroma): mean difference \(mean)")
            let smooth = try Self.frame(columns: columns, rows: rows, samples: samples, bars: false)
            let (smoothStream, _) = try Self.encode(smooth, codec: codec)
            let smoothDifference = Self.maxDifference(try Self.decode(smoothStream, d).bytes, smooth.bytes)
            // Tiny frames have steep ramps (30 levels a pixel), which subsampled chroma averages.
            #expect(smoothDifference <= (chroma == .none ? 8 : 20), "\(columns)x\(rows) spp=\(samples) \(chroma) smooth: max difference \(smoothDifference)")
        }
    }

    @Test("8-bit JPEG Extended encodes as a baseline stream and decodes")
    func extendedSyntax() throws {
        let original = try Self.frame(columns: 40, rows: 24, samples: 1)
        let (stream, d) = try Self.encode(original, syntax: .jpegExtended)
        #expect(try JPEGStreamInfo.read(stream).frameMarker == 0xC0)
        let decoded = try Self.decode(stream, d)
        #expect(Self.maxDifference(decoded.bytes, original.bytes) <= 24)
        // The same frame as an 8-bit extended sequential stream (SOF1) decodes identically.
        let extended = Self.patched(stream, at: Self.offset(of: 0xC0, in: stream)! + 1, 0xC1)
        #expect(try JPEGStreamInfo.read(extended).frameMarker == 0xC1)
        #expect(try Self.decode(extended, d).bytes == decoded.bytes)
    }

    @Test("planar RGB and native YBR_FULL_422 frames encode like interleaved RGB")
    func planarAndSubsampledInput() throws {
        let interleaved = try Self.frame(columns: 10, rows: 6, samples: 3)
        var planarBytes = [UInt8](repeating: 0, count: interleaved.bytes.count)
        let count = 60
        for i in 0..<count { for s in 0..<3 { planarBytes[s * count + i] = interleaved.bytes[i * 3 + s] } }
        let planar = try PixelBuffer(description: Self.description(columns: 10, rows: 6, samples: 3, planar: true),
                                     bytes: planarBytes)
        let (a, _) = try Self.encode(interleaved)
        let (b, _) = try Self.encode(planar)
        #expect(a == b)
        // YBR_FULL_422 native: Y0 Y1 Cb Cr per pair; the odd column's pair has one pixel.
        let d422 = Self.description(columns: 5, rows: 2, samples: 3, photometric: .ybrFull422)
        let native = try PixelBuffer(description: d422, bytes: (0..<d422.unpackedFrameLength).map { UInt8(100 + $0) })
        let expanded = JPEGBaselineCodec.interleavedFullSamples(native)
        #expect(Array(expanded.prefix(9)) == [100, 102, 103, 101, 102, 103, 104, 106, 107])
        #expect(Array(expanded[12..<15]) == [108, 110, 111])
        let (stream, d) = try Self.encode(native)
        #expect(d.photometric == .ybrFull)
        #expect(try Self.decode(stream, d).description.photometric == .rgb)
    }

    @Test("frames JPEG Baseline cannot hold are refused")
    func refusedFrames() throws {
        let codec = JPEGBaselineCodec()
        var d16 = PixelDescription(rows: 4, columns: 4, bitsAllocated: 16, bitsStored: 12)
        #expect(throws: DicomError.self) { try codec.encodeFrame(PixelBuffer(zeroed: d16), syntax: .jpegBaseline) }
        d16.bitsStored = 16
        #expect(throws: DicomError.self) { try codec.encodeFrame(PixelBuffer(zeroed: d16), syntax: .jpegExtended) }
        let palette = PixelDescription(rows: 4, columns: 4, bitsAllocated: 8, photometric: .paletteColor)
        #expect(throws: DicomError.self) { try codec.encodeFrame(PixelBuffer(zeroed: palette), syntax: .jpegBaseline) }
        let signed = PixelDescription(rows: 4, columns: 4, bitsAllocated: 8, isSigned: true)
        #expect(throws: DicomError.self) { try codec.encodeFrame(PixelBuffer(zeroed: signed), syntax: .jpegBaseline) }
        #expect(throws: DicomError.self) {
            try codec.encodeFrame(PixelBuffer(zeroed: Self.description(columns: 4, rows: 4, samples: 1)), syntax: .rleLossless)
        }
    }

    @Test("restart intervals are written and read; the pixels do not depend on them")
    func restartIntervals() throws {
        for samples in [1, 3] {
            let original = try Self.frame(columns: 70, rows: 45, samples: samples)
            let (plain, d) = try Self.encode(original)
            let reference = try Self.decode(plain, d)
            for interval in [1, 3, 17] {
                let codec = JPEGBaselineCodec(restartInterval: interval, optimizeHuffmanTables: interval != 3)
                let (stream, _) = try Self.encode(original, codec: codec)
                #expect(try JPEGStreamInfo.read(stream).restartInterval == interval)
                #expect(Self.offset(of: 0xD0, in: stream) != nil, "RST0 present")
                #expect(try Self.decode(stream, d).bytes == reference.bytes, "spp=\(samples) interval \(interval)")
            }
        }
    }

    @Test("16-bit headers over 8-bit streams get 16-bit samples")
    func widenedSamples() throws {
        let original = try Self.frame(columns: 16, rows: 8, samples: 1)
        let (stream, d) = try Self.encode(original)
        let eight = try Self.decode(stream, d)
        var wide = d
        wide.bitsAllocated = 16
        let sixteen = try Self.decode(stream, wide)
        #expect(sixteen.bytes.count == 2 * eight.bytes.count)
        #expect(sixteen.storedValues() == eight.storedValues())
    }

    // MARK: - Colour decisions

    /// Replaces the segments between SOI and the first DQT with `segments` (each FF xx len ...).
    static func withHeaderSegments(_ stream: Data, _ segments: [[UInt8]]) -> Data {
        let bytes = [UInt8](stream)
        let dqt = offset(of: 0xDB, in: stream)!
        return Data([0xFF, 0xD8] + segments.flatMap { $0 } + bytes[dqt...])
    }

    static let adobeYCbCr: [UInt8] = [0xFF, 0xEE, 0, 14] + Array("Adobe".utf8) + [0, 100, 0, 0, 0, 0, 1]

    @Test("markers in the stream decide the colour model over the header; the header decides the rest")
    func colourDecisions() throws {
        let original = try Self.frame(columns: 32, rows: 16, samples: 3)
        let (jfif, ybr) = try Self.encode(original)  // YCbCr with JFIF, ids 1 2 3
        let truth = try Self.decode(jfif, ybr)
        var rgbHeader = ybr
        rgbHeader.photometric = .rgb
        // Header RGB, stream JFIF (YCbCr): converted, like the YBR header.
        #expect(try Self.decode(jfif, rgbHeader).bytes == truth.bytes)
        // Header RGB, stream Adobe transform 1 (YCbCr), no JFIF.
        let adobe = Self.withHeaderSegments(jfif, [Self.adobeYCbCr])
        #expect(try JPEGStreamInfo.read(adobe).adobeTransform == 1)
        #expect(try Self.decode(adobe, rgbHeader).bytes == truth.bytes)
        // No markers, ids 1 2 3: the header decides (RGB: no conversion, so the YCbCr values come out).
        let bare = Self.withHeaderSegments(jfif, [])
        #expect(try Self.decode(bare, ybr).bytes == truth.bytes)
        #expect(try Self.decode(bare, rgbHeader).bytes != truth.bytes)

        // An untransformed RGB stream (Adobe transform 0, ids R G B) under a YBR header stays RGB.
        let rgbStream = try Self.rgbStream(original)
        let rgbInfo = try JPEGStreamInfo.read(rgbStream)
        #expect(rgbInfo.adobeTransform == 0 && rgbInfo.componentIDs == [0x52, 0x47, 0x42])
        let asRGB = try Self.decode(rgbStream, rgbHeader)
        #expect(try Self.decode(rgbStream, ybr).bytes == asRGB.bytes)
        // ... also with the Adobe segment gone (the ids alone say RGB).
        let idsOnly = Self.withHeaderSegments(rgbStream, [])
        #expect(try Self.decode(idsOnly, ybr).bytes == asRGB.bytes)
    }

    /// An untransformed RGB stream (libjpeg writes Adobe transform 0 and ids 'R','G','B'), made
    /// from a coefficient image of a YCbCr stream whose components are re-labelled: the samples
    /// are only used to compare two decodes, so their meaning does not matter.
    static func rgbStream(_ frame: PixelBuffer) throws -> Data {
        let (jfif, ybr) = try encode(frame)
        let image = try JPEGCoefficientImage(frame: jfif, description: ybr)
        let adobeRGB: [UInt8] = [0xFF, 0xEE, 0, 14] + Array("Adobe".utf8) + [0, 100, 0, 0, 0, 0, 0]
        var stream = withHeaderSegments(try image.encode(markers: .none), [adobeRGB])
        // Component ids 1 2 3 -> 'R' 'G' 'B' in SOF0 and SOS.
        for marker: UInt8 in [0xC0, 0xDA] {
            let at = offset(of: marker, in: stream)!
            let first = marker == 0xC0 ? at + 10 : at + 5
            let step = marker == 0xC0 ? 3 : 2
            for (k, id) in [UInt8(0x52), 0x47, 0x42].enumerated() { stream = patched(stream, at: first + k * step, id) }
        }
        return stream
    }

    // MARK: - Damaged and hostile streams

    @Test("damaged, truncated, mismatched and hostile streams throw")
    func hostileStreams() throws {
        let original = try Self.frame(columns: 64, rows: 48, samples: 3)
        let (stream, d) = try Self.encode(original, codec: JPEGBaselineCodec(restartInterval: 2))
        let codec = JPEGBaselineCodec()
        func expectFailure(_ data: Data, _ label: String, _ header: PixelDescription? = nil) {
            let description = header ?? d
            #expect(throws: DicomError.self, "\(label)") { try codec.decodeFrame(data, description: description) }
            #expect(throws: DicomError.self, "\(label) (coefficients)") {
                try JPEGCoefficientImage(frame: data, description: description)
            }
        }
        expectFailure(Data(), "empty")
        expectFailure(Data(repeating: 0x41, count: 300), "not JPEG")
        expectFailure(Data([0xFF, 0xD8, 0xFF, 0xD9]), "no frame")
        let sos = Self.offset(of: 0xDA, in: stream)!
        for cut in [sos + 20, stream.count / 2, stream.count - 40] {
            expectFailure(stream.prefix(cut), "truncated at \(cut)")
        }
        // A restart marker renumbered: libjpeg resynchronises and invents samples (a warning).
        let rst = Self.offset(of: 0xD1, in: stream)!
        expectFailure(Self.patched(stream, at: rst + 1, 0xD5), "restart marker out of order")
        // A restart marker removed: extraneous data / resync warnings.
        var noRST = [UInt8](stream)
        noRST.removeSubrange(rst..<(rst + 2))
        expectFailure(Data(noRST), "restart marker missing")
        // The frame header disagrees with the DICOM header: refused before any image buffer.
        let sof = Self.offset(of: 0xC0, in: stream)!
        var huge = Self.patched(stream, at: sof + 5, 0xFF)
        huge = Self.patched(huge, at: sof + 6, 0xFF)
        huge = Self.patched(huge, at: sof + 7, 0xFF)
        huge = Self.patched(huge, at: sof + 8, 0xFF)
        expectFailure(huge, "65535x65535 frame in a 64x48 header")
        expectFailure(stream, "3 components, header says 1", Self.description(columns: 64, rows: 48, samples: 1))
        expectFailure(stream, "size swapped", Self.description(columns: 48, rows: 64, samples: 3))
        // 12-bit (SOF1, P=12): named, not decoded.
        let twelve = Self.patched(Self.patched(stream, at: sof + 1, 0xC1), at: sof + 4, 12)
        do {
            _ = try codec.decodeFrame(twelve, description: d)
            Issue.record("a 12-bit stream decoded")
        } catch {
            #expect(error.code == .codec && error.message.contains("12-bit"))
        }
        // A bit error in the entropy-coded data that makes an invalid Huffman code.
        var bad = [UInt8](stream)
        for i in (sos + 40)..<(sos + 56) where bad[i] != 0xFF && bad[i - 1] != 0xFF { bad[i] = 0xFF; bad[i + 1] = 0x00 }
        expectFailure(Data(bad), "entropy data overwritten")
    }

    @Test("random corruption never crashes: each mutated stream decodes or throws")
    func mutatedStreams() throws {
        let original = try Self.frame(columns: 48, rows: 40, samples: 3)
        let (stream, d) = try Self.encode(original, codec: JPEGBaselineCodec(chromaSubsampling: .both, restartInterval: 3))
        var rng = SeededGenerator(seed: 0x1E6)
        var threw = 0
        for round in 0..<300 {
            var bytes = [UInt8](stream)
            for _ in 0..<(1 + rng.below(6)) { bytes[rng.below(bytes.count)] = rng.byte() }
            if round % 5 == 0 { bytes.removeLast(rng.below(bytes.count / 2)) }
            do {
                let frame = try JPEGBaselineCodec().decodeFrame(Data(bytes), description: d)
                #expect(frame.bytes.count == 48 * 40 * 3)
            } catch {
                #expect(error.code == .codec && !error.message.isEmpty)
                threw += 1
            }
            _ = try? JPEGCoefficientImage(frame: Data(bytes), description: d)
        }
        #expect(threw > 0)
    }

    // MARK: - DCT coefficients

    static let layouts: [(samples: Int, chroma: JPEGBaselineCodec.ChromaSubsampling)] = [
        (1, .none), (3, .none), (3, .horizontal), (3, .both),
    ]

    @Test("the block grid follows the frame's size and sampling")
    func blockGrid() throws {
        let (stream, d) = try Self.encode(try Self.frame(columns: 101, rows: 77, samples: 3),
                                          codec: JPEGBaselineCodec(chromaSubsampling: .both))
        let image = try JPEGCoefficientImage(frame: stream, description: d)
        #expect(image.colorModel == .yCbCr && image.mcuSize == (16, 16))
        let y = image.components[0], cb = image.components[1]
        #expect((y.horizontalSampling, y.verticalSampling, cb.horizontalSampling) == (2, 2, 1))
        #expect((y.widthInBlocks, y.heightInBlocks, y.paddedWidthInBlocks, y.paddedHeightInBlocks) == (13, 10, 14, 10))
        #expect((cb.widthInBlocks, cb.heightInBlocks, cb.paddedWidthInBlocks, cb.paddedHeightInBlocks) == (7, 5, 7, 5))
        #expect(y.coefficients.count == 14 * 10 * 64 && y.quantizationTable.count == 64)
        typealias R = JPEGCoefficientImage.Rect
        #expect(image.mcuAlignedRect(covering: R(x: 20, y: 3, width: 20, height: 14)) == R(x: 16, y: 0, width: 32, height: 32))
        // Full-resolution luma changes only the 8x8 blocks the rectangle touches; subsampled
        // chroma the 16x16 blocks its samples cover.
        #expect(image.blockRect(covering: R(x: 20, y: 3, width: 20, height: 14), component: 0) == R(x: 2, y: 0, width: 3, height: 3))
        #expect(image.blockRect(covering: R(x: 20, y: 3, width: 20, height: 14), component: 2) == R(x: 1, y: 0, width: 2, height: 2))
        #expect(image.mcuAlignedRect(covering: R(x: 90, y: 70, width: 50, height: 50)) == R(x: 80, y: 64, width: 21, height: 13))
        #expect(image.blockRect(covering: R(x: 90, y: 70, width: 50, height: 50), component: 0) == R(x: 11, y: 8, width: 2, height: 2))
        #expect(image.mcuAlignedRect(covering: R(x: 200, y: 0, width: 5, height: 5)) == nil)
        let grey = try JPEGCoefficientImage(frame: try Self.encode(try Self.frame(columns: 20, rows: 9, samples: 1)).0,
                                            description: Self.description(columns: 20, rows: 9, samples: 1))
        #expect(grey.mcuSize == (8, 8) && grey.colorModel == .grey)
        #expect(grey.blockRect(covering: R(x: 9, y: 1, width: 1, height: 1), component: 0) == R(x: 1, y: 0, width: 1, height: 1))
    }

    @Test("reading and writing coefficients unchanged decodes to identical pixels", arguments: layouts)
    func coefficientRoundTrip(samples: Int, chroma: JPEGBaselineCodec.ChromaSubsampling) throws {
        for (columns, rows, interval) in [(101, 77, 0), (64, 48, 2), (9, 5, 0)] {
            let codec = JPEGBaselineCodec(quality: 85, chromaSubsampling: chroma, restartInterval: interval)
            let (stream, d) = try Self.encode(try Self.frame(columns: columns, rows: rows, samples: samples), codec: codec)
            let image = try JPEGCoefficientImage(frame: stream, description: d)
            #expect(image.restartInterval == interval)
            let reference = try Self.decode(stream, d)
            for tables in [JPEGCoefficientImage.HuffmanTables.optimized, .standard] {
                let rewritten = try image.encode(huffmanTables: tables)
                #expect(try Self.decode(rewritten, d).bytes == reference.bytes, "\(columns)x\(rows) \(chroma) \(tables)")
                #expect(try JPEGStreamInfo.read(rewritten).restartInterval == interval)
                let again = try JPEGCoefficientImage(frame: rewritten, description: d)
                #expect(again.components == image.components)
            }
        }
    }

    @Test("the block DCT: forward and inverse undo each other, a DC-only block is flat at DC/8")
    func blockDCT() {
        let block: [Float] = (0..<64).map { Float(($0 * 37) % 255) - 128 }
        let back = BlockDCT.inverse(BlockDCT.forward(block))
        #expect(zip(block, back).allSatisfy { abs($0 - $1) < 1e-3 })
        var dcOnly = [Float](repeating: 0, count: 64)
        dcOnly[0] = 80
        #expect(BlockDCT.inverse(dcOnly).allSatisfy { abs($0 - 10) < 1e-4 })
        #expect(BlockDCT.patterns.count == 64 * 64 && abs(BlockDCT.patterns[0] - 0.125) < 1e-6)
    }

    /// A 101x77 frame of bars encoded at `quality`, and its decoded samples.
    static func blankingFrame(samples: Int, chroma: JPEGBaselineCodec.ChromaSubsampling,
                              quality: Int) throws -> (Data, PixelDescription, PixelBuffer) {
        let (stream, d) = try encode(try frame(columns: 101, rows: 77, samples: samples),
                                     codec: JPEGBaselineCodec(quality: quality, chromaSubsampling: chroma))
        return (stream, d, try decode(stream, d))
    }

    @Test("blanking rectangles on the block grid makes their blocks uniform and changes nothing outside their MCUs",
          arguments: layouts)
    func gridBlank(samples: Int, chroma: JPEGBaselineCodec.ChromaSubsampling) throws {
        let (stream, d, before) = try Self.blankingFrame(samples: samples, chroma: chroma, quality: 80)
        let (columns, rows) = (d.columns, d.rows)
        typealias R = JPEGCoefficientImage.Rect
        // One rectangle of whole MCUs inside, one over the right and bottom edges (padding blocks).
        for (rect, value) in [(R(x: 16, y: 16, width: 32, height: 16), 200), (R(x: 64, y: 48, width: 100, height: 100), 37)] {
            var image = try JPEGCoefficientImage(frame: stream, description: d)
            let values = samples == 1 ? [value] : image.componentValues(red: value, green: value, blue: value)
            let covered = try image.blank(pixelRects: [rect], sampleValues: values)
            let expected = R(x: rect.x, y: rect.y, width: min(rect.maxX, columns) - rect.x, height: min(rect.maxY, rows) - rect.y)
            #expect(covered == [expected])
            let after = try Self.decode(try image.encode(), d)
            // Smooth chroma upsampling blends one pixel across the edges of subsampled MCUs.
            let blend = chroma == .none ? 0 : 1
            let tolerance = samples == 1 ? 1 : 2
            var changedOutside = 0, wrongInside = 0
            for y in 0..<rows {
                for x in 0..<columns {
                    let near = R(x: expected.x - blend, y: expected.y - blend, width: expected.width + 2 * blend,
                                 height: expected.height + 2 * blend).contains(x: x, y: y)
                    let core = R(x: expected.x + blend, y: expected.y + blend, width: expected.width - 2 * blend,
                                 height: expected.height - 2 * blend).contains(x: x, y: y)
                    for s in 0..<samples {
                        let offset = (y * columns + x) * samples + s
                        if !near && after.bytes[offset] != before.bytes[offset] { changedOutside += 1 }
                        if core && abs(Int(after.bytes[offset]) - value) > tolerance { wrongInside += 1 }
                    }
                }
            }
            #expect(changedOutside == 0, "\(chroma) \(rect): \(changedOutside) samples changed outside \(expected)")
            #expect(wrongInside == 0, "\(chroma) \(rect): \(wrongInside) samples inside \(expected) are not \(value)")
        }
    }

    @Test("blanking rectangles fills their samples, keeps the rest of the blocks they touch and nothing else changes",
          arguments: layouts)
    func regionBlank(samples: Int, chroma: JPEGBaselineCodec.ChromaSubsampling) throws {
        let (stream, d, before) = try Self.blankingFrame(samples: samples, chroma: chroma, quality: 90)
        let (columns, rows) = (d.columns, d.rows)
        typealias R = JPEGCoefficientImage.Rect
        // Two overlapping rectangles off the block grid over the bars, and one over the bottom-right edge.
        let rects = [R(x: 13, y: 21, width: 30, height: 17), R(x: 35, y: 30, width: 9, height: 12), R(x: 70, y: 50, width: 100, height: 100)]
        var image = try JPEGCoefficientImage(frame: stream, description: d)
        let value = 0
        let values = samples == 1 ? [value] : image.componentValues(red: value, green: value, blue: value)
        let covered = try image.blank(pixelRects: rects, sampleValues: values)
        #expect(covered == rects.compactMap { image.mcuAlignedRect(covering: $0) })
        let after = try Self.decode(try image.encode(), d)
        let blend = chroma == .none ? 0 : 1
        var changedOutside = 0, wrongInside = 0, kept = 0, keptOff = 0, keptWorst = 0
        for y in 0..<rows {
            for x in 0..<columns {
                // Upsampling blends the chroma of the samples just outside into the rectangles' edge.
                let inCore = rects.contains {
                    R(x: $0.x + blend, y: $0.y + blend, width: $0.width - 2 * blend, height: $0.height - 2 * blend).contains(x: x, y: y)
                }
                // Subsampled chroma samples stand for 2 pixels, and upsampling blends one more.
                let nearRect = rects.contains {
                    R(x: $0.x - 2 * blend, y: $0.y - 2 * blend, width: $0.width + 4 * blend, height: $0.height + 4 * blend).contains(x: x, y: y)
                }
                let inMCU = covered.contains { R(x: $0.x - blend, y: $0.y - blend, width: $0.width + 2 * blend,
                                                 height: $0.height + 2 * blend).contains(x: x, y: y) }
                for s in 0..<samples {
                    let offset = (y * columns + x) * samples + s
                    let difference = abs(Int(after.bytes[offset]) - Int(before.bytes[offset]))
                    if !inMCU && difference != 0 { changedOutside += 1 }
                    if inCore && abs(Int(after.bytes[offset]) - value) > Self.blankTolerance(samples: samples) { wrongInside += 1 }
                    if inMCU && !nearRect {
                        kept += 1
                        if difference > 5 { keptOff += 1 }
                        keptWorst = max(keptWorst, difference)
                    }
                }
            }
        }
        #expect(changedOutside == 0, "\(chroma): \(changedOutside) samples changed outside \(covered)")
        #expect(wrongInside == 0, "\(chroma): \(wrongInside) samples inside the rectangles (but for their edge when chroma is subsampled) are not \(value)")
        // Whole-block filling would blacken all of them (the image is 20 or brighter). The bars
        // cut at the rectangles' edges are the hard case; colour adds the chroma steps' error.
        let share = samples == 1 ? 10 : 2
        #expect(kept > 500 && keptOff * share <= kept, "\(chroma): \(keptOff) of \(kept) kept samples moved more than 5 (worst \(keptWorst))")
    }

    @Test("a block blanked in part spends the fill's tolerance on its kept samples: black text cut from a grey panel rings less")
    func partialBlockRinging() {
        // The baseline luminance table of ITU T.81 Annex K at quality 75 (steps halved).
        let annexK: [UInt16] = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
                                14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
                                18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
                                49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
        let table = annexK.map { max(($0 + 1) / 2, 1) }
        // A flat panel at 120 (DC only), its left three columns blanked to 0.
        var panel = [Int16](repeating: 0, count: 64)
        panel[0] = Int16((120 - 128) * 8 / Int(table[0]))
        let before = BlockDCT.inverse((0..<64).map { Float(panel[$0]) * Float(table[$0]) }).map { $0 + 128 }
        var inside: UInt64 = 0
        for row in 0..<8 { inside |= UInt64(0b111) << UInt64(row * 8) }
        let fill = PartialBlockFill(table: table, inside: inside, usable: UInt64.max, fill: 0)
        guard let blanked = fill.blank(panel) else {
            Issue.record("the block could not be blanked in part")
            return
        }
        let after = BlockDCT.inverse((0..<64).map { Float(blanked[$0]) * Float(table[$0]) }).map { min(max($0 + 128, 0), 255) }
        var insideWorst: Float = 0, keptWorst: Float = 0
        for i in 0..<64 {
            let error = inside & (1 << UInt64(i)) != 0 ? after[i] : abs(after[i] - before[i])
            if inside & (1 << UInt64(i)) != 0 { insideWorst = max(insideWorst, error) } else { keptWorst = max(keptWorst, error) }
        }
        #expect(insideWorst <= PartialBlockFill.insideTolerance)
        // Pulling the blanked samples onto the fill itself leaves kept samples 3.8 off.
        #expect(keptWorst <= 3, "a kept sample moved by \(keptWorst)")
    }

    /// How far from the fill a blanked sample may decode: the blanking's tolerance per component
    /// and a step of IDCT rounding; in RGB the chroma tolerances add up (R = Y + 1.402 Cr).
    static func blankTolerance(samples: Int) -> Int {
        let tolerance = Int(PartialBlockFill.insideTolerance)
        return samples == 1 ? tolerance + 1 : tolerance * 3 + 2
    }

    @Test("DC values, raw block access and bad block requests")
    func blockAccess() throws {
        let (stream, d) = try Self.encode(try Self.frame(columns: 32, rows: 16, samples: 1))
        var image = try JPEGCoefficientImage(frame: stream, description: d)
        for sample in [0, 1, 77, 128, 200, 254, 255] {
            let dc = image.dcValue(forSample: sample, component: 0)
            #expect(abs(image.sample(forDCValue: dc, component: 0) - sample) <= 1)
        }
        var flat = [Int16](repeating: 0, count: 64)
        flat[0] = image.dcValue(forSample: 10, component: 0)
        try image.setBlock(component: 0, x: 1, y: 1, coefficients: flat)
        #expect(Array(image.components[0].block(x: 1, y: 1)) == flat)
        let decoded = try Self.decode(try image.encode(), d)
        for y in 8..<16 { for x in 8..<16 { #expect(abs(Int(decoded.bytes[y * 32 + x]) - 10) <= 1) } }
        typealias R = JPEGCoefficientImage.Rect
        #expect(throws: DicomError.self) { try image.setBlock(component: 0, x: 4, y: 0, coefficients: flat) }
        #expect(throws: DicomError.self) { try image.setBlock(component: 0, x: 0, y: 0, coefficients: [1, 2]) }
        #expect(throws: DicomError.self) { try image.setBlock(component: 1, x: 0, y: 0, coefficients: flat) }
        #expect(throws: DicomError.self) { try image.fill(component: 0, blockRect: R(x: 3, y: 0, width: 2, height: 1), dcValue: 0) }
        #expect(throws: DicomError.self) { try image.fill(component: 0, blockRect: R(x: -1, y: 0, width: 1, height: 1), dcValue: 0) }
        #expect(throws: DicomError.self) { try image.blank(pixelRects: [R(x: 0, y: 0, width: 4, height: 4)], sampleValues: [1, 2, 3]) }
        #expect(try image.blank(pixelRects: [R(x: 40, y: 0, width: 4, height: 4), R(x: 2, y: 2, width: -3, height: 4)], sampleValues: [0]).isEmpty)
    }

    @Test("only the segments decoding needs are copied by default; thumbnails and EXIF are dropped")
    func markerCopy() throws {
        let (stream, d) = try Self.encode(try Self.frame(columns: 16, rows: 16, samples: 3))
        let jfifThumbnail: [UInt8] = [0xFF, 0xE0, 0, 19] + Array("JFIF".utf8) + [0, 1, 2, 0, 0, 1, 0, 1, 1, 1, 9, 9, 9]
        let exif: [UInt8] = [0xFF, 0xE1, 0, 14] + Array("Exif".utf8) + [0, 0] + Array("SECRET".utf8)
        let comment: [UInt8] = [0xFF, 0xFE, 0, 8] + Array("Smith".utf8) + [0]
        let icc: [UInt8] = [0xFF, 0xE2, 0, 17] + Array("ICC_PROFILE".utf8) + [0, 1, 1, 42]
        let source = Self.withHeaderSegments(stream, [jfifThumbnail, exif, comment, icc])
        let image = try JPEGCoefficientImage(frame: source, description: d)
        #expect(image.markers.map(\.code) == [0xE0, 0xE1, 0xFE, 0xE2])
        let kept = try JPEGCoefficientImage(frame: try image.encode(), description: d)
        #expect(kept.markers.map(\.code) == [0xE0, 0xE2])
        #expect(kept.markers[0].bytes == Array("JFIF".utf8) + [0, 1, 2, 0, 0, 1, 0, 1, 0, 0])
        #expect(!String(decoding: try image.encode(), as: UTF8.self).contains("SECRET"))
        let all = try JPEGCoefficientImage(frame: try image.encode(markers: .all), description: d)
        #expect(all.markers == image.markers)
        #expect(try JPEGCoefficientImage(frame: try image.encode(markers: .none), description: d).markers.isEmpty)
        #expect(try Self.decode(try image.encode(), d).bytes == (try Self.decode(source, d)).bytes)
    }

    // MARK: - Corpus

    /// Frames in interleaved order whatever the planar configuration.
    static func interleaved(_ frame: PixelBuffer) -> [UInt8] {
        guard frame.description.isPlanar, frame.samplesPerPixel == 3 else { return frame.bytes }
        let count = frame.rows * frame.columns
        var out = [UInt8](repeating: 0, count: count * 3)
        for i in 0..<count { for s in 0..<3 { out[i * 3 + s] = frame.bytes[s * count + i] } }
        return out
    }

    @Test("corpus JPEG Baseline and 8-bit Extended frames decode as dcmtk's dcmdjpeg does; coefficients round-trip")
    func corpusMatchesDcmtk() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let dcmdjpeg = SharedData.tool("dcmdjpeg") else { return SharedData.skip("dcmtk's dcmdjpeg is not installed") }
        let folder = try SharedData.temporaryFolder("jpeg")
        defer { try? FileManager.default.removeItem(at: folder) }
        // libjpeg-turbo and dcmtk's IJG code share the integer IDCT and upsampling: equal on every
        // corpus file. The bound leaves room for one step of rounding; a colour mix-up is ~255.
        let allowed = 1
        var checked = 0, refused = 0, allKept = 0, allKeptMoved = 0
        for row in try SharedData.catalog() where row["has_pixel_data"] == "yes" {
            let syntax = row["transfer_syntax_uid"] ?? ""
            guard syntax == TransferSyntax.jpegBaseline.uid || syntax == TransferSyntax.jpegExtended.uid else { continue }
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            let frames = try PixelFrames(file: DicomReader.read(path: path))
            let codec = JPEGBaselineCodec()
            func decoded(_ index: Int) throws -> PixelBuffer {
                try codec.decodeFrame(frames.encodedFrame(index), description: frames.description)
            }
            if frames.description.bitsAllocated != 8 {
                // 12-bit extended streams: libjpeg-turbo here has no 12-bit decoder.
                #expect(throws: DicomError.self) { try decoded(0) }
                refused += 1
                continue
            }
            let output = folder.appendingPathComponent("\(checked).dcm").path
            let (status, _) = try SharedData.run(dcmdjpeg, [path, output])
            guard status == 0 else {
                // dcmdjpeg gives up on pydicom/SC_rgb_jpeg.dcm ("premature end of stream"); pydicom agrees with us there.
                _ = try decoded(0)
                continue
            }
            let reference = try PixelFrames(file: DicomReader.read(path: output))
            #expect(reference.count == frames.count)
            for index in 0..<min(frames.count, 4) {
                let ours = try decoded(index)
                let theirs = try reference.frame(index)
                #expect(ours.description.photometric == theirs.description.photometric, "\(path)")
                let difference = Self.maxDifference(Self.interleaved(ours), Self.interleaved(theirs))
                #expect(difference <= allowed, "\(path) frame \(index + 1): max difference \(difference) from dcmdjpeg")
            }
            // Coefficients of frame 1 read and written back decode to the same pixels; blanking a
            // rectangle off the block grid changes nothing outside its MCUs (and the one-pixel chroma
            // blend), blackens the rectangle and keeps the rest of the blocks it touches.
            var image = try JPEGCoefficientImage(frame: frames.encodedFrame(0), description: frames.description)
            let first = try decoded(0)
            let rewritten = try codec.decodeFrame(try image.encode(), description: frames.description)
            #expect(rewritten.bytes == first.bytes, "\(path): coefficient round trip")
            let (columns, rows) = (frames.description.columns, frames.description.rows)
            typealias R = JPEGCoefficientImage.Rect
            // Off the block grid where the image is large enough.
            let offset = columns >= 64 && rows >= 64 ? (x: 3, y: 5) : (x: 0, y: 0)
            let rect = R(x: columns / 3 + offset.x, y: rows / 3 + offset.y, width: columns / 4 + 1, height: rows / 5 + 1)
            let covered = try image.blank(pixelRects: [rect], sampleValues: image.componentValues(red: 0, green: 0, blue: 0))
            let mcus = try #require(covered.first)
            let filled = try codec.decodeFrame(try image.encode(), description: frames.description)
            let subsampled = image.components.contains { $0.horizontalSampling != image.components[0].horizontalSampling
                || $0.verticalSampling != image.components[0].verticalSampling }
            let blend = subsampled ? 1 : 0
            func grown(_ r: R, by margin: Int) -> R {
                R(x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin)
            }
            let near = grown(mcus, by: blend), core = grown(rect, by: -2 * blend), edge = grown(rect, by: 2 * blend)
            let samples = frames.description.samplesPerPixel
            let blackTolerance = Self.blankTolerance(samples: samples)
            var changedOutside = 0, notBlack = 0, kept = 0, keptMoved = 0
            first.bytes.withUnsafeBufferPointer { before in
                filled.bytes.withUnsafeBufferPointer { after in
                    for y in 0..<rows {
                        for x in 0..<columns {
                            let inNear = near.contains(x: x, y: y), inCore = core.contains(x: x, y: y)
                            let inKept = inNear && !edge.contains(x: x, y: y)
                            for s in 0..<samples {
                                let o = (y &* columns &+ x) &* samples &+ s
                                if !inNear && before[o] != after[o] { changedOutside += 1 }
                                if inCore && Int(after[o]) > blackTolerance { notBlack += 1 }
                                if inKept {
                                    kept += 1
                                    if abs(Int(before[o]) - Int(after[o])) > 5 { keptMoved += 1 }
                                }
                            }
                        }
                    }
                }
            }
            #expect(changedOutside == 0 && notBlack == 0,
                    "\(path): blank \(rect): \(changedOutside) samples changed outside \(mcus), \(notBlack) inside not black")
            allKept += kept
            allKeptMoved += keptMoved
            checked += 1
        }
        #expect(checked >= 20 && refused >= 10, "\(checked) files compared, \(refused) 12-bit files refused")
        // Whole-block filling would blacken nearly all of them.
        #expect(allKept > 100_000 && allKeptMoved * 5 <= allKept,
                "\(allKeptMoved) of \(allKept) samples kept in partly blanked blocks moved more than 5")
    }

    // MARK: - Speed (REDACT_BENCHMARK=1, release build)

    @Test("decode speed", .enabled(if: ProcessInfo.processInfo.environment["REDACT_BENCHMARK"] == "1"))
    func decodeSpeed() throws {
        func milliseconds(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
            try body()
            let start = ContinuousClock.now
            for _ in 0..<repeats { try body() }
            let elapsed = start.duration(to: .now)
            return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1000 / Double(repeats)
        }
        for (columns, rows, samples) in [(1024, 768, 3), (512, 512, 1)] {
            for bars in [true, false] {
                let frame = try Self.frame(columns: columns, rows: rows, samples: samples, bars: bars)
                let codec = JPEGBaselineCodec()
                let (stream, d) = try Self.encode(frame, codec: codec)
                let decode = try milliseconds(40) { _ = try codec.decodeFrame(stream, description: d) }
                let encode = try milliseconds(20) { _ = try codec.encodeFrame(frame, syntax: .jpegBaseline) }
                var image = try JPEGCoefficientImage(frame: stream, description: d)
                let coefficients = try milliseconds(20) {
                    image = try JPEGCoefficientImage(frame: stream, description: d)
                    _ = try image.blank(pixelRects: [.init(x: 101, y: 99, width: 200, height: 41)],
                                        sampleValues: Array(repeating: 0, count: samples))
                    _ = try image.encode()
                }
                let megapixels = Double(columns * rows) / 1e6
                print("JPEG \(columns)x\(rows)x\(samples) \(bars ? "bars" : "smooth") (\(stream.count) bytes): decode "
                      + "\(String(format: "%.2f", decode)) ms = \(String(format: "%.0f", megapixels / decode * 1000)) Mpixel/s; "
                      + "encode q90 \(String(format: "%.2f", encode)) ms; coefficient read+blank+write \(String(format: "%.2f", coefficients)) ms")
            }
        }
    }
}
