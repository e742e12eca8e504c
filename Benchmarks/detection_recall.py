#!/usr/bin/env python3
"""Detection benchmark: how much of the burned-in text `redact scan --json` finds, and how fast.

    PY=$(bash ../shared/eval/setup.sh | tail -1)
    $PY ../shared/eval/gen.py --out /tmp/corpus --config ../shared/eval/configs/dev.json --seed 7 --count 200
    swift build -c release
    $PY Benchmarks/detection_recall.py --corpus /tmp/corpus [--presidio N] [--json report.json]

A truth text item (PHI or not; graphics such as ticks and calipers are left out) counts as
found when at least 98% of its visible pixels lie inside detected boxes for that frame, in every
frame it appears in. Visible pixels are those of the truth mask that the text changed by at least
5% of the value range (input vs the truth's text-free `clean` array), as the kit's score.py counts
them; text drawn in the same shade as the anatomy under it changes nothing there. Boxes are grown
by --margin pixels (default 2), the margin the redactor adds around every region. Recall is
reported overall, per scenario (multi-frame files also as "cine"), per font size and per
category; the misses are listed.

Speed: `redact scan` runs on one core (taskset), and the median milliseconds per frame per
scenario come from its own per-file timing (read + decode + detect). With --presidio N, N files
per scenario also go through Presidio's DicomImageRedactorEngine (../shared/eval/peers) in the
same run, and its median per frame (cpu_ms of its log: OCR + analysis, model load excluded) is
printed beside ours, with its recall on the same files measured the same way from its boxes.
"""
import argparse, collections, json, os, shutil, statistics, subprocess, sys, tempfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_truth(corpus):
    manifest = json.loads((corpus / "manifest.json").read_text())
    files = manifest["files"] if isinstance(manifest, dict) else manifest
    truths = {}
    for entry in files:
        rel = entry["path"]
        truths[rel] = json.loads((corpus / "truth" / (rel + ".json")).read_text())
    return truths


def masks_of(corpus, truth):
    """frame index -> label image, with 0 where the text changed the pixel by < 5% of the range."""
    out = {}
    clean = np.load(corpus / "truth" / truth["clean"])["clean"].astype(np.float64)
    pixels = decode(corpus / "dicom" / truth["path"], truth)
    low, high = truth["value_range"]
    visible = np.abs(pixels - clean) >= 0.05 * max(high - low, 1)
    if visible.ndim == 4:
        visible = visible.any(axis=3)
    for key, rel in (truth.get("masks") or {}).items():
        frame = int(key)
        mask = np.array(Image.open(corpus / "truth" / rel))
        out[frame] = np.where(visible[frame], mask, 0)
    return out


def decode(path, truth):
    """Stored values, (frames, rows, cols[, 3]) with colour as RGB, decoded as the kit decodes."""
    sys.path.insert(0, str(SHARED / "eval"))
    from evalkit.dicomio import decode_any
    _, array, _ = decode_any(str(path))
    return array.astype(np.float64)


def coverage_map(shape, boxes, margin):
    covered = np.zeros(shape, dtype=bool)
    rows, cols = shape
    for x, y, w, h in boxes:
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(cols, x + w + margin), min(rows, y + h + margin)
        if x1 > x0 and y1 > y0:
            covered[y0:y1, x0:x1] = True
    return covered


def score_file(corpus, rel, truth, boxes_for_frame, margin):
    """[(item, found, share)] for the text items of one file."""
    masks = masks_of(corpus, truth)
    results = []
    items = [i for i in truth["items"] if i["type"] == "text"]
    if not items:
        return results
    worst = {i["id"]: 1.0 for i in items}
    for frame, mask in masks.items():
        covered = coverage_map(mask.shape, boxes_for_frame(frame), margin)
        for item in items:
            pixels = mask == item["id"]
            n = int(pixels.sum())
            if n == 0:
                continue
            share = float(covered[pixels].sum()) / n
            worst[item["id"]] = min(worst[item["id"]], share)
    for item in items:
        results.append((item, worst[item["id"]] >= 0.98, worst[item["id"]]))
    return results


def redact_boxes(detections):
    def boxes(frame):
        out = []
        for d in detections:
            if d["frames"] == "all" or frame in d["frames"]:
                out.append(d["box"])
        return out
    return boxes


def size_bucket(size):
    return "<=10px" if size <= 10 else "11-14px" if size <= 14 else "15-19px" if size <= 19 else ">=20px"


def run_redact(binary, dicom_dir, saved):
    if saved and saved.exists():
        lines = saved.read_text().splitlines()
    else:
        command = [str(binary), "scan", "--json", str(dicom_dir)]
        if shutil.which("taskset"):
            command = ["taskset", "-c", "0"] + command
        proc = subprocess.run(command, capture_output=True, text=True)
        lines = proc.stdout.splitlines()
        if saved:
            saved.write_text(proc.stdout)
    results = {}
    for line in lines:
        obj = json.loads(line)
        rel = os.path.relpath(obj["path"], dicom_dir)
        results[rel] = obj
    return results


