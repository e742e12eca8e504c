import OCR
import PixelIO

/// A rectangle as a rule writes it: `x,y,width,height` from the top-left corner of the image.
/// A negative `x` counts from the right edge (`x = -200` starts 200 columns left of it) and a
/// negative `y` from the bottom edge. The resolved rectangle is clipped to the image.
public struct RuleRect: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Left column; negative counts from the right edge.
    public var x: Int
    /// Top row; negative counts from the bottom edge.
    public var y: Int
    /// Width in columns.
    public var width: Int
    /// Height in rows.
    public var height: Int

    /// Creates a rectangle.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The rectangle in an image of `columns` x `rows`: negative origins counted from the right
    /// or bottom edge, then clipped to the image (empty when it lies outside).
    public func resolved(columns: Int, rows: Int) -> PixelRect {
        let left = x < 0 ? columns + x : x
        let top = y < 0 ? rows + y : y
        return PixelRect(x: left, y: top, width: width, height: height).clipped(columns: columns, rows: rows)
    }

    /// `x,y,width,height`.
    public var description: String { "\(x),\(y),\(width),\(height)" }
}

/// The part of the image a region line covers.
public enum RegionArea: Sendable, Hashable, Codable {
    /// A rectangle.
    case rect(RuleRect)
    /// The whole image.
    case all
    /// The union of the Sequence of Ultrasound Regions (0018,6011) items' rectangles (nothing
    /// when the sequence is absent).
    case ultrasoundRegions
    /// Everything outside the Sequence of Ultrasound Regions items; the whole image when the
    /// sequence is absent or holds no usable region (failing closed).
    case outsideUltrasoundRegions

    /// The area as rectangles inside an image.
    func rectangles(in input: RuleInput) -> [PixelRect] {
        let bounds = PixelRect(x: 0, y: 0, width: input.columns, height: input.rows)
        switch self {
        case .rect(let rect):
            let resolved = rect.resolved(columns: input.columns, rows: input.rows)
            return resolved.isEmpty ? [] : [resolved]
        case .all:
            return bounds.isEmpty ? [] : [bounds]
        case .ultrasoundRegions:
            let regions = UltrasoundRegions.rectangles(in: input.dataset)
                .map { $0.clipped(columns: input.columns, rows: input.rows) }
            return RectangleSet.union(regions)
        case .outsideUltrasoundRegions:
            return UltrasoundRegions.outside(in: input.dataset, columns: input.columns, rows: input.rows)
        }
    }
}

/// What a region line does with its area.
public enum RegionAction: String, Sendable, Hashable, Codable {
    /// Blank the area.
    case blank
    /// Keep the area clean: take it out of what earlier region lines (of this rule and of
    /// rules before it) blanked. Later `blank` lines win again.
    case keep
}

/// One region line of a rule: blank or keep an area, in every frame or in some.
public struct RuleRegion: Sendable, Hashable, Codable {
    /// Blank or keep.
    public var action: RegionAction
    /// The area.
    public var area: RegionArea
    /// The frames (0-based) it applies to.
    public var frames: FrameScope

    /// Creates a region line.
    public init(_ action: RegionAction, _ area: RegionArea, frames: FrameScope = .all) {
        self.action = action
        self.area = area
        self.frames = frames
    }
}
