"""The provision-to-requirement graph of an analysis, and its export to GraphML, GEXF and JSON.

Node ids are stable strings built from document names, provision ids and requirement ids,
so the same node means the same thing across runs and versions. Attributes:

nodes (all have ``kind`` and ``label``)
  document     ``doc:<name>``            sha256, lang, format
  provision    ``prov:<doc>#<id>``       document, unit, number, heading, start, end
  term         ``term:<doc>#<term>``     document
  requirement  ``req:<id>``              title, status, priority
  element      ``el:<req>/<element>``    requirement, role, essential (bool), status
edges (all have ``kind``)
  part-of            provision -> parent provision or document
  defines            provision -> term
  uses-term          provision (section) -> term
  refers-to          provision -> provision; quote
  has-element        requirement -> element
  satisfies | partly-satisfies | contradicts | narrows
                     provision -> element; score, quote, start, end, rule, via (the chain as text)
"""
from __future__ import annotations

import io
import json

import networkx as nx

from .analysis import Analysis

FORMATS = ("graphml", "gexf", "json")


def _prov(document: str, provision: str) -> str:
    return f"prov:{document}#{provision}"


def build(analysis: Analysis) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="gapcheck", rubric=f"{analysis.rubric.id} {analysis.rubric.version}",
                        rubric_sha256=analysis.rubric.sha256)
    for d in analysis.documents:
        g.add_node(f"doc:{d.name}", kind="document", label=d.name, sha256=d.sha256, lang=d.lang, format=d.format)
        for p in analysis.provisions[d.name]:
            node = _prov(d.name, p.id)
            g.add_node(node, kind="provision", label=f"{p.unit} {p.number}".strip(), document=d.name,
                       unit=p.unit, number=p.number, heading=p.heading, start=p.start, end=p.end)
            parent = _prov(d.name, p.parent) if p.parent else f"doc:{d.name}"
            g.add_edge(node, parent, key="part-of", kind="part-of")
    for t in analysis.links.terms:
        node = f"term:{t.document}#{t.term}"
        g.add_node(node, kind="term", label=t.term, document=t.document)
        g.add_edge(_prov(t.document, t.provision), node, key="defines", kind="defines")
    for u in analysis.links.uses:
        node = f"term:{u.defined_document}#{u.term}"
        g.add_edge(_prov(u.document, u.section), node, key="uses-term", kind="uses-term")
    for r in analysis.links.references:
        g.add_edge(_prov(r.document, r.source), _prov(r.target_document, r.target),
                   key=f"refers-to:{r.start}", kind="refers-to", quote=r.quote)
    for v in analysis.verdicts:
        req = v.requirement
        rnode = f"req:{req.id}"
        g.add_node(rnode, kind="requirement", label=req.id, title=req.title, status=v.status,
                   priority=getattr(req, "priority", ""))
        for e in v.elements:
            enode = f"el:{req.id}/{e['id']}"
            g.add_node(enode, kind="element", label=e["id"], requirement=req.id, role=e["role"],
                       essential=bool(e["essential"]), status=e["status"])
            g.add_edge(rnode, enode, key="has-element", kind="has-element")
        roles = {e["id"]: e for e in v.elements}
        for ev in v.evidence:
            if ev.element not in roles:
                continue
            kind = {"contradicts": "contradicts", "narrows": "narrows"}.get(ev.polarity)
            if kind is None:
                kind = "satisfies" if v.status == "covered" else "partly-satisfies"
            via = " > ".join(f"{s['from']} -[{s['kind']}: {s['label']}]-> {s['provision']}" for s in ev.via)
            g.add_edge(_prov(ev.document, ev.provision), f"el:{req.id}/{ev.element}",
                       key=f"{kind}:{ev.start}-{ev.end}:{len(ev.via)}", kind=kind, score=float(ev.score),
                       quote=ev.quote, start=ev.start, end=ev.end, rule=ev.rule, via=via)
    return g


def export(graph: nx.MultiDiGraph, fmt: str) -> str:
    """The graph serialised as ``graphml``, ``gexf`` or node-link ``json`` (deterministic)."""
    ordered = nx.MultiDiGraph(**graph.graph)
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda n: n[0]))
    ordered.add_edges_from(sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])))
    if fmt == "json":
        data = nx.node_link_data(ordered, edges="links")
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(ordered, buffer, encoding="utf-8")
    elif fmt == "gexf":
        # GEXF carries no timestamp when version is given explicitly? networkx adds lastmodifieddate:
        nx.write_gexf(ordered, buffer, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r}; expected one of {', '.join(FORMATS)}")
    text = buffer.getvalue().decode("utf-8")
    if fmt == "gexf":
        import re
        text = re.sub(r'\s*lastmodifieddate="[^"]*"', "", text)
    return text
