/// Words that label, measure or set up an image: laterality and orientation letters, units,
/// modality and acquisition abbreviations. They veto the weak kinds of evidence only (staff
/// initials, a misread name part, a name shape without a header value), never an exact match of
/// a header value.
enum PHITechnicalVocabulary {
    /// The words, folded (lower case).
    static let words: [String] = [
        // Orientation and laterality.
        "l", "r", "a", "p", "s", "i", "h", "f", "lt", "rt", "left", "right", "ant", "post", "lat", "med", "sup", "inf",
        "ap", "pa", "ll", "rl", "lao", "rao", "lpo", "rpo", "cra", "cau", "cran", "caud", "hfs", "ffs", "hfp", "ffp",
        "ax", "axial", "sag", "cor", "coronal", "sagittal", "trans", "long", "prox", "dist", "mid", "bilat",
        // Units.
        "cm", "mm", "um", "m", "hz", "khz", "mhz", "db", "bpm", "ms", "sec", "min", "kv", "kvp", "ma", "mas",
        "mgy", "gy", "mgycm", "ugy", "dgy", "cgy", "mev", "kev", "t", "fps", "deg", "cms", "mmhg", "ml", "cc",
        // Ultrasound.
        "gain", "gn", "g", "dr", "dyn", "mi", "ti", "tis", "tib", "tic", "pwr", "power", "foc", "focus", "fr",
        "frq", "freq", "gen", "res", "pen", "thi", "chi", "hr", "cf", "pw", "cw", "pd", "prf", "wf", "sv", "vel",
        "depth", "d", "b", "bm", "mode", "preset", "probe", "abd", "ob", "gyn", "vasc", "thy", "renal", "breast",
        "cardiac", "msk", "pelvis", "carotid", "echo", "sono", "cine", "frm", "frame", "zoom", "mag", "map",
        "persist", "comp", "acq", "pri", "edge", "mb", "ps", "ed", "ri", "pi", "sd", "hr", "tamax", "vti", "ef",
        // Radiography, CT and MR.
        "ei", "di", "exi", "w", "ww", "wl", "wc", "c", "hu", "sl", "st", "thk", "loc", "z", "fov", "tr", "te",
        "tilt", "pitch", "rot", "kernel", "im", "img", "image", "se", "ser", "series", "run", "acc", "no", "nex",
        "etl", "bw", "flair", "dwi", "adc", "gre", "tse", "fse", "spgr", "mprage", "stir", "swi", "tof", "pd",
        "supine", "prone", "upright", "erect", "portable", "decub", "view", "scout", "topo", "contrast",
        "ct", "mr", "us", "dx", "cr", "xa", "rf", "mg", "nm", "pt", "ot", "sc", "ivus", "oct", "es",
        "e", "o", "x", "y", "n", "u", "v", "k", "q", "j",
    ]

    /// The collapsed keys of the words.
    static let keys: Set<[UInt32]> = Set(words.map { PHIFolding.collapse($0) })

    /// True when folded text is technical vocabulary (compared after collapsing confusables).
    static func contains(key: [UInt32]) -> Bool {
        keys.contains(key)
    }

    /// True when the text looks technical: vocabulary, a number with or without a unit
    /// ("3.42", "40Hz", "C5-1"), or letters mixed with digits of four characters or fewer.
    static func looksTechnical(_ folded: String) -> Bool {
        if keys.contains(PHIFolding.collapse(folded)) { return true }
        let digits = folded.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count
        return digits > 0 && folded.count <= 4
    }
}
