// Events: the paged list, one event with every report (its provenance), and one article.
import { getJSON } from "./api.js";
import { h, safeUrl } from "./dom.js";
import { filtersFor, link, href, navigate } from "./app.js";

const PAGE = 50;

function parties(list) {
  return list.map((a, i) => [i ? ", " : "", link("actor", { id: a.id }, a.name)]);
}

function badges(ev) {
  return [
    ev.status !== "asserted" ? h("span", { class: `badge status-${ev.status}` }, ev.status) : null,
    ev.historical ? h("span", { class: "badge historical", title: "background: an earlier event recalled" }, "background") : null,
  ];
}

function typeCell(ev) {
  return [h("span", { class: `type q${ev.quad_class || 0}` }, ev.event_type), " ", h("span", { class: "muted" }, ev.cameo || "")];
}

export async function renderEvents(params) {
  const offset = Number(params.get("offset") || 0);
  const sort = params.get("sort") || "-date";
  const data = await getJSON("/api/events", { ...filtersFor("events"), place: params.get("place"), limit: PAGE, offset, sort });
  const rows = data.events.map((ev) =>
    h("tr", { class: "event-row", "data-id": ev.id },
      h("td", { class: "nowrap" }, link("event", { id: ev.id }, ev.date || "undated"),
        ev.date_precision && ev.date_precision !== "day" ? h("span", { class: "muted" }, ` (${ev.date_precision})`) : null),
      h("td", { class: "nowrap" }, typeCell(ev)),
      h("td", {}, parties(ev.actors)),
      h("td", {}, parties(ev.recipients)),
      h("td", {}, ev.place ? ev.place.name : ""),
      h("td", { class: "num", title: `${ev.n_reports} reports` }, ev.corroboration),
      h("td", { class: "summary" }, badges(ev), " ", ev.summary || "")));
  const sorter = h("select", { "aria-label": "sort", onchange: (e) => navigateTo({ sort: e.target.value, offset: null }) },
    ...[["-date", "newest first"], ["date", "oldest first"], ["reports", "most reported"]].map(([v, l]) =>
      h("option", { value: v, selected: v === sort }, l)));
  const place = params.get("place");
  return h("section", { class: "events" },
    h("div", { class: "bar" },
      h("h1", {}, "Events"),
      h("span", { class: "count" }, data.total ? `${offset + 1}–${offset + data.events.length} of ${data.total}` : "no events match"),
      place ? h("span", { class: "badge" }, `at ${place} `, link("events", { place: null, offset: null }, "×")) : null,
      sorter, pager(data)),
    h("table", { class: "list" },
      h("thead", {}, h("tr", {}, ["Date", "Type", "Actors", "Recipients", "Place", "Outlets", "Summary"].map((t) => h("th", {}, t)))),
      h("tbody", {}, rows)),
    pager(data));
}

function navigateTo(extra) {
  navigate(href("events", extra));
}

function pager(data) {
  const prev = data.offset > 0 ? link("events", { offset: Math.max(0, data.offset - data.limit) || null }, "← previous") : null;
  const next = data.offset + data.limit < data.total ? link("events", { offset: data.offset + data.limit }, "next →") : null;
  return h("span", { class: "pager" }, prev, " ", next);
}

// The sentence with its trigger word marked, inside the rest of its paragraph.
function provenance(rep) {
  const s = rep.sentence || "";
  let sentence = [s];
  if (rep.trigger_span) {
    const [a, b] = rep.trigger_span;
    sentence = [s.slice(0, a), h("strong", { class: "trigger", title: "trigger" }, s.slice(a, b)), s.slice(b)];
  }
  return h("blockquote", { class: "provenance" },
    rep.context_before ? h("span", { class: "context" }, rep.context_before) : null,
    h("mark", { class: "sentence", title: `characters ${rep.start}–${rep.end} of the article` }, sentence),
    rep.context_after ? h("span", { class: "context" }, rep.context_after) : null);
}

function dl(pairs) {
  return h("dl", { class: "facts" }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && !v.length))
    .map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

