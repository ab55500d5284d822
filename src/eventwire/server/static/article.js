// Article view: the stored text with actors, event triggers, quotes and places marked inline, the event
// list beside it, and the article's metadata. Marks may overlap (an actor inside a quote): the text is cut
// at every mark's ends and each piece carries the classes of all marks over it.
"use strict";

import { element, eventLabel, getJson, link, number, outsideLink, participants, quadBadge, routes,
         table, row } from "./dom.js";

export async function showArticle(section, parts, params, current) {
  const docId = parts.join("/");
  const path = docId.split("/").map(encodeURIComponent).join("/");
  const doc = await getJson(`/api/documents/${path}`);
  if (!current()) return;
  const meta = table(["", ""], [
    row(["outlet", doc.source || "—"]), row(["published", doc.published || "—"]),
    row(["URL", outsideLink(doc.url || "—", doc.url)]), row(["id", doc.doc_id]),
    row(["tone", doc.tone?.score?.toFixed?.(2) ?? "—"]), row(["ingested", doc.ingested_at || "—"]),
    row(["counts", `${doc.actors.length} actors, ${doc.events.length} event mentions, ${doc.quotes.length} quotes, ` +
                   `${doc.places.length} places`]),
  ], "meta");
  const text = element("div", null, "article-text");
  text.id = "article-text";
  text.append(...markedText(doc));
  const events = element("ol", null, "article-events");
  events.id = "article-events";
  for (const event of doc.events) {
    const item = element("li");
    item.dataset.event = event.id;
    item.append(quadBadge(event.quad_class), " ", element("strong", event.trigger || "?"), " ",
                element("span", eventLabel(event), "code"), element("br"),
                `${participants(event.sources)} → ${participants(event.targets)}`,
                element("span", ` ${event.date || ""} ${event.modality !== "asserted" ? `[${event.modality}]` : ""}`, "muted"));
    item.addEventListener("click", () => flash(text.querySelector(`[data-event="${CSS.escape(event.id)}"]`)));
    events.append(item);
  }
  const side = element("aside");
  side.append(element("h3", "Events"), events, element("h3", "Actors"), actorList(doc.actors));
  const layout = element("div", null, "article");
  const main = element("div");
  main.append(meta, legend(), text);
  layout.append(main, side);
  section.replaceChildren(element("h2", doc.title || doc.doc_id), layout);
}

function markedText(doc) {
  const marks = [];
  for (const actor of doc.actors) {
    for (const [start, end] of actor.mentions) marks.push({ start, end, kind: "actor", title: `${actor.name} (${actor.code || actor.kind})` });
  }
  for (const event of doc.events) {
    if (event.trigger_start === null || event.trigger_end === null) continue;
    marks.push({ start: event.trigger_start, end: event.trigger_end, kind: "trigger",
                 title: `${eventLabel(event)}: ${participants(event.sources)} → ${participants(event.targets)}`,
                 event: event.id });
  }
  for (const quote of doc.quotes) {
    marks.push({ start: quote.start, end: quote.end, kind: "quote",
                 title: quote.speaker ? `quote of ${quote.speaker.text}` : "quote" });
  }
  for (const place of doc.places) {
    marks.push({ start: place.start, end: place.end, kind: "place",
                 title: `${place.name || place.text}${place.country ? `, ${place.country}` : ""}` });
  }
  const text = doc.text;
  const valid = marks.filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const [start, end] = [cuts[index], cuts[index + 1]];
    const over = valid.filter((mark) => mark.start <= start && mark.end >= end);
    const piece = text.slice(start, end);
    if (!over.length) {
      pieces.push(piece);
      continue;
    }
    const span = element(over.some((mark) => mark.kind === "trigger") ? "mark" : "span", piece,
                         [...new Set(over.map((mark) => `m-${mark.kind}`))].join(" "));
    span.title = over.map((mark) => mark.title).join("\n");
    const event = over.find((mark) => mark.event);
    if (event) span.dataset.event = event.event;
    pieces.push(span);
  }
  return pieces;
}

function flash(node) {
  if (!node) return;
  node.scrollIntoView({ block: "center" });
  node.classList.add("flash");
  setTimeout(() => node.classList.remove("flash"), 1200);
}

function actorList(actors) {
  const list = element("ul", null, "actors");
  for (const actor of actors) {
    const item = element("li");
    item.append(actor.code ? link(actor.code, routes.events({ actor: actor.code })) : element("span", actor.kind),
                ` ${actor.name}`, element("span", ` ${number(actor.mentions.length)}×`, "muted"));
    list.append(item);
  }
  return list;
}

function legend() {
  const node = element("p", null, "legend");
  for (const [kind, label] of [["actor", "actor"], ["trigger", "event trigger"], ["quote", "quote"],
                               ["place", "place"]]) {
    node.append(element("span", label, `m-${kind}`), " ");
  }
  return node;
}
