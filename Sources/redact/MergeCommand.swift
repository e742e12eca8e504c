import ArgumentParser
import Batch
import FoundationEssentials
import PixelIO

/// `redact merge`: joins the manifests of a sharded run and reports on the whole.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the manifests of a sharded run (--shard K/N) and report on the whole batch.",
        discussion: """
        Reads every manifest named (a folder means its redact-manifest*.jsonl files), keeps each \
        input's last record, and prints one summary: files by status, the failed files with their \
        reasons, and inputs recorded by more than one shard. With --output, writes the merged \
        manifest (JSON Lines, sorted by input). Exit code 1 when any file failed or a shard's \
        manifest is missing (with --shards N).

        Examples:
          redact merge clean/                      # after: redact run ... --output clean --shard K/8
          redact merge clean/ --shards 8 --output clean/manifest.jsonl
        """
    )

    @Option(name: .long, help: "Write the merged manifest here.")
    var output: String?

    @Option(name: .long, help: "How many shards there were: a missing shard manifest is then an error.")
    var shards: Int?

    @Argument(help: "Manifests, or folders holding redact-manifest*.jsonl files.")
    var manifests: [String]

    func run() throws {
        var paths: [String] = []
        for argument in manifests {
            if OutputPaths.isDirectory(argument) {
                let (found, problems) = InputFiles.expand([argument])
                for problem in problems { reportFailure(problem) }
                paths += found.map(\.path).filter(Manifest.isManifest)
            } else {
                paths.append(argument)
            }
        }
        var failed = false
        if let shards {
            for k in 1...max(shards, 1) where !paths.contains(where: { $0.hasSuffix("/redact-manifest-\(k)-of-\(shards).jsonl") }) {
                reportFailure("no manifest for shard \(k)/\(shards): that part of the batch has not run")
                failed = true
            }
        }
        var merged: [String: ManifestRecord] = [:]
        var owners: [String: Set<String>] = [:]
        for path in paths.sorted() {
            let (records, unreadable) = Manifest.load(path: path)
            if unreadable > 0 { reportFailure("\(path): \(unreadable) unreadable line(s) ignored") }
            for (input, record) in records {
                merged[input] = record
                owners[input, default: []].insert(record.shard ?? path)
            }
        }
        let records = merged.values.sorted { $0.input < $1.input }
        var counts: [ManifestRecord.Status: Int] = [:]
        for record in records { counts[record.status, default: 0] += 1 }
        print("\(paths.count) manifest\(paths.count == 1 ? "" : "s"), \(records.count) files: "
              + [ManifestRecord.Status.redacted, .copied, .skipped, .failed]
                .map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        for record in records where record.status == .failed {
            print("failed: \(record.input): \(record.message ?? "no reason recorded")")
            failed = true
        }
        for (input, shardNames) in owners.sorted(by: { $0.key < $1.key }) where shardNames.count > 1 {
            print("note: \(input) is recorded by \(shardNames.sorted().joined(separator: ", ")) (the last record is kept)")
        }
        if let output {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var text = ""
            for record in records {
                guard let line = try? encoder.encode(record) else { continue }
                text += String(decoding: line, as: UTF8.self) + "\n"
            }
            do {
                try AtomicFile.write(to: output) { writer throws(DicomError) in try writer.write(Data(text.utf8)) }
            } catch {
                reportFailure(error.description)
                throw ExitStatus.someFilesFailed
            }
        }
        if failed { throw ExitStatus.someFilesFailed }
    }
}

