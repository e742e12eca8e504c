#!/usr/bin/env python3
"""Generate Sources/PixelIO/Dictionary/DataDictionaryTable.swift.

The DICOM data dictionary (PS3.6 tables 6-1, 7-1, 8-1 and 9-1, plus the
repeating groups) and the registry of UIDs (PS3.6 table A-1) are taken from
the tables that pydicom generates from the DICOM standard:

    pydicom._dicom_dict.DicomDictionary      exact tags
    pydicom._dicom_dict.RepeatersDictionary  masks such as 60xx3000, 002031xx
    pydicom._uid_dict.UID_dictionary         registered UIDs

Run it from anywhere, with a Python that has pydicom installed:

    /path/to/python-with-pydicom scripts/gen-dictionary.py

It rewrites the Swift file in place (the path is found relative to this
script) and prints the counts. The committed output was produced with
pydicom 3.0.2.

The Swift file holds two multi-line raw string literals, one tab-separated
line per entry, which DataDictionary.swift parses at first use. (A Swift
array or dictionary literal of this size would be very slow to type-check.)

Tag lines:  TAG <tab> VR <tab> VM <tab> KEYWORD <tab> NAME <tab> RETIRED
    TAG      8 upper-case hex digits, or a repeater mask with 'x' for any
             hex digit (60xx3000, 002031xx, 1000xxx0)
    VR       one VR, or alternatives joined by " or " ("OB or OW");
             "NONE" for the item and delimitation tags
    RETIRED  1 or 0
UID lines:  UID <tab> NAME <tab> TYPE <tab> KEYWORD <tab> RETIRED
"""

import os
import re
import sys

try:
    import pydicom
    from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary
    from pydicom._uid_dict import UID_dictionary
except ImportError as error:  # pragma: no cover - depends on the environment
    sys.exit(f"gen-dictionary.py needs pydicom ({error}); see the docstring")

SCRIPT = "scripts/gen-dictionary.py"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Sources", "PixelIO", "Dictionary", "DataDictionaryTable.swift")

KNOWN_VRS = {
    "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF",
    "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN",
    "UR", "US", "UT", "UV",
}
TAG_RE = re.compile(r"^[0-9A-F]{8}$")
MASK_RE = re.compile(r"^[0-9A-Fx]{8}$")


def check_field(value, what):
    """Refuse text that would break the tab-separated lines or the raw string literal."""
    if not isinstance(value, str):
        raise SystemExit(f"{what}: not a string: {value!r}")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise SystemExit(f"{what}: control character in {value!r}")
    if '"#' in value or "\\#" in value:
        raise SystemExit(f"{what}: raw string delimiter in {value!r}")
    return value


def check_vr(vr, what):
    if vr == "NONE":
        return vr
    parts = vr.split(" or ")
    if not all(part in KNOWN_VRS for part in parts):
        raise SystemExit(f"{what}: unknown VR {vr!r}")
    return vr


def retired_flag(value, what):
    if value == "Retired":
        return "1"
    if value == "":
        return "0"
    raise SystemExit(f"{what}: unexpected retired field {value!r}")


def tag_lines():
    lines = []
    for tag in sorted(DicomDictionary):
        vr, vm, name, retired, keyword = DicomDictionary[tag]
        text = f"{tag:08X}"
        what = f"tag {text}"
        fields = [text, check_vr(vr, what), vm, keyword, name, retired_flag(retired, what)]
        lines.append("\t".join(check_field(f, what) for f in fields))
    exact = len(lines)
    for mask in sorted(RepeatersDictionary):
        vr, vm, name, retired, keyword = RepeatersDictionary[mask]
        what = f"repeater {mask}"
        if not MASK_RE.match(mask) or "x" not in mask:
            raise SystemExit(f"{what}: unexpected mask form")
        fields = [mask, check_vr(vr, what), vm, keyword, name, retired_flag(retired, what)]
        lines.append("\t".join(check_field(f, what) for f in fields))
    return lines, exact, len(lines) - exact


def uid_lines():
    lines = []
    for uid in sorted(UID_dictionary):
        name, kind, _info, retired, keyword = UID_dictionary[uid]
        what = f"UID {uid}"
        fields = [uid, name, kind, keyword, retired_flag(retired, what)]
        lines.append("\t".join(check_field(f, what) for f in fields))
    return lines


def main():
    tags, exact_count, repeater_count = tag_lines()
    uids = uid_lines()
    out = []
    out.append("// GENERATED FILE - DO NOT EDIT.")
    out.append(f"// Produced by {SCRIPT} from pydicom {pydicom.__version__}")
    out.append("// (pydicom._dicom_dict and pydicom._uid_dict, generated from the DICOM standard PS3.6).")
    out.append("// Re-run the script to update it; DataDictionary.swift parses these tables at first use.")
    out.append("")
    out.append(f"/// The data dictionary: {exact_count} tags then {repeater_count} repeater masks, one per line:")
    out.append("/// tag or mask, VR, VM, keyword, name, retired (1/0), separated by tabs.")
    out.append('let dataDictionaryTagTable = #"""')
    out.extend(tags)
    out.append('"""#')
    out.append("")
    out.append(f"/// The registry of {len(uids)} UIDs, one per line:")
    out.append("/// UID, name, type, keyword, retired (1/0), separated by tabs.")
    out.append('let dataDictionaryUIDTable = #"""')
    out.extend(uids)
    out.append('"""#')
    out.append("")
    text = "\n".join(out)
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(text.encode('utf-8'))} bytes, "
          f"{exact_count} tags, {repeater_count} repeaters, {len(uids)} UIDs (pydicom {pydicom.__version__})")


if __name__ == "__main__":
    main()
