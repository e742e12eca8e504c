#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The character repertoires named by Specific Character Set (0008,0005), and decoding of text values with them.
///
/// Follows PS3.3 C.12.1.1.2 and PS3.5 chapter 6 and Annexes H, I, J, K:
///
/// - Single-byte sets (`ISO_IR 6, 100, 101, 109, 110, 144, 127, 126, 138, 148, 203, 166, 13`),
///   with or without the `ISO 2022` prefix.
/// - Multi-byte sets without code extensions (`ISO_IR 192` (UTF-8), `GB18030`, `GBK`): the whole
///   value is decoded with that encoding and escape sequences are not interpreted.
/// - ISO 2022 code extensions (`ISO 2022 IR 87, 159, 149, 58` and the single-byte ones): the first
///   value of (0008,0005) gives the initial G0/G1 designations (an empty first value means ISO-IR 6),
///   escape sequences switch them, and per PS3.5 6.1.2.5.3 they return to the initial state at every
///   value delimiter (`\` for multi-valued VRs), at the PN component and component group delimiters
///   (`^`, `=`) and at every control character other than ESC (CR, LF, FF, TAB, ...).
///
/// Decoding never fails: bytes that are not valid in the active set become U+FFFD and decoding
/// continues. Lenient behaviour for non-conforming data:
///
/// - Term spellings are matched ignoring case, spaces, `_` and `-` (`ISO-IR 100`, `iso_ir100`), and the
///   `ISO_IR`/`ISO 2022 IR` prefixes are interchangeable; escape sequences are honoured even when the
///   set they designate is not listed, or when (0008,0005) has a single value.
/// - A first value that is a multi-byte G1 set (`ISO 2022 IR 149`, `ISO 2022 IR 58`) designates it into
///   G1 from the start, so raw EUC-KR / EUC-CN bytes without escape sequences decode.
/// - When no G1 set is designated and a byte in 0x80–0xFF appears, the first G1 set listed in
///   (0008,0005) is used; if none is listed, the value is decoded as UTF-8 when it is valid UTF-8 and
///   has no escape sequences, and otherwise as ISO 8859-1 (Latin-1).
/// - The first value decides: a `ISO_IR 192`, `GB18030` or `GBK` term after the first is ignored, and
///   when the first is one of them the other values are ignored.
public struct SpecificCharacterSet: Sendable, Equatable {
    /// ISO_IR 6 (ASCII), used when (0008,0005) is absent.
    public static let `default` = SpecificCharacterSet(values: [])

    /// The defined terms as given (trimmed of leading and trailing spaces).
    public let terms: [String]

    /// Terms this implementation does not know; they are otherwise ignored (an unknown first value
    /// counts as ISO-IR 6).
    public let unsupportedTerms: [String]

    /// How values are decoded, derived from `terms`.
    let scheme: Scheme

    /// Builds the character set from the values of (0008,0005), e.g. `["ISO_IR 100"]` or
    /// `["", "ISO 2022 IR 87"]` or `["ISO 2022 IR 6", "ISO 2022 IR 149"]`.
    ///
    /// Values are trimmed of spaces (and NULs). Never fails: unknown terms are kept in
    /// `unsupportedTerms` and decoding falls back as described on the type.
    public init(values: [String]) {
        let trimmed = values.map(Self.trim)
        var kinds: [TermKind?] = []
        var unsupported: [String] = []
        for term in trimmed {
            let kind = TermKind(term: term)
            if kind == nil { unsupported.append(term) }
            kinds.append(kind)
        }
        terms = trimmed
        unsupportedTerms = unsupported
        scheme = Scheme(kinds: kinds)
    }

