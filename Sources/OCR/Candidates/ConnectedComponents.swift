import PixelIO

/// A connected set of foreground pixels.
public struct Component: Sendable, Hashable {
    /// Bounding box.
    public var box: PixelRect
    /// Number of pixels.
    public var pixelCount: Int
}

/// Labels 8-connected components of a binary mask (run-based union-find).
public enum ConnectedComponents {
    /// The components of `mask` (non-zero = foreground), at most `limit` of them (the rest are
    /// dropped: a mask with that many blobs is noise, not text).
    public static func find(in mask: [Bool], width: Int, height: Int, limit: Int = 200_000) -> [Component] {
        struct Run { var y: Int; var start: Int; var end: Int; var label: Int }
        var runs: [Run] = []
        var parent: [Int] = []
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var previousRowRuns = 0..<0
        for y in 0..<height {
            let rowStart = runs.count
            var x = 0
            let base = y * width
            while x < width {
                guard mask[base + x] else { x += 1; continue }
                let start = x
                while x < width && mask[base + x] { x += 1 }
                let label = parent.count
                parent.append(label)
                runs.append(Run(y: y, start: start, end: x, label: label))
                if parent.count > limit { break }
            }
            // Merge with overlapping runs of the row above (8-connectivity: touching diagonally).
            var j = previousRowRuns.lowerBound
            for i in rowStart..<runs.count {
                while j < previousRowRuns.upperBound && runs[j].end < runs[i].start { j += 1 }
                var k = j
                while k < previousRowRuns.upperBound && runs[k].start <= runs[i].end {
                    let a = root(runs[i].label), b = root(runs[k].label)
                    if a != b { parent[max(a, b)] = min(a, b) }
                    k += 1
                }
            }
            previousRowRuns = rowStart..<runs.count
            if parent.count > limit { break }
        }
        var index = [Int](repeating: -1, count: parent.count)
        var components: [Component] = []
        for run in runs {
            let r = root(run.label)
            if index[r] < 0 {
                index[r] = components.count
                components.append(Component(box: PixelRect(x: run.start, y: run.y, width: run.end - run.start, height: 1),
                                            pixelCount: 0))
            }
            let c = index[r]
            components[c].box = components[c].box.union(PixelRect(x: run.start, y: run.y, width: run.end - run.start, height: 1))
            components[c].pixelCount += run.end - run.start
        }
        return components
    }
}
