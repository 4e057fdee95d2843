"""Compare: several jurisdictions side by side, each analysed alone exactly as ``gapcheck analyze`` does.

Input is either a manifest (YAML) naming each jurisdiction's files, with paths relative to the
manifest::

    jurisdictions:
      avalonia:
        files: [../laws/avalonia/child-online-protection-act.txt]
        lang: en            # optional; detected when omitted

or one folder per jurisdiction, whose statute files (.txt, .md, .html, .htm, .docx, .pdf, .xml)
are all read as that jurisdiction's law. The output is a matrix requirements × jurisdictions
(HTML, Markdown, CSV, JSON) and, if asked, a heatmap image (PNG or SVG).
"""
from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import yaml

from . import __version__
from .analysis import Analysis, analyze, summary
from .errors import GapcheckError
from .output import OutputExists, write_atomic
from .report import (HEADLINE, STATUSES, _h, _md, badge, documents_html, ordered, page, rubric_html,
                     write_csv)

FORMATS = ("html", "md", "csv", "json")
HEATMAP_FORMATS = (".png", ".svg")
STATUTE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".xml")
MANIFEST_SUFFIXES = (".yaml", ".yml")
MANIFEST_KEYS = ("files", "lang")
# Colours of the heatmap, one per status, as in the HTML reports.
STATUS_COLOURS = {"covered": "#1a7f37", "partial": "#9a6700", "missing": "#cf222e", "contradicted": "#8250df"}


class ManifestError(GapcheckError):
    """The comparison's input (manifest or folders) is not usable; the message says why."""


@dataclass(frozen=True)
class Jurisdiction:
    name: str
    files: tuple[str, ...]
    lang: str | None = None


@dataclass
class Comparison:
    rubric: object
    jurisdictions: list[Jurisdiction]
    analyses: list[Analysis]

    def matrix(self) -> list[dict]:
        """One row per requirement (headline requirements first): its verdict in each jurisdiction."""
        by_name = [(j.name, {v.requirement.id: v.status for v in a.verdicts})
                   for j, a in zip(self.jurisdictions, self.analyses)]
        return [{"id": v.requirement.id, "title": v.requirement.title,
                 "verdicts": {name: statuses.get(v.requirement.id, "") for name, statuses in by_name}}
                for v in ordered(self.analyses[0])]

    def to_dict(self) -> dict:
        r = self.rubric
        return {"gapcheck": __version__,
                "rubric": {"id": r.id, "version": r.version, "sha256": r.sha256},
                "jurisdictions": [{"name": j.name, "documents": [d.to_dict() for d in a.documents],
                                   "summary": summary(a)}
                                  for j, a in zip(self.jurisdictions, self.analyses)],
                "matrix": self.matrix()}


