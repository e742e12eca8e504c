#!/usr/bin/env python3
"""Header-reading throughput: `redact info --json` against pydicom on the same files, same run.

Usage: python Benchmarks/header_read.py [--runs N] [--redact PATH] [FOLDER]
  FOLDER defaults to ../shared/corpus; PATH defaults to .build/release/redact (build it first:
  `swift build -c release`). Run it with a Python that has pydicom (the evaluation kit's venv).

Both sides read every DICOM file in the folder and extract the same header facts (SOP class,
modality, manufacturer, rows, columns, frames, photometric, bits, Burned In Annotation).
redact is timed as a whole process given the folder (start-up, directory walk and the non-DICOM
files it opens and skips included); pydicom as a loop in this process over the DICOM files only
(import and walk excluded) with dcmread(stop_before_pixels=True). Each side runs N times; the
best and median runs are reported, with the ratio of the best runs. A second figure gives the
steady-state cost per file: one process reading the folder ten times, less one reading it once.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
import warnings

warnings.simplefilter("ignore")
import pydicom  # noqa: E402

FIELDS = ("SOPClassUID", "Modality", "Manufacturer", "Rows", "Columns", "NumberOfFrames",
          "PhotometricInterpretation", "BitsAllocated", "BitsStored", "BurnedInAnnotation")


def dicom_files(folder):
    paths = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                head = handle.read(132)
            if head[128:132] == b"DICM" or name.endswith(".dcm"):
                paths.append(path)
    return sorted(paths)


def run_pydicom(paths):
    for path in paths:
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True, force=True)
            for field in FIELDS:
                ds.get(field)
        except Exception:  # same files that redact reports as errors
            pass


def run_redact(redact, folder, repeat=1):
    subprocess.run([redact, "info", "--json", *([folder] * repeat)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def timed(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=os.path.join(here, "..", "..", "shared", "corpus"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--redact", default=os.path.join(here, "..", ".build", "release", "redact"))
    args = parser.parse_args()
    if not os.access(args.redact, os.X_OK):
        sys.exit(f"{args.redact} not found: run `swift build -c release` first")
    paths = dicom_files(args.folder)
    megabytes = sum(os.path.getsize(p) for p in paths) / 1e6
    run_redact(args.redact, args.folder)  # warm the page cache for both sides
    run_pydicom(paths)
    ours = timed(lambda: run_redact(args.redact, args.folder), args.runs)
    theirs = timed(lambda: run_pydicom(paths), args.runs)
    print(f"files: {len(paths)} ({megabytes:.0f} MB), runs: {args.runs}, pydicom {pydicom.__version__}")
    print(f"redact info  best {ours[0] * 1000:8.1f} ms  median {ours[1] * 1000:8.1f} ms  "
          f"{len(paths) / ours[0]:9.0f} files/s")
    print(f"pydicom      best {theirs[0] * 1000:8.1f} ms  median {theirs[1] * 1000:8.1f} ms  "
          f"{len(paths) / theirs[0]:9.0f} files/s")
    print(f"ratio (best runs): redact is {theirs[0] / ours[0]:.1f}x pydicom (redact's process start-up included)")
    # Steady state, as in a long archive run: one process reading the folder ten times; the
    # difference from reading it once removes start-up.
    tenfold = timed(lambda: run_redact(args.redact, args.folder, repeat=10), max(3, args.runs // 2))
    per_file = (tenfold[0] - ours[0]) / (9 * len(paths))
    print(f"steady state: redact {per_file * 1e6:.1f} us/file ({1 / per_file:.0f} files/s), "
          f"pydicom {theirs[0] / len(paths) * 1e6:.1f} us/file: {theirs[0] / len(paths) / per_file:.1f}x")


if __name__ == "__main__":
    main()