    /// Decodes one whole value field (all values, backslashes kept) of the given VR.
    ///
    /// Only VRs with `vr.usesSpecificCharacterSet` (SH, LO, ST, LT, PN, UC, UT) use the character set;
    /// the other VRs decode byte for byte as ISO 8859-1 (ASCII in conforming data). Trailing padding
    /// is not stripped. Invalid bytes become U+FFFD.
    public func decode(_ bytes: UnsafeRawBufferPointer, vr: VR) -> String {
        guard !bytes.isEmpty else { return "" }
        guard vr.usesSpecificCharacterSet else { return Self.decodeLatin1(bytes) }
        switch scheme {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .whole(let codec):
            var sink = UTF8Sink(capacity: bytes.count * 2)
            sink.convertWhole(bytes, codec: codec)
            return sink.finish()
        case .iso2022(let initial, let implicitG1):
            if initial.g0 == .ascii, Self.isASCIIWithoutEscape(bytes) {
                return String(decoding: bytes, as: UTF8.self)
            }
            if initial.g0 == .ascii, initial.g1 == nil, implicitG1 == nil,
               !bytes.contains(escape), Self.isValidUTF8(bytes) {
                return String(decoding: bytes, as: UTF8.self)
            }
            return Self.decodeISO2022(bytes, initial: initial, implicitG1: implicitG1, vr: vr)
        }
    }

    /// Decodes one whole value field (all values, backslashes kept) of the given VR; see
    /// `decode(_:vr:)` for the rules.
    public func decode(_ bytes: [UInt8], vr: VR) -> String {
        bytes.withUnsafeBytes { decode($0, vr: vr) }
    }
}

// MARK: - Character sets and defined terms

/// The ESC control character, which starts an ISO 2022 escape sequence.
private let escape: UInt8 = 0x1B

extension SpecificCharacterSet {
    /// A 94-character (or 94x94) graphic set that can be designated to G0 and invoked into GL.
    enum G0Set: Sendable, Equatable {
        /// ISO-IR 6, ASCII.
        case ascii
        /// ISO-IR 14, JIS X 0201 romaji: ASCII with 0x5C = YEN SIGN and 0x7E = OVERLINE.
        case jisRomaji
        /// ISO-IR 87, JIS X 0208 kanji, two bytes per character.
        case jisX0208
        /// ISO-IR 159, JIS X 0212 supplementary kanji, two bytes per character.
        case jisX0212
    }

    /// A graphic set that can be designated to G1 and invoked into GR (bytes 0xA0–0xFF).
    enum G1Set: Sendable, Equatable {
        /// The right half of ISO 8859-`part` (1, 2, 3, 4, 5, 6, 7, 8, 9 or 15).
        case iso8859(part: UInt8)
        /// ISO-IR 166, TIS 620-2533 Thai.
        case tis620
        /// ISO-IR 13, JIS X 0201 katakana (half-width), 0xA1–0xDF.
        case jisKatakana
        /// ISO-IR 149, KS X 1001 Hangul and Hanja, two bytes per character.
        case ksX1001
        /// ISO-IR 58, GB 2312 simplified Chinese, two bytes per character.
        case gb2312
    }

    /// The G0 and G1 designations in force.
    struct Designation: Sendable, Equatable {
        var g0: G0Set
        var g1: G1Set?
    }

    /// What one defined term of (0008,0005) stands for.
    enum TermKind: Sendable, Equatable {
        /// A single-byte set: its G0 part and G1 part (Table C.12-2 / C.12-3).
        case singleByte(G0Set, G1Set?)
        /// A multi-byte set for G0 (Table C.12-4: ISO 2022 IR 87, 159).
        case multiByteG0(G0Set)
        /// A multi-byte set for G1 (Table C.12-4: ISO 2022 IR 149, 58).
        case multiByteG1(G1Set)
        /// ISO_IR 192, UTF-8 (no code extensions).
        case utf8
        /// GB18030 or GBK (no code extensions).
        case whole(Codec)

        /// Recognises a defined term, ignoring case, spaces, `_` and `-`; nil when unknown.
        init?(term: String) {
            let key = String(term.uppercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" })
            switch key {
            case "": self = .singleByte(.ascii, nil)
            case "GB18030": self = .whole(.gb18030)
            case "GBK": self = .whole(.gbk)
            case "UTF8": self = .utf8
            default:
                let number: Substring
                if key.hasPrefix("ISO2022IR") {
                    number = key.dropFirst(9)
                } else if key.hasPrefix("ISOIR") {
                    number = key.dropFirst(5)
                } else {
                    return nil
                }
                guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }),
                      let registration = Int(number) else { return nil }
                switch registration {
                case 6: self = .singleByte(.ascii, nil)
                case 100: self = .singleByte(.ascii, .iso8859(part: 1))
                case 101: self = .singleByte(.ascii, .iso8859(part: 2))
                case 109: self = .singleByte(.ascii, .iso8859(part: 3))
                case 110: self = .singleByte(.ascii, .iso8859(part: 4))
                case 144: self = .singleByte(.ascii, .iso8859(part: 5))
                case 127: self = .singleByte(.ascii, .iso8859(part: 6))
                case 126: self = .singleByte(.ascii, .iso8859(part: 7))
                case 138: self = .singleByte(.ascii, .iso8859(part: 8))
                case 148: self = .singleByte(.ascii, .iso8859(part: 9))
                case 203: self = .singleByte(.ascii, .iso8859(part: 15))
                case 166: self = .singleByte(.ascii, .tis620)
                case 13: self = .singleByte(.jisRomaji, .jisKatakana)
                case 87: self = .multiByteG0(.jisX0208)
                case 159: self = .multiByteG0(.jisX0212)
                case 149: self = .multiByteG1(.ksX1001)
                case 58: self = .multiByteG1(.gb2312)
                case 192: self = .utf8
                default: return nil
                }
            }
        }

