/// A line of OCR words cut into atoms (numbers, letter runs, symbols, spaces between words) for
/// the header-free patterns. Letters OCR reads for digits are turned back into digits where the
/// context is numeric ("2O24-O3-O7" → "2024-03-07", "l4:3Z" → "14:32").
struct PHIAtoms {
    /// One atom.
    struct Atom: Equatable {
        enum Kind: Equatable {
            case number(String)
            case letters(String)
            case symbol(Character)
            case space
        }
        var kind: Kind
        var word: Int

        var number: String? { if case .number(let digits) = kind { return digits } else { return nil } }
        var letters: String? { if case .letters(let text) = kind { return text } else { return nil } }
        var symbol: Character? { if case .symbol(let character) = kind { return character } else { return nil } }
        var isSpace: Bool { kind == .space }
    }

    /// The atoms, in reading order.
    let atoms: [Atom]

    /// Cuts the words into atoms.
    init(words: [String]) {
        var atoms: [Atom] = []
        for (index, word) in words.enumerated() {
            if index > 0 { atoms.append(Atom(kind: .space, word: index)) }
            var digits = "", letters = ""
            func flush() {
                if !digits.isEmpty { atoms.append(Atom(kind: .number(digits), word: index)); digits = "" }
                if !letters.isEmpty { atoms.append(Atom(kind: .letters(letters), word: index)); letters = "" }
            }
            for character in Self.digitNormalized(word) {
                if character.isASCII && character.isNumber {
                    if !letters.isEmpty { flush() }
                    digits.append(character)
                } else if character.isLetter {
                    if !digits.isEmpty { flush() }
                    letters += character.lowercased()
                } else {
                    flush()
                    if !character.isWhitespace { atoms.append(Atom(kind: .symbol(character), word: index)) }
                }
            }
            flush()
        }
        self.atoms = atoms
    }

    /// Glyphs OCR reads for digits, and the digit meant.
    static let digitConfusions: [Character: Character] = [
        "O": "0", "o": "0", "Q": "0", "l": "1", "I": "1", "i": "1", "|": "1", "!": "1",
        "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "g": "9", "q": "9",
    ]

    /// The word with confusable letters replaced by digits in numeric runs: a run of letters and
    /// digits (between separators) with at least one digit and at least 70% digits or
    /// confusables; and a short run of confusables only that touches a numeric run across one
    /// of ":/.-" ("II:30").
    static func digitNormalized(_ word: String) -> String {
        var runs: [(text: [Character], isRun: Bool)] = []
        for character in word {
            let isRunCharacter = character.isLetter || character.isNumber || character == "|" || character == "!"
            if let last = runs.last, last.isRun == isRunCharacter, isRunCharacter {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append(([character], isRunCharacter))
            }
        }
        func isNumeric(_ run: [Character]) -> Bool {
            let digits = run.filter { $0.isASCII && $0.isNumber }.count
            let confusable = run.filter { digitConfusions[$0] != nil }.count
            return digits > 0 && (digits + confusable) * 10 >= run.count * 7
        }
        var numeric = runs.map { $0.isRun && isNumeric($0.text) }
        for (index, run) in runs.enumerated() where run.isRun && !numeric[index] {
            guard run.text.count <= 4, run.text.allSatisfy({ digitConfusions[$0] != nil }) else { continue }
            let joins: (Int) -> Bool = { separator in
                separator >= 0 && separator < runs.count && !runs[separator].isRun && runs[separator].text.count == 1
                    && ":/.-".contains(runs[separator].text[0])
            }
            if (joins(index - 1) && index >= 2 && numeric[index - 2])
                || (joins(index + 1) && index + 2 < runs.count && numeric[index + 2]) {
                numeric[index] = true
            }
        }
        var out = ""
        for (index, run) in runs.enumerated() {
            if numeric[index] {
                out += String(run.text.map { digitConfusions[$0] ?? $0 })
            } else if run.isRun && isWordlike(run.text) {
                out += String(run.text.map { letterConfusions[$0] ?? $0 })
            } else {
                out += String(run.text)
            }
        }
        return out
    }

    /// Digits OCR reads for lower-case letters, and the letter meant.
    static let letterConfusions: [Character: Character] = ["0": "o", "1": "l", "5": "s", "8": "b", "6": "g"]

    /// True for a run of three characters or more with at least two letters OCR never reads as
    /// digits and exactly one digit, which is a misread letter ("Ju1" → "Jul", "Mar" stays).
    private static func isWordlike(_ run: [Character]) -> Bool {
        let digits = run.filter { $0.isASCII && $0.isNumber }
        let plainLetters = run.filter { $0.isLetter && digitConfusions[$0] == nil }
        // "5th" is an ordinal, not a word.
        let ordinal = run.first.map { $0.isNumber } == true
            && ["st", "nd", "rd", "th"].contains(String(run.dropFirst()).lowercased())
        return run.count >= 3 && digits.count == 1 && plainLetters.count >= 2 && !ordinal
            && digits.allSatisfy { letterConfusions[$0] != nil }
    }
}
