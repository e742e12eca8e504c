import Testing
@testable import PixelIO

@Test func patientNameIsPN() throws {
    let entry = try #require(DataDictionary.entry(for: Tag(0x0010, 0x0010)))
    #expect(entry.tag == Tag(0x0010, 0x0010))
    #expect(entry.vr == .PN)
    #expect(entry.alternativeVRs == [.PN])
    #expect(entry.vm == "1")
    #expect(entry.keyword == "PatientName")
    #expect(entry.name == "Patient's Name")
    #expect(!entry.isRetired)
}

@Test func pixelDataPrefersOW() throws {
    let entry = try #require(DataDictionary.entry(for: .pixelData))
    #expect(entry.keyword == "PixelData")
    #expect(entry.vr == .OW)
    #expect(entry.alternativeVRs == [.OB, .OW])
}

@Test func otherMultipleVRs() throws {
    let smallest = try #require(DataDictionary.entry(for: Tag(0x0028, 0x0106)))
    #expect(smallest.keyword == "SmallestImagePixelValue")
    #expect(smallest.vr == .US)
    #expect(smallest.alternativeVRs == [.US, .SS])

    let lut = try #require(DataDictionary.entry(for: Tag(0x0028, 0x3006)))
    #expect(lut.keyword == "LUTData")
    #expect(lut.vr == .OW)
    #expect(lut.alternativeVRs == [.US, .OW])
}

@Test func delimitersHaveNoVR() throws {
    let item = try #require(DataDictionary.entry(for: .item))
    #expect(item.keyword == "Item")
    #expect(item.vr == .UN)
    #expect(item.alternativeVRs.isEmpty)
    #expect(DataDictionary.entry(for: .sequenceDelimitation)?.keyword == "SequenceDelimitationItem")
}

@Test func retiredFlag() throws {
    // (0008,0010) Recognition Code is retired; (0008,0016) SOP Class UID is not.
    #expect(DataDictionary.entry(for: Tag(0x0008, 0x0010))?.isRetired == true)
    #expect(DataDictionary.entry(for: .sopClassUID)?.isRetired == false)
    #expect(DataDictionary.entry(for: .sopClassUID)?.vr == .UI)
}

@Test func overlayRepeaterResolves() throws {
    let entry = try #require(DataDictionary.entry(for: Tag(0x6002, 0x3000)))
    #expect(entry.keyword == "OverlayData")
    #expect(entry.tag == Tag(0x6000, 0x3000))
    #expect(entry.vr == .OW)
    #expect(entry.alternativeVRs == [.OB, .OW])
    #expect(DataDictionary.entry(for: Tag(0x601E, 0x0010))?.keyword == "OverlayRows")
    #expect(DataDictionary.entry(for: Tag(0x5010, 0x3000))?.keyword == "CurveData")
    #expect(DataDictionary.entry(for: Tag(0x7F02, 0x0010))?.keyword == "VariablePixelData")
    // An odd group is private, not an overlay.
    #expect(DataDictionary.entry(for: Tag(0x6001, 0x3000)) == nil)
    #expect(DataDictionary.entry(for: Tag(0x6001, 0x0010))?.keyword == "PrivateCreator")
    // Only the wildcard digits may vary.
    #expect(DataDictionary.entry(for: Tag(0x6002, 0x3001)) == nil)
}

@Test func elementRepeaterResolves() throws {
    // (0020,31xx) Source Image IDs, retired.
    let entry = try #require(DataDictionary.entry(for: Tag(0x0020, 0x3105)))
    #expect(entry.keyword == "SourceImageIDs")
    #expect(entry.tag == Tag(0x0020, 0x3100))
    #expect(entry.vr == .CS)
    #expect(entry.isRetired)
    #expect(DataDictionary.entry(for: Tag(0x0020, 0x31FF))?.keyword == "SourceImageIDs")
    #expect(DataDictionary.entry(for: Tag(0x0020, 0x3205)) == nil)
}

@Test func groupLengths() throws {
    let privateGroup = try #require(DataDictionary.entry(for: Tag(0x0009, 0x0000)))
    #expect(privateGroup.vr == .UL)
    #expect(privateGroup.keyword == "GenericGroupLength")
    #expect(privateGroup.tag == Tag(0x0009, 0x0000))

    let imageGroup = try #require(DataDictionary.entry(for: Tag(0x0028, 0x0000)))
    #expect(imageGroup.vr == .UL)
    #expect(imageGroup.name == "Group Length")

    // Listed group lengths keep their own entry.
    #expect(DataDictionary.entry(for: .fileMetaInformationGroupLength)?.keyword
        == "FileMetaInformationGroupLength")
    // A group length in a repeating group is still a group length.
    #expect(DataDictionary.entry(for: Tag(0x6000, 0x0000))?.keyword == "GenericGroupLength")
}

