import Testing
import PixelIO
@testable import OCR

/// Which candidate lines survive reading when the recogniser reads nothing in them well.
@Suite("Keeping unread lines")
struct FrameReadingTests {
    /// A line of `letters` 9-pixel marks, 8 pixels apart, with the given score.
    static func line(letters: Int, score: Double) -> TextCandidate {
        let marks = (0..<letters).map { PixelRect(x: 10 + 12 * $0, y: 20, width: 6, height: 9) }
        let box = marks.reduce(marks[0]) { $0.union($1) }.insetBy(dx: -4, dy: 0)
        return TextCandidate(box: box, components: marks, ink: .bright, score: score, characterHeight: 9)
    }

    @Test("'1.5 T' (three clean letters on black, read by nothing) is kept; the same as texture is dropped")
    func cleanShortLineKept() {
        let clean = Self.line(letters: 3, score: 1.0)
        #expect(clean.box.width > FrameReading.compactWidth * clean.characterHeight, "not kept for being compact")
        #expect(FrameReading.keeps(clean, usable: []))
        #expect(!FrameReading.keeps(Self.line(letters: 3, score: 0.7), usable: []))
        #expect(!FrameReading.keeps(Self.line(letters: 1, score: 1.0).withWidth(60), usable: []), "one mark is no line")
    }

    @Test("three letters on a clean ground that partly read ('+17cm' at 57) are kept; on a busier ground, or read as less, not")
    func partlyReadLineOnCleanGround() {
        var line = Self.line(letters: 3, score: 0.84)
        line.ground = GroundFlatness(above: 1, below: 1)
        let partly = [RecognizedWord(text: "+17cm", confidence: 57, box: line.box)]
        #expect(!FrameReading.keeps(line, usable: []))
        #expect(FrameReading.keeps(line, usable: partly))
        #expect(!FrameReading.keeps(line, usable: [RecognizedWord(text: "+1", confidence: 57, box: line.box)]))
        #expect(!FrameReading.keeps(line, usable: [RecognizedWord(text: "+17cm", confidence: 30, box: line.box)]))
        line.ground = GroundFlatness(above: 0.9, below: 1)
        #expect(!FrameReading.keeps(line, usable: partly), "a ground only mostly plain")
    }

    @Test("a word of four characters partly read on a clean ground keeps its line however few of its marks are letter-tall")
    func partlyReadWordKeepsShortMarks() {
        // "Birth:" with its lower-case letters shorter than "B" and its end cut by a black edge.
        var line = Self.line(letters: 1, score: 0.9).withWidth(60)
        line.ground = GroundFlatness(above: 1, below: 0.98)
        func word(_ text: String, _ confidence: Double) -> [RecognizedWord] {
            [RecognizedWord(text: text, confidence: confidence, box: line.box)]
        }
        #expect(line.letterCount < FrameReading.partlyReadLetters)
        #expect(!FrameReading.keeps(line, usable: []))
        #expect(FrameReading.keeps(line, usable: word("Birth:", 48)))
        #expect(!FrameReading.keeps(line, usable: word("Bir:", 48)), "three characters ask for three letter-tall marks")
        #expect(!FrameReading.keeps(line, usable: word("SeeS", 48) + word("ab", 45)), "texture letters beside too short a word")
        #expect(!FrameReading.keeps(line, usable: word("Birth:", 30)))
        line.ground = GroundFlatness(above: 0.9, below: 1)
        #expect(!FrameReading.keeps(line, usable: word("Birth:", 48)), "a ground only mostly plain")
    }

    @Test("a mark or line nothing reads well is judged by its ground")
    func compactMarksNeedPlainGround() {
        var compact = Self.line(letters: 1, score: 0.8)
        #expect(FrameReading.keeps(compact, usable: []))
        compact.ground = GroundFlatness(above: 0.3, below: 1)
        #expect(!FrameReading.keeps(compact, usable: []), "a grain at the edge of a sector")
        compact.ground = GroundFlatness(above: nil, below: 0.8)
        #expect(FrameReading.keeps(compact, usable: []), "a strip outside the image says nothing against it")
        compact.ground = GroundFlatness(above: 0.3, below: 1)
        #expect(FrameReading.keeps(compact, usable: [RecognizedWord(text: "R", confidence: 80, box: compact.box)]),
                "read well, it is kept on any ground")

