import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Batch
import PixelIO

/// An input of a batch command, read: an image to work on, or a file to pass by with a note
/// (a file found in a folder that is not DICOM, a DICOMDIR). A file named on the command line
/// that is not DICOM is an error, not passed by.
enum InputImage {
    case image(DicomFile)
    case passedBy(note: String)

    /// Reads `input`; throws what makes it unreadable.
    static func read(_ input: InputFiles.Input) throws(DicomError) -> InputImage {
        let file: DicomFile
        do {
            file = try DicomReader.read(path: input.path)
        } catch {
            if !input.named && error.code == .notDicom { return .passedBy(note: "skipped, not a DICOM file") }
            throw error
        }
        return MediaDirectory.isMediaDirectory(file) ? .passedBy(note: MediaDirectory.skipNote) : .image(file)
    }
}

/// The `--jobs` option of the batch commands.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: "Files processed at once (default: every core).")
    var jobs = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}
