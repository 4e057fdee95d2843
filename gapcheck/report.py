"""Render an analysis (or a bill check) for people: text for the terminal, Markdown, CSV, HTML, JSON.

Statute text and file names are user data. Every renderer escapes them for its medium:
rich markup for the terminal, HTML entities plus Markdown syntax for Markdown, a leading
``'`` against spreadsheet formulas for CSV, HTML entities for HTML (and ``\\u003c`` etc. for the
JSON embedded in a page). A statute containing ``<script>`` renders as text, everywhere.

The HTML page is one self-contained file: inline CSS and JavaScript (``templates/``), an
inline SVG graph laid out here, and a Content-Security-Policy that forbids any network request.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources

from . import __version__
from .analysis import Analysis, summary, to_dict, to_json
from .rubric import STATUSES

HEADLINE = ("csam-ai-generated", "victim-non-criminalisation", "corporate-liability")
STATUS_STYLE = {"covered": "green", "partial": "yellow", "missing": "red", "contradicted": "bold magenta"}
FORMATS = ("text", "json", "md", "html", "csv")
BILL_FORMATS = ("md", "html")

# The page may run its own inline script and style and show data: images; nothing else, so a
# report opened from an e-mail or a USB stick can make no network request at all.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")

# Polarity of evidence, from least to most serious for the verdict.
SEVERITY = {"supports": 0, "narrows": 1, "contradicts": 2}


def ordered(analysis: Analysis):
    """Verdicts with the three headline requirements first, then rubric order."""
    head = [v for h in HEADLINE for v in analysis.verdicts if v.requirement.id == h]
    rest = [v for v in analysis.verdicts if v.requirement.id not in HEADLINE]
    return head + rest


def _best(evidence, n=2):
    direct = [e for e in evidence if not e.via and e.polarity != "anchor"]
    chosen = sorted(direct or evidence, key=lambda e: (-e.score, e.document, e.start))[:n]
    return chosen


def _cite(e) -> str:
    chain = ""
    if e.via:
        chain = " via " + " → ".join(f"{s['from']} [{s['label']}]" for s in e.via)
    return f"{e.document} {e.provision}{chain}"


def _guidance(verdict) -> str | None:
    """The rubric's drafting guidance for the verdict's status; None when covered."""
    given = verdict.to_dict()["guidance"]
    if given or verdict.status == "covered":
        return given
    # cover only reads guidance given as a dict; the rubric may hand out a read-only mapping.
    guidance = getattr(verdict.requirement, "guidance", None)
    if isinstance(guidance, Mapping):
        return guidance.get(verdict.status) or guidance.get("missing")
    return None


# ---------------------------------------------------------------------------------------------
# Terminal
# ---------------------------------------------------------------------------------------------

def render_text(analysis: Analysis, color: bool = False, width: int = 120) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    counts = summary(analysis)
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width)
    r = analysis.rubric
    console.print(escape(f"gapcheck — rubric {r.id} {r.version} (sha256 {r.sha256[:12]}); "
                         f"{len(analysis.documents)} document(s): " + ", ".join(d.name for d in analysis.documents)))
    console.print("  ".join(f"{k}: {v}" for k, v in counts.items()))
    table = Table(show_lines=False)
    table.add_column("requirement", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("evidence")
    for v in ordered(analysis):
        style = STATUS_STYLE[v.status]
        evidence = "; ".join(f"{_cite(e)}: “{' '.join(e.quote.split())[:60]}”" for e in _best(v.evidence))
        table.add_row(v.requirement.id, f"[{style}]{v.status}[/{style}]", escape(evidence) or "—")
    console.print(table)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Evidence in context: the provisions behind a verdict, with the matched spans marked
# ---------------------------------------------------------------------------------------------

@dataclass
class ProvisionEvidence:
    """The evidence one provision gives for one requirement: what a reader checks by eye."""

    document: str
    provision: str                # provision id (a section id for evidence inherited via a chain)
    section: str                  # the enclosing section as printed
    lang: str
    text: str                     # the provision's text, exactly as in the document
    start: int                    # the provision's offset in the document
    items: list = field(default_factory=list)   # cover.Evidence

    @property
    def key(self) -> str:
        return f"{self.document}#{self.provision}"

    @property
    def polarity(self) -> str:
        return max((e.polarity for e in self.items), key=lambda p: SEVERITY.get(p, 0))

    @property
    def inherited(self) -> bool:
        return all(e.via for e in self.items)

    @property
    def elements(self) -> list[str]:
        return sorted({e.element for e in self.items})

    @property
    def score(self) -> float:
        return max(e.score for e in self.items)

    @property
    def rules(self) -> list[str]:
        return sorted({e.rule for e in self.items})

    @property
    def chains(self) -> list[list[dict]]:
        seen, chains = set(), []
        for e in self.items:
            key = tuple((s["from_document"], s["from"], s["kind"], s["label"], s["document"], s["provision"])
                        for s in e.via)
            if e.via and key not in seen:
                seen.add(key)
                chains.append(e.via)
        return chains

    def spans(self) -> list[tuple[int, int, str]]:
        """The matched spans as offsets into ``text``, with their polarity."""
        found = []
        for e in self.items:
            a, b = e.start - self.start, e.end - self.start
            if 0 <= a < b <= len(self.text):
                found.append((a, b, e.polarity))
        return found


def provisions_of(analysis: Analysis) -> dict[tuple[str, str], object]:
    """Every provision of the analysis by (document name, provision id)."""
    return {(doc, p.id): p for doc, ps in analysis.provisions.items() for p in ps}


def evidence_by_provision(analysis: Analysis, evidence, lookup=None) -> list[ProvisionEvidence]:
    """``evidence`` grouped by the provision it lies in, in document order."""
    lookup = lookup if lookup is not None else provisions_of(analysis)
    langs = {d.name: d.lang for d in analysis.documents}
    texts = {d.name: d.text for d in analysis.documents}
    order = {d.name: i for i, d in enumerate(analysis.documents)}
    groups: dict[tuple[str, str], ProvisionEvidence] = {}
    for e in evidence:
        key = (e.document, e.provision)
        if key not in groups:
            p = lookup.get(key)
            if p is not None:
                text, start = p.text, p.start
            else:   # a provision the splitter no longer knows: show the matched words alone
                text, start = texts.get(e.document, "")[e.start:e.end], e.start
            groups[key] = ProvisionEvidence(e.document, e.provision, e.section, langs.get(e.document, ""),
                                            text, start)
        groups[key].items.append(e)
    return sorted(groups.values(), key=lambda g: (order.get(g.document, 0), g.start, g.provision))


def _normalise(text: str) -> tuple[str, list[int]]:
    """``text`` with runs of whitespace collapsed to one space, and where each offset went."""
    out: list[str] = []
    where: list[int] = []
    space = True                       # drop leading whitespace
    for ch in text:
        where.append(len(out))
        if ch.isspace():
            if not space:
                out.append(" ")
            space = True
        else:
            out.append(ch)
            space = False
    where.append(len(out))
    while out and out[-1] == " ":
        out.pop()
    return "".join(out), [min(w, len(out)) for w in where]


def snippet(text: str, spans, limit: int = 700, margin: int = 180) -> list[tuple[str, str | None]]:
    """The provision text as pieces ``(text, polarity or None)``: a piece with a polarity is a
    matched span to mark. Whitespace is collapsed; a provision longer than ``limit`` shows only
    ``margin`` characters either side of the spans, with "…" for what is left out."""
    norm, where = _normalise(text)
    merged: list[list] = []
    for a, b, polarity in sorted((where[a], where[b], p) for a, b, p in spans if 0 <= a < b <= len(text)):
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            if SEVERITY.get(polarity, 0) > SEVERITY.get(merged[-1][2], 0):
                merged[-1][2] = polarity
        else:
            merged.append([a, b, polarity])
    if not merged:
        windows = [[0, min(len(norm), limit)]]
    elif len(norm) <= limit:
        windows = [[0, len(norm)]]
    else:
        windows = []
        for a, b, _ in merged:
            lo, hi = max(0, a - margin), min(len(norm), b + margin)
            lo = norm.rfind(" ", 0, lo) + 1 if lo > 0 else 0        # whole words only
            hi_space = norm.find(" ", hi)
            hi = len(norm) if hi_space < 0 or hi >= len(norm) else hi_space
            if windows and lo <= windows[-1][1] + 1:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
    pieces: list[tuple[str, str | None]] = []
    for i, (lo, hi) in enumerate(windows):
        if lo > 0:
            pieces.append(("… " if i == 0 else " … ", None))
        cursor = lo
        for a, b, polarity in merged:
            if b <= lo or a >= hi:
                continue
            a, b = max(a, lo), min(b, hi)
            if a > cursor:
                pieces.append((norm[cursor:a], None))
            pieces.append((norm[a:b], polarity))
            cursor = b
        if cursor < hi:
            pieces.append((norm[cursor:hi], None))
        if i == len(windows) - 1 and hi < len(norm):
            pieces.append((" …", None))
    return pieces


def via_text(via: list[dict]) -> str:
    """A ``via`` chain in one line of plain text: ``sec_11 -[term: child]-> sec_2``."""
    if not via:
        return ""
    parts = [via[0]["from"]]
    for step in via:
        parts.append(f"-[{step['kind']}: {' '.join(str(step['label']).split())}]-> {step['provision']}")
    return " ".join(parts)


def _via_words(via: list[dict]) -> str:
    """A ``via`` chain for a reader: how the evidence was reached from a relevant section."""
    steps = []
    for step in via:
        label = " ".join(str(step["label"]).split())
        how = f"uses the term “{label}”" if step["kind"] == "term" else f"refers to “{label}”"
        steps.append(f"{step['from']} {how} → {step['provision']}")
    return "; ".join(steps)


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------

def _md(text: str) -> str:
    """Escape statute text for Markdown: HTML-escape, and neutralise Markdown syntax characters."""
    text = html.escape(" ".join(str(text).split()), quote=False)
    for ch in "\\`*_[]|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _md_snippet(pieces) -> str:
    """Snippet pieces as Markdown, matched spans in bold; spaces stay outside the ``**``."""
    out = []
    for text, polarity in pieces:
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() and text.strip() else ""
        if not text.strip():
            out.append(" ")
        elif polarity is None:
            out.append(lead + _md(text) + trail)
        else:
            out.append(f"{lead}**{_md(text)}**{trail}")
    return re.sub(" {2,}", " ", "".join(out)).strip()


def _md_provision(group: ProvisionEvidence, limit=700, margin=180) -> list[str]:
    head = f"- **{_md(group.document)} {_md(group.provision)}**"
    if group.section:
        head += f" (section {_md(group.section)})"
    tags = ", ".join(group.elements)
    head += f" — {_md(tags)}; {group.polarity}; score {group.score:.2f}"
    lines = [head]
    for chain in group.chains:
        lines.append(f"  - via: {_md(_via_words(chain))}")
    lines.append("")
    lines.append("  > " + _md_snippet(snippet(group.text, group.spans(), limit, margin)))
    lines.append("")
    return lines


def render_markdown(analysis: Analysis) -> str:
    """The country profile as Markdown: summary, verdict table, then each requirement with its
    provisions quoted in context (matched words in bold), the chains followed, and guidance."""
    r = analysis.rubric
    counts = summary(analysis)
    lookup = provisions_of(analysis)
    verdicts = ordered(analysis)
    out = ["# gapcheck country profile", "",
           f"Rubric **{_md(r.id)}** version {_md(r.version)}, sha256 `{r.sha256}`; "
           f"gapcheck {__version__}, classifier {'rules+model' if analysis.model_used else 'rules'}.", "",
           "| document | format | language | sha256 |", "|---|---|---|---|"]
    out += [f"| {_md(d.name)} | {d.format} | {d.lang} | `{d.sha256}` |" for d in analysis.documents]
    out += ["", "## Summary", "",
            "**" + ", ".join(f"{counts[s]} {s}" for s in STATUSES) + "** "
            f"of {len(analysis.verdicts)} requirements.", "",
            "Headline requirements: " + "; ".join(
                f"**{v.requirement.id}** {v.status}" for v in verdicts if v.requirement.id in HEADLINE) + ".", "",
            "| requirement | status | supporting provisions |", "|---|---|---|"]
    for v in verdicts:
        provs = sorted({f"{e.document} {e.provision}" for e in v.evidence})
        more = f" (+{len(provs) - 4} more)" if len(provs) > 4 else ""
        out.append(f"| {v.requirement.id} | {v.status} | {_md(', '.join(provs[:4])) or '—'}{more} |")
    out += ["", "## Requirements"]
    for v in verdicts:
        req = v.requirement
        out += ["", f"### {req.id} — {_md(req.title)}: **{v.status}**", ""]
        if getattr(req, "sources", None):
            out += [f"Sources: {_md('; '.join(req.sources))}.", ""]
        out += ["Elements: " + ", ".join(f"{e['id']} ({'essential, ' if e['essential'] else ''}{e['status']})"
                                        for e in v.elements), ""]
        groups = evidence_by_provision(analysis, v.evidence, lookup)
        if groups:
            out += [f"Evidence ({len(groups)} provision{'s' if len(groups) != 1 else ''}):", ""]
            for group in groups:
                out += _md_provision(group)
        else:
            out += ["No provision found.", ""]
        guidance = _guidance(v)
        if guidance:
            out += [f"**Drafting guidance:** {_md(guidance)}", ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------

CSV_COLUMNS = ("requirement", "title", "status", "document", "provision", "section", "element",
               "quote", "score", "via", "polarity", "rule")


def safe_cell(value) -> str:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage
    return, which some spreadsheets skip before looking for a formula) gets a leading ``'``."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def write_csv(rows, header) -> str:
    """RFC 4180 CSV (CRLF line ends, quotes where needed) of ``rows``, every cell made safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return buffer.getvalue()


