/// How a test reads an attribute's value.
///
/// Multi-valued attributes (such as Image Type `ORIGINAL\PRIMARY\AXIAL`) are where the tools
/// differ, so the reading is part of every test.
public enum ValueReading: String, Sendable, Hashable, Codable {
    /// Each value on its own: the test matches when any one value matches. An absent attribute
    /// has no values, so every value test fails on it (and `not` of one succeeds). Numbers are
    /// read with the usual decimal syntax. Native rules and deid recipes read values this way.
    case eachValue
    /// The whole value as one string, values joined by `\`, and the empty string when the
    /// attribute is absent, so `equals("")` matches a missing attribute. For `<` and `>` every
    /// character but digits and `.` is dropped before the number is read. This is how the CTP
    /// DicomPixelAnonymizer reads values.
    case wholeValue
}

/// What a test checks about an attribute.
public enum AttributeCheck: Sendable, Hashable, Codable {
    /// The attribute is in the dataset (with or without a value).
    case present
    /// The attribute is not in the dataset.
    case missing
    /// The attribute is in the dataset with an empty value (no bytes, only padding, or a
    /// sequence without items).
    case empty
    /// A value equals the text.
    case equals(String, ignoringCase: Bool)
    /// A value contains the text.
    case contains(String, ignoringCase: Bool)
    /// A value starts with the text.
    case startsWith(String, ignoringCase: Bool)
    /// A value ends with the text.
    case endsWith(String, ignoringCase: Bool)
    /// The regular expression matches a whole value (Java `String.matches`, as CTP).
    case matches(String, ignoringCase: Bool)
    /// The regular expression matches somewhere in a value (Python `re.search`, as deid).
    case search(String, ignoringCase: Bool)
    /// A value, read as a number, is less than this.
    case lessThan(Double)
    /// A value, read as a number, is greater than this.
    case greaterThan(Double)

    /// The regular expression this check uses, if any, and whether it ignores case.
    var pattern: (String, ignoringCase: Bool)? {
        switch self {
        case .matches(let pattern, let ignoringCase), .search(let pattern, let ignoringCase):
            return (pattern, ignoringCase)
        default:
            return nil
        }
    }
}

/// One test on one attribute, such as `Manufacturer contains~ "GE"`.
public struct AttributeTest: Sendable, Hashable, Codable {
    /// The attribute read.
    public var attribute: AttributeRef
    /// What is checked.
    public var check: AttributeCheck
    /// How values are read (irrelevant to `present`, `missing` and `empty`).
    public var reading: ValueReading

    /// Creates a test; values are read one by one unless told otherwise.
    public init(_ attribute: AttributeRef, _ check: AttributeCheck, reading: ValueReading = .eachValue) {
        self.attribute = attribute
        self.check = check
        self.reading = reading
    }
}
