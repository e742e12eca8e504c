import ArgumentParser
import OCR
import Redactor

/// The options that decide what a file's plan blanks, shared by `scan` and `run` so that a scan
/// shows exactly what the same run would do.
struct PlanningOptions: ParsableArguments {
    @Option(name: .long, help: "Which detected text to remove: all (every text but --allow words), phi, or none (rules only).")
    var text = "all"

    @Option(name: .long, help: "A rule file (native, CTP script, deid recipe or PixelMed control file); repeatable.")
    var rules: [String] = []

    @Option(name: .long, help: "Pixels added around each detected text box.")
    var margin = 2

    @Flag(name: .long, help: "Blank everything outside the Sequence of Ultrasound Regions of ultrasound images.")
    var ultrasoundRegions = false

    @Option(name: .long, help: "A word kept in --text all mode (case and punctuation ignored); repeatable.")
    var allow: [String] = []

    func validate() throws {
        guard let mode = TextMode(rawValue: text) else {
            throw ValidationError("--text must be all, phi or none, not '\(text)'")
        }
        _ = try TextJudges.judge(for: mode, allowList: allow)
        guard margin >= 0 else { throw ValidationError("--margin must not be negative") }
    }

    /// The text mode (validated).
    var mode: TextMode { TextMode(rawValue: text) ?? .all }

    /// The redactor these options describe: rule files loaded (their warnings reported), the
    /// text detector unless the mode is `none`, the mode's judge.
    func redactor() throws -> Redactor {
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
        return Redactor(
            options: PlanOptions(textMode: mode, ruleSets: ruleSets, ultrasoundRegions: ultrasoundRegions, margin: margin),
            detector: mode == .none ? nil : TesseractTextDetector(pool: EnginePool()),
            judge: try TextJudges.judge(for: mode, allowList: allow))
    }
}
