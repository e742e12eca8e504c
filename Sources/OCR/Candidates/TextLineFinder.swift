import PixelIO

/// Finds regions that look like lines of text: thin strokes that stand out from a locally flat
/// background (top-hat of luma, inverted luma and chroma), grouped into lines of similar-height
/// components. Cheap enough to run on every frame; OCR then reads only these regions.
public struct TextLineFinder: Sendable {
    /// Width of the structuring element: strokes narrower than this are ink. Large images
    /// carry large lettering (lead markers 60 px tall), so the window grows with the image.
    public var strokeWindow: Int = 11
    /// Minimum contrast (0...255 display units) of ink over its background.
    public var contrast: UInt8 = 40
    /// Minimum contrast of coloured ink in the chroma channel.
    public var colourContrast: UInt8 = 60
    /// Smallest and largest character height considered.
    public var characterHeights: ClosedRange<Int> = 5...90
    /// Candidates scoring below this are dropped before OCR.
    public var minimumScore: Double = 0.6
    /// Width, in character heights, a lone mark's line must be carried on over texture to count
    /// as carried: a few letters.
    static let loneCarryLetters = 3

    /// Creates a finder with default settings.
    public init() {}

    /// The stroke maps of one frame: bright, dark and (for colour) coloured strokes.
    public func strokeMaps(of channels: DisplayChannels) -> StrokeMaps {
        let size = max(strokeWindow, min(channels.luma.width, channels.luma.height) / 60) | 1
        return StrokeMaps(bright: Morphology.whiteTopHat(channels.luma, size: size),
                          dark: Morphology.blackTopHat(channels.luma, size: size),
                          colour: channels.chroma.map { Morphology.whiteTopHat($0, size: size) })
    }

    /// The candidate lines of one frame, optionally only those inside `area`, each with the
    /// flatness of its ground.
    public func candidates(in maps: StrokeMaps, channels: DisplayChannels, within area: PixelRect? = nil) -> [TextCandidate] {
        let kinds: [InkKind] = [.bright, .dark, .colour]
        let found = kinds.flatMap { kind -> [TextCandidate] in
            guard let ink = measure(of: kind, maps: maps, channels: channels) else { return [] }
            return lines(in: ink.strokes, threshold: ink.threshold, kind: kind, luma: ink.image, within: area)
        }
        return TextLineFinder.joiningNeighbours(TextLineFinder.removingDuplicates(TextLineFinder.removingGround(found)))
            .map { candidate in
                // Measured on the final box: joining and merging change it.
                var measured = candidate
                if let ink = measure(of: candidate.ink, maps: maps, channels: channels) {
                    let margin = max(3, candidate.characterHeight / 2)
                    measured.ground = ink.ground(around: candidate.box, margin: margin)
                    if let found = candidate.found { measured.found?.ground = ink.ground(around: found.box, margin: margin) }
                    // Only a line of a few letters shows text that could run on (a lone mark, or
                    // two tall ones, may be the ground between the other ink's letters).
                    if let level = candidate.coreLevel, candidate.letterCount >= 3 {
                        measured.unseenEnds = ink.ownLevelGround(beside: candidate.box, characterHeight: candidate.characterHeight, level: level)
                    }
                }
                return measured
            }
    }

    /// Ink of `kind` measured in its stroke map against the channel it shows in (nil for colour
    /// in a grey frame).
    private func measure(of kind: InkKind, maps: StrokeMaps, channels: DisplayChannels) -> InkMeasure? {
        switch kind {
        case .bright: return InkMeasure(strokes: maps.bright, image: channels.luma, threshold: contrast, dark: false)
        case .dark: return InkMeasure(strokes: maps.dark, image: channels.luma, threshold: contrast, dark: true)
        case .colour:
            guard let colour = maps.colour, let chroma = channels.chroma else { return nil }
            return InkMeasure(strokes: colour, image: chroma, threshold: colourContrast, dark: false)
        }
    }

    /// Drops candidates that are the ground between lines of text rather than ink: the dark
    /// between lines of white text stands out in the dark stroke map as one tall mark (grown
    /// over the ground's smaller pieces). Such a mark holds two or more lines of the other ink,
    /// each much shorter than itself and of more letters than it has (the counters inside one
    /// line of large letters are no more letters than the line).
    static func removingGround(_ candidates: [TextCandidate]) -> [TextCandidate] {
        candidates.filter { candidate in
            let held = candidates.filter { other in
                other.ink != candidate.ink && 2 * other.box.height < candidate.box.height
                    && 5 * other.box.intersection(candidate.box).area >= 4 * other.box.area
                    && other.letterCount >= 2 && other.letterCount > candidate.letterCount
            }
            return Set(held.map(\.box.y)).count < 2
        }
    }

