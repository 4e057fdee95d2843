"""Linking rules (data/linking.yaml): every rule matches its own example, and terms and
references resolve to the right provisions."""
import re

import pytest
import yaml

from gapcheck.link import LINKING_PATH, link, normalise_number
from gapcheck.models import Document
from gapcheck.split import split

DATA = yaml.safe_load(LINKING_PATH.read_text(encoding="utf-8"))
RULES = [(kind, lang, rule) for kind in ("definitions", "general_scope", "references", "amendments",
                                          "amended_definitions", "ages", "order_powers", "scope_phrases",
                                          "derogations", "container_references")
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


def _links(name, text, lang="en"):
    """The links of one document, split as the pipeline splits it."""
    document = _doc(name, text, lang)
    return link([(document, split(document))])


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
    links = _links("act.txt", COMMON_LAW)
    terms = {t.term: t for t in links.terms}
    assert {"indecent image", "child"} <= set(terms)
    assert terms["indecent image"].section == "sec_2"
    uses = {(u.section, u.term) for u in links.uses}
    assert ("sec_3", "indecent image") in uses
    assert ("sec_2", "indecent image") not in uses      # the defining section does not "use" it
    targets = {(r.section, r.target) for r in links.references}
    assert ("sec_4", "sec_3__subsec_1") in targets
    assert ("sec_3", "sec_3__subsec_1") in targets      # "subsection (1)" inside section 3


def test_german_relative_subdivisions_resolve_below_the_absatz():
    text = ("Gesetz\n\n§ 4 Inhalte\n(1) Bestraft wird, wer\n1. verbreitet,\n2. herstellt.\n(2) Wer besitzt, wird "
            "bestraft.\n(3) Der Versuch einer Tat nach Absatz 1 Satz 1 Nr. 1 oder 2 ist strafbar.\n"
            "(4) Die in den Absätzen 1 bis 2 bezeichneten Inhalte werden eingezogen; § 4 Abs. 2 bleibt unberührt.\n")
    links = _links("gesetz.txt", text, lang="de")
    targets = sorted((r.source, r.target, r.quote) for r in links.references)
    assert ("sec_4__subsec_3", "sec_4__subsec_1__para_1", "Absatz 1 Satz 1 Nr. 1 oder 2") in targets
    assert ("sec_4__subsec_3", "sec_4__subsec_1__para_2", "Absatz 1 Satz 1 Nr. 1 oder 2") in targets
    assert {t for s, t, q in targets if q == "Absätzen 1 bis 2"} == {"sec_4__subsec_1", "sec_4__subsec_2"}
    # "§ 4 Abs. 2" is the paragraph-sign rule's, not read a second time as a bare "Abs. 2".
    assert [q for s, t, q in targets if t == "sec_4__subsec_2" and s == "sec_4__subsec_4"] == ["Absätzen 1 bis 2", "§ 4 Abs. 2"]


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
    links = _links("g.txt", text, "de")
    assert any(r.section == "sec_184b" and r.target == "sec_11__subsec_3" for r in links.references)


def test_german_article_references_and_lists_resolve():
    # rubric 1.23.0: Swiss, Austrian and Dutch-style texts in German number articles, not paragraphs.
    text = ("Gesetz\n\nArt. 45 Ermittlungen\n(1) Die Polizei ermittelt.\n\nArt. 45e Zentralstelle\n(1) Sie erstellt ein "
            "Lagebild.\n\nArt. 50 Auskunft\nDer Dienst gibt Auskunft.\n\nArt. 100 Evaluierung\nDie Maßnahmen nach Art. 45e "
            "Abs. 1 und nach den Artikeln 45 und 50 werden evaluiert.\n")
    links = _links("g.txt", text, "de")
    targets = {r.target for r in links.references if r.section == "art_100"}
    assert {"art_45e__subsec_1", "art_45", "art_50"} <= targets


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


@pytest.mark.parametrize("lang", sorted(DATA["lists"]))
def test_every_list_rule_reads_its_example(lang):
    rule = DATA["lists"][lang]
    example = rule["example"]
    first = next(re.finditer(r["regex"], example) for r in DATA["references"][lang]
                 if re.search(r["regex"], example))
    head = next(first)
    assert re.match(rule["plural"], head.group(0)), "the example's reference is not plural"
    items, at = [], head.end()
    while (item := re.compile(rule["item"]).match(example, at)) is not None:
        items.append(item.group("target"))
        at = item.end()
    assert len(items) >= 2, f"{lang}: only {items} read from {example!r}"


# One small code per language whose sections 1-6 exist: a plural reference with a list and a
# range, a number that counts years, and a number that is in none of the documents.
LISTS = [
    ("en", "Act\n\n1 A\nText.\n\n2 B\nText.\n\n3 C\nText.\n\n4 D\nText.\n\n5 E\nText.\n\n"
           "6 Special period\nFor offences under sections 1 through 3, and 5 the period is 10 years; see also section 99.\n",
     {"sec_1", "sec_2", "sec_3", "sec_5"}, "99"),
    # New Zealand and Australian Acts letter inserted sections twice ("98AA").
    ("en", "Act\n\n98AA A\nText.\n\n124A B\nText.\n\n124B C\nText.\n\n124C D\nText.\n\n144D E\nText.\n\n"
           "145 Attempts\nEvery one who attempts to commit an offence against any of sections 98AA, 124A to 124B, "
           "and 144D is liable; see section 299.\n",
     {"sec_98AA", "sec_124A", "sec_124B", "sec_144D"}, "299"),
    ("fr", "Code\n\nArticle 1\nTexte.\n\nArticle 2\nTexte.\n\nArticle 3\nTexte.\n\nArticle 4\nTexte.\n\nArticle 5\nTexte.\n\n"
           "Article 6\nLes délits prévus aux articles 1 à 3 et 5 se prescrivent par 10 ans ; voir l'article 99.\n",
     {"art_1", "art_2", "art_3", "art_5"}, "99"),
    # Belgian codes: slash numbers and glued suffixes ("articles 417/44 à 417/49", "l'article 7bis").
    ("fr", "Code pénal\n\nArt. 417/1. Texte.\n\nArt. 417/2. Texte.\n\nArt. 417/3. Texte.\n\nArt. 417/4. Texte.\n\n"
           "Art. 5bis. Texte.\n\nArt. 6. Les infractions visées aux articles 417/1 à 417/3 et 5bis se prescrivent "
           "par 10 ans ; voir l'article 99.\n",
     {"art_417-1", "art_417-2", "art_417-3", "art_5bis"}, "99"),
    ("es", "Código\n\nArtículo 1.\nTexto.\n\nArtículo 2.\nTexto.\n\nArtículo 3.\nTexto.\n\nArtículo 4.\nTexto.\n\n"
           "Artículo 5.\nTexto.\n\nArtículo 6.\nEn los delitos de los artículos 1 a 3 y 5 el plazo es de 10 años; "
           "véase el artículo 99.\n",
     {"art_1", "art_2", "art_3", "art_5"}, "99"),
    ("de", "Gesetz\n\n§ 1 A\nText.\n\n§ 2 B\nText.\n\n§ 3 C\nText.\n\n§ 4 D\nText.\n\n§ 5 E\nText.\n\n"
           "§ 6 Ruhen\n(1) Bei Taten nach den §§ 1 bis 3 und 5 ruht die Frist 10 Jahre; siehe § 99.\n",
     {"sec_1", "sec_2", "sec_3", "sec_5"}, "99"),
    ("pt", "Lei\n\nArt. 1. Texto.\n\nArt. 2. Texto.\n\nArt. 3. Texto.\n\nArt. 4. Texto.\n\nArt. 5. Texto.\n\n"
           "Art. 6. Nos crimes dos arts. 1 a 3 e 5 o prazo é de 10 anos; ver o art. 99.\n",
     {"art_1", "art_2", "art_3", "art_5"}, "99"),
]


@pytest.mark.parametrize("lang,text,targets,absent", LISTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(LISTS)])
def test_a_plural_reference_reads_its_list_and_range(lang, text, targets, absent):
    document = _doc("code.txt", text, lang)
    links = link([(document, split(document))])
    found = {r.target.split("__", 1)[0] for r in links.references if r.section.endswith(("_6", "_145"))}
    assert found == targets          # 4 is outside the range and the list; "10" counts years
    assert [r.target for r in links.unresolved] == [absent]
    assert all(r.target_document == "" for r in links.unresolved)


