import Foundation
import OCR
import PixelIO
import Redactor
import Testing

/// Small images in any transfer syntax, built through PixelIO's writer and transcoder, and the
/// checks the plan and apply tests share.
enum ApplyFixture {
    /// A header for an image of this layout (no Pixel Data yet).
    static func header(_ d: PixelDescription, burnedIn: String? = "YES") -> DataSet {
        var dataset = DataSet()
        dataset.setString(.sopClassUID, vr: .UI, "1.2.840.10008.5.1.4.1.1.7")
        dataset.setString(.sopInstanceUID, vr: .UI, "2.25.987654321")
        dataset.setString(.modality, vr: .CS, "OT")
        dataset.setString(.patientName, vr: .PN, "DOE^JANE")
        dataset.setUInt16(.samplesPerPixel, [UInt16(d.samplesPerPixel)])
        dataset.setString(.photometricInterpretation, vr: .CS, d.photometric.rawValue)
        if d.samplesPerPixel > 1 { dataset.setUInt16(.planarConfiguration, [d.isPlanar ? 1 : 0]) }
        if d.numberOfFrames > 1 { dataset.setString(.numberOfFrames, vr: .IS, String(d.numberOfFrames)) }
        dataset.setUInt16(.rows, [UInt16(d.rows)])
        dataset.setUInt16(.columns, [UInt16(d.columns)])
        dataset.setUInt16(.bitsAllocated, [UInt16(d.bitsAllocated)])
        dataset.setUInt16(.bitsStored, [UInt16(d.bitsStored)])
        dataset.setUInt16(.highBit, [UInt16(d.highBit)])
        dataset.setUInt16(.pixelRepresentation, [d.isSigned ? 1 : 0])
        if let burnedIn { dataset.setString(.burnedInAnnotation, vr: .CS, burnedIn) }
        return dataset
    }

    /// A stored value for sample `s` of pixel (x, y) of frame `f`: smooth ramps with sharp bars,
    /// inside the stored range.
    static func value(x: Int, y: Int, frame f: Int, sample s: Int, _ d: PixelDescription) -> Int64 {
        let range = Int64(1) << Int64(min(d.bitsStored, 16))
        let bar = (y / 5) % 3 == 1 && (x / 4) % 4 != 3
        let ramp = Int64(x * (3 + s) + y * (5 - s) + f * 17 + s * 40)
        var v = bar ? range * 3 / 4 : (ramp * range / 512) % (range / 2)
        if d.isSigned { v -= range / 2 }
        return v
    }

    /// Native little-endian pixel bytes for every frame.
    static func pixels(_ d: PixelDescription) -> [UInt8] {
        var bytes: [UInt8] = []
        let size = d.bytesPerSample
        for f in 0..<d.numberOfFrames {
            for index in 0..<(d.rows * d.columns * d.samplesPerPixel) {
                let (pixel, s) = d.isPlanar ? (index % (d.rows * d.columns), index / (d.rows * d.columns))
                                            : (index / d.samplesPerPixel, index % d.samplesPerPixel)
                let word = UInt64(bitPattern: value(x: pixel % d.columns, y: pixel / d.columns, frame: f, sample: s, d))
                    & ((1 << UInt64(d.bitsStored)) - 1)
                let shifted = word << UInt64(d.highBit + 1 - d.bitsStored)
                for b in 0..<size { bytes.append(UInt8(truncatingIfNeeded: shifted >> UInt64(8 * b))) }
            }
        }
        return bytes
    }

    /// A native Explicit VR Little Endian file of this layout.
    static func nativeFile(_ d: PixelDescription, burnedIn: String? = "YES") throws -> DicomFile {
        var dataset = header(d, burnedIn: burnedIn)
        dataset.set(DataElement(tag: .pixelData, vr: d.bitsAllocated > 8 ? .OW : .OB, value: .bytes(Data(pixels(d)))))
        return try DicomReader.read(data: DicomWriter.encode(DicomFile(dataset: dataset), syntax: .explicitVRLittleEndian))
    }

    /// The image of `d` written in `syntax` (through the Transcoder) and read back.
    static func file(_ d: PixelDescription, syntax: TransferSyntax) throws -> DicomFile {
        let native = try nativeFile(d)
        if syntax == .explicitVRLittleEndian { return native }
        return try DicomReader.read(data: Transcoder.transcode(native, to: syntax))
    }

