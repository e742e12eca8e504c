import OCR
import PixelIO

/// Applies region lines in order, as a painter does: `blank` adds area, `keep` takes area
/// away from everything blanked before it (in the frames it names), and a later `blank`
/// covers a kept area again. This is deid's mask semantics; rules that only blank (CTP,
/// PixelMed) are unaffected by the order.
struct RegionPainter {
    /// A blanked area with its reason.
    private struct Piece {
        var rect: PixelRect
        var frames: FrameScope
        var reason: RegionReason
    }

    /// Number of frames in the image (to split "every frame" into the frames a keep misses).
    let frameCount: Int
    private var pieces: [Piece] = []

    init(frameCount: Int) {
        self.frameCount = max(1, frameCount)
    }

    /// Blanks the rectangles in the given frames.
    mutating func blank(_ rects: [PixelRect], frames: FrameScope, reason: RegionReason) {
        guard let frames = clip(frames) else { return }
        for rect in rects where !rect.isEmpty {
            pieces.append(Piece(rect: rect, frames: frames, reason: reason))
        }
    }

    /// Takes the rectangles out of what was blanked so far, in the given frames.
    mutating func keep(_ rects: [PixelRect], frames: FrameScope) {
        let holes = rects.filter { !$0.isEmpty }
        guard !holes.isEmpty, let frames = clip(frames) else { return }
        var next: [Piece] = []
        for piece in pieces {
            guard overlaps(piece.frames, frames), holes.contains(where: { $0.intersects(piece.rect) }) else {
                next.append(piece)
                continue
            }
            for outside in RectangleSet.difference([piece.rect], removing: holes) {
                next.append(Piece(rect: outside, frames: piece.frames, reason: piece.reason))
            }
            if let remaining = subtract(piece.frames, frames) {
                let inside = RectangleSet.union(holes.map { $0.intersection(piece.rect) })
                for rect in inside {
                    next.append(Piece(rect: rect, frames: remaining, reason: piece.reason))
                }
            }
        }
        pieces = next
    }

    /// The blanked areas, in the order they were added.
    var regions: [RedactionRegion] {
        pieces.map { RedactionRegion(frames: $0.frames, rect: $0.rect, reason: $0.reason) }
    }

    /// The frames that exist in the image; nil when none do.
    private func clip(_ scope: FrameScope) -> FrameScope? {
        switch scope {
        case .all: return .all
        case .frames(let list):
            let kept = Array(Set(list.filter { $0 >= 0 && $0 < frameCount })).sorted()
            return kept.isEmpty ? nil : .frames(kept)
        }
    }

    private func overlaps(_ a: FrameScope, _ b: FrameScope) -> Bool {
        switch (a, b) {
        case (.all, _), (_, .all): return true
        case (.frames(let x), .frames(let y)): return !Set(x).isDisjoint(with: y)
        }
    }

    /// The frames of `a` not in `b`; nil when none are left.
    private func subtract(_ a: FrameScope, _ b: FrameScope) -> FrameScope? {
        switch (a, b) {
        case (_, .all): return nil
        case (.all, .frames(let y)):
            let left = (0..<frameCount).filter { !y.contains($0) }
            return left.isEmpty ? nil : .frames(left)
        case (.frames(let x), .frames(let y)):
            let left = x.filter { !y.contains($0) }
            return left.isEmpty ? nil : .frames(left)
        }
    }
}
