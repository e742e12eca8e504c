import PixelIO

/// DICOMDIR files: media directories, listed among images on CDs and archives but not images.
public enum MediaDirectory {
    /// The Media Storage SOP Class of a DICOMDIR (PS3.10).
    static let sopClass = "1.2.840.10008.1.3.10"
    /// Directory Record Sequence (0004,1220): what a DICOMDIR holds.
    static let directoryRecordSequence = Tag(0x0004, 0x1220)
    /// What a command says when it passes one by.
    public static let skipNote = "skipped, a DICOMDIR (a media directory, not an image)"

    /// True when `file` is a DICOMDIR.
    public static func isMediaDirectory(_ file: DicomFile) -> Bool {
        file.fileMeta?.string(.mediaStorageSOPClassUID) == sopClass || file.dataset.contains(directoryRecordSequence)
    }
}
