import PixelIO

/// Finds burned-in text with candidate regions and Tesseract. Multi-frame images: text whose
/// pixels are the same in every frame (the overlay of a cine loop) is read once and reported for
/// all frames; text that changes (clocks, frame counters) is read in each frame it appears in.
/// The recogniser's confidence varies with a frame's noise: a line read as text in one frame
/// also holds in the frames where the same candidate, looking alike, read too poorly to keep.
public struct TesseractTextDetector: TextDetector {
    /// The engines used (one per concurrent caller).
    public let pool: EnginePool
    /// Candidate finding settings.
    public var finder = TextLineFinder()
    /// Largest difference (display units) between frames for a pixel still to count as static
    /// (lossy codecs do not reproduce a static overlay exactly).
    public var staticTolerance: UInt8 = 8
    /// Share of a line's ink that must be static for it to be read once for all frames.
    public var staticShare = 0.97
    /// Share of a first-frame line's ink that must be unchanged in a later frame for the line to
    /// hold there when that frame's own search did not find it.
    public var inkHoldShare = 0.9
    var reader = LineReader()

    /// A detector drawing engines from `pool`.
    public init(pool: EnginePool) {
        self.pool = pool
    }

    public func detect(in frames: PixelFrames) throws -> [DetectedText] {
        try detectKeepingFirstFrame(in: frames).detections
    }

    public func detectKeepingFirstFrame(in frames: PixelFrames) throws -> (detections: [DetectedText], firstFrame: GreyImage?) {
        let palette = frames.palette
        var firstFrame: GreyImage?
        let detections = try pool.withEngine { engine in
            try detect(frames: frames.count, palette: palette, engine: engine, seeingFirst: { firstFrame = $0.luma }) { index in
                try frames.frame(index)
            }
        }
        return (detections, firstFrame)
    }

    /// Detection over frames supplied one at a time by `frame`; `seeingFirst` is given the first
    /// frame's display channels.
    func detect(frames count: Int, palette: PaletteLUT?, engine: TesseractEngine,
                seeingFirst: (DisplayChannels) -> Void = { _ in },
                frame: (Int) throws -> PixelBuffer) throws -> [DetectedText] {
        let first = try DisplayChannels(frame: frame(0), palette: palette)
        seeingFirst(first)
        let firstMaps = finder.strokeMaps(of: first)
        let firstCandidates = finder.candidates(in: firstMaps, channels: first)
        let firstLines = FrameReading.read(firstCandidates, maps: firstMaps, channels: first,
                                           engine: engine, reader: reader)
        guard count > 1 else {
            return TesseractTextDetector.detections(firstLines, frames: .all, method: .ocr, lineBase: 0)
        }
        // Pixels of the first frame that differ in some later frame.
        var changed = [Bool](repeating: false, count: first.luma.pixels.count)
        var alsoIn = [[Int]](repeating: [], count: firstLines.count)
        // Candidates read and dropped, by frame: where the same candidate reads as text in
        // another frame, it is text here too (the recogniser's confidence varies with the noise).
        var dropped = TesseractTextDetector.dropped(firstCandidates, keeping: firstLines)
            .map { Seen(frame: 0, box: $0, in: first.luma) }
        var perFrame: [(line: FrameReading.Line, seen: Seen)] = []
        for index in 1..<count {
            let channels = try DisplayChannels(frame: frame(index), palette: palette)
            guard let area = markChanges(from: first, to: channels, into: &changed) else {
                for line in alsoIn.indices { alsoIn[line].append(index) }
                continue
            }
            // Only the changed part of the frame is searched (in its own coordinates).
            let cropped = channels.cropped(to: area)
            let maps = finder.strokeMaps(of: cropped)
            var fresh: [TextCandidate] = []
            for candidate in finder.candidates(in: maps, channels: cropped) {
                let box = candidate.box.offsetBy(dx: area.x, dy: area.y)
                if let match = firstLines.firstIndex(where: { $0.candidate.box.intersects(box) }), sameInk(box, first, channels) {
                    alsoIn[match].append(index)
                } else {
                    fresh.append(candidate)
                }
            }
            // Lines of the first frame outside the changed area are unchanged here, and so is one
            // whose own ink is (still text over moving anatomy that this frame's search missed).
            for (line, reading) in firstLines.enumerated() where !alsoIn[line].contains(index) {
                if !reading.candidate.box.intersects(area)
                    || inkHolds(reading.candidate, maps: firstMaps, from: first, to: channels) {
                    alsoIn[line].append(index)
                }
            }
            let read = FrameReading.read(fresh, maps: maps, channels: cropped, engine: engine, reader: reader)
            func seen(_ box: PixelRect) -> Seen {
                let placed = box.offsetBy(dx: area.x, dy: area.y)
                return Seen(frame: index, box: placed, in: channels.luma)
            }
            dropped += TesseractTextDetector.dropped(fresh, keeping: read).map(seen)
            perFrame += read.map { ($0.offsetBy(dx: area.x, dy: area.y), seen($0.candidate.box)) }
        }
        func droppedFrames(like kept: Seen) -> [Int] {
            dropped.filter { kept.isSame(as: $0, tolerance: staticTolerance, share: inkHoldShare) }.map(\.frame)
        }
        var result: [DetectedText] = []
        let width = first.luma.width
        for (line, reading) in firstLines.enumerated() {
            let ink = reading.candidate.components
            // A stretch carried over texture holds still when the mark it was carried from does:
            // the texture between its letters may move under text that stays.
            let stretches = reading.candidate.carried.map(\.box)
            let marks = reading.candidate.marks
            func isStatic(_ ink: [PixelRect]) -> Bool {
                let carried = ink.filter { part in stretches.contains { $0.intersection(part) == part } }
                let judged = carried.isEmpty ? ink : ink.filter { !carried.contains($0) } + marks
                let inkArea = judged.reduce(0) { $0 + $1.area }
                let changedArea = judged.reduce(0) { $0 + changedPixels(changed, in: $1, width: width) }
                return inkArea > 0 && Double(inkArea - changedArea) >= staticShare * Double(inkArea)
            }
            if isStatic(ink) {
                result += TesseractTextDetector.detections([reading], frames: .all, method: .staticOverlay, lineBase: line)
                continue
            }
            let (still, moving) = TesseractTextDetector.splitByStillness(reading, within: first.luma.bounds, isStatic: isStatic)
            let seenFirst = Seen(frame: 0, box: reading.candidate.box, in: first.luma)
            let frames = FrameScope.frames(Array(Set([0] + alsoIn[line] + droppedFrames(like: seenFirst))).sorted())
            result += TesseractTextDetector.detections([still], frames: .all, method: .staticOverlay, lineBase: line)
            result += TesseractTextDetector.detections([moving], frames: frames, method: .ocr, lineBase: line)
        }
        for (offset, read) in perFrame.enumerated() {
            let frames = FrameScope.frames(Array(Set([read.seen.frame] + droppedFrames(like: read.seen))).sorted())
            result += TesseractTextDetector.detections([read.line], frames: frames, method: .ocr, lineBase: firstLines.count + offset)
        }
        return result
    }

