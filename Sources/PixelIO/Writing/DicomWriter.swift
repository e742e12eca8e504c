import FoundationEssentials

/// How redact identifies itself in the file meta of files it writes (PS3.7 D.3.3.2).
public enum Implementation {
    /// redact's Implementation Class UID (a UUID-derived UID under 2.25).
    public static let classUID = "2.25.92393578296020395167070618841740247334"
    /// redact's Implementation Version Name (at most 16 characters).
    public static let versionName = "REDACT_0.1"
}

/// Writes the top-level Pixel Data element itself while a file is written, so that frames can
/// be produced one at a time instead of held in memory together.
public protocol PixelDataWriter {
    /// Writes the whole Pixel Data element (header and value) in `encoding`.
    func writePixelData(to out: ByteWriter, encoding: ElementEncoding) throws(DicomError)
}

/// Writes DICOM files: unchanged files byte for byte, changed ones as Part 10 with a rebuilt file meta group.
public enum DicomWriter {
    /// Writes `file` to `path` atomically, in `syntax` (default: the file's own).
    /// `pixelData`, when given, writes the top-level Pixel Data element in place of the dataset's.
    public static func write(_ file: DicomFile, to path: String, syntax: TransferSyntax? = nil,
                             pixelData: PixelDataWriter? = nil, mode: UInt32 = 0o644) throws(DicomError) {
        try file.requireComplete()
        try AtomicFile.write(to: path, mode: mode) { (out: ByteWriter) throws(DicomError) in
            try encode(file, to: out, syntax: syntax, pixelData: pixelData)
        }
    }

    /// Encodes `file` in memory (for tests and small files).
    public static func encode(_ file: DicomFile, syntax: TransferSyntax? = nil,
                              pixelData: PixelDataWriter? = nil) throws(DicomError) -> Data {
        let out = ByteWriter()
        try encode(file, to: out, syntax: syntax, pixelData: pixelData)
        return out.data
    }

    /// Encodes `file` into `out`.
    public static func encode(_ file: DicomFile, to out: ByteWriter, syntax: TransferSyntax? = nil,
                              pixelData: PixelDataWriter? = nil) throws(DicomError) {
        try file.requireComplete()
        let target = syntax ?? file.transferSyntax
        if file.isUnchanged && target == file.transferSyntax && pixelData == nil {
            try out.write(file.original)
            return
        }
        if target.isDeflated && pixelData != nil {
            throw DicomError(.unsupportedTransferSyntax, "streamed pixel data cannot be written deflated")
        }
        try out.write(file.preamble ?? Data(count: 128))
        try out.write(Array("DICM".utf8))
        try writeFileMeta(for: file, syntax: target, to: out)

        let encoder = DatasetEncoder(encoding: ElementEncoding(target),
                                     pixelRepresentation: file.dataset.integer(.pixelRepresentation) ?? 0,
                                     bitsAllocated: file.dataset.integer(.bitsAllocated) ?? 16)
        if target.isDeflated {
            let body = ByteWriter()
            try encoder.write(file.dataset, to: body)
            try out.write(Deflate.deflate(body.data))
            return
        }
        guard let pixelData else {
            try encoder.write(file.dataset, to: out)
            return
        }
        for element in file.dataset.elements {
            if element.tag == .pixelData {
                try pixelData.writePixelData(to: out, encoding: encoder.encoding)
            } else if !(element.tag.isGroupLength && element.tag.group != 0x0002) {
                try encoder.write(element, byteOrder: file.dataset.byteOrder, to: out)
            }
        }
    }

    /// The file meta group for `file` written in `syntax`: SOP Class/Instance from the dataset,
    /// redact's implementation identity, other original meta elements kept.
    static func fileMeta(for file: DicomFile, syntax: TransferSyntax) -> DataSet {
        var meta = DataSet()
        for element in file.fileMeta?.elements ?? [] where !element.tag.isGroupLength {
            meta.set(element)
        }
        if meta[.fileMetaInformationVersion] == nil {
            meta.set(DataElement(tag: .fileMetaInformationVersion, vr: .OB, value: .bytes(Data([0x00, 0x01]))))
        }
        if let sopClass = file.dataset.string(.sopClassUID) {
            meta.setString(.mediaStorageSOPClassUID, vr: .UI, sopClass)
        }
        if let sopInstance = file.dataset.string(.sopInstanceUID) {
            meta.setString(.mediaStorageSOPInstanceUID, vr: .UI, sopInstance)
        }
        meta.setString(.transferSyntaxUID, vr: .UI, syntax.uid)
        meta.setString(.implementationClassUID, vr: .UI, Implementation.classUID)
        meta.setString(.implementationVersionName, vr: .SH, Implementation.versionName)
        return meta
    }

    private static func writeFileMeta(for file: DicomFile, syntax: TransferSyntax, to out: ByteWriter) throws(DicomError) {
        let meta = fileMeta(for: file, syntax: syntax)
        let encoder = DatasetEncoder(encoding: .explicitLittle, pixelRepresentation: 0)
        let body = ByteWriter()
        try encoder.write(meta, to: body)
        var length: [UInt8] = []
        length.append(uint32: UInt32(body.position), order: .little)
        try out.writeElementHeader(tag: .fileMetaInformationGroupLength, vr: .UL, length: 4, encoding: .explicitLittle)
        try out.write(length)
        try out.write(body.data)
    }
}
