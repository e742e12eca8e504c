import OCR
import PixelIO

/// An ordered list of rules and the policy saying which matching rules apply.
///
/// - ``MatchPolicy/all``: every matching rule applies, in order (native files, deid recipes,
///   PixelMed control files).
/// - ``MatchPolicy/first``: only the first matching rule applies (CTP scripts).
///
/// Region lines of the applying rules are painted in order (see ``RuleRegion`` and
/// ``RegionAction/keep``): a `keep` takes its area out of whatever was blanked before it.
public struct RuleSet: Sendable, Equatable, Codable {
    /// The rules, in order.
    public let rules: [Rule]
    /// Which matching rules apply.
    public let policy: MatchPolicy
    /// Where the rules came from (a path), used as the reason's source for rules without an origin.
    public let source: String
    /// The compiled regular expressions.
    private let patterns: PatternTable

    /// Creates a rule set; throws when a regular expression does not compile.
    public init(rules: [Rule], policy: MatchPolicy = .all, source: String = "") throws(RuleError) {
        self.rules = rules
        self.policy = policy
        self.source = source
        do {
            self.patterns = try PatternTable(conditions: rules.map(\.condition))
        } catch {
            var located = error
            if located.path == nil { located.path = source.isEmpty ? nil : source }
            throw located
        }
    }

    /// The rules whose conditions hold for the input (only the first under ``MatchPolicy/first``).
    public func matchingRules(_ input: RuleInput) -> [Rule] {
        let evaluator = ConditionEvaluator(input: input, patterns: patterns)
        switch policy {
        case .first:
            return rules.first { evaluator.evaluate($0.condition) }.map { [$0] } ?? []
        case .all:
            return rules.filter { evaluator.evaluate($0.condition) }
        }
    }

    /// The matching rules and the regions they blank, clipped to the image, each with a
    /// ``RegionReason/rule(name:source:)`` reason naming the rule and where it was defined.
    public func evaluate(_ input: RuleInput) -> RuleEvaluation {
        let matched = matchingRules(input)
        var painter = RegionPainter(frameCount: input.numberOfFrames)
        for rule in matched {
            let reason = RegionReason.rule(name: rule.name, source: rule.origin.isEmpty ? source : rule.origin)
            for region in rule.regions {
                let rects = region.area.rectangles(in: input)
                switch region.action {
                case .blank: painter.blank(rects, frames: region.frames, reason: reason)
                case .keep: painter.keep(rects, frames: region.frames)
                }
            }
        }
        return RuleEvaluation(matchedRules: matched, regions: painter.regions)
    }

    /// The regions to blank in an image with this header (see ``evaluate(_:)``).
    public func regions(for dataset: DataSet, fileMeta: DataSet? = nil, columns: Int? = nil,
                        rows: Int? = nil) -> [RedactionRegion] {
        evaluate(RuleInput(dataset: dataset, fileMeta: fileMeta, columns: columns, rows: rows)).regions
    }

    /// Rule sets are equal when their rules, policy and source are.
    public static func == (lhs: RuleSet, rhs: RuleSet) -> Bool {
        lhs.rules == rhs.rules && lhs.policy == rhs.policy && lhs.source == rhs.source
    }

    private enum CodingKeys: String, CodingKey { case rules, policy, source }

    /// Decodes a rule set, compiling its regular expressions.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(rules: try container.decode([Rule].self, forKey: .rules),
                      policy: try container.decode(MatchPolicy.self, forKey: .policy),
                      source: try container.decodeIfPresent(String.self, forKey: .source) ?? "")
    }

    /// Encodes the rules, policy and source.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rules, forKey: .rules)
        try container.encode(policy, forKey: .policy)
        try container.encode(source, forKey: .source)
    }
}

/// What a rule set found for one image.
public struct RuleEvaluation: Sendable {
    /// The rules that apply, in order. Rules without regions (flags, such as deid's blacklist
    /// labels) are listed too.
    public var matchedRules: [Rule]
    /// The areas to blank.
    public var regions: [RedactionRegion]
}
