import PixelIO

/// How likely a file is to carry burned-in text, judged from its header alone (no pixels
/// decoded), with the header facts behind the judgement. `redact scan` reports it for every file
/// so an archive can be worked through riskiest first; it never decides that text is absent.
public struct HeaderTriage: Sendable, Hashable, Codable {
    /// The levels, riskiest first.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// Text is expected: ultrasound, screen and secondary captures, documents, endoscopy,
        /// angiography, colour images, or the header says Burned In Annotation YES.
        case high
        /// Text is common: projection radiographs (markers, labels), derived or reformatted
        /// images, or Burned In Annotation missing where text is not rare.
        case medium
        /// Text is unusual: original cross-sectional images whose header says Burned In
        /// Annotation NO. Unusual is not impossible: such files still deserve a scan.
        case low
        /// No Pixel Data: there are no pixels to carry text.
        case none
    }

    /// The level.
    public var level: Level
    /// The header facts that set it, e.g. `modality US`, `Burned In Annotation YES`.
    public var why: [String]

    /// Modalities whose images usually carry burned-in text (PS3.3 C.7.3.1.1.1 terms).
    static let textModalities: Set<String> = ["US", "IVUS", "SC", "OT", "XA", "RF", "ES", "XC", "GM", "DOC", "SM", "OP", "OPT", "BDUS", "ECG"]
    /// Projection modalities where markers, labels and annotations are often burned in.
    static let projectionModalities: Set<String> = ["CR", "DX", "MG", "IO", "PX", "RG", "DF", "XR"]
    /// The SOP Class UID prefix of the Secondary Capture family (1.2.840.10008.5.1.4.1.1.7...).
    static let secondaryCapturePrefix = "1.2.840.10008.5.1.4.1.1.7"
    /// Encapsulated documents (PDF, CDA): their "pixels" are pages of text.
    static let encapsulatedDocumentPrefix = "1.2.840.10008.5.1.4.1.1.104"
    /// Conversion Type (0008,0064): present in secondary captures.
    static let conversionType = Tag(0x0008, 0x0064)

    /// The triage of a file from its dataset (and file meta, for the SOP class when the dataset lacks it).
    public init(dataset: DataSet, fileMeta: DataSet? = nil) {
        guard dataset.contains(.pixelData) || dataset.contains(.floatPixelData) else {
            level = .none
            why = ["no Pixel Data"]
            return
        }
        var high: [String] = [], medium: [String] = [], low: [String] = []
        let modality = dataset.string(.modality)?.uppercased() ?? ""
        let sopClass = dataset.string(.sopClassUID) ?? fileMeta?.string(.mediaStorageSOPClassUID) ?? ""
        let imageType = dataset.strings(.imageType).map { $0.uppercased() }
        let burnedIn = dataset.string(.burnedInAnnotation)?.uppercased()
        let photometric = dataset.string(.photometricInterpretation)?.uppercased() ?? ""

        switch burnedIn {
        case "YES": high.append("Burned In Annotation YES")
        case "NO": low.append("Burned In Annotation NO")
        default: medium.append("Burned In Annotation not stated")
        }
        if Self.textModalities.contains(modality) { high.append("modality \(modality)") }
        if Self.projectionModalities.contains(modality) { medium.append("modality \(modality) (projection image)") }
        if sopClass.hasPrefix(Self.secondaryCapturePrefix) { high.append("Secondary Capture SOP class") }
        if sopClass.hasPrefix(Self.encapsulatedDocumentPrefix) { high.append("encapsulated document") }
        if dataset.contains(Self.conversionType) { high.append("Conversion Type present (a capture)") }
        if imageType.contains("SECONDARY") { high.append("Image Type SECONDARY") }
        if imageType.contains("DERIVED") { medium.append("Image Type DERIVED") }
        if ["RGB", "YBR_FULL", "YBR_FULL_422", "YBR_PARTIAL_422", "YBR_PARTIAL_420", "YBR_ICT", "YBR_RCT", "PALETTE COLOR"]
            .contains(photometric) {
            high.append("colour image (\(photometric))")
        }

        if !high.isEmpty {
            level = .high
            why = high
        } else if medium.contains(where: { !$0.hasPrefix("Burned In Annotation") }) {
            level = .medium
            why = medium
        } else if burnedIn == "NO" {
            level = .low
            why = low + (modality.isEmpty ? [] : ["modality \(modality)"])
        } else {
            level = .medium
            why = medium + (modality.isEmpty ? [] : ["modality \(modality)"])
        }
    }
}
