import OCR
import PixelIO

/// Reads the native rule format (see docs/rules.md).
public enum NativeRuleFormat {
    /// Parses a native rule file; `source` (usually its path) names it in errors and in the
    /// regions' reasons. Throws a ``RuleError`` naming the line of the first mistake.
    public static func parse(_ text: String, source: String = "") throws(RuleError) -> RuleSet {
        var parser = NativeRuleParser(path: source.isEmpty ? nil : source)
        return try parser.parse(text)
    }
}

/// Parser state for one native rule file.
struct NativeRuleParser {
    /// A rule being read.
    private struct Draft {
        var name: String
        var line: Int
        var group: String?
        var conditionTokens: [NativeToken]?
        var whenLine: Int?
        var regions: [RuleRegion] = []
    }

    let path: String?
    private var policy: MatchPolicy?
    private var rules: [Rule] = []
    private var draft: Draft?
    private var lastStatement = ""

    init(path: String?) {
        self.path = path
    }

    private func fail(_ message: String, line: Int, code: RuleError.Code = .syntax) -> RuleError {
        RuleError(code, message, path: path, line: line)
    }

    mutating func parse(_ text: String) throws(RuleError) -> RuleSet {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (offset, rawLine) in body.splitLines().enumerated() {
            let lineNumber = offset + 1
            let tokens = try NativeRuleLexer.tokens(rawLine, lineNumber: lineNumber, path: path)
            guard let first = tokens.first else { continue }
            try statement(first, Array(tokens.dropFirst()), line: lineNumber)
        }
        try finishRule()
        return try RuleSet(rules: rules, policy: policy ?? .all, source: path ?? "")
    }

    private mutating func statement(_ head: NativeToken, _ rest: [NativeToken], line: Int) throws(RuleError) {
        guard head.kind == .word else {
            throw fail("a line starts with a word (rule, when, blank, keep, ...), not \"\(head.text)\"", line: line)
        }
        let word = head.text.lowercased()
        defer { lastStatement = word == "and" || word == "or" ? lastStatement : word }
        switch word {
        case "match":
            guard draft == nil, rules.isEmpty else {
                throw fail("'match' must come before the first rule", line: line)
            }
            guard policy == nil else { throw fail("'match' given twice", line: line) }
            guard rest.count == 1, rest[0].kind == .word,
                  let value = MatchPolicy(rawValue: rest[0].text.lowercased()) else {
                throw fail("expected 'match all' or 'match first'", line: line)
            }
            policy = value
        case "rule":
            try finishRule()
            guard rest.count == 1, rest[0].kind == .string else {
                throw fail("expected rule \"name\"", line: line)
            }
            guard !rest[0].text.isEmpty else { throw fail("a rule name may not be empty", line: line) }
            draft = Draft(name: rest[0].text, line: line)
        case "group":
            guard draft != nil else { throw fail("'group' outside a rule (start one with rule \"name\")", line: line) }
            guard rest.count == 1, rest[0].kind == .string || rest[0].kind == .word else {
                throw fail("expected group \"name\"", line: line)
            }
            guard draft?.group == nil else { throw fail("'group' given twice in one rule", line: line) }
            draft?.group = rest[0].text
        case "when":
            guard draft != nil else { throw fail("'when' outside a rule (start one with rule \"name\")", line: line) }
            guard draft?.conditionTokens == nil else {
                throw fail("a rule has one 'when'; continue it on lines that start with 'and' or 'or'", line: line)
            }
            guard !rest.isEmpty else { throw fail("'when' needs a condition", line: line) }
            draft?.conditionTokens = rest
            draft?.whenLine = line
        case "and", "or":
            guard lastStatement == "when", draft?.conditionTokens != nil else {
                throw fail("a line starting with '\(word)' continues a 'when' condition and must follow it", line: line)
            }
            draft?.conditionTokens?.append(head)
            draft?.conditionTokens?.append(contentsOf: rest)
        case "blank", "keep":
            guard draft != nil else { throw fail("'\(word)' outside a rule (start one with rule \"name\")", line: line) }
            let action: RegionAction = word == "blank" ? .blank : .keep
            let parsed = try region(action, rest, line: line)
            draft?.regions.append(parsed)
        default:
            throw fail("unknown statement '\(head.text)' (expected match, rule, group, when, and, or, blank or keep)",
                       line: line)
        }
    }

