#!/usr/bin/env python3
"""Fill speed: redact's PixelFiller next to a naive per-pixel loop and memset, in one release run.

Usage: python3 Benchmarks/fill_speed.py [--runs N] [--size N] [--no-build]
Builds the `fill-benchmark` product in release mode (unless --no-build) and runs it. For each
layout (8/16-bit mono, 8-bit RGB interleaved and planar, 4:2:2, 16-bit RGB) it fills 20
rectangles covering 30% of a SIZE x SIZE frame, timing it, the naive loop and memset in turn (each for at least 50 ms) per run, and
reports the best of N runs as GB/s of sample bytes written, with the same figure for the naive
loop and for memset over the whole frame (store bandwidth) measured in the same process.
"""
import argparse
import os
import subprocess
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "fill-benchmark"], cwd=root, check=True,
                       stdout=sys.stderr)
    binary = os.path.join(root, ".build", "release", "fill-benchmark")
    result = subprocess.run([binary, "--runs", str(args.runs), "--size", str(args.size)])
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
