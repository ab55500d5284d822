// Overview: what the store holds, the pairs with most events, the most cooperative and hostile pairs,
// the busiest actors and the latest confident events; every name leads to its view.
"use strict";

import { QUADS, element, eventLabel, evidence, getJson, link, number, participants, quadBadge, routes, row,
         signed, table } from "./dom.js";

export async function showOverview(section, parts, params, current) {
  const data = await getJson("/api/overview");
  if (!current()) return;
  const counts = data.counts;
  const cards = element("div", null, "cards");
  for (const [label, value] of [["documents", counts.documents], ["events", counts.events],
                                ["mentions", counts.mentions], ["located", counts.located],
                                ["countries", counts.countries],
                                ["span", `${counts.first_date || "?"} – ${counts.last_date || "?"}`]]) {
    const card = element("div", null, "card");
    card.append(element("strong", number(value)), element("span", label));
    cards.append(card);
  }
  section.replaceChildren(element("h2", "Overview"), cards, quadMix(counts.quad),
                          grid(panel("Pairs with most events", pairTable(data.dyads_by_events, "events")),
                               panel("Busiest actors", actorTable(data.busiest_actors)),
                               panel("Most cooperative pairs", pairTable(data.most_cooperative, "net")),
                               panel("Most hostile pairs", pairTable(data.most_hostile, "net"))),
                          panel(`Latest events with confidence ≥ ${data.confidence_threshold}`,
                                latestList(data.confident_events)));
}

function grid(...panels) {
  const node = element("div", null, "grid");
  node.append(...panels);
  return node;
}

function panel(title, content) {
  const node = element("div", null, "panel");
  node.append(element("h3", title), content);
  return node;
}

function quadMix(quads) {
  // One bar split by quad class, each part a link to those events.
  const total = Object.values(quads).reduce((sum, n) => sum + n, 0) || 1;
  const bar = element("div", null, "quadmix");
  for (const [quad, events] of Object.entries(quads)) {
    if (!events) continue;
    const part = link(`${QUADS[quad].name} ${number(events)}`, routes.events({ quad }), `quad${quad}`);
    part.style.flexGrow = String(events / total);
    bar.append(part);
  }
  return bar;
}

function pairTable(pairs, emphasis) {
  if (!pairs.length) return element("p", "none", "muted");
  return table(["pair", "events", "coop.", "conflict", emphasis === "net" ? "net" : "Goldstein"], pairs.map((pair) =>
    row([link(`${pair.a} – ${pair.b}`, routes.dyad(pair.a, pair.b)), number(pair.events), number(pair.cooperation),
         number(pair.conflict), emphasis === "net" ? signed(pair.net) : String(pair.goldstein_mean)])), "compact");
}

function actorTable(actors) {
  if (!actors.length) return element("p", "none", "muted");
  return table(["actor", "name", "events"], actors.map((actor) =>
    row([link(actor.code, routes.events({ actor: actor.code })), actor.name || "", number(actor.events)])), "compact");
}

function latestList(events) {
  if (!events.length) return element("p", "no event reaches this confidence", "muted");
  const list = element("ul", null, "latest");
  for (const event of events) {
    const item = element("li");
    item.append(quadBadge(event.quad_class), " ", element("span", event.date || "?", "date"), " ",
                element("strong", `${participants(event.sources)} → ${participants(event.targets)}`), " ",
                element("span", eventLabel(event), "code"), " ", evidence(event), " ",
                link("article", routes.article(event.doc_id)));
    list.append(item);
  }
  return list;
}
