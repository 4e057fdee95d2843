"""Linking rules (data/linking.yaml): every rule matches its own example, and terms and
references resolve to the right provisions."""
import re

import pytest
import yaml

from gapcheck.link import LINKING_PATH, link, normalise_number
from gapcheck.models import Document
from gapcheck.split import split

DATA = yaml.safe_load(LINKING_PATH.read_text(encoding="utf-8"))
RULES = [(kind, lang, rule) for kind in ("definitions", "general_scope", "references", "amendments", "ages")
         for lang, rs in DATA[kind].items() for rule in rs]


@pytest.mark.parametrize("kind,lang,rule", RULES, ids=[f"{k}-{l}-{r['name']}" for k, l, r in RULES])
def test_every_rule_matches_its_example(kind, lang, rule):
    assert re.search(rule["regex"], rule["example"]), f"{rule['name']} does not match {rule['example']!r}"


@pytest.mark.parametrize("printed,normal", [
    ("163.1", "163.1"), ("§ 184b", "184b"), ("Art. 241-A", "241-a"), ("1º", "1"),
    ("Article 227-23", "227-23"), ("189 bis", "189-bis"),
])
def test_normalise_number(printed, normal):
    assert normalise_number(printed) == normal


def _doc(name, text, lang="en"):
    return Document(path=name, name=name, sha256="", format="txt", text=text, lang=lang)


COMMON_LAW = """Child Safety Act

1 Short title
This Act may be cited as the Child Safety Act.

2 Definitions
(1) In this Act,
“indecent image” means a photograph or film, and includes a computer-generated image;
“child” means a person under 18 years of age.

3 Making indecent images
(1) Every person who makes an indecent image of a child is guilty of an offence.
(2) In subsection (1), making includes copying.

4 Forfeiture
Anything used to commit an offence under section 3(1) may be forfeited.
"""


def test_terms_uses_and_references_resolve():
    document = _doc("act.txt", COMMON_LAW)
    links = link([(document, split(document))])
    terms = {t.term: t for t in links.terms}
    assert {"indecent image", "child"} <= set(terms)
    assert terms["indecent image"].section == "sec_2"
    uses = {(u.section, u.term) for u in links.uses}
    assert ("sec_3", "indecent image") in uses
    assert ("sec_2", "indecent image") not in uses      # the defining section does not "use" it
    targets = {(r.section, r.target) for r in links.references}
    assert ("sec_4", "sec_3__subsec_1") in targets
    assert ("sec_3", "sec_3__subsec_1") in targets      # "subsection (1)" inside section 3


def test_references_across_documents():
    act = _doc("act.txt", COMMON_LAW)
    other = _doc("other.txt", "Other Act\n\n10 Application\nSection 3 applies to bodies corporate.\n")
    links = link([(act, split(act)), (other, split(other))])
    assert any(r.document == "other.txt" and r.target_document == "act.txt" and r.target == "sec_3"
               for r in links.references)


def test_german_reference_with_absatz():
    text = ("Gesetz\n\n§ 11 Begriffe\n(1) Im Sinne dieses Gesetzes ist\n(3) Inhalte sind solche, die in Schriften "
            "enthalten sind.\n\n§ 184b Verbreitung\n(1) Wer einen pornographischen Inhalt (§ 11 Absatz 3) "
            "verbreitet, wird bestraft.\n")
    document = _doc("g.txt", text, "de")
    links = link([(document, split(document))])
    assert any(r.section == "sec_184b" and r.target == "sec_11__subsec_3" for r in links.references)


def test_a_definition_governs_its_own_act_not_another():
    act = _doc("act.txt", COMMON_LAW)
    other = _doc("other.txt", "Other Act\n\n10 Seizure\nA child may not be detained for an indecent image.\n")
    links = link([(act, split(act)), (other, split(other))])
    assert not any(u.document == "other.txt" for u in links.uses)


def test_an_interpretation_act_definition_reaches_every_act():
    dictionary = _doc("dict.txt", "Interpretation Act\n\n1 Words denoting persons\nIn determining the meaning "
                                  "of any Act of Congress, the word “person” includes corporations.\n")
    other = _doc("other.txt", "Other Act\n\n10 Offence\nA person who distributes an image commits an offence.\n")
    links = link([(dictionary, split(dictionary)), (other, split(other))])
    assert any(u.document == "other.txt" and u.term == "person" and u.defined_document == "dict.txt"
               for u in links.uses)
