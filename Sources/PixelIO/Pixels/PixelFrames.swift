import FoundationEssentials

/// Access to the frames of a file's Pixel Data one at a time, so memory stays bounded by one
/// frame however many frames the file has.
public struct PixelFrames: Sendable {
    /// The layout the header describes.
    public let description: PixelDescription
    /// The transfer syntax the pixel data is stored in.
    public let transferSyntax: TransferSyntax
    /// The colour lookup table of a PALETTE COLOR image (nil otherwise, or when the table is
    /// missing or unreadable: users that need it must fail then).
    public let palette: PaletteLUT?
    private let storage: Storage

    private enum Storage: Sendable {
        case native(Data, vr: VR, order: ByteOrder)
        case encapsulated([Range<Int>], fragments: [Data])
    }

    /// Locates the frames of a file's top-level Pixel Data.
    public init(file: DicomFile) throws(DicomError) {
        try file.requireComplete()
        let dataset = file.dataset
        guard let element = dataset[.pixelData] else {
            throw DicomError(.missingAttribute, "the file has no Pixel Data", tag: .pixelData)
        }
        let description = try PixelDescription(dataset: dataset)
        self.description = description
        self.transferSyntax = file.transferSyntax
        self.palette = description.photometric == .paletteColor ? try? PaletteLUT(dataset: dataset) : nil
        switch element.value {
        case .bytes(let data):
            guard !file.transferSyntax.isEncapsulated else {
                throw DicomError(.invalidPixelData,
                                 "Pixel Data is native but the transfer syntax \(file.transferSyntax) is encapsulated",
                                 tag: .pixelData)
            }
            let needed = (description.bitsPerFrame * description.numberOfFrames + 7) / 8
            guard data.count >= needed else {
                throw DicomError(.invalidPixelData,
                                 "Pixel Data holds \(data.count) bytes; \(description.numberOfFrames) frame(s) of "
                                 + "\(description.columns)x\(description.rows)x\(description.samplesPerPixel) "
                                 + "at \(description.bitsAllocated) bits need \(needed)", tag: .pixelData)
            }
            storage = .native(data, vr: element.vr, order: dataset.byteOrder)
        case .fragments(let encapsulated):
            guard file.transferSyntax.isEncapsulated else {
                throw DicomError(.invalidPixelData,
                                 "Pixel Data is encapsulated but the transfer syntax \(file.transferSyntax) is not",
                                 tag: .pixelData)
            }
            let ranges = try FrameLocator.frameFragments(encapsulated, frames: description.numberOfFrames,
                                                        extendedOffsets: Self.extendedOffsets(dataset),
                                                        syntax: file.transferSyntax)
            storage = .encapsulated(ranges, fragments: encapsulated.fragments)
        case .sequence:
            throw DicomError(.invalidPixelData, "Pixel Data is a sequence", tag: .pixelData)
        }
    }

    /// The number of frames.
    public var count: Int { description.numberOfFrames }

    /// The stored bytes of frame `index` for an encapsulated syntax (its fragments joined).
    public func encodedFrame(_ index: Int) throws(DicomError) -> Data {
        guard case .encapsulated(let ranges, let fragments) = storage else {
            throw DicomError(.invalidPixelData, "pixel data is not encapsulated")
        }
        try check(index)
        let range = ranges[index]
        if range.count == 1 { return fragments[range.lowerBound] }
        var joined = Data()
        for fragment in fragments[range] { joined.append(fragment) }
        return joined
    }

    /// The fragments of frame `index` exactly as stored (for copying unchanged frames).
    public func encodedFragments(_ index: Int) throws(DicomError) -> [Data] {
        guard case .encapsulated(let ranges, let fragments) = storage else {
            throw DicomError(.invalidPixelData, "pixel data is not encapsulated")
        }
        try check(index)
        return Array(fragments[ranges[index]])
    }

    /// Decodes frame `index` into a native frame.
    public func frame(_ index: Int) throws(DicomError) -> PixelBuffer {
        try check(index)
        switch storage {
        case .native(let data, let vr, let order):
            let frame = try NativePixels.readFrame(index, from: data, vr: vr, order: order, description: description)
            let length = (description.bitsPerFrame + 7) / 8
            let start = data.startIndex + index * description.bitsPerFrame / 8
            FileBytes.releasePages(of: data[start..<min(start + length, data.endIndex)])
            return frame
        case .encapsulated:
            guard let codec = CodecRegistry.codec(for: transferSyntax) else {
                throw DicomError(.unsupportedTransferSyntax, "no decoder for \(transferSyntax) (\(transferSyntax.uid))")
            }
            do {
                let encoded = try encodedFrame(index)
                let frame = try codec.decodeFrame(encoded, description: description)
                for fragment in try encodedFragments(index) { FileBytes.releasePages(of: fragment) }
                return frame
            } catch {
                var located = error
                located.message = "frame \(index + 1): " + located.message
                throw located
            }
        }
    }

    private func check(_ index: Int) throws(DicomError) {
        guard (0..<count).contains(index) else {
            throw DicomError(.invalidValue, "frame \(index + 1) does not exist (the file has \(count))")
        }
    }

    private static func extendedOffsets(_ dataset: DataSet) -> [UInt64]? {
        guard let data = dataset[.extendedOffsetTable]?.bytes, data.count % 8 == 0, !data.isEmpty else { return nil }
        return data.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count, by: 8).map { raw.loadUInt64(at: $0, order: dataset.byteOrder) }
        }
    }
}
