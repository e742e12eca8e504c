import OCR
import PixelIO

/// Text that sits in the same place in many frames of a multi-frame image but was found only in
/// some of them: a frame counter, a clock, a label over moving anatomy. Where text was found in
/// a box in enough frames, the box is blanked in every frame: the frames where reading failed
/// still hold the text (fail closed), and a frame where the slot is empty loses only that box.
enum TextSlots {
    /// Least overlap (intersection over union) for two boxes to be the same slot.
    static let sameSlot = 0.7

    /// Frames (of `frameCount`) a slot must be found in before it is blanked in all: at least
    /// three, and at least a quarter of them.
    static func enoughFrames(_ frameCount: Int) -> Int {
        max(3, (frameCount + 3) / 4)
    }

    /// `regions` with every well-attested slot of frame-specific text regions widened to all
    /// frames (its box the union of its members', its reason the first member's); other regions
    /// are returned as they are.
    static func widen(_ regions: [RedactionRegion], frameCount: Int) -> [RedactionRegion] {
        guard frameCount >= 3 else { return regions }
        var slots: [(rect: PixelRect, members: [Int], frames: Set<Int>)] = []
        for (index, region) in regions.enumerated() {
            guard case .frames(let list) = region.frames, region.reason.isDetectedText else { continue }
            if let slot = slots.firstIndex(where: { overlap($0.rect, region.rect) >= sameSlot }) {
                slots[slot].rect = slots[slot].rect.union(region.rect)
                slots[slot].members.append(index)
                slots[slot].frames.formUnion(list)
            } else {
                slots.append((region.rect, [index], Set(list)))
            }
        }
        var replaced = Set<Int>()
        var widened: [RedactionRegion] = []
        for slot in slots where slot.frames.count >= enoughFrames(frameCount) && slot.frames.count < frameCount {
            replaced.formUnion(slot.members)
            widened.append(RedactionRegion(frames: .all, rect: slot.rect, reason: regions[slot.members[0]].reason))
        }
        guard !widened.isEmpty else { return regions }
        return regions.enumerated().filter { !replaced.contains($0.offset) }.map(\.element) + widened
    }

    /// Intersection over union of two boxes.
    private static func overlap(_ a: PixelRect, _ b: PixelRect) -> Double {
        let common = a.intersection(b).area
        let union = a.area + b.area - common
        return union > 0 ? Double(common) / Double(union) : 0
    }
}
