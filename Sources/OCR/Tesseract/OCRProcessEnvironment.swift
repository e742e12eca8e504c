#if canImport(Glibc)
import Glibc
#endif

/// The process environment Tesseract needs to run fast. Tesseract's OpenMP runtime starts a
/// team of threads for every line it recognises; on small machines this made OCR about 5x
/// slower. The runtime reads `OMP_THREAD_LIMIT` once, when the library loads, so the variable
/// has to be set before the process starts: programs re-launch themselves (see
/// `relaunchIfNeeded`) or are started with it set. Parallelism comes from running one engine
/// per worker thread instead.
public enum OCRProcessEnvironment {
    /// The variables and the values they need.
    public static let required = ["OMP_THREAD_LIMIT": "1"]

    /// True when every required variable is set (any value the user chose is respected).
    public static var isConfigured: Bool {
        required.keys.allSatisfy { getenv($0) != nil }
    }

    /// When the environment is not configured, sets it and replaces the process with a fresh
    /// copy of itself (same executable, same arguments), so the OpenMP runtime starts with the
    /// limit. Returns only when no relaunch was needed or it was impossible.
    public static func relaunchIfNeeded(arguments: [String]) {
        guard !isConfigured else { return }
        for (name, value) in required where getenv(name) == nil { setenv(name, value, 1) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", argv)
        // execv returns only on failure: carry on, slower but correct.
        for pointer in argv { free(pointer) }
    }
}
