import OCR
import Testing
@testable import Redactor

/// PHI found without the header: dates, times, long numbers, labels, name shapes; and the
/// technical text that must stay.
@Suite("PHI patterns without a header")
struct PHIPatternTests {
    let classifier = PHIClassifier(index: PHIIndex())

    private func flagged(_ text: String) -> [String] {
        PHIFixtures.flagged(classifier, text)
    }

    private func reasons(_ text: String) -> [PHIReason] {
        classifier.classify(line: PHIFixtures.line(text)).map(\.reason)
    }

    @Test("dates in every common rendering", arguments: [
        "20240307", "03/07/2024", "07/03/2024", "07.03.2024", "2024-03-07", "2024/03/07", "07-Mar-2024", "7 Mar 2024",
        "Mar 07 2024", "2024 Mar 07", "March 7, 2024", "03/07/24", "07-MAR-24", "3/7/2024", "7th March 2024",
        "31/12/1999", "12/31/1999", "1999-12-31", "O3/O7/2O24", "2O24-O3-O7", "07.03.24", "Mar 7", "7 March",
        "Sept 9, 2019", "Junn 16 2013", "24-Ju1-2019", "2019/03/0", "11//15/2010", "03/06/22018", "08/09/204", "21-Appr-2021", "22-JJan-2016", "Dec. 5th, 2021", "Mar 2024",
    ])
    func dates(_ text: String) {
        let words = PHIFixtures.line(text)
        #expect(flagged(text).count == words.count, "\(text): \(flagged(text))")
        #expect(reasons(text).allSatisfy { $0 == .pattern("date") }, "\(text): \(reasons(text))")
    }

    @Test("date shapes count whatever the values, since OCR reads 0 as 6, 8 or 9", arguments: [
        "62/13/2012", "61/04/2009", "66/88/2823", "2816/83/27", "08/86/2009", "13/13/2024", "32/01/2024",
        "2024-13-01", "2022/0117", "2022 09-19",
    ])
    func dateShapes(_ text: String) {
        #expect(flagged(text).count == PHIFixtures.line(text).count, "\(text): \(flagged(text))")
        #expect(reasons(text).allSatisfy { $0 == .pattern("date") }, "\(text): \(reasons(text))")
    }

    @Test("version numbers, ratios and dotted values are not dates", arguments: [
        "3.1.12", "1.2.3", "10.0.1", "12/24", "32.01.2024", "2024.13.01", "13.13.24", "v2.10.5", "1.2.840.10008.1.2",
        "2022 13-45", "2022/1399", "12-40",
    ])
    func notDates(_ text: String) {
        #expect(!reasons(text).contains(.pattern("date")), "\(text): \(reasons(text))")
    }

    @Test("times of day", arguments: ["14:32", "14:32:05", "2:32 PM", "02:32:05 pm", "2:32 p.m.", "l4:32", "II:30",
                                      "09:15:22.5", "2.32 pm"])
    func times(_ text: String) {
        #expect(flagged(text).count == PHIFixtures.line(text).count, "\(text): \(flagged(text))")
        #expect(reasons(text).allSatisfy { $0 == .pattern("time") }, "\(text): \(reasons(text))")
    }

    @Test("hh:mm shapes with misread digits are times", arguments: ["63:42", "99:22:18", "25:10"])
    func timeShapes(_ text: String) {
        #expect(reasons(text) == [.pattern("time")], "\(text): \(reasons(text))")
    }

    @Test("not times", arguments: ["14.32", "25.10", "1:2", "3:75", "W:400", "14/32", "3.42 cm"])
    func notTimes(_ text: String) {
        #expect(!reasons(text).contains(.pattern("time")), "\(text): \(reasons(text))")
    }

    @Test("long numbers and identifier shapes", arguments: [
        ("1234567", "digit-run"), ("MRN1234567", "digit-run"), ("A12345678", "digit-run"), ("ACC1234567", "digit-run"),
        ("A12345", "identifier"), ("MRN12345", "identifier"), ("12-345-678", "identifier"), ("123-45-6789", "ssn"),
        ("(555) 123-4567", "phone"), ("555-123-4567", "identifier"), ("555.123.4567", "identifier"),
        ("1234S678", "digit-run"), ("SK123456", "digit-run"),
    ])
    func numbers(_ text: String, _ pattern: String) {
        #expect(flagged(text).count == PHIFixtures.line(text).count, "\(text): \(flagged(text))")
        #expect(reasons(text).contains(.pattern(pattern)), "\(text): \(reasons(text))")
    }

    @Test("short numbers are safe", arguments: ["12345", "1234", "b1000", "TR 12000", "EI 450", "W 1500 L -600",
                                                "Img 123/456", "Run 12", "5 12 24 36 48",
                                                "DWI b10000", "DWI bb1000", "b 1000"])
    func shortNumbers(_ text: String) {
        #expect(flagged(text).isEmpty, "\(text): \(flagged(text))")
    }

