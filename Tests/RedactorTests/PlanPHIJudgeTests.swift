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
        // A word space apart (see `pieceOfUncertainTokenRemoved` for words that touch).
        func word(_ text: String, x: Int, confidence: Double) -> DetectedText {
            DetectedText(frames: .all, box: PixelRect(x: x, y: 0, width: 6 * text.count, height: 9), text: text,
                         confidence: confidence, method: .ocr)
        }
        let judge = PHITextJudge(trustedConfidence: 50)
        #expect(judge.judge([word("Tem", x: 0, confidence: 28), word("C5-1", x: 24, confidence: 50)], in: DataSet())
                == [.unreadText, nil])
    }

    @Test("a sure word running into a word read too uncertainly, with no space between, goes with it")
    func pieceOfUncertainTokenRemoved() {
        func word(_ text: String, x: Int, width: Int, confidence: Double, method: DetectionMethod = .ocr) -> DetectedText {
            DetectedText(frames: .all, box: PixelRect(x: x, y: 28, width: width, height: 13), text: text,
                         confidence: confidence, method: method)
        }
        let judge = PHITextJudge(trustedConfidence: 50)
        // "MR" of an ID read well, its digits (overlapping its box) read at 30.
        #expect(judge.judge([word("MP", x: 32, width: 22, confidence: 62), word("(iii", x: 52, width: 98, confidence: 30)],
                            in: DataSet()) == [.unreadText, .unreadText])
        // A word a space away from the poorly read one stays, and so does one beside an unread
        // region (those are padded marks that overlap the words beside them).
        #expect(judge.judge([word("kVp", x: 10, width: 20, confidence: 90), word("(iii", x: 34, width: 30, confidence: 30)],
                            in: DataSet()) == [nil, .unreadText])
        #expect(judge.judge([word("Name:", x: 6, width: 62, confidence: 93), word("", x: 48, width: 127, confidence: 0, method: .unread)],
                            in: DataSet()) == [nil, .unreadText])
    }
}
