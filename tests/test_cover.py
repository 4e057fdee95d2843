"""Verdicts, evidence chains, the graph and determinism, on texts written for the tests and on
the bundled fictional laws (laws/expected.yaml holds a person's expected verdicts)."""
import io
import json
from pathlib import Path

import networkx as nx
import pytest
import yaml

from gapcheck.analysis import analyze, analyze_documents, to_json
from gapcheck.graph import build, export
from gapcheck.models import Document

LAWS = Path(__file__).resolve().parent.parent / "laws"
EXPECTED = yaml.safe_load((LAWS / "expected.yaml").read_text(encoding="utf-8"))

OFFENCE_USES_DEFINITION = """Child Safety Act

2 Definitions
In this Act, “child sexual abuse material” means a photograph or film of a person under 18 years of age engaged in explicit sexual activity, and includes a computer-generated image that appears to depict such a person.

7 Making child sexual abuse material
Every person who makes child sexual abuse material is guilty of an indictable offence and liable to imprisonment for a term of not more than 10 years.
"""


def _analyse(text, lang="en", name="act.txt"):
    return analyze_documents([Document(name, name, "0" * 64, "txt", text, lang)])


def test_offence_inherits_the_definition_through_a_via_chain():
    analysis = _analyse(OFFENCE_USES_DEFINITION)
    verdict = next(v for v in analysis.verdicts if v.requirement.id == "csam-ai-generated")
    chained = [e for e in verdict.evidence if e.via]
    assert chained, "no evidence reached through a definition"
    e = next(e for e in chained if e.element == "computer-generated")
    step = e.via[0]
    # Walk the chain: from the offence, by the defined term, to the definition that holds the quote.
    assert step["from"] == "sec_7" and step["kind"] == "term"
    assert step["label"] == "child sexual abuse material"
    assert step["provision"] == "sec_2" and e.provision == "sec_2"
    document = analysis.documents[0]
    assert document.text[e.start:e.end] == e.quote and "computer-generated" in e.quote
    assert verdict.status in ("covered", "partial")


# A list of definitions under one lead-in: the item ("1° enfant : toute personne ...") does not say
# itself that it defines; the lead-in above it does, for every item.
LISTED_DEFINITIONS = {
    "fr": ("Article 2 : Définitions\n\nDans la présente loi, les termes ci-dessous s'entendent comme suit :\n"
           "1° enfant : toute personne qui n'a pas encore atteint l'âge de dix-huit ans ;\n"
           "2° réseau : tout ensemble de moyens de communication électronique.\n\n"
           "Article 9 : Définition\n\nOn entend par « pornographie infantile » toute image, vidéo ou autre "
           "représentation, sur un support quelconque, qui montre un enfant engagé dans un comportement "
           "sexuellement explicite, ou les parties génitales d'un enfant à des fins sexuelles.\n"),
    "es": ("Artículo 2. Definiciones. Para los efectos de esta ley se entenderá por:\n"
           "a) Niño: toda persona que no haya cumplido dieciocho años de edad.\n"
           "b) Red: todo conjunto de medios de comunicación electrónica.\n\n"
           "Artículo 9. Material de abuso sexual infantil. Se entiende por material de abuso sexual infantil "
           "toda representación, por cualquier medio, de un niño en actividades sexuales explícitas, reales o "
           "simuladas, o de los órganos genitales de un niño con fines sexuales.\n"),
}


@pytest.mark.parametrize("lang", sorted(LISTED_DEFINITIONS))
def test_an_item_of_a_definitions_list_speaks_through_its_lead_in(lang):
    analysis = _analyse(LISTED_DEFINITIONS[lang], lang=lang)
    verdict = next(v for v in analysis.verdicts if v.requirement.id == "csam-definition")
    age = [e for e in verdict.evidence if e.element == "child-under-18"]
    assert age and all(e.via and e.via[0]["kind"] == "term" for e in age)
    assert verdict.status == "covered"


@pytest.fixture(scope="module")
def avalonia():
    return analyze([LAWS / "avalonia" / "child-online-protection-act.txt"])


def test_every_verdict_is_traceable(avalonia):
    texts = {d.name: d.text for d in avalonia.documents}
    ids = {d.name: {p.id for p in avalonia.provisions[d.name]} for d in avalonia.documents}
    for verdict in avalonia.verdicts:
        if verdict.status != "missing":
            assert verdict.evidence, f"{verdict.requirement.id} is {verdict.status} without evidence"
        for e in verdict.evidence:
            assert e.provision in ids[e.document]
            assert texts[e.document][e.start:e.end] == e.quote
            for step in e.via:
                assert step["provision"] in ids[step["document"]]


def test_headline_contradiction_in_avalonia(avalonia):
    verdict = next(v for v in avalonia.verdicts if v.requirement.id == "victim-non-criminalisation")
    assert verdict.status == "contradicted"
    assert any(e.provision == "sec_12__subsec_3" and e.polarity == "contradicts" for e in verdict.evidence)


def test_bundled_laws_show_every_status():
    statuses = set()
    for folder in ("avalonia", "valmont", "costa-serena", "terra-nova"):
        files = sorted(p for p in (LAWS / folder).glob("*.txt") if "bill" not in p.name)
        statuses |= {v.status for v in analyze(files).verdicts}
    assert statuses == {"covered", "partial", "missing", "contradicted"}


def test_expected_verdicts_of_bundled_laws_cover_every_status():
    seen = {v["status"] for doc in EXPECTED["documents"].values() for v in doc["verdicts"].values()}
    assert seen == {"covered", "partial", "missing", "contradicted"}


def test_json_and_graph_are_byte_identical_across_runs(avalonia):
    again = analyze([LAWS / "avalonia" / "child-online-protection-act.txt"])
    assert to_json(avalonia) == to_json(again)
    for fmt in ("graphml", "gexf", "json"):
        assert export(build(avalonia), fmt) == export(build(again), fmt)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_exports_load_in_networkx(avalonia, fmt):
    text = export(build(avalonia), fmt)
    if fmt == "graphml":
        graph = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    elif fmt == "gexf":
        graph = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    else:
        graph = nx.node_link_graph(json.loads(text), edges="links")
    kinds = {data.get("kind") for _, data in graph.nodes(data=True)}
    assert {"document", "provision", "requirement", "element"} <= kinds
    edge_kinds = {data.get("kind") for *_, data in graph.edges(data=True)}
    assert {"part-of", "has-element"} <= edge_kinds
    assert edge_kinds & {"satisfies", "partly-satisfies"}
    assert "contradicts" in edge_kinds


def test_json_contract(avalonia):
    payload = json.loads(to_json(avalonia))
    assert set(payload["rubric"]) == {"id", "version", "sha256"}
    assert payload["documents"][0]["name"] == "child-online-protection-act.txt"
    first = payload["requirements"][0]
    assert {"id", "title", "status", "elements", "evidence", "guidance"} <= set(first)
    for requirement in payload["requirements"]:
        for e in requirement["evidence"]:
            assert {"document", "provision", "section", "quote", "start", "end", "score", "via"} <= set(e)
        if requirement["status"] != "covered":
            assert requirement["guidance"]


def _evidence(element, section, polarity="supports"):
    from gapcheck.cover import Evidence
    return Evidence("act.txt", f"{section}__subsec_1", section[4:], element, "q", 0, 1, 1.0, "test", polarity)


@pytest.mark.parametrize("requirement_id", ["grooming", "proportionate-penalties"])
def test_a_narrowing_limits_what_its_scope_says(requirement_id):
    from gapcheck.cover import _verdict
    from gapcheck.rubric import load
    requirement = next(r for r in load().requirements if r.id == requirement_id)
    essential = [e.id for e in requirement.elements if e.essential]
    narrowing = next(e for e in requirement.elements if e.role == "narrows"
                     and e.scope == ("section" if requirement_id == "grooming" else "law"))
    met = [_evidence(e, "sec_7") for e in essential]
    # The narrowing stands in another section that also meets the elements.
    elsewhere = met + [_evidence(e, "sec_8") for e in essential] + [_evidence(narrowing.id, "sec_8", "narrows")]
    # The narrowing stands in the only section that meets them.
    same = met + [_evidence(narrowing.id, "sec_7", "narrows")]
    assert _verdict(requirement, met).status == "covered"
    assert _verdict(requirement, same).status == "partial"
    expected = "covered" if narrowing.scope == "section" else "partial"
    assert _verdict(requirement, elsewhere).status == expected


def test_the_bill_case_is_scored_on_the_law_as_amended():
    from gapcheck.evaluate import evaluate_verdicts, verdict_cases
    cases = {c.name: c for c in verdict_cases([LAWS / "expected.yaml"])}
    case = cases["avalonia-act-as-amended-by-bill"]
    assert [p.name for p in case.bills] == ["child-online-protection-amendment-bill.txt"]
    assert not cases["avalonia-act"].bills
    report = evaluate_verdicts([case])
    rows = {r["id"]: r for r in report["rows"]}
    assert len(rows) == 27
    # s. 12(3), which punishes children for images of themselves, is repealed by the bill.
    assert rows["victim-non-criminalisation"]["got"] != "contradicted"
    assert report["by_group"]["development"]["n"] == 27


GENERAL_EXTORTION = {
    "en": """Criminal Offences Act

12 Extortion
Every person who, by threats, induces another person to deliver anything is guilty of an offence and liable to imprisonment for a term of not more than 14 years.
""",
    "de": """Strafgesetz

§ 12 Erpressung
Wer einen anderen durch Drohung mit einem empfindlichen Übel zu einer Handlung nötigt, wird mit Freiheitsstrafe bis zu fünf Jahren bestraft.
""",
    "es": """Ley Penal

Artículo 12. Extorsión
El que, con ánimo de lucro, obligare a otro con amenaza o intimidación a realizar un acto será castigado con la pena de prisión de uno a cinco años.
""",
}

NO_OFFENCE = """Witness Act

12 Protection
A court may make an order to protect a witness who has been threatened.
"""


def _status(analysis, requirement_id):
    return next(v for v in analysis.verdicts if v.requirement.id == requirement_id)