def test_a_list_does_not_run_into_the_next_line():
    text = ("Gesetz\n\n§ 1 A\nText.\n\n§ 2 B\nText.\n\n§ 3 C\n(1) Die Frist ruht\n1. bei Taten nach den §§ 1,\n"
            "2. solange das Verfahren ruht.\n")
    links = _links("g.txt", text, "de")
    assert {r.target for r in links.references if r.section == "sec_3"} == {"sec_1"}


def test_swiss_references_name_alineas_and_run_through_lists():
    text = ("Code\n\nArt. 110 Définitions\n1 Est mineure toute personne de moins de 18 ans.\n"
            "2 Est pornographie enfantine ...\n3 Sont assimilés ...\n4 Est un contenu non public ...\n\n"
            "Art. 187 Actes\n1 Quiconque ...\n\nArt. 195 Encouragement\nQuiconque ...\n\n"
            "Art. 197 Pornographie\n1 Quiconque offre ...\n2 Quiconque expose ...\n3 Quiconque recrute ...\n"
            "4 Quiconque fabrique de la pornographie enfantine au sens de l'art. 110, al. 2 et 3, est puni.\n"
            "5 Quiconque possède ...\n\n"
            "Art. 197a Sollicitation\nQuiconque propose une rencontre ...\n\n"
            "Art. 67 Interdiction\n1 Si l'auteur est condamné au sens des art. 187, 195, 197, al. 3 à 5, ou 197a, "
            "le juge interdit.\n")
    links = _links("cp.txt", text, "fr")
    from_197 = {r.target for r in links.references if r.source == "art_197__al_4"}
    assert from_197 == {"art_110__al_2", "art_110__al_3"}
    from_67 = {r.target for r in links.references if r.section == "art_67"}
    assert from_67 == {"art_187", "art_195", "art_197__al_3", "art_197__al_4", "art_197__al_5", "art_197a"}