        /// The G1 set this term provides, if any.
        var g1Set: G1Set? {
            switch self {
            case .singleByte(_, let g1): return g1
            case .multiByteG1(let g1): return g1
            case .multiByteG0, .utf8, .whole: return nil
            }
        }
    }

    /// How a character set decodes values.
    enum Scheme: Sendable, Equatable {
        /// ISO_IR 192: the whole value is UTF-8.
        case utf8
        /// GB18030 or GBK: the whole value is converted with iconv.
        case whole(Codec)
        /// ISO 2022 style: initial designations, escape sequences, resets at delimiters.
        /// `implicitG1` is used for GR bytes while no G1 set is designated.
        case iso2022(initial: Designation, implicitG1: G1Set?)

        init(kinds: [TermKind?]) {
            // An absent or unknown first value means the default repertoire.
            let first = (kinds.first ?? nil) ?? .singleByte(.ascii, nil)
            let initial: Designation
            switch first {
            case .utf8:
                self = .utf8
                return
            case .whole(let codec):
                self = .whole(codec)
                return
            case .singleByte(let g0, let g1):
                initial = Designation(g0: g0, g1: g1)
            case .multiByteG0:
                // Not allowed as value 1 (Table C.12-4 is for values 2 to n); start in ASCII.
                initial = Designation(g0: .ascii, g1: nil)
            case .multiByteG1(let g1):
                initial = Designation(g0: .ascii, g1: g1)
            }
            let implicitG1 = initial.g1 == nil ? kinds.lazy.compactMap { $0?.g1Set }.first : nil
            self = .iso2022(initial: initial, implicitG1: implicitG1)
        }
    }

    /// An iconv source encoding.
    enum Codec: Sendable, Equatable {
        case iso8859(part: UInt8)
        case tis620
        case eucJP
        case eucKR
        case eucCN
        case gb18030
        case gbk

        /// The name glibc iconv knows it by.
        var iconvName: String {
            switch self {
            case .iso8859(let part): return "ISO-8859-\(part)"
            case .tis620: return "TIS-620"
            case .eucJP: return "EUC-JP"
            case .eucKR: return "EUC-KR"
            case .eucCN: return "EUC-CN"
            case .gb18030: return "GB18030"
            case .gbk: return "GBK"
            }
        }
    }

    /// Trims spaces and NULs from both ends of a term.
    static func trim(_ term: String) -> String {
        let scalars = term.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\0" }),
              let end = scalars.lastIndex(where: { $0 != " " && $0 != "\0" }) else { return "" }
        return String(scalars[start...end])
    }
}

// MARK: - Decoding

extension SpecificCharacterSet {
    /// Every byte as the code point of the same value (ISO 8859-1).
    static func decodeLatin1(_ bytes: UnsafeRawBufferPointer) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                out.append(0xC0 | (byte >> 6))
                out.append(0x80 | (byte & 0x3F))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when all bytes are 7-bit and none is ESC.
    static func isASCIIWithoutEscape(_ bytes: UnsafeRawBufferPointer) -> Bool {
        !bytes.contains(where: { $0 >= 0x80 || $0 == escape })
    }

    /// True when the bytes are well-formed UTF-8.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// A designation made by an escape sequence.
    enum EscapeDesignation {
        case g0(G0Set)
        case g1(G1Set)
    }

