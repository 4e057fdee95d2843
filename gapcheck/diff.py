"""Bill check: the verdicts of a law before and after a bill, and the provisions that made the difference.

The bill is analysed together with the law it amends. Provisions of the law that the bill
repeals or replaces ("Subsection 12(3) of the Act is repealed", "L'article ... est abrogé";
rules in ``data/linking.yaml`` under ``amendments``) stop counting in the "after" analysis;
the bill's own text (including the text it inserts) counts in their place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence


from .analysis import Analysis, analyze_documents
from .classify import unit_id
from .link import QUOTED, _Index, definition_matches, locate, normalise_term, rules
from .models import Document, Provision
from .read import read
from .rubric import load as load_rubric


@dataclass(frozen=True)
class Amendment:
    bill: str            # bill document name
    clause: str          # bill provision id holding the amendment
    effect: str          # repealed | replaced
    document: str        # law document affected
    target: str          # provision id affected
    start: int           # range of the law's text that stops having effect
    end: int
    quote: str
    at: int = 0          # offset of the amending words in the bill


def amendments(bill: Document, bill_provisions: Sequence[Provision],
               law: Sequence[tuple[Document, Sequence[Provision]]]) -> list[Amendment]:
    """Repeals and replacements that ``bill`` makes to the law's provisions."""
    indexes = [_Index(d, p) for d, p in law]
    bill_index = _Index(bill, bill_provisions)
    found = []
    for rule in rules("amendments", bill.lang):
        for m in rule.regex.finditer(bill.text):
            groups = m.groupdict()
            number = groups.get("target") or groups.get("target2")
            if not number:
                continue
            effect = (groups.get("effect") or groups.get("effect2") or "").lower()
            effect = "repealed" if effect in rule.repeal else "replaced"
            located = _target(indexes, number, groups.get("sub") or "")
            if located is None:
                continue
            index, target = located
            clause = _clause(bill_index, m.start())
            line_start = bill.text.rfind("\n", 0, m.start()) + 1
            before = bill.text[line_start:m.start()]
            if any(r.regex.search(before) for r in rules("amended_definitions", bill.lang)):
                # "The definition X in subsection 2(1) ... is replaced" changes one definition,
                # not the whole subsection: only that definition stops having effect, and the
                # bill's new text is analysed in its place.
                found += [Amendment(bill.name, clause, effect, index.document.name, target.id, start, end,
                                    m.group(0), m.start())
                          for start, end in _definition_spans(index.document, target, before)]
                continue
            found.append(Amendment(bill.name, clause, effect, index.document.name, target.id,
                                   target.start, target.end, m.group(0), m.start()))
    return sorted(found, key=lambda a: (a.document, a.start, a.bill, a.clause))


def _target(indexes: Sequence[_Index], number: str, sub: str) -> tuple[_Index, Provision] | None:
    """The law document and provision an amending instruction names: the first document with
    that section or article number, then the subdivision path below it."""
    located = locate(indexes, number)
    if located is None:
        return None
    index, target = located
    return index, index.descend(target, sub) if sub else target


def _definition_spans(document: Document, target: Provision, before: str) -> list[tuple[int, int]]:
    """The law's text of each definition that an instruction such as "The definition X in
    subsection 2(1) ... is replaced" names (``before``: its words up to the section number).
    The provision's definitions are those ``link.definition_matches`` finds; each runs from its
    match (the opening quote included) to the start of the next one, the last to the end of
    the provision."""
    names: dict[int, set[str]] = {}
    for match in definition_matches(document, target.start, target.end):
        names.setdefault(match.start, set()).update(match.names)
    order = sorted(names)
    spans = []
    for term in {normalise_term(t) for t in QUOTED.findall(before)}:
        for i, start in enumerate(order):
            if term in names[start]:
                spans.append((start, order[i + 1] if i + 1 < len(order) else target.end))
    return sorted(spans)


def _clause(index: _Index, offset: int) -> str:
    for section in index.sections:
        if section.start <= offset < section.end:
            return section.id
    return "preamble"


def ages(text: str, lang: str) -> set[int]:
    """The age thresholds a text names ("under the age of 18")."""
    return {int(m.group("age")) for rule in rules("ages", lang) for m in rule.regex.finditer(text)}


@dataclass(frozen=True)
class Regression:
    """A replacement that lowers the age a provision protects."""

    document: str
    target: str          # the law's provision replaced
    bill: str
    replacement: str     # the bill's provision holding the new text
    before: int
    after: int

    def describe(self) -> str:
        return (f"{self.document} {self.target}: protected age lowered from {self.before} to {self.after} "
                f"by {self.bill} {self.replacement}")


def regressions(changes: Sequence[Amendment], law: Sequence[Document], bills: Sequence[Document],
                bill_provisions: dict[str, Sequence[Provision]]) -> list[Regression]:
    """Replacements whose new text protects a lower age than the provision it replaces."""
    texts = {d.name: d for d in law}
    found = []
    for amendment in changes:
        if amendment.effect != "replaced":
            continue
        bill = next(b for b in bills if b.name == amendment.bill)
        # The replacing text is the first quoted block after the amending words.
        quoted = [p for p in bill_provisions[bill.name] if p.unit == "quoted" and p.start >= amendment.at]
        if not quoted:
            continue
        replacement = min(quoted, key=lambda p: p.start)
        old_doc = texts[amendment.document]
        old = ages(old_doc.text[amendment.start:amendment.end], old_doc.lang)
        new = ages(bill.text[replacement.start:replacement.end], bill.lang)
        if old and new and max(new) < max(old):
            found.append(Regression(amendment.document, amendment.target, bill.name, replacement.id,
                                    max(old), max(new)))
    return found


