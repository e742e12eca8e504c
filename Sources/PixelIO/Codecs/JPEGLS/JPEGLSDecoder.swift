import FoundationEssentials

/// A JPEG-LS decoder (ITU-T T.87 | ISO/IEC 14495-1) written for untrusted input.
///
/// Why not CharLS: CharLS 2.4.1 (Debian bookworm) loops without end when a scan's data runs out
/// inside a Golomb code's unary prefix (truncated or crafted streams; fixed upstream after 2.4.1).
/// This decoder bounds every loop: unary prefixes stop at LIMIT, runs stop at the end of the line,
/// reading past the scan's data is noticed at every line end, and all work is proportional to the
/// frame size the caller has already checked against the DICOM header.
///
/// Supported: 2-16 bit samples, 1-4 components, interleave modes none/line/sample, NEAR >= 0,
/// preset coding parameters (LSE id 1), CharLS's HP1-HP3 colour transformations (APP8 "mrfx").
/// Refused: restart intervals (DRI), mapping tables (LSE 2/3, Tm != 0), oversize dimensions (LSE 4),
/// point transforms, subsampled components. Bytes between the last scan's data and its marker are
/// ignored, as dcmtk and libjpeg do (NEMA's MR1_JLSL has one).
enum JPEGLSDecoder {
    static func error(_ message: String) -> DicomError { DicomError(.codec, "JPEG-LS: " + message) }

    struct Frame {
        var bitsPerSample: Int
        var rows: Int
        var columns: Int
        var componentIDs: [UInt8]
    }

    struct Preset {
        var maximum = 0, t1 = 0, t2 = 0, t3 = 0, reset = 0
    }

    struct Scan {
        var components: [Int]
        var near: Int
        var interleave: Int
        var dataStart: Int
        var dataEnd: Int
        var preset: Preset
    }

    /// Walks the marker segments of a stream.
    struct Parser {
        let raw: UnsafeRawBufferPointer
        var position = 0
        var frame: Frame?
        var preset = Preset()
        var colorTransform = 0

        init(_ raw: UnsafeRawBufferPointer) throws(DicomError) {
            self.raw = raw
            guard raw.count >= 4, raw[0] == 0xFF, raw[1] == 0xD8 else {
                throw JPEGLSDecoder.error("the stream does not start with SOI (FF D8)")
            }
            position = 2
        }

        private func uint16(_ at: Int) -> Int { Int(raw[at]) << 8 | Int(raw[at + 1]) }

        /// Reads marker segments up to the next SOS (returned) or EOI (nil).
        mutating func nextScan() throws(DicomError) -> Scan? {
            while true {
                guard position < raw.count else {
                    if frame == nil { throw JPEGLSDecoder.error("the stream ends before its frame header") }
                    return nil  // no EOI: the caller decides whether every component was read
                }
                guard raw[position] == 0xFF else {
                    throw JPEGLSDecoder.error("expected a marker at byte \(position), found \(raw[position])")
                }
                while position < raw.count && raw[position] == 0xFF { position += 1 }  // fill bytes
                guard position < raw.count else { throw JPEGLSDecoder.error("the stream ends inside a marker") }
                let code = raw[position]
                position += 1
                switch code {
                case 0xD9:
                    return nil
                case 0xD8, 0xD0...0xD7, 0x01:
                    throw JPEGLSDecoder.error("unexpected marker FF \(JPEGLSDecoder.hex(code))")
                default:
                    break
                }
                guard position + 2 <= raw.count else { throw JPEGLSDecoder.error("a marker segment is cut short") }
                let length = uint16(position)
                guard length >= 2, position + length <= raw.count else {
                    throw JPEGLSDecoder.error("marker FF \(JPEGLSDecoder.hex(code)) has length \(length), past the stream's end")
                }
                let body = position + 2
                let bodyLength = length - 2
                position += length
                switch code {
                case 0xF7:
                    try readFrame(body, bodyLength)
                case 0xC0...0xCF, 0xF9...0xFB:
                    throw JPEGLSDecoder.error("the stream is not JPEG-LS (marker FF \(JPEGLSDecoder.hex(code)))")
                case 0xF8:
                    try readPreset(body, bodyLength)
                case 0xDD:
                    guard bodyLength >= 2 else { throw JPEGLSDecoder.error("DRI segment too short") }
                    var interval = 0
                    for index in 0..<bodyLength { interval = interval << 8 | Int(raw[body + index]) }
                    if interval != 0 { throw JPEGLSDecoder.error("restart intervals (DRI) are not supported") }
                case 0xE8:
                    if bodyLength == 5, raw[body] == 0x6D, raw[body + 1] == 0x72, raw[body + 2] == 0x66, raw[body + 3] == 0x78 {
                        colorTransform = Int(raw[body + 4])  // "mrfx": HP colour transformation
                    }
                case 0xDA:
                    return try readScan(body, bodyLength)
                default:
                    break  // APPn, COM and other segments carry nothing the decoder needs
                }
            }
        }

