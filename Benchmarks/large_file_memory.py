#!/usr/bin/env python3
"""Memory on a multi-gigabyte multi-frame file: peak RSS of redact reading and transcoding it.

Usage: python Benchmarks/large_file_memory.py [--gib 2] [--redact PATH] [--keep]
Writes a native 16-bit 512x512 multi-frame file of about --gib GiB (frame contents vary), then
runs `redact info`, `redact transcode --to rle` and `redact transcode --to explicit-be` on it
under /usr/bin/time, reporting wall time and peak resident memory. Memory should stay near one
frame (512 KiB) plus the process's fixed cost, whatever the file size. Needs pydicom (for the
header) and about 3x --gib of free disk in the temporary folder.
"""
import argparse
import io
import os
import struct
import subprocess
import sys
import tempfile

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

ROWS = COLUMNS = 512
FRAME_BYTES = ROWS * COLUMNS * 2


def write_large_file(path, frames):
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.Modality = "OT"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.NumberOfFrames = frames
    ds.Rows, ds.Columns = ROWS, COLUMNS
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    header = io.BytesIO()
    pydicom.dcmwrite(header, ds, enforce_file_format=True)
    with open(path, "wb") as out:
        out.write(header.getvalue())
        out.write(struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OW", 0, FRAME_BYTES * frames))
        ramp = bytes((i * 7 + i // 512) & 0xFF for i in range(FRAME_BYTES))
        for frame in range(frames):
            # A 12-bit ramp that shifts per frame, so RLE has real work to do.
            out.write(ramp[frame % 251:] + ramp[:frame % 251])


def same_tail(first, second, length):
    """True when the last `length` bytes (the native Pixel Data) of two files are equal."""
    with open(first, "rb") as a, open(second, "rb") as b:
        a.seek(-length, os.SEEK_END)
        b.seek(-length, os.SEEK_END)
        while True:
            left, right = a.read(1 << 20), b.read(1 << 20)
            if left != right:
                return False
            if not left:
                return True


def measure(label, command):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], capture_output=True, text=True)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    status = "ok" if result.returncode == 0 else f"FAILED ({result.returncode}): {result.stderr.strip()[:200]}"
    print(f"{label:28s} {float(seconds):7.1f} s   peak RSS {int(kilobytes) / 1024:7.1f} MiB   {status}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gib", type=float, default=2.0)
    parser.add_argument("--redact", default=os.path.join(here, "..", ".build", "release", "redact"))
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args()
    if not os.access(args.redact, os.X_OK):
        sys.exit(f"{args.redact} not found: run `swift build -c release` first")
    frames = max(1, int(args.gib * (1 << 30) / FRAME_BYTES))
    folder = tempfile.mkdtemp(prefix="redact-large-")
    source = os.path.join(folder, "large.dcm")
    write_large_file(source, frames)
    print(f"input: {frames} frames of {ROWS}x{COLUMNS} 16-bit, {os.path.getsize(source) / (1 << 30):.2f} GiB")
    measure("info", [args.redact, "info", source])
    measure("transcode --to rle", [args.redact, "transcode", source, os.path.join(folder, "rle.dcm"), "--to", "rle"])
    measure("transcode rle --to explicit-le",
            [args.redact, "transcode", os.path.join(folder, "rle.dcm"), os.path.join(folder, "back.dcm"),
             "--to", "explicit-le"])
    os.remove(os.path.join(folder, "rle.dcm"))
    measure("transcode --to explicit-be",
            [args.redact, "transcode", source, os.path.join(folder, "big.dcm"), "--to", "explicit-be"])
    same = same_tail(source, os.path.join(folder, "back.dcm"), FRAME_BYTES * frames)
    print(f"pixels after RLE and back identical to the input: {'yes' if same else 'NO'}")
    if not args.keep:
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)


if __name__ == "__main__":
    main()
