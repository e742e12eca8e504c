/// Renderings of dates (DA "20240307"): numeric in every order with and without zero padding,
/// four- and two-digit years ("03/07/2024", "07.03.2024", "2024-03-07", "3/7/24"), and with
/// English month names ("07-Mar-2024", "7 Mar 2024", "Mar 07 2024", "2024 Mar 07",
/// "March 7th, 2024", "07MAR24"), including day and month without the year ("7 Mar") and
/// month and year ("Mar 2024").
enum PHIDateRenderings {
    /// English month abbreviations, January first.
    static let monthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// English month names, January first.
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// A calendar date.
    struct Day: Hashable {
        var year: Int
        var month: Int
        var day: Int
    }

    /// The date of a DA value ("20240307", also the retired "2024.03.07"); nil unless complete and valid.
    static func parse(_ value: String) -> Day? {
        let digits = value.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map { Int($0.value - 0x30) }
        guard digits.count == 8 else { return nil }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + digits[$1] } }
        let day = Day(year: number(0..<4), month: number(4..<6), day: number(6..<8))
        return isValid(day) ? day : nil
    }

    /// True for a date that exists (years 1800-2199).
    static func isValid(_ date: Day) -> Bool {
        guard (1800...2199).contains(date.year), (1...12).contains(date.month), date.day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return date.day <= lengths[date.month - 1]
    }

    /// Zero-padded decimal.
    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// The English ordinal suffix of a day ("st", "nd", "rd", "th").
    static func ordinal(_ day: Int) -> String {
        if (11...13).contains(day % 100) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// Adds the renderings of a DA value.
    static func add(_ value: String, to set: inout PHIRenderingSet) {
        guard let date = parse(value) else { return }
        let yyyy = padded(date.year, 4), yy = padded(date.year % 100, 2)
        let mm = padded(date.month, 2), dd = padded(date.day, 2)
        let m = String(date.month), d = String(date.day)

        // Numeric, zero-padded: one piece is enough ("20240307").
        set.add(yyyy + mm + dd, label: "YYYY-MM-DD")
        set.add(mm + dd + yyyy, label: "MM/DD/YYYY")
        set.add(dd + mm + yyyy, label: "DD/MM/YYYY")
        set.add(mm + dd + yy, label: "MM/DD/YY")
        set.add(dd + mm + yy, label: "DD/MM/YY")
        set.add(yy + mm + dd, label: "YY-MM-DD")
        // Without padding the separators carry the meaning.
        set.add(m + d + yyyy, label: "M/D/YYYY", minimumPieces: 3, limit: 0)
        set.add(d + m + yyyy, label: "D/M/YYYY", minimumPieces: 3, limit: 0)
        set.add(yyyy + m + d, label: "YYYY-M-D", minimumPieces: 3, limit: 0)
        set.add(m + d + yy, label: "M/D/YY", minimumPieces: 3, limit: 0)
        set.add(d + m + yy, label: "D/M/YY", minimumPieces: 3, limit: 0)

        var months = [monthAbbreviations[date.month - 1], monthNames[date.month - 1]]
        if date.month == 9 { months.append("sept") }
        let days = [dd, d, d + ordinal(date.day)]
        for month in months {
            for day in days {
                set.add(day + month + yyyy, label: "DD-Mon-YYYY")
                set.add(month + day + yyyy, label: "Mon DD YYYY")
                set.add(yyyy + month + day, label: "YYYY Mon DD")
                set.add(day + month + yy, label: "DD-Mon-YY")
                set.add(month + day + yy, label: "Mon DD YY", minimumPieces: 2)
                set.add(day + month, label: "DD Mon", minimumPieces: 2)
                set.add(month + day, label: "Mon DD", minimumPieces: 2)
            }
            set.add(month + yyyy, label: "Mon YYYY", minimumPieces: 2)
        }
    }
}