    /// Joins candidates that continue one another on the same rows: a lone initial ("M.")
    /// before a name, or a word whose first letters were grown rather than seeded, is read with
    /// its line (the recogniser reads single letters badly on their own).
    static func joiningNeighbours(_ candidates: [TextCandidate]) -> [TextCandidate] {
        var lines = candidates.sorted { ($0.box.x, $0.box.y) < ($1.box.x, $1.box.y) }
        var index = 0
        while index < lines.count {
            let a = lines[index]
            if let next = lines.indices.first(where: { $0 > index && continues(a, lines[$0]) }) {
                let b = lines.remove(at: next)
                var joined = a.score >= b.score ? a : b
                joined.box = a.box.union(b.box)
                joined.components = inReadingOrder(a.components + b.components)
                joined.faintParts = inReadingOrder(a.faintParts + b.faintParts)
                // Read as found: the level of one part's ink says nothing of the other's.
                joined.carried = []
                joined.found = FoundSpan.joining(a, b)
                joined.characterHeight = max(a.characterHeight, b.characterHeight)
                lines[index] = joined
            } else {
                index += 1
            }
        }
        return lines.sorted { ($0.box.y, $0.box.x) < ($1.box.y, $1.box.x) }
    }

    /// `rects` ordered left to right (then top to bottom, then by size), so the same marks always
    /// come out in the same order.
    private static func inReadingOrder(_ rects: [PixelRect]) -> [PixelRect] {
        rects.sorted { ($0.x, $0.y, $0.width, $0.height) < ($1.x, $1.y, $1.width, $1.height) }
    }

    /// The middle of `values` once sorted (the upper one of an even count); nil when there are none.
    static func middle(_ values: [Int]) -> Int? {
        values.isEmpty ? nil : values.sorted()[values.count / 2]
    }

    /// True when `b` starts at most a word space after `a` ends, on the same rows, with letters
    /// of about the same height and ink of the same kind.
    private static func continues(_ a: TextCandidate, _ b: TextCandidate) -> Bool {
        let height = max(a.characterHeight, b.characterHeight)
        let rows = min(a.box.maxY, b.box.maxY) - max(a.box.y, b.box.y)
        return a.ink == b.ink && b.box.x >= a.box.x && b.box.x - a.box.maxX <= height * 8 / 5
            && 5 * rows >= 3 * min(a.box.height, b.box.height)
            && 10 * abs(a.characterHeight - b.characterHeight) <= 3 * height
    }

    /// Where the same text was found twice (yellow text is both bright and coloured; a line
    /// carried on over its neighbour's ink), merges the candidates: the better-scoring one's
    /// channel is read, and every component of both is kept so coverage does not depend on which
    /// one won. A duplicate inside the better one's box (a gap between letters carried over
    /// texture, found in the other map), or soft chroma, leaves its box and carried stretches as
    /// they are.
    static func removingDuplicates(_ candidates: [TextCandidate]) -> [TextCandidate] {
        // Of two equally text-like channels, the one with more letters is read (black text's
        // bright map holds only the gaps between its letters).
        let ordered = candidates.sorted { ($0.score, $0.letterCount) > ($1.score, $1.letterCount) }
        let sharpMarks = candidates.filter { !$0.softChroma }.flatMap(\.components)
        var kept: [TextCandidate] = []
        for candidate in ordered {
            if let index = kept.firstIndex(where: { other in
                let a = other.box, b = candidate.box
                let rows = min(a.maxY, b.maxY) - max(a.y, b.y)
                // The same line: most of the smaller box inside the other, on the same rows (a
                // union across lines would blank the space between them).
                return 2 * rows >= min(a.height, b.height)
                    && max(a.height, b.height) <= 2 * min(a.height, b.height)
                    && a.intersection(b).area * 10 >= 3 * min(a.area, b.area)
            }) {
                var merged = kept[index]
                // Soft chroma runs letters together into blobs across words and lines: only its
                // marks where no other line has any (a letter the other channel lost in speckle)
                // are added.
                let added = !candidate.softChroma ? candidate.components
                    : candidate.components.filter { mark in !sharpMarks.contains { $0.intersects(mark) } }
                merged.components = inReadingOrder(Array(Set(merged.components + added)))
                merged.faintParts = inReadingOrder(Array(Set(merged.faintParts + candidate.faintParts)))
                if !candidate.softChroma && merged.box.intersection(candidate.box) != candidate.box {
                    merged.box = merged.box.union(candidate.box)
                    merged.carried = []
                    merged.found = FoundSpan.joining(kept[index], candidate)
                }
                kept[index] = merged
            } else {
                kept.append(candidate)
            }
        }
        return kept
    }

