// Trends: events per week or month as lines (the total and the commonest types), or a dyad's
// conflict and cooperation series; the numbers come from /api/trends, which also gives them as CSV.
import { getJSON, apiUrl } from "./api.js";
import { h, svg, fmt } from "./dom.js";
import { filtersFor, navigate, href } from "./app.js";

const W = 900, H = 380, L = 48, R = 130, T = 16, B = 40;
const COLOURS = ["#222", "#c0392b", "#2e86c1", "#27ae60", "#8e44ad", "#d68910", "#16a085"];

function chart(rows, series) {
  const n = rows.length;
  const max = Math.max(1, ...series.flatMap((s) => rows.map((r) => r[s.key])));
  const x = (i) => L + (n > 1 ? (i * (W - L - R)) / (n - 1) : (W - L - R) / 2);
  const y = (v) => H - B - (v * (H - T - B)) / max;
  const ticks = [];
  const every = Math.max(1, Math.ceil(n / 12));
  rows.forEach((r, i) => {
    if (i % every) return;
    ticks.push(svg("line", { class: "tick", x1: fmt(x(i), 1), x2: fmt(x(i), 1), y1: H - B, y2: H - B + 4 }));
    ticks.push(svg("text", { class: "axis-label", x: fmt(x(i), 1), y: H - B + 16, "text-anchor": "middle" }, r.period));
  });
  for (const v of [0, max / 2, max]) {
    ticks.push(svg("line", { class: "grid", x1: L, x2: W - R, y1: fmt(y(v), 1), y2: fmt(y(v), 1) }));
    ticks.push(svg("text", { class: "axis-label", x: L - 6, y: fmt(y(v) + 4, 1), "text-anchor": "end" }, fmt(v, v % 1 ? 1 : 0)));
  }
  const lines = series.map((s, k) => svg("polyline", {
    class: "series", "data-key": s.key, fill: "none", stroke: COLOURS[k % COLOURS.length], "stroke-width": k ? 1.6 : 2.6,
    points: rows.map((r, i) => `${fmt(x(i), 1)},${fmt(y(r[s.key]), 1)}`).join(" "),
  }, svg("title", {}, s.label)));
  const legend = series.map((s, k) => svg("g", { transform: `translate(${W - R + 10},${T + 16 * k})` },
    svg("rect", { width: 10, height: 10, fill: COLOURS[k % COLOURS.length] }), svg("text", { x: 14, y: 9, class: "axis-label" }, s.label)));
  return svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "trend chart" },
    svg("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }), ticks, lines, legend);
}

export async function renderTrends(params) {
  const by = params.get("by") || "week";
  const dyad = params.get("dyad") || "";
  const query = { ...filtersFor("trends"), by, dyad };
  const data = await getJSON("/api/trends", query);
  const form = h("form", { class: "inline", onsubmit: (e) => {
    e.preventDefault();
    navigate(href("trends", { by: e.target.elements.by.value, dyad: e.target.elements.dyad.value.trim() || null }));
  } },
    h("label", {}, "By ", h("select", { name: "by" }, ["week", "month"].map((v) => h("option", { value: v, selected: v === by }, v)))),
    h("label", {}, "Dyad ", h("input", { name: "dyad", value: dyad, placeholder: "A:B, e.g. TUR:LBY_LNA", size: 22 })),
    h("button", { type: "submit" }, "Show"),
    h("a", { href: apiUrl("/api/trends", { ...query, format: "csv" }), download: "trends.csv" }, "CSV"));
  let body;
  if (!data.rows.length) {
    body = h("p", { class: "muted" }, "No dated events in this period.");
  } else if (dyad) {
    body = chart(data.rows, [{ key: "conflict", label: "conflict" }, { key: "cooperation", label: "cooperation" }, { key: "n_events", label: "events" }]);
  } else {
    const totals = Object.keys(data.rows[0]).filter((k) => k !== "period" && k !== "total")
      .map((k) => [k, data.rows.reduce((a, r) => a + r[k], 0)]).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, 5);
    body = chart(data.rows, [{ key: "total", label: "all events" }, ...totals.map(([k]) => ({ key: k, label: k }))]);
  }
  return h("section", { class: "trends" },
    h("div", { class: "bar" }, h("h1", {}, "Trends"), form),
    body,
    h("p", { class: "muted small" }, dyad
      ? "Intensity: the sum of the PLOVER conflict-cooperation score magnitudes (/10) of the dyad's events."
      : "Resolved events (asserted or claimed, not background) per period; the five commonest types are drawn."));
}
