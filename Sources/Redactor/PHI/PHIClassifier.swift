import OCR

/// Decides which words of detected text are PHI, and why.
///
/// A line (the words of one text line, in reading order) is checked three ways:
/// 1. the header values of a `PHIIndex` in their many renderings, tolerant of case, punctuation,
///    spacing, glyphs OCR confuses and one or two misread characters (`PHIReason.header`);
/// 2. patterns that are PHI without the header: dates, times, long numbers, name shapes
///    (`PHIReason.pattern`);
/// 3. field labels such as "DOB:" and the words after them (`PHIReason.label`).
///
/// In mode `allText` every other word is removed too unless the allow-list keeps it
/// (`PHIReason.notAllowed`), and unread text regions are removed (`PHIReason.unread`).
///
/// ```swift
/// let classifier = PHIClassifier(index: PHIIndex(dataset: file.dataset))
/// for decision in classifier.classify(line: words) { print(decision.words, decision.reason) }
/// ```
public struct PHIClassifier: Sendable {
    /// What is removed.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// Only PHI.
        case phi
        /// All text except what the allow-list keeps (PHI is removed even when allowed).
        case allText = "all"
    }

    /// The header values looked for.
    public let index: PHIIndex
    /// The text kept in mode `allText`.
    public let allowList: PHIAllowList
    /// What is removed.
    public let mode: Mode
    /// The renderings of the index.
    private let matcher: PHIHeaderMatcher

    /// A classifier for one file's header.
    public init(index: PHIIndex, allowList: PHIAllowList = PHIAllowList(), mode: Mode = .phi) {
        self.index = index
        self.allowList = allowList
        self.mode = mode
        self.matcher = PHIHeaderMatcher(index: index)
    }

    /// A classifier with an allow-list given as entries (plain words or `/regex/`, see `PHIAllowList`).
    public init(index: PHIIndex, allowList: [String], mode: Mode = .allText) throws(PHIAllowListError) {
        self.init(index: index, allowList: try PHIAllowList(allowList), mode: mode)
    }

    /// The decisions for one line of words in reading order. Every word is in at most one
    /// decision; words in none are kept.
    public func classify(line: [DetectedText]) -> [PHIDecision] {
        guard !line.isEmpty else { return [] }
        var candidates: [Candidate] = []
        let text = PHILineText(words: line.map(\.text))
        for hit in matcher.hits(in: text) {
            let entry = index.entries[hit.entry]
            candidates.append(Candidate(words: text.words(ofPieces: hit.first, hit.last),
                                        reason: .header(field: entry.field, rendering: hit.rendering),
                                        rank: 0, strength: hit.strength))
        }
        for hit in PHIPatterns.find(in: line) {
            candidates.append(Candidate(words: hit.words, reason: .pattern(hit.name), rank: 1, strength: hit.words.count))
        }
        for hit in PHILabels.find(in: line) {
            candidates.append(Candidate(words: hit.values, reason: .label(hit.text), rank: 2, strength: hit.values.count))
        }
        if mode == .allText {
            let allowed = allowList.allowedWords(in: line.map(\.text))
            for (position, word) in line.enumerated() where !allowed.contains(position) {
                let unread = word.method == .unread || word.text.phiTrimmed([" "]).isEmpty
                candidates.append(Candidate(words: [position], reason: unread ? .unread : .notAllowed, rank: 3, strength: 0))
            }
        }
        return Self.resolve(candidates, line: line)
    }

    /// The decisions for detections of several lines (grouped into visual lines by
    /// `PHIVisualLines`, each ordered left to right). Word indices refer to `detections`.
    public func classify(_ detections: [DetectedText]) -> [PHIDecision] {
        var decisions: [PHIDecision] = []
        for members in PHIVisualLines.group(detections) {
            for decision in classify(line: members.map { detections[$0] }) {
                let words = decision.words.map { members[$0] }.sorted()
                decisions.append(PHIDecision(words: words, text: decision.text, reason: decision.reason))
            }
        }
        return decisions
    }

    /// One redaction region per word to remove, with the frames and box of the word.
    public func regions(for detections: [DetectedText]) -> [RedactionRegion] {
        classify(detections).flatMap { decision in
            decision.words.map { word in
                RedactionRegion(frames: detections[word].frames, rect: detections[word].box,
                                reason: decision.regionReason)
            }
        }
    }

    /// A possible decision before overlaps are resolved.
    private struct Candidate {
        var words: [Int]
        var reason: PHIReason
        /// 0 header, 1 pattern, 2 label, 3 not allowed: lower explains a word better.
        var rank: Int
        /// Within a rank, higher explains a word better.
        var strength: Int
    }

    /// Gives each word to the candidate that explains it best and groups the words by candidate.
    private static func resolve(_ candidates: [Candidate], line: [DetectedText]) -> [PHIDecision] {
        var best: [Int: Int] = [:]
        for (number, candidate) in candidates.enumerated() {
            for word in candidate.words where word >= 0 && word < line.count {
                if let current = best[word] {
                    let other = candidates[current]
                    if (candidate.rank, -candidate.strength) < (other.rank, -other.strength) { best[word] = number }
                } else {
                    best[word] = number
                }
            }
        }
        var grouped: [Int: [Int]] = [:]
        for (word, number) in best { grouped[number, default: []].append(word) }
        return grouped.sorted { ($0.value.min() ?? 0) < ($1.value.min() ?? 0) }.map { number, words in
            let sorted = words.sorted()
            return PHIDecision(words: sorted, text: sorted.map { line[$0].text }.joined(separator: " "),
                               reason: candidates[number].reason)
        }
    }
}
