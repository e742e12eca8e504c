import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor
import TestSupport

/// Measures the classifier on corpora of the evaluation kit (`/work/shared/eval`): for every truth
/// item, are the words of PHI items flagged, and are the words of non-PHI items left alone?
/// Run ad hoc with `REDACT_PHI_EVAL=/tmp/phicorpus3[,/tmp/phicorpus4...] swift test --filter PHIEvaluation`.
@Suite("PHI evaluation on eval-kit corpora", .enabled(if: PHIEvaluation.corpora != nil))
struct PHIEvaluationTests {
    @Test func figures() throws {
        for corpus in PHIEvaluation.corpora ?? [] {
            for noise in PHIEvaluation.Noise.allCases {
                let result = try PHIEvaluation.run(corpus: corpus, noise: noise, useHeader: true)
                print(result.summary(title: "\(corpus) [\(noise.rawValue)]"))
            }
            let result = try PHIEvaluation.run(corpus: corpus, noise: .none, useHeader: false)
            print(result.summary(title: "\(corpus) [no header: patterns and labels only]"))
        }
    }
}

enum PHIEvaluation {
    /// The corpora named by REDACT_PHI_EVAL (comma separated), when set.
    static var corpora: [String]? {
        guard let value = ProcessInfo.processInfo.environment["REDACT_PHI_EVAL"], !value.isEmpty else { return nil }
        return value.split(separator: ",").map(String.init)
    }

    /// Simulated OCR errors.
    enum Noise: String, CaseIterable {
        /// Perfectly read text.
        case none
        /// Half the words get one substitution among O/0, l/1, S/5 (where they have such a character).
        case confusions
        /// Half the words of five characters or more lose or double one character.
        case edits
    }

    struct Item: Decodable {
        var id: Int
        var type: String
        var text: String?
        var category: String
        var kind: String?
        var frames: [Int]?
        var bbox: [Int]
        var header_attr: String?
    }

    struct Truth: Decodable {
        var path: String
        var items: [Item]
    }

    struct Result {
        var phiItems = 0, phiFlagged = 0, phiPartly = 0
        var nonPHIItems = 0, nonPHIFlagged = 0
        var labels = 0, labelsFlagged = 0
        var files = 0
        var missesByKind: [String: Int] = [:]
        var phiByKind: [String: Int] = [:]
        var misses: [String] = []
        var falsePositives: [String] = []
        var labelsHit: [String] = []

        func summary(title: String) -> String {
            let recall = Double(phiFlagged) / Double(max(phiItems, 1))
            let partly = Double(phiPartly) / Double(max(phiItems, 1))
            let fp = Double(nonPHIFlagged) / Double(max(nonPHIItems, 1))
            var lines = ["== \(title): \(files) files",
                         "PHI recall (all words flagged) \(format(recall)) (\(phiFlagged)/\(phiItems)); "
                             + "some word flagged \(format(partly))",
                         "non-PHI flagged \(format(fp)) (\(nonPHIFlagged)/\(nonPHIItems)); labels flagged \(labelsFlagged)/\(labels)"]
            let kinds = phiByKind.keys.sorted().map { "\($0) \(phiByKind[$0]! - (missesByKind[$0] ?? 0))/\(phiByKind[$0]!)" }
            lines.append("by kind: " + kinds.joined(separator: ", "))
            if !misses.isEmpty { lines.append("missed: " + misses.prefix(25).joined(separator: " | ")) }
            if !labelsHit.isEmpty && ProcessInfo.processInfo.environment["REDACT_PHI_EVAL_LABELS"] != nil {
                lines.append("labels flagged: " + labelsHit.prefix(25).joined(separator: " | "))
            }
            if !falsePositives.isEmpty { lines.append("non-PHI flagged: " + falsePositives.prefix(25).joined(separator: " | ")) }
            return lines.joined(separator: "\n")
        }

        private func format(_ value: Double) -> String {
            String(Double(Int((value * 10000).rounded())) / 10000)
        }
    }

    /// Truth files of a corpus.
    static func truthFiles(_ corpus: String) -> [String] {
        let root = corpus + "/truth"
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return paths.filter { $0.hasSuffix(".json") && !$0.hasSuffix("ocr_control.json") }.sorted().map { root + "/" + $0 }
    }

