import OCR
import PixelIO

/// Tidies the regions of a plan: text boxes grown by a margin and clipped to the image, words of
/// one line that overlap or are a word space apart once grown merged into one region, and regions
/// that another region already covers (same or more frames) dropped.
enum RegionMerger {
    /// `box` grown by `margin` on every side and clipped to a `columns` x `rows` image.
    static func padded(_ box: PixelRect, margin: Int, columns: Int, rows: Int) -> PixelRect {
        let grow = max(margin, 0)
        return box.insetBy(dx: -grow, dy: -grow).clipped(columns: columns, rows: rows)
    }

    /// The regions merged and deduplicated, in their original order (a merged region takes the
    /// place of the first of its parts).
    static func merge(_ regions: [RedactionRegion]) -> [RedactionRegion] {
        var pieces = uncovered(regions.filter { !$0.rect.isEmpty })
        var merged = true
        while merged {
            merged = false
            outer: for i in pieces.indices {
                for j in pieces.indices where j > i {
                    if let joined = join(pieces[i], pieces[j]) {
                        pieces[i] = joined
                        pieces.remove(at: j)
                        merged = true
                        break outer
                    }
                }
            }
        }
        return uncovered(pieces)
    }

    /// The regions no other region covers (of identical ones, the first).
    private static func uncovered(_ pieces: [RedactionRegion]) -> [RedactionRegion] {
        pieces.enumerated().filter { index, region in
            !pieces.enumerated().contains { other, cover in
                other != index && covers(cover, region) && (!covers(region, cover) || other < index)
            }
        }.map(\.element)
    }

    /// True when `a` covers all of `b`: its rectangle and its frames.
    private static func covers(_ a: RedactionRegion, _ b: RedactionRegion) -> Bool {
        a.rect.intersection(b.rect) == b.rect && frames(a.frames, include: b.frames)
    }

    private static func frames(_ a: FrameScope, include b: FrameScope) -> Bool {
        switch (a, b) {
        case (.all, _): return true
        case (.frames, .all): return false
        case (.frames(let x), .frames(let y)): return Set(y).isSubset(of: x)
        }
    }

    /// Two text regions of one line and the same frames that overlap or are at most a word space
    /// apart (the smaller height: a space in a monospaced font), as one; nil when they do not
    /// belong together. Joining the words of a phrase blanks the spaces between them too, so dark
    /// text filled with a dark colour leaves one even box rather than words still outlined by the
    /// panel between them. (Two spaces would also join separate fields, and chains of them whole
    /// header rows: measured, the blanked gaps cost more than the phrases they complete.)
    private static func join(_ a: RedactionRegion, _ b: RedactionRegion) -> RedactionRegion? {
        let space = max(2, min(a.rect.height, b.rect.height))
        guard a.frames == b.frames, a.rect.insetBy(dx: -space, dy: 0).intersects(b.rect), sameLine(a.rect, b.rect),
              let reason = joinedReason(left: a.rect.x <= b.rect.x ? a : b, right: a.rect.x <= b.rect.x ? b : a) else {
            return nil
        }
        return RedactionRegion(frames: a.frames, rect: a.rect.union(b.rect), reason: reason)
    }

    /// The regions in reading order: regions for every frame first, then by first frame; within
    /// those, line by line from the top (regions sharing half their height are one line), and
    /// left to right within a line.
    static func readingOrder(_ regions: [RedactionRegion]) -> [RedactionRegion] {
        func frameKey(_ scope: FrameScope) -> Int {
            switch scope {
            case .all: return -1
            case .frames(let list): return list.min() ?? Int.max
            }
        }
        var ordered: [RedactionRegion] = []
        let groups = Dictionary(grouping: regions) { frameKey($0.frames) }
        for key in groups.keys.sorted() {
            var rest = groups[key, default: []].sorted { ($0.rect.y, $0.rect.x) < ($1.rect.y, $1.rect.x) }
            while let first = rest.first {
                let line = rest.filter { sameLine(first.rect, $0.rect) }
                rest.removeAll { region in line.contains(region) }
                ordered += line.sorted { $0.rect.x < $1.rect.x }
            }
        }
        return ordered
    }

    /// True when the rectangles share at least half the height of the shorter one.
    private static func sameLine(_ a: PixelRect, _ b: PixelRect) -> Bool {
        let overlap = min(a.maxY, b.maxY) - max(a.y, b.y)
        return overlap * 2 >= min(a.height, b.height)
    }

    /// The reason of two joined text regions (read text kept in reading order), or nil when the
    /// reasons are of kinds that stay apart (rules, PHI matches of different fields, reviewers).
    private static func joinedReason(left: RedactionRegion, right: RedactionRegion) -> RegionReason? {
        switch (left.reason, right.reason) {
        case (.text(let x), .text(let y)): return .text(joined(x, y))
        case (.text, .unreadText): return left.reason
        case (.unreadText, .text): return right.reason
        case (.unreadText, .unreadText): return .unreadText
        case (.phi(let m, let x), .phi(let n, let y)) where m == n: return .phi(match: m, text: joined(x, y))
        default: return nil
        }
    }

    /// Two texts in reading order; one, when both regions carry the same text (the words of one
    /// multi-word decision).
    private static func joined(_ left: String, _ right: String) -> String {
        left == right ? left : left + " " + right
    }
}
