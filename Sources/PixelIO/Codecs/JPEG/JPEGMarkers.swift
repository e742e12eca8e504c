import FoundationEssentials

// The JPEG interchange format of ITU-T T.81 Annex B: markers, frame and scan headers, and a
// parser that walks the marker segments and keeps the tables they define. Shared by every JPEG
// process PixelIO decodes (lossless process 14 and sequential DCT).

/// An error from a JPEG codec.
@inline(never) func jpegCodecError(_ message: String, offset: Int? = nil) -> DicomError {
    DicomError(.codec, "JPEG: " + message, offset: offset)
}

/// Marker codes (the byte after 0xFF), T.81 Table B.1.
enum JPEGMarker {
    static let sof0: UInt8 = 0xC0  // baseline DCT
    static let sof1: UInt8 = 0xC1  // extended sequential DCT, Huffman
    static let sof2: UInt8 = 0xC2  // progressive DCT, Huffman
    static let sof3: UInt8 = 0xC3  // lossless (sequential), Huffman
    static let dht: UInt8 = 0xC4
    static let jpg: UInt8 = 0xC8
    static let dac: UInt8 = 0xCC
    static let rst0: UInt8 = 0xD0
    static let soi: UInt8 = 0xD8
    static let eoi: UInt8 = 0xD9
    static let sos: UInt8 = 0xDA
    static let dqt: UInt8 = 0xDB
    static let dnl: UInt8 = 0xDC
    static let dri: UInt8 = 0xDD
    static let com: UInt8 = 0xFE

    /// True for SOF0-SOF15 (C4, C8 and CC are other markers).
    static func isSOF(_ m: UInt8) -> Bool { m >= 0xC0 && m <= 0xCF && m != dht && m != jpg && m != dac }
    /// True for RST0-RST7.
    static func isRST(_ m: UInt8) -> Bool { m & 0xF8 == 0xD0 }

    /// A readable name, for messages.
    static func name(_ m: UInt8) -> String {
        switch m {
        case _ where isSOF(m): return "SOF\(m - 0xC0)"
        case _ where isRST(m): return "RST\(m - 0xD0)"
        case 0xE0...0xEF: return "APP\(m - 0xE0)"
        case dht: return "DHT"
        case dac: return "DAC"
        case soi: return "SOI"
        case eoi: return "EOI"
        case sos: return "SOS"
        case dqt: return "DQT"
        case dnl: return "DNL"
        case dri: return "DRI"
        case com: return "COM"
        default: return "0xFF" + String(m, radix: 16, uppercase: true)
        }
    }
}

/// One component of a frame header.
struct JPEGFrameComponent: Equatable, Sendable {
    /// Component identifier Ci.
    var id: UInt8
    /// Horizontal and vertical sampling factors Hi, Vi (1-4).
    var h: Int
    var v: Int
    /// Quantisation table selector Tqi (0-3; unused by lossless).
    var quantTable: Int
}

/// A frame header (SOFn), T.81 B.2.2.
struct JPEGFrameHeader: Equatable, Sendable {
    /// The SOF marker: its low nibble names the process (0 baseline, 1 extended, 2 progressive, 3 lossless...).
    var marker: UInt8
    /// Sample precision P in bits.
    var precision: Int
    /// Number of lines Y (0 in the header means a DNL segment defines it after the first scan).
    var lines: Int
    /// Samples per line X.
    var samplesPerLine: Int
    var components: [JPEGFrameComponent]

    var maxH: Int { components.map(\.h).max() ?? 1 }
    var maxV: Int { components.map(\.v).max() ?? 1 }
    /// Process 14 (lossless, Huffman, non-hierarchical).
    var isLossless: Bool { marker == JPEGMarker.sof3 }
    /// Sequential DCT with Huffman coding (baseline or extended).
    var isSequentialDCT: Bool { marker == JPEGMarker.sof0 || marker == JPEGMarker.sof1 }
    /// True when every component has the same sampling factors (no chroma subsampling).
    var isUniformlySampled: Bool { components.allSatisfy { $0.h == components[0].h && $0.v == components[0].v } }
    var processName: String { JPEGMarker.name(marker) }
}

/// One component of a scan header.
struct JPEGScanComponent: Equatable, Sendable {
    /// Index into the frame's component list.
    var componentIndex: Int
    /// DC (or lossless) and AC Huffman table selectors Td, Ta (0-3).
    var dcTable: Int
    var acTable: Int
}

/// A scan header (SOS), T.81 B.2.3.
struct JPEGScanHeader: Equatable, Sendable {
    var components: [JPEGScanComponent]
    /// Ss: spectral start (DCT) or predictor selection value (lossless).
    var ss: Int
    /// Se: spectral end (DCT; 0 for lossless).
    var se: Int
    /// Ah and Al: successive approximation bits (DCT) or point transform Pt = Al (lossless).
    var ah: Int
    var al: Int
}

