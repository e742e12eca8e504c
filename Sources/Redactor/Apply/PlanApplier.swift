import FoundationEssentials
import PixelIO

/// Applies a ``RedactionPlan`` to the file it was made for and writes the result.
///
/// - A plan without regions (or a file without Pixel Data) is copied byte for byte: no re-encode,
///   no header change.
/// - Otherwise the pixels are written as ``OutputStrategy`` says for the input's syntax, frames
///   without regions keeping their stored bytes where the syntax allows; the header gets the
///   PS3.15 E.3.1 contract (``HeaderContract``), overlay bits in Pixel Data are cleared in every
///   frame, and the lossy history stays true.
/// - Any decode or encode failure fails the whole file: nothing is written (the output appears
///   atomically or not at all).
public enum PlanApplier {
    /// Applies `plan` to `file` and writes the output to `path` atomically with permissions
    /// `mode`. Throws (writing nothing) when the file cannot be redacted.
    @discardableResult
    public static func apply(_ plan: RedactionPlan, to file: DicomFile, writingTo path: String,
                             options: ApplyOptions = ApplyOptions(), mode: UInt32 = 0o644) throws(DicomError) -> ApplyResult {
        try prepare(plan, for: file, options: options).write(to: path, mode: mode)
    }

    /// The output of applying `plan` to `file`, in memory (for tests and small files).
    public static func encode(_ plan: RedactionPlan, for file: DicomFile,
                              options: ApplyOptions = ApplyOptions()) throws(DicomError) -> (Data, ApplyResult) {
        try prepare(plan, for: file, options: options).encode()
    }

    /// Works out the output header and how to write the pixels; the frames themselves are
    /// decoded, filled and encoded while the output is written.
    public static func prepare(_ plan: RedactionPlan, for file: DicomFile,
                               options: ApplyOptions = ApplyOptions()) throws(DicomError) -> PreparedRedaction {
        let source = file.transferSyntax
        guard !plan.isEmpty, file.hasPixelData else {
            return PreparedRedaction(file: file, syntax: source, writer: nil, recorder: ApplyRecorder(),
                                     result: ApplyResult(action: .copied, inputSyntax: source, outputSyntax: source))
        }
        try file.requireComplete()
        let frames = try PixelFrames(file: file)
        let strategy = try OutputStrategy.choose(for: file, frames: frames, options: options)
        var output = file
        try recordSourceLossyHistory(frames, in: &output.dataset)
        let contract = options.contract.apply(to: &output.dataset, regionCount: plan.regions.count, sourceSyntax: source)
        let recorder = ApplyRecorder()
        let redaction = FrameRedaction(plan: plan, fill: options.fill, palette: frames.palette, overlay: contract,
                                       recorder: recorder)
        var result = ApplyResult(action: .redacted, inputSyntax: source, outputSyntax: source, strategy: strategy)
        result.header = contract
        if !contract.overlayBitsInsideStoredValue.isEmpty {
            result.notes.append("overlay planes named bits \(contract.overlayBitsInsideStoredValue) inside the stored "
                                + "value; their headers were removed, the bits kept as image")
        }
        var writer: FrameEditWriter?
        switch strategy {
        case .native:
            let frameWriter = nativeWriter(file, frames, redaction, recorder)
            if source.isDeflated {
                // A deflated dataset is compressed whole: build Pixel Data in memory.
                output.dataset.set(try frameWriter.nativeElement(order: output.dataset.byteOrder))
            } else {
                writer = frameWriter
            }
        case .losslessReencode:
            guard let codec = CodecRegistry.codec(for: source), codec.canEncode else {
                throw DicomError(.unsupportedTransferSyntax, "no encoder for \(source) (\(source.uid))")
            }
            writer = try reencodingWriter(file, frames, redaction, recorder, codec: codec, syntax: source,
                                          output: &output, result: &result)
        case .jpegReencode:
            let subsampled = file.dataset.string(.photometricInterpretation) == Photometric.ybrFull422.rawValue
            let codec = JPEGBaselineCodec(quality: 90, chromaSubsampling: subsampled ? .horizontal : .none)
            writer = try reencodingWriter(file, frames, redaction, recorder, codec: codec, syntax: source,
                                          output: &output, result: &result)
        case .dct:
            if contract.needsHighBitCleaning {
                result.notes.append("overlay bits in 8-bit JPEG samples cannot be cleared in the DCT domain")
            }
            writer = dctWriter(file, frames, plan, options.fill, recorder)
        case .decompress:
            result.outputSyntax = .explicitVRLittleEndian
            writer = try decompressingWriter(file, frames, redaction, recorder, output: &output)
        case .reencode(let target):
            guard let codec = CodecRegistry.codec(for: target), codec.canEncode else {
                throw DicomError(.unsupportedTransferSyntax, "no encoder for \(target) (\(target.uid))")
            }
            result.outputSyntax = target
            writer = try convertingWriter(file, frames, redaction, recorder, codec: codec, syntax: target, output: &output)
        }
        if result.outputSyntax.isEncapsulated {
            // The old offset tables describe the old fragments; the writer makes a new Basic Offset Table.
            output.dataset.remove(.extendedOffsetTable)
            output.dataset.remove(.extendedOffsetTableLengths)
        }
        return PreparedRedaction(file: output, syntax: result.outputSyntax, writer: writer, recorder: recorder, result: result)
    }