        var clean = Self.line(letters: 3, score: 1.0)
        clean.ground = GroundFlatness(above: 0.3, below: 1)
        #expect(FrameReading.keeps(clean, usable: []), "clean lines run on over texture and are not held to it")
        var long = Self.line(letters: 4, score: 0.5)
        long.ground = GroundFlatness(above: 0.3, below: 1)
        #expect(FrameReading.keeps(long, usable: []), "four letters on plain ground on one side are kept")
        long.ground = GroundFlatness(above: nil, below: 0.3)
        #expect(FrameReading.keeps(long, usable: []), "a strip outside the image says nothing against it")
        long.ground = GroundFlatness(above: 0.3, below: 0.3)
        #expect(!FrameReading.keeps(long, usable: []), "speckle inside an ultrasound fan, textured above and below")
        #expect(!FrameReading.keeps(long, usable: [RecognizedWord(text: "aSER", confidence: 41, box: long.box)]))
        #expect(FrameReading.keeps(long, usable: [RecognizedWord(text: "Vasc", confidence: 90, box: long.box)]),
                "read well, it is text on any ground")
        var cleanOnTexture = Self.line(letters: 4, score: 1.0)
        cleanOnTexture.ground = GroundFlatness(above: 0.3, below: 0.3)
        #expect(FrameReading.keeps(cleanOnTexture, usable: []), "clean-edged marks are not held to their ground")
    }

    @Test("a line that reads only as the recogniser's texture letters is dropped, however many marks it holds")
    func textureLetters() {
        let edge = Self.line(letters: 6, score: 0.5)
        let words = { (pairs: [(String, Double)]) in pairs.map { RecognizedWord(text: $0.0, confidence: $0.1, box: edge.box) } }
        #expect(FrameReading.keeps(edge, usable: []), "six letter-sized marks nothing reads are kept")
        #expect(!FrameReading.keeps(edge, usable: words([("SSS", 46), ("SS", 39)])))
        #expect(!FrameReading.keeps(edge, usable: words([("Sse", 45), ("eS", 45)])))
        #expect(FrameReading.keeps(edge, usable: words([("SSS", 46), ("12", 30)])), "digits are not texture")
        #expect(FrameReading.keeps(edge, usable: words([("SES", 70)])), "read well, it is text")
        #expect(FrameReading.keeps(edge, usable: words([("Se", 30)])), "two letters say too little")
    }

    @Test("ground of the ink's level beside a line's end is covered with the word or unread marks at that end, not on its own")
    func unseenEndsJoinTheirEnd() {
        let bounds = PixelRect(x: 0, y: 0, width: 512, height: 512)
        let marks = (0..<6).map { PixelRect(x: 60 + 10 * $0, y: 20, width: 8, height: 12) }
        var candidate = TextCandidate(box: PixelRect.bounding(marks), components: marks, ink: .dark, score: 1, characterHeight: 12)
        let left = PixelRect(x: 42, y: 20, width: 18, height: 12), right = PixelRect(x: 118, y: 20, width: 30, height: 12)
        candidate.unseenEnds = [left, right]
        // Read: the word at the left end takes the stretch; the right stretch starts more than a
        // character height past the last word (its marks unread), so it joins their region.
        let word = RecognizedWord(text: "/29", confidence: 90, box: PixelRect(x: 60, y: 20, width: 28, height: 12))
        let read = FrameReading.cover(candidate, with: [word], within: bounds)
        #expect(read.words.count == 1 && read.words[0].box.x == 42 - FrameReading.coverPad)
        #expect(read.unread.count == 1 && read.unread[0].maxX == 148 + FrameReading.coverPad, "unread \(read.unread)")
        // Nothing read: the unread marks reach over both stretches.
        let unread = FrameReading.cover(candidate, with: [], within: bounds)
        #expect(unread.unread == [PixelRect(minX: 41, minY: 19, maxX: 149, maxY: 33)], "unread \(unread.unread)")
        // A stretch more than a character height from anything covered stays uncovered.
        candidate.unseenEnds = [PixelRect(x: 10, y: 20, width: 20, height: 12)]
        #expect(FrameReading.cover(candidate, with: [], within: bounds).unread == [PixelRect(minX: 59, minY: 19, maxX: 119, maxY: 33)])
    }

    @Test("in a line that reads well, a poorly read texture word stretched over speckle is dropped with its marks")
    func stretchedTexture() {
        // "Name" at 12...48, then speckle marks out to x = 400 read as one stretched "Se".
        let name = (0..<4).map { PixelRect(x: 12 + 9 * $0, y: 20, width: 8, height: 12) }
        let speckle = (0..<20).map { PixelRect(x: 60 + 17 * $0, y: 18, width: 12, height: 14) }
        let marks = name + speckle
        let box = marks.reduce(marks[0]) { $0.union($1) }
        let candidate = TextCandidate(box: box, components: marks, ink: .bright, score: 0.6, characterHeight: 12)
        let nameWord = RecognizedWord(text: "Name", confidence: 96, box: PixelRect(x: 12, y: 20, width: 35, height: 12))
        let se = RecognizedWord(text: "Se", confidence: 40, box: PixelRect(x: 60, y: 18, width: 335, height: 14))
        #expect(FrameReading.stretchedTexture([nameWord, se], characterHeight: 12) == [se])
        let line = FrameReading.cover(candidate, with: [nameWord], within: PixelRect(x: 0, y: 0, width: 512, height: 512),
                                      texture: [se.box])
        #expect(line.words.count == 1 && line.unread.isEmpty, "the speckle under the texture word is neither text nor unread")
        let unread = FrameReading.cover(candidate, with: [nameWord], within: PixelRect(x: 0, y: 0, width: 512, height: 512))
        #expect(!unread.unread.isEmpty, "without it, the speckle is an unread region")
        // Not texture: read well, other letters, of plausible width, or alone in its line.
        let narrow = RecognizedWord(text: "Se", confidence: 40, box: PixelRect(x: 60, y: 18, width: 40, height: 14))
        let well = RecognizedWord(text: "See", confidence: 70, box: se.box)
        let other = RecognizedWord(text: "Sa", confidence: 40, box: se.box)
        #expect(FrameReading.stretchedTexture([nameWord, narrow, well, other], characterHeight: 12).isEmpty)
        #expect(FrameReading.stretchedTexture([se], characterHeight: 12).isEmpty, "a line nothing reads well is judged whole")
    }

    @Test("a mark of ring height that reads as nothing or only as round glyphs is anatomy")
    func ringsAreNotText() {
        let height = FrameReading.ringHeight(imageHeight: 512)
        #expect(height == 25)
        let ring = TextCandidate(box: PixelRect(x: 226, y: 316, width: 61, height: 55),
                                 components: [PixelRect(x: 227, y: 317, width: 59, height: 53)], ink: .bright,
                                 score: 0.8, characterHeight: 53)
        let read = { (text: String, confidence: Double) in [RecognizedWord(text: text, confidence: confidence, box: ring.box)] }
        #expect(FrameReading.isRing(ring, usable: read("O", 85), height: height))
        #expect(FrameReading.isRing(ring, usable: read("OQ", 70), height: height))
        #expect(!FrameReading.isRing(ring, usable: read("R", 85), height: height), "a lead marker")
        #expect(FrameReading.isRing(ring, usable: read("OQ", 31), height: height), "nothing reads well: every usable word is judged")
        #expect(!FrameReading.isRing(ring, usable: read("R", 35), height: height))
        #expect(!FrameReading.isRing(ring, usable: read("OA", 85), height: height))
        let mixed = [RecognizedWord(text: "O", confidence: 85, box: ring.box), RecognizedWord(text: "os", confidence: 28, box: ring.box)]
        #expect(FrameReading.isRing(ring, usable: mixed, height: height), "only the well-read words are judged when there are some")
        let crescent = [RecognizedWord(text: "c", confidence: 62, box: ring.box), RecognizedWord(text: "O", confidence: 86, box: ring.box)]
        #expect(FrameReading.isRing(ring, usable: crescent, height: height), "a vessel's crescent beside the vertebra")
        #expect(FrameReading.isRing(ring, usable: read("e", 83), height: height), "a ring with a fleck inside")
        #expect(FrameReading.isRing(ring, usable: [], height: height), "an outline of the anatomy that reads as nothing")
        // Annotation text of ordinary height reading "0" stays.
        let digit = Self.line(letters: 1, score: 0.8)
        #expect(!FrameReading.isRing(digit, usable: [RecognizedWord(text: "0", confidence: 90, box: digit.box)],
                                     height: height))
    }

    @Test("a line read well, or of four letters, or compact, is kept whatever its score")
    func otherReasonsToKeep() {
        let texture = Self.line(letters: 3, score: 0.5)
        #expect(FrameReading.keeps(texture, usable: [RecognizedWord(text: "1.5", confidence: 80, box: texture.box)]))
        #expect(FrameReading.keeps(Self.line(letters: 4, score: 0.5), usable: []))
        #expect(FrameReading.keeps(Self.line(letters: 2, score: 0.5), usable: []), "two marks make a compact line")
    }

    @Test("a line the recogniser makes no word of at all, with texture above or below, is texture")
    func lineReadAsNothingBesideTexture() {
        // Clean marks along the edge of a sector: black beyond it, speckle on the other side.
        var edge = Self.line(letters: 6, score: 1.0)
        edge.ground = GroundFlatness(above: 0.6, below: 1)
        #expect(FrameReading.keeps(edge, usable: []), "some word was read, if none well: the old rules keep it")
        #expect(!FrameReading.keeps(edge, usable: [], readAnything: false))
        edge.ground = GroundFlatness(above: 1, below: 0.6)
        #expect(!FrameReading.keeps(edge, usable: [], readAnything: false), "texture below")
        // Text the recogniser cannot read on a plain panel is still covered.
        edge.ground = GroundFlatness(above: 1, below: nil)
        #expect(FrameReading.keeps(edge, usable: [], readAnything: false))
        var lone = Self.line(letters: 1, score: 0.8)
        lone.ground = GroundFlatness(above: 0.9, below: 1)
        #expect(FrameReading.keeps(lone, usable: [], readAnything: false), "a compact mark on plain ground")
        var carried = Self.carriedLine()
        carried.ground = GroundFlatness(above: 0.6, below: 0.6)
        #expect(FrameReading.keeps(carried, usable: [], readAnything: false),
                "a lone mark carried over texture has shown it stands out as text does")
    }

    @Test("words read too poorly to judge cover what they span as unread text, apart from the words judged")
    func poorlyReadWordsCover() {
        // "DOB" (3 marks at 10...42), then a date of 8 marks at 60...150 whose last two digits,
        // on speckle, are no marks at all; the page reads the date at 5 over all of it (to 172).
        let label = (0..<3).map { PixelRect(x: 10 + 11 * $0, y: 20, width: 9, height: 12) }
        let date = (0..<8).map { PixelRect(x: 60 + 11 * $0, y: 20, width: 9, height: 12) }
        let marks = label + date
        var candidate = TextCandidate(box: PixelRect(x: 8, y: 18, width: 170, height: 16), components: marks,
                                      ink: .bright, score: 1, characterHeight: 12)
        candidate.ground = GroundFlatness(above: 1, below: 1)
        let bounds = PixelRect(x: 0, y: 0, width: 200, height: 100)
        let dob = RecognizedWord(text: "DOB", confidence: 96, box: PixelRect(x: 10, y: 20, width: 31, height: 12))
        let misread = RecognizedWord(text: "05/21/2014", confidence: 5, box: PixelRect(x: 60, y: 20, width: 112, height: 12))
        // The bottom edge of the next line, caught in the crop: a word over no mark of this one.
        let ghost = RecognizedWord(text: "Vinnie", confidence: 1, box: PixelRect(x: 10, y: 31, width: 60, height: 3))
        let lines = FrameReading.lines(of: [candidate], within: bounds) { page in page.map { _ in [dob, misread, ghost] } }
        #expect(lines.count == 1)
        #expect(lines.first?.words.map(\.text) == ["DOB"], "what is read too poorly is not judged as text")
        let unread = lines.first?.unread ?? []
        #expect(unread.count == 1)
        #expect(unread.first.map { $0.x <= 60 && $0.maxX >= 172 && $0.maxY <= 34 } == true,
                "the date is covered to the end of what was read of it, not only over its marks")
        // Read as stretched texture letters instead, the same marks are dropped, not covered.
        let speckle = RecognizedWord(text: "SeS", confidence: 5, box: misread.box)
        let texture = FrameReading.lines(of: [candidate], within: bounds) { page in page.map { _ in [dob, speckle] } }
        #expect(texture.first?.unread.isEmpty == true)
    }

    @Test("a line the page gives no word is read again alone, and judged by what it reads there")
    func lineReadAgainAlone() {
        let name = Self.line(letters: 4, score: 1.0)
        var merged = Self.line(letters: 6, score: 1.0).offsetBy(dy: 30)
        merged.ground = GroundFlatness(above: 1, below: 0.6)
        let bounds = PixelRect(x: 0, y: 0, width: 200, height: 100)
        var pages: [Int] = []
        // A recogniser that reads the second line only on a page of its own.
        let kept = FrameReading.lines(of: [name, merged], within: bounds) { page in
            pages.append(page.count)
            return page.map { candidate in
                page.count > 1 && candidate == merged ? [] : [RecognizedWord(text: "PID", confidence: 90, box: candidate.box)]
            }
        }
        #expect(pages == [2, 1])
        #expect(kept.map(\.candidate) == [name, merged])
        let silent = FrameReading.lines(of: [name, merged], within: bounds) { page in
            page.map { $0 == merged ? [] : [RecognizedWord(text: "PID", confidence: 90, box: $0.box)] }
        }
        #expect(silent.map(\.candidate) == [name], "read as nothing alone too, beside texture: dropped")
    }
    @Test("a line carried on over texture and dropped is read again as found, on a plain ground, and kept if it reads well there")
    func droppedCarriedLineJudgedAsFound() {
        // "D 15.0cm" found at x 120-180, carried on left over a sector's edge from x 10.
        let marks = (0..<5).map { PixelRect(x: 120 + 12 * $0, y: 20, width: 6, height: 9) }
        let stretch = PixelRect(x: 10, y: 20, width: 110, height: 9)
        var line = TextCandidate(box: stretch.union(PixelRect.bounding(marks)), components: [stretch] + marks, ink: .bright,
                                 score: 1.0, characterHeight: 9)
        line.ground = GroundFlatness(above: 1, below: 0.6)
        line.found = FoundSpan(box: PixelRect.bounding(marks), ground: GroundFlatness(above: 1, below: 1))
        let bounds = PixelRect(x: 0, y: 0, width: 200, height: 100)
        var pages: [[PixelRect]] = []
        func reading(_ found: String, confidence: Double = 90) -> ([TextCandidate]) -> [[RecognizedWord]] {
            { page in
                pages.append(page.map(\.box))
                return page.map { candidate in
                    candidate.box == line.box
                        ? [RecognizedWord(text: "SSS", confidence: 24, box: stretch), RecognizedWord(text: "15.0cm", confidence: 0, box: candidate.box)]
                        : [RecognizedWord(text: found, confidence: confidence, box: candidate.box)]
                }
            }
        }
        let silent = FrameReading.lines(of: [line], within: bounds) { $0.map { _ in [] } }
        #expect(silent.isEmpty, "read as nothing as found either")
        let kept = FrameReading.lines(of: [line], within: bounds, recognise: reading("D15.0cm"))
        #expect(pages == [[line.box], [PixelRect.bounding(marks)]])
        #expect(kept.map(\.candidate.box) == [PixelRect.bounding(marks)])
        #expect(kept.first?.candidate.components == marks, "the stretch over texture is not covered")
        #expect(kept.first?.candidate.ground == GroundFlatness(above: 1, below: 1), "judged on the found box's ground")
        #expect(FrameReading.lines(of: [line], within: bounds, recognise: reading("SeS", confidence: 30)).isEmpty, "found, it reads as texture too")
        #expect(FrameReading.lines(of: [line], within: bounds, recognise: reading("D15.0cm", confidence: 50)).isEmpty,
                "found, it reads only partly well (five marks on a plain ground keep a line on a first reading)")
        var onRim = line
        onRim.found?.ground = GroundFlatness(above: 0.6, below: 1)
        #expect(FrameReading.lines(of: [onRim], within: bounds, recognise: reading("ESP")).isEmpty,
                "marks found on texture (a sector's rim) are not read again")
        var asFound = line
        asFound.found = nil
        pages = []
        #expect(FrameReading.lines(of: [asFound], within: bounds, recognise: reading("D15.0cm")).isEmpty)
        #expect(pages.count == 1, "a line not carried on is read once")
    }

    /// A lone mark at x 10-14 carried on over x 15-79 (rows 10-19), its ink 230 and brighter.
    static func carriedLine() -> TextCandidate {
        let mark = PixelRect(x: 10, y: 10, width: 5, height: 10), stretch = PixelRect(x: 15, y: 10, width: 65, height: 10)
        var line = TextCandidate(box: mark.union(stretch), components: [mark, stretch], ink: .bright, score: 0.8,
                                 characterHeight: 10)
        line.carried = [CarriedStretch(box: stretch, inkRange: 230...255)]
        return line
    }

    @Test("where a line was carried over texture, only strokes of its own ink level are read")
    func carriedStretchReadOnItsInk() {
        // Every pixel a stroke; a letter's stem (250) at x 50-52, texture (150) around it.
        let strokes = GreyImage(width: 100, height: 30, value: 200)
        var luma = GreyImage(width: 100, height: 30, value: 150)
        for y in 10..<20 { for x in 50..<53 { luma[x, y] = 250 } }
        var line = Self.carriedLine()
        let reader = LineReader()
        func value(_ prepared: LineReader.Prepared, x: Int, y: Int) -> UInt8 {
            let px = Int(Double(x - prepared.region.x) * prepared.scale), py = Int(Double(y - prepared.region.y) * prepared.scale)
            return prepared.image[px, py]
        }
        let masked = reader.prepare(line, strokes: strokes, image: luma)
        #expect(value(masked, x: 51, y: 15) < 64, "the stem is ink")
        #expect(value(masked, x: 30, y: 15) == 255, "the texture is ground")
        #expect(value(masked, x: 12, y: 15) < 64, "the mark the line was carried from is read as found")
        line.carried = []
        #expect(value(reader.prepare(line, strokes: strokes, image: luma), x: 30, y: 15) < 64)
    }

    @Test("faint parts of a line's letters are cut out with it and drawn as strongly as its strongest stroke")
    func faintPartsReadWhole() {
        // Upper halves of the letters (rows 10-19) strong strokes; lower halves (rows 20-29) dark
        // ink (0) on a black panel (16), whose strokes are only 16; the panel beside them is ground.
        var strokes = GreyImage(width: 100, height: 40, value: 0)
        var luma = GreyImage(width: 100, height: 40, value: 190)
        for y in 20..<40 { for x in 0..<100 { luma[x, y] = 16 } }
        for y in 10..<30 {
            for x in 20..<23 {
                luma[x, y] = 0
                strokes[x, y] = y < 20 ? 190 : 16
            }
        }
        var line = TextCandidate(box: PixelRect(x: 20, y: 10, width: 3, height: 10), components: [PixelRect(x: 20, y: 10, width: 3, height: 10)],
                                 ink: .dark, score: 0.9, characterHeight: 10)
        line.faintParts = [PixelRect(x: 20, y: 20, width: 3, height: 10)]
        let prepared = LineReader().prepare(line, strokes: strokes, image: luma)
        func value(x: Int, y: Int) -> UInt8 {
            prepared.image[Int(Double(x - prepared.region.x) * prepared.scale), Int(Double(y - prepared.region.y) * prepared.scale)]
        }
        #expect(prepared.region.maxY >= 30, "region \(prepared.region)")
        #expect(value(x: 21, y: 25) == 0, "the faint part is as black as the stroke above it")
        #expect(value(x: 21, y: 15) == 0)
        #expect(value(x: 26, y: 25) == 255, "the panel beside it is ground")
    }

    @Test("a lone mark carried over texture is kept though nothing in it reads well, unless it reads as texture")
    func carriedLoneMarkKept() {
        var line = Self.carriedLine()
        line.ground = GroundFlatness(above: 0.5, below: 0.6)
        let date = [RecognizedWord(text: "15-Apr-201", confidence: 21, box: line.box)]
        #expect(FrameReading.keeps(line, usable: date))
        #expect(!FrameReading.keeps(line, usable: [RecognizedWord(text: "SSeS", confidence: 30, box: line.box)]))
        line.carried = []
        #expect(!FrameReading.keeps(line, usable: date), "not carried, it lies on texture")
    }

    @Test("a word read over a carried stretch keeps its descenders; elsewhere a word stays within the line's rows")
    func carriedWordKeepsDescenders() {
        let line = Self.carriedLine()
        let bounds = PixelRect(x: 0, y: 0, width: 100, height: 40)
        let tall = RecognizedWord(text: "gap", confidence: 90, box: PixelRect(x: 30, y: 8, width: 40, height: 16))
        let covered = FrameReading.cover(line, with: [tall], within: bounds)
        #expect(covered.words.first.map { $0.box.maxY >= 24 } == true, "word box \(covered.words.map(\.box))")
        var plain = line
        plain.carried = []
        let clipped = FrameReading.cover(plain, with: [tall], within: bounds)
        #expect(clipped.words.first.map { $0.box.maxY <= 21 } == true, "word box \(clipped.words.map(\.box))")
    }
}

private extension TextCandidate {
    func withWidth(_ width: Int) -> TextCandidate {
        var wider = self
        wider.box = PixelRect(x: box.x, y: box.y, width: width, height: box.height)
        return wider
    }

    /// The same candidate `dy` rows lower.
    func offsetBy(dy: Int) -> TextCandidate {
        var moved = self
        moved.box = box.offsetBy(dx: 0, dy: dy)
        moved.components = components.map { $0.offsetBy(dx: 0, dy: dy) }
        return moved
    }
}
