#if canImport(Glibc)
import Glibc
#endif

/// Where `redact run` writes each output, and the checks that keep outputs away from inputs.
public enum OutputPaths {
    /// The output path of `input` under `output`: a file found in a directory argument keeps its
    /// path relative to that directory; a file from a list on standard input keeps its whole
    /// path (made relative); a file named on the command line goes to `output/basename`.
    public static func outputPath(for input: InputFiles.Input, output: String) -> String {
        let base = output.hasSuffix("/") ? String(output.dropLast()) : output
        return base + "/" + relativePath(of: input)
    }

    /// The path of `input` below the output folder (see `outputPath`): also the key by which
    /// shards split the work and manifests name files.
    public static func relativePath(of input: InputFiles.Input) -> String {
        if let root = input.root {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if input.path.hasPrefix(prefix) { return String(input.path.dropFirst(prefix.count)) }
        }
        if input.listed {
            // "..", "." and empty components are dropped so the output stays inside the folder.
            let parts = input.path.split(separator: "/").filter { $0 != ".." && $0 != "." }
            if !parts.isEmpty { return parts.joined(separator: "/") }
        }
        return input.path.split(separator: "/").last.map(String.init) ?? input.path
    }

    /// The absolute path with symbolic links resolved; for a path that does not exist yet, its
    /// nearest existing ancestor resolved and the rest appended.
    public static func resolved(_ path: String) -> String {
        if let real = realPath(path) { return real }
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var rest: [String] = []
        while let last = components.popLast() {
            rest.insert(last, at: 0)
            let parent = (path.hasPrefix("/") ? "/" : "") + components.joined(separator: "/")
            if let real = realPath(parent.isEmpty ? "." : parent) {
                return (real == "/" ? "" : real) + "/" + rest.joined(separator: "/")
            }
        }
        return path
    }

    /// True when `path` is `directory` or lies below it (both resolved).
    public static func isInside(_ path: String, _ directory: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// True when the two paths name the same existing file.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// True when `path` is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The permission bits of an existing file (0o644 when it cannot be read).
    public static func mode(of path: String) -> UInt32 {
        var status = stat()
        return stat(path, &status) == 0 ? UInt32(status.st_mode) & 0o777 : 0o644
    }

    /// Creates `directory` and its missing parents; returns an error message on failure.
    public static func makeDirectories(_ directory: String) -> String? {
        guard !directory.isEmpty, !isDirectory(directory) else { return nil }
        let slash = directory.lastIndex(of: "/")
        if let slash, slash != directory.startIndex {
            if let failure = makeDirectories(String(directory[..<slash])) { return failure }
        }
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            return "cannot create \(directory): \(String(cString: strerror(errno)))"
        }
        return nil
    }

    /// The directory part of a path ("." when none).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
