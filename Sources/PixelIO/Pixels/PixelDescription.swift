/// A Photometric Interpretation (0028,0004) value.
public struct Photometric: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The defined term, e.g. "MONOCHROME2".
    public let rawValue: String
    /// Wraps a defined term.
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let monochrome1 = Photometric(rawValue: "MONOCHROME1")
    public static let monochrome2 = Photometric(rawValue: "MONOCHROME2")
    public static let paletteColor = Photometric(rawValue: "PALETTE COLOR")
    public static let rgb = Photometric(rawValue: "RGB")
    public static let ybrFull = Photometric(rawValue: "YBR_FULL")
    public static let ybrFull422 = Photometric(rawValue: "YBR_FULL_422")
    public static let ybrPartial420 = Photometric(rawValue: "YBR_PARTIAL_420")
    public static let ybrICT = Photometric(rawValue: "YBR_ICT")
    public static let ybrRCT = Photometric(rawValue: "YBR_RCT")

    /// True for MONOCHROME1 and MONOCHROME2.
    public var isMonochrome: Bool { self == .monochrome1 || self == .monochrome2 }
    /// True for the YBR family.
    public var isYBR: Bool { rawValue.hasPrefix("YBR") }
    /// True where two horizontal pixels share one pair of chroma samples in native encoding.
    public var isChromaSubsampled: Bool { rawValue.hasSuffix("_422") || rawValue.hasSuffix("_420") }

    public var description: String { rawValue }
}

/// How the pixels of an image are stored: the image pixel attributes of group 0028.
public struct PixelDescription: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    public var samplesPerPixel: Int
    public var bitsAllocated: Int
    public var bitsStored: Int
    public var highBit: Int
    /// Pixel Representation 1: samples are two's complement.
    public var isSigned: Bool
    /// Planar Configuration 1: all of one sample, then the next (colour only).
    public var isPlanar: Bool
    public var photometric: Photometric
    public var numberOfFrames: Int

    /// Creates a description from its values.
    public init(rows: Int, columns: Int, samplesPerPixel: Int = 1, bitsAllocated: Int, bitsStored: Int? = nil,
                highBit: Int? = nil, isSigned: Bool = false, isPlanar: Bool = false,
                photometric: Photometric = .monochrome2, numberOfFrames: Int = 1) {
        self.rows = rows
        self.columns = columns
        self.samplesPerPixel = samplesPerPixel
        self.bitsAllocated = bitsAllocated
        self.bitsStored = bitsStored ?? bitsAllocated
        self.highBit = highBit ?? ((bitsStored ?? bitsAllocated) - 1)
        self.isSigned = isSigned
        self.isPlanar = isPlanar
        self.photometric = photometric
        self.numberOfFrames = numberOfFrames
    }

    /// Reads and checks the image pixel attributes of a dataset.
    public init(dataset: DataSet) throws(DicomError) {
        func required(_ tag: Tag, _ name: String) throws(DicomError) -> Int {
            guard let value = try optional(tag, name) else {
                throw DicomError(.missingAttribute, "\(name) \(tag) is missing or empty", tag: tag)
            }
            return value
        }
        func optional(_ tag: Tag, _ name: String) throws(DicomError) -> Int? {
            guard let element = dataset[tag], element.valueLength > 0 else { return nil }
            guard let value = dataset.integer(tag) else {
                let shown = dataset.string(tag).map { "'\($0)'" } ?? "its value"
                throw DicomError(.invalidValue, "\(name) \(tag): \(shown) is not a number", tag: tag)
            }
            return value
        }
        let rows = try required(.rows, "Rows")
        let columns = try required(.columns, "Columns")
        let bitsAllocated = try required(.bitsAllocated, "Bits Allocated")
        let samples = try optional(.samplesPerPixel, "Samples per Pixel") ?? 1
        let bitsStored = try optional(.bitsStored, "Bits Stored") ?? bitsAllocated
        let photometric = dataset.string(.photometricInterpretation).map(Photometric.init(rawValue:))
            ?? (samples == 1 ? .monochrome2 : .rgb)
        let frames = try optional(.numberOfFrames, "Number of Frames") ?? 1
        self.init(rows: rows, columns: columns, samplesPerPixel: samples, bitsAllocated: bitsAllocated,
                  bitsStored: bitsStored, highBit: try optional(.highBit, "High Bit") ?? (bitsStored - 1),
                  isSigned: dataset.integer(.pixelRepresentation) == 1,
                  isPlanar: samples > 1 && dataset.integer(.planarConfiguration) == 1,
                  photometric: photometric, numberOfFrames: max(frames, 1))
        try validate()
    }

    /// Throws when the attributes describe no sensible image (so no size computed from them can overflow).
    public func validate() throws(DicomError) {
        guard (1...65535).contains(rows), (1...65535).contains(columns) else {
            throw DicomError(.invalidValue, "image size \(columns)x\(rows) is out of range", tag: .rows)
        }
        guard [1, 3, 4].contains(samplesPerPixel) else {
            throw DicomError(.invalidValue, "Samples per Pixel \(samplesPerPixel) is not supported", tag: .samplesPerPixel)
        }
        guard [1, 8, 16, 32, 64].contains(bitsAllocated) else {
            throw DicomError(.invalidValue, "Bits Allocated \(bitsAllocated) is not supported", tag: .bitsAllocated)
        }
        guard (1...bitsAllocated).contains(bitsStored), highBit < bitsAllocated, highBit + 1 >= bitsStored else {
            throw DicomError(.invalidValue,
                             "Bits Stored \(bitsStored) / High Bit \(highBit) do not fit Bits Allocated \(bitsAllocated)",
                             tag: .bitsStored)
        }
        guard (1...1_000_000).contains(numberOfFrames) else {
            throw DicomError(.invalidValue, "Number of Frames \(numberOfFrames) is out of range", tag: .numberOfFrames)
        }
    }

    /// Bytes one stored sample takes in a native frame once unpacked (1-bit samples take a byte).
    public var bytesPerSample: Int { max(bitsAllocated / 8, 1) }

    /// Samples in one frame (a 4:2:2 frame stores two samples per pixel, not three).
    public var samplesPerFrame: Int {
        if photometric.isChromaSubsampled && samplesPerPixel == 3 {
            return rows * ((columns + 1) / 2) * 4
        }
        return rows * columns * samplesPerPixel
    }

    /// Bits of native Pixel Data per frame.
    public var bitsPerFrame: Int { samplesPerFrame * bitsAllocated }

    /// Bytes of a native frame once unpacked into a PixelBuffer.
    public var unpackedFrameLength: Int { samplesPerFrame * bytesPerSample }
}