def test_a_general_coercion_offence_earns_partial_credit_only():
    # rubric 1.4.0: coercing a person into sexual conduct ("constreñir") is a general coercion offence
    text = ("Código\n\nArtículo 38. El que constriña a cualquier persona al comercio carnal incurrirá en "
            "prisión de nueve a trece años.\n")
    verdict = _status(_analyse(text, "es"), "sexual-extortion")
    assert verdict.status == "partial"
    assert [e.element for e in verdict.evidence] == ["threat-or-coercion"]


@pytest.mark.parametrize("lang", sorted(GENERAL_EXTORTION))
def test_a_general_extortion_offence_earns_partial_credit_only(lang):
    verdict = _status(_analyse(GENERAL_EXTORTION[lang], lang), "sexual-extortion")
    assert verdict.status == "partial"
    assert verdict.evidence and all(e.rule == "general:sexual-extortion" for e in verdict.evidence)
    assert {e.element for e in verdict.evidence} == {"threat-or-coercion"}


def test_a_threat_that_is_not_an_offence_earns_nothing():
    # "threatened" is there, but the section punishes nobody: no general offence.
    assert _status(_analyse(NO_OFFENCE), "sexual-extortion").status == "missing"


# Grooming that protects only children below sixteen (or fourteen) leaves older children
# outside it: partial. A section that also protects everyone under eighteen (in another
# branch) is not limited (``cancelled_by``). (lang, offence text with {age}, lower, eighteen)
GROOMING_AGES = {
    "en": ("Act\n\n14 Luring a child\nEvery person who, by means of telecommunication, communicates with a person "
           "who is under the age of {age} years for the purpose of facilitating the commission of a sexual offence "
           "against that person is guilty of an offence and liable to imprisonment for a term of not more than "
           "10 years.\n", "16", "18"),
    "fr": ("Code\n\nArticle 227-22-1\nLe fait pour une personne de faire des propositions sexuelles à un mineur de "
           "moins de {age} ans en utilisant un moyen de communication électronique est puni de deux ans "
           "d'emprisonnement.\n", "quinze", "dix-huit"),
    "es": ("Código\n\nArtículo 183 ter.\nEl que a través de internet, del teléfono o de cualquier otra tecnología de "
           "la información y la comunicación contacte con un menor de {age} años a fin de cometer un delito sexual "
           "será castigado con la pena de uno a tres años de prisión.\n", "dieciséis", "dieciocho"),
    "de": ("Gesetz\n\n§ 176b Cybergrooming\nWer mittels Informations- und Kommunikationstechnologie auf eine Person "
           "unter {age} Jahren einwirkt, um sie zu sexuellen Handlungen zu bringen, wird mit Freiheitsstrafe von drei "
           "Monaten bis zu fünf Jahren bestraft.\n", "sechzehn", "achtzehn"),
    "pt": ("Lei\n\nArt. 241-D. Aliciar, assediar, instigar ou constranger, por qualquer meio de comunicação, menor "
           "de {age} anos, com o fim de com ele praticar ato libidinoso:\nPena – reclusão, de 1 (um) a 3 (três) "
           "anos, e multa.\n", "14", "18"),
}


@pytest.mark.parametrize("lang", sorted(GROOMING_AGES))
def test_grooming_limited_to_younger_children_is_partial(lang):
    text, lower, eighteen = GROOMING_AGES[lang]
    low = _status(_analyse(text.format(age=lower), lang), "grooming")
    assert low.status == "partial"
    assert {"lower-age-threshold"} <= {e.element for e in low.evidence}
    assert _status(_analyse(text.format(age=eighteen), lang), "grooming").status == "covered"


def test_a_lower_age_is_cancelled_by_an_eighteen_in_the_same_section():
    from gapcheck.cover import _verdict
    from gapcheck.rubric import load
    requirement = load().get("grooming")
    essential = [e.id for e in requirement.elements if e.essential]
    met = [_evidence(e, "sec_7") for e in essential]
    lower = _evidence("lower-age-threshold", "sec_7", "narrows")
    assert _verdict(requirement, met + [lower]).status == "partial"
    # paragraph (a) protects under-18s, paragraph (b) under-16s: not limited
    assert _verdict(requirement, met + [lower, _evidence("protects-under-18", "sec_7")]).status == "covered"
    # an eighteen in another section does not cancel this section's lower age
    assert _verdict(requirement, met + [lower, _evidence("protects-under-18", "sec_9")]).status == "partial"


# A defined "child" (under eighteen) cancels a lower age the offence states in its own words
# only where another part of the section uses the term without that age.
GROOMING_PARTS = ("Act\n\n2 Interpretation\nIn this Act, \"child\" means a person under the age of 18 years.\n\n"
                  "9 Luring of a child\n(1) A person who, by means of electronic communication, communicates with "
                  "{first} for the purpose of committing a sexual offence against that child commits an offence and "
                  "is liable to imprisonment for ten years, whether or not any meeting takes place.\n"
                  "(2) A person who, by means of a computer, sends sexual material to a child under the age of "
                  "16 years commits an offence and is liable to imprisonment for five years.\n")


@pytest.mark.parametrize("first, expected", [
    ("a child", "covered"),                                  # (1) protects every child
    ("a child under the age of 16 years", "partial"),        # both parts stop at sixteen
    ("a child who is younger than 16 years", "partial"),
])
def test_a_lower_age_in_the_offence_is_cancelled_only_by_another_part(first, expected):
    verdict = _status(_analyse(GROOMING_PARTS.format(first=first)), "grooming")
    assert verdict.status == expected


def test_a_lower_age_in_the_lead_in_is_not_cancelled_by_its_own_paragraphs():
    # The lead-in ("contacts a child below the age of sixteen years with intent—") holds the age;
    # its paragraphs speak of "that child" again, which is the same child, not every child.
    text = ("Act\n\n2 Interpretation\nIn this Act, \"child\" means a person under the age of 18 years.\n\n"
            "13 Electronic solicitation of a child\nAny person who, by a computer system, contacts a child below the "
            "age of sixteen years with intent—\n(a) to commit against that child a sexual offence; or\n(b) to induce "
            "that child to send sexual images,\nshall be guilty of an offence, whether or not any meeting takes place, "
            "and liable to imprisonment for seven years.\n")
    assert _status(_analyse(text), "grooming").status == "partial"


def test_an_aggravation_for_younger_children_does_not_narrow_the_definition():
    # rubric 1.4.0: material defined by the under-18 line, with a heavier penalty "if children
    # under sixteen are used" in the same article, is not a definition that stops at sixteen.
    from gapcheck.cover import _verdict
    from gapcheck.rubric import load
    requirement = load().get("csam-definition")
    met = [_evidence(e.id, "sec_7") for e in requirement.elements if e.essential]
    lower = _evidence("lower-age-threshold", "sec_7", "narrows")
    assert _verdict(requirement, met + [lower]).status == "covered"
    assert _verdict(requirement, [e for e in met if e.element != "child-under-18"]
                    + [_evidence("child-under-18", "sec_9"), lower]).status == "partial"


# Awareness work the government only may fund is not prevention required by law (rubric 1.3.0).
AWARENESS = ("Act\n\n6 Education and awareness programmes\nThe Minister {duty} programmes that inform children, "
             "parents and teachers about the risks of sexual abuse and exploitation of children online.\n")


@pytest.mark.parametrize("duty, expected", [
    ("may make grants or contributions to any person for", "partial"),
    ("must carry out", "covered"),
])
def test_awareness_that_is_only_funded_is_partial(duty, expected):
    verdict = _status(_analyse(AWARENESS.format(duty=duty)), "prevention")
    assert verdict.status == expected
    assert ("discretionary-only" in {e.element for e in verdict.evidence}) == (expected == "partial")


# A narrowing in the definition of another term ("intimate image ... an identifiable real
# person") does not narrow what the definition of child sexual abuse material covers.
DEFINITIONS = ("Act\n\n2 Definitions\nIn this Act,\n"
               "\"child sexual abuse material\" means a photograph, film or computer-generated image that depicts "
               "or appears to depict a person under the age of 18 years engaged in explicit sexual activity{csam};\n"
               "\"intimate image\" means an image altered so as to appear to show an identifiable real person "
               "engaged in explicit sexual activity.\n\n"
               "7 Making child sexual abuse material\nEvery person who makes child sexual abuse material is guilty of "
               "an indictable offence and liable to imprisonment for a term of not more than 10 years.\n")


@pytest.mark.parametrize("csam, narrowed", [("", False), (", if the person shown is a real person", True)])
def test_a_narrowing_in_another_terms_definition_does_not_count(csam, narrowed):
    verdict = _status(_analyse(DEFINITIONS.format(csam=csam)), "csam-ai-generated")
    found = [e for e in verdict.evidence if e.element == "real-child-required"]
    assert bool(found) == narrowed
    assert all("intimate" not in e.quote for e in found)


# rubric 1.5.0: a limitation special rule that names its offences by number, and leaves out
# some of the law's offences, covers some of the offences only (the rubric's `partial`).
_LIMITATION_EN = (
    "Child Protection Act\n\n"
    "1 Child sexual abuse material\nA person who makes, distributes or possesses child sexual abuse material "
    "commits an offence and is liable to imprisonment for 10 years.\n\n"
    "2 Child prostitution\nA person who obtains the sexual services of a child in return for payment "
    "commits an offence and is liable to imprisonment for 10 years.\n\n"
    "3 Sale of children\nA person who sells a child commits an offence and is liable to imprisonment for life.\n\n"
    "4 Limitation\n{rule}\n")
_LIMITATION_DE = (
    "Gesetz\n\n§ 1 Kinderpornographische Inhalte\nWer einen kinderpornographischen Inhalt verbreitet, herstellt "
    "oder besitzt, wird mit Freiheitsstrafe von einem Jahr bis zu zehn Jahren bestraft.\n\n"
    "§ 2 Kinderprostitution\nWer gegen Entgelt sexuelle Handlungen an einem Kind vornimmt, wird mit "
    "Freiheitsstrafe von einem Jahr bis zu zehn Jahren bestraft.\n\n"
    "§ 3 Verjährung\n{rule}\n")