def render_csv(analysis: Analysis) -> str:
    """One row per requirement × evidence, and one row for each requirement without evidence."""
    rows = []
    for v in ordered(analysis):
        req = v.requirement
        if not v.evidence:
            rows.append([req.id, req.title, v.status, "", "", "", "", "", "", "", "", ""])
        for e in v.evidence:
            rows.append([req.id, req.title, v.status, e.document, e.provision, e.section, e.element,
                         " ".join(e.quote.split()), f"{e.score:.4f}", via_text(e.via), e.polarity, e.rule])
    return write_csv(rows, CSV_COLUMNS)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

def _h(value) -> str:
    """HTML-escape ``value`` for text and for attribute values."""
    return html.escape(str(value), quote=True)


def _asset(name: str) -> str:
    return resources.files("gapcheck").joinpath("templates", name).read_text(encoding="utf-8")


def script_json(payload) -> str:
    """``payload`` as JSON that is safe inside ``<script type="application/json">``: no ``<``,
    ``>`` or ``&`` can end the element or start markup, whatever the statute says."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    for ch, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return text


def page(title: str, body: str, data=None) -> str:
    """A complete, self-contained HTML document around ``body`` (already escaped HTML)."""
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{_h(CSP)}">',
             '<meta name="referrer" content="no-referrer">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<meta name="generator" content="gapcheck {_h(__version__)}">',
             f"<title>{_h(title)}</title>", "<style>", _asset("report.css"), "</style>", "</head>",
             "<body>", body]
    if data is not None:
        parts.append(f'<script type="application/json" id="gapcheck-data">{script_json(data)}</script>')
    parts += ["<script>", _asset("report.js"), "</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def badge(status: str) -> str:
    return f'<span class="badge {_h(status)}">{_h(status)}</span>'


def _html_snippet(pieces) -> str:
    out = []
    for text, polarity in pieces:
        if polarity is None:
            out.append(_h(text))
        else:
            out.append(f'<mark class="{_h(polarity)}">{_h(text)}</mark>')
    return "".join(out)


def html_provision(group: ProvisionEvidence, limit=700, margin=180, extra_class="") -> str:
    """One provision's evidence: where it is, what it matched, the chain followed, the text."""
    classes = ["evidence", group.polarity] + (["via"] if group.inherited else []) + ([extra_class] if extra_class else [])
    head = f'<div class="{_h(" ".join(classes))}" data-prov="{_h(group.key)}">'
    where = f"<strong>{_h(group.document)}</strong> <code>{_h(group.provision)}</code>"
    if group.section:
        where += f' <span class="muted">section {_h(group.section)}</span>'
    tags = ", ".join(group.elements)
    rules = "; ".join(group.rules)
    meta = (f'<div class="small">{where} — <span title="{_h(rules)}">{_h(tags)}</span>'
            f' · {_h(group.polarity)} · score {group.score:.2f}</div>')
    chains = "".join(
        '<div class="chain">via ' + " ".join(
            f'<span class="step"><code>{_h(s["from"])}</code> —{_h(s["kind"])} “{_h(" ".join(str(s["label"]).split()))}”→ '
            f'<code>{_h(s["provision"])}</code></span>' for s in chain) + "</div>"
        for chain in group.chains)
    quote = (f'<blockquote lang="{_h(group.lang)}">'
             f"{_html_snippet(snippet(group.text, group.spans(), limit, margin))}</blockquote>")
    return head + meta + chains + quote + "</div>"


