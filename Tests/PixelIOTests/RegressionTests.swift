import Foundation
import Testing
@testable import PixelIO
import TestSupport

/// Defects found in review, each reproduced here so it stays fixed.
@Suite("Regressions")
struct RegressionTests {
    private func part10(_ fixture: Fixture, _ syntax: TransferSyntax = .explicitVRLittleEndian) throws -> DicomFile {
        try DicomReader.read(data: Fixture.part10(syntax: syntax, dataset: fixture.bytes))
    }

    @Test("native Pixel Data over 4 GiB is refused, not a trap")
    func hugeNativeOutput() throws {
        // 16385 frames of 512x512 8-bit: one real RLE frame and empty fragments for the rest.
        var f = Fixture.image(rows: 512, columns: 512, bits: 8, frames: 16385, pixels: [])
        f.bytes.removeLast(12)  // drop the empty native Pixel Data element (OB: 12-byte header)
        let pixels = [UInt8](repeating: 7, count: 512 * 512)
        let frame = try pixels.withUnsafeBytes { raw in
            try RLECodec.encodeFrame(raw, rows: 512, columns: 512, samplesPerPixel: 1, bitsAllocated: 8, planar: false)
        }
        f.header(.pixelData, .OB, length: 0xFFFF_FFFF)
        f.itemTag(.item, length: 0)
        f.itemTag(.item, length: UInt32(frame.count))
        f.bytes += frame
        for _ in 1..<16385 { f.itemTag(.item, length: 0) }
        f.itemTag(.sequenceDelimitation, length: 0)
        let file = try part10(f, .rleLossless)
        #expect(throws: DicomError.self) { try Transcoder.transcode(file, to: .explicitVRLittleEndian) }
    }

    @Test("hostile segmented palettes fail quickly instead of trapping or looping")
    func hostilePalettes() throws {
        func palette(_ words: [UInt16]) throws -> DicomFile {
            var f = Fixture(.explicitLittle)
            for descriptor in [Tag.redPaletteDescriptor, .greenPaletteDescriptor, .bluePaletteDescriptor] {
                f.us(descriptor, 4, 0, 16)
            }
            var data = Fixture(.explicitLittle)
            for word in words { data.u16(word) }
            for tag in [Tag.segmentedRedPaletteData, .segmentedGreenPaletteData, .segmentedBluePaletteData] {
                f.element(tag, .OW, data.bytes)
            }
            return try part10(f)
        }
        // A linear segment of length 0 after a discrete one: no division by zero.
        let zeroLength = try palette([0, 1, 100, 1, 0, 200, 0, 3, 1, 2, 3])
        #expect(try PaletteLUT(dataset: zeroLength.dataset).red == [100, 1, 2, 3])
        // Indirect segments replaying empty segments: refused by the work budget.
        var words: [UInt16] = [0, 1, 100]
        for _ in 0..<65535 { words += [0, 0] }
        for _ in 0..<2000 { words += [2, 65535, 3, 0] }
        #expect(throws: DicomError.self) { try PaletteLUT(dataset: palette(words).dataset) }
    }

    @Test("an attribute that appears twice is read with a warning, and changed or removed in every copy")
    func duplicateTags() throws {
        var f = Fixture(.explicitLittle)
        f.text(.patientName, .PN, "FIRST^NAME")
        f.text(.patientID, .LO, "ID")
        f.text(.patientName, .PN, "SECRET^PATIENT")
        var file = try part10(f)
        #expect(file.warnings.contains { $0.contains("(0010,0010) appears more than once") })
        #expect(file.dataset.all(.patientName).count == 2)
        var removed = file
        removed.dataset.remove(.patientName)
        #expect(removed.dataset.all(.patientName).isEmpty)
        let written = try DicomWriter.encode(removed)
        #expect(written.range(of: Data("SECRET".utf8)) == nil && written.range(of: Data("FIRST".utf8)) == nil)
        file.dataset.setString(.patientName, vr: .PN, "ANON")
        #expect(file.dataset.all(.patientName).map { $0.bytes.map { [UInt8]($0) } } == [Array("ANON".utf8)])
        file.dataset.modify(.patientID) { $0.value = .bytes(Data("X ".utf8)) }
        #expect(file.dataset.string(.patientID) == "X")
    }

