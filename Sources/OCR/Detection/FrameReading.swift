import PixelIO

/// The text of one frame's candidate lines: OCR words, with every stroke of the candidate
/// covered either by a word's box or by an unread region.
struct FrameReading: Sendable {
    /// A candidate and what was read in it.
    struct Line: Sendable {
        var candidate: TextCandidate
        var words: [RecognizedWord]
        var unread: [PixelRect]

        /// The same line moved by (dx, dy).
        func offsetBy(dx: Int, dy: Int) -> Line {
            var line = self
            line.candidate.box = candidate.box.offsetBy(dx: dx, dy: dy)
            line.candidate.components = candidate.components.map { $0.offsetBy(dx: dx, dy: dy) }
            line.candidate.faintParts = candidate.faintParts.map { $0.offsetBy(dx: dx, dy: dy) }
            line.candidate.unseenEnds = candidate.unseenEnds.map { $0.offsetBy(dx: dx, dy: dy) }
            line.candidate.carried = candidate.carried.map { $0.offsetBy(dx: dx, dy: dy) }
            if let found = candidate.found { line.candidate.found?.box = found.box.offsetBy(dx: dx, dy: dy) }
            line.words = words.map { var word = $0; word.box = word.box.offsetBy(dx: dx, dy: dy); return word }
            line.unread = unread.map { $0.offsetBy(dx: dx, dy: dy) }
            return line
        }
    }

    /// Pixels every covered box grows by: anti-aliased edges below the ink threshold lie just
    /// outside the components (more would blank the image around the text).
    static let coverPad = 1

    /// Lowest confidence at which a read word is kept as text.
    static let minimumConfidence = 20.0

    /// Confidence of the best word that makes a line read text.
    static let readConfidence = 60.0
    /// Letter-height components a line must hold to be kept when nothing in it reads well.
    static let unreadLetters = 4
    /// Widest mark, in character heights, kept unread however little of it reads: a laterality
    /// or orientation letter, a probe name (the recogniser reads lone letters badly).
    static let compactWidth = 4
    /// Line score (see `TextLineFinder.lineScore`) of marks so clean-edged on so flat a ground
    /// that two or more of them are kept unread: "1.5 T" on black is no speckle.
    static let cleanScore = 0.95
    /// Flatness (see `GroundFlatness`) the ground above and below a compact mark must have: a
    /// lone letter is rendered on a plain ground, while a speckle grain at the edge of an
    /// ultrasound sector has texture on one side. (Beside it the ground is not asked to be plain:
    /// a lead marker at the edge of a radiograph has film grain on one side. Lines of two or more
    /// clean marks are not held to it either: their box runs on over texture where text does.)
    static let plainGround = 0.75
    /// Flatness of a ground above and below a line with nothing else on it (annotation on black
    /// or on a plain panel).
    static let cleanGround = 0.95
    /// Letters (marks, and characters read) and confidence of a line that is kept though it reads
    /// only partly well, when it lies on a clean ground: "+17cm" at 57 for "+ 1.7 cm".
    static let partlyReadLetters = 3
    static let partlyReadConfidence = 40.0
    /// Characters of a partly read word (not all texture letters) that keep such a line however
    /// few of its marks have the letter height ("Birth:" at 48, its lower-case letters shorter
    /// and its end cut off by a black image edge).
    static let partlyReadWordLetters = 4
    /// Letters the recogniser makes of speckle and tissue edges ("SSS", "Sse", "eS").
    static let textureGlyphs: Set<Character> = ["S", "s", "e", "E"]
    /// Glyphs a ring or crescent in the anatomy reads as (a vertebra, a vessel, the skull in section;
    /// "e" for a ring with a fleck inside).
    static let roundGlyphs: Set<Character> = ["O", "o", "0", "Q", "D", "@", "C", "c", "e"]

