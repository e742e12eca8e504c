import FoundationEssentials
import PixelIO

/// Builds small datasets through PixelIO's public API, attribute by attribute.
struct Header {
    var dataset = DataSet()

    /// A text attribute (VR from the data dictionary), values joined by backslash.
    func text(_ keyword: String, _ values: String...) -> Header {
        guard let tag = DataDictionary.tag(forKeyword: keyword), let entry = DataDictionary.entry(for: tag) else {
            fatalError("test uses unknown keyword \(keyword)")
        }
        var copy = self
        copy.dataset.setStrings(tag, vr: entry.vr, values)
        return copy
    }

    /// A US attribute.
    func us(_ keyword: String, _ values: UInt16...) -> Header {
        guard let tag = DataDictionary.tag(forKeyword: keyword) else { fatalError("unknown keyword \(keyword)") }
        var copy = self
        copy.dataset.setUInt16(tag, values)
        return copy
    }

    /// An element with an empty value.
    func empty(_ keyword: String) -> Header {
        guard let tag = DataDictionary.tag(forKeyword: keyword), let entry = DataDictionary.entry(for: tag) else {
            fatalError("unknown keyword \(keyword)")
        }
        var copy = self
        copy.dataset.set(DataElement(tag: tag, vr: entry.vr, value: .bytes(Data())))
        return copy
    }

    /// Image size.
    func size(columns: UInt16, rows: UInt16) -> Header {
        us("Columns", columns).us("Rows", rows)
    }

    /// A Sequence of Ultrasound Regions with one item per (minX0, minY0, maxX1, maxY1).
    func ultrasoundRegions(_ regions: [(UInt32, UInt32, UInt32, UInt32)]) -> Header {
        let items = regions.map { region -> DataSet in
            var item = DataSet()
            for (element, value) in [(UInt16(0x6018), region.0), (0x601A, region.1), (0x601C, region.2),
                                     (0x601E, region.3)] {
                let bytes = [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
                item.set(DataElement(tag: Tag(0x0018, element), vr: .UL, value: .bytes(Data(bytes))))
            }
            return item
        }
        var copy = self
        copy.dataset.set(DataElement(tag: Tag(0x0018, 0x6011), vr: .SQ, value: .sequence(items)))
        return copy
    }
}
