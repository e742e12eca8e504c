import PixelIO

/// What `HeaderContract.apply` changed, and what it leaves the caller to do to the pixels.
public struct HeaderContractOutcome: Sendable, Equatable {
    /// False when nothing was changed (no region was filled: the file must stay byte-identical).
    public var applied: Bool = false
    /// The value appended to De-identification Method (0012,0063); nil when it was already there.
    public var appendedMethod: String?
    /// True when the Clean Pixel Data Option item was added to (0012,0064) (false: already present).
    public var addedMethodCode: Bool = false
    /// Icon Image Sequences (0088,0200) removed, at any depth.
    public var removedIconImageSequences: Int = 0
    /// The overlay groups (6000-601E) removed whole.
    public var removedOverlayGroups: [UInt16] = []
    /// The bits of every sample word that held overlay planes (outside Bits Stored) and must be
    /// cleared in every frame, including frames no region touched. 0 when there were none.
    public var pixelDataOverlayMask: UInt64 = 0
    /// Bit positions that overlay planes claimed inside the stored value itself (non-conformant).
    /// They are not cleared, as that would change the image; the caller decides (e.g. refuse).
    public var overlayBitsInsideStoredValue: [Int] = []
    /// True when Lossy Image Compression history was written (the source syntax was lossy and the
    /// header did not say so yet).
    public var recordedLossyHistory: Bool = false

    /// Creates an empty outcome (nothing applied).
    public init() {}

    /// True when every frame must have `pixelDataOverlayMask` cleared, touched by a region or not.
    public var needsHighBitCleaning: Bool { pixelDataOverlayMask != 0 }

    /// Clears the overlay bits of `pixelDataOverlayMask` in `frame`; returns true when the frame
    /// changed (false: none of the bits was set, and the frame can be written back as it was).
    @discardableResult
    public func cleanOverlayBits(in frame: inout PixelBuffer) -> Bool {
        guard needsHighBitCleaning, frame.hasAnyBits(pixelDataOverlayMask) else { return false }
        frame.clearBits(pixelDataOverlayMask)
        return true
    }
}
