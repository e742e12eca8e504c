import Testing
@testable import PixelIO
import TestSupport

// Byte fixtures are written out in full; the examples of PS3.5 Annexes H, I, J and K use the byte
// sequences given there (also the PatientName values of pydicom's chrH31/chrH32/chrI2/chrX1/chrX2).

private let esc: UInt8 = 0x1B

private func decode(_ terms: [String], _ bytes: [UInt8], _ vr: VR = .PN) -> String {
    SpecificCharacterSet(values: terms).decode(bytes, vr: vr)
}

/// The ASCII bytes of a string, to keep fixtures readable.
private func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

// MARK: - Defined terms

@Test func defaultIsASCIIWithNoTerms() {
    let set = SpecificCharacterSet.default
    #expect(set.terms.isEmpty)
    #expect(set.unsupportedTerms.isEmpty)
    #expect(set == SpecificCharacterSet(values: []))
    #expect(set.decode(ascii("Doe^John"), vr: .PN) == "Doe^John")
}

@Test func termsAreTrimmedAndKept() {
    let set = SpecificCharacterSet(values: [" ", "ISO 2022 IR 87 "])
    #expect(set.terms == ["", "ISO 2022 IR 87"])
    #expect(set.unsupportedTerms.isEmpty)
    #expect(set == SpecificCharacterSet(values: ["", "ISO 2022 IR 87"]))
    #expect(set != SpecificCharacterSet(values: ["ISO 2022 IR 13", "ISO 2022 IR 87"]))
}

@Test func unknownTermsAreRecorded() {
    let set = SpecificCharacterSet(values: ["ISO_IR 999", "ISO 2022 IR 87", "KOI8-R"])
    #expect(set.terms == ["ISO_IR 999", "ISO 2022 IR 87", "KOI8-R"])
    #expect(set.unsupportedTerms == ["ISO_IR 999", "KOI8-R"])
    // An unknown first value counts as ISO-IR 6; the known escape still works.
    #expect(set.decode([0x41, esc, 0x24, 0x42, 0x3B, 0x33, esc, 0x28, 0x42], vr: .PN) == "A山")
}

@Test func everyDefinedTermIsSupported() {
    let terms = [
        "ISO_IR 6", "ISO_IR 100", "ISO_IR 101", "ISO_IR 109", "ISO_IR 110", "ISO_IR 144", "ISO_IR 127",
        "ISO_IR 126", "ISO_IR 138", "ISO_IR 148", "ISO_IR 203", "ISO_IR 166", "ISO_IR 13", "ISO_IR 192",
        "GB18030", "GBK", "ISO 2022 IR 6", "ISO 2022 IR 100", "ISO 2022 IR 101", "ISO 2022 IR 109",
        "ISO 2022 IR 110", "ISO 2022 IR 144", "ISO 2022 IR 127", "ISO 2022 IR 126", "ISO 2022 IR 138",
        "ISO 2022 IR 148", "ISO 2022 IR 203", "ISO 2022 IR 166", "ISO 2022 IR 13", "ISO 2022 IR 87",
        "ISO 2022 IR 159", "ISO 2022 IR 149", "ISO 2022 IR 58",
    ]
    for term in terms {
        #expect(SpecificCharacterSet(values: [term]).unsupportedTerms.isEmpty, "\(term)")
    }
}

@Test func misspelledTermsAreUnderstood() {
    let set = SpecificCharacterSet(values: ["iso-ir 144"])
    #expect(set.unsupportedTerms.isEmpty)
    #expect(set.decode([0xBB, 0xEE, 0xDA], vr: .PN) == "Люк")
    #expect(SpecificCharacterSet(values: ["ISO_IR100"]).decode([0xE9], vr: .LO) == "é")
}

// MARK: - Single-byte character sets

@Test func latin1() {
    let bytes: [UInt8] = [0x42, 0x75, 0x63, 0x5E, 0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65]
    #expect(decode(["ISO_IR 100"], bytes) == "Buc^Jérôme")
    #expect(decode(["ISO_IR 100"], [0xC4, 0x6E, 0x65, 0x61, 0x73, 0x5E, 0x52, 0xFC, 0x64, 0x69, 0x67, 0x65, 0x72])
        == "Äneas^Rüdiger")
}

