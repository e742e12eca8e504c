import ArgumentParser
import Batch
import FoundationEssentials
import PixelIO

/// `redact info`: one line of facts per file.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print one line per file: SOP class, modality, manufacturer, transfer syntax, size, frames, "
            + "photometric, bits and Burned In Annotation.",
        discussion: """
        Columns are tab-separated; absent values print as "-". Files that cannot be read are \
        reported on standard error (and as {"path","error"} objects with --json), and the rest \
        are still listed.

        Examples:
          redact info image.dcm
          redact info --json study/*.dcm > info.jsonl
        """
    )

    @Flag(name: .long, help: "Print JSON Lines, one object per file.")
    var json = false

    @Argument(help: "DICOM files, or directories to search recursively.")
    var files: [String]

    func run() throws {
        let (inputs, listingFailed) = listInputs(files)
        var failed = listingFailed
        var output = ""
        for input in inputs {
            let path = input.path
            do {
                let file = try DicomReader.readHeader(path: path)
                let summary = FileSummary(path: path, file: file)
                for warning in file.warnings { reportFailure("\(path): warning: \(warning)") }
                output += json ? summary.jsonLine : summary.line
                output += "\n"
            } catch {
                if !input.named && error.code == .notDicom {
                    reportFailure("\(path): skipped, not a DICOM file")
                    continue
                }
                failed = true
                reportFailure(error.description)
                if json {
                    var object = JSONObjectWriter()
                    object.add("path", path)
                    object.add("error", error.message)
                    object.add("code", error.code.rawValue)
                    object.add("offset", error.offset)
                    object.add("tag", error.tag?.description)
                    output += object.line + "\n"
                }
            }
            if output.utf8.count > 1 << 16 {
                print(output, terminator: "")
                output = ""
            }
        }
        print(output, terminator: "")
        if failed { throw ExitStatus.someFilesFailed }
    }
}
