"""Classify provisions against the rubric: which requirement elements each one speaks to, and why.

A section (or article) is the unit of relevance: its text, with all its subsections, is
run through the language's pipeline (:mod:`gapcheck.nlp`). Cue and extractor matches
become language-neutral features; the rules and the learned model
(:mod:`gapcheck.model`) each score every section x requirement pair, and the pairs
judged relevant yield :class:`~gapcheck.models.Finding` records, one per matched cue,
pointing at the most specific provision that holds the match. The title of the document
is matched too: it can name the regime a requirement is about (``FeatureSpace.title_facets``).
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from . import numbering as nb
from .models import Document, Finding, Provision, Reference, polarity
from .nlp import (ANCHOR, DELETED, extractor_data, extractor_table, make_docs, negated, pipeline, text_offset,
                  waived)
from .read import non_blank_lines
from .split import comparison_blocks

TOP_LEVEL_UNITS = tuple(sorted(nb.TOP_LEVEL_UNITS))
THRESHOLD = 0.5            # a pair is relevant when its combined score reaches this
EXCEPTION = "exception"    # the extractor category of defences and exceptions
# An element in a section whose subject is named only by the title of its Act (a Mutual Legal
# Assistance Act): proposed, for the model to confirm, at the threshold and no higher.
CONTEXT_SCORE = 0.5
# An element in a section that names none of a requirement's subject but refers to a section
# that names all of it, for requirements about the consequences of offences: as strong as an
# element and the subject found apart in one section.
REFERENCE_SCORE = 0.75


@dataclass(frozen=True)
class Match:
    label: str             # "<requirement>|<element>" or an extractor category
    start: int             # document offsets
    end: int


@dataclass
class SectionMatches:
    """Everything the pipeline found in one section, with document offsets."""

    provision: Provision
    cues: list[Match] = field(default_factory=list)
    legal: list[Match] = field(default_factory=list)
    heading_end: int = 0        # document offset where the section's heading zone ends
    # Anchor cues ("<requirement>|@anchor:<i>") found in the title of the document the section
    # belongs to: every section of a Mutual Legal Assistance Act is about mutual legal assistance,
    # whether or not it says "foreign state" itself.
    title_anchors: frozenset[str] = frozenset()
    # The spans of the section's subdivisions ((1), (2), a), b) ...): where the model turns a
    # long section down, it takes a second look at each of them (``score_sections``).
    parts: tuple[tuple[int, int], ...] = ()
    # Per reference to another section (filled in by ``with_references``): its document offset
    # and the anchor cues of what it refers to. "L'infraction définie à l'article 227-25 est punie
    # de dix ans d'emprisonnement" punishes what article 227-25 is about (``subject_by_reference``).
    referred: tuple[tuple[int, frozenset[str]], ...] = ()


def _enclosure(provision: Provision, by_id: Mapping[str, Provision]) -> Provision | None:
    """The nearest ancestor of ``provision`` that is a section, an article or a quote."""
    parent = by_id.get(provision.parent) if provision.parent else None
    while parent is not None and parent.unit not in TOP_LEVEL_UNITS and parent.unit != "quoted":
        parent = by_id.get(parent.parent) if parent.parent else None
    return parent


def _container_of(provision: Provision, by_id: Mapping[str, Provision], unit: Optional[str]) -> Optional[Provision]:
    """The nearest provision of ``unit`` that encloses ``provision`` (with None: the nearest
    container, a part, chapter, Abschnitt...), if any."""
    parent = by_id.get(provision.parent) if provision.parent else None
    while parent is not None and (parent.unit != unit if unit else parent.unit not in nb.CONTAINER_UNITS):
        parent = by_id.get(parent.parent) if parent.parent else None
    return parent


@functools.lru_cache(maxsize=None)
def _non_normative_headings() -> frozenset[str]:
    """The headings of data/extractors.yaml ``non_normative_headings``, every language."""
    return frozenset(h for hs in extractor_data().get("non_normative_headings", {}).values() for h in hs)


def _non_normative(heading: str) -> bool:
    """A heading of a section that states reasons, not law ("SEC. 2. FINDINGS.")."""
    return " ".join(re.findall(r"\w+", heading.lower())) in _non_normative_headings()


def sections(provisions: Sequence[Provision]) -> list[Provision]:
    """The numbered top-level provisions: sections/articles not nested in another one, and
    those that quoted amending text inserts into another law ("Art. 241-F" inside an article
    of an amending law, see ``split``), which are units of their own (``own_spans``). A
    section headed as a bill's findings or reasons is not one (data/extractors.yaml)."""
    return sections_and_inserted(provisions)[0]


