import PixelIO

/// The attributes the header contract reads and writes that PixelIO's `Tag` does not name.
enum HeaderContractTags {
    /// Patient Identity Removed (0012,0062): the header profile's to set, never the pixel cleaner's.
    static let patientIdentityRemoved = Tag(0x0012, 0x0062)
    /// De-identification Method (0012,0063), LO, 1-n.
    static let deidentificationMethod = Tag(0x0012, 0x0063)
    /// De-identification Method Code Sequence (0012,0064).
    static let deidentificationMethodCodeSequence = Tag(0x0012, 0x0064)
    /// Code Value (0008,0100), SH.
    static let codeValue = Tag(0x0008, 0x0100)
    /// Coding Scheme Designator (0008,0102), SH.
    static let codingSchemeDesignator = Tag(0x0008, 0x0102)
    /// Code Meaning (0008,0104), LO.
    static let codeMeaning = Tag(0x0008, 0x0104)
    /// Icon Image Sequence (0088,0200).
    static let iconImageSequence = Tag(0x0088, 0x0200)
    /// Overlay Data (60xx,3000), Overlay Bits Allocated (60xx,0100), Overlay Bit Position (60xx,0102).
    static let overlayData: UInt16 = 0x3000
    static let overlayBitsAllocated: UInt16 = 0x0100
    static let overlayBitPosition: UInt16 = 0x0102
}
