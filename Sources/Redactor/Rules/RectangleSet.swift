import PixelIO

/// Set operations on pixel areas given as lists of rectangles, answered as a few disjoint
/// rectangles (horizontal bands, vertically merged where they line up).
public enum RectangleSet {
    /// Disjoint rectangles covering exactly the pixels of `rects`.
    public static func union(_ rects: [PixelRect]) -> [PixelRect] {
        difference(rects, removing: [])
    }

    /// Disjoint rectangles covering the pixels of `rects` that are in none of `holes`.
    public static func difference(_ rects: [PixelRect], removing holes: [PixelRect]) -> [PixelRect] {
        let solids = rects.filter { !$0.isEmpty }
        let cuts = holes.filter { !$0.isEmpty }
        guard !solids.isEmpty else { return [] }
        var edges = Set<Int>()
        for rect in solids + cuts {
            edges.insert(rect.y)
            edges.insert(rect.maxY)
        }
        let ys = edges.sorted()
        var result: [PixelRect] = []
        var openIntervals: [Range<Int>] = []
        var openTop = 0
        for index in 0..<(ys.count - 1) {
            let top = ys[index], bottom = ys[index + 1]
            let covered = merge(solids.filter { $0.y <= top && $0.maxY >= bottom }.map { $0.x..<$0.maxX })
            let removed = merge(cuts.filter { $0.y <= top && $0.maxY >= bottom }.map { $0.x..<$0.maxX })
            let intervals = subtract(covered, removed)
            if intervals != openIntervals {
                result += openIntervals.map { PixelRect(x: $0.lowerBound, y: openTop, width: $0.count, height: top - openTop) }
                openIntervals = intervals
                openTop = top
            }
        }
        if let last = ys.last {
            result += openIntervals.map { PixelRect(x: $0.lowerBound, y: openTop, width: $0.count, height: last - openTop) }
        }
        return result.filter { !$0.isEmpty }
    }

    /// Disjoint rectangles covering the image outside the union of `rects`.
    public static func complement(of rects: [PixelRect], columns: Int, rows: Int) -> [PixelRect] {
        difference([PixelRect(x: 0, y: 0, width: columns, height: rows)], removing: rects)
    }

    /// Sorted, non-overlapping, non-touching ranges covering the same integers.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The merged ranges `base` without the merged ranges `holes`.
    static func subtract(_ base: [Range<Int>], _ holes: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in base {
            var start = range.lowerBound
            for hole in holes where hole.upperBound > start && hole.lowerBound < range.upperBound {
                if hole.lowerBound > start { result.append(start..<hole.lowerBound) }
                start = max(start, hole.upperBound)
            }
            if start < range.upperBound { result.append(start..<range.upperBound) }
        }
        return result
    }
}
