import FoundationEssentials

/// Sequential DCT JPEG with Huffman coding (T.81 Annex F; SOF0 and SOF1), 8- or 12-bit samples.
/// Dequantisation, an inverse DCT computed in double precision from its definition (A.3.3),
/// level shift, clamping to 0...2^P-1, and sample replication for subsampled components.
enum JPEG12BitDecoder {
    /// A decoded frame: full-resolution samples, components interleaved.
    struct Image {
        var width: Int
        var height: Int
        var components: Int
        var precision: Int
        /// Component identifiers from the frame header (they hint at the colour space).
        var componentIDs: [UInt8]
        var samples: [UInt16]
    }

    /// Zig-zag index -> natural (row-major) index (Figure A.6).
    static let zigzag: [Int] = [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ]

    /// One component being decoded.
    private struct Plane {
        var h: Int, v: Int
        var quantTable: Int
        /// Blocks per line and block rows in the (MCU-padded) plane.
        var blocksPerLine: Int, blockRows: Int
        /// Blocks a non-interleaved scan codes (the component's own size, rounded up to blocks).
        var ownBlocksPerLine: Int, ownBlockRows: Int
        var stride: Int { blocksPerLine * 8 }
        var offset: Int
    }

    /// Decodes every scan of a sequential DCT frame whose header `parser` has just read. `lines` is
    /// used when the frame header gives 0 lines (a DNL segment then follows the first scan). The
    /// caller has checked the frame's size, so the planes allocated here are bounded by it.
    static func decode(_ parser: inout JPEGParser, frame: JPEGFrameHeader, lines: Int) throws(DicomError) -> Image {
        guard frame.isSequentialDCT else {
            throw jpegCodecError("\(frame.processName) frames are not supported (only sequential DCT, SOF0/SOF1, Huffman)")
        }
        guard frame.precision == 8 || frame.precision == 12 else {
            throw jpegCodecError("DCT sample precision \(frame.precision) (8 or 12 allowed)")
        }
        guard frame.components.count <= 4 else { throw jpegCodecError("\(frame.components.count) components (at most 4)") }
        let width = frame.samplesPerLine
        let height = frame.lines == 0 ? lines : frame.lines
        guard height > 0 else { throw jpegCodecError("the frame has no lines") }
        let hMax = frame.maxH, vMax = frame.maxV
        for c in frame.components where hMax % c.h != 0 || vMax % c.v != 0 {
            throw jpegCodecError("sampling factors \(c.h)x\(c.v) do not divide \(hMax)x\(vMax)")
        }
        let mcusPerLine = (width + 8 * hMax - 1) / (8 * hMax)
        let mcuRows = (height + 8 * vMax - 1) / (8 * vMax)
        var planes: [Plane] = []
        var total = 0
        for c in frame.components {
            let ownWidth = (width * c.h + hMax - 1) / hMax, ownHeight = (height * c.v + vMax - 1) / vMax
            let plane = Plane(h: c.h, v: c.v, quantTable: c.quantTable, blocksPerLine: mcusPerLine * c.h,
                              blockRows: mcuRows * c.v, ownBlocksPerLine: (ownWidth + 7) / 8,
                              ownBlockRows: (ownHeight + 7) / 8, offset: total)
            planes.append(plane)
            total += plane.blocksPerLine * plane.blockRows * 64
        }
        var samples = [UInt16](repeating: 0, count: total)
        var coded = [Bool](repeating: false, count: planes.count)
        let maxValue = (1 << frame.precision) - 1
        let level = 1 << (frame.precision - 1)

        while let scan = try parser.nextScan() {
            var scanPlanes: [Plane] = []
            var dcTables: [JPEGHuffmanDecoder] = [], acTables: [JPEGHuffmanDecoder] = []
            var quant: [Double] = []
            for component in scan.components {
                let index = component.componentIndex
                guard !coded[index] else {
                    throw jpegCodecError("component \(frame.components[index].id) is coded by two scans (progressive?)")
                }
                coded[index] = true
                guard let dc = parser.dcTables[component.dcTable], let ac = parser.acTables[component.acTable] else {
                    throw jpegCodecError("the scan uses a Huffman table that is not defined")
                }
                guard let table = parser.quantTables[planes[index].quantTable] else {
                    throw jpegCodecError("component \(frame.components[index].id) uses quantisation table "
                                    + "\(planes[index].quantTable), which is not defined")
                }
                dcTables.append(dc)
                acTables.append(ac)
                quant += table.map(Double.init)
                scanPlanes.append(planes[index])
            }
            var reader = JPEGBitReader(parser.data, at: parser.position)
            try samples.withUnsafeMutableBufferPointer { (buffer) throws(DicomError) in
                guard let base = buffer.baseAddress else { return }
                try decodeScan(&reader, base: base, planes: scanPlanes, dcTables: dcTables, acTables: acTables,
                               quant: quant, mcusPerLine: mcusPerLine, mcuRows: mcuRows,
                               restartInterval: parser.restartInterval, level: level, maxValue: maxValue)
            }
            parser.endScan(at: try reader.finish())
        }
        if let missing = coded.firstIndex(of: false) {
            throw jpegCodecError("component \(frame.components[missing].id) is not coded by any scan")
        }
        if frame.lines == 0 && parser.definedLines != height {
            throw jpegCodecError("the frame header gives 0 lines and no DNL segment defines \(height)")
        }
        // Upsample (by replication) and interleave.
        let count = planes.count
        var output = [UInt16](repeating: 0, count: width * height * count)
        output.withUnsafeMutableBufferPointer { out in
            samples.withUnsafeBufferPointer { source in
                for (c, plane) in planes.enumerated() {
                    let xShift = hMax / plane.h, yShift = vMax / plane.v
                    for y in 0..<height {
                        let row = plane.offset + (y / yShift) * plane.stride
                        var o = y * width * count + c
                        if xShift == 1 {
                            for x in 0..<width {
                                out[o] = source[row + x]
                                o += count
                            }
                        } else {
                            for x in 0..<width {
                                out[o] = source[row + x / xShift]
                                o += count
                            }
                        }
                    }
                }
            }
        }
        return Image(width: width, height: height, components: count, precision: frame.precision,
                     componentIDs: frame.components.map(\.id), samples: output)
    }