/// Walks the marker segments of one JPEG image held in memory, applying table definitions
/// (DHT, DQT, DRI) as they come. A decoder calls `readFrameHeader()`, then for each scan
/// `nextScan()`, decodes the entropy-coded segment with a `JPEGBitReader` starting at `position`,
/// and hands back the position where the reader stopped with `endScan(at:)`.
///
/// Every length is checked against the bytes present; nothing is allocated from a length field
/// beyond the segment that holds it.
struct JPEGParser {
    let data: UnsafeRawBufferPointer
    /// The offset of the next unread byte.
    var position = 0
    /// Huffman tables of class 0 (DC and lossless) and class 1 (AC), by destination 0-3.
    var dcTables: [JPEGHuffmanDecoder?] = [nil, nil, nil, nil]
    var acTables: [JPEGHuffmanDecoder?] = [nil, nil, nil, nil]
    /// Quantisation tables by destination, 64 values in zig-zag order as stored.
    var quantTables: [[UInt16]?] = [nil, nil, nil, nil]
    /// Restart interval Ri in MCUs (0: no restart markers).
    var restartInterval = 0
    /// The frame header once read.
    private(set) var frame: JPEGFrameHeader?
    /// Lines defined by a DNL segment, when one was read.
    private(set) var definedLines: Int?
    /// Scans read so far.
    private(set) var scanCount = 0

    init(_ data: UnsafeRawBufferPointer) {
        self.data = data
    }

    /// Reads SOI and every segment up to and including the frame header.
    mutating func readFrameHeader() throws(DicomError) -> JPEGFrameHeader {
        guard data.count >= 4, data[0] == 0xFF, data[1] == JPEGMarker.soi else {
            throw jpegCodecError("the frame does not start with an SOI marker", offset: 0)
        }
        position = 2
        while true {
            guard let marker = try nextMarker() else {
                throw jpegCodecError("the stream ends before a frame header (SOFn)", offset: position)
            }
            if JPEGMarker.isSOF(marker) {
                let frame = try parseFrameHeader(marker, try segment(marker))
                self.frame = frame
                return frame
            }
            switch marker {
            case JPEGMarker.eoi, JPEGMarker.sos:
                throw jpegCodecError("\(JPEGMarker.name(marker)) before the frame header", offset: position - 2)
            default:
                try handleTableOrMisc(marker)
            }
        }
    }

    /// Reads segments up to the next SOS and returns its header, with `position` at the first byte
    /// of entropy-coded data; returns nil at EOI (or at the end of the data, which many encoders
    /// leave without an EOI).
    mutating func nextScan() throws(DicomError) -> JPEGScanHeader? {
        guard let frame else { throw jpegCodecError("scan before the frame header") }
        while true {
            guard let marker = try nextMarker() else { return nil }
            switch marker {
            case JPEGMarker.eoi:
                return nil
            case JPEGMarker.sos:
                let scan = try parseScanHeader(try segment(marker), frame: frame)
                scanCount += 1
                return scan
            case JPEGMarker.dnl:
                let payload = try segment(marker)
                guard payload.count == 2, scanCount == 1 else {
                    throw jpegCodecError("DNL segment of the wrong length or after a later scan", offset: position)
                }
                let lines = Int(payload[0]) << 8 | Int(payload[1])
                guard lines > 0 else { throw jpegCodecError("DNL defines zero lines", offset: position) }
                definedLines = lines
            case _ where JPEGMarker.isSOF(marker):
                throw jpegCodecError("a second frame header (\(JPEGMarker.name(marker))); hierarchical JPEG is not supported",
                                offset: position - 2)
            case _ where JPEGMarker.isRST(marker):
                continue  // a stray restart marker between scans carries nothing
            default:
                try handleTableOrMisc(marker)
            }
        }
    }

    /// Continues parsing after a scan whose entropy-coded data ended at `offset`.
    mutating func endScan(at offset: Int) {
        position = min(max(offset, position), data.count)
    }

    // MARK: - Segments

    /// Finds the next marker at or after `position` and moves past it. Bytes that are not a marker
    /// (garbage after a scan) and fill bytes (0xFF) are skipped. Returns nil at the end of the data.
    mutating func nextMarker() throws(DicomError) -> UInt8? {
        let count = data.count
        while position + 1 < count {
            if data[position] != 0xFF {
                position += 1
                continue
            }
            let next = data[position + 1]
            if next == 0xFF {  // fill byte
                position += 1
                continue
            }
            if next == 0 {  // stuffed data byte outside a scan: not a marker
                position += 2
                continue
            }
            position += 2
            return next
        }
        position = count
        return nil
    }

