/// How ``Redactor`` makes plans.
public struct PlanOptions: Sendable {
    /// Which detected text is removed (`.none` skips text detection).
    public var textMode: TextMode
    /// Known-region rule sets, each evaluated against every file's header.
    public var ruleSets: [RuleSet]
    /// Blank everything outside the Sequence of Ultrasound Regions of ultrasound images.
    public var ultrasoundRegions: Bool
    /// Pixels added on every side of a detected text box (the recogniser's boxes are tight; a
    /// margin also covers anti-aliased edges).
    public var margin: Int

    /// Options; by default all text is removed with a 2-pixel margin and no rules.
    public init(textMode: TextMode = .all, ruleSets: [RuleSet] = [], ultrasoundRegions: Bool = false, margin: Int = 2) {
        self.textMode = textMode
        self.ruleSets = ruleSets
        self.ultrasoundRegions = ultrasoundRegions
        self.margin = margin
    }
}