    private static func decodeScan(_ reader: inout JPEGBitReader, base: UnsafeMutablePointer<UInt16>, planes: [Plane],
                                   dcTables: [JPEGHuffmanDecoder], acTables: [JPEGHuffmanDecoder], quant: [Double],
                                   mcusPerLine: Int, mcuRows: Int, restartInterval: Int, level: Int,
                                   maxValue: Int) throws(DicomError) {
        let count = planes.count
        let predictions = UnsafeMutablePointer<Int>.allocate(capacity: count)
        predictions.initialize(repeating: 0, count: count)
        let interval = restartInterval > 0 ? restartInterval : Int.max
        var left = interval
        let coefficients = UnsafeMutablePointer<Double>.allocate(capacity: 64)
        let scratch = UnsafeMutablePointer<SIMD8<Double>>.allocate(capacity: 8)
        defer {
            coefficients.deallocate()
            scratch.deallocate()
            predictions.deallocate()
        }
        try quant.withUnsafeBufferPointer { (quant) throws(DicomError) in
            try zigzag.withUnsafeBufferPointer { (zigzag) throws(DicomError) in
                try basisVectors.withUnsafeBufferPointer { (basis) throws(DicomError) in
                    @inline(__always) func block(_ c: Int, _ blockX: Int, _ blockY: Int) throws(DicomError) {
                        let q = quant.baseAddress! + c * 64
                        let (rows, columns) = try decodeBlock(&reader, dc: dcTables[c], ac: acTables[c],
                                                              prediction: &predictions[c], quant: q,
                                                              zigzag: zigzag.baseAddress!, into: coefficients)
                        let plane = planes[c]
                        inverseDCT(coefficients, rows: rows, columns: columns, scratch: scratch, basis: basis.baseAddress!,
                                   into: base + plane.offset + blockY * 8 * plane.stride + blockX * 8,
                                   stride: plane.stride, level: level, maxValue: maxValue)
                    }
                    @inline(__always) func restartIfDue() throws(DicomError) {
                        if left == 0 {
                            try reader.readRestartMarker()
                            left = interval
                            for c in 0..<count { predictions[c] = 0 }
                        }
                        left -= 1
                    }
                    if count == 1 {
                        // Non-interleaved: the component's own blocks in raster order (A.2.2).
                        let plane = planes[0]
                        for blockY in 0..<plane.ownBlockRows {
                            for blockX in 0..<plane.ownBlocksPerLine {
                                try restartIfDue()
                                try block(0, blockX, blockY)
                            }
                        }
                    } else {
                        for mcuY in 0..<mcuRows {
                            for mcuX in 0..<mcusPerLine {
                                try restartIfDue()
                                for c in 0..<count {
                                    let plane = planes[c]
                                    for v in 0..<plane.v {
                                        for h in 0..<plane.h {
                                            try block(c, mcuX * plane.h + h, mcuY * plane.v + v)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Decodes one block's coefficients (F.2.2.1, F.2.2.2) and dequantises them into natural
    /// order. Returns how many rows and columns (from the top left) hold non-zero coefficients.
    @inline(__always)
    private static func decodeBlock(_ reader: inout JPEGBitReader, dc: JPEGHuffmanDecoder, ac: JPEGHuffmanDecoder,
                                    prediction: inout Int, quant: UnsafePointer<Double>, zigzag: UnsafePointer<Int>,
                                    into coefficients: UnsafeMutablePointer<Double>) throws(DicomError) -> (rows: Int, columns: Int) {
        coefficients.update(repeating: 0, count: 64)
        let (t, difference) = try dc.decodeValue(&reader)
        guard t <= 16 else { throw jpegCodecError("DC difference category \(t)", offset: reader.position) }
        // Wrapping into 32 bits keeps a hostile run of differences from growing without bound.
        prediction = Int(Int32(truncatingIfNeeded: prediction &+ difference))
        coefficients[0] = Double(prediction) * quant[0]
        var rows = 1, columns = 1
        var k = 1
        while k < 64 {
            let (rs, value) = try ac.decodeValue(&reader)
            let r = rs >> 4, s = rs & 15
            if s == 0 {
                if r != 15 { break }  // EOB
                k += 16  // ZRL
                continue
            }
            k += r
            guard k < 64 else { throw jpegCodecError("AC coefficients run past the end of the block", offset: reader.position) }
            let natural = zigzag[k]
            coefficients[natural] = Double(value) * quant[k]
            rows = max(rows, natural >> 3 + 1)
            columns = max(columns, natural & 7 + 1)
            k += 1
        }
        return (rows, columns)
    }

    /// basisVectors[u][x] = BlockDCT.basis[x * 8 + u]: the u-th cosine over the 8 positions x.
    static let basisVectors: [SIMD8<Double>] = (0..<8).map { u in
        var vector = SIMD8<Double>()
        for x in 0..<8 { vector[x] = BlockDCT.basis[x * 8 + u] }
        return vector
    }

    /// The inverse DCT of A.3.3 in double precision (rows, then columns), level-shifted, rounded
    /// and clamped into an 8x8 block of the plane. Coefficients outside the top-left `rows` x
    /// `columns` are zero and skipped.
    @inline(__always)
    static func inverseDCT(_ f: UnsafeMutablePointer<Double>, rows: Int, columns: Int,
                           scratch: UnsafeMutablePointer<SIMD8<Double>>, basis: UnsafePointer<SIMD8<Double>>,
                           into out: UnsafeMutablePointer<UInt16>, stride: Int, level: Int, maxValue: Int) {
        let shift = Double(level) + 0.5
        let top = Double(maxValue)
        if rows == 1 && columns == 1 {
            let value = f[0] * basis[0][0] * basis[0][0] + shift
            let sample = value < 1 ? 0 : (value >= top ? UInt16(maxValue) : UInt16(value))
            for y in 0..<8 { (out + y * stride).update(repeating: sample, count: 8) }
            return
        }
        // Rows: scratch[v] (over x) = sum over u of F[v][u] * basis[u] (over x).
        for v in 0..<rows {
            let row = f + v * 8
            var sum = row[0] * basis[0]
            for u in 1..<max(columns, 1) where u < columns { sum += row[u] * basis[u] }
            scratch[v] = sum
        }
        // Columns: out[y] (over x) = sum over v of basis[v][y] * scratch[v].
        for y in 0..<8 {
            var sum = basis[0][y] * scratch[0]
            for v in 1..<max(rows, 1) where v < rows { sum += basis[v][y] * scratch[v] }
            // floor(sum + level + 0.5), clamped to 0...maxValue.
            let value = sum + SIMD8<Double>(repeating: shift)
            let line = out + y * stride
            for x in 0..<8 {
                let v = value[x]
                line[x] = v < 1 ? 0 : (v >= top ? UInt16(maxValue) : UInt16(v))
            }
        }
    }
}