    // MARK: Writers per strategy

    /// Native in, native out: frames with regions (or overlay bits) rewritten, others copied.
    private static func nativeWriter(_ file: DicomFile, _ frames: PixelFrames, _ redaction: FrameRedaction,
                                     _ recorder: ApplyRecorder) -> FrameEditWriter {
        FrameEditWriter(file: file, frames: frames, encapsulated: false, layout: frames.description) { index throws(DicomError) in
            guard redaction.needsDecoding(index) else {
                recorder.kept += 1
                return .keep
            }
            var buffer = try frames.frame(index)
            guard try redaction.redact(&buffer, frame: index) else {
                recorder.kept += 1
                return .keep
            }
            recorder.changed += 1
            return .pixels(buffer)
        }
    }

    /// The same encapsulated syntax: frames that change are re-encoded with `codec`, the others
    /// keep their fragments, unless the codec writes another photometric interpretation than the
    /// header's (then every frame is re-encoded, so the header is true for all of them).
    private static func reencodingWriter(_ file: DicomFile, _ frames: PixelFrames, _ redaction: FrameRedaction,
                                         _ recorder: ApplyRecorder, codec: any PixelCodec, syntax: TransferSyntax,
                                         output: inout DicomFile, result: inout ApplyResult) throws(DicomError) -> FrameEditWriter {
        // The first frame that changes, encoded now: its encoding tells what the header must say.
        var first: (index: Int, frame: EncodedFrame)?
        for index in 0..<frames.count where redaction.needsDecoding(index) {
            var buffer = try frames.frame(index)
            guard try redaction.redact(&buffer, frame: index) else { continue }
            let encoded = try codec.encodeFrame(buffer, syntax: syntax)
            first = (index, encoded)
            var changes = encoded.changes
            let photometric = changes.photometric ?? buffer.description.photometric
            let reencodeAll = photometric.rawValue != file.dataset.string(.photometricInterpretation)
            if reencodeAll {
                result.notes.append("the codec writes \(photometric), the header said "
                                    + "\(file.dataset.string(.photometricInterpretation) ?? "nothing"): every frame re-encoded")
                changes.photometric = photometric
            } else {
                changes.photometric = nil
                changes.isPlanar = nil
            }
            if changes.isLossy, changes.lossyMethod != nil, changes.lossyRatio == nil {
                changes.lossyRatio = compressionRatio(frames.description, encodedBytes: encoded.fragments.reduce(0) { $0 + $1.count })
            }
            Transcoder.apply(changes, to: &output.dataset)
            return reencoding(file, frames, redaction, recorder, codec: codec, syntax: syntax, first: first,
                              all: reencodeAll)
        }
        return reencoding(file, frames, redaction, recorder, codec: codec, syntax: syntax, first: first, all: false)
    }

    private static func reencoding(_ file: DicomFile, _ frames: PixelFrames, _ redaction: FrameRedaction,
                                   _ recorder: ApplyRecorder, codec: any PixelCodec, syntax: TransferSyntax,
                                   first: (index: Int, frame: EncodedFrame)?, all: Bool) -> FrameEditWriter {
        FrameEditWriter(file: file, frames: frames, encapsulated: true, layout: frames.description) { index throws(DicomError) in
            if let first, first.index == index {
                recorder.changed += 1
                return .encoded(first.frame)
            }
            guard all || redaction.needsDecoding(index) else {
                recorder.kept += 1
                return .keep
            }
            var buffer = try frames.frame(index)
            let changed = try redaction.redact(&buffer, frame: index)
            guard changed || all else {
                recorder.kept += 1
                return .keep
            }
            if changed { recorder.changed += 1 } else { recorder.reencoded += 1 }
            return .encoded(try codec.encodeFrame(buffer, syntax: syntax))
        }
    }

    /// JPEG in the DCT domain: frames with regions get their touching MCUs replaced, the others keep
    /// their fragments.
    private static func dctWriter(_ file: DicomFile, _ frames: PixelFrames, _ plan: RedactionPlan, _ fill: FillChoice,
                                  _ recorder: ApplyRecorder) -> FrameEditWriter {
        let redaction = DCTRedaction(description: frames.description, fill: fill)
        return FrameEditWriter(file: file, frames: frames, encapsulated: true, layout: frames.description) { index throws(DicomError) in
            let rects = plan.rects(inFrame: index)
            guard !rects.isEmpty else {
                recorder.kept += 1
                return .keep
            }
            let (stream, covered) = try redaction.redact(try frames.encodedFrame(index), rects: rects)
            recorder.add(covered)
            recorder.changed += 1
            return .encoded(EncodedFrame(fragments: [stream]))
        }
    }