    /// Reads the escape sequence starting at `start` (which holds ESC). Returns how many bytes it
    /// spans and what it designates; nil designation for unknown or malformed sequences.
    ///
    /// ISO 2022 syntax: ESC, intermediate bytes 02/00–02/15, one final byte 03/00–07/14. The sequences
    /// of PS3.3 Tables C.12-3 and C.12-4 are recognised, plus ESC $ @ and ESC $ ( B for JIS X 0208.
    static func readEscape(_ bytes: UnsafeRawBufferPointer, at start: Int) -> (length: Int, designation: EscapeDesignation?) {
        let count = bytes.count
        var index = start + 1
        while index < count, (0x20...0x2F).contains(bytes[index]) { index += 1 }
        guard index < count, (0x30...0x7E).contains(bytes[index]) else {
            // Malformed: drop ESC and its intermediates, decode what follows normally.
            return (index - start, nil)
        }
        let length = index - start + 1
        let intermediates = index - start - 1
        let first: UInt8 = intermediates >= 1 ? bytes[start + 1] : 0
        let second: UInt8 = intermediates >= 2 ? bytes[start + 2] : 0
        let final = bytes[index]
        let designation: EscapeDesignation?
        switch (intermediates, first, second, final) {
        case (1, 0x28, _, 0x42): designation = .g0(.ascii)                 // ESC ( B   ISO-IR 6
        case (1, 0x28, _, 0x4A): designation = .g0(.jisRomaji)             // ESC ( J   ISO-IR 14
        case (1, 0x29, _, 0x49): designation = .g1(.jisKatakana)           // ESC ) I   ISO-IR 13
        case (1, 0x24, _, 0x42), (1, 0x24, _, 0x40), (2, 0x24, 0x28, 0x42):
            designation = .g0(.jisX0208)                                   // ESC $ B   ISO-IR 87
        case (2, 0x24, 0x28, 0x44): designation = .g0(.jisX0212)           // ESC $ ( D ISO-IR 159
        case (2, 0x24, 0x29, 0x43): designation = .g1(.ksX1001)            // ESC $ ) C ISO-IR 149
        case (2, 0x24, 0x29, 0x41): designation = .g1(.gb2312)             // ESC $ ) A ISO-IR 58
        case (1, 0x2D, _, _):                                              // ESC - F   96-sets
            switch final {
            case 0x41: designation = .g1(.iso8859(part: 1))                // A ISO-IR 100
            case 0x42: designation = .g1(.iso8859(part: 2))                // B ISO-IR 101
            case 0x43: designation = .g1(.iso8859(part: 3))                // C ISO-IR 109
            case 0x44: designation = .g1(.iso8859(part: 4))                // D ISO-IR 110
            case 0x4C: designation = .g1(.iso8859(part: 5))                // L ISO-IR 144
            case 0x47: designation = .g1(.iso8859(part: 6))                // G ISO-IR 127
            case 0x46: designation = .g1(.iso8859(part: 7))                // F ISO-IR 126
            case 0x48: designation = .g1(.iso8859(part: 8))                // H ISO-IR 138
            case 0x4D: designation = .g1(.iso8859(part: 9))                // M ISO-IR 148
            case 0x62: designation = .g1(.iso8859(part: 15))               // b ISO-IR 203
            case 0x54: designation = .g1(.tis620)                          // T ISO-IR 166
            default: designation = nil
            }
        default: designation = nil
        }
        return (length, designation)
    }