def test_a_singular_section_heads_a_list_and_passes_over_bare_subdivisions():
    # rubric 1.7.0: "an offence under section 3, 5 or 7(2)" names three sections, and
    # "section 7(1)(a) or (b) or 8" reaches section 8.
    text = ("Act\n\n3 Sale\nA person who sells a child is guilty of an offence.\n\n5 Trade\nA person who trades "
            "is guilty of an offence.\n\n7 Material\n(1) A person who-\n(a) makes material; or\n(b) shares "
            "material,\nis guilty of an offence.\n(2) A person who films a child is guilty of an offence.\n\n"
            "8 Live transmission\nA person who streams abuse is guilty of an offence.\n\n14 Penalties\n"
            "(1) A person convicted of an offence under section 3, 5 or 7(2) may be imprisoned for 25 years.\n"
            "(2) A person convicted of an offence under section 7(1)(a) or (b) or 8 may be imprisoned for 15 years.\n")
    links = _links("act.txt", text)
    targets = {(r.source, r.target) for r in links.references if r.section == "sec_14"}
    assert {("sec_14__subsec_1", "sec_3"), ("sec_14__subsec_1", "sec_5"),
            ("sec_14__subsec_1", "sec_7__subsec_2")} <= targets
    assert ("sec_14__subsec_2", "sec_8") in targets
    # rubric 1.12.0: "or (b)" names paragraph (b) of 7(1) too
    assert ("sec_14__subsec_2", "sec_7__subsec_1__para_b") in targets


