internal import CTesseract
import PixelIO
#if canImport(Glibc)
import Glibc
#endif

/// A word read by the recogniser, in the coordinates of the image it was given.
public struct RecognizedWord: Sendable, Hashable {
    /// The text, UTF-8.
    public var text: String
    /// Confidence 0...100.
    public var confidence: Double
    /// The word's box in the recognised image.
    public var box: PixelRect
}

/// How the recogniser should segment the image it is given.
public enum PageLayout: Sendable {
    /// One line of text (crops of candidate lines).
    case singleLine
    /// One word.
    case singleWord
    /// Text scattered anywhere, in no particular order.
    case sparse
    /// One uniform block of text.
    case block

    var mode: TessPageSegMode {
        switch self {
        case .singleLine: return PSM_SINGLE_LINE
        case .singleWord: return PSM_SINGLE_WORD
        case .sparse: return PSM_SPARSE_TEXT
        case .block: return PSM_SINGLE_BLOCK
        }
    }
}

/// Why OCR could not run.
public struct OCRError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: String
    public var description: String { message }
}

/// One Tesseract engine (LSTM, English), used by one thread at a time. Creating one costs
/// 70–90 ms, so engines are kept in an `EnginePool`. Not thread-safe: the pool hands each
/// engine to one thread at a time, which is why it may cross threads (`@unchecked Sendable`).
public final class TesseractEngine: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Where the trained data are looked for unless `TESSDATA_PREFIX` says otherwise.
    public static let defaultDataPaths = ["/usr/share/tesseract-ocr/5/tessdata",
                                          "/usr/share/tesseract-ocr/4.00/tessdata",
                                          "/usr/share/tessdata"]

    /// Loads the English model. Fails with a clear message when it is not installed.
    public init(language: String = "eng") throws(OCRError) {
        guard let created = TessBaseAPICreate() else { throw OCRError(message: "cannot create a Tesseract engine") }
        handle = created
        let dataPath = TesseractEngine.dataPath(language: language)
        let status = TessBaseAPIInit2(handle, dataPath, language, OEM_LSTM_ONLY)
        guard status == 0 else {
            TessBaseAPIDelete(handle)
            throw OCRError(message: "Tesseract cannot load language '\(language)' (\(dataPath ?? "default path")): install tesseract-ocr-\(language)")
        }
        // Crops are prepared by us; these keep Tesseract from second-guessing them.
        _ = TessBaseAPISetVariable(handle, "user_defined_dpi", "300")
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        // Crops always arrive as dark text on white: do not re-read low-confidence lines inverted
        // (Tesseract 5 does by default, which doubles the cost of exactly the hard lines).
        _ = TessBaseAPISetVariable(handle, "tessedit_do_invert", "0")
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    private static func dataPath(language: String) -> String? {
        if let prefix = getenv("TESSDATA_PREFIX") { return String(cString: prefix) }
        return defaultDataPaths.first { access("\($0)/\(language).traineddata", R_OK) == 0 }
    }

    /// Reads the words of an 8-bit grey image (dark text on a light background reads best).
    public func recognize(_ image: GreyImage, layout: PageLayout) -> [RecognizedWord] {
        guard image.width > 0, image.height > 0 else { return [] }
        TessBaseAPISetPageSegMode(handle, layout.mode)
        image.pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, 300)
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        var words: [RecognizedWord] = []
        let page = TessResultIteratorGetPageIterator(iterator)
        repeat {
            guard let raw = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: raw)
            TessDeleteText(raw)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            words.append(RecognizedWord(text: trimmed, confidence: confidence,
                                        box: PixelRect(minX: Int(left), minY: Int(top), maxX: Int(right), maxY: Int(bottom))))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