    /// An encapsulated file whose frames were encoded by `encode` (for codec settings the
    /// Transcoder does not choose, such as JPEG 4:2:2).
    static func encapsulatedFile(_ d: PixelDescription, syntax: TransferSyntax, photometric: Photometric,
                                 extra: (inout DataSet) -> Void = { _ in },
                                 encode: (PixelBuffer) throws -> EncodedFrame) throws -> DicomFile {
        let all = pixels(d)
        var frameLayout = d
        frameLayout.numberOfFrames = 1
        let length = frameLayout.unpackedFrameLength
        var fragments: [Data] = []
        for f in 0..<d.numberOfFrames {
            let buffer = try PixelBuffer(description: frameLayout, bytes: Array(all[(f * length)..<((f + 1) * length)]))
            fragments += try encode(buffer).fragments
        }
        var headerLayout = d
        headerLayout.photometric = photometric
        var dataset = header(headerLayout)
        extra(&dataset)
        dataset.set(DataElement(tag: .pixelData, vr: .OB, value: .fragments(EncapsulatedPixelData(fragments: fragments))))
        return try DicomReader.read(data: DicomWriter.encode(DicomFile(dataset: dataset, transferSyntax: syntax), syntax: syntax))
    }

    /// A plan with these regions for `file`.
    static func plan(_ file: DicomFile, _ regions: [RedactionRegion]) throws -> RedactionPlan {
        let d = try PixelDescription(dataset: file.dataset)
        return RedactionPlan(path: "test", hasPixelData: true, rows: d.rows, columns: d.columns, frames: d.numberOfFrames,
                             transferSyntaxUID: file.transferSyntax.uid, textMode: .all, regions: regions)
    }

    /// A text region.
    static func region(_ rect: PixelRect, frames: FrameScope = .all, text: String = "DOE") -> RedactionRegion {
        RedactionRegion(frames: frames, rect: rect, reason: .text(text))
    }

    /// Every frame of a file, decoded.
    static func decoded(_ file: DicomFile) throws -> [PixelBuffer] {
        let frames = try PixelFrames(file: file)
        return try (0..<frames.count).map { try frames.frame($0) }
    }

    /// Stored values of pixel (x, y) of a frame, one per sample.
    static func samples(_ buffer: PixelBuffer, x: Int, y: Int) -> [Int64] {
        (0..<buffer.samplesPerPixel).map { buffer.value(x: x, y: y, sample: $0) }
    }

    /// Checks that `after` equals `before` outside `inside` (pixels for which it is true) and
    /// that every pixel inside is `fill` (within `tolerance`).
    static func expectFilled(before: PixelBuffer, after: PixelBuffer, fill: [Int64], tolerance: Int64 = 0,
                             inside: (Int, Int) -> Bool, outsideExempt: (Int, Int) -> Bool = { _, _ in false },
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(after.rows == before.rows && after.columns == before.columns, sourceLocation: sourceLocation)
        var wrongInside = 0, wrongOutside = 0
        for y in 0..<before.rows {
            for x in 0..<before.columns {
                let a = samples(after, x: x, y: y)
                if inside(x, y) {
                    if zip(a, fill).contains(where: { abs($0 - $1) > tolerance }) { wrongInside += 1 }
                } else if !outsideExempt(x, y), a != samples(before, x: x, y: y) {
                    wrongOutside += 1
                }
            }
        }
        #expect(wrongInside == 0, "pixels inside the region not filled", sourceLocation: sourceLocation)
        #expect(wrongOutside == 0, "pixels outside the region changed", sourceLocation: sourceLocation)
    }

    /// Checks that at least `share` of the pixels of `within` that are not in `outside` kept their
    /// values (within 5 per sample): what blanking part of a JPEG block leaves of the rest of it.
    static func expectKept(_ share: Double, before: PixelBuffer, after: PixelBuffer, within: PixelRect, outside: PixelRect,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        var kept = 0, moved = 0
        for y in within.y..<within.maxY {
            for x in within.x..<within.maxX where !outside.contains(x: x, y: y) {
                kept += 1
                if zip(samples(after, x: x, y: y), samples(before, x: x, y: y)).contains(where: { abs($0 - $1) > 5 }) { moved += 1 }
            }
        }
        #expect(kept > 0 && Double(kept - moved) >= share * Double(kept), "\(moved) of \(kept) pixels beside the region moved",
                sourceLocation: sourceLocation)
    }

    /// Checks the PS3.15 E.3.1 header of a redacted output.
    static func expectContract(_ file: DicomFile, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(file.dataset.string(.burnedInAnnotation) == "NO", sourceLocation: sourceLocation)
        #expect(file.dataset.strings(Tag(0x0012, 0x0063)).contains { $0.contains("burned-in text removed") },
                sourceLocation: sourceLocation)
        let codes = file.dataset[Tag(0x0012, 0x0064)]?.items ?? []
        #expect(codes.contains { $0.string(Tag(0x0008, 0x0100)) == "113101" }, sourceLocation: sourceLocation)
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A text detector that reports fixed detections (and counts its calls).
struct FixedDetector: TextDetector {
    let detections: [DetectedText]
    /// Set to fail the test if the detector is asked at all.
    var mustNotRun = false

    func detect(in frames: PixelFrames) throws -> [DetectedText] {
        if mustNotRun { Issue.record("the detector ran although text mode is none") }
        return detections
    }
}
