/// Renderings of ages (AS "045Y"): "45Y", "45 y", "45 yrs", "45 years", "45yo", "045Y"; months,
/// weeks and days likewise.
enum PHIAgeRenderings {
    /// Unit words by AS unit letter.
    static let units: [Character: [String]] = [
        "Y": ["y", "yr", "yrs", "year", "years", "yo", "yearsold", "ans", "j", "jahre", "a"],
        "M": ["m", "mo", "mos", "month", "months", "mth", "mths"],
        "W": ["w", "wk", "wks", "week", "weeks"],
        "D": ["d", "day", "days"],
    ]

    /// Adds the renderings of an AS value; nothing unless it is a number and a unit.
    static func add(_ value: String, to set: inout PHIRenderingSet) {
        let trimmed = value.phiTrimmed([" "])
        guard let unit = trimmed.last?.uppercased().first, let words = units[unit] else { return }
        let number = trimmed.dropLast()
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(number) else { return }
        for word in words {
            set.add(String(count) + word, label: "age")
        }
        set.add(String(number).lowercased() + String(unit).lowercased(), label: "age")
    }
}
