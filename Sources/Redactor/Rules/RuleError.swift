/// Why a rule file could not be read, or a rule set could not be built, with the place to fix.
public struct RuleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable category, for programs that branch on the kind of failure.
    public enum Code: String, Sendable {
        /// The text does not follow the format's grammar.
        case syntax
        /// An attribute keyword that the data dictionary does not know.
        case unknownAttribute
        /// A regular expression that does not compile.
        case invalidPattern
        /// A region that is malformed (not four integers, empty size, bad frame list).
        case invalidRegion
        /// The file could not be read.
        case io
    }

    /// The category of the failure.
    public var code: Code
    /// What was wrong, in words.
    public var message: String
    /// The rule file, when known.
    public var path: String?
    /// The 1-based line in that file, when known.
    public var line: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
    }

    /// `path:line: message`, leaving out what is not known.
    public var description: String {
        RuleDiagnosticText.format(path: path, line: line, message: message)
    }
}

/// Something about a rule file worth telling a user that did not stop it being read: a line
/// the importer skipped or interpreted, and why. Importers never drop a line silently.
public struct RuleWarning: Sendable, Hashable, CustomStringConvertible {
    /// What was noticed, in words.
    public var message: String
    /// The rule file, when known.
    public var path: String?
    /// The 1-based line in that file, when known.
    public var line: Int?

    /// Creates a warning.
    public init(_ message: String, path: String? = nil, line: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
    }

    /// `path:line: warning: message`, leaving out what is not known.
    public var description: String {
        RuleDiagnosticText.format(path: path, line: line, message: "warning: " + message)
    }
}

/// Shared `path:line: message` formatting.
enum RuleDiagnosticText {
    static func format(path: String?, line: Int?, message: String) -> String {
        var place = path ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        return place.isEmpty ? message : place + ": " + message
    }
}