@Test func latin2() {
    let bytes: [UInt8] = [0x44, 0x76, 0x6F, 0xF8, 0xE1, 0x6B, 0x5E, 0x41, 0x6E, 0x74, 0x6F, 0x6E, 0xED, 0x6E]
    #expect(decode(["ISO_IR 101"], bytes) == "Dvořák^Antonín")
}

@Test func latin3AndLatin4() {
    #expect(decode(["ISO_IR 109"], [0xA1, 0x61, 0xF5, 0x61, 0x72, 0x5E, 0xC5, 0x65, 0x6E, 0x73, 0x75]) == "Ħaġar^Ċensu")
    #expect(decode(["ISO_IR 110"], [0xC0, 0x62, 0x65, 0x6C, 0x65, 0x5E, 0xAB, 0x69, 0x72, 0x74, 0x73]) == "Ābele^Ģirts")
}

@Test func cyrillic() {
    // pydicom's chrRuss.dcm: the name mixes Cyrillic with the Latin letters c, e, y, p.
    let bytes: [UInt8] = [0xBB, 0xEE, 0xDA, 0x63, 0x65, 0xDC, 0xD1, 0x79, 0x70, 0xD3]
    #expect(decode(["ISO_IR 144"], bytes) == "\u{41B}\u{44E}\u{43A}ce\u{43C}\u{431}yp\u{433}")
    #expect(decode(["ISO_IR 144"], bytes) == "Люкceмбypг")
}

@Test func arabic() {
    let bytes: [UInt8] = [0xE2, 0xC8, 0xC7, 0xE6, 0xEA, 0x5E, 0xE4, 0xE6, 0xD2, 0xC7, 0xD1]
    #expect(decode(["ISO_IR 127"], bytes) == "قباني^لنزار")
}

@Test func greek() {
    let bytes: [UInt8] = [0xC4, 0xE9, 0xEF, 0xED, 0xF5, 0xF3, 0xE9, 0xEF, 0xF2]
    #expect(decode(["ISO_IR 126"], bytes) == "Διονυσιος")
}

@Test func hebrew() {
    let bytes: [UInt8] = [0xF9, 0xF8, 0xE5, 0xEF, 0x5E, 0xE3, 0xE1, 0xE5, 0xF8, 0xE4]
    #expect(decode(["ISO_IR 138"], bytes) == "שרון^דבורה")
}

@Test func latin5AndLatin9() {
    #expect(decode(["ISO_IR 148"], [0xDE, 0x61, 0x68, 0x69, 0x6E, 0x5E, 0x41, 0xF0, 0x61, 0x6E]) == "Şahin^Ağan")
    // 0xBC and 0xA4 differ from Latin-1 (¼, ¤).
    #expect(decode(["ISO_IR 203"], [0xBC, 0x75, 0x76, 0x72, 0x65, 0x5E, 0xA4]) == "Œuvre^€")
}

@Test func thai() {
    let bytes: [UInt8] = [0xCA, 0xC1, 0xAA, 0xD2, 0xC2, 0x5E, 0xE3, 0xA8, 0xB4, 0xD5]
    #expect(decode(["ISO_IR 166"], bytes) == "สมชาย^ใจดี")
}

@Test func jisX0201() {
    // G1: half-width katakana; G0: romaji, where 05/12 is YEN SIGN and 07/14 OVERLINE.
    #expect(decode(["ISO_IR 13"], [0xD4, 0xCF, 0xC0, 0xDE, 0x5E, 0xC0, 0xDB, 0xB3]) == "ﾔﾏﾀﾞ^ﾀﾛｳ")
    #expect(decode(["ISO_IR 13"], [0x31, 0x30, 0x5C, 0x7E], .LT) == "10¥‾")
    // In multi-valued VRs 05/12 is the value delimiter.
    #expect(decode(["ISO_IR 13"], [0xB1, 0x5C, 0xB2], .LO) == "ｱ\\ｲ")
}

