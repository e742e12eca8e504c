#!/usr/bin/env python3
"""Opens a review report of `redact scan --report` in headless Chromium and works it as a
reviewer would: screenshots of the grid and of one image, one proposed box rejected, one box
drawn, decisions.json exported. Checks the exported decisions and prints a JSON summary
(the file, the rejected region, the drawn region) for the caller to compare with `redact run`.

    review_report_check.py REPORT_DIR --chromium /usr/bin/chromium --screenshots DIR --decisions OUT.json

Exit status: 0 checks passed, 1 a check failed, 2 the browser could not be driven."""
import argparse
import json
import pathlib
import sys

from playwright.sync_api import sync_playwright


def fail(message):
    print("review check failed: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshots", required=True)
    parser.add_argument("--decisions", required=True)
    args = parser.parse_args()
    report = pathlib.Path(args.report).resolve()
    shots = pathlib.Path(args.screenshots)
    shots.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.joinpath("index.html").as_uri())
        page.wait_for_selector(".card")
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / "review-grid.png"), full_page=True)

        # The first file with at least two proposed boxes (so one stays accepted).
        index = page.evaluate("""() => window.REDACT_REPORT.files.findIndex(
            f => f.boxes.filter(b => b.proposed).length >= 2)""")
        if index < 0:
            fail("no file in the report has two proposed boxes")
        file = page.evaluate("i => window.REDACT_REPORT.files[i]", index)
        page.click(f'.card[data-index="{index}"]')
        page.wait_for_selector("#detail-view:not([hidden])")
        page.wait_for_function("() => document.getElementById('view').complete")

        proposed = [i for i, b in enumerate(file["boxes"]) if b["proposed"]]
        rejected_box = proposed[0]
        toggle = page.locator(f'input.box-toggle[data-box="{rejected_box}"]')
        if not toggle.is_checked():
            fail("a proposed box is not checked by default")
        toggle.click()
        if toggle.is_checked():
            fail("the box did not toggle")
        rect_class = page.get_attribute(f'#overlay rect[data-box="{rejected_box}"]', "class") or ""
        if "rejected" not in rect_class:
            fail(f"the rejected box is not drawn as rejected (class {rect_class!r})")

        # Draw a box over the middle of the image, in image pixels from 40% to 60% of each side.
        page.click("#draw")
        area = page.locator("#overlay").bounding_box()
        start = (area["x"] + area["width"] * 0.4, area["y"] + area["height"] * 0.4)
        end = (area["x"] + area["width"] * 0.6, area["y"] + area["height"] * 0.6)
        page.mouse.move(*start)
        page.mouse.down()
        page.mouse.move((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        page.mouse.move(*end)
        page.mouse.up()
        page.screenshot(path=str(shots / "review-detail.png"), full_page=True)

        with page.expect_download() as download:
            page.click("#export")
        download.value.save_as(args.decisions)
        if errors:
            fail("the page raised errors: " + "; ".join(errors))
        browser.close()

    decisions = json.loads(pathlib.Path(args.decisions).read_text())
    if decisions.get("version") != 1:
        fail("decisions.json has no version 1")
    entry = next((f for f in decisions["files"] if f["path"] == file["path"]), None)
    if entry is None:
        fail(f"decisions.json has no entry for {file['path']}")
    if entry["sha256"] != file["sha256"]:
        fail("the entry's sha256 is not the scanned file's")
    rejected_region = file["boxes"][rejected_box]["region"]
    if rejected_region in entry["regions"] or rejected_region not in entry["rejected"]:
        fail("the rejected box is still accepted, or not listed as rejected")
    for i in proposed[1:]:
        if file["boxes"][i]["region"] not in entry["regions"]:
            fail(f"proposed box {i} was lost")
    drawn = [r for r in entry["regions"] if r.get("reason") == "reviewer" and r.get("note") == "drawn by reviewer"]
    if len(drawn) != 1:
        fail(f"expected one drawn box, found {len(drawn)}")
    x, y, w, h = drawn[0]["box"]
    cols, rows = file["columns"], file["rows"]
    expected = (cols * 0.4, rows * 0.4, cols * 0.2, rows * 0.2)
    if any(abs(a - b) > max(3, cols / 100) for a, b in zip((x, y, w, h), expected)):
        fail(f"drawn box {drawn[0]['box']} is not near {expected}")
    if not entry.get("reviewed"):
        fail("the opened file is not marked reviewed")
    print(json.dumps({"path": file["path"], "rejected": rejected_region, "drawn": drawn[0],
                      "screenshots": [str(shots / "review-grid.png"), str(shots / "review-detail.png")]}))


if __name__ == "__main__":
    try:
        main()
    except SystemExit:
        raise
    except Exception as error:  # the browser or Playwright itself failed
        print(f"review check could not drive the browser: {error}", file=sys.stderr)
        sys.exit(2)