def test_a_range_of_paragraphs_stays_inside_its_subsection():
    # rubric 1.12.0: "section 7(1)(a) to (c), 9 or 10" names (a), (b) and (c) of 7(1), then 9 and 10,
    # not every section from 7 to 9.
    text = ("Act\n\n7 Material\n(1) A person who-\n(a) makes material;\n(b) shares material;\n(c) sells material; or\n"
            "(d) has material,\nis guilty of an offence.\n\n8 Other\nText.\n\n9 Luring\nText.\n\n10 Streaming\nText.\n\n"
            "14 Attempts\nA person who attempts to commit an offence under section 7(1)(a) to (c), 9 or 10 is guilty of "
            "an offence.\n")
    links = _links("act.txt", text)
    targets = {r.target for r in links.references if r.section == "sec_14"}
    assert targets == {"sec_7__subsec_1__para_a", "sec_7__subsec_1__para_b", "sec_7__subsec_1__para_c",
                       "sec_9", "sec_10"}


def test_a_flush_left_definition_list_and_a_meaning_of_heading_define_terms():
    # rubric 1.7.0: New Zealand drafting, without quotes; a wrapped "and includes" line is no term.
    text = ("Act\n\n2 Interpretation\nIn this Act,-\nchild means a person under the age of 18 years\n"
            "publication means any film or picture, whether or not made by computer,\n"
            "and includes any image generated by software\n\n3 Meaning of objectionable\n"
            "A publication is objectionable if it depicts a child in sexual conduct.\n\n"
            "124 Offences\nEvery one who distributes an objectionable publication to a child is liable to "
            "imprisonment.\n")
    links = _links("act.txt", text)
    terms = {t.term: t.section for t in links.terms}
    assert terms.get("child") == "sec_2" and terms.get("publication") == "sec_2"
    assert terms.get("objectionable") == "sec_3"
    assert "and" not in terms
    assert ("sec_124", "objectionable") in {(u.section, u.term) for u in links.uses}


# rubric 1.8.0: articles a quote inserts into another law are units of their own.
AMENDING_LAW = """Lei de proteção digital

Art. 2º Para os fins desta Lei, considera-se:
I - criança: a pessoa com menos de doze anos de idade;
II - adolescente: a pessoa com doze anos completos e menos de dezoito anos;
III - nos casos previstos nesta Lei: o disposto no art. 3º.

Art. 3º A Lei nº 1.000 passa a vigorar acrescida dos seguintes arts. 241-F a 241-H:

"Art. 241-F. Produzir material de abuso sexual infantojuvenil:
Pena - reclusão, de 4 (quatro) a 8 (oito) anos."

"Art. 241-G. Contatar criança pela internet visando à prática de ato libidinoso:
Pena - detenção."

"Art. 241-H. Nos crimes previstos no art. 241-F, pune-se a tentativa."

Art. 4º Nos processos relativos aos crimes previstos nos arts. 241-F a 241-H, a vítima será ouvida uma só vez.
"""


def test_references_reach_the_articles_a_quote_inserts():
    links = _links("lei.txt", AMENDING_LAW, "pt")
    targets = {(r.section, r.target) for r in links.references}
    inserted = "art_3__quoted_1__art_241-"
    # A range runs through the inserted articles, and an inserted article refers to another.
    assert {("art_4", inserted + x) for x in "FGH"} <= targets
    assert (inserted + "H", inserted + "F") in targets


def test_brazilian_definition_lists():
    links = _links("lei.txt", AMENDING_LAW, "pt")
    terms = {t.term: t for t in links.terms}
    assert {"criança", "adolescente"} <= set(terms)
    assert terms["criança"].provision == "art_2__item_I"
    assert not any(t.startswith("nos casos") for t in terms)   # an item opening with "nos" is no term
    # The inserted article uses the term; the amending article's own words do not hold it.
    uses = {(u.section, u.term) for u in links.uses}
    assert ("art_3__quoted_1__art_241-G", "criança") in uses


