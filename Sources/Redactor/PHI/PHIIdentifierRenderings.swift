/// Renderings of identifiers (Patient ID, Accession Number, ...): the letters and digits of the
/// value in order, whatever the punctuation ("12-345-678" = "12345678"), and the digits alone
/// when the value is a short letter prefix and a number ("MRN1234567" → "1234567").
enum PHIIdentifierRenderings {
    /// The shortest identifier looked for (shorter ones, such as a Study ID of "1", would match
    /// every small number on the screen).
    static let minimumLength = 4

    /// Adds the renderings of an identifier value.
    static func add(_ value: String, to set: inout PHIRenderingSet) {
        for part in value.split(whereSeparator: { $0 == " " || $0 == "\\" }) where !part.isEmpty {
            let folded = PHIFolding.fold(part)
            guard folded.count >= minimumLength else { continue }
            set.add(folded, label: "stored", wholeWords: folded.count < 5)
            // "MRN1234567" is often shown without its prefix, and "A12345678" as "12345678".
            let letters = folded.unicodeScalars.prefix { !($0.value >= 0x30 && $0.value <= 0x39) }
            let rest = folded.unicodeScalars.dropFirst(letters.count)
            if (1...4).contains(letters.count), rest.count >= 5,
               rest.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
                set.add(String(String.UnicodeScalarView(rest)), label: "digits")
            }
        }
        // A value with inner spaces also as a whole ("123 456 789").
        let whole = PHIFolding.fold(Substring(value))
        if whole.count >= minimumLength { set.add(whole, label: "stored") }
    }
}

/// Renderings of places and organisations (institution, address, department, station): the
/// whole value, and its distinctive words on their own ("Riverside" of "Riverside General
/// Hospital"); the other words of the value are absorbed next to a match, so a shortened or
/// partly misread name is still covered.
enum PHIPlaceRenderings {
    /// Words too common in institution names and addresses to identify one on their own.
    static let genericWords: Set<String> = [
        "hospital", "hospitals", "hosp", "medical", "med", "medicine", "center", "centre", "ctr", "cntr", "clinic",
        "clinics", "klinik", "klinikum", "general", "university", "univ", "universitat", "regional", "community",
        "health", "healthcare", "imaging", "radiology", "institute", "inst", "memorial", "children", "childrens",
        "women", "womens", "saint", "associates", "assoc", "department", "dept", "cardiology", "services",
        "service", "group", "practice", "diagnostic", "diagnostics", "care", "county", "city", "national", "state",
        "royal", "foundation", "system", "systems", "network", "room", "unit", "ward", "floor", "wing", "main",
        "north", "south", "east", "west", "suite", "street", "road", "avenue", "drive", "lane", "blvd",
        "boulevard", "court", "place", "plaza", "emergency", "outpatient", "inpatient", "surgery", "surgical",
        "partners", "trust", "nhs", "the", "and", "for", "with", "orthopedic", "orthopaedic", "oncology",
        "cancer", "heart", "vascular", "neurology", "pediatric", "paediatric", "maternity", "scan", "scanner",
        "station", "console", "ultrasound", "echo", "xray", "mri", "pet", "lab", "laboratory", "office",
        "building", "campus", "site", "ctscan", "nuclear", "breast", "spine", "sports", "family",
    ]

    /// Abbreviations absorbed next to a matched place.
    static let abbreviations = ["hosp", "ctr", "cntr", "med", "mc", "univ", "inst", "dept", "st", "of", "the",
                                "and", "gen", "reg", "mem", "assoc", "rd", "ave", "blvd", "dr", "ste"]

    /// Adds the renderings of a place value.
    static func add(_ value: String, to set: inout PHIRenderingSet) {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" || $0 == "\\" })
            .map { PHIFolding.fold($0) }.filter { !$0.isEmpty }
        let whole = words.joined()
        guard whole.count >= 4 else { return }
        set.add(whole, label: "stored", wholeWords: whole.count < 5)
        // The first words, for names cut short on screen ("Riverside General"), and later runs of
        // two words or more, for names whose first word OCR did not read ("General Hospital").
        if words.count > 2 {
            for count in 2..<words.count {
                let prefix = words.prefix(count).joined()
                if prefix.count >= 8 { set.add(prefix, label: "shortened") }
            }
            for start in 1..<(words.count - 1) {
                for end in (start + 2)...words.count {
                    let run = words[start..<end].joined()
                    if run.count >= 10 { set.add(run, label: "words of the value") }
                }
            }
        }
        for word in words {
            set.addCompanion(word)
            let isNumber = word.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
            if isNumber ? word.count >= 5 : (word.count >= 4 && !genericWords.contains(word)) {
                set.add(word, label: "word of the value", wholeWords: word.count < 5)
            }
        }
        for word in abbreviations { set.addCompanion(word) }
        set.addCompanions(raw: value)
    }
}
