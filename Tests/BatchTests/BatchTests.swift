import Batch
import Foundation
import PixelIO
import Redactor
import Synchronization
import Testing

/// The pieces of a batch run: hashes, shards, manifests, input lists, abandoned partial files.
@Suite("Batch")
struct BatchTests {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "batch-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("SHA-256 matches the FIPS 180-4 examples, fed whole or in pieces")
    func sha256() {
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hexDigest(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var pieces = SHA256()
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        for start in stride(from: 0, to: million.count, by: 999) { pieces.update(million[start..<min(start + 999, million.count)]) }
        #expect(pieces.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("shards: K/N parsed strictly; every file in exactly one shard; the same split every time")
    func shards() throws {
        #expect(Shard(parsing: "0/4") == nil && Shard(parsing: "5/4") == nil && Shard(parsing: "2") == nil
                && Shard(parsing: "a/b") == nil && Shard(parsing: "1/0") == nil)
        let parts = (1...4).compactMap { Shard(parsing: "\($0)/4") }
        #expect(parts.count == 4)
        let keys = (0..<400).map { "study\($0 / 20)/series\($0 % 7)/IM\($0).dcm" }
        var sizes = [0, 0, 0, 0]
        for key in keys {
            let owners = parts.filter { $0.includes(key) }
            #expect(owners.count == 1, "\(key)")
            if let owner = owners.first { sizes[owner.index - 1] += 1 }
        }
        #expect(sizes.allSatisfy { $0 > 60 }, "unbalanced: \(sizes)")
        // The split is FNV-1a of the path, fixed: a file's shard may never change between versions
        // or machines (these owners were worked out by hand from the FNV-1a definition).
        #expect(parts.first { $0.includes("a/b.dcm") }?.index == 4)
        #expect(Shard(parsing: "3/7")?.includes("a/b.dcm") == true)
        #expect(Shard(parsing: "1/1")?.includes("anything") == true)
    }

    @Test("a manifest is read back, the last record of each input winning, a line cut short ignored")
    func manifestRoundTrip() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/out.dcm"
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: output))
        let manifest = directory + "/m.jsonl"
        let writer = try ManifestWriter(path: manifest)
        let region = RedactionRegion(frames: .all, rect: PixelRect(x: 1, y: 2, width: 3, height: 4), reason: .text("DOE"))
        try writer.append(ManifestRecord(input: "a.dcm", inputSHA256: "x", status: .failed, message: "truncated"))
        try writer.append(ManifestRecord(input: "a.dcm", inputSHA256: "in", output: output,
                                         outputSHA256: SHA256.hexDigest(of: [1, 2, 3]), status: .redacted, regions: [region]))
        try writer.append(ManifestRecord(input: "b.dcm", inputSHA256: "y", status: .skipped, message: "not DICOM"))
        let handle = try #require(FileHandle(forWritingAtPath: manifest))
        handle.seekToEndOfFile()
        handle.write(Data("{\"input\":\"c.dcm\",\"sta".utf8))   // killed mid-line
        handle.closeFile()

        let (records, unreadable) = Manifest.load(path: manifest)
        #expect(unreadable == 1)
        #expect(records.count == 2)
        let a = try #require(records["a.dcm"])
        #expect(a.status == .redacted && a.regions == [region])
        #expect(a.isDone(inputSHA256: "in"))
        #expect(!a.isDone(inputSHA256: "changed"), "the input changed since")
        try Data([9]).write(to: URL(fileURLWithPath: output))
        #expect(!a.isDone(inputSHA256: "in"), "the output changed since")
        #expect(records["b.dcm"]?.isDone(inputSHA256: "y") == false, "skipped and failed files are done again")
        #expect(Manifest.load(path: directory + "/none.jsonl").records.isEmpty)
    }

    @Test("inputs: '-' reads a list; listed files keep their path below the output, named ones their name")
    func inputsAndOutputPaths() throws {
        let (inputs, problems) = InputFiles.expand(["-", "/data/x.dcm"]) { ["/mnt/a/IM1", "", "rel/../IM2"] }
        #expect(problems.isEmpty)
        #expect(inputs.map(\.path) == ["/mnt/a/IM1", "rel/../IM2", "/data/x.dcm"])
        #expect(inputs.map { OutputPaths.outputPath(for: $0, output: "out/") } == ["out/mnt/a/IM1", "out/rel/IM2", "out/x.dcm"])
        let found = InputFiles.Input(path: "archive/s1/IM3", named: false, root: "archive")
        #expect(OutputPaths.relativePath(of: found) == "s1/IM3")
    }

    @Test("abandoned partial files of dead writers are removed; a live writer's and other files stay")
    func partialFiles() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        // Process ids above the kernel's limit (4194304) can never be running.
        let dead = directory + "/sub/.IM1.dcm.partial-4194305-77"
        let live = directory + "/.IM2.partial-\(getpid())-78"
        let other = directory + "/.hidden.partial-notes"
        for path in [dead, live, other] { try Data([0]).write(to: URL(fileURLWithPath: path)) }
        #expect(PartialFiles.removeAbandoned(under: directory) == [dead])
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live) && FileManager.default.fileExists(atPath: other))
    }

    @Test("the worker pool runs every item once and reports each result, serially")
    func workerPool() {
        let seen = Mutex([Int]())
        WorkerPool.run(Array(0..<100), jobs: 4) { $0 * 2 } finished: { index, result in
            seen.withLock { $0.append(result) }
            #expect(result == index * 2)
        }
        #expect(seen.withLock { $0.sorted() } == (0..<100).map { $0 * 2 })
    }

    @Test("progress: rate, ETA and durations read naturally")
    func progress() {
        #expect(BatchProgress.duration(12.4) == "12s")
        #expect(BatchProgress.duration(259) == "4m19s")
        #expect(BatchProgress.duration(3720) == "1h02m")
        var progress = BatchProgress(total: 10)
        progress.finish(failed: true, resumed: false)
        #expect(progress.line.hasPrefix("[ 1/10]  10%"))
        #expect(progress.line.hasSuffix("1 failed"))
    }
}
