import Foundation
import Testing
@testable import OCR
import PixelIO

/// Detection on real files with burned-in PHI (the shared corpus).
@Suite("OCR on real files", .serialized)
struct CorpusDetectionTests {
    static let pool = EnginePool()

    static func detect(_ path: String) throws -> [DetectedText] {
        let file = try DicomReader.read(path: path)
        return try TesseractTextDetector(pool: pool).detect(in: try PixelFrames(file: file))
    }

    static func normalised(_ text: String) -> String {
        String(text.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Every ground-truth word of Presidio's samples (boxes shifted back by Presidio's 25 px
    /// padding) lies mostly inside detected boxes, and the PHI values are read.
    @Test("Presidio samples: every ground-truth word box is covered and PHI is read")
    func presidioGroundTruth() throws {
        guard let truthPath = OCRCorpus.file("presidio/ground_truth/ground_truth.json") else { return }
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: truthPath))) as? [String: Any]
        let samples = [("sample_data/0_ORIGINAL.dcm", "presidio/0_ORIGINAL_compressed.dcm", ["DAVIDSON", "DOUGLAS", "01092012", "06161976"]),
                       ("sample_data/2_ORIGINAL.dcm", "presidio/2_ORIGINAL.dcm", ["KAUFMAN", "SCOTT", "03092012", "07221943"])]
        for (key, relative, values) in samples {
            guard let path = OCRCorpus.file(relative), let words = truth?[key] as? [[String: Any]] else {
                Issue.record("no ground truth for \(key)")
                continue
            }
            let found = try Self.detect(path)
            for word in words {
                guard let left = word["left"] as? Int, let top = word["top"] as? Int,
                      let width = word["width"] as? Int, let height = word["height"] as? Int else { continue }
                let box = PixelRect(x: left - 25, y: top - 25, width: width, height: height)
                let covered = found.reduce(0) { $0 + $1.box.intersection(box).area }
                #expect(Double(covered) >= 0.6 * Double(box.area), "\(relative): \(word["label"] ?? "?") at \(box) not covered")
            }
            let read = Set(found.map { Self.normalised($0.text) })
            for value in values {
                #expect(read.contains { $0.contains(value) }, "\(relative): \(value) not read; read \(read.sorted())")
            }
        }
    }

    /// The deid-data ultrasounds carry test-patient PHI in their top strip; the cine's overlay is
    /// the same in all 27 frames and is read once for all of them.
    @Test("deid ultrasounds: the PHI strip is read; the cine overlay is static")
    func deidUltrasounds() throws {
        guard let image = OCRCorpus.file("deid-data/ultrasounds/GREYSCALE_IMAGE.dcm"),
              let cine = OCRCorpus.file("deid-data/ultrasounds/GREYSCALE_CINE.dcm"),
              let rgb = OCRCorpus.file("deid-data/ultrasounds/RGB_IMAGE.dcm") else { return }
        for (path, values) in [(image, ["00079241539", "08291951", "03022017"]), (cine, ["00079241539", "08291951"]),
                               (rgb, ["00047431395", "4142020", "120907058", "ZZZDOWNTIME"])] {
            let found = try Self.detect(path)
            let read = found.map { Self.normalised($0.text) }
            for value in values {
                #expect(read.contains { $0.contains(value) }, "\(path): \(value) not read")
            }
            if path == cine {
                let id = found.first { Self.normalised($0.text).contains("00079241539") }
                #expect(id?.frames == .all && id?.method == .staticOverlay)
            }
        }
    }
}
