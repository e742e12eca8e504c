import PixelIO

/// Which header attributes hold identifying values, and of what kind.
///
/// Every PN, DA, DT, TM and AS value is collected wherever it is (sequences included); text
/// attributes are collected when their keyword is listed here.
enum PHIFieldCatalog {
    /// PN attributes that name the patient (or the patient's family); any other PN names staff.
    static let patientNameKeywords: Set<String> = [
        "PatientName", "OtherPatientNames", "PatientBirthName", "PatientMotherBirthName",
        "ResponsiblePerson",
    ]

    /// Text attributes that hold identifiers.
    static let identifierKeywords: Set<String> = [
        "PatientID", "OtherPatientIDs", "AccessionNumber", "StudyID", "RequestedProcedureID",
        "ScheduledProcedureStepID", "PerformedProcedureStepID", "AdmissionID", "MedicalRecordLocator",
        "PatientTelephoneNumbers", "PlacerOrderNumberImagingServiceRequest",
        "FillerOrderNumberImagingServiceRequest", "ServiceEpisodeID", "DeviceSerialNumber",
        "ReferringPhysicianTelephoneNumbers", "PersonTelephoneNumbers", "PatientTelecomInformation",
    ]

    /// Text attributes that name a place or an organisation.
    static let placeKeywords: Set<String> = [
        "InstitutionName", "InstitutionAddress", "InstitutionalDepartmentName", "StationName",
        "PatientAddress", "ReferringPhysicianAddress", "PersonAddress", "CurrentPatientLocation",
        "PatientInstitutionResidence", "IssuerOfPatientID", "RegionOfResidence",
    ]

    /// Attributes never collected although their VR would qualify (they hold no identifying
    /// text, or values so generic that matching them would only destroy technical text).
    static let ignoredKeywords: Set<String> = [
        "PatientSex", "PatientSize", "PatientWeight",
    ]

    /// Keywords whose values are reported first when several attributes hold the same value
    /// (so a date is explained as the StudyDate rather than the InstanceCreationDate).
    static let primaryKeywords: [String] = [
        "PatientName", "PatientID", "PatientBirthDate", "AccessionNumber", "StudyDate", "StudyTime",
        "ReferringPhysicianName", "OperatorsName", "PerformingPhysicianName",
        "NameOfPhysiciansReadingStudy", "InstitutionName", "SeriesDate", "AcquisitionDate",
        "ContentDate", "SeriesTime", "AcquisitionTime", "ContentTime", "PatientAge",
    ]

    /// The kind of value an element holds, or nil when it is not collected.
    static func kind(keyword: String, vr: VR) -> PHIKind? {
        if ignoredKeywords.contains(keyword) { return nil }
        switch vr {
        case .PN: return patientNameKeywords.contains(keyword) ? .patientName : .staffName
        case .DA: return .date
        case .TM: return .time
        case .AS: return .age
        case .DT: return .date  // split into date and time by the index
        default: break
        }
        if identifierKeywords.contains(keyword) { return .identifier }
        if placeKeywords.contains(keyword) { return .place }
        return nil
    }
}