@Test func otherVRsIgnoreTheCharacterSet() {
    #expect(decode(["ISO_IR 144"], [0x41, 0xE9], .CS) == "Aé")
    #expect(decode(["ISO_IR 192"], [0xE9], .AE) == "é")
    #expect(decode(["ISO_IR 144"], [0x41, 0xE9], .LO) == "Aщ")
}

@Test func paddingIsKept() {
    #expect(decode(["ISO_IR 100"], [0x41, 0xE9, 0x20]) == "Aé ")
    #expect(decode([], []) == "")
}

// MARK: - Multi-byte character sets without code extensions (Annex J)

@Test func utf8() {
    let bytes: [UInt8] = [
        0x57, 0x61, 0x6E, 0x67, 0x5E, 0x58, 0x69, 0x61, 0x6F, 0x44, 0x6F, 0x6E, 0x67, 0x3D,
        0xE7, 0x8E, 0x8B, 0x5E, 0xE5, 0xB0, 0x8F, 0xE6, 0x9D, 0xB1, 0x3D, 0x20,
    ]
    #expect(decode(["ISO_IR 192"], bytes) == "Wang^XiaoDong=王^小東= ")
}

@Test func gb18030() {
    let bytes: [UInt8] = [
        0x57, 0x61, 0x6E, 0x67, 0x5E, 0x58, 0x69, 0x61, 0x6F, 0x44, 0x6F, 0x6E, 0x67, 0x3D,
        0xCD, 0xF5, 0x5E, 0xD0, 0xA1, 0xB6, 0xAB, 0x3D,
    ]
    #expect(decode(["GB18030"], bytes) == "Wang^XiaoDong=王^小东=")
    // Four-byte sequences reach beyond the BMP.
    #expect(decode(["GB18030"], [0xA2, 0xE3, 0x94, 0x39, 0xFC, 0x36]) == "€😀")
}

@Test func gbkKeepsBackslashTrailBytes() {
    // 俓 is 0x82 0x5C in GBK: its trail byte is not a value delimiter.
    #expect(decode(["GBK"], [0xCD, 0xF5, 0x5E, 0x82, 0x5C, 0x5C, 0xB6, 0xAB], .PN) == "王^俓\\东")
}

// MARK: - Code extensions (Annexes H, I, K)

@Test func japaneseAnnexH31() {
    // (0008,0005) \ISO 2022 IR 87
    let bytes: [UInt8] = [
        0x59, 0x61, 0x6D, 0x61, 0x64, 0x61, 0x5E, 0x54, 0x61, 0x72, 0x6F, 0x75, 0x3D,
        esc, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, esc, 0x28, 0x42, 0x5E,
        esc, 0x24, 0x42, 0x42, 0x40, 0x4F, 0x3A, esc, 0x28, 0x42, 0x3D,
        esc, 0x24, 0x42, 0x24, 0x64, 0x24, 0x5E, 0x24, 0x40, esc, 0x28, 0x42, 0x5E,
        esc, 0x24, 0x42, 0x24, 0x3F, 0x24, 0x6D, 0x24, 0x26, esc, 0x28, 0x42,
    ]
    #expect(decode(["", "ISO 2022 IR 87"], bytes) == "Yamada^Tarou=山田^太郎=やまだ^たろう")
}

@Test func japaneseAnnexH32() {
    // (0008,0005) ISO 2022 IR 13\ISO 2022 IR 87
    let bytes: [UInt8] = [
        0xD4, 0xCF, 0xC0, 0xDE, 0x5E, 0xC0, 0xDB, 0xB3, 0x3D,
        esc, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, esc, 0x28, 0x4A, 0x5E,
        esc, 0x24, 0x42, 0x42, 0x40, 0x4F, 0x3A, esc, 0x28, 0x4A, 0x3D,
        esc, 0x24, 0x42, 0x24, 0x64, 0x24, 0x5E, 0x24, 0x40, esc, 0x28, 0x4A, 0x5E,
        esc, 0x24, 0x42, 0x24, 0x3F, 0x24, 0x6D, 0x24, 0x26, esc, 0x28, 0x4A,
    ]
    #expect(decode(["ISO 2022 IR 13", "ISO 2022 IR 87"], bytes) == "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう")
    // The same with the non-ISO 2022 spelling of value 1, as many writers do.
    #expect(decode(["ISO_IR 13", "ISO 2022 IR 87"], bytes) == "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう")
}

