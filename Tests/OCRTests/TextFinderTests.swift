import Testing
@testable import OCR
import PixelIO

/// Candidate lines on drawn block letters, and on texture that is not text.
@Suite("OCR candidate lines")
struct TextFinderTests {
    /// Draws block "letters" (an E, an L, an H and a T shape) of `height` pixels in a row.
    static func drawWord(into image: inout GreyImage, x: Int, y: Int, height: Int, value: UInt8) {
        let w = height * 2 / 3, stroke = max(2, height / 6)
        var left = x
        for letter in 0..<4 {
            for yy in y..<(y + height) { for xx in left..<(left + stroke) { image[xx, yy] = value } }
            switch letter {
            case 0: for bar in [y, y + height / 2, y + height - stroke] { for yy in bar..<(bar + stroke) { for xx in left..<(left + w) { image[xx, yy] = value } } }
            case 1: for yy in (y + height - stroke)..<(y + height) { for xx in left..<(left + w) { image[xx, yy] = value } }
            case 2:
                for yy in y..<(y + height) { for xx in (left + w - stroke)..<(left + w) { image[xx, yy] = value } }
                for yy in (y + height / 2)..<(y + height / 2 + stroke) { for xx in left..<(left + w) { image[xx, yy] = value } }
            default: for yy in y..<(y + stroke) { for xx in (left - w / 2)..<(left + w / 2) { image[xx, yy] = value } }
            }
            left += w + stroke + 2
        }
    }

    /// Fills `rows` x `columns` of `image`, row by row, with `level` of successive states of a
    /// fixed generator started at `seed` (a new value every pixel).
    static func fillTexture(_ image: inout GreyImage, rows: Range<Int>, columns: Range<Int>, seed: UInt64,
                            level: (UInt64) -> UInt8) {
        var state = seed
        for y in rows {
            for x in columns {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                image[x, y] = level(state)
            }
        }
    }

    @Test("bright and dark block letters are found where they are drawn")
    func findsDrawnLines() {
        var image = GreyImage(width: 300, height: 120, value: 10)
        Self.drawWord(into: &image, x: 20, y: 10, height: 14, value: 250)
        for y in 60..<120 { for x in 0..<300 { image[x, y] = 220 } }     // a light panel
        Self.drawWord(into: &image, x: 40, y: 80, height: 18, value: 20)
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let found = finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
        #expect(found.contains { $0.ink == .bright && $0.box.intersects(PixelRect(x: 20, y: 10, width: 60, height: 14)) })
        #expect(found.contains { $0.ink == .dark && $0.box.intersects(PixelRect(x: 40, y: 80, width: 70, height: 18)) })
        #expect(found.allSatisfy { $0.box.maxY <= 62 || $0.box.y >= 62 })
    }

    @Test("the ground around a line on black is plain; below the edge of sector texture it is not")
    func measuresGround() {
        var image = GreyImage(width: 200, height: 100, value: 0)
        // Texture (values changing every pixel) in the lower half: an ultrasound sector.
        Self.fillTexture(&image, rows: 50..<100, columns: 0..<200, seed: 7) { UInt8(60 + ($0 >> 61) * 8) }
        Self.drawWord(into: &image, x: 20, y: 10, height: 14, value: 250)
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let maps = finder.strokeMaps(of: channels)
        let measure = InkMeasure(strokes: maps.bright, image: image, threshold: finder.contrast, dark: false)
        let word = measure.ground(around: PixelRect(x: 20, y: 10, width: 60, height: 14), margin: 7)
        #expect(word.isPlain(0.75))
        let edge = measure.ground(around: PixelRect(x: 100, y: 44, width: 10, height: 10), margin: 5)
        #expect((edge.above ?? 0) >= 0.75)
        #expect((edge.below ?? 1) < 0.75)
        #expect(!edge.isPlain(0.75))
        let top = measure.ground(around: PixelRect(x: 100, y: 0, width: 8, height: 8), margin: 4)
        #expect(top.above == nil && top.below != nil, "a strip outside the image is not measured")
        // Candidates carry their ground.
        let found = finder.candidates(in: maps, channels: channels)
        #expect(found.contains { $0.box.intersects(PixelRect(x: 20, y: 10, width: 60, height: 14)) && $0.ground.isPlain(0.75) })
    }

