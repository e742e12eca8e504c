import PixelIO

/// An 8-bit single-channel image, rows top to bottom, no padding.
public struct GreyImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    /// An image filled with `value`.
    public init(width: Int, height: Int, value: UInt8 = 0) {
        self.width = width
        self.height = height
        self.pixels = [UInt8](repeating: value, count: width * height)
    }

    /// Wraps `pixels` (`width * height` bytes).
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "GreyImage: pixel count does not match the size")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The value at (x, y).
    @inline(__always) public subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// The bounds of the image.
    public var bounds: PixelRect { PixelRect(x: 0, y: 0, width: width, height: height) }

    /// A copy of the pixels inside `rect` (clipped to the image).
    public func cropped(to rect: PixelRect) -> GreyImage {
        let r = rect.clipped(columns: width, rows: height)
        guard !r.isEmpty else { return GreyImage(width: 0, height: 0) }
        var out = [UInt8](repeating: 0, count: r.area)
        pixels.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for row in 0..<r.height {
                    let from = source.baseAddress! + (r.y + row) * width + r.x
                    (target.baseAddress! + row * r.width).update(from: from, count: r.width)
                }
            }
        }
        return GreyImage(width: r.width, height: r.height, pixels: out)
    }

    /// The image scaled by an integer or fractional `factor` with bilinear interpolation.
    public func scaled(by factor: Double) -> GreyImage {
        let newWidth = max(1, Int((Double(width) * factor).rounded()))
        let newHeight = max(1, Int((Double(height) * factor).rounded()))
        guard width > 0, height > 0, newWidth != width || newHeight != height else { return self }
        var out = [UInt8](repeating: 0, count: newWidth * newHeight)
        let sx = Double(width) / Double(newWidth), sy = Double(height) / Double(newHeight)
        for y in 0..<newHeight {
            let fy = max(0, (Double(y) + 0.5) * sy - 0.5)
            let y0 = min(Int(fy), height - 1), y1 = min(y0 + 1, height - 1)
            let wy = fy - Double(y0)
            for x in 0..<newWidth {
                let fx = max(0, (Double(x) + 0.5) * sx - 0.5)
                let x0 = min(Int(fx), width - 1), x1 = min(x0 + 1, width - 1)
                let wx = fx - Double(x0)
                let top = Double(pixels[y0 * width + x0]) * (1 - wx) + Double(pixels[y0 * width + x1]) * wx
                let bottom = Double(pixels[y1 * width + x0]) * (1 - wx) + Double(pixels[y1 * width + x1]) * wx
                out[y * newWidth + x] = UInt8(min(255, max(0, (top * (1 - wy) + bottom * wy).rounded())))
            }
        }
        return GreyImage(width: newWidth, height: newHeight, pixels: out)
    }
}
