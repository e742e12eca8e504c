import FoundationEssentials

/// Reads one encoded dataset (or item, or sequence) from a byte buffer, checking every length
/// against the bytes actually present and every nesting level against the depth limit.
///
/// A file that simply stops (the last value or delimiter cut off by the end of the file) is read
/// as far as it goes when `options.readsTruncatedFiles` is set: `truncation` then says where,
/// and nothing cut off is marked as unchanged, so such a file can be inspected but not written.
final class DatasetParser {
    /// The whole buffer values are sliced from.
    let data: Data
    /// The same buffer as raw memory; valid while the parse runs.
    let bytes: UnsafeRawBufferPointer
    let options: ParseOptions
    /// Where and how the data was found cut off, if it was.
    private(set) var truncation: DicomError?
    /// True when reading stopped at the top-level Pixel Data element (header-only reads).
    private(set) var stoppedBeforePixelData = false
    /// Attributes found more than once in one dataset or item.
    private(set) var duplicates: [DicomError] = []

    init(data: Data, bytes: UnsafeRawBufferPointer, options: ParseOptions) {
        self.data = data
        self.bytes = bytes
        self.options = options
    }

    /// True (and the truncation recorded) when `error` happened because the file ends, and that is tolerated.
    private func tolerates(_ error: DicomError, end: Int) -> Bool {
        guard options.readsTruncatedFiles, end == bytes.count else { return false }
        if truncation == nil { truncation = error }
        return true
    }

    /// Reads elements from `start` until `end`, or until an item delimiter when `delimited`.
    /// Returns the dataset and the offset just past what was read (past the delimiter, if any).
    func parseDataSet(from start: Int, to end: Int, encoding: ElementEncoding, delimited: Bool,
                      depth: Int, characterSet: SpecificCharacterSet) throws(DicomError) -> (DataSet, Int) {
        var elements: [DataElement] = []
        var charset = characterSet
        var position = start
        while position < end {
            do {
                try require(8, at: position, end: end, context: nil)
            } catch {
                if tolerates(error, end: end) { break }
                throw error
            }
            let tag = readTag(at: position, order: encoding.byteOrder)
            if tag == .itemDelimitation {
                guard delimited else {
                    throw DicomError(.invalidValue, "item delimiter outside an item of undefined length",
                                     offset: position, tag: tag)
                }
                return (DataSet(elements: elements, byteOrder: encoding.byteOrder, characterSet: charset, raw: nil),
                        position + 8)
            }
            if tag.group == 0xFFFE {
                throw DicomError(.invalidValue, "unexpected \(tag) where a data element should start",
                                 offset: position, tag: tag)
            }
            if depth == 0 && tag == .pixelData && options.stopsBeforePixelData {
                stoppedBeforePixelData = true
                break
            }
            if let previous = elements.last?.tag, tag <= previous, elements.contains(where: { $0.tag == tag }) {
                // Real files repeat attributes (pydicom's test files do). Keep every copy: DataSet
                // changes and removes them all, so no copy can keep a value that was meant to go.
                duplicates.append(DicomError(.invalidValue, "element \(tag) appears more than once", offset: position, tag: tag))
            }
            let element = try parseElement(at: position, end: end, tag: tag, encoding: encoding,
                                           depth: depth, characterSet: charset)
            if tag == .specificCharacterSet {
                let terms = (element.0.bytes.map { String(decoding: $0, as: UTF8.self) } ?? "")
                    .split(separator: "\\", omittingEmptySubsequences: false)
                    .map { String($0).trimmingPadding(leading: true) }
                charset = SpecificCharacterSet(values: terms)
            }
            elements.append(element.0)
            position = element.1
        }
        if delimited && truncation == nil {
            let error = DicomError(.truncated, "item of undefined length has no item delimiter before the end of its container",
                                   offset: position)
            if !tolerates(error, end: end) { throw error }
        }
        return (DataSet(elements: elements, byteOrder: encoding.byteOrder, characterSet: charset, raw: nil), position)
    }

