import Foundation
import Testing
@testable import PixelIO

@Suite("Parsing")
struct ParserTests {
    @Test("explicit VR little endian Part 10 file: values, VRs and transfer syntax")
    func explicitLittle() throws {
        let data = Fixture.part10(syntax: .explicitVRLittleEndian, dataset: Fixture.image().bytes)
        let file = try DicomReader.read(data: data)
        #expect(file.transferSyntax == .explicitVRLittleEndian)
        #expect(file.preamble?.count == 128)
        #expect(file.dataset.string(.patientName) == "Doe^Jane")
        #expect(file.dataset.integer(.rows) == 4)
        #expect(file.dataset[.pixelData]?.vr == .OW)
        #expect(file.dataset[.pixelData]?.bytes?.count == 32)
        #expect(file.warnings.isEmpty)
    }

    @Test("implicit VR takes VRs from the dictionary; unknown private tags are UN, creators LO")
    func implicitVR() throws {
        var f = Fixture(.implicitLittle)
        f.text(.modality, .CS, "CT")
        f.text(Tag(0x0029, 0x0010), .LO, "ACME")
        f.element(Tag(0x0029, 0x1001), .UN, [1, 2, 3, 4])
        f.us(.rows, 512)
        let file = try DicomReader.read(data: Fixture.part10(syntax: .implicitVRLittleEndian, dataset: f.bytes))
        #expect(file.dataset[.modality]?.vr == .CS)
        #expect(file.dataset[Tag(0x0029, 0x0010)]?.vr == .LO)
        #expect(file.dataset[Tag(0x0029, 0x1001)]?.vr == .UN)
        #expect(file.dataset.integer(.rows) == 512)
    }

