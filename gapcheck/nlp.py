"""The spaCy pipelines gapcheck classifies with, one per language.

``spacy.blank(lang)`` + the lookup lemmatizer (spacy-lookups-data, offline) + three
components of our own, registered the way spaCy intends (``@Language.factory``):

* ``gapcheck_norm``   sets ``token.norm_`` to the lower-cased lemma, so cue phrases
  match inflected forms ("distributes", "verbreitet", "personnes morales").
* ``gapcheck_cues``   the rubric's cue terms compiled into a PhraseMatcher (phrases)
  and a Matcher (token patterns); spans land in ``doc.spans["cues"]`` labelled
  ``<requirement>|<element>`` (``@anchor:<facet>`` for a requirement's subject-matter terms).
* ``gapcheck_legal``  the legal-feature extractors of ``data/extractors.yaml``
  (acts, material, who is liable, sanction, exceptions, ages, definitions);
  spans land in ``doc.spans["legal"]`` labelled ``act:possess`` and so on.
"""
from __future__ import annotations

import bisect
import functools
import json
import re
import warnings
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.strings import get_string_id
import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .lang import check as check_lang

EXTRACTORS_PATH = Path(__file__).parent / "data" / "extractors.yaml"
ANCHOR = "@anchor"


class EmptyPatternSet(UserWarning):
    """A matcher component compiled no pattern for its language."""


def _phrase_texts(entries: Iterable) -> tuple[list[str], list[list[dict]]]:
    phrases, patterns = [], []
    for entry in entries:
        if isinstance(entry, str):
            phrases.append(entry)
        elif isinstance(entry, dict) and "pattern" in entry:
            patterns.append(entry["pattern"])
        else:  # a Cue object from the rubric loader
            phrase = getattr(entry, "phrase", None)
            pattern = getattr(entry, "pattern", None)
            if phrase:
                phrases.append(phrase)
            elif pattern:
                patterns.append(list(pattern))
    return phrases, patterns


# Token attributes whose value, lower-cased, is the lower-cased token wherever the token matches.
_TEXT_ATTRS = ("LOWER", "ORTH", "TEXT")
_LEFT_ANCHORS = re.compile(r"(?:^|(?<=[(|]))\^")
_RIGHT_ANCHORS = re.compile(r"(?<!\\)\$(?=[)|]|$)")
_OTHER_ANCHORS = re.compile(r"\\[bBAZ]|\(\?[<=!]|[\^$]")


def _bounds(token: dict) -> tuple[int, int | None]:
    """How many tokens ``token`` of a Matcher pattern matches at least and at most (None: no
    limit), from its OP: "1", "?", "!" (a negated token), "*", "+" and the counted "{n}",
    "{n,m}", "{,m}", "{n,}"."""
    op = token.get("OP", "1")
    fixed = {"1": (1, 1), "?": (0, 1), "!": (0, 1), "*": (0, None), "+": (1, None)}
    if op in fixed:
        return fixed[op]
    counted = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op)
    if not counted:
        return 0, None
    least = int(counted.group(1)) if counted.group(1) else 0
    if "," not in op:
        return least, least
    return least, int(counted.group(2)) if counted.group(2) else None


def _required(token: dict) -> bool:
    """Whether a token of a Matcher pattern must be present for the pattern to match."""
    return _bounds(token)[0] >= 1


# A prefilter test: the lower-cased words one of which must be a token of the text (by their
# hashes, against the doc's LOWER column), or a regex that must find something in its
# lower-cased text.
Needle = "frozenset[int] | re.Pattern"


def _needle(token: dict) -> Needle | None:
    """What must be in a text wherever ``token`` matches, or None if that cannot be said."""
    for attr in _TEXT_ATTRS:
        value = token.get(attr)
        if isinstance(value, str):
            return frozenset({get_string_id(value.lower())})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return frozenset(get_string_id(v.lower()) for v in value["IN"])
        if isinstance(value, dict) and set(value) == {"REGEX"}:
            # Without its anchors the regex finds a superset, which is what a prefilter needs.
            # The text searched is lower-cased: a regex on ORTH or TEXT ignores case there.
            body = _RIGHT_ANCHORS.sub("", _LEFT_ANCHORS.sub("", value["REGEX"]))
            flags = 0 if attr == "LOWER" else re.IGNORECASE
            return None if _OTHER_ANCHORS.search(body) else re.compile(body, flags)
    return None


