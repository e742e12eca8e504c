import PixelIO

/// An overlay plane of an image: one of the repeating groups 6000, 6002, ... 601E (PS3.3 C.9.2).
///
/// Overlays can carry burned-in-like text (annotations, names) outside the pixel values: in Overlay
/// Data (60xx,3000), or, in files written under the retired rules, in unused high bits of Pixel
/// Data themselves (Overlay Bits Allocated = the image's Bits Allocated, Overlay Bit Position = the
/// bit, no Overlay Data).
public struct OverlayPlane: Sendable, Equatable {
    /// The group, 0x6000...0x601E (even).
    public let group: UInt16
    /// True when the group has Overlay Data (60xx,3000).
    public let hasOverlayData: Bool
    /// Overlay Bits Allocated (60xx,0100), if present.
    public let bitsAllocated: Int?
    /// Overlay Bit Position (60xx,0102), if present.
    public let bitPosition: Int?

    /// True for the groups that hold overlay planes: 6000-601E, even.
    public static func isOverlayGroup(_ group: UInt16) -> Bool {
        group >= 0x6000 && group <= 0x601E && group & 1 == 0
    }

    /// Every overlay plane of `dataset`'s top level, in group order.
    public static func planes(in dataset: DataSet) -> [OverlayPlane] {
        var groups: [UInt16] = []
        for element in dataset.elements where isOverlayGroup(element.tag.group) && !groups.contains(element.tag.group) {
            groups.append(element.tag.group)
        }
        return groups.sorted().map { group in
            OverlayPlane(group: group,
                         hasOverlayData: dataset.contains(Tag(group, HeaderContractTags.overlayData)),
                         bitsAllocated: dataset.integer(Tag(group, HeaderContractTags.overlayBitsAllocated)),
                         bitPosition: dataset.integer(Tag(group, HeaderContractTags.overlayBitPosition)))
        }
    }

    /// True when the plane is kept in bits of Pixel Data (retired): it names a bit position and
    /// has no Overlay Data of its own, or allocates more than one bit per overlay pixel.
    public var isInPixelData: Bool {
        guard bitPosition != nil else { return false }
        return !hasOverlayData || (bitsAllocated ?? 1) > 1
    }

    /// The bit of a sample word this plane occupies in pixels laid out as `layout`, or nil when it
    /// is not in Pixel Data or names a bit that does not exist.
    public func pixelDataBit(in layout: PixelDescription) -> Int? {
        guard isInPixelData, let bit = bitPosition, layout.bitsAllocated > 1, (0..<layout.bitsAllocated).contains(bit) else {
            return nil
        }
        return bit
    }
}
