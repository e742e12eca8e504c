import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor

/// The rule files users already have, from ../shared/corpus/rules: they must import completely.
@Suite("Real CTP and deid rule files")
struct RealRuleFilesTests {
    /// Every rule set must survive conversion to the native format unchanged.
    func expectNativeRoundTrip(_ set: RuleSet, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = NativeRuleFormat.serialize(set)
        let back = try NativeRuleFormat.parse(text, source: "converted.rules")
        #expect(back.rules == set.rules, sourceLocation: sourceLocation)
        #expect(back.policy == set.policy, sourceLocation: sourceLocation)
    }

    @Test func ctpPixelAnonymizerScript() throws {
        guard let path = SharedRules.path("ctp-DicomPixelAnonymizer.script") else { return }
        let result = try RuleFiles.load(path: path)
        let set = result.ruleSet
        // Counted by reading the file: 52 signatures in braces, 62 (x,y,w,h) regions after them.
        #expect(set.rules.count == 52)
        #expect(set.rules.reduce(0) { $0 + $1.regions.count } == 62)
        #expect(set.policy == .first)
        #expect(set.rules.allSatisfy { !$0.regions.isEmpty && !$0.condition.tests.isEmpty })
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        try expectNativeRoundTrip(set)

        // The ATL HDI 5000 signature.
        let atl = Header().text("Modality", "US").text("Manufacturer", "ATL").text("ManufacturerModelName", "HDI 5000")
            .size(columns: 640, rows: 476)
        let found = set.evaluate(RuleInput(dataset: atl.dataset))
        #expect(found.matchedRules.map(\.name) == ["US: ATL"])
        #expect(found.regions.map(\.rect) == [PixelRect(x: 40, y: 0, width: 200, height: 40),
                                              PixelRect(x: 240, y: 0, width: 190, height: 16)])
        guard case .rule(_, let source) = found.regions[0].reason else { Issue.record("not a rule reason"); return }
        #expect(source.hasSuffix("ctp-DicomPixelAnonymizer.script:198"))
        #expect(set.evaluate(RuleInput(dataset: atl.size(columns: 640, rows: 480).dataset)).matchedRules.isEmpty)

        // First match wins: a GE screen capture that is also an AVA report gets the earlier
        // "512 x 512 screen captures" signature only.
        let capture = Header().text("BurnedInAnnotation", "YES").text("Manufacturer", "GE MEDICAL SYSTEMS")
            .text("SeriesDescription", "AVA Report").size(columns: 512, rows: 512)
        let first = set.evaluate(RuleInput(dataset: capture.dataset))
        #expect(first.matchedRules.count == 1)
        #expect(first.regions.map(\.rect) == [PixelRect(x: 0, y: 0, width: 512, height: 25)])

        // The MINDRAY signature reads Implementation Version Name from the file meta group.
        var meta = DataSet()
        meta.setString(.implementationVersionName, vr: .SH, "MINDRAY_1.0")
        let mindray = Header().text("Modality", "US").size(columns: 1280, rows: 1024)
        #expect(set.evaluate(RuleInput(dataset: mindray.dataset, fileMeta: meta)).regions.map(\.rect)
                == [PixelRect(x: 0, y: 0, width: 1229, height: 69)])
        // The PET overlay signature names its attribute by tag.
        let overlay = Header().text("OverlayDescription", "Siemens MedCom Object Graphics").size(columns: 512, rows: 512)
        #expect(set.evaluate(RuleInput(dataset: overlay.dataset)).regions.map(\.rect)
                == [PixelRect(x: 0, y: 0, width: 512, height: 90)])
    }

    @Test func ctpBurnedInPixelsFilter() throws {
        guard let path = SharedRules.path("ctp-BurnedInPixelsFilter.script") else { return }
        let text = try String(decoding: Data(contentsOf: URL(filePath: path)), as: UTF8.self)
        let filter = try CTPFilterScript.parse(text, source: path)
        #expect(filter.warnings.isEmpty)
        #expect(filter.condition.tests.count == 7)
        let set = try RuleSet(rules: [Rule(name: "clean", condition: filter.condition, regions: [])])
        // Passes (no burned-in pixels expected): no SAVE, no secondary-capture attributes, not YES.
        let plain = Header().text("ImageType", "ORIGINAL", "PRIMARY").text("SeriesDescription", "Abdomen")
            .text("BurnedInAnnotation", "NO")
        #expect(set.matchingRules(RuleInput(dataset: plain.dataset)).count == 1)
        #expect(set.matchingRules(RuleInput(dataset: plain.text("ImageType", "DERIVED", "SCREEN SAVE").dataset)).isEmpty)
        #expect(set.matchingRules(RuleInput(dataset: plain.text("DateOfSecondaryCapture", "20240101").dataset)).isEmpty)
        #expect(set.matchingRules(RuleInput(dataset: plain.text("BurnedInAnnotation", "YES").dataset)).isEmpty)
    }

    @Test func deidDefaultRecipe() throws {
        guard let path = SharedRules.path("deid.dicom") else { return }
        let result = try RuleFiles.load(path: path)
        let set = result.ruleSet
        // Counted by reading the file: 118 LABELs (2 whitelist, 109 graylist, 7 blacklist) and
        // 117 coordinate lines.
        #expect(set.rules.count == 118)
        #expect(set.rules.filter { $0.group == "whitelist" }.count == 2)
        #expect(set.rules.filter { $0.group == "graylist" }.count == 109)
        #expect(set.rules.filter { $0.group == "blacklist" }.count == 7)
        #expect(set.rules.reduce(0) { $0 + $1.regions.count } == 117)
        // The only lines not taken as rules are reported: two misspelled field names
        // (Manfacturer twice, Manufacture once) and the %header section.
        #expect(result.warnings.count == 4, "\(result.warnings)")
        #expect(result.warnings.filter { $0.message.contains("unknown field") }.count == 3)
        #expect(result.warnings.contains { $0.message.contains("%header") })
        try expectNativeRoundTrip(set)

        // The ATL HDI 5000 label (ctpcoordinates), and deid applying every matching label.
        let atl = Header().text("Modality", "US").text("Manufacturer", "ATL").text("ManufacturerModelName", "HDI 5000")
            .size(columns: 640, rows: 476)
        let found = set.evaluate(RuleInput(dataset: atl.dataset))
        #expect(found.matchedRules.map(\.name).contains("ATL HDI 5000"))
        #expect(found.matchedRules.map(\.name).contains("Stanford Blacklist Missing ImageType"))
        #expect(found.regions.map(\.rect) == [PixelRect(x: 40, y: 0, width: 200, height: 40),
                                              PixelRect(x: 240, y: 0, width: 190, height: 16)])

        // `missing Manufacturer || empty Manufacturer + contains ImageType ...`
        let reconstruction = Header().text("ImageType", "DERIVED", "PRIMARY")
        #expect(set.matchingRules(RuleInput(dataset: reconstruction.dataset)).map(\.name)
            .contains("Stanford Med Reconstruction"))
        #expect(!set.matchingRules(RuleInput(dataset: reconstruction.text("Manufacturer", "GE").dataset)).map(\.name)
            .contains("Stanford Med Reconstruction"))

        // Line-leading `||`: `contains ImageType SAVE + contains Modality CT|MR || contains
        // SeriesDescription SAVE || ...` flags a US image with Burned In Annotation YES.
        let flagged = atl.text("ImageType", "ORIGINAL").text("BurnedInAnnotation", "YES")
        #expect(set.matchingRules(RuleInput(dataset: flagged.dataset)).map(\.name).contains("Burned In Annotation"))
        #expect(!set.matchingRules(RuleInput(dataset: atl.text("ImageType", "ORIGINAL").dataset)).map(\.name)
            .contains("Burned In Annotation"))
    }

    @Test func deidUltrasoundRecipe() throws {
        guard let path = SharedRules.path("deid.dicom.ultrasound") else { return }
        let result = try RuleFiles.load(path: path)
        let set = result.ruleSet
        #expect(set.rules.map(\.name) == ["Marked as Clean Catch All", "Blank Image", "Clean Ultrasound Regions"])
        #expect(result.warnings.count == 1, "\(result.warnings)")  // the %header section
        try expectNativeRoundTrip(set)

        let header = Header().text("Modality", "US").text("BurnedInAnnotation", "NO").size(columns: 800, rows: 600)
            .ultrasoundRegions([(100, 80, 699, 519)])
        let found = set.evaluate(RuleInput(dataset: header.dataset))
        #expect(found.matchedRules.count == 3)
        let area = found.regions.reduce(0) { $0 + $1.rect.area }
        #expect(area == 800 * 600 - 600 * 440)
        let expected = UltrasoundRegions.outside(in: header.dataset, columns: 800, rows: 600)
        #expect(Set(found.regions.map(\.rect)) == Set(expected))
        // Without regions the whole image is blanked, as deid does.
        let bare = Header().text("Modality", "US").size(columns: 800, rows: 600)
        #expect(set.evaluate(RuleInput(dataset: bare.dataset)).regions.map(\.rect)
                == [PixelRect(x: 0, y: 0, width: 800, height: 600)])
    }
}
