/// Renderings of times of day (TM "143205.123"): "14:32:05", "14:32", "143205", "2:32 PM",
/// "02:32:05 pm".
enum PHITimeRenderings {
    /// Adds the renderings of a TM value; nothing unless it has hours and minutes.
    static func add(_ value: String, to set: inout PHIRenderingSet) {
        let whole = value.split(separator: ".").first.map(String.init) ?? value
        let digits = whole.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map { Int($0.value - 0x30) }
        guard digits.count >= 4 else { return }
        let hour = digits[0] * 10 + digits[1], minute = digits[2] * 10 + digits[3]
        guard hour < 24, minute < 60 else { return }
        let second: Int? = digits.count >= 6 ? digits[4] * 10 + digits[5] : nil
        let hh = PHIDateRenderings.padded(hour, 2), mm = PHIDateRenderings.padded(minute, 2)
        let ss = second.map { PHIDateRenderings.padded($0, 2) }

        if let ss { set.add(hh + mm + ss, label: "HH:MM:SS") }
        // The colon makes a misread character tolerable ("14:322", "l4:32").
        set.add(hh + mm, label: "HH:MM", minimumPieces: 2, separators: [":"], limit: 1)
        if hour < 10 {
            set.add(String(hour) + mm, label: "H:MM", minimumPieces: 2, separators: [":"])
            if let ss { set.add(String(hour) + mm + ss, label: "H:MM:SS", minimumPieces: 3, separators: [":"]) }
        }
        let hour12 = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        for h in Set([String(hour12), PHIDateRenderings.padded(hour12, 2)]) {
            set.add(h + mm + suffix, label: "H:MM AM", minimumPieces: 2, separators: [":", "."])
            if let ss { set.add(h + mm + ss + suffix, label: "H:MM:SS AM", minimumPieces: 3, separators: [":", "."]) }
        }
    }
}