def rubric_html(rubric, extra: str = "") -> str:
    """The rubric's id, version and sha256 (and gapcheck's version), for citing the report."""
    return (f'<p class="small">Rubric <strong>{_h(rubric.id)}</strong> version {_h(rubric.version)}, '
            f'sha256 <code>{_h(rubric.sha256)}</code>; gapcheck {_h(__version__)}{_h(extra)}.</p>')


def documents_html(documents) -> str:
    """The input files with their sha256, for citing the report."""
    rows = "".join(f"<tr><td>{_h(d.name)}</td><td>{_h(d.format)}</td><td>{_h(d.lang)}</td>"
                   f'<td class="hash"><code>{_h(d.sha256)}</code></td></tr>' for d in documents)
    return ('<table class="small"><thead><tr><th>document</th><th>format</th><th>language</th><th>sha256</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>")


GRAPH_ROW = 18
EDGE_KINDS = ("supports", "narrows", "contradicts", "via")


def edge_kind(evidence) -> str:
    """How an edge of the graph is drawn: by the evidence's polarity, or ``via`` when inherited."""
    if evidence.polarity in ("narrows", "contradicts"):
        return evidence.polarity
    return "via" if evidence.via else "supports"


def graph_svg(analysis: Analysis) -> str:
    """The provision-to-requirement graph as inline SVG: requirements on the left, provisions
    that give evidence on the right, one curve per (requirement, provision, kind)."""
    verdicts = ordered(analysis)
    lookup = provisions_of(analysis)
    doc_order = {d.name: i for i, d in enumerate(analysis.documents)}
    provs: dict[tuple[str, str], int] = {}
    edges: dict[tuple[str, tuple[str, str], str], list] = {}
    for v in verdicts:
        for e in v.evidence:
            key = (e.document, e.provision)
            p = lookup.get(key)
            provs[key] = p.start if p is not None else e.start
            edges.setdefault((v.requirement.id, key, edge_kind(e)), []).append(e)
    prov_list = sorted(provs, key=lambda k: (doc_order.get(k[0], 0), provs[k], k[1]))
    several = len(analysis.documents) > 1
    n = max(len(verdicts), len(prov_list), 1)
    height = 20 + n * GRAPH_ROW
    x_req, x_prov, width = 250, 640, 1000
    y_req = {v.requirement.id: 20 + (i + 0.5) * (n * GRAPH_ROW / max(len(verdicts), 1))
             for i, v in enumerate(verdicts)}
    y_prov = {k: 20 + (i + 0.5) * (n * GRAPH_ROW / max(len(prov_list), 1)) for i, k in enumerate(prov_list)}
    out = [f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0f}" '
           f'role="img" aria-label="provision-to-requirement graph">',
           f'<text x="{x_req - 8}" y="12" text-anchor="end" font-weight="600">requirements</text>',
           f'<text x="{x_prov + 8}" y="12" font-weight="600">provisions</text>', '<g class="edges">']
    for (rid, key, kind), items in sorted(edges.items(), key=lambda kv: (EDGE_KINDS.index(kv[0][2]),)):
        y1, y2 = y_req[rid], y_prov[key]
        mid = (x_req + x_prov) / 2
        quotes = "; ".join(sorted({" ".join(e.quote.split()) for e in items}))[:200]
        out.append(f'<path class="edge {kind}" data-req="{_h(rid)}" data-prov="{_h(key[0] + "#" + key[1])}" '
                   f'd="M{x_req + 6},{y1:.1f} C{mid:.0f},{y1:.1f} {mid:.0f},{y2:.1f} {x_prov - 6},{y2:.1f}">'
                   f"<title>{_h(rid)} ← {_h(key[1])} ({kind}): {_h(quotes)}</title></path>")
    out.append("</g>")
    for v in verdicts:
        rid, y = v.requirement.id, y_req[v.requirement.id]
        out.append(f'<g class="node req {_h(v.status)}" data-req="{_h(rid)}" data-status="{_h(v.status)}" '
                   f'tabindex="0" role="button"><title>{_h(v.requirement.title)}: {_h(v.status)}</title>'
                   f'<circle cx="{x_req}" cy="{y:.1f}" r="5"/>'
                   f'<text x="{x_req - 9}" y="{y + 4:.1f}" text-anchor="end">{_h(rid)}</text></g>')
    for key in prov_list:
        y = y_prov[key]
        label = f"{key[0]} · {key[1]}" if several else key[1]
        out.append(f'<g class="node prov" data-prov="{_h(key[0] + "#" + key[1])}" tabindex="0" role="button">'
                   f'<title>{_h(key[0])} {_h(key[1])}</title><circle cx="{x_prov}" cy="{y:.1f}" r="4"/>'
                   f'<text x="{x_prov + 9}" y="{y + 4:.1f}">{_h(label)}</text></g>')
    out.append("</svg>")
    return "\n".join(out)


