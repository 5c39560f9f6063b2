// Actors: the list by number of events, and one actor with aliases, counts and partners.
import { getJSON } from "./api.js";
import { h } from "./dom.js";
import { filtersFor, link } from "./app.js";

const PAGE = 100;

export async function renderActors(params) {
  const offset = Number(params.get("offset") || 0);
  const data = await getJSON("/api/actors", { ...filtersFor("actors"), limit: PAGE, offset });
  return h("section", { class: "actors" },
    h("div", { class: "bar" }, h("h1", {}, "Actors"), h("span", { class: "count" }, `${data.total} actors`),
      h("span", { class: "pager" },
        offset > 0 ? link("actors", { offset: Math.max(0, offset - PAGE) || null }, "← previous") : null, " ",
        offset + PAGE < data.total ? link("actors", { offset: offset + PAGE }, "next →") : null)),
    h("table", { class: "list" },
      h("thead", {}, h("tr", {}, ["Name", "Id", "Country", "Kind", "Events", "Mentions"].map((t) => h("th", {}, t)))),
      h("tbody", {}, data.actors.map((a) => h("tr", {},
        h("td", {}, link("actor", { id: a.id }, a.name), a.discovered ? h("span", { class: "badge", title: "learnt from context" }, "discovered") : null),
        h("td", { class: "mono" }, a.id), h("td", {}, a.country || ""), h("td", {}, a.kind || ""),
        h("td", { class: "num" }, a.n_events), h("td", { class: "num" }, a.n_mentions))))));
}

export async function renderActor(params) {
  const a = await getJSON("/api/actors/" + encodeURIComponent(params.get("id") || ""));
  const ev = a.events;
  return h("section", { class: "actor-detail" },
    h("p", {}, link("actors", { id: null }, "← actors")),
    h("h1", {}, a.name, " ", h("span", { class: "muted mono" }, a.id)),
    // the events view also lists the events of those acting for an organisation (its commander, its forces)
    h("p", {}, ev.selected > ev.total
      ? [link("events", { actor: a.id, id: null }, `${ev.selected} events`), ` with those acting for it; ${ev.total} coded to it`]
      : link("events", { actor: a.id, id: null }, `${ev.total} events`),
      ` (${ev.as_actor} as actor, ${ev.as_recipient} as recipient)`,
      ev.first_date ? `, ${ev.first_date} to ${ev.last_date}` : "", " · ",
      link("network", { actor: a.id, id: null }, "network around"), " · ", link("timeline", { actor: a.id, id: null }, "timeline")),
    h("dl", { class: "facts" },
      [["country", a.country], ["kind", a.kind], ["code", a.code], ["sector", a.sector]].filter(([, v]) => v)
        .map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h("h2", {}, "Events by type"),
    h("ul", { class: "by-type" }, Object.entries(ev.by_type).map(([t, n]) => h("li", {}, link("events", { actor: a.id, type: t, id: null }, t), ` ${n}`))),
    h("h2", {}, "Top partners"),
    h("table", { class: "list compact" },
      h("thead", {}, h("tr", {}, ["Actor", "Events together", "Cooperation", "Conflict"].map((t) => h("th", {}, t)))),
      h("tbody", {}, a.partners.map((p) => h("tr", {},
        h("td", {}, link("actor", { id: p.id }, p.name)), h("td", { class: "num" }, p.events),
        h("td", { class: "num" }, p.cooperation), h("td", { class: "num" }, p.conflict))))),
    h("h2", {}, "Written in the articles as"),
    h("p", {}, a.written_as.map((w, i) => [i ? "; " : "", `“${w.text}” ×${w.mentions}`])),
    a.aliases.length ? [h("h2", {}, "Known aliases"), h("p", {}, a.aliases.join("; "))] : null);
}
