import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import PixelIO

/// `redact transcode`: rewrite a file in another transfer syntax.
struct TranscodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcode",
        abstract: "Rewrite a DICOM file in another transfer syntax.",
        discussion: """
        Without --to the file keeps its transfer syntax, and an unchanged file is copied byte \
        for byte. --to takes a UID or a short name: \(TransferSyntaxName.all).
        The output is written atomically; the input is never modified.

        Examples:
          redact transcode in.dcm out.dcm --to explicit-le
          redact transcode in.dcm out.dcm --to 1.2.840.10008.1.2.5
        """
    )

    @Argument(help: "The file to read.")
    var input: String

    @Argument(help: "The file to write.")
    var output: String

    @Option(name: .long, help: "The transfer syntax to write (UID or short name).")
    var to: String?

    func validate() throws {
        if let to, TransferSyntaxName.lookup(to) == nil {
            throw ValidationError("unknown transfer syntax '\(to)'; use a UID or one of: \(TransferSyntaxName.all)")
        }
        if isSameFile(input, output) {
            throw ValidationError("the output must not be the input file")
        }
    }

    func run() throws {
        do {
            let file = try DicomReader.read(path: input)
            let target = to.flatMap(TransferSyntaxName.lookup) ?? file.transferSyntax
            var status = stat()
            let mode = stat(input, &status) == 0 ? UInt32(status.st_mode) & 0o777 : 0o644
            try Transcoder.transcode(file, to: target, path: output, mode: mode)
        } catch {
            reportFailure(error.path == nil ? error.inFile(input).description : error.description)
            throw ExitStatus.someFilesFailed
        }
    }

    private func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}

/// Short names for the transfer syntaxes users type most.
enum TransferSyntaxName {
    static let names: [(String, TransferSyntax)] = [
        ("implicit-le", .implicitVRLittleEndian), ("explicit-le", .explicitVRLittleEndian),
        ("explicit-be", .explicitVRBigEndian), ("deflated", .deflatedExplicitVRLittleEndian),
        ("rle", .rleLossless), ("deflated-frames", .deflatedImageFrame),
        ("jpeg-baseline", .jpegBaseline), ("jpeg-extended", .jpegExtended),
        ("jpeg-lossless", .jpegLossless), ("jpeg-lossless-sv1", .jpegLosslessSV1),
        ("jpeg-ls", .jpegLSLossless), ("jpeg-ls-near", .jpegLSNearLossless),
        ("j2k-lossless", .jpeg2000Lossless), ("j2k", .jpeg2000),
    ]

    static var all: String { names.map(\.0).joined(separator: ", ") }

    /// The syntax for a short name or a UID.
    static func lookup(_ text: String) -> TransferSyntax? {
        names.first { $0.0 == text.lowercased() }?.1 ?? TransferSyntax.lookup(text)
    }
}
