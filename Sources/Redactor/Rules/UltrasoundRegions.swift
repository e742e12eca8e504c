import PixelIO

/// The image areas an ultrasound file declares in its Sequence of Ultrasound Regions
/// (0018,6011). Burned-in text usually lives outside them.
public enum UltrasoundRegions {
    static let sequence = Tag(0x0018, 0x6011)
    static let minX0 = Tag(0x0018, 0x6018)
    static let minY0 = Tag(0x0018, 0x601A)
    static let maxX1 = Tag(0x0018, 0x601C)
    static let maxY1 = Tag(0x0018, 0x601E)

    /// One rectangle per item that has all four Region Location values (Min X0, Min Y0,
    /// Max X1, Max Y1). The maxima are inclusive (PS3.3 C.8.5.5.1), so an item with
    /// Min X0 = 10 and Max X1 = 19 covers 10 columns. Items whose maxima lie before their
    /// minima are left out. Empty when the sequence is absent.
    public static func rectangles(in dataset: DataSet) -> [PixelRect] {
        guard let items = dataset[sequence]?.items else { return [] }
        return items.compactMap { item -> PixelRect? in
            guard let x0 = item.integer(minX0), let y0 = item.integer(minY0),
                  let x1 = item.integer(maxX1), let y1 = item.integer(maxY1),
                  x1 >= x0, y1 >= y0 else { return nil }
            return PixelRect(minX: x0, minY: y0, maxX: x1 + 1, maxY: y1 + 1)
        }
    }

    /// Disjoint rectangles covering everything in a `columns` x `rows` image outside the union
    /// of `regions` (see ``RectangleSet/complement(of:columns:rows:)``).
    public static func complement(of regions: [PixelRect], columns: Int, rows: Int) -> [PixelRect] {
        RectangleSet.complement(of: regions, columns: columns, rows: rows)
    }

    /// Everything outside the dataset's ultrasound regions; the whole image when it declares
    /// none that is usable, so that a file without regions fails closed.
    public static func outside(in dataset: DataSet, columns: Int, rows: Int) -> [PixelRect] {
        let regions = rectangles(in: dataset).map { $0.clipped(columns: columns, rows: rows) }.filter { !$0.isEmpty }
        if regions.isEmpty {
            let whole = PixelRect(x: 0, y: 0, width: columns, height: rows)
            return whole.isEmpty ? [] : [whole]
        }
        return complement(of: regions, columns: columns, rows: rows)
    }
}
