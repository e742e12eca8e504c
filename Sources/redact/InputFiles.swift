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

    /// The files the arguments name, and whether anything could not be listed (each such
    /// problem is reported on standard error).
    static func expand(_ arguments: [String]) -> (inputs: [Input], failed: Bool) {
        var inputs: [Input] = []
        var failed = false
        for argument in arguments {
            guard isDirectory(argument) else {
                inputs.append(Input(path: argument, named: true))
                continue
            }
            var found: [String] = []
            if !walk(argument, into: &found, depth: 0) { failed = true }
            inputs += found.sorted().map { Input(path: $0, named: false) }
        }
        return (inputs, failed)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Collects the regular files below `directory` (symbolic links to files included,
    /// links to directories not followed, so a cycle cannot loop). Returns false when
    /// something could not be listed.
    private static func walk(_ directory: String, into found: inout [String], depth: Int) -> Bool {
        guard depth < 64 else {
            reportFailure("\(directory): directories nested deeper than 64 levels are not searched")
            return false
        }
        guard let handle = opendir(directory) else {
            reportFailure("\(directory): cannot list the directory: \(String(cString: strerror(errno)))")
            return false
        }
        defer { closedir(handle) }
        var complete = true
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                reportFailure("\(directory)/\(shown): the file name is not UTF-8; rename it to process it")
                complete = false
                continue
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: if !walk(path, into: &found, depth: depth + 1) { complete = false }
            case S_IFREG: found.append(path)
            case S_IFLNK:
                if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG { found.append(path) }
            default: break
            }
        }
        return complete
    }
}
