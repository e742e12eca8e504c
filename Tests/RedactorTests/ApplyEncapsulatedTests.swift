import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Applying plans to losslessly compressed files: the same syntax out, frames with regions
/// re-encoded, other frames' fragments byte-identical, a Basic Offset Table that fits; damaged
/// frames fail the file.
@Suite("Apply: lossless encapsulated transfer syntaxes")
struct ApplyEncapsulatedTests {
    static let lossless: [TransferSyntax] = [.rleLossless, .jpegLSLossless, .jpegLossless, .jpegLosslessSV1,
                                             .jpeg2000Lossless, .deflatedImageFrame]
    static let rect = PixelRect(x: 7, y: 3, width: 17, height: 9)

    static func inside(_ x: Int, _ y: Int) -> Bool { rect.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) }

    /// Item offsets of each frame's first fragment, as a Basic Offset Table must give them.
    static func expectedOffsets(_ frames: PixelFrames) throws -> [UInt32] {
        var offsets: [UInt32] = []
        var position = 0
        for index in 0..<frames.count {
            offsets.append(UInt32(position))
            for fragment in try frames.encodedFragments(index) { position += 8 + fragment.count + fragment.count % 2 }
        }
        return offsets
    }

    /// `fill` nil: the default fill of a grey image, its darkest value in the touched frame.
    static func check(_ file: DicomFile, syntax: TransferSyntax, fill: [Int64]?, touched: Int = 1,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(rect, frames: .frames([touched]))])
        let (data, result) = try PlanApplier.encode(plan, for: file)
        let output = try DicomReader.read(data: data)
        #expect(output.transferSyntax == syntax, sourceLocation: sourceLocation)
        #expect(result.strategy == .losslessReencode, sourceLocation: sourceLocation)
        let inFrames = try PixelFrames(file: file), outFrames = try PixelFrames(file: output)
        #expect(result.framesChanged == 1 && result.framesKept == inFrames.count - 1, sourceLocation: sourceLocation)
        for index in 0..<inFrames.count where index != touched {
            #expect(try outFrames.encodedFragments(index) == inFrames.encodedFragments(index),
                    "frame \(index) fragments", sourceLocation: sourceLocation)
        }
        #expect(try outFrames.encodedFragments(touched) != inFrames.encodedFragments(touched), sourceLocation: sourceLocation)
        let table = output.dataset[.pixelData]?.fragments?.basicOffsets(byteOrder: .little) ?? []
        #expect(table == (try expectedOffsets(outFrames)), sourceLocation: sourceLocation)
        let before = try ApplyFixture.decoded(file), after = try ApplyFixture.decoded(output)
        for index in before.indices where index != touched {
            #expect(after[index].bytes == before[index].bytes, sourceLocation: sourceLocation)
        }
        let expected = fill ?? [before[touched].valueRange().lowerBound]
        ApplyFixture.expectFilled(before: before[touched], after: after[touched], fill: expected, inside: inside,
                                  sourceLocation: sourceLocation)
        ApplyFixture.expectContract(output, sourceLocation: sourceLocation)
        #expect(output.dataset.string(.lossyImageCompression) != "01", sourceLocation: sourceLocation)
    }

    @Test("16-bit greyscale, 3 frames", arguments: lossless)
    func greyscale(syntax: TransferSyntax) throws {
        let d = PixelDescription(rows: 24, columns: 40, bitsAllocated: 16, bitsStored: 12, numberOfFrames: 3)
        try Self.check(try ApplyFixture.file(d, syntax: syntax), syntax: syntax, fill: nil)
    }

    @Test("8-bit RGB, 2 frames (JPEG 2000 as YBR_RCT)", arguments: lossless)
    func colour(syntax: TransferSyntax) throws {
        let d = PixelDescription(rows: 20, columns: 30, samplesPerPixel: 3, bitsAllocated: 8, photometric: .rgb,
                                 numberOfFrames: 2)
        let file = try ApplyFixture.file(d, syntax: syntax)
        try Self.check(file, syntax: syntax, fill: [0, 0, 0], touched: 0)
    }

    @Test("a frame that cannot be decoded fails the file and nothing is written")
    func damagedFrame() throws {
        let d = PixelDescription(rows: 24, columns: 40, bitsAllocated: 16, numberOfFrames: 3)
        var file = try ApplyFixture.file(d, syntax: .rleLossless)
        file.dataset.modify(.pixelData) { element in
            guard var encapsulated = element.fragments else { return }
            encapsulated.fragments[1] = Data(repeating: 0xFF, count: 64)
            element.value = .fragments(encapsulated)
        }
        let damaged = try DicomReader.read(data: DicomWriter.encode(file))
        let folder = try ApplyFixture.temporaryFolder("apply-damaged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.dcm").path
        let plan = try ApplyFixture.plan(damaged, [ApplyFixture.region(Self.rect, frames: .frames([1]))])
        #expect(throws: DicomError.self) { try PlanApplier.apply(plan, to: damaged, writingTo: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a file in a syntax redact cannot write is refused")
    func unsupportedSyntax() throws {
        var dataset = ApplyFixture.header(PixelDescription(rows: 4, columns: 4, bitsAllocated: 8))
        dataset.set(DataElement(tag: .pixelData, vr: .OB,
                                value: .fragments(EncapsulatedPixelData(fragments: [Data(repeating: 0, count: 16)]))))
        let file = try DicomReader.read(data: DicomWriter.encode(DicomFile(dataset: dataset, transferSyntax: .mpeg2MainProfile),
                                                                 syntax: .mpeg2MainProfile))
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(PixelRect(x: 0, y: 0, width: 2, height: 2))])
        #expect(throws: DicomError.self) { _ = try PlanApplier.encode(plan, for: file) }
    }
}