        private mutating func readFrame(_ body: Int, _ length: Int) throws(DicomError) {
            guard frame == nil else { throw JPEGLSDecoder.error("the stream has two frame headers") }
            guard length >= 6 else { throw JPEGLSDecoder.error("SOF55 segment too short") }
            let bits = Int(raw[body]), rows = uint16(body + 1), columns = uint16(body + 3), count = Int(raw[body + 5])
            guard (2...16).contains(bits) else { throw JPEGLSDecoder.error("sample precision \(bits) is out of range 2...16") }
            guard rows > 0, columns > 0 else {
                throw JPEGLSDecoder.error("frame size \(columns)x\(rows) is not supported (oversize dimensions, DNL)")
            }
            guard (1...4).contains(count), length == 6 + 3 * count else {
                throw JPEGLSDecoder.error("frame with \(count) component(s) in \(length) bytes is not supported")
            }
            var ids: [UInt8] = []
            for index in 0..<count {
                let id = raw[body + 6 + 3 * index]
                guard raw[body + 7 + 3 * index] == 0x11 else {
                    throw JPEGLSDecoder.error("subsampled components are not supported")
                }
                guard !ids.contains(id) else { throw JPEGLSDecoder.error("component identifier \(id) appears twice") }
                ids.append(id)
            }
            frame = Frame(bitsPerSample: bits, rows: rows, columns: columns, componentIDs: ids)
        }

        private mutating func readPreset(_ body: Int, _ length: Int) throws(DicomError) {
            guard length >= 1 else { throw JPEGLSDecoder.error("LSE segment too short") }
            switch raw[body] {
            case 1:
                guard length == 11 else { throw JPEGLSDecoder.error("LSE preset parameters have \(length) bytes, 11 expected") }
                preset = Preset(maximum: uint16(body + 1), t1: uint16(body + 3), t2: uint16(body + 5),
                                t3: uint16(body + 7), reset: uint16(body + 9))
            case 2, 3:
                throw JPEGLSDecoder.error("mapping tables are not supported")
            default:
                throw JPEGLSDecoder.error("LSE segment type \(raw[body]) is not supported")
            }
        }

        private mutating func readScan(_ body: Int, _ length: Int) throws(DicomError) -> Scan {
            guard let frame else { throw JPEGLSDecoder.error("SOS before the frame header") }
            guard length >= 1 else { throw JPEGLSDecoder.error("SOS segment too short") }
            let count = Int(raw[body])
            guard count == 1 || count == frame.componentIDs.count, length == 4 + 2 * count else {
                throw JPEGLSDecoder.error("a scan of \(count) of \(frame.componentIDs.count) components is not supported")
            }
            var components: [Int] = []
            for index in 0..<count {
                guard let component = frame.componentIDs.firstIndex(of: raw[body + 1 + 2 * index]),
                      !components.contains(component) else {
                    throw JPEGLSDecoder.error("the scan names an unknown or repeated component")
                }
                guard raw[body + 2 + 2 * index] == 0 else { throw JPEGLSDecoder.error("mapping tables are not supported") }
                components.append(component)
            }
            let near = Int(raw[body + 1 + 2 * count])
            var interleave = Int(raw[body + 2 + 2 * count])
            guard raw[body + 3 + 2 * count] & 0x0F == 0 else { throw JPEGLSDecoder.error("point transforms are not supported") }
            guard interleave <= 2 else { throw JPEGLSDecoder.error("interleave mode \(interleave) is invalid") }
            if count == 1 { interleave = 0 }
            guard count == 1 || interleave != 0 else {
                throw JPEGLSDecoder.error("a scan of \(count) components must be line or sample interleaved")
            }
            // The scan's data runs to the next marker: FF followed by a byte with its high bit set.
            var end = position
            while end < raw.count {
                if raw[end] == 0xFF && end + 1 < raw.count && raw[end + 1] & 0x80 != 0 { break }
                end += 1
            }
            let scan = Scan(components: components, near: near, interleave: interleave, dataStart: position,
                            dataEnd: end, preset: preset)
            position = end
            return scan
        }
    }