export async function renderEvent(params) {
  const id = params.get("id");
  const ev = await getJSON("/api/events/" + encodeURIComponent(id || ""));
  const reports = ev.reports.map((r) => {
    const art = r.article;
    const url = art.url ? safeUrl(art.url) : null;
    return h("article", { class: "report" },
      h("header", {},
        h("strong", {}, art.outlet || "unknown outlet"), " · ", art.published || "undated", " · ",
        link("article", { id: art.id }, art.title || art.id),
        url ? [" ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "source ↗")] : null,
        art.duplicate_of ? h("span", { class: "badge" }, "republished copy") : null),
      provenance(r),
      dl([["coded as", `${r.event_type} ${r.cameo || ""} ${r.mode ? "(" + r.mode + ")" : ""}`],
          ["status", r.status + (r.claimant ? ` — according to ${r.claimant.name}` : "")],
          ["date", r.date ? `${r.date} (${r.date_precision}; from ${r.date_source}${r.date_text ? ': “' + r.date_text + '”' : ""})` : "undated"],
          ["actors as written", r.actors.map((a) => `${a.text || a.name} → ${a.id}`).join("; ")],
          ["recipients as written", r.recipients.map((a) => `${a.text || a.name} → ${a.id}`).join("; ")],
          ["place", r.location ? `${r.location.name}${r.location.text ? ' (“' + r.location.text + '”)' : ""}` : ""],
          ["fatalities", r.fatalities]]));
  });
  return h("section", { class: "event-detail" },
    h("p", {}, link("events", { id: null }, "← events")),
    h("h1", {}, typeCell(ev), " ", badges(ev)),
    dl([["date", ev.date ? `${ev.date}${ev.date_end && ev.date_end !== ev.date ? " – " + ev.date_end : ""} (${ev.date_precision})` : "undated"],
        ["mode", ev.mode], ["quad class", ev.quad_name],
        ["actors", ev.actors.length ? parties(ev.actors) : "—"], ["recipients", ev.recipients.length ? parties(ev.recipients) : "—"],
        ["claimed by", ev.claimants.map((c) => c.name).join(", ")],
        ["place", ev.place ? [link("events", { place: ev.place.name, id: null }, ev.place.name), ` ${ev.place.country || ""} (${ev.place.lat}, ${ev.place.lon})`] : ""],
        ["fatalities", ev.fatalities ? (ev.fatalities.min === ev.fatalities.max ? ev.fatalities.min : `${ev.fatalities.min}–${ev.fatalities.max}`) : ""],
        ["corroboration", `${ev.corroboration} outlet(s), ${ev.n_reports} report(s)`],
        ["confidence", ev.confidence], ["id", ev.id]]),
    h("h2", {}, `Reports (${ev.reports.length})`),
    h("div", { class: "reports" }, reports));
}

export async function renderArticle(params) {
  const art = await getJSON("/api/articles/" + encodeURIComponent(params.get("id") || ""));
  const url = art.url ? safeUrl(art.url) : null;
  // the article text with each sentence that yielded events marked, followed by links to those events
  const parts = [];
  let pos = 0;
  const text = art.text || "";
  for (const s of art.sentences) {
    if (s.start < pos) continue;
    parts.push(text.slice(pos, s.start));
    parts.push(h("mark", { class: "sentence" }, text.slice(s.start, s.end)));
    parts.push(h("span", { class: "chips" }, s.reports.map((r) =>
      r.event_id ? link("event", { id: r.event_id }, r.event_type) : h("span", { class: "badge" }, r.event_type))));
    pos = s.end;
  }
  parts.push(text.slice(pos));
  return h("section", { class: "article-detail" },
    h("h1", {}, art.title || art.id),
    dl([["outlet", art.outlet], ["published", art.published ? `${art.published} (${art.published_source || "?"})` : "unknown"],
        ["source", url ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, url) : art.source],
        ["republished copy of", art.duplicate_of ? link("article", { id: art.duplicate_of }, art.duplicate_of) : ""],
        ["copies", art.copies.map((c, i) => [i ? ", " : "", link("article", { id: c }, c)])],
        ["sentences with events", art.sentences.length], ["id", art.id]]),
    h("div", { class: "article-text" }, parts));
}
