import PixelIO

/// Reads candidate lines with Tesseract. Each line's stroke map is cut out with a margin, turned
/// into dark text on white and scaled so characters are about `targetHeight` pixels tall; the
/// crops are stacked into one page, one line under the other with white space between, and the
/// page is recognised in a single call (one call per line costs Tesseract's fixed per-page work
/// every time). Word boxes come back in image coordinates, each assigned to its line.
struct LineReader: Sendable {
    /// Character height the crops are scaled to.
    var targetHeight = 20
    /// Largest upscale factor.
    var maximumScale = 4.0
    /// White space around and between the stacked lines.
    var gap = 16
    /// Widest page, in pixels; more lines than fit go into further pages.
    var maximumPageHeight = 4000

    /// A crop ready for recognition, and how to map its pixels back.
    struct Prepared {
        var image: GreyImage
        var region: PixelRect
        var scale: Double
    }

    /// The words of each candidate (same order), whose ink is in `maps`.
    func read(_ candidates: [TextCandidate], maps: StrokeMaps, channels: DisplayChannels,
              engine: TesseractEngine) -> [[RecognizedWord]] {
        let prepared = candidates.map { prepare($0, strokes: maps.map(for: $0.ink), image: channels.channel(for: $0.ink)) }
        var words = [[RecognizedWord]](repeating: [], count: candidates.count)
        var start = 0
        while start < prepared.count {
            // Fill one page.
            var end = start, height = gap
            while end < prepared.count && (end == start || height + prepared[end].image.height + gap <= maximumPageHeight) {
                height += prepared[end].image.height + gap
                end += 1
            }
            let width = prepared[start..<end].map(\.image.width).max() ?? 0
            var page = GreyImage(width: width + 2 * gap, height: height, value: 255)
            var tops: [Int] = []
            var y = gap
            for item in prepared[start..<end] {
                tops.append(y)
                for row in 0..<item.image.height {
                    let source = row * item.image.width, target = (y + row) * page.width + gap
                    page.pixels.replaceSubrange(target..<(target + item.image.width),
                                                with: item.image.pixels[source..<(source + item.image.width)])
                }
                y += item.image.height + gap
            }
            for word in engine.recognize(page, layout: .block) {
                let centre = word.box.y + word.box.height / 2
                guard let slot = tops.indices.last(where: { tops[$0] <= centre }) else { continue }
                let item = prepared[start + slot]
                guard centre < tops[slot] + item.image.height else { continue }
                var mapped = word
                let x0 = Double(word.box.x - gap) / item.scale, y0 = Double(word.box.y - tops[slot]) / item.scale
                let x1 = Double(word.box.maxX - gap) / item.scale, y1 = Double(word.box.maxY - tops[slot]) / item.scale
                mapped.box = PixelRect(minX: item.region.x + Int(x0.rounded(.down)), minY: item.region.y + Int(y0.rounded(.down)),
                                       maxX: item.region.x + Int(x1.rounded(.up)), maxY: item.region.y + Int(y1.rounded(.up)))
                    .intersection(item.region)
                guard !mapped.box.isEmpty else { continue }
                words[start + slot].append(mapped)
            }
            start = end
        }
        return words
    }

    /// The ground cut out around a candidate's box on every side.
    static func margin(of candidate: TextCandidate) -> Int {
        max(3, candidate.characterHeight / 2)
    }

    /// Cuts out, normalises and scales one candidate. Where the line was carried over texture,
    /// strokes off the line's ink level (`image` is the channel it was found in) are left out.
    /// Faint parts of its letters (`TextCandidate.faintParts`) are cut out with it and drawn as
    /// strongly as its strongest stroke, so the letters are read whole.
    func prepare(_ candidate: TextCandidate, strokes: GreyImage, image: GreyImage) -> Prepared {
        let margin = LineReader.margin(of: candidate)
        let region = candidate.faintParts.reduce(candidate.box) { $0.union($1) }
            .insetBy(dx: -margin, dy: -margin).clipped(columns: strokes.width, rows: strokes.height)
        var crop = strokes.cropped(to: region)
        // Marks found as such inside a stretch (a dot or comma grown into the line) are kept whole.
        let marks = candidate.marks
        for stretch in candidate.carried {
            let part = stretch.box.intersection(region)
            guard !part.isEmpty else { continue }
            for y in part.y..<part.maxY {
                for x in part.x..<part.maxX where !stretch.inkRange.contains(Int(image.pixels[y * image.width + x]))
                    && !marks.contains(where: { $0.contains(x: x, y: y) }) {
                    crop.pixels[(y - region.y) * crop.width + x - region.x] = 0
                }
            }
        }
        // Stretch the strongest stroke to black; background becomes white.
        let peak = max(Int(crop.pixels.max() ?? 0), 1)
        for part in candidate.faintParts {
            let area = part.intersection(region)
            guard !area.isEmpty else { continue }
            for y in area.y..<area.maxY {
                for x in area.x..<area.maxX where FaintInk.isFaint(stroke: strokes.pixels[y * strokes.width + x],
                                                                   value: image.pixels[y * image.width + x],
                                                                   dark: candidate.ink == .dark) {
                    crop.pixels[(y - region.y) * crop.width + x - region.x] = UInt8(peak)
                }
            }
        }
        crop.pixels = crop.pixels.map { 255 - UInt8(min(255, Int($0) * 255 / peak)) }
        let scale = min(maximumScale, max(1, Double(targetHeight) / Double(max(candidate.characterHeight, 1))))
        return Prepared(image: crop.scaled(by: scale), region: region, scale: scale)
    }
}
