import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor

@Suite("Regions: coordinates, clipping, keep, frames, policies")
struct RegionTests {
    func regions(_ rules: String, _ header: Header, frames: Int = 1) throws -> [RedactionRegion] {
        try NativeRuleFormat.parse(rules, source: "t.rules").evaluate(RuleInput(dataset: header.dataset,
                                                                                 numberOfFrames: frames)).regions
    }

    let image = Header().text("Modality", "US").size(columns: 640, rows: 480)

    @Test func negativeCoordinatesCountFromTheRightAndBottom() throws {
        let found = try regions("rule \"r\"\n when true\n blank -100,-20,100,20\n", image)
        #expect(found.map(\.rect) == [PixelRect(x: 540, y: 460, width: 100, height: 20)])
    }

    @Test func rectanglesAreClippedToTheImage() throws {
        let found = try regions("""
            rule "r"
              when true
              blank 600,400,100,100
              blank 700,0,10,10
              blank -700,0,100,10
            """, image)
        #expect(found.map(\.rect) == [PixelRect(x: 600, y: 400, width: 40, height: 80),
                                      PixelRect(x: 0, y: 0, width: 40, height: 10)])
    }

    @Test func keepTakesAreaOutOfEarlierBlanksAndLaterBlanksWin() throws {
        let found = try regions("""
            rule "all but a window"
              when true
              blank all
              keep 100,100,200,100
            rule "label inside the window"
              when true
              blank 150,150,10,10
            """, image)
        var covered = Set<Int>()
        for region in found {
            for y in region.rect.y..<region.rect.maxY {
                for x in region.rect.x..<region.rect.maxX { #expect(covered.insert(y * 640 + x).inserted) }
            }
        }
        #expect(covered.count == 640 * 480 - 200 * 100 + 100)
        #expect(!covered.contains(120 * 640 + 120))
        #expect(covered.contains(155 * 640 + 155))
        #expect(found.last?.reason == .rule(name: "label inside the window", source: "t.rules:5"))
    }

    @Test func keepInSomeFramesSplitsTheFrames() throws {
        let found = try regions("""
            rule "r"
              when true
              blank 0,0,100,100
              keep 0,0,100,50 frames 1-2
            """, image, frames: 4)
        #expect(Set(found.map { "\($0.rect) \($0.frames)" }) == [
            "(0,50,100,50) all", "(0,0,100,50) frames([0, 3])",
        ])
    }

    @Test func framesBeyondTheImageAreDropped() throws {
        let found = try regions("rule \"r\"\n when true\n blank 0,0,10,10 frames 2-5\n blank 0,0,5,5 frames 9\n", image,
                                frames: 4)
        #expect(found.count == 1)
        #expect(found.first?.frames == .frames([2, 3]))
    }

    @Test func firstMatchPolicyAppliesOneRule() throws {
        let rules = """
            match first
            rule "a"
              when Modality == "US"
              blank 0,0,10,10
            rule "b"
              when true
              blank 0,0,20,20
            """
        #expect(try regions(rules, image).map(\.rect) == [PixelRect(x: 0, y: 0, width: 10, height: 10)])
        let all = rules.replacingFirstLine(with: "match all")
        #expect(try regions(all, image).count == 2)
        #expect(try regions(rules, Header().size(columns: 640, rows: 480)).map(\.rect)
                == [PixelRect(x: 0, y: 0, width: 20, height: 20)])
    }

    @Test func flagRulesMatchWithoutRegions() throws {
        let set = try NativeRuleFormat.parse("rule \"needs review\"\n group blacklist\n when Modality == \"US\"\n")
        let evaluation = set.evaluate(RuleInput(dataset: image.dataset))
        #expect(evaluation.matchedRules.map(\.group) == ["blacklist"])
        #expect(evaluation.regions.isEmpty)
    }

    @Test func rectangleSetOperations() {
        let a = PixelRect(x: 0, y: 0, width: 10, height: 10), b = PixelRect(x: 5, y: 5, width: 10, height: 10)
        let union = RectangleSet.union([a, b])
        #expect(union.reduce(0) { $0 + $1.area } == 175)
        let difference = RectangleSet.difference([a], removing: [b])
        #expect(difference.reduce(0) { $0 + $1.area } == 75)
        #expect(RectangleSet.union([a, a]) == [a])
        #expect(RectangleSet.difference([a], removing: [a]).isEmpty)
    }
}

extension String {
    func replacingFirstLine(with line: String) -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = line
        return lines.joined(separator: "\n")
    }
}
