"""Measure classification against annotated real statutes.

Annotations (``annotations/**/*.yaml``) name a document under the shared laws folder,
and for each annotated section/article its id and requirement labels; they hold no
statute text. This module rebuilds the sections from the statutes, and reports
precision, recall and F1 per requirement, micro and macro, per language and per
jurisdiction, for three systems in one run:

* ``keyword``: a requirement is hit wherever one of its cue terms occurs;
* ``rules``: the rule scores alone;
* ``rules+model``: rules combined with the relevance model, trained
  leave-one-jurisdiction-out (the jurisdiction scored is never in its training data).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from .classify import (THRESHOLD, FeatureSpace, SectionMatches, feature_space, match_sections, score_sections,
                       threshold, unit_id, with_references)
from .errors import AnnotationError
from .link import link
from .model import MODEL_PATH, RelevanceModel

REPO = Path(__file__).resolve().parent.parent
ANNOTATIONS_DIR = REPO / "annotations"
SYSTEMS = ("keyword", "rules", "rules+model")


# Held out from rubric development: cues, anchors and rules are revised by looking at errors on
# the other cases only, so these show how the rules generalise. History: es, co and uk were held
# out from rubric 1.1.0 to 1.3.0; India, the Philippines, Kenya and Australia (expected verdicts
# written from the texts alone) from 1.4.0 to 1.5.0; five fictional texts in the Irish, Swiss,
# Argentine, Austrian and Portuguese styles (laws/styles/) during 1.5.0. Each set's last
# held-out figure was taken before it became development. From 1.6.0 on the held-out cases are
# six fictional texts in drafting styles used nowhere else in the repository (laws/heldout/),
# written with their expected verdicts by helpers who never saw gapcheck's rules, code or
# output. No real jurisdiction is held out now, so the held-out classification group is empty
# until new annotated texts arrive.
# Rubric 1.21.0 put development texts in the traditions of the last four of these six, so five
# more, in traditions used nowhere else, were written and scored blind (the second five); four
# more with rubric 1.24.0 (the third set).
HELD_OUT = ("serendip", "new-carthage", "brabantie", "andesia", "bergland", "zambeze",
            "awash", "tadjoura", "bioko", "eupen", "itaparica",
            "addu", "bani", "paramo", "wienerwald")


NOT_LABELS = {"verdicts", "agreement"}     # folders of annotations/ that hold something else


def default_laws_root() -> Path:
    """``$GAPCHECK_SHARED_LAWS`` or the ``shared/laws`` folder beside the repository."""
    env = os.environ.get("GAPCHECK_SHARED_LAWS")
    return Path(env) if env else REPO.parent / "shared" / "laws"


def shared_laws(laws_root: str | Path | None) -> Path:
    """``laws_root`` (by default :func:`default_laws_root`), which the annotations need to exist."""
    laws_root = Path(laws_root) if laws_root else default_laws_root()
    if not laws_root.is_dir():
        raise AnnotationError(f"{laws_root}: the shared laws folder is absent; pass --laws-root")
    return laws_root


@dataclass
class AnnotatedSection:
    jurisdiction: str
    language: str
    document: str
    id: str
    labels: frozenset[str]
    matches: SectionMatches | None = None      # None when the splitter did not find the id


@dataclass
class Dataset:
    sections: list[AnnotatedSection] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)


def annotation_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            # annotations/verdicts/ holds expected verdicts per jurisdiction and annotations/agreement/ a
            # second person's work (see gapcheck.agreement): neither is the provision labels scored here.
            files += sorted(f for f in path.rglob("*.yaml") if not NOT_LABELS & set(f.relative_to(path).parts))
        elif path.exists():
            files.append(path)
        else:
            raise AnnotationError(f"{path}: no such annotation file or folder")
    if not files:
        raise AnnotationError("no annotation files given (expected YAML files or folders of them)")
    return files


def load_annotations(path: Path, valid_labels: set[str]) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise AnnotationError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise AnnotationError(f"{path}: expected a mapping with document, jurisdiction, language, provisions")
    for key in ("document", "jurisdiction", "language", "provisions"):
        if key not in data:
            raise AnnotationError(f"{path}: missing field {key!r}")
    seen = set()
    for i, entry in enumerate(data["provisions"]):
        pid = entry.get("id") if isinstance(entry, dict) else None
        if not pid:
            raise AnnotationError(f"{path}: provisions[{i}] has no id")
        if pid in seen:
            raise AnnotationError(f"{path}: provisions[{i}]: duplicate id {pid!r}")
        seen.add(pid)
        unknown = set(entry.get("labels") or ()) - valid_labels
        if unknown:
            raise AnnotationError(f"{path}: provisions[{i}] ({pid}): unknown labels {sorted(unknown)}")
    return data


def build_dataset(files: Sequence[Path], rubric, laws_root: Path, rubric_path: str | None = None) -> Dataset:
    from .read import read
    from .split import split

    valid = {r.id for r in rubric.requirements}
    dataset = Dataset()
    for path in files:
        data = load_annotations(path, valid)
        source = laws_root / data["document"]
        document = read(source, lang=data["language"])
        provisions = split(document)
        wanted = {e["id"] for e in data["provisions"]}
        # The annotated sections are classified as `gapcheck analyze` classifies them: knowing
        # the sections of their document they refer to (``with_references``).
        references = [r for r in link([(document, provisions)]).references if r.section in wanted]
        targets = {unit_id(r.target) for r in references}
        matched = match_sections(document, provisions, rubric_path, only=wanted | targets)
        matched = with_references({document.name: matched}, references, [document],
                                  {document.name: provisions})[document.name]
        found = {m.provision.id: m for m in matched if m.provision.id in wanted}
        for entry in data["provisions"]:
            matches = found.get(entry["id"])
            if matches is None:
                dataset.unmatched.append((data["document"], entry["id"]))
            dataset.sections.append(AnnotatedSection(
                jurisdiction=data["jurisdiction"], language=data["language"], document=data["document"],
                id=entry["id"], labels=frozenset(entry.get("labels") or ()), matches=matches))
    return dataset


def _features(dataset: Dataset, space: FeatureSpace) -> list[list[float] | None]:
    return [space.vector(s.matches) if s.matches else None for s in dataset.sections]


def predict(dataset: Dataset, rubric, system: str, loo: bool = True, model_params: dict | None = None
            ) -> list[frozenset[str]]:
    """Predicted label sets, one per annotated section, for ``system``."""
    space = feature_space(rubric)
    predictions: list[frozenset[str]] = []
    if system == "keyword":
        for s in dataset.sections:
            hits = {m.label.split("|", 1)[0] for m in s.matches.cues} if s.matches else set()
            predictions.append(frozenset(hits))
        return predictions
    if system == "rules":
        for s in dataset.sections:
            if not s.matches:
                predictions.append(frozenset())
                continue
            scores = score_sections([s.matches], space, None)[0]
            predictions.append(frozenset(r for r, v in scores.items() if v >= THRESHOLD))
        return predictions
    # rules + model, leave-one-jurisdiction-out
    vectors = _features(dataset, space)
    labels = [r.id for r in rubric.requirements]
    predictions = [frozenset()] * len(dataset.sections)
    for held_out in sorted({s.jurisdiction for s in dataset.sections}):
        train = [i for i, s in enumerate(dataset.sections) if s.jurisdiction != held_out and vectors[i] is not None]
        model = RelevanceModel(**(model_params or {})).fit(
            [vectors[i] for i in train], [dataset.sections[i].labels for i in train], labels, space.names)
        test = [i for i, s in enumerate(dataset.sections) if s.jurisdiction == held_out and vectors[i] is not None]
        scores = score_sections([dataset.sections[i].matches for i in test], space, model)
        for i, row in zip(test, scores):
            predictions[i] = frozenset(r for r, v in row.items() if v >= threshold(model, r))
    return predictions


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: Sequence[frozenset[str]], predicted: Sequence[frozenset[str]], labels: Sequence[str]) -> dict:
    per_label = {}
    totals = [0, 0, 0]
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, predicted) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, predicted) if label in g and label not in p)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        p, r, f = prf(tp, fp, fn)
        per_label[label] = {"precision": p, "recall": r, "f1": f, "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}
    micro = prf(*totals)
    supported = [v for v in per_label.values() if v["support"]]
    macro_f1 = sum(v["f1"] for v in supported) / len(supported) if supported else 0.0
    return {"per_requirement": per_label,
            "micro": {"precision": micro[0], "recall": micro[1], "f1": micro[2],
                      "tp": totals[0], "fp": totals[1], "fn": totals[2]},
            "macro_f1": macro_f1}


def evaluate(annotation_paths: Iterable[str | Path], rubric, laws_root: Path | None = None,
             rubric_path: str | None = None, held_out: Sequence[str] = HELD_OUT) -> dict:
    """The full evaluation report as a dict (see :func:`render_text`)."""
    laws_root = shared_laws(laws_root)
    dataset = build_dataset(annotation_files(annotation_paths), rubric, laws_root, rubric_path)
    labels = [r.id for r in rubric.requirements]
    gold = [s.labels for s in dataset.sections]
    report = {"rubric": {"id": rubric.id, "version": rubric.version, "sha256": rubric.sha256},
              "sections": len(dataset.sections),
              "unmatched": [f"{d}#{i}" for d, i in dataset.unmatched],
              "by_jurisdiction": {}, "by_language": {}, "systems": {}}
    for s in dataset.sections:
        j = report["by_jurisdiction"].setdefault(s.jurisdiction, {"sections": 0, "labelled": 0, "labels": 0})
        j["sections"] += 1
        j["labelled"] += bool(s.labels)
        j["labels"] += len(s.labels)
    for system in SYSTEMS:
        predicted = predict(dataset, rubric, system)
        result = score(gold, predicted, labels)
        result["by_language"] = {}
        for lang in sorted({s.language for s in dataset.sections}):
            idx = [i for i, s in enumerate(dataset.sections) if s.language == lang]
            sub = score([gold[i] for i in idx], [predicted[i] for i in idx], labels)
            result["by_language"][lang] = {"sections": len(idx), **sub["micro"], "macro_f1": sub["macro_f1"]}
        result["by_group"] = {}
        for group, inside in (("development", False), ("held-out", True)):
            idx = [i for i, s in enumerate(dataset.sections) if (s.jurisdiction in held_out) == inside]
            sub = score([gold[i] for i in idx], [predicted[i] for i in idx], labels)
            result["by_group"][group] = {"sections": len(idx), **sub["micro"], "macro_f1": sub["macro_f1"]}
        report["systems"][system] = result
    report["held_out"] = sorted({s.jurisdiction for s in dataset.sections} & set(held_out))
    return report


def _prf_cell(v: dict) -> str:
    return f"{v['precision']:.2f}/{v['recall']:.2f}/{v['f1']:.2f}".rjust(17)


def render_text(report: dict) -> str:
    lines = [f"rubric {report['rubric']['id']} {report['rubric']['version']} sha256:{report['rubric']['sha256'][:12]}",
             f"annotated sections: {report['sections']}  (not found by the splitter: {len(report['unmatched'])})",
             "per jurisdiction: " + ", ".join(f"{j} {v['sections']} ({v['labelled']} labelled)"
                                              for j, v in sorted(report["by_jurisdiction"].items())),
             ""]
    systems = report["systems"]
    header = f"{'requirement':32} {'support':>7} " + " ".join(f"{s:>17}" for s in SYSTEMS)
    lines += ["F1 per requirement (P/R/F1; rules+model leave-one-jurisdiction-out)", header, "-" * len(header)]
    for rid, base in systems["keyword"]["per_requirement"].items():
        if not base["support"] and not any(systems[s]["per_requirement"][rid]["fp"] for s in SYSTEMS):
            continue
        cells = [_prf_cell(systems[s]["per_requirement"][rid]) for s in SYSTEMS]
        lines.append(f"{rid:32} {base['support']:>7} " + " ".join(cells))
    lines.append("-" * len(header))
    lines.append(f"{'micro':32} {'':>7} " + " ".join(_prf_cell(systems[s]["micro"]) for s in SYSTEMS))
    lines.append(f"{'macro':32} {'':>7} " + " ".join(f"{systems[s]['macro_f1']:.2f}".rjust(17) for s in SYSTEMS))

    def breakdown(key: str) -> None:
        """One row per language or group: its sections and each system's micro P/R/F1."""
        for name in systems["keyword"][key]:
            cells = [_prf_cell(systems[s][key][name]) for s in SYSTEMS]
            n = systems["keyword"][key][name]["sections"]
            lines.append(f"{name + f' ({n} sections)':32} {'':>7} " + " ".join(cells))

    lines += ["", "micro P/R/F1 per language"]
    breakdown("by_language")
    if report.get("held_out"):
        lines += ["", "micro P/R/F1, development vs held out from rubric development ("
                  + ", ".join(report["held_out"]) + ")"]
        breakdown("by_group")
    gain = systems["rules+model"]["micro"]["f1"] - systems["keyword"]["micro"]["f1"]
    lines += ["", f"micro-F1 gain of rules+model over keyword baseline: {gain:+.2f}"]
    return "\n".join(lines)


