import OCR
import PixelIO
import Testing
@testable import Redactor

/// Header values found in their many renderings, with OCR errors, across several words.
@Suite("PHI matching of header values")
struct PHIMatchingTests {
    let classifier = PHIFixtures.classifier(PHIFixtures.header)

    /// Asserts every word of `text` is flagged, for a header reason.
    private func expectFlagged(_ text: String, field: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let words = PHIFixtures.line(text)
        let decisions = classifier.classify(line: words)
        let flagged = Set(decisions.flatMap(\.words))
        let wanted = Set(words.indices.filter { words[$0].text.contains { $0.isLetter || $0.isNumber } })
        #expect(wanted.isSubset(of: flagged), "\(text): flagged \(decisions.map { "\($0.text) [\($0.reason)]" })",
                sourceLocation: sourceLocation)
        if let field {
            #expect(decisions.contains { if case .header(field, _) = $0.reason { true } else { false } },
                    "\(text): \(decisions.map(\.reason))", sourceLocation: sourceLocation)
        }
    }

    @Test("patient name renderings", arguments: [
        "DOE^JANE", "DOE^JANE^M", "Doe, Jane", "DOE, JANE M", "JANE DOE", "Jane M. Doe", "Jane M Doe", "J. Doe",
        "Doe J", "doe jane", "DOE,JANE", "Doe", "JANE", "Ms. Jane Doe", "Jane Doe's",
    ])
    func patientName(_ text: String) {
        expectFlagged(text, field: "PatientName")
    }

    @Test("patient name with OCR errors", arguments: ["D0E, JANE", "DOE, JAN3", "Do3 Jane", "DOE^JANE^M", "JANE D0E"])
    func patientNameMisread(_ text: String) {
        expectFlagged(text, field: "PatientName")
    }

    @Test("physician renderings", arguments: [
        "Dr. R. Patel", "Dr. Patel", "DR PATEL", "PATEL, RAVI", "Ravi Patel MD", "Patel R", "Dr. R. Pate1", "Dr. Patell",
    ])
    func physician(_ text: String) {
        expectFlagged(text, field: "ReferringPhysicianName")
    }

    @Test("operator initials", arguments: ["SK", "S.K.", "S. K.", "5K", "S. Kim", "KIM"])
    func operatorInitials(_ text: String) {
        expectFlagged(text, field: "OperatorsName")
    }

    @Test("initials only for staff, only as whole words, never technical vocabulary")
    func initialsAreNarrow() {
        // Patient initials are not looked for.
        #expect(PHIFixtures.flagged(classifier, "JD").isEmpty)
        // Not inside a longer word, not across "/".
        #expect(PHIFixtures.flagged(classifier, "SKI 12").isEmpty)
        #expect(PHIFixtures.flagged(classifier, "SK-2").isEmpty)
        // An operator whose initials spell a setting does not flag the setting.
        let dyn = PHIFixtures.classifier(["OperatorsName": "ROSSI^DANA"])
        #expect(PHIFixtures.flagged(dyn, "DR 60").isEmpty)
        #expect(PHIFixtures.flagged(dyn, "DR").isEmpty)
        let fs = PHIFixtures.classifier(["OperatorsName": "SMITH^FELIX"])
        #expect(PHIFixtures.flagged(fs, "15 f/s Run 4").isEmpty)
        #expect(PHIFixtures.flagged(fs, "l5 f/s Run 4").isEmpty)
        #expect(PHIFixtures.flagged(fs, "FS") == ["FS"])
    }

    @Test("identifier renderings", arguments: [
        "MRN8097598", "8097598", "MRN 8097598", "ID:MRN8097598", "MRN8O97598", "MRNB097598", "MRN809759",
        "MRN80975988", "MRN-809-7598", "8097S98",
    ])
    func patientID(_ text: String) {
        expectFlagged(text, field: "PatientID")
    }

    @Test("accession renderings", arguments: ["A12345678", "12345678", "A1234S678", "A 12345678", "A12345679"])
    func accession(_ text: String) {
        expectFlagged(text, field: "AccessionNumber")
    }

    @Test("study date renderings", arguments: [
        "20240307", "03/07/2024", "07/03/2024", "07.03.2024", "2024-03-07", "2024/03/07", "07-Mar-2024", "7 Mar 2024",
        "Mar 07 2024", "2024 Mar 07", "March 7, 2024", "03/07/24", "07-MAR-24", "3/7/2024", "7th March 2024",
        "O3/O7/2O24", "03/07/2O24", "07 MAR 2024", "Mar 7", "07MAR2024", "2024.03.07", "03-07-2024", "Mar 2024",
        "7-Mar-24", "2024-3-7", "03/07/20244",
    ])
    func studyDate(_ text: String) {
        expectFlagged(text)
    }

    @Test("birth date found as the header's date", arguments: ["04/07/1945", "07-Apr-1945", "1945-04-07", "19450407"])
    func birthDate(_ text: String) {
        expectFlagged(text, field: "PatientBirthDate")
    }

    @Test("study time renderings", arguments: [
        "14:32", "14:32:05", "143205", "2:32 PM", "02:32:05 pm", "2:32 p.m.", "l4:32", "14:3Z", "144:32", "14:32:O5",
        "14:32:05.123",
    ])
    func studyTime(_ text: String) {
        expectFlagged(text)
    }

    @Test("age renderings", arguments: ["78Y", "78 y", "78 yrs", "078Y", "78 years", "78yo"])
    func age(_ text: String) {
        expectFlagged(text, field: "PatientAge")
    }

    @Test("institution renderings", arguments: [
        "Riverside General Hospital", "RIVERSIDE GENERAL HOSPITAL", "Riverside General", "Riverside",
        "Rivers1de General Hospital", "Riverside Generall Hospital", "Riverside Gen. Hosp.",
        "RIVERSIBY GENERAL HOSPITAL", "GENERAL HOSPITAL",
    ])
    func institution(_ text: String) {
        expectFlagged(text, field: "InstitutionName")
    }

    @Test("one generic word of an institution is not enough")
    func genericInstitutionWord() {
        #expect(PHIFixtures.flagged(classifier, "Hospital").isEmpty)
        #expect(PHIFixtures.flagged(classifier, "General").isEmpty)
    }

    @Test("the words that matched are returned, not the label or neighbours")
    func matchedWords() {
        #expect(PHIFixtures.flagged(classifier, "Name: DOE, JANE") == ["DOE,", "JANE"])
        #expect(PHIFixtures.flagged(classifier, "Pat: Jane Doe Gain 50") == ["Jane", "Doe"])
        #expect(PHIFixtures.flagged(classifier, "Date: 07 Mar 2024 ABD") == ["07", "Mar", "2024"])
        #expect(PHIFixtures.flagged(classifier, "Ref. Dr: Dr. R. Patel") == ["Dr.", "R.", "Patel"])
        #expect(PHIFixtures.flagged(classifier, "Frm 12 Riverside General Hospital") == ["Riverside", "General", "Hospital"])
    }

    @Test("a long name's misreads do not swallow a neighbouring label")
    func labelNotSwallowed() {
        let rossi = PHIFixtures.classifier(["PatientName": "ROSSI^KWAME"])
        #expect(PHIFixtures.flagged(rossi, "Name: ROSSI^KWAME") == ["ROSSI^KWAME"])
        let birth = PHIFixtures.classifier(["PatientBirthDate": "19860816"])
        #expect(PHIFixtures.flagged(birth, "D0B: 1986-08-16") == ["1986-08-16"])
        let recent = PHIFixtures.classifier(["PatientBirthDate": "20080712"])
        #expect(PHIFixtures.flagged(recent, "DOB 07/12/2008") == ["07/12/2008"])
        // Staff initials that spell a label leave the label alone.
        let initials = PHIFixtures.classifier(["ReferringPhysicianName": "DUBOIS^IVAN", "OperatorsName": "DOE^IDA"])
        #expect(PHIFixtures.flagged(initials, "ID: 95086149") == ["95086149"])
        #expect(PHIFixtures.flagged(initials, "ID DA891008") == ["DA891008"])
    }

    @Test("technical text is not flagged although the header is full", arguments: PHIFixtures.technicalText)
    func technicalTextWithHeader(_ text: String) {
        #expect(PHIFixtures.flagged(classifier, text).isEmpty, "\(text)")
    }

    @Test("short values are not looked for on their own")
    func shortValues() {
        let short = PHIFixtures.classifier(["StudyID": "1", "PatientID": "12", "StationName": "US1",
                                            "PatientName": "LI^WU"])
        #expect(PHIFixtures.flagged(short, "Se 1 Im 12").isEmpty)
        #expect(PHIFixtures.flagged(short, "US1").isEmpty)
        #expect(PHIFixtures.flagged(short, "LI").isEmpty)
        #expect(PHIFixtures.flagged(short, "Wu Li") == ["Wu", "Li"])
    }

    @Test("dates and names nested in sequences and other DA/DT/PN attributes are found")
    func nested() {
        var dataset = PHIFixtures.dataset(["PatientName": "NOVAK^IVAN"])
        let item = PHIFixtures.dataset(["StudyDate": "20190512", "PersonName": "BRENNAN^GLEN"])
        dataset.set(PHIFixtures.sequence("ReferencedStudySequence", items: [item]))
        dataset.setString(DataDictionary.tag(forKeyword: "AcquisitionDateTime")!, vr: .DT, "20200101093015.5")
        let nested = PHIClassifier(index: PHIIndex(dataset: dataset))
        #expect(PHIFixtures.flagged(nested, "05/12/2019") == ["05/12/2019"])
        #expect(PHIFixtures.flagged(nested, "Brennan") == ["Brennan"])
        #expect(PHIFixtures.flagged(nested, "01-Jan-2020 09:30") == ["01-Jan-2020", "09:30"])
    }
}
