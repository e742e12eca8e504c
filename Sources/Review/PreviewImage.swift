import FoundationEssentials
import OCR
import PixelIO

/// A frame as a reviewer sees it, 8-bit grey or RGB, shrunk to fit a size: the full view and
/// the thumbnail of the review report.
struct PreviewImage {
    let width: Int
    let height: Int
    /// 1 (grey) or 3 (RGB).
    let channels: Int
    let pixels: [UInt8]

    /// The frame shown as text detection sees it (stretched from its darkest to its brightest
    /// value, MONOCHROME1 inverted, colour as RGB), shrunk by averaging so that neither side
    /// exceeds `maxSide`.
    init(channels display: DisplayChannels, maxSide: Int) {
        let sourceWidth = display.luma.width, sourceHeight = display.luma.height
        let source: [UInt8], depth: Int
        if let rgb = display.rgb { source = rgb; depth = 3 } else { source = display.luma.pixels; depth = 1 }
        let factor = max(1, (max(sourceWidth, sourceHeight) + maxSide - 1) / maxSide)
        let outWidth = max(1, sourceWidth / factor), outHeight = max(1, sourceHeight / factor)
        if factor == 1 {
            self.init(width: sourceWidth, height: sourceHeight, channels: depth, pixels: source)
            return
        }
        var out = [UInt8](repeating: 0, count: outWidth * outHeight * depth)
        let area = factor * factor
        source.withUnsafeBufferPointer { input in
            for y in 0..<outHeight {
                for x in 0..<outWidth {
                    for c in 0..<depth {
                        var sum = 0
                        for dy in 0..<factor {
                            let row = (y * factor + dy) * sourceWidth
                            for dx in 0..<factor { sum += Int(input[(row + x * factor + dx) * depth + c]) }
                        }
                        out[(y * outWidth + x) * depth + c] = UInt8((sum + area / 2) / area)
                    }
                }
            }
        }
        self.init(width: outWidth, height: outHeight, channels: depth, pixels: out)
    }

    private init(width: Int, height: Int, channels: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// The image as PNG.
    func png() throws(PNGEncoder.Failure) -> Data {
        try PNGEncoder.encode(pixels, width: width, height: height, channels: channels)
    }
}
