// The actor network as SVG: support and opposition edges in two colours, width by weight, laid out by a
// small force simulation that starts from a circle so the same data always gives the same picture.
import { getJSON } from "./api.js";
import { h, svg, fmt } from "./dom.js";
import { filtersFor, link, navigate, href } from "./app.js";

const W = 900, H = 620;

export function layout(nodes, edges, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  if (n < 2) return pos.map(() => ({ x: W / 2, y: H / 2 }));
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt((W * H) / n) * 0.6;
  let temp = W / 8;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / d;
        dx /= d; dy /= d;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const [a, b] of links) {
      let dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d * d) / k;
      dx /= d; dy /= d;
      disp[a].x -= dx * f; disp[a].y -= dy * f;
      disp[b].x += dx * f; disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      // a little gravity keeps unconnected nodes on the canvas
      disp[i].x += (W / 2 - pos[i].x) * 0.02 * k / 10;
      disp[i].y += (H / 2 - pos[i].y) * 0.02 * k / 10;
      const d = Math.max(1e-6, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x += (disp[i].x / d) * Math.min(d, temp);
      pos[i].y += (disp[i].y / d) * Math.min(d, temp);
      pos[i].x = Math.min(W - 60, Math.max(60, pos[i].x));
      pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y));
    }
    temp *= 0.985;
  }
  // stretch the result over the canvas, leaving room on the right for the labels
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return pos.map((p) => ({
    x: 30 + ((p.x - x0) / Math.max(1, x1 - x0)) * (W - 200),
    y: 25 + ((p.y - y0) / Math.max(1, y1 - y0)) * (H - 50),
  }));
}

export async function renderNetwork(params) {
  const net = await getJSON("/api/network", filtersFor("network"));
  if (!net.edges.length) return h("p", { class: "muted" }, "No support or opposition between actors in this selection.");
  const pos = layout(net.nodes, net.edges);
  const at = new Map(net.nodes.map((d, i) => [d.id, pos[i]]));
  const maxW = Math.max(...net.edges.map((e) => e.weight));
  const maxN = Math.max(...net.nodes.map((d) => d.weight));
  const edgeEls = net.edges.map((e) => {
    const a = at.get(e.source), b = at.get(e.target);
    // bend each edge to its left so A->B and B->A stay apart
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.max(1, Math.hypot(dx, dy));
    const cx = mx - (dy / len) * len * 0.12, cy = my + (dx / len) * len * 0.12;
    return svg("path", {
      class: `edge ${e.kind}`, d: `M${fmt(a.x, 1)},${fmt(a.y, 1)} Q${fmt(cx, 1)},${fmt(cy, 1)} ${fmt(b.x, 1)},${fmt(b.y, 1)}`,
      "stroke-width": fmt(1 + 7 * Math.sqrt(e.weight / maxW), 2), "marker-end": `url(#arrow-${e.kind})`,
      "data-source": e.source, "data-target": e.target,
    }, svg("title", {}, `${e.source_name} ${e.kind === "support" ? "supports" : "opposes"} ${e.target_name}: weight ${e.weight}, ${e.events.length} events, ${e.statements.length} statements`));
  });
  const nodeEls = net.nodes.map((d) => {
    const p = at.get(d.id);
    const r = 5 + 14 * Math.sqrt(d.weight / maxN);
    return svg("g", { class: "node", transform: `translate(${fmt(p.x, 1)},${fmt(p.y, 1)})`, tabindex: 0, role: "link",
      onclick: () => navigate(href("actor", { id: d.id })),
      onkeydown: (ev) => { if (ev.key === "Enter") navigate(href("actor", { id: d.id })); } },
      svg("circle", { r: fmt(r, 1) }),
      svg("text", { x: fmt(r + 3, 1), y: 4 }, d.name),
      svg("title", {}, `${d.name} (${d.id}), total weight ${d.weight}`));
  });
  const marker = (kind) => svg("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: 22, refY: 5, markerWidth: 9, markerHeight: 9,
    markerUnits: "userSpaceOnUse", orient: "auto" },
    svg("path", { d: "M0,0 L10,5 L0,10 z", class: `arrowhead ${kind}` }));
  const table = h("table", { class: "list compact" },
    h("thead", {}, h("tr", {}, ["From", "", "To", "Weight", "Events", "Statements"].map((t) => h("th", {}, t)))),
    h("tbody", {}, net.edges.map((e) => h("tr", {},
      h("td", {}, link("actor", { id: e.source }, e.source_name)),
      h("td", { class: e.kind }, e.kind === "support" ? "supports" : "opposes"),
      h("td", {}, link("actor", { id: e.target }, e.target_name)),
      h("td", { class: "num" }, fmt(e.weight, 2)),
      h("td", { class: "num" }, e.events.length ? e.events.slice(0, 5).map((id, i) => [i ? " " : "", link("event", { id }, `#${i + 1}`)]) : "0"),
      h("td", { class: "num" }, e.statements.length)))));
  return h("section", { class: "network" },
    h("div", { class: "bar" }, h("h1", {}, "Network"),
      h("span", { class: "count" }, `${net.nodes.length} actors, ${net.edges.length} edges`),
      h("span", { class: "legend" }, h("span", { class: "swatch support" }), "supports ", h("span", { class: "swatch oppose" }), "opposes; width: weight")),
    svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" },
      svg("defs", {}, marker("support"), marker("oppose")), svg("g", { class: "edges" }, edgeEls), svg("g", { class: "nodes" }, nodeEls)),
    table);
}
