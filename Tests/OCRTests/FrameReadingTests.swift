import Testing
import PixelIO
@testable import OCR

/// Which candidate lines survive reading when the recogniser reads nothing in them well.
@Suite("Keeping unread lines")
struct FrameReadingTests {
    /// A line of `letters` 9-pixel marks, 8 pixels apart, with the given score.
    static func line(letters: Int, score: Double) -> TextCandidate {
        let marks = (0..<letters).map { PixelRect(x: 10 + 12 * $0, y: 20, width: 6, height: 9) }
        let box = marks.reduce(marks[0]) { $0.union($1) }.insetBy(dx: -4, dy: 0)
        return TextCandidate(box: box, components: marks, ink: .bright, score: score, characterHeight: 9)
    }

    @Test("'1.5 T' (three clean letters on black, read by nothing) is kept; the same as texture is dropped")
    func cleanShortLineKept() {
        let clean = Self.line(letters: 3, score: 1.0)
        #expect(clean.box.width > FrameReading.compactWidth * clean.characterHeight, "not kept for being compact")
        #expect(FrameReading.keeps(clean, usable: []))
        #expect(!FrameReading.keeps(Self.line(letters: 3, score: 0.7), usable: []))
        #expect(!FrameReading.keeps(Self.line(letters: 1, score: 1.0).withWidth(60), usable: []), "one mark is no line")
    }

    @Test("a line read well, or of four letters, or compact, is kept whatever its score")
    func otherReasonsToKeep() {
        let texture = Self.line(letters: 3, score: 0.5)
        #expect(FrameReading.keeps(texture, usable: [RecognizedWord(text: "1.5", confidence: 80, box: texture.box)]))
        #expect(FrameReading.keeps(Self.line(letters: 4, score: 0.5), usable: []))
        #expect(FrameReading.keeps(Self.line(letters: 2, score: 0.5), usable: []), "two marks make a compact line")
    }
}

private extension TextCandidate {
    func withWidth(_ width: Int) -> TextCandidate {
        var wider = self
        wider.box = PixelRect(x: box.x, y: box.y, width: width, height: box.height)
        return wider
    }
}
