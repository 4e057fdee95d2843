"""Tests of the rubric as data (rubric/) and of its loader (gapcheck/rubric.py).

Three kinds, as reporters-db tests its catalogue:
- the shipped data: required ids, enums, references, five languages, every cue compiled
  with spaCy, the headline requirements' elements, citations that exist in the sources;
- broken rubrics written into tmp_path, each refused with the file and field named;
- the verdict rule, the content hash and the renderers.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml

from gapcheck import rubric as rubric_mod
from gapcheck.errors import RubricError
from gapcheck.rubric import LANGUAGES, load, render_list, render_show, validate

REQUIRED_IDS = [
    "csam-definition", "csam-offences", "csam-ai-generated", "csam-ai-tools",
    "sale-of-children", "child-prostitution", "grooming", "sexual-extortion",
    "live-streaming", "image-based-abuse", "attempt-complicity", "proportionate-penalties",
    "victim-non-criminalisation", "child-sensitive-justice", "limitation-periods",
    "victim-support-compensation", "corporate-liability", "business-due-diligence",
    "provider-reporting-removal", "extraterritorial-jurisdiction", "extradition",
    "mutual-legal-assistance", "seizure-confiscation", "policy-framework",
    "monitoring-assessment", "prevention", "regulatory-oversight",
]
HEADLINE_IDS = {"csam-ai-generated", "victim-non-criminalisation", "corporate-liability"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SHARED = Path(__file__).resolve().parents[2] / "shared"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def shipped():
    """The repository's rubric, loaded once."""
    return load()


@pytest.fixture(scope="session", params=LANGUAGES)
def blank_nlp(request):
    """One blank spaCy pipeline per language (tokenizer only), built once per session."""
    spacy = pytest.importorskip("spacy")
    return spacy.blank(request.param)


@pytest.fixture
def rubric_copy(tmp_path):
    """A writable copy of the shipped rubric directory; returns its path."""
    target = tmp_path / "rubric"
    shutil.copytree(rubric_mod.RUBRIC_DIR, target,
                    ignore=shutil.ignore_patterns("schema", "__pycache__"))
    return target


def _all_cues(rub):
    """(where, Cue) for every anchor and element cue of the loaded rubric."""
    for requirement in rub:
        for facet in requirement.anchors:
            for cue in facet.cues:
                yield f"{requirement.id}/anchors:{facet.name}", cue
        for element in requirement.elements:
            for cue in element.cues:
                yield f"{requirement.id}/{element.id}", cue


# --------------------------------------------------------------------------- the shipped data


def test_shipped_rubric_is_valid():
    assert validate() == []


def test_manifest_identity(shipped):
    assert shipped.id == "a79-122-opsc"
    assert shipped.version == "1.33.0"
    assert Path(shipped.path) == rubric_mod.DEFAULT_RUBRIC_PATH
    assert {s.id for s in shipped.sources} == {"A/79/122", "OPSC"}
    assert any("Optional Protocol" in s.title for s in shipped.sources)
    assert any("Special Rapporteur" in s.title for s in shipped.sources)


def test_all_required_ids_present_in_order(shipped):
    ids = list(shipped.ids)
    assert [i for i in ids if i in REQUIRED_IDS] == REQUIRED_IDS
    assert len(ids) == len(set(ids))


def test_headline_priorities(shipped):
    assert {r.id for r in shipped if r.priority == "headline"} == HEADLINE_IDS


@pytest.mark.parametrize("req_id", REQUIRED_IDS)
def test_requirement_data(shipped, req_id):
    requirement = shipped.get(req_id)
    assert requirement.path == f"requirements/{req_id}.yaml"
    assert requirement.priority in rubric_mod.PRIORITIES
    assert requirement.group in {g.id for g in shipped.groups}
    assert requirement.sources and requirement.statement and requirement.title
    assert set(requirement.related) <= set(shipped.ids)
    assert req_id not in requirement.related
    # anchors: at least one facet, each with cues in every language
    assert requirement.anchors
    for facet in requirement.anchors:
        assert {c.lang for c in facet.cues} == set(LANGUAGES), facet.name
    # elements: unique kebab ids, valid roles, five languages, at least one essential
    ids = [e.id for e in requirement.elements]
    assert len(ids) == len(set(ids))
    assert any(e.essential for e in requirement.elements)
    for element in requirement.elements:
        assert KEBAB.match(element.id)
        assert element.role in rubric_mod.ROLES
        assert element.counts_as in ("full", "partial")
        if element.reach:
            # Found from cross-references: no cues, but class names in every language.
            assert not element.cues and element.role == "narrows", element.id
            assert {lang for lang, names in element.reach.class_names if names} == set(LANGUAGES), element.id
        else:
            assert {c.lang for c in element.cues} == set(LANGUAGES), element.id
        if element.essential:
            assert element.role == "satisfies"
        for target in element.stands_for:
            assert requirement.element(target).essential
    # verdict words and guidance for every status the rule can produce
    assert {"covered", "partial", "missing"} <= set(requirement.verdicts)
    assert {"missing", "partial"} <= set(requirement.guidance)
    if any(e.role == "contradicts" for e in requirement.elements):
        assert requirement.rule.contradicted_when == "any-contradicts"
        assert "contradicted" in requirement.verdicts and "contradicted" in requirement.guidance


