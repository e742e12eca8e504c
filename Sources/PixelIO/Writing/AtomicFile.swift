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

    private static func writeUnlabelled(to path: String, mode: UInt32,
                                        _ body: (ByteWriter) throws(DicomError) -> Void) throws(DicomError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (directory.isEmpty ? "" : directory) + "/.\(name).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
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
