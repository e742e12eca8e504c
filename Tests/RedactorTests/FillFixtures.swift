import Foundation
import PixelIO
import Testing
import TestSupport

/// Shared helpers for the fill and header contract tests.
enum FillFixtures {
    /// A frame of random bytes (every bit, unused ones included, set at random).
    static func randomBuffer(_ description: PixelDescription, seed: UInt64 = 1) throws -> PixelBuffer {
        var random = SeededGenerator(seed: seed)
        var bytes = (0..<description.unpackedFrameLength).map { _ in UInt8.random(in: 0...255, using: &random) }
        if description.bitsAllocated == 1 {
            bytes = bytes.map { $0 & 1 }
        }
        return try PixelBuffer(description: description, bytes: bytes)
    }

    /// The frame filled the slow, obvious way: every sample of every covered pixel gets its word.
    /// 4:2:2 frames are handled as pairs (Y Y Cb Cr), the rectangle grown to even columns.
    static func referenceFill(_ buffer: PixelBuffer, rects: [PixelRect], words: [UInt64]) -> [UInt8] {
        let d = buffer.description
        var bytes = buffer.bytes
        let size = d.bytesPerSample
        func put(_ word: UInt64, at offset: Int) {
            for byte in 0..<size { bytes[offset + byte] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(byte))) }
        }
        for rect in rects {
            let clipped = rect.clipped(columns: d.columns, rows: d.rows)
            guard !clipped.isEmpty else { continue }
            if d.photometric.isChromaSubsampled && d.samplesPerPixel == 3 {
                let pairs = (d.columns + 1) / 2
                for y in clipped.y..<clipped.maxY {
                    for pair in (clipped.x / 2)...((clipped.maxX - 1) / 2) {
                        let base = (y * pairs + pair) * 4 * size
                        for (index, word) in [words[0], words[0], words[1], words[2]].enumerated() {
                            put(word, at: base + index * size)
                        }
                    }
                }
                continue
            }
            for y in clipped.y..<clipped.maxY {
                for x in clipped.x..<clipped.maxX {
                    for sample in 0..<d.samplesPerPixel {
                        put(words[sample], at: buffer.offset(x: x, y: y, sample: sample))
                    }
                }
            }
        }
        return bytes
    }

    /// Rectangles that exercise clipping: inside, across every edge, outside, empty, overlapping,
    /// whole rows.
    static func rects(columns: Int, rows: Int) -> [PixelRect] {
        [
            PixelRect(x: 1, y: 1, width: 3, height: 2),
            PixelRect(x: -2, y: -3, width: 5, height: 6),
            PixelRect(x: columns - 3, y: rows - 2, width: 10, height: 10),
            PixelRect(x: columns / 2, y: 0, width: 1, height: rows),
            PixelRect(x: 2, y: 2, width: 4, height: 3),
            PixelRect(x: columns + 4, y: 0, width: 3, height: 3),
            PixelRect(x: 0, y: 0, width: 0, height: 5),
            PixelRect(x: 0, y: rows - 1, width: columns, height: 1),
            PixelRect(x: -1, y: 3, width: columns + 5, height: 3),
        ]
    }

    /// A dataset holding a palette: 8 entries starting at `first`, 16-bit, entry `dark` black,
    /// entry `bright` white, the others mid-grey colours.
    static func paletteDataset(first: UInt16 = 0, dark: Int, bright: Int, entries: Int = 8) -> DataSet {
        var dataset = DataSet()
        let tags: [(PixelIO.Tag, PixelIO.Tag)] = [(.redPaletteDescriptor, .redPaletteData), (.greenPaletteDescriptor, .greenPaletteData),
                                  (.bluePaletteDescriptor, .bluePaletteData)]
        for (channel, (descriptor, data)) in tags.enumerated() {
            dataset.setUInt16(descriptor, [UInt16(entries), first, 16])
            let values: [UInt16] = (0..<entries).map { index in
                if index == dark { return 0 }
                if index == bright { return 65535 }
                return UInt16(20000 + 3000 * channel + 1000 * index)
            }
            var bytes: [UInt8] = []
            for value in values { bytes += [UInt8(value & 0xFF), UInt8(value >> 8)] }
            dataset.set(DataElement(tag: data, vr: .OW, value: .bytes(Data(bytes))))
        }
        return dataset
    }

    /// The full path of a command on PATH, when present.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Says why a test is skipped; a failure where references are required ($REDACT_REQUIRE_REFERENCES=1).
    static func skip(_ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["REDACT_REQUIRE_REFERENCES"] == "1" {
            Issue.record("required reference missing: \(reason)", sourceLocation: sourceLocation)
        } else {
            print("SKIPPED: \(reason)")
        }
    }

    /// Runs a program; returns its exit status and standard output and error together.
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