@pytest.mark.parametrize("req_id", sorted(HEADLINE_IDS))
def test_headline_requirements_have_careful_elements(shipped, req_id):
    requirement = shipped.get(req_id)
    assert len(requirement.elements) >= 4
    assert any(e.role in ("narrows", "contradicts") for e in requirement.elements)
    assert sum(e.essential for e in requirement.elements) >= 2


def test_corporate_liability_distinguishes_criminal_from_administrative(shipped):
    requirement = shipped.get("corporate-liability")
    administrative = requirement.element("administrative-or-civil-only")
    assert administrative.counts_as == "partial"
    assert administrative.stands_for == ("criminal-liability",)
    assert requirement.element("criminal-liability").essential
    # an interpretation clause extends the offence-creating word itself, so the (criminal)
    # offences reach companies; a rule merely addressed to "natural or legal persons" does not
    # say that the liability it creates is criminal
    assert requirement.element("person-includes-corporation").stands_for == (
        "legal-persons-liable", "criminal-liability")
    assert requirement.element("natural-or-legal-persons").stands_for == ("legal-persons-liable",)
    assert requirement.verdict({"person-includes-corporation"}) == "covered"
    assert requirement.verdict({"natural-or-legal-persons"}) == "partial"
    assert requirement.verdict({"person-includes-corporation", "natural-persons-only"}) == "partial"


def test_an_element_that_is_not_partial_alone(shipped):
    # rubric 1.11.0: a mention of treaties ("the present chapter applies without prejudice to the
    # extradition conventions") shows nothing about the offences being extraditable; beside another
    # element it counts as before.
    requirement = shipped.get("extradition")
    assert not requirement.element("treaty-or-no-treaty").partial_alone
    assert requirement.element("prosecute-if-not-extradited").partial_alone
    assert requirement.verdict({"treaty-or-no-treaty"}) == "missing"
    assert requirement.verdict({"treaty-or-no-treaty", "grounds-and-procedure"}) == "partial"
    assert requirement.verdict({"prosecute-if-not-extradited"}) == "partial"
    assert requirement.verdict({"extraditable-offences", "prosecute-if-not-extradited", "treaty-or-no-treaty"}) == "covered"



def test_every_pattern_has_an_example(shipped):
    missing = [where for where, cue in _all_cues(shipped) if cue.is_pattern and not cue.example]
    assert missing == []