MAX_EXPANSION = 4096  # word sequences one exact pattern may stand for before it stays a Matcher pattern


def _word_sequences(pattern: list[dict]) -> list[tuple[str, ...]] | None:
    """The word sequences an exact-word pattern matches ({"LOWER": "x"} or {"LOWER": {"IN": [...]}},
    each token required or "?"), or None for any other pattern."""
    sequences: list[tuple[str, ...]] = [()]
    for token in pattern:
        op = token.get("OP", "1")
        attrs = set(token) - {"OP"}
        if op not in ("1", "?") or len(attrs) != 1:
            return None
        attr = attrs.pop()
        value = token[attr]
        # ORTH equals LOWER for a value without letters ("," or "§").
        if attr == "ORTH" and isinstance(value, str) and value == value.lower() == value.upper():
            attr = "LOWER"
        if attr != "LOWER":
            return None
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            words = list(value["IN"])
        else:
            return None
        if any(w != w.lower() or not w or any(c.isspace() for c in w) for w in words):
            return None
        options = [(w,) for w in words] + ([()] if op == "?" else [])
        sequences = [seq + option for seq in sequences for option in options]
        if len(sequences) > MAX_EXPANSION:
            return None
    sequences = [seq for seq in sequences if seq]
    return sequences or None


def _span(token: dict) -> int | None:
    """How many tokens ``token`` of a Matcher pattern can match at most (None: no limit)."""
    return _bounds(token)[1]


SEEN_MAX = 200_000   # cached (regex, word) results of a lead test before the cache is emptied

# Tokens no cue crosses when none of its pattern's tokens can be one of them: the gaps of cue
# patterns exclude them ({"NOT_IN": [".", ";"]}), so a match lies within one stretch between them.
BARRIERS = (".", ";")
_BARRIER_IDS = numpy.array([get_string_id(b) for b in BARRIERS], dtype="uint64")


def _excludes_barriers(token: dict) -> bool:
    """Whether no token that ``token`` of a Matcher pattern matches can be a barrier ("." or ";"):
    one of its word tests leaves them out (a word or list without them, a NOT_IN list with them,
    a regex that finds nothing in them)."""
    if token.get("OP", "1") == "!":
        return False
    for attr in _TEXT_ATTRS:
        value = token.get(attr)
        if isinstance(value, str) and value not in BARRIERS:
            return True
        if not isinstance(value, dict) or len(value) != 1:
            continue
        (kind, argument), = value.items()
        if kind == "IN" and not set(BARRIERS) & set(argument):
            return True
        if kind == "NOT_IN" and set(BARRIERS) <= set(argument):
            return True
        if kind == "REGEX" and not any(re.search(argument, b) for b in BARRIERS):
            return True
    return False