def train(annotation_paths: Iterable[str | Path], rubric, laws_root: Path | None = None,
          output: Path | None = None, rubric_path: str | None = None) -> tuple[RelevanceModel, Path]:
    """Fit the relevance model on all annotations and save it as JSON (reproducible: no randomness)."""
    laws_root = shared_laws(laws_root)
    dataset = build_dataset(annotation_files(annotation_paths), rubric, laws_root, rubric_path)
    space = feature_space(rubric)
    rows = [(space.vector(s.matches), s.labels) for s in dataset.sections if s.matches]
    model = RelevanceModel().fit([r[0] for r in rows], [r[1] for r in rows],
                                 [r.id for r in rubric.requirements], space.names)
    output = Path(output) if output else MODEL_PATH
    output.write_text(model.to_json(rubric.id, rubric.sha256), encoding="utf-8")
    return model, output


# -- verdicts ------------------------------------------------------------------------

VERDICTS_DIR = ANNOTATIONS_DIR / "verdicts"
LAWS_DIR = REPO / "laws"
# Where `evaluate --verdicts` finds expected verdicts by default: real statutes, our fictional
# laws, the fictional texts written blind (held out once, development now) and the held-out ones.
VERDICT_SOURCES = (VERDICTS_DIR, LAWS_DIR / "expected.yaml", LAWS_DIR / "styles" / "expected.yaml",
                   LAWS_DIR / "heldout" / "expected.yaml")


