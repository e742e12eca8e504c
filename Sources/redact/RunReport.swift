import FoundationEssentials
import OCR
import PixelIO
import Redactor

/// How `redact run` reports each file: a few plain lines, or one JSON object.
enum RunReport {
    /// A redacted or copied file.
    static func text(input: String, output: String, plan: RedactionPlan, result: ApplyResult) -> String {
        var lines: [String] = []
        switch result.action {
        case .copied:
            let why = !plan.hasPixelData ? "no pixel data"
                : plan.textMode == .none && plan.matchedRules.isEmpty ? "no rule matched"
                : "nothing to remove"
            lines.append("\(input) -> \(output): copied unchanged (\(why))")
        case .redacted:
            var head = "\(input) -> \(output): redacted \(count(plan.regions.count, "region"))"
            head += ", \(result.framesChanged) of \(plan.frames) frame\(plan.frames == 1 ? "" : "s") changed"
            head += "; \(result.inputSyntax.name)"
            if result.outputSyntax != result.inputSyntax { head += " -> \(result.outputSyntax.name)" }
            if let strategy = result.strategy { head += ": \(strategy.summary)" }
            lines.append(head)
            for region in plan.regions {
                lines.append("  \(region.rect) \(frames(region.frames)): \(region.reason.summary)")
            }
        }
        let kept = plan.detections.filter { $0.reason == nil }
        if !kept.isEmpty {
            lines.append("  kept: " + kept.map { $0.detection.method == .unread ? "(unread)" : "\"\($0.detection.text)\"" }
                .joined(separator: " "))
        }
        for note in plan.notes + result.notes { lines.append("  note: \(note)") }
        return lines.joined(separator: "\n")
    }

    /// A redacted or copied file as one JSON object; with `dryRun`, what would be done (status
    /// "would_redact" or "would_copy", nothing written).
    static func json(input: String, output: String, plan: RedactionPlan, result: ApplyResult, dryRun: Bool = false) -> String {
        var object = JSONObjectWriter()
        object.add("path", input)
        object.add("output", output)
        object.add("status", dryRun ? (result.action == .redacted ? "would_redact" : "would_copy") : result.action.rawValue)
        object.add("transfer_syntax", result.inputSyntax.uid)
        object.add("output_transfer_syntax", result.outputSyntax.uid)
        object.add("strategy", result.strategy?.summary)
        object.add("rows", plan.rows)
        object.add("columns", plan.columns)
        object.add("frames", plan.frames)
        if result.action == .redacted {
            object.add("frames_changed", result.framesChanged)
            object.add("frames_kept", result.framesKept)
            object.add("frames_reencoded", result.framesReencoded)
        }
        object.add("matched_rules", plan.matchedRules)
        object.add("regions", json: regions(plan.regions))
        object.add("filled", json: "[" + result.filledRects.map { box($0) }.joined(separator: ",") + "]")
        object.add("kept_text", plan.detections.filter { $0.reason == nil }.map(\.detection.text))
        object.add("notes", plan.notes + result.notes)
        return object.line
    }

    /// A file not processed (not DICOM, a DICOMDIR) or already done by an earlier run, as one
    /// JSON object with status "skipped" or "done_before".
    static func json(input: String, status: String, output: String? = nil, note: String) -> String {
        var object = JSONObjectWriter()
        object.add("path", input)
        object.add("status", status)
        object.add("output", output)
        object.add("note", note)
        return object.line
    }

    /// A file that failed, as one JSON object.
    static func json(failed input: String, error: String) -> String {
        var object = JSONObjectWriter()
        object.add("path", input)
        object.add("status", "failed")
        object.add("error", error)
        return object.line
    }

    /// The regions as a JSON array, each in its JSON form (the same as in manifests).
    private static func regions(_ regions: [RedactionRegion]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(regions)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    private static func box(_ rect: PixelRect) -> String {
        "[\(rect.x),\(rect.y),\(rect.width),\(rect.height)]"
    }

    /// "all frames", "frame 3" or "frames 1,2".
    static func frames(_ scope: FrameScope) -> String {
        switch scope {
        case .all: return "all frames"
        case .frames(let list) where list.count == 1: return "frame \(list[0])"
        case .frames(let list): return "frames " + list.map(String.init).joined(separator: ",")
        }
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
