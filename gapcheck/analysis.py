"""One analysis: several documents that together form a jurisdiction's law, run through every stage.

read -> split -> match -> link -> classify -> cover (a section is classified knowing the
sections it refers to: ``classify.with_references``). The result carries everything the reports,
the graph and the diff need; :func:`to_json` gives the JSON contract of ``gapcheck analyze``.
"""
from __future__ import annotations

import dataclasses
import json
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

from . import __version__
from .classify import SectionMatches, feature_space, findings_from_matches, match_sections, with_references
from .cover import Verdict, cover
from .errors import GapcheckError
from .link import Links, link
from .model import MODEL_PATH, load_model
from .models import Document, Finding, Provision
from .nlp import pipeline
from .read import read
from .rubric import STATUSES, load as load_rubric
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
                      exclude: dict[str, list[tuple[int, int]]] | None = None,
                      amends: dict[str, set[str]] | None = None,
                      jobs: int = 1) -> Analysis:
    """Analyse ``documents`` as one law. ``exclude`` maps a document name to text ranges
    that no longer have effect (provisions a bill repeals or replaces): nothing in them counts.
    ``jobs`` > 1 splits and matches that many documents at a time in worker processes
    (0: one per CPU); the result is the same as with ``jobs=1``."""
    rubric = rubric or load_rubric(rubric_path)
    if model is None and use_model:
        model = load_model()
        if model is not None:
            model.check_features(feature_space(rubric).names, str(MODEL_PATH))
    names = [d.name for d in documents]
    if len(set(names)) != len(names):
        # Two files with one name (laws/a/act.txt, laws/b/act.txt): use their paths instead.
        documents = [Document(d.path, d.path, d.sha256, d.format, d.text, d.lang, d.title) for d in documents]
    provisions: dict[str, list[Provision]] = {}
    matches: dict[str, list[SectionMatches]] = {}
    findings: list[Finding] = []
    for document, (document_provisions, document_matches) in zip(
            documents, _split_and_match(documents, rubric_path, jobs, progress)):
        provisions[document.name] = document_provisions
        matches[document.name] = document_matches
        if exclude and exclude.get(document.name):
            matches[document.name] = _without(matches[document.name], exclude[document.name])
    links = link([(d, provisions[d.name]) for d in documents], exclude, amends)
    matches = with_references(matches, links.references, documents, provisions)
    for document in documents:
        findings += findings_from_matches(document, provisions[document.name], rubric,
                                          matches[document.name], model)
    verdicts = cover(rubric, documents, findings, matches, links, provisions)
    return Analysis(rubric, list(documents), provisions, matches, findings, links, verdicts, model is not None)


def _split_and_match(documents: Sequence[Document], rubric_path: str | None, jobs: int,
                     progress: Callable[[str], None] | None
                     ) -> Iterator[tuple[list[Provision], list[SectionMatches]]]:
    """Yield the provisions and section matches of each document, in the order given.

    Documents are independent until linking, so with ``jobs`` > 1 they are split and run
    through the language pipeline ``jobs`` at a time: the longest here, the others in
    ``jobs - 1`` worker processes, each running :func:`match_sections` as this process does.
    """
    jobs = min(jobs or os.cpu_count() or 1, len(documents))
    if jobs <= 1:
        for document in documents:
            if progress:
                progress(document.name)
            provisions = split(document)
            yield provisions, match_sections(document, provisions, rubric_path)
        return
    # Each language's pipeline is built here, before the workers start: forked workers then
    # share it instead of each building its own (0.5-3 s apiece, mostly lemma tables), and
    # the next analysis in this process finds it built.
    for lang in dict.fromkeys(document.lang for document in documents):
        pipeline(lang, rubric_path)
    # Longest first, so that no worker is left with a whole code at the end; the longest of
    # all stays here, which spares sending its provisions back (20 MB for the U.S. Code's t.18).
    longest, *others = sorted(range(len(documents)), key=lambda i: -len(documents[i].text))
    pool = ProcessPoolExecutor(max_workers=jobs - 1)
    try:
        futures = {i: pool.submit(_split_and_match_one, documents[i], rubric_path) for i in others}
        here = _split_and_match_one(documents[longest], rubric_path)
        if progress:
            progress(documents[longest].name)
            names = {future: documents[i].name for i, future in futures.items()}
            for future in as_completed(names):
                progress(names[future])
        for i in range(len(documents)):
            yield here if i == longest else futures[i].result()
    finally:
        # After a failure (or an interrupt) the documents not yet started are not worth waiting for.
        pool.shutdown(wait=True, cancel_futures=True)


def _split_and_match_one(document: Document, rubric_path: str | None
                         ) -> tuple[list[Provision], list[SectionMatches]]:
    """The per-document work that runs in a worker process (and, for the longest, here)."""
    try:
        provisions = split(document)
        return provisions, match_sections(document, provisions, rubric_path)
    except GapcheckError as error:
        # Named errors take several arguments, which pickling back to the caller loses.
        raise GapcheckError(str(error)) from None


def _without(matches: list[SectionMatches], ranges: list[tuple[int, int]]) -> list[SectionMatches]:
    def alive(m) -> bool:
        return not any(a <= m.start < b for a, b in ranges)
    return [dataclasses.replace(s, cues=[m for m in s.cues if alive(m)], legal=[m for m in s.legal if alive(m)])
            for s in matches]


def analyze(paths: Sequence[str | Path], lang: str | None = None, rubric_path: str | None = None,
            use_model: bool = True, progress: Callable[[str], None] | None = None,
            jobs: int = 1) -> Analysis:
    """Read, split, classify, link and cover the files in ``paths`` as one jurisdiction's law.

    Every file is read before any is analysed, so a bad file is reported at once."""
    documents = [read(p, lang=lang) for p in paths]
    return analyze_documents(documents, rubric_path=rubric_path, use_model=use_model, progress=progress,
                             jobs=jobs)


def summary(analysis: Analysis) -> dict[str, int]:
    counts = {s: 0 for s in STATUSES}
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
