import Foundation
import Testing
@testable import PixelIO
import TestSupport

/// Feeds thousands of truncated and byte-mutated variants of real files through the reader,
/// the pixel decoder and the writer: each must give a result or a DicomError, never a crash,
/// a hang or an allocation beyond the input's size.
@Suite("Fuzzing")
struct FuzzTests {
    /// Seed files: small corpus files of every syntax when the corpus is present, else fixtures.
    private func seeds() throws -> [(String, Data)] {
        if let corpus = SharedData.corpus {
            let rows = try SharedData.catalog().filter { Int($0["size_bytes"] ?? "") ?? .max <= 300_000 }
            // One or two files of each transfer syntax, plus the odd ones.
            var bySyntax: [String: Int] = [:]
            var picked: [(String, Data)] = []
            for row in rows {
                let syntax = row["transfer_syntax_uid"] ?? ""
                guard bySyntax[syntax, default: 0] < 2 else { continue }
                bySyntax[syntax, default: 0] += 1
                let url = corpus.appendingPathComponent(row["path"] ?? "")
                picked.append((row["path"] ?? "", try Data(contentsOf: url)))
            }
            return picked
        }
        SharedData.skip("../shared/corpus is absent: fuzzing generated fixtures only")
        var nested = Fixture.image()
        nested.sequence(Tag(0x0040, 0x0275), items: [{ $0.text(Tag(0x0040, 0x0007), .LO, "Step") }])
        return [("fixture-explicit", Fixture.part10(syntax: .explicitVRLittleEndian, dataset: nested.bytes)),
                ("fixture-implicit", Fixture.part10(syntax: .implicitVRLittleEndian,
                                                    dataset: Fixture.image(.implicitLittle).bytes)),
                ("fixture-big", Fixture.part10(syntax: .explicitVRBigEndian, dataset: Fixture.image(.explicitBig).bytes))]
    }

    /// Reads a variant and exercises everything downstream of reading.
    private func exercise(_ data: Data) -> Bool {
        guard let file = try? DicomReader.read(data: data) else { return false }
        _ = FileSummary(path: "fuzz", file: file)
        _ = DumpFormatter(maxValueLength: 16).lines(for: file)
        if let frames = try? PixelFrames(file: file), frames.count > 0 {
            _ = try? frames.frame(0)
        }
        _ = try? DicomWriter.encode(file)
        return true
    }

    @Test("truncations at every kind of offset")
    func truncations() throws {
        var generator = SeededGenerator(seed: 1)
        var variants = 0
        let seeds = try seeds()
        let step = seeds.count >= 10 ? 3 : 1
        for (_, data) in seeds {
            // Offsets through the first 512 bytes (preamble, meta, first elements), then random ones.
            let cuts = Array(stride(from: 0, to: min(data.count, 512), by: step))
                + (0..<max(40, 1200 / seeds.count)).map { _ in Int.random(in: 0..<data.count, using: &generator) }
            for cut in cuts {
                _ = exercise(data.prefix(cut))
                variants += 1
            }
        }
        #expect(variants >= 1000)
    }

    @Test("random byte mutations, with lengths and VRs hit often")
    func mutations() throws {
        var generator = SeededGenerator(seed: 2)
        var variants = 0, readable = 0
        let seeds = try seeds()
        for (_, data) in seeds {
            for _ in 0..<max(150, 3000 / seeds.count) {
                var bytes = [UInt8](data)
                let edits = Int.random(in: 1...6, using: &generator)
                for _ in 0..<edits {
                    // Most headers are near the start; aim there three times in four.
                    let limit = Bool.random(using: &generator) || Bool.random(using: &generator)
                        ? min(bytes.count, 4096) : bytes.count
                    let position = Int.random(in: 0..<limit, using: &generator)
                    switch Int.random(in: 0..<4, using: &generator) {
                    case 0:  // a hostile 32-bit length
                        let value = [UInt32(0xFFFF_FFFF), 0xFFFF_FFF0, 0x7FFF_FFFF, UInt32.random(in: 0...UInt32.max, using: &generator)]
                            .randomElement(using: &generator) ?? 0
                        for k in 0..<4 where position + k < bytes.count { bytes[position + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(k))) }
                    case 1:  // a VR that names a sequence or undefined-length-capable type
                        let vr = ["SQ", "UN", "OB", "UT", "XX"].randomElement(using: &generator) ?? "SQ"
                        for (k, byte) in vr.utf8.enumerated() where position + k < bytes.count { bytes[position + k] = byte }
                    case 2:  // an item or delimiter tag
                        let tag: [UInt8] = [[0xFE, 0xFF, 0x00, 0xE0], [0xFE, 0xFF, 0x0D, 0xE0], [0xFE, 0xFF, 0xDD, 0xE0]]
                            .randomElement(using: &generator) ?? []
                        for (k, byte) in tag.enumerated() where position + k < bytes.count { bytes[position + k] = byte }
                    default:
                        bytes[position] = UInt8.random(in: 0...255, using: &generator)
                    }
                }
                if exercise(Data(bytes)) { readable += 1 }
                variants += 1
            }
        }
        #expect(variants >= 2000)
        #expect(readable > 0)
    }
}
