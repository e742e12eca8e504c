import FoundationEssentials
import PixelIO

/// The header a rule set is evaluated against: the dataset, the file meta group (rules may
/// test group 0002 attributes such as Implementation Version Name), and the image size that
/// negative coordinates and clipping refer to.
public struct RuleInput: Sendable {
    /// The dataset (after the file meta group).
    public var dataset: DataSet
    /// The file meta group, when there is one; group 0002 attributes are looked up here first.
    public var fileMeta: DataSet?
    /// Image width in pixels.
    public var columns: Int
    /// Image height in pixels.
    public var rows: Int
    /// Number of frames (1 for single-frame images).
    public var numberOfFrames: Int

    /// Creates an input; size and frame count default to the dataset's Columns, Rows and
    /// Number of Frames (0, 0 and 1 when absent).
    public init(dataset: DataSet, fileMeta: DataSet? = nil, columns: Int? = nil, rows: Int? = nil,
                numberOfFrames: Int? = nil) {
        self.dataset = dataset
        self.fileMeta = fileMeta
        self.columns = columns ?? dataset.integer(.columns) ?? 0
        self.rows = rows ?? dataset.integer(.rows) ?? 0
        self.numberOfFrames = max(1, numberOfFrames ?? dataset.integer(.numberOfFrames) ?? 1)
    }

    /// The input for a file as read.
    public init(file: DicomFile) {
        self.init(dataset: file.dataset, fileMeta: file.fileMeta)
    }

    /// The element with this tag and the dataset holding it (group 0002 from the file meta
    /// group when there is one).
    func element(_ tag: Tag) -> (DataElement, DataSet)? {
        if tag.group == 0x0002, let fileMeta, let element = fileMeta[tag] { return (element, fileMeta) }
        if let element = dataset[tag] { return (element, dataset) }
        return nil
    }

    /// The attribute's values as text, one string per value; nil when the attribute is absent.
    /// Sequences and binary data other than numbers have no values.
    func values(_ tag: Tag) -> [String]? {
        guard let (element, holder) = element(tag) else { return nil }
        switch element.vr {
        case .SQ:
            return []
        case .US, .SS, .UL, .SL, .UV, .SV:
            return holder.integers(tag).map(String.init)
        case .FL, .FD:
            return floats(element, byteOrder: holder.byteOrder).map { String($0) }
        case .UN:
            if let known = DataDictionary.implicitVR(for: tag) {
                return known.isText ? holder.strings(tag) : []
            }
            // A private or unknown attribute: read its bytes as text, as CTP does.
            guard let bytes = element.bytes else { return [] }
            return String(decoding: bytes, as: UTF8.self).split(separator: "\\", omittingEmptySubsequences: false)
                .map { $0.trimmingPaddingCharacters() }
        default:
            return element.vr.isText ? holder.strings(tag) : []
        }
    }

    /// True when the attribute is present with an empty value: no bytes, only padding, or a
    /// sequence without items.
    func hasEmptyValue(_ tag: Tag) -> Bool {
        guard let (element, _) = element(tag) else { return false }
        switch element.value {
        case .sequence(let items): return items.isEmpty
        case .fragments: return false
        case .bytes(let bytes):
            if bytes.isEmpty { return true }
            return (values(tag) ?? []).allSatisfy { $0.isEmpty }
        }
    }

    /// FL or FD values in the element's byte order.
    private func floats(_ element: DataElement, byteOrder: ByteOrder) -> [Double] {
        guard let bytes = element.bytes else { return [] }
        let size = element.vr == .FL ? 4 : 8
        var result: [Double] = []
        var offset = bytes.startIndex
        while offset + size <= bytes.endIndex {
            var bits: UInt64 = 0
            for index in 0..<size {
                let byte = UInt64(bytes[offset + (byteOrder == .little ? size - 1 - index : index)])
                bits = bits << 8 | byte
            }
            result.append(size == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
                                    : Double(bitPattern: bits))
            offset += size
        }
        return result
    }
}

extension StringProtocol {
    /// The text without DICOM padding: leading and trailing spaces and NULs.
    func trimmingPaddingCharacters() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\0" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\0" { scalars.removeLast() }
        return String(scalars)
    }
}
