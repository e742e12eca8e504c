import OCR

extension NativeRuleFormat {
    /// Writes a rule set in the native format; ``parse(_:source:)`` reads it back to equal rules.
    public static func serialize(_ ruleSet: RuleSet) -> String {
        var lines = ["# redact known-region rules (format: docs/rules.md)",
                     "# rectangles are x,y,width,height from the top-left corner; negative x or y count from the right or bottom edge",
                     "match \(ruleSet.policy.rawValue)"]
        for rule in ruleSet.rules {
            lines.append("")
            lines.append("rule \(quoted(rule.name))")
            if let group = rule.group { lines.append("  group \(quoted(group))") }
            lines += conditionLines(rule.condition)
            for region in rule.regions {
                lines.append("  " + regionText(region))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `when` line and its continuation lines.
    static func conditionLines(_ condition: RuleCondition) -> [String] {
        switch condition {
        case .all(let terms) where terms.count > 1:
            return ["  when " + operand(terms[0], inside: .and)] + terms.dropFirst().map { "    and " + operand($0, inside: .and) }
        case .any(let terms) where terms.count > 1:
            return ["  when " + operand(terms[0], inside: .or)] + terms.dropFirst().map { "    or " + operand($0, inside: .or) }
        default:
            return ["  when " + expression(condition)]
        }
    }

    private enum Level { case or, and, unary }

    /// A condition as an expression, with the fewest parentheses that keep its structure.
    public static func expression(_ condition: RuleCondition) -> String {
        switch condition {
        case .constant(let value): return value ? "true" : "false"
        case .test(let test): return testText(test)
        case .not(let inner):
            if case .test(let test) = inner, case .equals(let value, false) = test.check {
                return attributeText(test) + " != " + quoted(value)
            }
            return "not " + operand(inner, inside: .unary)
        case .all(let terms):
            if terms.isEmpty { return "true" }
            return terms.map { operand($0, inside: .and) }.joined(separator: " and ")
        case .any(let terms):
            if terms.isEmpty { return "false" }
            return terms.map { operand($0, inside: .or) }.joined(separator: " or ")
        }
    }

    /// A condition written where `level` binds: parenthesised when it binds more loosely.
    private static func operand(_ condition: RuleCondition, inside level: Level) -> String {
        let text = expression(condition)
        switch (condition, level) {
        case (.any(let terms), .and) where terms.count > 0, (.any(let terms), .unary) where terms.count > 0,
             (.all(let terms), .unary) where terms.count > 0:
            return "(" + text + ")"
        default:
            return text
        }
    }

    private static func attributeText(_ test: AttributeTest) -> String {
        test.reading == .wholeValue ? "whole(\(test.attribute))" : test.attribute.description
    }

    private static func testText(_ test: AttributeTest) -> String {
        let attribute = attributeText(test)
        func tilde(_ ignoringCase: Bool) -> String { ignoringCase ? "~" : "" }
        switch test.check {
        case .present: return attribute + " present"
        case .missing: return attribute + " missing"
        case .empty: return attribute + " empty"
        case .equals(let value, let ignoringCase):
            return attribute + (ignoringCase ? " equals~ " : " == ") + quoted(value)
        case .contains(let value, let ignoringCase): return "\(attribute) contains\(tilde(ignoringCase)) \(quoted(value))"
        case .startsWith(let value, let ignoringCase): return "\(attribute) startswith\(tilde(ignoringCase)) \(quoted(value))"
        case .endsWith(let value, let ignoringCase): return "\(attribute) endswith\(tilde(ignoringCase)) \(quoted(value))"
        case .matches(let value, let ignoringCase): return "\(attribute) matches\(tilde(ignoringCase)) \(quoted(value))"
        case .search(let value, let ignoringCase): return "\(attribute) search\(tilde(ignoringCase)) \(quoted(value))"
        case .lessThan(let bound): return "\(attribute) < \(number(bound))"
        case .greaterThan(let bound): return "\(attribute) > \(number(bound))"
        }
    }

    private static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A region as its native line, e.g. `blank 0,0,640,40 frames 0,1`.
    public static func regionText(_ region: RuleRegion) -> String {
        var text = region.action.rawValue + " "
        switch region.area {
        case .rect(let rect): text += rect.description
        case .all: text += "all"
        case .ultrasoundRegions: text += "ultrasound-regions"
        case .outsideUltrasoundRegions: text += "outside-ultrasound-regions"
        }
        if case .frames(let list) = region.frames {
            text += " frames " + frameListText(list)
        }
        return text
    }

    /// `0-4,7`: sorted frame numbers with runs collapsed.
    static func frameListText(_ frames: [Int]) -> String {
        let sorted = Array(Set(frames)).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end > index ? "\(sorted[index])-\(sorted[end])" : "\(sorted[index])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }

    /// A double-quoted string with `\`, `"` and line ends escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
