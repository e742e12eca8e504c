import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Lossy syntaxes without a DCT-domain path are decoded, filled and re-encoded losslessly in the
/// nearest lossless syntax, so the pixels outside the regions are exactly the decoded input and
/// the lossy history stays true.
@Suite("Apply: lossy syntaxes re-encoded losslessly")
struct ApplyLossyTests {
    static func check(_ file: DicomFile, to target: TransferSyntax, lossy: Bool, method: String?, rect: PixelRect,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(rect)])
        let (data, result) = try PlanApplier.encode(plan, for: file)
        let output = try DicomReader.read(data: data)
        #expect(result.strategy == .reencode(to: target), sourceLocation: sourceLocation)
        #expect(output.transferSyntax == target, sourceLocation: sourceLocation)
        #expect((output.dataset.string(.lossyImageCompression) == "01") == lossy, sourceLocation: sourceLocation)
        if let method {
            #expect(output.dataset.strings(.lossyImageCompressionMethod).first == method, sourceLocation: sourceLocation)
        }
        let before = try ApplyFixture.decoded(file), after = try ApplyFixture.decoded(output)
        #expect(before.count == after.count, sourceLocation: sourceLocation)
        for (a, b) in zip(after, before) {
            // The default fill: a grey frame's darkest value, black for colour.
            let fill: [Int64] = switch b.description.photometric {
            case .monochrome2: [b.valueRange().lowerBound]
            case .monochrome1: [b.valueRange().upperBound]
            default: [Int64](repeating: 0, count: b.samplesPerPixel)
            }
            ApplyFixture.expectFilled(before: b, after: a, fill: fill,
                                      inside: { x, y in rect.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) },
                                      sourceLocation: sourceLocation)
        }
        ApplyFixture.expectContract(output, sourceLocation: sourceLocation)
    }

    @Test("JPEG 2000 (.91) becomes JPEG 2000 lossless (.90), greyscale and colour")
    func jpeg2000() throws {
        let grey = PixelDescription(rows: 24, columns: 32, bitsAllocated: 16, bitsStored: 12, numberOfFrames: 2)
        try Self.check(try ApplyFixture.file(grey, syntax: .jpeg2000), to: .jpeg2000Lossless, lossy: true,
                       method: "ISO_15444_1", rect: PixelRect(x: 3, y: 3, width: 10, height: 6))
        let rgb = PixelDescription(rows: 24, columns: 32, samplesPerPixel: 3, bitsAllocated: 8, photometric: .rgb)
        let colour = try ApplyFixture.file(rgb, syntax: .jpeg2000)
        #expect(colour.dataset.string(.photometricInterpretation) == "YBR_ICT")
        try Self.check(colour, to: .jpeg2000Lossless, lossy: true, method: "ISO_15444_1",
                       rect: PixelRect(x: 3, y: 3, width: 10, height: 6))
    }

    @Test("JPEG-LS near-lossless (.81) becomes JPEG-LS lossless (.80)")
    func jpegLSNear() throws {
        let d = PixelDescription(rows: 20, columns: 26, bitsAllocated: 16, bitsStored: 12)
        let file = try ApplyFixture.encapsulatedFile(d, syntax: .jpegLSNearLossless, photometric: .monochrome2) {
            try JPEGLSCodec(nearLossless: 2).encodeFrame($0, syntax: .jpegLSNearLossless)
        }
        try Self.check(file, to: .jpegLSLossless, lossy: true, method: "ISO_14495_1",
                       rect: PixelRect(x: 0, y: 0, width: 8, height: 5))
    }

    @Test("12-bit JPEG Extended (.51) becomes JPEG Lossless SV1 (.70)")
    func jpegExtended12() throws {
        guard let path = ReferenceTools.corpusFile("pydicom/JPGExtended.dcm") else { return }
        try Self.check(try DicomReader.read(path: path), to: .jpegLosslessSV1, lossy: true, method: "ISO_10918_1",
                       rect: PixelRect(x: 10, y: 20, width: 60, height: 30))
    }

    @Test("HTJ2K (.203 lossy, .201 lossless) becomes JPEG 2000 lossless (.90)")
    func htj2k() throws {
        if let path = ReferenceTools.corpusFile("pydicom-data/HTJ2K_08_RGB.dcm") {
            try Self.check(try DicomReader.read(path: path), to: .jpeg2000Lossless, lossy: true, method: "ISO_15444_15",
                           rect: PixelRect(x: 100, y: 50, width: 120, height: 40))
        }
        if let path = ReferenceTools.corpusFile("pydicom-data/HTJ2KLossless_08_RGB.dcm") {
            try Self.check(try DicomReader.read(path: path), to: .jpeg2000Lossless, lossy: false, method: nil,
                           rect: PixelRect(x: 100, y: 50, width: 120, height: 40))
        }
    }
}