    /// Thresholds a stroke map, finds components, keeps as seeds those that look like rendered
    /// characters on their own (sharp edges, flat surroundings, ink on the right side of the
    /// background), groups seeds into lines and grows each line over neighbouring components of
    /// the same height and ink level, so text that runs on over anatomy or speckle stays whole.
    func lines(in strokes: GreyImage, threshold: UInt8, kind: InkKind, luma: GreyImage,
               within area: PixelRect?) -> [TextCandidate] {
        let width = strokes.width, height = strokes.height
        var mask = strokes.pixels.map { $0 >= threshold }
        if let area {
            let a = area.clipped(columns: width, rows: height)
            for y in 0..<height where y < a.y || y >= a.maxY {
                for x in 0..<width { mask[y * width + x] = false }
            }
            for y in a.y..<a.maxY {
                for x in 0..<width where x < a.x || x >= a.maxX { mask[y * width + x] = false }
            }
        }
        let measure = InkMeasure(strokes: strokes, image: luma, threshold: threshold, dark: kind == .dark)
        var characters: [Component] = [], features: [InkFeatures] = []
        for component in ConnectedComponents.find(in: mask, width: width, height: height) {
            let shaped = isCharacterLike(component, in: mask, width: width)
            if shaped {
                characters.append(component)
                features.append(measure.features(of: component.box))
            }
            // A component that is no seed may be letters joined to a region of ink nearly as dark
            // (bright) as theirs (`peeled`). Its pieces count only as letters: two or more seeds of
            // one height, each with a quarter of its surroundings ground (in texture, a piece is
            // all but surrounded by ink of some level: a tenth or less is ground).
            guard !shaped || features.last?.isSeed != true else { continue }
            let letters = peeled(component, mask: mask, measure: measure)
                .map { ($0, measure.features(of: $0.box)) }.filter { $0.1.isSeed && 4 * $0.1.groundShare >= 1 }
            guard letters.count >= 2, TextLineFinder.ofTypicalHeight(letters.map(\.0.box)).count == letters.count else { continue }
            characters += letters.map(\.0)
            features += letters.map(\.1)
        }
        let seedIndices = characters.indices.filter { features[$0].isSeed }
        let seedLevels = Dictionary(seedIndices.map { (characters[$0].box, features[$0].inkLevel) }) { first, _ in first }
        let groups = groupIntoLines(seedIndices.map { characters[$0].box }, keepingTall: true).flatMap { group -> [[PixelRect]] in
            guard isTall(group) else { return separatingOddSizes(group) }
            // A chain of texture grains can run from the image into a line of text beside it
            // (a settings line under the fan): text is drawn in one colour, the grains are not.
            return TextLineFinder.levelClusters(group, levels: seedLevels, gap: Int(threshold) / 2)
                .flatMap { groupIntoLines($0) }.flatMap { separatingOddSizes($0) }
        }
        let seedPolarities = Dictionary(seedIndices.map { (characters[$0].box, features[$0].polarity) }) { first, _ in first }
        let seedCores = Dictionary(seedIndices.map { (characters[$0].box, features[$0].coreLevel) }) { first, _ in first }
        let others = characters.indices.filter { !features[$0].isSeed }.map { (box: characters[$0].box, level: features[$0].inkLevel) }
        // Seeds no line took (too tall for the line they stand in): a capital whose stem kept its
        // contrast on a panel where its line's lower-case letters only show their upper halves.
        let grouped = Set(groups.joined())
        let leftOut = seedIndices.filter { !grouped.contains(characters[$0].box) }
            .map { (box: characters[$0].box, level: features[$0].inkLevel) }
        // Chroma has no panel near an extreme to run onto.
        let faint = groups.isEmpty || kind == .colour ? nil
            : FaintInk(strokes: strokes, image: luma, threshold: threshold, dark: kind == .dark, shaped: { isCharacterLike($0, in: $1, width: width) })
        func candidate(_ seeds: [PixelRect]) -> TextCandidate? {
            let inkLevel = TextLineFinder.middle(seeds.compactMap { seedLevels[$0] }) ?? 0
            let characterHeight = TextLineFinder.middle(seeds.map(\.height)) ?? 0
            var grown = grow(seeds, characterHeight: characterHeight, inkLevel: inkLevel, tolerance: Int(threshold), others: others)
            let core = PixelRect.bounding(grown)
            // Two marks of uneven height are not carried on (grains along the edge of a sector,
            // where letters of one line have about the same height). A lone mark is carried only
            // where its line stands out of the texture as text does (`extend`, standing out): one
            // speckle grain could otherwise run across the whole fan. It is the first letter of a
            // name on the black border whose other letters run on over the image.
            let carried = seeds.count > 2 || (seeds.count == 2 && TextLineFinder.ofTypicalHeight(seeds).count == 2)
            let lone = seeds.count == 1
            var extended = !carried && !lone ? core
                : extend(core, characterHeight: characterHeight, inkLevel: inkLevel, darkInk: kind == .dark,
                         strokes: strokes, image: luma, threshold: threshold, standingOut: lone)
            // A lone mark carried less than a few letters' width has shown no line: it stays as found.
            if lone && extended.width - core.width < TextLineFinder.loneCarryLetters * characterHeight { extended = core }
            var carriedSpans: [PixelRect] = []
            if extended.x < core.x { carriedSpans.append(PixelRect(minX: extended.x, minY: core.y, maxX: core.x, maxY: core.maxY)) }
            if extended.maxX > core.maxX { carriedSpans.append(PixelRect(minX: core.maxX, minY: core.y, maxX: extended.maxX, maxY: core.maxY)) }
            grown += carriedSpans
            let (score, softChroma) = lineScore(seeds: seeds, polarity: seedPolarities, characterHeight: characterHeight,
                                                box: extended, measure: measure, chroma: kind == .colour)
            guard score >= minimumScore else { return nil }
            var candidate = TextCandidate(box: extended, components: grown, ink: kind, score: score,
                                          characterHeight: characterHeight)
            candidate.softChroma = softChroma
            let coreLevel = TextLineFinder.middle(seeds.compactMap { seedCores[$0] }) ?? inkLevel
            candidate.coreLevel = coreLevel
            // A lone mark's stretches are read on its ink level alone (the recogniser cannot read
            // letters among speckle); longer lines are read as found, as their keeping is judged.
            let inkRange = TextLineFinder.inkRange(level: inkLevel, threshold: threshold, dark: kind == .dark)
            candidate.carried = !lone ? [] : carriedSpans.map { CarriedStretch(box: $0, inkRange: inkRange) }
            candidate.found = lone || carriedSpans.isEmpty ? nil : FoundSpan(box: core)
            // The box stays; faint parts of the letters widen what is covered and what is read
            // (`LineReader`). They are taken on the letters' core level (rims raise the median)
            // and must touch a seed (marks grown over may be the ground between other ink).
            if let faint, let contrast = TextLineFinder.middle(seeds.compactMap { seedPolarities[$0] }) {
                candidate.faintParts = faint.continuing(seeds, box: extended, characterHeight: characterHeight,
                                                        inkLevel: coreLevel, contrast: contrast)
                // Completed by their faint parts, the letters are taller than the line's marks:
                // marks of that height beside the line are its letters too.
                let completed = PixelRect.bounding(grown + candidate.faintParts)
                if completed.height > core.height {
                    let parts = grown + candidate.faintParts
                    let regrown = grow(parts, characterHeight: completed.height, inkLevel: inkLevel,
                                       tolerance: Int(threshold), others: leftOut)
                    candidate.components += regrown.filter { !parts.contains($0) }
                }
            }
            return candidate
        }
        return groups.flatMap { seeds -> [TextCandidate] in
            if let line = candidate(seeds) { return [line] }
            // Text beside the edge of a sector picks up the edge's grains as seeds, whose ramps
            // make the whole group soft: text is drawn in one colour, so seeds of one ink level
            // are tried on their own.
            let levels = TextLineFinder.levelClusters(seeds, levels: seedLevels, gap: Int(threshold) / 2)
            guard levels.count > 1 else { return [] }
            return levels.filter { $0.count >= 2 }.flatMap { groupIntoLines($0) }.compactMap { candidate($0) }
        }
    }

