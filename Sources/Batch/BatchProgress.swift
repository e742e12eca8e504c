/// Counts of a batch as files finish, with the rate, the time left, and the line that shows them.
public struct BatchProgress: Sendable {
    /// Files in the batch.
    public let total: Int
    /// Files finished so far (any outcome).
    public private(set) var done = 0
    /// Of those, files that failed.
    public private(set) var failed = 0
    /// Of those, files a previous run had already done.
    public private(set) var resumed = 0
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?

    /// Progress of a batch of `total` files starting now.
    public init(total: Int) {
        self.total = total
        start = .now
    }

    /// Records one finished file.
    public mutating func finish(failed: Bool, resumed: Bool) {
        done += 1
        if failed { self.failed += 1 }
        if resumed { self.resumed += 1 }
    }

    /// Seconds since the start.
    public var elapsed: Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// Files processed per second, files a previous run had done not counted.
    public var rate: Double {
        let seconds = elapsed
        return seconds > 0 ? Double(done - resumed) / seconds : 0
    }

    /// One status line: "[ 120/1000]  12%  3.4 files/s  ETA 4m19s  2 failed".
    public var line: String {
        let width = String(total).count
        let count = String(done).leftPadded(to: width)
        let percent = total > 0 ? done * 100 / total : 100
        var text = "[\(count)/\(total)] \(String(percent).leftPadded(to: 3))%  "
        text += rate > 0 ? "\(Self.decimal(rate)) files/s" : "- files/s"
        if rate > 0 && done < total {
            text += "  ETA \(Self.duration(Double(total - done) / rate))"
        }
        if failed > 0 { text += "  \(failed) failed" }
        return text
    }

    /// True (and remembers the time) when the line should be redrawn: at most five times a second,
    /// and always for the last file.
    public mutating func shouldRedraw() -> Bool {
        let now = ContinuousClock.now
        if done < total, let last = lastDrawn, now - last < .milliseconds(200) { return false }
        lastDrawn = now
        return true
    }

    /// "1h02m", "4m19s" or "12s".
    public static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h\(String(whole % 3600 / 60).leftPadded(to: 2, with: "0"))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(whole % 60).leftPadded(to: 2, with: "0"))s" }
        return "\(whole)s"
    }

    /// One decimal place ("3.4").
    public static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension String {
    /// The string padded on the left to `width` characters.
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
