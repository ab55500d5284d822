// Dyad view: the pair's events on a true time axis (a bar per period, as wide as the period and stacked by
// quad class; empty periods stay empty and the Goldstein line breaks across them), the trend verdict with
// its interval, and the most reported events with their evidence.
"use strict";

import { QUADS, element, evidence, eventLabel, getJson, link, number, outsideLink, participants, quadBadge,
         routes, row, svgElement, table } from "./dom.js";

const PERIODS = ["day", "week", "month", "quarter", "year"];
const CHART = { width: 1000, height: 280, left: 40, right: 40, top: 20, bottom: 30 };
const TOP_EVENTS = 10;

export async function showDyad(section, parts, params, current) {
  const [first, second] = parts;
  if (!first || !second) throw new Error("a dyad needs two codes: #/dyad/RUS/PAK");
  const period = PERIODS.includes(params.get("period")) ? params.get("period") : "month";
  const [series, top] = await Promise.all([
    getJson("/api/timeline", { first, second, period }),
    getJson("/api/search", { dyad: `${first},${second}`, order: "reports", limit: TOP_EVENTS }),
  ]);
  if (!current()) return;
  const picker = element("select");
  picker.id = "period";
  picker.append(...PERIODS.map((name) => new Option(name, name, false, name === period)));
  picker.addEventListener("change", () => { location.hash = `${routes.dyad(first, second)}?period=${picker.value}`; });
  const label = element("label", "period ");
  label.append(picker);
  const trend = element("p", `${first} – ${second}: ${series.trend.description}`, `trend ${series.trend.verdict.replace(/\W+/g, "-")}`);
  trend.id = "trend";
  section.replaceChildren(
    element("h2", `${first} – ${second}`), label, " ",
    link(`all ${number(top.total)} events in the explorer`, routes.events({ dyad: `${first},${second}` })),
    trend, chart(series.rows, period), chartLegend(),
    element("h3", "Most reported events"),
    table(["date", "", "source", "event", "target", "reports", "evidence"], top.rows.map((event) =>
      row([event.date || "?", quadBadge(event.quad_class), participants(event.sources), eventLabel(event),
           participants(event.targets), `${event.num_mentions}/${event.num_articles}/${event.num_sources}`,
           withSource(event)])), "events"));
}

function withSource(event) {
  const cell = element("span");
  cell.append(evidence(event), element("br"), link(event.title || event.doc_id, routes.article(event.doc_id)),
              " ", element("span", event.outlet || "", "muted"), " ", outsideLink("↗", event.url));
  return cell;
}

export function periodEnd(start, period) {
  // The first day after the period that starts on `start` (UTC dates).
  const end = new Date(start);
  if (period === "day") end.setUTCDate(end.getUTCDate() + 1);
  else if (period === "week") end.setUTCDate(end.getUTCDate() + 7);
  else if (period === "month") end.setUTCMonth(end.getUTCMonth() + 1);
  else if (period === "quarter") end.setUTCMonth(end.getUTCMonth() + 3);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end;
}