    static func run(corpus: String, noise: Noise, useHeader: Bool) throws -> Result {
        var result = Result()
        var random = SeededGenerator(seed: 0x5EED)
        for file in truthFiles(corpus) {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let truth = try JSONDecoder().decode(Truth.self, from: data)
            let header = try DicomReader.readHeader(path: corpus + "/dicom/" + truth.path)
            let index = useHeader ? PHIIndex(dataset: header.dataset) : PHIIndex()
            let classifier = PHIClassifier(index: index)
            result.files += 1
            let items = truth.items.filter { $0.type == "text" && ($0.text ?? "").contains { !$0.isWhitespace } }
            // Each item is judged in the first frame it appears in, among the items of that frame.
            var judged: Set<Int> = []
            let firstFrames = Set(items.map { $0.frames?.first ?? 0 }).sorted()
            for frame in firstFrames {
                let visible = items.filter { ($0.frames ?? [0]).contains(frame) }
                let (words, owners) = layOut(visible, noise: noise, random: &random)
                var flagged: Set<Int> = []
                var explanations: [Int: String] = [:]
                for line in words {
                    let decisions = classifier.classify(line: line.map(\.detection))
                    for decision in decisions where decision.reason.isPHI {
                        for word in decision.words {
                            flagged.insert(line[word].id)
                            explanations[line[word].id] = "{\(line.map(\.text).joined(separator: " ")) -> "
                                + "\(decision.text): \(decision.reason)}"
                        }
                    }
                }
                for item in visible where (item.frames?.first ?? 0) == frame && !judged.contains(item.id) {
                    judged.insert(item.id)
                    let mine = owners[item.id] ?? []
                    let hit = mine.filter { flagged.contains($0.id) }
                    let text = mine.map(\.text).joined(separator: " ")
                    if item.category == "phi" {
                        let kind = item.kind ?? "?"
                        result.phiItems += 1
                        result.phiByKind[kind, default: 0] += 1
                        if !mine.isEmpty && hit.count == mine.filter({ $0.hasWordCharacters }).count {
                            result.phiFlagged += 1
                        } else {
                            result.missesByKind[kind, default: 0] += 1
                            result.misses.append("\(kind): \(text) [\(item.header_attr ?? "-")]")
                        }
                        if !hit.isEmpty { result.phiPartly += 1 }
                    } else if item.kind == "label" {
                        result.labels += 1
                        if !hit.isEmpty {
                            result.labelsFlagged += 1
                            result.labelsHit.append(text + " " + hit.compactMap { explanations[$0.id] }.joined(separator: " "))
                        }
                    } else {
                        result.nonPHIItems += 1
                        if !hit.isEmpty {
                            result.nonPHIFlagged += 1
                            result.falsePositives.append("\(item.kind ?? "?"): \(text) "
                                + hit.compactMap { explanations[$0.id] }.joined(separator: " "))
                        }
                    }
                }
            }
        }
        return result
    }

    /// One simulated OCR word.
    struct Word {
        var id: Int
        var text: String
        var detection: DetectedText
        var hasWordCharacters: Bool { text.contains { $0.isLetter || $0.isNumber } }
    }

    /// Groups items into text lines as an OCR engine would (same baseline, no wide gap) and cuts
    /// them into words with boxes proportional to their characters.
    static func layOut(_ items: [Item], noise: Noise, random: inout SeededGenerator) -> ([[Word]], [Int: [Word]]) {
        var words: [Word] = []
        var owners: [Int: [Word]] = [:]
        for item in items {
            let parts = (item.text ?? "").split(separator: " ").map(String.init)
            let total = max(parts.reduce(0) { $0 + $1.count } + parts.count - 1, 1)
            var x = Double(item.bbox[0])
            let unit = Double(item.bbox[2]) / Double(total)
            for part in parts {
                let width = Double(part.count) * unit
                let text = corrupt(part, noise: noise, random: &random)
                let box = PixelRect(x: Int(x), y: item.bbox[1], width: max(Int(width), 1), height: max(item.bbox[3], 1))
                let word = Word(id: words.count, text: text,
                                detection: DetectedText(frames: .all, box: box, text: text, confidence: 90, method: .ocr))
                words.append(word)
                owners[item.id, default: []].append(word)
                x += width + unit
            }
        }
        // Lines: vertical centres within half a height; split at gaps wider than four heights.
        let sorted = words.sorted { $0.detection.box.y + $0.detection.box.height / 2 < $1.detection.box.y + $1.detection.box.height / 2 }
        var rows: [[Word]] = []
        for word in sorted {
            let centre = word.detection.box.y + word.detection.box.height / 2
            if let last = rows.last?.last {
                let lastCentre = last.detection.box.y + last.detection.box.height / 2
                if abs(centre - lastCentre) <= max(min(last.detection.box.height, word.detection.box.height) / 2, 2) {
                    rows[rows.count - 1].append(word)
                    continue
                }
            }
            rows.append([word])
        }
        var lines: [[Word]] = []
        for row in rows {
            var current: [Word] = []
            for word in row.sorted(by: { $0.detection.box.x < $1.detection.box.x }) {
                if let last = current.last,
                   word.detection.box.x - last.detection.box.maxX > 4 * max(word.detection.box.height, last.detection.box.height) {
                    lines.append(current)
                    current = []
                }
                current.append(word)
            }
            if !current.isEmpty { lines.append(current) }
        }
        return (lines, owners)
    }

    static let confusions: [Character: Character] = ["O": "0", "0": "O", "l": "1", "1": "l", "S": "5", "5": "S"]

    static func corrupt(_ word: String, noise: Noise, random: inout SeededGenerator) -> String {
        var characters = Array(word)
        switch noise {
        case .none:
            return word
        case .confusions:
            let candidates = characters.indices.filter { confusions[characters[$0]] != nil }
            guard !candidates.isEmpty, random.below(2) == 0 else { return word }
            let position = candidates[random.below(candidates.count)]
            characters[position] = confusions[characters[position]] ?? characters[position]
        case .edits:
            guard characters.count >= 5, random.below(2) == 0 else { return word }
            let position = random.below(characters.count)
            if random.below(2) == 0 { characters.remove(at: position) } else { characters.insert(characters[position], at: position) }
        }
        return String(characters)
    }
}
