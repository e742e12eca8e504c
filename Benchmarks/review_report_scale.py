#!/usr/bin/env python3
"""How the review report copes with a large archive: copies a real report (from
`redact scan --report`), repeats its files until it lists N images (distinct paths, the same
pictures), and times in headless Chromium the first page of thumbnails, a filter over every
file, opening one image and exporting decisions.json. Reports findings.js size and medians.

    python3 Benchmarks/review_report_scale.py --report review/ --images 10000 --rounds 3
"""
import argparse
import json
import pathlib
import shutil
import statistics
import sys
import tempfile
import time

from playwright.sync_api import sync_playwright


def scaled_copy(report, images, folder):
    shutil.copytree(report, folder, dirs_exist_ok=True)
    text = (folder / "findings.js").read_text()
    prefix = "window.REDACT_REPORT = "
    data = json.loads(text[len(prefix):].rstrip().rstrip(";"))
    originals = data["files"]
    files = []
    for i in range(images):
        entry = dict(originals[i % len(originals)])
        entry["path"] = f"archive/{i // 1000:02d}/{i:06d}/" + entry["path"].split("/")[-1]
        entry["index"] = i
        files.append(entry)
    data["files"] = files
    (folder / "findings.js").write_text(prefix + json.dumps(data) + ";\n")
    return (folder / "findings.js").stat().st_size, sum(len(f["boxes"]) for f in files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--images", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = pathlib.Path(temp) / "report"
        size, boxes = scaled_copy(pathlib.Path(args.report), args.images, folder)
        timings = {"first page": [], "filter all files": [], "open image": [], "export": []}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=["--no-sandbox"])
            for _ in range(args.rounds):
                page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
                start = time.perf_counter()
                page.goto((folder / "index.html").as_uri())
                page.wait_for_selector(".card")
                timings["first page"].append(time.perf_counter() - start)
                start = time.perf_counter()
                page.fill("#filter-path", "/0042")
                page.wait_for_function("() => document.querySelectorAll('.card').length > 0 && "
                                       "document.querySelector('.card .name').textContent.includes('/0042')")
                timings["filter all files"].append(time.perf_counter() - start)
                start = time.perf_counter()
                page.click(".card")
                page.wait_for_selector("#detail-view:not([hidden])")
                page.wait_for_function("() => document.getElementById('view').complete")
                timings["open image"].append(time.perf_counter() - start)
                start = time.perf_counter()
                with page.expect_download() as download:
                    page.click("#export")
                download.value.path()
                timings["export"].append(time.perf_counter() - start)
                page.close()
            browser.close()
    print(f"{args.images} images, {boxes} boxes, findings.js {size / 1e6:.1f} MB")
    for name, values in timings.items():
        print(f"  {name}: median {statistics.median(values) * 1000:.0f} ms over {len(values)} rounds")


if __name__ == "__main__":
    sys.exit(main())
