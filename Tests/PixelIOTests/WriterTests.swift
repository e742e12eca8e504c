import Foundation
import Testing
@testable import PixelIO

@Suite("Writing")
struct WriterTests {
    private func sampleFile(_ syntax: TransferSyntax = .explicitVRLittleEndian) throws -> DicomFile {
        var f = Fixture.image(ElementEncoding(syntax))
        f.sequence(Tag(0x0040, 0x0275), items: [
            { item in item.text(Tag(0x0040, 0x0007), .LO, "Step one") },
            { item in item.text(Tag(0x0040, 0x0007), .LO, "Step two") },
        ])
        return try DicomReader.read(data: Fixture.part10(syntax: syntax, dataset: f.bytes))
    }

    @Test("a temporary file's name names the process writing it; other names name none")
    func temporaryNames() {
        let name = AtomicFile.temporaryName(for: "IM-1.dcm")
        #expect(name.hasPrefix(".IM-1.dcm.partial-"))
        #expect(AtomicFile.writer(ofTemporaryFile: name) == getpid())
        #expect(AtomicFile.writer(ofTemporaryFile: "IM-1.dcm") == nil)
        #expect(AtomicFile.writer(ofTemporaryFile: ".notes.partial-draft") == nil)
    }

    @Test("an unchanged file is written byte for byte, file meta included")
    func unchangedIsIdentical() throws {
        for syntax in [TransferSyntax.explicitVRLittleEndian, .implicitVRLittleEndian, .explicitVRBigEndian] {
            let data = Fixture.part10(syntax: syntax, dataset: Fixture.image(ElementEncoding(syntax)).bytes)
            let file = try DicomReader.read(data: data)
            #expect(try DicomWriter.encode(file) == data)
        }
    }

    @Test("a change rebuilds the file meta with our implementation identity; other elements keep their bytes")
    func changedRebuildsMeta() throws {
        var file = try sampleFile()
        file.dataset.setString(.patientName, vr: .PN, "ANON")
        let written = try DicomWriter.encode(file)
        let reread = try DicomReader.read(data: written)
        let meta = try #require(reread.fileMeta)
        #expect(meta.string(.implementationClassUID) == Implementation.classUID)
        #expect(meta.string(.implementationVersionName) == Implementation.versionName)
        #expect(meta.string(.transferSyntaxUID) == TransferSyntax.explicitVRLittleEndian.uid)
        #expect(meta.string(.mediaStorageSOPInstanceUID) == "1.2.3.4")
        // Group length equals the bytes of the rest of the group.
        let groupLength = try #require(meta.integer(.fileMetaInformationGroupLength))
        let metaBytes = meta.elements.filter { $0.tag != .fileMetaInformationGroupLength }
            .reduce(0) { $0 + (($1.raw?.bytes.count) ?? 0) }
        #expect(groupLength == metaBytes)
        #expect(reread.dataset.string(.patientName) == "ANON")
        // Every element other than the changed one has exactly its original bytes.
        for element in file.dataset.elements where element.tag != .patientName {
            let original = try #require(try sampleFile().dataset[element.tag]?.raw?.bytes)
            #expect(reread.dataset[element.tag]?.raw?.bytes == original, "\(element.tag)")
        }
    }

    @Test("changing one item re-encodes its sequence but keeps the other item's bytes")
    func itemChange() throws {
        var file = try sampleFile()
        let sequenceTag = Tag(0x0040, 0x0275)
        let secondItem = try #require(file.dataset[sequenceTag]?.items?[1].raw?.bytes)
        file.dataset.modify(sequenceTag) { element in
            guard case .sequence(var items) = element.value else { return }
            items[0].setString(Tag(0x0040, 0x0007), vr: .LO, "Changed")
            element.value = .sequence(items)
        }
        #expect(file.dataset[sequenceTag]?.isUnchanged == false)
        let written = try DicomWriter.encode(file)
        #expect(written.range(of: secondItem) != nil)
        let reread = try DicomReader.read(data: written)
        let items = try #require(reread.dataset[sequenceTag]?.items)
        #expect(items.map { $0.string(Tag(0x0040, 0x0007)) } == ["Changed", "Step two"])
    }

    @Test("transcoding between native syntaxes keeps values and pixels", arguments: [
        (TransferSyntax.explicitVRLittleEndian, TransferSyntax.explicitVRBigEndian),
        (.explicitVRBigEndian, .implicitVRLittleEndian),
        (.implicitVRLittleEndian, .explicitVRLittleEndian),
        (.explicitVRLittleEndian, .deflatedExplicitVRLittleEndian),
        (.explicitVRLittleEndian, .rleLossless),
        (.explicitVRBigEndian, .deflatedImageFrame),
    ])
    func transcode(from source: TransferSyntax, to target: TransferSyntax) throws {
        let file = try sampleFile(source)
        let written = try Transcoder.transcode(file, to: target)
        let reread = try DicomReader.read(data: written)
        #expect(reread.transferSyntax == target)
        #expect(reread.dataset.string(.patientName) == "Doe^Jane")
        #expect(reread.dataset.integer(.rows) == 4)
        #expect(reread.dataset[Tag(0x0040, 0x0275)]?.items?.count == 2)
        let before = try PixelFrames(file: file).frame(0)
        let after = try PixelFrames(file: reread).frame(0)
        #expect(after.storedValues() == before.storedValues())
        // And back again, to the source syntax.
        let back = try DicomReader.read(data: Transcoder.transcode(reread, to: source))
        #expect(try PixelFrames(file: back).frame(0).bytes == before.bytes)
    }