    /// Reads every candidate (all of a frame's lines on one page; a line given no word there is
    /// read again alone). Rings and outlines of the anatomy (`isRing`) and texture (`keeps`)
    /// are dropped; a candidate nothing in which reads well is otherwise kept (as unread or
    /// low-confidence text) when it holds several letter-sized marks or is a compact mark of a
    /// few letters. Stretched texture words in a line that reads well are dropped with their marks.
    /// A line carried on over texture (`TextCandidate.found`) and dropped is read again as its
    /// marks were found when they lie on a plain ground, and kept if something there reads well.
    static func read(_ candidates: [TextCandidate], maps: StrokeMaps, channels: DisplayChannels,
                     engine: TesseractEngine, reader: LineReader) -> [Line] {
        lines(of: candidates, within: maps.bright.bounds) {
            reader.read($0, maps: maps, channels: channels, engine: engine)
        }
    }

    /// The lines kept of `candidates` (see `read`) in an image of `bounds`, given `recognise`,
    /// which reads candidates stacked on one page (the words of each, in order).
    static func lines(of candidates: [TextCandidate], within bounds: PixelRect,
                      recognise: ([TextCandidate]) -> [[RecognizedWord]]) -> [Line] {
        // Lines stacked on one page can hide one another (two rows merged into one crop gave no
        // word beside other lines): a line the page gave nothing for is read again on its own.
        func reading(_ lines: [TextCandidate]) -> [[RecognizedWord]] {
            guard !lines.isEmpty else { return [] }
            var words = recognise(lines)
            for index in words.indices where words[index].isEmpty {
                words[index] = recognise([lines[index]]).first ?? []
            }
            return words
        }
        let ring = ringHeight(imageHeight: bounds.height)
        func judged(_ candidate: TextCandidate, _ read: [RecognizedWord], mustReadWell: Bool = false) -> Line? {
            let usable = read.filter {
                $0.confidence >= minimumConfidence && !$0.characters.isEmpty
            }
            guard !mustReadWell || usable.contains(where: { $0.confidence >= readConfidence }),
                  !isRing(candidate, usable: usable, height: ring),
                  keeps(candidate, usable: usable, readAnything: !read.isEmpty) else { return nil }
            // Glyphs the recogniser made out but could not name (a date's last digits on speckle,
            // read at 5) are still text: their words cover as unread regions, apart from the text
            // judged, so a misread fragment never splits a name or an institution.
            let poorlyRead = read.filter {
                $0.confidence < minimumConfidence && !$0.characters.isEmpty
            }
            let texture = stretchedTexture(usable + poorlyRead, characterHeight: candidate.characterHeight)
            return cover(candidate, with: usable.filter { !texture.contains($0) }, within: bounds,
                         texture: texture.map(\.box), poorlyRead: poorlyRead.filter { !texture.contains($0) }.map(\.box))
        }
        var lines = zip(candidates, reading(candidates)).map { judged($0, $1) }
        // A line carried on over texture and dropped is judged again as its marks were found,
        // where they lie on a plain ground above and below (text beside a sector, not the
        // sector's rim), and kept if they read well there (speckle carried along a sector's edge
        // does not: the score it carries is the whole line's).
        let retried = lines.indices.compactMap { index -> (index: Int, line: TextCandidate)? in
            guard lines[index] == nil, let found = candidates[index].asFound, found.ground.isPlain(plainGround) else { return nil }
            return (index, found)
        }
        for (retry, read) in zip(retried, reading(retried.map(\.line))) {
            lines[retry.index] = judged(retry.line, read, mustReadWell: true)
        }
        return lines.compactMap { $0 }
    }

    /// The character height from which marks that read only as round glyphs are rings in the
    /// anatomy: a twentieth of the image (at least 24 pixels), far above annotation text, while
    /// the large lead markers of radiographs read as L or R.
    static func ringHeight(imageHeight: Int) -> Int {
        max(24, imageHeight / 20)
    }

    /// True when a candidate of ring height reads as nothing, or only as round glyphs ("O",
    /// "OQ", "0"): a vertebra or vessel in section, or an outline of the anatomy that touches
    /// text, not a word. The words that read well are judged, or when none does, every usable word.
    static func isRing(_ candidate: TextCandidate, usable: [RecognizedWord], height: Int) -> Bool {
        guard candidate.characterHeight >= height else { return false }
        let read = usable.filter { $0.confidence >= readConfidence }
        let judged = read.isEmpty ? usable : read
        return judged.allSatisfy { word in
            word.characters.allSatisfy { roundGlyphs.contains($0) }
        }
    }

