/// Renderings of person names: the parts in any order, any case and punctuation, with given
/// and middle names written out or as initials ("DOE^JANE^M" → "JANE DOE", "Doe, Jane M",
/// "J. Doe", "Doe J", "DOE"), and for staff their initials ("JD", "JMD").
enum PHINameRenderings {
    /// One part of a name (family, given, middle), as folded words.
    struct Part {
        var label: String
        var words: [String]
        var full: String { words.joined() }
        var initials: String {
            String(String.UnicodeScalarView(words.compactMap { $0.unicodeScalars.first }))
        }
    }

    /// Name particles never matched on their own.
    static let particles: Set<String> = [
        "van", "von", "der", "den", "del", "della", "des", "los", "las", "ben", "bin", "abu", "dos", "das", "ter",
    ]

    /// Titles and suffixes absorbed next to a matched name.
    static let titles: [String] = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "md", "phd", "jr", "sr", "ii", "iii", "iv", "rn",
        "dds", "dmd", "mbbs", "frcr", "frcs", "facr", "sir", "dott", "doc",
    ]

    /// The shortest name part matched on its own.
    static let minimumPartLength = 3

    /// The shortest name part matched on its own in a script written without spaces between
    /// syllables (CJK), where a family name is often one character and a whole name two.
    static func minimumLength(_ folded: String) -> Int {
        folded.unicodeScalars.contains { $0.value >= 0x2E80 } ? 2 : minimumPartLength
    }

    /// Adds the renderings of a PN value (every component group: alphabetic, ideographic, phonetic).
    static func add(_ value: String, staff: Bool, to set: inout PHIRenderingSet) {
        for group in value.split(separator: "=", omittingEmptySubsequences: true) {
            addGroup(String(group), staff: staff, to: &set)
        }
        for title in titles { set.addCompanion(title) }
        set.addCompanions(raw: value)
    }

    /// The family, given and middle parts of one group; also the prefix and suffix words.
    static func parts(of group: String) -> (main: [Part], extra: [String]) {
        let words: (Substring) -> [String] = { text in
            text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "_" })
                .map { PHIFolding.fold($0) }.filter { !$0.isEmpty }
        }
        if group.contains("^") {
            let components = group.split(separator: "^", omittingEmptySubsequences: false).map(words)
            let labels = ["LAST", "FIRST", "MIDDLE"]
            var main: [Part] = []
            for (index, label) in labels.enumerated() where index < components.count && !components[index].isEmpty {
                main.append(Part(label: label, words: components[index]))
            }
            let extra = components.dropFirst(3).flatMap { $0 }
            return (main, extra)
        }
        // Not in PN form: "Doe, Jane M" or "Jane M Doe".
        if let comma = group.firstIndex(of: ",") {
            let family = words(group[..<comma])
            let rest = words(group[group.index(after: comma)...])
            var main = [Part(label: "LAST", words: family)]
            if let first = rest.first { main.append(Part(label: "FIRST", words: [first])) }
            if rest.count > 1 { main.append(Part(label: "MIDDLE", words: Array(rest.dropFirst()))) }
            return (main.filter { !$0.words.isEmpty }, [])
        }
        let all = words(Substring(group))
        guard let last = all.last else { return ([], []) }
        if all.count == 1 { return ([Part(label: "LAST", words: [last])], []) }
        var main = [Part(label: "LAST", words: [last]), Part(label: "FIRST", words: [all[0]])]
        if all.count > 2 { main.append(Part(label: "MIDDLE", words: Array(all[1..<(all.count - 1)]))) }
        return (main, [])
    }

    private static func addGroup(_ group: String, staff: Bool, to set: inout PHIRenderingSet) {
        let (main, extra) = parts(of: group)
        guard !main.isEmpty else { return }
        // Two or three parts in every order, each written out or as an initial, at least the
        // family or given name written out.
        for order in permutations(of: Array(main.indices)) where order.count >= 2 {
            for mask in 0..<(1 << order.count) {
                var folded = ""
                var labels: [String] = []
                var hasFullName = false
                for (position, part) in order.enumerated() {
                    let usesInitial = mask & (1 << position) != 0
                    let text = usesInitial ? main[part].initials : main[part].full
                    folded += text
                    labels.append(usesInitial ? String(main[part].label.prefix(1)) + "." : main[part].label)
                    if !usesInitial && main[part].label != "MIDDLE"
                        && main[part].full.count >= minimumLength(main[part].full) - 1 {
                        hasFullName = true
                    }
                }
                guard hasFullName, folded.count >= minimumLength(folded) else { continue }
                set.add(folded, label: labels.joined(separator: " "))
            }
        }
        // A part on its own, and each long word of a part made of several words.
        for part in main {
            if part.full.count >= minimumLength(part.full) { set.add(part.full, label: part.label) }
            if part.words.count > 1 {
                for word in part.words where word.count >= minimumLength(word) && !particles.contains(word) {
                    set.add(word, label: part.label)
                }
            }
        }
        // Initials, for staff only ("SK", "JMD").
        if staff, let family = main.first(where: { $0.label == "LAST" }),
           let given = main.first(where: { $0.label == "FIRST" }) {
            let middle = main.first(where: { $0.label == "MIDDLE" })
            let pairs = [given.initials + family.initials,
                         given.initials + (middle?.initials ?? "") + family.initials]
            for initials in Set(pairs) where initials.count >= 2 {
                set.add(initials, label: "initials", role: .initials)
            }
        }
        for part in main {
            for word in part.words {
                set.addCompanion(word)
                if let first = word.unicodeScalars.first { set.addCompanion(String(first)) }
            }
        }
        for word in extra { set.addCompanion(word) }
    }

    /// Every ordering of every non-empty subset of `items` (at most three items are expected).
    static func permutations(of items: [Int]) -> [[Int]] {
        var result: [[Int]] = []
        func extend(_ prefix: [Int], _ remaining: [Int]) {
            if !prefix.isEmpty { result.append(prefix) }
            for (index, item) in remaining.enumerated() {
                var rest = remaining
                rest.remove(at: index)
                extend(prefix + [item], rest)
            }
        }
        extend([], Array(items.prefix(3)))
        return result
    }
}