    @Test("RLE output of a multi-frame file has a Basic Offset Table pointing at each frame")
    func multiFrameRLE() throws {
        let frames = 3
        let f = Fixture.image(rows: 8, columns: 6, bits: 8, frames: frames)
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        let rle = try DicomReader.read(data: Transcoder.transcode(file, to: .rleLossless))
        let encapsulated = try #require(rle.dataset[.pixelData]?.fragments)
        #expect(encapsulated.fragments.count == frames)
        let offsets = encapsulated.basicOffsets(byteOrder: .little)
        var expected: [UInt32] = [0]
        for fragment in encapsulated.fragments.dropLast() { expected.append(expected.last! + 8 + UInt32(fragment.count)) }
        #expect(offsets == expected)
        let source = try PixelFrames(file: file), decoded = try PixelFrames(file: rle)
        for index in 0..<frames {
            #expect(try decoded.frame(index).bytes == source.frame(index).bytes)
        }
    }

    @Test("writing to a path is atomic: on failure nothing is left behind")
    func atomicFailure() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.dcm").path
        #expect(throws: DicomError.self) {
            try AtomicFile.write(to: path) { out throws(DicomError) in
                try out.write([1, 2, 3])
                throw DicomError(.codec, "simulated failure")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        try AtomicFile.write(to: path) { out throws(DicomError) in try out.write([1, 2, 3]) }
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3]))
    }
}

@Suite("Pixels")
struct PixelTests {
    @Test("16-bit signed samples with bits stored 12 and high bit 11 sign-extend")
    func signedTwelveBit() throws {
        let description = PixelDescription(rows: 1, columns: 2, bitsAllocated: 16, bitsStored: 12, isSigned: true)
        // 0x0FFF is -1 in 12 bits; 0xF7FF has junk above bit 11 and is 0x7FF = 2047.
        let frame = try PixelBuffer(description: description, bytes: [0xFF, 0x0F, 0xFF, 0xF7])
        #expect(frame.value(x: 0, y: 0) == -1)
        #expect(frame.value(x: 1, y: 0) == 2047)
    }

    @Test("high bit above bits stored shifts values down")
    func highBitShift() throws {
        let description = PixelDescription(rows: 1, columns: 1, bitsAllocated: 16, bitsStored: 12, highBit: 15)
        let frame = try PixelBuffer(description: description, bytes: [0x30, 0x12])
        #expect(frame.value(x: 0, y: 0) == 0x123)
    }