@Test func japaneseJISX0212() {
    // ESC $ ( D designates JIS X 0212 to G0: 0x30 0x21 is 丂 (U+4E02).
    let bytes: [UInt8] = [esc, 0x24, 0x28, 0x44, 0x30, 0x21, 0x30, 0x22, esc, 0x28, 0x42, 0x5E, 0x41]
    #expect(decode(["", "ISO 2022 IR 159"], bytes) == "丂丄^A")
}

@Test func koreanAnnexI() {
    // (0008,0005) \ISO 2022 IR 149; KS X 1001 is designated to G1 again after every delimiter.
    let bytes: [UInt8] = [
        0x48, 0x6F, 0x6E, 0x67, 0x5E, 0x47, 0x69, 0x6C, 0x64, 0x6F, 0x6E, 0x67, 0x3D,
        esc, 0x24, 0x29, 0x43, 0xFB, 0xF3, 0x5E, esc, 0x24, 0x29, 0x43, 0xD1, 0xCE, 0xD4, 0xD7, 0x3D,
        esc, 0x24, 0x29, 0x43, 0xC8, 0xAB, 0x5E, esc, 0x24, 0x29, 0x43, 0xB1, 0xE6, 0xB5, 0xBF,
    ]
    #expect(decode(["", "ISO 2022 IR 149"], bytes) == "Hong^Gildong=洪^吉洞=홍^길동")
}

@Test func koreanLongTextLines() {
    // Annex I.3: the designation is repeated at the start of each line; ASCII mixes freely.
    var bytes: [UInt8] = [esc, 0x24, 0x29, 0x43] + ascii("line ") + [0xC7, 0xD1, 0xB1, 0xDB] + [0x0D, 0x0A]
    bytes += [esc, 0x24, 0x29, 0x43] + [0xC7, 0xD1] + ascii(" x")
    #expect(decode(["", "ISO 2022 IR 149"], bytes, .LT) == "line 한글\r\n한 x")
}

@Test func chineseAnnexK() {
    // (0008,0005) \ISO 2022 IR 58
    var bytes = ascii("Zhang^XiaoDong=")
    bytes += [esc, 0x24, 0x29, 0x41, 0xD5, 0xC5, 0x5E, esc, 0x24, 0x29, 0x41, 0xD0, 0xA1, 0xB6, 0xAB, 0x3D, 0x20]
    #expect(decode(["", "ISO 2022 IR 58"], bytes) == "Zhang^XiaoDong=张^小东= ")
}

@Test func singleByteCodeExtensions() {
    // Latin-1 initially in G1; ESC - L designates Cyrillic, ESC - F Greek.
    let bytes: [UInt8] = [0xE9, esc, 0x2D, 0x4C, 0xE9, esc, 0x2D, 0x46, 0xE1]
    #expect(decode(["ISO 2022 IR 100", "ISO 2022 IR 144", "ISO 2022 IR 126"], bytes, .LT) == "éщα")
}

