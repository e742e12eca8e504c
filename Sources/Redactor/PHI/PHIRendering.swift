/// One way a header value may be written in the pixels, as a comparison key.
struct PHIRendering: Sendable {
    /// What a match of the rendering means.
    enum Role: Sendable {
        /// The rendering identifies the value on its own.
        case anchor
        /// Initials of a member of staff ("SK"): only a whole word, never technical vocabulary.
        case initials
    }

    /// The collapsed key of the rendering (letters and digits only).
    var key: [UInt32]
    /// How the value is written, for the reason ("LAST, FIRST", "DD-Mon-YYYY").
    var label: String
    /// The role of a match.
    var role: Role
    /// Edits allowed.
    var limit: Int
    /// True when letters around the match in its first and last piece may be left out
    /// (mostly-digit keys of six characters or more: "MRN1234567" holds "1234567").
    var trimLetters: Bool
    /// The fewest pieces a match must cover (short numeric renderings need their separators:
    /// "3/7/24" is a date, "3724" is not).
    var minimumPieces: Int
    /// True when a match must cover whole words.
    var wholeWords: Bool
    /// When set, a gap inside the match must hold one of these ("14:32" is a time, "14/32" is not).
    var separators: Set<Character>? = nil
}

/// The renderings of one index entry, and the words that may stand next to a match of it.
struct PHIEntryRenderings: Sendable {
    /// The entry's position in the index.
    var entry: Int
    /// Every rendering, without duplicate keys.
    var renderings: [PHIRendering]
    /// Keys of words absorbed when they stand next to a match: the other parts of a name,
    /// initials, titles ("Dr"), the other words of an institution name.
    var companions: Set<[UInt32]>
}

/// Collects renderings without duplicate keys, deriving tolerance and free ends from the key.
struct PHIRenderingSet {
    private(set) var renderings: [PHIRendering] = []
    private var seen: Set<[UInt32]> = []
    var companions: Set<[UInt32]> = []

    /// Adds a rendering of folded text `folded` (letters and digits, lower case). Edits allowed
    /// follow `PHISpanMatcher.tolerance(forLength:)`, except that mostly-digit keys shorter than six
    /// characters and initials must match exactly; `limit` overrides both.
    mutating func add(_ folded: String, label: String, role: PHIRendering.Role = .anchor,
                      minimumPieces: Int = 1, wholeWords: Bool = false, separators: Set<Character>? = nil,
                      limit: Int? = nil) {
        let key = PHIFolding.collapse(folded)
        guard !key.isEmpty, !seen.contains(key) else { return }
        seen.insert(key)
        let digits = folded.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count
        let mostlyDigits = digits * 10 >= key.count * 7
        let defaultLimit: Int
        if role == .initials || (mostlyDigits && key.count < 6) {
            defaultLimit = 0
        } else {
            defaultLimit = PHISpanMatcher.tolerance(forLength: key.count)
        }
        renderings.append(PHIRendering(key: key, label: label, role: role, limit: limit ?? defaultLimit,
                                       trimLetters: mostlyDigits && key.count >= 6, minimumPieces: minimumPieces,
                                       wholeWords: wholeWords || role == .initials, separators: separators))
    }

    /// Adds a companion word (folded).
    mutating func addCompanion(_ folded: String) {
        let key = PHIFolding.collapse(folded)
        if !key.isEmpty { companions.insert(key) }
    }

    /// Adds the words of a raw value as companions, both whole ("childrens") and cut into
    /// pieces as OCR text is ("children", "s").
    mutating func addCompanions(raw value: String) {
        for word in value.split(whereSeparator: { $0 == " " || $0 == "^" || $0 == "=" }) {
            addCompanion(PHIFolding.fold(word))
            for piece in word.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                addCompanion(PHIFolding.fold(piece))
            }
        }
    }

    /// The result for entry `entry`.
    func result(entry: Int) -> PHIEntryRenderings {
        PHIEntryRenderings(entry: entry, renderings: renderings, companions: companions)
    }
}

/// Turns index entries into renderings.
enum PHIRenderer {
    /// The renderings of entry number `position` of an index.
    static func renderings(of entry: PHIEntry, position: Int) -> PHIEntryRenderings {
        var set = PHIRenderingSet()
        switch entry.kind {
        case .patientName: PHINameRenderings.add(entry.value, staff: false, to: &set)
        case .staffName: PHINameRenderings.add(entry.value, staff: true, to: &set)
        case .date: PHIDateRenderings.add(entry.value, to: &set)
        case .time: PHITimeRenderings.add(entry.value, to: &set)
        case .age: PHIAgeRenderings.add(entry.value, to: &set)
        case .identifier: PHIIdentifierRenderings.add(entry.value, to: &set)
        case .place: PHIPlaceRenderings.add(entry.value, to: &set)
        }
        return set.result(entry: position)
    }
}
