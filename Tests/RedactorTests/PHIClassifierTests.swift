import OCR
import PixelIO
import Testing
@testable import Redactor

@Suite("PHI classifier decisions, modes and allow-list")
struct PHIClassifierTests {
    let classifier = PHIFixtures.classifier(PHIFixtures.header)

    @Test("each decision says why; every word is in at most one decision")
    func reasons() {
        let words = PHIFixtures.line("Name: DOE, JANE DOB: 04/07/1945 Exam 02/02/2020 MRN: 4431 Gain 50")
        let decisions = classifier.classify(line: words)
        let all = decisions.flatMap(\.words)
        #expect(all.count == Set(all).count)
        let reasonOf = { (text: String) -> PHIReason? in
            guard let index = words.firstIndex(where: { $0.text == text }) else { return nil }
            return decisions.first { $0.words.contains(index) }?.reason
        }
        #expect(reasonOf("DOE,") == .header(field: "PatientName", rendering: "LAST FIRST"))
        #expect(reasonOf("04/07/1945") == .header(field: "PatientBirthDate", rendering: "MM/DD/YYYY"))
        #expect(reasonOf("02/02/2020") == .pattern("date"))
        #expect(reasonOf("4431") == .label("MRN:"))
        #expect(reasonOf("Name:") == nil)
        #expect(reasonOf("Gain") == nil)
        #expect(reasonOf("50") == nil)
        let region = decisions.first { $0.reason == .pattern("date") }?.regionReason
        #expect(region == .phi(match: "pattern date", text: "02/02/2020"))
        #expect(PHIReason.header(field: "PatientName", rendering: "LAST FIRST").description == "PatientName as LAST FIRST")
    }

    @Test("several lines: grouped by line, ordered left to right, indices into the detections")
    func detections() {
        var first = PHIFixtures.line("Gain 50 DOE JANE")
        var second = PHIFixtures.line("3.5 cm 07-Mar-2024")
        for index in first.indices { first[index].line = 7 }
        for index in second.indices { second[index].line = 8; second[index].box.y = 40 }
        // Shuffled input: the classifier orders each line by x.
        let detections = [first[3], second[2], first[0], second[0], first[2], first[1], second[1]]
        let decisions = classifier.classify(detections)
        let flagged = Set(decisions.flatMap(\.words).map { detections[$0].text })
        #expect(flagged == ["DOE", "JANE", "07-Mar-2024"])
        let regions = classifier.regions(for: detections)
        #expect(regions.count == 3)
        #expect(regions.allSatisfy { if case .phi = $0.reason { true } else { false } })
        #expect(regions.contains { $0.rect == second[2].box })
    }

    @Test("a printed line cut into several detector lines is classified as one")
    func visualLines() {
        let classifier = PHIFixtures.classifier(["OperatorsName": "FERNANDEZ^GLEN"])
        // "Operator: G Fernandez" found as three lines, one pixel apart in height.
        var words = PHIFixtures.line("Operator: G Fernandez")
        for index in words.indices { words[index].line = 3 - index; words[index].box.y += index % 2 }
        let flagged = Set(classifier.classify(words).flatMap(\.words).map { words[$0].text })
        #expect(flagged == ["G", "Fernandez"])
        // The initial on its own line far to the left, or on the next text row, is not joined.
        var apart = words
        apart[1].box.x -= 200
        var below = words
        below[1].box.y += 14
        for separate in [apart, below] {
            let flagged = Set(classifier.classify(separate).flatMap(\.words).map { separate[$0].text })
            #expect(flagged == ["Fernandez"])
        }
    }

    @Test("mode all removes all text but the allow-list; PHI wins over the allow-list")
    func allText() throws {
        let allow = try PHIAllowList(["Gain", "/\\d+(\\.\\d+)?/", "Dyn R", "cm"])
        let strict = PHIClassifier(index: PHIIndex(dataset: PHIFixtures.dataset(PHIFixtures.header)), allowList: allow,
                                   mode: .allText)
        let words = PHIFixtures.line("Gain 50 Dyn R 60 3.5 cm Foo 8097598 DYN")
        let decisions = strict.classify(line: words)
        let reasonOf = { (index: Int) in decisions.first { $0.words.contains(index) }?.reason }
        #expect(reasonOf(0) == nil)  // Gain
        #expect(reasonOf(1) == nil)  // 50
        #expect(reasonOf(2) == nil && reasonOf(3) == nil)  // Dyn R
        #expect(reasonOf(5) == nil && reasonOf(6) == nil)  // 3.5 cm
        #expect(reasonOf(7) == .notAllowed)  // Foo
        #expect(reasonOf(8) == .header(field: "PatientID", rendering: "digits"))  // allowed by \d+, but PHI
        #expect(reasonOf(9) == .notAllowed)  // DYN alone is not the phrase
        let notAllowed = try #require(decisions.first { $0.reason == .notAllowed })
        #expect(notAllowed.regionReason == .text(notAllowed.text))
    }

