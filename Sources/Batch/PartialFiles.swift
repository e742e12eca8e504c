#if canImport(Glibc)
import Glibc
#endif

/// The temporary files outputs are written to before they are renamed into place
/// (".NAME.partial-PID-RANDOM", beside the output).
public enum PartialFiles {
    /// Removes, below `directory`, the temporary files of writers that are no longer running (a
    /// run killed mid-write leaves one behind); returns their paths. Files of live processes,
    /// perhaps another shard writing to the same folder, are left alone.
    @discardableResult
    public static func removeAbandoned(under directory: String) -> [String] {
        var removed: [String] = []
        sweep(directory, removed: &removed, depth: 0)
        return removed
    }

    /// The process id in a temporary file's name, or nil when the name is not one.
    static func writer(of name: String) -> Int32? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard name.hasPrefix("."), parts.count >= 3, parts[parts.count - 3].hasSuffix(".partial"),
              let pid = Int32(parts[parts.count - 2]), UInt32(parts[parts.count - 1]) != nil else { return nil }
        return pid
    }

    private static func sweep(_ directory: String, removed: inout [String], depth: Int) {
        guard depth < 64, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                sweep(path, removed: &removed, depth: depth + 1)
            } else if (status.st_mode & S_IFMT) == S_IFREG, let pid = writer(of: name),
                      kill(pid, 0) != 0 && errno == ESRCH, unlink(path) == 0 {
                removed.append(path)
            }
        }
    }
}
