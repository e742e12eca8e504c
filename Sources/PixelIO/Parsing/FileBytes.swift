import FoundationEssentials
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Loads a file's bytes: memory-mapped for regular files, so that reading a header does not
/// load pixel data and a multi-gigabyte file costs only the pages that are touched.
enum FileBytes {
    /// The read-only file mappings alive now (start address -> end address).
    private static let mappings = Mutex<[UInt: UInt]>([:])

    /// Lets the kernel drop the resident pages behind `data` once they have been used, so a
    /// pass over a multi-gigabyte file keeps about one frame resident. Does nothing unless the
    /// bytes lie inside a file mapping made here (dropping heap pages would lose data); mapped
    /// pages dropped are read from the file again if touched later.
    static func releasePages(of data: Data) {
        guard data.count >= pageSize * 2 else { return }
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            let start = UInt(bitPattern: base), end = start + UInt(raw.count)
            let inMapping = mappings.withLock { regions in
                regions.contains { $0.key <= start && end <= $0.value }
            }
            guard inMapping else { return }
            let page = UInt(pageSize)
            let first = (start + page - 1) / page * page, last = end / page * page
            guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
            madvise(pointer, Int(last - first), MADV_DONTNEED)
        }
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

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
        // O_NONBLOCK: opening a FIFO must not wait for a writer (regular files ignore it).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
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
        let start = UInt(bitPattern: address)
        mappings.withLock { $0[start] = start + UInt(size) }
        return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in
            let start = UInt(bitPattern: pointer)
            _ = mappings.withLock { $0.removeValue(forKey: start) }
            munmap(pointer, count)
        })
    }
}
