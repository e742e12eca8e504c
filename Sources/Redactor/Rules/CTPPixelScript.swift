/// Reads CTP DicomPixelAnonymizer scripts.
///
/// A script is free text holding signatures: a condition in braces followed by the regions to
/// blank, `(x,y,width,height)`, before the next signature. Text outside braces and parentheses
/// describes the signatures; it names the rules (the banner section, such as `US`, and the
/// description lines before the signature, such as `ATL`). Only the first matching signature
/// applies (``MatchPolicy/first``). Negative x or y count from the right or bottom edge.
public enum CTPPixelScript {
    /// Parses a DicomPixelAnonymizer script.
    public static func parse(_ text: String, source: String = "") throws(RuleError) -> RuleImport {
        let path = source.isEmpty ? nil : source
        let chars = Array(text)
        let lines = LineIndex(chars)
        var warnings: [RuleWarning] = []
        var rules: [Rule] = []
        var names = NameTracker()

        // The signatures: `{` to the next `}` (CTP's own pattern; braces do not nest).
        var signatures: [(open: Int, close: Int)] = []
        var scan = 0
        while scan < chars.count {
            guard chars[scan] == "{" else {
                if chars[scan] == "}" {
                    throw RuleError(.syntax, "\"}\" without a \"{\" before it", path: path, line: lines.line(of: scan))
                }
                scan += 1
                continue
            }
            guard let close = chars[(scan + 1)...].firstIndex(of: "}") else {
                throw RuleError(.syntax, "\"{\" without a closing \"}\"", path: path, line: lines.line(of: scan))
            }
            signatures.append((scan, close))
            scan = close + 1
        }

        names.read(chars, from: 0, to: signatures.first?.open ?? chars.count, lines: lines, path: path,
                   warnings: &warnings)
        for (number, signature) in signatures.enumerated() {
            var parser = CTPExpressionParser(chars: chars, from: signature.open + 1, to: signature.close,
                                             lines: lines, path: path)
            let condition = try parser.parseAll()
            warnings += parser.warnings
            let gapEnd = number + 1 < signatures.count ? signatures[number + 1].open : chars.count
            let (regions, textRanges) = regionsAfter(chars, from: signature.close + 1, to: gapEnd, lines: lines,
                                                     path: path, warnings: &warnings)
            let line = lines.line(of: signature.open)
            rules.append(Rule(name: names.name(fallback: "signature \(number + 1)"), condition: condition,
                              regions: regions, origin: "\(source):\(line)"))
            for range in textRanges {
                names.read(chars, from: range.lowerBound, to: range.upperBound, lines: lines, path: path,
                           warnings: &warnings)
            }
        }
        return RuleImport(ruleSet: try RuleSet(rules: rules, policy: .first, source: source), warnings: warnings)
    }

    /// The regions `(x,y,w,h)` between two signatures, and the text ranges around them.
    private static func regionsAfter(_ chars: [Character], from start: Int, to end: Int, lines: LineIndex,
                                     path: String?, warnings: inout [RuleWarning])
        -> ([RuleRegion], [Range<Int>]) {
        var regions: [RuleRegion] = []
        var text: [Range<Int>] = []
        var position = start
        var textStart = start
        while position < end {
            guard chars[position] == "(", let close = chars[(position + 1)..<end].firstIndex(of: ")") else {
                position += 1
                continue
            }
            text.append(textStart..<position)
            let body = String(chars[(position + 1)..<close])
            let parts = body.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingASCIISpaces() }
            let numbers = parts.compactMap { Int($0) }
            let line = lines.line(of: position)
            if parts.count == 4, numbers.count == 4, numbers[2] > 0, numbers[3] > 0 {
                regions.append(RuleRegion(.blank, .rect(RuleRect(x: numbers[0], y: numbers[1], width: numbers[2],
                                                                 height: numbers[3]))))
            } else if parts.count == 4, numbers.count == 4 {
                warnings.append(RuleWarning("region (\(body)) has no area; skipped", path: path, line: line))
            } else {
                warnings.append(RuleWarning("\"(\(body))\" is not a region of four integers (x,y,width,height); "
                                            + "skipped, as CTP skips it", path: path, line: line))
            }
            position = close + 1
            textStart = position
        }
        text.append(textStart..<end)
        return (regions, text)
    }
}

/// Follows the descriptive text of a CTP script to name its signatures: the section in a
/// `****` banner, then the description lines written before each signature.
private struct NameTracker {
    private var section = ""
    private var description: [String] = []
    private var freshDescription: [String] = []
    private var inBanner = false

    /// Reads descriptive text; text that looks like a condition outside braces is reported.
    mutating func read(_ chars: [Character], from start: Int, to end: Int, lines: LineIndex, path: String?,
                       warnings: inout [RuleWarning]) {
        guard start < end else { return }
        var offset = start
        for rawLine in String(chars[start..<end]).splitLines() {
            defer { offset += rawLine.count + 1 }
            let line = rawLine.trimmingASCIISpaces()
            guard !line.isEmpty else { continue }
            if line.allSatisfy({ $0 == "*" }) {
                inBanner.toggle()
                if inBanner { freshDescription = [] }
                continue
            }
            if inBanner {
                section = line
                description = []
                continue
            }
            if CTPDescriptionCheck.looksLikeCondition(line) {
                warnings.append(RuleWarning("text outside { } looks like a condition but is only a description "
                                            + "(CTP ignores it too): \(line)", path: path,
                                            line: lines.line(of: min(offset, chars.count - 1))))
            }
            freshDescription.append(line)
        }
    }

    /// The name for the next signature, taking in the description read since the last one.
    mutating func name(fallback: String) -> String {
        if !freshDescription.isEmpty {
            description = freshDescription
            freshDescription = []
        }
        let detail = description.suffix(2).joined(separator: " / ")
        let label = detail.isEmpty ? fallback : detail
        return section.isEmpty ? label : section + ": " + label
    }
}

/// Spots condition syntax in descriptive text.
enum CTPDescriptionCheck {
    static let methods = ["equals(", "equalsIgnoreCase(", "matches(", "contains(", "containsIgnoreCase(",
                          "startsWith(", "startsWithIgnoreCase(", "endsWith(", "endsWithIgnoreCase(",
                          "isLessThan(", "isGreaterThan("]

    static func looksLikeCondition(_ line: String) -> Bool {
        methods.contains { line.contains("." + $0) }
    }
}
