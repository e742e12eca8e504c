import Foundation
import Testing
@testable import PixelIO

/// Checks against the real files of ../shared/corpus and the reference decoders (pydicom, dcmtk).
@Suite("Corpus", .serialized)
struct CorpusTests {
    static let nativeSyntaxes: Set<String> = [
        TransferSyntax.explicitVRLittleEndian.uid, TransferSyntax.implicitVRLittleEndian.uid,
        TransferSyntax.explicitVRBigEndian.uid, TransferSyntax.deflatedExplicitVRLittleEndian.uid,
    ]

    /// True when pydicom read real content from the file (not just a forced guess at garbage).
    private func pydicomReadContent(_ row: [String: String]) -> Bool {
        !(row["sop_class_uid"] ?? "").isEmpty || !(row["modality"] ?? "").isEmpty || !(row["rows"] ?? "").isEmpty
            || (row["transfer_syntax_uid"] ?? "").hasPrefix("1.")
    }

    @Test("every catalogued file that pydicom reads is read, with the same header facts")
    func readsCatalog() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        var read = 0
        for row in try SharedData.catalog() {
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            let file: DicomFile
            do {
                file = try DicomReader.read(path: path)
            } catch {
                #expect(!pydicomReadContent(row), "\(row["path"] ?? ""): \(error)")
                #expect(error.path == path && !error.message.isEmpty)
                continue
            }
            read += 1
            let summary = FileSummary(path: path, file: file)
            func same(_ ours: CustomStringConvertible?, _ column: String) {
                let theirs = row[column] ?? ""
                guard !theirs.isEmpty else { return }  // pydicom had no value (or stopped early)
                #expect(ours?.description == theirs, "\(row["path"] ?? "") \(column)")
            }
            same(summary.sopClassUID, "sop_class_uid")
            same(summary.modality, "modality")
            same(summary.manufacturer, "manufacturer")
            same(summary.rows, "rows")
            same(summary.columns, "columns")
            same(summary.samplesPerPixel, "samples_per_pixel")
            same(summary.photometric, "photometric_interpretation")
            same(summary.bitsAllocated, "bits_allocated")
            same(summary.bitsStored, "bits_stored")
            same(summary.burnedInAnnotation, "burned_in_annotation")
            if row["transfer_syntax_uid"]?.hasPrefix("1.") == true { same(summary.transferSyntaxUID, "transfer_syntax_uid") }
            if let frames = summary.frames { same(frames, "number_of_frames") }
        }
        #expect(read >= 280, "only \(read) files read")
    }

    @Test("rewriting a file in its own syntax gives the same bytes; truncated files are refused")
    func identicalRewrite() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        var identical = 0
        for row in try SharedData.catalog() {
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            guard let file = try? DicomReader.read(path: path) else { continue }
            if file.truncation != nil {
                #expect(throws: DicomError.self) { try DicomWriter.encode(file) }
                continue
            }
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(try Transcoder.transcode(file, to: file.transferSyntax) == original, "\(path)")
            identical += 1
        }
        #expect(identical >= 275)
    }

    @Test("native and RLE files transcoded to Explicit VR Little Endian have pydicom's pixel values")
    func nativeAndRLEPixelsMatchPydicom() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else {
            return SharedData.skip("no Python with pydicom (run ../shared/eval/setup.sh)")
        }
        let folder = try SharedData.temporaryFolder("native")
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [String] = []
        for row in try SharedData.catalog() where row["has_pixel_data"] == "yes" && row["pydicom_decodes"] == "yes" {
            let syntax = row["transfer_syntax_uid"] ?? ""
            guard Self.nativeSyntaxes.contains(syntax) || syntax == TransferSyntax.rleLossless.uid else { continue }
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            let output = folder.appendingPathComponent("\(pairs.count).dcm").path
            let file = try DicomReader.read(path: path)
            try Transcoder.transcode(file, to: .explicitVRLittleEndian, path: output)
            pairs.append("\(path)\t\(output)")
        }
        #expect(pairs.count >= 100)
        try expectEqualPixels(python: python, pairs: pairs)
    }

    @Test("our RLE output decodes in dcmtk's dcmdrle to the original pixels")
    func rleInteroperatesWithDcmtk() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        guard let dcmdrle = SharedData.tool("dcmdrle") else { return SharedData.skip("dcmtk's dcmdrle is not installed") }
        let folder = try SharedData.temporaryFolder("rle")
        defer { try? FileManager.default.removeItem(at: folder) }
        var pairs: [String] = []
        for row in try SharedData.catalog() where row["has_pixel_data"] == "yes" && row["pydicom_decodes"] == "yes" {
            guard Self.nativeSyntaxes.contains(row["transfer_syntax_uid"] ?? ""),
                  Int(row["bits_allocated"] ?? "") ?? 0 >= 8,
                  !(row["photometric_interpretation"] ?? "").hasSuffix("_422") else { continue }
            let path = corpus.appendingPathComponent(row["path"] ?? "").path
            let encoded = folder.appendingPathComponent("\(pairs.count).rle.dcm").path
            let decoded = folder.appendingPathComponent("\(pairs.count).dcmtk.dcm").path
            let file = try DicomReader.read(path: path)
            guard file.dataset.contains(.pixelData) else {
                // Float Pixel Data has no encapsulated form: refusing it is the right answer.
                #expect(throws: DicomError.self) { try Transcoder.transcode(file, to: .rleLossless, path: encoded) }
                continue
            }
            try Transcoder.transcode(file, to: .rleLossless, path: encoded)
            let (status, _) = try SharedData.run(dcmdrle, [encoded, decoded])
            #expect(status == 0, "dcmdrle failed on our RLE of \(path)")
            if status == 0 { pairs.append("\(path)\t\(decoded)") }
        }
        #expect(pairs.count >= 50)
        try expectEqualPixels(python: python, pairs: pairs)
    }

    @Test("text in pydicom's character set files decodes to pydicom's strings")
    func characterSetFiles() throws {
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        let script = """
        import glob, json, os, pydicom
        folder = os.path.join(os.path.dirname(pydicom.__file__), "data", "charset_files")
        for path in sorted(glob.glob(os.path.join(folder, "*.dcm"))):
            ds = pydicom.dcmread(path)
            for elem in ds:
                # Private elements are left out: pydicom knows private dictionaries, we read them as UN.
                if elem.VR in ("PN", "LO", "SH", "ST", "LT", "UC", "UT") and elem.value is not None and not elem.tag.is_private:
                    value = str(elem.value) if elem.VM <= 1 else "\\\\".join(str(v) for v in elem.value)
                    print(json.dumps({"path": path, "tag": elem.tag, "value": value}))
        """
        let (status, output) = try SharedData.run(python, ["-c", script])
        #expect(status == 0)
        var checked = 0
        var files: [String: DicomFile] = [:]
        for line in output.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            guard let path = object["path"] as? String, let raw = object["tag"] as? Int,
                  let expected = object["value"] as? String else { continue }
            let file = try files[path] ?? DicomReader.read(path: path)
            files[path] = file
            let tag = Tag(raw: UInt32(raw))
            let ours = file.dataset.strings(tag).joined(separator: "\\")
            // pydicom's PN formatting drops empty trailing component groups ("A=B=" prints as "A=B").
            func normalised(_ text: String) -> String {
                var text = text
                while text.hasSuffix("=") { text.removeLast() }
                return text
            }
            #expect(normalised(ours) == normalised(expected), "\(path) \(tag)")
            checked += 1
        }
        #expect(checked >= 40)
    }

    @Test("palette lookup tables (plain, packed 8-bit, segmented) give pydicom's colours")
    func paletteTables() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        guard let python = SharedData.referencePython else { return SharedData.skip("no Python with pydicom") }
        let palettes = ["fall", "hotiron", "hotmetalblue", "pet", "pet20step", "spring", "summer", "winter"]
            .map { "pydicom/\($0).dcm" }
        // pydicom reads big-endian OW lookup tables as little endian (dcmdump agrees with us), so
        // big-endian files are compared with their little-endian twins below, not with pydicom.
        let rows = try SharedData.catalog().filter { row in
            (row["photometric_interpretation"] == "PALETTE COLOR" || palettes.contains(row["path"] ?? ""))
                && row["transfer_syntax_uid"] != TransferSyntax.explicitVRBigEndian.uid
        }
        #expect(rows.count >= 9)
        for (little, big) in [("OBXXXX1A", "OBXXXX1A_expb"), ("OBXXXX1A_2frame", "OBXXXX1A_expb_2frame")] {
            let folder = corpus.appendingPathComponent("pydicom-data")
            let littleLUT = try PaletteLUT(dataset: DicomReader.read(path: folder.appendingPathComponent(little + ".dcm").path).dataset)
            let bigLUT = try PaletteLUT(dataset: DicomReader.read(path: folder.appendingPathComponent(big + ".dcm").path).dataset)
            #expect(littleLUT == bigLUT, "\(big)")
        }
        // pydicom expands each table for indices 0..<entries (its own segmented-LUT reading).
        let script = """
        import json, sys, numpy as np, pydicom
        from pydicom.pixels import apply_color_lut
        for path in sys.stdin.read().split():
            ds = pydicom.dcmread(path, stop_before_pixels=True, force=True)
            entries = ds.RedPaletteColorLookupTableDescriptor[0] or 65536
            first = ds.RedPaletteColorLookupTableDescriptor[1]
            rgb = apply_color_lut(np.arange(first, first + entries, dtype=np.uint16), ds)
            print(json.dumps({"path": path, "first": first, "rgb": rgb.astype(int).tolist()}))
        """
        let paths = rows.map { corpus.appendingPathComponent($0["path"] ?? "").path }
        let (status, output) = try SharedData.run(python, ["-c", script], input: paths.joined(separator: "\n"))
        #expect(status == 0)
        var checked = 0
        for line in output.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            guard let path = object["path"] as? String, let first = object["first"] as? Int,
                  let expected = object["rgb"] as? [[Int]] else { continue }
            let lut = try PaletteLUT(dataset: DicomReader.read(path: path).dataset)
            let ours = (0..<expected.count).map { index -> [Int] in
                let (r, g, b) = lut.rgb(for: first + index)
                return [Int(r), Int(g), Int(b)]
            }
            let mismatch = zip(ours, expected).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(ours.count == expected.count && mismatch == nil,
                    "\(path): entry \(mismatch.map { "\($0.offset): ours \($0.element.0), pydicom \($0.element.1)" } ?? "count")")
            checked += 1
        }
        #expect(checked == rows.count)
    }

    @Test("1-bit Deflated Image Frame and RLE files decode to the pixels of their native twins")
    func oneBitTwins() throws {
        guard let corpus = SharedData.corpus else { return SharedData.skip("../shared/corpus is absent") }
        let folder = corpus.appendingPathComponent("pydicom-data")
        // dcmtk, GDCM and pydicom read none of these; the same segmentation stored natively is the reference.
        for (encoded, native) in [("liver_deflate", "liver"), ("liver_nonbyte_aligned_deflate", "liver_nonbyte_aligned"),
                                  ("liver_rle", "liver"), ("liver_nonbyte_aligned_rle", "liver_nonbyte_aligned")] {
            let ours = try PixelFrames(file: DicomReader.read(path: folder.appendingPathComponent(encoded + ".dcm").path))
            let reference = try PixelFrames(file: DicomReader.read(path: folder.appendingPathComponent(native + ".dcm").path))
            #expect(ours.count == reference.count)
            for index in 0..<reference.count {
                #expect(try ours.frame(index).bytes == reference.frame(index).bytes, "\(encoded) frame \(index + 1)")
            }
        }
    }

    /// Runs the pixel comparer over the pairs and expects every pair equal.
    private func expectEqualPixels(python: String, pairs: [String]) throws {
        let script = SharedData.packageRoot.appendingPathComponent("scripts/checks/compare_pixels.py").path
        let (status, output) = try SharedData.run(python, [script], input: pairs.joined(separator: "\n") + "\n")
        #expect(status == 0)
        let results = output.split(separator: "\n")
        #expect(results.count == pairs.count)
        for line in results {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            #expect(object["equal"] as? Bool == true, "\(line)")
        }
    }
}
