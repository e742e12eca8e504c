import ArgumentParser
import Batch
import PixelIO
import Redactor

/// `redact rules`: show, validate, convert and try out known-region rule files.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Show, check, convert and test known-region rule files.",
        discussion: """
        Rule files are redact's native format (docs/rules.md), CTP DicomPixelAnonymizer scripts, \
        deid recipes (their %filter sections) and PixelMed control files; the format is guessed \
        from the text unless --format names it.

        Examples:
          redact rules list DicomPixelAnonymizer.script
          redact rules check site.rules deid.dicom
          redact rules import DicomPixelAnonymizer.script --output site.rules
          redact rules test site.rules archive/us/
        """,
        subcommands: [List.self, Check.self, Import.self, Test.self]
    )

    /// The format option every subcommand takes.
    struct FormatOption: ParsableArguments {
        @Option(name: .long, help: "The rule file format: native, ctp, deid or pixelmed (default: guessed from the text).")
        var format: String?

        func validate() throws {
            if let format, RuleFileKind(rawValue: format) == nil {
                throw ValidationError("--format must be native, ctp, deid or pixelmed, not '\(format)'")
            }
        }

        var kind: RuleFileKind? { format.flatMap(RuleFileKind.init(rawValue:)) }

        /// Loads each rule file, reports its warnings after `body` has shown it, and throws exit
        /// status 1 when a file could not be loaded or `body` found it wanting (returned false).
        func forEachFile(_ paths: [String], _ body: (String, RuleImport) -> Bool) throws {
            var failed = false
            for path in paths {
                guard let loaded = load(path) else { failed = true; continue }
                if !body(path, loaded) { failed = true }
                for warning in loaded.warnings { reportFailure(warning.description) }
            }
            if failed { throw ExitStatus.someFilesFailed }
        }

        /// Loads a rule file, or reports why it cannot be loaded and returns nil.
        func load(_ path: String) -> RuleImport? {
            do {
                return try RuleFiles.load(path: path, as: kind)
            } catch {
                reportFailure(error.description)
                return nil
            }
        }
    }

    /// `redact rules list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show the rules of rule files: name, condition and regions.",
            discussion: """
            Examples:
              redact rules list DicomPixelAnonymizer.script
              redact rules list deid.dicom.ultrasound --format deid
            """
        )

        @OptionGroup var format: FormatOption

        @Argument(help: "Rule files.")
        var files: [String]

        func run() throws {
            try format.forEachFile(files) { path, loaded in
                let set = loaded.ruleSet
                print("\(path): \(set.rules.count) rule\(set.rules.count == 1 ? "" : "s"), match \(set.policy.rawValue)")
                for rule in set.rules {
                    print("  \(rule.name)" + (rule.group.map { " [group \($0)]" } ?? "") + (rule.origin.isEmpty ? "" : " (\(rule.origin))"))
                    print("    when " + NativeRuleFormat.expression(rule.condition))
                    for region in rule.regions { print("    " + NativeRuleFormat.regionText(region)) }
                }
                return true
            }
        }
    }

    /// `redact rules check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate rule files: report errors and warnings with their lines.",
            discussion: """
            Exit codes: 0 every file is valid (warnings allowed unless --strict); 1 a file has \
            errors (or, with --strict, warnings); 64 usage error.

            Examples:
              redact rules check site.rules
              redact rules check --strict DicomPixelAnonymizer.script
            """
        )

        @OptionGroup var format: FormatOption

        @Flag(name: .long, help: "Count warnings (parts a format's own tool would ignore or read differently) as errors.")
        var strict = false

        @Argument(help: "Rule files.")
        var files: [String]

        func run() throws {
            try format.forEachFile(files) { path, loaded in
                let count = loaded.ruleSet.rules.count
                let warnings = loaded.warnings.count
                print("\(path): \(warnings > 0 && strict ? "not valid (--strict)" : "valid"), \(count) rule\(count == 1 ? "" : "s")"
                      + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
                return !(strict && warnings > 0)
            }
        }
    }

    /// `redact rules import`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Convert a rule file (CTP, deid, PixelMed or native) to the native format.",
            discussion: """
            The native text is checked to read back to the same rules before it is written. \
            Without --output it is printed.

            Examples:
              redact rules import DicomPixelAnonymizer.script --output site.rules
              redact rules import deid.dicom --format deid > deid.rules
            """
        )

        @OptionGroup var format: FormatOption

        @Option(name: .long, help: "Write the native rules to this file (atomically) instead of printing them.")
        var output: String?

        @Argument(help: "The rule file to convert.")
        var file: String

        func run() throws {
            guard let loaded = format.load(file) else { throw ExitStatus.someFilesFailed }
            for warning in loaded.warnings { reportFailure(warning.description) }
            let text = NativeRuleFormat.serialize(loaded.ruleSet)
            do {
                let again = try NativeRuleFormat.parse(text, source: loaded.ruleSet.source)
                guard again.rules == loaded.ruleSet.rules, again.policy == loaded.ruleSet.policy else {
                    reportFailure("\(file): the native form does not read back to the same rules; not written")
                    throw ExitStatus.someFilesFailed
                }
            } catch let error as RuleError {
                reportFailure("\(file): the native form does not read back: \(error)")
                throw ExitStatus.someFilesFailed
            }
            guard let output else {
                print(text, terminator: "")
                return
            }
            do {
                try AtomicFile.write(to: output) { writer throws(DicomError) in try writer.write(Array(text.utf8)) }
            } catch {
                reportFailure(error.description)
                throw ExitStatus.someFilesFailed
            }
            reportSummary("rules: \(loaded.ruleSet.rules.count) rules written to \(output)")
        }
    }

    /// `redact rules test`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Show which rules of a rule file match given DICOM files, and the regions they blank.",
            discussion: """
            Only headers are read; no pixels are decoded and nothing is written.

            Examples:
              redact rules test site.rules image.dcm
              redact rules test DicomPixelAnonymizer.script archive/us/
            """
        )

        @OptionGroup var format: FormatOption

        @Argument(help: "The rule file.")
        var rules: String

        @Argument(help: "DICOM files, or directories to search recursively.")
        var files: [String]

        func run() throws {
            guard let loaded = format.load(rules) else { throw ExitStatus.someFilesFailed }
            for warning in loaded.warnings { reportFailure(warning.description) }
            let redactor = Redactor(options: PlanOptions(textMode: .none, ruleSets: [loaded.ruleSet]), detector: nil,
                                    judge: KeepAllTextJudge())
            let (inputs, listingFailed) = listInputs(files)
            var failed = listingFailed
            for input in inputs {
                do {
                    let file = try DicomReader.read(path: input.path)
                    let plan = try redactor.plan(for: file, path: input.path)
                    guard plan.hasPixelData else {
                        print("\(input.path): no pixel data")
                        continue
                    }
                    let size = "\(plan.columns)x\(plan.rows), \(plan.frames) frame\(plan.frames == 1 ? "" : "s")"
                    guard !plan.matchedRules.isEmpty else {
                        print("\(input.path) (\(size)): no rule matches")
                        continue
                    }
                    print("\(input.path) (\(size)): " + plan.matchedRules.map { "\"\($0)\"" }.joined(separator: ", "))
                    for region in plan.regions {
                        print("  \(region.rect) \(RunReport.frames(region.frames)): \(region.reason.summary)")
                    }
                } catch let error as DicomError {
                    if !input.named && error.code == .notDicom { continue }
                    failed = true
                    reportFailure(error.path == nil ? error.inFile(input.path).description : error.description)
                } catch {
                    failed = true
                    reportFailure("\(input.path): \(error)")
                }
            }
            if failed { throw ExitStatus.someFilesFailed }
        }
    }
}
