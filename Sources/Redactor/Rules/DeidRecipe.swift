import PixelIO

/// Reads the `%filter` sections of pydicom deid recipes.
///
/// Each `LABEL name` becomes a rule whose group is the filter's name (`whitelist`, `graylist`,
/// `blacklist`, ...). Criteria lines `contains|notcontains|equals|notequals|missing|present|empty
/// Field [value]` start with `+` (and) or `||` (or), or with neither (and), and may chain more
/// criteria on the line with `+` or `||`; all are combined strictly left to right, without
/// precedence, as deid does (`a + b || c` is `(a and b) or c`). `contains` is a case-insensitive
/// regular-expression search; `equals` a case-insensitive comparison. Region lines:
/// `coordinates xmin,ymin,xmax,ymax`, `all` or `from:SequenceOfUltrasoundRegions`;
/// `keepcoordinates` (the same, kept clean instead of blanked); `ctpcoordinates x,y,w,h` and
/// `ctpkeepcoordinates x,y,w,h`. Every matching label applies, region lines painted in file
/// order. A label with regions and no criteria always matches; one with neither never does.
/// Other sections (`%header`, ...) are skipped with a warning.
public enum DeidRecipe {
    /// Parses a recipe.
    public static func parse(_ text: String, source: String = "") throws(RuleError) -> RuleImport {
        var reader = DeidRecipeReader(path: source.isEmpty ? nil : source, source: source)
        try reader.read(text)
        return RuleImport(ruleSet: try RuleSet(rules: reader.rules, policy: .all, source: source),
                          warnings: reader.warnings)
    }
}

/// Line-by-line state of a deid recipe being read.
private struct DeidRecipeReader {
    /// The criteria words deid knows (its `filters` list).
    static let filterWords = ["contains", "notcontains", "equals", "notequals", "missing", "present", "empty"]

    private struct Label {
        var name: String
        var group: String
        var line: Int
        /// Criteria in order, each with the operator joining it to what came before.
        var criteria: [(and: Bool, condition: RuleCondition)] = []
        var regions: [RuleRegion] = []
    }

    let path: String?
    let source: String
    private(set) var rules: [Rule] = []
    private(set) var warnings: [RuleWarning] = []
    private var filterName: String?
    private var label: Label?
    /// A skipped section: its heading and first line.
    private var skipped: (name: String, line: Int, last: Int)?

    init(path: String?, source: String) {
        self.path = path
        self.source = source
    }

    private func fail(_ message: String, line: Int, code: RuleError.Code = .syntax) -> RuleError {
        RuleError(code, message, path: path, line: line)
    }

    private mutating func warn(_ message: String, line: Int) {
        warnings.append(RuleWarning(message, path: path, line: line))
    }

    mutating func read(_ text: String) throws(RuleError) {
        for (offset, raw) in text.splitLines().enumerated() {
            let number = offset + 1
            let line = raw.trimmingASCIISpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.lowercased().hasPrefix("format") {
                let format = line.dropFirst(6).trimmingASCIISpaces().lowercased()
                if format != "dicom" {
                    throw fail("FORMAT \(format) is not a DICOM recipe (expected FORMAT dicom)", line: number)
                }
                continue
            }
            if line.hasPrefix("%") {
                try section(line, line: number)
                continue
            }
            if skipped != nil {
                skipped?.last = number
                continue
            }
            guard filterName != nil else {
                warn("line before any %filter section ignored: \(line)", line: number)
                continue
            }
            if line.uppercased().hasPrefix("LABEL") {
                try finishLabel()
                let name = line.dropFirst(5).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                    .first.map { $0.trimmingASCIISpaces() } ?? ""
                label = Label(name: name.isEmpty ? "LABEL on line \(number)" : name, group: filterName ?? "",
                              line: number)
                continue
            }
            guard label != nil else {
                warn("line outside a LABEL ignored: \(line)", line: number)
                continue
            }
            try member(line, line: number)
        }
        try finishLabel()
        finishSkipped()
    }