    private mutating func finishRule() throws(RuleError) {
        guard let current = draft else { return }
        draft = nil
        guard let tokens = current.conditionTokens else {
            throw fail("rule \"\(current.name)\" has no 'when' line (write 'when true' to apply it to every image)",
                       line: current.line)
        }
        var expression = NativeExpressionParser(tokens: tokens, path: path, endLine: current.whenLine ?? current.line)
        let condition = try expression.parseAll()
        let origin = (path ?? "") + ":\(current.line)"
        rules.append(Rule(name: current.name, group: current.group, condition: condition,
                          regions: current.regions, origin: origin))
    }

    /// `AREA [frames LIST]` after blank or keep.
    private func region(_ action: RegionAction, _ tokens: [NativeToken], line: Int) throws(RuleError) -> RuleRegion {
        var rest = tokens[...]
        let area: RegionArea
        guard let first = rest.first else {
            throw fail("expected x,y,width,height, all, ultrasound-regions or outside-ultrasound-regions", line: line)
        }
        if first.kind == .word {
            switch first.text.lowercased() {
            case "all": area = .all
            case "ultrasound-regions": area = .ultrasoundRegions
            case "outside-ultrasound-regions": area = .outsideUltrasoundRegions
            default:
                throw fail("unknown area '\(first.text)' (expected x,y,width,height, all, ultrasound-regions or "
                           + "outside-ultrasound-regions)", line: line)
            }
            rest = rest.dropFirst()
        } else {
            var numbers: [Int] = []
            for position in 0..<7 {
                guard let token = rest.first else { break }
                if position % 2 == 1 {
                    guard token.kind == .symbol, token.text == "," else { break }
                } else {
                    guard token.kind == .number, let value = Int(token.text) else {
                        throw fail("expected an integer in x,y,width,height, found \"\(token.text)\"", line: line,
                                   code: .invalidRegion)
                    }
                    numbers.append(value)
                }
                rest = rest.dropFirst()
            }
            guard numbers.count == 4 else {
                throw fail("a rectangle is four integers x,y,width,height", line: line, code: .invalidRegion)
            }
            guard numbers[2] > 0, numbers[3] > 0 else {
                throw fail("width and height must be positive (x,y,width,height; negative x or y count from the "
                           + "right or bottom edge)", line: line, code: .invalidRegion)
            }
            area = .rect(RuleRect(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3]))
        }
        var frames = FrameScope.all
        if let word = rest.first {
            guard word.kind == .word, word.text.lowercased() == "frames" else {
                throw fail("unexpected \"\(word.text)\" after the area (expected 'frames' or the end of the line)",
                           line: line)
            }
            frames = .frames(try frameList(Array(rest.dropFirst()), line: line))
        }
        return RuleRegion(action, area, frames: frames)
    }

    /// `0-4,7,9`: 0-based frame numbers and inclusive ranges.
    private func frameList(_ tokens: [NativeToken], line: Int) throws(RuleError) -> [Int] {
        var frames = Set<Int>()
        var index = 0
        func number(_ at: Int) throws(RuleError) -> Int {
            guard at < tokens.count, tokens[at].kind == .number, let value = Int(tokens[at].text), value >= 0 else {
                throw fail("expected a frame number (0-based) in the frame list", line: line, code: .invalidRegion)
            }
            return value
        }
        repeat {
            let start = try number(index)
            index += 1
            var end = start
            if index < tokens.count, tokens[index].text == "-" {
                end = try number(index + 1)
                index += 2
                guard end >= start else {
                    throw fail("frame range \(start)-\(end) runs backwards", line: line, code: .invalidRegion)
                }
                guard end - start < 1_000_000 else {
                    throw fail("frame range \(start)-\(end) is too long", line: line, code: .invalidRegion)
                }
            }
            frames.formUnion(start...end)
            if index < tokens.count {
                guard tokens[index].text == "," else {
                    throw fail("unexpected \"\(tokens[index].text)\" in the frame list", line: line, code: .invalidRegion)
                }
                index += 1
                guard index < tokens.count else {
                    throw fail("the frame list ends with a comma", line: line, code: .invalidRegion)
                }
            }
        } while index < tokens.count
        return frames.sorted()
    }
}

extension String {
    /// The lines of the text, splitting on LF, CRLF or CR.
    func splitLines() -> [String] {
        var lines: [String] = []
        var current = ""
        for character in self {
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        lines.append(current)
        return lines
    }
}
