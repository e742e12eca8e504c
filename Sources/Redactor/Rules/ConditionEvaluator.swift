import PixelIO

/// Compiled regular expressions, built once per rule set and only read afterwards.
///
/// `Regex` is not `Sendable` (its output type may hold anything), but a compiled pattern of
/// `AnyRegexOutput` is immutable once built and this table is never written after `init`, so
/// sharing it between threads is safe.
final class PatternTable: @unchecked Sendable {
    private struct Key: Hashable {
        var pattern: String
        var ignoringCase: Bool
    }

    private let compiled: [Key: Regex<AnyRegexOutput>]

    /// Compiles every pattern the conditions use; throws on the first that does not compile.
    init(conditions: [RuleCondition]) throws(RuleError) {
        var table: [Key: Regex<AnyRegexOutput>] = [:]
        for condition in conditions {
            for test in condition.tests {
                guard let (pattern, ignoringCase) = test.check.pattern else { continue }
                let key = Key(pattern: pattern, ignoringCase: ignoringCase)
                if table[key] == nil {
                    table[key] = try PatternTable.compile(pattern, ignoringCase: ignoringCase)
                }
            }
        }
        compiled = table
    }

    /// Compiles one pattern.
    static func compile(_ pattern: String, ignoringCase: Bool) throws(RuleError) -> Regex<AnyRegexOutput> {
        do {
            let built = try Regex(pattern)
            let regex = ignoringCase ? built.ignoresCase() : built
            // Match once now, so the pattern's lazily built program exists before the regex
            // is shared between threads.
            _ = try? regex.firstMatch(in: "")
            return regex
        } catch {
            throw RuleError(.invalidPattern, "invalid regular expression \"\(pattern)\": \(error)")
        }
    }

    /// The compiled pattern (compiled now if the table was built without it).
    func regex(_ pattern: String, ignoringCase: Bool) -> Regex<AnyRegexOutput>? {
        compiled[Key(pattern: pattern, ignoringCase: ignoringCase)]
            ?? (try? PatternTable.compile(pattern, ignoringCase: ignoringCase))
    }
}

/// Evaluates conditions against one header.
struct ConditionEvaluator {
    let input: RuleInput
    let patterns: PatternTable

    /// The value of a condition.
    func evaluate(_ condition: RuleCondition) -> Bool {
        switch condition {
        case .constant(let value): return value
        case .test(let test): return evaluate(test)
        case .not(let inner): return !evaluate(inner)
        case .all(let terms): return terms.allSatisfy { evaluate($0) }
        case .any(let terms): return terms.contains { evaluate($0) }
        }
    }

    /// The value of one test.
    func evaluate(_ test: AttributeTest) -> Bool {
        let tag = test.attribute.tag
        switch test.check {
        case .present: return input.element(tag) != nil
        case .missing: return input.element(tag) == nil
        case .empty: return input.hasEmptyValue(tag)
        default: break
        }
        let candidates: [String]
        switch test.reading {
        case .eachValue:
            candidates = input.values(tag) ?? []
        case .wholeValue:
            candidates = [(input.values(tag) ?? []).joined(separator: "\\")]
        }
        return candidates.contains { matches($0, test.check, reading: test.reading) }
    }

    /// Whether one value (or the whole value) passes a value check.
    private func matches(_ value: String, _ check: AttributeCheck, reading: ValueReading) -> Bool {
        switch check {
        case .present, .missing, .empty:
            return false
        case .equals(let text, let ignoringCase):
            return ignoringCase ? value.lowercased() == text.lowercased() : value == text
        case .contains(let text, let ignoringCase):
            return ignoringCase ? value.lowercased().contains(text.lowercased()) : value.contains(text)
        case .startsWith(let text, let ignoringCase):
            return ignoringCase ? value.lowercased().hasPrefix(text.lowercased()) : value.hasPrefix(text)
        case .endsWith(let text, let ignoringCase):
            return ignoringCase ? value.lowercased().hasSuffix(text.lowercased()) : value.hasSuffix(text)
        case .matches(let pattern, let ignoringCase):
            guard let regex = patterns.regex(pattern, ignoringCase: ignoringCase) else { return false }
            return ((try? regex.wholeMatch(in: value)) ?? nil) != nil
        case .search(let pattern, let ignoringCase):
            guard let regex = patterns.regex(pattern, ignoringCase: ignoringCase) else { return false }
            return ((try? regex.firstMatch(in: value)) ?? nil) != nil
        case .lessThan(let bound):
            return number(value, reading: reading).map { $0 < bound } ?? false
        case .greaterThan(let bound):
            return number(value, reading: reading).map { $0 > bound } ?? false
        }
    }

    /// A value read as a number: decimal syntax for each value; for the whole value, CTP's
    /// reading (every character but digits and `.` dropped first).
    private func number(_ value: String, reading: ValueReading) -> Double? {
        switch reading {
        case .eachValue:
            return Double(value.trimmingASCIISpaces())
        case .wholeValue:
            let kept = String(value.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." })
            return Double(kept)
        }
    }
}
