/// One token of a native rule file line.
struct NativeToken: Equatable {
    enum Kind: Equatable {
        /// A word: letters, digits, `_` and `-`, optionally ending in `~` (`contains~`).
        case word
        /// A double-quoted string (escapes already resolved).
        case string
        /// An integer or decimal number, possibly negative.
        case number
        /// A tag written `(gggg,eeee)` or `[gggg,eeee]`.
        case tag
        /// Punctuation or an operator: `(`, `)`, `,`, `-`, `==`, `!=`, `==~`, `!=~`, `<`, `>`.
        case symbol
    }

    var kind: Kind
    var text: String
    var line: Int
}

/// Splits one line of a native rule file into tokens; `#` outside a string ends the line.
enum NativeRuleLexer {
    static func tokens(_ line: String, lineNumber: Int, path: String?) throws(RuleError) -> [NativeToken] {
        let chars = Array(line)
        var tokens: [NativeToken] = []
        var index = 0
        func fail(_ message: String) -> RuleError {
            RuleError(.syntax, message, path: path, line: lineNumber)
        }
        while index < chars.count {
            let c = chars[index]
            if c.isWhitespace { index += 1; continue }
            if c == "#" { break }
            if c == "\"" {
                var text = ""
                index += 1
                var closed = false
                while index < chars.count {
                    let d = chars[index]
                    if d == "\"" { closed = true; index += 1; break }
                    if d == "\\" {
                        guard index + 1 < chars.count else { break }
                        let e = chars[index + 1]
                        switch e {
                        case "\"", "\\": text.append(e)
                        case "n": text.append("\n")
                        case "r": text.append("\r")
                        case "t": text.append("\t")
                        default: throw fail("unknown escape \\\(e) in a string (use \\\\ for a backslash)")
                        }
                        index += 2
                        continue
                    }
                    text.append(d)
                    index += 1
                }
                guard closed else { throw fail("string not closed (a string ends with \" on the same line)") }
                tokens.append(NativeToken(kind: .string, text: text, line: lineNumber))
                continue
            }
            if (c == "(" || c == "["), let (tag, length) = tagLiteral(chars, from: index) {
                tokens.append(NativeToken(kind: .tag, text: tag, line: lineNumber))
                index += length
                continue
            }
            let startsNumber = c.isASCII && c.isNumber
            let negativeNumber = c == "-" && index + 1 < chars.count && chars[index + 1].isASCII && chars[index + 1].isNumber
                && (tokens.isEmpty || index == 0 || chars[index - 1].isWhitespace || chars[index - 1] == ","
                    || chars[index - 1] == "(")
            if startsNumber || negativeNumber {
                var end = index + 1
                while end < chars.count, chars[end].isASCII, chars[end].isNumber || chars[end] == "." { end += 1 }
                tokens.append(NativeToken(kind: .number, text: String(chars[index..<end]), line: lineNumber))
                index = end
                continue
            }
            if c.isLetter || c == "_" {
                var end = index + 1
                while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" || chars[end] == "-" {
                    end += 1
                }
                if end < chars.count, chars[end] == "~" { end += 1 }
                tokens.append(NativeToken(kind: .word, text: String(chars[index..<end]), line: lineNumber))
                index = end
                continue
            }
            guard let symbol = ["==~", "!=~", "==", "!=", "(", ")", ",", "-", "<", ">"].first(where: { symbol in
                let symbolChars = Array(symbol)
                return index + symbolChars.count <= chars.count
                    && Array(chars[index..<(index + symbolChars.count)]) == symbolChars
            }) else {
                throw fail("unexpected character \"\(c)\"")
            }
            tokens.append(NativeToken(kind: .symbol, text: symbol, line: lineNumber))
            index += symbol.count
        }
        return tokens
    }

    /// A `(gggg,eeee)` or `[gggg,eeee]` literal at `start`: the tag in `(GGGG,EEEE)` form and its length.
    private static func tagLiteral(_ chars: [Character], from start: Int) -> (String, Int)? {
        let close: Character = chars[start] == "(" ? ")" : "]"
        guard start + 11 <= chars.count, chars[start + 5] == ",", chars[start + 10] == close else { return nil }
        let group = String(chars[(start + 1)...(start + 4)]), element = String(chars[(start + 6)...(start + 9)])
        guard group.allSatisfy(\.isHexDigit), element.allSatisfy(\.isHexDigit) else { return nil }
        return ("(\(group.uppercased()),\(element.uppercased()))", 11)
    }
}
