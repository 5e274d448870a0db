// bglab classroom. Plays back what the server sends; it never simulates anything itself.
"use strict";

const $ = (id) => document.getElementById(id);
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
const fmt = new Intl.NumberFormat("en-US");
const count = (v) => (v === null || v === undefined ? "–" : fmt.format(v));
const seconds = (v) => (v === null || v === undefined ? "–" : v.toFixed(3) + " s");
const SVG = "http://www.w3.org/2000/svg";

// ---------------------------------------------------------------- tabs (keyboard: arrows, Home, End)
const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
function selectTab(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", on ? "true" : "false");
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
  tab.focus();
  if (tab.id === "tab-quiz") loadQuiz();
}
tabs.forEach((tab, i) => {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (e) => {
    let next = null;
    if (e.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
    if (e.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
    if (e.key === "Home") next = tabs[0];
    if (e.key === "End") next = tabs[tabs.length - 1];
    if (next) { e.preventDefault(); selectTab(next); }
  });
});

function setStatus(id, text, isError) {
  const el = $(id);
  el.textContent = text;
  el.classList.toggle("error", !!isError);
}

// A 400 answer names the field: mark that input and say what it accepts.
function showBadInput(statusId, body, formId) {
  document.querySelectorAll("#" + formId + " [aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  const input = body.field ? document.querySelector("#" + formId + ' [name="' + body.field + '"]') : null;
  if (input) { input.setAttribute("aria-invalid", "true"); input.focus(); }
  setStatus(statusId, body.error + (body.field ? " (" + body.field + ": " + body.accepts + ")" : ""), true);
}

// ---------------------------------------------------------------- info
let info = null;
fetch("api/info").then((r) => r.json()).then((body) => {
  info = body;
  const select = $("strategy");
  for (const name of body.strategies) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = name + (body.courseStrategies.includes(name) ? " (course)" : "");
    select.appendChild(option);
  }
  select.value = "per-user";
});

// ---------------------------------------------------------------- Switch: receiving
const run = {
  source: null, frames: [], events: [], report: null, start: null,
  simTime: 0, playing: !reducedMotion, shown: -1, done: false, lastTick: 0,
};

function switchQuery() {
  const form = new FormData($("switch-form"));
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) params.set(k, String(v).trim());
  return params;
}

$("switch-form").addEventListener("submit", (e) => {
  e.preventDefault();
  startRun();
});