    /// The payload of the marker segment at `position` (after its length), moving past it.
    mutating func segment(_ marker: UInt8) throws(DicomError) -> UnsafeRawBufferPointer {
        guard position + 2 <= data.count else {
            throw jpegCodecError("\(JPEGMarker.name(marker)) segment is truncated", offset: position)
        }
        let length = Int(data[position]) << 8 | Int(data[position + 1])
        guard length >= 2, position + length <= data.count else {
            throw jpegCodecError("\(JPEGMarker.name(marker)) segment length \(length) runs past the end of the data "
                            + "(\(data.count - position) bytes left)", offset: position)
        }
        let payload = UnsafeRawBufferPointer(rebasing: data[(position + 2)..<(position + length)])
        position += length
        return payload
    }

    /// Applies DHT, DQT and DRI; skips APPn, COM and other segments with a length; refuses what
    /// no supported process uses.
    private mutating func handleTableOrMisc(_ marker: UInt8) throws(DicomError) {
        switch marker {
        case JPEGMarker.dht:
            try parseHuffmanTables(try segment(marker))
        case JPEGMarker.dqt:
            try parseQuantisationTables(try segment(marker))
        case JPEGMarker.dri:
            let payload = try segment(marker)
            guard payload.count == 2 else { throw jpegCodecError("DRI segment of length \(payload.count + 2)", offset: position) }
            restartInterval = Int(payload[0]) << 8 | Int(payload[1])
        case JPEGMarker.dac:
            throw jpegCodecError("arithmetic coding (DAC) is not supported", offset: position - 2)
        case JPEGMarker.soi:
            throw jpegCodecError("a second SOI marker", offset: position - 2)
        case 0x01, JPEGMarker.rst0...0xD7:
            // TEM and RSTn stand alone (no length); outside a scan they carry nothing.
            break
        default:
            _ = try segment(marker)  // APPn, COM, JPGn, DHP, EXP and reserved markers
        }
    }

    private func parseFrameHeader(_ marker: UInt8, _ p: UnsafeRawBufferPointer) throws(DicomError) -> JPEGFrameHeader {
        guard p.count >= 6 else { throw jpegCodecError("\(JPEGMarker.name(marker)) segment is too short") }
        let count = Int(p[5])
        guard count >= 1, p.count == 6 + 3 * count else {
            throw jpegCodecError("\(JPEGMarker.name(marker)) with \(count) components has length \(p.count + 2)")
        }
        var components: [JPEGFrameComponent] = []
        for i in 0..<count {
            let base = 6 + 3 * i
            let component = JPEGFrameComponent(id: p[base], h: Int(p[base + 1] >> 4), v: Int(p[base + 1] & 15),
                                               quantTable: Int(p[base + 2]))
            guard (1...4).contains(component.h), (1...4).contains(component.v), component.quantTable <= 3 else {
                throw jpegCodecError("component \(component.id) has sampling \(component.h)x\(component.v) "
                                + "or quantisation table \(component.quantTable)")
            }
            guard !components.contains(where: { $0.id == component.id }) else {
                throw jpegCodecError("component identifier \(component.id) appears twice in the frame header")
            }
            components.append(component)
        }
        let header = JPEGFrameHeader(marker: marker, precision: Int(p[0]), lines: Int(p[1]) << 8 | Int(p[2]),
                                     samplesPerLine: Int(p[3]) << 8 | Int(p[4]), components: components)
        guard header.samplesPerLine > 0 else { throw jpegCodecError("the frame header gives 0 samples per line") }
        return header
    }

    private func parseScanHeader(_ p: UnsafeRawBufferPointer, frame: JPEGFrameHeader) throws(DicomError) -> JPEGScanHeader {
        guard p.count >= 1 else { throw jpegCodecError("SOS segment is too short") }
        let count = Int(p[0])
        guard (1...4).contains(count), p.count == 4 + 2 * count else {
            throw jpegCodecError("SOS with \(count) components has length \(p.count + 2)")
        }
        var components: [JPEGScanComponent] = []
        for i in 0..<count {
            let id = p[1 + 2 * i]
            guard let index = frame.components.firstIndex(where: { $0.id == id }) else {
                throw jpegCodecError("the scan names component \(id), which the frame header does not define")
            }
            guard !components.contains(where: { $0.componentIndex == index }) else {
                throw jpegCodecError("the scan names component \(id) twice")
            }
            let tables = p[2 + 2 * i]
            let scanComponent = JPEGScanComponent(componentIndex: index, dcTable: Int(tables >> 4), acTable: Int(tables & 15))
            guard scanComponent.dcTable <= 3, scanComponent.acTable <= 3 else {
                throw jpegCodecError("the scan selects Huffman table \(scanComponent.dcTable)/\(scanComponent.acTable)")
            }
            components.append(scanComponent)
        }
        let base = 1 + 2 * count
        return JPEGScanHeader(components: components, ss: Int(p[base]), se: Int(p[base + 1]),
                              ah: Int(p[base + 2] >> 4), al: Int(p[base + 2] & 15))
    }