@dataclass
class VerdictCase:
    """A jurisdiction's files and the verdicts a person expects for them."""

    name: str
    files: list[Path]
    expected: dict[str, str]          # requirement id -> status
    bills: list[Path] = field(default_factory=list)   # files among ``files`` that amend the others
    lang: str | None = None           # the language the case declares: its files are read in it


def verdict_cases(paths: Iterable[str | Path], laws_root: Path | None = None) -> list[VerdictCase]:
    """Cases from expected-verdict files: ``annotations/verdicts/*.yaml`` (real statutes under
    ``laws_root``) and ``laws/expected.yaml`` (the bundled fictional laws; a case with ``bills``
    is scored on the law as those bills would leave it, the way ``gapcheck diff`` reads it)."""
    laws_root = Path(laws_root) if laws_root else default_laws_root()
    cases = []
    for path in annotation_files(paths) if not isinstance(paths, (str, Path)) else annotation_files([paths]):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise AnnotationError(f"{path}: expected a mapping")
        if "documents" in data and isinstance(data["documents"], dict):     # laws/expected.yaml
            for name, doc in data["documents"].items():
                cases.append(VerdictCase(name, [path.parent / f for f in doc["files"]],
                                         {r: v["status"] for r, v in doc["verdicts"].items()},
                                         [path.parent / f for f in doc.get("bills", ())], doc.get("language")))
        else:
            try:
                cases.append(VerdictCase(data["jurisdiction"], [laws_root / f for f in data["documents"]],
                                         {r: v["status"] for r, v in data["requirements"].items()},
                                         lang=data.get("language")))
            except (KeyError, TypeError) as exc:
                raise AnnotationError(f"{path}: missing field {exc}") from None
    return cases


