/// What a header value is; it decides how the value may be rendered in the pixels.
public enum PHIKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A patient's name, or another name of the patient's family (birth name, mother's birth name).
    case patientName
    /// The name of a member of staff: physicians, operators. Initials ("SK") count only here.
    case staffName
    /// An identifier: Patient ID, Accession Number, other IDs.
    case identifier
    /// A calendar date (DA, or the date part of DT).
    case date
    /// A time of day (TM, or the time part of DT).
    case time
    /// An age (AS), such as "045Y".
    case age
    /// A place or organisation: institution name, address, department, station.
    case place
}

/// One identifying value taken from the header, with the attribute it came from.
public struct PHIEntry: Sendable, Hashable, Codable {
    /// The attribute's keyword ("PatientName"); for a value nested in a sequence, the path from
    /// the top level ("OtherPatientIDsSequence>PatientID"); for an unknown tag, "(gggg,eeee)".
    public var field: String
    /// What kind of value it is.
    public var kind: PHIKind
    /// The value as stored in the header (padding removed), e.g. "DOE^JANE" or "20240307".
    public var value: String

    /// Creates an entry.
    public init(field: String, kind: PHIKind, value: String) {
        self.field = field
        self.kind = kind
        self.value = value
    }
}