def _legend() -> str:
    names = {"supports": "supports (direct)", "narrows": "narrows", "contradicts": "contradicts",
             "via": "inherited through a definition or reference"}
    return '<div class="legend">' + "".join(f'<span><i class="{k}"></i>{_h(names[k])}</span>'
                                            for k in EDGE_KINDS) + "</div>"


def _filters(counts: dict[str, int]) -> str:
    boxes = "".join(f'<label><input type="checkbox" data-filter-status="{s}" checked> {badge(s)} {counts.get(s, 0)}</label>'
                    for s in STATUSES)
    return (f'<div class="controls" role="group" aria-label="filters"><strong>Show</strong> {boxes}'
            '<button type="button" data-expand="all">expand all</button>'
            '<button type="button" data-expand="none">collapse all</button></div>')


def render_html(analysis: Analysis, title: str | None = None) -> str:
    """The country profile as one self-contained HTML page (see the module docstring)."""
    r = analysis.rubric
    counts = summary(analysis)
    lookup = provisions_of(analysis)
    verdicts = ordered(analysis)
    name = title or ", ".join(d.title or d.name for d in analysis.documents)
    body = [f"<header><h1>Country profile: {_h(name)}</h1>",
            '<p class="muted">Gap analysis against the rubric of UN Special Rapporteur report A/79/122 '
            "para 97 and the OPSC, by gapcheck.</p>",
            rubric_html(r, f", classifier {'rules+model' if analysis.model_used else 'rules'}"),
            documents_html(analysis.documents),
            "</header>", "<main>", '<section id="summary"><h2>Summary</h2><div class="counts">']
    body += [f'<div class="count {s}"><b>{counts[s]}</b>{s}</div>' for s in STATUSES]
    body.append('</div><div class="headline">')
    for v in verdicts:
        if v.requirement.id in HEADLINE:
            body.append(f'<div class="card {_h(v.status)}"><a href="#req-{_h(v.requirement.id)}">'
                        f"<strong>{_h(v.requirement.id)}</strong></a> {badge(v.status)}"
                        f'<div class="small">{_h(v.requirement.title)}</div></div>')
    body.append("</div></section>")
    body.append(_filters(counts))
    body.append('<section id="verdicts"><h2>Verdicts</h2><table class="verdicts"><thead><tr>'
                "<th>requirement</th><th>title</th><th>status</th><th>provisions</th></tr></thead><tbody>")
    for v in verdicts:
        provs = sorted({e.provision for e in v.evidence})
        shown = ", ".join(provs[:4]) + (f" (+{len(provs) - 4} more)" if len(provs) > 4 else "")
        body.append(f'<tr data-status="{_h(v.status)}"><td><a href="#req-{_h(v.requirement.id)}">'
                    f"{_h(v.requirement.id)}</a></td><td>{_h(v.requirement.title)}</td><td>{badge(v.status)}</td>"
                    f'<td class="small"><code>{_h(shown) or "—"}</code></td></tr>')
    body.append("</tbody></table></section>")
    body.append('<section id="graph"><h2>Provisions and requirements</h2>'
                '<p class="small muted noprint">Click a requirement to highlight the provisions that give it '
                "evidence; click a provision to see the requirements it serves.</p>"
                + _legend() + '<div class="graph-wrap">' + graph_svg(analysis) + "</div>"
                '<p id="graph-info" class="graph-info" aria-live="polite"></p></section>')
    body.append('<section id="requirements"><h2>Requirements</h2>')
    for v in verdicts:
        req = v.requirement
        groups = evidence_by_provision(analysis, v.evidence, lookup)
        body.append(f'<section class="requirement" id="req-{_h(req.id)}" data-status="{_h(v.status)}">'
                    f"<header><h3>{_h(req.id)} — {_h(req.title)}</h3>{badge(v.status)}"
                    '<button type="button" class="toggle" aria-expanded="true">hide</button></header>'
                    '<div class="body">')
        if getattr(req, "statement", None):
            body.append(f'<p class="small">{_h(" ".join(req.statement.split()))}</p>')
        if getattr(req, "sources", None):
            body.append(f'<p class="small muted">Sources: {_h("; ".join(req.sources))}</p>')
        body.append('<ul class="elements">' + "".join(
            f'<li class="{_h(e["status"])} {_h(e["role"])}" title="{_h(e["role"])}">{_h(e["id"])}'
            f'{" (essential)" if e["essential"] else ""}: {_h(e["status"])}</li>' for e in v.elements) + "</ul>")
        if groups:
            body.append(f'<p class="small">Evidence in {len(groups)} provision{"s" if len(groups) != 1 else ""}:</p>')
            body += [html_provision(g) for g in groups]
        else:
            body.append('<p class="small muted">No provision found.</p>')
        guidance = _guidance(v)
        if guidance:
            body.append(f'<div class="guidance"><strong>Drafting guidance.</strong> {_h(" ".join(guidance.split()))}</div>')
        body.append("</div></section>")
    body += ["</section>", "</main>"]
    return page(f"gapcheck country profile: {name}", "\n".join(body), data=to_dict(analysis))


