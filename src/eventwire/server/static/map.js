// Map: located events on Natural Earth's country outlines (world.json, shipped with the package), grouped
// into square cells whose size follows the zoom, each circle coloured by its commonest quad class. Click a
// circle: its events below. Wheel or the buttons zoom, dragging pans.
"use strict";

import { QUADS, element, showError, evidence, eventLabel, getJson, link, number, participants, quadBadge, routes,
         svgElement, table, row } from "./dom.js";

const WORLD = { width: 360, height: 180 };  // map units are degrees: x = lon + 180, y = 90 - lat
const CELLS = [20, 10, 5, 2, 1, 0.5, 0.25];
const LISTED = 50;
let world = null;  // the outlines, fetched once

async function outlines() {
  if (!world) {
    const response = await fetch("/static/world.json");
    if (!response.ok) throw new Error(`/static/world.json: ${response.status}`);
    world = await response.json();
  }
  return world;
}

export async function showMap(section, parts, params, current) {
  const filters = Object.fromEntries(["since", "until", "quad", "actor"].map((name) => [name, params.get(name)]));
  const base = await outlines();
  if (!current()) return;
  const view = { x: 0, y: 0, width: WORLD.width, height: WORLD.height };
  const svg = svgElement("svg", { id: "map", viewBox: viewBox(view), role: "img",
                                  "aria-label": "event locations on a world map" });
  const land = svgElement("g", { class: "land", transform: `scale(${base.degrees_per_unit})` });
  for (const country of base.countries) land.append(svgElement("path", { d: country.d }, country.name));
  const points = svgElement("g", { class: "points" });
  svg.append(svgElement("rect", { class: "sea", x: 0, y: 0, width: WORLD.width, height: WORLD.height }), land,
             points);
  const listing = element("div", null, "map-events");
  const status = element("p", "", "muted");
  section.replaceChildren(element("h2", "Map"), filterForm(filters), legend(), mapControls(svg, view, redraw),
                          svg, status, listing);

  let drawn = 0;
  async function redraw() {
    const cell = cellFor(view.width);
    const mine = ++drawn;
    const data = await getJson("/api/map", { ...filters, cell });
    if (mine !== drawn || !current()) return;
    const scale = view.width / Math.max(svg.clientWidth || 1000, 1);  // degrees per screen pixel
    const located = data.cells.reduce((sum, c) => sum + c.events, 0);
    status.textContent = `${number(located)} located events in ${number(data.cells.length)} cells of ${cell}°`;
    points.replaceChildren(...data.cells.map((c) => cluster(c, scale, () => listEvents(listing, filters, c).catch(showError))));
  }
  await redraw();
}

function cellFor(widthDegrees) {
  // About 40 cells across the visible width.
  return CELLS.find((cell) => widthDegrees / cell >= 30) || CELLS[CELLS.length - 1];
}

function viewBox(view) {
  return `${view.x} ${view.y} ${view.width} ${view.height}`;
}

function cluster(cell, scale, open) {
  const quads = [1, 2, 3, 4].map((quad) => cell[`quad${quad}`]);
  const top = quads.indexOf(Math.max(...quads)) + 1;
  const radius = (4 + 3 * Math.sqrt(cell.events)) * scale;
  const circle = svgElement("circle", { class: `cluster quad${top}`, cx: cell.lon + 180, cy: 90 - cell.lat,
                                        r: radius, fill: QUADS[top].colour, "data-events": cell.events },
                            `${cell.events} events: ${quads.map((n, i) => `${n} ${QUADS[i + 1].name}`).join(", ")}`);
  circle.addEventListener("click", open);
  return circle;
}

