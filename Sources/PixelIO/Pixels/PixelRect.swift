/// An axis-aligned rectangle of whole pixels: `x`, `y` of the top-left pixel, `width` columns,
/// `height` rows.
public struct PixelRect: Sendable, Hashable, Codable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle from its origin and size.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Creates the rectangle spanning `minX..<maxX` and `minY..<maxY`.
    public init(minX: Int, minY: Int, maxX: Int, maxY: Int) {
        self.init(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    /// True when the rectangle holds no pixel.
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// The number of pixels inside.
    public var area: Int { isEmpty ? 0 : width * height }

    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: PixelRect) -> PixelRect {
        let minX = max(x, other.x), minY = max(y, other.y)
        let maxX = min(self.maxX, other.maxX), maxY = min(self.maxY, other.maxY)
        return maxX > minX && maxY > minY ? PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
                                          : PixelRect(x: minX, y: minY, width: 0, height: 0)
    }

    /// The smallest rectangle holding both.
    public func union(_ other: PixelRect) -> PixelRect {
        if isEmpty { return other }
        if other.isEmpty { return self }
        return PixelRect(minX: min(x, other.x), minY: min(y, other.y),
                         maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// The smallest rectangle holding all of `rects` (empty at the origin when there are none).
    public static func bounding(_ rects: some Sequence<PixelRect>) -> PixelRect {
        rects.reduce(PixelRect(x: 0, y: 0, width: 0, height: 0)) { $0.union($1) }
    }

    /// True when pixel (x, y) is inside.
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// True when the rectangles share at least one pixel.
    public func intersects(_ other: PixelRect) -> Bool { !intersection(other).isEmpty }

    /// The rectangle grown by `dx` columns left and right and `dy` rows above and below.
    public func insetBy(dx: Int, dy: Int) -> PixelRect {
        PixelRect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The rectangle moved by `dx` columns and `dy` rows.
    public func offsetBy(dx: Int, dy: Int) -> PixelRect {
        PixelRect(x: x + dx, y: y + dy, width: width, height: height)
    }

    /// The part inside an image of `columns` x `rows`.
    public func clipped(columns: Int, rows: Int) -> PixelRect {
        intersection(PixelRect(x: 0, y: 0, width: columns, height: rows))
    }

    public var description: String { "(\(x),\(y),\(width),\(height))" }
}
