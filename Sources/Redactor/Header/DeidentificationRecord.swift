import FoundationEssentials
import PixelIO

/// Writes the record of what was done (PS3.15 E.3.1): De-identification Method (0012,0063) and
/// De-identification Method Code Sequence (0012,0064). Earlier values and items are kept.
enum DeidentificationRecord {
    /// The longest LO value (PS3.5 6.2).
    static let maximumLength = 64

    /// Appends `text` as one more value of De-identification Method, unless a value already equals
    /// it. The existing value bytes are kept exactly (whatever character set they are in); `text`
    /// must be ASCII without backslashes. Returns true when it was appended.
    static func appendMethod(_ text: String, to dataset: inout DataSet) -> Bool {
        let tag = HeaderContractTags.deidentificationMethod
        guard !dataset.strings(tag).contains(text) else { return false }
        var bytes: [UInt8] = []
        if let existing = dataset[tag]?.bytes {
            bytes = Array(existing)
            while let last = bytes.last, last == 0x20 || last == 0x00 { bytes.removeLast() }
        }
        if !bytes.isEmpty { bytes.append(0x5C) }  // value delimiter
        bytes.append(contentsOf: text.utf8)
        if bytes.count & 1 == 1 { bytes.append(0x20) }
        dataset.set(DataElement(tag: tag, vr: .LO, value: .bytes(Data(bytes))))
        return true
    }

    /// Adds the item (113101, DCM, "Clean Pixel Data Option") to De-identification Method Code
    /// Sequence unless an item with that code value and scheme is there. A (0012,0064) that is not a
    /// readable sequence is replaced. Returns true when the item was added.
    static func addCleanPixelCode(to dataset: inout DataSet) -> Bool {
        let tag = HeaderContractTags.deidentificationMethodCodeSequence
        let items = dataset[tag]?.items ?? []
        let present = items.contains {
            $0.string(HeaderContractTags.codeValue) == HeaderContract.cleanPixelDataCode.value
                && $0.string(HeaderContractTags.codingSchemeDesignator) == HeaderContract.cleanPixelDataCode.scheme
        }
        guard !present else { return false }
        var item = DataSet(byteOrder: dataset.byteOrder, characterSet: dataset.characterSet)
        item.setString(HeaderContractTags.codeValue, vr: .SH, HeaderContract.cleanPixelDataCode.value)
        item.setString(HeaderContractTags.codingSchemeDesignator, vr: .SH, HeaderContract.cleanPixelDataCode.scheme)
        item.setString(HeaderContractTags.codeMeaning, vr: .LO, HeaderContract.cleanPixelDataCode.meaning)
        dataset.set(DataElement(tag: tag, vr: .SQ, value: .sequence(items + [item])))
        return true
    }

    /// `text` made safe for an LO value in any character set: printable ASCII, no backslash,
    /// at most 64 characters.
    static func loValue(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\\" ? Character(scalar) : "?"
        }
        return String(String(scalars).prefix(maximumLength))
    }
}
