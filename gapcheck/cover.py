"""Cover: from findings and links to one verdict per requirement, and the graph that explains it.

A jurisdiction's coverage of a requirement is rarely in one provision. For every section
judged relevant to a requirement, this stage follows the section's defined terms and
cross-references (one hop, then one more) and lets the section inherit what the target
provides: an offence that uses a defined term inherits what the definition covers; an
offence reached by a general provision on legal persons inherits that liability. Each
inherited piece of evidence keeps its ``via`` chain. Inheritance is bounded: a definition
governs its own Act (unless it applies to every enactment, see :mod:`gapcheck.link`), a
term passes on only its own definition, and a target passes on something only where it
speaks of the requirement's subject (one of its anchor cues). For requirements about the
consequences of offences (``subject_by_reference``: penalties, confiscation), a section that
names no subject but refers to a section that does ("shall suffer the penalty of reclusion
perpetua" for "violating Section 4 (a)") counts with its own cues. Requirements that ask for
an offence (``needs_offence``) take credit only from offences -- sections with a criminal
sanction, or that such a section refers to -- and from what those reach: a definition of
"grooming" in a policy act creates no offence. Likewise a narrowing found in
the definition of a term that is not the requirement's subject ("an identifiable real person"
in the definition of "intimate image") does not narrow the requirement.

Verdicts follow the rubric's elements and its machine rule (``Requirement.verdict`` in
:mod:`gapcheck.rubric`): ``contradicted`` when a contradicting element is found;
``covered`` when the essential elements are met and nothing narrows them (a narrowing
with ``scope: section`` narrows only its own section); ``partial`` when some credit is
earned, or when only general offences meet a ``general`` element (a general extortion
offence, for sexual extortion); ``missing`` otherwise.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import re
from typing import Sequence

from .classify import SectionMatches, is_defence, reference_target, unit_id
from .link import Links, instrument_joiners, numbered_mentions, rules as link_rules, said_before
from .models import Document, Finding, Provision, polarity
from .nlp import ANCHOR, negated, waived

MAX_HOPS = 2


@dataclass
class Evidence:
    document: str
    provision: str
    section: str
    element: str
    quote: str
    start: int
    end: int
    score: float
    rule: str
    polarity: str
    via: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"document": self.document, "provision": self.provision, "section": self.section,
                "element": self.element, "quote": self.quote, "start": self.start, "end": self.end,
                "score": self.score, "rule": self.rule, "polarity": self.polarity, "via": self.via}


@dataclass
class Verdict:
    requirement: object                      # rubric Requirement
    status: str
    elements: list[dict]
    evidence: list[Evidence]

    def to_dict(self) -> dict:
        r = self.requirement
        guidance = _guidance(r, self.status)
        return {"id": r.id, "title": r.title, "priority": getattr(r, "priority", ""),
                "sources": list(getattr(r, "sources", ())), "status": self.status,
                "elements": self.elements, "evidence": [e.to_dict() for e in self.evidence],
                "guidance": guidance}


def _guidance(requirement, status: str) -> str | None:
    if status == "covered":
        return None
    guidance = getattr(requirement, "guidance", None) or {}
    if isinstance(guidance, Mapping):
        return guidance.get(status) or guidance.get("missing")
    return getattr(guidance, status, None)


def _section_ids(matches: dict[str, list[SectionMatches]]) -> dict[tuple[str, str], SectionMatches]:
    return {(doc, m.provision.id): m for doc, ms in matches.items() for m in ms}


def cover(rubric, documents: Sequence[Document], findings: Sequence[Finding],
          matches: dict[str, list[SectionMatches]], links: Links,
          provisions: Mapping[str, Sequence[Provision]] | None = None) -> list[Verdict]:
    """One verdict per requirement of ``rubric``, in rubric order. ``provisions`` (per document)
    bound each definition to the provision that holds it."""
    by_section = _section_ids(matches)
    texts = {d.name: d.text for d in documents}
    langs = {d.name: d.lang for d in documents}
    # outgoing links per section: (kind, label, target document, target section id,
    # the span of the target that counts or None for all of it, the link's offset in its source)
    outgoing: dict[tuple[str, str], list[tuple[str, str, str, str, tuple[int, int] | None, int]]] = {}
    # Where each provision starts and ends: a reference to a subdivision ("section 2256(8)",
    # "art. 110, al. 4") passes on that subdivision only, a reference to a section all of it;
    # a definition runs at most to the end of the provision that holds it.
    spans = {(document, p.id): (p.start, p.end) for document, ps in (provisions or {}).items() for p in ps}
    extents = _definition_extents(links, by_section, spans)
    lead_ins = _lead_ins(links, by_section)
    for use in links.uses:
        target_section = _enclosing_section(use.defined_document, use.defined_in, by_section)
        outgoing.setdefault((use.document, use.section), []).append(
            ("term", use.term, use.defined_document, target_section or use.defined_in,
             extents.get((use.defined_document, use.defined_in, use.term)), use.start))
    for ref in links.references:
        target = reference_target(ref, by_section, texts, langs)
        if target:
            span = spans.get((ref.target_document, ref.target)) if ref.target != target[1] else None
            outgoing.setdefault((ref.document, ref.section), []).append(
                ("reference", ref.quote, ref.target_document, target[1], span, ref.start))
    # What a chain can reach from a section, and the element cues of each section by
    # requirement, do not depend on the requirement: computed once, not once per requirement.
    hops = _Hops(outgoing, by_section)
    cues = _section_cues(by_section)
    definitions: dict[str, list[tuple[int, int]]] = {}
    for (document, _provision, _term), span in sorted(extents.items()):
        definitions.setdefault(document, []).append(span)
    found: dict[str, list[Evidence]] = {}
    offences = _offence_units(by_section, outgoing, texts, langs)
    for requirement in rubric.requirements:
        direct = [f for f in findings if f.requirement == requirement.id]
        evidence = [Evidence(f.document, f.provision, f.section, f.element, f.quote, f.start, f.end,
                             f.score, f.rule, f.polarity) for f in direct if not f.element.startswith(ANCHOR)]
        # Chains start at the sections judged relevant, and at the sections that speak of the
        # requirement's whole subject (every anchor facet): an offence about "child sexual
        # abuse material" inherits what the definition of that term covers.
        origins = {(f.document, unit_id(f.provision)) for f in direct}
        origins |= {key for key, per in cues.items() if _speaks_of(requirement, per)}
        if requirement.needs_offence:
            # A definition alone creates no offence: only offences, and what they reach, count
            # (and the elements that are not about an offence: an order to delete an image).
            procedural = {e.id for e in requirement.elements if e.outside_offences}
            evidence = [e for e in evidence if e.polarity != "supports" or _unit(e) in offences
                        or e.element in procedural]
            origins &= offences
        evidence += _inherited(requirement, sorted(origins), hops, cues, by_section, texts, langs, lead_ins)
        # A section that refers to one about the subject is about it too, for all its elements
        # where the rubric says so (penalties, seizure). Otherwise only a defence or exception
        # that is not itself an offence passes on its limitations: "It is a defence to a charge
        # under section 124 that ..." narrows what section 124 forbids; an offence against
        # younger children that refers to section 124 does not.
        if requirement.subject_by_reference:
            # A section the classifier judged relevant through what it refers to (penalties for
            # "the offence defined in article 227-25") keeps the reference as its ``via``.
            speaking = {key for key in origins if _speaks_of(requirement, cues.get(key, {}))}
            referring = _referring(requirement, speaking, outgoing, cues, by_section, texts, langs)
            through = {_unit(e) for e in referring}
            evidence = [e for e in evidence if e.via or _unit(e) not in through] + referring
        else:
            evidence += _referring(requirement, origins, outgoing, cues, by_section, texts, langs,
                                   {"narrows"}, _qualifier)
        found[requirement.id] = [e for e in _dedupe(evidence)
                                 if not _in_other_definition(requirement, e, definitions, cues)]
    # A narrowing found from references needs the other requirements' offences: a second pass.
    references = links.references + links.unresolved
    for requirement in rubric.requirements:
        for element in requirement.elements:
            if element.reach:
                found[requirement.id] += _listed_only(requirement.id, element, found, references,
                                                      by_section, offences, texts, langs)
    by_id = {r.id: r for r in rubric.requirements}
    places = _Places(spans, texts)
    return [_verdict(requirement, found[requirement.id], _general(requirement, by_section, cues, texts),
                     _capped(requirement, found[requirement.id], cues, by_id), places,
                     _within_capped(requirement, found[requirement.id], cues, by_id, spans))
            for requirement in rubric.requirements]


def _within_capped(requirement, evidence: Sequence[Evidence], cues, by_id, spans) -> set[int]:
    """Evidence (by ``id``) that stands in a provision which itself speaks of the whole subject of a
    requirement named in ``partial_only_in``: an offence on sexual images of children earns an
    intimate-image requirement nothing on its own (the real two-reader verdicts, FR, CO, UK)."""
    others = [by_id[rid] for rid in requirement.partial_only_in if rid in by_id]
    if not others:
        return set()
    return {id(e) for e in evidence
            if any(_speaks_of(other, cues.get(_unit(e), {}), spans.get((e.document, e.provision), (e.start, e.end)))
                   for other in others)}


def _capped(requirement, evidence: Sequence[Evidence], cues, by_id) -> set[tuple[str, str]]:
    """The sections of ``evidence`` that earn ``requirement`` partial credit at most: they speak
    of the whole subject of a requirement it names in ``partial_only_in`` (an offence about
    images of children is an abuse-material offence, not one on intimate images of anyone)."""
    others = [by_id[rid] for rid in requirement.partial_only_in if rid in by_id]
    if not others:
        return set()
    return {_unit(e) for e in evidence
            if any(_speaks_of(other, cues.get(_unit(e), {})) for other in others)}


def _offence_units(by_section, outgoing, texts, langs) -> set[tuple[str, str]]:
    """Sections that create offences: they carry a criminal sanction, or a section that does
    refers to them ("Any person found guilty of violating Section 4 shall suffer ..."), unless
    the reference names the power under which an order is made ("fails to comply with a
    protection order made under section 18.8": the offence is the breach, not what the order
    may prohibit)."""
    # A text that imprisons no one and calls its fines administrative somewhere (a regulation's
    # "infracciones graves", then "Graduación de la sanción ... multa") fines administratively throughout.
    labels: dict[str, set[str]] = {}
    for (document, _section), section in by_section.items():
        labels.setdefault(document, set()).update(m.label for m in section.legal)
    administrative = {d for d, found in labels.items() if ADMINISTRATIVE_FINE in found and GENERAL_OFFENCE not in found}
    sanctioned = {key for key, section in by_section.items()
                  if _criminal(section) and key[0] not in administrative}
    referred = {(tdoc, tsec) for key in sanctioned for kind, _l, tdoc, tsec, _s, at in outgoing.get(key, ())
                if kind == "reference" and not _order_power(texts.get(key[0], ""), at, langs.get(key[0], ""))}
    return sanctioned | referred


def _criminal(section) -> bool:
    """Whether a section carries a criminal sanction: imprisonment, or a fine that the section
    does not call administrative (a regulation's "infracciones graves" fined in tax units)."""
    labels = {m.label for m in section.legal}
    return GENERAL_OFFENCE in labels or ("sanction:criminal-fine" in labels and ADMINISTRATIVE_FINE not in labels)


def _order_power(text: str, at: int, lang: str) -> bool:
    """Whether the reference at ``at`` names the power under which an order is made."""
    return said_before("order_powers", text, at, lang, 80)


LEFT_OUT_SHOWN = 6   # offences a narrowing from references names as left out


def _offence_sections(requirement_ids, found: Mapping[str, list[Evidence]], offences) -> set[tuple[str, str]]:
    """The offences (``offences``: see _offence_units) that punish what ``requirement_ids``
    ask to be punished: a cue in them meets one of those requirements' elements."""
    return {_unit(e) for rid in requirement_ids for e in found.get(rid, ())
            if e.polarity == "supports" and e.rule.startswith("cue:") and _unit(e) in offences}


# A line that is an item of a list ("a. le génocide;", "(b) ...", "2° ...", "II - ...").
_LIST_ITEM = re.compile(r"[ \t]*(?:[a-z]{1,2}[.)]|\(\w{1,4}\)|\d{1,3}(?:[.)°º]|\s?[-–—])|[IVXLC]+\s?[-–—.])\s")


def _continues(text: str, lo: int) -> bool:
    """Whether the line starting at ``lo`` goes on with the sentence of the line above: a
    paragraph wrapped by its author or by a PDF ("... el término de la prescripción" then
    "comenzará a correr ...")."""
    if lo <= 0 or text[lo - 1] != "\n" or not text[lo:lo + 1].islower():
        return False
    above = text[text.rfind("\n", 0, lo - 1) + 1:lo - 1].rstrip()
    return bool(above) and not above.endswith((".", ";", ":", "!", "?", "»", "”", '"'))


def _clause(text: str, start: int) -> tuple[int, int]:
    """The line (paragraph, alinéa, numbered item) holding offset ``start``, with the lines
    of the same sentence where the text is wrapped; a line that introduces a list ("Sont
    imprescriptibles:") runs on through the list's items."""
    lo = text.rfind("\n", 0, start) + 1
    hi = (text.find("\n", start) + 1 or len(text) + 1) - 1
    while _continues(text, lo):
        lo = text.rfind("\n", 0, lo - 1) + 1
    while hi < len(text) and _continues(text, hi + 1):
        hi = (text.find("\n", hi + 1) + 1 or len(text) + 1) - 1
    if text[lo:hi].rstrip().endswith(":"):
        while hi < len(text) and _LIST_ITEM.match(text, hi + 1):
            hi = (text.find("\n", hi + 1) + 1 or len(text) + 1) - 1
    return lo, hi


def _listed_only(requirement_id: str, element, found: Mapping[str, list[Evidence]], references,
                 by_section, offence_units, texts, langs) -> list[Evidence]:
    """Evidence for a ``reach`` narrowing: one per clause that meets a ``limits`` element but
    names its offences by number, leaving out a section that punishes one of the
    ``offences_of`` offences (or pointing to a list not in the texts). Nothing unless every
    such clause is confined so: one clause that reaches them all, or names no numbers, or
    names the whole class of offences in words, is a special rule for all the offences."""
    reach = element.reach
    offences = _offence_sections(reach.offences_of, found, offence_units)
    narrowing: dict[tuple[str, int], Evidence] = {}
    for e in found[requirement_id]:
        if e.element not in reach.limits or e.polarity != "supports":
            continue
        section = by_section[_unit(e)]
        text = texts[e.document]
        if _in_heading(text, section, e):
            continue    # a heading ("Attempts to commit child exploitation offences") makes no rule
        lo, hi = _clause(text, e.start)
        if _is_title(text[lo:hi]) or _heads_numbered_line(text, lo, hi):
            continue    # a title left in the text ("Article 94.- Tentative", a bill's "Attempt, conspiracy ...")
        if _says(text, lo, hi, reach.conditions_for(langs[e.document])):
            continue    # "celle de délit ne l'est que dans les cas où la loi le prévoit": the special clauses decide
        lo = _past_derogation(text, lo, e.start, langs[e.document])
        # (not the section's own number where its text runs on after it: "§ 15. Wer den Entschluss ...")
        named = sorted((r for r in references if r.document == e.document and lo <= r.start < hi
                        and r.start != section.provision.start), key=lambda r: r.start)
        names = reach.names_for(langs[e.document])
        windows = [(max(lo, e.start - CLASS_NEAR_CUE), _sentence_end(text, e.end, min(hi, e.end + CLASS_AFTER_CUE)))]
        if named:
            windows.append((lo, named[0].start))
        if any(_names_class(text, a, b, named, names, langs[e.document]) for a, b in windows):
            return []
        if named:
            reached = {(r.target_document, unit_id(r.target)) for r in named if r.target_document}
            # The quote is the list the clause names; the rule says which offences it leaves out.
            start, end = named[0].start, max(r.end for r in named)
        elif _unit(e) in offences:
            # "La tentative des délits que prévoit le présent article" under one of the offences
            # is that offence's rule.
            reached, start, end = {_unit(e)}, e.start, e.end
        elif _names_numbers(text, lo, hi, langs[e.document]):
            # "An attempt to commit ... any offence mentioned in paragraphs 1 to 7" (an item of a
            # schedule): numbers that lead to no provision of the texts reach none of the offences.
            reached, start, end = set(), e.start, e.end
        else:
            return []    # a general part's "La tentative se sancionará con ...": everyone's rule
        parts_left = _parts_left_out(named, reached & offences, reach.offences_of, found) if named else {}
        # An article printed twice in one text (in a bill's comparative table and in its decree) is
        # reached when the list names its number: a reference resolves to one of the two.
        numbers = {(u[0], by_section[u].provision.number) for u in reached if u in by_section and u not in parts_left}
        reached |= {u for u in offences if (u[0], by_section[u].provision.number) in numbers}
        if offences <= reached and not parts_left:
            return []
        left_out = [by_section[unit].provision.number if unit not in parts_left
                    else ", ".join(_printed(by_section[unit].provision, p) for p in parts_left[unit])
                    for unit in sorted((offences - reached) | set(parts_left),
                                       key=lambda u: (u[0], by_section[u].provision.start))]
        shown = ", ".join(left_out[:LEFT_OUT_SHOWN]) + (", ..." if len(left_out) > LEFT_OUT_SHOWN else "")
        narrowing.setdefault((e.document, lo), Evidence(
            e.document, named[0].source if named else e.provision, e.section, element.id, text[start:end], start, end, 1.0,
            f"reach:{element.id} (leaves out {shown})", "narrows"))
    return list(narrowing.values())


def _past_derogation(text: str, lo: int, cue: int, lang: str) -> int:
    """Where a clause's own words begin: after an opening that sets another rule aside
    ("Notwithstanding Article 252 (1) of the Criminal Procedure Act, the period ... shall begin
    ..."; data/linking.yaml ``derogations``), whose numbers name no offences the clause applies to."""
    for rule in link_rules("derogations", lang):
        m = rule.regex.match(text, lo, cue)
        if m:
            return m.end()
    return lo


def _names_numbers(text: str, lo: int, hi: int, lang: str) -> bool:
    """Whether the clause text[lo:hi] names provisions or list items by number."""
    pattern = numbered_mentions(lang)
    # not the clause's own number at its start ("Article 12. Any attempt ...")
    return bool(pattern) and any(text[lo:m.start()].strip() for m in pattern.finditer(text, lo, hi))


def _parts_left_out(named, units, offences_of, found) -> dict[tuple[str, str], list[str]]:
    """Per offence section that a clause names only through some of its subdivisions ("Bei
    Taten nach Absatz 1 Satz 1 Nr. 3"), the subdivisions holding offences it leaves out: those
    neither inside a named subdivision nor holding one (the lead-in of "Absatz 1" serves all
    its numbers)."""
    left: dict[tuple[str, str], list[str]] = {}
    for unit in sorted(units):
        targets = {r.target for r in named if (r.target_document, unit_id(r.target)) == unit}
        if unit[1] in targets:
            continue
        held = sorted({e.provision for rid in offences_of for e in found.get(rid, ())
                       if e.polarity == "supports" and e.rule.startswith("cue:") and _unit(e) == unit})
        outside = [p for p in held if not any(p == t or p.startswith(t + "__") or t.startswith(p + "__")
                                              for t in targets)]
        if outside:
            left[unit] = outside
    return left


def _printed(section: Provision, provision_id: str) -> str:
    """A subdivision as "23 (1) 2": the section's number, then each level's number from the id."""
    levels = provision_id.split("__")[1:]
    return " ".join([section.number] + [f"({n})" if i == 0 else n
                                        for i, n in enumerate(level.rsplit("_", 1)[-1] for level in levels)])


def _in_heading(text: str, section: SectionMatches, e: Evidence) -> bool:
    """Whether evidence ``e`` lies in the heading of its section: in the heading's own words
    where the text prints them ("ARTÍCULO 279 ter. (Tentativa y participación).- La tentativa
    de ..." has a rule after its heading on the same line)."""
    heading = section.provision.heading
    if not heading or e.start >= section.heading_end:
        return False
    at = text.find(heading, section.provision.start, section.heading_end)
    if at >= 0:
        return at <= e.start < at + len(heading)
    return e.quote.lower() in heading.lower()


TITLE_WORDS = 10             # a line of a clause this short, capitalised, with no stop, is a title
CLASS_QUALIFIED_WITHIN = 40   # characters from a class name to the numbers that qualify it
CLASS_NEAR_CUE = 60           # a class name counts before the clause's numbers or this near its cue,
CLASS_AFTER_CUE = 30          # and this near after it: "a tentativa de delito", not "a pena do crime consumado"


_SENTENCE_END = re.compile(r"[.;](?=\s+[A-ZÀ-Ý«“\"])")


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence holding ``start`` ends, at ``end`` at the latest: a class of offences
    named in the next sentence ("En los demás delitos ..., la prescripción se regirá por las
    reglas generales") is not the one this clause reaches."""
    m = _SENTENCE_END.search(text, start, end)
    return m.start() + 1 if m else end


_NUMBERED_LINE = re.compile(r"[ \t]*[\"“«]?\d+[A-Z]{0,3}(?:\.\d+)*\.?[ \t]*[-–—]?[ \t]*(?:\(\d+\)|[A-Z])")


def _heads_numbered_line(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a marginal title printed right above its section's number, with
    the period Commonwealth drafting puts after it ("Instigation, aiding and abetting and
    attempt." above "11.-(1) Any person who ...")."""
    line = text[lo:hi].strip().strip("\"“”«»'").strip()
    if not line[:1].isupper() or len(line.split()) > TITLE_WORDS or not line.endswith("."):
        return False
    return _NUMBERED_LINE.match(text, hi + 1) is not None


def _is_title(line: str) -> bool:
    """Whether a line is a title, not a rule: short, starting with a capital (not a number),
    with no closing stop ("Article 94.- Tentative", "Attempt, conspiracy, incitement and other
    participation")."""
    line = line.strip().strip("\"“”«»'").strip()
    return line[:1].isupper() and len(line.split()) <= TITLE_WORDS and not line.endswith((".", ";", ":", ","))


def _phrase(phrase: str) -> re.Pattern:
    """A plain phrase of the rubric as a pattern on lower-cased text: whole words, any spacing."""
    words = r"\s+".join(re.escape(w) for w in phrase.lower().split())
    return re.compile(rf"\b{words}\b")


def _says(text: str, lo: int, hi: int, phrases) -> bool:
    """Whether text[lo:hi] holds one of ``phrases``, on whole words, whatever the case."""
    clause = text[lo:hi].lower()
    return any(_phrase(phrase).search(clause) for phrase in phrases)


def _names_class(text: str, lo: int, hi: int, named, names, lang: str) -> bool:
    """Whether text[lo:hi], a part of a clause (before its numbers, or around its cue), names
    a whole class of offences in words ("any offence", "los delitos"), not as the head of its
    list of numbers ("los delitos previstos en los artículos 279 y 279 bis", "an offence under
    section 5 or 6")."""
    clause = text[lo:hi].lower()
    joiners = instrument_joiners(lang) | {""}
    for name in names:
        for m in _phrase(name).finditer(clause):
            start, end = lo + m.start(), lo + m.end()
            # "los Arts. 28 y 31 de esta Ley", "sections 3 and 4 of this Act": the instrument the
            # numbers belong to, not a class of offences.
            if any(r.start <= start < r.end or (0 <= start - r.end <= 12
                                                 and text[r.end:start].strip().lower() in joiners)
                   for r in named):
                continue
            # "los delitos previstos en los artículos 3 y 4" qualifies the class; "sexual offences
            # against a child, including those under section 1" names the class and an example.
            if not any(0 <= r.start - end <= CLASS_QUALIFIED_WITHIN and not re.search(r"[,;(]", text[end:r.start])
                       for r in named):
                return True
    return False


def _in_other_definition(requirement, evidence: Evidence, definitions, cues) -> bool:
    """Whether a narrowing stands in the definition of a term that is not this requirement's
    subject (no anchor of it in that definition): "an identifiable real person" in the
    definition of "intimate image" does not narrow what "child sexual abuse material" covers."""
    if evidence.polarity != "narrows":
        return False
    if evidence.via and evidence.via[-1].get("kind") == "term" \
            and evidence.element in _defined_by(requirement, evidence.via[-1].get("label") or ""):
        return False    # "Kind" defined as under fourteen narrows a definition of the material that uses it
    for lo, hi in definitions.get(evidence.document, ()):
        if lo <= evidence.start < hi:
            mine = cues.get(_unit(evidence), {}).get(requirement.id, _NO_CUES)
            return not any(lo <= start < hi for _, start in mine.anchors)
    return False


def _definition_extents(links: Links, by_section, spans: Mapping[tuple[str, str], tuple[int, int]]
                       ) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(document, defining provision, term) -> the span of that definition: from the term to the
    next definition in the same section, or the end of the provision holding the definition
    (the section's end when provisions are not given). A provision that uses a term inherits
    what this span says, not what the rest of a long definitions section says."""
    by_place: dict[tuple[str, str], list] = {}
    for t in links.terms:
        by_place.setdefault((t.document, t.section), []).append(t)
    extents = {}
    for (document, section), terms in by_place.items():
        found = by_section.get((document, section))
        if found is None:
            continue
        terms.sort(key=lambda t: t.start)
        for i, t in enumerate(terms):
            end = spans.get((document, t.provision), (0, found.provision.end))[1]
            for later in terms[i + 1:]:
                if later.start > t.start:
                    end = later.start
                    break
            extents[(document, t.provision, t.term)] = (t.start, end)
    return extents


def _lead_ins(links: Links, by_section) -> dict[tuple[str, str], tuple[int, int]]:
    """(document, section) -> the words of a definitions section before its first defined term:
    "Dans la présente loi, les termes ci-dessous s'entendent comme suit :" speaks for every item
    of the list below it ("1° enfant : toute personne qui n'a pas encore atteint ..."), whose
    own words need not say that they define."""
    first: dict[tuple[str, str], int] = {}
    for t in links.terms:
        key = (t.document, t.section)
        first[key] = min(first.get(key, t.start), t.start)
    return {key: (by_section[key].provision.start, start)
            for key, start in first.items() if key in by_section}


def _speaks_of(requirement, section_cues: "_Cues", span: tuple[int, int] | None = None) -> bool:
    """Whether a section (or the ``span`` of it) matches a cue of every anchor facet of ``requirement``."""
    if not requirement.anchors:
        return False
    lo, hi = span if span is not None else (0, float("inf"))
    facets = {facet for facet, at in section_cues.get(requirement.id, _NO_CUES).anchors if lo <= at < hi}
    return len(facets) >= len(requirement.anchors)


def _enclosing_section(document: str, provision_id: str, by_section) -> str | None:
    head = unit_id(provision_id)
    if (document, head) in by_section:
        return head
    return None


class _Hops:
    """The sections reachable from a section in at most MAX_HOPS links, each with its chain."""

    def __init__(self, outgoing, by_section):
        self.outgoing = outgoing
        self.by_section = by_section
        self.reached: dict[tuple[str, str], list[tuple[tuple[str, str], str, list[dict], tuple | None]]] = {}

    def __call__(self, origin: tuple[str, str]) -> list[tuple[tuple[str, str], str, list[dict], tuple | None]]:
        """(target section, kind of its last link, chain, span of the target that counts or
        None for all of it) in breadth-first order."""
        if origin not in self.reached:
            steps = []
            frontier = [(origin, [], None)]
            visited = {(origin, None)}
            for _hop in range(MAX_HOPS):
                nxt = []
                for node, chain, within in frontier:
                    for kind, label, tdoc, tsec, span, at in self.outgoing.get(node, ()):
                        # From a definition reached through its term, only the links inside
                        # that definition lead on: the rest of its section is not what the term means.
                        if within is not None and not within[0] <= at < within[1]:
                            continue
                        target = (tdoc, tsec)
                        if (target, span) in visited or target not in self.by_section or target == origin:
                            continue
                        visited.add((target, span))
                        path = chain + [{"from_document": node[0], "from": node[1], "kind": kind,
                                         "label": label, "document": tdoc, "provision": tsec}]
                        steps.append((target, kind, path, span))
                        if (target, None) not in visited and target not in {n for n, _, _ in nxt}:
                            nxt.append((target, path, span))
                frontier = nxt
            self.reached[origin] = steps
        return self.reached[origin]


@dataclass
class _Cues:
    """One section's cue matches for one requirement."""

    elements: list[tuple[str, object]] = field(default_factory=list)   # (element id, match)
    anchors: list[tuple[str, int]] = field(default_factory=list)       # (facet label, start offset)


_NO_CUES = _Cues()


def _section_cues(by_section) -> dict[tuple[str, str], dict[str, _Cues]]:
    """Per section, per requirement id: its element and anchor matches, sorted out once."""
    cues: dict[tuple[str, str], dict[str, _Cues]] = {}
    for target, found in by_section.items():
        per: dict[str, _Cues] = {}
        for m in found.cues:
            rid, element = m.label.split("|", 1)
            mine = per.setdefault(rid, _Cues())
            if element.startswith(ANCHOR):
                mine.anchors.append((element, m.start))
            else:
                mine.elements.append((element, m))
        cues[target] = per
    return cues


def _inherited(requirement, relevant_sections, hops, cues, by_section, texts, langs,
               lead_ins: Mapping[tuple[str, str], tuple[int, int]]) -> list[Evidence]:
    roles = {e.id: e.role for e in requirement.elements}
    # _dedupe keeps, per span and element, the first inherited evidence with the shortest
    # chain; keeping only that one here spares building the rest (about 450,000 for title 18).
    best: dict[tuple, Evidence] = {}
    for origin in relevant_sections:
        for target, kind, path, span in hops(origin):
            tdoc, tsec = target
            mine = cues[target].get(requirement.id, _NO_CUES)
            lo, hi = span if span is not None else (by_section[target].provision.start,
                                                    by_section[target].provision.end)
            lead = lead_ins.get(target) if kind == "term" else None
            only = None
            if not any(lo <= start < hi or (lead is not None and lead[0] <= start < lead[1])
                       for _, start in mine.anchors):
                # A definition or a section referred to passes on something only if it speaks
                # of this requirement's subject: the definition of "child pornography" does for
                # the CSAM requirements, the definition of "court" or a venue rule does not. An item
                # of a definitions list speaks also through the list's lead-in. The definition of a
                # term that an element is ``defined_by`` ("Kind") passes on that element alone.
                only = _defined_by(requirement, path[-1]["label"], langs[tdoc]) if kind == "term" else set()
                if not only:
                    continue
            for element, m in mine.elements:
                if only is not None and element not in only:
                    continue
                if not lo <= m.start < hi or _waived(roles.get(element), m, tdoc, texts, langs):
                    continue
                key = (tdoc, m.start, m.end, element)
                kept = best.get(key)
                if kept is not None and len(kept.via) <= len(path):
                    continue
                best[key] = _cue_evidence(target, element, m, roles.get(element), by_section, texts, 1.0,
                                          f"inherited:{kind}", path)
    return list(best.values())


def _defined_by(requirement, term: str, lang: str | None = None) -> set[str]:
    """The elements of ``requirement`` that the definition of ``term`` passes on: those
    ``defined_by`` an anchor set one of whose phrases (in ``lang``, or any language) is the
    term ("Kind", "child", "mineur")."""
    term = " ".join(term.lower().split())
    return {e.id for e in requirement.elements
            if e.defined_by and any(c.phrase is not None and c.phrase.lower() == term
                                    for c in e.defined_by_cues if lang is None or c.lang == lang)}


def _waived(role, m, document: str, texts, langs) -> bool:
    """Whether a narrowing cue stands in a waiver ("whether or not a real person"), or a
    contradicting one in a sentence that denies it ("N'est pas punissable le mineur qui ...")."""
    if role == "contradicts":
        return negated(texts[document], m.start, langs[document])
    return role == "narrows" and waived(texts[document], m.start, m.end, langs[document])


def _cue_evidence(key: tuple[str, str], element: str, m, role, by_section, texts, score: float, rule: str,
                  via: list[dict]) -> Evidence:
    """Evidence for cue match ``m`` of ``element`` in section ``key``, reached by ``via``."""
    document = key[0]
    return Evidence(document, key[1], by_section[key].provision.number, element,
                    texts[document][m.start:m.end], m.start, m.end, score, rule,
                    polarity(role or "satisfies"), via=via)


def _qualifier(section: SectionMatches) -> bool:
    """A defence or exception that is not itself an offence."""
    return is_defence(section) and not any(m.label in CRIMINAL_SANCTIONS for m in section.legal)


def _referring(requirement, origins, outgoing, cues, by_section, texts, langs,
               roles_only: set[str] | None = None, only=None) -> list[Evidence]:
    """Sections that do not name the requirement's subject but refer to a section that does:
    a penalty section ("Any person found guilty of violating Section 4 (a) shall suffer the
    penalty of reclusion perpetua") or a forfeiture clause for "an offence under section 3" is
    about what it refers to. Its own element cues count (those of ``roles_only`` roles, when
    given, in sections ``only`` accepts), with the reference as ``via``."""
    roles = {e.id: e.role for e in requirement.elements}
    found: list[Evidence] = []
    for key in sorted(outgoing):
        if key in origins or (only is not None and not only(by_section[key])):
            continue
        mine = [(element, m) for element, m in cues.get(key, {}).get(requirement.id, _NO_CUES).elements
                if roles_only is None or roles.get(element) in roles_only]
        if not mine:
            continue
        target = next(((kind, label, tdoc, tsec) for kind, label, tdoc, tsec, _span, _at in outgoing[key]
                       if kind == "reference" and (tdoc, tsec) in by_section
                       and _speaks_of(requirement, cues[(tdoc, tsec)])), None)
        if target is None:
            continue
        kind, label, tdoc, tsec = target
        path = [{"from_document": key[0], "from": key[1], "kind": kind, "label": label,
                 "document": tdoc, "provision": tsec}]
        found += [_cue_evidence(key, element, m, roles.get(element), by_section, texts, REFERRING_SCORE,
                                "referring:reference", path)
                  for element, m in mine if not _waived(roles.get(element), m, key[0], texts, langs)]
    return found


REFERRING_SCORE = 0.75   # a section about its subject only through what it refers to
GENERAL_OFFENCE = "sanction:imprisonment"   # the extractor category that marks a provision as an offence
CRIMINAL_SANCTIONS = (GENERAL_OFFENCE, "sanction:criminal-fine")   # either makes a section an offence
ADMINISTRATIVE_FINE = "sanction:administrative-fine"
GENERAL_SHOWN = 5                            # general offences listed as evidence, in document order


def _general(requirement, by_section, cues, texts) -> list[Evidence]:
    """Offences that meet a ``general`` element without naming the requirement's subject (a
    general extortion offence, for sexual extortion): one piece of evidence per section, the
    first GENERAL_SHOWN sections in document order."""
    general = {e.id for e in requirement.elements if e.general}
    found: list[Evidence] = []
    if not general:
        return found
    for key in sorted(by_section, key=lambda k: (k[0], by_section[k].provision.start)):
        section = by_section[key]
        hit = next(((element, m) for element, m in cues[key].get(requirement.id, _NO_CUES).elements
                    if element in general), None)
        if hit is None or not any(m.label == GENERAL_OFFENCE for m in section.legal):
            continue
        element, m = hit
        found.append(Evidence(key[0], key[1], section.provision.number, element,
                              texts[key[0]][m.start:m.end], m.start, m.end, 0.5,
                              f"general:{requirement.id}", "supports"))
        if len(found) == GENERAL_SHOWN:
            break
    return found


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    """One direct and at most one inherited piece of evidence per matched span and element:
    the inherited one shows how a provision that needs the span reaches it."""
    seen: dict[tuple, Evidence] = {}
    for e in evidence:
        k = (e.document, e.start, e.end, e.element, bool(e.via))
        if k not in seen or len(e.via) < len(seen[k].via):
            seen[k] = e
    return sorted(seen.values(), key=lambda e: (e.document, e.start, e.end, e.element, len(e.via)))


def _unit(evidence: Evidence) -> tuple[str, str]:
    """The section (document, section id) that holds a piece of evidence."""
    return evidence.document, unit_id(evidence.provision)


def _uncancelled(requirement, evidence: list[Evidence], places: "_Places | None" = None) -> list[Evidence]:
    """The evidence without narrowings that their own section cancels (``cancelled_by``): a
    section that names a lower age in one paragraph and eighteen in another is not limited."""
    cancelled_by = {e.id: set(e.cancelled_by) for e in requirement.elements if e.cancelled_by}
    if not cancelled_by:
        return evidence
    # Evidence reached through a definition or a reference counts for the section that reached
    # it: "menores de 18 años" beside a reference to an offence against children under twelve
    # cancels that limit, and so does an offence on "criança ou adolescente" whose definitions
    # say under twelve and under eighteen; another definition in the same definitions section
    # does not.
    found: dict[tuple[str, str], list[Evidence]] = {}
    for e in evidence:
        found.setdefault(_home(e), []).append(e)

    def cancelled(e: Evidence) -> bool:
        home = _home(e)
        cancellers = [c for c in found[home] if c.element in cancelled_by[e.element]]
        if places is None or e.via or any(not _by_term(c) for c in cancellers):
            return bool(cancellers)
        # A narrowing in the section's own words ("a child below the age of sixteen") is
        # cancelled by what a defined term brings only where the section uses the term in
        # another part: subsection (1) on "a child" (defined as under eighteen) beside a
        # subsection (2) on children under sixteen. An offence whose only words on age are the
        # lower one stays limited, whatever the definition of the word "child" it uses says.
        # The heading and words before the first part speak of no child in particular.
        narrowed = {places.part(n) for n in found[home] if n.element == e.element and not n.via}
        others = [(lo, hi) for lo, hi in places.parts(home)
                  if not any(lo < n_hi and n_lo < hi for n_lo, n_hi in narrowed)]
        return any(lo <= at < hi for c in cancellers for at in places.term_uses(c, home) for lo, hi in others)

    return [e for e in evidence if not (e.element in cancelled_by and cancelled(e))]


def _top_part(provision_id: str) -> str:
    """The top-level part of a provision within its section ("sec_9__subsec_2__para_a" ->
    "sec_9__subsec_2"); the section itself for the section."""
    unit = unit_id(provision_id)
    rest = provision_id[len(unit):].lstrip("_")
    return f"{unit}__{rest.split('__', 1)[0]}" if rest else unit


def _by_term(evidence: Evidence) -> bool:
    """Whether the evidence came from the definition of a term the section uses."""
    return bool(evidence.via) and evidence.via[0].get("kind") == "term"


class _Places:
    """Where evidence stands within its section: the top-level part (subsection, paragraph)
    of a provision, and where the section uses a defined term."""

    def __init__(self, spans: Mapping[tuple[str, str], tuple[int, int]], texts: Mapping[str, str]):
        self.spans = spans
        self.texts = texts
        self._parts: dict[tuple[str, str], list[tuple[int, int]]] | None = None
        self._uses: dict[tuple[str, tuple[str, str]], list[int]] = {}

    def part(self, evidence: Evidence) -> tuple[int, int]:
        """The span of the top-level part that holds ``evidence`` (its section if it has none)."""
        return self.spans.get((evidence.document, _top_part(evidence.provision)), (evidence.start, evidence.end))

    def parts(self, home: tuple[str, str]) -> list[tuple[int, int]]:
        """The spans of the top-level parts of section ``home``."""
        if self._parts is None:
            self._parts = {}
            for (document, provision), span in self.spans.items():
                if provision != unit_id(provision) and _top_part(provision) == provision:
                    self._parts.setdefault((document, unit_id(provision)), []).append(span)
        return self._parts.get(home, [])

    def term_uses(self, evidence: Evidence, home: tuple[str, str]) -> list[int]:
        """Where section ``home`` uses the defined term that brought ``evidence`` (the links
        record only its first use in a section)."""
        term = evidence.via[0].get("label") or ""
        if (term, home) not in self._uses:
            # asked once per narrowing and canceller of the section: searched once
            lo, hi = self.spans.get(home, (0, 0))
            words = r"\s+".join(re.escape(w) for w in term.split())
            found = []
            if words and home[0] in self.texts:
                pattern = re.compile(rf"\b{words}\b", re.IGNORECASE)
                found = [m.start() for m in pattern.finditer(self.texts[home[0]], lo, hi)]
            self._uses[(term, home)] = found
        return self._uses[(term, home)]


def _home(evidence: Evidence) -> tuple[str, str]:
    """The section a piece of evidence counts for: the section that uses a defined term, for
    what the definition says (a "child" defined as under twelve limits the offence that uses
    the word); its own section otherwise. What a section refers to ("an offence under section
    12") stays in its own section: another offence's age limits only that offence."""
    if evidence.via and evidence.via[0].get("kind") == "term":
        return evidence.via[0]["from_document"], evidence.via[0]["from"]
    return _unit(evidence)


def _verdict(requirement, evidence: list[Evidence], general: Sequence[Evidence] = (),
             capped: set[tuple[str, str]] = frozenset(), places: _Places | None = None,
             within_capped: set[int] = frozenset()) -> Verdict:
    # Model-only findings ("@model": relevant, but no element cue matched) name no element,
    # so they inform the reader but cannot earn an element credit.
    known = {e.id for e in requirement.elements}
    evidence = _uncancelled(requirement, evidence, places)
    status = requirement.verdict({e.element for e in evidence if e.element in known})
    scopes = {e.id: e.scope for e in requirement.elements if e.role == "narrows"}
    narrowing = [e for e in evidence if e.element in scopes]
    if status == "partial" and narrowing and all(scopes[e.element] == "section" for e in narrowing):
        # A section-scoped narrowing (a grooming offence that needs a meeting) limits the
        # section it stands in. Where other sections meet the elements with no such
        # narrowing, the law as a whole is not limited.
        # A narrowing reached through a defined term limits the section that uses the term
        # (see _home).
        narrowed = {_home(e) for e in narrowing}
        clean = {e.element for e in evidence
                 if e.element in known and e.polarity == "supports" and _unit(e) not in narrowed}
        if requirement.verdict(clean) == "covered":
            status = "covered"
    if status == "covered" and capped:
        # Covered only if the sections not capped (see _capped) meet it on their own.
        uncapped = {e.element for e in evidence
                    if e.element in known and (e.polarity != "supports" or _unit(e) not in capped)}
        if requirement.verdict(uncapped) != "covered":
            status = "partial"
    if status == "partial" and within_capped:
        # Only provisions about the whole subject of another requirement (offences on sexual
        # images of children, for intimate images of anyone) meet it: they earn it nothing.
        rest = [e for e in evidence if id(e) not in within_capped]
        if requirement.verdict({e.element for e in rest if e.element in known}) == "missing":
            status, evidence = "missing", rest
    if status == "missing" and general:
        # Only general offences (extortion with no sexual images named) reach it: partial, as the
        # requirement's own verdict text says, never more.
        status, evidence = "partial", list(evidence) + list(general)
    elements = []
    for element in requirement.elements:
        hits = [e for e in evidence if e.element == element.id]
        if element.role == "satisfies":
            estatus = "met" if hits else "not-met"
        else:
            estatus = "found" if hits else "not-found"
        elements.append({"id": element.id, "role": element.role, "essential": element.essential,
                         "status": estatus})
    return Verdict(requirement, status, elements, evidence)