    /// The ISO 2022 state machine: GL bytes through G0, GR bytes through G1, escape sequences
    /// switch designations, delimiters and control characters reset to `initial`.
    static func decodeISO2022(_ bytes: UnsafeRawBufferPointer, initial: Designation,
                              implicitG1: G1Set?, vr: VR) -> String {
        let isPN = vr == .PN
        let backslashDelimits = vr.isMultiValuedText
        let count = bytes.count
        var sink = UTF8Sink(capacity: count * 2)
        var state = initial
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == escape {
                let (length, designation) = readEscape(bytes, at: index)
                switch designation {
                case .g0(let set)?: state.g0 = set
                case .g1(let set)?: state.g1 = set
                case nil: sink.appendReplacement()
                }
                index += length
                continue
            }
            if byte < 0x21 || byte == 0x7F {
                // SPACE and the control characters are the same whatever is designated (ISO 2022 8-bit).
                if byte == 0x20 {
                    sink.appendASCII(byte)
                } else {
                    sink.appendScalar(UInt32(byte))
                    if byte < 0x20 { state = initial }  // PS3.5 6.1.2.5.3: reset before CR, LF, FF, TAB, ...
                }
                index += 1
                continue
            }
            if byte < 0x80 {
                switch state.g0 {
                case .ascii, .jisRomaji:
                    if (byte == 0x5C && backslashDelimits) || (isPN && (byte == 0x5E || byte == 0x3D)) {
                        // Value delimiter, PN component or component group delimiter.
                        sink.appendASCII(byte)
                        state = initial
                    } else if state.g0 == .jisRomaji && byte == 0x5C {
                        sink.appendScalar(0x00A5)  // YEN SIGN
                    } else if state.g0 == .jisRomaji && byte == 0x7E {
                        sink.appendScalar(0x203E)  // OVERLINE
                    } else {
                        sink.appendASCII(byte)
                    }
                    index += 1
                case .jisX0208, .jisX0212:
                    // Two GL bytes per character: delimiters cannot be recognised inside a pair, so a
                    // conforming writer switches back to the initial G0 set before them.
                    if index + 1 < count, (0x21...0x7E).contains(bytes[index + 1]) {
                        let trail = bytes[index + 1] | 0x80
                        if state.g0 == .jisX0208 {
                            sink.appendEncoded(.eucJP, unit: 2, byte | 0x80, trail)
                        } else {
                            sink.appendEncoded(.eucJP, unit: 3, 0x8F, byte | 0x80, trail)
                        }
                        index += 2
                    } else {
                        sink.appendReplacement()
                        index += 1
                    }
                }
                continue
            }
            // 0x80–0xFF: C1 controls and GR, through G1.
            let g1 = state.g1 ?? implicitG1
            switch g1 {
            case nil, .iso8859(part: 1)?:
                sink.appendScalar(UInt32(byte))
                index += 1
            case .iso8859(let part)?:
                sink.appendEncoded(.iso8859(part: part), unit: 1, byte)
                index += 1
            case .tis620?:
                sink.appendEncoded(.tis620, unit: 1, byte)
                index += 1
            case .jisKatakana?:
                if (0xA1...0xDF).contains(byte) {
                    sink.appendScalar(0xFF61 + UInt32(byte - 0xA1))
                } else {
                    sink.appendReplacement()
                }
                index += 1
            case .ksX1001?, .gb2312?:
                if (0xA1...0xFE).contains(byte), index + 1 < count, (0xA1...0xFE).contains(bytes[index + 1]) {
                    sink.appendEncoded(g1 == .ksX1001 ? .eucKR : .eucCN, unit: 2, byte, bytes[index + 1])
                    index += 2
                } else {
                    sink.appendReplacement()
                    index += 1
                }
            }
        }
        return sink.finish()
    }
}

// MARK: - Output and iconv