def load_manifest(path: str | Path) -> list[Jurisdiction]:
    """The jurisdictions a manifest names; file paths are made relative to the manifest's folder."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read the manifest ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ManifestError(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from None
    if not isinstance(data, dict) or not isinstance(data.get("jurisdictions"), dict) or not data["jurisdictions"]:
        raise ManifestError(f"{path}: expected a mapping 'jurisdictions: {{name: {{files: [...], lang: xx}}}}'")
    found = []
    for name, entry in data["jurisdictions"].items():
        where = f"{path}: jurisdiction {name!r}"
        if not isinstance(entry, dict):
            raise ManifestError(f"{where}: expected a mapping with {', '.join(MANIFEST_KEYS)}")
        unknown = sorted(set(entry) - set(MANIFEST_KEYS))
        if unknown:
            raise ManifestError(f"{where}: unknown key(s) {', '.join(map(str, unknown))}; "
                                f"valid keys are {', '.join(MANIFEST_KEYS)}")
        files = entry.get("files")
        if isinstance(files, str):
            files = [files]
        if not files or not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ManifestError(f"{where}: 'files' must be a non-empty list of paths")
        resolved = []
        for f in files:
            full = os.path.normpath(os.path.join(path.parent, f))
            if not os.path.isfile(full):
                raise ManifestError(f"{where}: file {f} not found (looked for {full})")
            resolved.append(full)
        lang = entry.get("lang")
        if lang is not None and not isinstance(lang, str):
            raise ManifestError(f"{where}: 'lang' must be a language code such as en, fr, es, de, pt")
        found.append(Jurisdiction(str(name), tuple(resolved), lang))
    return found


def from_folder(folder: str | Path) -> Jurisdiction:
    """A jurisdiction named after ``folder``, whose law is every statute file in it."""
    folder = Path(folder)
    files = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.suffix.lower() in STATUTE_SUFFIXES)
    if not files:
        raise ManifestError(f"{folder}: no statute files in this folder (looked for {', '.join(STATUTE_SUFFIXES)})")
    return Jurisdiction(folder.resolve().name, tuple(files))


def jurisdictions(inputs: Sequence[str | Path]) -> list[Jurisdiction]:
    """The jurisdictions of a ``gapcheck compare`` call: one manifest, or folders."""
    if not inputs:
        raise ManifestError("give a manifest (.yaml) or one folder per jurisdiction")
    for p in inputs:
        if not os.path.exists(p):
            raise ManifestError(f"{p}: no such file or folder")
    manifests = [p for p in inputs if os.path.isfile(p) and Path(p).suffix.lower() in MANIFEST_SUFFIXES]
    if manifests:
        if len(inputs) > 1:
            raise ManifestError(f"{manifests[0]}: give either one manifest or folders, not both or several")
        return load_manifest(manifests[0])
    found = []
    for p in inputs:
        if not os.path.isdir(p):
            raise ManifestError(f"{p}: expected a folder of statutes or a manifest ending in .yaml")
        found.append(from_folder(p))
    names = [j.name for j in found]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ManifestError(f"two folders are both named {twice[0]!r}; use a manifest to name the jurisdictions")
    return found


def compare(places: Sequence[Jurisdiction], rubric_path: str | None = None, use_model: bool = True,
            progress: Callable[[str], None] | None = None) -> Comparison:
    """Analyse each jurisdiction alone with :func:`gapcheck.analysis.analyze`, the function behind
    ``gapcheck analyze``, so every column is exactly that jurisdiction's country profile."""
    analyses = []
    for i, place in enumerate(places, 1):
        if progress:
            progress(f"[{i}/{len(places)}] {place.name}")
        analyses.append(analyze(place.files, lang=place.lang, rubric_path=rubric_path, use_model=use_model))
    return Comparison(analyses[0].rubric, list(places), analyses)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def render_markdown(comparison: Comparison) -> str:
    names = [j.name for j in comparison.jurisdictions]
    r = comparison.rubric
    out = ["# gapcheck comparison", "",
           f"Rubric **{_md(r.id)}** version {_md(r.version)}, sha256 `{r.sha256}`; gapcheck {__version__}.", "",
           "| requirement | " + " | ".join(_md(n) for n in names) + " |",
           "|---|" + "---|" * len(names)]
    for row in comparison.matrix():
        mark = " ★" if row["id"] in HEADLINE else ""
        out.append(f"| {row['id']}{mark} | " + " | ".join(row["verdicts"][n] or "—" for n in names) + " |")
    for status in STATUSES:
        out.append(f"| *{status}* | " + " | ".join(str(summary(a)[status]) for a in comparison.analyses) + " |")
    out += ["", "★ headline requirement.", "", "## Documents", "",
            "| jurisdiction | document | language | sha256 |", "|---|---|---|---|"]
    for j, a in zip(comparison.jurisdictions, comparison.analyses):
        out += [f"| {_md(j.name)} | {_md(d.name)} | {d.lang} | `{d.sha256}` |" for d in a.documents]
    return "\n".join(out) + "\n"


def render_csv(comparison: Comparison) -> str:
    names = [j.name for j in comparison.jurisdictions]
    rows = [[row["id"], row["title"]] + [row["verdicts"][n] for n in names] for row in comparison.matrix()]
    return write_csv(rows, ["requirement", "title"] + names)


