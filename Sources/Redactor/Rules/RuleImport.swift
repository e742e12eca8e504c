import FoundationEssentials

/// Rules read from a file, with what the reader noticed on the way.
public struct RuleImport: Sendable {
    /// The rules.
    public var ruleSet: RuleSet
    /// Lines that were skipped or interpreted, each with its place in the file.
    public var warnings: [RuleWarning]

    /// Creates an import result.
    public init(ruleSet: RuleSet, warnings: [RuleWarning] = []) {
        self.ruleSet = ruleSet
        self.warnings = warnings
    }
}

/// The rule file formats redact reads.
public enum RuleFileKind: String, Sendable, CaseIterable {
    /// redact's own format (docs/rules.md).
    case native
    /// A CTP DicomPixelAnonymizer script (`{ condition } (x,y,w,h) ...`).
    case ctpPixelScript = "ctp"
    /// A pydicom deid recipe (its `%filter` sections).
    case deidRecipe = "deid"
    /// A PixelMed DeidentifyAndRedact control file (`COLSxROWS = (x,y,w,h);...`).
    case pixelMedControl = "pixelmed"

    /// The format a file's text looks like: deid when it has a `%filter` section, CTP when it
    /// has a `{ ... }` signature, PixelMed when its first statement is `COLSxROWS =`, native otherwise.
    public static func guess(text: String) -> RuleFileKind {
        let lines = text.splitLines().map { $0.trimmingASCIISpaces() }
        if lines.contains(where: { $0.lowercased().hasPrefix("%filter") }) { return .deidRecipe }
        let statements = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        if let first = statements.first, PixelMedControlFile.isClassLine(first) { return .pixelMedControl }
        if statements.first.map({ ["rule", "match"].contains($0.split(separator: " ").first.map(String.init) ?? "") })
            ?? false {
            return .native
        }
        if text.contains("{"), text.contains("}") { return .ctpPixelScript }
        return .native
    }
}

/// Reads rule files of any supported format.
public enum RuleFiles {
    /// Reads a rule file; the format is guessed from the text when not given (see
    /// ``RuleFileKind/guess(text:)``). Errors and warnings name the path and line.
    public static func load(path: String, as kind: RuleFileKind? = nil) throws(RuleError) -> RuleImport {
        let data: Data
        do {
            data = try Data(contentsOf: URL(filePath: path))
        } catch {
            throw RuleError(.io, "cannot read the rule file: \(error)", path: path)
        }
        let text = String(decoding: data, as: UTF8.self)
        return try parse(text, as: kind ?? RuleFileKind.guess(text: text), source: path)
    }

    /// Parses rule text of the given format.
    public static func parse(_ text: String, as kind: RuleFileKind, source: String = "") throws(RuleError) -> RuleImport {
        switch kind {
        case .native: return RuleImport(ruleSet: try NativeRuleFormat.parse(text, source: source))
        case .ctpPixelScript: return try CTPPixelScript.parse(text, source: source)
        case .deidRecipe: return try DeidRecipe.parse(text, source: source)
        case .pixelMedControl: return try PixelMedControlFile.parse(text, source: source)
        }
    }
}

/// Maps character offsets in a text to 1-based line numbers.
struct LineIndex {
    private let starts: [Int]

    /// Indexes the lines of `characters` (LF, CRLF and CR end a line).
    init(_ characters: [Character]) {
        var starts = [0]
        for (index, character) in characters.enumerated()
        where character == "\n" || character == "\r\n" || character == "\r" {
            starts.append(index + 1)
        }
        self.starts = starts
    }

    /// The 1-based line holding the character at `offset`.
    func line(of offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(1, low)
    }
}
