import OCR
import PixelIO
import Redactor
import Testing

@Suite("Pixel filling")
struct FillTests {
    /// A layout, named for the test output.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let layout: PixelDescription
        let choice: FillChoice
        var testDescription: String { name }

        init(_ name: String, _ photometric: Photometric, samples: Int = 1, allocated: Int, stored: Int? = nil,
             high: Int? = nil, signed: Bool = false, planar: Bool = false, columns: Int = 13, rows: Int = 9,
             choice: FillChoice = .black) {
            self.name = name
            layout = PixelDescription(rows: rows, columns: columns, samplesPerPixel: samples, bitsAllocated: allocated,
                                      bitsStored: stored, highBit: high, isSigned: signed, isPlanar: planar,
                                      photometric: photometric)
            self.choice = choice
        }
    }

    static let cases: [Case] = [
        Case("1-bit MONOCHROME2", .monochrome2, allocated: 1),
        Case("1-bit MONOCHROME1", .monochrome1, allocated: 1),
        Case("8-bit MONOCHROME2", .monochrome2, allocated: 8),
        Case("8-bit MONOCHROME1", .monochrome1, allocated: 8),
        Case("8-bit MONOCHROME2 explicit grey", .monochrome2, allocated: 8, choice: .samples([77])),
        Case("16-bit MONOCHROME2", .monochrome2, allocated: 16),
        Case("16-bit 12 stored MONOCHROME1", .monochrome1, allocated: 16, stored: 12),
        Case("16-bit signed MONOCHROME2", .monochrome2, allocated: 16, signed: true),
        Case("16-bit signed 12 stored MONOCHROME2", .monochrome2, allocated: 16, stored: 12, signed: true),
        Case("16-bit 12 stored high bit 15 MONOCHROME1", .monochrome1, allocated: 16, stored: 12, high: 15),
        Case("16-bit signed 10 stored high bit 12", .monochrome2, allocated: 16, stored: 10, high: 12, signed: true),
        Case("32-bit MONOCHROME1", .monochrome1, allocated: 32),
        Case("32-bit signed MONOCHROME2", .monochrome2, allocated: 32, signed: true),
        Case("64-bit MONOCHROME2 explicit", .monochrome2, allocated: 64, choice: .samples([0x0123_4567_89AB_CDEF])),
        Case("8-bit RGB interleaved", .rgb, samples: 3, allocated: 8),
        Case("8-bit RGB interleaved colour", .rgb, samples: 3, allocated: 8, choice: .samples([10, 20, 30])),
        Case("8-bit RGB planar colour", .rgb, samples: 3, allocated: 8, planar: true, choice: .samples([10, 20, 30])),
        Case("8-bit RGB planar", .rgb, samples: 3, allocated: 8, planar: true),
        Case("16-bit RGB interleaved white", .rgb, samples: 3, allocated: 16, choice: .white),
        Case("16-bit RGB planar colour", .rgb, samples: 3, allocated: 16, planar: true, choice: .samples([1, 300, 65535])),
        Case("8-bit YBR_FULL interleaved", .ybrFull, samples: 3, allocated: 8),
        Case("8-bit YBR_FULL planar", .ybrFull, samples: 3, allocated: 8, planar: true),
        Case("16-bit YBR_FULL 12 stored", .ybrFull, samples: 3, allocated: 16, stored: 12),
        Case("8-bit YBR_FULL_422 odd width", .ybrFull422, samples: 3, allocated: 8),
        Case("8-bit YBR_FULL_422 even width", .ybrFull422, samples: 3, allocated: 8, columns: 12),
        Case("16-bit YBR_FULL_422", .ybrFull422, samples: 3, allocated: 16),
        Case("8-bit 4 samples interleaved", Photometric(rawValue: "ARGB"), samples: 4, allocated: 8,
             choice: .samples([1, 2, 3, 4])),
        Case("8-bit 4 samples planar", Photometric(rawValue: "CMYK"), samples: 4, allocated: 8, planar: true,
             choice: .samples([9, 8, 7, 6])),
        Case("wide 8-bit RGB", .rgb, samples: 3, allocated: 8, columns: 301, rows: 7, choice: .samples([200, 100, 50])),
    ]

    @Test("Inside the rectangles equals the fill, outside is unchanged", arguments: cases)
    func fill(_ test: Case) throws {
        let color = try FillColor(test.choice, for: test.layout)
        let original = try FillFixtures.randomBuffer(test.layout, seed: UInt64(test.name.utf8.count))
        var buffer = original
        let rects = FillFixtures.rects(columns: test.layout.columns, rows: test.layout.rows)
        let covered = try PixelFiller.fill(rects, with: color, in: &buffer)
        let expected = FillFixtures.referenceFill(original, rects: rects, words: color.storedWords)
        #expect(buffer.bytes == expected)
        #expect(buffer.bytes != original.bytes)
        // The rectangles that touched the frame come back clipped (and grown to pairs for 4:2:2).
        #expect(covered.count == 7)
        #expect(covered.allSatisfy { $0.x >= 0 && $0.y >= 0 && $0.maxX <= test.layout.columns && $0.maxY <= test.layout.rows })
        if test.layout.photometric.isChromaSubsampled {
            #expect(covered.allSatisfy { $0.x % 2 == 0 && ($0.maxX % 2 == 0 || $0.maxX == test.layout.columns) })
        } else {
            // Stored values read back as the fill in every covered pixel.
            for rect in covered {
                for y in rect.y..<rect.maxY {
                    for x in rect.x..<rect.maxX {
                        for sample in 0..<test.layout.samplesPerPixel {
                            #expect(buffer.value(x: x, y: y, sample: sample) == color.samples[sample])
                        }
                    }
                }
            }
        }
    }

    @Test("4:2:2 rectangles grow to whole pixel pairs")
    func pairs() throws {
        let layout = PixelDescription(rows: 2, columns: 7, samplesPerPixel: 3, bitsAllocated: 8, photometric: .ybrFull422)
        var buffer = try PixelBuffer(description: layout, bytes: [UInt8](repeating: 0xAA, count: layout.unpackedFrameLength))
        let covered = try PixelFiller.fill([PixelRect(x: 3, y: 1, width: 1, height: 1)], with: FillColor.blank(for: layout),
                                           in: &buffer)
        #expect(covered == [PixelRect(x: 2, y: 1, width: 2, height: 1)])
        // Row 1, pair 1 (pixels 2 and 3): Y Y Cb Cr = 0 0 128 128; everything else untouched.
        var expected = [UInt8](repeating: 0xAA, count: layout.unpackedFrameLength)
        expected.replaceSubrange(20..<24, with: [0, 0, 128, 128])
        #expect(buffer.bytes == expected)
        // The last, half-used pair at an odd width.
        let edge = try PixelFiller.fill([PixelRect(x: 6, y: 0, width: 5, height: 1)], with: FillColor.blank(for: layout),
                                        in: &buffer)
        #expect(edge == [PixelRect(x: 6, y: 0, width: 1, height: 1)])
        #expect(Array(buffer.bytes[12..<16]) == [0, 0, 128, 128])
    }

    @Test("Bits outside Bits Stored are uniform in the filled area and kept outside it")
    func unusedBits() throws {
        // 12 bits stored, an overlay in bit 14 set everywhere.
        let layout = PixelDescription(rows: 4, columns: 4, bitsAllocated: 16, bitsStored: 12, photometric: .monochrome1)
        let word: UInt16 = 0x4123
        var buffer = try PixelBuffer(description: layout, bytes: (0..<16).flatMap { _ in [UInt8(word & 0xFF), UInt8(word >> 8)] })
        try PixelFiller.fill([PixelRect(x: 0, y: 0, width: 2, height: 4)], with: FillColor.blank(for: layout), in: &buffer)
        for y in 0..<4 {
            for x in 0..<4 {
                let offset = buffer.offset(x: x, y: y)
                let stored = UInt16(buffer.bytes[offset]) | UInt16(buffer.bytes[offset + 1]) << 8
                #expect(stored == (x < 2 ? 0x0FFF : word))
            }
        }
    }

    @Test("Regions apply to the frames they name")
    func regions() throws {
        let layout = PixelDescription(rows: 4, columns: 4, bitsAllocated: 8)
        let regions = [
            RedactionRegion(frames: .all, rect: PixelRect(x: 0, y: 0, width: 1, height: 1), reason: .unreadText),
            RedactionRegion(frames: .frames([1]), rect: PixelRect(x: 3, y: 3, width: 1, height: 1), reason: .text("x")),
        ]
        var first = try PixelBuffer(description: layout, bytes: [UInt8](repeating: 9, count: 16))
        var second = first
        let color = try FillColor.blank(for: layout)
        #expect(try PixelFiller.fill(regions, frame: 0, with: color, in: &first).count == 1)
        #expect(try PixelFiller.fill(regions, frame: 1, with: color, in: &second).count == 2)
        #expect(first.bytes.filter { $0 == 0 }.count == 1)
        #expect(second.bytes[15] == 0 && second.bytes[0] == 0)
    }

    @Test("A colour chosen for another layout is refused")
    func mismatch() throws {
        let rgb = PixelDescription(rows: 2, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, photometric: .rgb)
        let ybr = PixelDescription(rows: 2, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, photometric: .ybrFull)
        var buffer = PixelBuffer(zeroed: ybr)
        #expect(throws: DicomError.self) {
            try PixelFiller.fill([PixelRect(x: 0, y: 0, width: 1, height: 1)], with: FillColor.blank(for: rgb), in: &buffer)
        }
        let mono12 = PixelDescription(rows: 2, columns: 2, bitsAllocated: 16, bitsStored: 12)
        var mono16 = PixelBuffer(zeroed: PixelDescription(rows: 2, columns: 2, bitsAllocated: 16))
        #expect(throws: DicomError.self) {
            try PixelFiller.fill([PixelRect(x: 0, y: 0, width: 1, height: 1)], with: FillColor.blank(for: mono12), in: &mono16)
        }
    }

    @Test("No rectangle inside the frame leaves it untouched")
    func nothing() throws {
        let layout = PixelDescription(rows: 3, columns: 3, bitsAllocated: 16)
        let original = try FillFixtures.randomBuffer(layout)
        var buffer = original
        let covered = try PixelFiller.fill([PixelRect(x: 5, y: 5, width: 2, height: 2), PixelRect(x: 0, y: 0, width: -1, height: 3)],
                                           with: FillColor.blank(for: layout), in: &buffer)
        #expect(covered.isEmpty)
        #expect(buffer.bytes == original.bytes)
    }

    @Test("Clearing bits: unused bits, named bits, and detecting them")
    func bits() throws {
        let layout = PixelDescription(rows: 2, columns: 2, bitsAllocated: 16, bitsStored: 12, highBit: 13)
        #expect(layout.storedBitsMask == 0x3FFC)
        #expect(layout.unusedBitsMask == 0xC003)
        var buffer = try PixelBuffer(description: layout, bytes: [0xFF, 0xFF, 0x00, 0x40, 0x34, 0x12, 0x01, 0x00])
        let before = buffer.storedValues()
        #expect(buffer.hasAnyBits(1 << 14))
        #expect(!buffer.hasAnyBits(0x0001_0000))
        buffer.clearBits(1 << 14)
        #expect(!buffer.hasAnyBits(1 << 14))
        #expect(buffer.bytes == [0xFF, 0xBF, 0x00, 0x00, 0x34, 0x12, 0x01, 0x00])
        buffer.clearUnusedBits()
        #expect(buffer.bytes == [0xFC, 0x3F, 0x00, 0x00, 0x34, 0x12, 0x00, 0x00])
        #expect(buffer.storedValues() == before)

        let bytes8 = PixelDescription(rows: 1, columns: 3, bitsAllocated: 8, bitsStored: 6)
        var small = try PixelBuffer(description: bytes8, bytes: [0xFF, 0x80, 0x3F])
        small.clearUnusedBits()
        #expect(small.bytes == [0x3F, 0x00, 0x3F])

        let words32 = PixelDescription(rows: 1, columns: 2, bitsAllocated: 32, bitsStored: 24)
        var wide = try PixelBuffer(description: words32, bytes: [1, 2, 3, 4, 5, 6, 7, 8])
        wide.clearUnusedBits()
        #expect(wide.bytes == [1, 2, 3, 0, 5, 6, 7, 0])
    }
}
