import FoundationEssentials

/// Reads DICOM Part 10 files and bare datasets.
public enum DicomReader {
    /// Reads the file at `path`. Errors name the file, the byte offset and the element.
    public static func read(path: String, options: ParseOptions = ParseOptions()) throws(DicomError) -> DicomFile {
        do {
            return try read(data: FileBytes.load(path: path), options: options)
        } catch {
            throw error.inFile(path)
        }
    }

    /// Reads only the header of the file at `path`: everything before the top-level Pixel Data,
    /// reading as little of the file as it can. The result describes the file (and says whether
    /// it has pixel data) but cannot be written or decoded.
    public static func readHeader(path: String, options: ParseOptions = ParseOptions()) throws(DicomError) -> DicomFile {
        var headerOptions = options
        headerOptions.stopsBeforePixelData = true
        headerOptions.readsTruncatedFiles = true
        do {
            let (prefix, size) = try FileBytes.loadPrefix(path: path, limit: headerPrefixLength)
            if size <= prefix.count {
                return try read(data: prefix, options: headerOptions)
            }
            // The header fits in the prefix when parsing stopped at Pixel Data. Anything else (a
            // header running past the prefix, a deflated dataset, which must be inflated whole,
            // a file meta group larger than the prefix) is read again from the whole file.
            if let partial = try? read(data: prefix, options: headerOptions),
               partial.stoppedBeforePixelData, !partial.transferSyntax.isDeflated {
                return partial
            }
            return try read(data: FileBytes.load(path: path), options: headerOptions)
        } catch {
            throw error.inFile(path)
        }
    }

    /// How much of a file a header read tries first.
    static let headerPrefixLength = 1 << 16

    /// Reads a file already in memory.
    public static func read(data: Data, options: ParseOptions = ParseOptions()) throws(DicomError) -> DicomFile {
        try withBytes(data) { (bytes: UnsafeRawBufferPointer) throws(DicomError) -> DicomFile in
            try readFile(data: data, bytes: bytes, options: options)
        }
    }

    private static func readFile(data: Data, bytes: UnsafeRawBufferPointer,
                                 options: ParseOptions) throws(DicomError) -> DicomFile {
        let parser = DatasetParser(data: data, bytes: bytes, options: options)
        var warnings: [String] = []
        var preamble: Data?
        var metaStart = 0
        if bytes.count >= 132 && bytes[128] == 0x44 && bytes[129] == 0x49 && bytes[130] == 0x43 && bytes[131] == 0x4D {
            preamble = parser.slice(0, 128)
            metaStart = 132
        } else if bytes.count >= 4 && bytes[0] == 0x44 && bytes[1] == 0x49 && bytes[2] == 0x43 && bytes[3] == 0x4D {
            metaStart = 4
            warnings.append("file has the DICM prefix but no preamble")
        }

        var fileMeta: DataSet?
        var datasetOffset = metaStart
        if bytes.count >= metaStart + 8 && parser.readTag(at: metaStart, order: .little).group == 0x0002 {
            let meta = try readFileMeta(parser: parser, from: metaStart)
            fileMeta = meta.0
            datasetOffset = meta.1
        } else if preamble != nil || metaStart > 0 {
            throw DicomError(.notDicom, "no file meta group after the DICM prefix", offset: metaStart)
        } else if !options.allowBareDatasets {
            throw DicomError(.notDicom, "no DICM prefix (not a DICOM Part 10 file)", offset: 128)
        }

        // The transfer syntax the file claims, if it names one.
        var syntax: TransferSyntax?
        if let uid = fileMeta?.string(.transferSyntaxUID), !uid.isEmpty {
            guard let known = TransferSyntax.lookup(uid) else {
                throw DicomError(.unsupportedTransferSyntax, "unknown transfer syntax \(uid)", tag: .transferSyntaxUID)
            }
            syntax = known
        } else if fileMeta != nil {
            warnings.append("file meta has no Transfer Syntax UID; encoding inferred from the data")
        }

        if let deflated = syntax, deflated.isDeflated {
            let compressed = parser.slice(datasetOffset, bytes.count)
            let inflated = try Deflate.inflate(compressed, limit: options.maxInflatedBytes)
            let (dataset, stopped) = try withBytes(inflated) { (inner: UnsafeRawBufferPointer) throws(DicomError) -> (DataSet, Bool) in
                let innerParser = DatasetParser(data: inflated, bytes: inner, options: options)
                var dataset = try innerParser.parseDataSet(from: 0, to: inner.count, encoding: .explicitLittle,
                                                           delimited: false, depth: 0, characterSet: .default).0
                if let truncation = innerParser.truncation { throw truncation }
                dataset.raw = innerParser.stoppedBeforePixelData ? nil : RawEncoding(bytes: inflated, encoding: .explicitLittle)
                return (dataset, innerParser.stoppedBeforePixelData)
            }
            return DicomFile(preamble: preamble, fileMeta: fileMeta, dataset: dataset, transferSyntax: deflated,
                             datasetEncoding: .explicitLittle, warnings: warnings, original: data,
                             datasetOffset: datasetOffset, truncation: nil, stoppedBeforePixelData: stopped)
        }

        let claimed = syntax.map(ElementEncoding.init)
        let encoding = try inferEncoding(bytes: bytes, at: datasetOffset, claimed: claimed, isBare: fileMeta == nil)
        if let claimed, claimed != encoding {
            warnings.append("dataset is encoded \(describe(encoding)) although the transfer syntax says \(describe(claimed))")
        }
        var dataset = try parser.parseDataSet(from: datasetOffset, to: bytes.count, encoding: encoding,
                                              delimited: false, depth: 0, characterSet: .default).0
        dataset.raw = RawEncoding(bytes: parser.slice(datasetOffset, bytes.count), encoding: encoding)
        if fileMeta == nil && dataset.count == 0 {
            throw DicomError(.notDicom, "no data elements found", offset: datasetOffset)
        }
        let effective = syntax ?? inferredSyntax(encoding, dataset: dataset)
        if parser.stoppedBeforePixelData { dataset.raw = nil }
        warnings += parser.duplicates.map(\.description)
        if let truncation = parser.truncation {
            dataset.raw = nil
            warnings.append("file is truncated: \(truncation.description)")
        }
        return DicomFile(preamble: preamble, fileMeta: fileMeta, dataset: dataset, transferSyntax: effective,
                         datasetEncoding: encoding, warnings: warnings, original: data, datasetOffset: datasetOffset,
                         truncation: parser.truncation, stoppedBeforePixelData: parser.stoppedBeforePixelData)
    }