    /// Every frame decoded and written native (Explicit VR Little Endian), regions filled.
    private static func decompressingWriter(_ file: DicomFile, _ frames: PixelFrames, _ redaction: FrameRedaction,
                                            _ recorder: ApplyRecorder, output: inout DicomFile) throws(DicomError) -> FrameEditWriter {
        let layout = try frames.frame(0).description
        Transcoder.apply(HeaderChanges(photometric: layout.photometric,
                                       isPlanar: layout.samplesPerPixel > 1 ? layout.isPlanar : nil), to: &output.dataset)
        return FrameEditWriter(file: file, frames: frames, encapsulated: false, layout: layout) { index throws(DicomError) in
            var buffer = try frames.frame(index)
            if try redaction.redact(&buffer, frame: index) { recorder.changed += 1 } else { recorder.reencoded += 1 }
            return .pixels(buffer)
        }
    }

    /// Every frame decoded, regions filled, and encoded losslessly in `syntax`.
    private static func convertingWriter(_ file: DicomFile, _ frames: PixelFrames, _ redaction: FrameRedaction,
                                         _ recorder: ApplyRecorder, codec: any PixelCodec, syntax: TransferSyntax,
                                         output: inout DicomFile) throws(DicomError) -> FrameEditWriter {
        var buffer = try frames.frame(0)
        let changed = try redaction.redact(&buffer, frame: 0)
        let encoded = try codec.encodeFrame(buffer, syntax: syntax)
        guard !encoded.changes.isLossy else {
            throw DicomError(.codec, "\(syntax) encoding was lossy; redaction only re-encodes losslessly")
        }
        var changes = encoded.changes
        if changes.photometric == nil { changes.photometric = buffer.description.photometric }
        if changes.isPlanar == nil && buffer.description.samplesPerPixel > 1 { changes.isPlanar = buffer.description.isPlanar }
        Transcoder.apply(changes, to: &output.dataset)
        return FrameEditWriter(file: file, frames: frames, encapsulated: true, layout: buffer.description) { index throws(DicomError) in
            if index == 0 {
                if changed { recorder.changed += 1 } else { recorder.reencoded += 1 }
                return .encoded(encoded)
            }
            var frame = try frames.frame(index)
            if try redaction.redact(&frame, frame: index) { recorder.changed += 1 } else { recorder.reencoded += 1 }
            return .encoded(try codec.encodeFrame(frame, syntax: syntax))
        }
    }

    // MARK: Lossy history

    /// Names the input's lossy method (with the ratio measured on frame 1) where the header does not
    /// yet: pixels that were lossy stay recorded as lossy whatever they are written as.
    private static func recordSourceLossyHistory(_ frames: PixelFrames, in dataset: inout DataSet) throws(DicomError) {
        let source = frames.transferSyntax
        guard source.isLossy, dataset.strings(.lossyImageCompressionMethod).isEmpty,
              let method = source.lossyMethodCode else { return }
        let encodedBytes = try frames.encodedFrame(0).count
        Transcoder.apply(HeaderChanges(isLossy: true, lossyMethod: method,
                                       lossyRatio: compressionRatio(frames.description, encodedBytes: encodedBytes)),
                         to: &dataset)
    }

    /// Native over encoded size of one frame.
    private static func compressionRatio(_ description: PixelDescription, encodedBytes: Int) -> Double {
        Double((description.bitsPerFrame + 7) / 8) / Double(max(encodedBytes, 1))
    }
}

/// A redaction ready to write: the output header and the writer that produces its pixels.
public struct PreparedRedaction {
    /// The output file (header updated; Pixel Data replaced by `writer` while writing).
    let file: DicomFile
    /// The output's transfer syntax.
    let syntax: TransferSyntax
    let writer: FrameEditWriter?
    let recorder: ApplyRecorder
    let result: ApplyResult

    /// What will be done, before the frames are processed.
    public var plannedResult: ApplyResult { result }

    /// Writes the output to `path` atomically (nothing is left behind on failure).
    public func write(to path: String, mode: UInt32 = 0o644) throws(DicomError) -> ApplyResult {
        try DicomWriter.write(file, to: path, syntax: syntax, pixelData: writer, mode: mode)
        return finished()
    }

    /// The output in memory.
    public func encode() throws(DicomError) -> (Data, ApplyResult) {
        let data = try DicomWriter.encode(file, syntax: syntax, pixelData: writer)
        return (data, finished())
    }

    private func finished() -> ApplyResult {
        var result = self.result
        result.framesChanged = recorder.changed
        result.framesKept = recorder.kept
        result.framesReencoded = recorder.reencoded
        result.filledRects = recorder.rects
        return result
    }
}