def evaluate_verdicts(cases: Sequence[VerdictCase], rubric_path: str | None = None,
                      held_out: Sequence[str] = HELD_OUT) -> dict:
    """Agreement of ``gapcheck analyze`` with the expected verdicts, counted separately for
    requirements expected covered and those expected partial, missing or contradicted
    (so that a tool answering "covered" to everything scores badly)."""
    from .analysis import analyze
    from .diff import check_bill
    rows = []
    for case in cases:
        if case.bills:       # the law as the bills would leave it, as `gapcheck diff` reads it
            law = [f for f in case.files if f not in case.bills]
            analysis = check_bill(law, case.bills, lang=case.lang, rubric_path=rubric_path).after
        else:
            # Read in the language the case declares, as `gapcheck analyze --lang` would: a bilingual
            # statute (English and French side by side) names no single language of its own.
            analysis = analyze(case.files, lang=case.lang, rubric_path=rubric_path)
        got = {v.requirement.id: v.status for v in analysis.verdicts}
        for rid, expected in sorted(case.expected.items()):
            rows.append({"case": case.name, "id": rid, "expected": expected, "got": got.get(rid)})
    pairs = lambda group: [(r["expected"], r["got"]) for r in group]
    confusion: dict[str, dict[str, int]] = {}
    for r in rows:
        cell = confusion.setdefault(r["expected"], {})
        cell[r["got"]] = cell.get(r["got"], 0) + 1
    per_case = {}
    for case in cases:
        mine = [r for r in rows if r["case"] == case.name]
        per_case[case.name] = {"agreement": split_agreement(pairs(mine))["overall"], "n": len(mine)}
    by_group = {}
    for group, inside in (("development", False), ("held-out", True)):
        mine = [r for r in rows if (r["case"] in held_out) == inside]
        if mine:
            by_group[group] = {"cases": sorted({r["case"] for r in mine}), "n": len(mine),
                               **split_agreement(pairs(mine))}
    whole = split_agreement(pairs(rows))
    overall = whole.pop("overall")
    gaps = [r for r in rows if r["expected"] != "covered"]
    return {"cases": [c.name for c in cases], "n": len(rows), "by_group": by_group, **whole,
            "gap_detected": sum(r["got"] != "covered" for r in gaps) / len(gaps) if gaps else 0.0,
            "overall": overall, "per_case": per_case, "confusion": confusion, "rows": rows}