    /// What the stream's header says.
    static func info(_ raw: UnsafeRawBufferPointer) throws(DicomError) -> JPEGLSStreamInfo {
        var parser = try Parser(raw)
        guard let scan = try parser.nextScan(), let frame = parser.frame else {
            throw error("the stream has no scan")
        }
        return JPEGLSStreamInfo(columns: frame.columns, rows: frame.rows, bitsPerSample: frame.bitsPerSample,
                                components: frame.componentIDs.count,
                                interleave: JPEGLSStreamInfo.Interleave(rawValue: scan.interleave) ?? .none,
                                nearLossless: scan.near,
                                colorTransform: JPEGLSStreamInfo.ColorTransform(rawValue: parser.colorTransform) ?? .none)
    }

    /// Decodes a whole stream into interleaved samples of `bytesPerSample` (1 or 2, at least the
    /// stream's) bytes, little endian. `check` sees the frame header before anything is allocated.
    ///
    /// CharLS (2.4.1 at least) codes a scan whose LSE gives MAXVAL below 2^P - 1 as if MAXVAL were
    /// 2^P - 1 (keeping the thresholds it wrote); T.87 and libjpeg use the MAXVAL. Such a stream is
    /// decoded the standard way first and, only if that fails, the CharLS way.
    static func decode(_ raw: UnsafeRawBufferPointer, bytesPerSample: Int,
                       check: (JPEGLSStreamInfo) throws(DicomError) -> Void)
        throws(DicomError) -> (samples: [UInt8], info: JPEGLSStreamInfo) {
        var smallerMaximum = false
        do {
            return try decode(raw, bytesPerSample: bytesPerSample, charLSMaximum: false,
                              smallerMaximum: &smallerMaximum, check: check)
        } catch {
            guard smallerMaximum else { throw error }
            guard let compatible = try? decode(raw, bytesPerSample: bytesPerSample, charLSMaximum: true,
                                               smallerMaximum: &smallerMaximum, check: check) else { throw error }
            return compatible
        }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, bytesPerSample: Int, charLSMaximum: Bool,
                               smallerMaximum: inout Bool, check: (JPEGLSStreamInfo) throws(DicomError) -> Void)
        throws(DicomError) -> (samples: [UInt8], info: JPEGLSStreamInfo) {
        var parser = try Parser(raw)
        guard var scan = try parser.nextScan(), let frame = parser.frame else { throw error("the stream has no scan") }
        let info = JPEGLSStreamInfo(columns: frame.columns, rows: frame.rows, bitsPerSample: frame.bitsPerSample,
                                    components: frame.componentIDs.count,
                                    interleave: JPEGLSStreamInfo.Interleave(rawValue: scan.interleave) ?? .none,
                                    nearLossless: scan.near,
                                    colorTransform: JPEGLSStreamInfo.ColorTransform(rawValue: parser.colorTransform) ?? .none)
        try check(info)
        guard bytesPerSample == 1 && frame.bitsPerSample <= 8 || bytesPerSample == 2 else {
            throw error("\(frame.bitsPerSample)-bit samples do not fit \(bytesPerSample) byte(s)")
        }
        let components = frame.componentIDs.count
        let transform = parser.colorTransform
        if transform != 0 {
            guard (1...3).contains(transform), components == 3, frame.bitsPerSample == 8 || frame.bitsPerSample == 16 else {
                throw error("colour transformation \(transform) with \(components) component(s) of "
                            + "\(frame.bitsPerSample) bits is not supported")
            }
        }
        let length = frame.rows * frame.columns * components * bytesPerSample
        var output = [UInt8](repeating: 0, count: length)
        var decoded = [Bool](repeating: false, count: components)
        // withUnsafeMutableBytes loses typed errors: carry them out in a Result.
        let result: Result<Void, DicomError> = output.withUnsafeMutableBytes { out in Result { () throws(DicomError) in
            let target = Output(base: out.baseAddress!, bytesPerSample: bytesPerSample, components: components,
                                columns: frame.columns, transform: transform, bits: frame.bitsPerSample)
            while true {
                guard transform == 0 || scan.interleave != 0 else {
                    throw error("a colour transformation needs line or sample interleaving")
                }
                for component in scan.components {
                    guard !decoded[component] else { throw error("component \(component + 1) is coded twice") }
                    decoded[component] = true
                }
                if scan.preset.maximum != 0 && scan.preset.maximum < (1 << frame.bitsPerSample) - 1 {
                    smallerMaximum = true
                }
                try decodeScan(raw, scan: scan, frame: frame, output: target, charLSMaximum: charLSMaximum)
                if decoded.allSatisfy({ $0 }) { break }
                guard let next = try parser.nextScan() else { throw error("the stream ends before every component is coded") }
                scan = next
            }
        } }
        try result.get()
        return (output, info)
    }

