import FoundationEssentials

/// An ordered collection of data elements: a whole dataset, the file meta group, or a sequence item.
public struct DataSet: Sendable {
    /// The elements in stored order (ascending by tag in every conforming file).
    public private(set) var elements: [DataElement] { didSet { raw = nil } }
    /// The byte order binary values are stored in.
    public let byteOrder: ByteOrder
    /// The character set text values use (inherited by items that do not name their own).
    public var characterSet: SpecificCharacterSet
    /// True while elements are in ascending tag order, so lookups can bisect.
    private var isSorted: Bool
    /// The item or dataset as read, while it is unchanged.
    var raw: RawEncoding?

    /// Creates an empty dataset.
    public init(byteOrder: ByteOrder = .little, characterSet: SpecificCharacterSet = .default) {
        self.init(elements: [], byteOrder: byteOrder, characterSet: characterSet, raw: nil)
    }

    init(elements: [DataElement], byteOrder: ByteOrder, characterSet: SpecificCharacterSet, raw: RawEncoding?) {
        self.elements = elements
        self.byteOrder = byteOrder
        self.characterSet = characterSet
        self.isSorted = Self.ascending(elements)
        self.raw = raw
    }

    /// True when the elements' tags strictly ascend.
    private static func ascending(_ elements: [DataElement]) -> Bool {
        var index = 1
        while index < elements.count {
            if !(elements[index - 1].tag < elements[index].tag) { return false }
            index += 1
        }
        return true
    }

    /// True while the dataset is exactly as it was read.
    public var isUnchanged: Bool { raw != nil }

    /// The number of elements at this level.
    public var count: Int { elements.count }

    /// The position of the element with this tag, if present.
    public func index(of tag: Tag) -> Int? {
        if isSorted {
            var low = 0, high = elements.count
            while low < high {
                let mid = (low + high) / 2
                if elements[mid].tag < tag { low = mid + 1 } else { high = mid }
            }
            return low < elements.count && elements[low].tag == tag ? low : nil
        }
        return elements.firstIndex { $0.tag == tag }
    }

    /// True when an element with this tag is present.
    public func contains(_ tag: Tag) -> Bool { index(of: tag) != nil }

    /// Every element with this tag: one in a conforming dataset, more in files that repeat an attribute.
    public func all(_ tag: Tag) -> [DataElement] {
        isSorted ? (index(of: tag).map { [elements[$0]] } ?? []) : elements.filter { $0.tag == tag }
    }

    /// The element with this tag; setting nil removes it, setting a value inserts or replaces it.
    public subscript(tag: Tag) -> DataElement? {
        get { index(of: tag).map { elements[$0] } }
        set {
            if let element = newValue {
                precondition(element.tag == tag, "element stored under another tag")
                set(element)
            } else {
                remove(tag)
            }
        }
    }

    /// Inserts the element, or replaces the one with the same tag (every copy, where a file repeats it).
    public mutating func set(_ element: DataElement) {
        if let index = index(of: element.tag) {
            if !isSorted { removeRepeats(of: element.tag, after: index) }
            elements[index] = element
        } else if isSorted {
            let position = elements.firstIndex { $0.tag > element.tag } ?? elements.count
            elements.insert(element, at: position)
        } else {
            elements.append(element)
        }
    }

    /// Removes the element with this tag (every copy, where a file repeats it), returning the first.
    @discardableResult
    public mutating func remove(_ tag: Tag) -> DataElement? {
        guard let index = index(of: tag) else { return nil }
        if !isSorted { removeRepeats(of: tag, after: index) }
        return elements.remove(at: index)
    }

    /// Removes the copies of `tag` after position `index`.
    private mutating func removeRepeats(of tag: Tag, after index: Int) {
        let later = elements[(index + 1)...].indices.filter { elements[$0].tag == tag }
        for position in later.reversed() { elements.remove(at: position) }
    }

    /// Removes every element for which the predicate is true.
    public mutating func removeAll(where predicate: (DataElement) -> Bool) {
        if elements.contains(where: predicate) { elements.removeAll(where: predicate) }
    }

    /// Changes the element with this tag in place (every copy, where a file repeats it); does
    /// nothing when it is absent.
    public mutating func modify(_ tag: Tag, _ change: (inout DataElement) throws -> Void) rethrows {
        guard let first = index(of: tag) else { return }
        try change(&elements[first])
        guard !isSorted else { return }
        for position in elements.indices where position > first && elements[position].tag == tag {
            try change(&elements[position])
        }
    }
}