    /// True when two pixel values differ by at most `tolerance`.
    @inline(__always) static func alike(_ p: UInt8, _ q: UInt8, within tolerance: UInt8) -> Bool {
        (p > q ? p - q : q - p) <= tolerance
    }

    /// The boxes of `candidates` that reading dropped (no line of `lines` is theirs).
    static func dropped(_ candidates: [TextCandidate], keeping lines: [FrameReading.Line]) -> [PixelRect] {
        let kept = Set(lines.map(\.candidate.box))
        return candidates.map(\.box).filter { !kept.contains($0) }
    }

    /// A candidate as one frame showed it: its box and the frame's pixels there.
    struct Seen {
        var frame: Int
        var box: PixelRect
        var pixels: GreyImage

        /// `box` (clipped to `image`) as `image`, frame `frame`, shows it.
        init(frame: Int, box: PixelRect, in image: GreyImage) {
            self.frame = frame
            self.box = box.clipped(columns: image.width, rows: image.height)
            pixels = image.cropped(to: self.box)
        }

        /// True when `other` is the same candidate: in the same place (overlapping by 7/10 of
        /// their union) and looking the same there (`share` of the shared pixels within `tolerance`).
        func isSame(as other: Seen, tolerance: UInt8, share: Double) -> Bool {
            let shared = box.intersection(other.box)
            guard 10 * shared.area >= 7 * (box.area + other.box.area - shared.area) else { return false }
            var alike = 0
            for y in shared.y..<shared.maxY {
                for x in shared.x..<shared.maxX {
                    let p = pixels[x - box.x, y - box.y], q = other.pixels[x - other.box.x, y - other.box.y]
                    if TesseractTextDetector.alike(p, q, within: tolerance) { alike += 1 }
                }
            }
            return Double(alike) >= share * Double(shared.area)
        }
    }