    @Test("smooth speckle-like texture gives no candidates")
    func ignoresTexture() {
        var image = GreyImage(width: 200, height: 200, value: 0)
        var state: UInt64 = 42
        // Blurred blobs: ramps, not rendered edges.
        for _ in 0..<400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let cx = Int(state >> 33) % 200, cy = Int(state >> 13) % 200
            for dy in -5...5 { for dx in -5...5 {
                let x = cx + dx, y = cy + dy
                guard x >= 0, y >= 0, x < 200, y < 200 else { continue }
                let v = max(0, 160 - 6 * (dx * dx + dy * dy))
                image[x, y] = max(image[x, y], UInt8(v))
            } }
        }
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let found = finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
        #expect(found.count <= 2)
    }

    /// A candidate with `letters` components of `height` pixels side by side at (x, y).
    static func candidate(_ ink: InkKind, x: Int, y: Int, height: Int, letters: Int, score: Double = 1) -> TextCandidate {
        let components = (0..<letters).map { PixelRect(x: x + $0 * (height + 2), y: y, width: height * 2 / 3, height: height) }
        let box = components.reduce(components[0]) { $0.union($1) }
        return TextCandidate(box: box, components: components, ink: ink, score: score, characterHeight: height)
    }

    @Test("a tall mark of other ink around two lines of text is ground, not text; marks inside a line stay")
    func dropsGroundBetweenLines() {
        let ground = TextCandidate(box: PixelRect(x: 10, y: 10, width: 200, height: 60),
                                   components: [PixelRect(x: 10, y: 10, width: 200, height: 60)],
                                   ink: .dark, score: 0.8, characterHeight: 60)
        let first = Self.candidate(.bright, x: 12, y: 14, height: 12, letters: 6)
        let second = Self.candidate(.bright, x: 12, y: 40, height: 12, letters: 5)
        let kept = TextLineFinder.removingGround([ground, first, second])
        #expect(kept.map(\.box) == [first.box, second.box])
        // Dark counters inside the letters of one tall bright line are not a reason to drop it.
        let line = Self.candidate(.bright, x: 10, y: 100, height: 30, letters: 5)
        let holes = [Self.candidate(.dark, x: 14, y: 104, height: 8, letters: 1),
                     Self.candidate(.dark, x: 50, y: 112, height: 8, letters: 1)]
        #expect(TextLineFinder.removingGround([line] + holes).count == 3)
        // Ground grown over its smaller pieces has letters of its own, fewer than the lines it holds.
        let pieces = (0..<5).map { PixelRect(x: 10 + 40 * $0, y: 10, width: 30, height: 58) }
        let grown = TextCandidate(box: PixelRect(x: 10, y: 10, width: 200, height: 60), components: pieces,
                                  ink: .dark, score: 0.8, characterHeight: 60)
        let third = Self.candidate(.bright, x: 12, y: 40, height: 12, letters: 7)
        #expect(grown.letterCount == 5)
        #expect(TextLineFinder.removingGround([grown, first, third]).map(\.box) == [first.box, third.box])
        // Three large letters whose counters make two rows of three marks each stay.
        let large = Self.candidate(.bright, x: 10, y: 200, height: 40, letters: 3)
        let counters = [Self.candidate(.dark, x: 14, y: 204, height: 8, letters: 3),
                        Self.candidate(.dark, x: 14, y: 224, height: 8, letters: 3)]
        #expect(TextLineFinder.removingGround([large] + counters).count == 3)
    }

    @Test("of two equally scored duplicates, the channel with more letters is the one read")
    func duplicatePrefersLetters() {
        // Black letters: the dark map holds the letters, the bright map only the gaps between them.
        let gaps = Self.candidate(.bright, x: 10, y: 10, height: 9, letters: 2)
        var letters = Self.candidate(.dark, x: 10, y: 10, height: 12, letters: 8)
        letters.box = letters.box.union(gaps.box)
        for order in [[gaps, letters], [letters, gaps]] {
            let merged = TextLineFinder.removingDuplicates(order)
            #expect(merged.count == 1 && merged.first?.ink == .dark)
        }
    }

    @Test("letters on a panel of fine noise are seeds when the noise is small beside their contrast, not when it is as large")
    func seedsOnNoisyPanel() {
        // A light panel whose pixels vary by up to 12 either way (a screen capture's dithering),
        // under dark letters of two contrasts.
        var image = GreyImage(width: 200, height: 40, value: 0)
        Self.fillTexture(&image, rows: 0..<40, columns: 0..<200, seed: 7) { UInt8(228 + Int($0 >> 33) % 25) }
        Self.drawWord(into: &image, x: 10, y: 12, height: 14, value: 50)
        Self.drawWord(into: &image, x: 110, y: 12, height: 14, value: 185)
        let measure = InkMeasure(strokes: Morphology.blackTopHat(image, size: 11), image: image, threshold: 40, dark: true)
        let strong = measure.features(of: PixelRect(x: 10, y: 12, width: 9, height: 14))
        let faint = measure.features(of: PixelRect(x: 110, y: 12, width: 9, height: 14))
        #expect(strong.polarity > 150 && strong.isSeed, "flatness \(strong.flatness)")
        #expect(faint.polarity < 60 && !faint.isSeed, "flatness \(faint.flatness)")
    }

    @Test("a small lone mark of anti-aliased letters is a line on a uniform ground, not on a slightly busier one")
    func smallLoneMarkNeedsUniformGround() {
        // Letters run together into one 7-px mark: a core of 120 inside a one-pixel rim of 80, so
        // the mark steps to its ground by two thirds of its contrast.
        func image(grainEvery: Int?) -> GreyImage {
            var image = GreyImage(width: 60, height: 30, value: 0)
            if let grainEvery {
                // Faint grains (under the stroke maps' quiet level, over an eighth of the mark's
                // contrast) that break a sixth of the ground's steps.
                for y in 0..<30 { for x in 0..<60 where (x + 5 * y) % grainEvery == 0 { image[x, y] = 19 } }
            }
            for y in 11..<18 { for x in 20..<38 { image[x, y] = 80 } }
            for y in 12..<17 { for x in 21..<37 { image[x, y] = 120 } }
            return image
        }
        let mark = PixelRect(x: 20, y: 11, width: 18, height: 7)
        let finder = TextLineFinder()
        func score(_ image: GreyImage) -> (score: Double, features: InkFeatures) {
            let measure = InkMeasure(strokes: Morphology.whiteTopHat(image, size: finder.strokeWindow), image: image,
                                     threshold: finder.contrast, dark: false)
            return (finder.lineScore(seeds: [mark], polarity: [:], characterHeight: 7, box: mark, measure: measure).score,
                    measure.features(of: mark))
        }
        let uniform = score(image(grainEvery: nil)), busier = score(image(grainEvery: 12))
        #expect(uniform.features.sharpness < 0.7 && uniform.features.flatness >= 0.95)
        #expect(uniform.score > 0, "sharpness \(uniform.features.sharpness)")
        #expect(busier.features.flatness >= 0.8 && busier.features.flatness < 0.95, "flatness \(busier.features.flatness)")
        #expect(busier.score == 0)
    }

    @Test("a mark of other ink found inside a carried line adds its marks but leaves the line's box and carried stretches; one reaching out of it does not")
    func containedDuplicateKeepsCarriedStretches() {
        var line = Self.candidate(.bright, x: 10, y: 10, height: 12, letters: 2)
        let stretch = PixelRect(x: line.box.maxX, y: 10, width: 120, height: 12)
        line.box = line.box.union(stretch)
        line.components.append(stretch)
        line.carried = [CarriedStretch(box: stretch, inkRange: 200...255)]
        // A gap between letters over the texture, found in the dark map.
        let inside = Self.candidate(.dark, x: stretch.x + 40, y: 12, height: 8, letters: 1, score: 0.8)
        let merged = TextLineFinder.removingDuplicates([line, inside])
        #expect(merged.count == 1)
        #expect(merged.first?.box == line.box && merged.first?.carried == line.carried)
        #expect(merged.first.map { Set($0.components).isSuperset(of: inside.components) } == true)
        // A duplicate reaching beyond the line widens it: it is read as found, with no stretch.
        let beyond = Self.candidate(.dark, x: stretch.maxX - 20, y: 10, height: 12, letters: 3, score: 0.8)
        let widened = TextLineFinder.removingDuplicates([line, beyond])
        #expect(widened.count == 1 && widened.first?.carried.isEmpty == true)
        #expect(widened.first?.box == line.box.union(beyond.box))
    }

    @Test("letters whose edges are spread over two pixels, as subsampled chroma spreads them, are soft text in chroma, not text in luma")
    func softChromaLetters() {
        var sharp = GreyImage(width: 160, height: 40, value: 40)
        Self.drawWord(into: &sharp, x: 20, y: 12, height: 14, value: 200)
        // Each pixel the mean of a 2 x 2 block ending at it (4:2:0 chroma, upsampled): every step
        // spread over two pixels.
        var soft = sharp
        for y in 1..<40 {
            for x in 1..<160 {
                soft[x, y] = UInt8((Int(sharp[x, y]) + Int(sharp[x - 1, y]) + Int(sharp[x, y - 1]) + Int(sharp[x - 1, y - 1])) / 4)
            }
        }
        let finder = TextLineFinder()
        let strokes = Morphology.whiteTopHat(soft, size: finder.strokeWindow)
        let chroma = finder.lines(in: strokes, threshold: finder.colourContrast, kind: .colour, luma: soft, within: nil)
        #expect(chroma.count == 1 && chroma.first?.softChroma == true && chroma.first?.score == finder.minimumScore,
                "found: \(chroma.map { ($0.box, $0.score) })")
        #expect(finder.lines(in: strokes, threshold: finder.colourContrast, kind: .bright, luma: soft, within: nil).isEmpty)
        let crisp = finder.lines(in: Morphology.whiteTopHat(sharp, size: finder.strokeWindow), threshold: finder.colourContrast,
                                 kind: .colour, luma: sharp, within: nil)
        #expect(crisp.count == 1 && crisp.first?.softChroma == false)
    }

    @Test("soft chroma merged into a line adds only marks no sharp line has, and leaves the line's box")
    func softChromaAddsOnlyNewMarks() {
        let line = Self.candidate(.bright, x: 10, y: 10, height: 12, letters: 4)
        let neighbour = Self.candidate(.bright, x: 100, y: 10, height: 12, letters: 2)
        // Chroma of the same row: blobs over the line's letters, a letter past its end that the
        // luma line lost, and blobs over the neighbouring line.
        let lost = PixelRect(x: line.box.maxX + 3, y: 10, width: 6, height: 12)
        var chroma = TextCandidate(box: PixelRect(x: 8, y: 9, width: 120, height: 14),
                                   components: [PixelRect(x: 9, y: 9, width: 30, height: 14), lost,
                                                PixelRect(x: 99, y: 9, width: 20, height: 14)],
                                   ink: .colour, score: 0.6, characterHeight: 12)
        chroma.softChroma = true
        let merged = TextLineFinder.removingDuplicates([line, neighbour, chroma])
        let kept = merged.first { $0.box.x == line.box.x }
        #expect(merged.count == 2)
        #expect(kept?.box == line.box)
        #expect(kept.map { Set($0.components) == Set(line.components + [lost]) } == true)
    }

    @Test("white text running from a black panel onto a grey one is one line, though most of it has less contrast")
    func lineAcrossPanelEdge() {
        var image = GreyImage(width: 330, height: 60, value: 0)
        for y in 0..<60 { for x in 76..<330 { image[x, y] = 120 } }
        for x in [20, 80, 140, 200, 260] { Self.drawWord(into: &image, x: x, y: 20, height: 14, value: 250) }
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let found = finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
        #expect(found.contains { $0.ink == .bright && $0.box.x <= 22 && $0.box.maxX >= 300 },
                "found: \(found.map { ($0.ink, $0.box) })")
    }

    /// The bright-ink line that `lines(in:)` finds over `box` in `image`.
    static func brightLine(in image: GreyImage, near box: PixelRect) -> TextCandidate? {
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        let maps = finder.strokeMaps(of: channels)
        return finder.lines(in: maps.bright, threshold: finder.contrast, kind: .bright, luma: channels.luma, within: nil)
            .first { $0.box.intersects(box) }
    }

    /// Texture of thin bright streaks (245) over `rows`, from column `left` to the right edge,
    /// 4 to 19 columns apart.
    static func drawStreaks(into image: inout GreyImage, from left: Int, rows: Range<Int>) {
        var state: UInt64 = 7
        var x = left
        while x < image.width - 2 {
            for y in rows { image[x, y] = 245; image[x + 1, y] = 245 }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            x += 4 + Int(state >> 60)
        }
    }

    @Test("a line's box is carried over its letters onto texture, but not along the texture beyond them")
    func extensionStopsAtTexture() {
        var image = GreyImage(width: 400, height: 80, value: 0)
        // Texture from x = 100 on: thin bright streaks through every row, as bright as the text.
        Self.drawStreaks(into: &image, from: 100, rows: 0..<80)
        Self.drawWord(into: &image, x: 20, y: 30, height: 14, value: 250)
        Self.drawWord(into: &image, x: 75, y: 30, height: 14, value: 250)   // runs onto the texture
        let line = Self.brightLine(in: image, near: PixelRect(x: 20, y: 30, width: 40, height: 14))
        #expect(line != nil)
        #expect((line?.box.maxX ?? 0) >= 100, "the second word is covered")
        #expect((line?.box.maxX ?? 400) < 200, "box ends at \(line?.box.maxX ?? -1), far along the texture")
        #expect(line.map { $0.found?.box.maxX ?? $0.box.maxX } ?? 0 < line?.box.maxX ?? 0, "where its marks were found is kept")
        #expect(line?.found?.box.x == line?.box.x)
    }

    @Test("a line is not carried along a soft-edged bright band on its rows (the top of a skull)")
    func extensionIgnoresSoftBand() {
        var image = GreyImage(width: 400, height: 80, value: 0)
        // From x = 90 on, a band as bright as the text at its middle row, ramping off 45 levels a row.
        for x in 90..<380 {
            for y in 31...43 { image[x, y] = UInt8(max(0, 250 - 45 * abs(y - 37))) }
        }
        Self.drawWord(into: &image, x: 20, y: 30, height: 14, value: 250)
        let line = Self.brightLine(in: image, near: PixelRect(x: 20, y: 30, width: 40, height: 14))
        #expect(line != nil)
        #expect((line?.box.maxX ?? 400) < 110, "box ends at \(line?.box.maxX ?? -1), along the band")
    }

    @Test("two marks of uneven height are not carried along crisp texture on their rows; two even ones are")
    func unevenPairIsNotCarried() {
        // Crisp bright streaks on rows 30-42 from x = 64 on, quiet above and below.
        func image(secondHeight: Int) -> GreyImage {
            var image = GreyImage(width: 400, height: 80, value: 0)
            Self.drawStreaks(into: &image, from: 64, rows: 30..<43)
            // A 12-px mark with a bar across, and a second mark ending on the same row.
            for y in 30..<42 { for x in 20..<23 { image[x, y] = 250 } }
            for x in 20..<28 { for y in 35..<37 { image[x, y] = 250 } }
            for y in (42 - secondHeight)..<42 { for x in 34..<37 { image[x, y] = 250 } }
            for x in 34..<42 { for y in (42 - secondHeight)..<(44 - secondHeight) { image[x, y] = 250 } }
            return image
        }
        let marks = PixelRect(x: 20, y: 30, width: 22, height: 12)
        let uneven = Self.brightLine(in: image(secondHeight: 6), near: marks)
        #expect(uneven != nil)
        #expect((uneven?.box.maxX ?? 400) < 64, "box ends at \(uneven?.box.maxX ?? -1), along the texture")
        let even = Self.brightLine(in: image(secondHeight: 11), near: marks)
        #expect((even?.box.maxX ?? 0) > 100, "box ends at \(even?.box.maxX ?? -1)")
    }

    /// Light ground (190) with a near-black panel (16) from row `panelTop` down, and from
    /// column `panelLeft` right on the letters' rows.
    static func panelImage(panelTop: Int, panelLeft: Int) -> GreyImage {
        var image = GreyImage(width: 320, height: 90, value: 190)
        for y in 0..<90 { for x in 0..<320 where y >= panelTop || x >= panelLeft { image[x, y] = 16 } }
        return image
    }

    static func darkLine(in image: GreyImage, near box: PixelRect) -> TextCandidate? {
        let channels = DisplayChannels(luma: image)
        let finder = TextLineFinder()
        return finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
            .first { $0.ink == .dark && $0.box.intersects(box) }
    }

    @Test("black letters running onto a black panel are covered to their ends, on their rows only")
    func faintPartsOnPanel() throws {
        // Letters 18 px tall from row 20; the panel starts at row 32, so their lower third
        // and the whole of the last word (from column 160) lie on it.
        var image = Self.panelImage(panelTop: 32, panelLeft: 160)
        for x in [20, 95, 170] { Self.drawWord(into: &image, x: x, y: 20, height: 18, value: 0) }
        // A black blot on the panel well below the line: not part of it.
        for y in 70..<80 { for x in 60..<66 { image[x, y] = 0 } }
        let line = try #require(Self.darkLine(in: image, near: PixelRect(x: 20, y: 20, width: 60, height: 12)))
        #expect(line.components.allSatisfy { $0.maxY <= 33 }, "the panel hides the letters' lower part from the stroke map")
        let covered = (line.components + line.faintParts).reduce(line.box) { $0.union($1) }
        #expect(covered.maxY >= 38, "covered to row \(covered.maxY)")
        #expect(covered.maxX >= 170 + 55, "the word on the panel is covered too (to \(covered.maxX))")
        #expect(covered.maxY <= 38 + 9, "nothing far below the letters")
        #expect(!line.faintParts.contains { $0.intersects(PixelRect(x: 60, y: 70, width: 6, height: 10)) })
    }

    @Test("black letters with only their upper half off a black panel are covered to their feet")
    func faintLowerHalves() throws {
        // Letters 21 px tall from row 20 on a panel from row 30: ten rows stand out, eleven do not.
        var image = Self.panelImage(panelTop: 30, panelLeft: 320)
        for x in [20, 95] { Self.drawWord(into: &image, x: x, y: 20, height: 21, value: 0) }
        for y in 70..<80 { for x in 60..<66 { image[x, y] = 0 } }
        let line = try #require(Self.darkLine(in: image, near: PixelRect(x: 20, y: 20, width: 60, height: 10)))
        #expect(line.components.allSatisfy { $0.maxY <= 31 })
        let covered = (line.components + line.faintParts).reduce(line.box) { $0.union($1) }
        #expect(covered.maxY >= 41, "covered to row \(covered.maxY)")
        #expect(!line.faintParts.contains { $0.intersects(PixelRect(x: 60, y: 70, width: 6, height: 10)) })
    }

    @Test("no faint parts where the panel leaves the letters most of their contrast, or the ink is not the panel's")
    func noFaintPartsOffPanel() throws {
        // A mid-grey panel: the letters keep their contrast there and are found as ink.
        var grey = GreyImage(width: 320, height: 90, value: 190)
        for y in 32..<90 { for x in 0..<320 { grey[x, y] = 110 } }
        Self.drawWord(into: &grey, x: 20, y: 20, height: 18, value: 0)
        let line = try #require(Self.darkLine(in: grey, near: PixelRect(x: 20, y: 20, width: 60, height: 12)))
        #expect(line.faintParts.isEmpty)
        #expect(line.components.reduce(line.box) { $0.union($1) }.maxY >= 38)
        // Grey letters (ink 100) whose lower part runs onto a black panel: what lies there is
        // darker than their ink, so it is the panel's, not theirs.
        var black = Self.panelImage(panelTop: 32, panelLeft: 320)
        Self.drawWord(into: &black, x: 20, y: 20, height: 18, value: 100)
        for y in 32..<38 { for x in 20..<80 where black[x, y] == 100 { black[x, y] = 0 } }
        let grey100 = try #require(Self.darkLine(in: black, near: PixelRect(x: 20, y: 20, width: 60, height: 12)))
        #expect(grey100.faintParts.isEmpty)
    }

    @Test("a line of black letters that runs onto a black region reaches over it by a letter or so; not onto a grey one, nor for two letters")
    func lineEndsOnGroundOfItsInk() throws {
        // Light ground; a region at 6 (letters at 0 there show 6 levels: nothing) left of
        // column 48. Letters 18 px tall from row 20 start at column 50.
        func image(region: UInt8, words: [Int] = [50, 125]) -> GreyImage {
            var image = GreyImage(width: 320, height: 90, value: 190)
            for y in 0..<90 { for x in 0..<48 { image[x, y] = region } }
            for x in words { Self.drawWord(into: &image, x: x, y: 20, height: 18, value: 0) }
            return image
        }
        let line = try #require(Self.darkLine(in: image(region: 6), near: PixelRect(x: 50, y: 20, width: 60, height: 18)))
        let end = try #require(line.unseenEnds.first { $0.maxX <= line.box.x }, "ends \(line.unseenEnds) of \(line.box)")
        #expect(end.maxX >= line.box.x - 2 && end.y == line.box.y && end.maxY == line.box.maxY)
        #expect(line.box.x - end.x >= line.characterHeight, "reaches \(line.box.x - end.x) px")
        #expect(line.box.x - end.x <= line.characterHeight * 3 / 2 + 2, "no further than a letter or so")
        #expect(!line.unseenEnds.contains { $0.x >= line.box.maxX }, "the light ground after the line is no ink")
        let grey = try #require(Self.darkLine(in: image(region: 120), near: PixelRect(x: 50, y: 20, width: 60, height: 18)))
        #expect(grey.unseenEnds.isEmpty, "a grey region is not the ink's")
        // Two letters (two Ls, far enough apart that no ground between them stands out) show no
        // line that runs on: they may as well be the ground between the other ink's letters.
        var pair = image(region: 6, words: [])
        for left in [50, 72] {
            for y in 20..<38 { for x in left..<(left + 3) { pair[x, y] = 0 } }
            for y in 35..<38 { for x in left..<(left + 10) { pair[x, y] = 0 } }
        }
        let two = try #require(Self.darkLine(in: pair, near: PixelRect(x: 50, y: 20, width: 32, height: 18)))
        #expect(two.letterCount == 2 && two.unseenEnds.isEmpty, "ends \(two.unseenEnds)")
    }

    @Test("a large black letter on a strip whose leg runs into the black image beside it is found; the light gaps between a bar's buttons are not")
    func markerRunIntoImage() throws {
        // A light strip (170) left of column 44 from row 18 to 92, the black image (10) around
        // it: most of the letter's surroundings. An R-like letter 48 px tall (strokes 8 px)
        // from column 7: its stem, bowl and bar on the strip, its leg running on into the
        // image, where it does not show.
        var image = GreyImage(width: 200, height: 120, value: 10)
        for y in 18..<92 { for x in 0..<44 { image[x, y] = 170 } }
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) { for y in y0..<y1 { for x in x0..<x1 { image[x, y] = 0 } } }
        fill(7, 30, 15, 78)   // stem
        fill(7, 30, 40, 38)   // top bar
        fill(33, 30, 41, 56)  // bowl's right side
        fill(7, 50, 40, 58)   // middle bar
        for y in 58..<78 { let x = 26 + (y - 58); fill(x, y, x + 9, y + 1) }  // leg
        let finder = TextLineFinder()
        func lines(_ image: GreyImage) -> [TextCandidate] {
            let channels = DisplayChannels(luma: image)
            return finder.candidates(in: finder.strokeMaps(of: channels), channels: channels)
        }
        // (The narrow strip between its bowl and the image is a light mark beside it: either
        // channel's line may carry it.)
        let letter = PixelRect(x: 7, y: 30, width: 37, height: 48)
        #expect(lines(image).contains { line in line.components.contains { $0.intersection(letter) == letter } },
                "lines \(lines(image).map { ($0.ink, $0.box) })")

        // A light bar (215) with dark buttons (60), 30 px square with cut corners, 8 px apart:
        // the bar between two buttons is a light mark of their height, with the buttons' corners
        // inside its box, and the bar above and below it.
        var bar = GreyImage(width: 300, height: 80, value: 215)
        for left in stride(from: 10, to: 260, by: 38) {
            for y in 25..<55 { for x in left..<(left + 30) {
                let cx = min(x - left, left + 29 - x), cy = min(y - 25, 54 - y)
                if cx + cy >= 3 { bar[x, y] = 60 }
            } }
        }
        #expect(!lines(bar).contains { $0.box.intersects(PixelRect(x: 10, y: 25, width: 250, height: 30)) },
                "lines \(lines(bar).map { ($0.ink, $0.box) })")
    }

    @Test("faint lower halves are taken on the letters' core level, not their rims' (small letters have more rim than core)")
    func faintPartsOfRimmedLetters() throws {
        // Letters 21 px tall from row 20 whose upper part (on the light ground, to row 30) has a
        // 2-px rim at 110 around its black strokes; their lower part lies on the black panel.
        var image = Self.panelImage(panelTop: 30, panelLeft: 320)
        for x in [20, 95] { Self.drawWord(into: &image, x: x, y: 20, height: 21, value: 0) }
        let strokes = image
        for y in 0..<30 {
            for x in 2..<318 where strokes[x, y] == 190 {
                let near = (-2...2).contains { d in strokes[x + d, y] == 0 || (y + d >= 0 && y + d < 90 && strokes[x, y + d] == 0) }
                if near { image[x, y] = 110 }
            }
        }
        let line = try #require(Self.darkLine(in: image, near: PixelRect(x: 20, y: 20, width: 60, height: 10)))
        let covered = (line.components + line.faintParts).reduce(line.box) { $0.union($1) }
        #expect(covered.maxY >= 41, "covered to row \(covered.maxY)")
    }

    @Test("a capital whose stem keeps its contrast joins the line of letters its faint parts complete")
    func capitalJoinsCompletedLine() throws {
        // Light ground to row 30, then a panel: grey (60) under the capital, black (16) beyond.
        var image = GreyImage(width: 320, height: 90, value: 190)
        for y in 30..<90 { for x in 0..<320 { image[x, y] = x < 34 ? 60 : 16 } }
        // A capital E 18 px tall from row 20 (its stem stands out on the grey panel too), then
        // lower-case letters 14 px tall from row 24 whose lower halves lie on the black panel.
        for y in 20..<38 { for x in 20..<23 { image[x, y] = 0 } }
        for bar in [20, 28, 35] { for y in bar..<(bar + 3) { for x in 20..<31 { image[x, y] = 0 } } }
        Self.drawWord(into: &image, x: 36, y: 24, height: 14, value: 0)
        Self.drawWord(into: &image, x: 90, y: 24, height: 14, value: 0)
        let line = try #require(Self.darkLine(in: image, near: PixelRect(x: 36, y: 24, width: 40, height: 6)))
        #expect(line.faintParts.contains { $0.maxY >= 36 }, "the letters' lower halves are faint parts")
        #expect(line.components.contains { $0.intersects(PixelRect(x: 20, y: 20, width: 3, height: 18)) },
                "components \(line.components)")
    }

    @Test("black letters whose tops touch a thin dark band are split from it at their own level; from texture they are not")
    func lettersPeeledFromBand() throws {
        // A band 8 rows deep just above black letters 14 px tall, with teeth 98 px tall rising
        // from it (the dark between white letters), on a light panel: plain (27), or texture
        // whose levels spread over 35...95. With the band the letters are no character.
        func image(textured: Bool) -> GreyImage {
            var image = GreyImage(width: 320, height: 150, value: 180)
            if textured { Self.fillTexture(&image, rows: 2..<108, columns: 10..<300, seed: 5) { UInt8(35 + $0 >> 33 % 61) } }
            for y in 2..<108 {
                for x in 10..<300 {
                    if y < 100 && x % 12 >= 4 { image[x, y] = 180 } else if !textured { image[x, y] = 27 }
                }
            }
            for x in [20, 90] { Self.drawWord(into: &image, x: x, y: 108, height: 14, value: 0) }
            return image
        }
        let letters = PixelRect(x: 20, y: 109, width: 120, height: 13)
        let line = try #require(Self.darkLine(in: image(textured: false), near: letters))
        let covered = line.components.reduce(line.box) { $0.union($1) }
        #expect(covered.x <= 20 && covered.maxX >= 130 && covered.maxY >= 122, "covered \(covered)")
        #expect(line.characterHeight <= 16, "the letters, not the band with them (height \(line.characterHeight))")
        #expect(Self.darkLine(in: image(textured: true), near: letters) == nil)
    }

    /// The largest connected component of `mask` (an empty one when there is none).
    static func largestComponent(of mask: [Bool], width: Int, height: Int) -> Component {
        ConnectedComponents.find(in: mask, width: width, height: height).max { $0.pixelCount < $1.pixelCount }
            ?? Component(box: PixelRect(x: 0, y: 0, width: 0, height: 0), pixelCount: 0)
    }

    @Test("bold letters run together are character-like though as full as a blob; a filled disc is not")
    func boldLettersHoldCounters() {
        let width = 40, height = 30
        func component(_ mask: [Bool]) -> Component { Self.largestComponent(of: mask, width: width, height: height) }
        // "DO" in a heavy face, 19 x 12: two 9 x 12 blocks joined, each with a 3 x 6 counter.
        var letters = [Bool](repeating: false, count: width * height)
        for y in 2..<14 { for x in 2..<21 { letters[y * width + x] = true } }
        for left in [5, 15] { for y in 5..<11 { for x in left..<(left + 3) { letters[y * width + x] = false } } }
        // A filled disc 25 px across.
        var disc = [Bool](repeating: false, count: width * height)
        for y in 0..<height { for x in 0..<width where (x - 20) * (x - 20) + (y - 14) * (y - 14) <= 144 { disc[y * width + x] = true } }
        let finder = TextLineFinder()
        let bold = component(letters), blob = component(disc)
        #expect(Double(bold.pixelCount) / Double(bold.box.area) > 0.7, "as full as a blob")
        #expect(finder.isCharacterLike(bold, in: letters, width: width))
        #expect(Double(blob.pixelCount) / Double(blob.box.area) > 0.7)
        #expect(!finder.isCharacterLike(blob, in: disc, width: width))
    }

    /// A `width` x `height` mask set where `inside(x, y)`.
    static func mask(width: Int, height: Int, where inside: (_ x: Int, _ y: Int) -> Bool) -> [Bool] {
        (0..<(width * height)).map { inside($0 % width, $0 / width) }
    }

    @Test("a bold letter without counters is character-like by the gaps between its legs; the ground between two blocks is not")
    func boldLetterHoldsGapsBetweenLegs() {
        // A heavy "M", 22 x 18: two 7-px legs joined by diagonals that meet 4 rows down; a
        // notch above the diagonals, a gap below them.
        let letter = Self.mask(width: 40, height: 30) { x, y in
            let fromLeg = min(x - 11, 18 - x)
            return (4..<22).contains(y) && (4..<26).contains(x) && (fromLeg < 0 || (y - 7 <= fromLeg && fromLeg <= y - 3))
        }
        // The ground between two buttons in a toolbar: a 13 x 23 block whose sides curve in at
        // the middle rows, open to the left and right.
        let gap = Self.mask(width: 40, height: 30) { x, y in
            let inset = (6..<21).contains(y) ? 2 : 0
            return (2..<25).contains(y) && (5 + inset..<18 - inset).contains(x)
        }
        let finder = TextLineFinder()
        let bold = Self.largestComponent(of: letter, width: 40, height: 30)
        let ground = Self.largestComponent(of: gap, width: 40, height: 30)
        #expect(Double(bold.pixelCount) / Double(bold.box.area) > 0.7, "as full as a blob")
        #expect(finder.isCharacterLike(bold, in: letter, width: 40))
        #expect(Double(ground.pixelCount) / Double(ground.box.area) > 0.7)
        #expect(!finder.isCharacterLike(ground, in: gap, width: 40))
    }

    @Test("a CT table's curve with letters run into one end is no character; letters run together into a long mark are")
    func curveWithLettersAtItsEnd() {
        let width = 320, height = 30
        // A shallow arc 6 px thick over 300 columns (22 rows high), "mA" (two 12 x 12 blocks of
        // strokes) touching its left end.
        let table = Self.mask(width: width, height: height) { x, y in
            let u = Double(x - 160) / 150, top = 4 + Int(16 * u * u)
            let arc = (10..<310).contains(x) && (top..<(top + 6)).contains(y)
            let letters = (10..<34).contains(x) && (14..<26).contains(y) && ((x - 10) % 12 < 3 || y < 17)
            return arc || letters
        }
        // Eight letters of the same strokes run together along a baseline rule, 96 x 12.
        let run = Self.mask(width: width, height: height) { x, y in
            (10..<106).contains(x) && (10..<22).contains(y) && ((x - 10) % 12 < 3 || y < 13 || y >= 20)
        }
        let finder = TextLineFinder()
        let curve = Self.largestComponent(of: table, width: width, height: height)
        let letters = Self.largestComponent(of: run, width: width, height: height)
        #expect(curve.box.width >= 8 * curve.box.height && 4 * curve.pixelCount >= curve.box.area,
                "too full for the thin-curve rule: \(curve)")
        #expect(!finder.isCharacterLike(curve, in: table, width: width))
        #expect(letters.box.width >= 8 * letters.box.height)
        #expect(finder.isCharacterLike(letters, in: run, width: width))
    }

    @Test("a label in a larger font than its value stays whole when a letter joined to a panel's edge makes the group too tall")
    func labelLargerThanValue() {
        let finder = TextLineFinder()
        // "Pat:" 14-16 px tall, its "t" joined to the corner of a panel below (29 px), then the
        // name in letters 10-14 px tall.
        let label = [PixelRect(x: 15, y: 19, width: 13, height: 16), PixelRect(x: 30, y: 21, width: 14, height: 14)]
        let joined = PixelRect(x: 46, y: 18, width: 10, height: 29)
        let value = [12, 10, 14, 10, 12, 10, 10, 10, 10, 10, 14, 10, 10].enumerated().map { index, height in
            PixelRect(x: 100 + 15 * index, y: 21 + (12 - height) / 2, width: 12, height: height)
        }
        let lines = finder.separatingOddSizes(label + [joined] + value)
        #expect(lines.contains { Set($0) == Set(label) }, "lines: \(lines)")
        #expect(lines.contains { Set($0) == Set(value) })
        #expect(!lines.contains { $0.contains(joined) })
        // Grains of every height at the edge of a sector: leaving out only the tallest would
        // leave uneven lines, so only those of the typical height are regrouped.
        let grains = [PixelRect(x: 191, y: 407, width: 18, height: 5), PixelRect(x: 197, y: 422, width: 24, height: 5),
                      PixelRect(x: 202, y: 410, width: 22, height: 6), PixelRect(x: 226, y: 404, width: 15, height: 12),
                      PixelRect(x: 231, y: 418, width: 21, height: 9), PixelRect(x: 240, y: 407, width: 30, height: 18),
                      PixelRect(x: 258, y: 404, width: 24, height: 15), PixelRect(x: 282, y: 409, width: 11, height: 5),
                      PixelRect(x: 300, y: 409, width: 17, height: 7)]
        let regrouped = finder.separatingOddSizes(grains)
        func even(_ line: [PixelRect]) -> Bool {
            let typical = line.map(\.height).sorted()[line.count / 2]
            return line.allSatisfy { abs($0.height - typical) * 5 <= typical * 2 }
        }
        #expect(regrouped.allSatisfy(even), "lines: \(regrouped)")
        #expect(!regrouped.joined().contains { $0.height >= 12 })
    }

    @Test("a long thin arc is not character-like; letters run together as long are")
    func longThinArcIsNotCharacterLike() {
        let width = 320, height = 30
        func component(_ mask: [Bool]) -> Component { Self.largestComponent(of: mask, width: width, height: height) }
        // A 4-px-thick arc over 290 columns, sagging 17 rows (the edge of a CT table).
        var arc = [Bool](repeating: false, count: width * height)
        for x in 10..<300 {
            let top = 2 + 17 * (x - 155) * (x - 155) / (145 * 145)
            for y in top..<(top + 4) { arc[y * width + x] = true }
        }
        // Twenty block letters 12 px tall, touching, with counters: a 290 x 12 run, half ink.
        var run = [Bool](repeating: false, count: width * height)
        for x in 10..<300 {
            for y in 5..<17 where x % 14 < 3 || y < 7 || y >= 15 || (y >= 10 && y < 12) { run[y * width + x] = true }
        }
        let finder = TextLineFinder()
        let curve = component(arc), letters = component(run)
        #expect(curve.box.width >= 8 * curve.box.height)
        #expect(!finder.isCharacterLike(curve, in: arc, width: width))
        #expect(letters.box.width >= 8 * letters.box.height)
        #expect(finder.isCharacterLike(letters, in: run, width: width))
    }

    @Test("seeds split into runs of one ink level where the levels jump")
    func seedsSplitByInkLevel() {
        let boxes = (0..<6).map { PixelRect(x: $0 * 12, y: 0, width: 10, height: 12) }
        // Three letters at 211-219 (one colour) and three sector grains at 98-110.
        let levels = Dictionary(uniqueKeysWithValues: zip(boxes, [214, 106, 219, 98, 211, 110]))
        let clusters = TextLineFinder.levelClusters(boxes, levels: levels, gap: 20)
        #expect(clusters.count == 2)
        #expect(Set(clusters.first ?? []) == Set([boxes[1], boxes[3], boxes[5]]))
        #expect(Set(clusters.last ?? []) == Set([boxes[0], boxes[2], boxes[4]]))
        #expect(TextLineFinder.levelClusters(boxes, levels: levels, gap: 120).count == 1)
    }

    @Test("a chain of grey grains running down into a line of white text does not take the line with it")
    func grainChainIntoText() {
        var image = GreyImage(width: 560, height: 240, value: 0)
        // Sixty 6 x 6 grains at level 120, each a pixel right of and three rows below the last:
        // one group of seeds 183 rows tall that ends on the text's rows.
        for i in 0..<60 {
            for y in (23 + 3 * i)..<(29 + 3 * i) { for x in (5 + 7 * i)..<(11 + 7 * i) { image[x, y] = 120 } }
        }
        Self.drawWord(into: &image, x: 430, y: 200, height: 14, value: 250)
        let line = Self.brightLine(in: image, near: PixelRect(x: 430, y: 200, width: 40, height: 14))
        #expect(line != nil)
        #expect((line?.box.x ?? 0) >= 400, "the line starts at \(line?.box.x ?? -1), among the grains")
    }

    /// Black ground with grey texture, a different level every pixel (60...169, drawn from
    /// `seed`), over columns `texture`, and a lone white bar 14 px tall at x = 20 (on the black).
    static func loneMarkImage(texture: Range<Int>, ground: UInt8 = 0, seed: UInt64 = 11) -> GreyImage {
        var image = GreyImage(width: 300, height: 80, value: ground)
        Self.fillTexture(&image, rows: 0..<80, columns: texture, seed: seed) { UInt8(60 + Int($0 >> 33) % 110) }
        for y in 30..<44 { for x in 20..<23 { image[x, y] = 250 } }
        return image
    }

    @Test("a lone letter on black is carried over texture where its line runs on in its own ink, not over the texture alone")
    func loneMarkCarriedOverTexture() {
        let mark = PixelRect(x: 20, y: 30, width: 3, height: 14)
        var image = Self.loneMarkImage(texture: 36..<300)
        Self.drawWord(into: &image, x: 40, y: 30, height: 14, value: 250)
        let line = Self.brightLine(in: image, near: mark)
        #expect((line?.box.maxX ?? 0) >= 79, "box ends at \(line?.box.maxX ?? -1), before the last letter on the texture")
        #expect((line?.box.maxX ?? 300) < 130, "box ends at \(line?.box.maxX ?? -1), far along the texture")
        #expect(line?.carried.isEmpty == false, "the stretch over texture is read on the line's own ink level")
        #expect(line?.found == nil, "a lone mark's stretches are judged as carried")
        let alone = Self.brightLine(in: Self.loneMarkImage(texture: 36..<300), near: mark)
        #expect(alone != nil)
        #expect((alone?.box.maxX ?? 300) < 36, "box ends at \(alone?.box.maxX ?? -1), over the texture")
    }

    @Test("a lone letter whose line runs on over texture for less than a few letters' width stays as found")
    func loneMarkShortCarryIgnored() {
        var image = Self.loneMarkImage(texture: 36..<300)
        // One letter over the texture: an "L".
        for y in 30..<44 { for x in 40..<43 { image[x, y] = 250 } }
        for y in 41..<44 { for x in 40..<49 { image[x, y] = 250 } }
        let line = Self.brightLine(in: image, near: PixelRect(x: 20, y: 30, width: 3, height: 14))
        #expect(line != nil)
        #expect((line?.box.maxX ?? 300) < 36, "box ends at \(line?.box.maxX ?? -1), over the texture")
        #expect(line?.carried.isEmpty == true)
    }

    @Test("a lone letter is not carried along blocks of its level on a plain ground (a toolbar's buttons)")
    func loneMarkNotCarriedAlongBlocks() {
        var image = Self.loneMarkImage(texture: 0..<0, ground: 120)
        for left in stride(from: 40, to: 280, by: 16) {
            for y in 30..<44 { for x in left..<(left + 10) { image[x, y] = 250 } }
        }
        let line = Self.brightLine(in: image, near: PixelRect(x: 20, y: 30, width: 3, height: 14))
        #expect(line != nil)
        #expect((line?.box.maxX ?? 300) < 40, "box ends at \(line?.box.maxX ?? -1), along the blocks")
    }
}
