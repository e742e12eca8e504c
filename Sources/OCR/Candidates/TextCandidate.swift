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
    /// Faint continuations of its letters on a panel near the ink's extreme (see `FaintInk`):
    /// covered with the line, but not counted among its marks.
    public var faintParts: [PixelRect] = []
    /// Stretches of ground beside the ends of the line that lie at its ink's own level (black
    /// letters running on onto a black region): letters there would not show, so the line's
    /// ends are covered over them (see `InkMeasure.ownLevelGround`).
    public var unseenEnds: [PixelRect] = []
    /// The level of its letters' cores in the channel it was found in (nil when not measured).
    public var coreLevel: Int?
    /// Stretches of the line carried on over texture (see `TextLineFinder.extend`), where only
    /// strokes of the line's own ink level are its letters.
    public var carried: [CarriedStretch] = []
    /// The channel its ink was found in.
    public var ink: InkKind
    /// How text-like it is, 0...1 (regular character heights on a flat background score high).
    public var score: Double
    /// The typical character height in pixels.
    public var characterHeight: Int
    /// How plain the ground is on each side of the box.
    public var ground = GroundFlatness()
    /// Where the line's marks were found, before it was carried on over texture (nil when it was
    /// not carried on, or is a lone mark, whose stretches are `carried`).
    public var found: FoundSpan?
    /// True for coloured marks whose edges are only as sharp as subsampled chroma's: where a line
    /// of another channel holds them, they add marks to cover to it, not a box to read.
    public var softChroma = false

    /// Its components other than the carried stretches: the marks found as such.
    public var marks: [PixelRect] {
        let stretches = Set(carried.map(\.box))
        return components.filter { !stretches.contains($0) }
    }

    /// The line as its marks were found (nil when it was not carried on): the found box, its
    /// ground, and the components and faint parts within it. Texture read along with a line can
    /// drown its text ("SSS SES" over a sector's edge before "D 15.0cm", all read at 0).
    public var asFound: TextCandidate? {
        guard let found else { return nil }
        var line = self
        line.box = found.box
        line.ground = found.ground
        line.components = components.filter { found.box.intersection($0) == $0 }
        line.faintParts = faintParts.filter { found.box.intersects($0) }
        line.found = nil
        return line.components.isEmpty ? nil : line
    }

    /// How many of its components have the typical character height (letters, as opposed to
    /// dots, holes and speckle).
    public var letterCount: Int {
        components.filter { abs($0.height - characterHeight) * 10 <= 3 * characterHeight }.count
    }
}

/// The box of a line's marks as found, before the line was carried on over texture, and how
/// plain the ground is around it.
public struct FoundSpan: Sendable, Hashable {
    public var box: PixelRect
    public var ground = GroundFlatness()

    /// The span of both of two lines joined or merged into one: the union of what each found
    /// (a line not carried on found its whole box); nil when neither was carried on.
    static func joining(_ a: TextCandidate, _ b: TextCandidate) -> FoundSpan? {
        guard a.found != nil || b.found != nil else { return nil }
        return FoundSpan(box: (a.found?.box ?? a.box).union(b.found?.box ?? b.box))
    }
}

/// A stretch of a line carried on over texture, and the channel values its ink takes there (the
/// line's level give or take the tolerance it was carried with).
public struct CarriedStretch: Sendable, Hashable {
    public var box: PixelRect
    public var inkRange: ClosedRange<Int>

    /// The same stretch moved by (dx, dy).
    func offsetBy(dx: Int, dy: Int) -> CarriedStretch {
        CarriedStretch(box: box.offsetBy(dx: dx, dy: dy), inkRange: inkRange)
    }
}

/// How plain the ground is in strips just above and below a box: the share of their non-ink
/// pixels whose right neighbour has nearly the same value. A strip outside the image is nil (it
/// says nothing against the box).
public struct GroundFlatness: Sendable, Hashable {
    public var above: Double?
    public var below: Double?

    /// A ground of unknown flatness, taken as plain.
    public init(above: Double? = nil, below: Double? = nil) {
        self.above = above
        self.below = below
    }

    /// True when both strips are at least `flatness` flat.
    public func isPlain(_ flatness: Double) -> Bool {
        [above, below].allSatisfy { ($0 ?? 1) >= flatness }
    }

    /// True when either strip is measured and less than `flatness` flat.
    public func hasTexturedSide(_ flatness: Double) -> Bool {
        [above, below].contains { ($0 ?? 1) < flatness }
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
