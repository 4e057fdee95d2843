"""How far two people agree, and how the system compares on the same items.

A second annotator labels a sample of the annotated sections, and a second reader writes
expected verdicts for some jurisdictions, each without seeing the first one's work or the
system's output (``annotations/agreement/``). Agreement between the two people is the
ceiling an evaluation against one of them can meaningfully ask for: where two careful
readers differ on a fifth of the labels, a system cannot be expected to match either of
them much better.

Both reports put the system beside the people on exactly the same items: its labels
(rules+model, leave-one-jurisdiction-out, as in :func:`gapcheck.evaluate.evaluate`) or its
verdicts (``gapcheck analyze``) scored against the gold and against the second person.

Where the two people differed, a third reader decided, and the gold carries the decision
(``annotations/agreement/adjudication.yaml`` records the first person's answer). The people's
agreement is measured on the answers as first given, so adjudication cannot inflate it; the
system is scored against the adjudicated gold, as everywhere else.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from .errors import AnnotationError
from .evaluate import (ANNOTATIONS_DIR, VerdictCase, annotation_files, build_dataset, evaluate_verdicts,
                       load_annotations, predict, score, shared_laws, split_agreement, verdict_cases)

AGREEMENT_DIR = ANNOTATIONS_DIR / "agreement"
ADJUDICATION = AGREEMENT_DIR / "adjudication.yaml"
SYSTEM = "rules+model"


def _as_first_given() -> tuple[dict, dict]:
    """The first person's answers that adjudication later changed: labels by (document, id)
    and verdicts by (jurisdiction, requirement)."""
    if not ADJUDICATION.exists():
        return {}, {}
    data = yaml.safe_load(ADJUDICATION.read_text(encoding="utf-8")) or {}
    labels = {(d["document"], d["id"]): frozenset(d["first"]) for d in data.get("labels", ())}
    verdicts = {(d["jurisdiction"], d["requirement"]): d["first"] for d in data.get("verdicts", ())}
    return labels, verdicts


def kappa(first: Sequence, second: Sequence) -> float:
    """Cohen's kappa of two equally long sequences of categories (1.0 when both are constant and equal)."""
    n = len(first)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in zip(first, second)) / n
    counts_first, counts_second = Counter(first), Counter(second)
    # Summed in a fixed order, so that the same input gives the same last digit in every run.
    categories = sorted(set(counts_first) | set(counts_second), key=str)
    expected = sum((counts_first[c] / n) * (counts_second[c] / n) for c in categories)
    return 1.0 if expected == 1.0 else (observed - expected) / (1.0 - expected)


def _second_labels(paths: Iterable[str | Path], valid: set[str]) -> dict[tuple[str, str], frozenset[str]]:
    labels: dict[tuple[str, str], frozenset[str]] = {}
    for path in annotation_files(paths):
        data = load_annotations(path, valid)
        for entry in data["provisions"]:
            labels[(data["document"], entry["id"])] = frozenset(entry.get("labels") or ())
    return labels


