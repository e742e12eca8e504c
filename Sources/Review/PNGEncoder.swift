import CZlib
import FoundationEssentials

/// Encodes 8-bit grey or RGB images as PNG (ISO/IEC 15948): one IHDR, one zlib-compressed IDAT
/// with the Up filter on every row, IEND.
enum PNGEncoder {
    /// Why an image could not be encoded.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The PNG of `pixels` (`width * height * channels` bytes, rows top to bottom; 1 channel is
    /// grey, 3 is RGB).
    static func encode(_ pixels: [UInt8], width: Int, height: Int, channels: Int) throws(Failure) -> Data {
        guard channels == 1 || channels == 3, width > 0, height > 0, pixels.count == width * height * channels else {
            throw Failure(description: "PNG: \(width)x\(height)x\(channels) does not match \(pixels.count) bytes")
        }
        let stride = width * channels
        // Each row: filter type 2 (Up), then each byte minus the byte above it.
        var filtered = [UInt8](repeating: 0, count: (stride + 1) * height)
        pixels.withUnsafeBufferPointer { source in
            filtered.withUnsafeMutableBufferPointer { out in
                for y in 0..<height {
                    let row = y * (stride + 1)
                    out[row] = 2
                    let here = y * stride, above = (y - 1) * stride
                    for x in 0..<stride {
                        out[row + 1 + x] = y == 0 ? source[here + x] : source[here + x] &- source[above + x]
                    }
                }
            }
        }
        var compressed = [UInt8](repeating: 0, count: Int(compressBound(uLong(filtered.count))))
        var length = uLongf(compressed.count)
        let status = compressed.withUnsafeMutableBufferPointer { out in
            filtered.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &length, input.baseAddress, uLong(input.count), 6)
            }
        }
        guard status == Z_OK else { throw Failure(description: "PNG: zlib compress2 failed (status \(status))") }

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, channels == 1 ? 0 : 2, 0, 0, 0])
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", Data(compressed[0..<Int(length)]), to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    /// Appends a chunk: length, type, data, CRC-32 of type and data.
    private static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        let typed = Data(type.utf8) + body
        png.appendBigEndian(UInt32(body.count))
        png.append(typed)
        let crc = typed.withUnsafeBytes { raw in
            crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count))
        }
        png.appendBigEndian(UInt32(crc))
    }
}

extension Data {
    /// Appends `value` most significant byte first.
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