    /// Reads one element starting at `position`; returns it and the offset after it.
    private func parseElement(at position: Int, end: Int, tag: Tag, encoding: ElementEncoding, depth: Int,
                              characterSet: SpecificCharacterSet) throws(DicomError) -> (DataElement, Int) {
        let order = encoding.byteOrder
        var vr: VR
        var length: UInt32
        var headerLength: Int
        if encoding.isExplicitVR {
            let b0 = bytes[position + 4], b1 = bytes[position + 5]
            guard let explicit = VR(byte0: b0, byte1: b1) else {
                throw DicomError(.invalidVR, "invalid VR bytes 0x\(String(b0, radix: 16)) 0x\(String(b1, radix: 16))",
                                 offset: position + 4, tag: tag)
            }
            vr = explicit
            if vr.hasLongExplicitLength {
                do {
                    try require(12, at: position, end: end, context: tag)
                } catch {
                    if tolerates(error, end: end) { return (DataElement(tag: tag, vr: vr, value: .bytes(Data())), end) }
                    throw error
                }
                length = bytes.loadUInt32(at: position + 8, order: order)
                headerLength = 12
            } else {
                length = UInt32(bytes.loadUInt16(at: position + 6, order: order))
                headerLength = 8
            }
        } else {
            length = bytes.loadUInt32(at: position + 4, order: order)
            headerLength = 8
            vr = Self.implicitVR(for: tag)
        }
        let valueStart = position + headerLength

        if length == 0xFFFF_FFFF {
            return try parseUndefinedLength(tag: tag, vr: vr, position: position, valueStart: valueStart, end: end,
                                            encoding: encoding, depth: depth, characterSet: characterSet)
        }
        var valueEnd = valueStart + Int(length)
        var cutOff = false
        if Int(length) > end - valueStart {
            let error = DicomError(.invalidLength,
                                   "value length \(length) runs past the end of its container (\(end - valueStart) bytes left)",
                                   offset: position, tag: tag)
            guard tolerates(error, end: end) else { throw error }
            valueEnd = end
            cutOff = true
        }
        let value: ElementValue
        if vr == .SQ {
            let items = try parseItems(from: valueStart, to: valueEnd, delimited: false, encoding: encoding,
                                       depth: depth + 1, characterSet: characterSet, tag: tag)
            value = .sequence(items.0)
        } else {
            value = .bytes(slice(valueStart, valueEnd))
        }
        let raw = cutOff ? nil : RawEncoding(bytes: slice(position, valueEnd), encoding: encoding)
        return (DataElement(tag: tag, vr: vr, value: value, undefinedLength: false, raw: raw), valueEnd)
    }

    /// Undefined length: a sequence, an encapsulated pixel data value, or UN holding an implicit VR sequence.
    private func parseUndefinedLength(tag: Tag, vr: VR, position: Int, valueStart: Int, end: Int,
                                      encoding: ElementEncoding, depth: Int,
                                      characterSet: SpecificCharacterSet) throws(DicomError) -> (DataElement, Int) {
        let value: ElementValue
        let valueEnd: Int
        switch vr {
        case .SQ:
            let items = try parseItems(from: valueStart, to: end, delimited: true, encoding: encoding,
                                       depth: depth + 1, characterSet: characterSet, tag: tag)
            (value, valueEnd) = (.sequence(items.0), items.1)
        case .OB, .OW:
            let fragments = try parseFragments(from: valueStart, to: end, order: encoding.byteOrder, tag: tag)
            (value, valueEnd) = (.fragments(fragments.0), fragments.1)
            FileBytes.releasePages(of: slice(valueStart, valueEnd))
        case .UN:
            // PS3.5 6.2.2: UN of undefined length holds a sequence in implicit VR little endian.
            if tag == .pixelData {
                let fragments = try parseFragments(from: valueStart, to: end, order: encoding.byteOrder, tag: tag)
                (value, valueEnd) = (.fragments(fragments.0), fragments.1)
            } else {
                let items = try parseItems(from: valueStart, to: end, delimited: true, encoding: .implicitLittle,
                                           depth: depth + 1, characterSet: characterSet, tag: tag)
                (value, valueEnd) = (.sequence(items.0), items.1)
            }
        default:
            throw DicomError(.invalidLength, "undefined length is not allowed for VR \(vr.rawValue)",
                             offset: position, tag: tag)
        }
        let raw = truncation == nil ? RawEncoding(bytes: slice(position, valueEnd), encoding: encoding) : nil
        return (DataElement(tag: tag, vr: vr, value: value, undefinedLength: true, raw: raw), valueEnd)
    }

