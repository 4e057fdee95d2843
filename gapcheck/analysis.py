"""One analysis: several documents that together form a jurisdiction's law, run through every stage.

read -> split -> classify -> link -> cover. The result carries everything the reports,
the graph and the diff need; :func:`to_json` gives the JSON contract of ``gapcheck analyze``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .classify import SectionMatches, findings_from_matches, match_sections
from .cover import Verdict, cover
from .link import Links, link
from .model import load_model
from .models import Document, Finding, Provision
from .read import read
from .rubric import load as load_rubric
from .split import split


@dataclass
class Analysis:
    rubric: object
    documents: list[Document]
    provisions: dict[str, list[Provision]]
    matches: dict[str, list[SectionMatches]]
    findings: list[Finding]
    links: Links
    verdicts: list[Verdict]
    model_used: bool = False


def analyze_documents(documents: Sequence[Document], rubric=None, rubric_path: str | None = None,
                      model=None, use_model: bool = True,
                      progress: Callable[[str], None] | None = None,
                      exclude: dict[str, list[tuple[int, int]]] | None = None) -> Analysis:
    """Analyse ``documents`` as one law. ``exclude`` maps a document name to text ranges
    that no longer have effect (provisions a bill repeals or replaces): nothing in them counts."""
    rubric = rubric or load_rubric(rubric_path)
    if model is None and use_model:
        model = load_model()
        if model is not None:
            from .classify import FeatureSpace
            from .nlp import extractor_table
            model.check_features(FeatureSpace(rubric, list(extractor_table("en"))).names)
    names = [d.name for d in documents]
    if len(set(names)) != len(names):
        # Two files with one name (laws/a/act.txt, laws/b/act.txt): use their paths instead.
        documents = [Document(d.path, d.path, d.sha256, d.format, d.text, d.lang, d.title) for d in documents]
    provisions: dict[str, list[Provision]] = {}
    matches: dict[str, list[SectionMatches]] = {}
    findings: list[Finding] = []
    for document in documents:
        if progress:
            progress(document.name)
        provisions[document.name] = split(document)
        matches[document.name] = match_sections(document, provisions[document.name], rubric_path)
        if exclude and exclude.get(document.name):
            matches[document.name] = _without(matches[document.name], exclude[document.name])
        findings += findings_from_matches(document, provisions[document.name], rubric,
                                          matches[document.name], model)
    links = link([(d, provisions[d.name]) for d in documents])
    verdicts = cover(rubric, documents, findings, matches, links)
    return Analysis(rubric, list(documents), provisions, matches, findings, links, verdicts, model is not None)


def _without(matches: list[SectionMatches], ranges: list[tuple[int, int]]) -> list[SectionMatches]:
    def alive(m) -> bool:
        return not any(a <= m.start < b for a, b in ranges)
    return [SectionMatches(s.provision, [m for m in s.cues if alive(m)], [m for m in s.legal if alive(m)])
            for s in matches]


def analyze(paths: Sequence[str | Path], lang: str | None = None, rubric_path: str | None = None,
            use_model: bool = True, progress: Callable[[str], None] | None = None) -> Analysis:
    """Read, split, classify, link and cover the files in ``paths`` as one jurisdiction's law."""
    documents = [read(p, lang=lang) for p in paths]
    return analyze_documents(documents, rubric_path=rubric_path, use_model=use_model, progress=progress)


def summary(analysis: Analysis) -> dict[str, int]:
    counts = {s: 0 for s in ("covered", "partial", "missing", "contradicted")}
    for v in analysis.verdicts:
        counts[v.status] += 1
    return counts


def to_dict(analysis: Analysis) -> dict:
    r = analysis.rubric
    return {
        "gapcheck": __version__,
        "rubric": {"id": r.id, "version": r.version, "sha256": r.sha256},
        "classifier": "rules+model" if analysis.model_used else "rules",
        "documents": [d.to_dict() for d in analysis.documents],
        "summary": summary(analysis),
        "requirements": [v.to_dict() for v in analysis.verdicts],
    }


def to_json(analysis: Analysis) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
