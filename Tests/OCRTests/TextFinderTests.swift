import Testing
@testable import OCR
import PixelIO

/// Candidate lines on drawn block letters, and on texture that is not text.
@Suite("OCR candidate lines")
struct TextFinderTests {
    /// Draws block "letters" (an E, an L, an H and a T shape) of `height` pixels in a row.
    static func drawWord(into image: inout GreyImage, x: Int, y: Int, height: Int, value: UInt8) {
        let w = height * 2 / 3, stroke = max(2, height / 6)
        var left = x
        for letter in 0..<4 {
            for yy in y..<(y + height) { for xx in left..<(left + stroke) { image[xx, yy] = value } }
            switch letter {
            case 0: for bar in [y, y + height / 2, y + height - stroke] { for yy in bar..<(bar + stroke) { for xx in left..<(left + w) { image[xx, yy] = value } } }
            case 1: for yy in (y + height - stroke)..<(y + height) { for xx in left..<(left + w) { image[xx, yy] = value } }
            case 2:
                for yy in y..<(y + height) { for xx in (left + w - stroke)..<(left + w) { image[xx, yy] = value } }
                for yy in (y + height / 2)..<(y + height / 2 + stroke) { for xx in left..<(left + w) { image[xx, yy] = value } }
            default: for yy in y..<(y + stroke) { for xx in (left - w / 2)..<(left + w / 2) { image[xx, yy] = value } }
            }
            left += w + stroke + 2
        }
    }

    @Test("bright and dark block letters are found where they are drawn")
    func findsDrawnLines() {
        var image = GreyImage(width: 300, height: 120, value: 10)
        Self.drawWord(into: &image, x: 20, y: 10, height: 14, value: 250)
        for y in 60..<120 { for x in 0..<300 { image[x, y] = 220 } }     // a light panel
        Self.drawWord(into: &image, x: 40, y: 80, height: 18, value: 20)
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let found = finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
        #expect(found.contains { $0.ink == .bright && $0.box.intersects(PixelRect(x: 20, y: 10, width: 60, height: 14)) })
        #expect(found.contains { $0.ink == .dark && $0.box.intersects(PixelRect(x: 40, y: 80, width: 70, height: 18)) })
        #expect(found.allSatisfy { $0.box.maxY <= 62 || $0.box.y >= 62 })
    }

    @Test("smooth speckle-like texture gives no candidates")
    func ignoresTexture() {
        var image = GreyImage(width: 200, height: 200, value: 0)
        var state: UInt64 = 42
        // Blurred blobs: ramps, not rendered edges.
        for _ in 0..<400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let cx = Int(state >> 33) % 200, cy = Int(state >> 13) % 200
            for dy in -5...5 { for dx in -5...5 {
                let x = cx + dx, y = cy + dy
                guard x >= 0, y >= 0, x < 200, y < 200 else { continue }
                let v = max(0, 160 - 6 * (dx * dx + dy * dy))
                image[x, y] = max(image[x, y], UInt8(v))
            } }
        }
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let found = finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
        #expect(found.count <= 2)
    }
}
