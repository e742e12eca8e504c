import OCR
import PixelIO

/// Groups detections into the text lines a reader sees.
///
/// The detector's line identifiers can cut one printed line into pieces ("Operator:", "G",
/// "Fernandez" found as three candidates), which would hide a label from its value and a name
/// from its initial. Lines of similar height that share most of their height and stand within
/// one and a half heights of each other, in the same frames, are one visual line.
enum PHIVisualLines {
    /// The detections of each visual line, each ordered left to right; lines in order of first
    /// appearance.
    static func group(_ detections: [DetectedText]) -> [[Int]] {
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for (position, detection) in detections.enumerated() {
            if members[detection.line] == nil { order.append(detection.line) }
            members[detection.line, default: []].append(position)
        }
        let boxes = order.map { id in
            (members[id] ?? []).map { detections[$0].box }.reduce(nil as PixelRect?) { $0?.union($1) ?? $1 }
        }
        let frames = order.map { id in (members[id]?.first).map { detections[$0].frames } }
        var parent = Array(order.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        for a in order.indices {
            for b in (a + 1)..<order.count {
                guard let first = boxes[a], let second = boxes[b], frames[a] == frames[b], sameLine(first, second) else {
                    continue
                }
                parent[root(b)] = root(a)
            }
        }
        var grouped: [Int: [Int]] = [:]
        var groupOrder: [Int] = []
        for index in order.indices {
            let group = root(index)
            if grouped[group] == nil { groupOrder.append(group) }
            grouped[group, default: []].append(contentsOf: members[order[index]] ?? [])
        }
        return groupOrder.map { group in
            (grouped[group] ?? []).sorted { (detections[$0].box.x, $0) < (detections[$1].box.x, $1) }
        }
    }

    /// True when two line boxes are parts of one printed line.
    static func sameLine(_ first: PixelRect, _ second: PixelRect) -> Bool {
        let low = min(first.height, second.height)
        let high = max(first.height, second.height)
        guard low > 0, high * 5 <= low * 8 else { return false }
        let overlap = min(first.maxY, second.maxY) - max(first.y, second.y)
        guard overlap * 10 >= low * 6 else { return false }
        let gap = max(first.x, second.x) - min(first.maxX, second.maxX)
        return gap * 2 <= high * 3
    }
}
