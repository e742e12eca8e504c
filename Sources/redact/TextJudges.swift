import ArgumentParser
import Redactor

/// The text judge for each `--text` mode.
enum TextJudges {
    /// The judge for `mode`; `allowList` applies to mode `all`.
    static func judge(for mode: TextMode, allowList: [String]) throws -> any TextJudge {
        switch mode {
        case .all: return AllTextJudge(allowList: allowList)
        case .none: return KeepAllTextJudge()
        case .phi: return PHITextJudge()
        }
    }
}