class _Lead:
    """Where a Matcher's matches can be: around the tokens that pass one required token test of
    each pattern (an exact word, or a regex on the lower-cased word), from as many tokens before
    it to as many after as the pattern can span there, and no further than the "." or ";" on
    either side when no token of the pattern can be one. Of those stretches, only the ones that
    hold a token passing each of the pattern's other required tests. The Matcher then walks
    only them instead of the whole text (it builds a Python object per token it visits); what
    it finds is the same, since a match lies wholly inside the stretch around its own lead
    token, and a match inside a stretch is a match in the text."""

    def __init__(self, tests: list[tuple[list[tuple[frozenset | re.Pattern, int]], list[tuple[int, int | None, int | None]], bool]]):
        self.tests = tests
        # (test, word) -> passes: a regex runs once per distinct word, not once per token; the
        # cache is emptied when it grows past SEEN_MAX entries so that memory stays bounded.
        self.seen: dict[tuple[re.Pattern, int], bool] = {}

    @classmethod
    def of(cls, patterns: list[list[dict]]) -> "_Lead | None":
        tests = []
        for pattern in patterns:
            extents = [_span(t) for t in pattern]
            required = [(i, _token_test(t)) for i, t in enumerate(pattern) if t.get("OP", "1") == "1"]
            required = [(i, test) for i, test in required if test is not None]
            # A pattern none of whose tokens can be a barrier has its matches within the stretch
            # between two barriers: it can be looked for around a word even with an unbounded gap.
            inside = all(_excludes_barriers(t) for t in pattern)
            # Any required word test can lead, with the reach of the pattern before and after it;
            # in each doc the one that the fewest tokens pass does (``windows``).
            leads = [(i, None if None in extents[:i] else sum(extents[:i]),
                      None if None in extents[i + 1:] else sum(extents[i + 1:])) for i, _ in required]
            leads = [(i, before, after) for i, before, after in leads
                     if inside or (before is not None and after is not None)]
            if not leads:
                return None
            tests.append(([(test, i) for i, test in required], leads, inside))
        return cls(tests)

    def windows(self, index: "_Positions") -> list[tuple[int, int]]:
        """Token ranges of the doc that hold every match, merged."""
        ranges = []
        size, stops = index.size, index.stops
        for required, leads, inside in self.tests:
            at = {i: index.where(test, self.seen) for test, i in required}
            lead, before, after = min(leads, key=lambda c: len(at[c[0]]))
            at, others = at[lead], [at[i] for _, i in required if i != lead]
            starts = numpy.zeros(len(at), dtype=at.dtype)
            ends = numpy.full(len(at), size, dtype=at.dtype)
            if inside:
                following = numpy.searchsorted(stops, at)
                has_before, has_after = following > 0, following < len(stops)
                starts[has_before] = stops[following[has_before] - 1] + 1
                ends[has_after] = stops[following[has_after]]
            if before is not None:
                starts = numpy.maximum(at - before, starts)
            if after is not None:
                ends = numpy.minimum(at + after + 1, ends)
            # The pattern's other required word tests: a stretch without a token passing each
            # of them holds no match of this pattern, and is not walked for it.
            keep = numpy.ones(len(at), dtype=bool)
            for found in others:
                first = numpy.searchsorted(found, starts)
                keep &= first < len(found)
                keep[keep] &= found[first[keep]] < ends[keep]
            ranges += zip(starts[keep].tolist(), ends[keep].tolist())
        merged: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged


class _Positions:
    """Where each lower-cased word of one doc is, worked out once for all the doc's Matchers:
    the positions of the tokens that pass a word test are looked up, not searched for again."""

    def __init__(self, lowers: numpy.ndarray, strings):
        self.size = len(lowers)
        self.strings = strings
        order = numpy.argsort(lowers, kind="stable")
        words, first, counts = numpy.unique(lowers[order], return_index=True, return_counts=True)
        self.spans = {w: (f, f + c) for w, f, c in zip(words.tolist(), first.tolist(), counts.tolist())}
        self.order = order
        self.found: dict = {}
        self.stops = self.where(frozenset(_BARRIER_IDS.tolist()), {})

    def where(self, test, seen: dict) -> numpy.ndarray:
        """Sorted positions of the tokens whose lower-cased word passes ``test`` (a set of word
        hashes, or a regex; ``seen`` keeps the regex's verdict on each word across docs)."""
        if test in self.found:
            return self.found[test]
        if isinstance(test, frozenset):
            words = [w for w in test if w in self.spans]
        else:
            if len(seen) > SEEN_MAX:
                seen.clear()
            words = []
            for word in self.spans:
                key = (test, word)
                if key not in seen:
                    seen[key] = test.search(self.strings[word]) is not None
                if seen[key]:
                    words.append(word)
        if not words:
            at = numpy.zeros(0, dtype=self.order.dtype)
        elif len(words) == 1:
            start, end = self.spans[words[0]]
            at = self.order[start:end]
        else:
            at = numpy.sort(numpy.concatenate([self.order[slice(*self.spans[w])] for w in words]))
        self.found[test] = at
        return at


