import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor

@Suite("deid recipes")
struct DeidImportTests {
    static let recipe = """
        FORMAT dicom

        %filter whitelist

        LABEL Clean # a comment
          contains BurnedInAnnotation No

        %filter graylist

        LABEL LightSpeed Localizers # (Susan Weber)
          contains ManufacturerModelName LightSpeed VCT
          + contains Modality CT
          + contains ImageType LOCAL || contains SeriesDescription Localizer
          coordinates 0,0,80,85

        LABEL Reconstruction
          missing Manufacturer || empty Manufacturer
          + contains ImageType RECONSTRUCTION|SECONDARY|DERIVED
          ctpcoordinates 10,20,30,40
          keepcoordinates 15,25,20,30

        LABEL Not GE
          notcontains Manufacturer GE
          + notequals Modality mr
          + present PatientName
          coordinates all

        LABEL Typo
          contains Manfacturer ADAC
          ctpkeepcoordinates 0,0,1,1

        %filter blacklist

        LABEL Burned In
          contains ImageType SAVE
          + contains Modality CT|MR
          || contains BurnedInAnnotation YES
          || empty ImageType

        LABEL Two lines, implicit and
          contains ImageType Secondary
          contains Modality OT

        %header

        REMOVE PatientID
        ADD PatientIdentityRemoved YES
        """

    func result() throws -> RuleImport { try DeidRecipe.parse(Self.recipe, source: "deid.dicom") }

    func matched(_ header: Header) throws -> [String] {
        try result().ruleSet.matchingRules(RuleInput(dataset: header.dataset)).map(\.name)
    }

