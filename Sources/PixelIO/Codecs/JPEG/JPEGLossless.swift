import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Lossless JPEG, process 14 (T.81 Annex H): predictors, a decoder for SOF3 frames and an encoder.
//
// Prediction (H.1.2.1): the first sample of a scan and of each restart interval is predicted by
// 2^(P-Pt-1); the rest of that first line by Ra (the sample to the left); the first sample of every
// other line by Rb (the sample above); all other samples by the scan's predictor (Table H.1).
// A restart that falls inside a line starts its "first line" there: the rest of that line uses
// Ra and the lines below use the usual rules. The encoder only places restarts at line starts.
// Differences are taken modulo 2^16 (H.1.2.2); category 16 means 32768 and has no extra bits.

/// A predictor of Table H.1, as a type so the sample loops are specialised for it.
protocol JPEGLosslessPredictor {
    static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int
}

enum JPEGPredictor1: JPEGLosslessPredictor { @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { a } }
enum JPEGPredictor2: JPEGLosslessPredictor { @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { b } }
enum JPEGPredictor3: JPEGLosslessPredictor { @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { c } }
enum JPEGPredictor4: JPEGLosslessPredictor {
    @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { a &+ b &- c }
}
enum JPEGPredictor5: JPEGLosslessPredictor {
    @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { a &+ ((b &- c) >> 1) }
}
enum JPEGPredictor6: JPEGLosslessPredictor {
    @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { b &+ ((a &- c) >> 1) }
}
enum JPEGPredictor7: JPEGLosslessPredictor {
    @inline(__always) static func predict(_ a: Int, _ b: Int, _ c: Int) -> Int { (a &+ b) >> 1 }
}

/// The samples of a decoded lossless frame.
struct JPEGLosslessImage {
    var width: Int
    var height: Int
    var components: Int
    /// Sample precision P of the frame.
    var precision: Int
    /// The point transform of the scan that coded each component.
    var pointTransforms: [Int]
    /// Component planes one after another, `width` x `height` each, row by row. Values are as
    /// coded (shift left by the component's point transform to restore the input scale).
    var samples: [UInt16]

    /// The restored sample of component `c` at (x, y).
    func value(x: Int, y: Int, component c: Int) -> Int {
        Int(samples[(c * height + y) * width + x]) << pointTransforms[c] & 0xFFFF
    }
}

