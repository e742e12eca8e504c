import FoundationEssentials

/// What becomes of one frame when a file's Pixel Data is rewritten with some frames changed.
public enum FrameEdit: Sendable {
    /// The frame as stored: its fragments copied byte for byte (encapsulated output from the same
    /// syntax), its native bytes copied (native output from native input), or decoded and written
    /// (native output from encapsulated input).
    case keep
    /// New samples, for native output.
    case pixels(PixelBuffer)
    /// New fragments, for encapsulated output.
    case encoded(EncodedFrame)
}

/// Writes a file's top-level Pixel Data frame by frame, asking `edit` what to write for each
/// frame, so that frames nobody changed keep their stored bytes and memory stays bounded by one
/// frame.
///
/// Encapsulated output gets a Basic Offset Table for the frames as written (the caller removes any
/// Extended Offset Table, which described the old fragments). Native output is written in the
/// dataset's byte order with the source element's VR (OB/OW by Bits Allocated when the source was
/// encapsulated); every frame must have the layout `layout` says.
public struct FrameEditWriter: PixelDataWriter {
    /// The frames of the file being rewritten.
    public let frames: PixelFrames
    /// True to write encapsulated fragments, false to write native Pixel Data.
    public let encapsulated: Bool
    /// The layout of native output frames (ignored for encapsulated output).
    public let layout: PixelDescription
    /// What to write for frame `index` (0-based); called once per frame, in order.
    public let edit: (Int) throws(DicomError) -> FrameEdit
    /// The source's native Pixel Data, its VR and byte order, when the source is native.
    private let nativeSource: (data: Data, vr: VR, order: ByteOrder)?

    /// A writer over `file`'s frames. `layout` is the layout of native output frames (for native
    /// input usually the header's; for decoded compressed input what the codec decodes to).
    public init(file: DicomFile, frames: PixelFrames, encapsulated: Bool, layout: PixelDescription,
                edit: @escaping (Int) throws(DicomError) -> FrameEdit) {
        self.frames = frames
        self.encapsulated = encapsulated
        self.layout = layout
        self.edit = edit
        if !file.transferSyntax.isEncapsulated, let element = file.dataset[.pixelData], let data = element.bytes {
            nativeSource = (data, element.vr, file.dataset.byteOrder)
        } else {
            nativeSource = nil
        }
    }

    public func writePixelData(to out: ByteWriter, encoding: ElementEncoding) throws(DicomError) {
        if encapsulated {
            try writeEncapsulated(to: out)
        } else {
            let vr = nativeVR
            let value = try nativeValue(order: encoding.byteOrder, streamTo: nil)
            let length = nativeLength
            try out.writeElementHeader(tag: .pixelData, vr: vr, length: UInt32(padded(length)), encoding: encoding)
            if let value {
                try out.write(value)
            } else {
                _ = try nativeValue(order: encoding.byteOrder, streamTo: out)
            }
            if length & 1 == 1 { try out.write([0]) }
        }
    }

    /// The whole native Pixel Data element built in memory (for deflated datasets, which cannot be
    /// streamed): value in `order`, padded to even length.
    public func nativeElement(order: ByteOrder) throws(DicomError) -> DataElement {
        let out = ByteWriter()
        if let value = try nativeValue(order: order, streamTo: nil) {
            try out.write(value)
        } else {
            _ = try nativeValue(order: order, streamTo: out)
        }
        if nativeLength & 1 == 1 { try out.write([0]) }
        return DataElement(tag: .pixelData, vr: nativeVR, value: .bytes(out.data))
    }

    // MARK: Native

    private var nativeVR: VR {
        if let source = nativeSource, source.vr == .OB || source.vr == .OW { return source.vr }
        return layout.bitsAllocated > 8 ? .OW : .OB
    }

    /// Bytes of native Pixel Data without padding.
    private var nativeLength: Int { (layout.bitsPerFrame * frames.count + 7) / 8 }

