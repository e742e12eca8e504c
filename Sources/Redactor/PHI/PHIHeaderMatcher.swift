/// Finds the renderings of header values in a line of text.
struct PHIHeaderMatcher: Sendable {
    /// A header value found in a line.
    struct Hit: Equatable {
        /// The entry's position in the index.
        var entry: Int
        /// How it was written (the rendering's label).
        var rendering: String
        /// The pieces matched, absorbed companions included.
        var first: Int
        var last: Int
        /// Edits between the rendering and the text.
        var distance: Int
        /// Characters of the rendering less three per edit (longer and exact renderings explain a
        /// word better).
        var strength: Int
    }

    /// The renderings of every entry of the index.
    let entries: [PHIEntryRenderings]

    /// The most companion pieces absorbed on either side of a match.
    static let maximumAbsorbed = 3

    /// Prepares the renderings of an index.
    init(index: PHIIndex) {
        entries = index.entries.enumerated().map { PHIRenderer.renderings(of: $1, position: $0) }
    }

    /// Every header value found in the line.
    func hits(in line: PHILineText) -> [Hit] {
        var hits: [Hit] = []
        let pieces = line.pieces
        guard !pieces.isEmpty else { return [] }
        for entry in entries {
            var entryHits: [Hit] = []
            for rendering in entry.renderings {
                let spans = PHISpanMatcher.spans(of: rendering.key, in: pieces, limit: rendering.limit,
                                                 trimLetters: rendering.trimLetters)
                let accepted = spans.filter { accepts($0, of: rendering, entry: entry, in: line) }
                for span in PHISpanMatcher.minimal(accepted) {
                    entryHits.append(Hit(entry: entry.entry, rendering: rendering.label, first: span.first,
                                         last: span.last, distance: span.distance,
                                         strength: rendering.key.count - 3 * span.distance))
                }
            }
            for var hit in entryHits {
                absorb(&hit, companions: entry.companions, in: line)
                hits.append(hit)
            }
        }
        return hits
    }

    /// The checks a span must pass beyond its distance.
    private func accepts(_ span: PHISpanMatcher.Span, of rendering: PHIRendering, entry: PHIEntryRenderings,
                         in line: PHILineText) -> Bool {
        let count = span.last - span.first + 1
        guard count >= rendering.minimumPieces else { return false }
        if rendering.wholeWords && !line.coversWholeWords(span.first, span.last) { return false }
        if let separators = rendering.separators, !line.hasSeparator(in: separators, span.first, span.last) {
            return false
        }
        let pieces = line.pieces[span.first...span.last]
        let key = pieces.flatMap(\.key)
        switch rendering.role {
        case .initials:
            // Initials are whole words of letters ("SK", "S.K.", "S. K.", misread "5K") that are not
            // technical vocabulary ("f/s" and "15" are not initials).
            let inner = pieces.dropFirst().allSatisfy { $0.gapBefore.allSatisfy { $0 == "." || $0 == " " } }
            let words = line.words(ofPieces: span.first, span.last)
            let shaped = words.allSatisfy { word in
                line.words[word].allSatisfy { $0.isLetter || "01256.,: ".contains($0) }
            }
            // A letter OCR never reads as a digit keeps "l5" (15) from passing for "LS".
            let hasLetter = words.contains { line.words[$0].contains { $0.isLetter && !"OoQlIiSsBZzGg".contains($0) } }
            // A label ("ID:", "DOB") is not initials.
            let label = words.contains { line.words[$0].hasSuffix(":") } || PHILabels.isLabelWord(key)
            return inner && shaped && hasLetter && !label && !PHITechnicalVocabulary.contains(key: key)
        case .anchor:
            guard span.distance > 0 else { return true }
            // A misread match needs enough text to be telling, and must not be a technical word.
            if key.count < 5 { return false }
            if count == 1 && PHITechnicalVocabulary.contains(key: key) { return false }
            // A misread number must begin and end on digits: letters read as digits ("DOB" ≈ "D08")
            // must not join it.
            if rendering.trimLetters {
                let hasDigit = { (piece: PHILineText.Piece) in
                    piece.folded.unicodeScalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
                }
                if !hasDigit(pieces[pieces.startIndex]) || !hasDigit(pieces[pieces.endIndex - 1]) { return false }
            }
            // Across several pieces, the first and last must resemble words of the value: the
            // edits of a long name must not swallow a neighbouring label ("Name:" + "ROSSI" ≈
            // "KWAME ROSSI").
            if count > 1 && !entry.companions.isEmpty {
                return [pieces[pieces.startIndex], pieces[pieces.endIndex - 1]].allSatisfy { piece in
                    entry.companions.contains(piece.key) || entry.companions.contains { companion in
                        let longer = max(companion.count, piece.key.count)
                        let tolerance = longer >= 8 ? 2 : (longer >= 3 ? 1 : 0)
                        return tolerance > 0 && abs(companion.count - piece.key.count) <= tolerance
                            && PHILabels.editDistance(companion, piece.key) <= tolerance
                    }
                }
            }
            return true
        }
    }

    /// Extends a hit over neighbouring companion pieces (titles, other name parts, initials,
    /// other words of an institution).
    private func absorb(_ hit: inout Hit, companions: Set<[UInt32]>, in line: PHILineText) {
        guard !companions.isEmpty else { return }
        var absorbed = 0
        // A word ending in ":" is a label ("Ref. Dr:"), not a title of the name after it.
        while absorbed < Self.maximumAbsorbed, hit.first > 0, !line.pieces[hit.first].gapBefore.contains(":"),
              companions.contains(line.pieces[hit.first - 1].key) {
            hit.first -= 1
            absorbed += 1
        }
        absorbed = 0
        while absorbed < Self.maximumAbsorbed, hit.last + 1 < line.pieces.count,
              !line.pieces[hit.last + 1].gapBefore.contains(":"),
              companions.contains(line.pieces[hit.last + 1].key) {
            hit.last += 1
            absorbed += 1
        }
    }
}
