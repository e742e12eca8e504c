/// A condition on header values: a boolean expression over attribute tests.
///
/// Build conditions with ``and(_:)``, ``or(_:)`` and ``negated(_:)``: they keep the expression
/// in one canonical shape (nested `and`s and `or`s flattened, no one-term lists), so that a
/// condition written to a native rule file and read back compares equal.
public indirect enum RuleCondition: Sendable, Hashable, Codable {
    /// Always true or always false.
    case constant(Bool)
    /// One attribute test.
    case test(AttributeTest)
    /// True when the condition is false.
    case not(RuleCondition)
    /// True when every condition is true (two or more, when built with ``and(_:)``).
    case all([RuleCondition])
    /// True when any condition is true (two or more, when built with ``or(_:)``).
    case any([RuleCondition])

    /// All of the conditions: flattened, and the single condition itself when there is one;
    /// `true` when there are none.
    public static func and(_ terms: [RuleCondition]) -> RuleCondition {
        var flat: [RuleCondition] = []
        for term in terms {
            if case .all(let inner) = term { flat += inner } else { flat.append(term) }
        }
        switch flat.count {
        case 0: return .constant(true)
        case 1: return flat[0]
        default: return .all(flat)
        }
    }

    /// Any of the conditions: flattened, and the single condition itself when there is one;
    /// `false` when there are none.
    public static func or(_ terms: [RuleCondition]) -> RuleCondition {
        var flat: [RuleCondition] = []
        for term in terms {
            if case .any(let inner) = term { flat += inner } else { flat.append(term) }
        }
        switch flat.count {
        case 0: return .constant(false)
        case 1: return flat[0]
        default: return .any(flat)
        }
    }

    /// The negation of a condition.
    public static func negated(_ condition: RuleCondition) -> RuleCondition {
        .not(condition)
    }

    /// Every attribute test in the condition, in order.
    public var tests: [AttributeTest] {
        switch self {
        case .constant: return []
        case .test(let test): return [test]
        case .not(let inner): return inner.tests
        case .all(let terms), .any(let terms): return terms.flatMap(\.tests)
        }
    }
}
