/// Parses the condition of a native rule: `or` binds loosest, then `and`, then `not`.
///
///     expr    := and ('or' and)*
///     and     := unary ('and' unary)*
///     unary   := 'not' unary | '(' expr ')' | 'true' | 'false' | test
///     test    := attr ('present' | 'missing' | 'empty') | attr OP value
///     attr    := Keyword | (gggg,eeee) | 'whole' '(' attr ')'
struct NativeExpressionParser {
    let tokens: [NativeToken]
    let path: String?
    /// The line to name when the expression ends too early.
    let endLine: Int
    private var index = 0

    init(tokens: [NativeToken], path: String?, endLine: Int) {
        self.tokens = tokens
        self.path = path
        self.endLine = endLine
    }

    /// The operators, by spelling (lower case), and the check each builds.
    private static let operators: [String: @Sendable (String) -> AttributeCheck] = [
        "==": { .equals($0, ignoringCase: false) }, "equals": { .equals($0, ignoringCase: false) },
        "==~": { .equals($0, ignoringCase: true) }, "equals~": { .equals($0, ignoringCase: true) },
        "contains": { .contains($0, ignoringCase: false) }, "contains~": { .contains($0, ignoringCase: true) },
        "startswith": { .startsWith($0, ignoringCase: false) }, "startswith~": { .startsWith($0, ignoringCase: true) },
        "endswith": { .endsWith($0, ignoringCase: false) }, "endswith~": { .endsWith($0, ignoringCase: true) },
        "matches": { .matches($0, ignoringCase: false) }, "matches~": { .matches($0, ignoringCase: true) },
        "search": { .search($0, ignoringCase: false) }, "search~": { .search($0, ignoringCase: true) },
    ]

    private var current: NativeToken? { index < tokens.count ? tokens[index] : nil }

    private func fail(_ message: String, code: RuleError.Code = .syntax) -> RuleError {
        RuleError(code, message, path: path, line: current?.line ?? endLine)
    }

    private func isWord(_ token: NativeToken?, _ word: String) -> Bool {
        guard let token, token.kind == .word else { return false }
        return token.text.lowercased() == word
    }

    /// The whole token list as one condition.
    mutating func parseAll() throws(RuleError) -> RuleCondition {
        let condition = try parseOr()
        if let extra = current {
            throw fail("unexpected \"\(extra.text)\" in the condition (join tests with 'and' or 'or')")
        }
        return condition
    }

    private mutating func parseOr() throws(RuleError) -> RuleCondition {
        var terms = [try parseAnd()]
        while isWord(current, "or") {
            index += 1
            terms.append(try parseAnd())
        }
        return .or(terms)
    }

    private mutating func parseAnd() throws(RuleError) -> RuleCondition {
        var terms = [try parseUnary()]
        while isWord(current, "and") {
            index += 1
            terms.append(try parseUnary())
        }
        return .and(terms)
    }

    private mutating func parseUnary() throws(RuleError) -> RuleCondition {
        guard let token = current else { throw fail("the condition ends too early") }
        if isWord(token, "not") {
            index += 1
            return .negated(try parseUnary())
        }
        if token.kind == .symbol, token.text == "(" {
            index += 1
            let inner = try parseOr()
            guard let close = current, close.kind == .symbol, close.text == ")" else {
                throw fail("expected \")\"")
            }
            index += 1
            return inner
        }
        if isWord(token, "true") { index += 1; return .constant(true) }
        if isWord(token, "false") { index += 1; return .constant(false) }
        return try parseTest()
    }

    private mutating func parseAttribute() throws(RuleError) -> (AttributeRef, ValueReading) {
        guard let token = current else { throw fail("expected an attribute keyword or (gggg,eeee)") }
        if isWord(token, "whole"), index + 1 < tokens.count, tokens[index + 1].text == "(" {
            index += 2
            let (attribute, _) = try parseAttribute()
            guard let close = current, close.kind == .symbol, close.text == ")" else { throw fail("expected \")\"") }
            index += 1
            return (attribute, .wholeValue)
        }
        switch token.kind {
        case .tag:
            guard let tag = AttributeRef.parseTag(token.text) else { throw fail("bad tag \(token.text)") }
            index += 1
            return (AttributeRef(tag: tag), .eachValue)
        case .word:
            guard let attribute = AttributeRef(keyword: token.text) else {
                throw fail("unknown attribute keyword '\(token.text)' (keywords are case-sensitive, such as "
                           + "ManufacturerModelName; write (gggg,eeee) for others)", code: .unknownAttribute)
            }
            index += 1
            return (attribute, .eachValue)
        default:
            throw fail("expected an attribute keyword or (gggg,eeee), found \"\(token.text)\"")
        }
    }

    private mutating func parseTest() throws(RuleError) -> RuleCondition {
        let (attribute, reading) = try parseAttribute()
        guard let opToken = current else {
            throw fail("expected a test after \(attribute) (==, contains, present, ...)")
        }
        let op = opToken.text.lowercased()
        index += 1
        switch op {
        case "present": return .test(AttributeTest(attribute, .present, reading: reading))
        case "missing": return .test(AttributeTest(attribute, .missing, reading: reading))
        case "empty": return .test(AttributeTest(attribute, .empty, reading: reading))
        case "<", ">":
            let value = try parseValue()
            guard let number = Double(value) else { throw fail("\(op) needs a number, not \"\(value)\"") }
            return .test(AttributeTest(attribute, op == "<" ? .lessThan(number) : .greaterThan(number), reading: reading))
        case "!=", "!=~":
            let value = try parseValue()
            return .negated(.test(AttributeTest(attribute, .equals(value, ignoringCase: op == "!=~"), reading: reading)))
        default:
            guard let build = NativeExpressionParser.operators[op] else {
                index -= 1
                throw fail("unknown test \"\(opToken.text)\" (expected ==, !=, equals~, contains, contains~, "
                           + "startswith, endswith, matches, search, <, >, present, missing or empty)")
            }
            let value = try parseValue()
            let check = build(value)
            if let (pattern, ignoringCase) = check.pattern {
                do {
                    _ = try PatternTable.compile(pattern, ignoringCase: ignoringCase)
                } catch {
                    index -= 1
                    throw fail(error.message, code: .invalidPattern)
                }
            }
            return .test(AttributeTest(attribute, check, reading: reading))
        }
    }

    private mutating func parseValue() throws(RuleError) -> String {
        guard let token = current else { throw fail("expected a \"quoted value\" or a number") }
        switch token.kind {
        case .string, .number:
            index += 1
            return token.text
        default:
            throw fail("expected a \"quoted value\" or a number, found \(token.text)")
        }
    }
}
