import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// JPEG Baseline redaction: in the DCT domain by default (blocks outside the MCU-grown region
/// keep their coefficients, decoded pixels outside it are unchanged, and the blocks the region
/// covers in part keep the rest of their pixels), or re-encoded, or decompressed.
@Suite("Apply: JPEG Baseline")
struct ApplyJPEGTests {
    /// A colour 4:2:2 (YBR_FULL_422) baseline file of two frames, sizes that are not whole MCUs.
    static func colourFile(syntax: TransferSyntax = .jpegBaseline) throws -> DicomFile {
        let d = PixelDescription(rows: 50, columns: 70, samplesPerPixel: 3, bitsAllocated: 8, photometric: .rgb,
                                 numberOfFrames: 2)
        let codec = JPEGBaselineCodec(quality: 90, chromaSubsampling: .horizontal)
        return try ApplyFixture.encapsulatedFile(d, syntax: syntax, photometric: .ybrFull422) {
            try codec.encodeFrame($0, syntax: syntax)
        }
    }

    /// A greyscale baseline file of one frame.
    static func greyFile() throws -> DicomFile {
        let d = PixelDescription(rows: 29, columns: 37, bitsAllocated: 8)
        return try ApplyFixture.encapsulatedFile(d, syntax: .jpegBaseline, photometric: .monochrome2) {
            try JPEGBaselineCodec(quality: 85).encodeFrame($0, syntax: .jpegBaseline)
        }
    }

    /// Checks that every block of every component outside the MCUs covering `rect` has the same
    /// coefficients in both frames, and that some block inside changed.
    static func expectBlocksOutsideUnchanged(_ before: Data, _ after: Data, rect: PixelRect, description: PixelDescription,
                                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let a = try JPEGCoefficientImage(frame: before, description: description)
        let b = try JPEGCoefficientImage(frame: after, description: description)
        let area = rect
        var changedInside = 0
        for index in a.components.indices {
            let covered = try #require(a.blockRect(covering: area, component: index))
            let c = a.components[index]
            #expect(c.paddedWidthInBlocks == b.components[index].paddedWidthInBlocks, sourceLocation: sourceLocation)
            for y in 0..<c.paddedHeightInBlocks {
                for x in 0..<c.paddedWidthInBlocks {
                    let same = a.components[index].block(x: x, y: y) == b.components[index].block(x: x, y: y)
                    if covered.contains(x: x, y: y) {
                        if !same { changedInside += 1 }
                    } else {
                        #expect(same, "component \(index) block (\(x), \(y)) changed", sourceLocation: sourceLocation)
                    }
                }
            }
        }
        #expect(changedInside > 0, sourceLocation: sourceLocation)
    }

