import FoundationEssentials

/// Native (uncompressed) Pixel Data: frames cut out of the value, byte order normalised, 1-bit
/// samples unpacked; and the reverse.
enum NativePixels {
    /// Reads frame `index` of native Pixel Data into a PixelBuffer (little-endian samples).
    static func readFrame(_ index: Int, from data: Data, vr: VR, order: ByteOrder,
                          description: PixelDescription) throws(DicomError) -> PixelBuffer {
        let bitsPerFrame = description.bitsPerFrame
        if description.bitsAllocated == 1 {
            let firstBit = index * bitsPerFrame
            guard order == .big && vr == .OW else {
                return try PixelBuffer(description: description,
                                       bytes: unpackBits(data, firstBit: firstBit, count: description.samplesPerFrame))
            }
            // Big-endian OW holds the bit stream in 16-bit words: put the bytes back in stream order first.
            let startWord = firstBit / 16, endWord = min((firstBit + bitsPerFrame + 15) / 16, data.count / 2)
            var words = [UInt8](data[(data.startIndex + startWord * 2)..<(data.startIndex + endWord * 2)])
            reverseWords(&words, size: 2)
            return try PixelBuffer(description: description,
                                   bytes: unpackBits(Data(words), firstBit: firstBit - startWord * 16,
                                                     count: description.samplesPerFrame))
        }
        let length = bitsPerFrame / 8
        let start = index * length
        let swapSize = order == .big ? byteSwapSize(vr: vr, bitsAllocated: description.bitsAllocated) : 1
        guard swapSize > 1 else {
            let first = data.startIndex + start
            return try PixelBuffer(description: description, bytes: [UInt8](data[first..<first + length]))
        }
        // Swap whole words (a frame of odd length shares its last word with the next frame or
        // the padding byte), then cut the frame out.
        let wordStart = start - start % swapSize
        let wordEnd = min((start + length + swapSize - 1) / swapSize * swapSize, data.count)
        var words = [UInt8](data[(data.startIndex + wordStart)..<(data.startIndex + wordEnd)])
        reverseWords(&words, size: swapSize)
        let bytes = Array(words[(start - wordStart)..<(start - wordStart + length)])
        return try PixelBuffer(description: description, bytes: bytes)
    }

    /// Native bytes of one frame in `order`, ready to be written as (part of) Pixel Data.
    /// 1-bit frames are packed; callers of multi-frame 1-bit data use `BitPacker`.
    static func frameBytes(_ frame: PixelBuffer, vr: VR, order: ByteOrder) -> [UInt8] {
        var bytes = frame.bytes
        let swapSize = order == .big ? byteSwapSize(vr: vr, bitsAllocated: frame.description.bitsAllocated) : 1
        if swapSize > 1 { reverseWords(&bytes, size: swapSize) }
        return bytes
    }

    /// The word size that big-endian storage reverses: OW holds 16-bit words even for 8-bit
    /// samples; wider samples are swapped whole; OB is never swapped.
    static func byteSwapSize(vr: VR, bitsAllocated: Int) -> Int {
        if vr == .OB || vr == .UN { return 1 }
        return max(bitsAllocated / 8, vr == .OW ? 2 : 1)
    }

    /// Unpacks `count` 1-bit samples starting at bit `firstBit` (least significant bit first) into bytes of 0 or 1.
    static func unpackBits(_ data: Data, firstBit: Int, count: Int) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for sample in 0..<count {
                let bit = firstBit + sample
                output[sample] = (raw[bit >> 3] >> UInt8(bit & 7)) & 1
            }
        }
        return output
    }
}

/// Packs 1-bit samples of consecutive frames into one continuous bit stream (frames of 1-bit
/// Pixel Data are not byte aligned).
struct BitPacker {
    private var current: UInt8 = 0
    private var used = 0

    /// Packs the samples (0 or non-zero) and returns the whole bytes completed.
    mutating func pack(_ samples: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(samples.count / 8 + 1)
        for sample in samples {
            if sample != 0 { current |= 1 << UInt8(used) }
            used += 1
            if used == 8 {
                output.append(current)
                current = 0
                used = 0
            }
        }
        return output
    }

    /// The last, partly filled byte, if any.
    mutating func finish() -> [UInt8] {
        defer { current = 0; used = 0 }
        return used > 0 ? [current] : []
    }
}