    /// True when a candidate is kept, given its `usable` words (confident enough, with a letter
    /// or digit): some word reads well; or, nothing reading well and the line not lying on
    /// texture above and below, the line holds several letters, or is a compact mark on a plain
    /// ground, or is two or more letters of clean-edged ink on a flat ground, or is three or more
    /// letters on a clean ground that partly read (a word of three characters at 40), or is on a
    /// clean ground with a word of four characters read at 40 that are not all texture letters
    /// (however few of its marks have the letter height). A lone clean
    /// mark carried over texture (`TextCandidate.carried`: its line stands out of the texture as
    /// text does for a few letters) is kept unless it reads as texture. Any other line of which
    /// the recogniser made no word at all (`readAnything` false: not even on its own page) with
    /// texture above or below it is texture: the edge of an ultrasound sector or a reflector line
    /// across the speckle, not text on a plain panel that cannot be read. Otherwise it is texture.
    static func keeps(_ candidate: TextCandidate, usable: [RecognizedWord], readAnything: Bool = true) -> Bool {
        if readsAsTexture(usable) { return false }
        if !candidate.carried.isEmpty { return true }
        if !readAnything, candidate.ground.hasTexturedSide(plainGround) { return false }
        if !usable.contains(where: { $0.confidence >= readConfidence }), onTexture(candidate) { return false }
        return usable.contains { $0.confidence >= readConfidence } || candidate.letterCount >= unreadLetters
            || (candidate.box.width <= compactWidth * candidate.characterHeight
                && candidate.ground.isPlain(plainGround))
            || (candidate.letterCount >= 2 && candidate.score >= cleanScore)
            || (candidate.ground.isPlain(cleanGround) && usable.contains { word in
                let characters = word.characters
                return word.confidence >= partlyReadConfidence && characters.count >= partlyReadLetters
                    && (candidate.letterCount >= partlyReadLetters
                        || (characters.count >= partlyReadWordLetters && !characters.allSatisfy { textureGlyphs.contains($0) }))
            })
    }

    /// True when a line's ground is textured both above and below (both measured) and its marks are
    /// not clean-edged: speckle inside an ultrasound fan. Text that runs on over the image sits
    /// in a line that reads well elsewhere, or on a plain strip on one side.
    static func onTexture(_ candidate: TextCandidate) -> Bool {
        guard let above = candidate.ground.above, let below = candidate.ground.below else { return false }
        return above < plainGround && below < plainGround && candidate.score < cleanScore
    }

    /// True when nothing reads well and what reads at all is the recogniser's texture letters:
    /// three characters or more, at least four in five of them S or e ("SSS SS", "Sse eS" along
    /// the edge of an ultrasound sector).
    static func readsAsTexture(_ usable: [RecognizedWord]) -> Bool {
        guard !usable.contains(where: { $0.confidence >= readConfidence }) else { return false }
        let characters = usable.flatMap(\.characters)
        let texture = characters.filter { textureGlyphs.contains($0) }.count
        return characters.count >= 3 && texture * 5 >= characters.count * 4
    }

    /// The words of a line that also reads well elsewhere which are texture: read poorly, only
    /// as the recogniser's texture letters, and stretched far beyond their letters' width (more
    /// than two character heights per letter: "Se" over 355 px of ultrasound speckle beside
    /// "Name" read at 96).
    static func stretchedTexture(_ usable: [RecognizedWord], characterHeight: Int) -> [RecognizedWord] {
        guard usable.contains(where: { $0.confidence >= readConfidence }) else { return [] }
        return usable.filter { word in
            let letters = word.characters
            return word.confidence < readConfidence && !letters.isEmpty && letters.allSatisfy { textureGlyphs.contains($0) }
                && word.box.width > 2 * max(characterHeight, 1) * letters.count
        }
    }