    /// Two hexadecimal digits.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    /// Where decoded lines go.
    struct Output {
        let base: UnsafeMutableRawPointer
        let bytesPerSample: Int
        let components: Int
        let columns: Int
        let transform: Int
        let bits: Int

        /// Writes line `row` of one component (`line` points at its first sample).
        @inline(__always)
        func write(_ line: UnsafePointer<Int>, row: Int, component: Int) {
            var offset = (row &* columns &* components &+ component) &* bytesPerSample
            let stride = components &* bytesPerSample
            if bytesPerSample == 1 {
                for x in 0..<columns {
                    base.storeBytes(of: UInt8(truncatingIfNeeded: line[x]), toByteOffset: offset, as: UInt8.self)
                    offset &+= stride
                }
            } else {
                for x in 0..<columns {
                    base.storeBytes(of: UInt16(truncatingIfNeeded: line[x]).littleEndian, toByteOffset: offset, as: UInt16.self)
                    offset &+= stride
                }
            }
        }

        /// Writes line `row` of three components through the inverse HP colour transformation.
        func writeTransformed(_ lines: [UnsafePointer<Int>], row: Int) {
            let range = 1 << bits, mask = range - 1, half = range >> 1, quarter = range >> 2
            let (v1, v2, v3) = (lines[0], lines[1], lines[2])
            for x in 0..<columns {
                let a = v1[x], b = v2[x], c = v3[x]
                var red: Int, green: Int, blue: Int
                switch transform {
                case 1:
                    red = (a + b - half) & mask; green = b; blue = (c + b - half) & mask
                case 2:
                    red = (a + b - half) & mask; green = b; blue = (c + ((red + green) >> 1) - half) & mask
                default:
                    green = (a - ((c + b) >> 2) + quarter) & mask
                    red = (c + green - half) & mask
                    blue = (b + green - half) & mask
                }
                let offset = (row * columns + x) * 3 * bytesPerSample
                if bytesPerSample == 1 {
                    base.storeBytes(of: UInt8(truncatingIfNeeded: red), toByteOffset: offset, as: UInt8.self)
                    base.storeBytes(of: UInt8(truncatingIfNeeded: green), toByteOffset: offset + 1, as: UInt8.self)
                    base.storeBytes(of: UInt8(truncatingIfNeeded: blue), toByteOffset: offset + 2, as: UInt8.self)
                } else {
                    base.storeBytes(of: UInt16(truncatingIfNeeded: red).littleEndian, toByteOffset: offset, as: UInt16.self)
                    base.storeBytes(of: UInt16(truncatingIfNeeded: green).littleEndian, toByteOffset: offset + 2, as: UInt16.self)
                    base.storeBytes(of: UInt16(truncatingIfNeeded: blue).littleEndian, toByteOffset: offset + 4, as: UInt16.self)
                }
            }
        }
    }

    // MARK: - Scan decoding

    /// The coding parameters of a scan (T.87 A.2 and C.2.4.1.1).
    struct Parameters {
        let maximum: Int, near: Int, range: Int, qbpp: Int, limit: Int, reset: Int
        let t1: Int, t2: Int, t3: Int