async function listEvents(listing, filters, cell) {
  const bbox = cell.bbox.join(",");
  const page = await getJson("/api/search", { ...filters, bbox, limit: LISTED });
  const more = link(`all ${number(page.total)} in the events explorer`, routes.events({ ...filters, bbox }));
  listing.replaceChildren(element("h3", `${number(page.total)} events around ${cell.lat.toFixed(1)}°, ` +
                                        `${cell.lon.toFixed(1)}°`), more,
                          table(["date", "", "source", "event", "target", "place", "evidence"], page.rows.map((event) =>
                            row([event.date || "?", quadBadge(event.quad_class), participants(event.sources),
                                 eventLabel(event), participants(event.targets), event.location || "",
                                 articleEvidence(event)])), "events"));
  listing.scrollIntoView({ block: "nearest" });
}

function articleEvidence(event) {
  const cell = element("span");
  cell.append(evidence(event), " ", link("article", routes.article(event.doc_id)));
  return cell;
}

function legend() {
  const node = element("p", null, "legend");
  for (const [quad, { name }] of Object.entries(QUADS)) node.append(element("span", name, `key k-quad${quad}`));
  node.append(element("span", "circle area: events in the cell (commonest quad class colours it)", "muted"));
  return node;
}

function filterForm(filters) {
  const form = element("form", null, "filters");
  for (const [name, label, type] of [["actor", "actor", "text"], ["since", "since", "date"],
                                     ["until", "until", "date"]]) {
    const input = element("input");
    Object.assign(input, { name, type, value: filters[name] || "" });
    const wrapper = element("label", label);
    wrapper.append(input);
    form.append(wrapper);
  }
  const quad = element("select");
  quad.name = "quad";
  quad.append(new Option("any quad class", ""),
              ...Object.entries(QUADS).map(([n, { name }]) => new Option(name, n, false, filters.quad === n)));
  form.append(quad, element("button", "show"));
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = `#/map?${new URLSearchParams(Object.entries(values).filter(([, v]) => v))}`;
  });
  return form;
}

function mapControls(svg, view, redraw) {
  let pending = null;
  const later = () => { clearTimeout(pending); pending = setTimeout(() => redraw().catch(showError), 150); };
  function zoom(factor, cx = view.x + view.width / 2, cy = view.y + view.height / 2) {
    const width = Math.min(WORLD.width, Math.max(5, view.width * factor));
    const height = width / 2;
    view.x = clamp(cx - (cx - view.x) * (width / view.width), 0, WORLD.width - width);
    view.y = clamp(cy - (cy - view.y) * (height / view.height), 0, WORLD.height - height);
    view.width = width;
    view.height = height;
    svg.setAttribute("viewBox", viewBox(view));
    later();
  }
  svg.addEventListener("wheel", (wheel) => {
    wheel.preventDefault();
    const box = svg.getBoundingClientRect();
    zoom(wheel.deltaY > 0 ? 1.25 : 0.8, view.x + (wheel.clientX - box.left) / box.width * view.width,
         view.y + (wheel.clientY - box.top) / box.height * view.height);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (down) => { drag = { x: down.clientX, y: down.clientY }; });
  window.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (move) => {
    if (!drag || !(move.buttons & 1)) return;
    const box = svg.getBoundingClientRect();
    view.x = clamp(view.x - (move.clientX - drag.x) / box.width * view.width, 0, WORLD.width - view.width);
    view.y = clamp(view.y - (move.clientY - drag.y) / box.height * view.height, 0, WORLD.height - view.height);
    drag = { x: move.clientX, y: move.clientY };
    svg.setAttribute("viewBox", viewBox(view));
  });
  const controls = element("div", null, "map-controls");
  const zoomIn = element("button", "+");
  const zoomOut = element("button", "−");
  zoomIn.type = zoomOut.type = "button";
  zoomIn.title = "zoom in";
  zoomOut.title = "zoom out";
  zoomIn.addEventListener("click", () => zoom(0.5));
  zoomOut.addEventListener("click", () => zoom(2));
  controls.append(zoomIn, zoomOut);
  return controls;
}

function clamp(value, low, high) {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
