import OCR

/// Text that is PHI whatever the header says: dates in every common rendering, times of day,
/// long digit runs and identifier shapes, phone and social security numbers, and the shapes of
/// person names ("DOE^JANE", "DOE, JANE", "Dr. Patel").
///
/// Technical text stays unflagged: laterality and orientation letters, units, probe names
/// ("C5-1", "9L4"), settings ("Gain 50", "DR 60", "MI 1.2"), measurements ("3.42 cm"), frame
/// counters ("12/24"), window settings ("W: 400 L: 40"), slice positions. Short numbers are
/// never PHI on their own; only numbers of six digits or more are, or five with a letter prefix.
enum PHIPatterns {
    /// A pattern found in a line.
    struct Hit: Equatable {
        /// The pattern's name ("date", "time", "digit-run", ...).
        var name: String
        /// The words it covers.
        var words: [Int]
    }

    /// Every pattern hit in a line.
    static func find(in line: [DetectedText]) -> [Hit] {
        let texts = line.map(\.text)
        let atoms = PHIAtoms(words: texts).atoms
        var hits: [Hit] = []
        hits += dates(atoms)
        hits += times(atoms)
        hits += numbers(atoms)
        hits += nameShapes(line)
        return hits
    }

    // MARK: - Atom navigation

    /// The index of the next atom after `index` that is not a space.
    static func next(_ atoms: [PHIAtoms.Atom], after index: Int) -> Int? {
        var position = index + 1
        while position < atoms.count && atoms[position].isSpace { position += 1 }
        return position < atoms.count ? position : nil
    }

    /// The words covered by atoms `first...last`.
    static func words(_ atoms: [PHIAtoms.Atom], _ first: Int, _ last: Int) -> [Int] {
        var result: [Int] = []
        for index in first...last where !atoms[index].isSpace && result.last != atoms[index].word {
            result.append(atoms[index].word)
        }
        return result
    }

    /// Skips separators allowed between the parts of a written date (" ", "-", "/", ".", ","),
    /// at most two of them; returns the next non-separator atom.
    static func skipDateSeparators(_ atoms: [PHIAtoms.Atom], after index: Int) -> Int? {
        var position = index + 1
        var skipped = 0
        while position < atoms.count {
            let atom = atoms[position]
            if atom.isSpace { position += 1; continue }
            if let symbol = atom.symbol, "-/.,".contains(symbol), skipped < 2 {
                skipped += 1
                position += 1
                continue
            }
            return position
        }
        return nil
    }
}
