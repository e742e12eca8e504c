/// One frame of pixels in native layout: samples little-endian, `bytesPerSample` bytes each,
/// interleaved or planar as the description says. Bits outside Bits Stored are kept as stored,
/// so an unchanged buffer writes back exactly.
public struct PixelBuffer: Sendable {
    /// The layout of the samples.
    public var description: PixelDescription
    /// The samples, `description.unpackedFrameLength` bytes.
    public var bytes: [UInt8]

    /// Wraps samples already in native little-endian layout.
    public init(description: PixelDescription, bytes: [UInt8]) throws(DicomError) {
        guard bytes.count == description.unpackedFrameLength else {
            throw DicomError(.invalidPixelData,
                             "frame holds \(bytes.count) bytes, \(description.unpackedFrameLength) expected")
        }
        self.description = description
        self.bytes = bytes
    }

    /// A zero-filled frame.
    public init(zeroed description: PixelDescription) {
        self.description = description
        self.bytes = [UInt8](repeating: 0, count: description.unpackedFrameLength)
    }

    public var rows: Int { description.rows }
    public var columns: Int { description.columns }
    public var samplesPerPixel: Int { description.samplesPerPixel }

    /// The byte offset of sample `sample` of pixel (x, y), for frames that are not chroma subsampled.
    @inline(__always) public func offset(x: Int, y: Int, sample: Int = 0) -> Int {
        let d = description
        let index = d.isPlanar
            ? sample * d.rows * d.columns + y * d.columns + x
            : (y * d.columns + x) * d.samplesPerPixel + sample
        return index * d.bytesPerSample
    }

    /// The stored value of a sample: shifted down from High Bit, masked to Bits Stored, and
    /// sign-extended when Pixel Representation is signed.
    public func value(x: Int, y: Int, sample: Int = 0) -> Int64 {
        storedValue(atByte: offset(x: x, y: y, sample: sample))
    }

    /// The stored value of the sample starting at byte `offset`.
    @inline(__always) public func storedValue(atByte offset: Int) -> Int64 {
        let d = description
        var raw: UInt64 = 0
        for byte in 0..<d.bytesPerSample {
            raw |= UInt64(bytes[offset + byte]) << (8 * byte)
        }
        let shift = d.highBit + 1 - d.bitsStored
        let mask: UInt64 = d.bitsStored >= 64 ? ~0 : (1 << UInt64(d.bitsStored)) - 1
        let value = (raw >> UInt64(shift)) & mask
        if d.isSigned && d.bitsStored < 64 && value & (1 << UInt64(d.bitsStored - 1)) != 0 {
            return Int64(bitPattern: value | ~mask)
        }
        return Int64(bitPattern: value)
    }

    /// The stored values of every sample, in buffer order (for tests and comparisons).
    public func storedValues() -> [Int64] {
        stride(from: 0, to: bytes.count, by: description.bytesPerSample).map { storedValue(atByte: $0) }
    }

    /// The smallest and largest stored value over all samples.
    public func valueRange() -> ClosedRange<Int64> {
        var low = Int64.max, high = Int64.min
        var offset = 0
        while offset < bytes.count {
            let value = storedValue(atByte: offset)
            low = min(low, value)
            high = max(high, value)
            offset += description.bytesPerSample
        }
        return low <= high ? low...high : 0...0
    }
}
