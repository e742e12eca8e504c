/// Times of day, long numbers, identifier shapes, phone and social security numbers.
extension PHIPatterns {
    /// Times of day: hh:mm, hh:mm:ss (with fractions), h:mm AM/PM, h.mm pm.
    static func times(_ atoms: [PHIAtoms.Atom]) -> [Hit] {
        var hits: [Hit] = []
        for index in atoms.indices {
            guard let hourText = atoms[index].number, hourText.count <= 2, let hour = Int(hourText) else { continue }
            if index >= 2, atoms[index - 1].symbol == ":", atoms[index - 2].number != nil { continue }
            guard index + 2 < atoms.count, let separator = atoms[index + 1].symbol, separator == ":" || separator == ".",
                  let minuteText = atoms[index + 2].number, minuteText.count == 2, let minute = Int(minuteText) else {
                continue
            }
            // hh:mm with two-digit groups is a time whatever the values: OCR reads the 0 of small
            // digits as 6, 8 or 9 ("63:42" for 08:42). Other forms need a real hour and minute.
            let shaped = separator == ":" && hourText.count == 2
            guard shaped || (hour < 24 && minute < 60) else { continue }
            var end = index + 2
            if end + 2 < atoms.count, atoms[end + 1].symbol == separator, let secondText = atoms[end + 2].number,
               secondText.count == 2, let second = Int(secondText), shaped || second < 60 {
                end += 2
                if end + 2 < atoms.count, atoms[end + 1].symbol == ".", atoms[end + 2].number != nil { end += 2 }
            }
            var meridiem = false
            if let after = next(atoms, after: end), let letters = atoms[after].letters,
               ["am", "pm", "a", "p"].contains(letters), hour >= 1, hour <= 12 {
                var last = after
                // "a.m." arrives as a . m .
                if letters.count == 1, let dot = next(atoms, after: after), atoms[dot].symbol == ".",
                   let m = next(atoms, after: dot), atoms[m].letters == "m" {
                    last = m
                    if let dot2 = next(atoms, after: m), atoms[dot2].symbol == ".", atoms[dot2].word == atoms[m].word {
                        last = dot2
                    }
                } else if letters.count == 1 {
                    continue
                }
                meridiem = true
                end = last
            }
            // A dot between hours and minutes is a decimal unless AM/PM follows ("2.32 pm").
            if separator == "." && !meridiem { continue }
            hits.append(Hit(name: "time", words: words(atoms, index, end)))
        }
        return hits
    }

    /// Letter prefixes that make a number technical rather than an identifier.
    static let technicalPrefixes: Set<String> = [
        "b", "tr", "te", "ti", "ei", "w", "ww", "wl", "wc", "l", "im", "img", "se", "ser", "z", "kv", "ma", "mas",
        "hz", "khz", "mhz", "fov", "loc", "no", "run", "frm", "fr", "x", "v", "sn",
    ]

    /// Long digit runs (six digits or more), identifiers with a short letter prefix and five
    /// digits or more (A12345, MRN12345), digit groups joined by dashes with seven digits or
    /// more (12-345-678), social security (123-45-6789) and phone numbers ((555) 123-4567).
    static func numbers(_ atoms: [PHIAtoms.Atom]) -> [Hit] {
        var hits: [Hit] = []
        for (index, atom) in atoms.enumerated() {
            guard let digits = atom.number else { continue }
            if digits.count >= 6 {
                hits.append(Hit(name: "digit-run", words: [atom.word]))
                continue
            }
            if digits.count == 5, index > 0, let prefix = atoms[index - 1].letters, atoms[index - 1].word == atom.word,
               prefix.count <= 4, !technicalPrefixes.contains(prefix) {
                hits.append(Hit(name: "identifier", words: [atom.word]))
                continue
            }
            // Digit groups joined by dashes (no spaces), or phone numbers with spaces.
            if index >= 2, (atoms[index - 1].symbol == "-" || atoms[index - 1].symbol == "."),
               atoms[index - 2].number != nil { continue }
            var position = index
            var groups = [digits]
            var joiners: [Character] = []
            while position + 2 < atoms.count, let joiner = atoms[position + 1].symbol, joiner == "-" || joiner == ".",
                  let group = atoms[position + 2].number {
                groups.append(group)
                joiners.append(joiner)
                position += 2
            }
            let total = groups.reduce(0) { $0 + $1.count }
            let dotted = joiners.contains(".")
            if groups.count >= 2, total >= 7, !dotted || groups.map(\.count) == [3, 3, 4] {
                hits.append(Hit(name: groups.map(\.count) == [3, 2, 4] ? "ssn" : "identifier",
                                words: words(atoms, index, position)))
            } else if let phone = phoneNumber(atoms, at: index) {
                hits.append(Hit(name: "phone", words: words(atoms, phone.first, phone.last)))
            }
        }
        return hits
    }

    /// A phone number written "(555) 123-4567" or "555 123 4567" starting at or just before `index`.
    private static func phoneNumber(_ atoms: [PHIAtoms.Atom], at index: Int) -> (first: Int, last: Int)? {
        guard atoms[index].number?.count == 3 else { return nil }
        var first = index
        if index > 0, atoms[index - 1].symbol == "(" { first = index - 1 }
        var position = index
        if position + 1 < atoms.count, atoms[position + 1].symbol == ")" { position += 1 }
        guard let a = next(atoms, after: position), atoms[a].number?.count == 3 else { return nil }
        var b = a + 1
        if b < atoms.count, let symbol = atoms[b].symbol, symbol == "-" || symbol == "." { b += 1 }
        while b < atoms.count && atoms[b].isSpace { b += 1 }
        guard b < atoms.count, atoms[b].number?.count == 4, first < index || atoms[b - 1].symbol != nil else { return nil }
        return (first, b)
    }
}
