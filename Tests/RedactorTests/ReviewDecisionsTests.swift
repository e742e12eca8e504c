import Foundation
import Testing
import OCR
import PixelIO
@testable import Redactor

/// decisions.json: written and read back, and refused when a path is decided twice.
@Suite("Review decisions")
struct ReviewDecisionsTests {
    static let region = RedactionRegion(frames: .frames([0, 2]), rect: PixelRect(x: 4, y: 5, width: 30, height: 12),
                                        reason: .phi(match: "PatientName as LAST FIRST", text: "DOE, JANE"))

    @Test("decisions survive JSON and load; the region form is the flat one")
    func roundTrip() throws {
        let decisions = ReviewDecisions(files: [
            ReviewedFile(path: "study/a.dcm", sha256: "ab", regions: [Self.region],
                         rejected: [RedactionRegion(frames: .all, rect: PixelRect(x: 0, y: 0, width: 5, height: 5), reason: .text("L"))]),
        ])
        let data = try JSONEncoder().encode(decisions)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"reason\":\"phi\"") && text.contains("\"match\":\"PatientName as LAST FIRST\""))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("decisions-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try data.write(to: URL(fileURLWithPath: path))
        #expect(try ReviewDecisions.load(path: path) == decisions)
    }

    @Test("a path decided twice is refused, naming it")
    func duplicateRefused() throws {
        let twice = ReviewDecisions(files: [ReviewedFile(path: "a.dcm", sha256: nil, regions: []),
                                            ReviewedFile(path: "a.dcm", sha256: nil, regions: [Self.region])])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("decisions-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONEncoder().encode(twice).write(to: URL(fileURLWithPath: path))
        #expect(throws: DicomError.self) { try ReviewDecisions.load(path: path) }
        do { _ = try ReviewDecisions.load(path: path) } catch { #expect(error.description.contains("a.dcm is decided twice")) }
    }
}
