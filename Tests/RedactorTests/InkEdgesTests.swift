import Testing
import TestSupport
import OCR
import PixelIO
@testable import Redactor

/// Text regions grow over glyph strokes their edges cut, and only there.
@Suite("Ink cut by region edges")
struct InkEdgesTests {
    /// A 60x30 grey (128) image with a dark (0) stroke from x 10 to 33 on rows 10..19.
    static func stroke(background: (Int, Int) -> UInt8 = { _, _ in 128 }) -> GreyImage {
        var image = GreyImage(width: 60, height: 30)
        for y in 0..<30 { for x in 0..<60 { image[x, y] = background(x, y) } }
        for y in 10..<20 { for x in 10..<34 { image[x, y] = 0 } }
        return image
    }

    @Test("a stroke running 3 px past the right edge is covered; the other sides stay")
    func cutStrokeCovered() {
        let box = PixelRect(x: 8, y: 8, width: 23, height: 14)   // ends at x 30; ink runs to 33
        #expect(InkEdges.grow(box, in: Self.stroke()) == PixelRect(x: 8, y: 8, width: 26, height: 14))
    }

    @Test("a box whose edges lie on clean background, and a box on texture, are left as they are")
    func cleanOrTexturedKept() {
        let clean = PixelRect(x: 7, y: 7, width: 30, height: 16)
        #expect(InkEdges.grow(clean, in: Self.stroke()) == clean)
        var generator = SeededGenerator(seed: 5)
        let texture = Self.stroke { _, _ in UInt8(generator.below(256)) }
        let cut = PixelRect(x: 8, y: 8, width: 22, height: 14)
        #expect(InkEdges.grow(cut, in: texture) == cut, "on speckle every edge cuts something")
    }

    @Test("up and down a region grows at most two rows, so touching lines do not chain")
    func verticalLimited() {
        var image = GreyImage(width: 40, height: 60, value: 128)
        for y in 0..<60 where y % 12 < 10 { for x in 5..<35 { image[x, y] = 0 } }   // bars touching box edges
        let box = PixelRect(x: 3, y: 25, width: 34, height: 8)
        let grown = InkEdges.grow(box, in: image)
        #expect(grown.y >= box.y - 2 && grown.maxY <= box.maxY + 2, "\(grown)")
    }
}