def test_cues_compile_and_match_with_spacy(shipped, blank_nlp):
    """Every phrase goes into a PhraseMatcher and finds itself; every pattern passes
    Matcher validation and matches its example, on a blank pipeline of its language."""
    from spacy.matcher import Matcher, PhraseMatcher

    lang = blank_nlp.lang
    phrases = PhraseMatcher(blank_nlp.vocab, attr="LOWER")
    patterns = Matcher(blank_nlp.vocab, validate=True)
    failures = []
    count = 0
    for where, cue in _all_cues(shipped):
        if cue.lang != lang:
            continue
        count += 1
        key = f"{where}#{count}"
        if cue.phrase is not None:
            phrases.add(key, [blank_nlp.make_doc(cue.phrase)])
            found = {blank_nlp.vocab.strings[m] for m, _, _ in phrases(blank_nlp.make_doc(cue.phrase))}
            if key not in found:
                failures.append(f"{where}: phrase {cue.phrase!r} does not match itself")
        else:
            try:
                patterns.add(key, [cue.pattern])
            except Exception as exc:  # spaCy raises MatchPatternError / ValueError
                failures.append(f"{where}: pattern does not compile: {exc}")
                continue
            found = {blank_nlp.vocab.strings[m] for m, _, _ in patterns(blank_nlp.make_doc(cue.example))}
            if key not in found:
                failures.append(f"{where}: pattern does not match its example {cue.example!r}")
    assert count > 100
    assert failures == []


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="shared/ sources not present")
def test_every_citation_exists_in_the_sources(shipped):
    """'A/79/122 para 97(b)' must name a paragraph (and sub-letter) of the report;
    'OPSC art. 3(1)(c)' an article, paragraph and sub-letter of the Protocol."""
    report = (SHARED / "sources" / "A-79-122-report.md").read_text(encoding="utf-8")
    opsc = (SHARED / "laws" / "intl" / "opsc-2000.txt").read_text(encoding="utf-8")
    paras: dict[int, str] = {}
    current = None
    for line in report.splitlines():
        m = re.match(r"^(?:- )?(\d{1,3})\. ", line)
        if m and (current is None or int(m.group(1)) == current + 1):
            current = int(m.group(1))
            paras[current] = ""
        if current is not None:
            paras[current] += line + "\n"
    articles = {int(m.group(1)): m.group(2) for m in re.finditer(
        r"^Article (\d+)\n(.*?)(?=^Article \d+\n|\Z)", opsc, re.S | re.M)}
    assert len(paras) == 102 and len(articles) == 17

    def exists(citation: str) -> bool:
        m = re.match(r"A/79/122 paras (\d+)-(\d+)$", citation)
        if m:
            return all(int(n) in paras for n in m.groups())
        m = re.match(r"A/79/122 para (\d+)(?:\(([a-z])\))?$", citation)
        if m:
            text = paras.get(int(m.group(1)))
            return text is not None and (not m.group(2) or f"- ({m.group(2)}) " in text)
        m = re.match(r"OPSC art\. (\d+)(?:\((\d)\))?(?:\(([a-z])\))?(?:\(([ivx]+)\))?$", citation)
        text = articles.get(int(m.group(1)))
        if text is None:
            return False
        if m.group(2):
            part = re.search(rf"^{m.group(2)}\. (.*?)(?=^\d+\. |\Z)", text, re.S | re.M)
            if not part:
                return False
            text = part.group(1)
        return all(re.search(rf"^\({sub}\) ", text, re.M) for sub in m.groups()[2:] if sub)

    bad = [f"{r.id}: {c}" for r in shipped for c in r.sources if not exists(c)]
    assert bad == []


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="shared/ sources not present")
def test_statements_and_guidance_are_not_copied_from_the_sources(shipped):
    """Our words, not the sources': no run of eight words taken over from the report or the OPSC."""
    def words(text):
        return re.findall(r"[a-z0-9]+", text.lower())

    run = 8
    source = words((SHARED / "sources" / "A-79-122-report.md").read_text(encoding="utf-8"))
    source += ["|"] + words((SHARED / "laws" / "intl" / "opsc-2000.txt").read_text(encoding="utf-8"))
    grams = {tuple(source[i:i + run]) for i in range(len(source) - run + 1)}
    copied = []
    for requirement in shipped:
        texts = [requirement.statement, *requirement.verdicts.values(), *requirement.guidance.values()]
        texts += [t for e in requirement.elements for t in (e.label, e.description)]
        for text in texts:
            w = words(text)
            copied += [f"{requirement.id}: {' '.join(w[i:i + run])}"
                       for i in range(len(w) - run + 1) if tuple(w[i:i + run]) in grams]
    assert copied == []


# --------------------------------------------------------------------------- the verdict rule