LIMITATION_SCOPE = [
    # (language, template, the rule, expected status, offences named as left out or None)
    ("en", _LIMITATION_EN, "No limitation period applies to an offence under section 1.", "partial", "2, 3"),
    ("en", _LIMITATION_EN, "No limitation period applies to an offence under sections 1 to 3.", "covered", None),
    ("en", _LIMITATION_EN, "No limitation period applies to sexual offences against a child.", "covered", None),
    ("en", _LIMITATION_EN, "No limitation period applies to sexual offences against a child, including those "
                           "under section 1.", "covered", None),
    # A list that is not in the texts cannot be shown to reach the offences.
    ("en", _LIMITATION_EN, "No limitation period applies to an offence listed in section 40 of the Criminal "
                           "Procedure Act.", "partial", "1, 2, 3"),
    ("de", _LIMITATION_DE, "Die Verjährung von Taten nach § 1 ruht bis zur Vollendung des 30. Lebensjahres des "
                           "Opfers.", "partial", "2"),
    ("de", _LIMITATION_DE, "Die Verjährung von Taten nach den §§ 1 und 2 ruht bis zur Vollendung des 30. "
                           "Lebensjahres des Opfers.", "covered", None),
    ("de", _LIMITATION_DE, "Bei Straftaten gegen die sexuelle Selbstbestimmung, auch nach § 1, ruht die Verjährung "
                           "bis zur Vollendung des 30. Lebensjahres des Opfers.", "covered", None),
]


# A rule inside the offence section that names some of its numbers only ("Bei Taten nach Absatz 1
# Satz 1 Nr. 2") leaves the section's other offences out; one naming the whole Absatz does not.
_LIMITATION_DE_ONE_SECTION = (
    "Gesetz\n\n§ 5 Kinderpornographische Inhalte\n(1) Mit Freiheitsstrafe von einem Jahr bis zu zehn Jahren "
    "wird bestraft, wer einen kinderpornographischen Inhalt\n1. verbreitet oder der Öffentlichkeit zugänglich "
    "macht,\n2. herstellt, einführt oder ausführt.\n(2) Wer einen kinderpornographischen Inhalt besitzt, wird "
    "mit Freiheitsstrafe bis zu drei Jahren bestraft.\n(3) {rule}\n")
LIMITATION_SCOPE += [
    ("de", _LIMITATION_DE_ONE_SECTION, "Bei Taten nach Absatz 1 Satz 1 Nr. 2 ruht die Verjährung bis zur "
                                       "Vollendung des 30. Lebensjahres des Opfers.", "partial", "5 (1) 1, 5 (2)"),
    ("de", _LIMITATION_DE_ONE_SECTION, "Bei Taten nach den Absätzen 1 und 2 ruht die Verjährung bis zur "
                                       "Vollendung des 30. Lebensjahres des Opfers.", "covered", None),
    # rubric 1.24.0: a clause that opens by setting another rule aside names that rule, not the
    # offences it applies to; the offences it does apply to are the sex offences against children.
    ("en", _LIMITATION_EN, "Notwithstanding section 252 of the Criminal Procedure Act, the limitation period for a "
                           "sex offense against a child shall begin to run when the victim reaches 18 years of age.",
     "covered", None),
    ("en", _LIMITATION_EN, "Notwithstanding section 252 of the Criminal Procedure Act, the limitation period for an "
                           "offence under section 1 shall begin to run when the victim reaches 18 years of age.",
     "partial", "2, 3"),
]


@pytest.mark.parametrize("lang,template,rule,status,left_out", LIMITATION_SCOPE)
def test_a_special_limitation_rule_must_reach_every_offence(lang, template, rule, status, left_out):
    verdict = _status(_analyse(template.format(rule=rule), lang), "limitation-periods")
    assert verdict.status == status
    narrowing = [e for e in verdict.evidence if e.element == "listed-offences-only"]
    if left_out is None:
        assert not narrowing
    else:
        assert [e.rule for e in narrowing] == [f"reach:listed-offences-only (leaves out {left_out})"]
        assert narrowing[0].polarity == "narrows" and narrowing[0].quote in rule


# rubric 1.5.0: a penalty section that names only the offence it punishes is about that offence.
_PENALTY_BY_REFERENCE = (
    "Act\n\nSection 4. Unlawful Acts. - It shall be unlawful for any person to produce or sell child sexual "
    "abuse material.\n\nSection 5. Operators. - An operator who offers a service on the Internet for the "
    "commission of the acts in Section 4 shall be liable.\n\nSection 15. Penalties. - Any person found guilty "
    "of violating Section 4 shall suffer the penalty of reclusion perpetua.\n")


def test_a_penalty_section_is_about_the_offence_it_refers_to():
    verdict = _status(_analyse(_PENALTY_BY_REFERENCE), "proportionate-penalties")
    # Imprisonment is met by reference; with no aggravated form the verdict is partial (1.8.0).
    assert {e["id"]: e["status"] for e in verdict.elements}["imprisonment"] == "met"
    assert verdict.status == "partial"
    e = next(e for e in verdict.evidence if e.element == "imprisonment")
    assert e.provision == "sec_15" and e.quote == "reclusion perpetua" and e.rule == "referring:reference"
    assert e.via[0]["from"] == "sec_15" and e.via[0]["provision"] == "sec_4"


_AGGRAVATED = {
    "en": ("Act\n\nSection 4. Offence. - Any person who produces or sells child sexual abuse material shall be "
           "liable to imprisonment for ten years.\n",
           "\nSection 5. Aggravation. - Where an offence under section 4 is committed by a person in a position "
           "of trust over the child, the penalty is imprisonment for fifteen years.\n"),
    "es": ("Código\n\nArtículo 4.\nEl que produzca o venda pornografía infantil será castigado con la pena de "
           "prisión de cinco a nueve años.\n",
           "\nArtículo 5.\nSe impondrá la pena de prisión de siete a doce años a quien cometa los hechos del "
           "artículo 4 abusando de una posición de autoridad o confianza respecto del menor.\n"),
}


@pytest.mark.parametrize("lang", sorted(_AGGRAVATED))
def test_penalties_are_covered_only_with_an_aggravated_form(lang):
    # rubric 1.8.0: the rubric's own "covered" asks for aggravated forms for the most serious cases.
    offence, aggravation = _AGGRAVATED[lang]
    assert _status(_analyse(offence + aggravation, lang=lang), "proportionate-penalties").status == "covered"
    assert _status(_analyse(offence, lang=lang), "proportionate-penalties").status == "partial"


def test_only_consequence_requirements_take_their_subject_by_reference():
    # Section 5 refers to the offence and names the Internet, but is not online grooming.
    analysis = _analyse(_PENALTY_BY_REFERENCE)
    assert not any(e.rule == "referring:reference" for v in analysis.verdicts
                   if not v.requirement.subject_by_reference for e in v.evidence)


def test_a_fragment_with_no_numbered_section_is_judged_as_one_provision():
    # A section pasted without its number: the splitter returns one preamble, which still counts.
    text = ("Information Technology Act - section on child sexual abuse material (excerpt)\n\n"
            "Whoever publishes or transmits material in electronic form which depicts children engaged in "
            "sexually explicit conduct shall be punished with imprisonment for a term which may extend to five years.\n")
    verdict = _status(_analyse(text), "csam-offences")
    assert verdict.status == "partial"
    assert {e.provision for e in verdict.evidence} == {"preamble"}


# rubric 1.5.0: offence requirements take credit only from offences.
_DEFINITIONS_ONLY = ("Policy Act\n\n3 Definitions\nIn this Act, \u201cgrooming\u201d means the online solicitation of a "
                     "child by any means of communication for sexual purposes.\n\n4 Policy\nThe Council shall prevent "
                     "the grooming of children.\n")
_UNLAWFUL_ACTS = ("Act\n\nSection 4. Unlawful Acts. - It shall be unlawful for any person to solicit a child online "
                  "for sexual purposes.\n\nSection 15. Penalties. - Any person found guilty of violating Section 4 "
                  "shall suffer the penalty of reclusion temporal.\n")


def test_a_definition_alone_creates_no_offence():
    verdict = _status(_analyse(_DEFINITIONS_ONLY), "grooming")
    assert verdict.status == "missing"
    assert not [e for e in verdict.evidence if e.polarity == "supports"]


def test_a_section_punished_elsewhere_is_an_offence():
    verdict = _status(_analyse(_UNLAWFUL_ACTS), "grooming")
    assert verdict.status != "missing"
    assert {e.provision.split("__")[0] for e in verdict.evidence if e.polarity == "supports"} == {"sec_4"}


_ORDER_OR_CONDUCT = ("Act\n\n5 Protection order\n(1) A justice may make a protection order against a person who is "
                     "sexually exploiting a child.\n(2) The order may prohibit the person from communicating with "
                     "the child for a sexual purpose by any means, including electronic communication.\n\n"
                     "9 Offence\nA person who {breach} section 5 commits an offence and is liable to imprisonment "
                     "for up to two years.\n")


@pytest.mark.parametrize("breach, offence", [
    ("fails to comply with a protection order made under", False),
    ("contravenes", True),
])
def test_breaching_an_order_does_not_make_what_the_order_forbids_an_offence(breach, offence):
    # The offence is breaching the order; what section 5 lets a justice forbid is no offence.
    verdict = _status(_analyse(_ORDER_OR_CONDUCT.format(breach=breach)), "grooming")
    supported = {e.provision.split("__")[0] for e in verdict.evidence if e.polarity == "supports"}
    assert ("sec_5" in supported) == offence