def sections_and_inserted(provisions: Sequence[Provision]) -> tuple[list[Provision], frozenset[str]]:
    """``sections``, and the ids of those among them that quoted amending text inserts into
    another law: units whose nearest enclosing section, article or quote is a quote."""
    by_id = {p.id: p for p in provisions}
    result, inserted = [], set()
    for provision in provisions:
        if provision.unit in TOP_LEVEL_UNITS and not _non_normative(provision.heading):
            enclosure = _enclosure(provision, by_id)
            if enclosure is None or enclosure.unit == "quoted":
                result.append(provision)
                if enclosure is not None:
                    inserted.add(provision.id)
    # A schedule that holds no section, article or item of its own (a Schedule of consequential
    # amendments set out under the names of the Acts it amends) is a unit too: its words would
    # otherwise be read by no unit.
    holding = {enclosure.id for p in result for enclosure in [_container_of(p, by_id, "schedule")] if enclosure}
    result.extend(p for p in provisions if p.unit == "schedule" and p.id not in holding
                  and _enclosure(p, by_id) is None)
    result.sort(key=lambda p: (p.start, -p.end))
    if not result:
        # A text with no numbered section (a pasted fragment, one section copied without its
        # number) is one unit: its preamble, which holds all of it.
        result = [p for p in provisions if p.unit == "preamble"]
    return result, frozenset(inserted)


_UNIT_PREFIXES = tuple(f"{nb.UNIT_ABBR[unit]}_" for unit in sorted(TOP_LEVEL_UNITS))


def unit_id(provision_id: str) -> str:
    """The id of the unit (``sections``) that holds a provision, from the provision's id: its
    first segment, or for text a quote inserts ("art_14__quoted_1__art_241-F__subsec_1") the
    inserted article or section ("art_14__quoted_1__art_241-F"); the quote's other text
    belongs to the unit the quote is in."""
    parts = provision_id.split("__")
    while True:
        quotes = [i for i, part in enumerate(parts) if part.startswith("quoted")]
        if not quotes:
            return parts[0]
        i = quotes[-1]
        if i + 1 < len(parts) and parts[i + 1].startswith(_UNIT_PREFIXES):
            return "__".join(parts[:i + 2])
        parts = parts[:i]


def own_spans(units: Sequence[Provision]) -> dict[str, list[tuple[int, int]]]:
    """Per unit (``sections``), the ranges of its text that no unit inside it holds: an amending
    article's own words, without the articles it inserts, which are units of their own."""
    inner: dict[str, list[Provision]] = {u.id: [] for u in units}
    open_units: list[Provision] = []
    for unit in sorted(units, key=lambda u: (u.start, -u.end)):
        while open_units and not (open_units[-1].start <= unit.start and unit.end <= open_units[-1].end):
            open_units.pop()
        if open_units:
            inner[open_units[-1].id].append(unit)
        open_units.append(unit)
    spans: dict[str, list[tuple[int, int]]] = {}
    for unit in units:
        pos, own = unit.start, []
        for nested in inner[unit.id]:
            if nested.start > pos:
                own.append((pos, nested.start))
            pos = max(pos, nested.end)
        if pos < unit.end or not own:
            own.append((pos, unit.end))
        spans[unit.id] = own
    return spans


@functools.lru_cache(maxsize=None)
def compositions() -> tuple[dict, ...]:
    """The compositions declared in data/extractors.yaml (see there)."""
    return tuple(extractor_data().get("compositions", ()))


def _has(categories: set[str], wanted: str) -> bool:
    if wanted.endswith(":*"):
        return any(c.startswith(wanted[:-1]) for c in categories)
    return wanted in categories


def compose(found: "SectionMatches", subdivisions: Sequence[Provision]) -> list["Match"]:
    """Element matches made of legal categories found together in one subdivision."""
    scopes = list(subdivisions) or [found.provision]
    result = []
    for scope in scopes:
        inside = [m for m in found.legal if scope.start <= m.start < scope.end]
        categories = {m.label for m in inside}
        for rule in compositions():
            if all(_has(categories, w) for w in rule["all_of"]) and \
                    not any(_has(categories, w) for w in rule.get("none_of", ())):
                parts = [m for m in inside if any(_has({m.label}, w) for w in rule["all_of"])]
                result.append(Match(f"{rule['requirement']}|{rule['element']}",
                                    min(m.start for m in parts), max(m.end for m in parts)))
    return result


HEAD_LINES = 4          # non-blank lines at the top of a document that can hold the name of the Act
HEAD_LINE_CHARS = 120   # longer lines there are text or editorial notes, not a name,
HEAD_TITLE_CHARS = 240  # unless they read as a long official title: no label before a colon, no sentence end
_LABELLED = re.compile(r"^\w[\w ]{0,20}:")     # "Note: ...", "Editorial note: ..."


