/// The static files of the review report, written as they are into the report folder.
enum ReportAssets {
    /// The page: header, filters, the grid of thumbnails and the view of one file.
    static let page = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>redact review</title>
<link rel="stylesheet" href="review.css">
</head>
<body>
<header>
  <h1>redact review</h1>
  <div id="summary"></div>
  <div class="actions">
    <label class="button" title="Load an earlier decisions.json">Import<input id="import" type="file" accept=".json,application/json" hidden></label>
    <button id="export" title="Download decisions.json for redact run --decisions">Export decisions.json</button>
  </div>
</header>
<section id="filters">
  <input id="filter-path" type="search" placeholder="Filter by file path">
  <select id="filter-modality"><option value="">All modalities</option></select>
  <select id="filter-status">
    <option value="boxes">Files with boxes</option>
    <option value="">All files</option>
    <option value="unreviewed">Not yet reviewed</option>
    <option value="failed">Failed or not scanned</option>
  </select>
  <span id="filter-categories"></span>
</section>
<main>
  <section id="grid-view">
    <nav class="pager"><button id="prev-page">&larr;</button><span id="page-label"></span><button id="next-page">&rarr;</button></nav>
    <div id="grid"></div>
  </section>
  <section id="detail-view" hidden>
    <nav class="detail-nav">
      <button id="back">&larr; All files</button>
      <button id="prev-file" title="Previous file (k)">Previous</button>
      <button id="next-file" title="Next file (j)">Next</button>
      <span id="detail-title"></span>
    </nav>
    <div class="detail">
      <div class="viewer">
        <div class="frame-bar"><span id="frame-picker"></span>
          <button id="draw" aria-pressed="false" title="Drag on the image to add a box (d)">Draw box</button>
          <label><input id="draw-all-frames" type="checkbox" checked> drawn boxes cover all frames</label>
        </div>
        <div id="stage"><img id="view" alt=""><svg id="overlay" xmlns="http://www.w3.org/2000/svg"></svg></div>
      </div>
      <aside>
        <div id="file-facts"></div>
        <div class="bulk"><button id="accept-all">Accept all</button><button id="reject-all">Reject all</button><button id="reset-file">Reset to proposal</button></div>
        <ol id="box-list"></ol>
      </aside>
    </div>
  </section>
</main>
<script src="findings.js"></script>
<script src="review.js"></script>
</body>
</html>
"""#

    /// The style: dark, with one colour per box category.
    static let css = #"""
:root { --rule: #a855f7; --phi: #ef4444; --text: #f59e0b; --unread: #3b82f6; --kept: #22c55e; --reviewer: #ec4899;
  --bg: #111418; --panel: #1b2027; --line: #2e3640; --fg: #e6e9ee; --dim: #9aa4b2; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: var(--panel); border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0; }
#summary { color: var(--dim); flex: 1; }
button, .button { background: #2b3440; color: var(--fg); border: 1px solid var(--line); border-radius: 4px; padding: 4px 10px; cursor: pointer; font: inherit; }
button:hover, .button:hover { background: #35404e; }
button[aria-pressed="true"] { background: var(--reviewer); color: #000; }
#export { background: #2563eb; border-color: #2563eb; }
#filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 8px 16px; border-bottom: 1px solid var(--line); }
#filters input[type=search] { min-width: 260px; }
input, select { background: #0d1014; color: var(--fg); border: 1px solid var(--line); border-radius: 4px; padding: 3px 6px; font: inherit; }
.chip { display: inline-flex; gap: 4px; align-items: center; margin-right: 8px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
.pager { display: flex; gap: 8px; align-items: center; padding: 8px 16px; }
#grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 10px; padding: 0 16px 16px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 6px; cursor: pointer; }
.card:hover { border-color: #4b5563; }
.card.reviewed { border-color: #2f6f46; }
.thumb { position: relative; height: 160px; display: flex; align-items: center; justify-content: center; background: #000; }
.thumb img { max-width: 100%; max-height: 160px; }
.thumb svg { position: absolute; }
.card .name { font-size: 12px; word-break: break-all; margin-top: 4px; }
.card .counts { font-size: 12px; color: var(--dim); }
.card .error { color: #fca5a5; font-size: 12px; }
.detail-nav { display: flex; gap: 8px; align-items: center; padding: 8px 16px; }
#detail-title { color: var(--dim); word-break: break-all; }
.detail { display: flex; gap: 16px; padding: 0 16px 16px; align-items: flex-start; }
.viewer { flex: 1; min-width: 0; }
.frame-bar { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; flex-wrap: wrap; }
#stage { position: relative; display: inline-block; max-width: 100%; background: #000; }
#view { display: block; image-rendering: pixelated; }
#overlay { position: absolute; inset: 0; width: 100%; height: 100%; }
#overlay.drawing { cursor: crosshair; }
#overlay rect { fill-opacity: 0; stroke-width: 2; vector-effect: non-scaling-stroke; cursor: pointer; }
#overlay rect.rejected { stroke-dasharray: 4 3; opacity: 0.55; }
#overlay rect.accepted { fill-opacity: 0.2; }
#overlay rect.selected { stroke-width: 4; }
aside { width: 380px; max-height: calc(100vh - 120px); overflow: auto; }
#file-facts { font-size: 12px; color: var(--dim); margin-bottom: 8px; }
.bulk { display: flex; gap: 6px; margin-bottom: 8px; }
#box-list { list-style: none; padding: 0; margin: 0; }
#box-list li { border-left: 4px solid var(--line); background: var(--panel); margin-bottom: 4px; padding: 4px 6px; font-size: 12px; }
#box-list li.selected { outline: 1px solid var(--fg); }
#box-list li .words { color: var(--dim); }
#box-list li label { display: flex; gap: 6px; align-items: baseline; cursor: pointer; }
.cat-rule { border-color: var(--rule) !important; stroke: var(--rule); fill: var(--rule); }
.cat-phi { border-color: var(--phi) !important; stroke: var(--phi); fill: var(--phi); }
.cat-text { border-color: var(--text) !important; stroke: var(--text); fill: var(--text); }
.cat-unread { border-color: var(--unread) !important; stroke: var(--unread); fill: var(--unread); }
.cat-kept { border-color: var(--kept) !important; stroke: var(--kept); fill: var(--kept); }
.cat-reviewer { border-color: var(--reviewer) !important; stroke: var(--reviewer); fill: var(--reviewer); }
"""#

    /// The script: filters, paging, accepting, rejecting and drawing boxes, and decisions.json export and import.
    static let script = #"""
"use strict";
// The review page of `redact scan --report`: browse the scanned images, accept or reject each
// box, draw new ones, and export decisions.json for `redact run --decisions`. Everything runs
// from the report folder; the reviewer's choices are kept in the browser's local storage.
(function () {
  const report = window.REDACT_REPORT || { command: "", files: [] };
  const files = report.files;
  const CATEGORIES = ["phi", "rule", "text", "unread", "kept", "reviewer"];
  const LABELS = { phi: "PHI match", rule: "rule", text: "other text", unread: "unread text-like", kept: "kept text", reviewer: "drawn by reviewer" };
  const PAGE_SIZE = 48;
  const SVG = "http://www.w3.org/2000/svg";
  const storeKey = "redact-review:" + report.command + ":" + files.length + ":" + (files.length ? files[0].path : "");
  const $ = (id) => document.getElementById(id);

  let state = loadState();
  let filtered = [];
  let page = 0;
  let current = -1;      // position in `filtered` of the open file, -1 in the grid
  let frame = 0;
  let selected = -1;     // selected box index
  let drawing = false;
  const enabled = new Set(CATEGORIES);

  function loadState() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }
  function saveState() {
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* storage full or disabled */ }
  }
  function fileState(file) {
    if (!state[file.path]) state[file.path] = { toggles: {}, drawn: [], reviewed: false };
    return state[file.path];
  }
  function isAccepted(file, index) {
    const toggles = state[file.path] ? state[file.path].toggles : {};
    return index in toggles ? toggles[index] : file.boxes[index].proposed;
  }
  function drawnBoxes(file) { return state[file.path] ? state[file.path].drawn : []; }
  function reviewable(file) { return file.status === "scanned" || file.status === "no-pixels"; }
  function onFrame(frames, n) { return frames === "all" || frames.indexOf(n) >= 0; }
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const key in attrs || {}) node.setAttribute(key, attrs[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function rect(box, cls) {
    const r = document.createElementNS(SVG, "rect");
    r.setAttribute("x", box[0]); r.setAttribute("y", box[1]);
    r.setAttribute("width", Math.max(box[2], 1)); r.setAttribute("height", Math.max(box[3], 1));
    r.setAttribute("class", cls);
    return r;
  }
  function framesLabel(frames) {
    if (frames === "all") return "all frames";
    return (frames.length === 1 ? "frame " : "frames ") + frames.join(",");
  }

  // ---- filters and the grid ----
  function setUpFilters() {
    const modalities = Array.from(new Set(files.map((f) => f.modality).filter((m) => m))).sort();
    for (const m of modalities) $("filter-modality").appendChild(el("option", { value: m }, m));
    for (const c of CATEGORIES) {
      const label = el("label", { class: "chip" });
      const box = el("input", { type: "checkbox", "data-category": c });
      box.checked = true;
      box.addEventListener("change", () => { box.checked ? enabled.add(c) : enabled.delete(c); applyFilters(); });
      label.append(box, el("span", { class: "swatch cat-" + c }), document.createTextNode(LABELS[c]));
      $("filter-categories").appendChild(label);
    }
    $("filter-path").addEventListener("input", applyFilters);
    $("filter-modality").addEventListener("change", applyFilters);
    $("filter-status").addEventListener("change", applyFilters);
  }
  function categoriesOf(file) {
    const cats = new Set(file.boxes.map((b) => b.category));
    if (drawnBoxes(file).length) cats.add("reviewer");
    return cats;
  }
  function applyFilters() {
    const text = $("filter-path").value.trim().toLowerCase();
    const modality = $("filter-modality").value;
    const status = $("filter-status").value;
    filtered = [];
    files.forEach((file, index) => {
      if (text && file.path.toLowerCase().indexOf(text) < 0) return;
      if (modality && file.modality !== modality) return;
      const cats = categoriesOf(file);
      if (status === "boxes" && !Array.from(cats).some((c) => enabled.has(c))) return;
      if (status === "unreviewed" && (!reviewable(file) || fileState(file).reviewed)) return;
      if (status === "failed" && file.status !== "failed" && file.status !== "triaged") return;
      if (status === "" && cats.size && !Array.from(cats).some((c) => enabled.has(c))) return;
      filtered.push(index);
    });
    page = Math.min(page, Math.max(0, Math.ceil(filtered.length / PAGE_SIZE) - 1));
    renderGrid();
    renderSummary();
  }
  function renderSummary() {
    const withBoxes = files.filter((f) => f.boxes.length).length;
    const boxes = files.reduce((n, f) => n + f.boxes.length, 0);
    const reviewed = files.filter((f) => state[f.path] && state[f.path].reviewed).length;
    const failed = files.filter((f) => f.status === "failed").length;
    $("summary").textContent = files.length + " files \u00b7 " + withBoxes + " with boxes \u00b7 " + boxes + " boxes \u00b7 "
      + reviewed + " reviewed" + (failed ? " \u00b7 " + failed + " failed" : "") + " \u00b7 showing " + filtered.length;
  }
  function renderGrid() {
    const grid = $("grid");
    grid.textContent = "";
    const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
    $("page-label").textContent = "page " + (page + 1) + " of " + pages;
    for (const index of filtered.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)) {
      const file = files[index];
      const card = el("div", { class: "card", "data-index": index });
      if (state[file.path] && state[file.path].reviewed) card.classList.add("reviewed");
      const thumb = el("div", { class: "thumb" });
      if (file.thumbnail) {
        const img = el("img", { src: file.thumbnail, loading: "lazy", alt: file.path });
        thumb.appendChild(img);
        img.addEventListener("load", () => {
          const svg = document.createElementNS(SVG, "svg");
          svg.setAttribute("viewBox", "0 0 " + file.columns + " " + file.rows);
          svg.setAttribute("preserveAspectRatio", "none");
          svg.style.width = img.width + "px"; svg.style.height = img.height + "px";
          file.boxes.forEach((b, i) => {
            if (onFrame(b.frames, 0)) svg.appendChild(rect(b.box, "cat-" + b.category + (isAccepted(file, i) ? " accepted" : " rejected")));
          });
          for (const d of drawnBoxes(file)) svg.appendChild(rect(d.box, "cat-reviewer accepted"));
          svg.querySelectorAll("rect").forEach((r) => { r.style.fillOpacity = r.classList.contains("accepted") ? 0.3 : 0; r.style.strokeWidth = 1; r.setAttribute("vector-effect", "non-scaling-stroke"); });
          thumb.appendChild(svg);
        });
      }
      card.appendChild(thumb);
      card.appendChild(el("div", { class: "name" }, file.path));
      if (file.error) card.appendChild(el("div", { class: "error" }, file.error));
      const counts = {};
      for (const b of file.boxes) counts[b.category] = (counts[b.category] || 0) + 1;
      const summary = Object.keys(counts).map((c) => counts[c] + " " + LABELS[c]).join(", ");
      card.appendChild(el("div", { class: "counts" }, (file.modality || "?") + " \u00b7 triage " + (file.triage ? file.triage.level : "-")
        + (summary ? " \u00b7 " + summary : "")));
      card.addEventListener("click", () => openFile(filtered.indexOf(index)));
      grid.appendChild(card);
    }
  }

  // ---- one file ----
  function openFile(position) {
    if (position < 0 || position >= filtered.length) return;
    current = position;
    const file = files[filtered[current]];
    const views = Object.keys(file.views || {}).map(Number).sort((a, b) => a - b);
    frame = views.length ? views[0] : 0;
    selected = -1;
    if (reviewable(file)) { fileState(file).reviewed = true; saveState(); }
    $("grid-view").hidden = true;
    $("detail-view").hidden = false;
    renderDetail();
  }
  function closeFile() {
    current = -1;
    setDrawing(false);
    $("detail-view").hidden = true;
    $("grid-view").hidden = false;
    renderGrid();
    renderSummary();
  }
  function renderDetail() {
    const file = files[filtered[current]];
    $("detail-title").textContent = (current + 1) + " of " + filtered.length + ": " + file.path;
    const picker = $("frame-picker");
    picker.textContent = "";
    const views = Object.keys(file.views || {}).map(Number).sort((a, b) => a - b);
    if (file.frames > 1) {
      picker.appendChild(document.createTextNode(file.frames + " frames; shown: "));
      for (const n of views) {
        const b = el("button", { "data-frame": n, "aria-pressed": String(n === frame) }, String(n));
        b.addEventListener("click", () => { frame = n; renderDetail(); });
        picker.appendChild(b);
      }
    }
    const view = $("view");
    if (file.views && file.views[frame]) { view.src = file.views[frame]; view.hidden = false; } else { view.removeAttribute("src"); view.hidden = true; }
    fitView();
    const svg = $("overlay");
    svg.setAttribute("viewBox", "0 0 " + Math.max(file.columns, 1) + " " + Math.max(file.rows, 1));
    svg.setAttribute("preserveAspectRatio", "none");
    svg.textContent = "";
    file.boxes.forEach((b, i) => {
      if (!onFrame(b.frames, frame)) return;
      const r = rect(b.box, "cat-" + b.category + (isAccepted(file, i) ? " accepted" : " rejected") + (i === selected ? " selected" : ""));
      r.setAttribute("data-box", i);
      r.addEventListener("click", (event) => { if (drawing) return; event.stopPropagation(); toggle(file, i); });
      svg.appendChild(r);
    });
    drawnBoxes(file).forEach((d, i) => {
      if (onFrame(d.frames, frame)) svg.appendChild(rect(d.box, "cat-reviewer accepted")).setAttribute("data-drawn", i);
    });
    const facts = $("file-facts");
    facts.textContent = "";
    const lines = [
      (file.modality || "?") + " \u00b7 " + file.columns + "\u00d7" + file.rows + " \u00b7 " + file.frames + " frame(s) \u00b7 " + file.status,
      file.triage ? "triage " + file.triage.level + ": " + file.triage.why.join("; ") : "",
      file.matched_rules.length ? "rules: " + file.matched_rules.join(", ") : "",
      file.error ? "error: " + file.error : "",
    ].concat(file.notes.map((n) => "note: " + n));
    for (const line of lines) if (line) facts.appendChild(el("div", {}, line));
    renderList(file);
  }
  // The view as large as the viewer allows, in the image's proportions (the boxes are in
  // image pixels, so the overlay scales with it).
  function fitView() {
    if (current < 0) return;
    const file = files[filtered[current]];
    const width = Math.max(file.columns, 1), height = Math.max(file.rows, 1);
    const stage = $("stage");
    const room = stage.parentElement.clientWidth;
    const below = window.innerHeight - Math.max(stage.getBoundingClientRect().top, 0) - 12;
    const scale = Math.max(0.05, Math.min(room / width, Math.max(below, 200) / height));
    $("view").style.width = Math.round(width * scale) + "px";
    $("view").style.height = Math.round(height * scale) + "px";
  }
  function renderList(file) {
    const list = $("box-list");
    list.textContent = "";
    file.boxes.forEach((b, i) => {
      const item = el("li", { class: "cat-" + b.category + (i === selected ? " selected" : "") });
      const label = el("label");
      const check = el("input", { type: "checkbox", class: "box-toggle", "data-box": i });
      check.checked = isAccepted(file, i);
      check.addEventListener("change", () => setAccepted(file, i, check.checked));
      label.append(check, el("span", {}, LABELS[b.category] + ": " + b.label));
      item.appendChild(label);
      const words = b.words.map((w) => (w.method === "unread" ? "(unread)" : "\u201c" + w.text + "\u201d " + Math.round(w.confidence) + "%")
        + (w.phi_match ? " [" + w.phi_match + "]" : "")).join("  ");
      item.appendChild(el("div", { class: "words" }, "[" + b.box.join(", ") + "] " + framesLabel(b.frames) + (words ? " \u00b7 " + words : "")));
      item.addEventListener("mouseenter", () => { selected = i; highlight(); });
      item.addEventListener("click", (event) => {
        if (event.target.tagName !== "INPUT" && !onFrame(b.frames, frame) && b.frames !== "all" && file.views[b.frames[0]]) { frame = b.frames[0]; renderDetail(); }
      });
      list.appendChild(item);
    });
    drawnBoxes(file).forEach((d, i) => {
      const item = el("li", { class: "cat-reviewer drawn" });
      const remove = el("button", { class: "remove-drawn", "data-drawn": i }, "remove");
      remove.addEventListener("click", () => { fileState(file).drawn.splice(i, 1); saveState(); renderDetail(); });
      item.append(el("span", {}, "drawn box [" + d.box.join(", ") + "] " + framesLabel(d.frames) + " "), remove);
      list.appendChild(item);
    });
  }
  function highlight() {
    document.querySelectorAll("#overlay rect").forEach((r) => r.classList.toggle("selected", Number(r.getAttribute("data-box")) === selected && r.hasAttribute("data-box")));
    document.querySelectorAll("#box-list li").forEach((li, i) => li.classList.toggle("selected", i === selected));
  }
  function setAccepted(file, index, value) {
    const toggles = fileState(file).toggles;
    if (value === file.boxes[index].proposed) delete toggles[index]; else toggles[index] = value;
    saveState();
    renderDetail();
  }
  function toggle(file, index) { setAccepted(file, index, !isAccepted(file, index)); }
  function setAll(value) {
    const file = files[filtered[current]];
    file.boxes.forEach((b, i) => { const t = fileState(file).toggles; if (value === b.proposed) delete t[i]; else t[i] = value; });
    saveState();
    renderDetail();
  }

  // ---- drawing ----
  function setDrawing(on) {
    drawing = on;
    $("draw").setAttribute("aria-pressed", String(on));
    $("overlay").classList.toggle("drawing", on);
  }
  function imagePoint(event) {
    const svg = $("overlay");
    const point = svg.createSVGPoint();
    point.x = event.clientX; point.y = event.clientY;
    const p = point.matrixTransform(svg.getScreenCTM().inverse());
    const file = files[filtered[current]];
    return [Math.min(Math.max(Math.round(p.x), 0), file.columns), Math.min(Math.max(Math.round(p.y), 0), file.rows)];
  }
  function setUpDrawing() {
    const svg = $("overlay");
    let start = null, ghost = null;
    svg.addEventListener("pointerdown", (event) => {
      if (!drawing || current < 0) return;
      event.preventDefault();
      start = imagePoint(event);
      ghost = rect([start[0], start[1], 1, 1], "cat-reviewer accepted");
      svg.appendChild(ghost);
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", (event) => {
      if (!start) return;
      const p = imagePoint(event);
      ghost.setAttribute("x", Math.min(start[0], p[0])); ghost.setAttribute("y", Math.min(start[1], p[1]));
      ghost.setAttribute("width", Math.max(1, Math.abs(p[0] - start[0]))); ghost.setAttribute("height", Math.max(1, Math.abs(p[1] - start[1])));
    });
    svg.addEventListener("pointerup", (event) => {
      if (!start) return;
      const p = imagePoint(event);
      const box = [Math.min(start[0], p[0]), Math.min(start[1], p[1]), Math.abs(p[0] - start[0]), Math.abs(p[1] - start[1])];
      start = null;
      const file = files[filtered[current]];
      if (box[2] >= 2 && box[3] >= 2) {
        fileState(file).drawn.push({ frames: $("draw-all-frames").checked ? "all" : [frame], box: box });
        saveState();
      }
      renderDetail();
    });
  }

  // ---- decisions ----
  function decisions() {
    const out = [];
    for (const file of files) {
      if (!reviewable(file)) continue;
      const regions = [], rejected = [];
      file.boxes.forEach((b, i) => (isAccepted(file, i) ? regions : rejected).push(b.region));
      for (const d of drawnBoxes(file)) regions.push({ frames: d.frames, box: d.box, reason: "reviewer", note: "drawn by reviewer" });
      out.push({ path: file.path, sha256: file.sha256, reviewed: !!(state[file.path] && state[file.path].reviewed), regions: regions, rejected: rejected });
    }
    return { version: 1, exported: new Date().toISOString(), command: report.command, files: out };
  }
  function exportDecisions() {
    const blob = new Blob([JSON.stringify(decisions(), null, 1)], { type: "application/json" });
    const link = el("a", { href: URL.createObjectURL(blob), download: "decisions.json" });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  function sameRegion(a, b) { return JSON.stringify([a.frames, a.box, a.reason]) === JSON.stringify([b.frames, b.box, b.reason]); }
  function importDecisions(text) {
    const data = JSON.parse(text);
    const byPath = {};
    for (const f of data.files || []) byPath[f.path] = f;
    for (const file of files) {
      const decided = byPath[file.path];
      if (!decided) continue;
      const s = { toggles: {}, drawn: [], reviewed: !!decided.reviewed };
      file.boxes.forEach((b, i) => {
        const accepted = decided.regions.some((r) => sameRegion(r, b.region));
        if (accepted !== b.proposed) s.toggles[i] = accepted;
      });
      for (const r of decided.regions) {
        if (!file.boxes.some((b) => sameRegion(r, b.region))) s.drawn.push({ frames: r.frames, box: r.box });
      }
      state[file.path] = s;
    }
    saveState();
    current >= 0 ? renderDetail() : applyFilters();
  }

  // ---- wiring ----
  setUpFilters();
  setUpDrawing();
  $("prev-page").addEventListener("click", () => { if (page > 0) { page--; renderGrid(); } });
  $("next-page").addEventListener("click", () => { if ((page + 1) * PAGE_SIZE < filtered.length) { page++; renderGrid(); } });
  $("back").addEventListener("click", closeFile);
  $("prev-file").addEventListener("click", () => openFile(current - 1));
  $("next-file").addEventListener("click", () => openFile(current + 1));
  $("draw").addEventListener("click", () => setDrawing(!drawing));
  $("accept-all").addEventListener("click", () => setAll(true));
  $("reject-all").addEventListener("click", () => setAll(false));
  $("reset-file").addEventListener("click", () => { const f = files[filtered[current]]; delete state[f.path]; saveState(); renderDetail(); });
  $("export").addEventListener("click", exportDecisions);
  $("import").addEventListener("change", (event) => {
    const chosen = event.target.files[0];
    if (chosen) chosen.text().then(importDecisions).catch((e) => alert("Not a decisions file: " + e));
  });
  window.addEventListener("resize", fitView);
  document.addEventListener("keydown", (event) => {
    if (event.target.tagName === "INPUT" || event.target.tagName === "SELECT") return;
    if (current < 0) return;
    if (event.key === "j" || event.key === "ArrowRight") openFile(current + 1);
    else if (event.key === "k" || event.key === "ArrowLeft") openFile(current - 1);
    else if (event.key === "Escape") closeFile();
    else if (event.key === "d") setDrawing(!drawing);
  });
  applyFilters();
})();
"""#
}
