/// What to do with JPEG Baseline (and 8-bit JPEG Extended) images that need redaction.
public enum JPEGStrategy: String, Sendable, Codable, CaseIterable {
    /// Change only the 8x8 blocks that touch a region, in the DCT domain: every other block keeps
    /// its coefficients, so nothing else loses anything; blocks the region covers in part keep
    /// their other pixels as nearly as their quantisation allows. The default.
    case dct
    /// Decode the frame, fill, and encode it as JPEG Baseline again (a second lossy generation,
    /// recorded in the lossy history). Frames without regions keep their bytes.
    case reencode
    /// Decode every frame, fill, and write Explicit VR Little Endian (native); the lossy history
    /// is kept.
    case decompress
}

/// How a plan is applied to a file.
public struct ApplyOptions: Sendable {
    /// The colour regions are blanked with (resolved per image; see ``FillColor``).
    public var fill: FillChoice
    /// What JPEG Baseline images get.
    public var jpeg: JPEGStrategy
    /// The header contract written into files whose pixels change.
    public var contract: HeaderContract

    /// Options: the image's darkest value as fill, DCT-domain JPEG redaction, redact's own method text.
    public init(fill: FillChoice = .darkest, jpeg: JPEGStrategy = .dct, contract: HeaderContract = HeaderContract()) {
        self.fill = fill
        self.jpeg = jpeg
        self.contract = contract
    }
}