@pytest.mark.parametrize("lang,text,section,targets", [
    # rubric 1.12.0: European Portuguese "artigos 171.º a 176.º-A" runs through the articles the
    # texts hold although article 171.º is not among them.
    ("pt", "Código\n\nArtigo 174.º\nTexto.\n\nArtigo 175.º\nTexto.\n\nArtigo 176.º-A\nTexto.\n\nArtigo 180.º\nNos crimes "
           "previstos nos artigos 171.º a 176.º-A, a tentativa é sempre punível.\n",
     "art_180", {"art_174", "art_175", "art_176-A"}),
    # Central American decrees: "los artículos 194 Bis al 195 Ter".
    ("es", "Código\n\nArtículo 194 Bis.\nTexto.\n\nArtículo 194 Ter.\nTexto.\n\nArtículo 195 Bis.\nTexto.\n\n"
           "Artículo 195 Ter.\nTexto.\n\nArtículo 196.\nLas penas señaladas en los artículos 194 Bis al 195 Ter se "
           "aumentarán en una tercera parte.\n",
     "art_196", {"art_194-bis", "art_194-ter", "art_195-bis", "art_195-ter"}),
    # rubric 1.18.0: Colombian codes letter articles without a hyphen, "artículos 213A, 218 y 218B".
    ("es", "Código\n\nArtículo 213A. Texto.\n\nArtículo 218. Texto.\n\nArtículo 218B. Texto.\n\nArtículo 218D. "
           "Las penas previstas en los artículos 213A, 218 y 218B se incrementarán en una tercera parte.\n",
     "art_218D", {"art_213A", "art_218", "art_218B"}),
    # rubric 1.19.0: Salvadoran laws abbreviate the plural, "los Arts. 28 y 31".
    ("es", "Ley\n\nArt. 28.- Texto.\n\nArt. 29.- Texto.\n\nArt. 31.- Texto.\n\nArt. 33.- En los delitos previstos en "
           "los Arts. 28 y 31 de esta Ley, la tentativa será sancionada.\n",
     "art_33", {"art_28", "art_31"}),
])
def test_ranges_in_iberian_drafting(lang, text, section, targets):
    links = _links("code.txt", text, lang)
    assert {r.target for r in links.references if r.section == section} == targets


def test_a_french_definition_list_defines_its_terms():
    # rubric 1.12.0: "1° enfant : toute personne ..." in a definitions article.
    text = ("Loi\n\nArticle 2 : Définitions\nDans la présente loi, les termes ci-dessous s'entendent comme suit :\n"
            "1° enfant : toute personne qui n'a pas encore atteint l'âge de dix-huit (18) ans ;\n"
            "2° système informatique : tout dispositif de traitement automatisé de données.\n")
    links = _links("loi.txt", text, "fr")
    assert {t.term for t in links.terms} == {"enfant", "système informatique"}


def test_a_note_or_example_makes_no_link():
    """A note or an example printed inside a section explains it and enacts nothing: a defined
    term or a reference it uses links nothing, while the section's own words still do."""
    text = COMMON_LAW + """
5 Removal notices
(1) The Commissioner may give a removal notice for an indecent image.
Example: A platform hosts a clip showing a child. The Commissioner may give a notice under section 4.
(2) A notice under this section is given in writing.

6 Reports
(1) A provider must report an offence under section 3.
Note: Section 4 also reaches anything used to make an indecent image of a child.
"""
    links = _links("act.txt", text)
    uses = {(u.section, u.term) for u in links.uses}
    targets = {(r.section, r.target) for r in links.references}
    assert ("sec_5", "indecent image") in uses
    assert ("sec_5", "child") not in uses
    assert ("sec_5", "sec_4") not in targets
    assert ("sec_6", "sec_3") in targets
    assert ("sec_6", "sec_4") not in targets
    assert ("sec_6", "indecent image") not in uses


