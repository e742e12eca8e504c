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

    /// A redacted or copied file as one JSON object.
    static func json(input: String, output: String, plan: RedactionPlan, result: ApplyResult) -> String {
        var object = JSONObjectWriter()
        object.add("path", input)
        object.add("output", output)
        object.add("status", result.action.rawValue)
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
        object.add("regions", json: "[" + plan.regions.map(region).joined(separator: ",") + "]")
        object.add("filled", json: "[" + result.filledRects.map { box($0) }.joined(separator: ",") + "]")
        object.add("kept_text", plan.detections.filter { $0.reason == nil }.map(\.detection.text))
        object.add("notes", plan.notes + result.notes)
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

    private static func region(_ region: RedactionRegion) -> String {
        var object = JSONObjectWriter()
        switch region.frames {
        case .all: object.add("frames", "all")
        case .frames(let list): object.add("frames", list)
        }
        object.add("box", json: box(region.rect))
        object.add("reason", region.reason.kind)
        switch region.reason {
        case .rule(let name, let source):
            object.add("rule", name)
            object.add("source", source)
        case .phi(let match, let text):
            object.add("match", match)
            object.add("text", text)
        case .text(let text): object.add("text", text)
        case .reviewer(let note): object.add("note", note)
        case .unreadText, .outsideUltrasoundRegions: break
        }
        return object.line
    }

    private static func box(_ rect: PixelRect) -> String {
        "[\(rect.x),\(rect.y),\(rect.width),\(rect.height)]"
    }

    private static func frames(_ scope: FrameScope) -> String {
        switch scope {
        case .all: return "all frames"
        case .frames(let list) where list.count == 1: return "frame \(list[0])"
        case .frames(let list): return "frames " + list.map(String.init).joined(separator: ",")
        }
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