def test_a_definition_a_bill_replaces_governs_the_act(tmp_path):
    # The bill replaces one definition of a list: the Act's offence now reads the new one, and
    # the old one has no effect (rubric 1.5.0; before, only the bill's own sections used it).
    from gapcheck.diff import check_bill
    law = tmp_path / "act.txt"
    law.write_text(
        "Image Act\n\n2 Definitions\n(1) In this Act,\n\"intimate image\" means a photograph of a person who is nude;\n"
        "\"person\" includes a child.\n\n12 Distribution of intimate image\n(1) Every person who knowingly distributes "
        "an intimate image of a person without consent is guilty of an offence and liable to imprisonment for a "
        "term of not more than five years.\n", encoding="utf-8")
    bill = tmp_path / "bill.txt"
    bill.write_text(
        "Bill C-9\n\n1. The definition \"intimate image\" in subsection 2(1) of the Act is replaced by the following:\n"
        "    \"intimate image\" means a photograph of a person who is nude, or an image that has been altered or "
        "fabricated so as to appear to show such a person;\n\n2. This Act comes into force on assent.\n",
        encoding="utf-8")
    check = check_bill([law], [bill])
    replaced = [a for a in check.amendments if a.target == "sec_2__subsec_1"]
    assert len(replaced) == 1 and law.read_text(encoding="utf-8")[replaced[0].start:].startswith('"intimate image"')
    uses = {(u.section, u.defined_document) for u in check.after.links.uses if u.term == "intimate image"}
    assert ("sec_12", "bill.txt") in uses
    before = _status(check.before, "image-based-abuse")
    after = _status(check.after, "image-based-abuse")
    assert "altered-or-fabricated" not in {e.element for e in before.evidence}
    assert "altered-or-fabricated" in {e.element for e in after.evidence}


def test_child_only_image_offences_earn_image_based_abuse_nothing():
    # rubric 1.21.0: the convention of the real two-reader verdicts (annotations/verdicts/README.md):
    # offences on sexual images of children alone leave intimate-image abuse missing; an offence on
    # intimate images of anyone makes it partial.
    child = ("Act\n\n1 Child sexual abuse material\n(1) A person who publishes or distributes child sexual abuse "
             "material or an intimate image of a child, including an altered image, commits an offence and is liable "
             "to imprisonment for 10 years.\n(2) In this section, child means a person under the age of 18 years.\n")
    adult = ("\n2 Intimate images\nA person who publishes an intimate image of another person without that person's "
             "consent commits an offence and is liable to imprisonment for 2 years.\n")
    statuses = []
    for text in (child, child + adult):
        analysis = analyze_documents([Document("act.txt", "act.txt", "0" * 64, "txt", text, "en")], use_model=False)
        verdict = _status(analysis, "image-based-abuse")
        statuses.append(verdict.status)
        if verdict.status == "missing":
            assert not verdict.evidence
    assert statuses == ["missing", "partial"]


def test_held_out_fictional_texts_are_scored_apart():
    # laws/heldout: fifteen texts (six of rubric 1.5.0, five of 1.21.0 in traditions then used nowhere
    # else, blind on arrival 0.61 / 0.69; four of 1.24.0, blind on arrival 0.70 / 0.81), written with their expected
    # verdicts by people blind to gapcheck. The figures are printed; the floors sit a little under
    # what rubric 1.9.0 measures (0.58 / 0.69; 0.50 / 0.65 from 1.6.0 to 1.8.0; blind when they
    # arrived: 0.50 / 0.62), so that a regression fails here.
    # They are low: this is the honest measure of how the rules carry to unseen drafting.
    from gapcheck.evaluate import HELD_OUT, evaluate_verdicts, render_verdicts_text, verdict_cases
    cases = verdict_cases([LAWS / "heldout" / "expected.yaml"])
    assert sorted(c.name for c in cases) == sorted(HELD_OUT)
    report = evaluate_verdicts(cases)
    print("\n" + render_verdicts_text(report))
    assert list(report["by_group"]) == ["held-out"]
    assert report["by_group"]["held-out"]["n"] == 15 * 27
    assert report["agreement_expected_covered"] >= 0.55
    assert report["agreement_expected_gap"] >= 0.65


def test_a_wrapped_rule_names_its_offences_and_a_numbered_class_is_a_list():
    # rubric 1.9.0: the numbers stand on the line above the delayed start ("... el término de la
    # prescripción" / "comenzará a correr ..."), and "los delitos previstos en los artículos 3 y 4"
    # names the class only as the head of its list: both rules reach some offences only.
    text = ("Ley\n\nArtículo 1.- El que produjere material de abuso sexual infantil será castigado con pena de "
            "prisión.\n\nArtículo 3.- El que explotare la prostitución de un niño será castigado con pena de "
            "prisión.\n\nArtículo 4.- El que vendiere a un niño será castigado con pena de prisión.\n\n"
            "Artículo 5. (Tentativa).- La tentativa de los delitos previstos en los artículos 3 y 4 será castigada\n"
            "con la pena del delito consumado, disminuida en un tercio.\n\n"
            "Artículo 6.- En los delitos previstos en los artículos 3 y 4, cometidos contra un niño, el término de la "
            "prescripción\ncomenzará a correr a partir del día en que la víctima cumpla dieciocho años de edad.\n")
    analysis = analyze_documents([Document("ley.txt", "ley.txt", "0" * 64, "txt", text, "es")], use_model=False)
    for requirement, element in (("limitation-periods", "listed-offences-only"),
                                 ("attempt-complicity", "attempt-listed-offences-only")):
        narrowing = [e for e in _status(analysis, requirement).evidence if e.element == element]
        assert narrowing and "(leaves out 1)" in narrowing[0].rule, requirement


def test_a_deletion_order_counts_though_it_is_no_offence():
    # rubric 1.9.0: image-based abuse needs offences, but an order to delete an intimate image is
    # procedure (``outside_offences``): it earns partial credit where it stands.
    text = ("Act\n\n12 Deletion orders\nA court may order that an intimate image published without the consent "
            "of the person depicted be deleted and removed from any electronic service.\n")
    analysis = analyze_documents([Document("a.txt", "a.txt", "0" * 64, "txt", text, "en")], use_model=False)
    verdict = _status(analysis, "image-based-abuse")
    assert [e for e in verdict.evidence if e.element == "removal-orders"]
    assert not [e for e in verdict.evidence if e.element == "non-consensual-sharing"]
    assert verdict.status == "partial"


_IMAGES = ("Act\n\n4 Child sexual abuse material\nA person who distributes without consent an intimate image of a child, "
           "including an image that has been digitally altered, commits an offence and is liable to imprisonment "
           "for 10 years.\n{adult}")
_ADULT = ("\n9 Intimate images\nA person who distributes an intimate image of another person without that person's "
          "consent, including an image that has been digitally altered, commits an offence and is liable to "
          "imprisonment for 3 years.\n")


@pytest.mark.parametrize("adult, status", [("", "missing"), (_ADULT, "covered")])
def test_image_offences_about_children_alone_do_not_cover_image_based_abuse(adult, status):
    # rubric 1.13.0 (``partial_only_in: [csam-offences]``): an offence about images of children is an
    # abuse-material offence; image-based abuse is covered only by offences about anyone's images.
    # Rubric 1.21.0 follows the real two-reader verdicts (annotations/verdicts/README.md): alone, such
    # an offence earns it nothing (it had been partial).
    verdict = _status(_analyse(_IMAGES.format(adult=adult)), "image-based-abuse")
    assert verdict.status == status


def test_an_extortion_offence_about_a_childs_images_earns_image_based_abuse_nothing():
    # "imágenes o grabaciones de contenido sexual de una persona menor de edad" is abuse material by
    # what it shows: an offence about it alone is no offence on anyone's intimate images (rubric 1.17.0),
    # and since 1.21.0 earns image-based abuse nothing (it had been partial; the real two-reader
    # verdicts rate such laws missing).
    text = ("Código Penal\n\nArtículo 194 Septies. Extorsión sexual. Quien, mediante la amenaza de publicar o "
            "difundir imágenes o grabaciones de contenido sexual de una persona menor de edad, auténticas o "
            "alteradas, obligue a dicha persona a entregarle dinero o nuevo material, será sancionado con prisión "
            "de seis a diez años.\n")
    assert _status(_analyse(text, lang="es"), "image-based-abuse").status == "missing"


def test_a_definition_does_not_inherit_from_the_provisions_it_serves():
    # "Para fines de los Artículos 133-A y 144:" names where the definitions apply; the lower age of a
    # request for images in article 133-A does not narrow the definition of the material.
    text = ("Código Penal\n\nArtículo 133-A.- Solicitud de imágenes. Será sancionada con prisión de tres años la "
            "persona mayor de edad que requiera a un menor de dieciséis (16) años que le envíe imágenes de "
            "contenido sexual en las que aparezca dicho menor.\n\nArtículo 144.- Pornografía infantil. Será "
            "sancionada con prisión de diez años toda persona que produzca o distribuya pornografía infantil.\n\n"
            "Artículo 145-A.- Definiciones.\n\nPara fines de los Artículos 133-A y 144 de este Código:\n\n"
            "(a) Menor — toda persona que no ha cumplido dieciocho (18) años de edad.\n\n(b) Pornografía "
            "infantil — toda representación visual de un menor dedicado a conducta sexual explícita, real o "
            "simulada, o de sus órganos genitales con fines principalmente sexuales, cualquiera que sea el medio o "
            "soporte.\n")
    assert _status(_analyse(text, lang="es"), "csam-definition").status == "covered"


def test_an_extortion_offence_that_also_names_sexual_demands_is_not_limited_to_property():
    text = ("Code\n\nArticle 17\nLe fait d'exiger d'un mineur, sous la menace de rendre publique une image à "
            "caractère sexuel le représentant, la remise de fonds, l'envoi de nouveaux contenus sexuels ou "
            "l'accomplissement d'un acte de nature sexuelle est puni de huit ans d'emprisonnement.\n")
    analysis = analyze_documents([Document("cp.txt", "cp.txt", "0" * 64, "txt", text, "fr")], use_model=False)
    verdict = _status(analysis, "sexual-extortion")
    assert not [e for e in verdict.evidence if e.element == "property-gain-only"]
    assert verdict.status == "covered"


