// The single page: the URL's query string holds the view and its filters, so every view is a link.
import { getJSON } from "./api.js";
import { h } from "./dom.js";
import { renderEvents, renderEvent, renderArticle } from "./events.js";
import { renderTimeline } from "./timeline.js";
import { renderNetwork } from "./network.js";
import { renderMap } from "./map.js";
import { renderTrends } from "./trends.js";
import { renderActors, renderActor } from "./actors.js";

export const FILTERS = ["from", "to", "actor", "country", "type", "q", "historical"];
// which filters each view's endpoint understands; the others are greyed out there
const VIEW_FILTERS = {
  events: FILTERS, map: FILTERS, timeline: ["from", "to", "actor", "country", "q"],
  network: ["from", "to", "actor", "historical"], trends: ["from", "to"], actors: ["q", "country"],
  event: [], article: [], actor: [],
};
const VIEWS = {
  events: renderEvents, event: renderEvent, article: renderArticle, timeline: renderTimeline,
  network: renderNetwork, map: renderMap, trends: renderTrends, actors: renderActors, actor: renderActor,
};
const TAB_OF = { event: "events", article: "events", actor: "actors" };

export function current() {
  return new URLSearchParams(location.search);
}

// A link within the app: to `view` with `extra` parameters, keeping the current filters (and, within
// the same view, its own settings such as the sort order or the place).
export function href(view, extra = {}) {
  const cur = current();
  const same = (cur.get("view") || "events") === view;
  const q = same ? new URLSearchParams(cur) : new URLSearchParams();
  q.set("view", view);
  if (!same) for (const f of FILTERS) if (cur.get(f)) q.set(f, cur.get(f));
  for (const [k, v] of Object.entries(extra)) {
    if (v === null || v === undefined || v === "") q.delete(k);
    else q.set(k, v);
  }
  return "?" + q.toString();
}

export function link(view, extra, ...kids) {
  return h("a", { href: href(view, extra), "data-nav": true }, ...kids);
}

export function navigate(url) {
  history.pushState(null, "", url);
  render();
}

// The filters of the current URL that the view's endpoint takes.
export function filtersFor(view) {
  const cur = current();
  const out = {};
  for (const f of VIEW_FILTERS[view] || []) if (cur.get(f)) out[f] = cur.get(f);
  return out;
}

export function showError(where, err) {
  where.replaceChildren(h("p", { class: "error", role: "alert" }, err.message || String(err)));
}

function syncForm(view) {
  const form = document.getElementById("filters");
  const cur = current();
  const usable = new Set(VIEW_FILTERS[view] || []);
  for (const f of FILTERS) {
    const el = form.elements[f];
    el.value = cur.get(f) || "";
    el.disabled = !usable.has(f);
    el.closest("label").title = usable.has(f) ? "" : "not used by this view";
  }
  form.hidden = usable.size === 0;
}

let renderSeq = 0;

export async function render() {
  const seq = ++renderSeq;
  const view = VIEWS[current().get("view")] ? current().get("view") : "events";
  syncForm(view);
  for (const a of document.querySelectorAll("#tabs a")) {
    a.classList.toggle("active", a.dataset.view === (TAB_OF[view] || view));
    a.href = href(a.dataset.view, { id: null, offset: null });
  }
  const main = document.getElementById("main");
  main.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  main.dataset.view = view;
  try {
    const node = await VIEWS[view](current());
    if (seq === renderSeq) main.replaceChildren(node);
  } catch (err) {
    if (seq === renderSeq) showError(main, err);
  }
}

async function setup() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const cur = current();
    const view = cur.get("view") || "events";
    const q = new URLSearchParams();
    // a detail page has no filters of its own: filtering goes back to its list
    q.set("view", TAB_OF[view] || view);
    for (const k of ["by", "dyad"]) if (cur.get(k)) q.set(k, cur.get(k));
    for (const f of FILTERS) {
      const v = form.elements[f].value.trim();
      if (v) q.set(f, v);
    }
    navigate("?" + q.toString());
  });
  document.getElementById("clear").addEventListener("click", () => {
    navigate("?view=" + (TAB_OF[current().get("view")] || current().get("view") || "events"));
  });
  document.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-nav]");
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(a.getAttribute("href"));
  });
  window.addEventListener("popstate", render);
  render();
  try {
    const idx = await getJSON("/api");
    const c = idx.counts;
    document.getElementById("store").textContent =
      `${idx.database}: ${c.events} events from ${c.articles} articles, ${idx.events.first_date || "?"} to ${idx.events.last_date || "?"}`;
    const sel = form.elements.type;
    for (const [t, n] of Object.entries(idx.events.by_type)) sel.append(h("option", { value: t }, `${t} (${n})`));
    sel.value = current().get("type") || "";
    const actors = await getJSON("/api/actors", { limit: 300 });
    document.getElementById("actor-list").replaceChildren(
      ...actors.actors.map((a) => h("option", { value: a.id }, a.name)));
  } catch (err) {
    document.getElementById("store").textContent = "could not read the store summary: " + err.message;
  }
}

setup();