    @Test("a dataset moved into a new file is written, not copied as an empty original")
    func datasetIntoNewFile() throws {
        let read = try part10(Fixture.image())
        let written = try DicomWriter.encode(DicomFile(dataset: read.dataset))
        #expect(try DicomReader.read(data: written).dataset.string(.patientName) == "Doe^Jane")
    }

    @Test("a replaced preamble or removed file meta is written, not the original bytes")
    func headerEdits() throws {
        var f = Fixture.image()
        f.text(Tag(0x0008, 0x0060), .CS, "OT")
        var data = [UInt8](Fixture.part10(syntax: .explicitVRLittleEndian, dataset: Fixture.image().bytes))
        data.replaceSubrange(0..<12, with: Array("II*\u{0}SECRET!!".utf8))
        var file = try DicomReader.read(data: Data(data))
        file.preamble = Data(count: 128)
        #expect(try DicomWriter.encode(file).prefix(12) == Data(count: 12))
    }

    @Test("header reads of deflated files larger than the prefix fall back to a full read")
    func deflatedHeaderRead() throws {
        var big = Fixture(.explicitLittle)
        big.text(.modality, .CS, "SR")
        var generator = SeededGenerator(seed: 9)
        big.element(Tag(0x0009, 0x1001), .OB, (0..<200_000).map { _ in generator.byte() })
        let data = Fixture.part10(syntax: .deflatedExplicitVRLittleEndian, dataset: [UInt8](try Deflate.deflate(Data(big.bytes))))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-deflated-\(UUID()).dcm")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let header = try DicomReader.readHeader(path: url.path)
        #expect(header.dataset.string(.modality) == "SR")
        #expect(!header.hasPixelData)
    }

    @Test("opening a FIFO fails at once instead of waiting for a writer")
    func fifo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("redact-fifo-\(UUID())").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect(throws: DicomError.self) { try DicomReader.read(path: path) }
    }

    @Test("group lengths are dropped when their group is re-encoded in another encoding")
    func staleGroupLength() throws {
        var f = Fixture(.implicitLittle)
        f.element(Tag(0x0008, 0x0000), .UL, [26, 0, 0, 0])
        f.text(.modality, .CS, "CT")
        let file = try part10(f, .implicitVRLittleEndian)
        let explicit = try DicomReader.read(data: Transcoder.transcode(file, to: .explicitVRLittleEndian))
        #expect(explicit.dataset[Tag(0x0008, 0x0000)] == nil)
        #expect(explicit.dataset.string(.modality) == "CT")
        // Unchanged and in its own encoding, the file keeps every byte, group length included.
        #expect(try DicomWriter.encode(file) == Fixture.part10(syntax: .implicitVRLittleEndian, dataset: f.bytes))
    }

    @Test("1-bit Pixel Data stored as big-endian OW is read in bit-stream order")
    func oneBitBigEndianOW() throws {
        var f = Fixture(.explicitBig)
        f.us(.samplesPerPixel, 1)
        f.text(.photometricInterpretation, .CS, "MONOCHROME2")
        f.us(.rows, 1)
        f.us(.columns, 16)
        f.us(.bitsAllocated, 1)
        f.us(.bitsStored, 1)
        f.us(.highBit, 0)
        f.us(.pixelRepresentation, 0)
        f.element(.pixelData, .OW, [0x00, 0x01])  // the word 0x0001: bit 0 of the stream is set
        let frame = try PixelFrames(file: part10(f, .explicitVRBigEndian)).frame(0)
        #expect(frame.bytes == [1] + [UInt8](repeating: 0, count: 15))
    }
}
