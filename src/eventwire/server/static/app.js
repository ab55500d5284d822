// eventwire dashboard: plain JS over the /api endpoints; no external scripts, data set via textContent only.
"use strict";

const EVENTS_SHOWN = 50;
const EVENTS_FETCHED = 2000;
const SVG = "http://www.w3.org/2000/svg";  // the SVG namespace name, not a download

async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== ""));
  const response = await fetch(`${path}?${query}`);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function svgElement(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function participants(refs) {
  return (refs || []).map((ref) => ref.code || ref.text).join(" + ") || "—";
}

function sentenceCell(row) {
  // The evidence sentence with its trigger marked where it first occurs.
  const cell = element("td", null, "sentence");
  const sentence = row.sentence_text || "";
  const at = row.trigger ? sentence.indexOf(row.trigger) : -1;
  if (at < 0) {
    cell.textContent = sentence;
    return cell;
  }
  cell.append(sentence.slice(0, at), element("mark", row.trigger, "trigger"),
              sentence.slice(at + row.trigger.length));
  return cell;
}

function eventRow(row) {
  const tr = element("tr");
  const what = element("td", `${row.plover || "STATEMENT"} / ${row.cameo}`);
  what.append(element("br"), element("span", row.trigger || ""));
  if (row.modality !== "asserted") what.append(" ", element("span", `[${row.modality}]`, "modality"));
  tr.append(element("td", row.date || "?"), element("td", participants(row.sources)), what,
            element("td", participants(row.targets)),
            element("td", `${row.num_mentions}/${row.num_articles}/${row.num_sources}`, "num"), sentenceCell(row));
  return tr;
}

function dyadRow(row) {
  const tr = element("tr");
  const quads = [1, 2, 3, 4].map((n) => row[`quad${n}`]).join("/");
  tr.append(element("td", row.source_country), element("td", row.target_country),
            element("td", row.events, "num"), element("td", quads), element("td", row.goldstein_mean, "num"),
            element("td", row.mentions, "num"), element("td", row.first_date || "?"),
            element("td", row.last_date || "?"));
  return tr;
}

function fillTable(id, rows, makeRow) {
  const body = document.querySelector(`#${id} tbody`);
  body.replaceChildren(...rows.map(makeRow));
}

function drawChart(rows) {
  // Bars: events per period (left scale). Line: mean Goldstein, -10 at the bottom to +10 at the top,
  // with a dot per period (a line through one period alone would draw nothing).
  const chart = document.getElementById("chart");
  const width = 1000, height = 240, pad = 30;
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none" });
  if (!rows.length) {
    chart.replaceChildren(element("p", "No dated events for this dyad."));
    return;
  }
  const most = Math.max(...rows.map((row) => row.events));
  const step = (width - 2 * pad) / rows.length;
  const y = (fraction) => height - pad - fraction * (height - 2 * pad);
  const points = [];
  rows.forEach((row, index) => {
    const x = pad + index * step;
    const top = y(row.events / most);
    const bar = svgElement("rect", { class: "bar", x: x + step * 0.1, y: top, width: step * 0.8, height: y(0) - top });
    bar.append(svgElement("title", {}));
    bar.firstChild.textContent = `${row.period}: ${row.events} events, Goldstein ${row.goldstein_mean.toFixed(2)}`;
    svg.append(bar);
    points.push([x + step / 2, y((row.goldstein_mean + 10) / 20)]);
  });
  svg.append(svgElement("line", { class: "axis", x1: pad, x2: width - pad, y1: y(0.5), y2: y(0.5) }),
             svgElement("polyline", { class: "line", points: points.map((point) => point.join(",")).join(" ") }),
             ...points.map(([cx, cy]) => svgElement("circle", { class: "point", cx, cy, r: 4 })));
  for (const [row, anchor, x] of [[rows[0], "start", pad], [rows[rows.length - 1], "end", width - pad]]) {
    const label = svgElement("text", { x, y: height - 8, "text-anchor": anchor });
    label.textContent = row.period;
    svg.append(label);
  }
  const scale = svgElement("text", { x: pad, y: pad - 8 });
  scale.textContent = `bars: events (max ${most}); line: mean Goldstein (-10…+10, middle line 0)`;
  svg.append(scale);
  chart.replaceChildren(svg);
}

async function showDyad() {
  const [first, second] = document.getElementById("dyad-picker").value.split(",");
  if (!first) return;
  const period = document.getElementById("period").value;
  const series = await getJson("/api/timeline", { first, second, period });
  const since = latestPeriodsStart(series.rows, EVENTS_SHOWN);
  const events = await getJson("/api/events", { dyad: `${first},${second}`, since, limit: EVENTS_FETCHED });
  document.getElementById("trend").textContent = `${first} – ${second}: ${series.trend.description}`;
  drawChart(series.rows);
  document.getElementById("events-scope").textContent = `${first} – ${second}, latest ${EVENTS_SHOWN}`;
  fillTable("events", events.slice(-EVENTS_SHOWN).reverse(), eventRow);
}

function latestPeriodsStart(rows, wanted) {
  // The API lists events oldest first: start at the period from which on the series holds enough events,
  // so the newest ones are among those fetched however long the dyad's history is.
  let total = 0;
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    total += rows[index].events;
    if (total >= wanted) return rows[index].period;
  }
  return null;
}

function fillPicker(dyads) {
  // Unordered pairs, most events first: RUS→PAK and PAK→RUS are one timeline.
  const totals = new Map();
  for (const row of dyads) {
    if (!row.source_country || !row.target_country || row.source_country === row.target_country) continue;
    const key = [row.source_country, row.target_country].sort().join(",");
    totals.set(key, (totals.get(key) || 0) + row.events);
  }
  const picker = document.getElementById("dyad-picker");
  const options = [...totals].sort((a, b) => b[1] - a[1]).map(([key, events]) => {
    const option = element("option", `${key.replace(",", " – ")} (${events})`);
    option.value = key;
    return option;
  });
  picker.replaceChildren(...options);
}

async function start() {
  try {
    const health = await getJson("/api/health");
    document.getElementById("health").textContent =
      `${health.database}: ${health.counts.documents} documents, ${health.counts.global_events} events`;
    const dyads = await getJson("/api/dyads", { limit: 500 });
    fillTable("dyads", dyads.slice(0, 50), dyadRow);
    fillPicker(dyads);
    document.getElementById("dyad-picker").addEventListener("change", showDyad);
    document.getElementById("period").addEventListener("change", showDyad);
    await showDyad();
  } catch (error) {
    document.getElementById("health").textContent = `error: ${error.message}`;
  }
}

start();