    @Test("explicit VR big endian numbers are read in big-endian order")
    func bigEndian() throws {
        var f = Fixture(.explicitBig)
        f.us(.rows, 0x0102)
        f.element(Tag(0x0018, 0x1151), .SL, [0xFF, 0xFF, 0xFF, 0xFE])
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRBigEndian, dataset: f.bytes))
        #expect(file.dataset.integer(.rows) == 0x0102)
        #expect(file.dataset.integer(Tag(0x0018, 0x1151)) == -2)
    }

    @Test("every VR of the current standard reads, including the 32-bit-length ones")
    func allVRs() throws {
        var f = Fixture(.explicitLittle)
        // One private element per VR, in ascending tag order.
        for (index, vr) in VR.allCases.filter({ $0 != .SQ }).enumerated() {
            let value: [UInt8] = vr.isText ? Array("AB".utf8) : [UInt8](repeating: 1, count: 8)
            f.element(Tag(0x0011, 0x1000 + UInt16(index)), vr, value)
        }
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        let vrs = Set(file.dataset.elements.map(\.vr))
        #expect(vrs == Set(VR.allCases.filter { $0 != .SQ }))
    }

    @Test("sequences of defined and undefined length, nested, with items of both kinds")
    func nestedSequences() throws {
        var f = Fixture(.explicitLittle)
        f.sequence(Tag(0x0008, 0x1140), undefined: true, itemsUndefined: false, items: [
            { item in
                item.text(Tag(0x0008, 0x1150), .UI, "1.2.3")
                item.sequence(Tag(0x0008, 0x9215), undefined: false, itemsUndefined: true, items: [
                    { inner in inner.text(Tag(0x0008, 0x0100), .SH, "CODE") },
                ])
            },
            { item in item.text(Tag(0x0008, 0x1150), .UI, "4.5.6") },
        ])
        f.text(.patientName, .PN, "After^Sequence")
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        let items = try #require(file.dataset[Tag(0x0008, 0x1140)]?.items)
        #expect(items.count == 2)
        #expect(items[1].string(Tag(0x0008, 0x1150)) == "4.5.6")
        let inner = try #require(items[0][Tag(0x0008, 0x9215)]?.items)
        #expect(inner.first?.string(Tag(0x0008, 0x0100)) == "CODE")
        #expect(file.dataset.string(.patientName) == "After^Sequence")
    }

    @Test("UN of undefined length is read as an implicit VR little endian sequence")
    func unknownUndefinedLength() throws {
        var f = Fixture(.explicitLittle)
        f.header(Tag(0x0009, 0x1010), .UN, length: 0xFFFF_FFFF)
        var item = Fixture(.implicitLittle)
        item.text(.patientName, .PN, "Inner^Name")
        f.itemTag(.item, length: UInt32(item.bytes.count))
        f.bytes += item.bytes
        f.itemTag(.sequenceDelimitation, length: 0)
        f.text(Tag(0x0010, 0x0020), .LO, "ID1")
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        let items = try #require(file.dataset[Tag(0x0009, 0x1010)]?.items)
        #expect(items.first?.string(.patientName) == "Inner^Name")
        #expect(file.dataset.string(Tag(0x0010, 0x0020)) == "ID1")
    }

    @Test("encapsulated pixel data: offset table and fragments")
    func encapsulated() throws {
        var f = Fixture(.explicitLittle)
        f.us(.rows, 2)
        f.header(.pixelData, .OB, length: 0xFFFF_FFFF)
        f.itemTag(.item, length: 0)
        f.itemTag(.item, length: 4)
        f.bytes += [1, 2, 3, 4]
        f.itemTag(.item, length: 2)
        f.bytes += [5, 6]
        f.itemTag(.sequenceDelimitation, length: 0)
        let file = try DicomReader.read(data: Fixture.part10(syntax: .rleLossless, dataset: f.bytes))
        let fragments = try #require(file.dataset[.pixelData]?.fragments)
        #expect(fragments.basicOffsetTable.isEmpty)
        #expect(fragments.fragments.map { [UInt8]($0) } == [[1, 2, 3, 4], [5, 6]])
    }

    @Test("a bare dataset with no preamble or meta is read, its encoding inferred")
    func bareDataset() throws {
        for encoding in [ElementEncoding.implicitLittle, .explicitLittle, .explicitBig] {
            var f = Fixture(encoding)
            f.text(.sopClassUID, .UI, "1.2.840.10008.5.1.4.1.1.7")
            f.text(.patientName, .PN, "Bare^Set")
            let file = try DicomReader.read(data: Data(f.bytes))
            #expect(file.fileMeta == nil)
            #expect(file.datasetEncoding == encoding)
            #expect(file.dataset.string(.patientName) == "Bare^Set")
        }
    }

    @Test("a file claiming explicit VR but written implicit is read, with a warning")
    func claimedExplicitButImplicit() throws {
        var f = Fixture(.implicitLittle)
        f.text(.modality, .CS, "MR")
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        #expect(file.dataset.string(.modality) == "MR")
        #expect(file.datasetEncoding == .implicitLittle)
        #expect(file.warnings.count == 1)
    }

    @Test("deflated explicit VR little endian")
    func deflated() throws {
        let plain = Fixture.image().bytes
        let compressed = try Deflate.deflate(Data(plain))
        let file = try DicomReader.read(data: Fixture.part10(syntax: .deflatedExplicitVRLittleEndian,
                                                             dataset: [UInt8](compressed)))
        #expect(file.dataset.string(.patientName) == "Doe^Jane")
        #expect(file.dataset[.pixelData]?.bytes?.count == 32)
    }

    @Test("text values decode with the dataset's Specific Character Set, items inheriting it")
    func characterSets() throws {
        var f = Fixture(.explicitLittle)
        f.text(.specificCharacterSet, .CS, "ISO_IR 100")
        f.sequence(Tag(0x0008, 0x1140), items: [{ item in item.element(.patientName, .PN, [0x4A, 0xE9, 0x72]) }])
        f.element(.patientName, .PN, Array("Buc^J".utf8) + [0xE9, 0x72, 0xF4, 0x6D, 0x65])
        let file = try DicomReader.read(data: Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))
        #expect(file.dataset.string(.patientName) == "Buc^Jérôme")
        #expect(file.dataset[Tag(0x0008, 0x1140)]?.items?.first?.string(.patientName) == "Jér")
    }
}

