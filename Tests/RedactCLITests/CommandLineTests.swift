import Foundation
import Testing
import PixelIO

/// Runs the built `redact` binary and checks its output and exit codes.
@Suite("redact command line")
struct CommandLineTests {
    /// The `redact` executable built beside this test bundle.
    static let executable: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("redact"),
                          bundle.deletingLastPathComponent().appendingPathComponent("redact")]
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]).path
    }()

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    func redact(_ arguments: String...) throws -> Result {
        try Self.run(arguments)
    }

    /// Runs the binary with `arguments` (and `standardInput` on its standard input) and collects
    /// its exit status and output.
    static func run(_ arguments: [String], standardInput: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let input = Pipe()
        process.standardInput = standardInput == nil ? FileHandle.nullDevice : input
        try process.run()
        if let standardInput {
            input.fileHandleForWriting.write(Data(standardInput.utf8))
            input.fileHandleForWriting.closeFile()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      error: String(decoding: err, as: UTF8.self))
    }

    /// A folder with a small valid image, a corrupt file and a text file.
    func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redact-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SampleImage.part10().write(to: folder.appendingPathComponent("good.dcm"))
        try SampleImage.part10().prefix(200).write(to: folder.appendingPathComponent("cut.dcm"))
        try Data("not dicom at all".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        return folder
    }

    @Test("info prints one line per file; a bad file is reported, the rest listed, exit 1")
    func info() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.dcm").path
        let bad = folder.appendingPathComponent("notes.txt").path
        let ok = try redact("info", good)
        #expect(ok.status == 0)
        let columns = ok.output.split(separator: "\n").first?.split(separator: "\t").map(String.init) ?? []
        #expect(columns == [good, "Secondary Capture Image Storage", "OT", "-", "Explicit VR Little Endian",
                            "3x2", "1 frame", "MONOCHROME2", "bits 16/12", "burned-in NO"])
        let mixed = try redact("info", bad, good)
        #expect(mixed.status == 1)
        #expect(mixed.output.split(separator: "\n").count == 1)
        #expect(mixed.error.contains(bad))
    }

    @Test("info --json prints JSON Lines, errors included")
    func infoJSON() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try redact("info", "--json", folder.appendingPathComponent("good.dcm").path,
                                folder.appendingPathComponent("notes.txt").path)
        let lines = result.output.split(separator: "\n").map { Data($0.utf8) }
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: lines[0]) as? [String: Any]
        #expect(first?["rows"] as? Int == 2)
        #expect(first?["columns"] as? Int == 3)
        #expect(first?["burned_in_annotation"] as? String == "NO")
        let second = try JSONSerialization.jsonObject(with: lines[1]) as? [String: Any]
        #expect(second?["code"] as? String == "notDicom")
    }

    @Test("dump shows elements with keywords and indents sequence items")
    func dump() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try redact("dump", folder.appendingPathComponent("good.dcm").path)
        #expect(result.status == 0)
        #expect(result.output.contains("(0010,0010) PN [Doe^Jane]  # 8, PatientName"))
        #expect(result.output.contains("    (0040,0007) LO [Step one]"))
    }

    @Test("transcode: same syntax is byte-identical; RLE and back keeps pixels; input never overwritten")
    func transcode() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("good.dcm").path
        let same = folder.appendingPathComponent("same.dcm").path
        #expect(try redact("transcode", input, same).status == 0)
        #expect(FileManager.default.contents(atPath: same) == FileManager.default.contents(atPath: input))

        let rle = folder.appendingPathComponent("rle.dcm").path
        let back = folder.appendingPathComponent("back.dcm").path
        #expect(try redact("transcode", input, rle, "--to", "rle").status == 0)
        #expect(try redact("transcode", rle, back, "--to", "1.2.840.10008.1.2.1").status == 0)
        let original = try PixelFrames(file: DicomReader.read(path: input)).frame(0)
        let roundTrip = try PixelFrames(file: DicomReader.read(path: back)).frame(0)
        #expect(roundTrip.bytes == original.bytes)
        #expect(try DicomReader.read(path: rle).transferSyntax == .rleLossless)

        let refused = try redact("transcode", input, input, "--to", "rle")
        #expect(refused.status != 0)
        #expect(try redact("transcode", input, same, "--to", "no-such-syntax").status != 0)
    }

    @Test("transcode of a truncated file fails clearly and writes nothing")
    func transcodeFailsClosed() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.dcm").path
        let result = try redact("transcode", folder.appendingPathComponent("cut.dcm").path, output, "--to", "explicit-le")
        #expect(result.status == 1)
        #expect(result.error.contains("cut.dcm"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }
}

/// A tiny Part 10 image built through PixelIO's own writer.
enum SampleImage {
    static func part10() throws -> Data {
        var dataset = DataSet()
        dataset.setString(.sopClassUID, vr: .UI, "1.2.840.10008.5.1.4.1.1.7")
        dataset.setString(.sopInstanceUID, vr: .UI, "1.2.3.4.5")
        dataset.setString(.modality, vr: .CS, "OT")
        dataset.setString(.patientName, vr: .PN, "Doe^Jane")
        dataset.setUInt16(.samplesPerPixel, [1])
        dataset.setString(.photometricInterpretation, vr: .CS, "MONOCHROME2")
        dataset.setUInt16(.rows, [2])
        dataset.setUInt16(.columns, [3])
        dataset.setUInt16(.bitsAllocated, [16])
        dataset.setUInt16(.bitsStored, [12])
        dataset.setUInt16(.highBit, [11])
        dataset.setUInt16(.pixelRepresentation, [0])
        dataset.setString(.burnedInAnnotation, vr: .CS, "NO")
        var step = DataSet()
        step.setString(Tag(0x0040, 0x0007), vr: .LO, "Step one")
        dataset.set(DataElement(tag: Tag(0x0040, 0x0275), vr: .SQ, value: .sequence([step])))
        let pixels: [UInt8] = [1, 0, 2, 0, 3, 0, 0, 1, 0, 2, 0xFF, 0x0F]
        dataset.set(DataElement(tag: .pixelData, vr: .OW, value: .bytes(Data(pixels))))
        return try DicomWriter.encode(DicomFile(dataset: dataset), syntax: .explicitVRLittleEndian)
    }
}