def test_a_list_introduced_by_a_colon_is_one_clause_for_listed_offences():
    # "Sont imprescriptibles:" reaches only the offence its item names (art. 187), not the
    # abuse-material offence (art. 197): the special rule covers some offences only.
    text = ("Code pénal\n\nArt. 101 Imprescriptibilité\nSont imprescriptibles:\na. le génocide;\n"
            "b. les actes d'ordre sexuel avec des enfants (art. 187) commis sur des enfants de moins de 12 ans.\n\n"
            "Art. 187 Actes d'ordre sexuel avec des enfants\n1 Quiconque commet un acte d'ordre sexuel avec un enfant "
            "est puni d'une peine privative de liberté de cinq ans au plus.\n\n"
            "Art. 197 Pornographie\n1 Quiconque fabrique, diffuse ou possède de la pornographie enfantine est puni "
            "d'une peine privative de liberté de cinq ans au plus.\n")
    analysis = analyze_documents([Document("cp.txt", "cp.txt", "0" * 64, "txt", text, "fr")], use_model=False)
    verdict = _status(analysis, "limitation-periods")
    narrowing = [e for e in verdict.evidence if e.element == "listed-offences-only"]
    assert narrowing and "197" in narrowing[0].rule
    assert verdict.status == "partial"


def test_fictional_texts_in_other_styles_are_development_cases():
    # laws/styles: five texts held out during rubric 1.5.0 (last figure 0.36 / 0.75), three
    # written blind during 1.6.0 (New Zealand, North African French, Mexican; 0.43 / 0.70 when
    # they arrived) and five during 1.7.0 (South African, Australian, West African French,
    # Peruvian, Brazilian; 0.65 / 0.67 when they arrived) and four during 1.8.0 (Canadian French,
    # Central American, German youth media protection, Nigerian-style; 0.33 / 0.72 when they
    # arrived) and six during 1.9.0 (US state penal code, Singapore-style penal code, German
    # procedure and victims' law, Uruguayan amending law, French government bill, Brazilian
    # platform law; 0.38 / 0.68 when they arrived) and six more later in 1.9.0 (US federal bill,
    # Hong Kong-style ordinance, Luxembourg-style code, Ecuadorian-style code, German draft bill
    # with its Begründung, Brazilian bill with its justification; 0.48 / 0.71 when they arrived)
    # and six after 1.9.0 (Philippine Republic Act, Scottish Act, German media treaty, Spanish
    # organic law with a Preámbulo and closing provisions, Portuguese amending law, EU-style
    # regulation in French; 0.48 / 0.70 when they arrived) and six with 1.10.0 (Canadian bill,
    # Caribbean Act, Tunisian-style organic law, Dominican law, Austrian amending law, Macau-style
    # law; 0.61 / 0.73 when they arrived) and six with 1.11.0 (Maltese amending Act, Israeli law in
    # translation, Haitian law, Cuban-style code, Liechtenstein-style law, Brazilian state law and
    # decree; 0.65 / 0.75 when they arrived) and six more with 1.11.0 (UK-style regulations, an
    # Australian state amending Act, a Monaco-style law, a Venezuelan-style organic law, a South
    # Tyrol-style provincial law, a Portuguese child-protection law; 0.62 / 0.77 when they arrived)
    # and six more with 1.11.0 (a Canadian provincial Act, an East African amending Act, a Québec
    # bill in French, a Bolivian law, a German federal ordinance, a Brazilian judicial-council
    # resolution with a federal law; 0.56 / 0.71 when they arrived; only a few of their errors were
    # read) and four more with 1.11.0 (US-style federal regulations, a Cameroonian-style code, a
    # Paraguayan-style amending law, a Portuguese decree-law with its republication; 0.65 / 0.80 when
    # they arrived; only two of their errors read) and six with 1.12.0 (a Channel Islands-style Law with
    # regulations, a Pacific amending Act to a Queensland-model code, a Spanish autonomous-community law,
    # a Central African code pénal, an Austrian-style platform act, a Timor-style penal code; 0.71 / 0.78
    # when they arrived) and six more with 1.12.0 (a Ghanaian-style Act, a South African amendment
    # bill, a Malagasy amending law, a Guatemalan decree, an Austrian Land youth law, a Brazilian
    # ministerial portaria; 0.53 / 0.76 when they arrived) and six with 1.13.0 (a Fiji-style amending
    # Act, a Mauritius-style Children's Act, a French décret, a Puerto Rico-style law, a Bavarian-style
    # police law, a Brazilian medida provisória; 0.65 / 0.72 when they arrived) and six more with
    # 1.13.0 (a Welsh-style Act, a Cypriot-style law in translation, a French overseas loi du pays, a
    # Costa Rican-style reform law, a German victims' compensation law, an Azores-style regional
    # decree; 0.55 / 0.65 when they arrived) and six more with 1.13.0 (a New Zealand-style harmful
    # digital communications Act, a Tanzanian-style miscellaneous amendments Act, a French ordonnance
    # with its report, a Mexican-style reform decree, a German omnibus amending law, a Portuguese
    # Council of Ministers resolution; 0.66 / 0.76 when they arrived) and six with 1.14.0 (an Isle of
    # Man-style Act, a Botswana-style Penal Code amendment, a Moroccan-style dahir, a Panamanian-style
    # law, a German standalone federal law, a Portuguese standalone law; 0.74 / 0.86 when they
    # arrived) and six more with 1.14.0 (a Northern Ireland-style Order, a Zambian-style cyber Act, a
    # French proposition de loi with its exposé des motifs, a Spanish Real Decreto-ley, German
    # prosecution guidelines with a Land law, a Brazilian Senate committee report with its
    # substitutivo; 0.59 / 0.76 when they arrived) and six more with 1.14.0 as it stood after their
    # errors were read (a Malawian-style children's Act, a Seychelles-style Penal Code amendment, a
    # Swiss cantonal law in French, a Nicaraguan-style children's code, a German Bundesrat bill with
    # its Vorblatt, a Brazilian regulating decree; 0.51 / 0.71 when they arrived) and six with 1.15.0
    # (a Zimbabwe-style Criminal Law Code amendment, an Australian-style ministerial determination, a
    # Luxembourg-style règlement grand-ducal, a Peruvian-style Decreto Supremo with its Reglamento, a
    # Portuguese Decreto Regulamentar, a Brazilian registry law; 0.67 / 0.75 when they arrived) and six
    # with 1.16.0 (a UK-style Bill with margin line numbers, a French code copied from a consolidation
    # site, a Honduran-style decree, a German Bundestag committee report, a Portuguese authorising law
    # with its draft decree-law, a Canadian-style consolidated Act; 0.64 / 0.85 when they arrived) and six
    # with 1.17.0 (an Irish-style General Scheme of a Bill, a US-style model act with comments, a
    # Congolese-style child-protection law, an Argentine-style Senate bill with its Fundamentos, a German
    # Synopse of law in force and bill, a Brazilian law copied from a consolidation site; 0.74 / 0.72 when
    # they arrived) and six more with 1.17.0 as it stood after round 19's first errors were read (a
    # Victorian-style Crimes Act compilation with notes and examples, a Canadian-style bilingual Act, a
    # Lebanese-style law in French translation, a Colombian-style bill with its exposición de motivos,
    # a German law copied from a consolidation site, a Portuguese law copied from a consolidation site;
    # 0.73 / 0.84 when they arrived) and five more with 1.17.0 (a regional union's directive, a Sierra
    # Leone-style amending Act, a French circulaire with an annex of articles, a Spanish code copied
    # from the official consolidated text, a Portuguese proposta de lei; 0.66 / 0.80 when they
    # arrived) and five more with 1.18.0 (a Belize-style revised-edition code chapter, a
    # Senegalese-style amending law, a Salvadoran-style special law, an Italian-style code in German
    # translation, a Brazilian law with its veto message; 0.72 / 0.70 when they arrived) and five more
    # with 1.19.0 (a Philippine-style Republic Act, a French décret inserting regulatory articles, a
    # Mexican-style state penal code, a German-style interstate treaty on youth media protection, a
    # Brazilian judicial council resolution; 0.67 / 0.76 when they arrived), all development cases. The
    # floors sit under what the rubric reaches on the hundred and fifty. Five more with 1.20.0 (a
    # Gulf-style federal decree-law in English translation, a Belgian-style law inserting slash-numbered
    # Code pénal articles, a Chilean-style amending law printed within quotation marks, a Swiss-style
    # federal amending act in German, a Mozambican-style Código Penal; 0.41 / 0.74 when they arrived).
    # Five more with 1.21.0 (an Indonesian-style law in English translation, a Council of Europe-style
    # convention in French, a regional parliament's model law in Spanish, a Swedish-style code in German
    # translation, a Mercosur-style decision with an annexed agreement; 0.70 / 0.69 when they arrived).
    # Five with 1.23.0 (Japanese-, Cambodian-, Argentine provincial, Dutch- and Brazilian
    # constitutional-style texts; 0.62 / 0.62) and five with 1.24.0 (a Korean-style Act in English, a
    # Vanuatu-style Act in French, an Argentine-style decree of necessity and urgency, a Swiss federal
    # ordinance in German, a Cape Verdean-style children's statute; 0.44 / 0.60 when they arrived).
    # Five with 1.25.0, new texts in traditions used before (New Zealand-, Tunisian-, Cuban-, EU- and
    # Timorese-style; 0.77 / 0.85). Five with 1.26.0 (Thai-, Vietnamese-, Ibero-American, Polish- and
    # Angolan-style; 0.59 / 0.77). Five with 1.27.0 (Nepalese-, Lao-, Mexican committee report,
    # Turkish- and São Tomé-style; 0.64 / 0.74). Five with 1.28.0 (Rwandan-style in English,
    # Mauritanian-style, a Spanish prosecutors' circular, Hungarian-style, a Brazilian law from a PDF;
    # 0.79 / 0.72). Five with 1.29.0 (Myanmar-style, Belgian bilingual, Spanish in Markdown, Danish-style,
    # Macau bilingual; 0.53 / 0.80).
    from gapcheck.evaluate import evaluate_verdicts, render_verdicts_text, verdict_cases
    cases = verdict_cases([LAWS / "styles" / "expected.yaml"])
    assert len(cases) == 215
    report = evaluate_verdicts(cases, held_out=())
    print("\n" + render_verdicts_text(report))
    assert report["agreement_expected_covered"] >= 0.85
    assert report["agreement_expected_gap"] >= 0.85


