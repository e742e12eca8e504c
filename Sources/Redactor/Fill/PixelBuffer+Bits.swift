import PixelIO

extension PixelDescription {
    /// The bits of a sample word that exist: Bits Allocated of them (1 for unpacked 1-bit samples).
    public var allocatedBitsMask: UInt64 {
        bitsAllocated >= 64 ? ~0 : (1 << UInt64(max(bitsAllocated, 1))) - 1
    }

    /// The bits of a sample word that hold the stored value: Bits Stored bits ending at High Bit.
    public var storedBitsMask: UInt64 {
        let bits = min(max(bitsStored, 1), 64)
        let value: UInt64 = bits >= 64 ? ~0 : (1 << UInt64(bits)) - 1
        return (value << UInt64(max(highBit + 1 - bits, 0))) & allocatedBitsMask
    }

    /// The allocated bits outside Bits Stored: where old files keep overlay planes (or nothing).
    public var unusedBitsMask: UInt64 { allocatedBitsMask & ~storedBitsMask }
}

extension PixelBuffer {
    /// True when any sample has any of the bits of `mask` set (bit 0 is a sample word's lowest).
    /// A frame for which this is false needs no cleaning and can be written back as it was.
    public func hasAnyBits(_ mask: UInt64) -> Bool {
        let mask = mask & description.allocatedBitsMask
        guard mask != 0 else { return false }
        return bytes.withUnsafeBytes { raw in
            switch description.bytesPerSample {
            case 1: return Self.any(raw, UInt8(truncatingIfNeeded: mask))
            case 2: return Self.any(raw, UInt16(truncatingIfNeeded: mask).littleEndian)
            case 4: return Self.any(raw, UInt32(truncatingIfNeeded: mask).littleEndian)
            default: return Self.any(raw, mask.littleEndian)
            }
        }
    }

    /// Clears the bits of `mask` in every sample (bit 0 is a sample word's lowest), e.g. an overlay
    /// plane kept in the high bits at Overlay Bit Position. Bits of the stored value are cleared
    /// too if `mask` names them: pass only bits outside `description.storedBitsMask` to keep the image.
    public mutating func clearBits(_ mask: UInt64) {
        let mask = mask & description.allocatedBitsMask
        guard mask != 0 else { return }
        let bytesPerSample = description.bytesPerSample
        bytes.withUnsafeMutableBytes { raw in
            switch bytesPerSample {
            case 1: Self.and(raw, ~UInt8(truncatingIfNeeded: mask))
            case 2: Self.and(raw, (~UInt16(truncatingIfNeeded: mask)).littleEndian)
            case 4: Self.and(raw, (~UInt32(truncatingIfNeeded: mask)).littleEndian)
            default: Self.and(raw, (~mask).littleEndian)
            }
        }
    }

    /// Clears every bit outside Bits Stored in every sample (overlays in unused high bits, and
    /// any sign extension of signed samples).
    public mutating func clearUnusedBits() {
        clearBits(description.unusedBitsMask)
    }

    /// `word &= keep` over every whole word of `raw` (the memory-order value of `keep`).
    private static func and<Word: FixedWidthInteger>(_ raw: UnsafeMutableRawBufferPointer, _ keep: Word) {
        let count = raw.count / MemoryLayout<Word>.size
        guard let base = raw.baseAddress, count > 0 else { return }
        if Int(bitPattern: base) % MemoryLayout<Word>.alignment == 0 {
            base.withMemoryRebound(to: Word.self, capacity: count) { words in
                var index = 0
                while index < count {
                    words[index] &= keep
                    index &+= 1
                }
            }
        } else {
            for index in 0..<count {
                let offset = index &* MemoryLayout<Word>.size
                let word = raw.loadUnaligned(fromByteOffset: offset, as: Word.self)
                raw.storeBytes(of: word & keep, toByteOffset: offset, as: Word.self)
            }
        }
    }

    /// True when any whole word of `raw` shares a bit with `mask` (its memory-order value).
    private static func any<Word: FixedWidthInteger>(_ raw: UnsafeRawBufferPointer, _ mask: Word) -> Bool {
        let count = raw.count / MemoryLayout<Word>.size
        var seen: Word = 0
        for index in 0..<count {
            seen |= raw.loadUnaligned(fromByteOffset: index &* MemoryLayout<Word>.size, as: Word.self)
        }
        return seen & mask != 0
    }
}