        init(bits: Int, near: Int, preset: Preset, charLSMaximum: Bool = false) throws(DicomError) {
            let largest = (1 << bits) - 1
            let maximum = preset.maximum == 0 || charLSMaximum ? largest : preset.maximum
            guard maximum <= largest else { throw JPEGLSDecoder.error("MAXVAL \(maximum) exceeds \(bits) bits") }
            guard near <= min(255, maximum / 2) else { throw JPEGLSDecoder.error("NEAR \(near) is out of range") }
            self.maximum = maximum
            self.near = near
            range = (maximum + 2 * near) / (2 * near + 1) + 1
            var qbpp = 1
            while 1 << qbpp < range { qbpp += 1 }
            self.qbpp = qbpp
            var bpp = 1
            while 1 << bpp < maximum + 1 { bpp += 1 }
            bpp = max(2, bpp)
            limit = 2 * (bpp + max(8, bpp))
            // Default thresholds (C.2.4.1.1.1).
            func clamp(_ i: Int, _ j: Int) -> Int { i > maximum || i < j ? j : i }
            var d1: Int, d2: Int, d3: Int
            if maximum >= 128 {
                let factor = (min(maximum, 4095) + 128) / 256
                d1 = clamp(factor * (3 - 2) + 2 + 3 * near, near + 1)
                d2 = clamp(factor * (7 - 3) + 3 + 5 * near, d1)
                d3 = clamp(factor * (21 - 4) + 4 + 7 * near, d2)
            } else {
                let factor = 256 / (maximum + 1)
                d1 = clamp(max(2, 3 / factor + 3 * near), near + 1)
                d2 = clamp(max(3, 7 / factor + 5 * near), d1)
                d3 = clamp(max(4, 21 / factor + 7 * near), d2)
            }
            t1 = preset.t1 == 0 ? d1 : preset.t1
            t2 = preset.t2 == 0 ? d2 : preset.t2
            t3 = preset.t3 == 0 ? d3 : preset.t3
            reset = preset.reset == 0 ? 64 : preset.reset
            guard t1 >= near + 1, t1 <= maximum, t2 >= t1, t2 <= maximum, t3 >= t2, t3 <= maximum,
                  reset >= 3, reset <= max(255, maximum) else {
                throw JPEGLSDecoder.error("preset coding parameters T1 \(t1) T2 \(t2) T3 \(t3) RESET \(reset) are invalid")
            }
        }
    }

    /// The bit reader over one scan's data (T.87 A.1 bit stuffing: a byte after FF carries 7 bits).
    struct BitReader {
        let base: UnsafePointer<UInt8>
        let end: Int
        var position: Int
        var nextFF: Int
        /// Bits not yet consumed, left aligned.
        var cache: UInt64 = 0
        var valid = 0
        var afterFF = false
        /// Zero bits supplied after the data's end.
        var padding = 0

        init(_ raw: UnsafeRawBufferPointer, start: Int, end: Int) {
            base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            self.end = end
            position = start
            nextFF = start
            nextFF = findFF(from: start)
        }

        func findFF(from start: Int) -> Int {
            var index = start
            while index < end && base[index] != 0xFF { index &+= 1 }
            return index
        }

        /// Fills the cache to at least 57 bits.
        @inline(__always)
        mutating func fill() {
            if valid > 56 { return }
            if !afterFF && position &+ 8 <= nextFF {
                // No FF among the next 8 bytes: take whole bytes at once.
                let word = UInt64(bigEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
                let bytes = (64 &- valid) >> 3
                cache |= word >> UInt64(valid)
                position &+= bytes
                valid &+= bytes &* 8
                return
            }
            fillSlowly()
        }

        mutating func fillSlowly() {
            while valid <= 56 {
                if position >= end {
                    valid &+= 8
                    padding &+= 8
                    continue
                }
                let byte = base[position]
                position &+= 1
                if afterFF {
                    cache |= UInt64(byte & 0x7F) << UInt64(57 &- valid)
                    valid &+= 7
                } else {
                    cache |= UInt64(byte) << UInt64(56 &- valid)
                    valid &+= 8
                }
                afterFF = byte == 0xFF
                if afterFF || position > nextFF { nextFF = findFF(from: position) }
            }
        }

        /// True when bits past the end of the data were consumed.
        var overran: Bool { padding > valid }

        @inline(__always)
        mutating func skip(_ count: Int) {
            cache <<= UInt64(count)
            valid &-= count
        }

        /// Reads `count` (0...32) bits.
        @inline(__always)
        mutating func read(_ count: Int) -> Int {
            if count == 0 { return 0 }
            fill()
            let value = Int(truncatingIfNeeded: cache >> UInt64(64 &- count))
            skip(count)
            return value
        }

        @inline(__always)
        mutating func readBit() -> Bool {
            fill()
            let bit = cache >> 63 != 0
            skip(1)
            return bit
        }

        /// Counts zero bits up to the next one bit (consumed), or throws past `maximum` zeros.
        @inline(__always)
        mutating func readUnary(maximum: Int) throws(DicomError) -> Int {
            var count = 0
            while true {
                fill()
                let zeros = cache.leadingZeroBitCount
                if zeros < valid {
                    count &+= zeros
                    skip(zeros &+ 1)
                    if count > maximum { break }
                    return count
                }
                count &+= valid
                skip(valid)
                if count > maximum { break }
            }
            throw JPEGLSDecoder.error("invalid Golomb code (unary prefix longer than LIMIT) or data cut short")
        }
    }

