#!/usr/bin/env python3
"""Compare the pixels of DICOM file pairs as pydicom decodes them (a reference check for tests).

Usage: compare_pixels.py < pairs.tsv
Each input line is `REFERENCE<TAB>CANDIDATE`; each output line is one JSON object:
{"reference": ..., "candidate": ..., "equal": bool, "max_diff": int, "shape": [...], "note": "..."}
or, when either file cannot be decoded, {"reference": ..., "candidate": ..., "error": "..."}.
Values are compared as pydicom returns them (no colour conversion); a Photometric Interpretation
change between the two files is reported in "note".
"""
import json
import sys
import warnings

warnings.simplefilter("ignore")
import numpy as np  # noqa: E402
import pydicom  # noqa: E402


def compare(reference, candidate):
    result = {"reference": reference, "candidate": candidate}
    try:
        ref_ds = pydicom.dcmread(reference, force=True)
        cand_ds = pydicom.dcmread(candidate, force=True)
        ref, cand = ref_ds.pixel_array, cand_ds.pixel_array
    except Exception as error:  # a decode failure is a result, not a crash
        result.update(equal=False, error=f"{type(error).__name__}: {error}")
        return result
    before = ref_ds.get("PhotometricInterpretation")
    after = cand_ds.get("PhotometricInterpretation")
    result["note"] = f"photometric {before} -> {after}" if before != after else ""
    if ref.shape != cand.shape:
        result.update(equal=False, shape=[list(ref.shape), list(cand.shape)])
        return result
    diff = int(np.max(np.abs(ref.astype(np.int64) - cand.astype(np.int64)))) if ref.size else 0
    result.update(equal=diff == 0, max_diff=diff, shape=list(ref.shape))
    return result


def main():
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        reference, candidate = line.split("\t")
        print(json.dumps(compare(reference, candidate)), flush=True)


if __name__ == "__main__":
    main()
