#!/usr/bin/env python3
"""Generates the sample DICOM files in Samples/ (fake patients only).

    ~/.cache/redact-eval/venv/bin/python scripts/make-samples.py [--out Samples]

Needs pydicom, numpy, Pillow and pyjpegls (the evaluation kit's venv has them: bash
../shared/eval/setup.sh) and the DejaVu fonts (Debian: fonts-dejavu-core). The output depends
only on this script: every UID, date and random number is fixed, so running it again writes the
same bytes. The generated files are committed; building and testing redact never runs this.

Files:
  us-color-jpeg.dcm   colour ultrasound, JPEG Baseline YBR_FULL_422, name/ID/date in a top bar,
                      probe settings at the side, a Sequence of Ultrasound Regions
  us-cine-jpegls.dcm  8-frame ultrasound cine, JPEG-LS lossless: static overlay + frame counter
  ct-annotated.dcm    16-bit signed CT, Explicit VR Little Endian, corner annotations
  sc-screen-rle.dcm   RGB screen capture, RLE Lossless, patient banner and study list
  mr-no-text.dcm      MR without any text (copied byte for byte by redact run)
"""
import argparse
import io
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import (ExplicitVRLittleEndian, JPEGBaseline8Bit, JPEGLSLossless, RLELossless,
                         PYDICOM_IMPLEMENTATION_UID)

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"]
ROOT = "2.25.31415926535897932384626433832795"  # fixed UID root for the samples

PATIENT = {"name": "MORGAN^AVERY", "id": "RX4829173", "birth": "19610514", "accession": "A24030711",
           "institution": "Fairview Clinic", "referring": "PATEL^NINA", "date": "20240307", "time": "142210"}


def font(size, mono=False, bold=False):
    name = "DejaVuSans" + ("Mono" if mono else "") + ("-Bold" if bold else "") + ".ttf"
    for folder in FONT_DIRS:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    raise SystemExit(f"{name} not found: install fonts-dejavu-core")


def uid(n):
    return f"{ROOT}.{n}"


def base(sop_class, number, modality, rows, columns, photometric, samples=1, bits=8, stored=None,
         signed=False, frames=1, burned_in="YES"):
    """A dataset with the patient, study and image pixel attributes filled in."""
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.ImageType = ["ORIGINAL", "PRIMARY"]
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = uid(1000 + number)
    ds.StudyDate = ds.SeriesDate = ds.ContentDate = PATIENT["date"]
    ds.StudyTime = ds.SeriesTime = ds.ContentTime = PATIENT["time"]
    ds.AccessionNumber = PATIENT["accession"]
    ds.Modality = modality
    ds.Manufacturer = "redact samples"
    ds.InstitutionName = PATIENT["institution"]
    ds.ReferringPhysicianName = PATIENT["referring"]
    ds.PatientName = PATIENT["name"]
    ds.PatientID = PATIENT["id"]
    ds.PatientBirthDate = PATIENT["birth"]
    ds.PatientSex = "F"
    ds.StudyInstanceUID = uid(1)
    ds.SeriesInstanceUID = uid(10 + number)
    ds.StudyID = "1"
    ds.SeriesNumber = number
    ds.InstanceNumber = 1
    ds.Laterality = ""
    if modality in ("CT", "MR"):
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.FrameOfReferenceUID = uid(2)
        ds.PositionReferenceIndicator = ""
        ds.PatientPosition = "HFS"
        ds.AcquisitionNumber = 1
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.ImagePositionPatient = [-125, -125, 0]
        ds.PixelSpacing = [1, 1]
        ds.SliceThickness = 5
    else:
        ds.PatientOrientation = ""
    ds.SamplesPerPixel = samples
    ds.PhotometricInterpretation = photometric
    if samples > 1:
        ds.PlanarConfiguration = 0
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.Rows = rows
    ds.Columns = columns
    ds.BitsAllocated = bits
    ds.BitsStored = stored or bits
    ds.HighBit = (stored or bits) - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.BurnedInAnnotation = burned_in
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian  # until compressed
    return ds


def save(ds, path, syntax):
    meta = ds.file_meta
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    ds.file_meta = meta
    ds.preamble = b"\0" * 128
    ds.save_as(path, enforce_file_format=True)
    print(f"{path}: {os.path.getsize(path)} bytes")