    private mutating func section(_ text: String, line: Int) throws(RuleError) {
        try finishLabel()
        finishSkipped()
        let heading = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { $0.trimmingASCIISpaces() } ?? ""
        let words = heading.split(whereSeparator: \.isWhitespace)
        let name = words.first.map { String($0.dropFirst()).lowercased() } ?? ""
        if name == "filter" {
            guard words.count > 1 else { throw fail("a %filter section needs a name, such as %filter graylist", line: line) }
            filterName = words.dropFirst().joined(separator: " ")
        } else {
            filterName = nil
            skipped = (heading, line, line)
        }
    }

    private mutating func finishSkipped() {
        guard let section = skipped else { return }
        skipped = nil
        warn("section \(section.name) (lines \(section.line)-\(section.last)) skipped: only %filter sections hold "
             + "pixel rules", line: section.line)
    }

    private mutating func finishLabel() throws(RuleError) {
        guard let current = label else { return }
        label = nil
        var condition: RuleCondition
        if let first = current.criteria.first {
            condition = first.condition
            for next in current.criteria.dropFirst() {
                condition = next.and ? .and([condition, next.condition]) : .or([condition, next.condition])
            }
        } else {
            condition = .constant(!current.regions.isEmpty)
        }
        rules.append(Rule(name: current.name, group: current.group, condition: condition, regions: current.regions,
                          origin: "\(source):\(current.line)"))
    }

    /// A criteria or region line inside a LABEL.
    private mutating func member(_ text: String, line: Int) throws(RuleError) {
        let lower = text.lowercased()
        for (prefix, action, ctp) in [("ctpkeepcoordinates", RegionAction.keep, true),
                                      ("ctpcoordinates", .blank, true),
                                      ("keepcoordinates", .keep, false),
                                      ("coordinates", .blank, false)] where lower.hasPrefix(prefix) {
            let value = String(text.dropFirst(prefix.count)).trimmingASCIISpaces()
            if let region = try coordinates(value, action: action, ctp: ctp, line: line) {
                label?.regions.append(region)
            }
            return
        }
        var body = Substring(text)
        var joinsWithAnd = true
        if body.hasPrefix("+") {
            body = body.dropFirst()
        } else if body.hasPrefix("||") {
            joinsWithAnd = false
            body = body.dropFirst(2)
        }
        let statement = body.trimmingASCIISpaces()
        guard DeidRecipeReader.filterWords.contains(where: { statement.lowercased().hasPrefix($0) }) else {
            warn("\"\(statement)\" is not a deid criterion (contains, notcontains, equals, notequals, missing, "
                 + "present, empty); skipped, as deid skips it", line: line)
            return
        }
        var joins = joinsWithAnd
        for (index, piece) in splitOperators(statement).enumerated() {
            if index > 0 { joins = piece.and }
            let condition = try criterion(piece.text, line: line)
            label?.criteria.append((joins, condition))
        }
    }

    /// Splits `a + b || c` at operators followed by another criterion, as deid does: at the
    /// first `+` or `||`, only when the rest of the line holds a criterion word.
    private func splitOperators(_ statement: String) -> [(and: Bool, text: String)] {
        var pieces: [(and: Bool, text: String)] = []
        var rest = statement
        var joinsWithAnd = true
        while true {
            let or = rest.indices.first { rest[$0...].hasPrefix("||") }.map { $0..<rest.index($0, offsetBy: 2) }
            let and = rest.firstIndex(of: "+")
            let cut: (Range<String.Index>, Bool)?
            switch (or, and) {
            case (nil, nil): cut = nil
            case (let o?, nil): cut = (o, false)
            case (nil, let a?): cut = (a..<rest.index(after: a), true)
            case (let o?, let a?): cut = a <= o.lowerBound ? (a..<rest.index(after: a), true) : (o, false)
            }
            guard let (range, isAnd) = cut else { break }
            let after = String(rest[range.upperBound...])
            guard DeidRecipeReader.filterWords.contains(where: { after.contains($0) }) else { break }
            pieces.append((joinsWithAnd, String(rest[..<range.lowerBound])))
            joinsWithAnd = isAnd
            rest = after
        }
        pieces.append((joinsWithAnd, rest))
        return pieces.map { ($0.and, $0.text.trimmingASCIISpaces()) }
    }

