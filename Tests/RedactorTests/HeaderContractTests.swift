import Foundation
import PixelIO
import Redactor
import Testing

@Suite("Header contract (PS3.15 E.3.1)")
struct HeaderContractTests {
    static let method = PixelIO.Tag(0x0012, 0x0063)
    static let methodCodes = PixelIO.Tag(0x0012, 0x0064)
    static let identityRemoved = PixelIO.Tag(0x0012, 0x0062)
    static let icon = PixelIO.Tag(0x0088, 0x0200)
    static let referencedImages = PixelIO.Tag(0x0008, 0x1140)
    static let requestAttributes = PixelIO.Tag(0x0040, 0x0275)

    /// A 4x4 16-bit (12 stored) image with Burned In Annotation YES, an earlier de-identification
    /// method, an overlay with Overlay Data (6000), an overlay in bit 14 of Pixel Data (6002), an icon
    /// at the top level and one nested in Referenced Image Sequence.
    static func sourceDataset(lossyFlag: String? = nil) -> DataSet {
        var d = DataSet()
        d.setString(.sopClassUID, vr: .UI, "1.2.840.10008.5.1.4.1.1.7")
        d.setString(.sopInstanceUID, vr: .UI, "2.25.1234567890")
        d.setString(.modality, vr: .CS, "OT")
        d.setString(.patientName, vr: .PN, "DOE^JANE")
        d.setString(.patientID, vr: .LO, "ID-1")
        d.setString(method, vr: .LO, "OLD METHOD")
        d.set(DataElement(tag: referencedImages, vr: .SQ, value: .sequence([{
            var item = DataSet()
            item.setString(PixelIO.Tag(0x0008, 0x1150), vr: .UI, "1.2.840.10008.5.1.4.1.1.7")
            item.setString(PixelIO.Tag(0x0008, 0x1155), vr: .UI, "2.25.42")
            item.set(DataElement(tag: icon, vr: .SQ, value: .sequence([iconItem()])))
            return item
        }()])))
        d.set(DataElement(tag: requestAttributes, vr: .SQ, value: .sequence([{
            var item = DataSet()
            item.setString(PixelIO.Tag(0x0040, 0x0009), vr: .SH, "STEP-7")
            return item
        }()])))
        d.setUInt16(.samplesPerPixel, [1])
        d.setString(.photometricInterpretation, vr: .CS, "MONOCHROME2")
        d.setUInt16(.rows, [4])
        d.setUInt16(.columns, [4])
        d.setUInt16(.bitsAllocated, [16])
        d.setUInt16(.bitsStored, [12])
        d.setUInt16(.highBit, [11])
        d.setUInt16(.pixelRepresentation, [0])
        d.setString(.burnedInAnnotation, vr: .CS, "YES")
        if let lossyFlag { d.setString(.lossyImageCompression, vr: .CS, lossyFlag) }
        d.set(DataElement(tag: icon, vr: .SQ, value: .sequence([iconItem()])))
        for (group, embedded) in [(UInt16(0x6000), false), (0x6002, true)] {
            d.setUInt16(PixelIO.Tag(group, 0x0010), [4])
            d.setUInt16(PixelIO.Tag(group, 0x0011), [4])
            d.setString(PixelIO.Tag(group, 0x0022), vr: .LO, "JANE DOE 1970")
            d.setString(PixelIO.Tag(group, 0x0040), vr: .CS, "G")
            d.set(DataElement(tag: PixelIO.Tag(group, 0x0050), vr: .SS, value: .bytes(Data([1, 0, 1, 0]))))
            d.setUInt16(PixelIO.Tag(group, 0x0100), [embedded ? 16 : 1])
            d.setUInt16(PixelIO.Tag(group, 0x0102), [embedded ? 14 : 0])
            if !embedded { d.set(DataElement(tag: PixelIO.Tag(group, 0x3000), vr: .OW, value: .bytes(Data([0x0F, 0xF0])))) }
        }
        // Pixel values 0...15 * 100; every other pixel carries overlay bit 14.
        var pixels: [UInt8] = []
        for index in 0..<16 {
            let word = UInt16(index * 100) | (index % 2 == 0 ? 0x4000 : 0)
            pixels += [UInt8(word & 0xFF), UInt8(word >> 8)]
        }
        d.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(Data(pixels))))
        return d
    }

    /// An icon item: a 2x2 8-bit MONOCHROME2 thumbnail.
    static func iconItem() -> DataSet {
        var item = DataSet()
        item.setUInt16(.samplesPerPixel, [1])
        item.setString(.photometricInterpretation, vr: .CS, "MONOCHROME2")
        item.setUInt16(.rows, [2])
        item.setUInt16(.columns, [2])
        item.setUInt16(.bitsAllocated, [8])
        item.setUInt16(.bitsStored, [8])
        item.setUInt16(.highBit, [7])
        item.setUInt16(.pixelRepresentation, [0])
        item.set(DataElement(tag: .pixelData, vr: .OB, value: .bytes(Data([1, 2, 3, 4]))))
        return item
    }

    /// The source dataset written in `syntax` and read back, as a file read from disk would be.
    static func sourceFile(_ syntax: TransferSyntax = .explicitVRLittleEndian, lossyFlag: String? = nil) throws -> DicomFile {
        let data = try DicomWriter.encode(DicomFile(dataset: sourceDataset(lossyFlag: lossyFlag)), syntax: syntax)
        return try DicomReader.read(data: data)
    }

    static let syntaxes: [TransferSyntax] = [.explicitVRLittleEndian, .implicitVRLittleEndian, .explicitVRBigEndian]

    @Test("Written and read back, every element is as the contract says", arguments: syntaxes)
    func contract(_ syntax: TransferSyntax) throws {
        var file = try Self.sourceFile(syntax)
        let outcome = HeaderContract().apply(to: &file, regionCount: 3)
        #expect(outcome.applied)
        #expect(outcome.appendedMethod == "redact 0.1: burned-in text removed from pixels (3 regions)")
        #expect(outcome.addedMethodCode)
        #expect(outcome.removedIconImageSequences == 2)
        #expect(outcome.removedOverlayGroups == [0x6000, 0x6002])
        #expect(outcome.pixelDataOverlayMask == 1 << 14)
        #expect(outcome.needsHighBitCleaning)
        #expect(outcome.overlayBitsInsideStoredValue.isEmpty)
        #expect(!outcome.recordedLossyHistory)

        let back = try DicomReader.read(data: DicomWriter.encode(file))
        let d = back.dataset
        #expect(back.transferSyntax == syntax)
        #expect(d.string(.burnedInAnnotation) == "NO")
        #expect(d.strings(Self.method) == ["OLD METHOD", "redact 0.1: burned-in text removed from pixels (3 regions)"])
        #expect(d.strings(Self.method).allSatisfy { $0.count <= 64 })
        let codes = try #require(d[Self.methodCodes]?.items)
        #expect(codes.count == 1)
        #expect(codes.first?.string(PixelIO.Tag(0x0008, 0x0100)) == "113101")
        #expect(codes.first?.string(PixelIO.Tag(0x0008, 0x0102)) == "DCM")
        #expect(codes.first?.string(PixelIO.Tag(0x0008, 0x0104)) == "Clean Pixel Data Option")
        #expect(d[Self.identityRemoved] == nil)
        #expect(d[Self.icon] == nil)
        let referenced = try #require(d[Self.referencedImages]?.items?.first)
        #expect(referenced[Self.icon] == nil)
        #expect(referenced.string(PixelIO.Tag(0x0008, 0x1155)) == "2.25.42")
        #expect(d[Self.requestAttributes]?.items?.first?.string(PixelIO.Tag(0x0040, 0x0009)) == "STEP-7")
        #expect(!d.elements.contains { (0x6000...0x601E).contains($0.tag.group) })
        // Everything else is still there.
        #expect(d.string(.patientName) == "DOE^JANE")
        #expect(d.integer(.bitsStored) == 12)
        #expect(d[.lossyImageCompression] == nil)
        #expect(d[.pixelData]?.valueLength == 32)
    }

    @Test("Applying twice adds neither a second code item nor the same method again")
    func idempotent() throws {
        var file = try Self.sourceFile()
        HeaderContract().apply(to: &file, regionCount: 2)
        var again = try DicomReader.read(data: DicomWriter.encode(file))
        let second = HeaderContract().apply(to: &again, regionCount: 2)
        #expect(second.applied)
        #expect(!second.addedMethodCode)
        #expect(second.appendedMethod == nil)
        #expect(second.removedIconImageSequences == 0)
        #expect(second.removedOverlayGroups.isEmpty)
        let d = try DicomReader.read(data: DicomWriter.encode(again)).dataset
        #expect(d[Self.methodCodes]?.items?.count == 1)
        #expect(d.strings(Self.method) == ["OLD METHOD", "redact 0.1: burned-in text removed from pixels (2 regions)"])
    }

    @Test("An existing Clean Pixel Data item is kept and not repeated; other items stay")
    func existingCodes() throws {
        var d = DataSet()
        var other = DataSet()
        other.setString(PixelIO.Tag(0x0008, 0x0100), vr: .SH, "113100")
        other.setString(PixelIO.Tag(0x0008, 0x0102), vr: .SH, "DCM")
        other.setString(PixelIO.Tag(0x0008, 0x0104), vr: .LO, "Basic Application Confidentiality Profile")
        d.set(DataElement(tag: Self.methodCodes, vr: .SQ, value: .sequence([other])))
        HeaderContract().apply(to: &d, regionCount: 1, sourceSyntax: .explicitVRLittleEndian)
        #expect(d[Self.methodCodes]?.items?.map { $0.string(PixelIO.Tag(0x0008, 0x0100)) } == ["113100", "113101"])
        #expect(d.strings(Self.method) == ["redact 0.1: burned-in text removed from pixels (1 region)"])
        let outcome = HeaderContract().apply(to: &d, regionCount: 1, sourceSyntax: .explicitVRLittleEndian)
        #expect(!outcome.addedMethodCode && outcome.appendedMethod == nil)
        #expect(d[Self.methodCodes]?.items?.count == 2)
    }

    @Test("No region filled: nothing changes and the file is written byte for byte")
    func noRegions() throws {
        let data = try DicomWriter.encode(DicomFile(dataset: Self.sourceDataset()))
        var file = try DicomReader.read(data: data)
        let outcome = HeaderContract().apply(to: &file, regionCount: 0)
        #expect(!outcome.applied)
        #expect(file.isUnchanged)
        #expect(file.dataset.string(.burnedInAnnotation) == "YES")
        #expect(try DicomWriter.encode(file) == data)
    }

    @Test("Overlay bits in Pixel Data are cleared in every frame, stored values kept")
    func highBitOverlay() throws {
        var file = try Self.sourceFile()
        let outcome = HeaderContract().apply(to: &file, regionCount: 1)
        var frame = try PixelFrames(file: file).frame(0)
        let values = frame.storedValues()
        #expect(frame.hasAnyBits(outcome.pixelDataOverlayMask))
        #expect(outcome.cleanOverlayBits(in: &frame))
        #expect(!frame.hasAnyBits(outcome.pixelDataOverlayMask))
        #expect(frame.storedValues() == values)
        #expect(!outcome.cleanOverlayBits(in: &frame))  // nothing left to clear: the frame is unchanged
        file.dataset.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(Data(frame.bytes))))
        let back = try DicomReader.read(data: DicomWriter.encode(file))
        let written = try PixelFrames(file: back).frame(0)
        #expect(!written.hasAnyBits(0xF000))
        #expect(written.storedValues() == (0..<16).map { Int64($0 * 100) })
    }

    @Test("An overlay bit inside the stored value is reported, not cleared")
    func overlayInsideStoredBits() throws {
        var d = Self.sourceDataset()
        d.setUInt16(PixelIO.Tag(0x6002, 0x0102), [3])
        let outcome = HeaderContract().apply(to: &d, regionCount: 1, sourceSyntax: .explicitVRLittleEndian)
        #expect(outcome.overlayBitsInsideStoredValue == [3])
        #expect(outcome.pixelDataOverlayMask == 0)
        #expect(!outcome.needsHighBitCleaning)
        #expect(outcome.removedOverlayGroups == [0x6000, 0x6002])
    }

    @Test("Lossy history: kept, recorded from a lossy source, never reset")
    func lossyHistory() throws {
        var fromJPEG = Self.sourceDataset()
        let recorded = HeaderContract().apply(to: &fromJPEG, regionCount: 1, sourceSyntax: .jpegBaseline)
        #expect(recorded.recordedLossyHistory)
        #expect(fromJPEG.string(.lossyImageCompression) == "01")
        #expect(fromJPEG.strings(.lossyImageCompressionMethod) == ["ISO_10918_1"])

        var named = Self.sourceDataset(lossyFlag: "01")
        named.setStrings(.lossyImageCompressionMethod, vr: .CS, ["ISO_15444_1"])
        let kept = HeaderContract().apply(to: &named, regionCount: 1, sourceSyntax: .jpeg2000)
        #expect(!kept.recordedLossyHistory)
        #expect(named.string(.lossyImageCompression) == "01")
        #expect(named.strings(.lossyImageCompressionMethod) == ["ISO_15444_1"])

        // Once lossy, a lossless source (decoded earlier and re-encoded losslessly) keeps "01".
        var earlier = try Self.sourceFile(lossyFlag: "01")
        HeaderContract().apply(to: &earlier, regionCount: 1)
        let back = try DicomReader.read(data: DicomWriter.encode(earlier))
        #expect(back.dataset.string(.lossyImageCompression) == "01")

        var lossless = Self.sourceDataset(lossyFlag: "00")
        HeaderContract().apply(to: &lossless, regionCount: 1, sourceSyntax: .jpegLossless)
        #expect(lossless.string(.lossyImageCompression) == "00")
    }

    @Test("Method values stay within 64 characters and printable ASCII")
    func methodLength() {
        #expect(HeaderContract().methodText(regionCount: 1) == "redact 0.1: burned-in text removed from pixels (1 region)")
        #expect(HeaderContract().methodText(regionCount: 123_456_789).count <= 64)
        let odd = HeaderContract(software: "tool\\with backslash é " + String(repeating: "x", count: 80))
        let text = odd.methodText(regionCount: 5)
        #expect(text.count <= 64)
        #expect(!text.contains("\\"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("dciodvfy finds no new errors in the output, dcmdump reads it")
    func validators() throws {
        guard let dciodvfy = FillFixtures.tool("dciodvfy") else {
            FillFixtures.skip("dciodvfy (dicom3tools) is not installed")
            return
        }
        let folder = try FillFixtures.temporaryFolder("header-contract")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.dcm").path
        let output = folder.appendingPathComponent("out.dcm").path
        var file = try Self.sourceFile()
        try DicomWriter.write(file, to: input)
        let outcome = HeaderContract().apply(to: &file, regionCount: 3)
        var frame = try PixelFrames(file: file).frame(0)
        outcome.cleanOverlayBits(in: &frame)
        file.dataset.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(Data(frame.bytes))))
        try DicomWriter.write(file, to: output)

        func errors(_ path: String) throws -> Set<String> {
            let (_, text) = try FillFixtures.run(dciodvfy, [path])
            return Set(text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Error") })
        }
        let before = try errors(input)
        let after = try errors(output)
        #expect(after.subtracting(before).isEmpty, "new errors: \(after.subtracting(before).sorted())")

        if let dcmdump = FillFixtures.tool("dcmdump") {
            let (status, dump) = try FillFixtures.run(dcmdump, ["-q", output])
            #expect(status == 0)
            #expect(dump.contains("(0012,0064)") && dump.contains("113101") && dump.contains("(0028,0301) CS [NO]"))
        }
    }
}
