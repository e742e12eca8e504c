import PixelIO

/// What applying a plan did to one file.
public struct ApplyResult: Sendable {
    /// Copied byte for byte (nothing to blank), or redacted.
    public enum Action: String, Sendable {
        case copied, redacted
    }

    public var action: Action
    /// The input's and the output's transfer syntax.
    public var inputSyntax: TransferSyntax
    public var outputSyntax: TransferSyntax
    /// How the pixels were written (nil when copied).
    public var strategy: OutputStrategy?
    /// Frames whose pixels were rewritten, and frames whose stored bytes were copied.
    public var framesChanged: Int = 0
    public var framesKept: Int = 0
    /// Frames without regions that were decoded and written again, unchanged in value (the
    /// output syntax differs from the input's, or the codec's photometric differs from the header's).
    public var framesReencoded: Int = 0
    /// The rectangles whose pixels were blanked or may have changed, over all frames, without
    /// repeats: clipped, grown to even columns for 4:2:2 native frames and to whole MCUs for
    /// DCT-domain JPEG (where the rest of a partly covered block is quantised again).
    public var filledRects: [PixelRect] = []
    /// What the header contract changed (nil when copied).
    public var header: HeaderContractOutcome?
    /// Things worth telling a user.
    public var notes: [String] = []

    /// A result.
    public init(action: Action, inputSyntax: TransferSyntax, outputSyntax: TransferSyntax, strategy: OutputStrategy? = nil) {
        self.action = action
        self.inputSyntax = inputSyntax
        self.outputSyntax = outputSyntax
        self.strategy = strategy
    }
}
