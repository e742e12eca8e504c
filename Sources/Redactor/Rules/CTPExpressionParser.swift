import PixelIO

/// Parses a CTP boolean script (the DicomFilter / DicomPixelAnonymizer condition language):
///
///     expr    := and ('+' and)*          + is or
///     and     := unary ('*' unary)*      * is and
///     unary   := '!' unary | '(' expr ')' | 'true' | 'false' | operand
///     operand := Identifier '.' method '(' "value" ')'
///     Identifier := Keyword | [gggg,eeee]
///
/// `//` starts a comment to the end of the line. Values are read as CTP reads them: the whole
/// value with multiple values joined by `\`, the empty string when the attribute is absent
/// (``ValueReading/wholeValue``). Where CTP quietly evaluates an operand to false (unknown
/// method, unquoted value, number that does not parse) the condition gets `false` and a warning.
struct CTPExpressionParser {
    private let chars: [Character]
    private let lines: LineIndex
    private let path: String?
    private var index: Int
    private let end: Int
    private(set) var warnings: [RuleWarning] = []

    /// A parser for `chars[start..<end]`; `lines` maps offsets in `chars` to lines.
    init(chars: [Character], from start: Int, to end: Int, lines: LineIndex, path: String?) {
        self.chars = chars
        self.index = start
        self.end = end
        self.lines = lines
        self.path = path
    }

    private func fail(_ message: String, at offset: Int? = nil) -> RuleError {
        RuleError(.syntax, message, path: path, line: lines.line(of: min(offset ?? index, max(0, chars.count - 1))))
    }

    private mutating func warn(_ message: String, at offset: Int) {
        warnings.append(RuleWarning(message, path: path, line: lines.line(of: offset)))
    }

    /// The whole range as one condition.
    mutating func parseAll() throws(RuleError) -> RuleCondition {
        skipSpace()
        guard index < end else { throw fail("empty condition") }
        let condition = try parseOr()
        skipSpace()
        if index < end { throw fail("unexpected \"\(chars[index])\" in the condition (CTP joins tests with * and +)") }
        return condition
    }

    private mutating func skipSpace() {
        while index < end {
            let c = chars[index]
            if c.isWhitespace { index += 1; continue }
            if c == "/", index + 1 < end, chars[index + 1] == "/" {
                while index < end, !(chars[index] == "\n" || chars[index] == "\r\n" || chars[index] == "\r") { index += 1 }
                continue
            }
            return
        }
    }

    private mutating func peek() -> Character? {
        skipSpace()
        return index < end ? chars[index] : nil
    }

    private mutating func parseOr() throws(RuleError) -> RuleCondition {
        var terms = [try parseAnd()]
        while peek() == "+" {
            index += 1
            terms.append(try parseAnd())
        }
        return .or(terms)
    }

    private mutating func parseAnd() throws(RuleError) -> RuleCondition {
        var terms = [try parseUnary()]
        while peek() == "*" {
            index += 1
            terms.append(try parseUnary())
        }
        return .and(terms)
    }

    private mutating func parseUnary() throws(RuleError) -> RuleCondition {
        guard let c = peek() else { throw fail("the condition ends too early") }
        if c == "!" {
            index += 1
            return .negated(try parseUnary())
        }
        if c == "(" {
            index += 1
            let inner = try parseOr()
            guard peek() == ")" else { throw fail("expected \")\"") }
            index += 1
            return inner
        }
        if c == "[" || c.isLetter { return try parseOperand() }
        throw fail("unexpected \"\(c)\" (expected an attribute test, !, or a parenthesis)")
    }

    /// Reads up to (not including) `delimiter` outside double quotes.
    private mutating func field(until delimiter: Character) throws(RuleError) -> String {
        var text = ""
        var inQuote = false
        while index < end {
            let c = chars[index]
            if c == "\"" { inQuote.toggle() }
            if !inQuote && c == delimiter { return text }
            text.append(c)
            index += 1
        }
        throw fail("expected \"\(delimiter)\"")
    }

    private mutating func parseOperand() throws(RuleError) -> RuleCondition {
        let start = index
        var identifier = ""
        if chars[index] == "[" {
            while index < end, chars[index] != "]" { identifier.append(chars[index]); index += 1 }
            guard index < end else { throw fail("expected \"]\"", at: start) }
            identifier.append("]")
            index += 1
        } else {
            while index < end, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" {
                identifier.append(chars[index])
                index += 1
            }
        }
        if identifier == "true" || identifier == "false" {
            let following = peek()
            if following != "." { return .constant(identifier == "true") }
        }
        guard peek() == "." else { throw fail("expected \".method(\\\"value\\\")\" after \(identifier)", at: start) }
        index += 1
        let method = try field(until: "(").trimmingASCIISpaces()
        index += 1
        let argument = try field(until: ")").trimmingASCIISpaces()
        index += 1
        let written = "\(identifier).\(method)(\(argument))"

        guard argument.count >= 2, argument.first == "\"", argument.last == "\"" else {
            warn("\(written): the value is not in double quotes; CTP evaluates this test as false", at: start)
            return .constant(false)
        }
        let value = String(argument.dropFirst().dropLast())
        let check: AttributeCheck
        switch method {
        case "equals": check = .equals(value, ignoringCase: false)
        case "equalsIgnoreCase": check = .equals(value, ignoringCase: true)
        case "matches": check = .matches(value, ignoringCase: false)
        case "contains": check = .contains(value, ignoringCase: false)
        case "containsIgnoreCase": check = .contains(value, ignoringCase: true)
        case "startsWith": check = .startsWith(value, ignoringCase: false)
        case "startsWithIgnoreCase": check = .startsWith(value, ignoringCase: true)
        case "endsWith": check = .endsWith(value, ignoringCase: false)
        case "endsWithIgnoreCase": check = .endsWith(value, ignoringCase: true)
        case "isLessThan", "isGreaterThan":
            let digits = String(value.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." })
            guard let bound = Double(digits) else {
                warn("\(written): \"\(value)\" is not a number; CTP evaluates this test as false", at: start)
                return .constant(false)
            }
            check = method == "isLessThan" ? .lessThan(bound) : .greaterThan(bound)
        default:
            warn("\(written): unknown method '\(method)'; CTP evaluates this test as false", at: start)
            return .constant(false)
        }
        if let (pattern, ignoringCase) = check.pattern {
            do {
                _ = try PatternTable.compile(pattern, ignoringCase: ignoringCase)
            } catch {
                throw RuleError(.invalidPattern, "\(written): \(error.message)", path: path, line: lines.line(of: start))
            }
        }
        guard let attribute = AttributeRef(parsing: identifier) else {
            // CTP reads an attribute it cannot name as the empty string; so do we, once, here.
            let constant = CTPExpressionParser.evaluateOnEmptyValue(check)
            warn("\(written): unknown attribute '\(identifier)'; CTP reads it as \"\", so this test is always "
                 + "\(constant)", at: start)
            return .constant(constant)
        }
        return .test(AttributeTest(attribute, check, reading: .wholeValue))
    }

    /// The value of a check on an absent attribute read as CTP reads it (the empty string).
    static func evaluateOnEmptyValue(_ check: AttributeCheck) -> Bool {
        let absent = AttributeTest(AttributeRef(tag: Tag(0xFFFF, 0xFFFF)), check, reading: .wholeValue)
        let condition = RuleCondition.test(absent)
        guard let patterns = try? PatternTable(conditions: [condition]) else { return false }
        return ConditionEvaluator(input: RuleInput(dataset: DataSet()), patterns: patterns).evaluate(condition)
    }
}