@pytest.mark.parametrize("lang,law_text,bill_text,effect", [
    ("fr",
     "Code de la protection numérique\n\nArticle 2\nAu sens du présent code :\n« image intime » désigne une "
     "photographie d'une personne nue ;\n« personne » s'entend aussi d'un mineur.\n\nArticle 12\nLe fait de "
     "diffuser une image intime d'une personne sans son accord est puni de cinq ans d'emprisonnement.\n",
     "Projet de loi\n\nArticle 1er\nLa définition de « image intime » à l'article 2 du code est remplacée par "
     "la suivante :\n« image intime » désigne une photographie d'une personne nue, ou une image modifiée pour "
     "paraître montrer une telle personne ;\n\nArticle 2\nLa présente loi entre en vigueur le jour de sa "
     "publication.\n",
     "replaced"),
    ("es",
     "Ley de Protección Digital\n\nArtículo 2. Definiciones\nA los efectos de esta ley, se entiende por imagen "
     "íntima la fotografía de una persona desnuda. Se entiende por persona también el menor de edad.\n\n"
     "Artículo 12\nEl que difundiere una imagen íntima sin consentimiento será castigado con prisión de uno a "
     "tres años.\n",
     "Proyecto de ley\n\nArtículo primero\nLa definición de «imagen íntima» del artículo 2 queda derogada.\n",
     "repealed"),
])
def test_a_bill_that_changes_one_definition_leaves_the_others(tmp_path, lang, law_text, bill_text, effect):
    # The words naming a definition ("La définition de « X »", "La definición de «X»") are data
    # (linking.yaml amended_definitions), as are the words that repeal rather than replace.
    from gapcheck.diff import check_bill
    law, bill = tmp_path / "law.txt", tmp_path / "bill.txt"
    law.write_text(law_text, encoding="utf-8")
    bill.write_text(bill_text, encoding="utf-8")
    check = check_bill([law], [bill], lang=lang)
    assert [(a.target, a.effect) for a in check.amendments] == [("art_2", effect)]
    changed = law_text[check.amendments[0].start:check.amendments[0].end]
    # The change starts at the named definition and ends where the next one starts.
    assert "intime" in changed.split("désigne")[0] or "imagen íntima" in changed.split(" la ")[0]
    assert changed.rstrip().endswith(("nue ;", "desnuda."))


DEFENCE_BY_REFERENCE = """Child Protection Act

2 Definitions
In this Act, "child sexual abuse material" means any representation of a person under 18 years of age, or of a person who appears to be under 18 years of age, engaged in explicit sexual activity, and includes a drawing, cartoon or computer-generated image of such a person and a morphed image.

7 Dealing in child sexual abuse material
A person who makes, distributes or possesses child sexual abuse material is guilty of an offence and liable to imprisonment for a term of not more than 10 years.

11 Defence
It is a defence to a charge under section 7 that the material is a drawing of genuine artistic merit.
"""


def test_a_defence_that_refers_to_an_offence_narrows_it():
    # rubric 1.7.0: section 11 names neither the material nor a child, but it is a defence to the
    # offence in section 7 and limits what section 7 reaches; without it the verdict is covered.
    with_defence = _status(_analyse(DEFENCE_BY_REFERENCE), "csam-ai-generated")
    narrowing = [e for e in with_defence.evidence if e.element == "artistic-or-fiction-defence"]
    assert narrowing and narrowing[0].provision.startswith("sec_11")
    assert with_defence.status == "partial"
    without = _status(_analyse(DEFENCE_BY_REFERENCE.split("\n11 Defence")[0]), "csam-ai-generated")
    assert without.status == "covered"


ATTEMPT_LISTED = """Child Protection Act

3 Sale of children
A person who sells a child for sexual exploitation is guilty of an offence and liable to imprisonment for a term of not more than 20 years.

7 Child sexual abuse material
A person who makes or distributes child sexual abuse material is guilty of an offence and liable to imprisonment for a term of not more than 10 years.

13 Attempts to commit child exploitation offences
A person who attempts to commit an offence under section {listed} is guilty of an offence and liable to the penalty for the completed offence.
(2) A person who aids, abets or counsels another person to commit an offence under this Act is guilty of an offence.
"""


@pytest.mark.parametrize("listed,narrowed", [("3", True), ("3 or 7", False)])
def test_attempt_rules_that_name_only_some_offences_narrow(listed, narrowed):
    # rubric 1.7.0 attempt-listed-offences-only: an attempt rule naming section 3 only leaves the
    # abuse-material offence of section 7 out; naming both does not. The heading, which speaks of
    # "child exploitation offences" in general, makes no rule.
    verdict = _status(_analyse(ATTEMPT_LISTED.format(listed=listed)), "attempt-complicity")
    found = [e for e in verdict.evidence if e.element == "attempt-listed-offences-only"]
    assert bool(found) == narrowed
    assert verdict.status == ("partial" if narrowed else "covered")


@pytest.mark.parametrize("instrument,narrowed", [(" de esta Ley", True), ("", True), (" y en los demás delitos de esta Ley", False)])
def test_the_instrument_after_listed_articles_names_no_class(instrument, narrowed):
    # rubric 1.19.0: "los Arts. 28 y 31 de esta Ley" names two articles of the law, not the class of
    # offences "esta ley"; a rule that also reaches "los demás delitos de esta Ley" names the class.
    text = ("Ley\n\nArt. 28.- El que produzca pornografía infantil será sancionado con prisión de seis a diez años.\n\n"
            "Art. 29.- El que posea pornografía infantil será sancionado con prisión de dos a cuatro años.\n\n"
            "Art. 31.- El que venda a un niño será sancionado con prisión de ocho a doce años.\n\n"
            f"Art. 33.- En los delitos previstos en los Arts. 28 y 31{instrument}, la tentativa será sancionada con "
            "la pena del delito consumado, disminuida en un tercio.\n")
    verdict = _status(_analyse(text, "es"), "attempt-complicity")
    found = [e for e in verdict.evidence if e.element == "attempt-listed-offences-only"]
    assert bool(found) == narrowed


@pytest.mark.parametrize("listed,narrowed", [
    ("section 7(1)(a) to (c)", True),        # leaves out possession in (d)
    ("section 7(1)(a) to (d)", False),
    ("section 7(1)(a), (b) or (d), 3", True),  # leaves out (c)
])
def test_an_attempt_rule_naming_a_range_of_paragraphs_reaches_only_those(listed, narrowed):
    # rubric 1.12.0: "(a) to (c)" after "7(1)(a)" names paragraphs of 7(1), not sections up to a "(c)".
    text = ("Child Protection Act\n\n3 Sale of children\nA person who sells a child for sexual exploitation is "
            "guilty of an offence and liable to imprisonment for a term of not more than 20 years.\n\n"
            "7 Child sexual abuse material\n(1) A person who-\n(a) makes child sexual abuse material;\n"
            "(b) distributes child sexual abuse material;\n(c) sells child sexual abuse material; or\n"
            "(d) possesses child sexual abuse material,\nis guilty of an offence and liable to imprisonment "
            "for a term of not more than 10 years.\n\n13 Attempts\n(1) A person who attempts to commit an "
            f"offence under {listed}, or section 3, is guilty of an offence.\n(2) A person who aids, abets or "
            "counsels another person to commit an offence under this Act is guilty of an offence.\n")
    verdict = _status(_analyse(text), "attempt-complicity")
    found = [e for e in verdict.evidence if e.element == "attempt-listed-offences-only"]
    assert bool(found) == narrowed
    if narrowed:
        assert "7 (1) " in found[0].rule


_ATTEMPT_FR = ("Code pénal\n\nArticle 94.- Tentative\nLa tentative de crime est toujours punissable ; celle de "
               "délit ne l'est que {general}.\n\nArticle 97.- Complicité\nEst complice quiconque aide sciemment "
               "l'auteur d'un crime ou d'un délit ; le complice encourt les mêmes peines que l'auteur.\n\n"
               "Article 300.- Le fait de vendre un enfant, ou de le remettre contre rémunération à des fins "
               "d'exploitation sexuelle, est puni de dix ans d'emprisonnement.\n\n"
               "Article 301.- Le fait de fixer ou de diffuser l'image ou la représentation d'un mineur lorsque "
               "cette image présente un caractère pornographique est puni de cinq ans d'emprisonnement.\n"
               "La tentative des délits que prévoit le présent article est punissable.\n\n"
               "Article 310.- Les délais de prescription courent à compter de la majorité de la victime pour "
               "ces délits et leur tentative lorsqu'elle est punissable.\n")


@pytest.mark.parametrize("general,status", [
    ("dans les cas où la loi le prévoit", "partial"),   # only art. 301 provides: the sale of art. 300 is left out
    ("si elle est commise avec violence", "covered"),   # a general rule for délits: every offence
])
def test_a_general_attempt_rule_that_leaves_delits_to_the_law_is_no_rule_for_all(general, status):
    # rubric 1.12.0: the general clause that leaves attempt of délits to express provision, and a
    # limitation rule for attempts "lorsqu'elle est punissable", make no rule for all offences;
    # "le présent article" confines the special clause to its own article; "Article 94.- Tentative"
    # is a title, not a rule.
    verdict = _status(_analyse(_ATTEMPT_FR.format(general=general), lang="fr"), "attempt-complicity")
    assert verdict.status == status
    if status == "partial":
        found = [e for e in verdict.evidence if e.element == "attempt-listed-offences-only"]
        assert found and "(leaves out 300)" in found[0].rule


@pytest.mark.parametrize("said,status", [
    ("même si aucune rencontre n'a eu lieu", "covered"),   # the meeting only raises the penalty
    ("lorsqu'elle a été suivie d'une rencontre", "partial"),  # no statement: the meeting reads as required
])
def test_a_meeting_that_only_aggravates_does_not_narrow_grooming(said, status):
    # rubric 1.12.0 no-meeting-needed cancels meeting-required in its section.
    text = ("Code pénal\n\nArticle 219 : Sollicitation d'un enfant\nToute personne qui, par tout moyen, notamment "
            "au moyen d'un système informatique, prend contact avec un enfant dans le but de commettre sur lui "
            f"une infraction sexuelle commet une infraction, {said}. Elle est passible d'un emprisonnement de "
            "trois ans.\nLorsque la sollicitation a été suivie d'une rencontre, la peine est de sept ans.\n")
    if "suivie" in said:
        text = text.replace(f", {said}", "")
    assert _status(_analyse(text, lang="fr"), "grooming").status == status


