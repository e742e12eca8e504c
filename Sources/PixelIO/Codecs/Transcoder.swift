import FoundationEssentials

/// Rewrites a file in another transfer syntax, one frame at a time.
public enum Transcoder {
    /// Writes `file` to `path` in `target`. The same syntax writes the file unchanged.
    /// `mode` sets the output's permissions (pass the input's to keep a private file private).
    public static func transcode(_ file: DicomFile, to target: TransferSyntax, path: String,
                                 mode: UInt32 = 0o644) throws(DicomError) {
        let (output, writer) = try prepare(file, to: target)
        try DicomWriter.write(output, to: path, syntax: target, pixelData: writer, mode: mode)
    }

    /// Transcodes in memory (for tests and small files).
    public static func transcode(_ file: DicomFile, to target: TransferSyntax) throws(DicomError) -> Data {
        let (output, writer) = try prepare(file, to: target)
        return try DicomWriter.encode(output, syntax: target, pixelData: writer)
    }

    /// The dataset to write (header updated for the new encoding) and the pixel writer to use.
    private static func prepare(_ file: DicomFile, to target: TransferSyntax) throws(DicomError)
        -> (DicomFile, PixelDataWriter?) {
        let source = file.transferSyntax
        if target == source { return (file, nil) }
        guard target.isDeflated || !target.isEncapsulated || CodecRegistry.codec(for: target)?.canEncode == true else {
            throw DicomError(.unsupportedTransferSyntax, "cannot encode \(target) (\(target.uid))")
        }
        if target.isEncapsulated && (file.dataset.contains(.floatPixelData) || file.dataset.contains(.doubleFloatPixelData)) {
            throw DicomError(.unsupportedTransferSyntax,
                             "Float Pixel Data can only be stored in a native transfer syntax, not \(target)")
        }
        guard file.dataset[.pixelData] != nil else { return (file, nil) }
        // Native little endian to native little endian: the pixel bytes are the same.
        if !source.isEncapsulated && !target.isEncapsulated && source.byteOrder == .little && target.byteOrder == .little
            && file.datasetEncoding.byteOrder == .little {
            return (file, nil)
        }
        let frames = try PixelFrames(file: file)
        let first = try frames.frame(0)
        var output = file
        var changes = HeaderChanges(photometric: first.description.photometric,
                                    isPlanar: first.description.samplesPerPixel > 1 ? first.description.isPlanar : nil)
        let writer: PixelDataWriter
        if target.isEncapsulated {
            guard let codec = CodecRegistry.codec(for: target) else {
                throw DicomError(.unsupportedTransferSyntax, "no encoder for \(target)")
            }
            let encoded = try codec.encodeFrame(first, syntax: target)
            changes = encoded.changes
            if changes.photometric == nil { changes.photometric = first.description.photometric }
            if changes.isLossy, changes.lossyMethod != nil, changes.lossyRatio == nil {
                // This encoding loses information: record how much (native over encoded bytes of frame 1).
                changes.lossyRatio = compressionRatio(native: first,
                                                      encodedBytes: encoded.fragments.reduce(0) { $0 + $1.count })
            }
            writer = EncapsulatedFrameWriter(frames: frames, codec: codec, syntax: target, first: encoded)
        } else {
            writer = NativeFrameWriter(frames: frames, first: first)
        }
        if source.isLossy {
            // The pixels were lossy-compressed once and stay so: keep the history true. A header that
            // does not yet name the method gets it, with the ratio measured on frame 1.
            changes.isLossy = true
            if changes.lossyMethod == nil, file.dataset.strings(.lossyImageCompressionMethod).isEmpty,
               let method = source.lossyMethodCode {
                changes.lossyMethod = method
                changes.lossyRatio = compressionRatio(native: first, encodedBytes: try frames.encodedFrame(0).count)
            }
        }
        apply(changes, to: &output.dataset)
        // Offset tables describe the old fragments; the writer makes a new Basic Offset Table.
        output.dataset.remove(.extendedOffsetTable)
        output.dataset.remove(.extendedOffsetTableLengths)
        return (output, writer)
    }

    /// Applies an encoding's header changes to a dataset: Photometric Interpretation, Planar
    /// Configuration, and the lossy history (Lossy Image Compression "01" once lossy, never reset;
    /// a method and its ratio appended to (0028,2114) and (0028,2112)).
    public static func apply(_ changes: HeaderChanges, to dataset: inout DataSet) {
        if let photometric = changes.photometric, dataset.string(.photometricInterpretation) != photometric.rawValue {
            dataset.setString(.photometricInterpretation, vr: .CS, photometric.rawValue)
        }
        if let planar = changes.isPlanar, dataset.integer(.planarConfiguration) != (planar ? 1 : 0) {
            dataset.setUInt16(.planarConfiguration, [planar ? 1 : 0])
        }
        if changes.isLossy && dataset.string(.lossyImageCompression) != "01" {
            dataset.setString(.lossyImageCompression, vr: .CS, "01")
        }
        if let method = changes.lossyMethod {
            var methods = dataset.strings(.lossyImageCompressionMethod)
            var ratios = dataset.strings(.lossyImageCompressionRatio)
            methods.append(method)
            ratios.append(changes.lossyRatio.map(decimalString) ?? "")
            dataset.setStrings(.lossyImageCompressionMethod, vr: .CS, methods)
            if ratios.contains(where: { !$0.isEmpty }) {
                dataset.setStrings(.lossyImageCompressionRatio, vr: .DS, ratios)
            }
        }
    }

    /// Native size over encoded size, for Lossy Image Compression Ratio.
    private static func compressionRatio(native: PixelBuffer, encodedBytes: Int) -> Double {
        let nativeBytes = (native.description.bitsPerFrame + 7) / 8
        return Double(nativeBytes) / Double(max(encodedBytes, 1))
    }

    /// A DS value (at most 16 characters) for a ratio.
    private static func decimalString(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = String(rounded)
        return String(text.prefix(16))
    }
}
