/// Dates without the header: numeric, compact and with month names.
extension PHIPatterns {
    /// The month (1-12) an English month name or abbreviation stands for, allowing the misreads
    /// OCR makes of them: one wrong character in a full name of five letters or more ("Marhc"),
    /// a doubled letter ("Junn", "Appr").
    static func month(_ letters: String) -> Int? {
        if let index = PHIDateRenderings.monthAbbreviations.firstIndex(of: letters) { return index + 1 }
        if let index = PHIDateRenderings.monthNames.firstIndex(of: letters) { return index + 1 }
        if letters == "sept" { return 9 }
        let characters = Array(letters)
        // A doubled letter ("Junn", "JJan", "Appr").
        var single: [Character] = []
        for character in characters where single.last != character { single.append(character) }
        if single.count < characters.count, single.count >= 3 {
            let undoubled = String(single)
            if let index = PHIDateRenderings.monthAbbreviations.firstIndex(of: undoubled) { return index + 1 }
            if let index = PHIDateRenderings.monthNames.firstIndex(of: undoubled) { return index + 1 }
        }
        if characters.count >= 4 {
            let key = PHIFolding.collapse(letters)
            for (index, name) in PHIDateRenderings.monthNames.enumerated() where name.count >= 5 {
                if abs(name.count - characters.count) <= 1, PHILabels.editDistance(key, PHIFolding.collapse(name)) <= 1 {
                    return index + 1
                }
            }
        }
        return nil
    }

    /// True for a plausible calendar date (years 1900-2099).
    static func plausible(year: Int, month: Int, day: Int) -> Bool {
        (1900...2099).contains(year) && PHIDateRenderings.isValid(.init(year: year, month: month, day: day))
    }

    /// A two- or four-digit year as four digits (two-digit years pivot at 30: 24 → 2024, 45 → 1945).
    static func fullYear(_ digits: String) -> Int? {
        guard let value = Int(digits) else { return nil }
        if digits.count == 4 { return value }
        if digits.count == 2 { return value < 30 ? 2000 + value : 1900 + value }
        return nil
    }

    /// Numeric dates with separators (2024-03-07, 03/07/2024, 7.3.24), eight-digit dates
    /// (20240307), and dates with month names (07-Mar-2024, Mar 7 2024, 2024 Mar 07, 7 March).
    static func dates(_ atoms: [PHIAtoms.Atom]) -> [Hit] {
        var hits: [Hit] = []
        for index in atoms.indices {
            if let end = numericDate(atoms, at: index) {
                hits.append(Hit(name: "date", words: words(atoms, index, end)))
            } else if let end = namedDate(atoms, at: index) {
                hits.append(Hit(name: "date", words: words(atoms, index, end)))
            } else if let digits = atoms[index].number, digits.count == 8, compactDate(digits) {
                hits.append(Hit(name: "date", words: [atoms[index].word]))
            }
        }
        return hits
    }

