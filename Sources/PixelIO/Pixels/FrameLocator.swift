import FoundationEssentials

/// Works out which fragments of encapsulated Pixel Data belong to which frame.
enum FrameLocator {
    /// The fragment index range of every frame. Uses, in order: one frame takes all fragments;
    /// the Extended Offset Table; the Basic Offset Table; one fragment per frame; and last the
    /// codec's start-of-frame marker at the start of fragments.
    static func frameFragments(_ data: EncapsulatedPixelData, frames: Int, extendedOffsets: [UInt64]?,
                               syntax: TransferSyntax) throws(DicomError) -> [Range<Int>] {
        let fragments = data.fragments
        guard !fragments.isEmpty else {
            throw DicomError(.invalidPixelData, "encapsulated Pixel Data has no fragments", tag: .pixelData)
        }
        if frames == 1 { return [0..<fragments.count] }

        // Item offsets of each fragment, relative to the first fragment item.
        var itemOffsets: [UInt64] = []
        itemOffsets.reserveCapacity(fragments.count)
        var offset: UInt64 = 0
        for fragment in fragments {
            itemOffsets.append(offset)
            offset += 8 + UInt64(fragment.count)
        }
        if let table = extendedOffsets, table.count == frames,
           let ranges = ranges(startingAt: table, itemOffsets: itemOffsets) {
            return ranges
        }
        let basic = data.basicOffsets(byteOrder: .little).map(UInt64.init)
        if basic.count == frames, let ranges = ranges(startingAt: basic, itemOffsets: itemOffsets) {
            return ranges
        }
        if fragments.count == frames {
            return (0..<frames).map { $0..<$0 + 1 }
        }
        let starts = fragments.indices.filter { startsFrame(fragments[$0], syntax: syntax) }
        if starts.count == frames, starts.first == 0 {
            return zip(starts, starts.dropFirst() + [fragments.count]).map { $0..<$1 }
        }
        throw DicomError(.invalidPixelData,
                         "cannot tell which of \(fragments.count) fragments belong to which of \(frames) frames "
                         + "(no usable offset table)", tag: .pixelData)
    }

    /// Fragment ranges from frame start offsets, or nil when an offset is not a fragment start.
    private static func ranges(startingAt offsets: [UInt64], itemOffsets: [UInt64]) -> [Range<Int>]? {
        let indexOfOffset = Dictionary(uniqueKeysWithValues: zip(itemOffsets, itemOffsets.indices))
        var starts: [Int] = []
        for offset in offsets {
            guard let index = indexOfOffset[offset], index > (starts.last ?? -1) else { return nil }
            starts.append(index)
        }
        guard starts.first == 0 else { return nil }
        return zip(starts, starts.dropFirst() + [itemOffsets.count]).map { $0..<$1 }
    }

    /// True when a fragment begins the way a frame of this syntax begins.
    private static func startsFrame(_ fragment: Data, syntax: TransferSyntax) -> Bool {
        guard fragment.count >= 4 else { return false }
        let b = [UInt8](fragment.prefix(12))
        if syntax == .rleLossless {
            let segments = UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
            return (1...15).contains(segments) && b.count >= 8 && b[4] == 64 && b[5] == 0 && b[6] == 0 && b[7] == 0
        }
        if b[0] == 0xFF && (b[1] == 0xD8 || b[1] == 0x4F) { return true }  // JPEG / JPEG-LS SOI, J2K SOC
        return b.count >= 12 && b[4] == 0x6A && b[5] == 0x50 && b[6] == 0x20 && b[7] == 0x20  // JP2 signature box
    }
}
