/// Which colour to blank regions with, before it is resolved against an image's pixel layout.
public enum FillChoice: Sendable, Hashable, Codable {
    /// What reads as blank on a display: black (the default). MONOCHROME2 takes the lowest
    /// stored value, MONOCHROME1 the highest, colour images zero intensity.
    case black
    /// The opposite extreme: the brightest value the photometric interpretation can show.
    case white
    /// Explicit stored values, one per sample of a pixel in the image's own components
    /// (Y, Cb, Cr for YBR; the palette index for PALETTE COLOR).
    case samples([Int64])

    /// Parses a command-line spelling: `black` (or `blank`), `white`, or stored values separated
    /// by commas (`0` or `0,128,128`). Nil when the text is none of these.
    public init?(parsing text: String) {
        let trimmed = text.lowercased().filter { $0 != " " }
        switch trimmed {
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
}
