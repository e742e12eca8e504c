import PixelIO

/// The stored sample values a region is blanked with, chosen for one pixel layout.
///
/// For `.black` (and `.darkest` where no frame made it concrete), the value that reads as blank:
/// - MONOCHROME2: the lowest stored value (0, or -2^(Bits Stored-1) when signed);
/// - MONOCHROME1: the highest stored value (2^Bits Stored - 1, or 2^(Bits Stored-1) - 1 when signed);
/// - RGB: (0, 0, 0), the lowest value of each sample;
/// - YBR_FULL, YBR_FULL_422, YBR_ICT, YBR_RCT: Y at its lowest, Cb and Cr neutral (the middle of the
///   stored range: 128 for 8 bits, 2^(Bits Stored-1) in general, 0 when signed);
/// - YBR_PARTIAL_422/420: Y = 16 and Cb = Cr = 128, scaled to Bits Stored (video range);
/// - PALETTE COLOR: the stored index whose lookup table entry is closest to black.
///
/// How the values sit in a sample word is `storedWords`: the value occupies Bits Stored bits ending
/// at High Bit. The bits outside Bits Stored come out uniform over every filled area, so nothing kept
/// in them (an overlay in the high bits, say) survives there: bits below the stored value are zero;
/// bits above High Bit are zero, except for signed data, where they repeat the sign bit (as most
/// signed images are written, so a reader that ignores Bits Stored still sees the fill value).
public struct FillColor: Sendable, Equatable {
    /// Stored values, one per sample of a pixel (Y, Cb, Cr for YBR; the index for PALETTE COLOR).
    public let samples: [Int64]
    /// The layout the values were chosen for; fills check a frame's layout against it.
    public let layout: PixelDescription

    /// Resolves `choice` for frames described by `layout`. PALETTE COLOR needs `palette` for the
    /// named choices. Throws when explicit values do not fit (wrong count, outside the stored range)
    /// or the layout has no defined blank (an unknown photometric interpretation).
    public init(_ choice: FillChoice = .black, for layout: PixelDescription, palette: PaletteLUT? = nil) throws(DicomError) {
        let range = Self.storedRange(of: layout)
        switch choice {
        case .samples(let values):
            guard values.count == layout.samplesPerPixel else {
                throw DicomError(.invalidValue,
                                 "\(values.count) fill values given for \(layout.samplesPerPixel) samples per pixel")
            }
            if let outside = values.first(where: { !range.contains($0) }) {
                throw DicomError(.invalidValue, "fill value \(outside) is outside the stored range \(range)")
            }
            samples = values
        case .darkest, .black, .white:
            samples = try Self.named(white: choice == .white, layout: layout, range: range, palette: palette)
        }
        self.layout = layout
    }

    /// The blank fill (`.black`) for `layout`.
    public static func blank(for layout: PixelDescription, palette: PaletteLUT? = nil) throws(DicomError) -> FillColor {
        try FillColor(.black, for: layout, palette: palette)
    }

    /// The sample words as they are stored in a frame (before little-endian byte order): each value
    /// masked to Bits Stored and shifted up to High Bit, the bits outside filled as described above.
    public var storedWords: [UInt64] {
        samples.map { Self.storedWord($0, layout: layout) }
    }

    /// The range of stored values Bits Stored and Pixel Representation allow. Unsigned 64-bit values
    /// above `Int64.max` cannot be expressed and are left out.
    public static func storedRange(of layout: PixelDescription) -> ClosedRange<Int64> {
        let bits = min(max(layout.bitsStored, 1), 64)
        if layout.isSigned {
            guard bits < 64 else { return Int64.min...Int64.max }
            return -(Int64(1) << (bits - 1))...((Int64(1) << (bits - 1)) - 1)
        }
        guard bits < 64 else { return 0...Int64.max }
        return 0...((Int64(1) << bits) - 1)
    }

    /// One value placed in a sample word.
    static func storedWord(_ value: Int64, layout: PixelDescription) -> UInt64 {
        let bits = min(max(layout.bitsStored, 1), 64)
        let mask: UInt64 = bits >= 64 ? ~0 : (1 << UInt64(bits)) - 1
        let shift = UInt64(max(layout.highBit + 1 - bits, 0))
        var word = (UInt64(bitPattern: value) & mask) << shift
        let top = layout.highBit + 1
        if layout.isSigned, value < 0, top < 64 {
            // Repeat the sign bit through the bits above High Bit, up to Bits Allocated.
            let allocated: UInt64 = layout.bitsAllocated >= 64 ? ~0 : (1 << UInt64(max(layout.bitsAllocated, 1))) - 1
            word |= allocated & ~((1 << UInt64(top)) - 1)
        }
        return word
    }

    /// The values of `.black` (blank) or `.white` for a photometric interpretation.
    private static func named(white: Bool, layout: PixelDescription, range: ClosedRange<Int64>,
                              palette: PaletteLUT?) throws(DicomError) -> [Int64] {
        let low = white ? range.upperBound : range.lowerBound
        let neutral = layout.isSigned ? 0 : range.upperBound / 2 + 1
        let photometric = layout.photometric
        let expected: Int
        let values: [Int64]
        switch photometric {
        case .monochrome2:
            expected = 1
            values = [low]
        case .monochrome1:
            expected = 1
            values = [white ? range.lowerBound : range.upperBound]
        case .rgb:
            expected = 3
            values = [low, low, low]
        case .ybrFull, .ybrFull422, .ybrICT, .ybrRCT:
            expected = 3
            values = [low, neutral, neutral]
        case Photometric(rawValue: "YBR_PARTIAL_422"), .ybrPartial420:
            expected = 3
            let scale = max(layout.bitsStored - 8, 0)
            let y: Int64 = white ? 235 << scale : 16 << scale
            let c: Int64 = 128 << scale
            values = [min(y, range.upperBound), min(c, range.upperBound), min(c, range.upperBound)]
        case .paletteColor:
            expected = 1
            guard let palette else {
                throw DicomError(.missingAttribute, "a PALETTE COLOR fill needs the image's palette")
            }
            values = [try paletteIndex(closestToWhite: white, palette: palette, range: range)]
        default:
            throw DicomError(.invalidValue,
                             "no blank value is defined for Photometric Interpretation \(photometric); give explicit fill values")
        }
        guard layout.samplesPerPixel == expected else {
            throw DicomError(.invalidValue,
                             "\(photometric) with \(layout.samplesPerPixel) samples per pixel has no defined blank")
        }
        return values
    }

    /// The stored index (within `range`) whose palette entry is nearest black, or white; the lowest
    /// such index on ties.
    private static func paletteIndex(closestToWhite white: Bool, palette: PaletteLUT,
                                     range: ClosedRange<Int64>) throws(DicomError) -> Int64 {
        let top = Int64(palette.bitsPerEntry >= 16 ? 65535 : 255)
        let target = white ? top : 0
        var best: (index: Int64, distance: Int64)?
        let entries = min(palette.red.count, palette.green.count, palette.blue.count)
        for entry in 0..<entries {
            let index = Int64(palette.firstMapped) + Int64(entry)
            guard range.contains(index) else { continue }
            let dr = Int64(palette.red[entry]) - target
            let dg = Int64(palette.green[entry]) - target
            let db = Int64(palette.blue[entry]) - target
            let distance = dr * dr + dg * dg + db * db
            if best.map({ distance < $0.distance }) ?? true { best = (index, distance) }
        }
        guard let best else {
            throw DicomError(.invalidValue, "no palette entry maps a stored value in \(range)")
        }
        return best.index
    }
}
