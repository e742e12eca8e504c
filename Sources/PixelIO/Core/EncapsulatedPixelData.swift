import FoundationEssentials

/// Pixel Data stored as encapsulated fragments (PS3.5 A.4): a Basic Offset Table then the fragments.
public struct EncapsulatedPixelData: Sendable {
    /// The Basic Offset Table item's bytes (often empty).
    public var basicOffsetTable: Data
    /// The fragments, in order, each an item's value.
    public var fragments: [Data]

    /// Creates encapsulated data from its offset table and fragments.
    public init(basicOffsetTable: Data = Data(), fragments: [Data]) {
        self.basicOffsetTable = basicOffsetTable
        self.fragments = fragments
    }

    /// The Basic Offset Table's entries: byte offsets of each frame's first fragment item,
    /// relative to the first fragment item. Empty when the table is empty or malformed.
    public func basicOffsets(byteOrder: ByteOrder) -> [UInt32] {
        guard basicOffsetTable.count % 4 == 0 else { return [] }
        return basicOffsetTable.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count, by: 4).map { raw.loadUInt32(at: $0, order: byteOrder) }
        }
    }

    /// The encoded size of the items and the sequence delimiter, as they would be written.
    var encodedLength: Int {
        8 + padded(basicOffsetTable.count) + fragments.reduce(0) { $0 + 8 + padded($1.count) } + 8
    }
}

/// A length rounded up to even.
@inline(__always) func padded(_ length: Int) -> Int { length + (length & 1) }