def _token_test(token: dict) -> frozenset | re.Pattern | None:
    """A test on a token's lower-cased word that every token matching ``token`` passes: its
    lower-cased words (``_needle``'s), or its regex when the regex is on LOWER (a regex on ORTH
    tests another string; the prefilter's needle drops its anchors to search a whole text)."""
    needle = _needle(token)
    if isinstance(needle, frozenset):
        return needle
    value = token.get("LOWER")
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return re.compile(value["REGEX"])
    return None


def _prefilter(patterns: list[list[dict]]) -> list[list[Needle]]:
    """Per pattern, the tests of its required tokens: the pattern can only match a text in
    which every one of them finds something (a pattern with none can match anything)."""
    return [[n for n in (_needle(t) for t in pattern if _required(t)) if n is not None]
            for pattern in patterns]


LOWERED = "gapcheck_lowered"    # Doc.user_data key: the doc's text, lower-cased


# A line break inside a paragraph: text pasted from a PDF, or wrapped by its author.
# A line break between two words, with the indentation around it, and a printed Bill's margin
# line number before it ("obtained as a  35\n  result"): one space for the cue matchers.
_WRAP = re.compile(r"(?<=\S)(?:[ \t]{2,}(?P<margin>[1-9][0-9]{0,2}))?[ \t]*\n[ \t]*(?=\S)")
# A word hyphenated at the end of a line ("mode-\nlo de inteligência", text extracted from a PDF)
# is read whole; not before a conjunction ("Kinder-\nund Jugendschutz" keeps its hyphen). The
# longer pattern runs only on texts that have such a line end (most have none).
_WRAP_HYPHENS = re.compile(r"(?P<hyphen>(?<=[a-zß-ÿ])-[ \t]*\n[ \t]*(?=[a-zß-ÿ])(?!(?:und|oder|and|or|et|ou|e|y|o|u)\b))|"
                           + _WRAP.pattern)
_HYPHEN_BREAK = re.compile(r"[a-zß-ÿ]-[ \t]*\n")
_WRAP_SIMPLE = re.compile(r"(?<=\S)\n(?=\S)")     # a bare line break: same length as its space
# Words a bill deletes come to the pipeline blanked with DELETED (gapcheck.classify): the blank,
# with the spaces around it, reads as one space, so "under the age of [16] 18" reads "... of 18".
DELETED = "\x00"
_WRAP_DELETED = re.compile(r"(?P<deleted>[ \t]*(?:\n[ \t]*)?\x00(?:[\x00 \t]|\n(?=[ \t]*\x00))*)|" + _WRAP_HYPHENS.pattern)
OFFSETS = "gapcheck_offsets"    # Doc.user_data key: breakpoints from doc offsets back to the text's


