// The map: an equirectangular SVG fitted to the places in the selection, with country outlines and a
// graticule for orientation and one circle per place, its area proportional to the number of events there
// and its colour the share of conflict (quad classes 3-4) among them.
import { getJSON } from "./api.js";
import { h, svg, fmt } from "./dom.js";
import { filtersFor, link } from "./app.js";

const W = 900, H = 560, PAD = 40;
const STEPS = [1, 2, 5, 10, 15, 30];
// The sea is drawn over three times the view each way, so panning and zooming out never reach its edge;
// outlines are clipped to the same rectangle.
const SEA = { x: -W, y: -H, width: 3 * W, height: 3 * H };

// Natural Earth 1:110m countries in our own format (scripts/make_outlines.py): integer coordinates in
// `unit` degrees, flat [lon, lat, ...] rings. Fetched once per page, with each country's bounding box.
let outlines = null;
function loadOutlines() {
  outlines = outlines || getJSON("/static/countries.json").then((data) =>
    Object.entries(data.countries).map(([iso, c]) => {
      const rings = c.rings.map((r) => r.map((v) => v * data.unit));
      const lons = rings.flatMap((r) => r.filter((_, i) => i % 2 === 0));
      const lats = rings.flatMap((r) => r.filter((_, i) => i % 2 === 1));
      return { iso, name: c.name, rings, box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
    }));
  return outlines;
}

function ringPath(p, ring) {
  let d = "";
  for (let i = 0; i < ring.length; i += 2) {
    // the converter cuts rings at the antimeridian; should a step still span more than half the globe,
    // move there rather than draw a line across the whole map
    const jump = i > 0 && Math.abs(ring[i] - ring[i - 2]) > 180;
    d += (i === 0 || jump ? "M" : "L") + fmt(p.x(ring[i]), 1) + "," + fmt(p.y(ring[i + 1]), 1);
  }
  return d + "Z";
}

function countryShapes(p, countries, withEvents) {
  const inSea = (c) => p.x(c.box[2]) >= SEA.x && p.x(c.box[0]) <= SEA.x + SEA.width &&
    p.y(c.box[1]) >= SEA.y && p.y(c.box[3]) <= SEA.y + SEA.height;
  return countries.filter(inSea).map((c) =>
    svg("path", { class: withEvents.has(c.iso) ? "country has-events" : "country", "data-iso": c.iso,
      d: c.rings.map((r) => ringPath(p, r)).join("") }, svg("title", {}, c.name)));
}

function conflictShare(p) {
  const q = p.by_quad || {};
  const coop = (q["1"] || 0) + (q["2"] || 0), conf = (q["3"] || 0) + (q["4"] || 0);
  return coop + conf ? conf / (coop + conf) : 0.5;
}

function colour(share) {
  // blue (cooperation) through grey to red (conflict)
  const a = [46, 110, 193], b = [192, 57, 43];
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * share)).join(",")})`;
}

export function projection(features) {
  let lons = features.map((f) => f.geometry.coordinates[0]), lats = features.map((f) => f.geometry.coordinates[1]);
  if (!lons.length) { lons = [-180, 180]; lats = [-60, 75]; }
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // at least 12 degrees each way, and a margin around the outermost places
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const span = Math.max(12, (x1 - x0) * 1.2, ((y1 - y0) * 1.2 * W) / H);
  const scale = (W - 2 * PAD) / span;
  return { scale, cx, cy, x: (lon) => W / 2 + (lon - cx) * scale, y: (lat) => H / 2 - (lat - cy) * scale };
}

function graticule(p) {
  const lonMin = p.cx - (W / 2) / p.scale, lonMax = p.cx + (W / 2) / p.scale;
  const latMin = p.cy - (H / 2) / p.scale, latMax = p.cy + (H / 2) / p.scale;
  const step = STEPS.find((s) => (lonMax - lonMin) / s <= 12) || 30;
  const lines = [];
  for (let lon = Math.ceil(lonMin / step) * step; lon <= lonMax; lon += step) {
    lines.push(svg("line", { class: "grat", x1: fmt(p.x(lon), 1), x2: fmt(p.x(lon), 1), y1: 0, y2: H }));
    lines.push(svg("text", { class: "grat-label", x: fmt(p.x(lon) + 3, 1), y: H - 4 }, `${Math.abs(lon)}°${lon < 0 ? "W" : "E"}`));
  }
  for (let lat = Math.ceil(latMin / step) * step; lat <= latMax; lat += step) {
    if (lat < -90 || lat > 90) continue;
    lines.push(svg("line", { class: "grat", x1: 0, x2: W, y1: fmt(p.y(lat), 1), y2: fmt(p.y(lat), 1) }));
    lines.push(svg("text", { class: "grat-label", x: 4, y: fmt(p.y(lat) - 3, 1) }, `${Math.abs(lat)}°${lat < 0 ? "S" : "N"}`));
  }
  return lines;
}

function placePanel(f) {
  const p = f.properties;
  return h("div", { class: "place-panel" },
    h("h2", {}, p.name, " ", h("span", { class: "muted" }, p.country || "")),
    h("p", {}, `${p.event_count} event${p.event_count > 1 ? "s" : ""}, ${p.first_date || "?"} to ${p.last_date || "?"} · `,
      link("events", { place: p.name, id: null, offset: null }, "list them")),
    h("ul", { class: "by-type" }, Object.entries(p.by_type).map(([t, n]) => h("li", {}, h("span", { class: "type" }, t), ` ${n}`))));
}

// Wheel zooms about the pointer and dragging pans, both by changing the viewBox; double-click resets.
function zoomable(el) {
  const home = [0, 0, W, H];
  let vb = [...home], drag = null;
  const set = () => el.setAttribute("viewBox", vb.map((v) => fmt(v, 2)).join(" "));
  const toUser = (ev) => {
    const r = el.getBoundingClientRect();
    return [vb[0] + ((ev.clientX - r.left) / r.width) * vb[2], vb[1] + ((ev.clientY - r.top) / r.height) * vb[3]];
  };
  el.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [ux, uy] = toUser(ev);
    const f = ev.deltaY < 0 ? 0.8 : 1.25;
    const w = Math.min(W * 2, Math.max(W / 40, vb[2] * f)), k = w / vb[2];
    vb = [ux - (ux - vb[0]) * k, uy - (uy - vb[1]) * k, w, vb[3] * k];
    set();
  }, { passive: false });
  el.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest("circle")) return;
    drag = { x: ev.clientX, y: ev.clientY, vb: [...vb] };
    el.setPointerCapture(ev.pointerId);
  });
  el.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const r = el.getBoundingClientRect();
    vb[0] = drag.vb[0] - ((ev.clientX - drag.x) / r.width) * vb[2];
    vb[1] = drag.vb[1] - ((ev.clientY - drag.y) / r.height) * vb[3];
    set();
  });
  el.addEventListener("pointerup", () => { drag = null; });
  el.addEventListener("dblclick", () => { vb = [...home]; set(); });
  return el;
}

export async function renderMap(params) {
  const [fc, countries] = await Promise.all([getJSON("/api/map", filtersFor("map")),
    // the outlines are background: without them the map still shows the places
    loadOutlines().catch(() => { outlines = null; return null; })]);
  const feats = fc.features;
  const p = projection(feats);
  const withEvents = new Set(feats.map((f) => f.properties.country).filter(Boolean));
  const max = Math.max(1, ...feats.map((f) => f.properties.event_count));
  const panel = h("div", { class: "side" }, h("p", { class: "muted" }, "Select a place."));
  // draw the biggest first so small places stay clickable on top
  const circles = feats.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const pr = f.properties;
    const r = 3 + 22 * Math.sqrt(pr.event_count / max);
    return svg("circle", {
      class: "place", cx: fmt(p.x(lon), 1), cy: fmt(p.y(lat), 1), r: fmt(r, 1), fill: colour(conflictShare(pr)),
      tabindex: 0, "data-name": pr.name, "data-count": pr.event_count,
      onclick: () => panel.replaceChildren(placePanel(f)),
      onkeydown: (ev) => { if (ev.key === "Enter") panel.replaceChildren(placePanel(f)); },
    }, svg("title", {}, `${pr.name} (${pr.country || "?"}): ${pr.event_count} events`));
  });
  const labels = feats.slice(0, 15).map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const r = 3 + 22 * Math.sqrt(f.properties.event_count / max);
    return svg("text", { class: "place-label", x: fmt(p.x(lon) + r + 2, 1), y: fmt(p.y(lat) + 4, 1) }, f.properties.name);
  });
  return h("section", { class: "map" },
    h("div", { class: "bar" }, h("h1", {}, "Map"),
      h("span", { class: "count" }, `${fc.events} events at ${feats.length} places` + (fc.unlocated ? `; ${fc.unlocated} without a place are not shown` : "")),
      h("span", { class: "legend" }, h("span", { class: "swatch coop" }), "cooperation ", h("span", { class: "swatch conflict" }), "conflict; area: events")),
    h("div", { class: "map-wrap" },
      zoomable(svg("svg", { class: "chart zoomable", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of events" },
        svg("defs", {}, svg("clipPath", { id: "sea-clip" }, svg("rect", SEA))),
        svg("rect", { class: "sea", ...SEA }),
        svg("g", { class: "countries", "clip-path": "url(#sea-clip)" }, countries ? countryShapes(p, countries, withEvents) : []),
        svg("g", {}, graticule(p)), svg("g", { class: "places" }, circles), svg("g", {}, labels))),
      panel),
    h("p", { class: "muted small" }, "Equirectangular projection; lines every few degrees of latitude and longitude; ",
      countries ? "country outlines from Natural Earth (1:110m), shaded where the selection has events. "
        : "the country outlines could not be loaded. ",
      "Wheel to zoom, drag to pan, double-click to reset."));
}
