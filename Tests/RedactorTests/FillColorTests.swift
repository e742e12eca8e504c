import PixelIO
import Redactor
import Testing

@Suite("Fill colour")
struct FillColorTests {
    private func layout(_ photometric: Photometric, samples: Int = 1, allocated: Int, stored: Int? = nil,
                        high: Int? = nil, signed: Bool = false) -> PixelDescription {
        PixelDescription(rows: 4, columns: 4, samplesPerPixel: samples, bitsAllocated: allocated, bitsStored: stored,
                         highBit: high, isSigned: signed, photometric: photometric)
    }

    @Test("MONOCHROME2 blanks with the lowest stored value")
    func monochrome2() throws {
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 8)).samples == [0])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 16, stored: 12)).samples == [0])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 16, signed: true)).samples == [-32768])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 16, stored: 12, signed: true)).samples == [-2048])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 1)).samples == [0])
        #expect(try FillColor(.white, for: layout(.monochrome2, allocated: 16, stored: 12)).samples == [4095])
    }

    @Test("MONOCHROME1 blanks with the highest stored value")
    func monochrome1() throws {
        #expect(try FillColor.blank(for: layout(.monochrome1, allocated: 8)).samples == [255])
        #expect(try FillColor.blank(for: layout(.monochrome1, allocated: 16, stored: 12)).samples == [4095])
        #expect(try FillColor.blank(for: layout(.monochrome1, allocated: 16, stored: 12, signed: true)).samples == [2047])
        #expect(try FillColor.blank(for: layout(.monochrome1, allocated: 1)).samples == [1])
        #expect(try FillColor(.white, for: layout(.monochrome1, allocated: 16, stored: 12, signed: true)).samples == [-2048])
    }

    @Test("darkest: a grey frame's own extreme; colour frames and undecoded layouts get black")
    func darkest() throws {
        // A signed CT-like frame: padding -2000 outside the scan circle, tissue up to 3071.
        let ct = layout(.monochrome2, allocated: 16, signed: true)
        var frame = PixelBuffer(zeroed: ct)
        let values: [Int64] = [-2000, -1000, 40, 3071] + [Int64](repeating: 0, count: 12)
        for (index, value) in values.enumerated() {
            let word = UInt16(truncatingIfNeeded: value)
            frame.bytes[2 * index] = UInt8(word & 0xFF)
            frame.bytes[2 * index + 1] = UInt8(word >> 8)
        }
        #expect(FillChoice.darkest.resolved(for: frame) == .samples([-2000]))
        var inverted = frame
        inverted.description.photometric = .monochrome1
        #expect(FillChoice.darkest.resolved(for: inverted) == .samples([3071]))
        // Other choices are left as they are.
        #expect(FillChoice.black.resolved(for: frame) == .black)
        #expect(FillChoice.samples([7]).resolved(for: frame) == .samples([7]))
        // Colour, and a layout with no frame to look at, resolve as black.
        let rgb = PixelBuffer(zeroed: layout(.rgb, samples: 3, allocated: 8))
        #expect(FillChoice.darkest.resolved(for: rgb) == .darkest)
        #expect(try FillColor(.darkest, for: rgb.description).samples == [0, 0, 0])
        #expect(try FillColor(.darkest, for: ct).samples == [-32768])
    }

    @Test("Colour: RGB black, YBR with neutral chroma")
    func colour() throws {
        #expect(try FillColor.blank(for: layout(.rgb, samples: 3, allocated: 8)).samples == [0, 0, 0])
        #expect(try FillColor(.white, for: layout(.rgb, samples: 3, allocated: 16)).samples == [65535, 65535, 65535])
        #expect(try FillColor.blank(for: layout(.ybrFull, samples: 3, allocated: 8)).samples == [0, 128, 128])
        #expect(try FillColor.blank(for: layout(.ybrFull422, samples: 3, allocated: 8)).samples == [0, 128, 128])
        #expect(try FillColor.blank(for: layout(.ybrFull, samples: 3, allocated: 16, stored: 12)).samples == [0, 2048, 2048])
        #expect(try FillColor.blank(for: layout(.ybrICT, samples: 3, allocated: 8)).samples == [0, 128, 128])
        #expect(try FillColor.blank(for: layout(.ybrRCT, samples: 3, allocated: 16)).samples == [0, 32768, 32768])
        #expect(try FillColor(.white, for: layout(.ybrFull, samples: 3, allocated: 8)).samples == [255, 128, 128])
        #expect(try FillColor.blank(for: layout(Photometric(rawValue: "YBR_PARTIAL_422"), samples: 3, allocated: 8))
            .samples == [16, 128, 128])
    }

    @Test("PALETTE COLOR picks the index nearest black (or white)")
    func palette() throws {
        let lut = try PaletteLUT(dataset: FillFixtures.paletteDataset(first: 10, dark: 5, bright: 2))
        let d = layout(.paletteColor, allocated: 8)
        #expect(try FillColor.blank(for: d, palette: lut).samples == [15])
        #expect(try FillColor(.white, for: d, palette: lut).samples == [12])
        // Entries whose index the stored bits cannot hold are not candidates.
        let narrow = layout(.paletteColor, allocated: 8, stored: 4)
        let high = try PaletteLUT(dataset: FillFixtures.paletteDataset(first: 12, dark: 7, bright: 0))
        #expect(try FillColor.blank(for: narrow, palette: high).samples == [13])
        #expect(throws: DicomError.self) { try FillColor.blank(for: d) }
    }

    @Test("Explicit values are checked against the layout")
    func explicit() throws {
        let rgb = layout(.rgb, samples: 3, allocated: 8)
        #expect(try FillColor(.samples([1, 2, 3]), for: rgb).samples == [1, 2, 3])
        #expect(throws: DicomError.self) { try FillColor(.samples([1, 2]), for: rgb) }
        #expect(throws: DicomError.self) { try FillColor(.samples([0, 0, 256]), for: rgb) }
        #expect(throws: DicomError.self) { try FillColor(.samples([-1]), for: layout(.monochrome2, allocated: 16)) }
        #expect(try FillColor(.samples([-5]), for: layout(.monochrome2, allocated: 16, signed: true)).samples == [-5])
        #expect(throws: DicomError.self) { try FillColor.blank(for: layout(Photometric(rawValue: "ARGB"), samples: 4, allocated: 8)) }
        #expect(try FillColor(.samples([0, 0, 0, 0]), for: layout(Photometric(rawValue: "ARGB"), samples: 4, allocated: 8))
            .samples == [0, 0, 0, 0])
    }

    @Test("Fill choices parse from text")
    func parsing() {
        #expect(FillChoice(parsing: "darkest") == .darkest)
        #expect(FillChoice(parsing: "black") == .black)
        #expect(FillChoice(parsing: "Blank") == .black)
        #expect(FillChoice(parsing: "white") == .white)
        #expect(FillChoice(parsing: "0, 128,128") == .samples([0, 128, 128]))
        #expect(FillChoice(parsing: "-2048") == .samples([-2048]))
        #expect(FillChoice(parsing: "grey") == nil)
        #expect(FillChoice(parsing: "1,,2") == nil)
        #expect(FillChoice(parsing: "") == nil)
    }

    @Test("Stored words: placed at High Bit, sign repeated above it")
    func storedWords() throws {
        // 12 bits stored with High Bit 15: the value sits in bits 4-15, bits 0-3 are clear.
        #expect(try FillColor.blank(for: layout(.monochrome1, allocated: 16, stored: 12, high: 15)).storedWords == [0xFFF0])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 16, stored: 12, high: 15)).storedWords == [0])
        // Signed 12-bit minimum: 0x800 with the sign repeated through bits 12-15.
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 16, stored: 12, signed: true)).storedWords == [0xF800])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 16, signed: true)).storedWords == [0x8000])
        #expect(try FillColor.blank(for: layout(.monochrome1, allocated: 16, stored: 12, signed: true)).storedWords == [0x07FF])
        // Signed 10 bits at High Bit 12 in 16: value in bits 3-12, sign through 13-15, bits 0-2 clear.
        let odd = layout(.monochrome2, allocated: 16, stored: 10, high: 12, signed: true)
        #expect(try FillColor.blank(for: odd).storedWords == [0xF000])
        #expect(try FillColor.blank(for: layout(.monochrome2, allocated: 32, stored: 32, signed: true)).storedWords == [0x8000_0000])
    }
}
