import Testing
import OCR
import PixelIO
@testable import Redactor

/// Text found in the same place in many frames of a cine is blanked in all of them.
@Suite("Text slots across frames")
struct TextSlotsTests {
    static func counter(_ frame: Int, x: Int = 577) -> RedactionRegion {
        RedactionRegion(frames: .frames([frame]), rect: PixelRect(x: x, y: 457, width: 62, height: 18),
                        reason: .text("\(frame + 1)/15 fr"))
    }

    @Test("a frame counter read in 13 of 15 frames is blanked in all 15, as one region")
    func counterWidened() {
        let found = (0..<15).filter { $0 != 7 && $0 != 11 }.map { Self.counter($0, x: $0 < 9 ? 577 : 578) }
        let still = RedactionRegion(frames: .all, rect: PixelRect(x: 7, y: 452, width: 88, height: 18), reason: .text("D1 1.57 cm"))
        let widened = TextSlots.widen(found + [still], frameCount: 15)
        #expect(widened.count == 2)
        #expect(widened.contains(still))
        let slot = widened.first { $0 != still }
        #expect(slot?.frames == .all)
        #expect(slot?.rect == PixelRect(x: 577, y: 457, width: 63, height: 18))
    }

    @Test("text in too few frames, rules, and other places stay as they were")
    func rarelySeenKept() {
        let twice = [Self.counter(2), Self.counter(9)]
        #expect(TextSlots.widen(twice, frameCount: 15) == twice)
        let rule = (0..<10).map { RedactionRegion(frames: .frames([$0]), rect: PixelRect(x: 0, y: 0, width: 50, height: 20),
                                                  reason: .rule(name: "vendor bar", source: "site.rules:3")) }
        #expect(TextSlots.widen(rule, frameCount: 10) == rule)
        let apart = (0..<6).map { RedactionRegion(frames: .frames([$0]), rect: PixelRect(x: 40 * $0, y: 100, width: 30, height: 12),
                                                  reason: .unreadText) }
        #expect(TextSlots.widen(apart, frameCount: 6) == apart, "speckle in different places each frame is no slot")
        #expect(TextSlots.widen([Self.counter(0), Self.counter(1)], frameCount: 2) == [Self.counter(0), Self.counter(1)])
    }
}