VERDICT_CASES = [
    # (requirement, matched elements, expected status)
    ("corporate-liability", [], "missing"),
    ("corporate-liability", ["legal-persons-liable", "criminal-liability"], "covered"),
    ("corporate-liability", ["person-includes-corporation", "criminal-liability"], "covered"),
    ("corporate-liability", ["legal-persons-liable", "administrative-or-civil-only"], "partial"),
    ("corporate-liability", ["legal-persons-liable", "criminal-liability", "intermediary-immunity"], "partial"),
    ("corporate-liability", ["sanctions-for-legal-persons"], "partial"),
    ("corporate-liability", ["natural-persons-only"], "missing"),
    ("victim-non-criminalisation", ["non-punishment-clause", "self-generated-private-use"], "covered"),
    # rubric 1.4.0: a close-in-age rule mostly reaches sexual-contact offences, not the making of
    # images; it earns partial credit and no longer stands for the self-made-image protection
    ("victim-non-criminalisation", ["non-punishment-clause", "close-in-age-exception"], "partial"),
    ("victim-non-criminalisation", ["coercion-exception", "self-generated-private-use"], "partial"),
    ("victim-non-criminalisation", ["juvenile-justice-only"], "partial"),
    ("victim-non-criminalisation", ["non-punishment-clause", "self-generated-private-use",
                                    "punishes-self-images"], "contradicted"),
    ("victim-non-criminalisation", ["punishes-child-in-prostitution"], "contradicted"),
    ("victim-non-criminalisation", [], "missing"),
    ("csam-ai-generated", ["computer-generated", "non-photographic", "morphed-real-child",
                           "appears-to-be-child"], "covered"),
    ("csam-ai-generated", ["computer-generated", "non-photographic", "morphed-real-child",
                           "appears-to-be-child", "realistic-only"], "partial"),
    ("csam-ai-generated", ["non-photographic"], "partial"),
    ("csam-ai-generated", ["real-child-required"], "missing"),
    ("csam-ai-generated", ["computer-generated", "virtual-material-excluded"], "contradicted"),
    ("limitation-periods", ["delayed-start"], "covered"),       # any-essential
    ("limitation-periods", ["civil-claims"], "partial"),
    ("child-prostitution", ["procure-provide", "buyer-offence"], "covered"),
]


@pytest.mark.parametrize("req_id,matched,expected", VERDICT_CASES)
def test_verdict(shipped, req_id, matched, expected):
    assert shipped.get(req_id).verdict(matched) == expected


def test_verdict_rejects_unknown_elements(shipped):
    with pytest.raises(ValueError, match="no-such-element"):
        shipped.get("grooming").verdict(["no-such-element"])


@pytest.mark.parametrize("req_id", REQUIRED_IDS)
def test_every_requirement_can_be_covered_and_missing(shipped, req_id):
    requirement = shipped.get(req_id)
    assert requirement.verdict([]) == "missing"
    full = [e.id for e in requirement.elements if e.role == "satisfies" and e.counts_as == "full"]
    assert requirement.verdict(full) == "covered"


# --------------------------------------------------------------------------- hash, model, renderers


def test_hash_is_stable_and_follows_content(shipped, rubric_copy):
    assert load(rubric_copy).sha256 == shipped.sha256
    # mtimes and YAML formatting do not count
    grooming = rubric_copy / "requirements" / "grooming.yaml"
    os.utime(grooming, (0, 0))
    data = yaml.safe_load(grooming.read_text(encoding="utf-8"))
    grooming.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=60),
                        encoding="utf-8")
    assert load(rubric_copy).sha256 == shipped.sha256
    # content does
    data["elements"][0]["cues"]["en"].append("enticement")
    grooming.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    changed = load(rubric_copy).sha256
    assert changed != shipped.sha256 and len(changed) == 64


def test_load_accepts_the_directory_or_the_manifest(rubric_copy):
    assert load(rubric_copy).sha256 == load(rubric_copy / "rubric.yaml").sha256


def test_model_is_frozen_and_cues_are_safe_to_use(shipped):
    requirement = shipped.get("csam-ai-generated")
    with pytest.raises(AttributeError):
        requirement.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        requirement.verdicts["covered"] = "x"  # type: ignore[index]
    cue = next(c for c in requirement.element("real-child-required").cues if c.is_pattern)
    pattern = cue.pattern
    pattern.append({"LOWER": "x"})
    assert cue.pattern != pattern          # a fresh copy each time
    assert hash(cue) == hash(cue)          # usable as a dict key
    assert {requirement: 1}[requirement] == 1
    assert requirement.anchors_for("de") and all(requirement.anchors_for("de"))


def test_to_dict_is_plain_json(shipped):
    data = json.loads(json.dumps(shipped.to_dict()))
    assert data["sha256"] == shipped.sha256
    assert [r["id"] for r in data["requirements"]] == list(shipped.ids)
    element = data["requirements"][2]["elements"][0]
    assert set(element["cues"]) == set(LANGUAGES)


def test_render_list_json_contract(shipped):
    listed = json.loads(render_list(shipped, "json"))
    assert [item["id"] for item in listed] == list(shipped.ids)
    assert all(set(item) == {"id", "title", "sources"} for item in listed)
    assert all(isinstance(item["sources"], list) and item["sources"] for item in listed)


