import ArgumentParser
import PixelIO

/// `redact dump`: every element of a file.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print every element of a file, sequences indented (like dcmdump).",
        discussion: """
        Each line reads (gggg,eeee) VR value  # length, Keyword. Text values are shown in \
        brackets, decoded with the file's Specific Character Set; binary values as numbers or hex.

        Example:
          redact dump image.dcm | grep -i patient
        """
    )

    @Flag(name: .long, help: "Show whole values instead of cutting them at 64 characters.")
    var full = false

    @Argument(help: "DICOM files.")
    var files: [String]

    func run() throws {
        var failed = false
        let formatter = DumpFormatter(maxValueLength: full ? nil : 64)
        for path in files {
            do {
                let file = try DicomReader.read(path: path)
                if files.count > 1 { print("# \(path)") }
                for warning in file.warnings { print("# warning: \(warning)") }
                for line in formatter.lines(for: file) { print(line) }
            } catch {
                failed = true
                reportFailure(error.description)
            }
        }
        if failed { throw ExitStatus.someFilesFailed }
    }
}