async function startRun() {
  if (run.source) run.source.close();
  Object.assign(run, { source: null, frames: [], events: [], report: null, start: null,
    simTime: 0, shown: -1, done: false, playing: !reducedMotion });
  document.querySelectorAll("#switch-form [aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  $("report").textContent = "(running)";
  $("events").textContent = "";
  $("frame-count").textContent = "0";
  $("clock-end").textContent = "–";
  $("report-command").textContent = "";
  drawTimeline();
  render(true);
  const params = switchQuery();
  setStatus("switch-status", "Starting the run on the server…");
  const source = new EventSource("api/switch?" + params.toString());
  run.source = source;
  source.addEventListener("start", (e) => {
    run.start = JSON.parse(e.data);
    $("report-command").textContent = "Same as: " + run.start.command;
    const users = run.start.users, size = run.start.sampleSize;
    $("sample-note").textContent = size >= users
      ? "Each cell is one user (all " + count(users) + ")."
      : "Each cell is one user of every " + count(Math.round(users / size)) + " (users 0, "
        + count(Math.floor(users / size)) + ", " + count(Math.floor(2 * users / size)) + ", …): "
        + count(size) + " of " + count(users) + " users shown, as their proxy node sees them.";
    setStatus("switch-status", "Running " + run.start.label + " with " + count(users) + " users"
      + (run.start.rateLowered ? " (request rate lowered to " + count(Math.round(run.start.rps)) + "/s to fit the cap on requests)" : "")
      + "; frames arrive as the server simulates.");
    enablePlayer(true);
  });
  source.addEventListener("frame", (e) => { run.frames.push(JSON.parse(e.data)); $("frame-count").textContent = run.frames.length; });
  source.addEventListener("event", (e) => { run.events.push(JSON.parse(e.data)); drawTimeline(); });
  source.addEventListener("report", (e) => {
    run.report = JSON.parse(e.data);
    run.done = true;
    source.close();
    $("report").textContent = JSON.stringify(run.report, null, 2);
    $("clock-end").textContent = seconds(endTime());
    setStatus("switch-status", "Run complete: " + run.frames.length + " frames received. Playing back on the simulated clock.");
    drawTimeline();
  });
  source.addEventListener("failed", (e) => {
    const body = JSON.parse(e.data);
    run.done = true;
    source.close();
    setStatus("switch-status", "The run failed: " + body.error, true);
    $("report").textContent = "(the run failed: " + body.error + ")";
  });
  source.onerror = () => explainFailure(source, params, "api/switch", "switch-status", "switch-form", () => run.done, () => { run.done = true; });
}

// EventSource hides the status of a refused stream: ask with HEAD (which runs nothing) whether
// the parameters were the problem, and fetch the one-line 400 answer if they were.
async function explainFailure(source, params, path, statusId, formId, isDone, markDone) {
  if (isDone()) return;
  source.close();
  markDone();
  const url = path + "?" + params.toString();
  const head = await fetch(url, { method: "HEAD" }).catch(() => null);
  if (head && head.status === 400) {
    const body = await (await fetch(url)).json().catch(() => null);
    if (body) { showBadInput(statusId, body, formId); return; }
  }
  setStatus(statusId, head ? "The server refused the stream: at most " + (info ? info.caps.runsAtOnce : 2)
    + " runs go on at once; try again in a moment." : "The connection to the server was lost.", true);
}

function enablePlayer(on) {
  $("play").disabled = !on;
  $("step").disabled = !on;
  $("play").textContent = run.playing ? "Pause" : "Play";
}

function endTime() {
  const last = run.frames[run.frames.length - 1];
  return last ? last.t : 0;
}

// ---------------------------------------------------------------- Switch: playback on the simulated clock
function speed() {
  const value = $("speed").value;
  if (value === "fit10") return Math.max(endTime(), 1e-6) / 10;
  if (value === "fit30") return Math.max(endTime(), 1e-6) / 30;
  return Number(value);
}

$("play").addEventListener("click", () => {
  if (!run.playing && run.shown >= run.frames.length - 1 && run.done) { run.simTime = 0; run.shown = -1; }
  run.playing = !run.playing;
  $("play").textContent = run.playing ? "Pause" : "Play";
});
$("step").addEventListener("click", () => {
  run.playing = false;
  $("play").textContent = "Play";
  const next = Math.min(run.shown + 1, run.frames.length - 1);
  if (next >= 0) { run.simTime = run.frames[next].t; render(); }
});

function tick(now) {
  const dt = run.lastTick ? Math.min((now - run.lastTick) / 1000, 0.25) : 0;
  run.lastTick = now;
  if (run.playing && run.frames.length > 0) {
    run.simTime = Math.min(run.simTime + dt * speed(), endTime());
    render();
    if (run.done && run.shown === run.frames.length - 1 && run.simTime >= endTime()) {
      run.playing = false;
      $("play").textContent = "Play";
    }
  }
  requestAnimationFrame(tick);
}
requestAnimationFrame(tick);

// The frame on show: the last one at or before the simulated time.
function frameAt(time) {
  let lo = 0, hi = run.frames.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (run.frames[mid].t <= time) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function render(force) {
  const index = frameAt(run.simTime);
  $("clock").textContent = seconds(run.simTime);
  if (index === run.shown && !force) return;
  run.shown = index;
  $("frame-no").textContent = index + 1;
  const f = run.frames[index];
  const prev = index > 0 ? run.frames[index - 1] : null;
  const c = (id, v) => { $(id).textContent = count(v); };
  c("c-entries", f ? f.entriesWritten : 0);
  c("c-calls", f ? f.updateCalls : 0);
  c("c-pointers", f ? f.pointerWrites : 0);
  c("c-reads", f ? f.routingReads : 0);
  c("c-green-users", f ? f.usersOnGreen : 0);
  c("c-sent", f ? f.sent : 0);
  c("c-blue", f ? f.servedByBlue : 0);
  c("c-green", f ? f.servedByGreen : 0);
  c("c-failed", f ? f.failed : 0);
  const blue = f ? f.servedByBlue - (prev ? prev.servedByBlue : 0) : 0;
  const green = f ? f.servedByGreen - (prev ? prev.servedByGreen : 0) : 0;
  const failed = f ? f.failed - (prev ? prev.failed : 0) : 0;
  const total = Math.max(blue + green + failed, 1);
  $("flow-blue").style.width = (100 * blue / total) + "%";
  $("flow-green").style.width = (100 * green / total) + "%";
  $("flow-failed").style.width = (100 * failed / total) + "%";
  $("flow-text").textContent = "blue " + count(blue) + " · green " + count(green) + " · failed " + count(failed)
    + (f && prev ? " (from " + seconds(prev.t) + " to " + seconds(f.t) + ")" : "");
  const mixedBox = $("mixed-box");
  mixedBox.classList.toggle("open", !!(f && f.mixed));
  $("mixed-state").textContent = !f ? "not opened" : f.mixed ? "OPEN now" : f.mixedSeconds > 0 ? "closed" : "not opened";
  $("mixed-time").textContent = seconds(f ? f.mixedSeconds : 0);
  $("phase").textContent = f ? f.phase : "–";
  const nodes = f ? f.nodes : "";
  const tally = (ch) => nodes.split(ch).length - 1;
  $("nodes-text").textContent = nodes.length === 0 ? "central router: no proxy nodes"
    : count(nodes.length) + " proxy nodes: " + tally("G") + " all green, " + tally("B") + " all blue, " + tally("M") + " mixed";
  drawUsers(f);
  markTimeline();
}

// ---------------------------------------------------------------- users grid (fixed size, whatever n)
const grid = $("users-grid");
const gridContext = grid.getContext("2d");
const stripes = (() => {
  const tile = document.createElement("canvas");
  tile.width = 6; tile.height = 6;
  const t = tile.getContext("2d");
  t.fillStyle = "#7fd3a2"; t.fillRect(0, 0, 6, 6);
  t.strokeStyle = "#1b8a4a"; t.lineWidth = 3;
  t.beginPath(); t.moveTo(-1, 7); t.lineTo(7, -1); t.stroke();
  return gridContext.createPattern(tile, "repeat");
})();

function drawUsers(frame) {
  const sample = frame ? frame.sample : "";
  const cells = Math.max(sample.length, 1);
  const columns = Math.ceil(Math.sqrt(cells * grid.width / grid.height));
  const rows = Math.ceil(cells / columns);
  const w = grid.width / columns, h = grid.height / rows;
  gridContext.clearRect(0, 0, grid.width, grid.height);
  for (let i = 0; i < sample.length; i++) {
    gridContext.fillStyle = sample.charCodeAt(i) === 49 ? stripes : "#1f5fbf";
    gridContext.fillRect((i % columns) * w, Math.floor(i / columns) * h, Math.max(w - 1, 1), Math.max(h - 1, 1));
  }
}

// ---------------------------------------------------------------- timeline of events
function drawTimeline() {
  const svg = $("timeline");
  svg.textContent = "";
  const end = Math.max(run.done ? endTime() : Math.max(endTime(), ...run.events.map((e) => e.t), 0), 1e-9);
  const x = (t) => 10 + 980 * (t / end);
  line(svg, 10, 28, 990, 28, "axis");
  const list = $("events");
  list.textContent = "";
  run.events.forEach((event, i) => {
    const mark = document.createElementNS(SVG, "g");
    const px = x(event.t);
    const shape = document.createElementNS(SVG, "path");
    const alarm = event.kind === "alarm" || event.kind.startsWith("rollback");
    shape.setAttribute("d", alarm
      ? `M${px} 16 L${px + 7} 28 L${px} 40 L${px - 7} 28 Z`
      : `M${px - 5} 23 h10 v10 h-10 Z`);
    shape.setAttribute("fill", alarm ? "#b3261e" : "#1c1c1c");
    mark.appendChild(shape);
    const label = document.createElementNS(SVG, "text");
    label.setAttribute("x", Math.min(Math.max(px, 20), 900));
    label.setAttribute("y", i % 2 === 0 ? 12 : 53);
    label.textContent = String(i + 1);
    mark.appendChild(label);
    svg.appendChild(mark);
    const item = document.createElement("li");
    item.textContent = seconds(event.t) + " — " + event.text;
    item.dataset.t = event.t;
    list.appendChild(item);
  });
  const head = document.createElementNS(SVG, "line");
  head.id = "playhead";
  head.setAttribute("y1", 2); head.setAttribute("y2", 54);
  head.setAttribute("stroke", "#b35c00"); head.setAttribute("stroke-width", 3);
  svg.appendChild(head);
  markTimeline();
}

function markTimeline() {
  const end = Math.max(endTime(), 1e-9);
  const head = $("playhead");
  if (head) {
    const px = 10 + 980 * Math.min(run.simTime / end, 1);
    head.setAttribute("x1", px); head.setAttribute("x2", px);
  }
  for (const item of $("events").children) {
    const past = Number(item.dataset.t) <= run.simTime;
    item.className = past ? "past" : "future";
  }
}

function line(svg, x1, y1, x2, y2, cls) {
  const l = document.createElementNS(SVG, "line");
  l.setAttribute("x1", x1); l.setAttribute("y1", y1); l.setAttribute("x2", x2); l.setAttribute("y2", y2);
  if (cls) l.setAttribute("class", cls);
  svg.appendChild(l);
  return l;
}

function text(svg, x, y, content, anchor) {
  const t = document.createElementNS(SVG, "text");
  t.setAttribute("x", x); t.setAttribute("y", y);
  if (anchor) t.setAttribute("text-anchor", anchor);
  t.textContent = content;
  svg.appendChild(t);
  return t;
}

// Each series keeps one look everywhere: colour (never blue or green), dash pattern and marker.
const LOOKS = [
  { colour: "#d55e00", dash: "", marker: "circle" },
  { colour: "#8a3ffc", dash: "8 4", marker: "square" },
  { colour: "#1c1c1c", dash: "2 3", marker: "diamond" },
  { colour: "#e69f00", dash: "12 3 2 3", marker: "triangle" },
  { colour: "#9e7700", dash: "4 4", marker: "down" },
  { colour: "#cc79a7", dash: "1 2", marker: "circle" },
];
function marker(svg, kind, x, y, colour) {
  const p = document.createElementNS(SVG, "path");
  const s = 4.5;
  const d = {
    circle: `M${x - s} ${y} a${s} ${s} 0 1 0 ${2 * s} 0 a${s} ${s} 0 1 0 ${-2 * s} 0`,
    square: `M${x - s} ${y - s} h${2 * s} v${2 * s} h${-2 * s} Z`,
    diamond: `M${x} ${y - s - 1} L${x + s + 1} ${y} L${x} ${y + s + 1} L${x - s - 1} ${y} Z`,
    triangle: `M${x} ${y - s - 1} L${x + s + 1} ${y + s} L${x - s - 1} ${y + s} Z`,
    down: `M${x} ${y + s + 1} L${x + s + 1} ${y - s} L${x - s - 1} ${y - s} Z`,
  }[kind];
  p.setAttribute("d", d);
  p.setAttribute("fill", colour);
  svg.appendChild(p);
}
function legendItem(list, look, label) {
  const item = document.createElement("li");
  const icon = document.createElementNS(SVG, "svg");
  icon.setAttribute("width", 40); icon.setAttribute("height", 14);
  const l = line(icon, 2, 7, 38, 7);
  l.setAttribute("stroke", look.colour); l.setAttribute("stroke-width", 2.5);
  if (look.dash) l.setAttribute("stroke-dasharray", look.dash);
  marker(icon, look.marker, 20, 7, look.colour);
  item.appendChild(icon);
  item.appendChild(document.createTextNode(" " + label));
  list.appendChild(item);
}

// ---------------------------------------------------------------- Compare
$("compare-run").addEventListener("click", async () => {
  const params = switchQuery();
  params.delete("strategy");
  setStatus("compare-status", "Running every strategy on the server…");
  $("compare-run").disabled = true;
  try {
    const answer = await fetch("api/compare?" + params.toString());
    const body = await answer.json();
    if (answer.status === 400) { selectTab($("tab-switch")); showBadInput("switch-status", body, "switch-form"); setStatus("compare-status", body.error, true); return; }
    if (!answer.ok) { setStatus("compare-status", body.error, true); return; }
    $("compare-table").textContent = body.table;
    $("compare-command").textContent = "The output of: " + body.command;
    drawCompare(body.timelines);
    setStatus("compare-status", "Done: " + body.timelines.length + " strategies, the same inputs for each.");
  } finally {
    $("compare-run").disabled = false;
  }
});

let lastTimelines = null;
$("compare-log").addEventListener("change", () => { if (lastTimelines) drawCompare(lastTimelines); });

function drawCompare(timelines) {
  lastTimelines = timelines;
  const svg = $("compare-chart");
  svg.textContent = "";
  const legend = $("compare-legend");
  legend.textContent = "";
  const left = 60, right = 880, top = 15, bottom = 280;
  const times = timelines.flatMap((s) => s.points.map((p) => p[0]));
  const end = Math.max(1e-9, ...times);
  // a log axis spreads the fast strategies out when a slow one runs far longer; it starts at the
  // earliest point after 0, and a point at 0 is drawn there
  const logAxis = $("compare-log").checked;
  const start = Math.min(end / 10, ...times.filter((t) => t > 0));
  const x = logAxis
    ? (t) => left + (right - left) * Math.log10(Math.max(t, start) / start) / Math.log10(end / start)
    : (t) => left + (right - left) * t / end;
  const y = (share) => bottom - (bottom - top) * share;
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    line(svg, left, y(share), right, y(share), "gridline");
    text(svg, left - 6, y(share) + 4, Math.round(share * 100) + "%", "end");
  }
  line(svg, left, bottom, right, bottom, "axis");
  line(svg, left, top, left, bottom, "axis");
  const seconds = (t) => (t < 0.01 ? t.toPrecision(2) : t.toFixed(t < 10 ? 2 : 0)) + " s";
  const ticks = logAxis ? [start, Math.sqrt(start * end), end] : [0, end / 2, end];
  for (const t of ticks) text(svg, x(t), bottom + 18, seconds(t), "middle");
  text(svg, (left + right) / 2, bottom + 36, "simulated time" + (logAxis ? " (log scale)" : ""), "middle");
  timelines.forEach((series, i) => {
    const look = LOOKS[i % LOOKS.length];
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", series.points.map((p, j) => (j ? "L" : "M") + x(p[0]).toFixed(1) + " " + y(p[1]).toFixed(1)).join(" "));
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", look.colour);
    path.setAttribute("stroke-width", 2.5);
    if (look.dash) path.setAttribute("stroke-dasharray", look.dash);
    svg.appendChild(path);
    const lastPoint = series.points[series.points.length - 1];
    if (lastPoint) marker(svg, look.marker, x(lastPoint[0]), y(lastPoint[1]), look.colour);
    legendItem(legend, look, series.strategy);
  });
}

// ---------------------------------------------------------------- Growth
const growth = { source: null, plan: null, points: {}, fits: {} };

function metric() { return document.querySelector('input[name="metric"]:checked').value; }
document.querySelectorAll('input[name="metric"]').forEach((r) => r.addEventListener("change", () => { drawGrowth(); updateDownloads(); }));

function growthQuery() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($("growth-form")).entries()) params.set(k, String(v).trim());
  return params;
}
function updateDownloads() {
  for (const kind of ["csv", "fits", "png", "svg"]) {
    const params = growthQuery();
    params.set("metric", metric());
    params.set("file", kind);
    const link = $("dl-" + kind);
    link.href = "api/chart?" + params.toString();
    link.setAttribute("download", "");
  }
}
document.querySelectorAll("#growth-form input").forEach((i) => i.addEventListener("input", updateDownloads));
updateDownloads();

