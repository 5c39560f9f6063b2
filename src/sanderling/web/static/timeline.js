// The story timeline: key dates, each with its summary sentences and links to the events of that day.
import { getJSON } from "./api.js";
import { h } from "./dom.js";
import { filtersFor, link } from "./app.js";

export async function renderTimeline(params) {
  const dates = params.get("dates") || 12;
  const entries = await getJSON("/api/timeline", { ...filtersFor("timeline"), dates, sentences: 2 });
  if (!entries.length) return h("p", { class: "muted" }, "No dated sentences for this selection.");
  return h("section", { class: "timeline" },
    h("h1", {}, "Timeline"),
    h("p", { class: "muted" }, `The ${entries.length} most important dates of the selection, in order. `,
      link("timeline", { dates: Number(dates) + 10 }, "more dates")),
    h("ol", { class: "timeline-list" }, entries.map((e) =>
      h("li", { class: "tl-entry" },
        h("time", { datetime: e.date }, e.date),
        h("ul", { class: "tl-summary" }, e.summary.map((s) => h("li", {}, s))),
        e.events.length ? h("p", { class: "chips" }, `${e.events.length} event${e.events.length > 1 ? "s" : ""}: `,
          e.events.slice(0, 12).map((id, i) => [" ", h("span", { title: id }, link("event", { id }, `#${i + 1}`))])) : null))));
}
