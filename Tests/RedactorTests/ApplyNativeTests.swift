import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Applying plans to native files: frames with regions rewritten in the same syntax, other frames
/// unchanged, the header contract written; files without regions byte-identical.
@Suite("Apply: native transfer syntaxes")
struct ApplyNativeTests {
    static let syntaxes: [TransferSyntax] = [.explicitVRLittleEndian, .implicitVRLittleEndian, .explicitVRBigEndian,
                                             .deflatedExplicitVRLittleEndian]
    static let rect = PixelRect(x: 5, y: 4, width: 20, height: 10)

    @Test("16-bit, 3 frames: the region's frame filled, other frames and pixels unchanged", arguments: syntaxes)
    func multiFrame(syntax: TransferSyntax) throws {
        let d = PixelDescription(rows: 32, columns: 48, bitsAllocated: 16, bitsStored: 12, numberOfFrames: 3)
        let file = try ApplyFixture.file(d, syntax: syntax)
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(Self.rect, frames: .frames([1]))])
        let (data, result) = try PlanApplier.encode(plan, for: file)
        let output = try DicomReader.read(data: data)
        #expect(output.transferSyntax == syntax)
        #expect(result.action == .redacted && result.strategy == .native)
        #expect(result.framesChanged == 1 && result.framesKept == 2)
        #expect(result.filledRects == [Self.rect])
        let before = try ApplyFixture.decoded(file), after = try ApplyFixture.decoded(output)
        #expect(after[0].bytes == before[0].bytes)
        #expect(after[2].bytes == before[2].bytes)
        ApplyFixture.expectFilled(before: before[1], after: after[1], fill: [0]) { x, y in
            Self.rect.intersects(PixelRect(x: x, y: y, width: 1, height: 1))
        }
        ApplyFixture.expectContract(output)
        #expect(output.dataset[.pixelData]?.valueLength == d.unpackedFrameLength * 3)
    }

    @Test("signed CT (MONOCHROME2) is blanked with the lowest value; RGB planar with black; white on request")
    func fillColours() throws {
        let ct = PixelDescription(rows: 20, columns: 24, bitsAllocated: 16, bitsStored: 16, isSigned: true)
        let ctFile = try ApplyFixture.file(ct, syntax: .explicitVRLittleEndian)
        let box = PixelRect(x: 2, y: 3, width: 6, height: 5)
        let inside = { (x: Int, y: Int) in box.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) }
        var (data, _) = try PlanApplier.encode(try ApplyFixture.plan(ctFile, [ApplyFixture.region(box)]), for: ctFile)
        ApplyFixture.expectFilled(before: try ApplyFixture.decoded(ctFile)[0],
                                  after: try ApplyFixture.decoded(DicomReader.read(data: data))[0], fill: [-32768], inside: inside)

        let rgb = PixelDescription(rows: 20, columns: 24, samplesPerPixel: 3, bitsAllocated: 8, isPlanar: true, photometric: .rgb)
        let rgbFile = try ApplyFixture.file(rgb, syntax: .explicitVRLittleEndian)
        let rgbPlan = try ApplyFixture.plan(rgbFile, [ApplyFixture.region(box)])
        (data, _) = try PlanApplier.encode(rgbPlan, for: rgbFile)
        ApplyFixture.expectFilled(before: try ApplyFixture.decoded(rgbFile)[0],
                                  after: try ApplyFixture.decoded(DicomReader.read(data: data))[0], fill: [0, 0, 0], inside: inside)
        (data, _) = try PlanApplier.encode(rgbPlan, for: rgbFile, options: ApplyOptions(fill: .white))
        ApplyFixture.expectFilled(before: try ApplyFixture.decoded(rgbFile)[0],
                                  after: try ApplyFixture.decoded(DicomReader.read(data: data))[0], fill: [255, 255, 255], inside: inside)
    }

    @Test("a plan without regions copies the file byte for byte", arguments: syntaxes)
    func noRegions(syntax: TransferSyntax) throws {
        let d = PixelDescription(rows: 8, columns: 10, bitsAllocated: 16, numberOfFrames: 2)
        let file = try ApplyFixture.file(d, syntax: syntax)
        let input = try DicomWriter.encode(file)
        let (data, result) = try PlanApplier.encode(try ApplyFixture.plan(file, []), for: file)
        #expect(data == input)
        #expect(result.action == .copied)
    }

    @Test("overlay bits in unused high bits are cleared in every frame; the overlay group and icon are removed")
    func overlayBits() throws {
        let d = PixelDescription(rows: 6, columns: 8, bitsAllocated: 16, bitsStored: 12, numberOfFrames: 2)
        var dataset = ApplyFixture.header(d)
        dataset.setUInt16(Tag(0x6002, 0x0010), [6])
        dataset.setUInt16(Tag(0x6002, 0x0011), [8])
        dataset.setString(Tag(0x6002, 0x0040), vr: .CS, "G")
        dataset.set(DataElement(tag: Tag(0x6002, 0x0050), vr: .SS, value: .bytes(Data([1, 0, 1, 0]))))
        dataset.setUInt16(Tag(0x6002, 0x0100), [16])
        dataset.setUInt16(Tag(0x6002, 0x0102), [14])
        var icon = DataSet()
        icon.setUInt16(.rows, [1])
        dataset.set(DataElement(tag: Tag(0x0088, 0x0200), vr: .SQ, value: .sequence([icon])))
        var pixels = ApplyFixture.pixels(d)
        for index in stride(from: 1, to: pixels.count, by: 6) { pixels[index] |= 0x40 }  // bit 14 of some samples
        dataset.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(Data(pixels))))
        let file = try DicomReader.read(data: DicomWriter.encode(DicomFile(dataset: dataset)))
        let box = PixelRect(x: 0, y: 0, width: 2, height: 2)
        let (data, result) = try PlanApplier.encode(try ApplyFixture.plan(file, [ApplyFixture.region(box, frames: .frames([0]))]),
                                                    for: file)
        let output = try DicomReader.read(data: data)
        #expect(result.header?.pixelDataOverlayMask == 1 << 14)
        #expect(result.framesChanged == 2)
        #expect(!output.dataset.elements.contains { $0.tag.group == 0x6002 })
        #expect(output.dataset[Tag(0x0088, 0x0200)] == nil)
        let before = try ApplyFixture.decoded(file), after = try ApplyFixture.decoded(output)
        for (a, b) in zip(after, before) {
            #expect(!a.hasAnyBits(1 << 14))
            #expect(a.storedValues().count == b.storedValues().count)
        }
        #expect(after[1].storedValues() == before[1].storedValues())
    }

    @Test("a plan applied to a file writes it atomically; a failure leaves nothing behind")
    func writesAtomically() throws {
        let folder = try ApplyFixture.temporaryFolder("apply-native")
        defer { try? FileManager.default.removeItem(at: folder) }
        let d = PixelDescription(rows: 8, columns: 10, bitsAllocated: 16)
        let file = try ApplyFixture.file(d, syntax: .explicitVRLittleEndian)
        let target = folder.appendingPathComponent("out.dcm").path
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(PixelRect(x: 0, y: 0, width: 3, height: 3))])
        try PlanApplier.apply(plan, to: file, writingTo: target)
        ApplyFixture.expectContract(try DicomReader.read(path: target))

        // A fill that cannot fit the image (three values for one sample) fails the file: no output.
        let failing = folder.appendingPathComponent("fail.dcm").path
        #expect(throws: DicomError.self) {
            try PlanApplier.apply(plan, to: file, writingTo: failing, options: ApplyOptions(fill: .samples([1, 2, 3])))
        }
        #expect(!FileManager.default.fileExists(atPath: failing))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.dcm"])
    }
}