$("growth-form").addEventListener("submit", (e) => {
  e.preventDefault();
  if (growth.source) growth.source.close();
  Object.assign(growth, { plan: null, points: {}, fits: {} });
  document.querySelectorAll("#growth-form [aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  const params = growthQuery();
  setStatus("growth-status", "Starting the sweep…");
  const source = new EventSource("api/growth?" + params.toString());
  growth.source = source;
  let finished = false;
  source.addEventListener("plan", (ev) => {
    growth.plan = JSON.parse(ev.data);
    for (const s of growth.plan.series) growth.points[s] = [];
    drawGrowth();
  });
  source.addEventListener("point", (ev) => {
    const p = JSON.parse(ev.data);
    growth.points[p.series].push(p);
    setStatus("growth-status", "Measured " + p.series + " at n = " + count(p.n) + " (" + Math.round(100 * p.done / p.total) + "% of the work).");
    drawGrowth();
  });
  source.addEventListener("fit", (ev) => { const f = JSON.parse(ev.data); growth.fits[f.series] = f.fits; drawGrowth(); });
  source.addEventListener("done", () => { finished = true; source.close(); setStatus("growth-status", "Sweep complete: every point measured by running the switch."); });
  source.addEventListener("failed", (ev) => { finished = true; source.close(); setStatus("growth-status", "The sweep failed: " + JSON.parse(ev.data).error, true); });
  source.onerror = () => explainFailure(source, params, "api/growth", "growth-status", "growth-form", () => finished, () => { finished = true; });
});

function drawGrowth() {
  const svg = $("growth-chart");
  svg.textContent = "";
  const legend = $("growth-legend");
  legend.textContent = "";
  if (!growth.plan) return;
  const m = metric();
  const left = 80, right = 880, top = 15, bottom = 370;
  const sizes = growth.plan.sizes;
  const values = Object.values(growth.points).flat().map((p) => p.values[m]).filter((v) => v > 0);
  const lx0 = Math.log10(sizes[0]), lx1 = Math.max(Math.log10(sizes[sizes.length - 1]), lx0 + 1);
  const ly0 = Math.floor(Math.log10(values.length ? Math.min(...values) : 1));
  const ly1 = Math.max(Math.ceil(Math.log10(values.length ? Math.max(...values) : 10)), ly0 + 1);
  const x = (n) => left + (right - left) * (Math.log10(n) - lx0) / (lx1 - lx0);
  const y = (v) => bottom - (bottom - top) * (Math.log10(v) - ly0) / (ly1 - ly0);
  for (let d = Math.ceil(lx0); d <= Math.floor(lx1); d++) { line(svg, x(10 ** d), top, x(10 ** d), bottom, "gridline"); text(svg, x(10 ** d), bottom + 18, "1e" + d, "middle"); }
  for (let d = ly0; d <= ly1; d++) { line(svg, left, y(10 ** d), right, y(10 ** d), "gridline"); text(svg, left - 6, y(10 ** d) + 4, "1e" + d, "end"); }
  line(svg, left, bottom, right, bottom, "axis");
  line(svg, left, top, left, bottom, "axis");
  text(svg, (left + right) / 2, bottom + 40, "n (users), log scale", "middle");
  const unit = { operations: "operations", calls: "update calls", writes: "entries written", memory: "bytes", time: "seconds (simulated)" }[m];
  const yLabel = text(svg, 18, (top + bottom) / 2, unit + ", log scale", "middle");
  yLabel.setAttribute("transform", `rotate(-90 18 ${(top + bottom) / 2})`);
  growth.plan.series.forEach((name, i) => {
    const look = LOOKS[i % LOOKS.length];
    const points = growth.points[name].filter((p) => p.values[m] > 0);
    if (points.length) {
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("d", points.map((p, j) => (j ? "L" : "M") + x(p.n).toFixed(1) + " " + y(p.values[m]).toFixed(1)).join(" "));
      path.setAttribute("fill", "none"); path.setAttribute("stroke", look.colour); path.setAttribute("stroke-width", 2.5);
      if (look.dash) path.setAttribute("stroke-dasharray", look.dash);
      svg.appendChild(path);
      for (const p of points) marker(svg, look.marker, x(p.n), y(p.values[m]), look.colour);
    }
    const fit = growth.fits[name] && growth.fits[name][m];
    const zeros = growth.points[name].length - points.length;
    let label = name;
    if (fit) label += " — " + fit["class"] + ", error " + (100 * fit.error).toFixed(1) + "%" + (fit.unsure ? " (unsure)" : "");
    else label += growth.points[name].length ? " — fitting when the series is complete" : " — waiting";
    if (zeros && !points.length) label += " (all 0: left out of the picture)";
    legendItem(legend, look, label);
  });
}

// ---------------------------------------------------------------- Quiz
let quizLoaded = false;
async function loadQuiz() {
  if (quizLoaded) return;
  quizLoaded = true;
  const body = await (await fetch("api/quiz")).json();
  const root = $("quiz");
  body.questions.forEach((q, qi) => {
    const box = document.createElement("article");
    box.className = "question";
    box.id = "q-" + q.id;
    const h = document.createElement("h2");
    h.textContent = (qi + 1) + ". " + q.title;
    box.appendChild(h);
    const prompt = document.createElement("p");
    prompt.textContent = q.prompt;
    box.appendChild(prompt);
    if (q.code) { const pre = document.createElement("pre"); pre.textContent = q.code; box.appendChild(pre); }
    const set = document.createElement("fieldset");
    const legendEl = document.createElement("legend");
    legendEl.className = "note";
    legendEl.textContent = "Choose one answer";
    set.appendChild(legendEl);
    for (const c of q.choices) {
      const label = document.createElement("label");
      const radio = document.createElement("input");
      radio.type = "radio"; radio.name = "answer-" + q.id; radio.value = c.letter;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + c.letter + ") " + c.text));
      set.appendChild(label);
    }
    box.appendChild(set);
    const check = document.createElement("button");
    check.type = "button"; check.textContent = "Check my answer";
    const proofButton = document.createElement("button");
    proofButton.type = "button"; proofButton.textContent = "Show the proof";
    box.appendChild(check);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(proofButton);
    const feedback = document.createElement("div");
    feedback.setAttribute("aria-live", "polite");
    box.appendChild(feedback);
    const proof = document.createElement("div");
    proof.setAttribute("aria-live", "polite");
    proof.className = "proof";
    box.appendChild(proof);
    check.addEventListener("click", () => {
      const chosen = box.querySelector("input:checked");
      feedback.textContent = "";
      const verdict = document.createElement("p");
      verdict.textContent = !chosen ? "Choose an answer first; the explanation of every option is below."
        : chosen.value === q.key ? "Right: " + q.key + "." : "Not quite: you chose " + chosen.value + ", the answer is " + q.key + ".";
      feedback.appendChild(verdict);
      const list = document.createElement("ul");
      list.className = "feedback";
      for (const c of q.choices) {
        const item = document.createElement("li");
        item.className = c.letter === q.key ? "right" : "wrong";
        item.textContent = c.letter + ") " + c.explanation;
        list.appendChild(item);
      }
      feedback.appendChild(list);
    });
    proofButton.addEventListener("click", async () => {
      proof.textContent = "Running the check (a simulated cluster, or a JVM of its own for code)…";
      proofButton.disabled = true;
      try {
        const answer = await fetch("api/proof?id=" + encodeURIComponent(q.id));
        const result = await answer.json();
        if (!answer.ok) { proof.textContent = result.error; return; }
        proof.textContent = (result.passed ? "PASS: the key " + result.key + " meets the condition and no other option does." : "FAIL: " + (result.error || "the key is not proved")) + "\n";
        if (result.observation) proof.textContent += result.observation + "\n";
        for (const o of result.options) proof.textContent += o.letter + ") " + (o.meetsCondition ? "meets the condition: " : "does not: ") + o.evidence + "\n";
      } finally {
        proofButton.disabled = false;
      }
    });
    root.appendChild(box);
  });
}
