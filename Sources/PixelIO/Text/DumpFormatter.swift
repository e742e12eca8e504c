import FoundationEssentials

/// Renders a dataset as indented text, one element a line, in the manner of dcmdump:
/// `(gggg,eeee) VR value  # length, Keyword`.
public struct DumpFormatter {
    /// The longest value shown before it is cut with "...", or nil for no limit.
    public var maxValueLength: Int?

    /// A formatter that shortens values past `maxValueLength` characters.
    public init(maxValueLength: Int? = 64) {
        self.maxValueLength = maxValueLength
    }

    /// The lines for a whole file: the file meta group, then the dataset.
    public func lines(for file: DicomFile) -> [String] {
        var lines: [String] = []
        if let meta = file.fileMeta {
            lines.append("# File meta information")
            append(meta, depth: 0, to: &lines)
        }
        lines.append("# Dataset (\(file.transferSyntax.name))")
        append(file.dataset, depth: 0, to: &lines)
        return lines
    }

    private func append(_ dataset: DataSet, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for element in dataset.elements {
            let keyword = keyword(for: element.tag)
            switch element.value {
            case .bytes(let data):
                lines.append("\(indent)\(element.tag) \(element.vr.rawValue) \(render(element, data, in: dataset))"
                             + "  # \(data.count), \(keyword)")
            case .sequence(let items):
                let length = element.hadUndefinedLength ? "undefined length" : "defined length"
                lines.append("\(indent)\(element.tag) \(element.vr.rawValue) (sequence, \(items.count) item"
                             + "\(items.count == 1 ? "" : "s"), \(length))  # \(keyword)")
                for (number, item) in items.enumerated() {
                    lines.append("\(indent)  (FFFE,E000) item \(number + 1)")
                    append(item, depth: depth + 2, to: &lines)
                }
            case .fragments(let encapsulated):
                let sizes = encapsulated.fragments.prefix(8).map { String($0.count) }.joined(separator: ", ")
                let more = encapsulated.fragments.count > 8 ? ", ..." : ""
                lines.append("\(indent)\(element.tag) \(element.vr.rawValue) (encapsulated: offset table "
                             + "\(encapsulated.basicOffsetTable.count) bytes, \(encapsulated.fragments.count) fragments "
                             + "[\(sizes)\(more)])  # \(keyword)")
            }
        }
    }

    private func keyword(for tag: Tag) -> String {
        if let entry = DataDictionary.entry(for: tag) { return entry.keyword }
        return tag.isPrivate ? "PrivateElement" : "UnknownElement"
    }

    private func render(_ element: DataElement, _ data: Data, in dataset: DataSet) -> String {
        let vr = element.vr
        if vr.isText {
            return "[" + shorten(dataset.decodeText(data, vr: vr).trimmingPadding(leading: false)) + "]"
        }
        switch vr {
        case .US, .SS, .UL, .SL, .UV, .SV:
            return shorten(dataset.integers(element.tag).map(String.init).joined(separator: "\\"))
        case .FL, .FD, .OF, .OD:
            let size = vr == .FL || vr == .OF ? 4 : 8
            let values: [String] = data.withUnsafeBytes { raw in
                stride(from: 0, to: raw.count - size + 1, by: size).prefix(32).map { offset in
                    size == 4 ? String(Float(bitPattern: raw.loadUInt32(at: offset, order: dataset.byteOrder)))
                              : String(Double(bitPattern: raw.loadUInt64(at: offset, order: dataset.byteOrder)))
                }
            }
            return shorten(values.joined(separator: "\\"))
        case .AT:
            let values: [String] = data.withUnsafeBytes { raw in
                stride(from: 0, to: raw.count - 3, by: 4).map { offset in
                    Tag(raw.loadUInt16(at: offset, order: dataset.byteOrder),
                        raw.loadUInt16(at: offset + 2, order: dataset.byteOrder)).description
                }
            }
            return values.joined(separator: "\\")
        default:
            let hex = data.prefix(24).map { byte in
                (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }.joined(separator: "\\")
            return data.count > 24 ? hex + "..." : hex
        }
    }

    private func shorten(_ text: String) -> String {
        guard let limit = maxValueLength, text.count > limit else { return text }
        return String(text.prefix(limit)) + "..."
    }
}
