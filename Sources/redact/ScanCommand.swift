import ArgumentParser
import Batch
import FoundationEssentials
import OCR
import PixelIO
#if canImport(Glibc)
import Glibc
#endif

/// `redact scan`: finds burned-in text and reports it; changes nothing.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find burned-in text in DICOM images and report it (nothing is changed).",
        discussion: """
        With --json, one JSON object per file: its size and frames, and every detection with \
        "frames" ("all" or a list of 0-based frames), "box" [x, y, width, height] in pixels, \
        "text", "confidence" (0-100), "method" ("ocr", "static-overlay" for cine overlays read \
        once, "unread" for text-like regions OCR could not read) and "line". Files that cannot \
        be decoded are reported with an "error" member, and the exit code is 1.

        Examples:
          redact scan image.dcm
          redact scan --json archive/ > findings.jsonl
        """
    )

    @Flag(name: .long, help: "Print JSON Lines, one object per file.")
    var json = false

    @Argument(help: "DICOM files, or directories to search recursively.")
    var files: [String]

    func run() throws {
        let (inputs, listingFailed) = listInputs(files)
        var failed = listingFailed
        let detector = TesseractTextDetector(pool: EnginePool())
        for input in inputs {
            let started = monotonicMilliseconds()
            do {
                let file = try DicomReader.read(path: input.path)
                guard file.dataset[.pixelData] != nil else {
                    emit(noPixels: input.path)
                    continue
                }
                let frames = try PixelFrames(file: file)
                let found = try detector.detect(in: frames)
                emit(input.path, frames: frames, found: found, milliseconds: monotonicMilliseconds() - started)
            } catch let error as DicomError {
                if !input.named && error.code == .notDicom {
                    reportFailure("\(input.path): skipped, not a DICOM file")
                    continue
                }
                failed = true
                fail(input.path, error.description)
            } catch {
                failed = true
                fail(input.path, "\(input.path): \(error)")
            }
        }
        if failed { throw ExitStatus.someFilesFailed }
    }

    private func emit(_ path: String, frames: PixelFrames, found: [DetectedText], milliseconds: Double) {
        if json {
            var object = JSONObjectWriter()
            object.add("path", path)
            object.add("rows", frames.description.rows)
            object.add("columns", frames.description.columns)
            object.add("frames", frames.count)
            object.add("milliseconds", milliseconds)
            object.add("detections", json: "[" + found.map(ScanCommand.json).joined(separator: ",") + "]")
            print(object.line)
        } else {
            print("\(path): \(found.count) detection(s)")
            for item in found {
                let frames: String
                switch item.frames {
                case .all: frames = "all frames"
                case .frames(let list): frames = "frames " + list.map(String.init).joined(separator: ",")
                }
                let text = item.method == .unread ? "(unread text-like region)" : "\"\(item.text)\""
                print("  \(item.box) \(text) \(Int(item.confidence.rounded()))% \(item.method.rawValue), \(frames)")
            }
        }
    }

    private func emit(noPixels path: String) {
        if json {
            var object = JSONObjectWriter()
            object.add("path", path)
            object.add("frames", 0)
            object.add("detections", json: "[]")
            print(object.line)
        } else {
            print("\(path): no pixel data")
        }
    }

    private func fail(_ path: String, _ message: String) {
        reportFailure(message)
        if json {
            var object = JSONObjectWriter()
            object.add("path", path)
            object.add("error", message)
            print(object.line)
        }
    }

    /// One detection as a JSON object.
    static func json(_ item: DetectedText) -> String {
        var object = JSONObjectWriter()
        switch item.frames {
        case .all: object.add("frames", "all")
        case .frames(let list): object.add("frames", list)
        }
        object.add("box", [item.box.x, item.box.y, item.box.width, item.box.height])
        object.add("text", item.text)
        object.add("confidence", item.confidence)
        object.add("method", item.method.rawValue)
        object.add("line", item.line)
        return object.line
    }
}

/// Milliseconds on the monotonic clock.
func monotonicMilliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
}
