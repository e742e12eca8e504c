import FoundationEssentials
import Redactor
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One line of a run's manifest: what was done to one input, and why.
public struct ManifestRecord: Codable, Sendable, Equatable {
    /// What happened to the input.
    public enum Status: String, Codable, Sendable {
        /// Regions were blanked and the output written.
        case redacted
        /// Nothing needed removing: the output is a byte-for-byte copy.
        case copied
        /// The input could not be read, decoded, checked or written: no output (fail closed).
        case failed
        /// Not an image to process (not DICOM, or a DICOMDIR): no output.
        case skipped
    }

    /// The input's path as given or found.
    public var input: String
    /// SHA-256 of the input's bytes (nil when it could not be read).
    public var inputSHA256: String?
    /// The output's path (nil when nothing was written).
    public var output: String?
    /// SHA-256 of the output's bytes.
    public var outputSHA256: String?
    /// What happened.
    public var status: Status
    /// The regions blanked, each with its reason.
    public var regions: [RedactionRegion]?
    /// Why the file failed or was skipped.
    public var message: String?
    /// The shard that processed it ("K/N"), when the run was sharded.
    public var shard: String?

    /// A record.
    public init(input: String, inputSHA256: String?, output: String? = nil, outputSHA256: String? = nil,
                status: Status, regions: [RedactionRegion]? = nil, message: String? = nil, shard: String? = nil) {
        self.input = input
        self.inputSHA256 = inputSHA256
        self.output = output
        self.outputSHA256 = outputSHA256
        self.status = status
        self.regions = regions
        self.message = message
        self.shard = shard
    }

    enum CodingKeys: String, CodingKey {
        case input, output, status, regions, message, shard
        case inputSHA256 = "input_sha256"
        case outputSHA256 = "output_sha256"
    }

    /// True when this record shows the input already done: written from the same input bytes, and
    /// the output still there with the bytes recorded. (Failed files are always tried again.)
    public func isDone(inputSHA256 current: String?) -> Bool {
        guard status == .redacted || status == .copied, let output, let outputSHA256, let current,
              current == inputSHA256 else { return false }
        return SHA256.hexDigest(ofFileAt: output) == outputSHA256
    }
}

/// A manifest in JSON Lines: read back to resume a run, appended to as files finish.
public enum Manifest {
    /// True when the file at `path` is named as `redact run` names its manifests
    /// (`redact-manifest*.jsonl`).
    public static func isManifest(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix("redact-manifest") && name.hasSuffix(".jsonl")
    }

    /// The last record of each input in the manifest at `path` (none when it does not exist), and
    /// how many lines could not be read (a line cut short by a crash is ignored).
    public static func load(path: String) -> (records: [String: ManifestRecord], unreadable: Int) {
        guard let file = fopen(path, "rb") else { return ([:], 0) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes += buffer[0..<count]
            if count < buffer.count { break }
        }
        var records: [String: ManifestRecord] = [:]
        var unreadable = 0
        let decoder = JSONDecoder()
        for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            if let record = try? decoder.decode(ManifestRecord.self, from: Data(line)) {
                records[record.input] = record
            } else {
                unreadable += 1
            }
        }
        return (records, unreadable)
    }
}

/// Appends records to a manifest, each line flushed to disk before the next file is reported,
/// so that a crash loses at most the line being written. Appends from several threads are
/// serialised by a lock (hence the unchecked Sendable: the FILE is only touched under it).
public final class ManifestWriter: @unchecked Sendable {
    private let file: UnsafeMutablePointer<FILE>
    private let encoder: JSONEncoder
    private let lock = Mutex(())

    /// Opens (creating if needed) the manifest at `path` for appending; nil with a message when
    /// it cannot be opened.
    public init(path: String) throws(ManifestError) {
        guard let file = fopen(path, "ab") else {
            throw ManifestError(message: "cannot open the manifest \(path): \(String(cString: strerror(errno)))")
        }
        self.file = file
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit { fclose(file) }

    /// Appends `record` as one line and flushes it to disk.
    public func append(_ record: ManifestRecord) throws(ManifestError) {
        guard var line = try? encoder.encode(record) else {
            throw ManifestError(message: "cannot encode the manifest record of \(record.input)")
        }
        line.append(UInt8(ascii: "\n"))
        let complete = lock.withLock { _ in
            line.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } == line.count
                && fflush(file) == 0 && fsync(fileno(file)) == 0
        }
        guard complete else {
            throw ManifestError(message: "cannot write the manifest: \(String(cString: strerror(errno)))")
        }
    }
}

/// A manifest that cannot be opened or written.
public struct ManifestError: Error, CustomStringConvertible {
    /// What went wrong, naming the file.
    public let message: String
    public var description: String { message }
}
