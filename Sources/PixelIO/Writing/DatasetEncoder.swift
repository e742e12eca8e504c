import FoundationEssentials

/// Encodes datasets in one encoding, copying the bytes of every unchanged element and item
/// that was read in that same encoding, and re-encoding only the rest.
struct DatasetEncoder {
    /// The encoding to write.
    let encoding: ElementEncoding
    /// Pixel Representation of the top-level dataset, to pick US or SS for ambiguous tags.
    let pixelRepresentation: Int
    /// Bits Allocated of the top-level dataset: native Pixel Data swaps whole samples when the byte order changes.
    var bitsAllocated: Int = 16

    /// Writes every element of `dataset`; `skip` leaves out chosen top-level elements.
    func write(_ dataset: DataSet, to out: ByteWriter, skip: (Tag) -> Bool = { _ in false }) throws(DicomError) {
        // Group lengths (retired outside group 0002) stay true only if every element keeps its bytes.
        let keepGroupLengths = dataset.raw?.encoding == encoding
        for element in dataset.elements where !skip(element.tag) {
            if element.tag.isGroupLength && element.tag.group != 0x0002 && !keepGroupLengths {
                continue
            }
            try write(element, byteOrder: dataset.byteOrder, to: out)
        }
    }

    /// Writes one element; `byteOrder` is the order its value bytes are stored in.
    func write(_ element: DataElement, byteOrder: ByteOrder, to out: ByteWriter) throws(DicomError) {
        if let raw = element.raw, raw.encoding == encoding {
            try out.write(raw.bytes)
            return
        }
        let vr = outputVR(for: element)
        switch element.value {
        case .bytes(let value):
            let swapSize = element.tag == .pixelData
                ? NativePixels.byteSwapSize(vr: vr, bitsAllocated: bitsAllocated) : vr.wordSize
            let needsSwap = byteOrder != encoding.byteOrder && swapSize > 1
            var length = value.count
            var headerVR = vr
            if encoding.isExplicitVR && !vr.hasLongExplicitLength && padded(length) > 0xFFFE {
                headerVR = .UN  // PS3.5 6.2.2: too long for a 16-bit length field
            }
            let pad = length & 1
            length += pad
            try writeHeader(tag: element.tag, vr: headerVR, length: UInt32(length), to: out)
            if needsSwap {
                try out.writeSwapped(value, wordSize: swapSize)
            } else {
                try out.write(value)
            }
            if pad == 1 { try out.write([vr.paddingByte]) }
        case .sequence(let items):
            // An element read as UN of undefined length holds implicit VR little endian items.
            let inner = vr == .UN
                ? DatasetEncoder(encoding: .implicitLittle, pixelRepresentation: pixelRepresentation, bitsAllocated: bitsAllocated)
                : self
            try writeHeader(tag: element.tag, vr: vr, length: 0xFFFF_FFFF, to: out)
            for item in items {
                if let raw = item.raw, raw.encoding == inner.encoding {
                    try out.write(raw.bytes)
                    continue
                }
                try inner.writeItemTag(.item, length: 0xFFFF_FFFF, to: out)
                try inner.write(item, to: out)
                try inner.writeItemTag(.itemDelimitation, length: 0, to: out)
            }
            try inner.writeItemTag(.sequenceDelimitation, length: 0, to: out)
        case .fragments(let encapsulated):
            try writeHeader(tag: element.tag, vr: vr == .OW ? .OB : vr, length: 0xFFFF_FFFF, to: out)
            try writeItemTag(.item, length: UInt32(padded(encapsulated.basicOffsetTable.count)), to: out)
            try out.write(encapsulated.basicOffsetTable)
            if encapsulated.basicOffsetTable.count & 1 == 1 { try out.write([0]) }
            for fragment in encapsulated.fragments {
                try writeItemTag(.item, length: UInt32(padded(fragment.count)), to: out)
                try out.write(fragment)
                if fragment.count & 1 == 1 { try out.write([0]) }
            }
            try writeItemTag(.sequenceDelimitation, length: 0, to: out)
        }
    }

    /// The VR to write: the element's own, with "US or SS" tags resolved by Pixel Representation
    /// when the value came from an implicit VR dictionary guess.
    private func outputVR(for element: DataElement) -> VR {
        guard element.vr == .US, pixelRepresentation == 1, element.raw?.encoding.isExplicitVR == false,
              let entry = DataDictionary.entry(for: element.tag), entry.alternativeVRs.contains(.SS) else {
            return element.vr
        }
        return .SS
    }

    /// Writes an element header in this encoding.
    func writeHeader(tag: Tag, vr: VR, length: UInt32, to out: ByteWriter) throws(DicomError) {
        try out.writeElementHeader(tag: tag, vr: vr, length: length, encoding: encoding)
    }

    /// Writes an item, item delimiter or sequence delimiter tag with its length.
    func writeItemTag(_ tag: Tag, length: UInt32, to out: ByteWriter) throws(DicomError) {
        try out.writeItemHeader(tag, length: length, byteOrder: encoding.byteOrder)
    }
}

extension ByteWriter {
    /// Writes a data element header (tag, VR when explicit, length) in the given encoding.
    public func writeElementHeader(tag: Tag, vr: VR, length: UInt32, encoding: ElementEncoding) throws(DicomError) {
        var header: [UInt8] = []
        header.reserveCapacity(12)
        header.append(uint16: tag.group, order: encoding.byteOrder)
        header.append(uint16: tag.element, order: encoding.byteOrder)
        if encoding.isExplicitVR {
            header.append(contentsOf: vr.rawValue.utf8)
            if vr.hasLongExplicitLength {
                header.append(contentsOf: [0, 0])
                header.append(uint32: length, order: encoding.byteOrder)
            } else {
                header.append(uint16: UInt16(truncatingIfNeeded: length), order: encoding.byteOrder)
            }
        } else {
            header.append(uint32: length, order: encoding.byteOrder)
        }
        try write(header)
    }

    /// Writes an item, item delimiter or sequence delimiter tag with its 32-bit length.
    public func writeItemHeader(_ tag: Tag, length: UInt32, byteOrder: ByteOrder) throws(DicomError) {
        var header: [UInt8] = []
        header.reserveCapacity(8)
        header.append(uint16: tag.group, order: byteOrder)
        header.append(uint16: tag.element, order: byteOrder)
        header.append(uint32: length, order: byteOrder)
        try write(header)
    }
}
