import FoundationEssentials

/// Writes native Pixel Data frame by frame from a source of frames.
struct NativeFrameWriter: PixelDataWriter {
    let frames: PixelFrames
    /// Frame 0, already decoded to learn the output layout.
    let first: PixelBuffer

    func writePixelData(to out: ByteWriter, encoding: ElementEncoding) throws(DicomError) {
        let d = first.description
        let vr: VR = d.bitsAllocated > 8 ? .OW : .OB
        let bits = d.bitsPerFrame * frames.count
        let length = (bits + 7) / 8
        guard padded(length) <= 0xFFFF_FFFE else {
            throw DicomError(.invalidPixelData,
                             "\(frames.count) frames need \(length) bytes of native Pixel Data, more than one element can hold (4 GiB)")
        }
        try out.writeElementHeader(tag: .pixelData, vr: vr, length: UInt32(padded(length)), encoding: encoding)
        var packer = BitPacker()
        for index in 0..<frames.count {
            let frame = index == 0 ? first : try frames.frame(index)
            guard frame.description == d || frame.description.photometric == d.photometric
                    && frame.bytes.count == first.bytes.count else {
                throw DicomError(.invalidPixelData, "frame \(index + 1) decodes to a different layout than frame 1")
            }
            if d.bitsAllocated == 1 {
                try out.write(packer.pack(frame.bytes))
            } else {
                try out.write(NativePixels.frameBytes(frame, vr: vr, order: encoding.byteOrder))
            }
        }
        try out.write(packer.finish())
        if length & 1 == 1 { try out.write([0]) }
    }
}

/// Writes encapsulated Pixel Data frame by frame, filling in the Basic Offset Table at the end.
struct EncapsulatedFrameWriter: PixelDataWriter {
    let frames: PixelFrames
    let codec: any PixelCodec
    /// The encapsulated syntax being written.
    let syntax: TransferSyntax
    /// Frame 0, already encoded to learn the header changes.
    let first: EncodedFrame

    func writePixelData(to out: ByteWriter, encoding: ElementEncoding) throws(DicomError) {
        try writeEncapsulatedPixelData(to: out, encoding: encoding, frameCount: frames.count) { index throws(DicomError) in
            try (index == 0 ? first : codec.encodeFrame(frames.frame(index), syntax: syntax)).fragments
        }
    }
}

/// Writes encapsulated Pixel Data: a Basic Offset Table (patched once every frame's position
/// is known), then each frame's fragments as items, padded to even length.
func writeEncapsulatedPixelData(to out: ByteWriter, encoding: ElementEncoding, frameCount: Int,
                                fragments: (Int) throws(DicomError) -> [Data]) throws(DicomError) {
    try out.writeElementHeader(tag: .pixelData, vr: .OB, length: 0xFFFF_FFFF, encoding: encoding)
    let tableStart = out.position + 8
    try out.writeItemHeader(.item, length: UInt32(4 * frameCount), byteOrder: .little)
    try out.write([UInt8](repeating: 0, count: 4 * frameCount))
    let firstItem = out.position
    var offsets: [UInt8] = []
    for index in 0..<frameCount {
        let offset = out.position - firstItem
        guard offset <= Int(UInt32.max) else {
            throw DicomError(.invalidPixelData, "encapsulated Pixel Data over 4 GiB needs an Extended Offset Table")
        }
        offsets.append(uint32: UInt32(offset), order: .little)
        let frame = try fragments(index)
        guard !frame.isEmpty else { throw DicomError(.invalidPixelData, "frame \(index + 1) has no fragments") }
        for fragment in frame {
            try out.writeItemHeader(.item, length: UInt32(padded(fragment.count)), byteOrder: .little)
            try out.write(fragment)
            if fragment.count & 1 == 1 { try out.write([0]) }
        }
    }
    try out.writeItemHeader(.sequenceDelimitation, length: 0, byteOrder: .little)
    try out.patch(at: tableStart, with: offsets)
}