    /// A line that runs from a still background onto moving anatomy ("Name:" beside a name
    /// written over the image), split into what holds in every frame and what moves: each word
    /// and unread region whose own ink never changes (`isStatic`) holds, and so do the letters of
    /// a moving word that never change (the first letter of a name on the black border, the rest
    /// over moving speckle): each as the word read (so it is judged as the word is), its box the
    /// letter's grown by `FrameReading.coverPad` like every covered mark and kept within `bounds`.
    static func splitByStillness(_ reading: FrameReading.Line, within bounds: PixelRect,
                                 isStatic: ([PixelRect]) -> Bool) -> (still: FrameReading.Line, moving: FrameReading.Line) {
        func inkUnder(_ box: PixelRect) -> [PixelRect] {
            reading.candidate.components.map { $0.intersection(box) }.filter { !$0.isEmpty }
        }
        var still = reading, moving = reading
        (still.words, moving.words) = split(reading.words) { isStatic(inkUnder($0.box)) }
        (still.unread, moving.unread) = split(reading.unread) { isStatic(inkUnder($0)) }
        still.words += moving.words.flatMap { word in
            inkUnder(word.box).filter { isStatic([$0]) }.map { mark in
                var part = word
                part.box = mark.insetBy(dx: -FrameReading.coverPad, dy: -FrameReading.coverPad).intersection(bounds)
                return part
            }
        }
        return (still, moving)
    }

    /// The elements for which `test` holds, and the others, each in their order.
    private static func split<Element>(_ elements: [Element], by test: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = [], no: [Element] = []
        for element in elements {
            if test(element) { yes.append(element) } else { no.append(element) }
        }
        return (yes, no)
    }

    /// Marks pixels that differ from the first frame; returns the box around this frame's
    /// changes (grown by a margin), or nil when the frame equals the first.
    private func markChanges(from first: DisplayChannels, to frame: DisplayChannels, into changed: inout [Bool]) -> PixelRect? {
        let width = first.luma.width, height = first.luma.height
        guard frame.luma.width == width, frame.luma.height == height else {
            return PixelRect(x: 0, y: 0, width: width, height: height)
        }
        var minX = width, minY = height, maxX = -1, maxY = -1
        let tolerance = staticTolerance
        first.luma.pixels.withUnsafeBufferPointer { a in
            frame.luma.pixels.withUnsafeBufferPointer { b in
                for y in 0..<height {
                    let row = y * width
                    for x in 0..<width {
                        let p = a[row + x], q = b[row + x]
                        if !TesseractTextDetector.alike(p, q, within: tolerance) {
                            changed[row + x] = true
                            minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                        }
                    }
                }
            }
        }
        guard maxX >= 0 else { return nil }
        let margin = 2 * finder.characterHeights.upperBound / 3
        return PixelRect(minX: minX, minY: minY, maxX: maxX + 1, maxY: maxY + 1)
            .insetBy(dx: -margin, dy: -margin).clipped(columns: width, rows: height)
    }

    /// True when `box` looks the same in both frames.
    private func sameInk(_ box: PixelRect, _ a: DisplayChannels, _ b: DisplayChannels) -> Bool {
        let width = a.luma.width
        for y in box.y..<box.maxY {
            for x in box.x..<box.maxX {
                let p = a.luma.pixels[y * width + x], q = b.luma.pixels[y * width + x]
                if !TesseractTextDetector.alike(p, q, within: staticTolerance) { return false }
            }
        }
        return true
    }

    /// True when nearly all of the candidate's ink (its stroke pixels in the first frame) has the
    /// same value in `frame`.
    func inkHolds(_ candidate: TextCandidate, maps: StrokeMaps, from first: DisplayChannels,
                  to frame: DisplayChannels) -> Bool {
        let strokes = maps.map(for: candidate.ink)
        let threshold = candidate.ink == .colour ? finder.colourContrast : finder.contrast
        let width = first.luma.width
        var ink = 0, held = 0
        for component in candidate.components {
            let rect = component.clipped(columns: width, rows: first.luma.height)
            for y in rect.y..<rect.maxY {
                for x in rect.x..<rect.maxX where strokes.pixels[y * width + x] >= threshold {
                    let p = first.luma.pixels[y * width + x], q = frame.luma.pixels[y * width + x]
                    ink += 1
                    if TesseractTextDetector.alike(p, q, within: staticTolerance) { held += 1 }
                }
            }
        }
        return ink > 0 && Double(held) >= inkHoldShare * Double(ink)
    }

    private func changedPixels(_ mask: [Bool], in rect: PixelRect, width: Int) -> Int {
        var total = 0
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where mask[y * width + x] { total += 1 }
        }
        return total
    }

    /// Words and unread regions of read lines as detections.
    static func detections(_ lines: [FrameReading.Line], frames: FrameScope, method: DetectionMethod,
                           lineBase: Int) -> [DetectedText] {
        var out: [DetectedText] = []
        for (offset, line) in lines.enumerated() {
            let id = lineBase + offset
            for word in line.words {
                out.append(DetectedText(frames: frames, box: word.box, text: word.text, confidence: word.confidence,
                                        method: method, line: id))
            }
            for region in line.unread {
                out.append(DetectedText(frames: frames, box: region, text: "", confidence: 0, method: .unread, line: id))
            }
        }
        return out
    }
}
