import Foundation
@testable import PixelIO

/// Builds DICOM byte streams element by element, for tests that need exact bytes.
struct Fixture {
    var bytes: [UInt8] = []
    var encoding: ElementEncoding

    init(_ encoding: ElementEncoding = .explicitLittle) {
        self.encoding = encoding
    }

    /// Appends a 16-bit value in the fixture's byte order.
    mutating func u16(_ value: UInt16) { bytes.append(uint16: value, order: encoding.byteOrder) }
    /// Appends a 32-bit value in the fixture's byte order.
    mutating func u32(_ value: UInt32) { bytes.append(uint32: value, order: encoding.byteOrder) }

    /// Appends an element header.
    mutating func header(_ tag: Tag, _ vr: VR, length: UInt32) {
        u16(tag.group)
        u16(tag.element)
        if encoding.isExplicitVR {
            bytes.append(contentsOf: vr.rawValue.utf8)
            if vr.hasLongExplicitLength {
                bytes.append(contentsOf: [0, 0])
                u32(length)
            } else {
                u16(UInt16(length))
            }
        } else {
            u32(length)
        }
    }

    /// Appends an element with a value (padded to even length with the VR's padding byte).
    mutating func element(_ tag: Tag, _ vr: VR, _ value: [UInt8]) {
        var value = value
        if value.count & 1 == 1 { value.append(vr.paddingByte) }
        header(tag, vr, length: UInt32(value.count))
        bytes.append(contentsOf: value)
    }

    /// Appends a text element.
    mutating func text(_ tag: Tag, _ vr: VR, _ value: String) { element(tag, vr, Array(value.utf8)) }

    /// Appends a US element.
    mutating func us(_ tag: Tag, _ values: UInt16...) {
        var value = Fixture(encoding)
        for v in values { value.u16(v) }
        element(tag, .US, value.bytes)
    }

    /// Appends an item, item delimiter or sequence delimiter tag.
    mutating func itemTag(_ tag: Tag, length: UInt32) {
        u16(tag.group)
        u16(tag.element)
        u32(length)
    }

    /// Appends a sequence whose items are built by the closures; undefined lengths when asked.
    mutating func sequence(_ tag: Tag, undefined: Bool = true, itemsUndefined: Bool = true,
                           items: [(inout Fixture) -> Void]) {
        var body = Fixture(encoding)
        for build in items {
            var item = Fixture(encoding)
            build(&item)
            body.itemTag(.item, length: itemsUndefined ? 0xFFFF_FFFF : UInt32(item.bytes.count))
            body.bytes += item.bytes
            if itemsUndefined { body.itemTag(.itemDelimitation, length: 0) }
        }
        if undefined {
            header(tag, .SQ, length: 0xFFFF_FFFF)
            bytes += body.bytes
            itemTag(.sequenceDelimitation, length: 0)
        } else {
            header(tag, .SQ, length: UInt32(body.bytes.count))
            bytes += body.bytes
        }
    }

    /// A Part 10 file: preamble, DICM, file meta group (explicit VR little endian), then `dataset`.
    static func part10(syntax: TransferSyntax, dataset: [UInt8]) -> Data {
        var meta = Fixture(.explicitLittle)
        meta.element(.fileMetaInformationVersion, .OB, [0, 1])
        meta.text(.mediaStorageSOPClassUID, .UI, "1.2.840.10008.5.1.4.1.1.7")
        meta.text(.mediaStorageSOPInstanceUID, .UI, "1.2.3.4")
        meta.text(.transferSyntaxUID, .UI, syntax.uid)
        meta.text(.implementationClassUID, .UI, "1.2.3.999")
        var file = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        var length = Fixture(.explicitLittle)
        length.header(.fileMetaInformationGroupLength, .UL, length: 4)
        length.u32(UInt32(meta.bytes.count))
        file += length.bytes + meta.bytes + dataset
        return Data(file)
    }

    /// A small image dataset: an 8- or 16-bit greyscale image with the given pixel bytes.
    static func image(_ encoding: ElementEncoding = .explicitLittle, rows: UInt16 = 4, columns: UInt16 = 4,
                      bits: UInt16 = 16, frames: Int = 1, pixels: [UInt8]? = nil) -> Fixture {
        var f = Fixture(encoding)
        f.text(.sopClassUID, .UI, "1.2.840.10008.5.1.4.1.1.7")
        f.text(.sopInstanceUID, .UI, "1.2.3.4")
        f.text(.modality, .CS, "OT")
        f.text(.patientName, .PN, "Doe^Jane")
        f.us(.samplesPerPixel, 1)
        f.text(.photometricInterpretation, .CS, "MONOCHROME2")
        if frames > 1 { f.text(.numberOfFrames, .IS, String(frames)) }
        f.us(.rows, rows)
        f.us(.columns, columns)
        f.us(.bitsAllocated, bits)
        f.us(.bitsStored, bits)
        f.us(.highBit, bits - 1)
        f.us(.pixelRepresentation, 0)
        let count = Int(rows) * Int(columns) * Int(bits / 8) * frames
        let values = pixels ?? (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        f.element(.pixelData, bits > 8 ? .OW : .OB, values)
        return f
    }
}
