/// Text kept in mode `allText` (where every other piece of text is removed).
///
/// Format: one entry per string (or per line of a file, read with `init(parsing:)`, where blank
/// lines and lines starting with `#` are ignored). Matching ignores case.
///
/// - A plain entry is one or more words: `Gain`, `cm/s`, `Dyn R`. It keeps words that equal it
///   once case, punctuation and the glyphs OCR confuses (O/0, l/1/I, S/5, B/8, Z/2, G/6) are
///   ignored; an entry of several words keeps that run of consecutive words.
/// - An entry between slashes is a regular expression (Swift Regex syntax): `/\d+(\.\d+)?\s?cm/`.
///   It keeps a word it matches completely, or a run of up to four consecutive words it matches
///   completely when they are joined by single spaces.
///
/// PHI wins: a word that matches a header value or a PHI pattern is removed even when allowed.
public struct PHIAllowList: Sendable, Hashable {
    /// One entry of the list.
    public enum Entry: Sendable, Hashable {
        /// Consecutive words, as written.
        case words([String])
        /// A regular expression, without its slashes.
        case pattern(String)
    }

    /// The entries, in order.
    public let entries: [Entry]

    /// Words or runs of words a regular expression is tried on.
    static let maximumRun = 4

    /// An empty list (mode `allText` then removes all text).
    public init() {
        entries = []
    }

    /// A list from entries (plain words or `/regex/`). Throws when a regular expression does not compile.
    public init(_ entries: [String]) throws(PHIAllowListError) {
        var parsed: [Entry] = []
        for raw in entries {
            let entry = raw.phiTrimmed([" ", "\t", "\r", "\n"])
            guard !entry.isEmpty else { continue }
            if entry.count >= 2, entry.hasPrefix("/"), entry.hasSuffix("/") {
                let body = String(entry.dropFirst().dropLast())
                do {
                    _ = try Regex(body)
                } catch {
                    throw PHIAllowListError(entry: entry, message: "\(error)")
                }
                parsed.append(.pattern(body))
            } else {
                parsed.append(.words(entry.split(separator: " ").map(String.init)))
            }
        }
        self.entries = parsed
    }

    /// A list from the text of an allow-list file: one entry per line, `#` comments, blank lines ignored.
    public init(parsing text: String) throws(PHIAllowListError) {
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
            .filter { !$0.phiTrimmed([" ", "\t"]).hasPrefix("#") }
        try self.init(lines)
    }

    /// True when the list has no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// The indices of the words of a line the list keeps.
    public func allowedWords(in words: [String]) -> Set<Int> {
        guard !entries.isEmpty, !words.isEmpty else { return [] }
        var allowed: Set<Int> = []
        let keys = words.map { comparisonKey($0) }
        for entry in entries {
            switch entry {
            case .words(let phrase):
                let phraseKeys = phrase.map { comparisonKey($0) }
                guard !phraseKeys.isEmpty, phraseKeys.count <= words.count else { continue }
                for start in 0...(words.count - phraseKeys.count)
                where (0..<phraseKeys.count).allSatisfy({ keys[start + $0] == phraseKeys[$0] }) {
                    allowed.formUnion(start..<(start + phraseKeys.count))
                }
            case .pattern(let body):
                guard let regex = try? Regex(body).ignoresCase() else { continue }
                let trimmed = words.map { $0.phiTrimmed([" "]) }
                for start in words.indices {
                    var joined = ""
                    for end in start..<min(words.count, start + Self.maximumRun) {
                        joined += (end == start ? "" : " ") + trimmed[end]
                        if (try? regex.wholeMatch(in: joined)) != nil {
                            allowed.formUnion(start...end)
                        }
                    }
                }
            }
        }
        return allowed
    }

    /// The key a plain entry and a word are compared by: collapsed letters and digits, or the
    /// text itself when it has none (so "-" can be allowed).
    private func comparisonKey(_ text: String) -> [UInt32] {
        let key = PHIFolding.key(text)
        return key.isEmpty ? text.phiTrimmed([" "]).unicodeScalars.map(\.value) : key
    }
}

/// An allow-list entry that could not be used.
public struct PHIAllowListError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The entry as given.
    public var entry: String
    /// What is wrong with it.
    public var message: String

    /// A message naming the entry.
    public var description: String { "allow-list entry \(entry): \(message)" }
}
