import OCR

/// Shapes of person names without the header.
extension PHIPatterns {
    /// Titles that introduce a person's name.
    static let titles: Set<String> = ["dr", "prof", "mr", "mrs", "ms", "mx", "miss"]

    /// Shapes of person names without a header value: a word with "^" between letters
    /// ("DOE^JANE"), "LAST, FIRST" with capitalised words that are not technical vocabulary,
    /// and a title ("Dr.", "Mrs") followed by capitalised words or initials.
    static func nameShapes(_ line: [DetectedText]) -> [Hit] {
        var hits: [Hit] = []
        let texts = line.map { $0.text.phiTrimmed([" "]) }
        for (index, text) in texts.enumerated() {
            // DOE^JANE
            let parts = text.split(separator: "^", omittingEmptySubsequences: false)
            if parts.count >= 2, parts.prefix(2).allSatisfy({ part in part.contains { $0.isLetter } }) {
                hits.append(Hit(name: "name-shape", words: [index]))
                continue
            }
            // DOE, JANE [M]
            if text.hasSuffix(","), isNameWord(String(text.dropLast())), index + 1 < texts.count,
               isNameWord(texts[index + 1]) {
                var covered = [index, index + 1]
                if index + 2 < texts.count, isInitial(texts[index + 2]) { covered.append(index + 2) }
                hits.append(Hit(name: "name-shape", words: covered))
                continue
            }
            // Dr. Patel, Dr R. Patel, Mrs Jane Doe
            let folded = PHIFolding.fold(Substring(text))
            if titles.contains(folded), text.first?.isUppercase == true, !text.hasSuffix(":") {
                var covered: [Int] = []
                var position = index + 1
                while position < texts.count, covered.count < 3 {
                    let word = texts[position]
                    if isInitial(word) || isNameWord(word) { covered.append(position); position += 1 } else { break }
                }
                if let last = covered.last, isNameWord(texts[last]) {
                    hits.append(Hit(name: "name-shape", words: [index] + covered))
                }
            }
        }
        return hits
    }

    /// A capitalised word of letters (apostrophes and hyphens allowed), two letters or more, that
    /// is not technical vocabulary.
    private static func isNameWord(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == "," || last == "." { trimmed.removeLast() }
        guard trimmed.count >= 2, trimmed.first?.isUppercase == true,
              trimmed.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" }) else { return false }
        return !PHITechnicalVocabulary.contains(key: PHIFolding.key(trimmed))
    }

    /// A capital letter, optionally followed by a dot ("R.", "M").
    private static func isInitial(_ text: String) -> Bool {
        let letters = text.filter { $0 != "." }
        return letters.count == 1 && letters.first?.isUppercase == true && text.count <= 2
    }
}