@Test func everyEscapeSequenceOfTablesC12_3AndC12_4() {
    // Each escape sequence, then bytes that differ between the sets, decoded as LT (no delimiters).
    let cases: [(escape: [UInt8], bytes: [UInt8], expected: String)] = [
        ([0x2D, 0x41], [0xE9], "é"),        // ESC - A  ISO-IR 100
        ([0x2D, 0x42], [0xF8], "ř"),        // ESC - B  ISO-IR 101
        ([0x2D, 0x43], [0xA1], "Ħ"),        // ESC - C  ISO-IR 109
        ([0x2D, 0x44], [0xC0], "Ā"),        // ESC - D  ISO-IR 110
        ([0x2D, 0x4C], [0xE9], "щ"),        // ESC - L  ISO-IR 144
        ([0x2D, 0x47], [0xC7], "ا"),        // ESC - G  ISO-IR 127
        ([0x2D, 0x46], [0xE1], "α"),        // ESC - F  ISO-IR 126
        ([0x2D, 0x48], [0xF9], "ש"),        // ESC - H  ISO-IR 138
        ([0x2D, 0x4D], [0xDE], "Ş"),        // ESC - M  ISO-IR 148
        ([0x2D, 0x62], [0xA4], "€"),        // ESC - b  ISO-IR 203
        ([0x2D, 0x54], [0xCA], "ส"),        // ESC - T  ISO-IR 166
        ([0x29, 0x49], [0xB1], "ｱ"),        // ESC ) I  ISO-IR 13
        ([0x28, 0x4A], [0x5C, 0x7E], "¥‾"), // ESC ( J  ISO-IR 14
        ([0x24, 0x42], [0x3B, 0x33], "山"),  // ESC $ B  ISO-IR 87
        ([0x24, 0x28, 0x44], [0x30, 0x21], "丂"), // ESC $ ( D ISO-IR 159
        ([0x24, 0x29, 0x43], [0xC8, 0xAB], "홍"), // ESC $ ) C ISO-IR 149
        ([0x24, 0x29, 0x41], [0xD5, 0xC5], "张"), // ESC $ ) A ISO-IR 58
    ]
    for item in cases {
        #expect(decode([""], [esc] + item.escape + item.bytes, .LT) == item.expected, "\(item.escape)")
    }
    // ESC ( B returns G0 to ASCII.
    #expect(decode([""], [esc, 0x28, 0x4A, 0x7E, esc, 0x28, 0x42, 0x7E], .LT) == "‾~")
}

// MARK: - Reset to the initial designations (PS3.5 6.1.2.5.3)

@Test func resetAtPNDelimiters() {
    // G1 is Latin-1 initially; after ESC - L the byte 0xE9 is щ until the next delimiter.
    let set = ["ISO 2022 IR 100", "ISO 2022 IR 144"]
    for delimiter: UInt8 in [0x5E, 0x3D, 0x5C] {
        let bytes: [UInt8] = [esc, 0x2D, 0x4C, 0xE9, delimiter, 0xE9]
        let expected = "щ" + String(UnicodeScalar(delimiter)) + "é"
        #expect(decode(set, bytes, .PN) == expected)
    }
    // G0 too: after ESC ( J, 07/14 is OVERLINE until '^'.
    #expect(decode(["", "ISO 2022 IR 13"], [esc, 0x28, 0x4A, 0x7E, 0x5E, 0x7E]) == "‾^~")
}

@Test func resetAtControlCharactersButNotCaretInText() {
    let set = ["ISO 2022 IR 100", "ISO 2022 IR 144"]
    #expect(decode(set, [esc, 0x2D, 0x4C, 0xE9, 0x0D, 0x0A, 0xE9], .LT) == "щ\r\né")
    #expect(decode(set, [esc, 0x2D, 0x4C, 0xE9, 0x09, 0xE9], .ST) == "щ\té")
    // '^' and '\' are no delimiters in LT.
    #expect(decode(set, [esc, 0x2D, 0x4C, 0xE9, 0x5E, 0x5C, 0xE9], .LT) == "щ^\\щ")
    // '\' separates values of LO, '^' does not.
    #expect(decode(set, [esc, 0x2D, 0x4C, 0xE9, 0x5E, 0xE9, 0x5C, 0xE9], .LO) == "щ^щ\\é")
}

@Test func delimiterBytesInsideKanjiAreNotDelimiters() {
    // 0x24 0x5E is ま: its second byte is '^' but belongs to the two-byte character.
    #expect(decode(["", "ISO 2022 IR 87"], [esc, 0x24, 0x42, 0x24, 0x5E, 0x24, 0x40, esc, 0x28, 0x42]) == "まだ")
}

// MARK: - Invalid input

