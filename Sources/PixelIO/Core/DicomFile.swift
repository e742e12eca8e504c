import FoundationEssentials

/// A DICOM file as read: preamble, file meta group, dataset and transfer syntax, plus the
/// original bytes so that what is not changed can be written back exactly.
public struct DicomFile: Sendable {
    /// The 128-byte preamble, or nil when the file had none.
    public var preamble: Data? { didSet { headerReplaced = true } }
    /// The file meta information group (0002,xxxx), or nil for a bare dataset.
    public var fileMeta: DataSet? { didSet { if (oldValue == nil) != (fileMeta == nil) { headerReplaced = true } } }
    /// True once the preamble was replaced or the file meta group added or removed.
    private var headerReplaced = false
    /// The dataset after the file meta group.
    public var dataset: DataSet
    /// The transfer syntax the dataset was read with (named in the file meta, or inferred for a bare dataset).
    public let transferSyntax: TransferSyntax
    /// How the dataset's elements were actually encoded (may differ from what the file meta claims).
    public let datasetEncoding: ElementEncoding
    /// Things about the file worth telling a user that did not stop it being read.
    public let warnings: [String]
    /// The original file bytes: everything from the preamble to the end.
    let original: Data
    /// Where the dataset starts in `original` (after the file meta group).
    let datasetOffset: Int
    /// Where the file was found cut off, when it was read although truncated.
    public let truncation: DicomError?
    /// True when only the header was read (reading stopped at the top-level Pixel Data).
    public let stoppedBeforePixelData: Bool

    init(preamble: Data?, fileMeta: DataSet?, dataset: DataSet, transferSyntax: TransferSyntax,
         datasetEncoding: ElementEncoding, warnings: [String], original: Data, datasetOffset: Int,
         truncation: DicomError?, stoppedBeforePixelData: Bool = false) {
        self.truncation = truncation
        self.stoppedBeforePixelData = stoppedBeforePixelData
        self.preamble = preamble
        self.fileMeta = fileMeta
        self.dataset = dataset
        self.transferSyntax = transferSyntax
        self.datasetEncoding = datasetEncoding
        self.warnings = warnings
        self.original = original
        self.datasetOffset = datasetOffset
    }

    /// A new file holding `dataset`, to be written as Part 10 with a fresh file meta group.
    public init(dataset: DataSet, transferSyntax: TransferSyntax = .explicitVRLittleEndian) {
        var fresh = dataset
        fresh.raw = nil  // a dataset taken from another file is new here: never "unchanged"
        self.init(preamble: nil, fileMeta: nil, dataset: fresh, transferSyntax: transferSyntax,
                  datasetEncoding: ElementEncoding(transferSyntax), warnings: [], original: Data(), datasetOffset: 0,
                  truncation: nil)
    }

    /// True while nothing in the file meta group or the dataset has changed since reading.
    public var isUnchanged: Bool {
        !headerReplaced && !original.isEmpty && (fileMeta?.isUnchanged ?? true) && dataset.isUnchanged
    }

    /// True when the file has top-level Pixel Data (read, or seen by a header-only read).
    public var hasPixelData: Bool { stoppedBeforePixelData || dataset.contains(.pixelData) }

    /// Throws when the file was cut off or only its header was read: it may be inspected,
    /// but neither written nor decoded.
    public func requireComplete() throws(DicomError) {
        if stoppedBeforePixelData {
            throw DicomError(.invalidValue, "only the header of this file was read")
        }
        if let truncation {
            throw DicomError(.truncated, "the file is truncated (\(truncation.message))",
                             offset: truncation.offset, tag: truncation.tag)
        }
    }
}