    /// One criterion, `action Field [value]`.
    private mutating func criterion(_ text: String, line: Int) throws(RuleError) -> RuleCondition {
        let words = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let action = words.first.map { $0.lowercased() } ?? ""
        let remainder = words.count > 1 ? words[1].trimmingASCIISpaces() : ""
        let field: String, value: String
        switch action {
        case "contains", "notcontains", "equals", "notequals":
            let parts = remainder.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2 else {
                throw fail("\(action) needs a field and a value: \(text)", line: line)
            }
            field = String(parts[0])
            value = parts[1].trimmingASCIISpaces()
        case "missing", "present", "empty":
            guard !remainder.isEmpty else { throw fail("\(action) needs a field: \(text)", line: line) }
            field = remainder
            value = ""
        default:
            throw fail("\"\(action)\" is not a deid criterion: \(text)", line: line)
        }
        let check: AttributeCheck
        var negate = false
        switch action {
        case "contains", "notcontains":
            check = .search(value, ignoringCase: true)
            negate = action == "notcontains"
            do {
                _ = try PatternTable.compile(value, ignoringCase: true)
            } catch {
                throw fail(error.message, line: line, code: .invalidPattern)
            }
        case "equals", "notequals":
            check = .equals(value, ignoringCase: true)
            negate = action == "notequals"
        case "missing": check = .missing
        case "present": check = .present
        default: check = .empty
        }
        guard let attribute = attribute(field) else {
            // pydicom finds nothing under a keyword it does not know: the field reads as absent.
            let absentValue: Bool
            switch check {
            case .missing: absentValue = true
            default: absentValue = false
            }
            let constant = negate ? !absentValue : absentValue
            warn("unknown field '\(field)': deid reads it as absent, so \(action) is always \(constant)", line: line)
            return .constant(constant)
        }
        let test = RuleCondition.test(AttributeTest(attribute, check))
        return negate ? .negated(test) : test
    }

    /// A field named by keyword, `(gggg,eeee)` or `0xGGGGEEEE`.
    private func attribute(_ field: String) -> AttributeRef? {
        if field.lowercased().hasPrefix("0x"), field.count == 10, let raw = UInt32(field.dropFirst(2), radix: 16) {
            return AttributeRef(tag: Tag(raw: raw))
        }
        return AttributeRef(parsing: field)
    }

    /// A region line's value.
    private mutating func coordinates(_ value: String, action: RegionAction, ctp: Bool, line: Int)
        throws(RuleError) -> RuleRegion? {
        let lower = value.lowercased()
        if !ctp, lower == "all" { return RuleRegion(action, .all) }
        if !ctp, lower.hasPrefix("from:") {
            let field = value.dropFirst(5).trimmingASCIISpaces()
            guard field.lowercased() == "sequenceofultrasoundregions" else {
                warn("coordinates from:\(field) not supported (only from:SequenceOfUltrasoundRegions); line skipped",
                     line: line)
                return nil
            }
            return RuleRegion(action, .ultrasoundRegions)
        }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingASCIISpaces() }
        let numbers = parts.compactMap { Int($0) }
        guard parts.count == 4, numbers.count == 4 else {
            throw fail("expected four integers \(ctp ? "x,y,width,height" : "xmin,ymin,xmax,ymax"), found \"\(value)\"",
                       line: line, code: .invalidRegion)
        }
        if !ctp, numbers.contains(where: { $0 < 0 }) {
            warn("negative coordinates read as counting from the right or bottom edge", line: line)
        }
        let rect = ctp ? RuleRect(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
                       : RuleRect(x: numbers[0], y: numbers[1], width: numbers[2] - numbers[0],
                                  height: numbers[3] - numbers[1])
        guard rect.width > 0, rect.height > 0 else {
            warn("region \"\(value)\" has no area; skipped", line: line)
            return nil
        }
        return RuleRegion(action, .rect(rect))
    }
}