def test_a_number_that_recurs_in_an_annex_resolves_inside_the_annex():
    # rubric 1.22.0: a decision approves an agreement annexed to it, and the agreement numbers its
    # articles afresh; its "Artigos 3 e 4" are its own, not the decision's article 3.
    text = ("DECISÃO Nº 14/25\n\nArt. 1º - Aprovar o Acordo que consta como Anexo.\n\n"
            "Art. 2º - Esta Decisão entra em vigor na data de sua assinatura.\n\n"
            "Art. 3º - Esta Decisão não precisa ser incorporada.\n\nANEXO\n\nARTIGO 1\nObjeto\n\n"
            "O presente Acordo tem por objeto a cooperação.\n\nARTIGO 3\nMaterial de abuso\n\n"
            "Cada Parte tipificará como delito a produção de material de abuso sexual infantil.\n\n"
            "ARTIGO 4\nOutros delitos\n\nCada Parte tipificará como delito a exploração sexual de crianças.\n\n"
            "ARTIGO 5\nTentativa\n\nCada Parte assegurará que seja punível a tentativa dos delitos previstos nos "
            "Artigos 3 e 4.\n")
    document = _doc("acordo.txt", text, "pt")
    provisions = split(document)
    annexed = {p.id for p in provisions if p.number.strip() == "3" and p.start > text.index("ANEXO")}
    assert len(annexed) == 1
    links = link([(document, provisions)])
    targets = {r.target for r in links.references if r.section.startswith("art_5")}
    assert annexed <= targets
    assert "art_3" not in targets        # the decision's own article 3
    # a reference in the decision itself still names the decision's article
    text = text.replace("Art. 2º - Esta Decisão", "Art. 2º - O art. 3º aplica-se; esta Decisão")
    links = _links("d.txt", text, "pt")
    assert any(r.section == "art_2" and r.target == "art_3" for r in links.references)


def test_german_definitions_of_a_child_in_three_drafting_forms():
    # rubric 1.33.0: a Czech-style code in translation, a youth-protection law, a state treaty
    for text in ("Gesetz\n\n§ 126\nKind\n\nAls Kind gilt in diesem Gesetz, wer das achtzehnte Lebensjahr noch nicht "
                 "vollendet hat.\n",
                 "Gesetz\n\n§ 3\nBegriffsbestimmungen\n\nIm Sinne dieses Gesetzes\n1. ist Kind, wer das vierzehnte "
                 "Lebensjahr noch nicht vollendet hat,\n2. sind Telemedien elektronische Dienste.\n",
                 "Staatsvertrag\n\n§ 3\nBegriffsbestimmungen\n\n(1) Im Sinne dieses Staatsvertrages ist\n4. Kind: eine "
                 "Person, die das vierzehnte Lebensjahr noch nicht vollendet hat,\n"):
        links = _links("gesetz.txt", text, "de")
        assert "kind" in {t.term for t in links.terms}, text


def test_algerian_style_references_name_articles_numbered_after_the_suffix():
    text = ("Ordonnance\n\nArt. 2. — Il est inséré deux articles rédigés comme suit :\n\n« Art. 333 bis 3. — Est puni quiconque "
            "sollicite un mineur.\n\nArt. 333 bis 4. — Est puni quiconque prostitue un mineur. »\n\n"
            "Art. 4. — Il est inséré un article 8 ter ainsi rédigé :\n\n« Art. 8 ter. — L'action publique relative aux "
            "infractions prévues aux articles 333 bis 3 et 333 bis 4 du code pénal se prescrit par quinze ans. »\n")
    links = _links("ordonnance.txt", text, "fr")
    targets = {r.target for r in links.references if r.section.endswith("art_8-ter")}
    assert targets == {"art_2__quoted_1__art_333-bis-3", "art_2__quoted_1__art_333-bis-4"}, targets
