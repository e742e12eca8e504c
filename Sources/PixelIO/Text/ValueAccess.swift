import FoundationEssentials

/// Typed reading and writing of element values.
extension DataSet {
    /// The whole text value of a text element, decoded with the dataset's character set, with
    /// padding removed (trailing for LT, ST, UT; both ends otherwise). Nil when absent or not text.
    public func text(_ tag: Tag) -> String? {
        guard let element = self[tag], let data = element.bytes else { return nil }
        let vr = element.vr == .UN ? (DataDictionary.implicitVR(for: tag) ?? .UN) : element.vr
        guard vr.isText else { return nil }
        return decodeText(data, vr: vr).trimmingPadding(leading: vr.isMultiValuedText)
    }

    /// The values of a multi-valued text element, each trimmed of padding.
    public func strings(_ tag: Tag) -> [String] {
        guard let element = self[tag], let data = element.bytes else { return [] }
        let vr = element.vr == .UN ? (DataDictionary.implicitVR(for: tag) ?? .UN) : element.vr
        guard vr.isText else { return [] }
        let whole = decodeText(data, vr: vr)
        guard vr.isMultiValuedText else { return [whole.trimmingPadding(leading: false)] }
        return whole.split(separator: "\\", omittingEmptySubsequences: false)
            .map { String($0).trimmingPadding(leading: true) }
    }

    /// The first value of a text element.
    public func string(_ tag: Tag) -> String? {
        strings(tag).first
    }

    /// The numeric values of a binary (US, SS, UL, SL, UV, SV) or numeric text (IS, DS) element.
    public func integers(_ tag: Tag) -> [Int] {
        guard let element = self[tag], let data = element.bytes else { return [] }
        switch element.vr {
        case .US, .SS, .UL, .SL, .UV, .SV:
            return data.withUnsafeBytes { raw in decodeIntegers(raw, vr: element.vr) }
        case .IS, .DS:
            return strings(tag).compactMap { Int($0) ?? Double($0).flatMap { Int(exactly: $0.rounded()) } }
        default:
            return []
        }
    }

    /// The first numeric value of an element, if any.
    public func integer(_ tag: Tag) -> Int? {
        guard let element = self[tag], let data = element.bytes, !data.isEmpty else { return nil }
        switch element.vr {
        case .US, .SS, .UL, .SL, .UV, .SV:
            let size = element.vr.wordSize
            guard data.count >= size else { return nil }
            return data.prefix(size).withUnsafeBytes { decodeIntegers($0, vr: element.vr).first }
        default:
            return integers(tag).first
        }
    }

    /// Decodes text bytes; only SH, LO, ST, LT, PN, UC and UT follow Specific Character Set.
    func decodeText(_ data: Data, vr: VR) -> String {
        data.withUnsafeBytes { raw in
            if vr.usesSpecificCharacterSet {
                return characterSet.decode(raw, vr: vr)
            }
            return String(decoding: raw, as: UTF8.self)
        }
    }

    private func decodeIntegers(_ raw: UnsafeRawBufferPointer, vr: VR) -> [Int] {
        let size = vr.wordSize
        return stride(from: 0, to: raw.count - size + 1, by: size).map { offset -> Int in
            switch vr {
            case .US: return Int(raw.loadUInt16(at: offset, order: byteOrder))
            case .SS: return Int(Int16(bitPattern: raw.loadUInt16(at: offset, order: byteOrder)))
            case .UL: return Int(raw.loadUInt32(at: offset, order: byteOrder))
            case .SL: return Int(Int32(bitPattern: raw.loadUInt32(at: offset, order: byteOrder)))
            case .SV: return Int(Int64(bitPattern: raw.loadUInt64(at: offset, order: byteOrder)))
            default: return Int(truncatingIfNeeded: raw.loadUInt64(at: offset, order: byteOrder))
            }
        }
    }

    /// Sets a text element (ASCII or UTF-8 values joined by backslash), padded to even length.
    /// For VRs that follow Specific Character Set the caller is responsible for a compatible set.
    public mutating func setStrings(_ tag: Tag, vr: VR, _ values: [String]) {
        var bytes = Array(values.joined(separator: "\\").utf8)
        if bytes.count & 1 == 1 { bytes.append(vr.paddingByte) }
        set(DataElement(tag: tag, vr: vr, value: .bytes(Data(bytes))))
    }

    /// Sets a single-valued text element.
    public mutating func setString(_ tag: Tag, vr: VR, _ value: String) {
        setStrings(tag, vr: vr, [value])
    }

    /// Sets a US element to one or more values, in the dataset's byte order.
    public mutating func setUInt16(_ tag: Tag, _ values: [UInt16]) {
        var bytes: [UInt8] = []
        for value in values { bytes.append(uint16: value, order: byteOrder) }
        set(DataElement(tag: tag, vr: .US, value: .bytes(Data(bytes))))
    }
}

extension String {
    /// The string without DICOM padding: trailing spaces and NULs, and leading spaces if asked.
    func trimmingPadding(leading: Bool) -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last == " " || last == "\0" { scalars.removeLast() }
        if leading { while let first = scalars.first, first == " " { scalars.removeFirst() } }
        return String(scalars)
    }
}
