import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Mode `phi`: the PHI classifier decides, header values and patterns go, technical text stays.
@Suite("Plans in phi mode")
struct PlanPHIJudgeTests {
    @Test("the patient's name and a date go with PHI reasons; probe settings stay")
    func phiMode() throws {
        let file = try ApplyFixture.nativeFile(PixelDescription(rows: 40, columns: 120, bitsAllocated: 8))
        func word(_ text: String, _ x: Int, _ y: Int, line: Int) -> DetectedText {
            DetectedText(frames: .all, box: PixelRect(x: x, y: y, width: 6 * text.count, height: 9), text: text,
                         confidence: 90, method: .ocr, line: line)
        }
        let detector = FixedDetector(detections: [word("JANE", 2, 2, line: 0), word("DOE", 30, 2, line: 0),
                                                  word("03/07/2024", 2, 15, line: 1), word("C5-1", 2, 28, line: 2)])
        let plan = try Redactor(options: PlanOptions(textMode: .phi), detector: detector, judge: PHITextJudge())
            .plan(for: file)
        #expect(plan.regions.count == 2)
        #expect(plan.regions.allSatisfy { $0.reason.kind == "phi" })
        #expect(plan.detections.last?.reason == nil)
    }

    @Test("text-like regions that could not be read go too (fail closed); read technical text stays")
    func unreadRemoved() {
        let unread = DetectedText(frames: .all, box: PixelRect(x: 0, y: 0, width: 40, height: 9), text: "",
                                  confidence: 0, method: .unread)
        let probe = DetectedText(frames: .all, box: PixelRect(x: 50, y: 0, width: 24, height: 9), text: "C5-1",
                                 confidence: 90, method: .ocr)
        #expect(PHITextJudge().judge([unread, probe], in: DataSet()) == [.unreadText, nil])
    }

    @Test("a word read too uncertainly to be sure what it says goes (fail closed); a sure read stays")
    func uncertainReadRemoved() {
        func word(_ text: String, confidence: Double) -> DetectedText {
            DetectedText(frames: .all, box: PixelRect(x: 0, y: 0, width: 6 * text.count, height: 9), text: text,
                         confidence: confidence, method: .ocr)
        }
        let judge = PHITextJudge(trustedConfidence: 50)
        #expect(judge.judge([word("Tem", confidence: 28), word("C5-1", confidence: 50)], in: DataSet()) == [.unreadText, nil])
    }
}
