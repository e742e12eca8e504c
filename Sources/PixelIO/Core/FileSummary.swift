/// The facts `redact info` reports about one file.
public struct FileSummary: Sendable, Codable, Equatable {
    public var path: String
    public var sopClassUID: String?
    public var sopClassName: String?
    public var modality: String?
    public var manufacturer: String?
    public var transferSyntaxUID: String
    public var transferSyntax: String
    public var rows: Int?
    public var columns: Int?
    public var frames: Int?
    public var samplesPerPixel: Int?
    public var photometric: String?
    public var bitsAllocated: Int?
    public var bitsStored: Int?
    public var signed: Bool?
    public var burnedInAnnotation: String?
    public var hasFileMeta: Bool
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case path, modality, manufacturer, rows, columns, frames, photometric, signed, warnings
        case sopClassUID = "sop_class_uid", sopClassName = "sop_class_name"
        case transferSyntaxUID = "transfer_syntax_uid", transferSyntax = "transfer_syntax"
        case samplesPerPixel = "samples_per_pixel", bitsAllocated = "bits_allocated", bitsStored = "bits_stored"
        case burnedInAnnotation = "burned_in_annotation", hasFileMeta = "has_file_meta"
    }

    /// Summarises a file that has been read.
    public init(path: String, file: DicomFile) {
        let dataset = file.dataset
        self.path = path
        self.sopClassUID = dataset.string(.sopClassUID) ?? file.fileMeta?.string(.mediaStorageSOPClassUID)
        self.sopClassName = sopClassUID.flatMap(UIDDictionary.name(for:))
        self.modality = dataset.string(.modality)
        self.manufacturer = dataset.string(.manufacturer)
        self.transferSyntaxUID = file.transferSyntax.uid
        self.transferSyntax = file.transferSyntax.name
        let hasPixels = file.hasPixelData
        self.rows = dataset.integer(.rows)
        self.columns = dataset.integer(.columns)
        let framesPresent = (dataset[.numberOfFrames]?.valueLength ?? 0) > 0
        self.frames = framesPresent ? dataset.integer(.numberOfFrames) : (hasPixels ? 1 : nil)
        self.samplesPerPixel = dataset.integer(.samplesPerPixel)
        self.photometric = dataset.string(.photometricInterpretation)
        self.bitsAllocated = dataset.integer(.bitsAllocated)
        self.bitsStored = dataset.integer(.bitsStored)
        self.signed = dataset.integer(.pixelRepresentation).map { $0 == 1 }
        self.burnedInAnnotation = dataset.string(.burnedInAnnotation)
        self.hasFileMeta = file.fileMeta != nil
        self.warnings = file.warnings
        if framesPresent && frames == nil {
            warnings.append("Number of Frames '\(dataset.string(.numberOfFrames) ?? "")' is not a number")
        }
    }

    /// The summary as one line of JSON (keys in snake_case, absent values left out).
    public var jsonLine: String {
        var json = JSONObjectWriter()
        json.add("path", path)
        json.add("sop_class_uid", sopClassUID)
        json.add("sop_class_name", sopClassName)
        json.add("modality", modality)
        json.add("manufacturer", manufacturer)
        json.add("transfer_syntax_uid", transferSyntaxUID)
        json.add("transfer_syntax", transferSyntax)
        json.add("rows", rows)
        json.add("columns", columns)
        json.add("frames", frames)
        json.add("samples_per_pixel", samplesPerPixel)
        json.add("photometric", photometric)
        json.add("bits_allocated", bitsAllocated)
        json.add("bits_stored", bitsStored)
        json.add("signed", signed)
        json.add("burned_in_annotation", burnedInAnnotation)
        json.add("has_file_meta", hasFileMeta)
        json.add("warnings", warnings)
        return json.line
    }

    /// One tab-separated line: path, SOP class, modality, manufacturer, transfer syntax, size,
    /// frames, photometric, bits, Burned In Annotation ("-" where absent).
    public var line: String {
        func show(_ value: String?) -> String { value.map { $0.isEmpty ? "-" : $0 } ?? "-" }
        let size = rows.flatMap { r in columns.map { "\($0)x\(r)" } }
        let bits = bitsAllocated.map { "\($0)/\(bitsStored.map(String.init) ?? "?")\(signed == true ? " signed" : "")" }
        return [path, show(sopClassName ?? sopClassUID), show(modality), show(manufacturer), transferSyntax,
                show(size), frames.map { "\($0) frame\($0 == 1 ? "" : "s")" } ?? "-", show(photometric),
                show(bits.map { "bits \($0)" }), "burned-in " + show(burnedInAnnotation)]
            .joined(separator: "\t")
    }
}
