import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor

@Suite("Native rule format")
struct NativeFormatTests {
    static let example = """
        # comment
        rule "GE LOGIQ top bar"
          when Modality == "US" and Manufacturer contains~ "GE" and Rows == 600
          blank 0,0,800,60
          blank -200,0,200,40 frames 0-4
          keep 100,100,50,50
        """

    static let rich = """
        match first   # only the first matching rule applies

        rule "every operator"
          group "graylist"
          when Modality == "US"
            and (Manufacturer contains~ "GE" or Manufacturer startswith "Philips")
            and not ImageType endswith~ "save"
            and whole(ImageType) != "ORIGINAL\\\\PRIMARY"
            and (0008,1090) matches "LOGIQ ?E9"
            and [0008,103E] search~ "dose|report"
            and Rows < 1024 and Columns > 10.5
            and BurnedInAnnotation equals~ "yes"
            and SeriesDescription !=~ "x"
            and PatientName present and OtherPatientIDs missing and StudyComments empty
            and (true or false)
          blank 0,0,800,60
          blank -200,-40,200,40 frames 0-4,7
          keep 100,100,50,50 frames 2
          blank all
          keep ultrasound-regions
          blank outside-ultrasound-regions frames 0
          blank ultrasound-regions

        rule "quotes \\"and\\" backslashes \\\\"
          when not (Modality == "CT" and Rows == "512") or ImplementationVersionName contains "MINDRAY"
          blank 1,2,3,4
        """

