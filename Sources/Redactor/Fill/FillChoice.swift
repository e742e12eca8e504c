import PixelIO

/// Which colour to blank regions with, before it is resolved against an image's pixel layout.
public enum FillChoice: Sendable, Hashable, Codable {
    /// Black that keeps the image's own value range (the default): a grey frame is blanked with
    /// the darkest value it holds (MONOCHROME2 its lowest stored value, MONOCHROME1 its highest),
    /// such as a CT's padding value outside the scan circle, so no value appears that the image
    /// never had (windowing by value range, Hounsfield statistics and padding stay valid).
    /// Colour and palette images, and frames not decoded (the DCT path), get `.black`.
    case darkest
    /// What reads as blank on a display: MONOCHROME2 takes the lowest value Bits Stored allows,
    /// MONOCHROME1 the highest, colour images zero intensity.
    case black
    /// The opposite extreme: the brightest value the photometric interpretation can show.
    case white
    /// Explicit stored values, one per sample of a pixel in the image's own components
    /// (Y, Cb, Cr for YBR; the palette index for PALETTE COLOR).
    case samples([Int64])

    /// Parses a command-line spelling: `darkest`, `black` (or `blank`), `white`, or stored values separated
    /// by commas (`0` or `0,128,128`). Nil when the text is none of these.
    public init?(parsing text: String) {
        let trimmed = text.lowercased().filter { $0 != " " }
        switch trimmed {
        case "darkest": self = .darkest
        case "black", "blank": self = .black
        case "white": self = .white
        default:
            let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
            var values: [Int64] = []
            for part in parts {
                guard let value = Int64(part) else { return nil }
                values.append(value)
            }
            guard !values.isEmpty else { return nil }
            self = .samples(values)
        }
    }

    /// The choice made concrete for one grey frame: `.darkest` becomes the darkest value
    /// `frame` holds; other choices, and frames that are not grey, are unchanged (`.darkest`
    /// then resolves as `.black`).
    public func resolved(for frame: PixelBuffer) -> FillChoice {
        guard self == .darkest else { return self }
        switch frame.description.photometric {
        case .monochrome2: return .samples([frame.valueRange().lowerBound])
        case .monochrome1: return .samples([frame.valueRange().upperBound])
        default: return .darkest
        }
    }
}
