#!/usr/bin/env python3
"""Decode speed per codec: redact next to dcmtk and GDCM on the same files, in the same run.

Usage: python Benchmarks/codec_decode.py [--runs N] [--redact PATH] [CORPUS]
For each compressed transfer syntax, takes the corpus files the reference decoders read
(reference_decoders.tsv), and times decompressing each file to Explicit VR Little Endian:
`redact transcode F OUT --to explicit-le`, dcmtk's tool for that syntax (dcmdjpeg, dcmdjpls,
dcmdrle) and `gdcmconv --raw F OUT`. Whole processes are timed (start-up included on every
side); the best of N runs per file is summed per syntax and reported as megapixels/second
(rows x columns x frames). Files a tool cannot decode are left out of that tool's figure.
"""
import argparse
import csv
import os
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict

DCMTK = {"1.2.840.10008.1.2.4.50": "dcmdjpeg", "1.2.840.10008.1.2.4.51": "dcmdjpeg",
         "1.2.840.10008.1.2.4.57": "dcmdjpeg", "1.2.840.10008.1.2.4.70": "dcmdjpeg",
         "1.2.840.10008.1.2.4.80": "dcmdjpls", "1.2.840.10008.1.2.4.81": "dcmdjpls",
         "1.2.840.10008.1.2.5": "dcmdrle"}


def best_time(command, runs):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            return None
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=os.path.join(here, "..", "..", "shared", "corpus"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--redact", default=os.path.join(here, "..", ".build", "release", "redact"))
    args = parser.parse_args()
    catalog = {row["path"]: row for row in csv.DictReader(open(os.path.join(args.corpus, "catalog.tsv")), delimiter="\t")}
    references = list(csv.DictReader(open(os.path.join(args.corpus, "reference_decoders.tsv")), delimiter="\t"))
    output = os.path.join(tempfile.mkdtemp(prefix="redact-codec-bench-"), "out.dcm")
    totals = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0, 0]))  # syntax -> tool -> [megapixels, seconds, files]
    names = {}
    for row in references:
        syntax, path = row["transfer_syntax_uid"], row["path"]
        info = catalog.get(path, {})
        try:
            megapixels = int(info["rows"]) * int(info["columns"]) * int(info.get("number_of_frames") or 1) / 1e6
        except (KeyError, ValueError):
            continue
        names[syntax] = row["transfer_syntax_name"]
        source = os.path.join(args.corpus, path)
        commands = {"redact": [args.redact, "transcode", source, output, "--to", "explicit-le"],
                    "gdcm": ["gdcmconv", "--raw", source, output]}
        if syntax in DCMTK and shutil.which(DCMTK[syntax]):
            commands["dcmtk"] = [DCMTK[syntax], source, output]
        for tool, command in commands.items():
            seconds = best_time(command, args.runs)
            if seconds is not None:
                totals[syntax][tool][0] += megapixels
                totals[syntax][tool][1] += seconds
                totals[syntax][tool][2] += 1
    print(f"{'transfer syntax':58s} {'redact':>14s} {'dcmtk':>14s} {'gdcm':>14s}   (megapixels/s, files decoded)")
    for syntax in sorted(totals):
        cells = []
        for tool in ("redact", "dcmtk", "gdcm"):
            megapixels, seconds, files = totals[syntax][tool]
            cells.append(f"{megapixels / seconds:8.1f} ({files:2d})" if seconds else f"{'-':>13s}")
        print(f"{names[syntax][:58]:58s} " + " ".join(f"{cell:>14s}" for cell in cells))
    shutil.rmtree(os.path.dirname(output))


if __name__ == "__main__":
    main()
