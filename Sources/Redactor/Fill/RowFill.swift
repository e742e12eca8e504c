/// Writes one repeating unit of bytes along rows of a frame, with the fastest store the unit allows:
/// memset when every byte is the same, a word fill (vectorised by the compiler) for 2, 4 and 8 byte
/// units, and otherwise a copy from a row of repeated units built once by doubling.
struct RowFill {
    private enum Kind {
        case byte(UInt8)
        case word16(UInt16)
        case word32(UInt32)
        case word64(UInt64)
        case pattern([UInt8])
    }

    private let kind: Kind
    private let unitBytes: Int

    /// True for the kinds that store one value over any length (not the pattern copy, whose
    /// source row holds only `maxUnits` units).
    private var isRepeatedStore: Bool {
        if case .pattern = kind { return false }
        return true
    }

    /// A filler for rows of up to `maxUnits` units of `pattern`.
    init(pattern: [UInt8], maxUnits: Int) {
        unitBytes = pattern.count
        if let first = pattern.first, pattern.allSatisfy({ $0 == first }) {
            kind = .byte(first)
            return
        }
        // Word values whose bytes in memory are the pattern (whatever the host's byte order).
        switch pattern.count {
        case 2: kind = .word16(pattern.withUnsafeBytes { $0.loadUnaligned(as: UInt16.self) })
        case 4: kind = .word32(pattern.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
        case 8: kind = .word64(pattern.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        default: kind = .pattern(Self.repeated(pattern, units: max(maxUnits, 1)))
        }
    }

    /// `pattern` repeated `units` times: copy what is there onto the rest, doubling each time.
    private static func repeated(_ pattern: [UInt8], units: Int) -> [UInt8] {
        let total = pattern.count &* units
        var row = [UInt8](repeating: 0, count: total)
        row.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress, !pattern.isEmpty else { return }
            pattern.withUnsafeBufferPointer { source in
                if let start = source.baseAddress { base.update(from: start, count: pattern.count) }
            }
            var filled = pattern.count
            while filled < total {
                let chunk = min(filled, total &- filled)
                (base + filled).update(from: base, count: chunk)
                filled &+= chunk
            }
        }
        return row
    }

    /// Fills `units` units in each of `rowCount` rows, the first starting at byte `offset` of
    /// `frame`, the next `stride` bytes further on. The caller has checked every row is inside.
    func fill(_ frame: UnsafeMutablePointer<UInt8>, offset: Int, stride: Int, rowCount: Int, units: Int) {
        var byteCount = units &* unitBytes
        var rowCount = rowCount
        if byteCount == stride && isRepeatedStore {
            // Whole rows make one run: fill it in one go.
            byteCount &*= rowCount
            rowCount = 1
        }
        var row = frame + offset
        switch kind {
        case .byte(let value):
            for _ in 0..<rowCount {
                row.update(repeating: value, count: byteCount)
                row += stride
            }
        case .word16(let value):
            Self.fillWords(row, value: value, stride: stride, rowCount: rowCount, count: byteCount / 2)
        case .word32(let value):
            Self.fillWords(row, value: value, stride: stride, rowCount: rowCount, count: byteCount / 4)
        case .word64(let value):
            Self.fillWords(row, value: value, stride: stride, rowCount: rowCount, count: byteCount / 8)
        case .pattern(let pattern):
            pattern.withUnsafeBufferPointer { source in
                guard let start = source.baseAddress else { return }
                let count = min(byteCount, source.count)
                for _ in 0..<rowCount {
                    row.update(from: start, count: count)
                    row += stride
                }
            }
        }
    }

    /// Word stores along rows; falls back to byte copies where a row start is not word aligned.
    private static func fillWords<Word: FixedWidthInteger>(_ first: UnsafeMutablePointer<UInt8>, value: Word,
                                                           stride: Int, rowCount: Int, count: Int) {
        var row = first
        for _ in 0..<rowCount {
            if Int(bitPattern: row) % MemoryLayout<Word>.alignment == 0 {
                row.withMemoryRebound(to: Word.self, capacity: count) { $0.update(repeating: value, count: count) }
            } else {
                withUnsafeBytes(of: value) { bytes in
                    var at = row
                    for _ in 0..<count {
                        for byte in bytes {
                            at.pointee = byte
                            at += 1
                        }
                    }
                }
            }
            row += stride
        }
    }
}
