import FoundationEssentials
import PixelIO
import Testing
@testable import Redactor

@Suite("Conditions on header values")
struct ConditionTests {
    /// Whether a one-rule native file with this condition matches the header.
    func matches(_ condition: String, _ header: Header, fileMeta: DataSet? = nil) throws -> Bool {
        let set = try NativeRuleFormat.parse("rule \"r\"\n  when \(condition)\n  blank all\n")
        return !set.matchingRules(RuleInput(dataset: header.dataset, fileMeta: fileMeta)).isEmpty
    }

    let image = Header().text("ImageType", "ORIGINAL", "PRIMARY", "AXIAL").text("Modality", "CT")
        .text("Manufacturer", "GE MEDICAL SYSTEMS").size(columns: 512, rows: 512).text("WindowWidth", "400", "1500")
        .text("SliceThickness", "2.5")

    @Test func multiValuedAttributesMatchWhenAnyValueMatches() throws {
        #expect(try matches("ImageType == \"PRIMARY\"", image))
        #expect(try matches("ImageType contains \"XIA\"", image))
        #expect(try !matches("ImageType == \"ORIGINAL\\\\PRIMARY\"", image))
        #expect(try matches("WindowWidth > 1000", image))
        #expect(try matches("WindowWidth < 500", image))
        #expect(try !matches("WindowWidth > 2000", image))
    }

    @Test func wholeValueReadsLikeCTP() throws {
        #expect(try matches("whole(ImageType) == \"ORIGINAL\\\\PRIMARY\\\\AXIAL\"", image))
        #expect(try !matches("whole(ImageType) == \"PRIMARY\"", image))
        #expect(try matches("whole(ImageType) contains \"ORIGINAL\\\\PRI\"", image))
        // An absent attribute reads as "" as a whole, and has no values one by one.
        #expect(try matches("whole(SeriesDescription) == \"\"", image))
        #expect(try !matches("SeriesDescription == \"\"", image))
        #expect(try matches("SeriesDescription != \"SAVE\"", image))
        // CTP reads numbers by dropping everything but digits and dots.
        let mm = Header().text("SliceThickness", "2.5 ")
        #expect(try matches("whole(SliceThickness) > 2", mm))
    }

    @Test func caseAndTextTests() throws {
        #expect(try matches("Manufacturer contains~ \"medical\"", image))
        #expect(try !matches("Manufacturer contains \"medical\"", image))
        #expect(try matches("Manufacturer startswith \"GE \"", image))
        #expect(try matches("Manufacturer startswith~ \"ge m\"", image))
        #expect(try matches("Manufacturer endswith~ \"Systems\"", image))
        #expect(try matches("Modality equals~ \"ct\"", image))
        #expect(try !matches("Modality == \"ct\"", image))
    }

    @Test func regularExpressions() throws {
        // matches: the whole value (Java String.matches); search: anywhere (Python re.search).
        #expect(try matches("Manufacturer matches \"GE.*\"", image))
        #expect(try !matches("Manufacturer matches \"GE\"", image))
        #expect(try matches("Manufacturer search \"MEDICAL\"", image))
        #expect(try matches("Manufacturer search~ \"siemens|medical\"", image))
        #expect(try !matches("Manufacturer search \"^MEDICAL\"", image))
    }

    @Test func presenceAndEmptiness() throws {
        let header = image.empty("SeriesDescription")
        #expect(try matches("SeriesDescription present", header))
        #expect(try matches("SeriesDescription empty", header))
        #expect(try !matches("SeriesDescription missing", header))
        #expect(try matches("StudyDescription missing", header))
        #expect(try !matches("StudyDescription empty", header))
        #expect(try !matches("Modality empty", header))
    }

    @Test func numbersFromBinaryAndTextAttributes() throws {
        #expect(try matches("Rows == 512 and Columns == \"512\"", image))
        #expect(try matches("Rows > 511 and Rows < 513", image))
        #expect(try matches("SliceThickness < 3", image))
    }

    @Test func booleanStructure() throws {
        #expect(try matches("Modality == \"US\" or Modality == \"CT\" and Rows == 512", image))
        #expect(try !matches("(Modality == \"US\" or Modality == \"CT\") and Rows == 1", image))
        #expect(try matches("not Modality == \"US\"", image))
        #expect(try matches("not (Modality == \"US\" and Rows == 512)", image))
        #expect(try matches("true", image))
        #expect(try !matches("false", image))
    }

    @Test func fileMetaAttributesAreFound() throws {
        var meta = DataSet()
        meta.setString(.implementationVersionName, vr: .SH, "MINDRAY_V1")
        #expect(try matches("ImplementationVersionName contains \"MINDRAY\"", image, fileMeta: meta))
        #expect(try !matches("ImplementationVersionName contains \"MINDRAY\"", image))
    }

    @Test func tagsAndPrivateAttributes() throws {
        var header = image
        header.dataset.set(DataElement(tag: Tag(0x0019, 0x0010), vr: .LO, value: .bytes(Data("ZIEHM ".utf8))))
        header.dataset.set(DataElement(tag: Tag(0x0019, 0x1001), vr: .UN, value: .bytes(Data("VISION\\RFD".utf8))))
        #expect(try matches("(0019,0010) == \"ZIEHM\"", header))
        #expect(try matches("(0019,1001) == \"RFD\"", header))
        #expect(try matches("[0008,0060] == \"CT\"", header))
    }
}
