// eventwire dashboard: plain JS modules over the /api endpoints; a view per URL hash (#/map, #/dyad/RUS/PAK …).
"use strict";

import { element, getJson, number, showError } from "./dom.js";
import { showOverview } from "./overview.js";
import { showMap } from "./map.js";
import { showNetwork } from "./network.js";
import { showDyad } from "./dyad.js";
import { showEvents } from "./explorer.js";
import { showArticle } from "./article.js";

const VIEWS = { overview: showOverview, map: showMap, network: showNetwork, dyad: showDyad, events: showEvents,
                article: showArticle };

function parseHash() {
  // "#/dyad/RUS/PAK?period=year" -> { view: "dyad", parts: ["RUS", "PAK"], params: URLSearchParams }
  const [path, search] = location.hash.replace(/^#\/?/, "").split("?");
  const [view, ...parts] = path.split("/").map(decodeURIComponent);
  return { view: VIEWS[view] ? view : "overview", parts, params: new URLSearchParams(search || "") };
}

let shown = 0;  // the latest navigation: a slower earlier one must not overwrite it

async function route() {
  const { view, parts, params } = parseHash();
  const mine = ++shown;
  for (const section of document.querySelectorAll("section.view")) section.hidden = section.id !== `view-${view}`;
  for (const tab of document.querySelectorAll("nav a[data-view]")) {
    tab.classList.toggle("current", tab.dataset.view === view);
  }
  const section = document.getElementById(`view-${view}`);
  document.getElementById("error").hidden = true;
  section.setAttribute("aria-busy", "true");
  try {
    await VIEWS[view](section, parts, params, () => mine === shown);
    if (mine === shown) section.dataset.ready = location.hash;  // tests and screenshots wait for this
  } catch (failure) {
    showError(failure);
  } finally {
    section.removeAttribute("aria-busy");
  }
}

async function header() {
  try {
    const health = await getJson("/api/health");
    document.getElementById("health").textContent =
      `${health.database}: ${number(health.counts.documents)} documents, ${number(health.counts.global_events)} events`;
  } catch (failure) {
    document.getElementById("health").replaceChildren(element("span", `error: ${failure.message}`, "error"));
  }
}

window.addEventListener("hashchange", route);
header();
route();
