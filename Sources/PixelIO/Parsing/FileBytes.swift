import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Loads a file's bytes: memory-mapped for regular files, so that reading a header does not
/// load pixel data and a multi-gigabyte file costs only the pages that are touched.
enum FileBytes {
    /// Files smaller than this are read rather than mapped: for them a read costs less than
    /// setting up and tearing down a mapping.
    static let mappingThreshold = 1 << 16

    private static func readWhole(_ descriptor: Int32, size: Int) throws(DicomError) -> Data {
        guard let buffer = malloc(size) else { throw DicomError(.io, "cannot allocate \(size) bytes") }
        var done = 0
        while done < size {
            let got = read(descriptor, buffer + done, size - done)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            done += got
        }
        guard done == size else {
            free(buffer)
            throw DicomError(.io, "cannot read: the file changed size while being read")
        }
        return Data(bytesNoCopy: buffer, count: size, deallocator: .free)
    }

    /// The first `limit` bytes of the file (all of it when smaller), and the file's size.
    static func loadPrefix(path: String, limit: Int) throws(DicomError) -> (Data, Int) {
        let descriptor = try openRegular(path)
        defer { close(descriptor.0) }
        let size = min(descriptor.1, limit)
        return (size == 0 ? Data() : try readWhole(descriptor.0, size: size), descriptor.1)
    }

    /// Opens a regular file; returns its descriptor and size.
    private static func openRegular(_ path: String) throws(DicomError) -> (Int32, Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DicomError(.io, "cannot open: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw DicomError(.io, "cannot stat: \(String(cString: strerror(errno)))")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw DicomError(.io, "not a regular file")
        }
        return (descriptor, Int(status.st_size))
    }

    /// The whole file as `Data` (mapped when possible).
    static func load(path: String) throws(DicomError) -> Data {
        let (descriptor, size) = try openRegular(path)
        defer { close(descriptor) }
        if size == 0 { return Data() }
        if size < mappingThreshold { return try readWhole(descriptor, size: size) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw DicomError(.io, "cannot map: \(String(cString: strerror(errno)))")
        }
        return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in
            munmap(pointer, count)
        })
    }
}
