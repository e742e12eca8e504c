import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads a file's bytes: memory-mapped for regular files, so that reading a header does not
/// load pixel data and a multi-gigabyte file costs only the pages that are touched.
enum FileBytes {
    /// The whole file as `Data` (mapped when possible).
    static func load(path: String) throws(DicomError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DicomError(.io, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw DicomError(.io, "cannot stat: \(String(cString: strerror(errno)))")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw DicomError(.io, "not a regular file")
        }
        let size = Int(status.st_size)
        if size == 0 { return Data() }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw DicomError(.io, "cannot map: \(String(cString: strerror(errno)))")
        }
        return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in
            munmap(pointer, count)
        })
    }
}
