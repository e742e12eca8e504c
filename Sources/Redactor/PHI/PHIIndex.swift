import PixelIO

/// The identifying values of one DICOM header, to be looked for in the pixels.
///
/// Built from a dataset, it holds every person name (PN), date (DA, and the date of DT), time
/// (TM, and the time of DT) and age (AS) found anywhere in the dataset, sequences included, and
/// the identifiers and places listed by keyword (Patient ID, Other Patient IDs, Accession Number,
/// Institution Name/Address, Department, Station Name, ...). Each entry remembers the attribute
/// it came from, so a match can say why it is PHI.
public struct PHIIndex: Sendable {
    /// The entries, the most commonly rendered attributes first; no two have the same kind and value.
    public private(set) var entries: [PHIEntry]

    /// How deep sequences are searched (the parser already bounds nesting; this is a second guard).
    static let maximumDepth = 32

    /// An index holding the given entries.
    public init(entries: [PHIEntry] = []) {
        self.entries = []
        for entry in entries { add(entry) }
    }

    /// The index of a dataset's identifying values.
    public init(dataset: DataSet) {
        var found: [PHIEntry] = []
        Self.collect(dataset, path: "", depth: 0, into: &found)
        let priority = Dictionary(PHIFieldCatalog.primaryKeywords.enumerated().map { ($1, $0) },
                                  uniquingKeysWith: { first, _ in first })
        let ordered = found.enumerated().sorted { lhs, rhs in
            let left = priority[lhs.element.field] ?? Int.max
            let right = priority[rhs.element.field] ?? Int.max
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        self.init(entries: ordered.map(\.element))
    }

    /// True when there is nothing to look for.
    public var isEmpty: Bool { entries.isEmpty }

    /// Adds an entry unless one of the same kind and value is already present, or its value is empty.
    public mutating func add(_ entry: PHIEntry) {
        let value = entry.value.phiTrimmed([" ", "\0"])
        guard !value.isEmpty else { return }
        var entry = entry
        entry.value = value
        if entries.contains(where: { $0.kind == entry.kind && $0.value == entry.value }) { return }
        entries.append(entry)
    }

    /// The entries of one kind.
    public func entries(of kind: PHIKind) -> [PHIEntry] {
        entries.filter { $0.kind == kind }
    }

    /// Walks a dataset (and its sequences) collecting the values the catalogue lists.
    private static func collect(_ dataset: DataSet, path: String, depth: Int, into found: inout [PHIEntry]) {
        guard depth <= maximumDepth else { return }
        for element in dataset.elements {
            let tag = element.tag
            if tag == .pixelData || tag.isGroupLength || tag.isPrivateCreator { continue }
            let keyword = DataDictionary.entry(for: tag)?.keyword ?? tag.description
            let field = path.isEmpty ? keyword : path + ">" + keyword
            if let items = element.items {
                for item in items { collect(item, path: field, depth: depth + 1, into: &found) }
                continue
            }
            let vr = element.vr == .UN ? (DataDictionary.implicitVR(for: tag) ?? .UN) : element.vr
            guard vr.isText, let kind = PHIFieldCatalog.kind(keyword: keyword, vr: vr) else { continue }
            for value in dataset.strings(tag) where !value.isEmpty {
                if vr == .DT {
                    found.append(contentsOf: dateTimeEntries(field: field, value: value))
                } else {
                    found.append(PHIEntry(field: field, kind: kind, value: value))
                }
            }
        }
    }

    /// A DT value as a date entry and, when it has one, a time entry ("20240307143205.1+0100").
    static func dateTimeEntries(field: String, value: String) -> [PHIEntry] {
        let characters = Array(value)
        guard characters.count >= 8 else { return [] }
        var result = [PHIEntry(field: field, kind: .date, value: String(characters[0..<8]))]
        if characters.count >= 12 {
            let time = characters[8...].prefix { $0.isNumber || $0 == "." }
            result.append(PHIEntry(field: field, kind: .time, value: String(time)))
        }
        return result
    }
}

extension String {
    /// The string without the given characters at either end.
    func phiTrimmed(_ set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