# ---------------------------------------------------------------------------------------------
# Bill check
# ---------------------------------------------------------------------------------------------

@dataclass
class BillChange:
    """What a bill does to one requirement, with the provisions responsible."""

    id: str
    title: str
    before: str
    after: str
    change: str                           # closes | worsens | unchanged
    guidance: str | None
    bill: list[ProvisionEvidence]         # the bill's own provisions that give evidence afterwards
    lost: list[tuple[object, list[ProvisionEvidence]]]   # (Amendment, law evidence it takes away)


def bill_changes(check) -> list[BillChange]:
    """Per requirement (headline first): before, after, and the provisions that made the difference."""
    rows = {row["id"]: row for row in check.changes()}
    bill_names = {d.name for d in check.after.documents} - {d.name for d in check.before.documents}
    before_lookup, after_lookup = provisions_of(check.before), provisions_of(check.after)
    amendments, seen = [], set()
    for a in check.amendments:
        if (a.document, a.target, a.effect) not in seen:
            seen.add((a.document, a.target, a.effect))
            amendments.append(a)
    after_by_id = {v.requirement.id: v for v in check.after.verdicts}
    changes = []
    for b in ordered(check.before):
        a = after_by_id[b.requirement.id]
        bill_evidence = [e for e in a.evidence if e.document in bill_names]
        lost = []
        for am in amendments:
            gone = [e for e in b.evidence if e.document == am.document and am.start <= e.start < am.end]
            if gone:
                lost.append((am, evidence_by_provision(check.before, gone, before_lookup)))
        changes.append(BillChange(b.requirement.id, b.requirement.title, b.status, a.status,
                                  rows[b.requirement.id]["change"], _guidance(a),
                                  evidence_by_provision(check.after, bill_evidence, after_lookup), lost))
    return changes


