import PixelIO
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files outputs are written to before they are renamed into place (see
/// `AtomicFile`), left behind by runs that were killed.
public enum PartialFiles {
    /// Removes, below `directory`, the temporary files of writers that are no longer running;
    /// returns their paths. Files of live processes, perhaps another shard writing to the same
    /// folder, are left alone.
    @discardableResult
    public static func removeAbandoned(under directory: String) -> [String] {
        InputFiles.expand([directory]).inputs.map(\.path).filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let pid = AtomicFile.writer(ofTemporaryFile: name) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH && unlink(path) == 0
        }
    }
}