def rel_key(rel, truths):
    if rel in truths:
        return rel
    for suffix in (".dcm",):
        if rel.endswith(suffix) and rel[: -len(suffix)] in truths:
            return rel[: -len(suffix)]
    return rel


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--binary", type=Path, default=ROOT / ".build" / "release" / "redact")
    parser.add_argument("--margin", type=int, default=2)
    parser.add_argument("--presidio", type=int, default=0, help="files per scenario to run through Presidio too")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--scan-output", type=Path, help="keep the scan's JSON Lines here (reused if it exists)")
    args = parser.parse_args()

    truths = load_truth(args.corpus)
    dicom_dir = args.corpus / "dicom"
    scans = run_redact(args.binary, dicom_dir, args.scan_output)
    failures = [rel for rel, obj in scans.items() if "error" in obj]

    totals = collections.Counter()
    by = collections.defaultdict(collections.Counter)
    misses = []
    ms_per_frame = collections.defaultdict(list)
    for rel, obj in sorted(scans.items()):
        key = rel_key(rel, truths)
        truth = truths.get(key) or truths.get(rel)
        if truth is None or "error" in obj:
            continue
        scenario = truth["scenario"]
        # Multi-frame files (cine loops) are also counted as their own scenario.
        scenarios = [scenario] + (["cine"] if truth.get("frames", 1) > 1 else [])
        for name in scenarios:
            ms_per_frame[name].append(obj["milliseconds"] / max(1, obj["frames"]))
        for item, found, share in score_file(args.corpus, key, truth, redact_boxes(obj["detections"]), args.margin):
            groups = [("all", "all"), ("size", size_bucket(item["style"]["size"])), ("category", item["category"])]
            for group in groups + [("scenario", name) for name in scenarios]:
                by[group][found] += 1
            if not found:
                misses.append((rel, item["text"], item["kind"], item["style"]["size"], item["style"]["color"], round(share, 3), item["bbox"]))

    def line(name, counter):
        total = counter[True] + counter[False]
        return f"  {name:<24} {counter[True] / total if total else 0:.4f}  ({counter[True]}/{total})"

    print(f"redact scan: {len(scans)} files, {len(failures)} failed")
    print(f"recall (text items covered >= 98%, boxes +{args.margin}px):")
    for group in sorted(by):
        print(line(f"{group[0]}={group[1]}", by[group]))
    print("median ms per frame (one core):")
    for scenario, values in sorted(ms_per_frame.items()):
        print(f"  {scenario:<8} {statistics.median(values):8.1f} ms  ({len(values)} files)")
    print(f"misses ({len(misses)}):")
    for miss in misses[:80]:
        print("  ", miss)

    report = {"files": len(scans), "failed": failures, "recall": {f"{g[0]}={g[1]}": by[g][True] / max(1, by[g][True] + by[g][False]) for g in by},
              "median_ms_per_frame": {s: statistics.median(v) for s, v in ms_per_frame.items()}, "misses": misses}

    if args.presidio:
        report["presidio"] = compare_presidio(args, truths, scans)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))


def compare_presidio(args, truths, scans):
    per_scenario = collections.defaultdict(list)
    for rel in sorted(scans):
        key = rel_key(rel, truths)
        if key in truths and "error" not in scans[rel]:
            per_scenario[truths[key]["scenario"]].append(rel)
    chosen = [rel for files in per_scenario.values() for rel in files[: args.presidio]]
    work = Path(tempfile.mkdtemp(prefix="presidio-bench-"))
    source = work / "in"
    for rel in chosen:
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(args.corpus / "dicom" / rel, source / rel)
    runner = SHARED / "eval" / "peers" / "presidio_run.py"
    command = [sys.executable, str(runner), str(source), str(work / "out"), "--jobs", "1", "--quiet"]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0"] + command
    subprocess.run(command, check=True, capture_output=True)
    log = [json.loads(l) for l in (work / "out" / "_peer_log.jsonl").read_text().splitlines()]
    ours = collections.defaultdict(list)
    theirs = collections.defaultdict(list)
    recall = collections.defaultdict(lambda: [collections.Counter(), collections.Counter()])
    for entry in log:
        rel = entry["path"]
        key = rel_key(rel, truths)
        truth = truths[key]
        scenario = truth["scenario"]
        frames = max(1, truth["frames"])
        theirs[scenario].append(entry["cpu_ms"] / frames)
        ours[scenario].append(scans[rel]["milliseconds"] / max(1, scans[rel]["frames"]))
        boxes = [[b["left"], b["top"], b["width"], b["height"]] for b in entry.get("boxes") or []]
        for item, found, _ in score_file(args.corpus, key, truth, lambda frame: boxes, args.margin):
            recall[scenario][0][found] += 1
        for item, found, _ in score_file(args.corpus, key, truth, redact_boxes(scans[rel]["detections"]), args.margin):
            recall[scenario][1][found] += 1
    print(f"same files through Presidio ({len(log)} files, one core):")
    print(f"  {'scenario':<8} {'presidio ms/frame':>18} {'redact ms/frame':>16} {'speed-up':>9} {'presidio recall':>16} {'redact recall':>14}")
    out = {}
    for scenario in sorted(theirs):
        p, r = statistics.median(theirs[scenario]), statistics.median(ours[scenario])
        pr, rr = recall[scenario]
        prv = pr[True] / max(1, pr[True] + pr[False])
        rrv = rr[True] / max(1, rr[True] + rr[False])
        print(f"  {scenario:<8} {p:18.1f} {r:16.1f} {p / r:8.1f}x {prv:16.3f} {rrv:14.3f}")
        out[scenario] = {"presidio_ms": p, "redact_ms": r, "presidio_recall": prv, "redact_recall": rrv}
    shutil.rmtree(work, ignore_errors=True)
    return out


if __name__ == "__main__":
    main()
