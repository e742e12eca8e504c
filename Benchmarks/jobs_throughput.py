#!/usr/bin/env python3
"""Throughput of `redact run` with --jobs 1 and --jobs 2 (or any list) on the same files.

Runs are interleaved (1, 2, 1, 2, ...) so that both see the same machine state, each into a new
output folder (a rerun into the same folder would resume and skip everything), and the median
wall time per setting is reported with the speed-up over the first setting.

    python3 Benchmarks/jobs_throughput.py --input /tmp/corpus/dicom [--jobs 1 2] [--rounds 2]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="folder of DICOM files")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--text", default="all")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "redact"))
    args = ap.parse_args()
    files = sum(len(f) for _, _, f in os.walk(args.input))
    times = {j: [] for j in args.jobs}
    work = tempfile.mkdtemp(prefix="redact-jobs-")
    try:
        for round_ in range(args.rounds):
            for jobs in args.jobs:
                out = os.path.join(work, f"out-{jobs}-{round_}")
                start = time.monotonic()
                proc = subprocess.run([args.binary, "run", args.input, "--output", out, "--jobs", str(jobs),
                                       "--text", args.text], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                elapsed = time.monotonic() - start
                summary = [l for l in proc.stderr.splitlines() if l.startswith("redact run")]
                print(f"round {round_ + 1} --jobs {jobs}: {elapsed:.1f} s, {files / elapsed:.2f} files/s, "
                      f"exit {proc.returncode}; {summary[-1] if summary else ''}", flush=True)
                times[jobs].append(elapsed)
                shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = statistics.median(times[args.jobs[0]])
    print(f"{files} files, median of {args.rounds} rounds:")
    for jobs in args.jobs:
        median = statistics.median(times[jobs])
        print(f"  --jobs {jobs}: {median:.1f} s  {files / median:.2f} files/s  speed-up {base / median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
