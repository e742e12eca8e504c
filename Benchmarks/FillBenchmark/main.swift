// Fill speed: PixelFiller against a naive per-pixel loop and against memset bandwidth, measured
// in the same run on the same frames. Build and run in release mode (Benchmarks/fill_speed.py).
//
// Usage: fill-benchmark [--runs N] [--size N]
// Each case fills ~30% of an N x N frame (default 1024) in 20 rectangles. A run times the fill,
// the naive loop and memset in turn, each repeated for at least 50 ms; the best run's time per
// call is reported as GB/s of sample bytes written. "naive" is the obvious loop (offset per sample, one byte store at a time, checked
// arithmetic); "memset" writes the whole frame with update(repeating:) (the store bandwidth).
import PixelIO
import Redactor

struct Case {
    let name: String
    let layout: PixelDescription
    let choice: FillChoice
}

func argument(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let parsed = Int(arguments[index + 1]) else {
        return value
    }
    return parsed
}

let runs = max(argument("--runs", default: 10), 1)
let size = max(argument("--size", default: 1024), 64)

/// 20 rectangles in a 4 x 5 grid of cells, each ~78% x ~38% of its cell: 30% of the frame.
func rectangles(size: Int) -> [PixelRect] {
    let cellWidth = size / 4, cellHeight = size / 5
    let width = cellWidth * 781 / 1000, height = Int(Double(size * size) * 0.3 / 20 / Double(width))
    return (0..<20).map { index in
        PixelRect(x: (index % 4) * cellWidth + 3, y: (index / 4) * cellHeight + 5, width: width, height: height)
    }
}

/// The obvious implementation: every sample of every pixel, one byte store at a time, with
/// checked arithmetic and bounds-checked array stores (strides worked out once per rectangle).
func naiveFill(_ rects: [PixelRect], words: [UInt64], in buffer: inout PixelBuffer) {
    let d = buffer.description
    let size = d.bytesPerSample, samples = d.samplesPerPixel
    let pairs = d.photometric.isChromaSubsampled
    let pattern = pairs ? [words[0], words[0], words[1], words[2]] : words
    for rect in rects {
        let clipped = rect.clipped(columns: d.columns, rows: d.rows)
        guard !clipped.isEmpty else { continue }
        for y in clipped.y..<clipped.maxY {
            if pairs {
                // Pixel pairs: Y Y Cb Cr.
                let rowStart = y * ((d.columns + 1) / 2) * 4 * size
                for pair in (clipped.x / 2)...((clipped.maxX - 1) / 2) {
                    for index in 0..<4 {
                        let offset = rowStart + (pair * 4 + index) * size
                        for byte in 0..<size {
                            buffer.bytes[offset + byte] = UInt8(truncatingIfNeeded: pattern[index] >> (8 * UInt64(byte)))
                        }
                    }
                }
                continue
            }
            for x in clipped.x..<clipped.maxX {
                for sample in 0..<samples {
                    let index = d.isPlanar ? sample * d.rows * d.columns + y * d.columns + x : (y * d.columns + x) * samples + sample
                    let offset = index * size
                    for byte in 0..<size {
                        buffer.bytes[offset + byte] = UInt8(truncatingIfNeeded: pattern[sample] >> (8 * UInt64(byte)))
                    }
                }
            }
        }
    }
}

/// Seconds per call of each body: every run times each body in turn for at least 50 ms (so the
/// three see the same machine), and the best run counts.
func bestTimes(runs: Int, _ bodies: [() -> Void]) -> [Double] {
    let clock = ContinuousClock()
    var best = [Double](repeating: .infinity, count: bodies.count)
    for _ in 0..<runs {
        for (index, body) in bodies.enumerated() {
            var calls = 0
            let start = clock.now
            var elapsed = Duration.zero
            repeat {
                body()
                calls += 1
                elapsed = clock.now - start
            } while elapsed < .milliseconds(50)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best[index] = min(best[index], seconds / Double(calls))
        }
    }
    return best
}

