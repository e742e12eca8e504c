/// Character normalisation shared by header matching, patterns and labels.
///
/// Two levels: *folding* lower-cases letters and strips diacritics ("Müller" → "muller"), keeping
/// letters and digits only; *collapsing* then maps glyphs OCR confuses to one value (O/0/Q,
/// l/1/I/|, S/5, B/8, Z/2, G/6), so that "D0E" and "DOE" compare equal. Collapsing is applied to
/// both sides of a comparison, so it need not know whether a character was meant as a letter.
enum PHIFolding {
    /// The folded letters and digits of `text`, lower case, without diacritics; everything else
    /// (spaces, punctuation) is dropped. "|" counts as "l" inside a word.
    static func fold(_ text: Substring) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
        return String(out)
    }

    /// Appends the folded form of one scalar (nothing for separators and combining marks).
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let value = scalar.value
            if value >= 0x41 && value <= 0x5A {  // A-Z
                out.append(Unicode.Scalar(UInt8(value + 0x20)))
            } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                out.append(scalar)
            } else if value == 0x7C {  // "|", which OCR reads for l, I and 1
                out.append("l")
            }
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let base = diacriticFolds[lower] {
                out.append(contentsOf: base.unicodeScalars)
            } else if lower.properties.generalCategory == .nonspacingMark {
                continue
            } else if lower.properties.isAlphabetic || lower.properties.numericType != nil {
                out.append(lower)
            }
        }
    }

    /// True when a character is a letter or digit (kept by folding).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x7C
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The comparison key of folded text: confusable glyphs share one value.
    static func collapse(_ folded: String) -> [UInt32] {
        folded.unicodeScalars.map { collapse($0) }
    }

    /// The comparison value of one folded scalar.
    static func collapse(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar {
        case "o", "q": return 0x30  // 0
        case "l", "i": return 0x31  // 1
        case "z": return 0x32       // 2
        case "s": return 0x35       // 5
        case "g": return 0x36       // 6
        case "b": return 0x38       // 8
        default: return scalar.value
        }
    }

    /// The comparison key of raw text: folded, then collapsed.
    static func key(_ text: Substring) -> [UInt32] {
        collapse(fold(text))
    }

    /// The comparison key of raw text.
    static func key(_ text: String) -> [UInt32] {
        key(Substring(text))
    }

    /// Accented Latin letters and ligatures and their plain spelling.
    static let diacriticFolds: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
            ("þ", "th"), ("ð", "d"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
