// Network: countries (or actors) as nodes coloured by bloc and sized by events; edges coloured by net
// cooperation (green) or conflict (red) and as wide as their events. Click an edge: the dyad view.
// Laid out here by a small force simulation from a fixed start, so the same store draws the same picture.
"use strict";

import { element, getJson, link, number, routes, signed, svgElement } from "./dom.js";

const SIZE = { width: 1000, height: 640 };
const MOST_NODES = 60;
const LONE = "#aaa";
const BLOC_COLOURS = ["#1f77b4", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#8c564b", "#7f7f7f", "#ff7f0e"];

export async function showNetwork(section, parts, params, current) {
  const by = params.get("by") === "actor" ? "actor" : "country";
  const minEvents = params.get("min_events") || "1";
  const data = await getJson("/api/network", { by, min_events: minEvents, since: params.get("since"),
                                               until: params.get("until") });
  if (!current()) return;
  const nodes = data.nodes.slice(0, MOST_NODES).map((node) => ({ id: node[by], ...node }));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = data.edges.filter((edge) => kept.has(edge.a) && kept.has(edge.b));
  layout(nodes, edges);
  const svg = svgElement("svg", { id: "network", viewBox: `0 0 ${SIZE.width} ${SIZE.height}`, role: "img",
                                  "aria-label": "cooperation and conflict network" });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const most = Math.max(1, ...edges.map((edge) => edge.events));
  for (const edge of edges) {
    const [a, b] = [at.get(edge.a), at.get(edge.b)];
    const tone = edge.net > 0 ? "cooperative" : edge.net < 0 ? "hostile" : "mixed";
    const title = `${edge.a} – ${edge.b}: ${edge.events} events, ${edge.cooperation} cooperation, ` +
                  `${edge.conflict} conflict (net ${signed(edge.net)})`;
    const group = svgElement("a", { href: routes.dyad(edge.a, edge.b), class: `edge ${tone}`,
                                    "data-a": edge.a, "data-b": edge.b });
    const ends = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    group.append(svgElement("line", { ...ends, class: "edge-hit" }, title),
                 svgElement("line", { ...ends, class: "edge-line", "stroke-width": 1 + 7 * Math.sqrt(edge.events / most) },
                            title));
    svg.append(group);
  }
  const biggest = Math.max(1, ...nodes.map((node) => node.events));
  for (const node of nodes) {
    const group = svgElement("a", { href: routes.events({ actor: by === "country" ? node.id : null,
                                                          q: by === "actor" ? node.id : null }),
                                    class: "node", "data-node": node.id });
    group.append(svgElement("circle", { cx: node.x, cy: node.y, r: 5 + 15 * Math.sqrt(node.events / biggest),
                                        fill: blocColour(data.blocs, node.bloc) },
                            `${node.id}: ${node.events} events with ${node.partners} partners` +
                            (node.bloc === null ? "" : `, bloc ${node.bloc + 1}`)));
    const label = svgElement("text", { x: node.x, y: node.y - 8 - 15 * Math.sqrt(node.events / biggest) });
    label.textContent = node.id;
    group.append(label);
    svg.append(group);
  }
  section.replaceChildren(element("h2", "Network"), controls(by, minEvents, data, nodes.length),
                          edges.length ? svg : element("p", "No pair has events with these settings.", "muted"),
                          blocList(data.blocs));
}

function controls(by, minEvents, data, shown) {
  const form = element("form", null, "filters");
  const level = element("select");
  level.name = "by";
  level.append(new Option("countries", "country", false, by === "country"),
               new Option("actors (groups, NGOs, IGOs apart)", "actor", false, by === "actor"));
  const least = element("input");
  Object.assign(least, { name: "min_events", type: "number", min: "1", value: minEvents });
  const leastLabel = element("label", "pairs with at least ", "inline");
  leastLabel.append(least, " events");
  form.append(level, leastLabel, element("button", "draw"),
              element("span", ` ${shown} of ${number(data.nodes.length)} nodes, ${number(data.edges.length)} pairs; ` +
                              "edge: green cooperative, red hostile, width = events; click an edge for its dyad",
                      "muted"));
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    location.hash = `#/network?${new URLSearchParams(new FormData(form))}`;
  });
  return form;
}

function blocColour(blocs, index) {
  // A bloc of one is no bloc: grey, so that the colours go to the groups.
  return index === null || blocs[index].length < 2 ? LONE : BLOC_COLOURS[index % BLOC_COLOURS.length];
}

function blocList(blocs) {
  const list = element("ol", null, "blocs");
  blocs.forEach((bloc, index) => {
    const item = element("li");
    const swatch = element("span", "", "swatch");
    swatch.style.background = blocColour(blocs, index);
    item.append(swatch, `bloc ${index + 1}: `, ...bloc.flatMap((member, at) =>
      [at ? ", " : "", link(member, routes.events({ actor: member }))]));
    list.append(item);
  });
  const holder = element("div");
  holder.append(element("h3", "Blocs (communities of the cooperation graph)"), list);
  return holder;
}

function layout(nodes, edges) {
  // Fruchterman-Reingold: nodes start on a circle in bloc order; edges pull by their events, near nodes push
  // apart, and a weak pull to the centre keeps separate groups together on the canvas.
  nodes.sort((a, b) => (a.bloc ?? 99) - (b.bloc ?? 99) || b.events - a.events);
  const centre = { x: SIZE.width / 2, y: SIZE.height / 2 };
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / nodes.length;
    node.x = centre.x + 250 * Math.cos(angle);
    node.y = centre.y + 250 * Math.sin(angle);
  });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const ideal = Math.sqrt((SIZE.width * SIZE.height) / Math.max(nodes.length, 1)) * 0.35;
  for (let step = 0, heat = 60; step < 300; step += 1, heat *= 0.985) {
    const moves = new Map(nodes.map((node) => [node, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        const [a, b] = [nodes[i], nodes[j]];
        const dx = a.x - b.x || 0.01, dy = a.y - b.y || 0.01;
        const distance = Math.hypot(dx, dy);
        if (distance > 3 * ideal) continue;  // far apart already: unlinked groups are not flung to the edges
        const push = (ideal * ideal) / distance;
        shove(moves, a, b, (dx / distance) * push, (dy / distance) * push);
      }
    }
    for (const edge of edges) {
      const [a, b] = [at.get(edge.a), at.get(edge.b)];
      const dx = a.x - b.x, dy = a.y - b.y;
      const distance = Math.hypot(dx, dy) || 0.01;
      const pull = ((distance * distance) / ideal) * Math.min(1, 0.3 + Math.log1p(edge.events) / 5);
      shove(moves, a, b, (-dx / distance) * pull, (-dy / distance) * pull);
    }
    for (const node of nodes) {
      const move = moves.get(node);
      move.x += (centre.x - node.x) * 0.06;  // a little gravity keeps loose nodes on the canvas
      move.y += (centre.y - node.y) * 0.06;
      const length = Math.hypot(move.x, move.y) || 1;
      node.x = Math.min(SIZE.width - 40, Math.max(40, node.x + (move.x / length) * Math.min(length, heat)));
      node.y = Math.min(SIZE.height - 30, Math.max(30, node.y + (move.y / length) * Math.min(length, heat)));
    }
  }
}

function shove(moves, a, b, dx, dy) {
  moves.get(a).x += dx;
  moves.get(a).y += dy;
  moves.get(b).x -= dx;
  moves.get(b).y -= dy;
}
