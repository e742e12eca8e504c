import FoundationEssentials

/// What the main header of a JPEG 2000 codestream says (ISO/IEC 15444-1 Annex A), read in Swift
/// before OpenJPEG sees the stream, so that a stream that does not match the DICOM header is
/// refused before the library allocates anything for it.
struct J2KHeader: Equatable {
    /// One image component, from the SIZ marker segment.
    struct Component: Equatable {
        /// Bits per sample (Ssiz & 0x7F + 1).
        var precision: Int
        /// True when the samples are two's complement (Ssiz bit 7).
        var isSigned: Bool
        /// Horizontal and vertical subsampling (XRsiz, YRsiz).
        var dx: Int
        var dy: Int
    }

    /// True when the codestream is wrapped in the JP2 file format (some vendors do this).
    var isJP2: Bool
    /// Where the codestream lies in the data (from SOC; for JP2, the contents of the 'jp2c' box).
    var codestream: Range<Int>
    /// Image width and height on the reference grid (Xsiz - XOsiz, Ysiz - YOsiz).
    var width: Int
    var height: Int
    var components: [Component]
    /// The number of tiles across and down.
    var tilesAcross: Int
    var tilesDown: Int
    /// Rsiz: the capabilities (bit 14 set for HTJ2K, Part 15).
    var capabilities: Int
    /// True when a CAP marker segment is present (Part 2 / Part 15 extensions).
    var hasCAP: Bool
    /// COD: the multiple component transform is used (RCT with 5/3, ICT with 9/7).
    var usesMCT: Bool
    /// COD: the reversible 5/3 wavelet (false: irreversible 9/7).
    var isReversible: Bool
    /// COD: decomposition levels and quality layers.
    var decompositionLevels: Int
    var layers: Int

    /// True for a High-Throughput (Part 15) codestream.
    var isHighThroughput: Bool { capabilities & 0x4000 != 0 }

    /// The number of tiles.
    var tileCount: Int { tilesAcross * tilesDown }

    /// Reads the main header of a raw codestream (starting FF4F FF51) or of the codestream in
    /// a JP2 file (starting with the JP2 signature box).
    static func parse(_ data: UnsafeRawBufferPointer) throws(DicomError) -> J2KHeader {
        let reader = Reader(data: data)
        var isJP2 = false
        let codestream: Range<Int>
        if data.count >= 4, reader.u16(at: 0) == 0xFF4F, reader.u16(at: 2) == 0xFF51 {
            codestream = 0..<data.count
        } else if data.count >= 12, reader.u32(at: 0) == 12, reader.u32(at: 4) == 0x6A50_2020,
                  reader.u32(at: 8) == 0x0D0A_870A {
            isJP2 = true
            codestream = try findJP2Codestream(reader)
        } else {
            throw DicomError(.codec, "the frame is neither a JPEG 2000 codestream nor a JP2 file (it starts "
                             + data.prefix(4).map { hex($0) }.joined(separator: " ") + ")")
        }
        var header = try parseCodestream(reader, in: codestream)
        header.isJP2 = isJP2
        return header
    }

    /// Walks the top-level boxes of a JP2 file to the contiguous codestream box. Every box must
    /// lie inside the data. Only the codestream is decoded: the JP2 header's palette, channel
    /// and colour boxes have no meaning in DICOM (PS3.5 A.4.4).
    private static func findJP2Codestream(_ reader: Reader) throws(DicomError) -> Range<Int> {
        var offset = 0
        var boxes = 0
        while offset < reader.data.count {
            boxes += 1
            guard boxes <= 64 else { throw DicomError(.codec, "JP2 file: too many boxes before the codestream") }
            let (type, contentStart, end) = try box(reader, at: offset, limit: reader.data.count)
            if type == 0x6A70_3263 {  // 'jp2c'
                guard contentStart + 4 <= end else { throw DicomError(.codec, "JP2 file: empty codestream box") }
                return contentStart..<end
            }
            offset = end
        }
        throw DicomError(.codec, "JP2 file without a codestream box")
    }

    /// One box header at `offset`: its type, where its contents start and where it ends.
    private static func box(_ reader: Reader, at offset: Int, limit: Int) throws(DicomError) -> (UInt32, Int, Int) {
        guard offset + 8 <= limit else { throw DicomError(.codec, "JP2 file: truncated box header at byte \(offset)") }
        let length = Int(reader.u32(at: offset))
        let type = reader.u32(at: offset + 4)
        var contentStart = offset + 8
        let end: Int
        switch length {
        case 0:
            end = limit
        case 1:
            guard offset + 16 <= limit else { throw DicomError(.codec, "JP2 file: truncated box header at byte \(offset)") }
            let extended = reader.u64(at: offset + 8)
            contentStart = offset + 16
            guard extended >= 16, extended <= UInt64(limit - offset) else {
                throw DicomError(.codec, "JP2 file: box at byte \(offset) has length \(extended), past the end of the data")
            }
            end = offset + Int(extended)
        default:
            guard length >= 8, length <= limit - offset else {
                throw DicomError(.codec, "JP2 file: box at byte \(offset) has length \(length), past the end of the data")
            }
            end = offset + length
        }
        return (type, contentStart, end)
    }

