import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that it appears complete or not at all: a temporary file in the same
/// folder, synced, then renamed over the destination.
public enum AtomicFile {
    /// Creates `path` from what `body` writes, with permissions `mode` (less the umask); on any
    /// error nothing is left behind. Pass the input's mode so a private input stays private.
    public static func write(to path: String, mode: UInt32 = 0o644,
                             _ body: (ByteWriter) throws(DicomError) -> Void) throws(DicomError) {
        do {
            try writeUnlabelled(to: path, mode: mode, body)
        } catch {
            throw error.path == nil ? error.inFile(path) : error
        }
    }

    /// The name of the temporary file this process writes `name` to first:
    /// ".NAME.partial-PID-RANDOM".
    static func temporaryName(for name: String) -> String {
        ".\(name).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// The process id in the name of a temporary file of `write`, or nil when `name` is not one
    /// (a run killed mid-write leaves such a file behind).
    public static func writer(ofTemporaryFile name: String) -> Int32? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard name.hasPrefix("."), parts.count >= 3, parts[parts.count - 3].hasSuffix(".partial"),
              let pid = Int32(parts[parts.count - 2]), UInt32(parts[parts.count - 1]) != nil else { return nil }
        return pid
    }

    private static func writeUnlabelled(to path: String, mode: UInt32,
                                        _ body: (ByteWriter) throws(DicomError) -> Void) throws(DicomError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (directory.isEmpty ? "" : directory) + "/" + temporaryName(for: name)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode & 0o777))
        guard descriptor >= 0 else {
            throw DicomError(.io, "cannot create \(temporary): \(String(cString: strerror(errno)))", path: path)
        }
        var succeeded = false
        var isOpen = true
        defer {
            if isOpen { close(descriptor) }
            if !succeeded { unlink(temporary) }
        }
        let writer = ByteWriter(descriptor: descriptor)
        try body(writer)
        try writer.flush()
        guard fsync(descriptor) == 0 else {
            throw DicomError(.io, "cannot sync: \(String(cString: strerror(errno)))")
        }
        isOpen = false
        guard close(descriptor) == 0 else {
            throw DicomError(.io, "cannot close: \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, path) == 0 else {
            throw DicomError(.io, "cannot rename into place: \(String(cString: strerror(errno)))")
        }
        // Make the rename itself durable.
        let folder = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
        succeeded = true
    }
}
