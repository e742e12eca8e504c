import PixelIO

/// Removes Icon Image Sequences (0088,0200) wherever they are in a dataset.
///
/// An icon is a small rendering of the same pixels, so it shows the same burned-in text. Cleaning it
/// properly would mean re-rendering it from the cleaned frame (its own size, bit depth, palette), and
/// the attribute is optional (Type 3) wherever it appears, so it is removed instead, which PS3.15
/// E.3.1 allows. Items elsewhere keep their bytes unless an icon was removed inside them.
enum IconImageRemoval {
    /// Removes every Icon Image Sequence in `dataset`, at any nesting depth; returns how many.
    static func removeAll(from dataset: inout DataSet) -> Int {
        guard let (cleaned, removed) = stripped(dataset) else { return 0 }
        dataset = cleaned
        return removed
    }

    /// The dataset without icons, and how many were removed; nil when it held none.
    private static func stripped(_ dataset: DataSet) -> (DataSet, Int)? {
        var result = dataset
        var removed = 0
        if result.remove(HeaderContractTags.iconImageSequence) != nil { removed += 1 }
        for element in dataset.elements where element.tag != HeaderContractTags.iconImageSequence {
            guard let items = element.items else { continue }
            var newItems = items
            var changed = false
            for index in items.indices {
                guard let (item, count) = stripped(items[index]) else { continue }
                newItems[index] = item
                removed += count
                changed = true
            }
            if changed {
                result.modify(element.tag) { $0.value = .sequence(newItems) }
            }
        }
        return removed > 0 ? (result, removed) : nil
    }
}
