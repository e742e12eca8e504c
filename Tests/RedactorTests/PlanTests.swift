import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Redaction plans: rules, the ultrasound option, text detections judged, padded, clipped, merged.
@Suite("Redaction plans")
struct PlanTests {
    static let layout = PixelDescription(rows: 40, columns: 64, bitsAllocated: 8)

    static func word(_ text: String, _ box: PixelRect, frames: FrameScope = .all, line: Int = 0) -> DetectedText {
        DetectedText(frames: frames, box: box, text: text, confidence: 90, method: .ocr, line: line)
    }

    @Test("all-text judge: every detection goes, unread ones too, except allow-listed words")
    func allTextJudge() {
        let judge = AllTextJudge(allowList: ["L", "cm/s"])
        let detections = [Self.word("DOE,", PixelRect(x: 0, y: 0, width: 5, height: 5)),
                          Self.word("(l)", PixelRect(x: 0, y: 0, width: 5, height: 5)),
                          Self.word("CM/S", PixelRect(x: 0, y: 0, width: 5, height: 5)),
                          Self.word("--", PixelRect(x: 0, y: 0, width: 5, height: 5)),
                          DetectedText(frames: .all, box: PixelRect(x: 0, y: 0, width: 5, height: 5), text: "",
                                       confidence: 0, method: .unread)]
        let reasons = judge.judge(detections, in: DataSet())
        #expect(reasons == [.text("DOE,"), nil, nil, .text("--"), .unreadText])
        #expect(AllTextJudge.normalised("Doe, J.") == "doej")
    }