    @Test("unread regions are removed in mode all only")
    func unread() {
        let unread = DetectedText(frames: .all, box: PixelRect(x: 0, y: 0, width: 20, height: 10), text: "",
                                  confidence: 0, method: .unread)
        let all = PHIClassifier(index: PHIIndex(), mode: .allText)
        #expect(all.classify(line: [unread]).map(\.reason) == [.unread])
        #expect(all.classify(line: [unread]).first?.regionReason == .unreadText)
        #expect(PHIClassifier(index: PHIIndex()).classify(line: [unread]).isEmpty)
        #expect(all.classify(line: []).isEmpty)
    }

    @Test("allow-list: literal words ignore case, punctuation and confusable glyphs")
    func allowListLiterals() throws {
        let list = try PHIAllowList(["gain", "cm/s", "MI"])
        #expect(list.allowedWords(in: ["GAIN", "Ga1n", "cms", "cm/s", "Ml", "MIX"]) == [0, 1, 2, 3, 4])
    }

    @Test("allow-list: regular expressions match whole words or runs of words, ignoring case")
    func allowListPatterns() throws {
        let list = try PHIAllowList(["/fr \\d+hz/", "/C\\d-\\d/"])
        #expect(list.allowedWords(in: ["FR", "25Hz", "c5-1", "C5-12", "X"]) == [0, 1, 2])
    }

    @Test("allow-list: file format with comments, and invalid expressions are reported")
    func allowListParsing() throws {
        let list = try PHIAllowList(parsing: "# technical words\nGain\n\n  /\\d+%/  \r\nDyn R\n")
        #expect(list.entries == [.words(["Gain"]), .pattern("\\d+%"), .words(["Dyn", "R"])])
        #expect(throws: PHIAllowListError.self) { try PHIAllowList(["/([/"]) }
        #expect(throws: PHIAllowListError.self) {
            try PHIClassifier(index: PHIIndex(), allowList: ["/(/"])
        }
        #expect(PHIAllowList().isEmpty)
    }

    @Test("odd input does not crash", arguments: [
        "", " ", "|", "||| |", ":::", "^", "^^^", "Ü", "Müller", "张伟", "١٢٣٤٥٦٧", "\u{0301}", "a\u{0301}", "/",
        "--", "((((", "Dr.", "Dr", "Name:", "DOB:", "ID:", "12:", ":30", "1/", "/2024", "2024//", "Mar", "7th",
    ])
    func robustness(_ text: String) {
        _ = classifier.classify(line: PHIFixtures.line(words: [text]))
        _ = classifier.classify(line: PHIFixtures.line(words: [text, text, "DOE"]))
    }

    @Test("random lines never crash and decisions stay within the line")
    func fuzz() {
        var state: UInt64 = 0x9E37_79B9
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("0123456789OolIiSsBZzGg|:/.-,^#()+% DOEJANMRKPTrxé张\u{0301}")
        for _ in 0..<400 {
            let words = (0..<(1 + next(8))).map { _ in String((0..<(1 + next(10))).map { _ in alphabet[next(alphabet.count)] }) }
            let line = PHIFixtures.line(words: words)
            for decision in classifier.classify(line: line) {
                #expect(decision.words.allSatisfy { line.indices.contains($0) })
            }
        }
    }

    @Test("non-Latin and accented names")
    func accented() {
        let names = PHIFixtures.classifier(["PatientName": "MÜLLER^JOSÉ", "ReferringPhysicianName": "张^伟"])
        #expect(PHIFixtures.flagged(names, "Jose Muller") == ["Jose", "Muller"])
        #expect(PHIFixtures.flagged(names, "MÜLLER, JOSÉ") == ["MÜLLER,", "JOSÉ"])
        #expect(PHIFixtures.flagged(names, "张伟") == ["张伟"])
    }

    @Test("lines are classified quickly")
    func speed() {
        let lines = (0..<20).map { PHIFixtures.line("Gain \($0) DR 60 3.5 cm 12/24") }
        let start = ContinuousClock.now
        for line in lines { _ = classifier.classify(line: line) }
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
