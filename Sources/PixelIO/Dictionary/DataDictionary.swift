// The DICOM data dictionary (PS3.6) and UID registry, backed by the generated tables in
// DataDictionaryTable.swift (see scripts/gen-dictionary.py).

/// One attribute of the data dictionary (PS3.6).
public struct DictionaryEntry: Sendable {
    /// The tag; for a repeating group, the entry as listed (OverlayData is 6000,3000).
    public let tag: Tag
    /// The VR to use in implicit VR: OW whenever OW is listed (OB or OW, US or OW,
    /// US or SS or OW), otherwise the first listed VR; UN for the item and delimitation tags.
    public let vr: VR
    /// Every VR the standard lists for the attribute, in order; empty for item and delimitation tags.
    public let alternativeVRs: [VR]
    /// The value multiplicity, such as "1", "1-n" or "2-2n".
    public let vm: String
    /// The keyword, such as "PatientName"; empty for a few retired attributes.
    public let keyword: String
    /// The attribute name, such as "Patient's Name".
    public let name: String
    /// True when the standard has retired the attribute.
    public let isRetired: Bool
}

/// Looks up attributes of the DICOM data dictionary by tag or keyword.
public enum DataDictionary {
    /// The dictionary entry for a tag, or nil for private data elements and unknown tags.
    ///
    /// Tags not listed in the standard still get an entry when they are group lengths
    /// (gggg,0000: UL "GenericGroupLength") or private creators (odd group, element
    /// 0010-00FF: LO "PrivateCreator"). Repeating groups (60xx, 50xx, 7Fxx, 002031xx, ...)
    /// resolve to the listed entry.
    public static func entry(for tag: Tag) -> DictionaryEntry? {
        let raw = tag.raw
        if let entry = parsedTagTable.exact[raw] { return entry }
        if tag.isGroupLength {
            return DictionaryEntry(
                tag: tag, vr: .UL, alternativeVRs: [.UL], vm: "1",
                keyword: "GenericGroupLength", name: "Group Length", isRetired: false)
        }
        if tag.isPrivate {
            guard tag.isPrivateCreator else { return nil }
            return DictionaryEntry(
                tag: tag, vr: .LO, alternativeVRs: [.LO], vm: "1",
                keyword: "PrivateCreator", name: "Private Creator", isRetired: false)
        }
        let masks = parsedTagTable.repeaterMasks
        for index in masks.indices where raw & masks[index].mask == masks[index].value {
            return parsedTagTable.repeaterEntries[index]
        }
        return nil
    }

    /// The VR implicit VR data has for a tag (the `vr` of `entry(for:)`), from an index that
    /// holds only VRs, so reading a file does not pay for building names and keywords.
    public static func implicitVR(for tag: Tag) -> VR? {
        let raw = tag.raw
        if let vr = vrIndex.exact[raw] { return vr }
        if tag.isGroupLength { return .UL }
        if tag.isPrivate { return tag.isPrivateCreator ? .LO : nil }
        let masks = vrIndex.repeaterMasks
        for index in masks.indices where raw & masks[index].mask == masks[index].value {
            return vrIndex.repeaterVRs[index]
        }
        return nil
    }

    /// The tag with a given keyword (such as "Rows"), or nil when no attribute has it.
    /// For a repeating group, the tag as listed (6000,3000 for "OverlayData").
    public static func tag(forKeyword keyword: String) -> Tag? {
        tagsByKeyword[keyword]
    }

    /// The number of exact entries plus repeater entries in the table.
    static var entryCount: Int { parsedTagTable.exact.count + parsedTagTable.repeaterEntries.count }

    /// The number of repeating-group entries in the table.
    static var repeaterCount: Int { parsedTagTable.repeaterEntries.count }
}

/// One registered UID (PS3.6 Table A-1).
public struct UIDEntry: Sendable {
    /// The UID itself, such as "1.2.840.10008.1.2.1".
    public let uid: String
    /// The UID name, such as "Explicit VR Little Endian".
    public let name: String
    /// The UID type, such as "Transfer Syntax" or "SOP Class".
    public let type: String
    /// The keyword, such as "ExplicitVRLittleEndian"; empty for a few retired UIDs.
    public let keyword: String
    /// True when the standard has retired the UID.
    public let isRetired: Bool
}

/// Looks up registered UIDs (PS3.6 Table A-1).
public enum UIDDictionary {
    /// The registry entry for a UID, or nil when the UID is not registered.
    public static func entry(for uid: String) -> UIDEntry? {
        parsedUIDTable[uid]
    }

    /// The registered name of a UID, or nil when the UID is not registered.
    public static func name(for uid: String) -> String? {
        parsedUIDTable[uid]?.name
    }

    /// The number of UIDs in the registry.
    static var entryCount: Int { parsedUIDTable.count }
}

