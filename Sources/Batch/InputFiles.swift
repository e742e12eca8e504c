#if canImport(Glibc)
import Glibc
#endif

/// Expands command-line inputs: files as given, directories walked recursively in sorted order,
/// and "-" for a list of paths read from standard input.
public struct InputFiles {
    /// One file to process.
    public struct Input: Sendable, Equatable {
        /// Its path as given or found.
        public var path: String
        /// True when the user named it (on the command line or in a list), rather than it being
        /// found in a directory: a named file that is not DICOM is an error, a found one is skipped.
        public var named: Bool
        /// The directory argument it was found in, if any (outputs keep the path below it).
        public var root: String?
        /// True when it came from a list on standard input (outputs keep its whole path).
        public var listed: Bool

        /// A file at `path`.
        public init(path: String, named: Bool, root: String? = nil, listed: Bool = false) {
            self.path = path
            self.named = named
            self.root = root
            self.listed = listed
        }
    }

    /// The files the arguments name, and the problems met listing them (each a message naming
    /// the directory or file). `standardInput` supplies the lines of "-", one path per line.
    public static func expand(_ arguments: [String], standardInput: () -> [String] = InputFiles.readStandardInput)
        -> (inputs: [Input], problems: [String]) {
        var inputs: [Input] = []
        var problems: [String] = []
        for argument in arguments {
            if argument == "-" {
                inputs += standardInput().filter { !$0.isEmpty }.map { Input(path: $0, named: true, listed: true) }
                continue
            }
            guard OutputPaths.isDirectory(argument) else {
                inputs.append(Input(path: argument, named: true))
                continue
            }
            var found: [String] = []
            walk(argument, into: &found, problems: &problems, depth: 0)
            inputs += found.sorted().map { Input(path: $0, named: false, root: argument) }
        }
        return (inputs, problems)
    }

    /// The lines of standard input (a trailing carriage return dropped from each).
    public static func readStandardInput() -> [String] {
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) {
            lines.append(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        }
        return lines
    }

    /// Collects the regular files below `directory` (symbolic links to files included,
    /// links to directories not followed, so a cycle cannot loop), noting what could not be listed.
    private static func walk(_ directory: String, into found: inout [String], problems: inout [String], depth: Int) {
        guard depth < 64 else {
            problems.append("\(directory): directories nested deeper than 64 levels are not searched")
            return
        }
        guard let handle = opendir(directory) else {
            problems.append("\(directory): cannot list the directory: \(String(cString: strerror(errno)))")
            return
        }
        defer { closedir(handle) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                problems.append("\(directory)/\(shown): the file name is not UTF-8; rename it to process it")
                continue
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: walk(path, into: &found, problems: &problems, depth: depth + 1)
            case S_IFREG: found.append(path)
            case S_IFLNK:
                if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG { found.append(path) }
            default: break
            }
        }
    }
}