def test_render_list_text(shipped):
    text = render_list(shipped, "text")
    assert text.splitlines()[2].split()[:3] == ["ID", "PRIORITY", "GROUP"]
    for req_id in REQUIRED_IDS:
        assert req_id in text
    assert shipped.sha256[:12] in text


def test_render_show(shipped):
    shown = json.loads(render_show(shipped, "corporate-liability", "json"))
    assert shown == shipped.get("corporate-liability").to_dict()
    text = render_show(shipped, "corporate-liability", "text")
    for needle in ("* legal-persons-liable", "* criminal-liability", "counts as partial",
                   "Verdict rule:", "Guidance:", "OPSC art. 3(4)", "missing:"):
        assert needle in text


def test_render_show_unknown_id_suggests_a_close_match(shipped):
    with pytest.raises(RubricError, match=r"unknown requirement 'groming'; did you mean 'grooming'\?"):
        render_show(shipped, "groming", "text")
    with pytest.raises(RubricError, match="valid ids: csam-definition"):
        shipped.get("zzz")


@pytest.mark.parametrize("fmt", ["xml", ""])
def test_renderers_reject_unknown_formats(shipped, fmt):
    with pytest.raises(ValueError, match="valid: json, text"):
        render_list(shipped, fmt)


# --------------------------------------------------------------------------- broken rubrics


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _req(name):
    return lambda root: root / "requirements" / f"{name}.yaml"


def _edit_req(name, change):
    return lambda root: _edit(_req(name)(root), change)


def _write(relative, text):
    return lambda root: (root / relative).write_text(text, encoding="utf-8")


def _reach(data):
    """The limitation requirement's element found from references."""
    return next(e for e in data["elements"] if "reach" in e)


def _drop_language(data):
    del data["elements"][2]["cues"]["fr"]


def _duplicate_requirement(root):
    shutil.copy(root / "requirements" / "grooming.yaml", root / "requirements" / "grooming-copy.yaml")
    _edit(root / "rubric.yaml", lambda d: d["requirements"].append("requirements/grooming-copy.yaml"))


