import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Redacted outputs decode in the reference toolkits (dcmtk, GDCM) to what redact decodes them to.
@Suite("Apply: outputs decode in dcmtk and GDCM")
struct ApplyReferenceDecoderTests {
    /// A redacted output of each kind, and the reference command that decompresses it.
    static let cases: [(TransferSyntax, String, [String])] = [
        (.rleLossless, "dcmdrle", []),
        (.jpegLSLossless, "dcmdjpls", []),
        (.jpegLosslessSV1, "dcmdjpeg", []),
        (.jpeg2000Lossless, "gdcmconv", ["--raw"]),
        (.jpegBaseline, "dcmdjpeg", []),
    ]

    @Test("redacted multi-frame outputs decode the same in the reference decoders", arguments: 0..<cases.count)
    func referenceDecode(index: Int) throws {
        let (syntax, tool, options) = Self.cases[index]
        guard let executable = ReferenceTools.tool(tool) else { return }
        let file: DicomFile
        if syntax == .jpegBaseline {
            file = try ApplyJPEGTests.colourFile()
        } else {
            let d = PixelDescription(rows: 24, columns: 40, bitsAllocated: 16, bitsStored: 12, numberOfFrames: 3)
            file = try ApplyFixture.file(d, syntax: syntax)
        }
        let plan = try ApplyFixture.plan(file, [ApplyFixture.region(PixelRect(x: 5, y: 4, width: 20, height: 10),
                                                                    frames: .frames([1]))])
        let folder = try ApplyFixture.temporaryFolder("apply-reference")
        defer { try? FileManager.default.removeItem(at: folder) }
        let redacted = folder.appendingPathComponent("redacted.dcm").path
        let decompressed = folder.appendingPathComponent("native.dcm").path
        try PlanApplier.apply(plan, to: file, writingTo: redacted)
        let (status, message) = try ReferenceTools.run(executable, options + [redacted, decompressed])
        #expect(status == 0, "\(tool): \(message)")
        guard status == 0 else { return }
        let ours = try ApplyFixture.decoded(DicomReader.read(path: redacted))
        let theirs = try ApplyFixture.decoded(DicomReader.read(path: decompressed))
        #expect(ours.count == theirs.count)
        for (a, b) in zip(ours, theirs) {
            let worst = zip(a.storedValues(), b.storedValues()).reduce(Int64(0)) { max($0, abs($1.0 - $1.1)) }
            #expect(worst <= (syntax == .jpegBaseline ? 1 : 0), "\(tool) decodes differently by \(worst)")
        }
    }
}