@pytest.mark.parametrize("extra,status", [
    ("", "covered"),
    # rubric 1.12.0: an officer's due-diligence defence does not narrow the company's liability ...
    ("(3) It shall be a defence for an officer charged under subsection (2) to prove that he exercised all due "
     "diligence to prevent the offence.\n", "covered"),
    # ... but the company's own defence does, and so does a provider's safe harbour for users' material
    ("(3) It is a defence for the body corporate to prove that it exercised all due diligence to prevent the "
     "offence.\n", "partial"),
    ("(3) A service provider is not liable under this section for material stored or transmitted by it at a "
     "user's request.\n", "partial"),
])
def test_whose_defence_narrows_corporate_liability(extra, status):
    text = ("Act\n\n5 Child sexual abuse material\nA person who distributes child sexual abuse material is guilty of an "
            "offence and liable to imprisonment for 10 years.\n\n9 Offences by bodies corporate\n(1) Where an offence "
            "under this Act is committed by a body corporate for its benefit by a director or employee, the body "
            "corporate is guilty of the offence and liable to a fine of ten times the maximum.\n(2) A director who "
            "consented to the offence is also guilty of it.\n" + extra)
    assert _status(_analyse(text), "corporate-liability").status == status


# rubric 1.8.0: a term's definition limits the sections that use the term; inserted articles are units.
_DEFINED_CHILD = ("Lei\n\nArt. 2º Para os fins desta Lei, considera-se:\nI - criança: a pessoa com menos de doze anos "
                  "de idade;\nII - adolescente: a pessoa com doze anos completos e menos de dezoito anos.\n\n"
                  "Art. 3º {who}, por aplicação de internet, visando à prática de ato libidinoso:\n"
                  "Pena - reclusão, de 1 (um) a 3 (três) anos.\n")


@pytest.mark.parametrize("who,status", [
    ("Contatar criança", "partial"),                  # "criança" is defined as under twelve
    ("Contatar criança ou adolescente", "covered"),   # "adolescente" reaches eighteen
])
def test_a_definition_limits_the_offence_that_uses_the_term(who, status):
    verdict = _status(_analyse(_DEFINED_CHILD.format(who=who), lang="pt"), "grooming")
    assert verdict.status == status
    if status == "partial":
        narrowing = next(e for e in verdict.evidence if e.element == "lower-age-threshold")
        assert narrowing.via and narrowing.via[0]["from"] == "art_3"


def test_the_age_of_an_offence_referred_to_does_not_limit_grooming():
    text = ("Act\n\n4 Sexual touching\nEvery person who touches a person under the age of 14 years for a sexual "
            "purpose is guilty of an offence.\n\n5 Luring\nEvery person who, by means of telecommunication, "
            "communicates with a person under the age of 18 years for the purpose of committing an offence "
            "under section 4 against that person is guilty of an offence.\n")
    assert _status(_analyse(text), "grooming").status == "covered"


_INSERTED = ("Lei\n\nArt. 1º O Estatuto passa a vigorar acrescido dos seguintes arts. 241-F a 241-K:\n\n"
             "\"Art. 241-F. Produzir ou vender material de abuso sexual infantojuvenil:\n"
             "Pena - reclusão, de 4 (quatro) a 8 (oito) anos.\"\n\n"
             "\"Art. 241-I. Criar, por montagem ou uso de inteligência artificial, conteúdo em que criança ou "
             "adolescente apareça em atividade sexual explícita, ou divulgar conteúdo assim criado:\n"
             "Pena - reclusão, de 2 (dois) a 6 (seis) anos.\"\n\n"
             "\"Art. 241-K. Nos crimes previstos no{which}, o prazo prescricional tem início no dia em que a "
             "vítima atingir a maioridade.\"\n\n"
             "Art. 2º Esta Lei entra em vigor na data de sua publicação.\n")


@pytest.mark.parametrize("which,status", [
    (" art. 241-F", "partial"),              # leaves out the AI and montage offence in 241-I
    ("s arts. 241-F e 241-I", "covered"),
])
def test_a_limitation_rule_naming_inserted_articles(which, status):
    analysis = _analyse(_INSERTED.format(which=which), lang="pt")
    verdict = _status(analysis, "limitation-periods")
    assert verdict.status == status
    # The inserted article is the unit its evidence counts for, not art. 1 that inserts it.
    assert {(e.provision, e.section) for e in _status(analysis, "csam-offences").evidence
            if e.element == "distribution"} == {("art_1__quoted_1__art_241-I", "241-I")}


def test_a_limitation_rule_on_the_line_of_its_inline_heading_still_lists_its_offences():
    # Central American drafting puts heading and text on one line ("Art. 20.- Prescripción. En los
    # delitos ..."): the rule is the text, not the heading, and art. 8 is left out of its list.
    text = ("Ley\n\nArt. 7.- Producción. El que produzca pornografía infantil será sancionado con prisión de cinco a "
            "diez años.\n\nArt. 8.- Distribución. El que distribuya o venda pornografía infantil será sancionado con "
            "prisión de cuatro a ocho años.\n\nArt. 20.- Prescripción. En los delitos previstos en el artículo 7 de "
            "esta ley, el plazo de prescripción comenzará a contarse a partir del día en que la víctima cumpla "
            "dieciocho años de edad.\n")
    verdict = _status(_analyse(text, lang="es"), "limitation-periods")
    assert verdict.status == "partial"
    assert any(e.element == "listed-offences-only" for e in verdict.evidence)


@pytest.mark.parametrize("line, title", [
    ("Instigation, aiding and abetting and attempt.\n11.-(1) Any person who instigates an offence", True),
    ('"Attempt.\n12. A person who attempts', True),
    ("Attempt is punishable for every offence.\nThis applies to all offences.", False),
    ("Attempt is punishable.\n(a) in the cases of section 3;", False),
])
def test_a_title_with_a_period_above_a_numbered_line_makes_no_rule(line, title):
    # rubric 1.13.0: Commonwealth marginal titles end with a period; right above the section's
    # number they are titles, not a general attempt rule for every offence.
    from gapcheck.cover import _heads_numbered_line
    hi = line.index("\n")
    assert _heads_numbered_line(line, 0, hi) is title


def test_fines_in_a_text_that_calls_them_administrative_make_no_offence():
    # A regulation's "Son infracciones graves ..." fined "con multa" in tax units is no offence; the
    # same "multa" in a text that also imprisons is a criminal fine.
    from types import SimpleNamespace
    from gapcheck.cover import _offence_units

    def section(*labels):
        return SimpleNamespace(legal=[SimpleNamespace(label=label) for label in labels])

    regulation = {("r.txt", "art_30"): section("sanction:administrative-fine"),
                  ("r.txt", "art_32"): section("sanction:criminal-fine")}
    assert _offence_units(regulation, {}, {}, {}) == set()
    code = {**regulation, ("r.txt", "art_40"): section("sanction:imprisonment")}
    assert _offence_units(code, {}, {}, {}) == {("r.txt", "art_32"), ("r.txt", "art_40")}



BILINGUAL = ("Child Protection Act\nLoi sur la protection de l'enfance\n\n1 In this Act, child means a person under the "
             "age of 18 years.\n1 Dans la présente loi, enfant s'entend d'une personne âgée de moins de 18 ans.\n\n"
             "2 Every person who makes child sexual abuse material is guilty of an offence and liable to imprisonment "
             "for 10 years.\n2 Quiconque produit du matériel d'abus sexuel d'enfants est coupable d'une infraction et "
             "passible d'un emprisonnement de 10 ans.\n")


def test_a_case_is_read_in_the_language_it_declares(tmp_path):
    # A bilingual statute (English and French side by side) names no language of its own; its case
    # declares one, and the evaluation reads it in that language, as `gapcheck analyze --lang` would.
    from gapcheck.evaluate import evaluate_verdicts, verdict_cases
    (tmp_path / "act.txt").write_text(BILINGUAL, encoding="utf-8")
    (tmp_path / "expected.yaml").write_text(yaml.safe_dump({"documents": {"bilingual": {
        "jurisdiction": "Testland", "language": "en", "files": ["act.txt"],
        "verdicts": {"csam-offences": {"status": "partial"}}}}}), encoding="utf-8")
    cases = verdict_cases([tmp_path / "expected.yaml"])
    assert cases[0].lang == "en"
    report = evaluate_verdicts(cases, held_out=())
    assert [(r["case"], r["id"]) for r in report["rows"]] == [("bilingual", "csam-offences")]
    assert report["rows"][0]["got"] in ("covered", "partial", "missing", "contradicted")


def test_a_request_for_images_without_a_threat_is_no_extortion():
    # "que le remita fotografías de contenido sexual" asks for more images, as an extortion's demand
    # would, but with no threat it is grooming: the demand earns no partial credit alone (rubric 1.17.0).
    text = ("Código Orgánico\n\nArtículo 104.- Solicitud de material. La persona adulta que, por cualquier medio, "
            "pida a una persona menor de dieciocho años que le remita a otra persona fotografías o videos de "
            "contenido sexual será sancionada con pena privativa de libertad de tres a cinco años.\n")
    assert _status(_analyse(text, lang="es"), "sexual-extortion").status == "missing"


