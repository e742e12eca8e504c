import Testing
import Foundation
@testable import OCR
import PixelIO

/// Static overlays of cine loops are reported for all frames; changing text per frame.
@Suite("OCR multi-frame")
struct MultiFrameTests {
    /// Detections over `count` 8-bit frames of `width` x `height` drawn by `draw`.
    static func detect(frames count: Int, width: Int, height: Int,
                       draw: @escaping (Int) -> GreyImage) throws -> [DetectedText] {
        let single = PixelDescription(rows: height, columns: width, bitsAllocated: 8, numberOfFrames: 1)
        let detector = TesseractTextDetector(pool: EnginePool())
        return try detector.pool.withEngine { engine in
            try detector.detect(frames: count, palette: nil, engine: engine) { index in
                try PixelBuffer(description: single, bytes: draw(index).pixels)
            }
        }
    }

    @Test("a static line covers all frames; a line that moves is found in each frame it is in")
    func staticAndChanging() throws {
        let found = try Self.detect(frames: 4, width: 240, height: 120) { index in
            var image = GreyImage(width: 240, height: 120, value: 5)
            TextFinderTests.drawWord(into: &image, x: 20, y: 10, height: 14, value: 250)          // static overlay
            TextFinderTests.drawWord(into: &image, x: 20 + 30 * index, y: 80, height: 14, value: 250)  // moves
            // Anatomy that changes in every frame, away from the text: smooth bright and dark
            // lobes that shift from frame to frame, fading into the background (a sawtooth's
            // sharp wrap-around edges or a cut-off border would be text-like strokes).
            for y in 40..<70 {
                for x in 150..<230 {
                    let lobes = sin(Double(x) / 6 + Double(index)) * cos(Double(y) / 5 - Double(index) / 2)
                    let envelope = sin(Double.pi * Double(x - 150) / 80) * sin(Double.pi * Double(y - 40) / 30)
                    image[x, y] = UInt8(5 + envelope * (105 + 90 * lobes))
                }
            }
            return image
        }
        let top = found.filter { $0.box.intersects(PixelRect(x: 20, y: 10, width: 60, height: 14)) }
        #expect(!top.isEmpty && top.allSatisfy { $0.frames == .all })
        for index in 0..<4 {
            let where_ = PixelRect(x: 20 + 30 * index + 2, y: 82, width: 20, height: 10)
            #expect(found.contains { $0.box.intersects(where_) && $0.frames.contains(index) }, "frame \(index)")
        }
        #expect(!found.contains { $0.box.intersects(PixelRect(x: 150, y: 40, width: 80, height: 30)) && $0.box.y > 30 && $0.box.maxY < 75 })
    }

