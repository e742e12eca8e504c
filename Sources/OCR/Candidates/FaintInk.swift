import PixelIO

/// Ink too faint for the stroke threshold that lies on a panel close to the ink's own extreme:
/// black letters whose lower half runs onto the black border of a radiograph, or white letters
/// reaching onto a white one. There the letters keep only the little contrast the panel leaves
/// them (a black panel at 16 display levels leaves black text 16), yet they are still text, and
/// whoever windows the image reads them. Such marks never start a line; they complete one.
struct FaintInk {
    /// A faint mark: its box, its pixels' mean level, the mean level of the ground it lies on,
    /// and the mean level just beside it on its rows (two pixels past each end of each run).
    struct Mark {
        var box: PixelRect
        var level: Int
        var ground: Int
        var beside: Int
    }

    /// The faint marks of the stroke map.
    let marks: [Mark]
    /// True for dark ink.
    let dark: Bool

    /// Least contrast (display levels) of a faint mark's pixels over their ground.
    static let minimumContrast: UInt8 = 12
    /// Fewest pixels of a faint mark: grains of noise on a panel are a pixel or two.
    static let leastPixels = 4

    /// The faint marks of a stroke map: pixels below the stroke `threshold` but at least
    /// `minimumContrast` from their ground, and nearer the ink's extreme (0 for dark ink, 255 for
    /// bright) than their ground is, which only a ground close to that extreme allows. Only
    /// marks `shaped` like (part of) a character (judged in the faint mask) are kept.
    init(strokes: GreyImage, image: GreyImage, threshold: UInt8, dark: Bool, shaped: (Component, [Bool]) -> Bool) {
        self.dark = dark
        let width = strokes.width
        // The ground is value + stroke (dark ink) or value - stroke (bright ink).
        func ground(_ i: Int) -> Int {
            dark ? Int(image.pixels[i]) + Int(strokes.pixels[i]) : Int(image.pixels[i]) - Int(strokes.pixels[i])
        }
        var mask = [Bool](repeating: false, count: strokes.pixels.count)
        strokes.pixels.withUnsafeBufferPointer { s in
            image.pixels.withUnsafeBufferPointer { p in
                for i in 0..<mask.count where s[i] < threshold {
                    mask[i] = FaintInk.isFaint(stroke: s[i], value: p[i], dark: dark)
                }
            }
        }
        marks = ConnectedComponents.find(in: mask, width: width, height: strokes.height)
            .filter { $0.pixelCount >= FaintInk.leastPixels && $0.box.width >= 2 && $0.box.height >= 2 && shaped($0, mask) }
            .map { component in
                let box = component.box
                var level = 0, grounds = 0, count = 0, beside = 0, besideCount = 0
                for y in box.y..<box.maxY {
                    let row = y * width
                    for x in box.x..<box.maxX where mask[row + x] {
                        level += Int(image.pixels[row + x])
                        grounds += ground(row + x)
                        count += 1
                        // The ends of a run: the pixel two further out, when it is not faint ink.
                        for step in stride(from: -1, through: 1, by: 2) {
                            let inward = x + step, outward = x + 2 * step
                            guard outward >= 0, outward < width, !mask[row + inward], !mask[row + outward] else { continue }
                            beside += Int(image.pixels[row + outward])
                            besideCount += 1
                        }
                    }
                }
                let n = max(count, 1)
                return Mark(box: box, level: level / n, ground: grounds / n,
                            beside: besideCount > 0 ? beside / besideCount : level / n)
            }
    }

    /// True for a pixel of `stroke` at least `minimumContrast` whose `value` is nearer the ink's
    /// extreme than its ground is.
    static func isFaint(stroke: UInt8, value: UInt8, dark: Bool) -> Bool {
        // The ground is value + stroke (dark ink) or value - stroke (bright ink), so "nearer the
        // extreme than the ground" reduces to these comparisons.
        stroke >= minimumContrast && (dark ? value <= stroke : Int(value) + Int(stroke) >= 255)
    }

    /// The faint marks that continue a line whose letters are `parts`: marks that touch one of
    /// them (a letter's lower half on the panel), and marks of letter height on its rows
    /// within a word space of it (whole letters on the panel). A mark must lie on a panel that
    /// leaves the line's ink (`inkLevel`) at most half the `contrast` it has on its own ground:
    /// the gaps between white letters on black are no dark text running onto a black panel.
    /// Nothing is added beyond one and a half character heights above or below the line's `box`
    /// (where only the upper half of the letters stands out, the line is half their height), nor
    /// beyond the reach of its run-on (`TextLineFinder.extend`) to either side.
    func continuing(_ parts: [PixelRect], box: PixelRect, characterHeight: Int, inkLevel: Int,
                    contrast: Int) -> [PixelRect] {
        let height = max(characterHeight, 1)
        let area = PixelRect(minX: box.x - 30 * height, minY: box.y - height * 3 / 2,
                             maxX: box.maxX + 30 * height, maxY: box.maxY + height * 3 / 2)
        let least = Int(FaintInk.minimumContrast)
        var candidates = marks.filter { mark in
            // Measured towards the ink's extreme: what the panel leaves the ink, how far the mark
            // is from the ink, and how far it stands out from the panel beside it.
            let left = dark ? mark.ground - inkLevel : inkLevel - mark.ground
            let fromInk = abs(mark.level - inkLevel)
            let standsOut = dark ? mark.beside - mark.level : mark.level - mark.beside
            return mark.box.intersects(area) && mark.box.height <= 2 * height + 2 && 2 * left <= contrast
                && fromInk <= least && 2 * standsOut >= least
        }.map(\.box)
        var parts = parts, added: [PixelRect] = []
        var line = parts.reduce(box) { $0.union($1) }
        let reach = max(3, height * 3 / 2)
        var changed = true
        while changed {
            changed = false
            candidates.removeAll { mark in
                let touches = mark.width <= line.width + 2 * height
                    && parts.contains { $0.insetBy(dx: -1, dy: -1).intersects(mark) }
                let rows = min(mark.maxY, line.maxY) - max(mark.y, line.y)
                let gap = max(mark.x - line.maxX, line.x - mark.maxX, 0)
                let onLine = 2 * mark.height >= height && mark.height <= height * 3 / 2 + 1 && mark.width <= 4 * height
                    && 5 * rows >= 3 * min(mark.height, line.height) && gap <= reach
                guard touches || onLine else { return false }
                let part = mark.intersection(area)
                if !part.isEmpty {
                    parts.append(part)
                    added.append(part)
                    line = line.union(part)
                    changed = true
                }
                return true
            }
        }
        return added.sorted { $0.x < $1.x }
    }
}