def act_name(document: Document) -> str:
    """The text that names the Act: the document's title and its first few short lines, since
    the name often follows a heading ("STATUTES OF AVALONIA / 2019, CHAPTER 27 / CHILD ONLINE
    PROTECTION ACT") or an editorial note that quotes it."""
    lines = [document.title]
    for line in non_blank_lines(document.text):     # lazily: the text can be a whole code
        line = line.lstrip("#").strip()
        if not line:
            continue
        if len(lines) > HEAD_LINES:
            break
        # "23. Gesetz vom 12. März 2025 über den Schutz von Kindern (Wachauer Jugendschutzgesetz 2025)"
        long_title = (len(line) <= HEAD_TITLE_CHARS and not line.endswith((".", ":", ";", ","))
                      and not _LABELLED.match(line))
        lines.append(line if len(line) <= HEAD_LINE_CHARS or long_title else "")
    return "\n".join(line for line in lines if line)


@functools.lru_cache(maxsize=None)
def _note_block(lang: str) -> re.Pattern | None:
    """A note or example inside a provision (data/extractors.yaml ``note_labels``): its label alone
    on its line or before a colon or dash ("Note", "Note 2: Section 4B ..."), then the lines up to
    the next blank line."""
    labels = extractor_data().get("note_labels", {}).get(lang)
    if not labels:
        return None
    words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(r"(?im)^[ \t]*(?:" + words + r")(?:[ \t]+\d+)?[ \t]*(?:[:—–-][^\n]*)?$(?:\n[ \t]*\S[^\n]*)*")


