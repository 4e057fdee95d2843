"""The rubric as data: load, check and render ``rubric/``.

The rubric is the list of requirements that national law is judged against
(A/79/122 para 97 and the OPSC). It lives in YAML under ``rubric/``, never in
Python: ``rubric.yaml`` is the manifest (identity, version, sources, groups,
shared anchor sets and the requirement files in report order) and
``requirements/<id>.yaml`` holds one requirement each. Both are checked
against the JSON Schemas in ``rubric/schema/`` and then against the rules a
schema cannot state (see ``_check_requirement``).

Public verbs:
    load(path=None) -> Rubric       raises RubricError on the first problem
    validate(path=None) -> [str]    every problem, empty when the rubric is valid
    render_list(rubric, fmt)        ``gapcheck rubric list``
    render_show(rubric, id, fmt)    ``gapcheck rubric show ID``

For the classifier: a provision speaks of a requirement's subject when it
matches at least one cue of every ``Requirement.anchors`` facet; only then do
its element cues count. Phrases are matched on lower-cased tokens (spaCy
PhraseMatcher, attr LOWER); patterns with spaCy's Matcher; both run on
``spacy.blank(lang)``. How a verdict follows from element matches is
``Requirement.verdict``; the cover stage calls it with the ids of the
elements a statute matched.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

import yaml

from .errors import RubricError

LANGUAGES = ("en", "fr", "es", "de", "pt")
PRIORITIES = ("headline", "core", "supporting")
ROLES = ("satisfies", "narrows", "contradicts")
STATUSES = ("covered", "partial", "missing", "contradicted")

RUBRIC_DIR = Path(__file__).resolve().parent.parent / "rubric"
DEFAULT_RUBRIC_PATH = RUBRIC_DIR / "rubric.yaml"
SCHEMA_DIR = RUBRIC_DIR / "schema"

# A/79/122 "para 97(b)" / "paras 49-58"; OPSC "art. 3(1)(c)". The schema holds the full form.
_PARA_RANGE = re.compile(r"^A/79/122 paras (\d+)-(\d+)$")
# spaCy quantifiers: ! ? + * {n} {n,m} {n,} {,m}
_QUANTIFIER = re.compile(r"^\{(\d*)(,?)(\d*)\}$")


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Cue:
    """One cue term in one language: a ``phrase`` (matched case-insensitively
    token by token) or a spaCy Matcher token ``pattern``.

    The pattern is kept as canonical JSON so the dataclass stays frozen and
    hashable; ``pattern`` gives a fresh list of dicts to hand to ``Matcher.add``.
    """

    lang: str
    phrase: str | None = None
    pattern_json: str | None = None
    example: str | None = None   # a text the pattern must match (patterns only)

    @property
    def pattern(self) -> list[dict] | None:
        return None if self.pattern_json is None else json.loads(self.pattern_json)

    @property
    def is_pattern(self) -> bool:
        return self.pattern_json is not None

    def to_data(self):
        """The cue as written in YAML: a string, or ``{pattern, example}``."""
        if self.phrase is not None:
            return self.phrase
        data = {"pattern": self.pattern}
        if self.example is not None:
            data["example"] = self.example
        return data

    def describe(self) -> str:
        """A short human-readable form for text output."""
        if self.phrase is not None:
            return self.phrase
        return f"<pattern: {self.example}>" if self.example else "<pattern>"


def _cues_by_lang(cues: tuple[Cue, ...]) -> dict[str, list]:
    return {lang: [c.to_data() for c in cues if c.lang == lang] for lang in LANGUAGES}


@dataclass(frozen=True)
class Reach:
    """How a ``narrows`` element is found from cross-references instead of cues: every clause
    meeting one of ``limits`` names its offences by number, and the numbers leave out a section
    punishing an offence of ``offences_of``; a clause naming the whole class of offences in
    words (``class_names``, by language) is not confined to its list."""

    limits: tuple[str, ...]
    offences_of: tuple[str, ...]
    class_names: tuple[tuple[str, tuple[str, ...]], ...]   # (language, phrases)
    conditional: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (language, phrases)

    def names_for(self, lang: str) -> tuple[str, ...]:
        return dict(self.class_names).get(lang, ())

    def conditions_for(self, lang: str) -> tuple[str, ...]:
        return dict(self.conditional).get(lang, ())

    def to_dict(self) -> dict:
        out = {"limits": list(self.limits), "offences_of": list(self.offences_of),
               "class_names": {lang: list(names) for lang, names in self.class_names}}
        if self.conditional:
            out["conditional"] = {lang: list(phrases) for lang, phrases in self.conditional}
        return out


@dataclass(frozen=True)
class Element:
    """One thing a provision must (or must not) say for a requirement to be met."""

    id: str
    label: str
    essential: bool
    role: str                      # satisfies | narrows | contradicts
    description: str
    cues: tuple[Cue, ...]
    counts_as: str = "full"        # full | partial (satisfies only)
    stands_for: tuple[str, ...] = ()  # essential elements this one can stand in for
    scope: str = "law"             # law | section (narrows only): what a match limits
    general: bool = False          # satisfies only: general offences (no subject named) earn partial credit
    cancelled_by: tuple[str, ...] = ()  # narrows only: satisfies elements that cancel it in their section
    reach: Reach | None = None     # narrows only: found from cross-references, not cues
    outside_offences: bool = False  # satisfies only: counts outside offences where the requirement needs one
    absorbs: tuple[str, ...] = ()  # satisfies only: elements whose matches inside a match of this one do not count
    partial_alone: bool = True     # satisfies only: false when a match alone does not make the verdict partial
    # The shared anchor set whose defined terms can pass this element on: a section that uses a
    # term the set names ("Kind", "child") inherits the element from that term's definition even
    # when the definition names nothing else of the subject ("Als Kind gilt, wer das achtzehnte
    # Lebensjahr noch nicht vollendet hat"). The set's name, and its cues for reading the term.
    defined_by: str | None = None
    defined_by_cues: tuple[Cue, ...] = ()

    def cues_for(self, lang: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.lang == lang)

    def to_dict(self) -> dict:
        data = {"id": self.id, "label": self.label, "essential": self.essential,
                "role": self.role, "counts_as": self.counts_as}
        if self.stands_for:
            data["stands_for"] = self.stands_for[0] if len(self.stands_for) == 1 else list(self.stands_for)
        if self.role == "narrows":
            data["scope"] = self.scope
        if self.general:
            data["general"] = True
        if self.outside_offences:
            data["outside_offences"] = True
        if self.absorbs:
            data["absorbs"] = list(self.absorbs)
        if not self.partial_alone:
            data["partial_alone"] = False
        if self.defined_by:
            data["defined_by"] = self.defined_by
        if self.cancelled_by:
            data["cancelled_by"] = list(self.cancelled_by)
        if self.reach:
            data["reach"] = self.reach.to_dict()
        data["description"] = self.description
        data["cues"] = _cues_by_lang(self.cues)
        return data


@dataclass(frozen=True)
class AnchorFacet:
    """One facet of a requirement's subject: a provision must match at least one of
    its cues, and must match every facet of the requirement, before element cues count.

    ``name`` is the shared set's name (``child``), pooled sets joined with ``|``
    (``legal-person|online-service-provider``), or the requirement id for its own anchors.
    """

    name: str
    cues: tuple[Cue, ...]

    def cues_for(self, lang: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.lang == lang)

    def to_dict(self) -> dict:
        return {"facet": self.name, "cues": _cues_by_lang(self.cues)}


@dataclass(frozen=True)
class VerdictRule:
    """The machine rule that turns element matches into a status (see ``Requirement.verdict``)."""

    covered_when: str        # all-essential | any-essential
    partial_when: str        # any-satisfied | any-essential
    narrowed_alone: str      # missing | partial
    contradicted_when: str   # any-contradicts | never

    def to_dict(self) -> dict:
        return {"covered_when": self.covered_when, "partial_when": self.partial_when,
                "narrowed_alone": self.narrowed_alone,
                "contradicted_when": self.contradicted_when}


@dataclass(frozen=True)
class Requirement:
    """One requirement of the rubric, with the elements a statute is searched for."""

    id: str
    title: str
    group: str
    priority: str
    sources: tuple[str, ...]
    statement: str
    anchors: tuple[AnchorFacet, ...]       # all must match (see AnchorFacet)
    elements: tuple[Element, ...]
    verdicts: Mapping[str, str] = field(hash=False)   # status -> what it means here, in words
    rule: VerdictRule
    guidance: Mapping[str, str] = field(hash=False)   # status -> drafting guidance in our words
    related: tuple[str, ...]
    path: str = ""                          # relative to the rubric directory
    title_context: str = "own-anchors"      # own-anchors | all-facets: what an Act's title can name
    subject_by_reference: bool = False      # a section referring to one about the subject is about it
    needs_offence: bool = False             # only offences (and what they reach) earn credit
    # requirements whose whole subject, named in a section, limits what that section earns here
    # to partial credit (images of children: the abuse-material offences, not image-based abuse)
    partial_only_in: tuple[str, ...] = ()

    def anchors_for(self, lang: str) -> tuple[tuple[Cue, ...], ...]:
        """The anchor cues in ``lang``, one tuple per facet; a provision needs a match in each."""
        return tuple(facet.cues_for(lang) for facet in self.anchors)

    def element(self, element_id: str) -> Element:
        for element in self.elements:
            if element.id == element_id:
                return element
        raise KeyError(f"{self.id} has no element {element_id!r}; "
                       f"valid: {', '.join(e.id for e in self.elements)}")

    def verdict(self, matched: Iterable[str]) -> str:
        """The status (covered, partial, missing or contradicted) of this requirement
        for a statute whose provisions matched the elements with ids ``matched``.

        The caller counts an element as matched only where the provision also
        matched an anchor. The rule, in order:

        1. contradicted: a ``contradicts`` element matched and the rule says
           ``contradicted_when: any-contradicts``. It wins over everything else,
           because a law that punishes what the requirement protects is a
           finding a lawyer must see even where other provisions comply.
        2. Credit: a matched ``satisfies`` element gives itself, and the
           essential element it ``stands_for``, full credit; partial credit
           only if it ``counts_as: partial`` (e.g. administrative-only liability).
        3. covered: the essential elements have full credit (all of them, or one
           for ``any-essential``) and no ``narrows`` element matched. If one did,
           the verdict drops to partial.
        4. partial: otherwise, any ``satisfies`` element (``any-satisfied``) or any
           essential element (``any-essential``) earned some credit; an element with
           ``partial_alone: false`` earns it only beside another satisfying element.
        5. Otherwise partial if a ``narrows`` element matched and
           ``narrowed_alone: partial``, else missing.
        """
        matched = set(matched)
        known = {e.id for e in self.elements}
        unknown = sorted(matched - known)
        if unknown:
            raise ValueError(f"{self.id} has no element(s) {', '.join(unknown)}; "
                             f"valid: {', '.join(sorted(known))}")
        hits = [e for e in self.elements if e.id in matched]
        rule = self.rule
        if rule.contradicted_when == "any-contradicts" and any(e.role == "contradicts" for e in hits):
            return "contradicted"
        full: set[str] = set()
        some: set[str] = set()
        for e in hits:
            if e.role != "satisfies":
                continue
            credited = {e.id, *e.stands_for}
            some |= credited
            if e.counts_as == "full":
                full |= credited
        essentials = [e.id for e in self.elements if e.essential]
        if rule.covered_when == "all-essential":
            complete = all(i in full for i in essentials)
        else:
            complete = any(i in full for i in essentials)
        narrowed = any(e.role == "narrows" for e in hits)
        if complete:
            return "partial" if narrowed else "covered"
        # An element that does not stand alone ("partial_alone: false": a ground of jurisdiction
        # for a person not extradited says nothing on whether the offences are extraditable)
        # counts towards partial only beside another satisfying element.
        satisfying = [e for e in hits if e.role == "satisfies"]
        if len(satisfying) == 1 and not satisfying[0].partial_alone:
            some = set()
        if rule.partial_when == "any-satisfied":
            credited_any = bool(some)
        else:
            credited_any = any(i in some for i in essentials)
        if credited_any:
            return "partial"
        if narrowed and rule.narrowed_alone == "partial":
            return "partial"
        return "missing"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "group": self.group,
            "priority": self.priority,
            "sources": list(self.sources),
            "statement": self.statement,
            "anchors": [facet.to_dict() for facet in self.anchors],
            "elements": [e.to_dict() for e in self.elements],
            "verdicts": {**dict(self.verdicts), "rule": self.rule.to_dict()},
            "guidance": dict(self.guidance),
            "related": list(self.related),
            **({"title_context": self.title_context} if self.title_context != "own-anchors" else {}),
            **({"subject_by_reference": True} if self.subject_by_reference else {}),
            **({"needs_offence": True} if self.needs_offence else {}),
            **({"partial_only_in": list(self.partial_only_in)} if self.partial_only_in else {}),
        }


@dataclass(frozen=True)
class Source:
    """An instrument the rubric draws on; every citation starts with its ``id``."""

    id: str         # "A/79/122" or "OPSC"
    title: str
    cite_as: str

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "cite_as": self.cite_as}


@dataclass(frozen=True)
class Group:
    """A heading that requirements are grouped under in reports."""

    id: str
    title: str

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title}


@dataclass(frozen=True)
class Rubric:
    """The loaded rubric. ``sha256`` is a hash of its content (canonical JSON of
    ``to_dict()`` without the hash), the same whatever the files' mtimes, YAML
    formatting or comments; ``version`` is the version the authors declared."""

    id: str
    version: str
    title: str
    description: str
    sources: tuple[Source, ...]
    groups: tuple[Group, ...]
    requirements: tuple[Requirement, ...]
    sha256: str = ""
    path: str = ""      # the rubric.yaml that was loaded

    def __iter__(self) -> Iterator[Requirement]:
        return iter(self.requirements)

    def __len__(self) -> int:
        return len(self.requirements)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements)

    def get(self, req_id: str) -> Requirement:
        """The requirement ``req_id``; a RubricError naming a close match and the valid ids if none."""
        for requirement in self.requirements:
            if requirement.id == req_id:
                return requirement
        close = difflib.get_close_matches(req_id, self.ids, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise RubricError(_display(self.path), f"unknown requirement {req_id!r}; {hint}"
                          f"valid ids: {', '.join(self.ids)}")

    def to_dict(self) -> dict:
        data = self._content()
        data["sha256"] = self.sha256
        return data

    def _content(self) -> dict:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "description": self.description,
            "sources": [s.to_dict() for s in self.sources],
            "groups": [g.to_dict() for g in self.groups],
            "requirements": [r.to_dict() for r in self.requirements],
        }


def _content_hash(content: dict) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- reading


def _display(path) -> str:
    """A path as a user should see it: relative to the working directory when inside it."""
    path = str(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:   # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


# yaml.safe_load's loader, in its libyaml (C) build when available: ten times faster
# on the ~4,000 cues, and just as safe: only standard YAML types, so a tag such as
# ``!!python/object/apply:os.system`` is refused.
_BaseSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeLoader(_BaseSafeLoader):
    """The safe loader plus one rule: a key repeated in a mapping is an error,
    not silently the last value (a second ``essential:`` would otherwise win)."""


def _construct_mapping(loader, node, deep=False):
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                f"found duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=deep)


_SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> dict:
    """The YAML mapping in ``path``; RubricError if it is missing, empty, not UTF-8,
    not YAML, uses a tag (``!!python/object/...``) or is not a mapping."""
    shown = _display(path)
    if not path.is_file():
        raise RubricError(shown, "file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RubricError(shown, f"not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise RubricError(shown, "file is empty")
    try:
        data = yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        problem = exc.problem or str(exc)
        if "could not determine a constructor" in problem:
            problem = (f"YAML tag not allowed ({problem.split('tag', 1)[-1].strip()}); "
                       "the rubric is plain YAML: mappings, lists, strings, numbers, booleans")
        raise RubricError(shown, f"invalid YAML at {where}: {problem}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        problem = getattr(exc, "problem", None) or str(exc)
        raise RubricError(shown, f"invalid YAML at {where}: {problem}") from None
    if data is None:
        raise RubricError(shown, "file is empty (only comments)")
    if not isinstance(data, dict):
        raise RubricError(shown, f"expected a mapping at the top level, got {_type_name(data)}")
    return data


# --------------------------------------------------------------------------- schema


_VALIDATORS: dict = {}


def _validator(name: str):
    """A cached Draft 2020-12 validator for ``requirement`` or ``rubric``."""
    if not _VALIDATORS:
        import jsonschema
        from referencing import Registry, Resource

        schemas = {}
        for key in ("requirement", "rubric"):
            schema_path = SCHEMA_DIR / f"{key}.schema.json"
            schemas[key] = json.loads(schema_path.read_text(encoding="utf-8"))
        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values())
        for key, schema in schemas.items():
            jsonschema.Draft202012Validator.check_schema(schema)
            _VALIDATORS[key] = jsonschema.Draft202012Validator(schema, registry=registry)
    return _VALIDATORS[name]


def _join(parts: Iterable) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _type_name(value) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing (null)"
    return type(value).__name__


_TYPE_WORDS = {"string": "a string", "boolean": "a boolean (true/false)", "integer": "an integer",
               "array": "a list", "object": "a mapping", "number": "a number"}


def _schema_problems(error) -> list[tuple[str | None, str]]:
    """(field, problem) pairs a person can act on, for one jsonschema error."""
    path = list(error.absolute_path)
    here = _join(path) or None
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    kind = error.validator

    if kind in ("oneOf", "anyOf"):
        # Drop the branches that failed only because the value has another type;
        # what remains is the branch the author meant.
        meant = [e for e in error.context if not (e.validator == "type" and not e.relative_path)]
        if not meant:
            wanted = [_TYPE_WORDS.get(b.get("type"), "another form") for b in error.validator_value]
            return [(here, f"expected {' or '.join(wanted)}, got {_type_name(instance)}")]
        problems = []
        for sub in meant:
            problems.extend(_schema_problems(sub))
        return problems
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        return [(_join(path + missing), "required field missing")]
    if kind == "additionalProperties":
        valid = sorted(schema.get("properties", {}))
        extras = [k for k in instance if k not in schema.get("properties", {})]
        return [(_join(path + [str(k)]), f"unknown key {k!r}; valid keys: {', '.join(valid)}")
                for k in extras]
    if kind == "enum":
        return [(here, f"invalid value {instance!r}; valid: {', '.join(map(str, error.validator_value))}")]
    if kind == "type":
        return [(here, f"expected {_TYPE_WORDS.get(error.validator_value, error.validator_value)}, "
                       f"got {_type_name(instance)}")]
    if kind == "pattern":
        if error.validator_value == "\\S":
            return [(here, "must not be blank")]
        hint = schema.get("description")
        return [(here, f"{instance!r} is not in the expected form"
                       + (f": {hint}" if hint else f" (pattern {error.validator_value})"))]
    if kind in ("minItems", "minLength", "minProperties"):
        n = error.validator_value
        return [(here, "must not be empty" if n == 1 else f"needs at least {n} items")]
    if kind == "uniqueItems":
        seen, dups = [], []
        for item in instance:
            (dups if item in seen else seen).append(item)
        return [(here, f"duplicate entries: {', '.join(map(repr, dups))}")]
    if kind == "propertyNames":
        return [(here, f"invalid key {instance!r}: {error.message}")]
    return [(here, error.message)]


_SCHEMA_RESULTS: dict[tuple[str, str], tuple] = {}


def _schema_check(kind: str, data: dict) -> list[tuple[str | None, str]]:
    """(field, problem) pairs for ``data`` against the ``kind`` schema.

    Results are remembered by content, so checking an unchanged file again (a test
    suite loading many variants of one rubric) costs a JSON dump, not a validation."""
    try:
        key = (kind, json.dumps(data, sort_keys=True, default=repr))
    except TypeError:   # mixed key types (YAML allows `1:` beside `id:`): do not remember
        key = None
    if key is not None and key in _SCHEMA_RESULTS:
        return list(_SCHEMA_RESULTS[key])
    problems = []
    errors = sorted(_validator(kind).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        problems.extend(_schema_problems(error))
    if key is not None:
        if len(_SCHEMA_RESULTS) > 512:
            _SCHEMA_RESULTS.clear()
        _SCHEMA_RESULTS[key] = tuple(problems)
    return problems


# --------------------------------------------------------------------------- checks beyond the schema


def _check_cue_list(cues: list, where: str, add) -> None:
    """Cues a schema cannot judge: duplicates, phrases without a word, regexes
    that do not compile, quantifiers out of order, patterns that can match nothing.
    spaCy itself is not imported here (loading stays fast); tests compile every cue."""
    seen: dict[str, int] = {}
    for i, cue in enumerate(cues):
        at = f"{where}[{i}]"
        if isinstance(cue, str):
            key = "phrase:" + " ".join(cue.lower().split())
            if not re.search(r"\w", cue):
                add(at, f"phrase {cue!r} has no word in it")
            if "  " in cue:
                add(at, f"phrase {cue!r} has a double space")
        else:
            key = "pattern:" + json.dumps(cue.get("pattern"), sort_keys=True)
            _check_pattern(cue.get("pattern") or [], at, add)
        if key in seen:
            add(at, f"duplicate cue (same as {where}[{seen[key]}])")
        else:
            seen[key] = i


MAX_COUNTED_SPAN = 16   # the longest counted gap ("{,16}") a pattern may ask for


def _fewest(op: str | None) -> int:
    """The fewest tokens a spaCy token spec with quantifier ``op`` must match."""
    if op in (None, "+"):
        return 1
    m = _QUANTIFIER.match(op or "")
    return int(m.group(1) or 0) if m else 0   # ? * ! and {,m}


def _check_pattern(pattern: list, at: str, add) -> None:
    anchored = False   # some token must match, with a positive constraint
    for t, token in enumerate(pattern):
        op = token.get("OP")
        m = _QUANTIFIER.match(op or "")
        if m and m.group(1) and m.group(3) and int(m.group(1)) > int(m.group(3)):
            add(f"{at}.pattern[{t}].OP", f"quantifier {op!r} has its minimum above its maximum")
        if m and m.group(3) and int(m.group(3)) > MAX_COUNTED_SPAN:
            # spaCy's Matcher unrolls {,n} into n optional tokens whose states multiply: a long
            # counted gap can exhaust memory on one sentence; "*" (bounded by the sentence's
            # punctuation in NOT_IN) matches the same without the blow-up.
            add(f"{at}.pattern[{t}].OP", f"quantifier {op!r} allows more than {MAX_COUNTED_SPAN} tokens; "
                                         f"use \"*\" with a NOT_IN of sentence punctuation for a long gap")
        constraints = {k: v for k, v in token.items() if k != "OP"}
        for attr, value in constraints.items():
            if isinstance(value, dict) and "REGEX" in value:
                try:
                    re.compile(value["REGEX"])
                except re.error as exc:
                    add(f"{at}.pattern[{t}].{attr}.REGEX", f"regular expression does not compile: {exc}")
        if constraints and op != "!" and _fewest(op) > 0:
            anchored = True
    if pattern and not anchored:
        add(f"{at}.pattern", "no token is both required and constrained, so the pattern would match "
                             "anything (or nothing); give at least one token a fixed attribute")


def _check_languages(multilingual: dict, where: str, add) -> None:
    missing = [lang for lang in LANGUAGES if not multilingual.get(lang)]
    if missing:
        field_ = f"{where}.{missing[0]}" if len(missing) == 1 else where
        add(field_, f"required languages missing: {', '.join(missing)}")
    for lang in LANGUAGES:
        if isinstance(multilingual.get(lang), list):
            _check_cue_list(multilingual[lang], f"{where}.{lang}", add)


def _check_requirement(data: dict, stem: str, manifest: dict, add) -> None:
    """Rules of one requirement file that the JSON Schema cannot express."""
    if data["id"] != stem:
        add("id", f"id {data['id']!r} must equal the file name {stem!r}")
    groups = [g["id"] for g in manifest["groups"]]
    if data["group"] not in groups:
        add("group", f"unknown group {data['group']!r}; valid: {', '.join(groups)}")
    sources = {s["id"] for s in manifest["sources"]}
    for i, citation in enumerate(data["sources"]):
        if citation.split(" ")[0] not in sources:
            add(f"sources[{i}]", f"cites {citation.split(' ')[0]!r}, which rubric.yaml does not list as a source")
        m = _PARA_RANGE.match(citation)
        if m and int(m.group(1)) >= int(m.group(2)):
            add(f"sources[{i}]", f"paragraph range {citation!r} must run from low to high")

    anchor_sets = manifest.get("anchor_sets", {})
    if not data.get("anchors") and not data.get("anchor_sets"):
        add("anchors", "required field missing (give anchors, anchor_sets, or both)")
    for i, facet in enumerate(data.get("anchor_sets", [])):
        names = [facet] if isinstance(facet, str) else facet
        for j, name in enumerate(names):
            if name not in anchor_sets:
                where = f"anchor_sets[{i}]" + ("" if isinstance(facet, str) else f"[{j}]")
                add(where, f"unknown anchor set {name!r}; valid: {', '.join(sorted(anchor_sets))}")
    for i, name in enumerate(data.get("anchors_include", [])):
        if name not in anchor_sets:
            add(f"anchors_include[{i}]", f"unknown anchor set {name!r}; valid: {', '.join(sorted(anchor_sets))}")
    if data.get("anchors_include") and not data.get("anchors"):
        add("anchors_include", "needs anchors: the sets join the requirement's own anchors")
    if data.get("anchors"):
        _check_languages(data["anchors"], "anchors", add)

    elements = data["elements"]
    first: dict[str, int] = {}
    for i, element in enumerate(elements):
        at = f"elements[{i}]"
        if element["id"] in first:
            add(f"{at}.id", f"duplicate element id {element['id']!r} (first at elements[{first[element['id']]}])")
        else:
            first[element["id"]] = i
        role = element["role"]
        if "reach" in element:
            if "cues" in element:
                add(f"{at}.cues", "an element with 'reach' is found from cross-references and has no cues")
            if role != "narrows":
                add(f"{at}.reach", f"reach applies only to 'narrows' elements (this one {role})")
            names = element["reach"]["class_names"]
            missing = [lang for lang in LANGUAGES if not names.get(lang)]
            if missing:
                add(f"{at}.reach.class_names", f"required languages missing: {', '.join(missing)}")
        elif "cues" not in element:
            add(f"{at}.cues", "required field missing")
        else:
            _check_languages(element["cues"], f"{at}.cues", add)
        if element["essential"] and role != "satisfies":
            add(f"{at}.essential", f"only a 'satisfies' element can be essential (this one {role})")
        for key in ("counts_as", "stands_for", "general", "outside_offences", "absorbs", "partial_alone"):
            if key in element and role != "satisfies":
                add(f"{at}.{key}", f"{key} applies only to 'satisfies' elements (this one {role})")
        for key in ("scope", "cancelled_by"):
            if key in element and role != "narrows":
                add(f"{at}.{key}", f"{key} applies only to 'narrows' elements (this one {role})")
    by_id = {e["id"]: e for e in elements}
    for i, element in enumerate(elements):
        for target in _stands_for(element):
            at = f"elements[{i}].stands_for"
            if target == element["id"]:
                add(at, "an element cannot stand for itself")
            elif target not in by_id:
                add(at, f"no element {target!r} in this requirement; valid: {', '.join(by_id)}")
            elif not by_id[target]["essential"]:
                add(at, f"{target!r} is not essential; stands_for must name an essential element")
    for i, element in enumerate(elements):
        for target in element.get("absorbs", ()) if element["role"] == "satisfies" else ():
            at = f"elements[{i}].absorbs"
            if target not in by_id or target == element["id"]:
                add(at, f"no other element {target!r} in this requirement; valid: {', '.join(by_id)}")
    for i, element in enumerate(elements):
        if "defined_by" in element and element["defined_by"] not in anchor_sets:
            add(f"elements[{i}].defined_by",
                f"unknown anchor set {element['defined_by']!r}; valid: {', '.join(sorted(anchor_sets))}")
    for i, element in enumerate(elements):
        for target in element.get("cancelled_by", ()) if element["role"] == "narrows" else ():
            at = f"elements[{i}].cancelled_by"
            if target not in by_id:
                add(at, f"no element {target!r} in this requirement; valid: {', '.join(by_id)}")
            elif by_id[target]["role"] != "satisfies":
                add(at, f"{target!r} is not a 'satisfies' element; only a match of one can cancel a narrowing")
    for i, element in enumerate(elements):
        reach = element.get("reach")
        if not reach:
            continue
        for j, target in enumerate(reach["limits"]):
            at = f"elements[{i}].reach.limits[{j}]"
            if target not in by_id:
                add(at, f"no element {target!r} in this requirement; valid: {', '.join(by_id)}")
            elif by_id[target]["role"] != "satisfies":
                add(at, f"{target!r} is not a 'satisfies' element; only their clauses can be limited")
        known = {Path(rel).stem for rel in manifest.get("requirements", ())}
        for j, other in enumerate(reach["offences_of"]):
            if other not in known:
                add(f"elements[{i}].reach.offences_of[{j}]", f"{other!r} is not a requirement of this rubric")
    if not any(e["essential"] for e in elements):
        add("elements", "no essential element; mark at least one 'satisfies' element essential: true")

    has_contradicts = any(e["role"] == "contradicts" for e in elements)
    rule = data["verdicts"]["rule"]
    if has_contradicts and rule["contradicted_when"] == "never":
        add("verdicts.rule.contradicted_when",
            "the requirement has 'contradicts' elements, so this must be any-contradicts")
    if not has_contradicts and rule["contradicted_when"] != "never":
        add("verdicts.rule.contradicted_when",
            "the requirement has no 'contradicts' element, so this must be never")
    if has_contradicts:
        for section in ("verdicts", "guidance"):
            if "contradicted" not in data[section]:
                add(f"{section}.contradicted", "required field missing (the requirement has 'contradicts' elements)")
    if data["id"] in data["related"]:
        add(f"related[{data['related'].index(data['id'])}]", "a requirement cannot be related to itself")


# --------------------------------------------------------------------------- building


def _stands_for(element: dict) -> tuple[str, ...]:
    """The essential elements a ``stands_for`` names: one id or a list of ids."""
    target = element.get("stands_for")
    if target is None:
        return ()
    return (target,) if isinstance(target, str) else tuple(target)


def _build_reach(data: dict | None) -> Reach | None:
    if not data:
        return None
    return Reach(limits=tuple(data["limits"]), offences_of=tuple(data["offences_of"]),
                 class_names=tuple((lang, tuple(data["class_names"][lang])) for lang in LANGUAGES),
                 conditional=tuple((lang, tuple(data["conditional"][lang])) for lang in LANGUAGES
                                   if data.get("conditional", {}).get(lang)))


def _build_cues(multilingual: dict) -> tuple[Cue, ...]:
    cues = []
    for lang in LANGUAGES:
        for cue in multilingual.get(lang, []):
            if isinstance(cue, str):
                cues.append(Cue(lang=lang, phrase=cue))
            else:
                cues.append(Cue(lang=lang, pattern_json=json.dumps(cue["pattern"], sort_keys=True,
                                                                  ensure_ascii=False),
                                example=cue.get("example")))
    return tuple(cues)


def _build_requirement(data: dict, rel_path: str, anchor_sets: dict) -> Requirement:
    facets = []
    for facet in data.get("anchor_sets", []):
        names = [facet] if isinstance(facet, str) else facet
        pooled = {lang: [] for lang in LANGUAGES}
        for name in names:
            for lang in LANGUAGES:
                pooled[lang] += anchor_sets[name]["cues"][lang]
        facets.append(AnchorFacet(name="|".join(names), cues=_build_cues(pooled)))
    if data.get("anchors"):
        # The own facet: the requirement's anchors, and the cues of the shared sets it includes.
        own = {lang: list(data["anchors"].get(lang, ())) for lang in LANGUAGES}
        for name in data.get("anchors_include", []):
            for lang in LANGUAGES:
                own[lang] += anchor_sets[name]["cues"][lang]
        facets.append(AnchorFacet(name=data["id"], cues=_build_cues(own)))
    elements = tuple(
        Element(id=e["id"], label=e["label"], essential=e["essential"], role=e["role"],
                description=e["description"], cues=_build_cues(e.get("cues", {})),
                counts_as=e.get("counts_as", "full"), stands_for=_stands_for(e),
                scope=e.get("scope", "law"), general=e.get("general", False),
                cancelled_by=tuple(e.get("cancelled_by", ())), reach=_build_reach(e.get("reach")),
                outside_offences=e.get("outside_offences", False), absorbs=tuple(e.get("absorbs", ())),
                partial_alone=e.get("partial_alone", True), defined_by=e.get("defined_by"),
                defined_by_cues=_build_cues(anchor_sets[e["defined_by"]]["cues"]) if e.get("defined_by") else ())
        for e in data["elements"])
    verdicts = {k: v for k, v in data["verdicts"].items() if k != "rule"}
    return Requirement(
        id=data["id"], title=data["title"], group=data["group"], priority=data["priority"],
        sources=tuple(data["sources"]), statement=data["statement"].strip(),
        anchors=tuple(facets),
        elements=elements, verdicts=MappingProxyType(verdicts),
        rule=VerdictRule(**data["verdicts"]["rule"]),
        guidance=MappingProxyType(dict(data["guidance"])), related=tuple(data["related"]),
        path=rel_path, title_context=data.get("title_context", "own-anchors"),
        subject_by_reference=data.get("subject_by_reference", False),
        needs_offence=data.get("needs_offence", False),
        partial_only_in=tuple(data.get("partial_only_in", ())))


def _resolve(path) -> Path:
    path = Path(path) if path is not None else DEFAULT_RUBRIC_PATH
    if path.is_dir():
        path = path / "rubric.yaml"
    return path


class _Problems:
    """Problems found so far, each as (file, field, problem) in the order found."""

    def __init__(self):
        self.items: list[tuple[str, str | None, str]] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def adder(self, shown: str):
        """A function ``add(field, problem)`` for problems in the file shown as ``shown``."""
        return lambda where, problem: self.items.append((shown, where, problem))

    def error(self, exc: RubricError) -> None:
        """Keep a RubricError raised while reading a file (its message minus the ``file [field]: `` prefix)."""
        where = exc.path + (f" [{exc.field}]" if exc.field else "")
        self.items.append((exc.path, exc.field, str(exc)[len(where) + 2:]))


def _collect(path) -> tuple[_Problems, Rubric | None]:
    """Every problem in the rubric at ``path``, and the Rubric when there are none."""
    manifest_path = _resolve(path)
    problems = _Problems()
    try:
        manifest = _read_yaml(manifest_path)
    except RubricError as exc:
        problems.error(exc)
        return problems, None
    shown = _display(manifest_path)
    add_manifest = problems.adder(shown)
    for where, problem in _schema_check("rubric", manifest):
        add_manifest(where, problem)
    if problems:
        return problems, None

    for key in ("sources", "groups"):
        ids = [item["id"] for item in manifest[key]]
        for i, item_id in enumerate(ids):
            if item_id in ids[:i]:
                add_manifest(f"{key}[{i}].id", f"duplicate id {item_id!r}")
    for name, anchor_set in manifest["anchor_sets"].items():
        _check_languages(anchor_set["cues"], f"anchor_sets.{name}.cues", add_manifest)

    base = manifest_path.parent
    loaded: list[tuple[str, dict, str]] = []   # (path relative to rubric/, data, shown path)
    unchecked_ids: set[str] = set()            # files that exist but failed the schema
    for i, rel in enumerate(manifest["requirements"]):
        req_path = base / rel
        req_shown = _display(req_path)
        if not req_path.is_file():
            add_manifest(f"requirements[{i}]", f"listed file {rel!r} not found")
            continue
        try:
            data = _read_yaml(req_path)
        except RubricError as exc:
            problems.error(exc)
            unchecked_ids.add(req_path.stem)
            continue
        add = problems.adder(req_shown)
        schema_problems = _schema_check("requirement", data)
        for where, problem in schema_problems:
            add(where, problem)
        if schema_problems:
            # The checks below rely on the shape the schema guarantees; still count the
            # requirement as existing so that others' `related` lists are not blamed.
            unchecked_ids.add(req_path.stem)
            continue
        _check_requirement(data, req_path.stem, manifest, add)
        loaded.append((rel, data, req_shown))

    # Every requirement file must be listed, so a stray or misnamed file is never silently skipped.
    listed = {(base / rel).resolve() for rel in manifest["requirements"]}
    requirements_dir = base / "requirements"
    if requirements_dir.is_dir():
        for found in sorted(requirements_dir.iterdir()):
            if found.name.startswith(".") or found.resolve() in listed:
                continue
            problems.adder(_display(found))(
                None, "unknown file: not listed under requirements in rubric.yaml; list it there or remove it")

    first_file: dict[str, str] = {}
    for rel, data, req_shown in loaded:
        if data["id"] in first_file:
            problems.adder(req_shown)(
                "id", f"duplicate requirement id {data['id']!r} (also in {first_file[data['id']]})")
        else:
            first_file[data["id"]] = req_shown
    for rel, data, req_shown in loaded:
        for key in ("related", "partial_only_in"):
            for i, other in enumerate(data.get(key, ())):
                if other not in first_file and other not in unchecked_ids:
                    close = difflib.get_close_matches(other, sorted(first_file), n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                    problems.adder(req_shown)(f"{key}[{i}]", f"{key} id {other!r} is not a requirement{hint}")
    if problems:
        return problems, None

    requirements = tuple(_build_requirement(data, rel, manifest["anchor_sets"])
                         for rel, data, _ in loaded)
    rubric = Rubric(id=manifest["id"], version=manifest["version"], title=manifest["title"],
                    description=manifest["description"].strip(),
                    sources=tuple(Source(**s) for s in manifest["sources"]),
                    groups=tuple(Group(**g) for g in manifest["groups"]),
                    requirements=requirements, path=str(manifest_path))
    rubric = replace(rubric, sha256=_content_hash(rubric._content()))
    return problems, rubric


_LOADED: dict[tuple[str, str, str], Rubric] = {}   # fingerprint -> rubric, see _fingerprint
_LOADED_MAX = 8


def _fingerprint(path) -> tuple[str, str, str] | None:
    """What a loaded rubric depends on: the manifest path as given, the working directory (shown
    paths are relative to it) and the bytes of the manifest and of every file it lists; None
    when that cannot be said (a file that cannot be read or a manifest that does not parse)."""
    manifest_path = _resolve(path)
    try:
        manifest = manifest_path.read_bytes()
        listed = yaml.load(manifest, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["requirements"]
        digest = hashlib.sha256(manifest)
        for rel in listed:
            digest.update(str(rel).encode("utf-8", "surrogateescape") + b"\0")
            digest.update(hashlib.sha256((manifest_path.parent / rel).read_bytes()).digest())
    except (OSError, yaml.YAMLError, TypeError, KeyError, ValueError):
        return None
    return str(manifest_path), os.getcwd(), digest.hexdigest()


def load(path=None) -> Rubric:
    """Load and check the rubric at ``path`` (its ``rubric.yaml`` or the directory
    holding it; default: the repository's ``rubric/``).

    Raises RubricError naming the file and field of the first problem found, and
    how many more there are; ``validate`` lists them all. A rubric already loaded in this
    process from the same files is given back without reading them again (checking the
    schema is most of the cost, and the classifier's pipelines load the rubric too).
    """
    key = _fingerprint(path)
    if key is not None and key in _LOADED:
        return _LOADED[key]
    problems, rubric = _collect(path)
    if problems:
        shown, where, problem = problems.items[0]
        if len(problems) > 1:
            rest = len(problems) - 1
            problem += f" (and {rest} more problem{'s' if rest > 1 else ''}; validate lists them all)"
        raise RubricError(shown, problem, where)
    if key is not None:
        if len(_LOADED) >= _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = rubric
    return rubric


def validate(path=None) -> list[str]:
    """Every problem in the rubric at ``path`` as ``file [field]: problem`` lines;
    an empty list when the rubric is valid."""
    problems, _ = _collect(path)
    return [str(RubricError(shown, problem, where)) for shown, where, problem in problems.items]


# --------------------------------------------------------------------------- rendering


def render_list(rubric: Rubric, fmt: str = "text") -> str:
    """The requirements of ``rubric``: JSON is a list of ``{id, title, sources}``
    (a stable contract); text is a table with priority and group."""
    if fmt == "json":
        return json.dumps([{"id": r.id, "title": r.title, "sources": list(r.sources)}
                           for r in rubric.requirements], ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}; valid: json, text")
    header = ("ID", "PRIORITY", "GROUP", "TITLE", "SOURCES")
    rows = [(r.id, r.priority, r.group, r.title, "; ".join(r.sources)) for r in rubric.requirements]
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(4)]
    lines = [f"{rubric.title} ({rubric.id} {rubric.version}, {len(rubric)} requirements, "
             f"sha256 {rubric.sha256[:12]})", ""]
    for row in [header] + rows:
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
    return "\n".join(line.rstrip() for line in lines)


_RULE_WORDS = {
    "all-essential": "all essential elements are met",
    "any-essential": "any one essential element is met",
    "any-satisfied": "any satisfying element is met",
    "any-contradicts": "any contradicting element matches (this overrides everything else)",
    "never": "never",
}


def render_show(rubric: Rubric, req_id: str, fmt: str = "text", lang: str = "en") -> str:
    """One requirement in full: JSON is ``Requirement.to_dict()``; text is a
    readable page with sources, elements (``*`` = essential), the verdict rule
    and drafting guidance. Cues are listed for ``lang`` and counted for the others."""
    requirement = rubric.get(req_id)
    if fmt == "json":
        return json.dumps(requirement.to_dict(), ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}; valid: json, text")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; valid: {', '.join(LANGUAGES)}")

    def wrap(text: str, indent: str) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width=88, initial_indent=indent,
                             subsequent_indent=indent) or [indent]

    def cue_line(cues: tuple[Cue, ...], indent: str) -> list[str]:
        shown = " | ".join(c.describe() for c in cues if c.lang == lang)
        counts = ", ".join(f"{l} {sum(1 for c in cues if c.lang == l)}" for l in LANGUAGES)
        return wrap(f"{lang} cues: {shown}", indent) + [f"{indent}({counts})"]

    r = requirement
    lines = [f"{r.id}: {r.title}",
             f"group {r.group}, priority {r.priority}; rubric {rubric.id} {rubric.version}",
             f"Sources: {'; '.join(r.sources)}", "", "Statement:"]
    lines += wrap(r.statement, "  ")
    lines += ["", "Anchors (a provision must match a cue of every facet):"]
    for facet in r.anchors:
        lines.append(f"  {facet.name}")
        lines += cue_line(facet.cues, "    ")
    lines += ["", "Elements (* = essential):"]
    for e in r.elements:
        extra = []
        if e.counts_as != "full":
            extra.append(f"counts as {e.counts_as}")
        if e.stands_for:
            extra.append(f"stands for {', '.join(e.stands_for)}")
        if not e.partial_alone:
            extra.append("not partial alone")
        if e.cancelled_by:
            extra.append(f"cancelled by {', '.join(e.cancelled_by)}")
        if e.defined_by:
            extra.append(f"defined by the terms of {e.defined_by}")
        mark = "*" if e.essential else " "
        lines.append(f"  {mark} {e.id} [{e.role}{'; ' + '; '.join(extra) if extra else ''}]: {e.label}")
        lines += wrap(e.description, "      ")
        lines += cue_line(e.cues, "      ")
    rule = r.rule
    lines += ["", "Verdict rule:",
              f"  contradicted when {_RULE_WORDS[rule.contradicted_when]}",
              f"  covered when {_RULE_WORDS[rule.covered_when]} with full credit and nothing narrows it",
              f"  partial when {_RULE_WORDS[rule.partial_when]}, or a covered verdict is narrowed",
              f"  a narrowing match alone gives: {rule.narrowed_alone}",
              "", "Verdicts:"]
    for status in STATUSES:
        if status in r.verdicts:
            lines += wrap(f"{status}: {r.verdicts[status]}", "  ")
    lines += ["", "Guidance:"]
    for status in ("missing", "partial", "contradicted"):
        if status in r.guidance:
            lines += wrap(f"{status}: {r.guidance[status]}", "  ")
    if r.related:
        lines += ["", f"Related: {', '.join(r.related)}"]
    return "\n".join(line.rstrip() for line in lines)