// MARK: - Parsing the generated tables

/// A repeating-group mask: a tag matches when `tag.raw & mask == value`.
struct RepeaterMask: Sendable, Equatable {
    let mask: UInt32
    let value: UInt32
}

/// The tag table, parsed.
struct ParsedTagTable: Sendable {
    /// Entries listed with a plain tag, by `Tag.raw`.
    var exact: [UInt32: DictionaryEntry] = [:]
    /// Repeating-group masks, most specific first; `repeaterEntries` holds the matching entries.
    var repeaterMasks: [RepeaterMask] = []
    /// The entry for each of `repeaterMasks`, at the same index.
    var repeaterEntries: [DictionaryEntry] = []
}

// Globals are initialised lazily, once, and thread-safely at first use.
let parsedTagTable: ParsedTagTable = parseTagTable(dataDictionaryTagTable)
let parsedUIDTable: [String: UIDEntry] = parseUIDTable(dataDictionaryUIDTable)
let tagsByKeyword: [String: Tag] = {
    let table = parsedTagTable
    var result: [String: Tag] = [:]
    result.reserveCapacity(table.exact.count + table.repeaterEntries.count)
    for entry in table.exact.values where !entry.keyword.isEmpty {
        result[entry.keyword] = entry.tag
    }
    for entry in table.repeaterEntries where !entry.keyword.isEmpty && result[entry.keyword] == nil {
        result[entry.keyword] = entry.tag
    }
    return result
}()

/// The implicit-VR choice of every tag, without names or keywords.
struct VRIndex {
    var exact: [UInt32: VR] = [:]
    var repeaterMasks: [RepeaterMask] = []
    var repeaterVRs: [VR] = []
}

let vrIndex: VRIndex = buildVRIndex(dataDictionaryTagTable)

/// Builds the VR index from the tag table, in the same order of precedence as `parseTagTable`.
func buildVRIndex(_ text: String) -> VRIndex {
    let table = indexTagTable(text) { _, vrs, _ in vrs.vr }
    return VRIndex(exact: table.exact, repeaterMasks: table.masks, repeaterVRs: table.repeaters)
}

/// Parses the tab-separated tag table; malformed lines are skipped.
func parseTagTable(_ text: String) -> ParsedTagTable {
    let table = indexTagTable(text) { fields, vrs, value -> DictionaryEntry? in
        guard let isRetired = parseFlag(fields[5]) else { return nil }
        return DictionaryEntry(
            tag: Tag(raw: value), vr: vrs.vr, alternativeVRs: vrs.all,
            vm: String(decoding: fields[2], as: UTF8.self),
            keyword: String(decoding: fields[3], as: UTF8.self),
            name: String(decoding: fields[4], as: UTF8.self),
            isRetired: isRetired)
    }
    var parsed = ParsedTagTable()
    parsed.exact = table.exact
    parsed.repeaterMasks = table.masks
    parsed.repeaterEntries = table.repeaters
    return parsed
}

/// Reads the tag table into exact tags and repeater masks, with a payload made from each line
/// (its fields, parsed VRs and tag value); lines that are malformed or give no payload are skipped.
/// Repeaters come most specific first (more fixed digits), so the narrowest mask wins.
private func indexTagTable<Payload>(
    _ text: String, _ payload: (LineFields, (vr: VR, all: [VR]), UInt32) -> Payload?
) -> (exact: [UInt32: Payload], masks: [RepeaterMask], repeaters: [Payload]) {
    var exact: [UInt32: Payload] = [:]
    exact.reserveCapacity(6000)
    var repeaters: [(mask: RepeaterMask, payload: Payload)] = []
    // The VR column has a few dozen distinct values: parse each once and share the arrays.
    var vrCache: [UInt64: (vr: VR, all: [VR])] = [:]
    forEachLine(of: text, fieldCount: 6) { fields in
        guard let (mask, value) = parseTagMask(fields[0]) else { return }
        let key = cacheKey(fields[1])
        let vrs: (vr: VR, all: [VR])
        if let key, let cached = vrCache[key] {
            vrs = cached
        } else {
            guard let parsed = parseVRs(String(decoding: fields[1], as: UTF8.self)) else { return }
            if let key { vrCache[key] = parsed }
            vrs = parsed
        }
        guard let item = payload(fields, vrs, value) else { return }
        if mask == 0xFFFF_FFFF {
            exact[value] = item
        } else {
            repeaters.append((RepeaterMask(mask: mask, value: value), item))
        }
    }
    repeaters.sort { lhs, rhs in
        let left = lhs.mask.mask.nonzeroBitCount, right = rhs.mask.mask.nonzeroBitCount
        return left != right ? left > right : lhs.mask.value < rhs.mask.value
    }
    return (exact, repeaters.map(\.mask), repeaters.map(\.payload))
}

