import FoundationEssentials
import OCR
import PixelIO
import Testing
@testable import Redactor

@Suite("Ultrasound regions")
struct UltrasoundTests {
    /// The pixels covered by rectangles, failing when two rectangles overlap.
    func pixels(_ rects: [PixelRect], columns: Int) -> Set<Int> {
        var covered = Set<Int>()
        for rect in rects {
            for y in rect.y..<rect.maxY {
                for x in rect.x..<rect.maxX { #expect(covered.insert(y * columns + x).inserted, "overlap at \(x),\(y)") }
            }
        }
        return covered
    }

    @Test func readsRegionsWithInclusiveMaxima() {
        let header = Header().ultrasoundRegions([(10, 20, 19, 29), (50, 60, 40, 70)])
        // The second item's Max X1 lies before its Min X0: left out.
        #expect(UltrasoundRegions.rectangles(in: header.dataset) == [PixelRect(x: 10, y: 20, width: 10, height: 10)])
        #expect(UltrasoundRegions.rectangles(in: Header().dataset).isEmpty)
    }

    @Test func complementCoversExactlyTheOutside() {
        let columns = 64, rows = 48
        let regions = [PixelRect(x: 5, y: 5, width: 30, height: 20), PixelRect(x: 20, y: 15, width: 30, height: 30),
                       PixelRect(x: 60, y: 40, width: 20, height: 20)]
        let outside = UltrasoundRegions.complement(of: regions, columns: columns, rows: rows)
        let covered = pixels(outside, columns: columns)
        var expected = Set<Int>()
        for y in 0..<rows {
            for x in 0..<columns where !regions.contains(where: { $0.intersects(PixelRect(x: x, y: y, width: 1, height: 1)) }) {
                expected.insert(y * columns + x)
            }
        }
        #expect(covered == expected)
        #expect(outside.count <= 12, "a small set of rectangles: \(outside)")
    }

    @Test func outsideFailsClosedWithoutRegions() {
        #expect(UltrasoundRegions.outside(in: Header().dataset, columns: 20, rows: 10)
                == [PixelRect(x: 0, y: 0, width: 20, height: 10)])
    }

    @Test func outsideUltrasoundRegionsArea() throws {
        let set = try NativeRuleFormat.parse("rule \"us\"\n when Modality == \"US\"\n blank outside-ultrasound-regions\n")
        let header = Header().text("Modality", "US").size(columns: 100, rows: 80).ultrasoundRegions([(10, 10, 89, 69)])
        let regions = set.evaluate(RuleInput(dataset: header.dataset)).regions
        let covered = pixels(regions.map(\.rect), columns: 100)
        #expect(covered.count == 100 * 80 - 80 * 60)
        #expect(!covered.contains(10 * 100 + 10) && !covered.contains(69 * 100 + 89))
        #expect(covered.contains(9 * 100 + 10) && covered.contains(70 * 100 + 89))
        #expect(regions.allSatisfy { $0.reason == .rule(name: "us", source: ":1") })
    }

    @Test func blankAllThenKeepRegionsIsTheSame() throws {
        let set = try NativeRuleFormat.parse("rule \"us\"\n when true\n blank all\n keep ultrasound-regions\n")
        let header = Header().size(columns: 100, rows: 80).ultrasoundRegions([(10, 10, 49, 69), (50, 20, 89, 59)])
        let viaKeep = pixels(set.evaluate(RuleInput(dataset: header.dataset)).regions.map(\.rect), columns: 100)
        let direct = pixels(UltrasoundRegions.outside(in: header.dataset, columns: 100, rows: 80), columns: 100)
        #expect(viaKeep == direct)
    }
}
