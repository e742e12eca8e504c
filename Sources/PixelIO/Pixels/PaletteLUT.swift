/// The lookup tables of a PALETTE COLOR image (0028,1101-1103 and 0028,1201-1203), or of a
/// segmented palette (0028,1221-1223), expanded to one entry per index.
public struct PaletteLUT: Sendable, Equatable {
    /// The first stored pixel value mapped; lower values map to the first entry.
    public let firstMapped: Int
    /// Bits per entry as the descriptor says (8 or 16).
    public let bitsPerEntry: Int
    /// Red, green and blue entries.
    public let red: [UInt16], green: [UInt16], blue: [UInt16]

    /// Reads the palette of a dataset.
    public init(dataset: DataSet) throws(DicomError) {
        let descriptors: [(Tag, Tag, Tag)] = [
            (.redPaletteDescriptor, .redPaletteData, .segmentedRedPaletteData),
            (.greenPaletteDescriptor, .greenPaletteData, .segmentedGreenPaletteData),
            (.bluePaletteDescriptor, .bluePaletteData, .segmentedBluePaletteData),
        ]
        var tables: [[UInt16]] = []
        var first = 0, bits = 16
        for (descriptorTag, dataTag, segmentedTag) in descriptors {
            let descriptor = Self.descriptorValues(dataset, descriptorTag)
            guard descriptor.count == 3 else {
                throw DicomError(.missingAttribute, "palette descriptor \(descriptorTag) is missing or malformed",
                                 tag: descriptorTag)
            }
            let count = descriptor[0] == 0 ? 65536 : descriptor[0]
            first = descriptor[1]
            bits = descriptor[2]
            guard bits == 8 || bits == 16 else {
                throw DicomError(.invalidValue, "palette entries of \(bits) bits are not supported", tag: descriptorTag)
            }
            let words = Self.words(dataset, dataTag)
            let table: [UInt16]
            if !words.isEmpty {
                table = Self.expandPlain(words, count: count, bits: bits, byteLength: dataset[dataTag]?.valueLength ?? 0)
            } else if let segmented = dataset[segmentedTag]?.bytes {
                // Segments are made of 16-bit words for 16-bit entries and of bytes for 8-bit ones.
                let units = bits == 8 ? segmented.map(UInt16.init) : Self.words(dataset, segmentedTag)
                table = try Self.expandSegmented(units, count: count, tag: segmentedTag)
            } else {
                throw DicomError(.missingAttribute, "palette data \(dataTag) is missing", tag: dataTag)
            }
            guard table.count >= count else {
                throw DicomError(.invalidValue, "palette data holds \(table.count) of \(count) entries", tag: dataTag)
            }
            tables.append(Array(table.prefix(count)))
        }
        self.firstMapped = first
        self.bitsPerEntry = bits
        self.red = tables[0]
        self.green = tables[1]
        self.blue = tables[2]
    }

    /// The RGB entry for a stored pixel value, clamped to the table.
    public func rgb(for value: Int) -> (UInt16, UInt16, UInt16) {
        let index = min(max(value - firstMapped, 0), red.count - 1)
        return (red[index], green[index], blue[index])
    }

    /// Descriptor values: the first and third are unsigned, the second follows the VR (US or SS).
    private static func descriptorValues(_ dataset: DataSet, _ tag: Tag) -> [Int] {
        guard let element = dataset[tag], let data = element.bytes, data.count >= 6 else { return [] }
        return data.withUnsafeBytes { raw in
            let count = Int(raw.loadUInt16(at: 0, order: dataset.byteOrder))
            let secondRaw = raw.loadUInt16(at: 2, order: dataset.byteOrder)
            let first = element.vr == .SS ? Int(Int16(bitPattern: secondRaw)) : Int(secondRaw)
            let bits = Int(raw.loadUInt16(at: 4, order: dataset.byteOrder))
            return [count, first, bits]
        }
    }

    private static func words(_ dataset: DataSet, _ tag: Tag) -> [UInt16] {
        guard let data = dataset[tag]?.bytes else { return [] }
        return data.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count - 1, by: 2).map { raw.loadUInt16(at: $0, order: dataset.byteOrder) }
        }
    }

    /// Plain LUT data; 8-bit entries may be packed two to a word (the data is half the entries' size).
    private static func expandPlain(_ words: [UInt16], count: Int, bits: Int, byteLength: Int) -> [UInt16] {
        if bits == 8 && byteLength == count || bits == 8 && byteLength == count + 1 {
            var entries: [UInt16] = []
            entries.reserveCapacity(count)
            for word in words {
                entries.append(word & 0xFF)
                entries.append(word >> 8)
            }
            return entries
        }
        return words
    }

    /// Segmented palette data (PS3.3 C.7.9.2): discrete, linear and indirect segments.
    private static func expandSegmented(_ words: [UInt16], count: Int, tag: Tag) throws(DicomError) -> [UInt16] {
        var output: [UInt16] = []
        output.reserveCapacity(count)
        var position = 0
        // Indirect segments replay earlier ones; bound the total work so hostile data cannot loop for long.
        var budget = words.count + count
        func fail(_ message: String) -> DicomError { DicomError(.invalidValue, "segmented palette: \(message)", tag: tag) }
        func run(_ words: [UInt16], from start: Int, until end: Int, depth: Int) throws(DicomError) {
            var index = start
            while index + 1 < end && output.count < count {
                budget -= 1
                guard budget >= 0 else { throw fail("segments replay more than the table can hold") }
                let opcode = words[index], length = Int(words[index + 1])
                switch opcode {
                case 0:
                    guard index + 2 + length <= end else { throw fail("discrete segment runs past the data") }
                    output.append(contentsOf: words[(index + 2)..<(index + 2 + length)].prefix(count - output.count))
                    index += 2 + length
                case 1:
                    guard let last = output.last, index + 2 < end else { throw fail("linear segment with no start value") }
                    guard length > 0 else {
                        index += 3
                        continue
                    }
                    let target = Double(words[index + 2])
                    let from = Double(last)
                    for step in 1...max(length, 1) where output.count < count {
                        output.append(UInt16((from + (target - from) * Double(step) / Double(length)).rounded(.toNearestOrEven)))
                    }
                    index += 3
                case 2:
                    guard depth == 0, index + 3 < end else { throw fail("indirect segment is nested or short") }
                    let offset = Int(words[index + 2]) | Int(words[index + 3]) << 16
                    var segment = offset, copied = 0
                    let before = output.count
                    while copied < length {
                        guard segment + 1 < words.count else { throw fail("indirect segment points past the data") }
                        let segmentLength = words[segment] == 1 ? 3 : 2 + Int(words[segment + 1])
                        try run(words, from: segment, until: min(segment + segmentLength, words.count), depth: depth + 1)
                        segment += segmentLength
                        copied += 1
                    }
                    guard length == 0 || output.count > before || output.count >= count else {
                        throw fail("indirect segment adds no entries")
                    }
                    index += 4
                default:
                    throw fail("unknown segment type \(opcode)")
                }
            }
        }
        try run(words, from: position, until: words.count, depth: 0)
        position = output.count
        guard position >= count else { throw fail("expands to \(position) of \(count) entries") }
        return output
    }
}
