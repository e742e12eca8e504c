import FoundationEssentials

/// Unaligned reads of binary values in either byte order.
extension UnsafeRawBufferPointer {
    @inline(__always) func loadUInt16(at offset: Int, order: ByteOrder) -> UInt16 {
        let value = loadUnaligned(fromByteOffset: offset, as: UInt16.self)
        return order == .little ? UInt16(littleEndian: value) : UInt16(bigEndian: value)
    }

    @inline(__always) func loadUInt32(at offset: Int, order: ByteOrder) -> UInt32 {
        let value = loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        return order == .little ? UInt32(littleEndian: value) : UInt32(bigEndian: value)
    }

    @inline(__always) func loadUInt64(at offset: Int, order: ByteOrder) -> UInt64 {
        let value = loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        return order == .little ? UInt64(littleEndian: value) : UInt64(bigEndian: value)
    }
}

extension Array where Element == UInt8 {
    /// Appends a 16-bit value in the given byte order.
    mutating func append(uint16 value: UInt16, order: ByteOrder) {
        let v = order == .little ? value.littleEndian : value.bigEndian
        Swift.withUnsafeBytes(of: v) { append(contentsOf: $0) }
    }

    /// Appends a 32-bit value in the given byte order.
    mutating func append(uint32 value: UInt32, order: ByteOrder) {
        let v = order == .little ? value.littleEndian : value.bigEndian
        Swift.withUnsafeBytes(of: v) { append(contentsOf: $0) }
    }
}

/// Runs `body` over the bytes of `bytes`, keeping its typed error (withUnsafeBytes only rethrows `any Error`).
func withBytes<T>(_ bytes: some ContiguousBytes,
                  _ body: (UnsafeRawBufferPointer) throws(DicomError) -> T) throws(DicomError) -> T {
    let result: Result<T, DicomError> = bytes.withUnsafeBytes { raw in
        Result { () throws(DicomError) -> T in try body(raw) }
    }
    return try result.get()
}

/// Reverses the bytes of every `size`-byte word in place (a change of byte order); a trailing
/// partial word is left as it is.
func reverseWords(_ bytes: inout [UInt8], size: Int) {
    guard size > 1 else { return }
    let whole = bytes.count - bytes.count % size
    bytes.withUnsafeMutableBufferPointer { buffer in
        var word = 0
        while word < whole {
            var low = word, high = word + size - 1
            while low < high {
                buffer.swapAt(low, high)
                low += 1
                high -= 1
            }
            word += size
        }
    }
}