BROKEN = [
    # (case, how to break the copy, file named, field named, words in the problem)
    ("missing field", _edit_req("grooming", lambda d: d.pop("statement")),
     "grooming.yaml", "statement", "required field missing"),
    ("unknown key", _edit_req("grooming", lambda d: d["elements"][0].update(colour="red")),
     "grooming.yaml", "elements[0].colour", "unknown key 'colour'; valid keys:"),
    ("unknown top-level key", _edit_req("grooming", lambda d: d.update(notes="x")),
     "grooming.yaml", "notes", "unknown key 'notes'"),
    ("bad priority", _edit_req("grooming", lambda d: d.update(priority="urgent")),
     "grooming.yaml", "priority", "invalid value 'urgent'; valid: headline, core, supporting"),
    ("bad role", _edit_req("grooming", lambda d: d["elements"][1].update(role="supports")),
     "grooming.yaml", "elements[1].role", "invalid value 'supports'"),
    ("bad type", _edit_req("grooming", lambda d: d["elements"][1].update(essential="yes")),
     "grooming.yaml", "elements[1].essential", "expected a boolean"),
    ("bad rule", _edit_req("grooming", lambda d: d["verdicts"]["rule"].update(covered_when="most")),
     "grooming.yaml", "verdicts.rule.covered_when", "invalid value 'most'"),
    ("bad citation", _edit_req("grooming", lambda d: d["sources"].__setitem__(0, "A/79/122 paragraph 25")),
     "grooming.yaml", "sources[0]", "not in the expected form"),
    ("unknown group", _edit_req("grooming", lambda d: d.update(group="misc")),
     "grooming.yaml", "group", "unknown group 'misc'"),
    ("dangling related id", _edit_req("grooming", lambda d: d["related"].append("sextortion")),
     "grooming.yaml", "related[4]", "related id 'sextortion' is not a requirement"),
    ("dangling partial_only_in id", _edit_req("image-based-abuse", lambda d: d.__setitem__("partial_only_in", ["csam-offense"])),
     "image-based-abuse.yaml", "partial_only_in[0]", "partial_only_in id 'csam-offense' is not a requirement; did you mean 'csam-offences'?"),
    ("duplicate element id", _edit_req("grooming", lambda d: d["elements"][1].update(id=d["elements"][0]["id"])),
     "grooming.yaml", "elements[1].id", "duplicate element id"),
    ("duplicate requirement id", _duplicate_requirement,
     "grooming-copy.yaml", "id", "must equal the file name"),
    ("language missing", _edit_req("grooming", _drop_language),
     "grooming.yaml", "elements[2].cues.fr", "required languages missing: fr"),
    ("unknown language", _edit_req("grooming", lambda d: d["elements"][0]["cues"].update(it=["adescamento"])),
     "grooming.yaml", "elements[0].cues.it", "unknown key 'it'"),
    ("empty cue list", _edit_req("grooming", lambda d: d["elements"][0]["cues"].update(de=[])),
     "grooming.yaml", "elements[0].cues.de", "must not be empty"),
    ("cue of wrong type", _edit_req("grooming", lambda d: d["elements"][0]["cues"]["en"].append(7)),
     "grooming.yaml", "elements[0].cues.en[", "expected a string or a mapping, got an integer"),
    ("unknown token attribute", _edit_req("grooming", lambda d: d["elements"][0]["cues"]["en"].append(
        {"pattern": [{"LEMMA": "groom"}], "example": "groomed"})),
     "grooming.yaml", ".pattern[0].LEMMA", "unknown key 'LEMMA'"),
    ("regex that does not compile", _edit_req("grooming", lambda d: d["elements"][0]["cues"]["en"].append(
        {"pattern": [{"LOWER": {"REGEX": "^(groom"}}], "example": "groom"})),
     "grooming.yaml", ".pattern[0].LOWER.REGEX", "does not compile"),
    ("pattern matching anything", _edit_req("grooming", lambda d: d["elements"][0]["cues"]["en"].append(
        {"pattern": [{"OP": "*"}], "example": "x"})),
     "grooming.yaml", ".pattern", "no token is both required and constrained"),
    ("duplicate cue", _edit_req("grooming", lambda d: d["elements"][0]["cues"]["en"].append("GROOMING")),
     "grooming.yaml", "elements[0].cues.en[", "duplicate cue"),
    ("no essential element", _edit_req("grooming", lambda d: [e.update(essential=False) for e in d["elements"]]),
     "grooming.yaml", "elements", "no essential element"),
    ("essential narrowing", _edit_req("grooming", lambda d: d["elements"][3].update(essential=True)),
     "grooming.yaml", "elements[3].essential", "only a 'satisfies' element can be essential"),
    ("scope on a satisfies element", _edit_req("grooming", lambda d: d["elements"][0].update(scope="section")),
     "grooming.yaml", "elements[0].scope", "scope applies only to 'narrows' elements"),
    ("unknown scope", _edit_req("grooming", lambda d: d["elements"][3].update(scope="chapter")),
     "grooming.yaml", "elements[3].scope", "invalid value 'chapter'"),
    ("general on a narrowing", _edit_req("grooming", lambda d: d["elements"][3].update(general=True)),
     "grooming.yaml", "elements[3].general", "general applies only to 'satisfies' elements"),
    ("general not a boolean", _edit_req("grooming", lambda d: d["elements"][0].update(general="yes")),
     "grooming.yaml", "elements[0].general", "expected a boolean (true/false), got a string"),
    ("stands_for a non-essential element", _edit_req(
        "corporate-liability", lambda d: d["elements"][1].update(stands_for="sanctions-for-legal-persons")),
     "corporate-liability.yaml", "elements[1].stands_for", "is not essential"),
    ("absorbs naming an unknown element", _edit_req("grooming", lambda d: d["elements"][0].update(absorbs=["no-such"])),
     "grooming.yaml", "elements[0].absorbs", "no other element 'no-such'"),
    ("outside_offences on a narrowing", _edit_req("grooming", lambda d: d["elements"][3].update(outside_offences=True)),
     "grooming.yaml", "elements[3].outside_offences", "outside_offences applies only to 'satisfies' elements"),
    ("partial_alone on a narrowing", _edit_req("grooming", lambda d: d["elements"][3].update(partial_alone=False)),
     "grooming.yaml", "elements[3].partial_alone", "partial_alone applies only to 'satisfies' elements"),
    ("partial_alone not a boolean", _edit_req("grooming", lambda d: d["elements"][0].update(partial_alone="no")),
     "grooming.yaml", "elements[0].partial_alone", "expected a boolean"),
    ("cancelled_by on a satisfies element", _edit_req(
        "grooming", lambda d: d["elements"][0].update(cancelled_by=["online-means"])),
     "grooming.yaml", "elements[0].cancelled_by", "applies only to 'narrows' elements"),
    ("cancelled_by naming a narrowing", _edit_req(
        "grooming", lambda d: next(e for e in d["elements"] if e["id"] == "lower-age-threshold").update(
            cancelled_by=["meeting-required"])),
     "grooming.yaml", "cancelled_by", "is not a 'satisfies' element"),
    ("reach naming an unknown element", _edit_req(
        "limitation-periods", lambda d: _reach(d)["reach"]["limits"].append("no-such")),
     "limitation-periods.yaml", "reach.limits[2]", "no element 'no-such'"),
    ("reach naming a narrowing", _edit_req(
        "limitation-periods", lambda d: _reach(d)["reach"]["limits"].append("listed-offences-only")),
     "limitation-periods.yaml", "reach.limits[2]", "is not a 'satisfies' element"),
    ("reach naming an unknown requirement", _edit_req(
        "limitation-periods", lambda d: _reach(d)["reach"]["offences_of"].append("sextortion")),
     "limitation-periods.yaml", "reach.offences_of[3]", "'sextortion' is not a requirement"),
    ("reach with cues", _edit_req(
        "limitation-periods", lambda d: _reach(d).update(cues={"en": ["x"]})),
     "limitation-periods.yaml", "cues", "has no cues"),
    ("reach on a satisfies element", _edit_req(
        "limitation-periods", lambda d: _reach(d).update(role="satisfies")),
     "limitation-periods.yaml", "reach", "applies only to 'narrows' elements"),
    ("reach class names missing a language", _edit_req(
        "limitation-periods", lambda d: _reach(d)["reach"]["class_names"].pop("de")),
     "limitation-periods.yaml", "reach.class_names", "required languages missing: de"),
    ("element without cues or reach", _edit_req("grooming", lambda d: d["elements"][0].pop("cues")),
     "grooming.yaml", "elements[0].cues", "required field missing"),
    ("unknown title_context", _edit_req("monitoring-assessment", lambda d: d.update(title_context="everything")),
     "monitoring-assessment.yaml", "title_context", "everything"),
    ("stands_for list naming an unknown element", _edit_req(
        "corporate-liability", lambda d: d["elements"][1].update(stands_for=["legal-persons-liable", "no-such"])),
     "corporate-liability.yaml", "elements[1].stands_for", "no element 'no-such'"),
    ("contradiction rule without contradicting elements", _edit_req(
        "grooming", lambda d: d["verdicts"]["rule"].update(contradicted_when="any-contradicts")),
     "grooming.yaml", "verdicts.rule.contradicted_when", "must be never"),
    ("unknown anchor set", _edit_req("grooming", lambda d: d.update(anchor_sets=["child", "kids"])),
     "grooming.yaml", "anchor_sets[1]", "unknown anchor set 'kids'"),
    ("defined_by naming an unknown anchor set", _edit_req(
        "csam-definition", lambda d: d["elements"][3].update(defined_by="kids")),
     "csam-definition.yaml", "elements[3].defined_by", "unknown anchor set 'kids'"),
    ("hostile YAML tag", _write("requirements/grooming.yaml",
                                "id: !!python/object/apply:os.system ['echo pwned']\n"),
     "grooming.yaml", None, "YAML tag not allowed"),
    ("invalid YAML", _write("requirements/grooming.yaml", "id: grooming\ntitle: [unclosed\ngroup: x\n"),
     "grooming.yaml", None, "invalid YAML at line"),
    ("duplicate YAML key", _write("requirements/grooming.yaml", "id: grooming\nid: other\n"),
     "grooming.yaml", None, "duplicate key 'id'"),
    ("empty file", _write("requirements/grooming.yaml", ""),
     "grooming.yaml", None, "file is empty"),
    ("only comments", _write("requirements/grooming.yaml", "# nothing yet\n"),
     "grooming.yaml", None, "file is empty"),
    ("not a mapping", _write("requirements/grooming.yaml", "- id: grooming\n"),
     "grooming.yaml", None, "expected a mapping at the top level, got a list"),
    ("unknown file", _write("requirements/draft-notes.yaml", "id: draft-notes\n"),
     "draft-notes.yaml", None, "unknown file: not listed"),
    ("listed file missing", lambda root: (root / "requirements" / "grooming.yaml").unlink(),
     "rubric.yaml", "requirements[6]", "listed file 'requirements/grooming.yaml' not found"),
    ("manifest unknown key", lambda root: _edit(root / "rubric.yaml", lambda d: d.update(owner="me")),
     "rubric.yaml", "owner", "unknown key 'owner'"),
    ("manifest unquoted version", lambda root: _edit(root / "rubric.yaml", lambda d: d.update(version=1.0)),
     "rubric.yaml", "version", "expected a string, got a number"),
    ("counted gap too long", _edit_req("grooming", lambda d: d["elements"][0]["cues"]["en"].append(
        {"pattern": [{"LOWER": "child"}, {"OP": "{,40}"}, {"LOWER": "meeting"}]})),
     "grooming.yaml", "elements[0].cues.en", "allows more than 16 tokens"),
    ("anchors_include unknown set", _edit_req("proportionate-penalties", lambda d: d.update(
        anchors_include=["child-sexual-exploitation", "no-such-set"])),
     "proportionate-penalties.yaml", "anchors_include[1]", "unknown anchor set 'no-such-set'"),
    ("anchors_include without anchors", _edit_req("proportionate-penalties", lambda d: d.pop("anchors")),
     "proportionate-penalties.yaml", "anchors_include", "needs anchors"),
    ("anchor set missing a language", lambda root: _edit(
        root / "rubric.yaml", lambda d: d["anchor_sets"]["child"]["cues"].pop("pt")),
     "rubric.yaml", "anchor_sets.child.cues.pt", "required languages missing: pt"),
]