@pytest.mark.parametrize("item,narrowed", [
    ("An attempt to commit, or aiding or conspiring in, any offence mentioned in paragraphs 1 to 2.", True),
    # a clause that names no numbers is everyone's rule
    ("An attempt to commit, or aiding or conspiring in, any offence under this Act.", False),
])
def test_an_attempt_item_naming_numbers_that_lead_nowhere_is_no_rule_for_every_offence(item, narrowed):
    # rubric 1.22.0: a schedule of specified offences whose last item reads "An attempt to commit ...
    # any offence mentioned in paragraphs 1 to 2" names its offences by the schedule's own numbers,
    # which lead to no section: it does not make attempts at every offence punishable, so section
    # 12's list (sections 3 and 9) still leaves out section 4.
    text = ("Child Safeguarding Act\n\n3 Producing material\nA person who produces child sexual abuse material "
            "commits an offence and is liable to imprisonment for 10 years.\n\n4 Possession\nA person who "
            "possesses child sexual abuse material commits an offence and is liable to imprisonment for 5 years.\n\n"
            "9 Child prostitution\nA person who procures a child for prostitution commits an offence and is liable "
            "to imprisonment for 14 years.\n\n12 Attempts\n(1) A person who attempts to commit an offence under "
            "section 3 or 9 commits an offence.\n(2) A person who aids or abets an offence under this Act commits "
            "an offence.\n\nFIRST SCHEDULE\nSpecified Offences\n1. An offence under section 3.\n2. An offence under "
            f"section 9.\n3. {item}\n")
    verdict = _status(_analyse(text), "attempt-complicity")
    found = [e for e in verdict.evidence if e.element == "attempt-listed-offences-only"]
    assert bool(found) == narrowed


def test_an_evaluation_naming_the_measures_by_number_is_about_their_subject():
    # rubric 1.23.0 (monitoring-assessment ``subject_by_reference``): "die Wirksamkeit der Maßnahmen nach
    # den Art. 45 bis 45e" evaluates measures against sexual violence towards children without naming children.
    text = ("Gesetz\n\nArt. 45e Zentralstelle\n(1) Die Zentralstelle zur Bekämpfung sexualisierter Gewalt gegen "
            "Minderjährige erstellt jährlich ein Lagebild über die Fälle und veröffentlicht es.\n\n"
            "Art. 100 Evaluierung\nDie Staatsregierung lässt die Wirksamkeit der Maßnahmen nach Art. 45e alle drei "
            "Jahre durch eine unabhängige wissenschaftliche Stelle untersuchen; das Ergebnis wird veröffentlicht.\n")
    verdict = _status(_analyse(text, "de", "gesetz.txt"), "monitoring-assessment")
    referring = [e for e in verdict.evidence if e.provision.startswith("art_100")]
    assert referring and any(e.element == "periodic-evaluation" for e in referring)


@pytest.mark.parametrize("lang, text", [
    ("en", "Act\n\n20 Mutual legal assistance\n(1) The Attorney General may grant a foreign State the widest measure "
           "of assistance in criminal investigations and proceedings relating to offences against children, "
           "including obtaining evidence and executing search warrants.\n(2) Assistance shall not be subject to the "
           "condition of dual criminality.\n"),
    ("es", "Convenio\n\nArtículo 20. Asistencia judicial mutua\n1. Las Partes se prestarán la asistencia judicial más "
           "amplia posible en las investigaciones y procesos penales relativos a los delitos contra niños, incluida la "
           "obtención de pruebas y la audiencia de testigos.\n2. La asistencia no se supeditará a la condición de "
           "doble incriminación.\n"),
])
def test_assistance_that_does_not_depend_on_dual_criminality_is_not_narrowed_by_it(lang, text):
    verdict = _status(_analyse(text, lang), "mutual-legal-assistance")
    assert "dual-criminality-for-assistance" not in {e.element for e in verdict.evidence}
    assert "dual-criminality-waived" in {e.element for e in verdict.evidence}
    assert verdict.status == "covered"


def test_assistance_subject_to_dual_criminality_stays_narrowed():
    text = ("Act\n\n20 Mutual legal assistance\n(1) The Attorney General may grant a foreign State the widest measure "
            "of assistance in criminal investigations and proceedings relating to offences against children, "
            "including obtaining evidence and executing search warrants.\n(2) Assistance shall be subject to the "
            "condition of dual criminality.\n")
    verdict = _status(_analyse(text, "en"), "mutual-legal-assistance")
    assert verdict.status == "partial"


def test_a_general_attempt_rule_whose_text_runs_on_after_its_number_reaches_every_offence():
    # rubric 1.30.0: the section's own number ("§ 15.") is no list of offences, and "eine vorsätzliche
    # strafbare Handlung" names the whole class of offences.
    text = ("Strafgesetzbuch\n\n§ 12. Als Täter ist nicht nur zu behandeln, wer die strafbare Handlung selbst ausführt, "
            "sondern auch, wer einen anderen zur Ausführung veranlasst oder sonst zu ihr beiträgt.\n\n"
            "§ 15. Wer den Entschluss, eine vorsätzliche strafbare Handlung zu begehen, durch eine der Ausführung "
            "unmittelbar vorangehende Handlung betätigt, ist, auch wenn die Tat nicht vollendet wird, mit der für die "
            "vollendete Tat angedrohten Strafe zu bestrafen. Dasselbe gilt für jeden, der sich an dem Versuch nach § 12 "
            "beteiligt.\n\n§ 207a. (1) Wer eine pornographische Darstellung einer minderjährigen Person herstellt, "
            "einführt, ausführt, anbietet oder verbreitet, ist mit Freiheitsstrafe bis zu drei Jahren zu bestrafen.\n")
    verdict = _status(_analyse(text, "de"), "attempt-complicity")
    assert "attempt-listed-offences-only" not in {e.element for e in verdict.evidence}
    assert verdict.status == "covered"


def test_an_article_printed_twice_is_reached_by_its_number():
    # rubric 1.30.0: a bill's comparative table and its decree print article 202 twice; a limitation
    # rule naming "202" reaches both.
    text = ("Iniciativa\n\nTEXTO VIGENTE:\nSin correlativo\n\nTEXTO PROPUESTO:\nArtículo 202.- A quien produzca o "
            "distribuya material de abuso sexual de personas menores de dieciocho años se le impondrá pena de siete a "
            "quince años de prisión.\n\nPROYECTO DE DECRETO\n\nARTÍCULO ÚNICO.- Se reforman los artículos 202 y 203 "
            "del Código Penal, para quedar como sigue:\n\nArtículo 202.- A quien produzca o distribuya material de "
            "abuso sexual de personas menores de dieciocho años se le impondrá pena de siete a quince años de "
            "prisión.\n\nArtículo 203.- La prescripción de la acción penal respecto del delito previsto en el "
            "artículo 202 comenzará a correr a partir del día en que la víctima cumpla dieciocho años.\n")
    verdict = _status(_analyse(text, "es"), "limitation-periods")
    assert "listed-offences-only" not in {e.element for e in verdict.evidence}, \
        [e.rule for e in verdict.evidence if e.element == "listed-offences-only"]


def test_words_a_bill_deletes_in_brackets_are_not_read_where_it_says_so():
    body = ("Section 1.  TRS 200.700 is hereby amended to read as follows:\n   200.700  1.  \"Child\" means a person "
            "under the age of [16] 18 years.\n   2.  \"Child sexual abuse material\" means any visual depiction, in "
            "any medium, of a child engaged in actual or simulated sexual conduct or of the genitals of a child "
            "shown for a sexual purpose.\n")
    marked = "SENATE BILL NO. 214\n\nEXPLANATION – Matter in bolded italics is new; matter between brackets\n" \
             "[omitted material] is material to be omitted.\n\n" + body
    elements = {e.element for e in _status(_analyse(marked), "csam-definition").evidence}
    assert "child-under-18" in elements and "lower-age-threshold" not in elements
    # without that explanation a bracket is text like any other: "[16]" stands between the words
    elements = {e.element for e in _status(_analyse("SENATE BILL NO. 214\n\n" + body), "csam-definition").evidence}
    assert "child-under-18" not in elements


def test_a_denied_punishment_of_a_child_for_its_own_images_is_no_contradiction():
    # rubric 1.32.0: "N'est pas punissable le mineur qui ..." denies what the cue alone would assert
    denied = ("Code pénal\n\nArt. 197e\nActes entre mineurs\n\n1 N'est pas punissable le mineur qui fabrique ou "
              "possède des représentations pédosexuelles le montrant lui-même.\n")
    verdict = _status(_analyse(denied, "fr"), "victim-non-criminalisation")
    assert "punishes-self-images" not in {e.element for e in verdict.evidence}
    asserted = "Code pénal\n\nArticle 12\nLe mineur qui diffuse sa propre image à caractère sexuel est puni d'une amende.\n"
    verdict = _status(_analyse(asserted, "fr"), "victim-non-criminalisation")
    assert "punishes-self-images" in {e.element for e in verdict.evidence}



# rubric 1.33.0: "Kind" defined in a section of its own, which the definition of the material uses
# (Czech-style codes in translation). The age of the definition is the age of the material's definition.
CHILD_DEFINED_APART = """Strafgesetzbuch

§ 126
Kind

Als Kind gilt in diesem Gesetz, wer das {age} Lebensjahr noch nicht vollendet hat.

§ 126a
Kinderpornografie

(1) Kinderpornografie im Sinne dieses Gesetzes ist jede Darstellung, gleich in welcher Form und mit welchen Mitteln sie erstellt wird, wenn sie
a) ein Kind bei einem tatsächlichen oder vorgetäuschten eindeutig sexuellen Verhalten zeigt, oder
b) die Geschlechtsorgane oder den Analbereich eines Kindes zeigt und überwiegend sexuellen Zwecken dient.

§ 192
Herstellung von Kinderpornografie

(1) Wer Kinderpornografie herstellt, besitzt oder verbreitet, wird mit Freiheitsstrafe bis zu drei Jahren bestraft.
"""


def test_the_definition_of_a_child_in_a_section_of_its_own_gives_the_material_its_age():
    def element(age, eid):
        analysis = _analyse(CHILD_DEFINED_APART.format(age=age), "de", "stgb.txt")
        verdict = next(v for v in analysis.verdicts if v.requirement.id == "csam-definition")
        return verdict, next(e for e in verdict.elements if e["id"] == eid)["status"]
    verdict, status = element("achtzehnte", "child-under-18")
    assert status == "met"
    e = next(e for e in verdict.evidence if e.element == "child-under-18")
    assert e.provision == "sec_126" and e.via[0]["kind"] == "term" and e.via[0]["label"] == "kind"
    # a child under fourteen narrows the definition
    verdict, status = element("vierzehnte", "lower-age-threshold")
    assert status == "found" and verdict.status == "partial"