enum JPEGLosslessDecoder {
    /// Decodes every scan of a lossless frame whose header `parser` has just read. `lines` is the
    /// number of lines to expect (from the DICOM header; used when the frame header says 0 and a DNL
    /// segment follows the first scan). The caller has checked the frame's size against what it
    /// expects, so the planes allocated here are bounded by it.
    static func decode(_ parser: inout JPEGParser, frame: JPEGFrameHeader, lines: Int) throws(DicomError) -> JPEGLosslessImage {
        let precision = frame.precision
        guard (2...16).contains(precision) else { throw jpegCodecError("lossless sample precision \(precision) is not 2-16") }
        guard frame.isUniformlySampled else {
            throw jpegCodecError("lossless frames with subsampled components are not supported")
        }
        guard frame.components.count <= 4 else { throw jpegCodecError("\(frame.components.count) components (at most 4)") }
        let width = frame.samplesPerLine
        let height = frame.lines == 0 ? lines : frame.lines
        guard height > 0 else { throw jpegCodecError("the frame has no lines") }
        let h = frame.components[0].h, v = frame.components[0].v
        // Interleaved MCUs of h x v samples may reach past the image: decode into padded planes.
        let stride = (width + h - 1) / h * h
        let paddedHeight = (height + v - 1) / v * v
        let planeSize = stride * paddedHeight
        let count = frame.components.count
        var planes = [UInt16](repeating: 0, count: planeSize * count)
        var pointTransforms = [Int](repeating: 0, count: count)
        var coded = [Bool](repeating: false, count: count)

        while let scan = try parser.nextScan() {
            guard (1...7).contains(scan.ss) else {
                throw jpegCodecError("lossless scan with predictor selection \(scan.ss) (1-7 allowed)")
            }
            guard scan.al < precision, scan.ah == 0 else {
                throw jpegCodecError("point transform \(scan.al) is not below the precision \(precision)")
            }
            var tables: [JPEGHuffmanDecoder] = []
            for component in scan.components {
                guard !coded[component.componentIndex] else {
                    throw jpegCodecError("component \(frame.components[component.componentIndex].id) is coded by two scans")
                }
                guard let table = parser.dcTables[component.dcTable] else {
                    throw jpegCodecError("the scan uses Huffman table \(component.dcTable), which is not defined")
                }
                coded[component.componentIndex] = true
                pointTransforms[component.componentIndex] = scan.al
                tables.append(table)
            }
            var reader = JPEGBitReader(parser.data, at: parser.position)
            let initial = 1 << (precision - scan.al - 1)
            let restart = parser.restartInterval
            try planes.withUnsafeMutableBufferPointer { (buffer) throws(DicomError) in
                guard let base = buffer.baseAddress else { return }
                if scan.components.count == 1 {
                    try decodeSingle(predictor: scan.ss, &reader, plane: base + scan.components[0].componentIndex * planeSize,
                                     stride: stride, width: width, height: height, table: tables[0],
                                     initial: initial, restartInterval: restart)
                } else if h == 1 && v == 1 {
                    let planeBases = scan.components.map { base + $0.componentIndex * planeSize }
                    try decodePixels(predictor: scan.ss, &reader, planes: planeBases, stride: stride, width: width,
                                     height: height, tables: tables, initial: initial, restartInterval: restart)
                } else {
                    let planeBases = scan.components.map { base + $0.componentIndex * planeSize }
                    try decodeInterleaved(predictor: scan.ss, &reader, planes: planeBases, stride: stride,
                                          mcusPerLine: stride / h, mcuRows: paddedHeight / v, h: h, v: v,
                                          tables: tables, initial: initial, restartInterval: restart)
                }
            }
            parser.endScan(at: try reader.finish())
        }
        if let missing = coded.firstIndex(of: false) {
            throw jpegCodecError("component \(frame.components[missing].id) is not coded by any scan")
        }
        if frame.lines == 0 && parser.definedLines != height {
            throw jpegCodecError("the frame header gives 0 lines and no DNL segment defines \(height)")
        }
        // Drop the padding.
        var samples: [UInt16]
        if stride == width && paddedHeight == height {
            samples = planes
        } else {
            samples = []
            samples.reserveCapacity(width * height * count)
            for c in 0..<count {
                for y in 0..<height {
                    let start = c * planeSize + y * stride
                    samples.append(contentsOf: planes[start..<(start + width)])
                }
            }
        }
        return JPEGLosslessImage(width: width, height: height, components: count, precision: precision,
                                 pointTransforms: pointTransforms, samples: samples)
    }

    /// One difference: its category from the table, then that many extra bits (H.1.2.2, F.2.2.1).
    @inline(__always)
    static func difference(_ reader: inout JPEGBitReader, _ table: JPEGHuffmanDecoder) throws(DicomError) -> Int {
        try table.decodeValue(&reader).value
    }

    // MARK: - One component