def _joined(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """``text`` with each line break between two words (see _WRAP) made one space, and the
    breakpoints that map the result's offsets back to the text's (None when nothing changed)."""
    pieces: list[str] = []
    doc_at: list[int] = []
    text_at: list[int] = []
    last = 0
    length = 0
    pattern = (_WRAP_DELETED if DELETED in text else _WRAP_HYPHENS if _HYPHEN_BREAK.search(text) else _WRAP)
    for m in pattern.finditer(text):
        margin = m.group("margin")
        if margin is not None and int(margin) % 5:
            continue        # a number that is no margin line number stays text
        if m.group() == "\n":
            continue        # the same length either way: offsets need no breakpoint
        pieces.append(text[last:m.start()])
        length += m.start() - last
        if m.groupdict().get("hyphen") is None:
            pieces.append(" ")
            length += 1
        # after the space, the doc resumes where the text resumes
        doc_at.append(length)
        text_at.append(m.end())
        last = m.end()
    if not doc_at:
        return _WRAP_SIMPLE.sub(" ", text), None
    pieces.append(text[last:])
    return _WRAP_SIMPLE.sub(" ", "".join(pieces)), (doc_at, text_at)



def text_offset(doc: Doc, offset: int, end: bool = False) -> int:
    """The offset in the text the doc was made from of ``offset`` in the doc (an exclusive end
    offset with ``end``)."""
    marks = doc.user_data.get(OFFSETS)
    if marks is None:
        return offset
    doc_at, text_at = marks
    probe = offset - 1 if end else offset
    i = bisect.bisect_right(doc_at, probe) - 1
    mapped = probe if i < 0 else text_at[i] + (probe - doc_at[i])
    return mapped + 1 if end else mapped


def make_docs(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Tokenised docs for ``nlp.pipe`` that carry their lower-cased text: ``Doc.text`` rebuilds
    the text token by token, which costs more than a cue component's own work on a long code.

    A line break between two words becomes a space, so that a cue reads across a wrapped line
    ("será\ncastigado con pena"), indented continuation lines and a printed Bill's margin line
    numbers included; :func:`text_offset` maps a doc offset back to the text, and a blank line
    still parts what it separates."""
    for text in texts:
        marks = None
        if "\n" in text or DELETED in text:
            text, marks = _joined(text)
        doc = nlp.make_doc(text)
        doc.user_data[LOWERED] = text.lower()
        if marks is not None:
            doc.user_data[OFFSETS] = marks
        yield doc


def lowered_text(doc: Doc) -> str:
    """The doc's text lower-cased, computed once per doc."""
    lowered = doc.user_data.get(LOWERED)
    if lowered is None:
        lowered = doc.user_data[LOWERED] = doc.text.lower()
    return lowered


class _CueCompiler:
    """Compiles label -> (phrases, token patterns) into one PhraseMatcher per attribute and
    one Matcher per label, each run only on texts its prefilter lets through."""

    def __init__(self, nlp: Language, table: dict[str, tuple[list[str], list[list[dict]]]], name: str):
        self.by_norm = PhraseMatcher(nlp.vocab, attr="NORM")
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        # The Matcher evaluates IN and REGEX predicates in Python, token by token, pattern by
        # pattern (5 s for the StGB's 216 German patterns); a regex search over the text first
        # tells which labels' patterns could match at all, and only their Matchers run.
        # Labels with the same patterns (a shared anchor set such as `child` is a facet of
        # many requirements) share one Matcher, run once, whose matches go to every label.
        # A Matcher whose patterns each have a required word test and a bounded length around
        # it, or cannot cross a "." or ";", runs only on the stretches around the words that
        # pass it (``_Lead``).
        self.matchers: list[tuple[list[list[Needle]], Matcher, list[int], _Lead | None]] = []
        by_patterns: dict[str, list[int]] = {}
        count = 0
        # Cue phrases are run through the tokenizer and lemmatizer of this same
        # pipeline, so "personnes morales" in a rubric matches "personne morale" in a law.
        preprocess = [n for n in ("gapcheck_norm",) if n in nlp.pipe_names]
        for label, (phrases, patterns) in table.items():
            if phrases:
                with nlp.select_pipes(enable=preprocess):
                    docs = list(nlp.pipe(phrases))
                self.by_norm.add(label, docs)
                self.by_lower.add(label, [nlp.make_doc(p.lower()) for p in phrases])
                count += len(phrases)
            # A pattern of exact lower-cased words (each one word or a short IN list, possibly
            # optional) is a set of LOWER phrases: the PhraseMatcher finds them all in one pass,
            # where a Matcher would test each token against each pattern in Python.
            expanded = [(p, _word_sequences(p)) for p in patterns]
            exact = [sequences for _, sequences in expanded if sequences is not None]
            if exact:
                self.by_lower.add(label, [Doc(nlp.vocab, words=list(words))
                                          for sequences in exact for words in sequences])
                count += len(exact)
            patterns = [p for p, sequences in expanded if sequences is None]
            if patterns:
                label_id = nlp.vocab.strings.add(label)
                # Patterns that can be looked for around a word go in one Matcher, the others
                # (an unbounded gap on both sides of every word test) in another that walks the
                # whole text: one such pattern no longer makes all of a set walk it, and labels
                # that share a group of patterns share its Matcher.
                near = [p for p in patterns if _Lead.of([p]) is not None]
                anywhere = [p for p in patterns if _Lead.of([p]) is None]
                for group in (near, anywhere):
                    if not group:
                        continue
                    key = json.dumps(group, sort_keys=True, ensure_ascii=False)
                    if key in by_patterns:
                        by_patterns[key].append(label_id)
                        continue
                    by_patterns[key] = [label_id]
                    matcher = Matcher(nlp.vocab)
                    matcher.add(label, group)
                    self.matchers.append((_prefilter(group), matcher, by_patterns[key], _Lead.of(group)))
                count += len(patterns)
        self.count = count
        if not count:
            warnings.warn(f"{name}: no pattern for language {nlp.lang!r}; nothing will match", EmptyPatternSet)

    def __call__(self, doc: Doc) -> list[Span]:
        seen: set[tuple[int, int, int]] = set()
        spans: list[Span] = []
        lowered = lowered_text(doc)
        found: dict[Needle, bool] = {}
        lowers = doc.to_array(LOWER) if len(doc) else numpy.zeros(0, dtype="uint64")
        # The doc's words and where each stands, worked out once: the prefilters ask which words
        # the doc has, the windowed Matchers where they are.
        index = _Positions(lowers, doc.vocab.strings)
        words = index.spans.keys()

        def possible(prefilter: list[list[Needle]]) -> bool:
            for needs in prefilter:
                for needle in needs:
                    if needle not in found:
                        found[needle] = (not words.isdisjoint(needle) if isinstance(needle, frozenset)
                                         else needle.search(lowered) is not None)
                    if not found[needle]:
                        break
                else:
                    return True
            return False

        def add(label, start: int, end: int) -> None:
            key = (label, start, end)
            if key not in seen:
                seen.add(key)
                spans.append(Span(doc, start, end, label=label))

        for matcher in (self.by_norm, self.by_lower):
            for match_id, start, end in matcher(doc):
                add(match_id, start, end)
        for prefilter, matcher, labels, lead in self.matchers:
            if not possible(prefilter):
                continue
            windows = [(0, len(doc))] if lead is None else lead.windows(index)
            for first, last in windows:
                for _match_id, start, end in matcher(doc[first:last] if lead else doc):
                    for label in labels:
                        add(label, first + start, first + end)
        spans.sort(key=lambda s: (s.start, s.end, s.label_))
        return spans


# The silent consonant that Portuguese spelling dropped in 1990: "c" or "p" after a vowel and
# before "t" or "ç" ("acto", "colectiva", "protecção", "adopção", "óptimo").
_PT_SILENT_CONSONANT = re.compile(r"(?<=[aeiouáéíóúâêôAEIOUÁÉÍÓÚÂÊÔ])[cpCP](?=[tçTÇ])")


def pt_modern_spelling(word: str) -> str:
    """``actividade`` -> ``atividade``, ``protecção`` -> ``proteção``: the spelling the rubric's
    Portuguese cues use. (A word that keeps its consonant today, "pacto", becomes "pato" here; cue
    phrases go through the same step, so that only costs a collision between rare words.)"""
    return _PT_SILENT_CONSONANT.sub("", word)


class LemmaNorm:
    """Sets each token's lemma from the lookup table of spacy-lookups-data (the word itself
    where the table has none, as spaCy's lookup lemmatizer does) and its norm to the lemma
    lower-cased. A word's lemma and norm are worked out once and kept by the word's hash:
    one array per doc then sets every token, where a component that visits each token
    would build half a million Token objects for one long code."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.strings = nlp.vocab.strings
        self.lang = nlp.lang
        self.table: dict = {}
        self.known: dict[int, tuple[int, int]] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from spacy.lookups import load_lookups
        self.table = load_lookups(lang=self.lang, tables=["lemma_lookup"]).get_table("lemma_lookup")
        self.known = {}

    def _forms(self, orth: int) -> tuple[int, int]:
        key, word = orth, self.strings[orth]
        if self.lang == "pt":
            # Portuguese spelt before the 1990 agreement (Portugal until 2009, Macau, Lusophone
            # Africa): "acto", "actividade", "protecção", "colectiva" are looked up, and
            # matched, as "ato", "atividade", "proteção", "coletiva".
            modern = pt_modern_spelling(word)
            if modern != word:
                word, key = modern, get_string_id(modern)
        elif self.lang == "de" and "ss" in word and OrderedDict.get(self.table, key) is None:
            # Swiss German writes no ß ("Massnahmen", "ausschliesslich"): a word the table lacks is
            # looked up in its spelling with ß, and every German norm folds ß to ss (below).
            variant = word.replace("ss", "ß")
            if OrderedDict.get(self.table, get_string_id(variant)) is not None:
                word, key = variant, get_string_id(variant)
        # Table.get would hash its key again; the key is already the word's hash.
        lemma = OrderedDict.get(self.table, key)
        if isinstance(lemma, list):    # some tables list a word's lemmas; the first counts
            lemma = lemma[0] if lemma else None
        lemma = lemma or word
        norm = lemma.lower().replace("ß", "ss") if self.lang == "de" else lemma.lower()
        forms = self.known[orth] = (self.strings.add(lemma), self.strings.add(norm))
        return forms

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            known, forms = self.known, self._forms
            values = [known.get(orth) or forms(orth) for orth in doc.to_array(ORTH).tolist()]
            doc.from_array([LEMMA, NORM], numpy.array(values, dtype="uint64"))
        return doc


@Language.factory("gapcheck_norm")
def make_norm(nlp: Language, name: str):
    return LemmaNorm(nlp, name)


def rubric_cue_table(rubric, lang: str) -> dict[str, tuple[list[str], list[list[dict]]]]:
    """label -> (phrases, patterns) for every anchor and element cue of ``rubric`` in ``lang``."""
    table: dict[str, tuple[list[str], list[list[dict]]]] = {}
    for requirement in rubric.requirements:
        # A requirement's subject has facets (e.g. "child" and "sexual material"); each
        # facet gets its own label so the rules can ask that every facet be present.
        for i, facet in enumerate(requirement.anchors):
            table[f"{requirement.id}|{ANCHOR}:{i}"] = _phrase_texts(facet.cues_for(lang))
        for element in requirement.elements:
            table[f"{requirement.id}|{element.id}"] = _phrase_texts(element.cues_for(lang))
    return table


@functools.lru_cache(maxsize=None)
def extractor_data() -> dict:
    """The contents of data/extractors.yaml (categories and compositions), read once."""
    return yaml.safe_load(EXTRACTORS_PATH.read_text(encoding="utf-8"))


_CLAUSE_END = re.compile(r"[.;:!?\n\[\]()]")
WAIVER_REACH = 80      # characters before a cue searched for a waiver, within its clause


@functools.lru_cache(maxsize=None)
def _waivers(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = extractor_data().get("waivers", {}).get(lang, {})
    return (tuple(w.lower() for w in data.get("before", ())), tuple(w.lower() for w in data.get("after", ())))


def waived(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the cue at text[start:end] stands in a waiver (data/extractors.yaml): "whether or
    not a real person" or "une personne réelle ou non" says the limitation does not apply."""
    before, after = _waivers(lang)
    clause = _CLAUSE_END.split(text[max(0, start - WAIVER_REACH):start])[-1].lower()
    following = " ".join(text[end:end + 20].lower().split())
    return any(w in clause for w in before) or any(following.startswith(w) for w in after)


NEGATION_REACH = 300    # characters before a contradicting cue searched for a denial, within its sentence
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])[.;!?](?=\s)|\n\s*\n")


