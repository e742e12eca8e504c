import FoundationEssentials

// Huffman coding for JPEG (T.81 Annex C, F.2.2.3 and Annex K.2): table specifications, a
// table-driven decoder, an encoder, and optimal tables computed from symbol frequencies.

/// A Huffman table as a DHT segment gives it: BITS (how many codes of each length 1-16) and
/// HUFFVAL (the symbols in order of increasing code length).
struct JPEGHuffmanSpec: Equatable, Sendable {
    /// counts[i] codes of length i + 1.
    var counts: [UInt8]
    var values: [UInt8]

    /// The code length of every symbol in `values`, in order.
    var codeLengths: [Int] {
        var lengths: [Int] = []
        for (i, n) in counts.enumerated() { lengths += Array(repeating: i + 1, count: Int(n)) }
        return lengths
    }

    /// Canonical codes (Annex C.2): the code of each symbol in `values`, in order; nil when the
    /// counts describe more codes than fit their lengths.
    var canonicalCodes: [UInt32]? {
        var codes: [UInt32] = []
        var code: UInt32 = 0
        for (i, n) in counts.enumerated() {
            for _ in 0..<n {
                codes.append(code)
                code += 1
            }
            guard code <= 1 << UInt32(i + 1) else { return nil }
            code <<= 1
        }
        return codes
    }

    /// The table of code lengths computed for the given symbol frequencies by the procedure of
    /// T.81 Annex K.2 (Figures K.1-K.4): no code longer than 16 bits and no code of all 1 bits.
    /// Symbols of frequency 0 get no code. `frequencies` has up to 256 entries.
    static func optimal(frequencies: [Int]) -> JPEGHuffmanSpec {
        // FREQ(256) = 1 reserves one code point, so that no real code is all 1 bits.
        var freq = Array(frequencies.prefix(256)) + Array(repeating: 0, count: max(0, 256 - frequencies.count)) + [1]
        let symbolCount = freq.count
        var codeSize = [Int](repeating: 0, count: symbolCount)
        var others = [Int](repeating: -1, count: symbolCount)
        while true {
            // V1: the least frequency > 0 (the largest symbol on ties); V2: the next least.
            var v1 = -1, v2 = -1
            for i in 0..<symbolCount where freq[i] > 0 && (v1 < 0 || freq[i] <= freq[v1]) { v1 = i }
            for i in 0..<symbolCount where i != v1 && freq[i] > 0 && (v2 < 0 || freq[i] <= freq[v2]) { v2 = i }
            if v2 < 0 { break }
            freq[v1] += freq[v2]
            freq[v2] = 0
            codeSize[v1] += 1
            while others[v1] >= 0 {
                v1 = others[v1]
                codeSize[v1] += 1
            }
            others[v1] = v2
            codeSize[v2] += 1
            while others[v2] >= 0 {
                v2 = others[v2]
                codeSize[v2] += 1
            }
        }
        // Figure K.2: how many codes of each size.
        let longest = max(codeSize.max() ?? 0, 16)
        var bits = [Int](repeating: 0, count: longest + 1)
        for size in codeSize where size > 0 { bits[size] += 1 }
        // Figure K.3: move codes longer than 16 bits up the tree.
        var i = longest
        while i > 16 {
            while bits[i] > 0 {
                var j = i - 2
                while j > 0 && bits[j] == 0 { j -= 1 }
                bits[i] -= 2
                bits[i - 1] += 1
                bits[j + 1] += 2
                bits[j] -= 1
            }
            i -= 1
        }
        // Remove the reserved code point (the last code of the longest length).
        i = 16
        while i > 0 && bits[i] == 0 { i -= 1 }
        if i > 0 { bits[i] -= 1 }
        // Figure K.4: symbols in order of code size, then symbol value (the reserved one is last).
        var values: [UInt8] = []
        for size in 1...longest {
            for symbol in 0..<256 where codeSize[symbol] == size { values.append(UInt8(symbol)) }
        }
        return JPEGHuffmanSpec(counts: (1...16).map { UInt8(bits[$0]) }, values: values)
    }
}