    /// Reads the items of a sequence; returns them and the offset after the sequence.
    private func parseItems(from start: Int, to end: Int, delimited: Bool, encoding: ElementEncoding, depth: Int,
                            characterSet: SpecificCharacterSet, tag: Tag) throws(DicomError) -> ([DataSet], Int) {
        guard depth <= options.maxSequenceDepth else {
            throw DicomError(.nestingTooDeep, "sequences nested deeper than \(options.maxSequenceDepth) levels",
                             offset: start, tag: tag)
        }
        var items: [DataSet] = []
        var position = start
        let order = encoding.byteOrder
        while position < end || delimited {
            do {
                try require(8, at: position, end: end, context: tag)
            } catch {
                if tolerates(error, end: end) { break }
                throw error
            }
            let itemTag = readTag(at: position, order: order)
            let length = bytes.loadUInt32(at: position + 4, order: order)
            if itemTag == .sequenceDelimitation {
                guard delimited else {
                    throw DicomError(.invalidValue, "sequence delimiter in a sequence of defined length",
                                     offset: position, tag: tag)
                }
                return (items, position + 8)
            }
            guard itemTag == .item else {
                throw DicomError(.invalidValue, "expected an item (FFFE,E000) in sequence, found \(itemTag)",
                                 offset: position, tag: tag)
            }
            let itemEnd: Int
            var item: DataSet
            if length == 0xFFFF_FFFF {
                (item, itemEnd) = try parseDataSet(from: position + 8, to: end, encoding: encoding, delimited: true,
                                                   depth: depth, characterSet: characterSet)
            } else {
                itemEnd = position + 8 + min(Int(length), end - position - 8)
                if Int(length) > end - position - 8 {
                    let error = DicomError(.invalidLength,
                                           "item length \(length) runs past the end of its sequence (\(end - position - 8) bytes left)",
                                           offset: position, tag: tag)
                    guard tolerates(error, end: end) else { throw error }
                }
                (item, _) = try parseDataSet(from: position + 8, to: itemEnd, encoding: encoding, delimited: false,
                                             depth: depth, characterSet: characterSet)
            }
            item.raw = truncation == nil ? RawEncoding(bytes: slice(position, itemEnd), encoding: encoding) : nil
            items.append(item)
            position = itemEnd
        }
        return (items, position)
    }

    /// Reads encapsulated pixel data: the Basic Offset Table item, fragment items, the sequence delimiter.
    private func parseFragments(from start: Int, to end: Int, order: ByteOrder,
                                tag: Tag) throws(DicomError) -> (EncapsulatedPixelData, Int) {
        var table: Data?
        var fragments: [Data] = []
        var position = start
        var released = start
        while true {
            if position - released >= 8 << 20 {
                // Reading item headers faults in pages all along the value: let them go as we pass.
                FileBytes.releasePages(of: slice(released, position))
                released = position
            }
            do {
                try require(8, at: position, end: end, context: tag)
            } catch {
                if tolerates(error, end: end) {
                    return (EncapsulatedPixelData(basicOffsetTable: table ?? Data(), fragments: fragments), position)
                }
                throw error
            }
            let itemTag = readTag(at: position, order: order)
            let length = bytes.loadUInt32(at: position + 4, order: order)
            if itemTag == .sequenceDelimitation {
                let result = EncapsulatedPixelData(basicOffsetTable: table ?? Data(), fragments: fragments)
                return (result, position + 8)
            }
            guard itemTag == .item else {
                throw DicomError(.invalidPixelData, "expected a fragment item in encapsulated pixel data, found \(itemTag)",
                                 offset: position, tag: tag)
            }
            guard length != 0xFFFF_FFFF else {
                throw DicomError(.invalidLength, "fragment item has undefined length", offset: position, tag: tag)
            }
            if Int(length) > end - position - 8 {
                let error = DicomError(.invalidLength, "fragment length \(length) runs past the end of the data",
                                       offset: position, tag: tag)
                guard tolerates(error, end: end) else { throw error }
                return (EncapsulatedPixelData(basicOffsetTable: table ?? Data(), fragments: fragments), end)
            }
            let value = slice(position + 8, position + 8 + Int(length))
            if table == nil { table = value } else { fragments.append(value) }
            position += 8 + Int(length)
        }
    }

    /// The VR an implicit VR element has, from the data dictionary.
    static func implicitVR(for tag: Tag) -> VR {
        DataDictionary.implicitVR(for: tag) ?? .UN
    }

    @inline(__always) func readTag(at position: Int, order: ByteOrder) -> Tag {
        Tag(bytes.loadUInt16(at: position, order: order), bytes.loadUInt16(at: position + 2, order: order))
    }

    @inline(__always) func slice(_ start: Int, _ end: Int) -> Data {
        data[data.startIndex + start ..< data.startIndex + end]
    }

    /// Throws a truncation error unless `count` bytes from `position` fit before `end`.
    @inline(__always) func require(_ count: Int, at position: Int, end: Int, context: Tag?) throws(DicomError) {
        guard end - position >= count else {
            throw DicomError(.truncated, "data ends inside an element header (\(end - position) of \(count) bytes present)",
                             offset: position, tag: context)
        }
    }
}