    @Test("colour 4:2:2: DCT-domain, blocks outside the MCUs unchanged, untouched frame byte-identical")
    func colourDCT() throws {
        let file = try Self.colourFile()
        let rect = PixelRect(x: 20, y: 10, width: 15, height: 9)
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(rect, frames: .frames([0]))])
        let (data, result) = try PlanApplier.encode(plan, for: file)
        let output = try DicomReader.read(data: data)
        #expect(output.transferSyntax == .jpegBaseline)
        #expect(result.strategy == .dct)
        #expect(result.framesChanged == 1 && result.framesKept == 1)
        let mcu = PixelRect(x: 16, y: 8, width: 32, height: 16)  // 16x8 MCUs of a 4:2:2 stream
        #expect(result.filledRects == [mcu])
        let inFrames = try PixelFrames(file: file), outFrames = try PixelFrames(file: output)
        #expect(try outFrames.encodedFragments(1) == inFrames.encodedFragments(1))
        try Self.expectBlocksOutsideUnchanged(try inFrames.encodedFrame(0), try outFrames.encodedFrame(0), rect: rect,
                                              description: inFrames.description)
        // Decoded pixels: unchanged outside the MCUs (but for the one column on each side that
        // smooth chroma upsampling blends), black in the region (but for the column on each side
        // whose chroma samples it shares), and in good part kept in the rest of the MCUs (whole
        // blocks would blacken all of it; colour bars 4 pixels wide are the hardest case).
        let before = try inFrames.frame(0), after = try outFrames.frame(0)
        let grown = mcu.insetBy(dx: -1, dy: 0)
        let core = rect.insetBy(dx: 1, dy: 0)
        ApplyFixture.expectFilled(before: before, after: after, fill: [0, 0, 0], tolerance: 14,
                                  inside: { x, y in core.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) },
                                  outsideExempt: { x, y in grown.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) })
        ApplyFixture.expectKept(0.25, before: before, after: after, within: mcu, outside: rect.insetBy(dx: -2, dy: 0))
        ApplyFixture.expectContract(output)
        #expect(output.dataset.string(.lossyImageCompression) == "01")
        #expect(output.dataset.strings(.lossyImageCompressionMethod) == ["ISO_10918_1"])
        #expect(output.dataset.string(.photometricInterpretation) == "YBR_FULL_422")
    }

    @Test("greyscale, region at the image edge: blocks and pixels outside the MCUs unchanged")
    func greyDCT() throws {
        let file = try Self.greyFile()
        let rect = PixelRect(x: 30, y: 20, width: 20, height: 20)  // runs past the right and bottom edges
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(rect.clipped(columns: 37, rows: 29))])
        let (data, result) = try PlanApplier.encode(plan, for: file)
        let output = try DicomReader.read(data: data)
        let mcu = PixelRect(x: 24, y: 16, width: 13, height: 13)
        #expect(result.filledRects == [mcu])
        let inFrames = try PixelFrames(file: file), outFrames = try PixelFrames(file: output)
        try Self.expectBlocksOutsideUnchanged(try inFrames.encodedFrame(0), try outFrames.encodedFrame(0),
                                              rect: rect.clipped(columns: 37, rows: 29), description: inFrames.description)
        let clipped = rect.clipped(columns: 37, rows: 29)
        let before = try inFrames.frame(0), after = try outFrames.frame(0)
        ApplyFixture.expectFilled(before: before, after: after, fill: [0], tolerance: 5,
                                  inside: { x, y in clipped.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) },
                                  outsideExempt: { x, y in mcu.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) })
        ApplyFixture.expectKept(0.5, before: before, after: after, within: mcu, outside: clipped)
    }

    @Test("8-bit JPEG Extended is redacted in the DCT domain too")
    func extendedEightBit() throws {
        let file = try Self.colourFile(syntax: .jpegExtended)
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(PixelRect(x: 0, y: 0, width: 5, height: 5))])
        let (data, result) = try PlanApplier.encode(plan, for: file)
        #expect(result.strategy == .dct)
        #expect(try DicomReader.read(data: data).transferSyntax == .jpegExtended)
    }

    @Test("--jpeg reencode: changed frames JPEG again, a second lossy generation recorded")
    func reencode() throws {
        let file = try Self.colourFile()
        let rect = PixelRect(x: 20, y: 10, width: 15, height: 9)
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(rect, frames: .frames([1]))])
        let (data, result) = try PlanApplier.encode(plan, for: file, options: ApplyOptions(jpeg: .reencode))
        let output = try DicomReader.read(data: data)
        #expect(result.strategy == .jpegReencode)
        #expect(output.transferSyntax == .jpegBaseline)
        #expect(output.dataset.string(.photometricInterpretation) == "YBR_FULL_422")
        #expect(output.dataset.strings(.lossyImageCompressionMethod) == ["ISO_10918_1", "ISO_10918_1"])
        #expect(output.dataset.strings(.lossyImageCompressionRatio).count == 2)
        let inFrames = try PixelFrames(file: file), outFrames = try PixelFrames(file: output)
        #expect(try outFrames.encodedFragments(0) == inFrames.encodedFragments(0))
        let after = try outFrames.frame(1)
        for (x, y) in [(22, 12), (30, 15), (33, 17)] {
            #expect(ApplyFixture.samples(after, x: x, y: y).allSatisfy { $0 <= 12 })
        }
    }

    @Test("--jpeg decompress: Explicit VR LE, RGB, pixels outside exactly the decoded input, lossy history kept")
    func decompress() throws {
        let file = try Self.colourFile()
        let rect = PixelRect(x: 20, y: 10, width: 15, height: 9)
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(rect, frames: .frames([0]))])
        let (data, result) = try PlanApplier.encode(plan, for: file, options: ApplyOptions(jpeg: .decompress))
        let output = try DicomReader.read(data: data)
        #expect(result.outputSyntax == .explicitVRLittleEndian)
        #expect(output.transferSyntax == .explicitVRLittleEndian)
        #expect(output.dataset.string(.photometricInterpretation) == "RGB")
        #expect(output.dataset.string(.lossyImageCompression) == "01")
        #expect(output.dataset.strings(.lossyImageCompressionMethod) == ["ISO_10918_1"])
        let before = try ApplyFixture.decoded(file), after = try ApplyFixture.decoded(output)
        #expect(after[1].bytes == before[1].bytes)
        ApplyFixture.expectFilled(before: before[0], after: after[0], fill: [0, 0, 0]) { x, y in
            rect.intersects(PixelRect(x: x, y: y, width: 1, height: 1))
        }
    }
}
