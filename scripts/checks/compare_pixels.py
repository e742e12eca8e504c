#!/usr/bin/env python3
"""Compare the pixels of two DICOM files as pydicom decodes them (reference check for tests).

Usage: compare_pixels.py REFERENCE CANDIDATE
Prints one JSON object: {"equal": bool, "max_diff": int, "shape": [...], "note": "..."}.
Exit 0 when it could compare (equal or not), 2 when either file could not be decoded.
YBR_FULL / YBR_FULL_422 data are compared as pydicom returns them (no colour conversion), so a
photometric change between the files is reported in "note".
"""
import json
import sys
import warnings

warnings.simplefilter("ignore")
import numpy as np  # noqa: E402
import pydicom  # noqa: E402


def load(path):
    ds = pydicom.dcmread(path, force=True)
    return ds, ds.pixel_array


def main():
    try:
        ref_ds, ref = load(sys.argv[1])
        cand_ds, cand = load(sys.argv[2])
    except Exception as error:  # any decode failure is reported, not raised
        print(json.dumps({"equal": False, "error": f"{type(error).__name__}: {error}"}))
        return 2
    note = ""
    if ref_ds.get("PhotometricInterpretation") != cand_ds.get("PhotometricInterpretation"):
        note = f"photometric {ref_ds.get('PhotometricInterpretation')} -> {cand_ds.get('PhotometricInterpretation')}"
    if ref.shape != cand.shape:
        print(json.dumps({"equal": False, "shape": [list(ref.shape), list(cand.shape)], "note": note}))
        return 0
    diff = int(np.max(np.abs(ref.astype(np.int64) - cand.astype(np.int64)))) if ref.size else 0
    print(json.dumps({"equal": diff == 0, "max_diff": diff, "shape": list(ref.shape), "note": note}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