    /// Reads SIZ and the main-header marker segments up to the first tile-part (SOT).
    private static func parseCodestream(_ whole: Reader, in range: Range<Int>) throws(DicomError) -> J2KHeader {
        // Offsets below are relative to the codestream.
        let reader = Reader(data: UnsafeRawBufferPointer(rebasing: whole.data[range]))
        let data = reader.data
        let start = 0
        guard start + 4 <= data.count, reader.u16(at: start) == 0xFF4F, reader.u16(at: start + 2) == 0xFF51 else {
            throw DicomError(.codec, "the JPEG 2000 codestream does not start with SOC and SIZ")
        }
        // SIZ (A.5.1): Lsiz Rsiz Xsiz Ysiz XOsiz YOsiz XTsiz YTsiz XTOsiz YTOsiz Csiz, then 3 bytes a component.
        let siz = start + 4
        guard siz + 38 <= data.count else { throw DicomError(.codec, "the JPEG 2000 SIZ marker segment is truncated") }
        let length = Int(reader.u16(at: siz))
        let capabilities = Int(reader.u16(at: siz + 2))
        let xsiz = Int(reader.u32(at: siz + 4)), ysiz = Int(reader.u32(at: siz + 8))
        let xosiz = Int(reader.u32(at: siz + 12)), yosiz = Int(reader.u32(at: siz + 16))
        let xtsiz = Int(reader.u32(at: siz + 20)), ytsiz = Int(reader.u32(at: siz + 24))
        let xtosiz = Int(reader.u32(at: siz + 28)), ytosiz = Int(reader.u32(at: siz + 32))
        let count = Int(reader.u16(at: siz + 36))
        guard (1...16384).contains(count), length == 38 + 3 * count, siz + length <= data.count else {
            throw DicomError(.codec, "the JPEG 2000 SIZ marker segment is invalid (\(count) components, length \(length))")
        }
        guard xsiz > xosiz, ysiz > yosiz, xtsiz > 0, ytsiz > 0, xtosiz <= xosiz, ytosiz <= yosiz,
              xtosiz + xtsiz > xosiz, ytosiz + ytsiz > yosiz else {
            throw DicomError(.codec, "the JPEG 2000 SIZ marker segment has an invalid image or tile grid "
                             + "(\(xsiz)x\(ysiz) from \(xosiz),\(yosiz); tiles \(xtsiz)x\(ytsiz) from \(xtosiz),\(ytosiz))")
        }
        var components: [Component] = []
        for index in 0..<count {
            let offset = siz + 38 + 3 * index
            let ssiz = Int(data[offset])
            components.append(Component(precision: (ssiz & 0x7F) + 1, isSigned: ssiz & 0x80 != 0,
                                        dx: Int(data[offset + 1]), dy: Int(data[offset + 2])))
        }
        var header = J2KHeader(
            isJP2: false, codestream: range, width: xsiz - xosiz, height: ysiz - yosiz, components: components,
            tilesAcross: (xsiz - xtosiz + xtsiz - 1) / xtsiz, tilesDown: (ysiz - ytosiz + ytsiz - 1) / ytsiz,
            capabilities: capabilities, hasCAP: false, usesMCT: false, isReversible: false,
            decompositionLevels: 0, layers: 0)
        // The other main-header marker segments, up to the first SOT.
        var offset = siz + length
        var sawCOD = false
        var segments = 0
        while true {
            segments += 1
            guard segments <= 4096, offset + 4 <= data.count else {
                throw DicomError(.codec, "the JPEG 2000 main header is truncated or has no tile-part")
            }
            let marker = reader.u16(at: offset)
            guard marker >= 0xFF30 else {
                throw DicomError(.codec, "the JPEG 2000 main header has \(hex(marker)) where a marker was expected (byte \(offset))")
            }
            if marker == 0xFF90 { break }  // SOT: the main header is over
            let segmentLength = Int(reader.u16(at: offset + 2))
            guard segmentLength >= 2, offset + 2 + segmentLength <= data.count else {
                throw DicomError(.codec, "the JPEG 2000 marker segment \(hex(marker)) at byte \(offset) is truncated")
            }
            let body = offset + 4
            switch marker {
            case 0xFF52:  // COD (A.6.1): Scod, SGcod (progression, layers, MCT), SPcod (levels, cb w/h, style, transform)
                guard segmentLength >= 12 else { throw DicomError(.codec, "the JPEG 2000 COD marker segment is too short") }
                header.layers = Int(reader.u16(at: body + 2))
                header.usesMCT = data[body + 4] != 0
                header.decompositionLevels = Int(data[body + 5])
                header.isReversible = data[body + 9] == 1
                sawCOD = true
            case 0xFF50:  // CAP
                header.hasCAP = true
            default:
                break
            }
            offset += 2 + segmentLength
        }
        guard sawCOD else { throw DicomError(.codec, "the JPEG 2000 main header has no COD marker segment") }
        return header
    }

    private static func hex(_ value: some BinaryInteger) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        let width = value.bitWidth > 8 ? 4 : 2
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Big-endian reads at offsets the caller has checked.
    private struct Reader {
        let data: UnsafeRawBufferPointer
        func u16(at offset: Int) -> UInt16 { data.loadUInt16(at: offset, order: .big) }
        func u32(at offset: Int) -> UInt32 { data.loadUInt32(at: offset, order: .big) }
        func u64(at offset: Int) -> UInt64 { data.loadUInt64(at: offset, order: .big) }
    }
}