def _worst_first(groups: list[ProvisionEvidence]) -> list[ProvisionEvidence]:
    return sorted(groups, key=lambda g: (-SEVERITY.get(g.polarity, 0), g.inherited, -len(g.elements)))


BILL_QUOTES = 3


def _few(names, limit: int = 4) -> str:
    """At most ``limit`` names, then how many more."""
    names = list(names)
    return ", ".join(names[:limit]) + (f" (+{len(names) - limit} more)" if len(names) > limit else "")


def _bill_groups(check):
    changes = bill_changes(check)
    return ([c for c in changes if c.change == "worsens"], [c for c in changes if c.change == "closes"],
            [c for c in changes if c.change == "unchanged" and c.after != "covered"],
            [c for c in changes if c.change == "unchanged" and c.after == "covered"])


def _bill_names(check) -> tuple[list, list]:
    law = list(check.before.documents)
    names = {d.name for d in law}
    return law, [d for d in check.after.documents if d.name not in names]


def render_bill_markdown(check) -> str:
    """The bill check for a drafter: what the bill makes worse, which gaps it closes, which it
    leaves open, each with the provisions of the bill (and of the law it removes) quoted."""
    worse, closes, still_open, fine = _bill_groups(check)
    law, bills = _bill_names(check)
    r = check.after.rubric
    out = ["# Bill check", "",
           f"Law: {', '.join(_md(d.name) for d in law)}. Bill: {', '.join(_md(d.name) for d in bills)}.", "",
           f"**{len(closes)} gap(s) closed or narrowed, {len(worse)} made worse, {len(still_open)} left open**; "
           f"{len(fine)} requirement(s) covered before and after.", ""]
    if worse:
        out += ["Made worse: " + ", ".join(f"**{c.id}** ({c.before} → {c.after})" for c in worse) + ".", ""]

    def quoted(groups, limit=BILL_QUOTES):
        lines = []
        chosen = _worst_first(groups)
        for g in chosen[:limit]:
            lines += ["  " + line if line else "" for line in _md_provision(g, limit=500, margin=140)]
        if len(chosen) > limit:
            lines += [f"  - and {len(chosen) - limit} more: "
                      + _md(", ".join(g.provision for g in chosen[limit:])), ""]
        return lines

    out += ["## What the bill makes worse", ""]
    if not worse:
        out += ["Nothing.", ""]
    for c in worse:
        out += [f"### {c.id} — {_md(c.title)}: {c.before} → **{c.after}**", ""]
        for am, groups in c.lost:
            out += [f"- Removed by the bill's {_md(am.clause)} (“{_md(am.quote)}”): {_md(am.document)} "
                    f"{_md(am.target)} no longer counts. It gave:", ""]
            out += quoted(groups)
        narrowing = [g for g in c.bill if g.polarity != "supports"]
        if narrowing:
            out += ["- Bill provisions that narrow or contradict the requirement:", ""] + quoted(narrowing)
        elif c.bill:
            out += ["- Bill provisions that now give the evidence:", ""] + quoted(c.bill)
        if c.guidance:
            out += [f"**Drafting guidance:** {_md(c.guidance)}", ""]
    out += ["## Gaps the bill closes or narrows", ""]
    if not closes:
        out += ["None.", ""]
    for c in closes:
        out += [f"### {c.id} — {_md(c.title)}: {c.before} → **{c.after}**", ""]
        if c.bill:
            out += ["- Bill provisions responsible:", ""] + quoted(c.bill)
        for am, groups in c.lost:
            out += [f"- Replaces {_md(am.document)} {_md(am.target)} ({_md(am.clause)}: “{_md(am.quote)}”).", ""]
        if c.after != "covered" and c.guidance:
            out += [f"**Still open — drafting guidance:** {_md(c.guidance)}", ""]
    out += ["## Gaps it leaves open", ""]
    if not still_open:
        out += ["None.", ""]
    for c in still_open:
        touched = f" The bill touches it in {_md(_few(g.provision for g in c.bill))}." if c.bill else ""
        out += [f"- **{c.id}** ({c.after}) — {_md(c.title)}.{touched}"]
        if c.guidance:
            out += [f"  - Guidance: {_md(c.guidance)}"]
    out += ["", "## All requirements", "", "| requirement | before | after | change |", "|---|---|---|---|"]
    for c in worse + closes + still_open + fine:
        out.append(f"| {c.id} | {c.before} | {c.after} | {c.change} |")
    out += ["", f"Rubric {_md(r.id)} {_md(r.version)}, sha256 `{r.sha256}`. "
            + " ".join(f"{_md(d.name)} sha256 `{d.sha256}`." for d in law + bills)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip("\n") + "\n"


def render_bill_html(check) -> str:
    """The bill check as one self-contained HTML page (same content as the Markdown)."""
    worse, closes, still_open, fine = _bill_groups(check)
    law, bills = _bill_names(check)
    r = check.after.rubric

    def quoted(groups, css=""):
        chosen = _worst_first(groups)
        parts = [html_provision(g, 500, 140, css) for g in chosen[:BILL_QUOTES]]
        if len(chosen) > BILL_QUOTES:
            parts.append(f'<p class="small muted">and {len(chosen) - BILL_QUOTES} more: '
                         f'<code>{_h(", ".join(g.provision for g in chosen[BILL_QUOTES:]))}</code></p>')
        return "".join(parts)

    def head(c):
        return (f'<section class="requirement" id="req-{_h(c.id)}" data-status="{_h(c.after)}"><header>'
                f"<h3>{_h(c.id)} — {_h(c.title)}</h3>{badge(c.before)} → {badge(c.after)}"
                '<button type="button" class="toggle" aria-expanded="true">hide</button></header><div class="body">')

    body = ["<header><h1>Bill check</h1>",
            f"<p>Law: {_h(', '.join(d.name for d in law))}. Bill: {_h(', '.join(d.name for d in bills))}.</p>",
            rubric_html(r), documents_html(law + bills), "</header><main>",
            '<section id="summary"><h2>Summary</h2><div class="counts">',
            f'<div class="count covered"><b>{len(closes)}</b>gaps closed or narrowed</div>',
            f'<div class="count missing"><b>{len(worse)}</b>made worse</div>',
            f'<div class="count partial"><b>{len(still_open)}</b>left open</div>',
            f'<div class="count"><b>{len(fine)}</b>covered before and after</div></div>']
    if worse:
        body.append("<p><strong>Made worse:</strong> " + ", ".join(
            f'<a href="#req-{_h(c.id)}">{_h(c.id)}</a> ({_h(c.before)} → {_h(c.after)})' for c in worse) + "</p>")
    body.append("</section>")
    body.append('<section id="worse"><h2>What the bill makes worse</h2>')
    if not worse:
        body.append("<p>Nothing.</p>")
    for c in worse:
        body.append(head(c))
        for am, groups in c.lost:
            body.append(f'<p class="small">Removed by the bill’s <code>{_h(am.clause)}</code> '
                        f"(“{_h(am.quote)}”): <code>{_h(am.document)} {_h(am.target)}</code> no longer counts. It gave:</p>")
            body.append(f'<div class="lost">{quoted(groups)}</div>')
        narrowing = [g for g in c.bill if g.polarity != "supports"]
        if narrowing:
            body.append('<p class="small">Bill provisions that narrow or contradict the requirement:</p>' + quoted(narrowing))
        elif c.bill:
            body.append('<p class="small">Bill provisions that now give the evidence:</p>' + quoted(c.bill))
        if c.guidance:
            body.append(f'<div class="guidance"><strong>Drafting guidance.</strong> {_h(" ".join(c.guidance.split()))}</div>')
        body.append("</div></section>")
    body.append('</section><section id="closes"><h2>Gaps the bill closes or narrows</h2>')
    if not closes:
        body.append("<p>None.</p>")
    for c in closes:
        body.append(head(c))
        if c.bill:
            body.append('<p class="small">Bill provisions responsible:</p>' + quoted(c.bill))
        for am, _groups in c.lost:
            body.append(f'<p class="small">Replaces <code>{_h(am.document)} {_h(am.target)}</code> '
                        f"(<code>{_h(am.clause)}</code>: “{_h(am.quote)}”).</p>")
        if c.after != "covered" and c.guidance:
            body.append(f'<div class="guidance"><strong>Still open — drafting guidance.</strong> '
                        f'{_h(" ".join(c.guidance.split()))}</div>')
        body.append("</div></section>")
    body.append('</section><section id="open"><h2>Gaps it leaves open</h2>')
    if not still_open:
        body.append("<p>None.</p>")
    body.append("<ul>")
    for c in still_open:
        touched = f" The bill touches it in <code>{_h(_few(g.provision for g in c.bill))}</code>." if c.bill else ""
        guidance = f'<div class="small">{_h(" ".join(c.guidance.split()))}</div>' if c.guidance else ""
        body.append(f"<li><strong>{_h(c.id)}</strong> {badge(c.after)} {_h(c.title)}.{touched}{guidance}</li>")
    body.append('</ul></section><section id="all"><h2>All requirements</h2><table><thead><tr><th>requirement</th>'
                "<th>before</th><th>after</th><th>change</th></tr></thead><tbody>")
    for c in worse + closes + still_open + fine:
        body.append(f'<tr data-status="{_h(c.after)}"><td>{_h(c.id)}</td><td>{badge(c.before)}</td>'
                    f'<td>{badge(c.after)}</td><td><span class="change {_h(c.change)}">{_h(c.change)}</span></td></tr>')
    body.append("</tbody></table></section></main>")
    return page("gapcheck bill check: " + ", ".join(d.name for d in bills), "\n".join(body), data=check.to_dict())


def render_bill(check, fmt: str) -> str:
    """The bill check as ``md`` or ``html`` (``gapcheck diff --format md|html``)."""
    if fmt == "html":
        return render_bill_html(check)
    if fmt == "md":
        return render_bill_markdown(check)
    raise ValueError(f"unknown bill-check format {fmt!r}; expected one of {', '.join(BILL_FORMATS)}")


def render(analysis: Analysis, fmt: str, color: bool = False) -> str:
    """The country profile as ``text``, ``json``, ``md``, ``html`` or ``csv``."""
    if fmt == "json":
        return to_json(analysis)
    if fmt == "md":
        return render_markdown(analysis)
    if fmt == "html":
        return render_html(analysis)
    if fmt == "csv":
        return render_csv(analysis)
    if fmt == "text":
        return render_text(analysis, color=color)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