def without_notes(text: str, lang: str, spans: Mapping[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """``spans`` without the notes and examples printed inside the provisions (``_note_block``)."""
    block = _note_block(lang)
    if block is None:
        return dict(spans)
    return {unit: _without(ranges, [(m.start(), m.end()) for start, end in ranges for m in block.finditer(text, start, end)])
            for unit, ranges in spans.items()}


def _without(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` (in text order) minus ``holes``; an empty range where the unit starts when nothing is left."""
    if not holes:
        return ranges
    holes = sorted(holes)
    kept = []
    for start, end in ranges:
        pos = start
        for lo, hi in holes:
            if hi <= pos or lo >= end:
                continue
            if lo > pos:
                kept.append((pos, lo))
            pos = max(pos, hi)
        if pos < end:
            kept.append((pos, end))
    return kept or [(ranges[0][0], ranges[0][0])]


_BRACKETED = re.compile(r"\[[^\[\]]{1,1500}\]")


def deleted_in_brackets(text: str, lang: str) -> list[tuple[int, int]]:
    """The words a bill deletes, where it says that it prints them in square brackets
    (``deleted_in_brackets`` in data/extractors.yaml): "a person under the age of [16] 18 years"."""
    convention = extractor_data().get("deleted_in_brackets", {}).get(lang)
    if not convention:
        return []
    word = convention["word"]
    said = any(re.search(convention["pattern"], text[max(0, at - 160):at + 200], re.IGNORECASE)
               for form in {word, word.capitalize(), word.upper()}
               for at in _occurrences(text, form))
    return [(m.start(), m.end()) for m in _BRACKETED.finditer(text)] if said else []


def _occurrences(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked by ``nlp.DELETED`` (newlines kept, so every offset stays
    where it was); the pipeline reads the words around a deleted passage as one sentence."""
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], re.sub(r"[^\n]", DELETED, text[start:end])]
        pos = end
    return "".join(parts) + text[pos:]


def reading_spans(document: Document, units: Sequence[Provision]) -> dict[str, list[tuple[int, int]]]:
    """Per unit, the ranges of the text that speak for it: its own spans (``own_spans``) without
    the notes and examples printed inside it (``without_notes``) and without the wording in force
    that a comparative table prints beside the proposed wording (``comparison_blocks``). Cue
    matchers and links read these."""
    spans = without_notes(document.text, document.lang, own_spans(units))
    blocks = comparison_blocks(document.text)
    if not blocks:
        return spans
    return {unit: _without(ranges, blocks) for unit, ranges in spans.items()}


def match_sections(document: Document, provisions: Sequence[Provision],
                   rubric_path: str | None = None, batch_size: int = 64,
                   only: set[str] | None = None) -> list[SectionMatches]:
    """Run the language pipeline over every section of ``document`` (or those whose id is in ``only``)."""
    nlp = pipeline(document.lang, rubric_path)
    every = sections(provisions)
    spans = reading_spans(document, every)
    units = [p for p in every if only is None or p.id in only]
    children: dict[str, list[Provision]] = {}
    for p in provisions:
        if p.parent:
            children.setdefault(p.parent, []).append(p)
    results = []
    absorbed = _absorptions(rubric_path)
    title = nlp(act_name(document))
    title_anchors = frozenset(span.label_ for span in title.spans["cues"] if ANCHOR in span.label_)
    cuts = list(_pieces(document.text, units, spans))
    text = _blanked(document.text, deleted_in_brackets(document.text, document.lang))
    docs = nlp.pipe(make_docs(nlp, (text[start:end] for _, start, end in cuts)), batch_size=batch_size)
    for provision, pieces in _grouped(docs, cuts):
        found = SectionMatches(provision, heading_end=heading_end(document.text, provision),
                               title_anchors=title_anchors,
                               parts=tuple((c.start, c.end) for c in children.get(provision.id, ())
                                           if c.unit != "quoted"))
        for offset, doc in pieces:
            for span in doc.spans["cues"]:
                found.cues.append(Match(span.label_, offset + text_offset(doc, span.start_char),
                                        offset + text_offset(doc, span.end_char, end=True)))
            for span in doc.spans["legal"]:
                found.legal.append(Match(span.label_, offset + text_offset(doc, span.start_char),
                                         offset + text_offset(doc, span.end_char, end=True)))
        found.cues.extend(compose(found, children.get(provision.id, ())))
        found.cues = _without_absorbed(found.cues, absorbed)
        results.append(found)
    return results


def with_references(matches: Mapping[str, Sequence[SectionMatches]], references: Sequence[Reference],
                    documents: Sequence[Document], provisions: Mapping[str, Sequence[Provision]]
                    ) -> dict[str, list[SectionMatches]]:
    """``matches`` (per document) with each section's ``referred`` filled in: for every reference
    to another section (``references``, resolved by :func:`gapcheck.link.link`), where it stands
    and the anchor cues of what it refers to -- the subdivision named ("section 2256(8)"), or the
    words of a section before its subdivisions -- except where the reference only states the
    scope of a rule ("Para fines de los Artículos 133-A y 144 de este Código:")."""
    by_key = {(document, m.provision.id): m for document, ms in matches.items() for m in ms}
    spans = {(document, p.id): (p.start, p.end) for document, ps in provisions.items() for p in ps}
    texts = {d.name: d.text for d in documents}
    langs = {d.name: d.lang for d in documents}
    inner: dict[tuple[str, str], list[int]] = {}
    for document, ps in provisions.items():
        for p in ps:
            key = (document, unit_id(p.id))
            if key in by_key and p.id != key[1] and "quoted" not in p.id:
                inner.setdefault(key, []).append(p.start)

    def lead(target: tuple[str, str]) -> tuple[int, int]:
        # A whole section is about what it says before its subdivisions: a homicide article
        # that raises the penalty for a victim under 14 in its fourth paragraph is not about
        # children, nor is pimping with a list of aggravations one of which is a minor victim.
        section = by_key[target].provision
        return section.start, _lead_end(section, inner.get(target, ()))

    named: list[tuple[tuple[str, str], int, tuple[str, str], tuple[int, int]]] = []
    for ref in references:
        source, target = (ref.document, ref.section), reference_target(ref, by_key, texts, langs)
        if target is None or source not in by_key:
            continue
        span = spans.get((ref.target_document, ref.target), (0, 0)) if ref.target != target[1] else lead(target)
        named.append((source, ref.start, target, span))
    named += [(source, at, target, lead(target))
              for source, at, target in _container_references(matches, provisions, texts, langs)]
    referred: dict[tuple[str, str], list[tuple[int, frozenset[str]]]] = {}
    for source, at, target, (lo, hi) in named:
        anchors = frozenset(c.label for c in by_key[target].cues
                            if lo <= c.start < hi and c.label.split("|", 1)[1].startswith(ANCHOR))
        if anchors:
            referred.setdefault(source, []).append((at, anchors))
    return {document: [dataclasses.replace(m, referred=tuple(referred.get((document, m.provision.id), ())))
                       for m in ms]
            for document, ms in matches.items()}


def _container_references(matches: Mapping[str, Sequence[SectionMatches]], provisions: Mapping[str, Sequence[Provision]],
                          texts: Mapping[str, str], langs: Mapping[str, str]):
    """(source section, offset, target section) for every clause that names offences by the part
    of the law holding them ("los delitos previstos en este capítulo", data/linking.yaml
    ``container_references``): the other sections of the nearest enclosing container, or those
    before the clause's section in it. Each is named on its own, as a reference by number is."""
    from .link import rules as link_rules      # link reads sections with this module's helpers
    for document, ms in matches.items():
        rules = link_rules("container_references", langs.get(document, ""))
        if not rules:
            continue
        text, by_id = texts.get(document, ""), {p.id: p for p in provisions.get(document, ())}
        units = [m.provision for m in ms]
        for m in ms:
            section = m.provision
            hits = [(rule, hit.start()) for rule in rules
                    for hit in rule.regex.finditer(text, section.start, section.end)]
            container = _container_of(section, by_id, None) if hits else None
            if container is None:
                continue
            for rule, at in hits:
                for unit in units:
                    if (unit.id != section.id and container.start <= unit.start < container.end
                            and (rule.reach == "container" or unit.start < section.start)):
                        yield (document, section.id), at, (document, unit.id)


def reference_target(ref: Reference, sections: Mapping[tuple[str, str], object], texts: Mapping[str, str],
                     langs: Mapping[str, str]) -> tuple[str, str] | None:
    """The section (document, id) among ``sections`` that holds what ``ref`` refers to, or None when
    it holds none of the texts' sections, is the section the reference stands in, or the reference
    only states the scope of a rule ("Para fines de los Artículos 133-A y 144 de este Código:")."""
    from .link import names_scope      # link reads sections with this module's helpers
    target = (ref.target_document, unit_id(ref.target))
    if target not in sections or target == (ref.document, ref.section) \
            or names_scope(texts.get(ref.document, ""), ref.start, langs.get(ref.document, "")):
        return None
    return target


def _lead_end(section: Provision, starts: Sequence[int]) -> int:
    """Where the words of a section before its subdivisions end: at the second place a
    subdivision starts (the first is usually the section's first paragraph, "(1)" or an
    unnumbered alinéa), or at the section's end."""
    distinct = sorted(set(starts))
    return distinct[1] if len(distinct) > 1 else section.end


def _absorptions(rubric_path: str | None) -> dict[str, frozenset[str]]:
    """Cue label -> the labels whose matches take it in (the rubric's ``absorbs``)."""
    from .rubric import load
    absorbed: dict[str, set[str]] = {}
    for requirement in load(rubric_path).requirements:
        for element in requirement.elements:
            for target in element.absorbs:
                absorbed.setdefault(f"{requirement.id}|{target}", set()).add(f"{requirement.id}|{element.id}")
    return {label: frozenset(by) for label, by in absorbed.items()}


def _without_absorbed(cues: list["Match"], absorbed: Mapping[str, frozenset[str]]) -> list["Match"]:
    """The cues without those inside a match of an element that absorbs them: "threatens to
    distribute" is a threat to share an image, not its distribution."""
    if not absorbed or not any(m.label in absorbed for m in cues):
        return cues
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in cues:
        spans.setdefault(m.label, []).append((m.start, m.end))
    return [m for m in cues
            if not any(a <= m.start and m.end <= b for by in absorbed.get(m.label, ()) for a, b in spans.get(by, ()))]


PIECE = 200_000   # characters: longer sections go through the pipeline in pieces cut at line ends


def _pieces(text: str, units: Sequence[Provision], spans: Mapping[str, list[tuple[int, int]]]):
    """(section, start, end) pieces of the text: each section's own spans (``own_spans``), a
    span longer than PIECE cut at newlines, so one enormous section (a 50 MB single-line file)
    never exceeds the pipeline's limit and memory stays bounded by the piece, not the section."""
    for provision in units:
        for start, end in spans[provision.id]:
            while end - start > PIECE:
                cut = text.rfind("\n", start, start + PIECE)
                cut = cut + 1 if cut > start else start + PIECE
                yield provision, start, cut
                start = cut
            yield provision, start, end


def _grouped(docs, pieces):
    """Regroup the pipeline's docs by section, in section order: (section, [(offset, doc)])."""
    current, collected = None, []
    for (provision, offset, _), doc in zip(pieces, docs):
        if provision is not current:
            if current is not None:
                yield current, collected
            current, collected = provision, []
        collected.append((offset, doc))
    if current is not None:
        yield current, collected


WINDOW = 300   # characters: an element counts as "near the subject" within this distance of every facet


def heading_end(text: str, provision: Provision) -> int:
    """Document offset where a section's heading zone ends: its first line, and the
    next one too when the first is a bracketed marginal note ("[Definitions]")."""
    body = text[provision.start:provision.end]
    first = body.find("\n")
    if first < 0:
        return provision.end
    if body[:first].strip().startswith("[") and body[:first].strip().endswith("]"):
        second = body.find("\n", first + 1)
        first = second if second >= 0 else len(body)
    return provision.start + first


class FeatureSpace:
    """Language-neutral features of a section, named so that a saved model can be checked.

    Per requirement: the share of its anchor facets present, in the heading and near an
    element; how many of its elements of each role match; whether an element matches near
    every facet (the proximity rule); the rule score. Per extractor category: a count.
    Words never enter, so a model trained on some languages scores the others.
    """

    PER_REQUIREMENT = ("anchor", "anchor-heading", "anchor-title", "anchor-reference", "element-heading",
                       "satisfies", "narrows", "contradicts", "near", "rule")

    def __init__(self, rubric, legal_categories: Sequence[str]):
        self.requirements = [r.id for r in rubric.requirements]
        self.roles = {(r.id, e.id): e.role for r in rubric.requirements for e in r.elements}
        # A ``general`` element is met by offences that are not about the requirement's subject
        # (coercing a child to pose for images, for sexual extortion): it earns a verdict partial
        # credit, but a section is not about the requirement on its strength (it stays a feature).
        self.general = {(r.id, e.id) for r in rubric.requirements for e in r.elements if e.general}
        self.facets = {r.id: len(r.anchors) for r in rubric.requirements}
        # The title of an Act can name the regime a requirement is about (mutual legal assistance,
        # reporting by providers); it cannot stand in for the child or the material, which each
        # provision must name. So it completes only requirements whose subject is their own
        # anchors, unless the rubric says the requirement concerns the Act's measures as a whole
        # (``title_context: all-facets``: evaluating "this Act" in a child protection Act).
        self.title_facets = {r.id: {f"{ANCHOR}:{i}" for i in range(len(r.anchors))}
                             if r.anchors and (r.title_context == "all-facets"
                                               or all(f.name == r.id for f in r.anchors)) else set()
                             for r in rubric.requirements}
        # Requirements about the consequences of offences (penalties, forfeiture): a section
        # that refers to one about their subject is about it too.
        self.by_reference = {r.id for r in rubric.requirements if r.subject_by_reference}
        self.legal_categories = list(legal_categories)
        names = [f"{rid}:{f}" for rid in self.requirements for f in self.PER_REQUIREMENT]
        names += [f"legal:{c}" for c in self.legal_categories]
        names += ["length"]
        self.names = names
        self.index = {n: i for i, n in enumerate(names)}

    def _near(self, found: SectionMatches) -> dict[str, bool]:
        """Requirement -> an element match lies within WINDOW of a match of every facet."""
        by_req: dict[str, tuple[dict[str, list[int]], list[int]]] = {}
        for m in found.cues:
            rid, element = m.label.split("|", 1)
            facets, elements = by_req.setdefault(rid, ({}, []))
            if element.startswith(ANCHOR):
                facets.setdefault(element, []).append(m.start)
            elif (rid, element) not in self.general:
                elements.append(m.start)
        near = {}
        for rid, (facets, elements) in by_req.items():
            if not elements or len(facets) < self.facets[rid]:
                near[rid] = False
                continue
            near[rid] = any(all(any(abs(e - a) <= WINDOW for a in starts) for starts in facets.values())
                            for e in elements)
        return near

    def rule_scores(self, found: SectionMatches) -> dict[str, float]:
        """The rules' verdict per requirement: 1.0 when an element matches near a cue of
        every anchor facet (the section speaks of the subject and of the element together);
        0.75 when both occur in the section but apart; CONTEXT_SCORE (0.5) when the rest of
        the subject is named only by the title of the section's Act (``title_facets``); 0.25
        for an element without the whole subject (below the threshold: a feature for the
        model, not a verdict); 0 otherwise."""
        anchors, elements = _tally(found)
        return self._scores(anchors, self._proposing(elements), self._near(found), self._title(found),
                            self._referred(found))

    def _referred(self, found: SectionMatches) -> set[str]:
        """The ``by_reference`` requirements with an element of the section within WINDOW of a
        reference to a section (or subdivision) that names their whole subject."""
        named = set()
        for at, labels in found.referred:
            facets: dict[str, set[str]] = {}
            for label in labels:
                rid, facet = label.split("|", 1)
                if rid in self.by_reference:
                    facets.setdefault(rid, set()).add(facet)
            named |= {rid for rid, fs in facets.items() if len(fs) >= self.facets[rid]
                      and any(m.label.startswith(rid + "|") and not m.label.split("|", 1)[1].startswith(ANCHOR)
                              and (rid, m.label.split("|", 1)[1]) not in self.general
                              and abs(m.start - at) <= WINDOW for m in found.cues)}
        return named

    def _proposing(self, elements: dict[str, set[str]]) -> dict[str, set[str]]:
        """The matched elements that can make a section relevant: all but ``general`` ones."""
        return {rid: {e for e in found if (rid, e) not in self.general} for rid, found in elements.items()}

    def _title(self, found: SectionMatches) -> dict[str, set[str]]:
        """Requirement -> the facets of its subject that the title of the section's Act names."""
        named: dict[str, set[str]] = {}
        for label in found.title_anchors:
            rid, facet = label.split("|", 1)
            if facet in self.title_facets.get(rid, ()):
                named.setdefault(rid, set()).add(facet)
        return named

    def _scores(self, anchors, elements, near, title, referred) -> dict[str, float]:
        scores = {}
        for rid in self.requirements:
            met = elements.get(rid, set())
            facets = anchors.get(rid, {})
            if not met:
                scores[rid] = 0.0
            elif near.get(rid):
                scores[rid] = 1.0
            elif len(facets) >= self.facets[rid]:
                scores[rid] = 0.75
            elif rid in referred:
                scores[rid] = REFERENCE_SCORE
            elif len(set(facets) | title.get(rid, set())) >= self.facets[rid]:
                scores[rid] = CONTEXT_SCORE
            else:
                scores[rid] = 0.25
        return scores

    def vector(self, found: SectionMatches) -> list[float]:
        x = [0.0] * len(self.names)
        anchors, elements = _tally(found)
        near = self._near(found)
        title = self._title(found)
        referred = self._referred(found)
        rules = self._scores(anchors, self._proposing(elements), near, title, referred)
        head_facets: dict[str, set[str]] = {}
        head_elements: set[str] = set()
        for m in found.cues:
            if m.start < found.heading_end:
                rid, element = m.label.split("|", 1)
                if element.startswith(ANCHOR):
                    head_facets.setdefault(rid, set()).add(element)
                else:
                    head_elements.add(rid)
        for rid in self.requirements:
            n_facets = self.facets[rid]
            facets = anchors.get(rid, {})
            # A section about its subject through what it refers to names all of it, as far as
            # the model is concerned: it otherwise reads like a penalty for an adult offence.
            named = n_facets if rid in referred else len(facets)
            x[self.index[f"{rid}:anchor"]] = (named / n_facets) if n_facets else 1.0
            x[self.index[f"{rid}:anchor-heading"]] = (len(head_facets.get(rid, ())) / n_facets) if n_facets else 0.0
            x[self.index[f"{rid}:anchor-title"]] = (len(title.get(rid, ())) / n_facets) if n_facets else 0.0
            x[self.index[f"{rid}:anchor-reference"]] = float(rid in referred)
            x[self.index[f"{rid}:element-heading"]] = float(rid in head_elements)
            for element in elements.get(rid, ()):
                role = self.roles.get((rid, element), "satisfies")
                x[self.index[f"{rid}:{role}"]] += 1.0
            x[self.index[f"{rid}:near"]] = float(near.get(rid, False))
            x[self.index[f"{rid}:rule"]] = rules[rid]
        counts: dict[str, int] = {}
        for m in found.legal:
            counts[m.label] = counts.get(m.label, 0) + 1
        for category, n in counts.items():
            key = f"legal:{category}"
            if key in self.index:
                x[self.index[key]] = math.log1p(n)
        x[self.index["length"]] = math.log1p(found.provision.end - found.provision.start) / 10
        return x


def feature_space(rubric) -> FeatureSpace:
    """The feature space of ``rubric``: the extractor categories are the same in every
    language (only their cue words differ), so one space serves every document and model."""
    return FeatureSpace(rubric, list(extractor_table("en")))


def _tally(found: SectionMatches) -> tuple[dict[str, dict[str, int]], dict[str, set[str]]]:
    """Per requirement: matches per anchor facet, and the set of elements matched."""
    anchors: dict[str, dict[str, int]] = {}
    elements: dict[str, set[str]] = {}
    for m in found.cues:
        rid, element = m.label.split("|", 1)
        if element.startswith(ANCHOR):
            facets = anchors.setdefault(rid, {})
            facets[element] = facets.get(element, 0) + 1
        else:
            elements.setdefault(rid, set()).add(element)
    return anchors, elements


class _Locator:
    """Finds the most specific provision holding an offset (provisions nest, pre-order)."""

    def __init__(self, provisions: Sequence[Provision]):
        self.provisions = list(provisions)
        self.starts = [p.start for p in self.provisions]

    def deepest(self, offset: int, within: Provision) -> Provision:
        i = bisect.bisect_right(self.starts, offset) - 1
        # Walk back to the nearest provision that contains the offset and lies in the section.
        while i >= 0:
            p = self.provisions[i]
            if p.start <= offset < p.end and within.start <= p.start and p.end <= within.end:
                return p
            i -= 1
        return within


def classify(document: Document, provisions: Sequence[Provision], rubric, model=None,
             rubric_path: str | None = None) -> list[Finding]:
    """Findings (evidence) for every section x requirement pair judged relevant.

    ``model`` is a fitted :class:`gapcheck.model.RelevanceModel` or None for rules only.
    """
    from .link import link      # link reads sections with this module's helpers
    matches = match_sections(document, provisions, rubric_path)
    references = link([(document, provisions)]).references
    matches = with_references({document.name: matches}, references, [document],
                              {document.name: provisions})[document.name]
    return findings_from_matches(document, provisions, rubric, matches, model)


def score_sections(matches: Sequence[SectionMatches], space: FeatureSpace, model=None) -> list[dict[str, float]]:
    """Combined relevance score per requirement for each section."""
    vectors = [space.vector(m) for m in matches]
    probabilities = model.predict_proba(vectors) if (model is not None and vectors) else None
    scores = []
    for i, found in enumerate(matches):
        rules = space.rule_scores(found)
        if probabilities is None:
            scores.append(dict(rules))
            continue
        # The rules propose and the model confirms: where a requirement has a model, a section
        # the rules judge relevant keeps the model's probability as its score (relevant when it
        # reaches the model's threshold) and any other section scores 0. Elsewhere the rules decide.
        row = probabilities[i]
        score = {rid: (row[rid] if rules[rid] >= THRESHOLD else 0.0) if rid in row else rules[rid]
                 for rid in space.requirements}
        turned_down = [rid for rid in row if rules[rid] >= THRESHOLD and row[rid] < model.threshold]
        if turned_down and len(found.parts) > 1:
            score.update(_second_look(found, space, model, turned_down))
        scores.append(score)
    return scores


def _second_look(found: SectionMatches, space: "FeatureSpace", model, requirements: Sequence[str]) -> dict[str, float]:
    """Scores for requirements the model turned down in a section with subdivisions, from each
    subdivision read as a section of its own (with the section's heading and lead-in): the model learnt
    from sections, and a long one that enacts an offence, its penalties and a limitation rule in
    separate subsections reads to it unlike any section about limitation. A subdivision where
    the rules still find the requirement and the model confirms it gives its probability."""
    # The heading and the words before the first subdivision ("In this Act:", "Para efeitos da
    # presente lei, entende-se por:") belong to every subdivision.
    lead = min(start for start, _end in found.parts)
    heading = [m for m in found.cues if m.start < lead]
    heading_legal = [m for m in found.legal if m.start < lead]
    best: dict[str, float] = {}
    for start, end in found.parts:
        part = dataclasses.replace(
            found, provision=dataclasses.replace(found.provision, start=start, end=end),
            cues=heading + [m for m in found.cues if start <= m.start < end and m.start >= lead],
            legal=heading_legal + [m for m in found.legal if start <= m.start < end and m.start >= lead],
            parts=())
        rules = space.rule_scores(part)
        wanted = [rid for rid in requirements if rules[rid] >= THRESHOLD]
        if not wanted:
            continue
        row = model.predict_proba([space.vector(part)])[0]
        for rid in wanted:
            if row[rid] >= model.threshold and row[rid] > best.get(rid, 0.0):
                best[rid] = row[rid]
    return best


def is_defence(found: SectionMatches) -> bool:
    """Whether the section holds a defence or exception ("it is a defence", "n'est pas applicable")."""
    return any(m.label == EXCEPTION for m in found.legal)


def threshold(model, requirement: str) -> float:
    """The score a section needs to be relevant: the model's threshold where it scores the
    requirement (a section the rules propose is dropped when the model's probability is below it)."""
    if model is not None and requirement in model.coef_:
        return model.threshold
    return THRESHOLD


def findings_from_matches(document: Document, provisions: Sequence[Provision], rubric,
                          matches: Sequence[SectionMatches], model=None) -> list[Finding]:
    space = feature_space(rubric)
    locator = _Locator(provisions)
    findings: list[Finding] = []
    for found, scores in zip(matches, score_sections(matches, space, model)):
        section = found.provision
        defence = is_defence(found)
        # the rules' own scores are needed only to keep a defence's limitations (below); without
        # a model they are the scores already
        rules = space.rule_scores(found) if defence and model is not None else scores
        for rid in space.requirements:
            score = round(scores[rid], 4)
            spans = [m for m in found.cues if m.label.startswith(rid + "|")]
            if score < threshold(model, rid):
                # A contradiction is reported even where the section is not judged relevant
                # as a whole: its cues are specific by construction (a child as the offender
                # of an offence about images of themselves), and a missed one hides the
                # finding a lawyer most needs to see. So is a limitation in a defence or exception
                # that the rules judge to be about the subject, when only the model turns it
                # down: the model learnt what sections are about, and a defence is rarely
                # labelled as what it limits, but an unseen limitation makes a wrong "covered".
                keep = {"contradicts"} | ({"narrows"} if defence and rules[rid] >= THRESHOLD else set())
                spans = [m for m in spans if space.roles.get((rid, m.label.split("|", 1)[1])) in keep]
                if not spans:
                    continue
            rule_name = "rules+model" if model is not None else "rules"
            if not spans:
                findings.append(Finding(
                    document=document.name, provision=section.id, section=section.number,
                    requirement=rid, element="@model", start=section.start,
                    end=min(section.end, section.start + 200),
                    quote=document.text[section.start:min(section.end, section.start + 200)],
                    rule="model", score=score))
                continue
            for m in spans:
                element = m.label.split("|", 1)[1]
                holder = locator.deepest(m.start, section)
                role = "anchor" if element.startswith(ANCHOR) else space.roles.get((rid, element), "satisfies")
                if role == "narrows" and waived(document.text, m.start, m.end, document.lang):
                    continue        # "whether or not a real person": the limitation is waived
                if role == "contradicts" and negated(document.text, m.start, document.lang):
                    continue        # "N'est pas punissable le mineur qui ...": the sentence denies it
                findings.append(Finding(
                    document=document.name, provision=holder.id, section=section.number,
                    requirement=rid, element=element, start=m.start, end=m.end,
                    quote=document.text[m.start:m.end], rule=f"cue:{rid}/{element} ({rule_name})",
                    score=score, polarity=polarity(role)))
    return findings