@Test func invalidBytesBecomeReplacementCharacters() {
    // Truncated kanji pair, then a complete one.
    #expect(decode(["", "ISO 2022 IR 87"], [esc, 0x24, 0x42, 0x3B, esc, 0x24, 0x42, 0x3B, 0x33]) == "\u{FFFD}山")
    // Unknown and truncated escape sequences.
    #expect(decode(["", "ISO 2022 IR 87"], [0x41, esc, 0x28, 0x5A, 0x42, esc]) == "A\u{FFFD}B\u{FFFD}")
    #expect(decode(["", "ISO 2022 IR 87"], [esc, 0x24]) == "\u{FFFD}")
    // A KS X 1001 lead byte without a trail byte, and an unassigned pair.
    #expect(decode(["", "ISO 2022 IR 149"], [esc, 0x24, 0x29, 0x43, 0xC8, 0x41]) == "\u{FFFD}A")
    #expect(decode(["", "ISO 2022 IR 149"], [esc, 0x24, 0x29, 0x43, 0xA2, 0xFE, 0xC8, 0xAB]) == "\u{FFFD}홍")
    // Katakana outside 0xA1–0xDF; an unassigned ISO 8859-6 byte.
    #expect(decode(["ISO_IR 13"], [0xE0, 0xB1]) == "\u{FFFD}ｱ")
    #expect(decode(["ISO_IR 127"], [0xA1, 0xC7]) == "\u{FFFD}ا")
    // Malformed UTF-8 and a truncated GB18030 sequence.
    #expect(decode(["ISO_IR 192"], [0x41, 0xFF, 0xE7, 0x8E]) == "A\u{FFFD}\u{FFFD}")
    #expect(decode(["GB18030"], [0xCD, 0xF5, 0xCD]) == "王\u{FFFD}")
}

@Test func randomBytesNeverTrap() {
    var generator = SeededGenerator(seed: 0x5EED)
    let sets: [[String]] = [
        [], ["ISO_IR 100"], ["ISO_IR 144"], ["ISO_IR 13"], ["ISO_IR 192"], ["GB18030"], ["GBK"], ["ISO_IR 166"],
        ["", "ISO 2022 IR 87", "ISO 2022 IR 159"], ["", "ISO 2022 IR 149"], ["", "ISO 2022 IR 58"],
        ["ISO 2022 IR 13", "ISO 2022 IR 87"], ["ISO 2022 IR 100", "ISO 2022 IR 127"],
    ]
    let interesting: [UInt8] = [esc, 0x24, 0x28, 0x29, 0x2D, 0x42, 0x4A, 0x43, 0x44, 0x5C, 0x5E, 0x3D, 0x0A, 0x8F, 0xA1]
    for round in 0..<2_000 {
        let length = Int(generator.next() % 48)
        let bytes: [UInt8] = (0..<length).map { _ in
            let value = generator.next()
            return value & 1 == 0 ? interesting[Int((value >> 8) % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: value >> 16)
        }
        let set = SpecificCharacterSet(values: sets[round % sets.count])
        for vr: VR in [.PN, .LO, .LT] {
            #expect(set.decode(bytes, vr: vr).unicodeScalars.count <= max(length, 1) * 2)
        }
    }
}

// MARK: - Fallbacks for non-conforming data

@Test func defaultRepertoireFallsBackToUTF8ThenLatin1() {
    #expect(decode([], [0x4A, 0xC3, 0xA9, 0x72]) == "Jér")  // valid UTF-8
    #expect(decode([], [0x4A, 0xE9, 0x72]) == "Jér")  // not UTF-8: Latin-1
    #expect(decode(["ISO_IR 6"], [0x4A, 0xE9, 0x72]) == "Jér")
}

@Test func rawKoreanWithoutEscapesUsesTheListedG1Set() {
    #expect(decode(["", "ISO 2022 IR 149"], [0xC8, 0xAB, 0x5E, 0xB1, 0xE6, 0xB5, 0xBF]) == "홍^길동")
    #expect(decode(["ISO 2022 IR 149"], [0xC8, 0xAB]) == "홍")
}

@Test func decodesConcurrently() async {
    let set = SpecificCharacterSet(values: ["", "ISO 2022 IR 87"])
    let bytes: [UInt8] = [esc, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, esc, 0x28, 0x42, 0x5E, 0x41]
    let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
        for _ in 0..<16 {
            group.addTask {
                (0..<200).allSatisfy { _ in set.decode(bytes, vr: .PN) == "山田^A" }
            }
        }
        return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results == Array(repeating: true, count: 16))
}