    /// Streams the native value into `out` and returns nil when frames can be written one by one;
    /// otherwise (1-bit frames, or big-endian words that straddle frames) builds the whole value and
    /// returns it without writing.
    private func nativeValue(order: ByteOrder, streamTo out: ByteWriter?) throws(DicomError) -> [UInt8]? {
        guard padded(nativeLength) <= 0xFFFF_FFFE else {
            throw DicomError(.invalidPixelData,
                             "\(frames.count) frames need \(nativeLength) bytes of native Pixel Data, more than one element can hold (4 GiB)")
        }
        let vr = nativeVR
        let swapSize = order == .big ? NativePixels.byteSwapSize(vr: vr, bitsAllocated: layout.bitsAllocated) : 1
        let frameLength = layout.bitsPerFrame / 8
        let streamable = layout.bitsAllocated > 1 && frameLength % swapSize == 0
        if streamable {
            guard let out else { return nil }
            for index in 0..<frames.count {
                try out.write(try frameBytes(index, vr: vr, order: order))
            }
            return nil
        }
        guard out == nil else { return nil }
        // Whole value: little-endian frames (1-bit ones packed into one bit stream), then swapped.
        var value: [UInt8] = []
        var packer = BitPacker()
        for index in 0..<frames.count {
            let frame = try nativeFrame(index)
            value += layout.bitsAllocated == 1 ? packer.pack(frame.bytes) : frame.bytes
        }
        value += packer.finish()
        if swapSize > 1 {
            if value.count % swapSize != 0 { value += [UInt8](repeating: 0, count: swapSize - value.count % swapSize) }
            reverseWords(&value, size: swapSize)
            value.removeLast(value.count - nativeLength)
        }
        return value
    }

    /// Frame `index` as native bytes in `order`: copied from the source when kept and native.
    private func frameBytes(_ index: Int, vr: VR, order: ByteOrder) throws(DicomError) -> [UInt8] {
        let change = try edit(index)
        if case .keep = change, let source = nativeSource, sourceMatches(order: order, vr: vr) {
            let length = layout.bitsPerFrame / 8
            let start = source.data.startIndex + index * length
            guard start + length <= source.data.endIndex else {
                throw DicomError(.invalidPixelData, "frame \(index + 1) lies beyond the end of Pixel Data", tag: .pixelData)
            }
            return [UInt8](source.data[start..<start + length])
        }
        return NativePixels.frameBytes(try frame(for: change, index: index), vr: vr, order: order)
    }

    /// True when the source's stored bytes are what the output wants for a kept frame.
    private func sourceMatches(order: ByteOrder, vr: VR) -> Bool {
        guard let source = nativeSource, frames.description == layout || sameStorage(frames.description, layout) else {
            return false
        }
        return source.order == order && source.vr == vr
    }

    private func sameStorage(_ a: PixelDescription, _ b: PixelDescription) -> Bool {
        a.bitsPerFrame == b.bitsPerFrame && a.bitsAllocated == b.bitsAllocated && a.rows == b.rows && a.columns == b.columns
    }

    /// Frame `index` as little-endian samples in `layout`.
    private func nativeFrame(_ index: Int) throws(DicomError) -> PixelBuffer {
        try frame(for: try edit(index), index: index)
    }

    private func frame(for change: FrameEdit, index: Int) throws(DicomError) -> PixelBuffer {
        let buffer: PixelBuffer
        switch change {
        case .keep: buffer = try frames.frame(index)
        case .pixels(let pixels): buffer = pixels
        case .encoded:
            throw DicomError(.invalidPixelData, "frame \(index + 1): encoded fragments cannot be written as native Pixel Data")
        }
        guard buffer.bytes.count == layout.unpackedFrameLength, buffer.description.bitsAllocated == layout.bitsAllocated else {
            throw DicomError(.invalidPixelData, "frame \(index + 1) decodes to a different layout than the output's")
        }
        return buffer
    }

    // MARK: Encapsulated

    private func writeEncapsulated(to out: ByteWriter) throws(DicomError) {
        try writeEncapsulatedPixelData(to: out, encoding: .explicitLittle, frameCount: frames.count) { index throws(DicomError) in
            switch try edit(index) {
            case .keep: return try frames.encodedFragments(index)
            case .encoded(let encoded): return encoded.fragments
            case .pixels:
                throw DicomError(.invalidPixelData, "frame \(index + 1): native samples cannot be written as encapsulated Pixel Data")
            }
        }
    }
}
