import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor

@Suite("CTP DicomPixelAnonymizer scripts")
struct CTPImportTests {
    static let script = """
        Some header text (with parentheses) before the first signature.

        **************
             US
        **************
        ATL
          { Modality.equals("US") *
            Manufacturer.containsIgnoreCase("ATL") *
            ManufacturerModelName.containsIgnoreCase("HDI 5000") *
            Rows.equals("476") *
            Columns.equals("640") }
          (40,0,200,40) (240,0,190,16)

        Catch-all US // not a comment outside braces
          { Modality.equals("US") * !(BurnedInAnnotation.equalsIgnoreCase("NO") + [0018,1012].equals("")) }
          ( -100 , -20 , 100 , 20 )
          (1,2,3)

        **************
             CT
        **************
          { ImageType.contains("SECONDARY\\SCREEN") // a comment inside braces
            * SliceThickness.isLessThan("3mm") * Foo.bar("x") }
          (0,0,512,25)
        """

    @Test func importsSignaturesRegionsAndNames() throws {
        let result = try CTPPixelScript.parse(Self.script, source: "ctp.script")
        let set = result.ruleSet
        #expect(set.policy == .first)
        #expect(set.rules.map(\.name) == ["US: ATL", "US: Catch-all US // not a comment outside braces", "CT: signature 3"])
        #expect(set.rules.map(\.origin) == ["ctp.script:7", "ctp.script:15", "ctp.script:22"])
        #expect(set.rules.map(\.regions.count) == [2, 1, 1])
        #expect(set.rules[1].regions[0].area == .rect(RuleRect(x: -100, y: -20, width: 100, height: 20)))
        // "(1,2,3)" is skipped with a warning; Foo is unknown, bar an unknown method.
        #expect(result.warnings.count == 2, "\(result.warnings)")
        #expect(result.warnings.contains { $0.line == 17 && $0.message.contains("(1,2,3)") })
        #expect(result.warnings.contains { $0.line == 23 && $0.message.contains("unknown method 'bar'") })
        #expect(set.rules.allSatisfy { $0.condition.tests.allSatisfy { $0.reading == .wholeValue } })
    }

    @Test func atlSignatureMatchesLikeCTP() throws {
        let set = try CTPPixelScript.parse(Self.script, source: "ctp.script").ruleSet
        let atl = Header().text("Modality", "US").text("Manufacturer", "ATL Ultrasound")
            .text("ManufacturerModelName", "HDI 5000").size(columns: 640, rows: 476).text("BurnedInAnnotation", "YES")
            .text("DateOfSecondaryCapture", "20240101")
        // Both US signatures match; the first wins.
        let evaluation = set.evaluate(RuleInput(dataset: atl.dataset))
        #expect(evaluation.matchedRules.map(\.name) == ["US: ATL"])
        #expect(evaluation.regions.map(\.rect) == [PixelRect(x: 40, y: 0, width: 200, height: 40),
                                                   PixelRect(x: 240, y: 0, width: 190, height: 16)])
        #expect(evaluation.regions.first?.reason == .rule(name: "US: ATL", source: "ctp.script:7"))

        // Rows 480: the ATL signature fails and the catch-all applies, its negative
        // coordinates counted from the right and bottom edges.
        let other = atl.size(columns: 640, rows: 480)
        let found = set.evaluate(RuleInput(dataset: other.dataset))
        #expect(found.matchedRules.map(\.name) == ["US: Catch-all US // not a comment outside braces"])
        #expect(found.regions.map(\.rect) == [PixelRect(x: 540, y: 460, width: 100, height: 20)])

        // Without Date of Secondary Capture, CTP reads [0018,1012] as "", so equals("") is true
        // and the negated group is false: nothing matches.
        var undated = other
        undated.dataset.remove(Tag(0x0018, 0x1012))
        #expect(set.evaluate(RuleInput(dataset: undated.dataset)).matchedRules.isEmpty)
    }

    @Test func wholeValueAndNumbers() throws {
        let set = try CTPPixelScript.parse(Self.script).ruleSet
        let ct = Header().text("ImageType", "DERIVED", "SECONDARY", "SCREEN SAVE").text("SliceThickness", "2.5")
        // The unknown method makes the CT signature always false, as in CTP.
        #expect(set.matchingRules(RuleInput(dataset: ct.dataset)).isEmpty)
        let fixed = try CTPPixelScript.parse(Self.script.replacingOccurrences(of: " * Foo.bar(\"x\")", with: ""))
        #expect(fixed.ruleSet.matchingRules(RuleInput(dataset: ct.dataset)).map(\.name) == ["CT: signature 3"])
        let thick = ct.text("SliceThickness", "5")
        #expect(fixed.ruleSet.matchingRules(RuleInput(dataset: thick.dataset)).isEmpty)
    }

    @Test func precedenceIsNotThenAndThenOr() throws {
        let filter = try CTPFilterScript.parse("Modality.equals(\"US\") + Modality.equals(\"CT\") * Rows.equals(\"1\")")
        #expect(filter.condition.tests.count == 3)
        if case .any(let terms) = filter.condition, terms.count == 2, case .all = terms[1] {} else {
            Issue.record("expected US or (CT and Rows): \(filter.condition)")
        }
    }

    @Test(arguments: [
        ("{ Modality.equals(\"US\") * }\n(0,0,1,1)", 1, "ends too early"),
        ("text\n{ Modality.equals(\"US\") ", 2, "without a closing"),
        ("{ Modality.equals(\"US\") & Rows.equals(\"1\") }", 1, "unexpected \"&\""),
        ("\n{ Modality.matches(\"(\") }", 2, "invalid regular expression"),
        ("} (0,0,1,1)", 1, "without a \"{\""),
    ])
    func reportsErrors(text: String, line: Int, message: String) {
        do {
            _ = try CTPPixelScript.parse(text, source: "x.script")
            Issue.record("parsed without error")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func unknownAttributeReadsAsEmptyString() throws {
        let result = try CTPFilterScript.parse("NoSuchKeyword.equals(\"\") * !NoSuchKeyword.contains(\"x\")")
        #expect(result.condition == .all([.constant(true), .not(.constant(false))]))
        #expect(result.warnings.count == 2)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let index = rest.indices.first(where: { rest[$0...].hasPrefix(target) }) {
            result += rest[..<index] + replacement
            rest = rest[rest.index(index, offsetBy: target.count)...]
        }
        return result + rest
    }
}