    private mutating func parseHuffmanTables(_ p: UnsafeRawBufferPointer) throws(DicomError) {
        var offset = 0
        while offset < p.count {
            guard offset + 17 <= p.count else { throw jpegCodecError("DHT segment is truncated") }
            let tableClass = Int(p[offset] >> 4), destination = Int(p[offset] & 15)
            guard tableClass <= 1, destination <= 3 else {
                throw jpegCodecError("DHT defines table class \(tableClass) destination \(destination)")
            }
            let counts = (0..<16).map { p[offset + 1 + $0] }
            let total = counts.reduce(0) { $0 + Int($1) }
            guard total <= 256, offset + 17 + total <= p.count else {
                throw jpegCodecError("DHT table with \(total) codes does not fit its segment")
            }
            let values = Array(p[(offset + 17)..<(offset + 17 + total)])
            let table = try JPEGHuffmanDecoder(JPEGHuffmanSpec(counts: counts, values: values), isAC: tableClass == 1)
            if tableClass == 0 { dcTables[destination] = table } else { acTables[destination] = table }
            offset += 17 + total
        }
    }

    private mutating func parseQuantisationTables(_ p: UnsafeRawBufferPointer) throws(DicomError) {
        var offset = 0
        while offset < p.count {
            let wide = p[offset] >> 4, destination = Int(p[offset] & 15)
            guard wide <= 1, destination <= 3 else {
                throw jpegCodecError("DQT defines precision \(wide) destination \(destination)")
            }
            let size = wide == 1 ? 128 : 64
            guard offset + 1 + size <= p.count else { throw jpegCodecError("DQT segment is truncated") }
            var table = [UInt16](repeating: 0, count: 64)
            for k in 0..<64 {
                table[k] = wide == 1 ? UInt16(p[offset + 1 + 2 * k]) << 8 | UInt16(p[offset + 2 + 2 * k])
                                     : UInt16(p[offset + 1 + k])
            }
            quantTables[destination] = table
            offset += 1 + size
        }
    }
}

// MARK: - Writing

/// Builds a JPEG stream: markers and segments, then entropy-coded data from a `JPEGBitWriter`.
struct JPEGStreamWriter {
    var bytes: [UInt8] = []

    mutating func marker(_ m: UInt8) {
        bytes.append(0xFF)
        bytes.append(m)
    }

    /// A marker segment: the marker, the length (payload + 2) and the payload.
    mutating func segment(_ m: UInt8, _ payload: [UInt8]) {
        marker(m)
        let length = payload.count + 2
        bytes.append(UInt8(length >> 8))
        bytes.append(UInt8(length & 0xFF))
        bytes.append(contentsOf: payload)
    }

    /// A frame header.
    mutating func frameHeader(_ frame: JPEGFrameHeader) {
        var p: [UInt8] = [UInt8(frame.precision), UInt8(frame.lines >> 8), UInt8(frame.lines & 0xFF),
                          UInt8(frame.samplesPerLine >> 8), UInt8(frame.samplesPerLine & 0xFF),
                          UInt8(frame.components.count)]
        for c in frame.components {
            p += [c.id, UInt8(c.h << 4 | c.v), UInt8(c.quantTable)]
        }
        segment(frame.marker, p)
    }

    /// One DHT segment holding the given tables (class, destination, table).
    mutating func huffmanTables(_ tables: [(tableClass: Int, destination: Int, spec: JPEGHuffmanSpec)]) {
        var p: [UInt8] = []
        for t in tables {
            p.append(UInt8(t.tableClass << 4 | t.destination))
            p += t.spec.counts
            p += t.spec.values
        }
        segment(JPEGMarker.dht, p)
    }

    /// A DRI segment.
    mutating func restartInterval(_ interval: Int) {
        segment(JPEGMarker.dri, [UInt8(interval >> 8), UInt8(interval & 0xFF)])
    }

    /// A scan header; `ids` are the frame component identifiers of the scan's components.
    mutating func scanHeader(_ scan: JPEGScanHeader, ids: [UInt8]) {
        var p: [UInt8] = [UInt8(scan.components.count)]
        for (c, id) in zip(scan.components, ids) {
            p += [id, UInt8(c.dcTable << 4 | c.acTable)]
        }
        p += [UInt8(scan.ss), UInt8(scan.se), UInt8(scan.ah << 4 | scan.al)]
        segment(JPEGMarker.sos, p)
    }
}