    @Test("text boxes grow by the margin, are clipped to the image, and words of a line merge")
    func paddingAndMerging() throws {
        let file = try ApplyFixture.nativeFile(Self.layout)
        let detector = FixedDetector(detections: [
            Self.word("JANE", PixelRect(x: 1, y: 1, width: 12, height: 8)),
            Self.word("DOE", PixelRect(x: 15, y: 1, width: 10, height: 8)),
            Self.word("ID", PixelRect(x: 58, y: 34, width: 8, height: 8)),  // runs off the bottom-right corner
            Self.word("L", PixelRect(x: 30, y: 20, width: 4, height: 6)),
        ])
        let redactor = Redactor(options: PlanOptions(margin: 2), detector: detector, judge: AllTextJudge(allowList: ["l"]))
        let plan = try redactor.plan(for: file, path: "x.dcm")
        #expect(plan.regions == [
            RedactionRegion(frames: .all, rect: PixelRect(x: 0, y: 0, width: 27, height: 11), reason: .text("JANE DOE")),
            RedactionRegion(frames: .all, rect: PixelRect(x: 56, y: 32, width: 8, height: 8), reason: .text("ID")),
        ])
        #expect(plan.detections.count == 4)
        #expect(plan.detections[3].reason == nil)
        #expect(plan.rows == 40 && plan.columns == 64 && plan.frames == 1 && plan.path == "x.dcm")
    }

    @Test("words in different frames or lines stay apart; a region inside another is dropped")
    func mergeRules() throws {
        let d = PixelDescription(rows: 40, columns: 64, bitsAllocated: 8, numberOfFrames: 3)
        let file = try ApplyFixture.nativeFile(d)
        let detector = FixedDetector(detections: [
            Self.word("12", PixelRect(x: 2, y: 2, width: 8, height: 8), frames: .frames([1])),
            Self.word("13", PixelRect(x: 2, y: 2, width: 8, height: 8), frames: .frames([2])),
            Self.word("UP", PixelRect(x: 2, y: 20, width: 8, height: 8)),
            Self.word("DOWN", PixelRect(x: 2, y: 29, width: 20, height: 8)),
            Self.word("o", PixelRect(x: 5, y: 22, width: 2, height: 2)),
        ])
        let plan = try Redactor(options: PlanOptions(margin: 0), detector: detector).plan(for: file)
        #expect(plan.regions.map(\.reason) == [.text("UP"), .text("DOWN"), .text("12"), .text("13")])
        #expect(plan.regions[2].frames == .frames([1]))
    }

    @Test("rules and text together; text mode none never runs the detector")
    func rulesAndModes() throws {
        let file = try ApplyFixture.nativeFile(Self.layout)
        let rules = try RuleFiles.parse("""
            rule "top bar"
              when Modality == "OT"
              blank 0,0,64,6
            """, as: .native, source: "test.rules").ruleSet
        var detector = FixedDetector(detections: [Self.word("DOE", PixelRect(x: 10, y: 20, width: 10, height: 8))])
        let both = try Redactor(options: PlanOptions(ruleSets: [rules]), detector: detector).plan(for: file)
        #expect(both.matchedRules == ["top bar"])
        #expect(both.regions.count == 2)
        #expect(both.regions[0].reason.kind == "rule")
        #expect(both.regions[0].rect == PixelRect(x: 0, y: 0, width: 64, height: 6))

        detector.mustNotRun = true
        let rulesOnly = try Redactor(options: PlanOptions(textMode: .none, ruleSets: [rules]), detector: detector,
                                     judge: KeepAllTextJudge()).plan(for: file)
        #expect(rulesOnly.regions.count == 1)
        #expect(rulesOnly.detections.isEmpty)
    }

    @Test("ultrasound option: outside the regions of US images; not applied to other images")
    func ultrasoundOption() throws {
        var dataset = ApplyFixture.header(Self.layout)
        dataset.setString(.modality, vr: .CS, "US")
        var item = DataSet()
        for (element, value) in [(UInt16(0x6018), UInt32(8)), (0x601A, 10), (0x601C, 55), (0x601E, 39)] {
            let bytes = withUnsafeBytes(of: value.littleEndian) { Data($0) }
            item.set(DataElement(tag: Tag(0x0018, element), vr: .UL, value: .bytes(bytes)))
        }
        dataset.set(DataElement(tag: Tag(0x0018, 0x6011), vr: .SQ, value: .sequence([item])))
        dataset.set(DataElement(tag: .pixelData, vr: .OB, value: .bytes(Data(ApplyFixture.pixels(Self.layout)))))
        let us = try DicomReader.read(data: DicomWriter.encode(DicomFile(dataset: dataset)))
        let options = PlanOptions(textMode: .none, ultrasoundRegions: true)
        let plan = try Redactor(options: options, detector: nil).plan(for: us)
        #expect(!plan.regions.isEmpty)
        #expect(plan.regions.allSatisfy { $0.reason == .outsideUltrasoundRegions })
        let blanked = plan.regions.reduce(0) { $0 + $1.rect.area }
        #expect(blanked == 64 * 40 - 48 * 30)

        let other = try Redactor(options: options, detector: nil).plan(for: ApplyFixture.nativeFile(Self.layout))
        #expect(other.regions.isEmpty)
        #expect(other.notes.contains { $0.contains("not an ultrasound image") })
    }

    @Test("a file without Pixel Data gets an empty plan and is copied byte for byte")
    func noPixelData() throws {
        var dataset = DataSet()
        dataset.setString(.sopClassUID, vr: .UI, "1.2.840.10008.5.1.4.1.1.88.11")
        dataset.setString(.sopInstanceUID, vr: .UI, "2.25.5")
        dataset.setString(.patientName, vr: .PN, "DOE^JANE")
        let bytes = try DicomWriter.encode(DicomFile(dataset: dataset))
        let file = try DicomReader.read(data: bytes)
        let plan = try Redactor(detector: FixedDetector(detections: [], mustNotRun: true)).plan(for: file)
        #expect(!plan.hasPixelData && plan.isEmpty)
        let (output, result) = try PlanApplier.encode(plan, for: file)
        #expect(output == bytes)
        #expect(result.action == .copied)
    }

    @Test("a plan is Codable: JSON and back")
    func codable() throws {
        let file = try ApplyFixture.nativeFile(Self.layout)
        let plan = try Redactor(detector: FixedDetector(detections: [Self.word("DOE", PixelRect(x: 3, y: 3, width: 9, height: 7))]))
            .plan(for: file, path: "a/b.dcm")
        let json = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(RedactionPlan.self, from: json) == plan)
    }

    @Test("a region's JSON is flat and readable, for every reason, and reads back")
    func regionJSON() throws {
        let box = PixelRect(x: 1, y: 2, width: 30, height: 8)
        let regions = [RedactionRegion(frames: .all, rect: box, reason: .text("DOE")),
                       RedactionRegion(frames: .frames([0, 3]), rect: box, reason: .phi(match: "PatientName", text: "DOE")),
                       RedactionRegion(frames: .all, rect: box, reason: .rule(name: "GE US", source: "ctp.script:4")),
                       RedactionRegion(frames: .all, rect: box, reason: .unreadText),
                       RedactionRegion(frames: .all, rect: box, reason: .outsideUltrasoundRegions),
                       RedactionRegion(frames: .all, rect: box, reason: .reviewer("drawn"))]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(regions[1]), as: UTF8.self)
                == #"{"box":[1,2,30,8],"frames":[0,3],"match":"PatientName","reason":"phi","text":"DOE"}"#)
        #expect(try JSONDecoder().decode([RedactionRegion].self, from: encoder.encode(regions)) == regions)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RedactionRegion.self, from: Data(#"{"frames":"all","box":[1,2,3],"reason":"text"}"#.utf8))
        }
    }
}
