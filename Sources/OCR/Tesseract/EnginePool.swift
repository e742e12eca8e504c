import Synchronization
import PixelIO

/// Keeps Tesseract engines alive and lends each to one thread at a time, creating engines on
/// demand (at most one per concurrent caller).
public final class EnginePool: Sendable {
    private let idle = Mutex<[TesseractEngine]>([])
    private let language: String

    /// A pool of engines for `language`.
    public init(language: String = "eng") {
        self.language = language
    }

    /// Runs `body` with an engine no other thread is using.
    public func withEngine<T>(_ body: (TesseractEngine) throws -> T) throws -> T {
        let engine = try idle.withLock { $0.popLast() } ?? TesseractEngine(language: language)
        defer { idle.withLock { $0.append(engine) } }
        return try body(engine)
    }
}