    @Test("a line carried from a still mark over moving texture holds in every frame where its ink is still")
    func carriedLineOverMovingTexture() throws {
        let found = try Self.detect(frames: 3, width: 300, height: 80) { index in
            var image = TextFinderTests.loneMarkImage(texture: 36..<300, seed: 11 + UInt64(index))
            TextFinderTests.drawWord(into: &image, x: 40, y: 30, height: 14, value: 250)
            return image
        }
        let word = PixelRect(x: 40, y: 30, width: 40, height: 14)
        #expect(found.contains { $0.box.intersection(word).area * 2 >= word.area && $0.frames == .all },
                "found: \(found.map { ($0.box, $0.frames) })")
    }

    @Test("a first-frame line whose ink is unchanged in a later frame holds there, though the background moved")
    func inkHoldsOverMovingBackground() throws {
        let detector = TesseractTextDetector(pool: EnginePool())
        func frame(shift: Int, background: UInt8) -> DisplayChannels {
            var image = GreyImage(width: 120, height: 50, value: background)
            TextFinderTests.drawWord(into: &image, x: 20 + shift, y: 20, height: 14, value: 250)
            return DisplayChannels(luma: image)
        }
        let first = frame(shift: 0, background: 5)
        let maps = detector.finder.strokeMaps(of: first)
        let line = try #require(detector.finder.candidates(in: maps, channels: first).first)
        #expect(detector.inkHolds(line, maps: maps, from: first, to: frame(shift: 0, background: 90)))
        #expect(!detector.inkHolds(line, maps: maps, from: first, to: frame(shift: 3, background: 5)))
    }

    @Test("in a line whose end changes from frame to frame, the words that never change cover all frames")
    func stillWordsOfAChangingLine() throws {
        let found = try Self.detect(frames: 4, width: 200, height: 60) { index in
            var image = GreyImage(width: 200, height: 60, value: 5)
            TextFinderTests.drawWord(into: &image, x: 20, y: 20, height: 14, value: 250)    // a label, the same in every frame
            // A value a word space further on that differs in every frame (a counter).
            TextFinderTests.drawWord(into: &image, x: 82 + 2 * index, y: 20, height: 14, value: 250)
            return image
        }
        let label = PixelRect(x: 20, y: 20, width: 40, height: 14)
        #expect(found.contains { $0.box.intersection(label).area * 10 >= label.area * 9 && $0.frames == .all },
                "found: \(found.map { ($0.box, $0.frames, $0.text) })")
        for index in 0..<4 {
            let value = PixelRect(x: 84 + 2 * index, y: 22, width: 40, height: 10)
            #expect(found.contains { $0.box.intersects(value) && $0.frames.contains(index) }, "frame \(index)")
        }
    }

    @Test("of a word running from a still border onto moving speckle, the letter on the border holds in every frame")
    func stillLetterOfAMovingWord() {
        // "SMITH": the S on the black border (x < 20), the rest over speckle that moves.
        let letters = (0..<5).map { PixelRect(x: 8 + 12 * $0, y: 10, width: 9, height: 12) }
        let label = PixelRect(x: 8, y: 30, width: 30, height: 12)
        let candidate = TextCandidate(box: PixelRect.bounding(letters + [label]), components: letters + [label],
                                      ink: .bright, score: 1, characterHeight: 12)
        let word = RecognizedWord(text: "SMITH", confidence: 90, box: PixelRect.bounding(letters))
        let line = FrameReading.Line(candidate: candidate, words: [word], unread: [label])
        let bounds = PixelRect(x: 0, y: 0, width: 100, height: 50)
        let (still, moving) = TesseractTextDetector.splitByStillness(line, within: bounds) { ink in
            ink.allSatisfy { $0.maxX <= 20 || $0.y >= 30 }
        }
        #expect(moving.words == [word], "the word moves with its letters over the speckle")
        #expect(still.unread == [label], "a still unread mark holds")
        // The S holds as the word read, so that a PHI decision on the word covers it too.
        var held = word
        held.box = letters[0].insetBy(dx: -1, dy: -1)
        #expect(still.words == [held], "the S on the border holds: \(still.words)")
    }

    @Test("a candidate dropped in one frame is the same as one read in another when it is in the same place and looks alike")
    func sameCandidateAcrossFrames() {
        var a = GreyImage(width: 120, height: 40, value: 5)
        TextFinderTests.drawWord(into: &a, x: 10, y: 10, height: 14, value: 250)
        var noisy = a
        for i in stride(from: 0, to: noisy.pixels.count, by: 3) { noisy.pixels[i] = noisy.pixels[i] &+ 4 }   // codec noise
        var moved = GreyImage(width: 120, height: 40, value: 5)
        TextFinderTests.drawWord(into: &moved, x: 16, y: 10, height: 14, value: 250)
        let box = PixelRect(x: 8, y: 8, width: 60, height: 18)
        let kept = TesseractTextDetector.Seen(frame: 3, box: box, in: a)
        #expect(kept.isSame(as: .init(frame: 0, box: box, in: noisy), tolerance: 8, share: 0.9))
        #expect(kept.isSame(as: .init(frame: 1, box: box.offsetBy(dx: 2, dy: 0), in: noisy), tolerance: 8, share: 0.9))
        #expect(!kept.isSame(as: .init(frame: 2, box: box, in: moved), tolerance: 8, share: 0.9), "the text moved under the box")
        #expect(!kept.isSame(as: .init(frame: 4, box: box.offsetBy(dx: 40, dy: 0), in: a), tolerance: 8, share: 0.9), "another place")
        // A box running off the image is clipped, not read out of bounds.
        let edge = TesseractTextDetector.Seen(frame: 5, box: PixelRect(x: 100, y: 30, width: 40, height: 20), in: a)
        #expect(edge.box == PixelRect(x: 100, y: 30, width: 20, height: 10))
    }
}