    /// The pieces of a component (no seed) at the level of its core: letters that touch a region
    /// of ink almost as far from the ground as theirs (black letters whose tops reach a dark
    /// image) are one component with it, and where most of it lies at least half the stroke
    /// threshold short of its core, the pixels nearer the core than that are the letters. Each
    /// piece is shaped like a character; none when the component is of one level or too tall
    /// for two lines of letters or too short to hold a seed. `measure` gives the channel and the
    /// ink's kind and threshold.
    func peeled(_ component: Component, mask: [Bool], measure: InkMeasure) -> [Component] {
        let box = component.box, image = measure.image, width = image.width
        let dark = measure.dark, threshold = Int(measure.threshold)
        guard box.height >= InkMeasure.seedHeight, box.height <= 2 * characterHeights.upperBound else { return [] }
        var histogram = [Int](repeating: 0, count: 256)
        for y in box.y..<box.maxY {
            for x in box.x..<box.maxX where mask[y * width + x] { histogram[Int(image.pixels[y * width + x])] += 1 }
        }
        let bulk = TextLineFinder.median(of: histogram)
        // The letters may be a small part of it; the region they touch is of one level (texture,
        // whose levels spread, is not split).
        let core = TextLineFinder.quantile(of: histogram, share: dark ? 0.02 : 0.98)
        guard 2 * abs(bulk - core) >= threshold, measure.plainShare(histogram, around: bulk) >= 0.6 else { return [] }
        let cut = (bulk + core) / 2
        var local = [Bool](repeating: false, count: box.width * box.height)
        for y in box.y..<box.maxY {
            for x in box.x..<box.maxX where mask[y * width + x] {
                let value = Int(image.pixels[y * width + x])
                local[(y - box.y) * box.width + x - box.x] = dark ? value <= cut : value >= cut
            }
        }
        return ConnectedComponents.find(in: local, width: box.width, height: box.height)
            .filter { ($0.box.width, $0.box.height) != (box.width, box.height) && isCharacterLike($0, in: local, width: box.width) }
            .map { Component(box: $0.box.offsetBy(dx: box.x, dy: box.y), pixelCount: $0.pixelCount) }
    }

    /// `seeds` split where their ink levels (`levels`), in order, jump by more than `gap`.
    static func levelClusters(_ seeds: [PixelRect], levels: [PixelRect: Int], gap: Int) -> [[PixelRect]] {
        let ordered = seeds.sorted { (levels[$0] ?? 0) < (levels[$1] ?? 0) }
        var clusters: [[PixelRect]] = []
        var last: Int?
        for seed in ordered {
            let level = levels[seed] ?? 0
            if let previous = last, level - previous <= gap { clusters[clusters.count - 1].append(seed) } else { clusters.append([seed]) }
            last = level
        }
        return clusters
    }

    /// A group much taller than its typical character has picked up something else (a curve,
    /// a ruler, a neighbouring line). First only the components too tall for a line are left
    /// out (a letter joined to a panel's edge), which keeps a label in a larger font than its
    /// value whole, if that leaves lines of even height; otherwise only the components of the
    /// typical height are regrouped.
    func separatingOddSizes(_ group: [PixelRect]) -> [[PixelRect]] {
        let typical = TextLineFinder.middle(group.map(\.height)) ?? 0
        let box = PixelRect.bounding(group)
        guard box.height > 2 * typical + 2 else { return [group] }
        let regrouped = groupIntoLines(group.filter { $0.height <= 2 * typical + 2 })
        if !regrouped.isEmpty && regrouped.allSatisfy({ TextLineFinder.ofTypicalHeight($0).count == $0.count }) {
            return regrouped
        }
        let kept = TextLineFinder.ofTypicalHeight(group).filter { $0.width <= 3 * typical }
        guard !kept.isEmpty, kept.count < group.count else { return [group] }
        return groupIntoLines(kept)
    }

