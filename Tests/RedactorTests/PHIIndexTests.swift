import PixelIO
import Testing
@testable import Redactor

@Suite("PHI index from a header")
struct PHIIndexTests {
    @Test("collects names, identifiers, dates, times, ages and places with their keywords")
    func collects() {
        var values = PHIFixtures.header
        values["OtherPatientNames"] = "DOE^JANET"
        values["PatientMotherBirthName"] = "ROE^MARY"
        values["PerformingPhysicianName"] = "NGUYEN^MEI"
        values["NameOfPhysiciansReadingStudy"] = "OKAFOR^AMARA"
        values["OtherPatientIDs"] = "X998877\\Y665544"
        values["InstitutionAddress"] = "12 Harbour Road, Kingsport"
        values["InstitutionalDepartmentName"] = "Cardiology"
        values["StationName"] = "ECHO-ROOM-2"
        values["SeriesDate"] = "20240308"
        values["PatientSex"] = "F"
        let index = PHIIndex(dataset: PHIFixtures.dataset(values))
        let byField = Dictionary(index.entries.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byField["PatientName"]?.kind == .patientName)
        #expect(byField["OtherPatientNames"]?.kind == .patientName)
        #expect(byField["PatientMotherBirthName"]?.kind == .patientName)
        #expect(byField["ReferringPhysicianName"]?.kind == .staffName)
        #expect(byField["OperatorsName"]?.kind == .staffName)
        #expect(byField["PerformingPhysicianName"]?.kind == .staffName)
        #expect(byField["NameOfPhysiciansReadingStudy"]?.kind == .staffName)
        #expect(byField["PatientID"]?.value == "MRN8097598")
        #expect(index.entries.filter { $0.field == "OtherPatientIDs" }.map(\.value) == ["X998877", "Y665544"])
        #expect(byField["AccessionNumber"]?.kind == .identifier)
        #expect(byField["PatientBirthDate"]?.kind == .date)
        #expect(byField["SeriesDate"]?.kind == .date)
        #expect(byField["StudyTime"]?.kind == .time)
        #expect(byField["PatientAge"]?.kind == .age)
        #expect(byField["InstitutionName"]?.kind == .place)
        #expect(byField["InstitutionAddress"]?.kind == .place)
        #expect(byField["InstitutionalDepartmentName"]?.kind == .place)
        #expect(byField["StationName"]?.kind == .place)
        #expect(byField["PatientSex"] == nil)
        // The most commonly rendered attributes come first.
        #expect(index.entries.first?.field == "PatientName")
    }

    @Test("walks sequences, splits DT into date and time, keeps one entry per value")
    func sequencesAndDateTimes() throws {
        var dataset = PHIFixtures.dataset(["StudyDate": "20240307", "InstanceCreationDate": "20240307"])
        let inner = PHIFixtures.dataset(["PatientID": "Q1234567", "ContentDate": "20230101"])
        let outer = DataSet()
        var middle = outer
        middle.set(PHIFixtures.sequence("OtherPatientIDsSequence", items: [inner]))
        dataset.set(PHIFixtures.sequence("ReferencedPatientSequence", items: [middle]))
        let tag = try #require(DataDictionary.tag(forKeyword: "AcquisitionDateTime"))
        dataset.setString(tag, vr: .DT, "20240307143205.123456+0100")
        let index = PHIIndex(dataset: dataset)
        let dates = index.entries(of: .date)
        // InstanceCreationDate holds the same value as StudyDate, which explains it.
        #expect(dates.first { $0.value == "20240307" }?.field == "StudyDate")
        #expect(dates.contains { $0.field == "ReferencedPatientSequence>OtherPatientIDsSequence>ContentDate" })
        #expect(index.entries(of: .identifier).map(\.field) == ["ReferencedPatientSequence>OtherPatientIDsSequence>PatientID"])
        #expect(index.entries(of: .time).map(\.value) == ["143205.123456"])
    }

    @Test("empty and padded values")
    func padding() {
        var index = PHIIndex()
        index.add(PHIEntry(field: "PatientID", kind: .identifier, value: "  "))
        index.add(PHIEntry(field: "PatientID", kind: .identifier, value: "ABC123 "))
        index.add(PHIEntry(field: "OtherPatientIDs", kind: .identifier, value: "ABC123"))
        #expect(index.entries == [PHIEntry(field: "PatientID", kind: .identifier, value: "ABC123")])
        #expect(PHIIndex(dataset: DataSet()).isEmpty)
    }

    @Test("values that are not dates, times or ages are ignored by the renderers")
    func malformed() {
        let index = PHIIndex(entries: [
            PHIEntry(field: "StudyDate", kind: .date, value: "2024"),
            PHIEntry(field: "StudyDate", kind: .date, value: "20241399"),
            PHIEntry(field: "StudyTime", kind: .time, value: "1"),
            PHIEntry(field: "StudyTime", kind: .time, value: "9961"),
            PHIEntry(field: "PatientAge", kind: .age, value: "Y"),
            PHIEntry(field: "PatientAge", kind: .age, value: "abcQ"),
            PHIEntry(field: "PatientName", kind: .patientName, value: "^^^"),
            PHIEntry(field: "PatientName", kind: .patientName, value: "=="),
        ])
        let classifier = PHIClassifier(index: index)
        // "99:61" has the shape of a time, so the patterns may flag it; the header must not.
        let reasons = classifier.classify(line: PHIFixtures.line("2024 1 99:61 Y")).map(\.reason)
        #expect(!reasons.contains { if case .header = $0 { true } else { false } }, "\(reasons)")
    }
}
