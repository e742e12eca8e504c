import OCR

/// Field labels that announce PHI ("Name:", "DOB:", "MRN:", "Ref Phys:") and the words after them.
///
/// A label ending in ":" or "#" (or followed by a word that is only ":"), or an abbreviation
/// ending in "." ("Ref.", "Acc."), flags the words after it on the same line, up to the next
/// label, a wide gap or six words. A few labels also count without punctuation ("Name DOE",
/// "DOB 03/07/1980", "ID 1234567") when the next word has the shape of their value. A label and
/// value read as one word ("ID:1234567") flag that word. The label words themselves are not PHI.
enum PHILabels {
    /// What a label announces; it decides which bare (unpunctuated) labels count.
    enum Kind: String, Sendable {
        case name, identifier, date, staff, place, age
    }

    /// One label: its words (folded) and what it announces.
    struct Label: Sendable {
        var words: [String]
        var kind: Kind
        /// True when the label counts without ":" if the next word fits its kind.
        var bare: Bool
        /// The collapsed keys of the words.
        var keys: [[UInt32]]
        /// The collapsed key of the words written together ("accno").
        var joinedKey: [UInt32]

        init(words: [String], kind: Kind, bare: Bool) {
            self.words = words
            self.kind = kind
            self.bare = bare
            self.keys = words.map { PHIFolding.collapse($0) }
            self.joinedKey = PHIFolding.collapse(words.joined())
        }
    }

    /// A label found in a line and the words it flags.
    struct Hit: Equatable {
        /// The label's words.
        var label: Range<Int>
        /// The words flagged (the values after the label, or the word holding label and value).
        var values: [Int]
        /// The label as read, for the reason.
        var text: String
    }