    /// Grows word boxes over the components (and faint parts) that lie mostly under them; the
    /// others (and stretches of the line no word covers) become unread regions (neighbours merged).
    /// `poorlyRead` boxes (words read below `minimumConfidence`) that hold components no word
    /// takes become unread regions of their own, within the line's box, grown over those
    /// components (one holding none is the edge of a neighbouring line caught in the crop).
    /// Ground of the ink's own level beside the line's ends (`TextCandidate.unseenEnds`) joins
    /// the covered box nearest it, when that is within a character height of it.
    /// Boxes are padded and clipped to `bounds`.
    /// Components lying mostly under a `texture` box are dropped.
    static func cover(_ candidate: TextCandidate, with words: [RecognizedWord], within bounds: PixelRect,
                      texture: [PixelRect] = [], poorlyRead: [PixelRect] = []) -> Line {
        func mostlyUnder(_ box: PixelRect, _ component: PixelRect) -> Bool {
            2 * (min(box.maxX, component.maxX) - max(box.x, component.x)) >= component.width
        }
        // The recogniser binarises the crop itself and can take background texture around the
        // text for part of a word: a word stays within its line's box. Where the line was carried
        // over texture, only its own ink was read, and a word there keeps what of it the crop
        // holds: its descenders (the box has only the rows of the mark the line was carried
        // from) and a last letter the walk stopped short of.
        let margin = LineReader.margin(of: candidate)
        var grown = words.compactMap { word -> RecognizedWord? in
            var kept = word
            let carried = candidate.carried.contains { mostlyUnder($0.box, word.box) }
            kept.box = word.box.intersection(carried ? candidate.box.insetBy(dx: -margin, dy: -margin) : candidate.box)
            return kept.box.isEmpty ? nil : kept
        }
        var glimpsed = poorlyRead.map { $0.intersection(candidate.box) }.filter { !$0.isEmpty }
        var holding = Set<Int>()
        var leftover: [PixelRect] = []
        for component in candidate.components + candidate.faintParts {
            if let index = grown.firstIndex(where: { mostlyUnder($0.box, component) }) {
                grown[index].box = grown[index].box.union(component)
            } else if texture.contains(where: { mostlyUnder($0, component) }) {
                continue
            } else if let index = glimpsed.firstIndex(where: { mostlyUnder($0, component) }) {
                glimpsed[index] = glimpsed[index].union(component)
                holding.insert(index)
            } else {
                leftover.append(component)
            }
        }
        var unread: [PixelRect] = []
        for component in leftover.sorted(by: { $0.x < $1.x }) {
            let gap = max(3, candidate.characterHeight)
            if let last = unread.last, component.x <= last.maxX + gap {
                unread[unread.count - 1] = last.union(component)
            } else {
                unread.append(component)
            }
        }
        // Letters running on onto ground of the ink's own level would not show: a line's end
        // covers such ground beside it, with whatever covers the mark at that end.
        var regions = unread + holding.sorted().map { glimpsed[$0] }
        for stretch in candidate.unseenEnds {
            let boxes = grown.map(\.box) + regions
            func gap(_ box: PixelRect) -> Int { max(box.x - stretch.maxX, stretch.x - box.maxX, 0) }
            guard let nearest = boxes.indices.min(by: { gap(boxes[$0]) < gap(boxes[$1]) }),
                  gap(boxes[nearest]) <= candidate.characterHeight else { continue }
            if nearest < grown.count {
                grown[nearest].box = grown[nearest].box.union(stretch)
            } else {
                regions[nearest - grown.count] = regions[nearest - grown.count].union(stretch)
            }
        }
        return Line(candidate: candidate,
                    words: grown.map { var word = $0; word.box = word.box.insetBy(dx: -coverPad, dy: -coverPad).intersection(bounds); return word },
                    unread: regions.map { $0.insetBy(dx: -coverPad, dy: -coverPad).intersection(bounds) })
    }
}

extension RecognizedWord {
    /// The word's letters and digits (what is judged of it; punctuation is not).
    var characters: String {
        text.filter { $0.isLetter || $0.isNumber }
    }
}