    private static func decodeSingle(predictor: Int, _ reader: inout JPEGBitReader, plane: UnsafeMutablePointer<UInt16>,
                                     stride: Int, width: Int, height: Int, table: JPEGHuffmanDecoder,
                                     initial: Int, restartInterval: Int) throws(DicomError) {
        switch predictor {
        case 1: try decodeSingle(JPEGPredictor1.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        case 2: try decodeSingle(JPEGPredictor2.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        case 3: try decodeSingle(JPEGPredictor3.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        case 4: try decodeSingle(JPEGPredictor4.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        case 5: try decodeSingle(JPEGPredictor5.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        case 6: try decodeSingle(JPEGPredictor6.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        default: try decodeSingle(JPEGPredictor7.self, &reader, plane, stride, width, height, table, initial, restartInterval)
        }
    }

    /// A non-interleaved scan: the data units are the samples in raster order.
    private static func decodeSingle<P: JPEGLosslessPredictor>(
        _: P.Type, _ reader: inout JPEGBitReader, _ plane: UnsafeMutablePointer<UInt16>, _ stride: Int,
        _ width: Int, _ height: Int, _ table: JPEGHuffmanDecoder, _ initial: Int, _ restartInterval: Int
    ) throws(DicomError) {
        let interval = restartInterval > 0 ? restartInterval : Int.max
        var left = interval
        var resetLine = 0
        var pending = true
        for y in 0..<height {
            let row = plane + y * stride
            var x = 0
            while x < width {
                if left == 0 {
                    try reader.readRestartMarker()
                    left = interval
                    pending = true
                    resetLine = y
                }
                let runEnd = width - x <= left ? width : x + left
                left -= runEnd - x
                if pending {
                    row[x] = UInt16(truncatingIfNeeded: initial &+ (try difference(&reader, table)))
                    pending = false
                    x += 1
                }
                if y == resetLine {
                    if x == 0 && x < runEnd {  // cannot happen after a reset, kept for safety
                        row[0] = UInt16(truncatingIfNeeded: initial &+ (try difference(&reader, table)))
                        x = 1
                    }
                    var previous = x > 0 ? Int(row[x - 1]) : 0
                    while x < runEnd {
                        previous = Int(UInt16(truncatingIfNeeded: previous &+ (try difference(&reader, table))))
                        row[x] = UInt16(truncatingIfNeeded: previous)
                        x += 1
                    }
                } else {
                    let above = row - stride
                    if x == 0 && x < runEnd {
                        row[0] = UInt16(truncatingIfNeeded: Int(above[0]) &+ (try difference(&reader, table)))
                        x = 1
                    }
                    guard x < runEnd else { continue }
                    var a = Int(row[x - 1]), c = Int(above[x - 1])
                    while x < runEnd {
                        let b = Int(above[x])
                        a = Int(UInt16(truncatingIfNeeded: P.predict(a, b, c) &+ (try difference(&reader, table))))
                        row[x] = UInt16(truncatingIfNeeded: a)
                        c = b
                        x += 1
                    }
                }
            }
        }
    }

    // MARK: - Interleaved components, one sample each per MCU

    private static func decodePixels(predictor: Int, _ reader: inout JPEGBitReader, planes: [UnsafeMutablePointer<UInt16>],
                                     stride: Int, width: Int, height: Int, tables: [JPEGHuffmanDecoder],
                                     initial: Int, restartInterval: Int) throws(DicomError) {
        switch predictor {
        case 1: try decodePixels(JPEGPredictor1.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        case 2: try decodePixels(JPEGPredictor2.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        case 3: try decodePixels(JPEGPredictor3.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        case 4: try decodePixels(JPEGPredictor4.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        case 5: try decodePixels(JPEGPredictor5.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        case 6: try decodePixels(JPEGPredictor6.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        default: try decodePixels(JPEGPredictor7.self, &reader, planes, stride, width, height, tables, initial, restartInterval)
        }
    }

    /// An interleaved scan of components sampled 1x1: each MCU is one pixel (one sample of each
    /// component in turn), in raster order.
    private static func decodePixels<P: JPEGLosslessPredictor>(
        _: P.Type, _ reader: inout JPEGBitReader, _ planes: [UnsafeMutablePointer<UInt16>], _ stride: Int,
        _ width: Int, _ height: Int, _ tables: [JPEGHuffmanDecoder], _ initial: Int, _ restartInterval: Int
    ) throws(DicomError) {
        let count = planes.count
        let interval = restartInterval > 0 ? restartInterval : Int.max
        var left = interval
        var resetLine = 0
        var pending = true
        try withExtendedLifetime(tables) { () throws(DicomError) in
            try withUnsafeTemporaryAllocation(of: Unmanaged<JPEGHuffmanDecoder>.self, capacity: count) { (unmanaged) throws(DicomError) in
            try withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<Int32>.self, capacity: count) { (lookups) throws(DicomError) in
            try withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<UInt16>.self, capacity: count) { (rows) throws(DicomError) in
                for c in 0..<count {
                    unmanaged.initializeElement(at: c, to: Unmanaged.passUnretained(tables[c]))
                    lookups.initializeElement(at: c, to: tables[c].valueLookup)
                    rows.initializeElement(at: c, to: planes[c])
                }
                @inline(__always) func diff(_ c: Int) throws(DicomError) -> Int {
                    try JPEGHuffmanDecoder.decodeValue(&reader, lookup: lookups[c], table: unmanaged[c])
                }
                for y in 0..<height {
                    if y > 0 { for c in 0..<count { rows[c] += stride } }
                    var x = 0
                    while x < width {
                        if left == 0 {
                            try reader.readRestartMarker()
                            left = interval
                            pending = true
                            resetLine = y
                        }
                        let runEnd = width - x <= left ? width : x + left
                        left -= runEnd - x
                        if pending {
                            for c in 0..<count { rows[c][x] = UInt16(truncatingIfNeeded: initial &+ (try diff(c))) }
                            pending = false
                            x += 1
                        }
                        if y == resetLine {
                            if x == 0 && x < runEnd {
                                for c in 0..<count { rows[c][0] = UInt16(truncatingIfNeeded: initial &+ (try diff(c))) }
                                x = 1
                            }
                            while x < runEnd {
                                for c in 0..<count {
                                    let row = rows[c]
                                    row[x] = UInt16(truncatingIfNeeded: Int(row[x - 1]) &+ (try diff(c)))
                                }
                                x += 1
                            }
                        } else {
                            if x == 0 && x < runEnd {
                                for c in 0..<count {
                                    let row = rows[c]
                                    row[0] = UInt16(truncatingIfNeeded: Int(row[-stride]) &+ (try diff(c)))
                                }
                                x = 1
                            }
                            while x < runEnd {
                                for c in 0..<count {
                                    let row = rows[c]
                                    let above = row - stride
                                    let prediction = P.predict(Int(row[x - 1]), Int(above[x]), Int(above[x - 1]))
                                    row[x] = UInt16(truncatingIfNeeded: prediction &+ (try diff(c)))
                                }
                                x += 1
                            }
                        }
                    }
                }
            }
            }
            }
        }
    }

    // MARK: - Interleaved components

    /// An interleaved scan: each MCU holds h x v samples of each component in turn (A.2.3).
    private static func decodeInterleaved(predictor: Int, _ reader: inout JPEGBitReader,
                                          planes: [UnsafeMutablePointer<UInt16>], stride: Int,
                                          mcusPerLine: Int, mcuRows: Int, h: Int, v: Int,
                                          tables: [JPEGHuffmanDecoder], initial: Int,
                                          restartInterval: Int) throws(DicomError) {
        let count = planes.count
        let allPending = (1 << count) - 1
        var pending = allPending  // bit c: component c's next sample starts a restart interval
        var resetLine = 0
        let interval = restartInterval > 0 ? restartInterval : Int.max
        var left = interval
        let unmanaged = tables.map { Unmanaged.passUnretained($0) }
        let lookups = tables.map(\.valueLookup)
        try withExtendedLifetime(tables) { () throws(DicomError) in
            for mcuY in 0..<mcuRows {
                for mcuX in 0..<mcusPerLine {
                    if left == 0 {
                        try reader.readRestartMarker()
                        left = interval
                        pending = allPending
                        resetLine = mcuY * v
                    }
                    left -= 1
                    for c in 0..<count {
                        let table = unmanaged[c], lookup = lookups[c], plane = planes[c]
                        for dy in 0..<v {
                            let y = mcuY * v + dy
                            let row = plane + y * stride
                            for dx in 0..<h {
                                let x = mcuX * h + dx
                                let prediction: Int
                                if pending != 0 && pending & (1 << c) != 0 {
                                    prediction = initial
                                    pending &= ~(1 << c)
                                } else if y == resetLine {
                                    prediction = x > 0 ? Int(row[x - 1]) : initial
                                } else if x == 0 {
                                    prediction = Int(row[x - stride])
                                } else {
                                    prediction = predict(predictor, Int(row[x - 1]), Int(row[x - stride]),
                                                         Int(row[x - stride - 1]))
                                }
                                let diff = try JPEGHuffmanDecoder.decodeValue(&reader, lookup: lookup, table: table)
                                row[x] = UInt16(truncatingIfNeeded: prediction &+ diff)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Table H.1 by selection value.
    @inline(__always)
    static func predict(_ selection: Int, _ a: Int, _ b: Int, _ c: Int) -> Int {
        switch selection {
        case 1: return JPEGPredictor1.predict(a, b, c)
        case 2: return JPEGPredictor2.predict(a, b, c)
        case 3: return JPEGPredictor3.predict(a, b, c)
        case 4: return JPEGPredictor4.predict(a, b, c)
        case 5: return JPEGPredictor5.predict(a, b, c)
        case 6: return JPEGPredictor6.predict(a, b, c)
        default: return JPEGPredictor7.predict(a, b, c)
        }
    }
}

// MARK: - Encoder

/// Encodes one frame as lossless JPEG (process 14): one interleaved scan of all components, each
/// with its own Huffman table, optimal for the frame (Annex K.2).
enum JPEGLosslessEncoder {
    struct Options {
        /// Predictor selection value 1-7.
        var predictor = 1
        /// Point transform Pt (0 for lossless; > 0 drops low bits).
        var pointTransform = 0
        /// Restart interval in MCUs (0: none). The codec uses whole lines.
        var restartInterval = 0
        /// Component identifiers for the frame header (one per component).
        var componentIDs: [UInt8]? = nil
        /// One interleaved scan (true) or one scan per component.
        var interleaved = true
    }

    /// Encodes component planes (`components` planes of `width` x `height` samples, row by row),
    /// each sample below 2^precision.
    static func encode(_ planes: UnsafeBufferPointer<UInt16>, width: Int, height: Int, components: Int,
                       precision: Int, options: Options) -> [UInt8] {
        precondition((2...16).contains(precision) && (1...4).contains(components) && (1...7).contains(options.predictor)
                     && options.pointTransform < precision && planes.count >= width * height * components)
        var stream = JPEGStreamWriter()
        stream.marker(JPEGMarker.soi)
        let ids = options.componentIDs ?? (1...components).map { UInt8($0) }
        let frame = JPEGFrameHeader(marker: JPEGMarker.sof3, precision: precision, lines: height, samplesPerLine: width,
                                    components: ids.map { JPEGFrameComponent(id: $0, h: 1, v: 1, quantTable: 0) })
        stream.frameHeader(frame)
        if options.restartInterval > 0 { stream.restartInterval(options.restartInterval) }
        // One interleaved scan, or one scan per component.
        let scans: [[Int]] = options.interleaved ? [Array(0..<components)] : (0..<components).map { [$0] }
        let planeSize = width * height
        for scanComponents in scans {
            let first = scanComponents[0], count = scanComponents.count
            let scanPlanes = UnsafeBufferPointer(rebasing: planes[(first * planeSize)..<((first + count) * planeSize)])
            let (specs, data) = scanData(scanPlanes, width: width, height: height, components: count,
                                         precision: precision, options: options)
            stream.huffmanTables(specs.enumerated().map { (tableClass: 0, destination: first + $0.offset, spec: $0.element) })
            let scan = JPEGScanHeader(components: scanComponents.map { JPEGScanComponent(componentIndex: $0, dcTable: $0, acTable: 0) },
                                      ss: options.predictor, se: 0, ah: 0, al: options.pointTransform)
            stream.scanHeader(scan, ids: scanComponents.map { ids[$0] })
            stream.bytes += data
        }
        stream.marker(JPEGMarker.eoi)
        return stream.bytes
    }

    /// The Huffman tables and entropy-coded data of one scan of consecutive planes.
    private static func scanData(_ planes: UnsafeBufferPointer<UInt16>, width: Int, height: Int, components: Int,
                                 precision: Int, options: Options) -> ([JPEGHuffmanSpec], [UInt8]) {
        // First pass: the differences in coding order and how often each category occurs.
        var differences = [UInt16](repeating: 0, count: width * height * components)
        var histograms = [[Int]](repeating: [Int](repeating: 0, count: 17), count: components)
        if options.restartInterval % width == 0 {
            var flat = [Int](repeating: 0, count: 17 * components)
            differences.withUnsafeMutableBufferPointer { out in
                flat.withUnsafeMutableBufferPointer { histogram in
                    differencesByLine(planes, width: width, height: height, components: components, precision: precision,
                                      predictor: options.predictor, pointTransform: options.pointTransform,
                                      linesPerInterval: options.restartInterval / width, into: out.baseAddress!,
                                      histogram: histogram.baseAddress!)
                }
            }
            for c in 0..<components { histograms[c] = Array(flat[(17 * c)..<(17 * c + 17)]) }
        } else {
            differences.withUnsafeMutableBufferPointer { out in
                var index = 0
                forEachDifference(planes, width: width, height: height, components: components, precision: precision,
                                  predictor: options.predictor, pointTransform: options.pointTransform,
                                  restartInterval: options.restartInterval) { c, d in
                    out[index] = UInt16(truncatingIfNeeded: d)
                    index &+= 1
                    histograms[c][category(d)] &+= 1
                }
            }
        }
        let specs = histograms.map { JPEGHuffmanSpec.optimal(frequencies: $0) }
        let encoders = specs.map(JPEGHuffmanEncoder.init)
        // Code and code length of each category, per component: code << 8 | length.
        var table = [UInt64](repeating: 0, count: 17 * components)
        var bits = 0
        for c in 0..<components {
            for s in 0...16 {
                table[17 * c + s] = UInt64(encoders[c].codes[s]) << 8 | UInt64(encoders[c].lengths[s])
                bits += histograms[c][s] * (encoders[c].lengths[s] + (s < 16 ? s : 0))
            }
        }
        let perInterval = options.restartInterval > 0 ? options.restartInterval * components : Int.max
        let restartCount = options.restartInterval > 0 ? width * height / options.restartInterval + 1 : 0
        // Every byte may need a stuffed zero; each restart adds a marker and a padded byte.
        var writer = JPEGBitWriter(capacity: 2 * (bits / 8) + 4 * restartCount + 16)
        var left = perInterval
        var restarts = 0
        differences.withUnsafeBufferPointer { diffs in
            table.withUnsafeBufferPointer { table in
                var c = 0
                for d16 in diffs {
                    if left == 0 {
                        writer.marker(JPEGMarker.rst0 + UInt8(restarts & 7))
                        restarts += 1
                        left = perInterval
                    }
                    left &-= 1
                    let d = Int(d16)
                    let s = category(d)
                    let entry = table[17 &* c &+ s]
                    if s > 0 && s < 16 {
                        let signed = d >= 32768 ? d &- 65536 : d
                        let extra = UInt64(truncatingIfNeeded: signed >= 0 ? signed : signed &- 1) & ((1 &<< UInt64(s)) &- 1)
                        writer.write((entry >> 8) &<< UInt64(s) | extra, count: Int(entry & 0xFF) &+ s)
                    } else {
                        writer.write(entry >> 8, count: Int(entry & 0xFF))
                    }
                    c &+= 1
                    if c == components { c = 0 }
                }
            }
        }
        writer.flush()
        return (specs, writer.bytes)
    }

    /// Differences in coding order and category counts (histogram[17 * c + SSSS]) for one scan
    /// of all components whose restart intervals (if any) are whole lines.
    static func differencesByLine(_ planes: UnsafeBufferPointer<UInt16>, width: Int, height: Int, components: Int,
                                  precision: Int, predictor: Int, pointTransform: Int, linesPerInterval: Int,
                                  into out: UnsafeMutablePointer<UInt16>, histogram: UnsafeMutablePointer<Int>) {
        switch predictor {
        case 1: differencesByLine(JPEGPredictor1.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        case 2: differencesByLine(JPEGPredictor2.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        case 3: differencesByLine(JPEGPredictor3.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        case 4: differencesByLine(JPEGPredictor4.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        case 5: differencesByLine(JPEGPredictor5.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        case 6: differencesByLine(JPEGPredictor6.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        default: differencesByLine(JPEGPredictor7.self, planes, width, height, components, precision, pointTransform, linesPerInterval, out, histogram)
        }
    }

    private static func differencesByLine<P: JPEGLosslessPredictor>(
        _: P.Type, _ planes: UnsafeBufferPointer<UInt16>, _ width: Int, _ height: Int, _ components: Int,
        _ precision: Int, _ shift: Int, _ linesPerInterval: Int, _ out: UnsafeMutablePointer<UInt16>,
        _ histogram: UnsafeMutablePointer<Int>
    ) {
        guard let base = planes.baseAddress else { return }
        let initial = 1 << (precision - shift - 1)
        let planeSize = width * height
        for y in 0..<height {
            let firstLine = linesPerInterval > 0 ? y % linesPerInterval == 0 : y == 0
            for c in 0..<components {
                let row = base + c * planeSize + y * width
                let counts = histogram + 17 * c
                var o = out + y * width * components + c
                @inline(__always) func put(_ d: Int) {
                    let d16 = d & 0xFFFF
                    o.pointee = UInt16(truncatingIfNeeded: d16)
                    o += components
                    counts[category(d16)] &+= 1
                }
                if firstLine {
                    var a = Int(row[0]) >> shift
                    put(a &- initial)
                    for x in 1..<max(width, 1) where x < width {
                        let value = Int(row[x]) >> shift
                        put(value &- a)
                        a = value
                    }
                } else {
                    let above = row - width
                    var a = Int(row[0]) >> shift
                    var c = Int(above[0]) >> shift
                    put(a &- c)
                    for x in 1..<max(width, 1) where x < width {
                        let b = Int(above[x]) >> shift
                        let value = Int(row[x]) >> shift
                        put(value &- P.predict(a, b, c))
                        a = value
                        c = b
                    }
                }
            }
        }
    }

    /// The difference category SSSS of a difference taken modulo 2^16 (Table H.2).
    @inline(__always)
    static func category(_ d: Int) -> Int {
        let signed = d >= 32768 ? d &- 65536 : d
        if signed == -32768 { return 16 }
        let magnitude = signed < 0 ? -signed : signed
        return Int.bitWidth &- magnitude.leadingZeroBitCount
    }

    /// The predictor (1-7) that codes the planes in the fewest bits, estimated from the entropy
    /// of the difference categories on up to 64 evenly spaced lines (prediction uses the original
    /// samples, so any line can be evaluated on its own).
    static func bestPredictor(_ planes: UnsafeBufferPointer<UInt16>, width: Int, height: Int, components: Int,
                              precision: Int) -> Int {
        guard height > 1, width > 1, let base = planes.baseAddress else { return 1 }
        let step = max(1, (height - 1) / 64)
        var best = 1
        var bestCost = Double.infinity
        var histogram = [Int](repeating: 0, count: 17)
        for predictor in 1...7 {
            var cost = 0.0
            for c in 0..<components {
                for i in 0..<17 { histogram[i] = 0 }
                var y = 1
                while y < height {
                    let row = base + (c * height + y) * width, above = row - width
                    for x in 1..<width {
                        let prediction = JPEGLosslessDecoder.predict(predictor, Int(row[x - 1]), Int(above[x]), Int(above[x - 1]))
                        histogram[category((Int(row[x]) &- prediction) & 0xFFFF)] &+= 1
                    }
                    y += step
                }
                let total = Double(histogram.reduce(0, +))
                for (s, n) in histogram.enumerated() where n > 0 {
                    cost += Double(n) * (Double(s) + log2(total / Double(n)))
                }
            }
            if cost < bestCost {
                bestCost = cost
                best = predictor
            }
        }
        return best
    }

    /// Calls `body(component, difference mod 2^16)` for every sample in coding order (line by
    /// line, each pixel's components in turn), with the decoder's prediction rules.
    @inline(__always)
    static func forEachDifference(_ planes: UnsafeBufferPointer<UInt16>, width: Int, height: Int, components: Int,
                                  precision: Int, predictor: Int, pointTransform: Int, restartInterval: Int,
                                  _ body: (Int, Int) -> Void) {
        guard let base = planes.baseAddress else { return }
        let planeSize = width * height
        let shift = pointTransform
        let initial = 1 << (precision - shift - 1)
        let interval = restartInterval > 0 ? restartInterval : Int.max
        var left = interval
        var resetLine = 0
        var resetColumn = 0
        @inline(__always) func sample(_ c: Int, _ x: Int, _ y: Int) -> Int { Int(base[c * planeSize + y * width + x]) >> shift }
        for y in 0..<height {
            for x in 0..<width {
                if left == 0 {
                    left = interval
                    resetLine = y
                    resetColumn = x
                }
                if interval != Int.max { left -= 1 }
                for c in 0..<components {
                    let prediction: Int
                    if y == resetLine && x == resetColumn {
                        prediction = initial
                    } else if y == resetLine {
                        prediction = sample(c, x - 1, y)
                    } else if x == 0 {
                        prediction = sample(c, 0, y - 1)
                    } else {
                        prediction = JPEGLosslessDecoder.predict(predictor, sample(c, x - 1, y), sample(c, x, y - 1),
                                                                 sample(c, x - 1, y - 1))
                    }
                    body(c, (sample(c, x, y) &- prediction) & 0xFFFF)
                }
            }
        }
    }
}