@dataclass
class BillCheck:
    before: Analysis
    after: Analysis
    amendments: list[Amendment]
    regressions: list[Regression] = field(default_factory=list)

    def changes(self) -> list[dict]:
        bill_names = {d.name for d in self.after.documents} - {d.name for d in self.before.documents}
        rows = []
        for b, a in zip(self.before.verdicts, self.after.verdicts):
            made_by = sorted({f"{e.document} {e.provision}" for e in a.evidence if e.document in bill_names})
            removed = sorted({f"{am.document} {am.target} ({am.effect} by {am.bill} {am.clause})"
                              for am in self.amendments
                              if any(e.document == am.document and am.start <= e.start < am.end
                                     for e in b.evidence)
                              and b.requirement.id == a.requirement.id})
            # A lowered protected age in a provision this requirement rested on is a
            # regression even where the verdict's label stays the same.
            lowered = sorted({r.describe() for r in self.regressions
                              if any(e.document == r.document and unit_id(e.provision) == unit_id(r.target)
                                     for e in b.evidence)})
            change = _change(b.status, a.status)
            if lowered and change == "unchanged":
                change = "worsens"
            rows.append({"id": a.requirement.id, "title": a.requirement.title, "before": b.status,
                         "after": a.status, "change": change,
                         "bill_provisions": made_by, "law_provisions_removed": removed,
                         "regressions": lowered, "guidance": a.to_dict()["guidance"]})
        return rows

    def to_dict(self) -> dict:
        r = self.after.rubric
        return {"rubric": {"id": r.id, "version": r.version, "sha256": r.sha256},
                "law": [d.to_dict() for d in self.before.documents],
                "bill": [d.to_dict() for d in self.after.documents if d.name not in
                         {x.name for x in self.before.documents}],
                "amendments": [a.__dict__ for a in self.amendments],
                "requirements": self.changes()}


RANK = {"contradicted": 0, "missing": 1, "partial": 2, "covered": 3}


def _change(before: str, after: str) -> str:
    if before == after:
        return "unchanged"
    return "closes" if RANK[after] > RANK[before] else "worsens"


def check_bill(law_paths: Sequence[str | Path], bill_paths: Sequence[str | Path], lang: str | None = None,
               rubric_path: str | None = None, use_model: bool = True) -> BillCheck:
    """Analyse the law alone and the law as the bill would leave it."""
    rubric = load_rubric(rubric_path)
    law = [read(p, lang=lang) for p in law_paths]
    bills = [read(p, lang=lang) for p in bill_paths]
    before = analyze_documents(law, rubric=rubric, rubric_path=rubric_path, use_model=use_model)
    law_pairs = [(d, before.provisions[d.name]) for d in before.documents]
    from .split import split
    changes: list[Amendment] = []
    bill_provisions = {bill.name: split(bill) for bill in bills}
    for bill in bills:
        changes += amendments(bill, bill_provisions[bill.name], law_pairs)
    exclude: dict[str, list[tuple[int, int]]] = {}
    for a in changes:
        exclude.setdefault(a.document, []).append((a.start, a.end))
    amends: dict[str, set[str]] = {}
    for a in changes:
        amends.setdefault(a.bill, set()).add(a.document)
    after = analyze_documents(before.documents + bills, rubric=rubric, rubric_path=rubric_path,
                              use_model=use_model, exclude=exclude, amends=amends)
    return BillCheck(before, after, changes, regressions(changes, law, bills, bill_provisions))


def render_text(check: BillCheck) -> str:
    lines = [f"{'requirement':32} {'before':13} {'after':13} change     made by"]
    for row in check.changes():
        lines.append(f"{row['id']:32} {row['before']:13} {row['after']:13} {row['change']:10} "
                     + "; ".join(row["regressions"] + row["bill_provisions"][:3] + row["law_provisions_removed"][:2]))
    return "\n".join(lines) + "\n"


def render_markdown(check: BillCheck) -> str:
    from .report import _md
    rows = check.changes()
    closes = [r for r in rows if r["change"] == "closes"]
    worsens = [r for r in rows if r["change"] == "worsens"]
    open_gaps = [r for r in rows if r["after"] != "covered" and r["change"] != "worsens"]
    out = ["# Bill check", "",
           f"Law: {', '.join(_md(d.name) for d in check.before.documents)}. "
           f"Bill: {', '.join(_md(d['name']) for d in check.to_dict()['bill'])}.", "",
           f"**{len(closes)} gap(s) closed, {len(worsens)} made worse, {len(open_gaps)} left open.**", ""]
    for title, group in (("Gaps the bill closes", closes), ("What the bill makes worse", worsens),
                         ("Gaps it leaves open", open_gaps)):
        out += [f"## {title}", ""]
        if not group:
            out.append("None.")
        for r in group:
            made = "; ".join(_md(p) for p in r["bill_provisions"][:4] + r["law_provisions_removed"][:3]) or "—"
            out.append(f"- **{r['id']}**: {r['before']} → {r['after']} ({made})")
            if r["guidance"] and r["after"] != "covered":
                out.append(f"  - Guidance: {_md(r['guidance'])}")
        out.append("")
    return "\n".join(out)
