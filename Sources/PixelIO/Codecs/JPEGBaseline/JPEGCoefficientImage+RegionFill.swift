import FoundationEssentials

extension JPEGCoefficientImage {
    /// Blanks the samples under `pixelRects` (component i to `sampleValues[i]`, values in
    /// `colorModel`) and keeps the rest of every block they touch: a block the rectangles cover
    /// entirely becomes uniform, a block they cover in part is quantised again so that its covered
    /// samples take the fill and its others keep their decoded values as closely as the
    /// quantisation table allows. Blocks the rectangles do not touch keep their coefficients.
    /// Returns the MCU-aligned rectangles that may have changed (one per rectangle touching the image).
    public mutating func blank(pixelRects: [Rect], sampleValues: [Int]) throws(DicomError) -> [Rect] {
        guard sampleValues.count == components.count else {
            throw DicomError(.invalidValue, "\(sampleValues.count) sample values for \(components.count) components")
        }
        let covered = pixelRects.compactMap { mcuAlignedRect(covering: $0) }
        guard !covered.isEmpty else { return [] }
        for index in components.indices {
            let value = min(max(sampleValues[index], 0), 255)
            let dc = dcValue(forSample: value, component: index)
            let grid = SampleGrid(self, component: index)
            for block in grid.coveredBlocks(pixelRects.map { $0.clipped(columns: width, rows: height) }) {
                let usable = grid.usableSamples(x: block.x, y: block.y)
                let partial = block.inside | ~usable == UInt64.max ? nil
                    : PartialBlockFill(table: components[index].quantizationTable, inside: block.inside, usable: usable,
                                       fill: value).blank(Array(components[index].block(x: block.x, y: block.y)))
                if let partial {
                    try setBlock(component: index, x: block.x, y: block.y, coefficients: partial)
                } else {
                    try fill(component: index, blockRect: Rect(x: block.x, y: block.y, width: 1, height: 1), dcValue: dc)
                }
            }
        }
        return covered
    }
}

/// One component's samples against the image's pixels: which samples a pixel rectangle meets and
/// which stand for pixels at all, as a bit per sample (bit row * 8 + column) of each block.
private struct SampleGrid {
    /// Sampling of the component and the largest of the frame (a single component is never subsampled).
    let h: Int, v: Int, maxH: Int, maxV: Int
    /// Samples standing for pixels of the image, per row and per column.
    let width: Int, height: Int
    /// Blocks per row and per column of the padded grid.
    let blocksPerRow: Int, blockRows: Int

    init(_ image: JPEGCoefficientImage, component: Int) {
        let c = image.components[component]
        let single = image.components.count == 1
        h = single ? 1 : max(c.horizontalSampling, 1)
        v = single ? 1 : max(c.verticalSampling, 1)
        maxH = single ? 1 : image.components.map(\.horizontalSampling).max() ?? 1
        maxV = single ? 1 : image.components.map(\.verticalSampling).max() ?? 1
        width = (image.width * h + maxH - 1) / maxH
        height = (image.height * v + maxV - 1) / maxV
        blocksPerRow = c.paddedWidthInBlocks
        blockRows = c.paddedHeightInBlocks
    }

    /// Every block some rectangle (clipped to the image) touches, with the samples whose footprint
    /// [s·max/h, (s+1)·max/h) meets one.
    func coveredBlocks(_ rects: [PixelRect]) -> [(x: Int, y: Int, inside: UInt64)] {
        var masks: [Int: UInt64] = [:]
        for rect in rects where !rect.isEmpty {
            let sx0 = rect.x * h / maxH, sx1 = min((rect.maxX * h + maxH - 1) / maxH, blocksPerRow * 8)
            let sy0 = rect.y * v / maxV, sy1 = min((rect.maxY * v + maxV - 1) / maxV, blockRows * 8)
            guard sx1 > sx0, sy1 > sy0 else { continue }
            for by in (sy0 / 8)...((sy1 - 1) / 8) {
                for bx in (sx0 / 8)...((sx1 - 1) / 8) {
                    masks[by * blocksPerRow + bx, default: 0] |= Self.bits(rows: (sy0 - by * 8)..<(sy1 - by * 8),
                                                                          columns: (sx0 - bx * 8)..<(sx1 - bx * 8))
                }
            }
        }
        return masks.keys.sorted().map { key in (x: key % blocksPerRow, y: key / blocksPerRow, inside: masks[key] ?? 0) }
    }

    /// The samples of block (x, y) that stand for pixels inside the image (padding samples are
    /// never seen, so their values are free).
    func usableSamples(x: Int, y: Int) -> UInt64 {
        Self.bits(rows: 0..<(height - y * 8), columns: 0..<(width - x * 8))
    }

    /// The bits of the block's samples in `rows` and `columns` (clamped to 0..<8).
    static func bits(rows: Range<Int>, columns: Range<Int>) -> UInt64 {
        let r0 = max(rows.lowerBound, 0), r1 = min(rows.upperBound, 8)
        let c0 = max(columns.lowerBound, 0), c1 = min(columns.upperBound, 8)
        guard r1 > r0, c1 > c0 else { return 0 }
        let rowBits = UInt64((1 << c1) - (1 << c0))
        var mask: UInt64 = 0
        for row in r0..<r1 { mask |= rowBits << UInt64(row * 8) }
        return mask
    }
}