    @Test("labels flag the words after them, not themselves", arguments: [
        ("Name: Jane Doe", ["Jane", "Doe"]), ("Patient: DOE JANE", ["DOE", "JANE"]), ("DOB: 01/02/1960", ["01/02/1960"]),
        ("MRN: 12", ["12"]), ("ID: X9", ["X9"]), ("Acc: 4431", ["4431"]), ("Accession: 4431", ["4431"]),
        ("Ref: Dr. Who", ["Dr.", "Who"]), ("Physician: Lee", ["Lee"]), ("Operator: SK", ["SK"]), ("Op: SK", ["SK"]),
        ("Birth: 7 Mar 60", ["7", "Mar", "60"]), ("Pat ID: 4431", ["4431"]), ("ACC No. 4431", ["4431"]),
        ("Ref Phys: Adams", ["Adams"]), ("Ref. Dr: Adams", ["Adams"]), ("Name : Adams", ["Adams"]),
        ("ID:4431", ["ID:4431"]), ("Name:Adams", ["Name:Adams"]), ("Name Adams", ["Adams"]), ("ID 4431", ["4431"]),
        ("DOB 1.2.60", ["1.2.60"]), ("Tech: AB FR 25Hz", ["AB"]), ("Sonographer: Mia Gain 50", ["Mia"]),
        ("Age: 45 y", ["45", "y"]), ("D0B: 1.2.60", ["1.2.60"]), ("Narne: Adams", []), ("Operater: Adams", ["Adams"]),
    ])
    func labels(_ text: String, _ expected: [String]) {
        #expect(flagged(text) == expected, "\(text): \(classifier.classify(line: PHIFixtures.line(text)))")
    }

    @Test("a label's value ends at a wide gap, another label or a different kind of value")
    func labelExtent() {
        let words = PHIFixtures.line("Name: Adams Gain 50", wideBefore: [2])
        #expect(classifier.classify(line: words).flatMap(\.words) == [1])
        #expect(flagged("DOB: 1945-02-23 Img 12/356") == ["1945-02-23"])
        #expect(flagged("ID: 4431 Name: Adams") == ["4431", "Adams"])
        #expect(flagged("MRN: 4431 3.5 cm") == ["4431"])
        #expect(flagged("Exam: ABD Op: SK") == ["SK"])
    }

    @Test("bare labels need a value of the right shape", arguments: [
        "Name Gain", "ID Gain 50", "DOB Frq", "Patient Position HFS", "Series Name T2", "ID", "Acc",
    ])
    func bareLabels(_ text: String) {
        #expect(flagged(text).isEmpty, "\(text): \(flagged(text))")
    }

    @Test("name shapes", arguments: [
        ("DOE^JANE", ["DOE^JANE"]), ("SMITH, JOHN", ["SMITH,", "JOHN"]), ("Smith, John A", ["Smith,", "John", "A"]),
        ("Dr. Patel", ["Dr.", "Patel"]), ("Dr R. Patel", ["Dr", "R.", "Patel"]), ("Mrs Jane Doe", ["Mrs", "Jane", "Doe"]),
    ])
    func nameShapes(_ text: String, _ expected: [String]) {
        #expect(flagged(text) == expected, "\(text): \(reasons(text))")
    }

    @Test("not name shapes", arguments: ["AP, LAT", "DR 60", "Dr 60", "Dr:", "ABD, Renal", "L, R", "x, y"])
    func notNameShapes(_ text: String) {
        #expect(flagged(text).isEmpty, "\(text): \(reasons(text))")
    }

    @Test("technical text is never flagged", arguments: PHIFixtures.technicalText)
    func technicalText(_ text: String) {
        #expect(flagged(text).isEmpty, "\(text): \(reasons(text))")
    }

    @Test("technical text misread by OCR is never flagged", arguments: PHIFixtures.technicalText)
    func technicalTextMisread(_ text: String) {
        let swaps: [Character: Character] = ["0": "O", "1": "l", "5": "S", "O": "0", "l": "1", "S": "5", "I": "1"]
        let misread = String(text.map { swaps[$0] ?? $0 })
        #expect(flagged(misread).isEmpty, "\(misread): \(reasons(misread))")
    }

    @Test("digits misread as letters are read back as digits")
    func digitContext() {
        #expect(PHIAtoms.digitNormalized("2O24-O3-O7") == "2024-03-07")
        #expect(PHIAtoms.digitNormalized("l4:3Z") == "14:32")
        #expect(PHIAtoms.digitNormalized("II:30") == "11:30")
        #expect(PHIAtoms.digitNormalized("Mar") == "Mar")
        #expect(PHIAtoms.digitNormalized("SK123456") == "5K123456")
        #expect(PHIAtoms.digitNormalized("C5-1") == "C5-1")
        #expect(PHIAtoms.digitNormalized("Gain") == "Gain")
        #expect(PHIAtoms.digitNormalized("24-Ju1-2019") == "24-Jul-2019")
        #expect(PHIAtoms.digitNormalized("b10000") == "b10000")
        #expect(PHIAtoms.digitNormalized("T1") == "T1")
    }
}
