import PixelIO

/// The header changes PS3.15 E.3.1 (Clean Pixel Data Option) asks of a file whose pixels were cleaned.
///
/// Apply it only where pixels changed: with `regionCount` 0 nothing is touched, so a file that
/// claims Burned In Annotation "YES" but in which no region was found comes out byte-identical.
/// Where it applies:
/// - Burned In Annotation (0028,0301) becomes "NO".
/// - De-identification Method (0012,0063) gains a value such as
///   "redact 0.1: burned-in text removed from pixels (3 regions)" (earlier values kept; at most 64
///   characters, the LO limit; not added twice).
/// - De-identification Method Code Sequence (0012,0064) gains the item (113101, DCM, "Clean Pixel
///   Data Option") unless one is there.
/// - Patient Identity Removed (0012,0062) is left alone: it states that the whole header was
///   de-identified, which is the header profile's claim to make, not the pixel cleaner's.
/// - Lossy history: a file whose pixels came from a lossy transfer syntax keeps (or gains) Lossy
///   Image Compression "01" and, when the header names no method, the syntax's method code; this
///   goes through `Transcoder.apply`, the same code transcoding uses. "01" is never reset. An
///   encoder used to write the output reports its own `HeaderChanges`, which the caller applies.
/// - Icon Image Sequence (0088,0200) is removed at every depth (see `IconImageRemoval`).
/// - Overlay planes: every element of each overlay group 6000-601E (even) is removed, not only
///   Overlay Data (60xx,3000): the module's other attributes are Type 1 with the data, describe a
///   plane that no longer exists, and Overlay Description/Label can hold text themselves. Planes kept
///   in unused high bits of Pixel Data are reported in `pixelDataOverlayMask`: the caller clears
///   those bits in every frame (`HeaderContractOutcome.cleanOverlayBits(in:)`), touched or not.
public struct HeaderContract: Sendable {
    /// The Clean Pixel Data Option code (PS3.16 CID 7050).
    public static let cleanPixelDataCode = (value: "113101", scheme: "DCM", meaning: "Clean Pixel Data Option")

    /// The software named in De-identification Method, e.g. "redact 0.1".
    public static var defaultSoftware: String {
        let version = Implementation.versionName.split(separator: "_").last.map(String.init) ?? ""
        return version.isEmpty ? "redact" : "redact \(version)"
    }

    /// The software named at the start of the De-identification Method value.
    public var software: String

    /// A contract naming `software` in the method it records.
    public init(software: String = HeaderContract.defaultSoftware) {
        self.software = software
    }

    /// The De-identification Method value for `regionCount` regions (at most 64 characters).
    public func methodText(regionCount: Int) -> String {
        let regions = regionCount == 1 ? "1 region" : "\(regionCount) regions"
        let long = "\(software): burned-in text removed from pixels (\(regions))"
        let short = "\(software): pixels cleaned (\(regions))"
        return DeidentificationRecord.loValue(long.count <= DeidentificationRecord.maximumLength ? long : short)
    }

    /// Applies the contract to `file`'s dataset; the pixels came from `file.transferSyntax`.
    @discardableResult
    public func apply(to file: inout DicomFile, regionCount: Int) -> HeaderContractOutcome {
        apply(to: &file.dataset, regionCount: regionCount, sourceSyntax: file.transferSyntax)
    }

    /// Applies the contract to `dataset`, whose pixels were decoded from `sourceSyntax` and had
    /// `regionCount` regions filled. Nothing changes when `regionCount` is 0 or less.
    @discardableResult
    public func apply(to dataset: inout DataSet, regionCount: Int, sourceSyntax: TransferSyntax) -> HeaderContractOutcome {
        var outcome = HeaderContractOutcome()
        guard regionCount > 0 else { return outcome }
        outcome.applied = true

        let layout = Self.sampleLayout(of: dataset)
        for plane in OverlayPlane.planes(in: dataset) {
            if let bit = plane.pixelDataBit(in: layout) {
                if layout.storedBitsMask & (1 << UInt64(bit)) != 0 {
                    outcome.overlayBitsInsideStoredValue.append(bit)
                } else {
                    outcome.pixelDataOverlayMask |= 1 << UInt64(bit)
                }
            }
            outcome.removedOverlayGroups.append(plane.group)
        }
        if !outcome.removedOverlayGroups.isEmpty {
            dataset.removeAll { OverlayPlane.isOverlayGroup($0.tag.group) }
        }
        outcome.removedIconImageSequences = IconImageRemoval.removeAll(from: &dataset)

        if dataset.string(.burnedInAnnotation) != "NO" || dataset[.burnedInAnnotation]?.vr != .CS {
            dataset.setString(.burnedInAnnotation, vr: .CS, "NO")
        }
        let method = methodText(regionCount: regionCount)
        if DeidentificationRecord.appendMethod(method, to: &dataset) { outcome.appendedMethod = method }
        outcome.addedMethodCode = DeidentificationRecord.addCleanPixelCode(to: &dataset)
        outcome.recordedLossyHistory = Self.keepLossyHistory(of: sourceSyntax, in: &dataset)
        return outcome
    }

    /// Records that pixels decoded from a lossy syntax were lossy, where the header does not say so.
    private static func keepLossyHistory(of source: TransferSyntax, in dataset: inout DataSet) -> Bool {
        guard source.isLossy else { return false }
        var changes = HeaderChanges(isLossy: true)
        if dataset.strings(.lossyImageCompressionMethod).isEmpty {
            changes.lossyMethod = source.lossyMethodCode
        }
        guard dataset.string(.lossyImageCompression) != "01" || changes.lossyMethod != nil else { return false }
        Transcoder.apply(changes, to: &dataset)
        return true
    }

    /// Bits Allocated, Bits Stored and High Bit of the image (defaults where absent), enough to tell
    /// the stored bits from the unused ones.
    private static func sampleLayout(of dataset: DataSet) -> PixelDescription {
        let allocated = dataset.integer(.bitsAllocated).flatMap { (1...64).contains($0) ? $0 : nil } ?? 16
        let stored = dataset.integer(.bitsStored).flatMap { (1...allocated).contains($0) ? $0 : nil } ?? allocated
        let high = dataset.integer(.highBit).flatMap { ($0 + 1 >= stored && $0 < allocated) ? $0 : nil } ?? stored - 1
        return PixelDescription(rows: 1, columns: 1, bitsAllocated: allocated, bitsStored: stored, highBit: high)
    }
}