/// One block quantised again so that its samples marked inside decode to the fill and the others
/// to what they decoded to before, as nearly as the quantisation steps allow.
///
/// The new coefficients depend only on the kept samples' decoded values, the fill and the table,
/// never on what the covered samples held: whatever the quantisation leaves inside the region
/// carries no trace of the text it covered.
struct PartialBlockFill {
    /// The block's quantisation steps, natural order.
    let table: [UInt16]
    /// Samples to blank (bit row * 8 + column).
    let inside: UInt64
    /// Samples inside the image; the others (padding) may take any value.
    let usable: UInt64
    /// The fill sample value, 0...255.
    let fill: Int

    /// How much more a blanked sample's error beyond `insideSlack` weighs than a kept sample's:
    /// steeply, so that it stays within the tolerance.
    static let insideWeight: Float = 64
    /// How far a blanked sample may end from the fill before the block is filled whole instead.
    static let insideTolerance: Float = 4
    /// How far a blanked sample may stray from the fill at no cost: within the tolerance it reads
    /// as blank, and the freedom goes to the kept samples (less ringing where the fill meets them;
    /// chroma's ringing is amplified in the decoded colours, R = Y + 1.402 Cr).
    static let insideSlack: Float = 3
    /// Rounds of one-step coefficient changes after the first quantisation.
    static let refinementRounds = 8

    /// The new quantised coefficients for the block `quantised` (natural order), or nil when a
    /// blanked sample would end further than `insideTolerance` from the fill.
    func blank(_ quantised: [Int16]) -> [Int16]? {
        let steps = table.map { Float(max($0, 1)) }
        let before = BlockDCT.inverse((0..<64).map { Float(quantised[$0]) * steps[$0] })
        // Padding samples keep weight 0: any value will do.
        var goals = [SampleGoal](repeating: SampleGoal(target: Float(fill), weight: 0, slack: 0), count: 64)
        for i in 0..<64 {
            let bit: UInt64 = 1 << UInt64(i)
            if inside & bit != 0 {
                goals[i].weight = Self.insideWeight
                goals[i].slack = Self.insideSlack
            } else if usable & bit != 0 {
                goals[i] = SampleGoal(target: min(max((before[i] + 128).rounded(), 0), 255), weight: 1, slack: 0)
            }
        }
        let spectrum = BlockDCT.forward(goals.map { $0.target - 128 })
        var coefficients = (0..<64).map { Self.clampCoefficient(Int((spectrum[$0] / steps[$0]).rounded()), index: $0) }
        var samples = BlockDCT.inverse((0..<64).map { Float(coefficients[$0]) * steps[$0] }).map { $0 + 128 }
        var trial = samples
        var error = Self.cost(samples, goals)
        BlockDCT.patterns.withUnsafeBufferPointer { patterns in
            for _ in 0..<Self.refinementRounds {
                var improved = false
                for k in 0..<64 {
                    for direction in [1, -1] {
                        let changed = Self.clampCoefficient(coefficients[k] + direction, index: k)
                        guard changed != coefficients[k] else { continue }
                        let step = Float(direction) * steps[k]
                        for i in 0..<64 { trial[i] = samples[i] + step * patterns[k &* 64 &+ i] }
                        let trialError = Self.cost(trial, goals)
                        if trialError < error - 1e-3 {
                            coefficients[k] = changed
                            swap(&samples, &trial)
                            error = trialError
                            improved = true
                            break
                        }
                    }
                }
                if !improved { break }
            }
        }
        for i in 0..<64 where inside & (1 << UInt64(i)) != 0
            && abs(min(max(samples[i], 0), 255) - goals[i].target) > Self.insideTolerance {
            return nil
        }
        return coefficients.map { Int16($0) }
    }

    /// What one sample of the block should decode to, how much its error weighs, and how far it
    /// may stray at no cost.
    private struct SampleGoal {
        var target: Float, weight: Float, slack: Float
    }

    /// The weighted squared error of `samples` (clamped as a decoder clamps them) from their
    /// goals' targets, beyond each goal's slack.
    private static func cost(_ samples: [Float], _ goals: [SampleGoal]) -> Float {
        samples.withUnsafeBufferPointer { samples in
            goals.withUnsafeBufferPointer { goals in
                var total: Float = 0
                for i in 0..<64 {
                    let goal = goals[i]
                    let difference = max(abs(min(max(samples[i], 0), 255) - goal.target) - goal.slack, 0)
                    total += goal.weight * difference * difference
                }
                return total
            }
        }
    }

    /// Keeps a coefficient within what an 8-bit baseline stream can code (DC ±2047, AC ±1023).
    private static func clampCoefficient(_ value: Int, index: Int) -> Int {
        let limit = index == 0 ? 2047 : 1023
        return min(max(value, -limit), limit)
    }
}