    /// True for eight digits that read as YYYYMMDD, MMDDYYYY or DDMMYYYY.
    private static func compactDate(_ digits: String) -> Bool {
        let values = digits.compactMap { $0.wholeNumberValue }
        guard values.count == 8 else { return false }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + values[$1] } }
        return plausible(year: number(0..<4), month: number(4..<6), day: number(6..<8))
            || plausible(year: number(4..<8), month: number(0..<2), day: number(2..<4))
            || plausible(year: number(4..<8), month: number(2..<4), day: number(0..<2))
    }

    /// The last atom of a numeric date starting at `index` (N sep N sep N, the same separator
    /// twice, a doubled separator tolerated). Groups of a damaged date ("2019/03/0",
    /// "20019/09/16", "03/06/22018", "08/09/204") still count when one of them is a year of the
    /// 1900s or 2000s with at most one digit doubled or dropped, the separator is "/" or "-", and
    /// the digits number six to ten.
    private static func numericDate(_ atoms: [PHIAtoms.Atom], at index: Int) -> Int? {
        guard let first = atoms[index].number, first.count <= 5 else { return nil }
        // Not the tail of a longer dotted or dashed number (1.2.840, 10-12-14-16).
        if index >= 2, let symbol = atoms[index - 1].symbol, "./-:".contains(symbol), atoms[index - 2].number != nil {
            return nil
        }
        guard let s1 = next(atoms, after: index) else { return nil }
        guard let separator = atoms[s1].symbol, "/-.".contains(separator) else {
            return yearThenMonthDay(atoms, at: index)
        }
        let skipDouble = { (position: Int) -> Int in
            position + 1 < atoms.count && atoms[position + 1].symbol == separator ? position + 1 : position
        }
        guard let n2 = next(atoms, after: skipDouble(s1)), let second = atoms[n2].number else { return nil }
        if separator != ".", let end = yearThenJoinedMonthDay(atoms, first, second, at: n2) { return end }
        guard let s2 = next(atoms, after: n2), atoms[s2].symbol == separator,
              let n3 = next(atoms, after: skipDouble(s2)), let third = atoms[n3].number else { return nil }
        if runsOn(atoms, after: n3) { return nil }
        if isDate(first, second, third, separator: separator) || isDateShaped(first, second, third, separator: separator) {
            return n3
        }
        // A date OCR damaged: a year of the 1900s or 2000s, and groups whose length or zero
        // value no date has ("2019/03/0", "2016/099/11", "20019/09/16").
        let total = first.count + second.count + third.count
        let century = { (group: String) in group.hasPrefix("19") || group.hasPrefix("20") }
        // A year with a digit doubled or dropped ("22018", "205").
        let yearLike = { (group: String) -> Bool in
            switch group.count {
            case 4: return century(group)
            case 5: return group.indices.contains { century(String(group[..<$0] + group[group.index(after: $0)...])) }
            default: return false
            }
        }
        let yearFirst = yearLike(first)
        let shortYear = third.count == 3 && century(third) && first.count <= 2 && second.count <= 2
        guard separator != ".", (6...10).contains(total), yearFirst || yearLike(third) || shortYear else { return nil }
        if shortYear { return n3 }
        let year = yearFirst ? first : third
        let others = yearFirst ? [second, third] : [first, second]
        let damaged = year.count == 5 || others.contains { $0.count > 2 || Int($0) == 0 }
        return damaged ? n3 : nil
    }

    /// True when three groups joined by "/" or "-" have the shape of a date, whatever their
    /// values: OCR reads the 0 of small digits as 6, 8 or 9 ("62/13/2012", "2816/83/27"), and
    /// nothing else is written this way. A two-digit year needs "/" ("03/07/24").
    private static func isDateShaped(_ first: String, _ second: String, _ third: String, separator: Character) -> Bool {
        guard separator != "." else { return false }
        let short = { (group: String) in (1...2).contains(group.count) }
        if first.count == 4 { return second.count == 2 && third.count == 2 }
        return short(first) && short(second) && (third.count == 4 || (third.count == 2 && separator == "/"))
    }

    /// `at` when a year and a separator are followed by month and day run together, the second
    /// separator lost ("2022/0117").
    private static func yearThenJoinedMonthDay(_ atoms: [PHIAtoms.Atom], _ first: String, _ second: String,
                                               at n2: Int) -> Int? {
        guard first.count == 4, second.count == 4, let year = Int(first), let month = Int(second.prefix(2)),
              let day = Int(second.suffix(2)), plausible(year: year, month: month, day: day) else { return nil }
        if let after = next(atoms, after: n2), atoms[after].word == atoms[n2].word, atoms[after].symbol != nil {
            return nil
        }
        return n2
    }

    /// The last atom of a date whose first separator OCR lost: a year, then month and day with
    /// "/" or "-" ("2022 09-19").
    private static func yearThenMonthDay(_ atoms: [PHIAtoms.Atom], at index: Int) -> Int? {
        guard let yearText = atoms[index].number, yearText.count == 4, let year = Int(yearText),
              (1900...2099).contains(year), let n2 = next(atoms, after: index), let second = atoms[n2].number,
              second.count == 2, let s2 = next(atoms, after: n2), let separator = atoms[s2].symbol,
              "/-".contains(separator), let n3 = next(atoms, after: s2), let third = atoms[n3].number,
              third.count == 2, let month = Int(second), let day = Int(third),
              plausible(year: year, month: month, day: day) else { return nil }
        if runsOn(atoms, after: n3) { return nil }
        return n3
    }

    /// True when the number at `index` runs on into a longer dotted or dashed number (1.2.840).
    private static func runsOn(_ atoms: [PHIAtoms.Atom], after index: Int) -> Bool {
        guard index + 2 < atoms.count, let symbol = atoms[index + 1].symbol else { return false }
        return "./-:".contains(symbol) && atoms[index + 2].number != nil
    }

    /// True when three numeric groups read as a plausible date.
    private static func isDate(_ first: String, _ second: String, _ third: String, separator: Character) -> Bool {
        guard let a = Int(first), let b = Int(second), let c = Int(third) else { return false }
        if first.count == 4 {
            guard (1...2).contains(second.count), (1...2).contains(third.count) else { return false }
            return plausible(year: a, month: b, day: c)
        }
        guard (1...2).contains(first.count), (1...2).contains(second.count),
              third.count == 4 || third.count == 2 else { return false }
        // "3.1.12" is a version number; dotted dates with two-digit years are written 07.03.24.
        if separator == ".", third.count == 2, first.count != 2 || second.count != 2 { return false }
        guard let year = fullYear(third) else { return false }
        _ = c
        return plausible(year: year, month: a, day: b) || plausible(year: year, month: b, day: a)
    }

    /// The last atom of a date with a month name starting at `index`.
    private static func namedDate(_ atoms: [PHIAtoms.Atom], at index: Int) -> Int? {
        let atom = atoms[index]
        // Day first: "7 Mar 2024", "07-MAR-24", "7th March".
        if let day = atom.number, let dayValue = Int(day), day.count <= 2, (1...31).contains(dayValue) {
            var position = index
            if let afterDay = next(atoms, after: position), let suffix = atoms[afterDay].letters,
               ["st", "nd", "rd", "th"].contains(suffix) { position = afterDay }
            guard let m = skipDateSeparators(atoms, after: position), let letters = atoms[m].letters,
                  let monthValue = month(letters) else { return nil }
            if let y = skipDateSeparators(atoms, after: m), let yearText = atoms[y].number,
               let year = fullYear(yearText), plausible(year: year, month: monthValue, day: dayValue) {
                return y
            }
            return plausible(year: 2000, month: monthValue, day: dayValue) ? m : nil
        }
        // Year first: "2024 Mar 07", "2024-MAR-07".
        if let yearText = atom.number, yearText.count == 4, let year = Int(yearText) {
            guard let m = skipDateSeparators(atoms, after: index), let letters = atoms[m].letters,
                  let monthValue = month(letters), let d = skipDateSeparators(atoms, after: m),
                  let day = atoms[d].number, let dayValue = Int(day), day.count <= 2,
                  plausible(year: year, month: monthValue, day: dayValue) else { return nil }
            return d
        }
        // Month first: "Mar 07 2024", "March 7th, 2024", "Mar 7", "Mar 2024".
        if let letters = atom.letters, let monthValue = month(letters) {
            guard let n = skipDateSeparators(atoms, after: index), let number = atoms[n].number else { return nil }
            if number.count == 4, let year = Int(number) {
                return (1900...2099).contains(year) ? n : nil
            }
            guard number.count <= 2, let dayValue = Int(number) else { return nil }
            var position = n
            if let afterDay = next(atoms, after: position), let suffix = atoms[afterDay].letters,
               ["st", "nd", "rd", "th"].contains(suffix) { position = afterDay }
            if let y = skipDateSeparators(atoms, after: position), let yearText = atoms[y].number,
               yearText.count == 4 || yearText.count == 2, let year = fullYear(yearText),
               plausible(year: year, month: monthValue, day: dayValue) {
                return y
            }
            return plausible(year: 2000, month: monthValue, day: dayValue) ? position : nil
        }
        return nil
    }
}