@functools.lru_cache(maxsize=None)
def _negations(lang: str) -> re.Pattern | None:
    words = extractor_data().get("negations", {}).get(lang)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None


def negated(text: str, start: int, lang: str) -> bool:
    """Whether a cue that would contradict a requirement at ``start`` stands in a sentence that
    denies it (data/extractors.yaml ``negations``): "N'est pas punissable le mineur qui fabrique
    ... le montrant lui-même", "No child who has been sold ... shall be prosecuted ... for the
    making of an image of himself"."""
    pattern = _negations(lang)
    if pattern is None:
        return False
    sentence = _SENTENCE_END.split(text[max(0, start - NEGATION_REACH):start])[-1]
    return pattern.search(sentence) is not None


@functools.lru_cache(maxsize=None)
def extractor_table(lang: str) -> dict[str, tuple[list[str], list[list[dict]]]]:
    return {category: _phrase_texts(by_lang.get(lang, ()))
            for category, by_lang in extractor_data()["categories"].items()}


class CueMatcher:
    def __init__(self, nlp: Language, name: str, rubric_path: str | None):
        from .rubric import load as load_rubric
        self.name = name
        rubric = load_rubric(rubric_path)
        self.compiled = _CueCompiler(nlp, rubric_cue_table(rubric, nlp.lang), name)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["cues"] = self.compiled(doc)
        return doc