/// Decodes Huffman codes from a `JPEGBitReader`: codes of up to 9 bits through one table
/// look-up, longer ones with the MAXCODE/VALPTR procedure of T.81 F.2.2.3.
///
/// `decodeValue` also reads the symbol's extra bits and extends them (F.2.2.1), with one look-up
/// when the code and its extra bits take at most 12 bits. How many extra bits a symbol has
/// depends on the table class: for class 0 (DC and lossless) the symbol is the category SSSS
/// (16 meaning 32768 with no extra bits, lossless only); for class 1 (AC) it is RRRRSSSS.
final class JPEGHuffmanDecoder {
    static let lookaheadBits = 9
    static let valueBits = 12
    let spec: JPEGHuffmanSpec
    /// True for an AC table (symbols RRRRSSSS).
    let isAC: Bool
    /// Indexed by the next 9 bits: code length << 8 | symbol, or 0 for a longer (or invalid) code.
    private let lookup: UnsafeMutablePointer<UInt16>
    /// Indexed by the next 12 bits: value << 13 | symbol << 5 | bits used (code and extra bits),
    /// or 0 when they do not fit in 12 bits.
    let valueLookup: UnsafeMutablePointer<Int32>
    /// For lengths 1-16: the largest code of that length (-1 when none), and the index into
    /// `values` of a code minus the code.
    private let maxCode: UnsafeMutablePointer<Int32>
    private let valueOffset: UnsafeMutablePointer<Int32>
    private let values: UnsafeMutablePointer<UInt8>
    private let valueCount: Int

    init(_ spec: JPEGHuffmanSpec, isAC: Bool = false) throws(DicomError) {
        guard spec.counts.count == 16, spec.values.count == spec.codeLengths.count, !spec.values.isEmpty else {
            throw jpegCodecError("a Huffman table has no codes or the wrong number of symbols")
        }
        guard let codes = spec.canonicalCodes else {
            throw jpegCodecError("a Huffman table defines more codes than its code lengths allow")
        }
        self.spec = spec
        self.isAC = isAC
        let lengths = spec.codeLengths
        valueCount = spec.values.count
        lookup = .allocate(capacity: 1 << Self.lookaheadBits)
        lookup.initialize(repeating: 0, count: 1 << Self.lookaheadBits)
        valueLookup = .allocate(capacity: 1 << Self.valueBits)
        valueLookup.initialize(repeating: 0, count: 1 << Self.valueBits)
        maxCode = .allocate(capacity: 17)
        maxCode.initialize(repeating: -1, count: 17)
        valueOffset = .allocate(capacity: 17)
        valueOffset.initialize(repeating: 0, count: 17)
        values = .allocate(capacity: 256)
        values.initialize(repeating: 0, count: 256)
        for (k, value) in spec.values.enumerated() { values[k] = value }
        var k = 0
        for length in 1...16 {
            let n = Int(spec.counts[length - 1])
            if n > 0 {
                valueOffset[length] = Int32(k) - Int32(codes[k])
                maxCode[length] = Int32(codes[k + n - 1])
            }
            k += n
        }
        for (k, code) in codes.enumerated() {
            let length = lengths[k], symbol = Int(spec.values[k])
            if length <= Self.lookaheadBits {
                let spare = Self.lookaheadBits - length
                let first = Int(code) << spare
                for fill in 0..<(1 << spare) {
                    lookup[first | fill] = UInt16(length << 8) | UInt16(symbol)
                }
            }
            // The value table: the code followed by every possible pattern of its extra bits.
            let extra = isAC ? symbol & 15 : (symbol == 16 ? 0 : symbol)
            guard isAC || symbol <= 16 else { continue }  // invalid category: left to the slow path
            let used = length + extra
            guard used <= Self.valueBits else { continue }
            let spare = Self.valueBits - used
            for bits in 0..<(1 << extra) {
                let value: Int
                if extra == 0 {
                    value = !isAC && symbol == 16 ? 32768 : 0
                } else {
                    value = bits < 1 << (extra - 1) ? bits - (1 << extra) + 1 : bits
                }
                let entry = Int32(value) << 13 | Int32(symbol) << 5 | Int32(used)
                let first = (Int(code) << extra | bits) << spare
                for fill in 0..<(1 << spare) { valueLookup[first | fill] = entry }
            }
        }
    }

