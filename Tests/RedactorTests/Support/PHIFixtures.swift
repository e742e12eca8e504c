import OCR
import PixelIO
@testable import Redactor

/// Helpers for the PHI tests: datasets built through the public API, and lines of OCR words.
enum PHIFixtures {
    /// A dataset with text elements given by keyword (VR from the dictionary).
    static func dataset(_ values: [String: String]) -> DataSet {
        var dataset = DataSet()
        for (keyword, value) in values {
            guard let tag = DataDictionary.tag(forKeyword: keyword), let entry = DataDictionary.entry(for: tag) else {
                preconditionFailure("unknown keyword \(keyword)")
            }
            dataset.setString(tag, vr: entry.vr, value)
        }
        return dataset
    }

    /// A dataset holding a sequence of items.
    static func sequence(_ keyword: String, items: [DataSet]) -> DataElement {
        guard let tag = DataDictionary.tag(forKeyword: keyword) else { preconditionFailure("unknown keyword \(keyword)") }
        return DataElement(tag: tag, vr: .SQ, value: .sequence(items))
    }

    /// A line of words laid out left to right (10 px per character, 8 px between words,
    /// `gap` extra pixels before the words listed in `wideBefore`).
    static func line(_ text: String, wideBefore: Set<Int> = [], gap: Int = 200) -> [DetectedText] {
        line(words: text.split(separator: " ").map(String.init), wideBefore: wideBefore, gap: gap)
    }

    /// A line of the given words laid out left to right.
    static func line(words: [String], wideBefore: Set<Int> = [], gap: Int = 200) -> [DetectedText] {
        var x = 10
        var result: [DetectedText] = []
        for (index, word) in words.enumerated() {
            if wideBefore.contains(index) { x += gap }
            let width = max(word.count, 1) * 10
            result.append(DetectedText(frames: .all, box: PixelRect(x: x, y: 10, width: width, height: 16),
                                       text: word, confidence: 90, method: .ocr, line: 1))
            x += width + 8
        }
        return result
    }

    /// The texts of the flagged words of a line.
    static func flagged(_ classifier: PHIClassifier, _ text: String) -> [String] {
        let words = line(text)
        let decisions = classifier.classify(line: words)
        return decisions.flatMap(\.words).sorted().map { words[$0].text }
    }

    /// A classifier for a header given by keyword.
    static func classifier(_ values: [String: String], mode: PHIClassifier.Mode = .phi) -> PHIClassifier {
        PHIClassifier(index: PHIIndex(dataset: dataset(values)), mode: mode)
    }

    /// A typical header.
    static let header: [String: String] = [
        "PatientName": "DOE^JANE^M",
        "PatientID": "MRN8097598",
        "PatientBirthDate": "19450407",
        "StudyDate": "20240307",
        "StudyTime": "143205.123",
        "AccessionNumber": "A12345678",
        "InstitutionName": "Riverside General Hospital",
        "ReferringPhysicianName": "PATEL^RAVI",
        "OperatorsName": "KIM^SORA",
        "PatientAge": "078Y",
    ]
}

extension PHIFixtures {
    /// Technical text that must never be flagged.
    static let technicalText: [String] = [
        "L", "R", "LT", "RT", "A", "P", "3.5 cm", "D1 1.23cm", "D1 1.24 cm", "12/24", "12/24 fr", "16/23 fr", "Frm 03",
        "C5-1", "L12-5", "9L4", "EC9-4", "C5-1 40Hz", "Gain 50", "Gn 50%", "G 45", "Gain -4dB", "DR 60", "DR60",
        "Dyn R 60", "FR 25Hz", "MI 1.2", "TIs 0.4", "MI 1.2 TIb 0.4", "5.0MHz", "F 7.5M", "Frq Gen", "120 kVp 10.5 mAs",
        "kV 120 mAs 12.5", "W: 400 L: 40", "W 400 L 40", "WW:400 WL:40", "Z -123.4", "Loc -45.5mm", "I 123.5",
        "Se: 3", "Se 3 Im 45", "Ser 3/120", "Img 12/356", "Im: 45", "TR 4000 TE 90", "1.5T", "3.0T", "FOV 24 cm",
        "ST 5.0mm", "SL 3.0", "0.625 mm", "LAO 14 CRA 9", "30 f/s Run 7", "15 f/s Run 4", "7.5 f/s Run 12", "EI 450",
        "S: 250", "DI +1.2", "Pwr 100%", "Foc 4.5", "x 3.42cm", "+ 2.1 cm", "DWI b1000", "T2 TSE AX", "T1 MPRAGE",
        "AP SUPINE", "PA ERECT", "PORTABLE", "Radiance PACS -", "Ready", "EchoReport", "v1.2.3", "Ver 3.1.12",
        "1.2.840.10008", "Depth 16 cm", "HR 72 bpm", "100%", "cm/s", "-20 dB", "45 dB", "0.4", "ABD Gen", "THI",
        "2D HR", "B/M", "CHI", "Carotid", "Renal", "120 kV 250 mA", "mA 300", "Se: 4", "Img 45/400", "Res", "Pen",
        "T2* GRE", "FLAIR AX", "18 cm", "D 12.0cm", "12.5cm", "Zoom 1.5", "SV 2.0mm", "PRF 4.5kHz", "Angle 60",
        "Vel 45 cm/s", "EDV 12.3", "TAMAX 23", "1/3", "5/12", "ABD, Renal", "F", "M", "O",
    ]
}
