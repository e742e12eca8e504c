import ArgumentParser
import FoundationEssentials
import OCR
import PixelIO
import Redactor

/// `redact run`: writes redacted copies of DICOM files.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Remove burned-in text from DICOM images, writing redacted copies under --output.",
        discussion: """
        Each file is planned (rules, the ultrasound option, then text detection and the --text \
        decision), and the plan applied: regions are blanked with the fill colour in every frame \
        they apply to, the header records the cleaning (Burned In Annotation NO, \
        De-identification Method and code 113101), and the output keeps the input's transfer \
        syntax (JPEG Baseline redacted in the DCT domain; see the README's table). A file with \
        nothing to remove is copied byte for byte. Files found in a directory argument keep their \
        path relative to it under --output; files named directly go to --output/NAME.

        A file that cannot be read, decoded or encoded is reported (standard error, and a \
        "failed" object with --json) and not written; the exit code is then 1. Inputs are never \
        modified, and --output may not lie inside an input directory.

        Examples:
          redact run Samples --output out
          redact run study/ --output clean --text all --allow L --allow R --json > run.jsonl
          redact run us/ --output clean --text none --ultrasound-regions
          redact run scans/ --output clean --rules DicomPixelAnonymizer.script --fill 0
        """
    )

    @Option(name: .long, help: "The folder to write redacted copies to (created if missing).")
    var output: String

    @Option(name: .long, help: "Which detected text to remove: all (every text but --allow words), phi, or none (rules only).")
    var text = "all"

    @Option(name: .long, help: "A rule file (native, CTP script, deid recipe or PixelMed control file); repeatable.")
    var rules: [String] = []

    @Option(name: .long, help: "Fill colour: black (what reads as blank; default), white, or stored values v or v,v,v.")
    var fill = "black"

    @Option(name: .long, help: "JPEG Baseline: dct (change only blocks touching a region; default), reencode, or decompress.")
    var jpeg = "dct"

    @Option(name: .long, help: "Pixels added around each detected text box.")
    var margin = 2

    @Flag(name: .long, help: "Blank everything outside the Sequence of Ultrasound Regions of ultrasound images.")
    var ultrasoundRegions = false

    @Option(name: .long, help: "A word kept in --text all mode (case and punctuation ignored); repeatable.")
    var allow: [String] = []

    @Flag(name: .long, help: "Print JSON Lines, one object per file.")
    var json = false

    @Argument(help: "DICOM files, or directories to search recursively.")
    var files: [String]

    func validate() throws {
        guard let mode = TextMode(rawValue: text) else {
            throw ValidationError("--text must be all, phi or none, not '\(text)'")
        }
        _ = try TextJudges.judge(for: mode, allowList: allow)
        guard FillChoice(parsing: fill) != nil else {
            throw ValidationError("--fill must be black, white or stored values such as 0 or 0,128,128, not '\(fill)'")
        }
        guard JPEGStrategy(rawValue: jpeg) != nil else {
            throw ValidationError("--jpeg must be dct, reencode or decompress, not '\(jpeg)'")
        }
        guard margin >= 0 else { throw ValidationError("--margin must not be negative") }
        let target = OutputPaths.resolved(output)
        for input in files {
            let resolved = OutputPaths.resolved(input)
            if OutputPaths.isDirectory(input) && OutputPaths.isInside(target, resolved) {
                throw ValidationError("--output \(output) lies inside the input \(input): choose a folder outside it")
            }
            if resolved == target {
                throw ValidationError("--output \(output) is the input \(input)")
            }
        }
    }

    func run() throws {
        let mode = TextMode(rawValue: text) ?? .all
        var ruleSets: [RuleSet] = []
        for path in rules {
            do {
                let loaded = try RuleFiles.load(path: path)
                for warning in loaded.warnings { reportFailure(warning.description) }
                ruleSets.append(loaded.ruleSet)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let redactor = Redactor(
            options: PlanOptions(textMode: mode, ruleSets: ruleSets, ultrasoundRegions: ultrasoundRegions, margin: margin),
            detector: mode == .none ? nil : TesseractTextDetector(pool: EnginePool()),
            judge: try TextJudges.judge(for: mode, allowList: allow))
        let options = ApplyOptions(fill: FillChoice(parsing: fill) ?? .black, jpeg: JPEGStrategy(rawValue: jpeg) ?? .dct)
        if let failure = OutputPaths.makeDirectories(output) {
            reportFailure(failure)
            throw ExitStatus.someFilesFailed
        }

        var failed = false
        var written: [String: String] = [:]
        for argument in files {
            let root = OutputPaths.isDirectory(argument) ? argument : nil
            let (inputs, listingFailed) = InputFiles.expand([argument])
            if listingFailed { failed = true }
            for input in inputs {
                let target = OutputPaths.outputPath(for: input.path, root: root, output: output)
                if let earlier = written[target] {
                    fail(input.path, "\(input.path): its output \(target) is already the output of \(earlier); not written")
                    failed = true
                    continue
                }
                if OutputPaths.sameFile(input.path, target) {
                    fail(input.path, "\(input.path): the output would overwrite the input; not written")
                    failed = true
                    continue
                }
                switch process(input, to: target, redactor: redactor, options: options) {
                case .done: written[target] = input.path
                case .skipped: break
                case .failed: failed = true
                }
            }
        }
        if failed { throw ExitStatus.someFilesFailed }
    }

    private enum Outcome { case done, skipped, failed }

    /// Plans, applies and reports one file.
    private func process(_ input: InputFiles.Input, to target: String, redactor: Redactor, options: ApplyOptions) -> Outcome {
        let path = input.path
        do {
            let file: DicomFile
            do {
                file = try DicomReader.read(path: path)
            } catch {
                if !input.named && error.code == .notDicom {
                    reportFailure("\(path): skipped, not a DICOM file")
                    return .skipped
                }
                throw error
            }
            let plan = try redactor.plan(for: file, path: path)
            if let failure = OutputPaths.makeDirectories(OutputPaths.parent(of: target)) {
                throw DicomError(.io, failure, path: path)
            }
            let result = try PlanApplier.apply(plan, to: file, writingTo: target, options: options,
                                               mode: OutputPaths.mode(of: path))
            print(json ? RunReport.json(input: path, output: target, plan: plan, result: result)
                       : RunReport.text(input: path, output: target, plan: plan, result: result))
            return .done
        } catch let error as DicomError {
            fail(path, error.path == nil ? error.inFile(path).description : error.description)
            return .failed
        } catch {
            fail(path, "\(path): \(error)")
            return .failed
        }
    }

    private func fail(_ path: String, _ message: String) {
        reportFailure(message + " (not written)")
        if json { print(RunReport.json(failed: path, error: message)) }
    }
}