    /// J, the run-length order table (A.7.1.1).
    static let runOrder: [Int] = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                  4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15]

    static func decodeScan(_ raw: UnsafeRawBufferPointer, scan: Scan, frame: Frame, output: Output,
                           charLSMaximum: Bool) throws(DicomError) {
        let parameters = try Parameters(bits: frame.bitsPerSample, near: scan.near, preset: scan.preset,
                                        charLSMaximum: charLSMaximum)
        var state = ScanState(parameters, reader: BitReader(raw, start: scan.dataStart, end: scan.dataEnd))
        defer { state.release() }
        let columns = frame.columns
        let count = scan.components.count
        // Two lines per component with one sample of margin each side: [Rc/Ra margin, samples..., Rd margin].
        let stride = columns + 2
        let lines = UnsafeMutablePointer<Int>.allocate(capacity: 2 * count * stride)
        lines.initialize(repeating: 0, count: 2 * count * stride)
        defer { lines.deallocate() }
        var previous = (0..<count).map { lines + $0 * stride }
        var current = (0..<count).map { lines + (count + $0) * stride }
        var runIndex = [Int](repeating: 0, count: count)
        let transformed = output.transform != 0
        for row in 0..<frame.rows {
            for c in 0..<count {
                // Edges (A.2.1): Rd past the end is Rb; Ra before the start is Rb; Rc there is the
                // previous line's Ra (kept in the margin).
                previous[c][columns + 1] = previous[c][columns]
                current[c][0] = previous[c][1]
            }
            if scan.interleave == 2 {
                try state.decodeSampleInterleavedLine(previous: previous, current: current, columns: columns)
            } else {
                for c in 0..<count {
                    state.runIndex = runIndex[c]
                    try state.decodeLine(previous: previous[c], current: current[c], columns: columns)
                    runIndex[c] = state.runIndex
                }
            }
            if state.reader.overran { throw error("the scan's data ends at line \(row + 1) of \(frame.rows)") }
            if transformed {
                output.writeTransformed(current.map { UnsafePointer($0 + 1) }, row: row)
            } else {
                for c in 0..<count {
                    output.write(UnsafePointer(current[c] + 1), row: row, component: scan.components[c])
                }
            }
            swap(&previous, &current)
        }
    }

    /// Context variables and the sample decoding procedures of one scan.
    struct ScanState {
        let maximum: Int, near: Int, range: Int, qbpp: Int, limit: Int, reset: Int
        let step: Int
        var reader: BitReader
        var runIndex = 0
        /// A, B, C, N for the 365 regular contexts.
        let a: UnsafeMutablePointer<Int>, b: UnsafeMutablePointer<Int>, c: UnsafeMutablePointer<Int>, n: UnsafeMutablePointer<Int>
        /// A, N, Nn for the two run interruption contexts.
        var runA = (0, 0), runN = (1, 1), runNn = (0, 0)
        /// Gradient quantisation, indexed by gradient + maximum.
        let quantize: UnsafeMutablePointer<Int8>
        let order: UnsafeMutablePointer<Int>

