#if canImport(Glibc)
import Glibc
#endif

/// Expands command-line inputs: files as given, directories walked recursively in sorted order.
struct InputFiles {
    /// One file to process, and whether the user named it (rather than it being found in a directory).
    struct Input {
        var path: String
        var named: Bool
    }

    /// The files the arguments name; unreadable directories are reported and skipped.
    static func expand(_ arguments: [String]) -> [Input] {
        var inputs: [Input] = []
        for argument in arguments {
            guard isDirectory(argument) else {
                inputs.append(Input(path: argument, named: true))
                continue
            }
            var found: [String] = []
            walk(argument, into: &found, depth: 0)
            inputs += found.sorted().map { Input(path: $0, named: false) }
        }
        return inputs
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Collects the regular files below `directory` (symbolic links to files included,
    /// links to directories not followed, so a cycle cannot loop).
    private static func walk(_ directory: String, into found: inout [String], depth: Int) {
        guard depth < 64, let handle = opendir(directory) else {
            reportFailure("\(directory): cannot list the directory")
            return
        }
        defer { closedir(handle) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &found, depth: depth + 1)
            case S_IFREG: found.append(path)
            case S_IFLNK:
                if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG { found.append(path) }
            default: break
            }
        }
    }
}