/// Collects UTF-8 output. Bytes of iconv-decoded sets are gathered into a run and converted in one
/// call when the run ends. Owns the iconv descriptors opened during one decode (they are not thread
/// safe, so they live no longer than the call; opening one costs about a microsecond).
private struct UTF8Sink: ~Copyable {
    private var out: [UInt8] = []
    private var run: [UInt8] = []
    private var runCodec: SpecificCharacterSet.Codec?
    private var runUnit = 1
    private var converters: [(codec: SpecificCharacterSet.Codec, handle: iconv_t?)] = []
    private let scratch: UnsafeMutableRawBufferPointer

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    init(capacity: Int) {
        out.reserveCapacity(capacity)
        scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1024, alignment: 1)
    }

    deinit {
        for converter in converters {
            if let handle = converter.handle { _ = iconv_close(handle) }
        }
        scratch.deallocate()
    }

    /// Appends a printable ASCII byte or SPACE; it joins an open run (every run codec is ASCII-compatible).
    mutating func appendASCII(_ byte: UInt8) {
        if runCodec != nil { run.append(byte) } else { out.append(byte) }
    }

    /// Appends one Unicode scalar value (invalid values become U+FFFD).
    mutating func appendScalar(_ value: UInt32) {
        flush()
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(0xC0 | UInt8(value >> 6))
            out.append(0x80 | UInt8(value & 0x3F))
        case 0x800..<0xD800, 0xE000..<0x10000:
            out.append(0xE0 | UInt8(value >> 12))
            out.append(0x80 | UInt8((value >> 6) & 0x3F))
            out.append(0x80 | UInt8(value & 0x3F))
        case 0x10000..<0x110000:
            out.append(0xF0 | UInt8(value >> 18))
            out.append(0x80 | UInt8((value >> 12) & 0x3F))
            out.append(0x80 | UInt8((value >> 6) & 0x3F))
            out.append(0x80 | UInt8(value & 0x3F))
        default:
            out.append(contentsOf: Self.replacement)
        }
    }

    /// Appends U+FFFD REPLACEMENT CHARACTER.
    mutating func appendReplacement() {
        flush()
        out.append(contentsOf: Self.replacement)
    }

    /// Appends one character encoded in `codec`, `unit` bytes long.
    mutating func appendEncoded(_ codec: SpecificCharacterSet.Codec, unit: Int, _ bytes: UInt8...) {
        if runCodec != codec || runUnit != unit {
            flush()
            runCodec = codec
            runUnit = unit
        }
        run.append(contentsOf: bytes)
    }

    /// Converts a whole value with `codec` (GB18030, GBK); invalid bytes become U+FFFD one at a time.
    mutating func convertWhole(_ bytes: UnsafeRawBufferPointer, codec: SpecificCharacterSet.Codec) {
        flush()
        run.append(contentsOf: bytes)
        runCodec = codec
        runUnit = 1
        flush()
    }

    /// Returns the decoded text.
    consuming func finish() -> String {
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// Converts the pending run, if any.
    private mutating func flush() {
        guard let codec = runCodec else { return }
        runCodec = nil
        defer { run.removeAll(keepingCapacity: true) }
        guard let handle = converter(for: codec) else {
            // No converter: keep ASCII, one U+FFFD per encoded character.
            var index = 0
            while index < run.count {
                if run[index] < 0x80 {
                    out.append(run[index])
                    index += 1
                } else {
                    out.append(contentsOf: Self.replacement)
                    index += runUnit
                }
            }
            return
        }
        convert(handle: handle, unit: runUnit)
    }

    private mutating func converter(for codec: SpecificCharacterSet.Codec) -> iconv_t? {
        if let existing = converters.first(where: { $0.codec == codec }) { return existing.handle }
        var handle: iconv_t? = iconv_open("UTF-8", codec.iconvName)
        if let opened = handle, Int(bitPattern: opened) == -1 { handle = nil }
        converters.append((codec, handle))
        return handle
    }

    /// Runs iconv over `run`, appending UTF-8 to `out`. On an invalid sequence appends U+FFFD and
    /// skips `unit` bytes; on a truncated one at the end appends U+FFFD and stops.
    private mutating func convert(handle: iconv_t, unit: Int) {
        guard let scratchBase = scratch.baseAddress else { return }
        let scratchSize = scratch.count
        var input: [UInt8] = []
        swap(&input, &run)
        defer { swap(&input, &run) }
        var output: [UInt8] = []
        swap(&output, &out)
        defer { swap(&output, &out) }
        _ = iconv(handle, nil, nil, nil, nil)  // reset the conversion state
        input.withUnsafeMutableBytes { inputBytes in
            guard let inputBase = inputBytes.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = inputBase.assumingMemoryBound(to: CChar.self)
            var inLeft = inputBytes.count
            while inLeft > 0 {
                var outPointer: UnsafeMutablePointer<CChar>? = scratchBase.assumingMemoryBound(to: CChar.self)
                var outLeft = scratchSize
                let before = inLeft
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                let failure = result == -1 ? errno : 0
                let produced = scratchSize - outLeft
                if produced > 0 {
                    output.append(contentsOf: UnsafeRawBufferPointer(start: scratchBase, count: produced))
                }
                if result != -1 { break }
                if failure == E2BIG, produced > 0 || inLeft < before { continue }
                output.append(contentsOf: Self.replacement)
                guard failure == EILSEQ || failure == E2BIG else { break }  // EINVAL: truncated at the end
                let skip = min(max(unit, 1), inLeft)
                inPointer = inPointer.map { $0 + skip }
                inLeft -= skip
            }
        }
    }
}