/// Parses the tab-separated UID table; malformed lines are skipped.
func parseUIDTable(_ text: String) -> [String: UIDEntry] {
    var result: [String: UIDEntry] = [:]
    result.reserveCapacity(600)
    forEachLine(of: text, fieldCount: 5) { fields in
        guard !fields[0].isEmpty, let isRetired = parseFlag(fields[4]) else { return }
        let uid = String(decoding: fields[0], as: UTF8.self)
        result[uid] = UIDEntry(
            uid: uid,
            name: String(decoding: fields[1], as: UTF8.self),
            type: String(decoding: fields[2], as: UTF8.self),
            keyword: String(decoding: fields[3], as: UTF8.self),
            isRetired: isRetired)
    }
    return result
}

/// The tab-separated fields of one line, as views into the table's bytes.
private struct LineFields {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Start and end offsets of each field, in pairs.
    let bounds: UnsafeMutableBufferPointer<Int>

    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[bounds[2 * index]..<bounds[2 * index + 1]])
    }
}

/// Calls `body` with the fields of each line that has exactly `fieldCount` tab-separated fields.
private func forEachLine(of text: String, fieldCount: Int, _ body: (LineFields) -> Void) {
    var text = text
    text.withUTF8 { bytes in
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * fieldCount) { bounds in
            let fields = LineFields(bytes: bytes, bounds: bounds)
            var count = 0            // fields completed on this line
            var fieldStart = 0
            var tooMany = false
            var index = 0
            while index <= bytes.count {
                // Skip 8 bytes at a time while none of them can be a tab or a line feed.
                while index + 8 <= bytes.count
                    && !mayContainSeparator(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
                // The end of the text counts as the end of a line.
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x0A
                if byte == 0x09 || byte == 0x0A {
                    if count < fieldCount {
                        var end = index
                        if byte == 0x0A && end > fieldStart && bytes[end - 1] == 0x0D { end -= 1 }
                        bounds[2 * count] = fieldStart
                        bounds[2 * count + 1] = end
                        count += 1
                    } else {
                        tooMany = true
                    }
                    fieldStart = index + 1
                    if byte == 0x0A {
                        if count == fieldCount && !tooMany { body(fields) }
                        count = 0
                        tooMany = false
                    }
                }
                index += 1
            }
        }
    }
}

/// False only when no byte of `word` is below 0x0B, so none is a tab (09) or line feed (0A).
@inline(__always)
private func mayContainSeparator(_ word: UInt64) -> Bool {
    // The classic "has a byte less than n" test; it can report false positives, never misses.
    (word &- 0x0B0B_0B0B_0B0B_0B0B) & ~word & 0x8080_8080_8080_8080 != 0
}

/// A key that identifies a field of up to 7 bytes exactly; nil for longer fields.
private func cacheKey(_ field: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard field.count <= 7 else { return nil }
    var key = UInt64(field.count)
    for byte in field { key = key << 8 | UInt64(byte) }
    return key
}

/// Parses 8 hex digits, with `x` for a wildcard digit, into (mask, value); nil if malformed.
/// The mask is 0xFFFFFFFF for a plain tag.
private func parseTagMask(_ field: UnsafeBufferPointer<UInt8>) -> (mask: UInt32, value: UInt32)? {
    guard field.count == 8 else { return nil }
    var mask: UInt32 = 0
    var value: UInt32 = 0
    for byte in field {
        let nibble: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = UInt32(byte - UInt8(ascii: "A") + 10)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            mask <<= 4
            value <<= 4
            continue
        default: return nil
        }
        mask = mask << 4 | 0xF
        value = value << 4 | nibble
    }
    return (mask, value)
}

/// Parses a VR column ("PN", "OB or OW", "US or SS or OW", "NONE" or empty) into the
/// implicit-VR choice and the listed alternatives; nil if it names an unknown VR.
func parseVRs(_ text: String) -> (vr: VR, all: [VR])? {
    if text.isEmpty || text == "NONE" { return (.UN, []) }
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    var all: [VR] = []
    for (index, part) in parts.enumerated() {
        if index % 2 == 1 {
            guard part == "or" else { return nil }
            continue
        }
        guard let vr = VR(rawValue: String(part)) else { return nil }
        all.append(vr)
    }
    guard let first = all.first, parts.count % 2 == 1 else { return nil }
    // OW can hold any of the listed alternatives and has a 32-bit explicit length.
    return (all.contains(.OW) ? .OW : first, all)
}

/// Parses the retired column: "1" or "0".
private func parseFlag(_ field: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard field.count == 1 else { return nil }
    switch field[0] {
    case UInt8(ascii: "1"): return true
    case UInt8(ascii: "0"): return false
    default: return nil
    }
}
