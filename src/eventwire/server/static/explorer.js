// Events explorer: every filter of /api/search as a form (kept in the URL, so a view can be linked), the
// matching events newest first a page at a time, the download of all of them, and per row its evidence
// sentence with trigger, sources and targets marked, linking to the article.
"use strict";

import { QUADS, element, showError, evidence, eventLabel, getJson, link, number, outsideLink, participants, quadBadge,
         query, routes, row, table } from "./dom.js";

const PAGE = 50;
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND",
                "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"];
const MODALITIES = ["asserted", "negated", "intended", "hypothetical", "reported"];
export const FILTERS = ["q", "actor", "dyad", "country", "root", "plover", "quad", "modality", "since", "until",
                        "min_confidence", "bbox"];

export async function showEvents(section, parts, params, current) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name)]));
  const page = await getJson("/api/search", { ...filters, limit: PAGE });
  if (!current()) return;
  const body = element("tbody");
  const results = table(["date", "", "source", "event", "target", "modality", "conf.", "reports", "place"], [], "events");
  results.id = "event-table";
  results.tBodies[0].replaceWith(body);
  const summary = element("p", null, "summary");
  summary.id = "result-count";
  summary.textContent = `${number(page.total)} events match`;
  const downloads = element("p", null, "downloads");
  for (const format of ["csv", "jsonl"]) {
    const anchor = link(`download ${format.toUpperCase()}`, `/api/download?${query({ ...filters, format })}`);
    anchor.id = `download-${format}`;
    anchor.download = `eventwire-events.${format}`;
    downloads.append(anchor, " ");
  }
  downloads.append(element("span", "(every matching event, in this order)", "muted"));
  const more = element("button", "more");
  more.type = "button";
  more.id = "more";
  let next = page.next;
  more.hidden = !next;
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const following = await getJson("/api/search", { ...filters, limit: PAGE, cursor: next });
      body.append(...following.rows.flatMap(eventRows));
      next = following.next;
      more.hidden = !next;
    } catch (failure) {
      showError(failure);
    } finally {
      more.disabled = false;
    }
  });
  body.append(...page.rows.flatMap(eventRows));
  section.replaceChildren(element("h2", "Events"), form(filters), summary, downloads, results, more);
}

function eventRows(event) {
  // A row, and under it its detail (hidden until the row is clicked).
  const main = row([event.date || "?", quadBadge(event.quad_class), participants(event.sources), eventLabel(event),
                    participants(event.targets), event.modality, event.confidence?.toFixed(2) ?? "—",
                    `${event.num_mentions}/${event.num_articles}/${event.num_sources}`, event.location || ""]);
  main.className = "event";
  main.tabIndex = 0;
  main.dataset.id = event.id;
  const detail = element("tr", null, "detail");
  detail.hidden = true;
  const cell = element("td");
  cell.colSpan = 9;
  const sentence = element("p");
  sentence.append(evidence(event));
  const source = element("p", null, "muted");
  source.append(link(event.title || event.doc_id, routes.article(event.doc_id)), ` · ${event.outlet || "?"} · `,
                `${event.published || ""} · `, outsideLink(event.url || "no URL", event.url),
                ` · trigger “${event.trigger || ""}” · ${QUADS[event.quad_class]?.name || ""}, Goldstein ${event.goldstein}`);
  cell.append(sentence, source);
  detail.append(cell);
  const toggle = () => { detail.hidden = !detail.hidden; main.classList.toggle("open", !detail.hidden); };
  main.addEventListener("click", toggle);
  main.addEventListener("keydown", (key) => { if (key.key === "Enter") toggle(); });
  return [main, detail];
}

function form(filters) {
  const node = element("form", null, "filters explorer");
  node.id = "filters";
  const field = (name, label, control) => {
    control.name = name;
    control.value = filters[name] || "";
    const wrapper = element("label", label);
    wrapper.append(control);
    node.append(wrapper);
  };
  field("q", "text", Object.assign(element("input"), { type: "search", placeholder: "words in the sentence" }));
  field("actor", "actor", Object.assign(element("input"), { placeholder: "RUS, RUSGOV", size: 8 }));
  field("dyad", "dyad", Object.assign(element("input"), { placeholder: "RUS,UKR", size: 8 }));
  field("country", "where", Object.assign(element("input"), { placeholder: "ISO3", size: 4 }));
  field("root", "CAMEO root", select([["", "any"], ...Array.from({ length: 20 }, (_, i) => {
    const code = String(i + 1).padStart(2, "0");
    return [code, code];
  })]));
  field("plover", "PLOVER", select([["", "any"], ...PLOVER.map((name) => [name, name])]));
  field("quad", "quad class", select([["", "any"], ...Object.entries(QUADS).map(([n, { name }]) => [n, name])]));
  field("modality", "modality", select([["", "any"], ...MODALITIES.map((name) => [name, name])]));
  field("since", "since", Object.assign(element("input"), { type: "date" }));
  field("until", "until", Object.assign(element("input"), { type: "date" }));
  field("min_confidence", "min. confidence", Object.assign(element("input"),
                                                           { type: "number", min: "0", max: "1", step: "0.05" }));
  if (filters.bbox) field("bbox", "map box", Object.assign(element("input"), { readOnly: true, size: 14 }));
  const apply = element("button", "apply");
  const clear = link("clear", "#/events");
  node.append(apply, " ", clear);
  node.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    location.hash = routes.events(Object.fromEntries(new FormData(node)));
  });
  return node;
}

function select(options) {
  const node = element("select");
  node.append(...options.map(([value, label]) => new Option(label, value)));
  return node;
}