def render_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_html(comparison: Comparison) -> str:
    """The matrix as one self-contained HTML page with coloured cells (the status is also written)."""
    names = [j.name for j in comparison.jurisdictions]
    body = ["<header><h1>Comparison: " + _h(", ".join(names)) + "</h1>",
            '<p class="muted">Each jurisdiction analysed alone by gapcheck against the rubric of '
            "A/79/122 para 97 and the OPSC.</p>", rubric_html(comparison.rubric),
            "</header><main><section><h2>Verdicts</h2><table class=\"matrix\"><thead><tr><th>requirement</th>"]
    body += [f"<th>{_h(n)}</th>" for n in names]
    body.append("</tr></thead><tbody>")
    for row in comparison.matrix():
        star = " ★" if row["id"] in HEADLINE else ""
        cells = "".join(f'<td class="cell {_h(row["verdicts"][n] or "none")}">{_h(row["verdicts"][n] or "—")}</td>'
                        for n in names)
        body.append(f'<tr><td><strong>{_h(row["id"])}</strong>{star}<div class="small muted">{_h(row["title"])}'
                    f"</div></td>{cells}</tr>")
    body.append("</tbody><tfoot>")
    for status in STATUSES:
        body.append(f"<tr><td>{badge(status)}</td>" + "".join(
            f"<td>{summary(a)[status]}</td>" for a in comparison.analyses) + "</tr>")
    body.append('</tfoot></table><p class="small">★ headline requirement.</p></section>'
                "<section><h2>Documents</h2>")
    for j, a in zip(comparison.jurisdictions, comparison.analyses):
        body.append(f"<h3>{_h(j.name)}</h3>" + documents_html(a.documents))
    body.append("</section></main>")
    return page("gapcheck comparison: " + ", ".join(names), "\n".join(body), data=comparison.to_dict())


def render(comparison: Comparison, fmt: str) -> str:
    """The comparison as ``html``, ``md``, ``csv`` or ``json``."""
    renderers = {"html": render_html, "md": render_markdown, "csv": render_csv, "json": render_json}
    if fmt not in renderers:
        raise ValueError(f"unknown comparison format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return renderers[fmt](comparison)


def draw_heatmap(comparison: Comparison, fmt: str = "png") -> bytes:
    """The matrix as an image (``png`` or ``svg``), drawn with matplotlib's Agg canvas. The bytes
    are the same on every run: no date in the metadata, a fixed salt for SVG ids."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.colors import ListedColormap
    from matplotlib.figure import Figure

    names = [j.name for j in comparison.jurisdictions]
    rows = comparison.matrix()
    values = [[STATUSES.index(row["verdicts"][n]) if row["verdicts"][n] in STATUSES else float("nan")
               for n in names] for row in rows]
    with matplotlib.rc_context({"svg.hashsalt": "gapcheck", "svg.fonttype": "path", "font.size": 9}):
        figure = Figure(figsize=(3.2 + 1.25 * len(names), 1.2 + 0.3 * len(rows)), dpi=100, layout="constrained")
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        ax.imshow(values, cmap=ListedColormap([STATUS_COLOURS[s] for s in STATUSES]), vmin=-0.5,
                  vmax=len(STATUSES) - 0.5, aspect="auto", interpolation="nearest")
        ax.set_xticks(range(len(names)), labels=names)
        ax.xaxis.tick_top()
        ax.set_yticks(range(len(rows)), labels=[row["id"] + (" ★" if row["id"] in HEADLINE else "") for row in rows])
        ax.set_xticks([x - 0.5 for x in range(1, len(names))], minor=True)
        ax.set_yticks([y - 0.5 for y in range(1, len(rows))], minor=True)
        ax.grid(which="minor", color="white", linewidth=1.5)
        ax.tick_params(which="both", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        for i, row in enumerate(rows):
            for k, n in enumerate(names):
                ax.text(k, i, row["verdicts"][n] or "—", ha="center", va="center", color="white", fontsize=8)
        figure.suptitle(f"gapcheck: verdicts per jurisdiction (rubric {comparison.rubric.id} "
                        f"{comparison.rubric.version})", fontsize=10, x=0.02, ha="left")
        buffer = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def _heatmap_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in HEATMAP_FORMATS:
        raise GapcheckError(f"{path}: the heatmap is drawn as PNG or SVG; end the file name in "
                            f"{' or '.join(HEATMAP_FORMATS)}")
    return suffix[1:]


def run(inputs: Sequence[str | Path], fmt: str = "md", heatmap: str | Path | None = None, force: bool = False,
        rubric_path: str | None = None, use_model: bool = True,
        progress: Callable[[str], None] | None = None) -> str:
    """``gapcheck compare``: read the inputs, analyse each jurisdiction, write the heatmap if asked,
    and give the matrix rendered as ``fmt``."""
    places = jurisdictions(inputs)
    image_format = None
    if heatmap is not None:
        image_format = _heatmap_format(heatmap)
        if Path(heatmap).exists() and not force:        # fail before the analysis, not after
            raise OutputExists(f"{heatmap}: already exists; pass --force to overwrite it")
    comparison = compare(places, rubric_path=rubric_path, use_model=use_model, progress=progress)
    if heatmap is not None:
        write_atomic(heatmap, draw_heatmap(comparison, image_format), force=force)
    return render(comparison, fmt)
