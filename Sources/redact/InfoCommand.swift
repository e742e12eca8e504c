import ArgumentParser
import Foundation
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

    @Argument(help: "DICOM files.")
    var files: [String]

    func run() throws {
        var failed = false
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for path in files {
            do {
                let file = try DicomReader.read(path: path)
                let summary = FileSummary(path: path, file: file)
                for warning in file.warnings { reportFailure("\(path): warning: \(warning)") }
                if json {
                    print(String(decoding: try encoder.encode(summary), as: UTF8.self))
                } else {
                    print(summary.line)
                }
            } catch let error as DicomError {
                failed = true
                reportFailure(error.description)
                if json {
                    let object = ["path": path, "error": error.message, "code": error.code.rawValue,
                                  "offset": error.offset.map(String.init) ?? "", "tag": error.tag?.description ?? ""]
                    print(String(decoding: try encoder.encode(object), as: UTF8.self))
                }
            }
        }
        if failed { throw ExitStatus.someFilesFailed }
    }
}