    /// The boxes of `group` within two fifths of its typical (middle) height.
    static func ofTypicalHeight(_ group: [PixelRect]) -> [PixelRect] {
        let typical = middle(group.map(\.height)) ?? 0
        return group.filter { abs($0.height - typical) * 5 <= typical * 2 }
    }

    /// Adds the components beside a line that share its rows, height and ink level.
    func grow(_ seeds: [PixelRect], characterHeight: Int, inkLevel: Int, tolerance: Int,
              others: [(box: PixelRect, level: Int)]) -> [PixelRect] {
        var line = seeds
        var band = PixelRect.bounding(seeds)
        let reach = max(3, characterHeight * 3 / 2)
        var used = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for (index, other) in others.enumerated() where !used.contains(index) {
                let b = other.box
                // Small marks (dots, commas, colons) are much fainter once anti-aliased: any ink
                // inside the line's rows and reach will do.
                let allowed = b.height * 2 <= characterHeight ? 255 : tolerance
                guard b.height <= characterHeight * 3 / 2 + 1, abs(other.level - inkLevel) <= allowed else { continue }
                // Commas and descender-like marks hang below the line: a small mark needs only a
                // third of its rows inside the line's.
                let overlap = min(b.maxY, band.maxY) - max(b.y, band.y)
                let needed = b.height * 2 <= characterHeight ? b.height / 3 : min(b.height, band.height) * 3 / 5
                guard overlap >= max(1, needed) else { continue }
                let gap = b.x >= band.maxX ? b.x - band.maxX : band.x >= b.maxX ? band.x - b.maxX : 0
                guard gap <= reach else { continue }
                line.append(b)
                band = band.union(PixelRect(x: b.x, y: band.y, width: b.width, height: band.height))
                used.insert(index)
                changed = true
            }
        }
        return line.sorted { $0.x < $1.x }
    }

    /// The line's box carried left and right over columns that hold ink of the line's level in
    /// its rows: where text runs on over anatomy or speckle, its letters merge with the texture
    /// into components that are no longer letter-shaped, but their ink is still the text's. It
    /// stops where the line's rows hold little more such ink per row than the quieter of the
    /// bands just above and below it (the texture itself). Where the line runs from a grey panel
    /// onto a black one (or a white one), its dark (bright) letters keep only part of their
    /// contrast there: half the stroke threshold will do for ink at least as far from the
    /// background as the line's own. It crosses gaps of up to two word spaces ("Birth:  2011-12-21",
    /// the date's letters merged with speckle). Ink whose rim ramps (a skull, the bright top rows
    /// of an ultrasound fan) is not text and does not carry the line: rendered glyphs step crisply.
    /// `standingOut` (a lone mark) asks much more: ink of the line's level far denser than in
    /// either band, over rough ground, apart from the texture's levels, with letter-tall strokes.
    func extend(_ box: PixelRect, characterHeight: Int, inkLevel: Int, darkInk: Bool, strokes: GreyImage,
                image: GreyImage, threshold: UInt8, standingOut: Bool = false) -> PixelRect {
        let reach = max(3, 2 * characterHeight + 2)
        let limit = 30 * characterHeight
        let inkRange = TextLineFinder.inkRange(level: inkLevel, threshold: threshold, dark: darkInk)
        let faint = threshold / 2
        let tolerance = max(1, Int(threshold) / 2)
        let nearRange = darkInk ? (inkRange.upperBound + 1)...(inkRange.upperBound + tolerance)
            : (inkRange.lowerBound - tolerance)...(inkRange.lowerBound - 1)
        let band = max(2, characterHeight / 2)
        // One row either side is left out: anti-aliased edges of the line's own letters.
        let above = max(0, box.y - 1 - band)..<max(0, box.y - 1)
        let below = min(image.height, box.maxY + 1)..<min(image.height, box.maxY + 1 + band)
        let columns = max(0, box.x - limit)..<min(image.width, box.maxX + limit)
        let width = image.width
        func isInk(_ i: Int) -> Bool {
            return strokes.pixels[i] >= faint && inkRange.contains(Int(image.pixels[i]))
        }
        /// What one column holds: ink on the line's rows and in the bands just above and below; of
        /// the line's ink, the pixels beside ground (the rim), those that step crisply (by at least
        /// half their stroke contrast) to a neighbour, and the longest vertical run; of the line's
        /// ground, the pixels that differ from their right neighbour (texture) and those just short
        /// of the ink's level.
        struct Column {
            var line = 0, above = 0, below = 0, rim = 0, crisp = 0, run = 0, rough = 0, near = 0
        }
        func inkCount(_ x: Int, _ rows: Range<Int>) -> Int {
            rows.reduce(0) { $0 + (isInk($1 * width + x) ? 1 : 0) }
        }
        func measure(_ x: Int) -> Column {
            var column = Column(above: inkCount(x, above), below: inkCount(x, below))
            var run = 0
            for y in box.y..<box.maxY {
                let i = y * width + x
                let value = Int(image.pixels[i])
                guard isInk(i) else {
                    run = 0
                    // Only a lone mark's walk looks at the ground.
                    guard standingOut else { continue }
                    if x + 1 < width, abs(value - Int(image.pixels[i + 1])) > 8 { column.rough += 1 }
                    if nearRange.contains(value) { column.near += 1 }
                    continue
                }
                run += 1
                column.run = max(column.run, run)
                column.line += 1
                guard x > 0, x + 1 < width, y > 0, y + 1 < image.height,
                      !isInk(i - 1) || !isInk(i + 1) || !isInk(i - width) || !isInk(i + width) else { continue }
                column.rim += 1
                let step = max(abs(value - Int(image.pixels[i - 1])), abs(value - Int(image.pixels[i + 1])),
                               abs(value - Int(image.pixels[i - width])), abs(value - Int(image.pixels[i + width])))
                if 2 * step >= Int(strokes.pixels[i]) { column.crisp += 1 }
            }
            return column
        }
        // Columns measured when first needed: the walk usually stops long before the limit.
        var counts = [Column?](repeating: nil, count: columns.count)
        func ink(_ x: Int) -> Column {
            let i = x - columns.lowerBound
            if let known = counts[i] { return known }
            let measured = measure(x)
            counts[i] = measured
            return measured
        }
        // Column x holds ink, and over the next character's width of columns (in the direction
        // `step`) the line's rows hold more ink per row than the quieter band (text between a
        // black border and the image has texture on one side only).
        func continues(_ x: Int, step: Int) -> Bool {
            guard ink(x).line > 0 else { return false }
            var inLine = 0, over = 0, under = 0, rough = 0, near = 0, run = 0, column = x
            while columns.contains(column) && abs(column - x) < characterHeight {
                let counted = ink(column)
                inLine += counted.line; over += counted.above; under += counted.below; rough += counted.rough
                near += counted.near
                column += step
            }
            let window = abs(column - x)
            // Within a character's width either side, a sixth of the rim crisp (anti-aliased
            // glyphs have about a third; a blurred edge has none).
            var rim = 0, crisp = 0
            for column in max(columns.lowerBound, x - characterHeight)..<min(columns.upperBound, x + characterHeight + 1) {
                rim += ink(column).rim; crisp += ink(column).crisp; run = max(run, ink(column).run)
            }
            guard crisp > 0, 6 * crisp >= rim else { return false }
            // Ink per row in the line at least 5/4 of that in the quieter band (ink per row is
            // count / rows; the bands are compared by cross-multiplying).
            let quieter = min(over * below.count, under * above.count)
            let louder = max(over * below.count, under * above.count)
            let rows = above.count * below.count
            if standingOut {
                // Over the window, at least four times as much ink per row as either band and an
                // eighth of it inked; the ground between rough (texture, not a plain panel of
                // buttons); under a third as many pixels just short of the ink's level as at it
                // (speckle that reaches the level has many); a stroke half a letter tall nearby.
                let ground = window * box.height - inLine
                return rows > 0 && inLine * rows >= 4 * louder * box.height && 8 * inLine >= characterHeight * box.height
                    && 4 * rough >= ground && 3 * near <= inLine && 2 * run >= characterHeight
            }
            return rows == 0 || 4 * inLine * rows >= 5 * quieter * box.height
        }
        var right = box.maxX, x = box.maxX, gap = 0
        while x < columns.upperBound && gap <= reach {
            if continues(x, step: 1) { right = x + 1; gap = 0 } else { gap += 1 }
            x += 1
        }
        var left = box.x
        x = box.x - 1; gap = 0
        while x >= columns.lowerBound && gap <= reach {
            if continues(x, step: -1) { left = x; gap = 0 } else { gap += 1 }
            x -= 1
        }
        return PixelRect(minX: left, minY: box.y, maxX: right, maxY: box.maxY)
    }

    /// The channel values `extend` takes for ink of `level`: within half the stroke threshold of it,
    /// or further from the background.
    static func inkRange(level: Int, threshold: UInt8, dark: Bool) -> ClosedRange<Int> {
        let tolerance = Int(threshold) / 2
        return dark ? 0...min(255, max(0, level + tolerance)) : min(255, max(0, level - tolerance))...255
    }

    /// How much a group of seeds looks like a line of text, 0...1, and whether it passes only as
    /// soft chroma (`chroma`: the seeds are in the chroma channel; see `TextCandidate.softChroma`).
    func lineScore(seeds: [PixelRect], polarity: [PixelRect: Int], characterHeight: Int, box: PixelRect,
                   measure: InkMeasure, chroma: Bool = false) -> (score: Double, softChroma: Bool) {
        guard box.height <= 2 * characterHeight + 2 else {
            return (0, false)
        }
        let regular = seeds.filter { abs($0.height - characterHeight) <= max(2, characterHeight / 3) }.count
        let regularity = Double(regular) / Double(seeds.count)
        if seeds.count == 1 {
            // A lone mark must be letter-sized and crisp on a clean background; a small one
            // crisper, as speckle grains are small, unless its ground is all but uniform (a
            // 10-pt preset name, its letters run together, on black).
            let f = measure.features(of: seeds[0])
            let crisp = characterHeight >= TextLineFinder.smallMark ? 0.5
                : f.flatness >= TextLineFinder.uniformGround ? 0.62 : 0.7
            return (characterHeight >= 6 && f.sharpness >= crisp && f.flatness >= 0.8 ? 0.8 : 0, false)
        }
        // Rendered glyphs step from background to ink within a pixel or two; speckle ramps.
        if isSharp(seeds, measure: measure) || crossesPanelEdge(seeds, polarity: polarity, measure: measure) {
            return (0.6 + 0.4 * regularity, false)
        }
        // Chroma is often stored at half the resolution (4:2:2), which spreads its steps over two
        // pixels: softer coloured marks are text, but only just (see `TextCandidate.softChroma`).
        let soft = chroma && isSharp(seeds, measure: measure, share: TextLineFinder.chromaSharpShare)
        return (soft ? minimumScore : 0, soft)
    }

    /// Height under which a lone mark is small (asked to be crisper: speckle grains are small).
    static let smallMark = 9
    /// Flatness of a ground all but uniform (black around annotation, not speckle).
    static let uniformGround = 0.95

    /// Share of the strongest ink's contrast the typical rim step of rendered glyphs reaches.
    static let sharpShare = 0.55
    /// The same in the chroma channel of an image whose chroma may be subsampled.
    static let chromaSharpShare = 0.45

    /// True when the seeds' rim steps are mostly near the strongest ink among them (at least
    /// `share` of it): rendered glyphs step from background to ink within a pixel or two, speckle ramps.
    func isSharp(_ seeds: [PixelRect], measure: InkMeasure, share: Double = TextLineFinder.sharpShare) -> Bool {
        let box = PixelRect.bounding(seeds)
        return TextLineFinder.edgeSharpness(area: box, strokes: measure.strokes, image: measure.image,
                                            threshold: measure.threshold).peakShare >= share
    }

    /// A line that runs from one panel onto another (white text from black onto grey) has each
    /// part's steps scaled to that part's contrast, so the whole line looks soft: true when the
    /// seeds split, left and right, into two runs of clearly different contrast (at least 4:3)
    /// that are each sharp.
    func crossesPanelEdge(_ seeds: [PixelRect], polarity: [PixelRect: Int], measure: InkMeasure) -> Bool {
        guard seeds.count >= 3 else { return false }
        let ordered = seeds.sorted { $0.x < $1.x }
        let contrasts = ordered.map { max(polarity[$0] ?? 0, 1) }
        func mean(_ part: ArraySlice<Int>) -> Double { Double(part.reduce(0, +)) / Double(part.count) }
        let split = (1...(ordered.count - 1)).max { i, j in
            abs(mean(contrasts[..<i]) - mean(contrasts[i...])) < abs(mean(contrasts[..<j]) - mean(contrasts[j...]))
        } ?? 1
        let left = mean(contrasts[..<split]), right = mean(contrasts[split...])
        guard 3 * max(left, right) >= 4 * min(left, right) else { return false }
        return isSharp(Array(ordered[..<split]), measure: measure) && isSharp(Array(ordered[split...]), measure: measure)
    }

    /// Plausible as (part of) a character of `mask` (`width` pixels wide): not too small, not a
    /// long line, not a big blob without counters.
    func isCharacterLike(_ c: Component, in mask: [Bool], width: Int) -> Bool {
        let w = c.box.width, h = c.box.height
        guard h <= characterHeights.upperBound, w <= 4 * characterHeights.upperBound else { return false }
        guard c.pixelCount >= 3 || (w >= 2 && h >= 2) else { return false }
        // Long thin rules (ruler lines, borders) and solid blocks are not text.
        if w > 12 * max(h, 1) && h < 4 { return false }
        // A long thin curve (the edge of a CT table, an arc of the fan) crosses its box with a few
        // pixels per column; letters run together fill a quarter of theirs or more. Letters run
        // into one end of the curve ("mA" touching a CT table) fill more, but three quarters of
        // the columns still hold the curve alone, at most a third of the box's rows.
        if w >= 8 * h && (4 * c.pixelCount < w * h || 4 * thinColumns(c.box, in: mask, width: width) >= 3 * w) {
            return false
        }
        if h > 8 * max(w, 1) && w < 3 && h > characterHeights.lowerBound * 4 { return false }
        let fill = Double(c.pixelCount) / Double(max(w * h, 1))
        if fill > 0.92 && w * h > 64 { return false }
        // Filled round blobs (anatomy) rather than strokes; bold letters ("DO", a bold "M") are as
        // full, but hold counters or gaps between their legs.
        if w >= 12 && h >= 12 && fill > 0.7 && 10 * groundBetweenStrokes(c.box, in: mask, width: width) < w * h { return false }
        return true
    }

    /// The columns of `box` in which at most a third of its rows are on the mask.
    func thinColumns(_ box: PixelRect, in mask: [Bool], width: Int) -> Int {
        (box.x..<box.maxX).reduce(0) { thin, x in
            let inked = (box.y..<box.maxY).reduce(0) { $0 + (mask[$1 * width + x] ? 1 : 0) }
            return thin + (3 * inked <= box.height ? 1 : 0)
        }
    }

    /// The pixels of `box` off the mask that have mask pixels on both sides along their row
    /// within the box: the counters of letters and the gaps between their legs ("M", "R"); none
    /// in a round blob, nor in the ground between two blocks (whose bays open to its sides).
    func groundBetweenStrokes(_ box: PixelRect, in mask: [Bool], width: Int) -> Int {
        var between = 0
        for y in box.y..<box.maxY {
            let row = y * width
            guard let first = (box.x..<box.maxX).first(where: { mask[row + $0] }),
                  let last = (box.x..<box.maxX).last(where: { mask[row + $0] }) else { continue }
            for x in first..<last where !mask[row + x] { between += 1 }
        }
        return between
    }

    /// True when `group`'s box is taller than two of the largest characters: no line of text.
    func isTall(_ group: [PixelRect]) -> Bool {
        PixelRect.bounding(group).height > characterHeights.upperBound * 2
    }

    /// Groups components whose boxes sit side by side on one line; groups too short for a
    /// character are left out, and so are those too tall for a line unless `keepingTall`.
    func groupIntoLines(_ unsorted: [PixelRect], keepingTall: Bool = false) -> [[PixelRect]] {
        let boxes = unsorted.sorted { $0.x < $1.x }
        var parent = Array(0..<boxes.count)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for i in 0..<boxes.count {
            let a = boxes[i]
            var j = i + 1
            while j < boxes.count {
                let b = boxes[j]
                let scale = max(a.height, b.height, characterHeights.lowerBound)
                if b.x > a.maxX + 2 * scale { break }
                let overlap = min(a.maxY, b.maxY) - max(a.y, b.y)
                let smaller = min(a.height, b.height)
                let similar = max(a.height, b.height) <= 3 * max(smaller, 2) || smaller <= 4
                // Small marks (dots, hyphens) join only when they sit within the other's rows.
                let enough = smaller <= 4 ? smaller : max(1, smaller / 2)
                if overlap >= enough && similar && b.x - a.maxX <= Int(1.6 * Double(scale)) {
                    let ra = root(i), rb = root(j)
                    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                }
                j += 1
            }
        }
        var groups: [Int: [PixelRect]] = [:]
        for i in 0..<boxes.count { groups[root(i), default: []].append(boxes[i]) }
        // In reading order, so the same image always gives the same lines in the same order.
        let ordered = groups.keys.sorted().compactMap { groups[$0] }
            .sorted { ($0[0].y, $0[0].x) < ($1[0].y, $1[0].x) }
        return ordered.filter { group in
            let box = PixelRect.bounding(group)
            return box.height >= characterHeights.lowerBound - 1 && (keepingTall || !isTall(group))
        }
    }

    /// The value with the most counts in a +-10 window.
    static func mode(of histogram: [Int]) -> Int {
        var window = histogram[0...10].reduce(0, +)
        var best = 0, bestCount = window
        for value in 1..<histogram.count {
            if value + 10 < histogram.count { window += histogram[value + 10] }
            if value - 11 >= 0 { window -= histogram[value - 11] }
            if window > bestCount { best = value; bestCount = window }
        }
        return best
    }

    /// The median value of a histogram.
    static func median(of histogram: [Int]) -> Int {
        quantile(of: histogram, share: 0.5)
    }

    /// The least value of a histogram with at least `share` of its count at or below it.
    static func quantile(of histogram: [Int], share: Double) -> Int {
        let total = Double(histogram.reduce(0, +))
        var seen = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if Double(seen) >= share * total { return value }
        }
        return 0
    }

    /// How abruptly ink meets its background: rendered text steps from background to ink within
    /// a pixel or two; speckle and anatomy ramp up slowly.
    struct EdgeSharpness {
        /// The typical rim step as a share of the strongest stroke's contrast.
        var peakShare: Double
        /// The typical rim step as a share of the contrast where it is (text straddling a panel
        /// edge has half its contrast on one side).
        var localShare: Double
    }

    /// The edge sharpness of the ink in `area` (the upper quartile of its rim pixels' steps).
    static func edgeSharpness(area: PixelRect, strokes: GreyImage, image: GreyImage, threshold: UInt8) -> EdgeSharpness {
        var steps: [Int] = [], localSteps: [Int] = []
        var peak = 0
        let width = image.width
        let quiet = threshold / 2
        let none = EdgeSharpness(peakShare: 0, localShare: 0)
        let region = area.insetBy(dx: -1, dy: -1).intersection(PixelRect(x: 1, y: 1, width: width - 2, height: image.height - 2))
        guard !region.isEmpty else { return none }
        strokes.pixels.withUnsafeBufferPointer { s in
            image.pixels.withUnsafeBufferPointer { p in
                for y in region.y..<region.maxY {
                    let row = y * width
                    for x in region.x..<region.maxX where s[row + x] >= quiet {
                        peak = max(peak, Int(s[row + x]))
                        // Only the rim of the ink: pixels with a background neighbour.
                        let i = row + x
                        guard s[i - 1] < quiet || s[i + 1] < quiet || s[i - width] < quiet || s[i + width] < quiet else {
                            continue
                        }
                        let value = Int(p[i])
                        let step = max(abs(value - Int(p[i - 1])), abs(value - Int(p[i + 1])),
                                       abs(value - Int(p[i - width])), abs(value - Int(p[i + width])))
                        steps.append(step)
                        localSteps.append(step * 255 / max(Int(s[row + x]), 1))
                    }
                }
            }
        }
        guard peak > 0, !steps.isEmpty else { return none }
        steps.sort()
        localSteps.sort()
        let quartile = steps.count * 3 / 4
        return EdgeSharpness(peakShare: Double(steps[quartile]) / Double(peak),
                             localShare: Double(localSteps[quartile]) / 255)
    }


}