def label_agreement(first_paths: Iterable[str | Path], second_paths: Iterable[str | Path], rubric,
                    laws_root: Path | None = None, rubric_path: str | None = None) -> dict:
    """Per-requirement and micro agreement of the second annotator with the first on the
    sections both labelled, with the system's scores against each on the same sections."""
    laws_root = shared_laws(laws_root)
    ids = [r.id for r in rubric.requirements]
    second = _second_labels(second_paths, set(ids))
    dataset = build_dataset(annotation_files(first_paths), rubric, laws_root, rubric_path)
    keys = [(s.document, s.id) for s in dataset.sections]
    unknown = sorted(set(second) - set(keys))
    if unknown:
        raise AnnotationError(f"second annotations name sections the first annotations lack: "
                              + ", ".join(f"{d}#{i}" for d, i in unknown[:5]))
    system = predict(dataset, rubric, SYSTEM)
    first_given = _as_first_given()[0]
    both = [i for i, key in enumerate(keys) if key in second]
    gold = [dataset.sections[i].labels for i in both]
    a = [first_given.get(keys[i], dataset.sections[i].labels) for i in both]
    b = [second[keys[i]] for i in both]
    s = [system[i] for i in both]
    people, system_a, system_b = score(a, b, ids), score(gold, s, ids), score(b, s, ids)
    per_requirement = {}
    for rid in ids:
        first_has = [rid in x for x in a]
        second_has = [rid in x for x in b]
        if not any(first_has) and not any(second_has):
            continue
        per_requirement[rid] = {
            "first": sum(first_has), "second": sum(second_has),
            "both": sum(x and y for x, y in zip(first_has, second_has)),
            "f1_people": people["per_requirement"][rid]["f1"],
            "kappa_people": kappa(first_has, second_has),
            "f1_system_vs_gold": system_a["per_requirement"][rid]["f1"],
            "f1_system_vs_second": system_b["per_requirement"][rid]["f1"]}
    by_language = {}
    for lang in sorted({dataset.sections[i].language for i in both}):
        idx = [k for k, i in enumerate(both) if dataset.sections[i].language == lang]
        pick = lambda rows: [rows[k] for k in idx]
        by_language[lang] = {"sections": len(idx),
                             "f1_people": score(pick(a), pick(b), ids)["micro"]["f1"],
                             "f1_system_vs_gold": score(pick(gold), pick(s), ids)["micro"]["f1"],
                             "f1_system_vs_second": score(pick(b), pick(s), ids)["micro"]["f1"]}
    return {"rubric": {"id": rubric.id, "version": rubric.version, "sha256": rubric.sha256},
            "sections": len(both), "identical_label_sets": sum(x == y for x, y in zip(a, b)),
            "adjudicated": sum(x != y for x, y in zip(a, gold)),
            "micro": {"people": people["micro"], "system_vs_gold": system_a["micro"],
                      "system_vs_second": system_b["micro"]},
            "macro_f1": {"people": people["macro_f1"], "system_vs_gold": system_a["macro_f1"],
                         "system_vs_second": system_b["macro_f1"]},
            "by_language": by_language, "per_requirement": per_requirement}


def render_labels_text(report: dict) -> str:
    micro = report["micro"]
    lines = [f"rubric {report['rubric']['id']} {report['rubric']['version']} sha256:{report['rubric']['sha256'][:12]}",
             f"sections labelled by both annotators: {report['sections']} "
             f"(identical label sets: {report['identical_label_sets']}; gold changed by adjudication: "
             f"{report['adjudicated']})", "",
             "micro P/R/F1:",
             f"  second annotator against the first (as first given)  {micro['people']['precision']:.2f}/"
             f"{micro['people']['recall']:.2f}/{micro['people']['f1']:.2f}",
             f"  system ({SYSTEM}) against the gold (adjudicated)  {micro['system_vs_gold']['precision']:.2f}/"
             f"{micro['system_vs_gold']['recall']:.2f}/{micro['system_vs_gold']['f1']:.2f}",
             f"  system against the second annotator                  {micro['system_vs_second']['precision']:.2f}/"
             f"{micro['system_vs_second']['recall']:.2f}/{micro['system_vs_second']['f1']:.2f}",
             f"macro-F1: people {report['macro_f1']['people']:.2f}, system vs gold "
             f"{report['macro_f1']['system_vs_gold']:.2f}, system vs second {report['macro_f1']['system_vs_second']:.2f}",
             "", f"{'requirement':30} {'first':>5} {'second':>6} {'both':>4} {'F1 people':>9} {'kappa':>6} "
                 f"{'F1 sys/gold':>11} {'F1 sys/2nd':>10}"]
    for rid, v in report["per_requirement"].items():
        lines.append(f"{rid:30} {v['first']:>5} {v['second']:>6} {v['both']:>4} {v['f1_people']:>9.2f} "
                     f"{v['kappa_people']:>6.2f} {v['f1_system_vs_gold']:>11.2f} {v['f1_system_vs_second']:>10.2f}")
    lines += ["", "micro-F1 per language (people / system vs gold / system vs second):"]
    for lang, v in report["by_language"].items():
        lines.append(f"  {lang} ({v['sections']} sections)  {v['f1_people']:.2f} / {v['f1_system_vs_gold']:.2f} / "
                     f"{v['f1_system_vs_second']:.2f}")
    return "\n".join(lines)