    @Test func parsesTheExample() throws {
        let set = try NativeFormatRuleTestSupport.parse(Self.example, source: "ge.rules")
        #expect(set.policy == .all)
        #expect(set.rules.count == 1)
        let rule = try #require(set.rules.first)
        #expect(rule.name == "GE LOGIQ top bar")
        #expect(rule.origin == "ge.rules:2")
        let modality = try #require(AttributeRef(keyword: "Modality"))
        let manufacturer = try #require(AttributeRef(keyword: "Manufacturer"))
        let rows = try #require(AttributeRef(keyword: "Rows"))
        #expect(rule.condition == .all([
            .test(AttributeTest(modality, .equals("US", ignoringCase: false))),
            .test(AttributeTest(manufacturer, .contains("GE", ignoringCase: true))),
            .test(AttributeTest(rows, .equals("600", ignoringCase: false))),
        ]))
        #expect(rule.regions == [
            RuleRegion(.blank, .rect(RuleRect(x: 0, y: 0, width: 800, height: 60))),
            RuleRegion(.blank, .rect(RuleRect(x: -200, y: 0, width: 200, height: 40)), frames: .frames([0, 1, 2, 3, 4])),
            RuleRegion(.keep, .rect(RuleRect(x: 100, y: 100, width: 50, height: 50))),
        ])
    }

    @Test func exampleMatchesAGELogiqHeader() throws {
        let set = try NativeFormatRuleTestSupport.parse(Self.example, source: "ge.rules")
        let header = Header().text("Modality", "US").text("Manufacturer", "GE Healthcare").size(columns: 800, rows: 600)
        let input = RuleInput(dataset: header.dataset, numberOfFrames: 10)
        let evaluation = set.evaluate(input)
        #expect(evaluation.matchedRules.map(\.name) == ["GE LOGIQ top bar"])
        let reason = RegionReason.rule(name: "GE LOGIQ top bar", source: "ge.rules:2")
        #expect(evaluation.regions == [
            RedactionRegion(frames: .all, rect: PixelRect(x: 0, y: 0, width: 800, height: 60), reason: reason),
            RedactionRegion(frames: .frames([0, 1, 2, 3, 4]), rect: PixelRect(x: 600, y: 0, width: 200, height: 40),
                            reason: reason),
        ])
        let other = Header().text("Modality", "US").text("Manufacturer", "Philips").size(columns: 800, rows: 600)
        #expect(set.evaluate(RuleInput(dataset: other.dataset)).regions.isEmpty)
    }

    @Test func roundTrips() throws {
        let first = try NativeFormatRuleTestSupport.parse(Self.rich, source: "a.rules")
        #expect(first.policy == .first)
        #expect(first.rules.count == 2)
        #expect(first.rules[1].name == "quotes \"and\" backslashes \\")
        let text = NativeRuleFormat.serialize(first)
        let second = try NativeFormatRuleTestSupport.parse(text, source: "b.rules")
        #expect(second.rules == first.rules)
        #expect(second.policy == first.policy)
        #expect(NativeRuleFormat.serialize(second) == text)
    }

    @Test func wholeValueReadingIsParsed() throws {
        let set = try NativeFormatRuleTestSupport.parse(Self.rich)
        let tests = set.rules[0].condition.tests
        let whole = try #require(tests.first { $0.reading == .wholeValue })
        #expect(whole.attribute.keyword == "ImageType")
        #expect(whole.check == .equals("ORIGINAL\\PRIMARY", ignoringCase: false))
        let byTag = try #require(tests.first { $0.attribute.tag == Tag(0x0008, 0x103E) })
        #expect(byTag.check == .search("dose|report", ignoringCase: true))
    }

    @Test(arguments: [
        ("rule \"a\"\n  when Modality == \"US\"\n  when Rows == 1\n", 3, "one 'when'"),
        ("rule \"a\"\n  blank 0,0,10,10\n", 1, "no 'when'"),
        ("rule \"a\"\n  when Modalty == \"US\"\n", 2, "unknown attribute keyword 'Modalty'"),
        ("rule \"a\"\n  when Modality == \"US\n", 2, "string not closed"),
        ("rule \"a\"\n  when true\n  blank 0,0,10\n", 3, "four integers"),
        ("rule \"a\"\n  when true\n  blank 0,0,0,10\n", 3, "positive"),
        ("rule \"a\"\n  when true\n  blank 0,0,5,5 frames 4-2\n", 3, "backwards"),
        ("rule \"a\"\n  when true\n  blank somewhere\n", 3, "unknown area"),
        ("rule \"a\"\n  when Modality matches \"(\"\n", 2, "invalid regular expression"),
        ("rule \"a\"\n  when Modality == \"US\" Rows == 1\n", 2, "unexpected"),
        ("rule \"a\"\n  when Modality ~= \"US\"\n", 2, "unexpected character"),
        ("  and Rows == 1\n", 1, "continues a 'when'"),
        ("blank 0,0,1,1\n", 1, "outside a rule"),
        ("frobnicate\n", 1, "unknown statement"),
        ("rule \"a\"\n  when true\nmatch first\n", 3, "before the first rule"),
        ("rule \"a\"\n  when (Modality == \"US\"\n", 2, "expected \")\""),
    ])
    func reportsErrorsWithTheirLine(text: String, line: Int, message: String) {
        do {
            _ = try NativeRuleFormat.parse(text, source: "bad.rules")
            Issue.record("parsed without error: \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("bad.rules:\(line): "), "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func continuationLinesMayUseOr() throws {
        let set = try NativeFormatRuleTestSupport.parse("""
            rule "either"
              when Modality == "US"
                or Modality == "CT"
              blank all
            """)
        #expect(set.rules[0].condition.tests.count == 2)
        if case .any(let terms) = set.rules[0].condition { #expect(terms.count == 2) } else { Issue.record("not an or") }
    }

    @Test func documentedExampleParses() throws {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let path = parts.joined(separator: "/") + "/docs/rules.md"
        let text = String(decoding: try Data(contentsOf: URL(filePath: path)), as: UTF8.self)
        let section = try #require(text.split(separator: "## The native format").last)
        let blocks = section.split(separator: "```", omittingEmptySubsequences: false)
        let example = String(try #require(blocks.dropFirst().first))
        let set = try NativeRuleFormat.parse(example, source: "docs/rules.md")
        #expect(set.rules.map(\.name) == ["GE LOGIQ top bar", "Philips iU22, 768 rows",
                                          "Ultrasound: everything outside the declared image areas"])
        #expect(set.rules[1].group == "graylist")
    }

    @Test func codableRoundTrip() throws {
        let set = try NativeFormatRuleTestSupport.parse(Self.rich, source: "a.rules")
        let data = try JSONEncoder().encode(set)
        let decoded = try JSONDecoder().decode(RuleSet.self, from: data)
        #expect(decoded == set)
    }
}

/// Parsing helper that keeps the tests short.
enum NativeFormatRuleTestSupport {
    static func parse(_ text: String, source: String = "") throws -> RuleSet {
        try NativeRuleFormat.parse(text, source: source)
    }
}
