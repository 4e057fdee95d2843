"""Link provisions: defined terms, their uses, and cross-references, across the documents of one analysis.

Rules are data (``data/linking.yaml``); this module only applies them. Everything is
resolved in one pass over each section with one compiled regex per rule (and one
alternation of all defined terms), so linking stays linear in the size of the law.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import yaml

from .classify import _Locator, sections
from .models import DefinedTerm, Document, Provision, Reference, TermUse

LINKING_PATH = Path(__file__).parent / "data" / "linking.yaml"
_QUOTED = re.compile(r'[“"‘«]\s*([^”"’»]+?)\s*[”"’»]')
# Ordinal marks and leading words that a printed number carries but an id drops.
_NUMBER_NOISE = re.compile(r"^(?:§+|art(?:icle|ículo|igo)?\.?)\s*|[º°]$", re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    example: str


@functools.lru_cache(maxsize=None)
def rules(kind: str, lang: str) -> tuple[Rule, ...]:
    data = yaml.safe_load(LINKING_PATH.read_text(encoding="utf-8"))
    return tuple(Rule(r["name"], re.compile(r["regex"]), r["example"]) for r in data[kind].get(lang, ()))


def normalise_term(term: str) -> str:
    return " ".join(term.lower().split())


def normalise_number(number: str) -> str:
    number = _NUMBER_NOISE.sub("", number.strip()).strip().rstrip(".")
    return number.replace(" ", "-").lower()


@dataclass
class Links:
    terms: list[DefinedTerm] = field(default_factory=list)
    uses: list[TermUse] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


class _Index:
    """Lookup of one document's provisions by section number and by child number."""

    def __init__(self, document: Document, provisions: Sequence[Provision]):
        self.document = document
        self.provisions = provisions
        self.sections = sections(provisions)
        self.by_number: dict[str, Provision] = {}
        for p in self.sections:
            self.by_number.setdefault(normalise_number(p.number), p)
        self.children: dict[str, list[Provision]] = {}
        for p in provisions:
            if p.parent:
                self.children.setdefault(p.parent, []).append(p)
        self.locator = _Locator(provisions)

    def descend(self, provision: Provision, path: str) -> Provision:
        """Follow a subdivision path such as "(8)(A)" or "3" (Absatz) below ``provision``."""
        for part in re.findall(r"\(([^)]+)\)|(\d+)", path):
            wanted = part[0] or part[1]
            nxt = None
            for child in self.children.get(provision.id, ()):
                if child.number.strip("(). ") == wanted:
                    nxt = child
                    break
            if nxt is None:
                break
            provision = nxt
        return provision


def link(analysed: Sequence[tuple[Document, Sequence[Provision]]]) -> Links:
    """Defined terms, their uses and resolved cross-references for documents analysed together."""
    links = Links()
    indexes = [_Index(d, p) for d, p in analysed]
    general: set[tuple[str, str]] = set()
    for index in indexes:
        links.terms += _definitions(index)
        general |= _general_sections(index)
    for index in indexes:
        links.uses += _uses(index, links.terms, general)
        links.references += _references(index, indexes)
    return links


def _definitions(index: _Index) -> list[DefinedTerm]:
    document = index.document
    found: dict[tuple[str, str], DefinedTerm] = {}
    for rule in rules("definitions", document.lang):
        for section in index.sections:
            text = document.text[section.start:section.end]
            for m in rule.regex.finditer(text):
                raw = m.group("term")
                names = _QUOTED.findall(raw) or [raw]
                start = section.start + m.start("term")
                holder = index.locator.deepest(start, section)
                for name in names:
                    term = normalise_term(name.strip(" ,"))
                    if len(term) < 2:
                        continue
                    key = (term, section.id)
                    if key not in found:
                        found[key] = DefinedTerm(document.name, term, holder.id, section.id,
                                                 start, section.start + m.end("term"), f"definition:{rule.name}")
    return sorted(found.values(), key=lambda t: (t.start, t.term))


def _general_sections(index: _Index) -> set[tuple[str, str]]:
    """(document, section) of the sections whose definitions apply to every enactment."""
    document = index.document
    found = set()
    for rule in rules("general_scope", document.lang):
        for section in index.sections:
            if rule.regex.search(document.text, section.start, section.end):
                found.add((document.name, section.id))
    return found


def _uses(index: _Index, terms: Sequence[DefinedTerm], general: set[tuple[str, str]] = frozenset()
          ) -> list[TermUse]:
    document = index.document
    if not terms:
        return []
    # A term's own document's definition wins; otherwise a definition elsewhere that applies
    # to every enactment (an interpretation act). A term defined for another Act is not used.
    chosen: dict[str, DefinedTerm] = {}
    for t in terms:
        if t.document != document.name and (t.document, t.section) not in general:
            continue
        current = chosen.get(t.term)
        if current is None or (current.document != document.name and t.document == document.name):
            chosen[t.term] = t
    pattern = _alternation(sorted(chosen, key=len, reverse=True))
    uses = []
    for section in index.sections:
        seen = set()
        for m in pattern.finditer(document.text, section.start, section.end):
            term = normalise_term(m.group(1))
            definition = chosen.get(term)
            if definition is None or term in seen:
                continue
            if definition.document == document.name and definition.section == section.id:
                continue   # the defining section itself
            seen.add(term)
            uses.append(TermUse(document.name, section.id, term, definition.document, definition.provision,
                                m.start(), m.end()))
    return uses


def _alternation(terms: Sequence[str]) -> re.Pattern:
    """``\b(term1|term2|...)\b``, case-insensitive, the terms tried in the order given.

    The terms are grouped by first character behind a lookahead: the same matches as one flat
    alternation, but the regex engine's quick first-character check does not work under
    IGNORECASE, so a flat alternation tries all 1,000 terms of a code at every word start.
    """
    groups: dict[str, list[str]] = {}
    for term in terms:
        groups.setdefault(term[:1], []).append(term)
    body = "|".join(f"(?={re.escape(first)})(?:{'|'.join(re.escape(t) for t in members)})"
                    for first, members in groups.items())
    return re.compile(r"\b(" + body + r")\b", re.IGNORECASE)


def _references(index: _Index, indexes: Sequence[_Index]) -> list[Reference]:
    document = index.document
    refs = []
    for rule in rules("references", document.lang):
        for section in index.sections:
            for m in rule.regex.finditer(document.text, section.start, section.end):
                groups = m.groupdict()
                target_number = groups.get("target")
                sub = groups.get("sub") or ""
                target_index, target = index, None
                if target_number:
                    key = normalise_number(target_number)
                    target = index.by_number.get(key)
                    if target is None:   # another document of the same analysis
                        for other in indexes:
                            if other is not index and key in other.by_number:
                                target_index, target = other, other.by_number[key]
                                break
                else:
                    target = section     # relative: "subsection (1)" of this section
                if target is None:
                    continue
                if sub:
                    target = target_index.descend(target, sub)
                source = index.locator.deepest(m.start(), section)
                if target_index is index and target.id == source.id:
                    continue
                refs.append(Reference(document.name, source.id, section.id, target_index.document.name,
                                      target.id, m.start(), m.end(), m.group(0), f"reference:{rule.name}"))
    refs.sort(key=lambda r: (r.start, r.target))
    return refs