    @Test("planar and interleaved RGB address the same pixel")
    func planarAddressing() throws {
        var description = PixelDescription(rows: 1, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, photometric: .rgb)
        let interleaved = try PixelBuffer(description: description, bytes: [1, 2, 3, 4, 5, 6])
        description.isPlanar = true
        let planar = try PixelBuffer(description: description, bytes: [1, 4, 2, 5, 3, 6])
        for x in 0..<2 {
            for s in 0..<3 { #expect(interleaved.value(x: x, y: 0, sample: s) == planar.value(x: x, y: 0, sample: s)) }
        }
    }

    @Test("1-bit frames are unpacked across byte boundaries and packed back")
    func oneBit() throws {
        // Two 3x3 frames: 18 bits, the second frame starts in the middle of byte 1.
        let bits: [UInt8] = [1, 0, 1, 1, 0, 0, 1, 1, 1, /* frame 2 */ 0, 1, 0, 0, 1, 1, 0, 0, 1]
        var packer = BitPacker()
        let packed = packer.pack(bits) + packer.finish()
        #expect(packed.count == 3)
        var image = Fixture(.explicitLittle)
        image.us(.samplesPerPixel, 1)
        image.text(.photometricInterpretation, .CS, "MONOCHROME2")
        image.text(.numberOfFrames, .IS, "2")
        image.us(.rows, 3)
        image.us(.columns, 3)
        image.us(.bitsAllocated, 1)
        image.us(.bitsStored, 1)
        image.us(.highBit, 0)
        image.us(.pixelRepresentation, 0)
        image.element(.pixelData, .OB, packed)
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: image.bytes))
        let frames = try PixelFrames(file: file)
        #expect(try frames.frame(0).bytes == Array(bits[0..<9]))
        #expect(try frames.frame(1).bytes == Array(bits[9..<18]))
        // Big endian, RLE and deflated frames all give the same bits back.
        for syntax in [TransferSyntax.explicitVRBigEndian, .rleLossless, .deflatedImageFrame] {
            let back = try DicomReader.read(data: Transcoder.transcode(file, to: syntax))
            #expect(try PixelFrames(file: back).frame(0).bytes == Array(bits[0..<9]), "\(syntax)")
            #expect(try PixelFrames(file: back).frame(1).bytes == Array(bits[9..<18]), "\(syntax)")
        }
    }

    @Test("Pixel Data shorter than the frames need is an error, not garbage")
    func shortPixelData() throws {
        let f = Fixture.image(rows: 4, columns: 4, bits: 16, pixels: [UInt8](repeating: 0, count: 30))
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        #expect(throws: DicomError.self) { try PixelFrames(file: file) }
    }

    @Test("a palette with 16-bit entries maps indices, clamping below the first mapped value")
    func palette() throws {
        var f = Fixture(.explicitLittle)
        for (descriptor, data) in [(Tag.redPaletteDescriptor, Tag.redPaletteData),
                                   (.greenPaletteDescriptor, .greenPaletteData),
                                   (.bluePaletteDescriptor, .bluePaletteData)] {
            f.us(descriptor, 4, 10, 16)
            var words = Fixture(.explicitLittle)
            for value: UInt16 in [100, 200, 300, 400] { words.u16(value &* (descriptor.element - 0x1100)) }
            f.element(data, .OW, words.bytes)
        }
        // Tags must be ascending: descriptors (0028,110x) come before data (0028,120x) when built this way.
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: sorted(f)))
        let lut = try PaletteLUT(dataset: file.dataset)
        #expect(lut.red.count == 4)
        #expect(lut.rgb(for: 12) == (300, 600, 900))
        #expect(lut.rgb(for: 0) == (100, 200, 300))
        #expect(lut.rgb(for: 99) == (400, 800, 1200))
    }

    /// Re-orders a fixture's top-level elements by tag (explicit VR little endian, no sequences).
    private func sorted(_ fixture: Fixture) -> [UInt8] {
        var elements: [(UInt32, [UInt8])] = []
        var position = 0
        let b = fixture.bytes
        while position < b.count {
            let tag = UInt32(b[position]) << 16 | UInt32(b[position + 1]) << 24 | UInt32(b[position + 2]) | UInt32(b[position + 3]) << 8
            let vr = VR(byte0: b[position + 4], byte1: b[position + 5]) ?? .UN
            let (header, length) = vr.hasLongExplicitLength
                ? (12, Int(b[position + 8]) | Int(b[position + 9]) << 8 | Int(b[position + 10]) << 16)
                : (8, Int(b[position + 6]) | Int(b[position + 7]) << 8)
            elements.append((tag, Array(b[position..<position + header + length])))
            position += header + length
        }
        return elements.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
}

@Suite("Lossy history")
struct LossyHistoryTests {
    @Test("lossy encoding sets Lossy Image Compression, method and ratio; decompressing keeps them true")
    func lossyHistory() throws {
        var f = Fixture(.explicitLittle)
        f.text(.sopClassUID, .UI, "1.2.840.10008.5.1.4.1.1.7")
        f.us(.samplesPerPixel, 1)
        f.text(.photometricInterpretation, .CS, "MONOCHROME2")
        f.us(.rows, 64)
        f.us(.columns, 64)
        f.us(.bitsAllocated, 8)
        f.us(.bitsStored, 8)
        f.us(.highBit, 7)
        f.us(.pixelRepresentation, 0)
        f.element(.pixelData, .OB, (0..<4096).map { UInt8(truncatingIfNeeded: ($0 % 64) * 3 + $0 / 64) })
        let native = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        #expect(native.dataset[.lossyImageCompression] == nil)

        let jpeg = try DicomReader.read(data: Transcoder.transcode(native, to: .jpegBaseline))
        #expect(jpeg.dataset.string(.lossyImageCompression) == "01")
        #expect(jpeg.dataset.strings(.lossyImageCompressionMethod) == ["ISO_10918_1"])
        let ratio = try #require(jpeg.dataset.string(.lossyImageCompressionRatio).flatMap(Double.init))
        #expect(ratio > 1)

        // Back to native: still lossy, and the method is not recorded twice.
        let back = try DicomReader.read(data: Transcoder.transcode(jpeg, to: .explicitVRLittleEndian))
        #expect(back.dataset.string(.lossyImageCompression) == "01")
        #expect(back.dataset.strings(.lossyImageCompressionMethod) == ["ISO_10918_1"])

        // A lossy file whose header says nothing gets the method and a measured ratio when decompressed.
        var silent = jpeg
        silent.dataset.remove(.lossyImageCompression)
        silent.dataset.remove(.lossyImageCompressionMethod)
        silent.dataset.remove(.lossyImageCompressionRatio)
        let repaired = try DicomReader.read(data: Transcoder.transcode(silent, to: .explicitVRLittleEndian))
        #expect(repaired.dataset.string(.lossyImageCompression) == "01")
        #expect(repaired.dataset.strings(.lossyImageCompressionMethod) == ["ISO_10918_1"])
        #expect(repaired.dataset.string(.lossyImageCompressionRatio).flatMap(Double.init) == ratio)
    }
}
