/// A known-region rule: when the header satisfies `condition`, the `regions` lines are applied.
public struct Rule: Sendable, Hashable, Codable {
    /// The name shown to reviewers as the reason for each region.
    public var name: String
    /// An optional category, such as deid's filter group (`whitelist`, `graylist`,
    /// `blacklist`); it does not change what the rule does.
    public var group: String?
    /// When the rule applies.
    public var condition: RuleCondition
    /// What it blanks or keeps, in order.
    public var regions: [RuleRegion]
    /// Where it was defined (`file:line`), used as the source of the regions' reasons. Not part
    /// of a rule's identity: two rules that match and blank alike are equal wherever they came from.
    public var origin: String

    /// Creates a rule.
    public init(name: String, group: String? = nil, condition: RuleCondition, regions: [RuleRegion],
                origin: String = "") {
        self.name = name
        self.group = group
        self.condition = condition
        self.regions = regions
        self.origin = origin
    }

    /// Rules are equal when name, group, condition and regions are; `origin` is not compared.
    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs.name == rhs.name && lhs.group == rhs.group && lhs.condition == rhs.condition
            && lhs.regions == rhs.regions
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(group)
        hasher.combine(condition)
        hasher.combine(regions)
    }
}

/// Which matching rules apply.
public enum MatchPolicy: String, Sendable, Hashable, Codable {
    /// Every matching rule applies, in file order (native files, deid recipes, PixelMed).
    case all
    /// Only the first matching rule applies (CTP DicomPixelAnonymizer scripts).
    case first
}