@pytest.mark.parametrize("case,breaker,filename,field,problem", BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_rubric_is_refused(rubric_copy, case, breaker, filename, field, problem):
    breaker(rubric_copy)
    problems = validate(rubric_copy)

    def named(line: str) -> bool:
        where, _, said = line.partition(": ")
        bracket = re.search(r" \[(.*)\]$", where)
        field_ok = bracket is None if field is None else bool(bracket) and field in bracket.group(1)
        return filename in where and field_ok and problem in said

    expected = [p for p in problems if named(p)]
    assert expected, f"{case}: no problem like {filename} [{field}]: {problem} in {problems}"
    with pytest.raises(RubricError) as raised:
        load(rubric_copy)
    message = str(raised.value)
    assert raised.value.path.endswith(".yaml")
    assert message.startswith(raised.value.path)
    assert problems[0] in message   # load reports the first problem validate lists


def test_error_message_format(rubric_copy):
    _edit(rubric_copy / "requirements" / "grooming.yaml", _drop_language)
    with pytest.raises(RubricError) as raised:
        load(rubric_copy)
    assert re.fullmatch(r".*requirements/grooming\.yaml \[elements\[2\]\.cues\.fr\]: "
                        r"required languages missing: fr", str(raised.value))
    assert raised.value.field == "elements[2].cues.fr"


def test_several_problems_are_counted(rubric_copy):
    _edit(rubric_copy / "requirements" / "grooming.yaml",
          lambda d: d.update(priority="urgent", group="misc", notes="x"))
    assert len(validate(rubric_copy)) == 2   # schema problems stop the semantic checks of that file
    with pytest.raises(RubricError, match=r"\(and 1 more problem; validate lists them all\)"):
        load(rubric_copy)


def test_missing_rubric(tmp_path):
    with pytest.raises(RubricError, match="file not found"):
        load(tmp_path / "nowhere")
    assert validate(tmp_path / "nowhere.yaml")[0].endswith("file not found")


def test_anchors_include_pools_shared_sets_into_the_own_facet():
    # rubric 1.7.0: proportionate penalties names its sexual-exploitation facet by its own anchors
    # and by the csam and child-sexual-exploitation sets, without repeating them.
    shipped = load()
    requirement = next(r for r in shipped.requirements if r.id == "proportionate-penalties")
    own = next(f for f in requirement.anchors if f.name == requirement.id)
    phrases = {(c.lang, c.phrase) for c in own.cues if c.phrase}
    assert ("en", "objectionable publication") in phrases       # from the csam set
    assert ("fr", "pornographie infantile") in phrases
    assert ("en", "sexual touching") in phrases                 # its own anchor
    assert len(requirement.anchors) == 2                        # child, and the pooled own facet


def test_load_gives_back_the_rubric_it_loaded_until_a_file_changes(rubric_copy):
    first = load(rubric_copy)
    assert load(rubric_copy) is first
    path = rubric_copy / "requirements" / "grooming.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Renamed ", 1), encoding="utf-8")
    changed = load(rubric_copy)
    assert changed is not first and changed.sha256 != first.sha256
    assert next(r for r in changed.requirements if r.id == "grooming").title.startswith("Renamed")
