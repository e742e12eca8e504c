import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A buffered byte destination: memory, or a file that can be patched at an earlier position.
public final class ByteWriter {
    private var buffer: [UInt8] = []
    private let descriptor: Int32?
    private var flushed = 0
    private let flushThreshold = 1 << 20

    /// A writer that collects bytes in memory.
    public init() { descriptor = nil }

    /// A writer into an open file descriptor (not closed by the writer).
    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The number of bytes written so far.
    public var position: Int { flushed + buffer.count }

    /// Appends raw bytes; large runs go straight to the file so memory stays bounded.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(DicomError) {
        if descriptor != nil && bytes.count >= flushThreshold {
            try flush()
            try writeToFile(bytes)
            flushed += bytes.count
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Appends bytes with each `wordSize`-byte word reversed (for a change of byte order),
    /// a chunk at a time; a trailing partial word is copied as is.
    public func writeSwapped(_ data: Data, wordSize: Int) throws(DicomError) {
        let chunk = (flushThreshold / wordSize) * wordSize
        var start = data.startIndex
        while start < data.endIndex {
            let end = min(start + chunk, data.endIndex)
            var bytes = [UInt8](data[start..<end])
            reverseWords(&bytes, size: wordSize)
            try write(bytes)
            FileBytes.releasePages(of: data[start..<end])
            start = end
        }
    }

    /// Appends bytes; large values are written a chunk at a time, and chunks of a mapped
    /// input file are released once written, so memory stays bounded.
    public func write(_ data: Data) throws(DicomError) {
        let chunk = 4 << 20
        guard data.count > chunk else {
            try withBytes(data) { (raw: UnsafeRawBufferPointer) throws(DicomError) in try write(raw) }
            return
        }
        var start = data.startIndex
        while start < data.endIndex {
            let part = data[start..<min(start + chunk, data.endIndex)]
            try withBytes(part) { (raw: UnsafeRawBufferPointer) throws(DicomError) in try write(raw) }
            FileBytes.releasePages(of: part)
            start += part.count
        }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(DicomError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Overwrites bytes already written at `offset` (used to fill in offset tables).
    public func patch(at offset: Int, with bytes: [UInt8]) throws(DicomError) {
        if offset >= flushed {
            let start = offset - flushed
            buffer.replaceSubrange(start..<start + bytes.count, with: bytes)
            return
        }
        try flush()
        guard let descriptor else { return }
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
        guard written == bytes.count else {
            throw DicomError(.io, "cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// The bytes collected by an in-memory writer.
    public var data: Data { Data(buffer) }

    /// Sends buffered bytes to the file, if there is one.
    public func flush() throws(DicomError) {
        guard descriptor != nil, !buffer.isEmpty else { return }
        try withBytes(buffer) { (raw: UnsafeRawBufferPointer) throws(DicomError) in try writeToFile(raw) }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeToFile(_ bytes: UnsafeRawBufferPointer) throws(DicomError) {
        guard let descriptor, let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw DicomError(.io, "cannot write: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