func layout(_ photometric: Photometric, samples: Int = 1, allocated: Int, stored: Int? = nil, signed: Bool = false,
            planar: Bool = false) -> PixelDescription {
    PixelDescription(rows: size, columns: size, samplesPerPixel: samples, bitsAllocated: allocated, bitsStored: stored,
                     isSigned: signed, isPlanar: planar, photometric: photometric)
}

let cases = [
    Case(name: "8-bit mono", layout: layout(.monochrome2, allocated: 8), choice: .black),
    Case(name: "16-bit mono (12 stored, black = 0)", layout: layout(.monochrome2, allocated: 16, stored: 12), choice: .black),
    Case(name: "16-bit mono signed (black = 0x8000)", layout: layout(.monochrome2, allocated: 16, signed: true), choice: .black),
    Case(name: "8-bit RGB interleaved (black)", layout: layout(.rgb, samples: 3, allocated: 8), choice: .black),
    Case(name: "8-bit RGB interleaved (16,128,200)", layout: layout(.rgb, samples: 3, allocated: 8),
         choice: .samples([16, 128, 200])),
    Case(name: "8-bit RGB planar (16,128,200)", layout: layout(.rgb, samples: 3, allocated: 8, planar: true),
         choice: .samples([16, 128, 200])),
    Case(name: "8-bit YBR_FULL_422 (0,128,128)", layout: layout(.ybrFull422, samples: 3, allocated: 8), choice: .black),
    Case(name: "16-bit RGB interleaved (1,2,3)", layout: layout(.rgb, samples: 3, allocated: 16), choice: .samples([1, 2, 3])),
]

let rects = rectangles(size: size)
let coveredPixels = rects.reduce(0) { $0 + $1.clipped(columns: size, rows: size).area }
print("fill-benchmark: \(size)x\(size) frames, \(rects.count) rectangles covering "
      + "\(Double(coveredPixels * 1000 / (size * size)) / 10)% of the frame; best of \(runs) runs")
print("case                                      redact GB/s   naive GB/s  memset GB/s   x naive  of memset")
var checksum = 0
for test in cases {
    do {
        let color = try FillColor(test.choice, for: test.layout)
        var buffer = PixelBuffer(zeroed: test.layout)
        let bytesPerPixel = test.layout.unpackedFrameLength / (size * size)
        let written = Double(coveredPixels * bytesPerPixel)
        var reference = PixelBuffer(zeroed: test.layout)
        var whole = PixelBuffer(zeroed: test.layout)
        let words = color.storedWords
        var value: UInt8 = 0
        let times = bestTimes(runs: runs, [
            { _ = try? PixelFiller.fill(rects, with: color, in: &buffer) },
            { naiveFill(rects, words: words, in: &reference) },
            {
                value &+= 1
                whole.bytes.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
            },
        ])
        let (fast, naive, memset) = (times[0], times[1], times[2])
        guard reference.bytes == buffer.bytes else {
            print("\(test.name): the fill and the naive loop disagree")
            continue
        }
        checksum &+= Int(buffer.bytes[buffer.offset(x: rects[0].x, y: rects[0].y)]) &+ Int(whole.bytes[whole.bytes.count / 2])
        let gbps = { (bytes: Double, seconds: Double) in bytes / seconds / 1e9 }
        let fastRate = gbps(written, fast), naiveRate = gbps(written, naive)
        let memsetRate = gbps(Double(test.layout.unpackedFrameLength), memset)
        func cell(_ value: Double, _ format: Int) -> String {
            let text = String((value * 100).rounded() / 100)
            return String(repeating: " ", count: max(format - text.count, 0)) + text
        }
        let name = test.name + String(repeating: " ", count: max(40 - test.name.count, 0))
        print("\(name) \(cell(fastRate, 12)) \(cell(naiveRate, 12)) \(cell(memsetRate, 12)) "
              + "\(cell(fastRate / naiveRate, 9)) \(cell(fastRate / memsetRate, 10))")
    } catch {
        print("\(test.name): \(error)")
    }
}
print("(checksum \(checksum))")