    /// Reads group 0002 (always explicit VR little endian) and returns it with the offset after it.
    private static func readFileMeta(parser: DatasetParser, from start: Int) throws(DicomError) -> (DataSet, Int) {
        let bytes = parser.bytes
        // Group 0002 ends where the first element of another group starts; the group length
        // element is not trusted, since real files get it wrong.
        var end = start
        while bytes.count - end >= 8 && parser.readTag(at: end, order: .little).group == 0x0002 {
            guard let vr = VR(byte0: bytes[end + 4], byte1: bytes[end + 5]) else {
                throw DicomError(.invalidVR, "file meta element is not explicit VR", offset: end,
                                 tag: parser.readTag(at: end, order: .little))
            }
            let length: Int
            let header: Int
            if vr.hasLongExplicitLength {
                try parser.require(12, at: end, end: bytes.count, context: nil)
                length = Int(bytes.loadUInt32(at: end + 8, order: .little))
                header = 12
            } else {
                length = Int(bytes.loadUInt16(at: end + 6, order: .little))
                header = 8
            }
            guard length <= bytes.count - end - header else {
                throw DicomError(.invalidLength, "file meta value length \(length) runs past the end of the file",
                                 offset: end, tag: parser.readTag(at: end, order: .little))
            }
            end += header + length
        }
        let meta = try parser.parseDataSet(from: start, to: end, encoding: .explicitLittle, delimited: false,
                                           depth: 0, characterSet: .default).0
        var withRaw = meta
        withRaw.raw = RawEncoding(bytes: parser.slice(start, end), encoding: .explicitLittle)
        return (withRaw, end)
    }

    /// The encoding the dataset really uses, judged from its first element: real files claim
    /// explicit VR while writing implicit (and the reverse), and bare datasets claim nothing.
    private static func inferEncoding(bytes: UnsafeRawBufferPointer, at offset: Int, claimed: ElementEncoding?,
                                      isBare: Bool) throws(DicomError) -> ElementEncoding {
        guard bytes.count - offset >= 8 else {
            if let claimed, bytes.count == offset { return claimed }
            throw DicomError(.truncated, "file ends before the first data element", offset: offset)
        }
        let hasVR = VR(byte0: bytes[offset + 4], byte1: bytes[offset + 5]) != nil
        let order: ByteOrder
        if let claimed {
            order = claimed.byteOrder
        } else {
            let little = bytes.loadUInt16(at: offset, order: .little)
            let big = bytes.loadUInt16(at: offset, order: .big)
            if little <= 0x00FF {
                order = .little
            } else if big <= 0x00FF {
                order = .big
            } else {
                throw DicomError(.notDicom, "does not start with a DICOM preamble or a plausible data element",
                                 offset: offset)
            }
        }
        if let claimed, claimed.isExplicitVR == hasVR { return claimed }
        if let claimed, claimed.isExplicitVR, !hasVR {
            // Claimed explicit but the VR bytes are not a VR: implicit, if the length fits.
            let length = bytes.loadUInt32(at: offset + 4, order: order)
            if length == 0xFFFF_FFFF || Int(length) <= bytes.count - offset - 8 {
                return ElementEncoding(explicitVR: false, byteOrder: order)
            }
            return claimed
        }
        return ElementEncoding(explicitVR: hasVR, byteOrder: order)
    }

    private static func inferredSyntax(_ encoding: ElementEncoding, dataset: DataSet) -> TransferSyntax {
        if !encoding.isExplicitVR { return .implicitVRLittleEndian }
        if encoding.byteOrder == .big { return .explicitVRBigEndian }
        return .explicitVRLittleEndian
    }

    private static func describe(_ encoding: ElementEncoding) -> String {
        (encoding.isExplicitVR ? "explicit VR " : "implicit VR ") + (encoding.byteOrder == .little ? "little endian" : "big endian")
    }
}