        init(_ p: Parameters, reader: BitReader) {
            maximum = p.maximum; near = p.near; range = p.range; qbpp = p.qbpp; limit = p.limit; reset = p.reset
            step = 2 * p.near + 1
            self.reader = reader
            let initial = max(2, (p.range + 32) / 64)
            a = .allocate(capacity: 365 * 4)
            b = a + 365; c = a + 730; n = a + 1095
            a.initialize(repeating: initial, count: 365)
            b.initialize(repeating: 0, count: 365)
            c.initialize(repeating: 0, count: 365)
            n.initialize(repeating: 1, count: 365)
            runA = (initial, initial)
            quantize = .allocate(capacity: 2 * p.maximum + 1)
            for d in -p.maximum...p.maximum {
                let q: Int8
                if d <= -p.t3 { q = -4 } else if d <= -p.t2 { q = -3 } else if d <= -p.t1 { q = -2 }
                else if d < -p.near { q = -1 } else if d <= p.near { q = 0 } else if d < p.t1 { q = 1 }
                else if d < p.t2 { q = 2 } else if d < p.t3 { q = 3 } else { q = 4 }
                (quantize + (d + p.maximum)).initialize(to: q)
            }
            order = .allocate(capacity: 32)
            order.initialize(from: JPEGLSDecoder.runOrder, count: 32)
        }

        func release() {
            a.deallocate()
            quantize.deallocate()
            order.deallocate()
        }

        @inline(__always)
        func context(_ ra: Int, _ rb: Int, _ rc: Int, _ rd: Int) -> Int {
            let base = quantize + maximum
            let q1 = Int(base[rd &- rb]), q2 = Int(base[rb &- rc]), q3 = Int(base[rc &- ra])
            return (q1 &* 9 &+ q2) &* 9 &+ q3
        }

        /// Rx from a prediction and a dequantised error, with modular reduction and clamping.
        @inline(__always)
        func reconstruct(_ predicted: Int, _ error: Int) -> Int {
            var value = predicted &+ error &* step
            if value < -near { value &+= range &* step } else if value > maximum &+ near { value &-= range &* step }
            return value < 0 ? 0 : (value > maximum ? maximum : value)
        }

        /// Decodes a mapped error value (A.5.3 with the limited-length Golomb code).
        @inline(__always)
        mutating func mappedError(k: Int, limit: Int) throws(DicomError) -> Int {
            let escape = limit &- qbpp &- 1
            let prefix = try reader.readUnary(maximum: escape)
            if prefix == escape { return reader.read(qbpp) &+ 1 }
            return k == 0 ? prefix : (prefix << k) &+ reader.read(k)
        }

        /// A regular-mode sample (A.3-A.6).
        @inline(__always)
        mutating func regular(_ context: Int, _ ra: Int, _ rb: Int, _ rc: Int) throws(DicomError) -> Int {
            let sign = context < 0 ? -1 : 1
            let q = context < 0 ? -context : context
            var predicted: Int
            let high = ra > rb ? ra : rb, low = ra > rb ? rb : ra
            if rc >= high { predicted = low } else if rc <= low { predicted = high } else { predicted = ra &+ rb &- rc }
            predicted &+= sign &* c[q]
            predicted = predicted < 0 ? 0 : (predicted > maximum ? maximum : predicted)
            let nq = n[q], aq = a[q]
            var k = 0
            while nq << k < aq { k &+= 1 }
            guard k <= 24 else { throw JPEGLSDecoder.error("invalid context state (Golomb parameter \(k))") }
            let mapped = try mappedError(k: k, limit: limit)
            var error = (mapped >> 1) ^ -(mapped & 1)
            if k == 0 && near == 0 && 2 &* b[q] &+ nq &- 1 < 0 { error = ~error }
            // Context update (A.6).
            var bq = b[q] &+ error &* step
            var an = aq &+ (error < 0 ? -error : error)
            var nn = nq
            if nn == reset { an >>= 1; bq >>= 1; nn >>= 1 }
            nn &+= 1
            a[q] = an
            n[q] = nn
            if bq &+ nn <= 0 {
                bq &+= nn
                if bq <= -nn { bq = 1 &- nn }
                if c[q] > -128 { c[q] &-= 1 }
            } else if bq > 0 {
                bq &-= nn
                if bq > 0 { bq = 0 }
                if c[q] < 127 { c[q] &+= 1 }
            }
            b[q] = bq
            return reconstruct(predicted, sign &* error)
        }

