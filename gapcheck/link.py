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

from .classify import _Locator, reading_spans, sections_and_inserted
from .models import DefinedTerm, Document, Provision, Reference, TermUse
from .numbering import number_key

LINKING_PATH = Path(__file__).parent / "data" / "linking.yaml"
# A quoted term: “…”, "…", ‘…’, « … », and German „…“.
QUOTED = re.compile(r'[“„"‘«]\s*([^”“"’»\n]+?)\s*[”“"’»]')
# Ordinal marks and leading words that a printed number carries but an id drops.
# European Portuguese prints the ordinal sign before a suffix: "176.º-A" is article 176-A.
_NUMBER_NOISE = re.compile(r"^(?:§+|art(?:icle|ículo|igo)?\.?)\s*|\.?[º°](?=-|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    example: str
    repeal: tuple[str, ...] = ()    # amendments: the effect words that repeal (the others replace)
    reach: str = ""                 # container references: the "container" or the "preceding" sections


MAX_RANGE = 300   # sections a printed range ("§§ 174 bis 184") may span; longer ones are read as misparses


@functools.lru_cache(maxsize=None)
def _linking() -> dict:
    return yaml.safe_load(LINKING_PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def instrument_joiners(lang: str) -> frozenset[str]:
    """The words between a reference and the instrument it belongs to ("de", "of"; data/linking.yaml)."""
    return frozenset(w.lower() for w in _linking().get("instrument_joiners", {}).get(lang, ()))


@functools.lru_cache(maxsize=None)
def numbered_mentions(lang: str) -> re.Pattern | None:
    """Words naming provisions or list items by number ("paragraphs 1 to 7"; data/linking.yaml)."""
    pattern = _linking().get("numbered_mentions", {}).get(lang)
    return re.compile(pattern) if pattern else None


@functools.lru_cache(maxsize=None)
def rules(kind: str, lang: str) -> tuple[Rule, ...]:
    return tuple(Rule(r["name"], re.compile(r["regex"]), r["example"], tuple(w.lower() for w in r.get("repeal", ())),
                      r.get("reach", ""))
                 for r in _linking()[kind].get(lang, ()))


@dataclass(frozen=True)
class ListRule:
    """How a plural reference continues: "§§ 174 bis 174c, 176"."""

    plural: re.Pattern
    item: re.Pattern
    range: re.Pattern


@functools.lru_cache(maxsize=None)
def list_rule(lang: str) -> ListRule | None:
    data = _linking().get("lists", {}).get(lang)
    if not data:
        return None
    return ListRule(re.compile(data["plural"]), re.compile(data["item"]), re.compile(rf"^(?:{data['range']})$"))


def normalise_term(term: str) -> str:
    return " ".join(term.lower().split())


def normalise_number(number: str) -> str:
    number = _NUMBER_NOISE.sub("", number.strip()).strip().rstrip(".")
    return number.replace(" ", "-").lower()


def said_before(kind: str, text: str, at: int, lang: str, reach: int) -> bool:
    """Whether a link rule of ``kind`` (data/linking.yaml) ends within ``reach`` characters before ``at``."""
    before = text[max(0, at - reach):at]
    return any(rule.regex.search(before) for rule in rules(kind, lang))


def names_scope(text: str, at: int, lang: str) -> bool:
    """Whether the reference at ``at`` names the provisions a rule serves ("Para fines de los
    Artículos 133-A y 144 de este Código:"): a statement of scope brings none of their words in."""
    return said_before("scope_phrases", text, at, lang, 200)


@dataclass
class Links:
    terms: list[DefinedTerm] = field(default_factory=list)
    uses: list[TermUse] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # References whose target is in none of the documents analysed ("article 706-47 du présent
    # code" in an excerpt): target_document is empty and target is the number as printed. They
    # draw no edge, but they show that a provision names what it applies to.
    unresolved: list[Reference] = field(default_factory=list)


class _Index:
    """Lookup of one document's provisions by section number and by child number."""

    def __init__(self, document: Document, provisions: Sequence[Provision]):
        self.document = document
        self.provisions = provisions
        self.sections, inserted = sections_and_inserted(provisions)
        self.spans = reading_spans(document, self.sections)
        # Sections and articles a quote inserts into another law ("Art. 241-F" in an amending
        # law) answer to their numbers where the document has no section of its own by that
        # number; a range runs through the document's own sections or through inserted ones.
        # An amending schedule's items ("[6] New sections ...") are units but answer to no
        # section number: a reference to "section 6" is not to item [6].
        self.own = [p for p in self.sections if p.id not in inserted and p.unit != "schedule-item"]
        self.inserted = [p for p in self.sections if p.id in inserted]
        self.section_order = {p.id: i for i, p in enumerate(self.own)}
        self.inserted_order = {p.id: i for i, p in enumerate(self.inserted)}
        # Every provision by its number, in document order: a number recurs where a code numbers
        # each chapter afresh or an agreement is annexed to the decision approving it (``nearest``).
        self.by_number: dict[str, list[Provision]] = {}
        for p in self.own + self.inserted:
            self.by_number.setdefault(normalise_number(p.number), []).append(p)
        self.parents = {p.id: p.parent for p in provisions}
        self.children: dict[str, list[Provision]] = {}
        for p in provisions:
            if p.parent:
                self.children.setdefault(p.parent, []).append(p)
        self.locator = _Locator(provisions)

    def containers(self, provision: Provision) -> list[str]:
        """The ids of the parts, chapters or annexes that hold ``provision``, outermost first."""
        chain, parent = [], provision.parent
        while parent is not None:
            chain.append(parent)
            parent = self.parents.get(parent)
        return chain[::-1]

    def nearest(self, key: str, near: Provision | None) -> Provision:
        """The provision numbered ``key``: where the document numbers afresh in each chapter or
        annex (a Nordic code's "10 a §" in every chapter, an agreement annexed to the decision
        that approves it), the one in the chapter or annex of ``near``, the referring section."""
        candidates = self.by_number[key]
        if near is None or len(candidates) == 1:
            return candidates[0]
        mine = self.containers(near)

        def shared(p: Provision) -> int:
            theirs = self.containers(p)
            n = 0
            while n < min(len(mine), len(theirs)) and mine[n] == theirs[n]:
                n += 1
            return n
        return max(candidates, key=shared)     # max keeps the first of equals

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


def link(analysed: Sequence[tuple[Document, Sequence[Provision]]],
         exclude: dict[str, list[tuple[int, int]]] | None = None,
         amends: dict[str, set[str]] | None = None) -> Links:
    """Defined terms, their uses and resolved cross-references for documents analysed together.

    ``exclude`` maps a document to text ranges that no longer have effect (repealed or replaced
    by a bill): a definition there is gone. ``amends`` maps a bill to the documents it amends:
    a definition the bill writes into an Act governs that Act as the Act's own would."""
    links = Links()
    indexes = [_Index(d, p) for d, p in analysed]
    general: set[tuple[str, str]] = set()
    for index in indexes:
        gone = (exclude or {}).get(index.document.name, ())
        links.terms += [t for t in _definitions(index) if not any(lo <= t.start < hi for lo, hi in gone)]
        general |= _general_sections(index)
    for index in indexes:
        own = {index.document.name} | {bill for bill, laws in (amends or {}).items() if index.document.name in laws}
        links.uses += _uses(index, links.terms, general, own)
        resolved, unresolved = _references(index, indexes)
        links.references += resolved
        links.unresolved += unresolved
    return links


@dataclass(frozen=True)
class DefinitionMatch:
    """One definition found by a ``definitions`` rule: where its match starts (the opening
    quote mark included), where its term is, and the term's names, normalised."""
    rule: str
    start: int
    term_start: int
    term_end: int
    names: tuple[str, ...]


def definition_matches(document: Document, start: int, end: int) -> list[DefinitionMatch]:
    """The definitions the language's rules find in ``document.text[start:end]``, rule by rule.
    '"x" or "y" means' defines both names."""
    text = document.text[start:end]
    found = []
    for rule in rules("definitions", document.lang):
        for m in rule.regex.finditer(text):
            raw = m.group("term")
            names = (normalise_term(name.strip(" ,")) for name in QUOTED.findall(raw) or [raw])
            found.append(DefinitionMatch(rule.name, start + m.start(), start + m.start("term"),
                                         start + m.end("term"), tuple(n for n in names if len(n) >= 2)))
    return found


def _definitions(index: _Index) -> list[DefinedTerm]:
    document = index.document
    found: dict[tuple[str, str], DefinedTerm] = {}
    for section in index.sections:
        for match in (m for lo, hi in index.spans[section.id] for m in definition_matches(document, lo, hi)):
            holder = index.locator.deepest(match.term_start, section)
            for term in match.names:
                key = (term, section.id)
                if key not in found:
                    found[key] = DefinedTerm(document.name, term, holder.id, section.id, match.term_start,
                                             match.term_end, f"definition:{match.rule}")
    return sorted(found.values(), key=lambda t: (t.start, t.term))


def _general_sections(index: _Index) -> set[tuple[str, str]]:
    """(document, section) of the sections whose definitions apply to every enactment."""
    document = index.document
    found = set()
    for rule in rules("general_scope", document.lang):
        for section in index.sections:
            if any(rule.regex.search(document.text, lo, hi) for lo, hi in index.spans[section.id]):
                found.add((document.name, section.id))
    return found


def _uses(index: _Index, terms: Sequence[DefinedTerm], general: set[tuple[str, str]] = frozenset(),
          own: set[str] | None = None) -> list[TermUse]:
    document = index.document
    if not terms:
        return []
    own = own or {document.name}
    # A term's own document's definition wins, then one a bill writes into it (``own``);
    # otherwise a definition elsewhere that applies to every enactment (an interpretation act).
    # A term defined for another Act is not used.
    rank = lambda t: 0 if t.document == document.name else 1 if t.document in own else 2
    chosen: dict[str, DefinedTerm] = {}
    for t in terms:
        if t.document not in own and (t.document, t.section) not in general:
            continue
        current = chosen.get(t.term)
        if current is None or rank(t) < rank(current):
            chosen[t.term] = t
    pattern = _alternation(sorted(chosen, key=len, reverse=True))
    uses = []
    for section in index.sections:
        seen = set()
        for m in (m for lo, hi in index.spans[section.id] for m in pattern.finditer(document.text, lo, hi)):
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


def _references(index: _Index, indexes: Sequence[_Index]) -> tuple[list[Reference], list[Reference]]:
    """The references of one document: those resolved to a provision of the analysis, and
    those whose target number is in none of its documents. A plural reference continues
    through its list and ranges ("§§ 174 bis 174c, 176"): one reference per number, and one
    per section printed inside a range."""
    document = index.document
    refs, unresolved = [], []
    listing = list_rule(document.lang)

    def add(section, rule_name: str, start: int, end: int, quote: str, target_number: str | None,
            sub: str, more: str = "", item: str = "") -> tuple[_Index, Provision] | None:
        target_index, target = _resolve(index, indexes, target_number, section)
        source = index.locator.deepest(start, section)
        if target is None:
            if target_number:
                unresolved.append(Reference(document.name, source.id, section.id, "", target_number.strip(),
                                            start, end, quote, f"reference:{rule_name}"))
            return None
        found = target_index, target
        # "Absatz 1 Satz 1 Nr. 1 oder 2": the list continues the numbers (items) below the Absatz.
        paths = ([f"{sub} {p}" for p in _subdivisions(item, more, listing)] if item
                 else _subdivisions(sub, more, listing))
        for path in paths:
            below = target_index.descend(target, path) if path else target
            if not (target_index is index and below.id == source.id):
                refs.append(Reference(document.name, source.id, section.id, target_index.document.name,
                                      below.id, start, end, quote, f"reference:{rule_name}"))
        return found

    for rule in rules("references", document.lang):
        for section, lo, hi in ((section, lo, hi) for section in index.sections
                                for lo, hi in index.spans[section.id]):
            for m in rule.regex.finditer(document.text, lo, hi):
                groups = m.groupdict()
                previous = add(section, rule.name, m.start(), m.end(), m.group(0), groups.get("target"),
                               groups.get("sub") or "", groups.get("more") or "", groups.get("item") or "")
                if not (listing and groups.get("target") and listing.plural.match(m.group(0))):
                    continue
                # Each item is quoted with the list's marker: "§§ 176", "articles 225-5 à 225-10".
                marker = document.text[m.start():m.start("target")]
                at, previous_start, previous_number = m.end(), m.start("target"), groups.get("target")
                while (item := listing.item.match(document.text, at, hi)) is not None:
                    spans = listing.range.match(item.group("sep").strip())
                    start = previous_start if spans else item.start("target")
                    quote = marker + document.text[start:item.end()]
                    found = add(section, rule.name, start, item.end(), quote,
                                item.group("target"), item.groupdict().get("sub") or "",
                                item.groupdict().get("more") or "")
                    if found and spans:
                        # "artigos 171.º a 176.º-A": a code's articles a bill inserts run between
                        # two numbers even where the first is not in the texts.
                        inside = (_between(previous, found) if previous
                                  else _between_numbers(found, previous_number))
                        for between in inside:
                            refs.append(Reference(document.name, index.locator.deepest(item.start(), section).id,
                                                  section.id, found[0].document.name, between.id, start,
                                                  item.end(), quote, f"reference:{rule.name}"))
                    previous, at, previous_start = found, item.end(), item.start("target")
                    previous_number = item.group("target")
    refs.sort(key=lambda r: (r.start, r.target))
    unresolved.sort(key=lambda r: (r.start, r.target))
    return refs, unresolved


MAX_SUBDIVISIONS = 20


def _subdivisions(sub: str, more: str, listing: ListRule | None) -> list[str]:
    """The subdivision paths a reference names: ``sub`` and those ``more`` lists after it at the
    same level ("al. 2 et 3" -> 2, 3; "al. 3 à 5" -> 3, 4, 5; "(1)(a) to (d)" -> (1)(a) ... (1)(d), the
    range word being the language's list rule's); [""] for the whole provision."""
    if not sub:
        return [""]
    paths = [sub]
    if sub.endswith(")"):
        # "(1)(a)" then " to (d)" or ", (b) or (c)": siblings of the last level.
        head = sub[:sub.rfind("(")]
        for sep, label in re.findall(r"([^()]*)\((\w{1,5})\)", more):
            last = paths[-1][paths[-1].rfind("(") + 1:-1]
            spans = listing is not None and listing.range.match(sep.strip(" ,"))
            paths += [f"{head}({x})" for x in (_labels_between(last, label) if spans else []) + [label]]
        return paths
    for sep, number in re.findall(r"(\D*?)(\d+)", more):
        last = int(paths[-1]) if paths[-1].isdigit() else None
        spans = listing is not None and listing.range.match(sep.strip(" ,"))
        if spans and last is not None and 0 < int(number) - last <= MAX_SUBDIVISIONS:
            paths += [str(n) for n in range(last + 1, int(number) + 1)]
        else:
            paths.append(number)
    return paths


def _labels_between(first: str, last: str) -> list[str]:
    """The labels strictly between two ends of a range of subdivisions of one level: numbers
    ("(2) to (5)") or single letters ("(a) to (d)"); none for anything else."""
    if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= MAX_SUBDIVISIONS:
        return [str(n) for n in range(int(first) + 1, int(last))]
    if (len(first) == len(last) == 1 and first.isalpha() and last.isalpha() and first.islower() == last.islower()
            and 0 < ord(last) - ord(first) <= MAX_SUBDIVISIONS):
        return [chr(c) for c in range(ord(first) + 1, ord(last))]
    return []


def locate(indexes: Sequence[_Index], number: str, first: _Index | None = None,
           near: Provision | None = None) -> tuple[_Index, Provision] | None:
    """The document and provision a printed section or article number names: in ``first``
    when it has that number (in the chapter or annex of ``near``, a section of ``first``,
    where the number recurs), else in the first of ``indexes`` that has it; None when none has."""
    key = normalise_number(number)
    for index in ([first] if first is not None else []) + [i for i in indexes if i is not first]:
        if key in index.by_number:
            return index, index.nearest(key, near if index is first else None)
    return None


def _resolve(index: _Index, indexes: Sequence[_Index], target_number: str | None, section: Provision
             ) -> tuple[_Index, Provision | None]:
    """The provision a printed number names, in this document first, then in the others of
    the analysis; the section itself for a relative reference ("subsection (1)")."""
    if not target_number:
        return index, section
    return locate(indexes, target_number, first=index, near=section) or (index, None)


def _between_numbers(last: tuple[_Index, Provision], first_number: str | None) -> list[Provision]:
    """The sections of ``last``'s document numbered strictly between a printed number that is in
    none of the texts and ``last``: the inserted articles 174.º to 176.º of "artigos 171.º a
    176.º-A" when article 171.º is not in the texts."""
    index, end = last
    if not first_number:
        return []
    lo, hi = number_key(first_number), number_key(end.number)
    if not lo or not lo < hi:
        return []
    inside = [p for p in index.own + index.inserted if lo < number_key(p.number) < hi]
    return inside if len(inside) <= MAX_RANGE else []


def _between(first: tuple[_Index, Provision], last: tuple[_Index, Provision]) -> list[Provision]:
    """The sections printed strictly between two ends of a range, in one document; none when
    the ends are in different documents, out of order, or too far apart to be a range."""
    (index, a), (other, b) = first, last
    if index is not other:
        return []
    for order, units in ((index.section_order, index.own), (index.inserted_order, index.inserted)):
        lo, hi = order.get(a.id), order.get(b.id)
        if lo is not None and hi is not None:
            return units[lo + 1:hi] if 0 < hi - lo <= MAX_RANGE else []
    return []