def split_agreement(pairs: Sequence[tuple[str, str | None]]) -> dict:
    """Agreement of (expected, got) statuses, counted apart where ``covered`` is expected and
    where a gap is (partial, missing or contradicted), and overall."""
    covered = [(e, g) for e, g in pairs if e == "covered"]
    gaps = [(e, g) for e, g in pairs if e != "covered"]
    share = lambda group: sum(e == g for e, g in group) / len(group) if group else 0.0
    return {"agreement_expected_covered": share(covered), "n_expected_covered": len(covered),
            "agreement_expected_gap": share(gaps), "n_expected_gap": len(gaps), "overall": share(pairs)}


def render_verdicts_text(report: dict) -> str:
    lines = [f"verdict agreement over {report['n']} requirement verdicts in {len(report['cases'])} cases",
             f"  expected covered:                         {report['agreement_expected_covered']:.2f} "
             f"(n={report['n_expected_covered']})",
             f"  expected partial/missing/contradicted:    {report['agreement_expected_gap']:.2f} "
             f"(n={report['n_expected_gap']}; judged a gap at all: {report['gap_detected']:.2f})",
             f"  overall exact agreement:                  {report['overall']:.2f}", "", "per case:"]
    lines += [f"  {name:36} {v['agreement']:.2f} (n={v['n']})" for name, v in report["per_case"].items()]
    if len(report.get("by_group", {})) > 1:
        lines += ["", "development vs held out from rubric development (expected covered / expected gap / overall):"]
        for group, v in report["by_group"].items():
            lines.append(f"  {group:14} {v['agreement_expected_covered']:.2f} (n={v['n_expected_covered']}) / "
                         f"{v['agreement_expected_gap']:.2f} (n={v['n_expected_gap']}) / {v['overall']:.2f}   "
                         + ", ".join(v["cases"]))
    from .rubric import STATUSES as statuses
    lines += ["", "expected \\ got   " + " ".join(f"{s:>12}" for s in statuses)]
    for e in statuses:
        cell = report["confusion"].get(e, {})
        lines.append(f"{e:16} " + " ".join(f"{cell.get(s, 0):>12}" for s in statuses))
    return "\n".join(lines)
