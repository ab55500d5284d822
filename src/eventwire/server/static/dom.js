// Shared helpers of the dashboard's views: fetching the API, building elements (text only through
// textContent, so stored article text can never become markup), and the marks of an evidence sentence.
"use strict";

export const SVG = "http://www.w3.org/2000/svg";  // the SVG namespace name, not a download
export const QUADS = {
  1: { name: "verbal cooperation", colour: "#2e7d32" },
  2: { name: "material cooperation", colour: "#8bc34a" },
  3: { name: "verbal conflict", colour: "#f57c00" },
  4: { name: "material conflict", colour: "#c62828" },
};

export function query(params) {
  return new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ""));
}

export async function getJson(path, params = {}) {
  const response = await fetch(`${path}?${query(params)}`);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export function showError(failure) {
  // For work a click or a zoom starts after the view has drawn (the router reports the rest).
  const holder = document.getElementById("error");
  holder.textContent = `error: ${failure.message}`;
  holder.hidden = false;
}

export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

export function svgElement(tag, attributes = {}, title) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (title) node.append(svgTitle(title));
  return node;
}

function svgTitle(text) {
  const node = document.createElementNS(SVG, "title");
  node.textContent = text;
  return node;
}

export function link(text, hash, className) {
  const anchor = element("a", text, className);
  anchor.href = hash;
  return anchor;
}

export function outsideLink(text, url) {
  // The article's own page: opened only when the user clicks it, with no referrer.
  const anchor = element("a", text);
  if (/^https?:\/\//i.test(url || "")) {
    anchor.href = url;
    anchor.rel = "noopener noreferrer";
    anchor.target = "_blank";
  }
  return anchor;
}

export const routes = {
  dyad: (a, b) => `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`,
  events: (filters) => `#/events?${query(filters)}`,
  article: (docId) => `#/article/${encodeURIComponent(docId)}`,
};

export function participants(refs) {
  return (refs || []).map((ref) => ref.code || ref.text).join(" + ") || "—";
}

export function eventLabel(row) {
  return `${row.plover || "STATEMENT"} ${row.cameo}`;
}

export function quadBadge(quad) {
  const badge = element("span", quad ? `Q${quad}` : "?", `quad quad${quad}`);
  badge.title = QUADS[quad]?.name || "no quad class";
  return badge;
}

export function evidence(row) {
  // The evidence sentence with its trigger, sources and targets marked (`marks`: spans in the sentence).
  const sentence = row.sentence_text || "";
  const holder = element("span", null, "evidence");
  let at = 0;
  const marks = [...(row.marks || [])].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mark of marks) {
    if (mark.start < at || mark.end > sentence.length || mark.end <= mark.start) continue;  // overlaps one shown
    holder.append(sentence.slice(at, mark.start),
                  element("mark", sentence.slice(mark.start, mark.end), `m-${mark.role}`));
    at = mark.end;
  }
  holder.append(sentence.slice(at));
  return holder;
}

export function table(headings, rows, className) {
  const node = element("table", null, className);
  const head = element("tr");
  head.append(...headings.map((heading) => element("th", heading)));
  node.append(element("thead"), element("tbody"));
  node.tHead.append(head);
  node.tBodies[0].append(...rows);
  return node;
}

export function row(cells) {
  const tr = element("tr");
  tr.append(...cells.map((cell) => (cell instanceof Node ? wrap("td", cell) : element("td", cell))));
  return tr;
}

function wrap(tag, child) {
  const node = element(tag);
  node.append(child);
  return node;
}

export function number(value) {
  return typeof value === "number" ? value.toLocaleString("en") : String(value ?? "—");
}

export function signed(value) {
  return value > 0 ? `+${value}` : String(value);
}
