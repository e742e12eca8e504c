/// A DICOM value representation (PS3.5 section 6.2), including the ones added since 2019
/// (OV, SV, UV) and UC, UR, OL, OD.
public enum VR: String, Sendable, CaseIterable {
    case AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS,
         ST, SV, TM, UC, UI, UL, UN, UR, US, UT, UV

    /// Reads a VR from its two ASCII bytes; nil when they name no VR.
    @inline(__always)
    public init?(byte0: UInt8, byte1: UInt8) {
        let first = Int(byte0) &- 0x41, second = Int(byte1) &- 0x41
        guard first >= 0, first < 26, second >= 0, second < 26,
              let vr = VR.byLetters[first &* 26 &+ second] else { return nil }
        self = vr
    }

    /// Every VR indexed by its two letters (A-Z each), so reading one costs a table lookup.
    private static let byLetters: [VR?] = {
        var table = [VR?](repeating: nil, count: 26 * 26)
        for vr in VR.allCases {
            let letters = Array(vr.rawValue.utf8)
            table[Int(letters[0] - 0x41) * 26 + Int(letters[1] - 0x41)] = vr
        }
        return table
    }()

    /// True where explicit VR encoding uses two reserved bytes and a 32-bit length.
    public var hasLongExplicitLength: Bool {
        switch self {
        case .OB, .OD, .OF, .OL, .OV, .OW, .SQ, .UC, .UN, .UR, .UT, .SV, .UV: return true
        default: return false
        }
    }

    /// The size of one binary value, for byte swapping; 1 for text and byte VRs.
    public var wordSize: Int {
        switch self {
        case .US, .SS, .OW, .AT: return 2  // AT is a pair of 16-bit numbers
        case .UL, .SL, .FL, .OF, .OL: return 4
        case .FD, .OD, .SV, .UV, .OV: return 8
        default: return 1
        }
    }

    /// True for VRs whose value is character data.
    public var isText: Bool {
        switch self {
        case .AE, .AS, .CS, .DA, .DS, .DT, .IS, .LO, .LT, .PN, .SH, .ST, .TM, .UC, .UI, .UR, .UT:
            return true
        default: return false
        }
    }

    /// True for text VRs whose characters follow Specific Character Set (the others are ASCII).
    public var usesSpecificCharacterSet: Bool {
        switch self {
        case .LO, .LT, .PN, .SH, .ST, .UC, .UT: return true
        default: return false
        }
    }

    /// True for text VRs that hold several values separated by a backslash.
    public var isMultiValuedText: Bool {
        isText && self != .LT && self != .ST && self != .UT && self != .UR
    }

    /// The byte that pads a value to even length: NUL for UI and binary VRs, space for text.
    public var paddingByte: UInt8 { (isText && self != .UI) ? 0x20 : 0x00 }
}
