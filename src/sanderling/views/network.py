"""Actor network: who supports and who opposes whom over a period.

Two sources of edges:
- events (resolved, one per real-world event however many reports it has): cooperation (quad classes 1-2)
  is support from actor to recipient, conflict (quad classes 3-4) is opposition; the weight of an event is
  its PLOVER conflict-cooperation score's magnitude / 10 (an AID counts 1.0, a CONSULT 0.25, an ASSAULT 0.9,
  an ACCUSE 0.3), halved for claimed events; hypothetical, future and denied events do not count;
- explicit statements (``relations`` table: "Haftar, backed by Russia and the UAE"): weight 1 per article.

Actors are collapsed to the organisation or country they act for (``sanderling.resolve.actors``: Erdogan ->
Turkey, Haftar -> the LNA, GNA forces -> the GNA), using the affiliation valid on the event's date."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from ..events.ontology import QUAD_CLASS, SCORES
from ..resolve.actors import canonical

STATUS_WEIGHT = {"asserted": 1.0, "claimed": 0.5}


@dataclass
class Edge:
    source: str
    target: str
    kind: str                     # support | oppose
    weight: float = 0.0
    events: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)   # article ids of explicit statements


def _period_sql(col: str, date_from: date | None, date_to: date | None) -> tuple[str, list]:
    where, params = [], []
    if date_from:
        where.append(f"{col} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{col} <= ?")
        params.append(date_to)
    return (" AND " + " AND ".join(where)) if where else "", params


def build_network(store, date_from: date | None = None, date_to: date | None = None, kb=None,
                  include_historical: bool = True, min_weight: float = 0.0) -> dict:
    """Nodes and edges as plain dicts (the ``--format json`` shape)."""
    if kb is None:
        from ..actors.kb import KnowledgeBase
        kb = KnowledgeBase.load()
    con = store.con
    edges: dict[tuple[str, str, str], Edge] = {}

    def edge(a, b, kind) -> Edge:
        key = (a, b, kind)
        if key not in edges:
            edges[key] = Edge(a, b, kind)
        return edges[key]

    cond, params = _period_sql("e.date", date_from, date_to)
    if not include_historical:
        cond += " AND NOT coalesce(e.historical, false)"
    rows = con.execute(f"SELECT e.id, e.event_type, e.quad_class, e.status, e.date, e.actor_ids, e.recipient_ids "
                       f"FROM events e WHERE e.date IS NOT NULL{cond}", params).fetchall()
    for eid, etype, quad, status, when, actors, recips in rows:
        w = abs(SCORES.get(etype, 0)) / 10 * STATUS_WEIGHT.get(status, 0.0)
        if w <= 0 or not actors or not recips:
            continue
        quad = quad or QUAD_CLASS.get(etype)
        kind = "support" if quad in (1, 2) else "oppose"
        pairs = {(canonical(a, when, kb), canonical(b, when, kb)) for a in actors for b in recips}
        for a, b in pairs:
            if a == b:
                continue
            e = edge(a, b, kind)
            e.weight += w
            if eid not in e.events:
                e.events.append(eid)
    cond, params = _period_sql("a.published", date_from, date_to)
    rel_rows = con.execute(f"SELECT r.a, r.rel, r.b, r.doc_id, a.published FROM relations r "
                           f"LEFT JOIN articles a ON a.id = r.doc_id WHERE true{cond}", params).fetchall()
    for a, rel, b, doc_id, when in rel_rows:
        ca, cb = canonical(a, when, kb), canonical(b, when, kb)
        if ca == cb:
            continue
        e = edge(ca, cb, "support" if rel == "supports" else "oppose")
        if doc_id not in e.statements:
            e.statements.append(doc_id)
            e.weight += 1.0

    names = dict(con.execute("SELECT id, name FROM actors").fetchall())

    def node(i):
        a = kb.get(i)
        return {"id": i, "name": (a.name if a else None) or names.get(i) or i,
                "country": a.country if a else None, "kind": a.kind if a else None}

    kept = [e for e in edges.values() if e.weight > min_weight]
    ids = sorted({e.source for e in kept} | {e.target for e in kept})
    nodes = {i: node(i) for i in ids}
    degree = defaultdict(float)
    for e in kept:
        degree[e.source] += e.weight
        degree[e.target] += e.weight
    for i, n in nodes.items():
        n["weight"] = round(degree[i], 3)
    out_edges = [{"source": e.source, "target": e.target, "source_name": nodes[e.source]["name"],
                  "target_name": nodes[e.target]["name"], "kind": e.kind, "weight": round(e.weight, 3),
                  "events": e.events, "statements": e.statements}
                 for e in sorted(kept, key=lambda e: (-e.weight, e.source, e.target, e.kind))]
    return {"from": date_from.isoformat() if date_from else None, "to": date_to.isoformat() if date_to else None,
            "nodes": sorted(nodes.values(), key=lambda n: -n["weight"]), "edges": out_edges}


def has_edge(net: dict, source: str, target: str, kind: str, either_way: bool = False) -> bool:
    for e in net["edges"]:
        if e["kind"] != kind:
            continue
        if (e["source"], e["target"]) == (source, target) or (either_way and (e["target"], e["source"]) == (source, target)):
            return True
    return False


def to_text(net: dict) -> str:
    lines = [f"{len(net['nodes'])} actors, {len(net['edges'])} edges"]
    for e in net["edges"]:
        verb = "supports" if e["kind"] == "support" else "opposes "
        lines.append(f"{e['weight']:7.2f}  {e['source_name']} ({e['source']}) {verb} {e['target_name']} ({e['target']})"
                     f"  [{len(e['events'])} events, {len(e['statements'])} statements]")
    return "\n".join(lines)


def to_json(net: dict) -> str:
    return json.dumps(net, ensure_ascii=False, indent=1)


def to_graphml(net: dict) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
           '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
           '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
           '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
           '  <key id="events" for="edge" attr.name="events" attr.type="string"/>',
           '  <graph id="sanderling" edgedefault="directed">']
    for n in net["nodes"]:
        out.append(f'    <node id="{escape(n["id"], {chr(34): "&quot;"})}"><data key="name">{escape(str(n["name"]))}</data>'
                   f'<data key="country">{escape(str(n["country"] or ""))}</data></node>')
    for i, e in enumerate(net["edges"]):
        out.append(f'    <edge id="e{i}" source="{escape(e["source"], {chr(34): "&quot;"})}" '
                   f'target="{escape(e["target"], {chr(34): "&quot;"})}"><data key="kind">{e["kind"]}</data>'
                   f'<data key="weight">{e["weight"]}</data><data key="events">{escape(" ".join(e["events"]))}</data></edge>')
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


def subnetwork(net: dict, ids: set[str], kb=None) -> dict:
    """The edges touching any of ``ids`` (taken as they are and collapsed like the network's nodes), with
    their nodes: one actor's corner of the network."""
    wanted = set(ids) | {canonical(i, None, kb) for i in ids}
    edges = [e for e in net["edges"] if e["source"] in wanted or e["target"] in wanted]
    keep = {e["source"] for e in edges} | {e["target"] for e in edges}
    return {**net, "nodes": [n for n in net["nodes"] if n["id"] in keep], "edges": edges}