    deinit {
        lookup.deallocate()
        valueLookup.deallocate()
        maxCode.deallocate()
        valueOffset.deallocate()
        values.deallocate()
    }

    /// Decodes one symbol.
    @inline(__always)
    func decode(_ reader: inout JPEGBitReader) throws(DicomError) -> Int {
        let entry = lookup[reader.peek(Self.lookaheadBits)]
        if entry != 0 {
            reader.skip(Int(entry >> 8))
            return Int(entry & 0xFF)
        }
        return try decodeLong(&reader)
    }

    /// Decodes one symbol and its extended extra bits: (symbol, value). For class 0 tables the
    /// value is the difference (0 for category 0); for AC tables the coefficient (0 for EOB/ZRL).
    @inline(__always)
    func decodeValue(_ reader: inout JPEGBitReader) throws(DicomError) -> (symbol: Int, value: Int) {
        let entry = valueLookup[reader.peek(Self.valueBits)]
        if entry != 0 {
            reader.skip(Int(entry & 31))
            return (Int(entry >> 5 & 0xFF), Int(entry >> 13))
        }
        return try decodeValueSlowly(&reader)
    }

    /// `decodeValue` through a table's `valueLookup` pointer, touching the table object only
    /// when the look-up misses (so hot loops over several tables do no reference counting).
    @inline(__always)
    static func decodeValue(_ reader: inout JPEGBitReader, lookup: UnsafeMutablePointer<Int32>,
                            table: Unmanaged<JPEGHuffmanDecoder>) throws(DicomError) -> Int {
        let entry = lookup[reader.peek(valueBits)]
        if entry != 0 {
            reader.skip(Int(entry & 31))
            return Int(entry >> 13)
        }
        return try table.takeUnretainedValue().decodeValueSlowly(&reader).value
    }

    @inline(never)
    func decodeValueSlowly(_ reader: inout JPEGBitReader) throws(DicomError) -> (symbol: Int, value: Int) {
        let symbol = try decode(&reader)
        let extra = isAC ? symbol & 15 : symbol
        if extra == 0 { return (symbol, 0) }
        if extra >= 16 {
            if extra == 16 { return (symbol, 32768) }
            throw jpegCodecError("difference category \(extra) (at most 16)", offset: reader.position)
        }
        return (symbol, reader.receiveExtend(extra))
    }

    /// Codes longer than the look-up table.
    @inline(never)
    private func decodeLong(_ reader: inout JPEGBitReader) throws(DicomError) -> Int {
        let bits16 = reader.peek(16)
        for length in (Self.lookaheadBits + 1)...16 {
            let code = Int32(bits16 >> (16 - length))
            if code <= maxCode[length] {
                let index = Int(code + valueOffset[length])
                guard index >= 0 && index < valueCount else { break }
                reader.skip(length)
                return Int(values[index])
            }
        }
        throw jpegCodecError("invalid Huffman code in the entropy-coded data", offset: reader.position)
    }
}

/// Encodes symbols with a Huffman table: code and length per symbol.
struct JPEGHuffmanEncoder: Sendable {
    let spec: JPEGHuffmanSpec
    /// Code and length of each symbol 0-255 (length 0: the symbol has no code).
    private(set) var codes = [UInt32](repeating: 0, count: 256)
    private(set) var lengths = [Int](repeating: 0, count: 256)

    init(_ spec: JPEGHuffmanSpec) {
        self.spec = spec
        let codeList = spec.canonicalCodes ?? []
        for (k, (value, length)) in zip(spec.values, spec.codeLengths).enumerated() where k < codeList.count {
            codes[Int(value)] = codeList[k]
            lengths[Int(value)] = length
        }
    }
}