class LegalExtractor:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.compiled = _CueCompiler(nlp, extractor_table(nlp.lang), name)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["legal"] = self.compiled(doc)
        return doc


@Language.factory("gapcheck_cues", default_config={"rubric_path": None})
def make_cue_matcher(nlp: Language, name: str, rubric_path: str | None):
    return CueMatcher(nlp, name, rubric_path)


@Language.factory("gapcheck_legal")
def make_legal_extractor(nlp: Language, name: str):
    return LegalExtractor(nlp, name)


# Editorial markers that official consolidations glue onto words: legislation.gov.uk writes
# amendment notes as "[F2or to make]" and extent as "of a childE+W". Split off, the words
# they touch ("or", "child") match cues like any other; the markers stay tokens of their own.
_MARKER_PREFIXES = (r"F\d{1,3}(?=[A-Za-z])",)
_MARKER_SUFFIXES = (r"(?<=[a-z\]])E\+W(?:\+S)?(?:\+N\.I\.)?",
                    # Latin American headings end in ".-" or ").-": "(Difusión de imágenes íntimas).- El que".
                    r"(?<=[.)\]:])[-–—]+")
# South Asian drafting glues a section's text to its heading with a dash after the period:
# "8. Penalty for child pornography related offences.—(1) If any person ...", "Child victims.—No child".
_MARKER_INFIXES = (r"(?<=[)\]])\[F\d{1,3}(?=[A-Za-z])", r"(?<=[)\]])\[",
                   r"(?<=\w)[.:;](?=[–—]+[\w(\[\"“‘'])", r"(?<=[.:;])[–—]+(?=[\w(\[\"“‘'])")


def _split_source_markers(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, *_MARKER_PREFIXES]).search
    tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *_MARKER_SUFFIXES]).search
    tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *_MARKER_INFIXES]).finditer
    # The abbreviations of a cross-reference ("art. 110, al. 2", "Art. 197 Abs. 4") are one
    # token each, so that their period does not read as the end of a sentence.
    for abbreviation in extractor_data().get("abbreviations", {}).get(nlp.lang, ()):
        for form in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            tokenizer.add_special_case(form, [{ORTH: form}])


@functools.lru_cache(maxsize=None)
def pipeline(lang: str, rubric_path: str | None = None) -> Language:
    """The classification pipeline for ``lang`` (cached: compiled once per process)."""
    lang = check_lang(lang)
    nlp = spacy.blank(lang)
    _split_source_markers(nlp)
    # Statutes have very long sections (a definitions section can run to 100k chars).
    nlp.max_length = 10_000_000
    nlp.add_pipe("gapcheck_norm")
    nlp.initialize()
    # The cue components are added after initialize() so that, while they compile,
    # phrases go through tokenizer + lemmatizer + norm only.
    nlp.add_pipe("gapcheck_cues", config={"rubric_path": rubric_path})
    nlp.add_pipe("gapcheck_legal")
    return nlp