function chart(rows, period) {
  const holder = element("div", null, "chart");
  holder.id = "chart";
  if (!rows.length) {
    holder.append(element("p", "No dated events for this dyad.", "muted"));
    return holder;
  }
  const spans = rows.map((r) => { const start = new Date(`${r.period}T00:00:00Z`); return [start, periodEnd(start, period)]; });
  // One empty period before the first and after the last, so that a lone period is not the whole axis.
  const [first, last] = [spans[0], spans[spans.length - 1]];
  const [from, to] = [2 * first[0].getTime() - first[1].getTime(), 2 * last[1].getTime() - last[0].getTime()];
  const inner = CHART.width - CHART.left - CHART.right;
  const x = (time) => CHART.left + ((time - from) / (to - from)) * inner;
  const bottom = CHART.height - CHART.bottom;
  const tall = bottom - CHART.top;
  const most = Math.max(...rows.map((r) => r.events));
  const goldsteinY = (value) => bottom - ((value + 10) / 20) * tall;
  const svg = svgElement("svg", { viewBox: `0 0 ${CHART.width} ${CHART.height}`, role: "img",
                                  "aria-label": "events per period by quad class, and mean Goldstein" });
  svg.append(svgElement("line", { class: "axis zero", x1: CHART.left, x2: CHART.width - CHART.right,
                                  y1: goldsteinY(0), y2: goldsteinY(0) }),
             svgElement("line", { class: "axis", x1: CHART.left, x2: CHART.width - CHART.right, y1: bottom, y2: bottom }));
  rows.forEach((r, index) => {
    const [start, end] = spans[index];
    const left = x(start.getTime()), width = Math.max(1, x(end.getTime()) - left - 1);
    let top = bottom;
    const title = `${r.period}: ${r.events} events (${[1, 2, 3, 4].map((q) => r[`quad${q}`] || 0).join("/")}), ` +
                  `Goldstein ${r.goldstein_mean.toFixed(2)}`;
    const group = svgElement("g", { class: "bar", "data-period": r.period }, title);
    for (const quad of [1, 2, 3, 4]) {
      const count = r[`quad${quad}`] || 0;
      if (!count) continue;
      const height = (count / most) * tall;
      top -= height;
      group.append(svgElement("rect", { class: `quad${quad}`, x: left, y: top, width, height, fill: QUADS[quad].colour }));
    }
    svg.append(group);
  });
  // Goldstein: a line only between adjacent periods; a period without events breaks it.
  let run = [];
  const flush = () => {
    if (run.length > 1) svg.append(svgElement("polyline", { class: "line", points: run.map((p) => p.join(",")).join(" ") }));
    run = [];
  };
  rows.forEach((r, index) => {
    if (index && spans[index - 1][1].getTime() !== spans[index][0].getTime()) flush();
    const [start, end] = spans[index];
    run.push([(x(start.getTime()) + x(end.getTime())) / 2, goldsteinY(r.goldstein_mean)]);
  });
  flush();
  rows.forEach((r, index) => {
    const [start, end] = spans[index];
    svg.append(svgElement("circle", { class: "point", cx: (x(start.getTime()) + x(end.getTime())) / 2,
                                      cy: goldsteinY(r.goldstein_mean), r: 3.5 }, `${r.period}: Goldstein ${r.goldstein_mean.toFixed(2)}`));
  });
  for (const tick of yearTicks(from, to)) {
    const at = x(tick.getTime());
    svg.append(svgElement("line", { class: "tick", x1: at, x2: at, y1: bottom, y2: bottom + 5 }));
    const label = svgElement("text", { class: "tick-label", x: at, y: CHART.height - 8, "text-anchor": "middle" });
    label.textContent = String(tick.getUTCFullYear());
    svg.append(label);
  }
  for (const [value, text] of [[10, "+10"], [0, "0"], [-10, "−10"]]) {
    const label = svgElement("text", { class: "scale", x: CHART.width - CHART.right + 4, y: goldsteinY(value) + 4 });
    label.textContent = text;
    svg.append(label);
  }
  const scale = svgElement("text", { class: "scale", x: CHART.left, y: CHART.top - 6 });
  scale.textContent = `bars: events per ${period} (max ${most}); line: mean Goldstein (right scale)`;
  svg.append(scale);
  holder.append(svg);
  return holder;
}

function yearTicks(from, to) {
  // January 1sts inside the range (the first day itself when the range is under a year).
  const ticks = [];
  for (let year = new Date(from).getUTCFullYear(); ; year += 1) {
    const tick = new Date(Date.UTC(year, 0, 1));
    if (tick.getTime() > to) break;
    if (tick.getTime() >= from) ticks.push(tick);
  }
  return ticks.length ? ticks : [new Date(from)];
}

function chartLegend() {
  const node = element("p", null, "legend");
  for (const [quad, { name }] of Object.entries(QUADS)) node.append(element("span", name, `key k-quad${quad}`));
  node.append(element("span", "line: mean Goldstein, broken where a period has no events", "line-key"));
  return node;
}