def blur(a, passes=2):
    """A few passes of a 3x3 box blur."""
    for _ in range(passes):
        a = sum(np.roll(np.roll(a, dy, 0), dx, 1) for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9
    return a


def speckle_fan(rng, width, height, apex, radius, spread, phase=0.0):
    """A B-mode-like sector: blurred speckle in bands, fading to black at the edges."""
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    dx, dy = x - apex[0], y - apex[1]
    r = np.hypot(dx, dy)
    angle = np.arctan2(dx, dy)
    # 1 well inside the sector, 0 outside, a soft edge of a few pixels between.
    edge = np.minimum(np.minimum((radius - r) / 6, (r - 12) / 6), (spread - np.abs(angle)) * r / 6)
    weight = np.clip(edge, 0, 1)
    noise = blur(rng.random((height, width)).astype(np.float32))
    layers = 0.6 + 0.3 * np.sin(r / 11.0 + phase) * np.cos(angle * 4 - phase / 2)
    img = weight * (30 + 300 * (noise - 0.35) * layers + 60 * layers)
    return np.clip(img, 0, 255).astype(np.uint8), weight > 0.5


def us_colour(out, rng):
    w, h = 480, 360
    grey, inside = speckle_fan(rng, w, h, (w // 2, 34), 310, 0.75)
    rgb = np.stack([grey, grey, grey], axis=-1).astype(np.float32)
    # Colour Doppler flow: a soft blob, red towards the probe on the left, blue away on the right.
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    blob = np.clip(1.6 - ((x - 240) / 46) ** 2 - ((y - 185) / 30) ** 2, 0, 1) * inside
    red, blue = np.array([210, 40, 30], np.float32), np.array([40, 80, 220], np.float32)
    flow = np.where((x < 240)[..., None], red, blue)
    rgb = rgb * (1 - blob[..., None]) + flow * blob[..., None]
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, w, 26], fill=(28, 32, 40))
    draw.text((6, 5), "MORGAN, AVERY", font=font(14, bold=True), fill=(255, 255, 255))
    draw.text((160, 5), "ID: RX4829173", font=font(14), fill=(255, 255, 255))
    draw.text((300, 5), "03/07/2024 14:22", font=font(14), fill=(255, 255, 255))
    side = font(12, mono=True)
    for row, text in enumerate(["C5-1", "12Hz", "D 14cm", "G 62"]):
        draw.text((6, 60 + 18 * row), text, font=side, fill=(230, 220, 90))
    ds = base("1.2.840.10008.5.1.4.1.1.6.1", 1, "US", h, w, "YBR_FULL_422", samples=3)
    region = Dataset()
    region.RegionSpatialFormat = 1
    region.RegionDataType = 1
    region.RegionFlags = 0
    region.PhysicalUnitsXDirection = region.PhysicalUnitsYDirection = 3  # cm
    region.PhysicalDeltaX = region.PhysicalDeltaY = 0.045
    region.RegionLocationMinX0, region.RegionLocationMinY0 = 30, 34
    region.RegionLocationMaxX1, region.RegionLocationMaxY1 = 449, 345
    ds.SequenceOfUltrasoundRegions = [region]
    stream = io.BytesIO()
    image.save(stream, "JPEG", quality=90, subsampling=1)  # 4:2:2: YBR_FULL_422
    ds.PixelData = encapsulate([stream.getvalue()])
    ds["PixelData"].VR = "OB"
    ds.LossyImageCompression = "01"
    ds.LossyImageCompressionMethod = "ISO_10918_1"
    save(ds, os.path.join(out, "us-color-jpeg.dcm"), JPEGBaseline8Bit)


def us_cine(out, rng):
    w, h, count = 256, 256, 8
    frames = []
    for index in range(count):
        grey, _ = speckle_fan(rng, w, h, (w // 2, 20), 225, 0.7, phase=index * 0.6)
        image = Image.fromarray(grey)
        draw = ImageDraw.Draw(image)
        small = font(11)
        draw.text((4, 3), "MORGAN, AVERY", font=small, fill=235)
        draw.text((4, 17), "07-Mar-2024", font=small, fill=235)
        draw.text((186, 3), "ECHO 2D", font=small, fill=235)
        draw.text((176, 238), f"Frame {index + 1}/{count}", font=small, fill=235)
        frames.append(np.asarray(image))
    ds = base("1.2.840.10008.5.1.4.1.1.3.1", 2, "US", h, w, "MONOCHROME2", frames=count)
    ds.FrameTime = 40
    ds.CineRate = 25
    ds.FrameIncrementPointer = pydicom.tag.Tag("FrameTime")
    ds.PixelData = np.stack(frames).tobytes()
    ds.compress(JPEGLSLossless, encoding_plugin="pyjpegls", generate_instance_uid=False)
    save(ds, os.path.join(out, "us-cine-jpegls.dcm"), JPEGLSLossless)


def ct(out, rng):
    n = 256
    y, x = np.mgrid[0:n, 0:n].astype(np.float32)
    hu = np.full((n, n), -1000, np.float32)
    body = ((x - 128) / 100) ** 2 + ((y - 136) / 80) ** 2 < 1
    hu[body] = 40 + 15 * rng.standard_normal(int(body.sum()))
    lungs = (((x - 92) / 30) ** 2 + ((y - 130) / 45) ** 2 < 1) | (((x - 164) / 30) ** 2 + ((y - 130) / 45) ** 2 < 1)
    hu[lungs] = -850 + 30 * rng.standard_normal(int(lungs.sum()))
    spine = ((x - 128) / 14) ** 2 + ((y - 196) / 14) ** 2 < 1
    hu[spine] = 700
    values = hu.astype(np.int16)
    # Annotations at a value brighter than anything in the window (as scanners burn them in).
    mask = Image.new("L", (n, n), 0)
    draw = ImageDraw.Draw(mask)
    f = font(10)
    draw.text((3, 2), "MORGAN, AVERY", font=f, fill=255)
    draw.text((3, 14), "RX4829173", font=f, fill=255)
    draw.text((3, 26), "DOB 1961-05-14", font=f, fill=255)
    draw.text((168, 2), "Fairview Clinic", font=f, fill=255)
    draw.text((190, 14), "2024-03-07", font=f, fill=255)
    draw.text((3, 241), "120 kV 250 mA", font=f, fill=255)
    draw.text((186, 241), "W 400 L 40", font=f, fill=255)
    values[np.asarray(mask) > 127] = 2000
    ds = base("1.2.840.10008.5.1.4.1.1.2", 3, "CT", n, n, "MONOCHROME2", bits=16, signed=True)
    ds.RescaleIntercept = 0
    ds.RescaleSlope = 1
    ds.RescaleType = "HU"
    ds.WindowCenter = 40
    ds.WindowWidth = 400
    ds.KVP = 120
    ds.PixelData = values.tobytes()
    save(ds, os.path.join(out, "ct-annotated.dcm"), ExplicitVRLittleEndian)


def screen(out, rng):
    w, h = 512, 384
    image = Image.new("RGB", (w, h), (214, 217, 222))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, w, 20], fill=(40, 70, 120))
    draw.text((6, 3), "Radiance Viewer", font=font(12, bold=True), fill=(255, 255, 255))
    draw.rectangle([0, 21, w, 44], fill=(250, 250, 235))
    banner = font(12)
    draw.text((6, 26), "Patient: MORGAN, AVERY", font=banner, fill=(20, 20, 20))
    draw.text((180, 26), "MRN: RX4829173", font=banner, fill=(20, 20, 20))
    draw.text((300, 26), "DOB: 05/14/1961", font=banner, fill=(20, 20, 20))
    # A viewport with a greyscale image and a study list beside it.
    vy, vx = np.mgrid[0:240, 0:300].astype(np.float32)
    viewport = 40 + 90 * np.exp(-(((vx - 95) / 45) ** 2 + ((vy - 125) / 80) ** 2)) \
        + 90 * np.exp(-(((vx - 205) / 45) ** 2 + ((vy - 125) / 80) ** 2)) + 8 * blur(rng.random((240, 300)), 3)
    viewport = np.clip(viewport, 0, 255).astype(np.uint8)
    image.paste(Image.fromarray(viewport).convert("RGB"), (8, 56))
    table = font(11)
    draw.text((320, 56), "Prior studies", font=font(11, bold=True), fill=(20, 20, 20))
    for row, (date, acc) in enumerate([("2023-11-02", "A23110245"), ("2022-06-19", "A22061988")]):
        draw.text((320, 76 + 16 * row), f"{date}  {acc}", font=table, fill=(20, 20, 20))
    draw.text((320, 300), "Series 3 of 5", font=table, fill=(90, 90, 90))
    ds = base("1.2.840.10008.5.1.4.1.1.7", 4, "OT", h, w, "RGB", samples=3)
    ds.ConversionType = "WSD"
    ds.PixelData = np.asarray(image).tobytes()
    ds.compress(RLELossless, generate_instance_uid=False)
    save(ds, os.path.join(out, "sc-screen-rle.dcm"), RLELossless)


def mr_no_text(out, rng):
    n = 160
    y, x = np.mgrid[0:n, 0:n].astype(np.float32)
    head = ((x - 80) / 62) ** 2 + ((y - 82) / 72) ** 2 < 1
    brain = ((x - 80) / 52) ** 2 + ((y - 82) / 62) ** 2 < 1
    values = np.where(head, 900, 0) + np.where(brain, 500 + 200 * np.sin(x / 7) * np.cos(y / 9), 0)
    values = np.clip(values + 20 * rng.standard_normal((n, n)), 0, 4095).astype(np.uint16)
    ds = base("1.2.840.10008.5.1.4.1.1.4", 5, "MR", n, n, "MONOCHROME2", bits=16, stored=12, burned_in="NO")
    ds.ScanningSequence = "SE"
    ds.SequenceVariant = "NONE"
    ds.ScanOptions = ""
    ds.MRAcquisitionType = "2D"
    ds.RepetitionTime = 500
    ds.EchoTime = 15
    ds.EchoTrainLength = 1
    ds.PixelData = values.tobytes()
    save(ds, os.path.join(out, "mr-no-text.dcm"), ExplicitVRLittleEndian)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Samples"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for make, seed in [(us_colour, 1), (us_cine, 2), (ct, 3), (screen, 4), (mr_no_text, 5)]:
        make(args.out, np.random.default_rng(seed))


if __name__ == "__main__":
    random.seed(0)
    main()