@Suite("Bad input")
struct BadInputTests {
    private func error(_ bytes: [UInt8], options: ParseOptions = ParseOptions()) -> DicomError? {
        do {
            _ = try DicomReader.read(data: Data(bytes), options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test("a value length past the end of a defined-length container is an error naming offset and tag")
    func lengthPastContainer() throws {
        var f = Fixture(.explicitLittle)
        var item = Fixture(.explicitLittle)
        item.header(.patientName, .PN, length: 200)  // says 200, item holds 4
        item.bytes += Array("Doe^".utf8)
        f.header(Tag(0x0008, 0x1140), .SQ, length: UInt32(8 + item.bytes.count))
        f.itemTag(.item, length: UInt32(item.bytes.count))
        f.bytes += item.bytes
        f.text(.modality, .CS, "CT")
        let failure = try #require(error([UInt8](Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))))
        #expect(failure.code == .invalidLength)
        #expect(failure.tag == .patientName)
        #expect(failure.offset != nil)
    }

    @Test("absurd lengths at the end of the file: truncated, readable, but refused for writing")
    func absurdLengthAtEnd() throws {
        var f = Fixture.image()
        f.header(Tag(0x7FE0, 0x0020), .OB, length: 0xFFFF_FFF0)
        let data = Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes)
        let file = try DicomReader.read(data: data)
        #expect(file.truncation != nil)
        #expect(throws: DicomError.self) { try DicomWriter.encode(file) }
        var strict = ParseOptions()
        strict.readsTruncatedFiles = false
        #expect(error([UInt8](data), options: strict)?.code == .invalidLength)
    }

    @Test("nesting deeper than the limit is refused, not a stack overflow")
    func endlessNesting() throws {
        var f = Fixture(.explicitLittle)
        for _ in 0..<10_000 {
            f.header(Tag(0x0008, 0x1140), .SQ, length: 0xFFFF_FFFF)
            f.itemTag(.item, length: 0xFFFF_FFFF)
        }
        let failure = try #require(error([UInt8](Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))))
        #expect(failure.code == .nestingTooDeep)
    }

    @Test("garbage and non-DICOM files are refused clearly")
    func garbage() {
        #expect(error(Array("hello, this is a text file".utf8))?.code == .notDicom)
        #expect(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])?.code == .notDicom)
        #expect(error([UInt8](repeating: 0, count: 128) + Array("DICM".utf8))?.code == .notDicom)
        #expect(error([])?.code != nil)
    }

    @Test("an invalid VR in explicit VR data is reported at its offset")
    func invalidVR() throws {
        var f = Fixture(.explicitLittle)
        f.text(.modality, .CS, "CT")
        f.u16(0x0010); f.u16(0x0010)
        f.bytes += [0x01, 0x02, 0x04, 0x00] + Array("Doe^".utf8)
        let failure = try #require(error([UInt8](Fixture.part10(syntax: .explicitVRLittleEndian, dataset: f.bytes))))
        #expect(failure.code == .invalidVR)
        #expect(failure.tag == .patientName)
    }

    @Test("a deflated stream that inflates past the limit is refused")
    func deflateBomb() throws {
        let bomb = try Deflate.deflate(Data(count: 4 << 20))
        var options = ParseOptions()
        options.maxInflatedBytes = 1 << 20
        let data = Fixture.part10(syntax: .deflatedExplicitVRLittleEndian, dataset: [UInt8](bomb))
        #expect(error([UInt8](data), options: options)?.code == .invalidLength)
    }
}
