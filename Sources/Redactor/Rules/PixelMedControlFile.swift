/// Reads PixelMed DeidentifyAndRedact redaction control files.
///
/// Each line is `COLSxROWS = (x,y,w,h);(x,y,w,h)...`: the regions blanked in every image whose
/// Columns and Rows are COLS and ROWS. Spaces are ignored, `#` starts a comment line, and
/// coordinates are non-negative `x,y,width,height` from the top-left corner. Every matching
/// line applies (PixelMed appends the regions of repeated classes).
public enum PixelMedControlFile {
    /// Parses a control file.
    public static func parse(_ text: String, source: String = "") throws(RuleError) -> RuleImport {
        let path = source.isEmpty ? nil : source
        var rules: [Rule] = []
        var warnings: [RuleWarning] = []
        var seen: [String: Int] = [:]
        for (offset, rawLine) in text.splitLines().enumerated() {
            let lineNumber = offset + 1
            let trimmed = rawLine.trimmingASCIISpaces()
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let line = trimmed.filter { $0 != " " }
            let halves = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard halves.count == 2 else {
                throw RuleError(.syntax, "missing \"=\" between the COLSxROWS class and the regions", path: path,
                                line: lineNumber)
            }
            let className = String(halves[0])
            guard let (columns, rows) = classSize(className) else {
                throw RuleError(.syntax, "\"\(className)\" is not a COLSxROWS class such as 800x600", path: path,
                                line: lineNumber)
            }
            var regions: [RuleRegion] = []
            for region in halves[1].split(separator: ";", omittingEmptySubsequences: false) {
                guard region.first == "(", region.last == ")" else {
                    throw RuleError(.invalidRegion, "malformed region \"\(region)\" (expected (x,y,w,h))", path: path,
                                    line: lineNumber)
                }
                let numbers = region.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
                guard numbers.count == 4, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                      let values = Optional(numbers.compactMap { Int($0) }), values.count == 4 else {
                    throw RuleError(.invalidRegion, "malformed region \"\(region)\" (expected four non-negative "
                                    + "integers (x,y,w,h))", path: path, line: lineNumber)
                }
                guard values[2] > 0, values[3] > 0 else {
                    warnings.append(RuleWarning("region \(region) has no area; skipped", path: path, line: lineNumber))
                    continue
                }
                regions.append(RuleRegion(.blank, .rect(RuleRect(x: values[0], y: values[1], width: values[2],
                                                                 height: values[3]))))
            }
            if let first = seen[className] {
                warnings.append(RuleWarning("class \(className) already has regions on line \(first); PixelMed adds "
                                            + "these to them", path: path, line: lineNumber))
            } else {
                seen[className] = lineNumber
            }
            var condition = RuleCondition.and([
                .test(AttributeTest(AttributeRef(tag: .columns), .equals(String(columns), ignoringCase: false))),
                .test(AttributeTest(AttributeRef(tag: .rows), .equals(String(rows), ignoringCase: false))),
            ])
            if className != "\(columns)x\(rows)" {
                warnings.append(RuleWarning("class \(className) has leading zeros; PixelMed compares the text "
                                            + "\(columns)x\(rows), so this line never matches", path: path,
                                            line: lineNumber))
                condition = .constant(false)
            }
            rules.append(Rule(name: className, condition: condition, regions: regions, origin: "\(source):\(lineNumber)"))
        }
        return RuleImport(ruleSet: try RuleSet(rules: rules, policy: .all, source: source), warnings: warnings)
    }

    /// True when the line (spaces removed) starts with a `COLSxROWS =` class.
    static func isClassLine(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard let equals = compact.firstIndex(of: "=") else { return false }
        return classSize(String(compact[..<equals])) != nil
    }

    /// COLS and ROWS of a `COLSxROWS` class name.
    private static func classSize(_ name: String) -> (Int, Int)? {
        let parts = name.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let columns = Int(parts[0]), let rows = Int(parts[1]) else { return nil }
        return (columns, rows)
    }
}
