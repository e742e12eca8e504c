import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Batch
import OCR
import PixelIO

/// The `redact` command: finds and removes burned-in text in DICOM images.
@main
struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Find and remove burned-in text (PHI) in the pixels of DICOM images.",
        discussion: """
        The usual loop: scan and review, then run, then verify.
          redact scan archive/ --report review/     # review in review/index.html
          redact run archive/ --output clean --decisions decisions.json
          redact verify clean/
        Or redact automatically (every text, or --text phi for PHI only):
          redact run archive/ --output clean --jobs 8
          redact run us/ --output clean --ultrasound-regions --text none

        Exit codes: 0 success; 1 one or more files could not be read or written (each is \
        reported on standard error, and the others are still processed); 2 (verify) PHI found; \
        64 usage error. See `redact help COMMAND` for each command's own codes.
        """,
        version: Implementation.versionName,
        subcommands: [ScanCommand.self, RunCommand.self, VerifyCommand.self, MergeCommand.self, RulesCommand.self,
                      InfoCommand.self, DumpCommand.self, TranscodeCommand.self]
    )

    /// Commands that run OCR, and so need the OCR process environment from the start.
    static let ocrCommands: Set<String> = ["scan", "run", "verify"]

    /// Relaunches OCR commands with the environment Tesseract needs, then runs the command.
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count > 1, ocrCommands.contains(arguments[1]) {
            OCRProcessEnvironment.relaunchIfNeeded(arguments: arguments)
        }
        main(nil)
    }
}

/// Exit codes shared by every subcommand.
enum ExitStatus {
    /// One or more files failed; the rest were processed.
    static let someFilesFailed = ExitCode(1)
}

/// The files named by command-line arguments (directories searched, "-" read from standard
/// input), reporting what could not be listed; the flag is true when something could not.
func listInputs(_ arguments: [String]) -> (inputs: [InputFiles.Input], failed: Bool) {
    let (inputs, problems) = InputFiles.expand(arguments)
    for problem in problems { reportFailure(problem) }
    return (inputs, !problems.isEmpty)
}

/// Prints one file's report to standard output and flushes it, so that each report is whole
/// before anything else is written (standard error may share the file: `> log 2>&1`).
func printRecord(_ text: String) {
    print(text)
    fflush(nil)   // every output stream; standard output is the only buffered one written
}

/// Prints a batch's closing summary to standard error.
func reportSummary(_ line: String) {
    var standardError = StandardError()
    print("redact \(line)", to: &standardError)
}

/// Prints an error about one file to standard error.
func reportFailure(_ message: String) {
    var standardError = StandardError()
    print("redact: \(message)", to: &standardError)
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleOutput.standardError(string)
    }
}
