/// Approximate matching of a comparison key against runs of consecutive pieces of a line.
///
/// The distance is the Levenshtein distance (a dropped, doubled or substituted character costs
/// one) between the key and the concatenated keys of the pieces. With `trimLetters`, letters
/// before the first digit of the first piece and after the last digit of the last piece may be
/// left out, so an identifier is found inside "MRN1234567" or "ID1234567" (only real letters
/// are left out: the "DOB" of "DOB19450407" is, but the "O" in "8O97598" is not).
enum PHISpanMatcher {
    /// A run of pieces `first...last` and its distance from the key.
    struct Span: Equatable {
        var first: Int
        var last: Int
        var distance: Int
    }

    /// The most pieces one span may cover.
    static let maximumPieces = 12

    /// The edits allowed for a string of `length` characters: none below 5, one below 10,
    /// two below 20, three from 20.
    static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<5: return 0
        case ..<10: return 1
        case ..<20: return 2
        default: return 3
        }
    }

    /// Every span of `pieces` within `limit` edits of `key` (callers filter them, then keep the
    /// `minimal` ones).
    static func spans(of key: [UInt32], in pieces: [PHILineText.Piece], limit: Int, trimLetters: Bool) -> [Span] {
        guard !key.isEmpty, !pieces.isEmpty else { return [] }
        var found: [Span] = []
        for first in pieces.indices {
            if limit == 0 && !trimLetters {
                exactSpans(of: key, in: pieces, from: first, into: &found)
            } else {
                approximateSpans(of: key, in: pieces, from: first, limit: limit, skip: 0, trimLetters: trimLetters,
                                 into: &found)
                if trimLetters, let skip = letterPrefix(pieces[first]) {
                    approximateSpans(of: key, in: pieces, from: first, limit: limit, skip: skip, trimLetters: true,
                                     into: &found)
                }
            }
        }
        return found
    }

    /// The number of leading letters of a piece made of letters then a number ("mrn1234567" → 3);
    /// the rest must be three characters or more, at least 70% of them digits.
    static func letterPrefix(_ piece: PHILineText.Piece) -> Int? {
        let scalars = Array(piece.folded.unicodeScalars)
        guard let digit = scalars.firstIndex(where: isDigit), digit > 0,
              scalars[..<digit].allSatisfy({ $0.properties.isAlphabetic }),
              isNumber(scalars[digit...]) else { return nil }
        return digit
    }

    /// The number of characters of a piece up to its last digit, when only letters follow it
    /// ("1234567a" → 7); the part kept must be a number as for `letterPrefix`.
    static func digitPrefix(_ piece: PHILineText.Piece) -> Int? {
        let scalars = Array(piece.folded.unicodeScalars)
        guard let digit = scalars.lastIndex(where: isDigit), digit < scalars.count - 1,
              scalars[(digit + 1)...].allSatisfy({ $0.properties.isAlphabetic }),
              isNumber(scalars[...digit]) else { return nil }
        return digit + 1
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Three characters or more, at least 70% digits.
    private static func isNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.count >= 3 && scalars.filter(isDigit).count * 10 >= scalars.count * 7
    }

    /// Spans starting at `first` whose concatenated keys equal `key`.
    private static func exactSpans(of key: [UInt32], in pieces: [PHILineText.Piece], from first: Int,
                                   into found: inout [Span]) {
        var offset = 0
        var last = first
        while last < pieces.count && last - first < maximumPieces {
            let piece = pieces[last].key
            guard offset + piece.count <= key.count else { return }
            for (index, value) in piece.enumerated() where key[offset + index] != value { return }
            offset += piece.count
            if offset == key.count {
                found.append(Span(first: first, last: last, distance: 0))
                return
            }
            last += 1
        }
    }

    /// Spans starting at `first` within `limit` edits, by dynamic programming over the key,
    /// leaving out the first `skip` characters of the first piece; with `trimLetters` a span
    /// may also end before the trailing letters of its last piece.
    private static func approximateSpans(of key: [UInt32], in pieces: [PHILineText.Piece], from first: Int,
                                         limit: Int, skip: Int, trimLetters: Bool, into found: inout [Span]) {
        let m = key.count
        // With no equal pair among the first limit + 1 characters of key and text, the distance
        // exceeds the limit: a cheap test that rejects most starts.
        var opening: [UInt32] = []
        var position = first
        var offset = skip
        while opening.count <= limit && position < pieces.count {
            let text = pieces[position].key
            if offset < text.count { opening.append(text[offset]); offset += 1 } else { position += 1; offset = 0 }
        }
        guard key.prefix(limit + 1).contains(where: { opening.contains($0) }) else { return }

        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        var last = first
        while last < pieces.count && last - first < maximumPieces {
            let text = pieces[last].key
            let start = last == first ? skip : 0
            let cut = trimLetters ? digitPrefix(pieces[last]) : nil
            var best = Int.max
            var hopeless = false
            var index = start
            while index < text.count {
                let character = text[index]
                current[0] = previous[0] + 1
                var rowMinimum = current[0]
                for column in 1...m {
                    let substitution = previous[column - 1] + (key[column - 1] == character ? 0 : 1)
                    var value = previous[column] + 1
                    if substitution < value { value = substitution }
                    if current[column - 1] + 1 < value { value = current[column - 1] + 1 }
                    current[column] = value
                    if value < rowMinimum { rowMinimum = value }
                }
                swap(&previous, &current)
                index += 1
                if index == cut { best = min(best, previous[m]) }
                // Every later cell grows from this row, so nothing can come within the limit.
                if rowMinimum > limit { hopeless = true; break }
            }
            if !hopeless { best = min(best, previous[m]) }
            if best <= limit {
                found.append(Span(first: first, last: last, distance: best))
            }
            if hopeless { return }
            last += 1
        }
    }

    /// The spans not containing another span with an equal or smaller distance.
    static func minimal(_ spans: [Span]) -> [Span] {
        spans.filter { span in
            !spans.contains { other in
                other != span && other.first >= span.first && other.last <= span.last
                    && other.distance <= span.distance
            }
        }
    }
}
