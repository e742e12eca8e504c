import Testing
@testable import OCR
import PixelIO

/// Morphology, connected components and display mapping against straightforward references.
@Suite("OCR image operations")
struct ImageOperationTests {
    static func randomImage(width: Int, height: Int, seed: UInt64) -> GreyImage {
        var state = seed
        let pixels = (0..<(width * height)).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        return GreyImage(width: width, height: height, pixels: pixels)
    }

    /// The extremum of the window around each pixel, by brute force.
    static func reference(_ image: GreyImage, size: Int, isMax: Bool) -> GreyImage {
        var out = image
        let r = size / 2
        for y in 0..<image.height {
            for x in 0..<image.width {
                var best: UInt8 = isMax ? 0 : 255
                for dy in -r...r {
                    for dx in -r...r {
                        let xx = x + dx, yy = y + dy
                        guard xx >= 0, yy >= 0, xx < image.width, yy < image.height else { continue }
                        best = isMax ? max(best, image[xx, yy]) : min(best, image[xx, yy])
                    }
                }
                out[x, y] = best
            }
        }
        return out
    }

    @Test("erode and dilate equal brute force", arguments: [(1, 1, 3), (17, 9, 3), (31, 20, 5), (8, 40, 11), (64, 3, 9)])
    func morphologyMatchesReference(width: Int, height: Int, size: Int) {
        let image = Self.randomImage(width: width, height: height, seed: UInt64(width * 1000 + height))
        #expect(Morphology.dilate(image, size: size) == Self.reference(image, size: size, isMax: true))
        #expect(Morphology.erode(image, size: size) == Self.reference(image, size: size, isMax: false))
    }

    @Test("top-hat lights thin bright strokes, not flat areas or wide blocks")
    func topHat() {
        var image = GreyImage(width: 40, height: 20, value: 30)
        for y in 5..<15 { image[10, y] = 200; image[11, y] = 200 }      // a 2-px stroke
        for y in 2..<18 { for x in 20..<38 { image[x, y] = 200 } }      // a wide block
        let hat = Morphology.whiteTopHat(image, size: 7)
        #expect(hat[10, 10] == 170)
        #expect(hat[28, 10] == 0)
        #expect(hat[3, 3] == 0)
    }

    @Test("components: 8-connectivity, boxes and counts")
    func components() {
        let width = 10, height = 6
        var mask = [Bool](repeating: false, count: width * height)
        for (x, y) in [(1, 1), (2, 2), (3, 3), (7, 1), (7, 2), (8, 2)] { mask[y * width + x] = true }
        let found = ConnectedComponents.find(in: mask, width: width, height: height).sorted { $0.box.x < $1.box.x }
        #expect(found.count == 2)
        #expect(found[0].box == PixelRect(x: 1, y: 1, width: 3, height: 3))
        #expect(found[0].pixelCount == 3)
        #expect(found[1].box == PixelRect(x: 7, y: 1, width: 2, height: 2))
        #expect(found[1].pixelCount == 3)
    }

    @Test("MONOCHROME1 is inverted and stretched from the frame's own range")
    func monochrome1() throws {
        let d = PixelDescription(rows: 1, columns: 3, bitsAllocated: 16, bitsStored: 12, isSigned: false, photometric: .monochrome1)
        let samples: [UInt16] = [100, 600, 1100]
        let frame = try PixelBuffer(description: d, bytes: samples.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let luma = try DisplayChannels(frame: frame).luma
        #expect(luma.pixels == [255, 127, 0])
    }

    @Test("signed CT values map from their minimum to their maximum")
    func signedValues() throws {
        let d = PixelDescription(rows: 1, columns: 3, bitsAllocated: 16, bitsStored: 16, isSigned: true)
        let samples: [Int16] = [-2000, 0, 4095]
        let bytes = samples.flatMap { v -> [UInt8] in let u = UInt16(bitPattern: v); return [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let luma = try DisplayChannels(frame: try PixelBuffer(description: d, bytes: bytes)).luma
        #expect(luma.pixels[0] == 0 && luma.pixels[2] == 255)
        #expect(luma.pixels[1] == 84)
    }

    @Test("colour: planar and interleaved RGB give the same channels; grey has no chroma")
    func colour() throws {
        let rgb: [UInt8] = [255, 235, 64, 128, 128, 128]
        let interleaved = PixelDescription(rows: 1, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, photometric: .rgb)
        var planar = interleaved
        planar.isPlanar = true
        let a = try DisplayChannels(frame: try PixelBuffer(description: interleaved, bytes: rgb))
        let b = try DisplayChannels(frame: try PixelBuffer(description: planar, bytes: [255, 128, 235, 128, 64, 128]))
        #expect(a.luma == b.luma && a.chroma == b.chroma)
        #expect(a.chroma?.pixels == [191, 0])
    }

    @Test("native YBR_FULL_422: neutral chroma gives grey")
    func ybr422() throws {
        let d = PixelDescription(rows: 1, columns: 2, samplesPerPixel: 3, bitsAllocated: 8, photometric: .ybrFull422)
        let channels = try DisplayChannels(frame: try PixelBuffer(description: d, bytes: [40, 200, 128, 128]))
        #expect(channels.luma.pixels == [40, 200])
        #expect(channels.chroma?.pixels == [0, 0])
    }
}
