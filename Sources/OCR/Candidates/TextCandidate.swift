import PixelIO

/// Which kind of ink a candidate was found in.
public enum InkKind: String, Sendable, Hashable, Codable {
    /// Lighter than its surroundings (white, grey or bright text on dark).
    case bright
    /// Darker than its surroundings (dark text on a light panel).
    case dark
    /// More saturated than its surroundings (yellow, green, cyan text on grey).
    case colour
}

/// A region that looks like a line of text, before OCR.
public struct TextCandidate: Sendable, Hashable {
    /// The line's box in image pixels.
    public var box: PixelRect
    /// The character-like components it is made of.
    public var components: [PixelRect]
    /// The channel its ink was found in.
    public var ink: InkKind
    /// How text-like it is, 0...1 (regular character heights on a flat background score high).
    public var score: Double
    /// The typical character height in pixels.
    public var characterHeight: Int

    /// How many of its components have the typical character height (letters, as opposed to
    /// dots, holes and speckle).
    public var letterCount: Int {
        components.filter { abs($0.height - characterHeight) * 10 <= 3 * characterHeight }.count
    }
}

/// Stroke maps of one frame: how much each pixel stands out as part of a thin stroke.
public struct StrokeMaps: Sendable {
    public var bright: GreyImage
    public var dark: GreyImage
    public var colour: GreyImage?

    /// The map a candidate of `kind` was found in.
    public func map(for kind: InkKind) -> GreyImage {
        switch kind {
        case .bright: return bright
        case .dark: return dark
        case .colour: return colour ?? bright
        }
    }
}