    @Test func importsEveryLabel() throws {
        let imported = try result()
        let set = imported.ruleSet
        #expect(set.policy == .all)
        #expect(set.rules.map(\.name) == ["Clean", "LightSpeed Localizers", "Reconstruction", "Not GE", "Typo",
                                          "Burned In", "Two lines, implicit and"])
        #expect(set.rules.map(\.group) == ["whitelist", "graylist", "graylist", "graylist", "graylist", "blacklist",
                                           "blacklist"])
        #expect(set.rules[1].regions == [RuleRegion(.blank, .rect(RuleRect(x: 0, y: 0, width: 80, height: 85)))])
        #expect(set.rules[2].regions == [RuleRegion(.blank, .rect(RuleRect(x: 10, y: 20, width: 30, height: 40))),
                                         RuleRegion(.keep, .rect(RuleRect(x: 15, y: 25, width: 5, height: 5)))])
        #expect(set.rules[3].regions == [RuleRegion(.blank, .all)])
        #expect(imported.warnings.map(\.line) == [29, 44], "\(imported.warnings)")
        #expect(imported.warnings[0].message.contains("unknown field 'Manfacturer'"))
        #expect(imported.warnings[1].message.contains("%header"))
        // The typo'd field reads as absent in deid: contains is false.
        #expect(set.rules[4].condition == .constant(false))
    }

    @Test func orEvaluatesLeftToRightWithoutPrecedence() throws {
        // ((ModelName and Modality) and ImageType) or SeriesDescription: deid's own reading,
        // which flags an MR localizer too (deid issue #192).
        let mr = Header().text("Modality", "MR").text("SeriesDescription", "3-plane localizer")
        #expect(try matched(mr).contains("LightSpeed Localizers"))
        let ct = Header().text("Modality", "CT").text("ManufacturerModelName", "LightSpeed VCT")
            .text("ImageType", "ORIGINAL", "PRIMARY", "LOCALIZER")
        #expect(try matched(ct).contains("LightSpeed Localizers"))
        #expect(try !matched(ct.text("ImageType", "ORIGINAL", "PRIMARY", "AXIAL")).contains("LightSpeed Localizers"))
    }

    @Test func inlineOrAndMissing() throws {
        let derived = Header().text("ImageType", "DERIVED", "PRIMARY")
        #expect(try matched(derived).contains("Reconstruction"))
        #expect(try matched(derived.empty("Manufacturer")).contains("Reconstruction"))
        #expect(try !matched(derived.text("Manufacturer", "GE")).contains("Reconstruction"))
        #expect(try !matched(Header().text("ImageType", "ORIGINAL")).contains("Reconstruction"))
    }

    @Test func notcontainsAndNotequalsAreCaseInsensitive() throws {
        let named = Header().text("PatientName", "Doe^Jane")
        #expect(try matched(named.text("Manufacturer", "Siemens").text("Modality", "CT")).contains("Not GE"))
        #expect(try !matched(named.text("Manufacturer", "ge healthcare")).contains("Not GE"))
        #expect(try !matched(named.text("Modality", "MR")).contains("Not GE"))
        // notcontains on an absent field is true; present on an absent field false.
        #expect(try matched(named).contains("Not GE"))
        #expect(try !matched(Header()).contains("Not GE"))
    }

    @Test func blacklistChainsAndImplicitAnd() throws {
        #expect(try matched(Header().text("BurnedInAnnotation", "yes")).contains("Burned In"))
        #expect(try matched(Header().empty("ImageType")).contains("Burned In"))
        #expect(try !matched(Header().text("ImageType", "SCREEN SAVE").text("Modality", "US")).contains("Burned In"))
        #expect(try matched(Header().text("ImageType", "SCREEN SAVE").text("Modality", "MR")).contains("Burned In"))
        let scanned = Header().text("ImageType", "DERIVED", "SECONDARY").text("Modality", "OT")
        #expect(try matched(scanned).contains("Two lines, implicit and"))
        #expect(try !matched(scanned.text("Modality", "CT")).contains("Two lines, implicit and"))
    }

    @Test func regionsPaintInOrder() throws {
        let header = Header().text("ImageType", "DERIVED").size(columns: 100, rows: 100)
        let regions = try result().ruleSet.evaluate(RuleInput(dataset: header.dataset)).regions
        // Reconstruction blanks 10,20,30,40 and keeps 15,25,5,5 out of it.
        let area = regions.filter { $0.reason == .rule(name: "Reconstruction", source: "deid.dicom:16") }
            .reduce(0) { $0 + $1.rect.area }
        #expect(area == 30 * 40 - 25)
    }

    @Test(arguments: [
        ("%filter\nLABEL x\n", 1, "needs a name"),
        ("FORMAT nifti\n", 1, "not a DICOM recipe"),
        ("%filter g\nLABEL x\n  contains Modality\n", 3, "needs a field and a value"),
        ("%filter g\nLABEL x\n  coordinates 1,2,3\n", 3, "four integers"),
        ("%filter g\nLABEL x\n  contains Modality (\n", 3, "invalid regular expression"),
    ])
    func reportsErrors(text: String, line: Int, message: String) {
        do {
            _ = try DeidRecipe.parse(text, source: "r.dicom")
            Issue.record("parsed without error")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func unknownCriteriaAreWarnedAndSkipped() throws {
        let result = try DeidRecipe.parse("%filter g\nLABEL x\n  startswith Modality US\n  coordinates all\nstray\n")
        #expect(result.ruleSet.rules.count == 1)
        #expect(result.ruleSet.rules[0].condition == .constant(true))
        #expect(result.warnings.map(\.line) == [3, 5])
    }
}

@Suite("PixelMed control files")
struct PixelMedImportTests {
    @Test func matchesOnColumnsAndRows() throws {
        let result = try PixelMedControlFile.parse("""
            # redaction control
            800x600 = (0,0,639,150)
            1024 x 768 = (0, 0, 1024, 60);(200,60,20,20)
            800x600 = (700,0,100,20)
            """, source: "shapes.txt")
        #expect(result.ruleSet.rules.map(\.name) == ["800x600", "1024x768", "800x600"])
        #expect(result.warnings.map(\.line) == [4])
        let image = Header().size(columns: 800, rows: 600)
        let regions = result.ruleSet.evaluate(RuleInput(dataset: image.dataset)).regions
        #expect(regions.map(\.rect) == [PixelRect(x: 0, y: 0, width: 639, height: 150),
                                        PixelRect(x: 700, y: 0, width: 100, height: 20)])
        #expect(regions.first?.reason == .rule(name: "800x600", source: "shapes.txt:2"))
        #expect(result.ruleSet.evaluate(RuleInput(dataset: Header().size(columns: 600, rows: 800).dataset))
            .regions.isEmpty)
    }

    @Test(arguments: [
        ("800x600 (0,0,1,1)\n", 1, "missing \"=\""),
        ("\n800by600 = (0,0,1,1)\n", 2, "not a COLSxROWS"),
        ("800x600 = (0,0,1)\n", 1, "malformed region"),
        ("800x600 = (-1,0,1,1)\n", 1, "malformed region"),
    ])
    func reportsErrors(text: String, line: Int, message: String) {
        do {
            _ = try PixelMedControlFile.parse(text, source: "s.txt")
            Issue.record("parsed without error")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func formatIsGuessed() {
        #expect(RuleFileKind.guess(text: "# x\n800x600 = (0,0,1,1)\n") == .pixelMedControl)
        #expect(RuleFileKind.guess(text: "FORMAT dicom\n%filter graylist\n") == .deidRecipe)
        #expect(RuleFileKind.guess(text: "GE\n{ Modality.equals(\"US\") }\n(0,0,1,1)\n") == .ctpPixelScript)
        #expect(RuleFileKind.guess(text: "# rules\nrule \"a\"\n when true\n") == .native)
    }
}