        /// The length of a run of Ra (A.7.1.2), at most `remaining`.
        @inline(__always)
        mutating func runLength(_ remaining: Int) throws(DicomError) -> Int {
            var index = 0
            while reader.readBit() {
                let full = 1 << order[runIndex]
                let count = min(full, remaining &- index)
                index &+= count
                if count == full && runIndex < 31 { runIndex &+= 1 }
                if index == remaining { return index }
                if reader.overran { throw JPEGLSDecoder.error("the scan's data ends inside a run") }
            }
            index &+= reader.read(order[runIndex])
            guard index <= remaining else { throw JPEGLSDecoder.error("a run passes the end of the line") }
            return index
        }

        /// The error of a run interruption sample (A.7.2), from context `type` (0 or 1).
        @inline(__always)
        mutating func interruptionError(_ type: Int) throws(DicomError) -> Int {
            let an = type == 0 ? runA.0 : runA.1
            let nn = type == 0 ? runN.0 : runN.1
            let nnn = type == 0 ? runNn.0 : runNn.1
            let temp = an &+ (nn >> 1) &* type
            var k = 0
            while nn << k < temp { k &+= 1 }
            guard k <= 24 else { throw JPEGLSDecoder.error("invalid run context state (Golomb parameter \(k))") }
            let mapped = try mappedError(k: k, limit: limit &- order[runIndex] &- 1)
            let t = mapped &+ type
            let map = t & 1
            let magnitude = (t &+ map) >> 1
            let error = ((k != 0 || 2 &* nnn >= nn) == (map == 1)) ? -magnitude : magnitude
            var newA = an &+ ((mapped &+ 1 &- type) >> 1)
            var newN = nn
            var newNn = nnn &+ (error < 0 ? 1 : 0)
            if newN == reset { newA >>= 1; newN >>= 1; newNn >>= 1 }
            newN &+= 1
            if type == 0 { runA.0 = newA; runN.0 = newN; runNn.0 = newNn } else { runA.1 = newA; runN.1 = newN; runNn.1 = newNn }
            return error
        }

        /// One line of one component (interleave modes none and line).
        mutating func decodeLine(previous: UnsafeMutablePointer<Int>, current: UnsafeMutablePointer<Int>,
                                 columns: Int) throws(DicomError) {
            var x = 1
            let last = columns
            var rb = previous[0], rd = previous[1]
            while x <= last {
                let ra = current[x &- 1]
                let rc = rb
                rb = rd
                rd = previous[x &+ 1]
                let context = self.context(ra, rb, rc, rd)
                if context != 0 {
                    current[x] = try regular(context, ra, rb, rc)
                    x &+= 1
                    continue
                }
                // Run mode.
                let run = try runLength(last &- x &+ 1)
                for i in 0..<run { current[x &+ i] = ra }
                x &+= run
                if x <= last {
                    let below = previous[x]
                    let value: Int
                    if abs(ra &- below) <= near {
                        value = reconstruct(ra, try interruptionError(1))
                    } else {
                        let error = try interruptionError(0)
                        value = reconstruct(below, below < ra ? -error : error)
                    }
                    current[x] = value
                    if runIndex > 0 { runIndex &-= 1 }
                    x &+= 1
                }
                rb = previous[x &- 1]
                rd = previous[x]
            }
        }

        /// One line of every component, sample interleaved.
        mutating func decodeSampleInterleavedLine(previous: [UnsafeMutablePointer<Int>], current: [UnsafeMutablePointer<Int>],
                                                  columns: Int) throws(DicomError) {
            let count = previous.count
            var contexts = [Int](repeating: 0, count: count)
            var x = 1
            while x <= columns {
                var all = 0
                for c in 0..<count {
                    let context = self.context(current[c][x &- 1], previous[c][x], previous[c][x &- 1], previous[c][x &+ 1])
                    contexts[c] = context
                    all |= context
                }
                if all != 0 {
                    for c in 0..<count {
                        current[c][x] = try regular(contexts[c], current[c][x &- 1], previous[c][x], previous[c][x &- 1])
                    }
                    x &+= 1
                    continue
                }
                let run = try runLength(columns &- x &+ 1)
                for c in 0..<count {
                    let ra = current[c][x &- 1]
                    for i in 0..<run { current[c][x &+ i] = ra }
                }
                x &+= run
                if x <= columns {
                    for c in 0..<count {
                        let ra = current[c][x &- 1], below = previous[c][x]
                        let error = try interruptionError(0)
                        current[c][x] = reconstruct(below, below < ra ? -error : error)
                    }
                    if runIndex > 0 { runIndex &-= 1 }
                    x &+= 1
                }
            }
        }
    }
}
