import PixelIO

/// Reads one candidate line with Tesseract: the line's stroke map is cut out with a margin,
/// turned into dark text on white, scaled so characters are about `targetHeight` pixels tall,
/// and recognised as a single line. Word boxes come back in image coordinates.
struct LineReader: Sendable {
    /// Character height Tesseract reads best at.
    var targetHeight = 32
    /// Largest upscale factor.
    var maximumScale = 4.0

    /// The words of `candidate`, whose ink is in `strokes`.
    func read(_ candidate: TextCandidate, strokes: GreyImage, engine: TesseractEngine) -> [RecognizedWord] {
        let margin = max(3, candidate.characterHeight / 2)
        let region = candidate.box.insetBy(dx: -margin, dy: -margin).clipped(columns: strokes.width, rows: strokes.height)
        guard !region.isEmpty else { return [] }
        var crop = strokes.cropped(to: region)
        // Stretch the strongest stroke to black; background becomes white.
        let peak = max(Int(crop.pixels.max() ?? 0), 1)
        crop.pixels = crop.pixels.map { 255 - UInt8(min(255, Int($0) * 255 / peak)) }
        let scale = min(maximumScale, max(1, Double(targetHeight) / Double(max(candidate.characterHeight, 1))))
        let pad = 12
        let prepared = crop.scaled(by: scale).padded(by: pad, value: 255)
        let layout: PageLayout = candidate.components.count <= 1 ? .singleWord : .singleLine
        return engine.recognize(prepared, layout: layout).map { word in
            var w = word
            let x0 = Double(word.box.x - pad) / scale, y0 = Double(word.box.y - pad) / scale
            let x1 = Double(word.box.maxX - pad) / scale, y1 = Double(word.box.maxY - pad) / scale
            w.box = PixelRect(minX: region.x + Int(x0.rounded(.down)), minY: region.y + Int(y0.rounded(.down)),
                              maxX: region.x + Int(x1.rounded(.up)), maxY: region.y + Int(y1.rounded(.up)))
                .clipped(columns: strokes.width, rows: strokes.height)
            return w
        }
    }
}