# -- verdicts ------------------------------------------------------------------------

def _split_share(rows: Sequence[tuple[str, str]]) -> dict:
    """Agreement of (reference, other) status pairs, split the way the verdict evaluation splits it."""
    split = split_agreement(rows)
    return {"expected_covered": split["agreement_expected_covered"], "n_expected_covered": split["n_expected_covered"],
            "expected_gap": split["agreement_expected_gap"], "n_expected_gap": split["n_expected_gap"],
            "overall": split["overall"], "kappa": kappa([r for r, _ in rows], [o for _, o in rows])}


def verdict_agreement(first_paths: Iterable[str | Path], second_paths: Iterable[str | Path],
                      laws_root: Path | None = None, rubric_path: str | None = None) -> dict:
    """The second reader's verdicts against the first reader's, and the system's against each,
    on the jurisdictions both judged."""
    first = {c.name: c for c in verdict_cases(first_paths, laws_root)}
    second = {c.name: c for c in verdict_cases(second_paths, laws_root)}
    missing = sorted(set(second) - set(first))
    if missing:
        raise AnnotationError(f"second verdicts for cases the first reader did not judge: {', '.join(missing)}")
    cases: list[VerdictCase] = [first[name] for name in sorted(second)]
    for case in cases:
        if {str(f) for f in case.files} != {str(f) for f in second[case.name].files}:
            raise AnnotationError(f"{case.name}: the two readers judged different documents")
    system = {(r["case"], r["id"]): r["got"] for r in evaluate_verdicts(cases, rubric_path)["rows"]}
    first_given = _as_first_given()[1]
    # (case, requirement, first as given, second, system, gold)
    rows = [(name, rid, first_given.get((name, rid), gold), second[name].expected.get(rid), system[(name, rid)], gold)
            for name in sorted(second) for rid, gold in first[name].expected.items()]
    per_case = {}
    for name in sorted(second):
        mine = [t for t in rows if t[0] == name]
        per_case[name] = {"people": sum(t[2] == t[3] for t in mine) / len(mine),
                          "system_vs_gold": sum(t[5] == t[4] for t in mine) / len(mine),
                          "system_vs_second": sum(t[3] == t[4] for t in mine) / len(mine), "n": len(mine)}
    return {"cases": sorted(second), "n": len(rows), "adjudicated": sum(t[2] != t[5] for t in rows),
            "people": _split_share([(t[2], t[3]) for t in rows]),
            "system_vs_gold": _split_share([(t[5], t[4]) for t in rows]),
            "system_vs_second": _split_share([(t[3], t[4]) for t in rows]),
            "per_case": per_case,
            "disagreements": [{"case": t[0], "id": t[1], "first": t[2], "second": t[3], "gold": t[5], "system": t[4]}
                              for t in rows if t[2] != t[3]]}


def render_verdicts_text(report: dict) -> str:
    def row(name: str, v: dict) -> str:
        return (f"  {name:28} {v['expected_covered']:.2f} (n={v['n_expected_covered']})  "
                f"{v['expected_gap']:.2f} (n={v['n_expected_gap']})  {v['overall']:.2f}  {v['kappa']:.2f}")
    lines = [f"verdicts judged by both readers: {report['n']} in {len(report['cases'])} cases "
             f"({', '.join(report['cases'])}); gold changed by adjudication: {report['adjudicated']}", "",
             "agreement with a reference (reference covered / reference gap / overall / kappa):",
             row("second vs first (as given)", report["people"]),
             row("system vs gold (adjudicated)", report["system_vs_gold"]),
             row("system vs second", report["system_vs_second"]),
             "", "per case (second vs first / system vs gold / system vs second):"]
    lines += [f"  {name:10} {v['people']:.2f} / {v['system_vs_gold']:.2f} / {v['system_vs_second']:.2f} (n={v['n']})"
              for name, v in report["per_case"].items()]
    lines += ["", f"where the two readers differ ({len(report['disagreements'])}): "
                  "case requirement first second gold system"]
    lines += [f"  {d['case']:4} {d['id']:30} {d['first']:>12} {d['second']:>12} {d['gold']:>12} {d['system']:>12}"
              for d in report["disagreements"]]
    return "\n".join(lines)