    /// The labels, longest first so "Patient ID" wins over "Patient".
    static let labels: [Label] = {
        let table: [(String, Kind, Bool)] = [
            ("name", .name, true), ("patient", .name, false), ("pat", .name, false), ("pt", .name, false),
            ("patient name", .name, true), ("pat name", .name, true), ("pt name", .name, true),
            ("patients name", .name, true), ("full name", .name, true),
            ("last name", .name, true), ("first name", .name, true), ("surname", .name, true),
            ("nom", .name, false), ("nombre", .name, false),
            ("id", .identifier, true), ("pid", .identifier, true), ("mrn", .identifier, true),
            ("pat id", .identifier, true), ("patient id", .identifier, true), ("pt id", .identifier, true),
            ("mr no", .identifier, true), ("mr", .identifier, false), ("chart", .identifier, false),
            ("record", .identifier, false), ("acc", .identifier, true), ("accession", .identifier, true),
            ("acc no", .identifier, true), ("acc nr", .identifier, true), ("accession no", .identifier, true),
            ("accession number", .identifier, true), ("accno", .identifier, true), ("ssn", .identifier, true),
            ("phone", .identifier, true), ("tel", .identifier, false), ("visit", .identifier, false),
            ("study id", .identifier, false), ("exam id", .identifier, false), ("order", .identifier, false),
            ("dob", .date, true), ("birth", .date, true), ("born", .date, true), ("birthdate", .date, true),
            ("birth date", .date, true), ("date of birth", .date, true), ("geb", .date, false),
            ("physician", .staff, true), ("ref", .staff, true), ("ref phys", .staff, true), ("ref dr", .staff, true),
            ("referring", .staff, true), ("referring physician", .staff, true), ("ref physician", .staff, true),
            ("referred by", .staff, true), ("attending", .staff, true), ("radiologist", .staff, true),
            ("reader", .staff, false), ("read by", .staff, true), ("reported by", .staff, true),
            ("performed by", .staff, true), ("requested by", .staff, true), ("ordering", .staff, false),
            ("ordered by", .staff, true), ("operator", .staff, true), ("op", .staff, false), ("tech", .staff, true),
            ("technologist", .staff, true), ("sonographer", .staff, true), ("performing", .staff, false),
            ("doctor", .staff, false), ("consultant", .staff, false), ("surgeon", .staff, false),
            ("dr", .staff, false), ("ordering physician", .staff, true), ("requesting physician", .staff, true),
            ("institution", .place, false), ("hospital", .place, false), ("facility", .place, false),
            ("address", .place, false), ("addr", .place, false),
            ("age", .age, false),
        ]
        return table.map { Label(words: $0.0.split(separator: " ").map(String.init), kind: $0.1, bare: $0.2) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// Per-word facts the label search needs.
    struct WordInfo {
        var key: [UInt32]       // collapsed key of the whole word
        var folded: String
        var terminator: Bool    // ends in ":" or "#", or "." after a short word
        var colon: Bool         // ends in ":" or "#"
        var isPunctuation: Bool // only ":" / "#"
        var glued: (label: [UInt32], hasValue: Bool)? // "ID:1234" → ("id", true)
    }

    /// The most words flagged after one label.
    static let maximumValueWords = 6

    /// Every label in the line and the words it flags.
    static func find(in line: [DetectedText]) -> [Hit] {
        let info = line.map { wordInfo($0.text) }
        var hits: [Hit] = []
        var index = 0
        while index < line.count {
            if let glued = info[index].glued, glued.hasValue, let label = singleWordLabel(glued.label) {
                // "ID:1234567" holds its value; more of it may follow ("Name:DOE, JANE").
                var values = [index]
                values += followers(of: index, line: line, info: info, kind: label.kind, bare: false, started: true)
                hits.append(Hit(label: index..<index, values: values, text: line[index].text))
                index = (values.last ?? index) + 1
                continue
            }
            guard let (label, end) = match(at: index, info: info) else { index += 1; continue }
            // The label's last word, or a following ":" word, must carry the punctuation.
            var labelEnd = end
            var punctuated = info[end - 1].terminator
            if !punctuated, end < line.count, info[end].isPunctuation {
                punctuated = true
                labelEnd = end + 1
            }
            let text = line[index..<labelEnd].map(\.text).joined(separator: " ")
            if punctuated || label.bare {
                let values = followers(of: labelEnd - 1, line: line, info: info, kind: label.kind, bare: !punctuated,
                                       started: false)
                if !values.isEmpty {
                    hits.append(Hit(label: index..<labelEnd, values: values, text: text))
                    index = (values.last ?? index) + 1
                    continue
                }
            }
            index = labelEnd
        }
        return hits
    }

    /// The longest label starting at word `index`, and the index after it.
    private static func match(at index: Int, info: [WordInfo]) -> (Label, Int)? {
        for label in labels where index + label.words.count <= info.count {
            var matched = true
            for (offset, target) in label.keys.enumerated() {
                let candidate = info[index + offset]
                // Only the last word of a label may end in ":" or "#".
                if offset < label.words.count - 1 && candidate.colon { matched = false; break }
                if !wordMatches(candidate.key, target) { matched = false; break }
            }
            if matched { return (label, index + label.words.count) }
        }
        return nil
    }

    /// True when a word's key is a label word's key, allowing one misread character in long words.
    private static func wordMatches(_ key: [UInt32], _ target: [UInt32]) -> Bool {
        if key == target { return true }
        guard target.count >= 6, abs(key.count - target.count) <= 1 else { return false }
        return editDistance(key, target) <= 1
    }

    /// True when a collapsed key is a label of one word ("id", "dob", "mrn").
    static func isLabelWord(_ key: [UInt32]) -> Bool {
        labels.contains { $0.keys.count == 1 && $0.keys[0] == key }
    }

    /// The label a collapsed key spells on its own ("id", "dob", "accno").
    private static func singleWordLabel(_ key: [UInt32]) -> Label? {
        labels.first { $0.keys.count == 1 && wordMatches(key, $0.keys[0]) }
            ?? labels.first { $0.keys.count > 1 && $0.joinedKey == key }
    }

    /// The words after word `last` that a label flags. The value takes the shape of the label's
    /// kind: one identifier (and digit groups continuing it), the words of one date, an age and
    /// its unit, or the words of a name (no digits; it stops before a setting such as "FR 25Hz").
    /// It also stops at the next label, at a gap wider than three text heights, and after six
    /// words. A bare label (no ":") needs a first word that fits its kind, and at most a narrow
    /// gap before it. `started` says the label's own word already holds the start of the value.
    private static func followers(of last: Int, line: [DetectedText], info: [WordInfo], kind: Kind, bare: Bool,
                                  started: Bool) -> [Int] {
        var values: [Int] = []
        var index = last + 1
        var complete = false
        scan: while index < line.count && values.count < maximumValueWords && !complete {
            let word = info[index]
            if word.folded.isEmpty { index += 1; continue }
            let first = values.isEmpty && !started
            if !first && match(at: index, info: info) != nil { break scan }
            if let glued = word.glued, singleWordLabel(glued.label) != nil { break scan }
            // A word ending in ":" is another label, even one not listed ("Exam:").
            if word.colon { break scan }
            if !first || bare {
                let previous = line[values.last ?? last].box
                let height = max(previous.height, line[index].box.height, 1)
                if line[index].box.x - previous.maxX > 3 * height { break scan }
            }
            let digits = word.folded.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count
            switch kind {
            case .identifier:
                if first {
                    if bare && digits == 0 { break scan }
                } else if digits < 3 || digits != word.folded.count {
                    break scan
                }
            case .date:
                let isMonth = PHIPatterns.month(word.folded) != nil
                if digits == 0 && !isMonth { break scan }
                let text = line[index].text
                if !first && !isMonth && !text.allSatisfy({ $0.isNumber || "/-.,".contains($0) }) { break scan }
                let separators = text.filter { "/-.".contains($0) }.count
                let hasYear = text.split(whereSeparator: { !$0.isNumber }).contains { $0.count >= 4 }
                complete = hasYear || separators >= 2
            case .age:
                if first {
                    if digits == 0 { break scan }
                    complete = digits != word.folded.count
                } else if digits > 0 || word.folded.count > 5 {
                    break scan
                } else {
                    complete = true
                }
            case .name, .staff, .place:
                // Names have no digits, but OCR may read one letter as 0, 1, 2, 5, 6 or 8 ("R0SSI").
                let misread = !bare && digits == 1 && word.folded.count > 1
                    && word.folded.unicodeScalars.contains { "012568".unicodeScalars.contains($0) }
                if digits > 0 && !misread { break scan }
                let technical = PHITechnicalVocabulary.contains(key: word.key)
                if first && bare && technical { break scan }
                // A setting ("FR 25Hz", "Gain 50") ends the name.
                if technical && word.folded.count >= 2 && index + 1 < line.count
                    && info[index + 1].folded.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
                    break scan
                }
            }
            values.append(index)
            index += 1
        }
        return values
    }

    /// The facts about one word.
    static func wordInfo(_ text: String) -> WordInfo {
        let folded = PHIFolding.fold(Substring(text))
        let trimmed = text.phiTrimmed([" "])
        let isPunctuation = !trimmed.isEmpty && trimmed.allSatisfy { $0 == ":" || $0 == "#" }
        var terminator = false, colon = false
        if let last = trimmed.last {
            colon = last == ":" || last == "#"
            terminator = colon || (last == "." && folded.count <= 4 && !folded.isEmpty)
        }
        var glued: ([UInt32], Bool)? = nil
        if let split = trimmed.firstIndex(where: { $0 == ":" || $0 == "#" }), split != trimmed.startIndex {
            let head = PHIFolding.fold(trimmed[..<split])
            let tail = PHIFolding.fold(trimmed[trimmed.index(after: split)...])
            if !head.isEmpty { glued = (PHIFolding.collapse(head), !tail.isEmpty) }
        }
        return WordInfo(key: PHIFolding.collapse(folded), folded: folded, terminator: terminator, colon: colon,
                        isPunctuation: isPunctuation, glued: glued)
    }

    /// Plain Levenshtein distance of two short keys.
    static func editDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
