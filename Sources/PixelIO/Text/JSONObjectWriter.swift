/// Writes one JSON object on one line, keys in the order given: faster than JSONEncoder for
/// the JSON Lines output of commands that run over whole archives.
public struct JSONObjectWriter {
    private var text = "{"
    private var first = true

    /// Starts an empty object.
    public init() {}

    /// Adds a string member; nil values are left out.
    public mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        member(key)
        Self.appendQuoted(value, to: &text)
    }

    /// Adds an integer member; nil values are left out.
    public mutating func add(_ key: String, _ value: Int?) {
        guard let value else { return }
        member(key)
        text += String(value)
    }

    /// Adds a Boolean member; nil values are left out.
    public mutating func add(_ key: String, _ value: Bool?) {
        guard let value else { return }
        member(key)
        text += value ? "true" : "false"
    }

    /// Adds a number member, written with at most `decimals` digits after the point.
    public mutating func add(_ key: String, _ value: Double?, decimals: Int = 1) {
        guard let value, value.isFinite else { return }
        member(key)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        text += scaled == scaled.rounded(.towardZero) && abs(scaled) < 1e15
            ? JSONObjectWriter.decimal(Int(scaled), decimals: decimals) : String(value)
    }

    /// Adds an array of integers.
    public mutating func add(_ key: String, _ values: [Int]) {
        member(key)
        text += "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// Adds a member whose value is already JSON (an object or array written elsewhere).
    public mutating func add(_ key: String, json: String) {
        member(key)
        text += json
    }

    /// `value / 10^decimals` as a decimal literal.
    private static func decimal(_ value: Int, decimals: Int) -> String {
        guard decimals > 0 else { return String(value) }
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -decimals)
        var fraction = String(padded[point...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "-" : "") + padded[..<point] + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Adds an array of strings.
    public mutating func add(_ key: String, _ values: [String]) {
        member(key)
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            Self.appendQuoted(value, to: &text)
        }
        text += "]"
    }

    /// The finished object.
    public var line: String { text + "}" }

    private mutating func member(_ key: String) {
        if !first { text += "," }
        first = false
        Self.appendQuoted(key, to: &text)
        text += ":"
    }

    /// Appends `value` as a JSON string literal (RFC 8259 escaping).
    static func appendQuoted(_ value: String, to text: inout String) {
        text += "\""
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
