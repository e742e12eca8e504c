/// One of N deterministic parts of a batch (`--shard K/N`): a file belongs to the shard its
/// relative path hashes to, so every machine running the same command with a different K takes
/// a disjoint share and together they take everything, whatever order the files are listed in.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// This shard's number, 1...count.
    public let index: Int
    /// How many shards there are.
    public let count: Int

    /// Parses "K/N" with 1 <= K <= N; nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            return nil
        }
        index = k
        count = n
    }

    /// True when the file with relative path `key` is this shard's.
    public func includes(_ key: String) -> Bool {
        Int(Shard.hash(key) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }

    /// FNV-1a, 64-bit: stable across runs, machines and Swift versions (unlike `Hasher`).
    static func hash(_ key: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return value
    }
}
