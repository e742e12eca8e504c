/// A line of OCR words cut into pieces: the runs of letters and digits between punctuation and
/// spaces. Header values are matched against runs of consecutive pieces, so "DOE,JANE" (one
/// word), "DOE, JANE" (two words) and "03/07/2024" all line up with their header values.
struct PHILineText {
    /// One run of letters and digits inside a word.
    struct Piece {
        /// The word it belongs to (index into the line).
        var word: Int
        /// The folded text (lower case, no diacritics).
        var folded: String
        /// The collapsed comparison key.
        var key: [UInt32]
        /// True for the first piece of its word.
        var startsWord: Bool
        /// True for the last piece of its word.
        var endsWord: Bool
        /// The characters between the previous piece and this one ("/" in "03/07", " " between
        /// words, ", " in "DOE, JANE"); empty for the first piece.
        var gapBefore: String = ""
    }

    /// The words' texts as read.
    let words: [String]
    /// Every piece, in reading order.
    let pieces: [Piece]
    /// The pieces of each word.
    let wordPieces: [Range<Int>]

    /// Cuts the words into pieces.
    init(words: [String]) {
        self.words = words
        var pieces: [Piece] = []
        var ranges: [Range<Int>] = []
        var gap = ""
        for (index, word) in words.enumerated() {
            let start = pieces.count
            if index > 0 { gap += " " }
            var current = String.UnicodeScalarView()
            let flush = {
                if !current.isEmpty {
                    let folded = PHIFolding.fold(Substring(String(current)))
                    if !folded.isEmpty {
                        pieces.append(Piece(word: index, folded: folded, key: PHIFolding.collapse(folded),
                                            startsWord: false, endsWord: false, gapBefore: pieces.isEmpty ? "" : gap))
                        gap = ""
                    }
                    current = String.UnicodeScalarView()
                }
            }
            // "|" alone is a separator; inside a word it is a misread l, I or 1.
            let onlyBars = word.unicodeScalars.allSatisfy { $0 == "|" || !PHIFolding.isWordCharacter($0) }
            for scalar in word.unicodeScalars {
                if PHIFolding.isWordCharacter(scalar) && !(onlyBars && scalar == "|") {
                    current.append(scalar)
                } else {
                    flush()
                    gap.unicodeScalars.append(scalar)
                }
            }
            flush()
            if pieces.count > start {
                pieces[start].startsWord = true
                pieces[pieces.count - 1].endsWord = true
            }
            ranges.append(start..<pieces.count)
        }
        self.pieces = pieces
        self.wordPieces = ranges
    }

    /// The words touched by pieces `first...last`.
    func words(ofPieces first: Int, _ last: Int) -> [Int] {
        guard first <= last, first >= 0, last < pieces.count else { return [] }
        var result: [Int] = []
        for index in first...last where result.last != pieces[index].word {
            result.append(pieces[index].word)
        }
        return result
    }

    /// True when a gap inside pieces `first...last` holds one of `separators`.
    func hasSeparator(in separators: Set<Character>, _ first: Int, _ last: Int) -> Bool {
        guard first < last else { return false }
        return pieces[(first + 1)...last].contains { piece in piece.gapBefore.contains { separators.contains($0) } }
    }

    /// True when pieces `first...last` cover whole words (no piece of those words left out).
    func coversWholeWords(_ first: Int, _ last: Int) -> Bool {
        pieces[first].startsWord && pieces[last].endsWord
    }
}
