import PixelIO

/// A frame turned into the 8-bit channels that text detection works on: `luma`, the image as a
/// viewer shows it (bright is high, MONOCHROME1 inverted, stretched from the frame's darkest to
/// its brightest value so text at the top of the stored range is white whatever the header's
/// window says), and for colour frames `chroma`, how far each pixel is from grey (coloured text
/// on a grey image stands out there even where its brightness does not).
public struct DisplayChannels: Sendable {
    public var luma: GreyImage
    public var chroma: GreyImage?
    /// The colour of each pixel, 8 bits per sample interleaved, for colour frames (used to
    /// separate text of one colour from its surroundings).
    public var rgb: [UInt8]?

    /// Maps one frame. `palette` is needed for PALETTE COLOR frames.
    public init(frame: PixelBuffer, palette: PaletteLUT? = nil) throws(OCRError) {
        let d = frame.description
        if d.photometric == .paletteColor {
            guard let palette else { throw OCRError(message: "PALETTE COLOR frame without a palette") }
            self = DisplayChannels.fromPalette(frame, palette: palette)
        } else if d.samplesPerPixel == 3 {
            self = DisplayChannels.fromColour(frame)
        } else if d.samplesPerPixel == 1 {
            luma = DisplayChannels.monochrome(frame)
        } else {
            throw OCRError(message: "\(d.samplesPerPixel) samples per pixel cannot be shown")
        }
    }

    /// Wraps ready-made channels.
    public init(luma: GreyImage, chroma: GreyImage? = nil, rgb: [UInt8]? = nil) {
        self.luma = luma
        self.chroma = chroma
        self.rgb = rgb
    }

    /// The channel ink of `kind` was found in: chroma for coloured ink (luma in a grey frame,
    /// which has no coloured ink), luma otherwise.
    public func channel(for kind: InkKind) -> GreyImage {
        kind == .colour ? chroma ?? luma : luma
    }

    /// The channels inside `rect` (clipped to the image).
    public func cropped(to rect: PixelRect) -> DisplayChannels {
        let r = rect.clipped(columns: luma.width, rows: luma.height)
        var colour: [UInt8]?
        if let rgb {
            var out = [UInt8]()
            out.reserveCapacity(r.area * 3)
            for y in r.y..<r.maxY {
                let start = (y * luma.width + r.x) * 3
                out.append(contentsOf: rgb[start..<(start + r.width * 3)])
            }
            colour = out
        }
        return DisplayChannels(luma: luma.cropped(to: r), chroma: chroma?.cropped(to: r), rgb: colour)
    }

    /// Stretches the stored values of a one-sample frame to 0...255, inverting MONOCHROME1.
    static func monochrome(_ frame: PixelBuffer) -> GreyImage {
        let d = frame.description
        let count = d.rows * d.columns
        var out = [UInt8](repeating: 0, count: count)
        if d.bitsAllocated == 8 && d.bitsStored == 8 && d.highBit == 7 && !d.isSigned {
            var lo = UInt8.max, hi = UInt8.min
            for v in frame.bytes { lo = min(lo, v); hi = max(hi, v) }
            let table = stretchTable(lo: Int64(lo), hi: Int64(hi), invert: d.photometric == .monochrome1)
            for i in 0..<count { out[i] = table[Int(frame.bytes[i] &- lo)] }
            return GreyImage(width: d.columns, height: d.rows, pixels: out)
        }
        let values = frame.storedValues()
        guard let lo = values.min(), let hi = values.max() else { return GreyImage(width: d.columns, height: d.rows) }
        let invert = d.photometric == .monochrome1
        if hi - lo < 1 << 20 {
            let table = stretchTable(lo: lo, hi: hi, invert: invert)
            for i in 0..<count { out[i] = table[Int(values[i] - lo)] }
        } else {
            let span = Double(hi - lo)
            for i in 0..<count {
                let v = UInt8((Double(values[i] - lo) * 255 / span).rounded())
                out[i] = invert ? 255 - v : v
            }
        }
        return GreyImage(width: d.columns, height: d.rows, pixels: out)
    }

    /// A table from `value - lo` to the stretched 8-bit display value.
    private static func stretchTable(lo: Int64, hi: Int64, invert: Bool) -> [UInt8] {
        let span = max(hi - lo, 1)
        return (0...(hi - lo)).map { offset in
            let v = UInt8((offset * 255 + span / 2) / span)
            return invert ? 255 - v : v
        }
    }