@Test func privateTags() throws {
    let creator = try #require(DataDictionary.entry(for: Tag(0x0029, 0x0010)))
    #expect(creator.vr == .LO)
    #expect(creator.keyword == "PrivateCreator")
    #expect(creator.tag == Tag(0x0029, 0x0010))
    #expect(DataDictionary.entry(for: Tag(0x0029, 0x00FF))?.vr == .LO)
    #expect(DataDictionary.entry(for: Tag(0x0029, 0x1010)) == nil)
    #expect(DataDictionary.entry(for: Tag(0x0029, 0x0005)) == nil)
}

@Test func unknownStandardTag() {
    #expect(DataDictionary.entry(for: Tag(0x0010, 0x0011)) == nil)
}

@Test func keywordLookup() {
    #expect(DataDictionary.tag(forKeyword: "Rows") == Tag(0x0028, 0x0010))
    #expect(DataDictionary.tag(forKeyword: "PatientName") == Tag(0x0010, 0x0010))
    #expect(DataDictionary.tag(forKeyword: "OverlayData") == Tag(0x6000, 0x3000))
    #expect(DataDictionary.tag(forKeyword: "NoSuchKeyword") == nil)
    #expect(DataDictionary.tag(forKeyword: "") == nil)
}

@Test func uidNames() throws {
    #expect(UIDDictionary.name(for: "1.2.840.10008.1.2.1") == "Explicit VR Little Endian")
    #expect(UIDDictionary.name(for: "1.2.840.10008.5.1.4.1.1.2") == "CT Image Storage")
    let entry = try #require(UIDDictionary.entry(for: "1.2.840.10008.1.2.1"))
    #expect(entry.uid == "1.2.840.10008.1.2.1")
    #expect(entry.type == "Transfer Syntax")
    #expect(entry.keyword == "ExplicitVRLittleEndian")
    #expect(!entry.isRetired)
    #expect(UIDDictionary.entry(for: "1.2.840.10008.5.1.4.1.1.2")?.type == "SOP Class")
    #expect(UIDDictionary.name(for: "1.2.3.4") == nil)
}

@Test func tableSizes() {
    #expect(DataDictionary.entryCount > 4000)
    #expect(DataDictionary.entryCount < 20000)
    #expect(DataDictionary.repeaterCount > 50)
    #expect(UIDDictionary.entryCount > 300)
}

@Test func malformedLinesAreSkipped() {
    let table = parseTagTable(
        "00100010\tPN\t1\tPatientName\tPatient's Name\t0\n"
            + "0010001\tPN\t1\tShort\tShort tag\t0\n"
            + "0010002G\tPN\t1\tBadHex\tBad hex\t0\n"
            + "00100030\tXX\t1\tBadVR\tBad VR\t0\n"
            + "00100031\tOB OW\t1\tBadVRList\tBad VR list\t0\n"
            + "00100040\tCS\t1\tBadFlag\tBad flag\tyes\n"
            + "00100050\tCS\t1\tTooFewFields\n"
            + "00100060\tCS\t1\tTooMany\tToo many fields\t0\textra\n"
            + "\n"
            + "00281200\tUS or SS or OW\t1-n\tGray\tGray Lookup Table Data\t1\r\n"
            + "60xx3000\tOB or OW\t1\tOverlayData\tOverlay Data\t0")
    #expect(table.exact.count == 2)
    #expect(table.exact[0x0010_0010]?.keyword == "PatientName")
    #expect(table.exact[0x0028_1200]?.alternativeVRs == [.US, .SS, .OW])
    #expect(table.exact[0x0028_1200]?.vr == .OW)
    #expect(table.exact[0x0028_1200]?.isRetired == true)
    #expect(table.repeaterMasks == [RepeaterMask(mask: 0xFF00_FFFF, value: 0x6000_3000)])
    #expect(table.repeaterEntries.first?.keyword == "OverlayData")
}

@Test func vrColumnParsing() {
    #expect(parseVRs("NONE")?.vr == .UN)
    #expect(parseVRs("NONE")?.all == [])
    #expect(parseVRs("")?.vr == .UN)
    #expect(parseVRs("US or SS")?.vr == .US)
    #expect(parseVRs("US or SS")?.all == [.US, .SS])
    #expect(parseVRs("OB or OW")?.vr == .OW)
    #expect(parseVRs("US or")  == nil)
    #expect(parseVRs("US and SS") == nil)
    #expect(parseVRs("QQ") == nil)
}

@Suite("VR index")
struct VRIndexTests {
    @Test("the fast VR index gives the same VR as the full entry for every tag, repeater and special case")
    func agreesWithEntries() {
        var checked = 0
        for (raw, entry) in parsedTagTable.exact {
            #expect(DataDictionary.implicitVR(for: Tag(raw: raw)) == entry.vr, "\(Tag(raw: raw))")
            checked += 1
        }
        for tag in [Tag(0x6002, 0x3000), Tag(0x5004, 0x0005), Tag(0x0009, 0x0000), Tag(0x0029, 0x0010),
                    Tag(0x0029, 0x1010), Tag(0x0020, 0x3105), Tag(0x1234, 0x5678)] {
            #expect(DataDictionary.implicitVR(for: tag) == DataDictionary.entry(for: tag)?.vr, "\(tag)")
        }
        #expect(checked > 4000)
    }
}
