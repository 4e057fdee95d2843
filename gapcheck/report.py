"""Render an analysis (or a bill check) for people: text for the terminal, Markdown, JSON.

Statute text is user data: Markdown output escapes it so a statute cannot inject markup.
"""
from __future__ import annotations

import html
import io

from .analysis import Analysis, summary, to_json

HEADLINE = ("csam-ai-generated", "victim-non-criminalisation", "corporate-liability")
STATUS_STYLE = {"covered": "green", "partial": "yellow", "missing": "red", "contradicted": "bold magenta"}


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


def render_text(analysis: Analysis, color: bool = False, width: int = 120) -> str:
    from rich.console import Console
    from rich.table import Table

    counts = summary(analysis)
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width)
    r = analysis.rubric
    console.print(f"gapcheck — rubric {r.id} {r.version} (sha256 {r.sha256[:12]}); "
                  f"{len(analysis.documents)} document(s): " + ", ".join(d.name for d in analysis.documents))
    console.print("  ".join(f"{k}: {v}" for k, v in counts.items()))
    table = Table(show_lines=False)
    table.add_column("requirement", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("evidence")
    for v in ordered(analysis):
        style = STATUS_STYLE[v.status]
        evidence = "; ".join(f"{_cite(e)}: “{' '.join(e.quote.split())[:60]}”" for e in _best(v.evidence))
        table.add_row(v.requirement.id, f"[{style}]{v.status}[/{style}]", evidence or "—")
    console.print(table)
    return buffer.getvalue()


def _md(text: str) -> str:
    """Escape statute text for Markdown: HTML-escape, and neutralise Markdown syntax characters."""
    text = html.escape(" ".join(text.split()), quote=True)
    for ch in "\\`*_[]|#":
        text = text.replace(ch, "\\" + ch)
    return text


def render_markdown(analysis: Analysis) -> str:
    r = analysis.rubric
    counts = summary(analysis)
    out = ["# gapcheck country profile", "",
           f"Rubric **{r.id}** version {r.version}, sha256 `{r.sha256}`.", "",
           "| document | language | sha256 |", "|---|---|---|"]
    out += [f"| {_md(d.name)} | {d.lang} | `{d.sha256[:16]}` |" for d in analysis.documents]
    out += ["", "**Summary:** " + ", ".join(f"{v} {k}" for k, v in counts.items()), "",
            "| requirement | status | supporting provisions |", "|---|---|---|"]
    for v in ordered(analysis):
        provs = sorted({f"{e.document} {e.provision}" for e in v.evidence})[:4]
        out.append(f"| {v.requirement.id} | {v.status} | {_md(', '.join(provs)) or '—'} |")
    for v in ordered(analysis):
        out += ["", f"## {v.requirement.id} — {_md(v.requirement.title)}: **{v.status}**", ""]
        out += ["Elements: " + ", ".join(f"{e['id']} ({'essential, ' if e['essential'] else ''}{e['status']})"
                                        for e in v.elements)]
        if v.evidence:
            out += ["", "Evidence:"]
            for e in _best(v.evidence, 6):
                out.append(f"- {_md(_cite(e))} — {e.element}: “{_md(e.quote)}” (score {e.score:.2f}, {e.rule})")
        guidance = v.to_dict()["guidance"]
        if guidance:
            out += ["", f"Guidance: {_md(guidance)}"]
    return "\n".join(out) + "\n"


def render(analysis: Analysis, fmt: str, color: bool = False) -> str:
    if fmt == "json":
        return to_json(analysis)
    if fmt == "md":
        return render_markdown(analysis)
    return render_text(analysis, color=color)