    /// RGB and YBR frames: 8-bit RGB, then luma and chroma.
    static func fromColour(_ frame: PixelBuffer) -> DisplayChannels {
        let d = frame.description
        let count = d.rows * d.columns
        if d.bitsAllocated == 8 && d.bitsStored == 8 && !d.isSigned && d.photometric == .rgb {
            // The common case, without per-sample decoding.
            if !d.isPlanar { return fromRGB(frame.bytes, width: d.columns, height: d.rows) }
            var rgb = [UInt8](repeating: 0, count: count * 3)
            for i in 0..<count {
                rgb[3 * i] = frame.bytes[i]; rgb[3 * i + 1] = frame.bytes[count + i]; rgb[3 * i + 2] = frame.bytes[2 * count + i]
            }
            return fromRGB(rgb, width: d.columns, height: d.rows)
        }
        var rgb = [UInt8](repeating: 0, count: count * 3)
        let shift = max(0, d.bitsStored - 8)
        @inline(__always) func sample(_ offset: Int) -> Int {
            Int(clamping: frame.storedValue(atByte: offset) >> Int64(shift))
        }
        if d.photometric.isChromaSubsampled {
            // Native 4:2:2: Y Y Cb Cr for each pair of pixels.
            let pairs = (d.columns + 1) / 2
            for y in 0..<d.rows {
                for pair in 0..<pairs {
                    let base = ((y * pairs + pair) * 4) * d.bytesPerSample
                    let cb = sample(base + 2 * d.bytesPerSample), cr = sample(base + 3 * d.bytesPerSample)
                    for k in 0..<2 where pair * 2 + k < d.columns {
                        let luma = sample(base + k * d.bytesPerSample)
                        let (r, g, b) = ybrToRGB(luma, cb, cr)
                        let o = (y * d.columns + pair * 2 + k) * 3
                        rgb[o] = r; rgb[o + 1] = g; rgb[o + 2] = b
                    }
                }
            }
        } else {
            let isYBR = d.photometric == .ybrFull || d.photometric == .ybrICT || d.photometric == .ybrPartial420
            let isRCT = d.photometric == .ybrRCT
            for y in 0..<d.rows {
                for x in 0..<d.columns {
                    let a = sample(frame.offset(x: x, y: y, sample: 0))
                    let b = sample(frame.offset(x: x, y: y, sample: 1))
                    let c = sample(frame.offset(x: x, y: y, sample: 2))
                    let o = (y * d.columns + x) * 3
                    if isYBR {
                        (rgb[o], rgb[o + 1], rgb[o + 2]) = ybrToRGB(a, b, c)
                    } else if isRCT {
                        let g = a - ((b - 128 + c - 128) >> 2)
                        rgb[o] = clampByte(c - 128 + g); rgb[o + 1] = clampByte(g); rgb[o + 2] = clampByte(b - 128 + g)
                    } else {
                        rgb[o] = clampByte(a); rgb[o + 1] = clampByte(b); rgb[o + 2] = clampByte(c)
                    }
                }
            }
        }
        return fromRGB(rgb, width: d.columns, height: d.rows)
    }

    /// PALETTE COLOR frames through their lookup table.
    static func fromPalette(_ frame: PixelBuffer, palette: PaletteLUT) -> DisplayChannels {
        let d = frame.description
        var rgb = [UInt8](repeating: 0, count: d.rows * d.columns * 3)
        let shift = UInt16(palette.bitsPerEntry > 8 ? 8 : 0)
        var i = 0
        for y in 0..<d.rows {
            for x in 0..<d.columns {
                let (r, g, b) = palette.rgb(for: Int(frame.value(x: x, y: y)))
                rgb[i] = UInt8(truncatingIfNeeded: r >> shift)
                rgb[i + 1] = UInt8(truncatingIfNeeded: g >> shift)
                rgb[i + 2] = UInt8(truncatingIfNeeded: b >> shift)
                i += 3
            }
        }
        return fromRGB(rgb, width: d.columns, height: d.rows)
    }

    /// Luma (Rec. 601 weights) and chroma (max - min of the three samples) of 8-bit RGB.
    public static func fromRGB(_ rgb: [UInt8], width: Int, height: Int) -> DisplayChannels {
        let count = width * height
        var luma = [UInt8](repeating: 0, count: count)
        var chroma = [UInt8](repeating: 0, count: count)
        rgb.withUnsafeBufferPointer { source in
            for i in 0..<count {
                let r = UInt16(source[3 * i]), g = UInt16(source[3 * i + 1]), b = UInt16(source[3 * i + 2])
                luma[i] = UInt8((r &* 77 &+ g &* 150 &+ b &* 29) >> 8)
                chroma[i] = UInt8(max(r, g, b) - min(r, g, b))
            }
        }
        return DisplayChannels(luma: GreyImage(width: width, height: height, pixels: luma),
                               chroma: GreyImage(width: width, height: height, pixels: chroma), rgb: rgb)
    }
}

@inline(__always) func clampByte(_ v: Int) -> UInt8 { UInt8(clamping: v) }

/// YCbCr (full range, ITU-R BT.601) to RGB.
@inline(__always) func ybrToRGB(_ y: Int, _ cb: Int, _ cr: Int) -> (UInt8, UInt8, UInt8) {
    let b = cb - 128, r = cr - 128
    return (clampByte(y + (91_881 * r + 32_768) >> 16),
            clampByte(y - (22_554 * b + 46_802 * r + 32_768) >> 16),
            clampByte(y + (116_130 * b + 32_768) >> 16))
}
