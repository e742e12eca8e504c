/// A CTP DicomFilter script read as one condition (such as CTP's BurnedInPixelsFilter.script,
/// which decides whether an image needs its pixels anonymized).
public struct CTPFilterScript: Sendable {
    /// The condition.
    public var condition: RuleCondition
    /// Tests CTP would quietly evaluate as false, and other things noticed.
    public var warnings: [RuleWarning]

    /// Parses a filter script: a single CTP boolean expression (`!`, `*`, `+`, parentheses,
    /// `Keyword.method("value")`, `[gggg,eeee].method("value")`, `//` comments).
    public static func parse(_ text: String, source: String = "") throws(RuleError) -> CTPFilterScript {
        let chars = Array(text)
        var parser = CTPExpressionParser(chars: chars, from: 0, to: chars.count, lines: LineIndex(chars),
                                         path: source.isEmpty ? nil : source)
        let condition = try parser.parseAll()
        return CTPFilterScript(condition: condition, warnings: parser.warnings)
    }
}
