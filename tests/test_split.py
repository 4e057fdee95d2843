"""Table-driven and golden tests of the split stage (``gapcheck.split``) and its rules (``gapcheck.numbering``).

All statute text here is fictional, written in the style of each drafting tradition.

Golden files: ``tests/golden/split/<name>.<lang>.txt`` is split and the full JSON of
``[p.to_dict() for p in split(doc)]`` compared with ``<name>.json``. To regenerate
them after a deliberate change, run::

    GAPCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_split.py -k golden

and review the diff before committing.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from gapcheck import numbering as nb
from gapcheck.models import Document
from gapcheck.split import render_text, split

GOLDEN = Path(__file__).parent / "golden" / "split"


def doc(text: str, lang: str = "en") -> Document:
    return Document(path="snippet.txt", name="snippet.txt", sha256="", format="txt", text=text, lang=lang)


def outline(text: str, lang: str = "en") -> dict:
    """id -> (unit, number, heading, parent) of every provision."""
    return {p.id: (p.unit, p.number, p.heading, p.parent) for p in split(doc(text, lang))}


def first_line(text: str, lang: str, pid: str) -> str:
    p = next(p for p in split(doc(text, lang)) if p.id == pid)
    return p.text.split("\n")[0]


# ---------------------------------------------------------------------------
# The rules themselves: each example matches its rule, no counter-example does
# ---------------------------------------------------------------------------

ALL_RULES = nb.CONTAINER_RULES + nb.PROVISION_RULES + nb.CHILD_RULES + (nb.GENERIC_RULE,)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_rule_examples_match(rule):
    assert rule.examples, f"{rule.name} needs at least one example line"
    for example in rule.examples:
        assert rule.pattern.match(example), f"{rule.name} must match {example!r}"


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.counter_examples], ids=lambda r: r.name)
def test_rule_counter_examples_are_not_provisions(rule):
    # a counter-example may match the bare pattern, but must not open that rule's unit in context
    lang = sorted(rule.langs)[0] if rule.langs else "en"
    for line in rule.counter_examples:
        text = f"{line}\n"
        provisions = split(doc(text, lang))
        assert [p.unit for p in provisions] == ["preamble"], f"{rule.name}: {line!r} opened a provision"


def test_rule_names_are_unique_and_units_known():
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))
    for rule in nb.PROVISION_RULES:
        assert rule.unit in nb.UNIT_ABBR and rule.tradition in nb.TRADITIONS
    for tradition in nb.TRADITIONS.values():
        assert set(tradition.ranks) <= set(tradition.units)
        assert set(tradition.units.values()) <= set(nb.UNIT_ABBR)


@pytest.mark.parametrize("printed, expected", [
    ("163.1", "163.1"), ("(4.1)", "4.1"), ("184b", "184b"), ("227-23", "227-23"), ("1º", "1"), ("1 º", "1"),
    ("189 bis", "189-bis"), ("241-A", "241-A"), ("L. 121-2", "L121-2"), ("R. 12", "R12"), ("Ier", "I"),
    ("1er", "1"), ("1.ª", "1"), ("a)", "a"), ("1.", "1"), ("1°", "1"), ("2° bis", "2-bis"), ("(a.1)", "a.1"),
])
def test_id_number(printed, expected):
    assert nb.id_number(printed) == expected


@pytest.mark.parametrize("word, n", [
    ("Erster", 1), ("Zweiter", 2), ("Dritter", 3), ("Siebenter", 7), ("Siebter", 7), ("Zwölfter", 12),
    ("Dreizehnter", 13), ("Sechzehnter", 16), ("Zwanzigster", 20), ("Siebenundzwanzigster", 27),
    ("Zweites", 2), ("Achtes", 8), ("Allgemeiner", None), ("Besonderer", None),
])
def test_german_ordinals(word, n):
    assert nb.german_ordinal(word) == n


def test_number_key_orders_inserted_sections():
    assert nb.number_key("163") < nb.number_key("163.1") < nb.number_key("164")
    assert nb.number_key("184") < nb.number_key("184a") < nb.number_key("184b") < nb.number_key("185")


# ---------------------------------------------------------------------------
# Which lines start which units: (lang, text, expected {id: (unit, number, heading, parent)})
# ---------------------------------------------------------------------------

CASES = [
    pytest.param("en", "1 — Short title\nThis Act may be cited as the Model Act.\n2 — Definitions\n(1) In this Act,\n",
                 {"sec_1": ("section", "1", "Short title", None),
                  "sec_2": ("section", "2", "Definitions", None),
                  "sec_2__subsec_1": ("subsection", "(1)", "", "sec_2")}, id="common-law dash headings"),
    pytest.param("en", "4 — Offence\n[Defence]\n(4.1) It is a defence that\n(a) the person\n(i) knew, or\n(ii) ought to have known;\n(b) another ground.\n",
                 {"sec_4__subsec_4.1": ("subsection", "(4.1)", "Defence", "sec_4"),
                  "sec_4__subsec_4.1__para_a": ("paragraph", "(a)", "", "sec_4__subsec_4.1"),
                  "sec_4__subsec_4.1__para_a__subpara_i": ("subparagraph", "(i)", "", "sec_4__subsec_4.1__para_a"),
                  "sec_4__subsec_4.1__para_a__subpara_ii": ("subparagraph", "(ii)", "", "sec_4__subsec_4.1__para_a"),
                  "sec_4__subsec_4.1__para_b": ("paragraph", "(b)", "", "sec_4__subsec_4.1")},
                 id="common-law marginal note and nesting"),
    pytest.param("en", "Preamble text.\n[Definitions]\n2 In this Act, child means a young person.\n3 Every person who\n",
                 {"preamble": ("preamble", "", "", None), "sec_2": ("section", "2", "Definitions", None),
                  "sec_3": ("section", "3", "", None)}, id="marginal note before a section"),
    pytest.param("en", "7\n[Offence outside the country]\n(4.1) Every one who, outside the country, commits an act\n",
                 {"sec_7": ("section", "7", "", None),
                  "sec_7__subsec_4.1": ("subsection", "(4.1)", "Offence outside the country", "sec_7")},
                 id="section number alone on its line"),
    pytest.param("en", "163 — Corrupting morals\nText.\n163.1 — Definition\nText.\n164 — Warrant\nText.\n",
                 {"sec_163": ("section", "163", "Corrupting morals", None),
                  "sec_163.1": ("section", "163.1", "Definition", None),
                  "sec_164": ("section", "164", "Warrant", None)}, id="inserted section 163.1 kept"),
    pytest.param("en", "10 Application\nThis Act applies.\n11 Regulations\nThe Minister may make regulations.\n3 Members of the board are appointed by the Minister and hold office during pleasure.\n",
                 {"sec_10": ("section", "10", "Application", None), "sec_11": ("section", "11", "Regulations", None)},
                 id="out-of-order bare number rejected"),
    pytest.param("en", "5 — First\nText.\n5 — Renumbered duplicate\nText.\n",
                 {"sec_5": ("section", "5", "First", None), "sec_5_2": ("section", "5", "Renumbered duplicate", None)},
                 id="repeated number gets a suffix"),
    pytest.param("en", "1 — Lists\n(1) The following:\n(a) one;\n(b) two;\n(c) three;\n(d) four;\n(e) five;\n(f) six;\n(g) seven;\n(h) eight;\n(i) nine.\n(2) A list in a list:\n(a) first\n(i) roman one\n(ii) roman two\n",
                 {"sec_1__subsec_1__para_i": ("paragraph", "(i)", "", "sec_1__subsec_1"),
                  "sec_1__subsec_2__para_a__subpara_i": ("subparagraph", "(i)", "", "sec_1__subsec_2__para_a"),
                  "sec_1__subsec_2__para_a__subpara_ii": ("subparagraph", "(ii)", "", "sec_1__subsec_2__para_a")},
                 id="(i) after (h) is a letter, otherwise roman"),
    pytest.param("en", "62Possession of prohibited images\n(1)It is an offence to possess an image.\n(2)An image is prohibited if—\n(a)it is pornographic, and\n",
                 {"sec_62": ("section", "62", "Possession of prohibited images", None),
                  "sec_62__subsec_1": ("subsection", "(1)", "", "sec_62"),
                  "sec_62__subsec_2__para_a": ("paragraph", "(a)", "", "sec_62__subsec_2")},
                 id="legislation.gov.uk glued numbers"),
    pytest.param("en", "24. (1) A person who publishes such material commits an offence.\n(2) It is a defence to prove that\n",
                 {"sec_24": ("section", "24", "", None), "sec_24__subsec_1": ("subsection", "(1)", "", "sec_24"),
                  "sec_24__subsec_2": ("subsection", "(2)", "", "sec_24")}, id="number and subsection on one line"),
    pytest.param("en", "§ 2256. Definitions for chapter\nFor the purposes of this chapter—\n(1) “minor” means a person under 18;\n(8)(A) a depiction that is generated;\n(B) a depiction that is altered.\n",
                 {"sec_2256": ("section", "2256", "Definitions for chapter", None),
                  "sec_2256__para_1": ("paragraph", "(1)", "", "sec_2256"),
                  "sec_2256__para_8": ("paragraph", "(8)", "", "sec_2256"),
                  "sec_2256__para_8__subpara_A": ("subparagraph", "(A)", "", "sec_2256__para_8"),
                  "sec_2256__para_8__subpara_B": ("subparagraph", "(B)", "", "sec_2256__para_8")},
                 id="US Code paragraphs and inline (8)(A)"),
    pytest.param("en", "§ 10. Offense\n(a) In general.—Whoever\n(1) does a thing\n(A) knowingly\n(i) in person\n(I) alone\n(b) Penalty.\n",
                 {"sec_10__subsec_a__para_1__subpara_A__clause_i__subclause_I":
                  ("subclause", "(I)", "", "sec_10__subsec_a__para_1__subpara_A__clause_i"),
                  "sec_10__subsec_b": ("subsection", "(b)", "", "sec_10")}, id="US Code full nesting"),
    pytest.param("en", "CHAPTER 7— OFFENSES\n§ 10. First\nText.\nCHAPTER 7— OFFENSES\n§ 11. Second\nText.\n",
                 {"chp_7": ("chapter", "7", "OFFENSES", None), "sec_10": ("section", "10", "First", "chp_7"),
                  "sec_11": ("section", "11", "Second", "chp_7")}, id="running header reuses the chapter"),
    pytest.param("de", "Erster Abschnitt Allgemeines\n§ 1 Begriff\n(1) Satz eins.\n(2) Inhalte sind\n1. Schriften und\n2. Bilder, die\na) echt oder\nb) erzeugt sind.\n",
                 {"sgrp_1": ("section-group", "Erster", "Allgemeines", None),
                  "sec_1": ("section", "1", "Begriff", "sgrp_1"),
                  "sec_1__subsec_2__para_2__subpara_b": ("subparagraph", "b)", "", "sec_1__subsec_2__para_2")},
                 id="German Absatz Nummer Buchstabe"),
    pytest.param("de", "§ 5 Geltung\nText.\n§ 6 Absatz 2 gilt entsprechend.\n§ 3 findet mit den Maßgaben Anwendung, dass\n§§ 7 bis 9 (weggefallen)\n§ 10\n",
                 {"sec_5": ("section", "5", "Geltung", None), "sec_7-9": ("section", "7 bis 9", "(weggefallen)", None),
                  "sec_10": ("section", "10", "", None)}, id="German cross-references and ranges"),
    pytest.param("de", "Artikel 1 Änderung des Mustergesetzes\nDas Mustergesetz wird wie folgt geändert:\nArtikel 2 Inkrafttreten\n",
                 {"art_1": ("article", "1", "Änderung des Mustergesetzes", None),
                  "art_2": ("article", "2", "Inkrafttreten", None)}, id="German Artikel"),
    pytest.param("fr", "Article 227-23\nPremier alinéa.\nDeuxième alinéa, au sens de l'article 227-22 :\n1° un item ;\n2° un autre item.\nCinquième alinéa.\n",
                 {"art_227-23": ("article", "227-23", "", None),
                  "art_227-23__al_1": ("alinea", "1", "", "art_227-23"),
                  "art_227-23__al_2": ("alinea", "2", "", "art_227-23"),
                  "art_227-23__item_1": ("item", "1°", "", "art_227-23"),
                  "art_227-23__item_2": ("item", "2°", "", "art_227-23"),
                  "art_227-23__al_5": ("alinea", "5", "", "art_227-23")}, id="French alinéas counted"),
    pytest.param("fr", "Section 2 : Des peines\nArticle L. 121-2\nTexte.\nArticle 706-47-1\nTexte.\nArticle R. 12\nTexte.\nArticle 1er\nTexte.\n",
                 {"sgrp_2": ("section-group", "2", "Des peines", None),
                  "art_L121-2": ("article", "L. 121-2", "", "sgrp_2"),
                  "art_706-47-1": ("article", "706-47-1", "", "sgrp_2"),
                  "art_R12": ("article", "R. 12", "", "sgrp_2"), "art_1": ("article", "1er", "", "sgrp_2")},
                 id="French article numbers"),
    pytest.param("es", "CAPÍTULO I. De los delitos\nArtículo 189.\n1. Será castigado:\na) El que elaborare.\nb) El que difundiere.\nArtículo 189 bis.\nTexto.\nARTICULO 218.\nTexto.\n",
                 {"chp_I": ("chapter", "I", "De los delitos", None),
                  "art_189__subsec_1__para_b": ("paragraph", "b)", "", "art_189__subsec_1"),
                  "art_189-bis": ("article", "189 bis", "", "chp_I"), "art_218": ("article", "218", "", "chp_I")},
                 id="Spanish apartado and letra"),
    pytest.param("es", "Artículo 7. Igualdad. Las personas son iguales ante la ley.\nArtículo 7A. Otra norma. Texto.\n",
                 {"art_7": ("article", "7", "Igualdad", None), "art_7A": ("article", "7A", "Otra norma", None)},
                 id="Colombian inline heading"),
    pytest.param("pt", "Anterioridade\nArt. 1º - Não há crime sem lei.\nParágrafo único - Aplica-se também.\nArt. 241-A. Oferecer:\n§ 1º Incorre quem:\nI – assegura os meios;\nII – assegura o acesso:\na) por rede;\n§ 2º Texto.\n",
                 {"art_1": ("article", "1º", "Anterioridade", None),
                  "art_1__subsec_unico": ("subsection", "Parágrafo único", "", "art_1"),
                  "art_241-A__subsec_1__item_II": ("item", "II", "", "art_241-A__subsec_1"),
                  "art_241-A__subsec_1__item_II__point_a": ("point", "a)", "", "art_241-A__subsec_1__item_II"),
                  "art_241-A__subsec_2": ("subsection", "§ 2º", "", "art_241-A")},
                 id="Brazilian parágrafo inciso alínea"),
    pytest.param("pt", "Art. 5º Texto:\nI – primeiro;\nII – segundo.\n§ 1º Depois dos incisos do caput.\n",
                 {"art_5__item_I": ("item", "I", "", "art_5"), "art_5__subsec_1": ("subsection", "§ 1º", "", "art_5")},
                 id="parágrafo after caput incisos"),
    pytest.param("en", "1 Section 2 of the Act is amended by adding the following:\n  deepfake means a generated image;\n2 The Act is amended by adding the following after section 46:\n46.1 (1) Every person who makes a deepfake is guilty of an offence.\n(2) Subsection (1) applies to everyone.\n3 This Act comes into force on assent.\n",
                 {"sec_1": ("section", "1", "", None), "sec_1__quoted_1": ("quoted", "1", "", "sec_1"),
                  "sec_2": ("section", "2", "", None), "sec_2__quoted_1": ("quoted", "1", "", "sec_2"),
                  "sec_3": ("section", "3", "", None)}, id="bill inserts quoted text"),
    # rubric 1.21.0: Gulf laws in English number articles in parentheses, the title on the next line.
    pytest.param("en", "Decree-Law\n\nArticle (34)\nChild Pornographic Material\n1. Whoever produces material.\n\n"
                 "Article (35)\nLive Transmission\nWhoever transmits a show.\n",
                 {"art_34": ("article", "34", "Child Pornographic Material", None),
                  "art_34__para_1": ("paragraph", "1.", "", "art_34"),
                  "art_35": ("article", "35", "Live Transmission", None)}, id="Gulf Article (34) with title line"),
    # rubric 1.21.0: a Swiss amending act names the parts of the article it amends after its number,
    # and the marginal title follows on the next line.
    pytest.param("de", "I\n\nDas Strafgesetzbuch wird wie folgt geändert:\n\nArt. 5 Abs. 1 Einleitungssatz, Bst. a und c, sowie Abs. 1bis\n"
                 "Straftaten gegen Minderjährige im Ausland\n\n1 Dem Strafrecht untersteht, wer im Ausland handelt.\n\n"
                 "Art. 97 Abs. 2\nVerfolgungsverjährung\n\n2 Die Verjährung beginnt später.\n",
                 {"art_5": ("article", "5", "Straftaten gegen Minderjährige im Ausland", None),
                  "art_97": ("article", "97", "Verfolgungsverjährung", None)}, id="Swiss amended article parts"),
    # rubric 1.21.0: a Chilean law as published prints its own text within quotation marks after the
    # enacting formula; its first article is the law's, and its own quotations nest under it.
    pytest.param("es", "LEY NÚM. 1\n\nTeniendo presente que el Congreso ha dado su aprobación al siguiente\n\n"
                 "Proyecto de ley:\n\n\"Artículo 1.- Introdúcense las siguientes modificaciones en el Código Penal:\n\n"
                 "1) Agrégase el siguiente artículo 94 bis, nuevo:\n\n\"Artículo 94 bis.- Texto nuevo.\".\n\n"
                 "Artículo 2.- Esta ley rige desde su publicación en el Diario Oficial, y se aplica a los hechos posteriores.\".\n",
                 {"art_1": ("article", "1", "", None), "art_1__para_1": ("paragraph", "1)", "", "art_1"),
                  "art_1__para_1__quoted_1": ("quoted", "1", "", "art_1__para_1"),
                  "art_2": ("article", "2", "", None)}, id="law printed within quotation marks"),
    # ... but a quotation after any other line ending in a colon stays in the preamble.
    pytest.param("es", "Exposición de motivos. El texto vigente dice:\n\n\"Artículo 1.- Texto citado.\"\n\n"
                 "Artículo 1.- El que difundiere material de explotación sexual infantil será castigado con presidio.\n",
                 {"art_1": ("article", "1", "El que difundiere material de explotación sexual infantil será castigado con presidio", None),
                  "preamble": ("preamble", "", "", None)}, id="quoted article before the law stays preamble"),
    pytest.param("en", "5 (1) Subsection 7(2) is replaced by the following:\n(2) New text.\n(2) Section 7 is further amended by adding the following after subsection (3):\n(3.1) More text.\n6 Coming into force.\n",
                 {"sec_5__subsec_1__quoted_1": ("quoted", "1", "", "sec_5__subsec_1"),
                  "sec_5__subsec_2": ("subsection", "(2)", "", "sec_5"),
                  "sec_5__subsec_2__quoted_1": ("quoted", "1", "", "sec_5__subsec_2"),
                  "sec_6": ("section", "6", "", None)}, id="bill with two amending instructions"),
    # rubric 1.8.0: text a quote inserts is split in the amended law's own numbering, below the quote.
    pytest.param("pt", "Art. 14. A Lei passa a vigorar acrescida dos seguintes arts. 241-F e 241-G:\n\n"
                       "\"Art. 241-F. Produzir material de abuso sexual infantojuvenil:\nPena - reclusão.\n"
                       "§ 1º Incorre nas mesmas penas quem o armazena.\"\n\n"
                       "\"Art. 241-G. Contatar criança pela internet:\nPena - detenção.\"\n\n"
                       "Art. 15. Esta Lei entra em vigor na data de sua publicação.\n",
                 {"art_14__quoted_1": ("quoted", "1", "", "art_14"),
                  "art_14__quoted_1__art_241-F": ("article", "241-F", "", "art_14__quoted_1"),
                  "art_14__quoted_1__art_241-F__subsec_1": ("subsection", "§ 1º", "", "art_14__quoted_1__art_241-F"),
                  "art_14__quoted_1__art_241-G": ("article", "241-G", "", "art_14__quoted_1"),
                  "art_15": ("article", "15", "", None)}, id="articles a Brazilian law inserts"),
    pytest.param("en", "2 The Act is amended by adding the following after section 46:\n46.1 (1) Every person who makes "
                       "a deepfake is guilty of an offence.\n(2) Subsection (1) applies to everyone.\n3 This Act comes into force.\n",
                 {"sec_2__quoted_1__sec_46.1": ("section", "46.1", "", "sec_2__quoted_1"),
                  "sec_2__quoted_1__sec_46.1__subsec_2": ("subsection", "(2)", "", "sec_2__quoted_1__sec_46.1"),
                  "sec_3": ("section", "3", "", None)}, id="section a bill inserts"),
    # rubric 1.8.0: common-law sections in French (Canada's Code criminel) print a bare number.
    pytest.param("fr", "Code criminel\n\nPARTIE I — DISPOSITIONS GÉNÉRALES\n\nParticipation aux infractions\n"
                       "21 (1) Est partie à une infraction quiconque la commet.\n\n"
                       "Responsabilité pénale des organisations\n22.2 Lorsque la preuve exige une intention, "
                       "l'organisation est coupable :\na) si un cadre y prend part.\n22.3 La déclaration de "
                       "culpabilité n'écarte pas la responsabilité personnelle.\n\nPARTIE VIII — EXPLOITATION\n\n"
                       "212.1 Les définitions ci-après valent pour la présente partie.\n",
                 {"sec_21": ("section", "21", "Participation aux infractions", "part_I"),
                  "sec_22.2": ("section", "22.2", "Responsabilité pénale des organisations", "part_I"),
                  "sec_22.3": ("section", "22.3", "", "part_I"),
                  "sec_212.1": ("section", "212.1", "", "part_VIII")}, id="Canadian French bare sections"),
    pytest.param("de", "Artikel 2\nÄnderung des Strafgesetzbuchs\n\nDas Strafgesetzbuch wird wie folgt geändert:\n\n"
                       "1. Nach § 5 wird folgender § 5a eingefügt:\n„§ 5a Auslandstaten\nDas Strafrecht gilt auch im "
                       "Ausland.“\n\n2. Nach § 78b wird folgender § 78c eingefügt:\n„§ 78c Ruhen der Verjährung\n"
                       "Die Verjährung ruht bis zum dreißigsten Lebensjahr.“\n",
                 {"art_2__para_1__quoted_1__sec_5a": ("section", "5a", "Auslandstaten", "art_2__para_1__quoted_1"),
                  "art_2__para_2": ("paragraph", "2.", "", "art_2"),
                  "art_2__para_2__quoted_1__sec_78c": ("section", "78c", "Ruhen der Verjährung", "art_2__para_2__quoted_1")},
                 id="German items each inserting a section"),
    # rubric 1.5.0: drafting styles of other civil-law countries.
    pytest.param("fr", "Code\n\nArt. 197 Pornographie\n1 Quiconque offre des objets pornographiques est puni.\n\n"
                       "Art. 102 Punissabilité de l'entreprise\n1 Un crime commis au sein d'une entreprise lui est imputé.\n",
                 {"art_197": ("article", "197", "Pornographie", None),
                  "art_102": ("article", "102", "Punissabilité de l'entreprise", None)}, id="Swiss article heading"),
    pytest.param("de", "Gesetz\n\n§ 207a. Pornographische Darstellungen Minderjähriger\n(1) Wer eine solche Darstellung "
                       "herstellt, ist mit Freiheitsstrafe bis zu drei Jahren zu bestrafen.\n",
                 {"sec_207a": ("section", "207a", "Pornographische Darstellungen Minderjähriger", None),
                  "sec_207a__subsec_1": ("subsection", "(1)", "", "sec_207a")}, id="Austrian paragraph with a period"),
    pytest.param("pt", "Código\n\nArtigo 176.º\nPornografia de menores\n1 - Quem:\na) Utilizar menor em filme;\n"
                       "b) Distribuir o material;\né punido com pena de prisão.\n2 - A tentativa é punível.\n",
                 {"art_176__subsec_1": ("subsection", "1 -", "", "art_176"),
                  "art_176__subsec_1__point_a": ("point", "a)", "", "art_176__subsec_1"),
                  "art_176__subsec_2": ("subsection", "2 -", "", "art_176")}, id="Portuguese numbered paragraphs"),
    # rubric 1.6.0: Swiss numbered alinéas ("1 ...") with letters ("a."), titles with no separator.
    pytest.param("fr", "Code\n\nTitre 2 Champ d'application\nArt. 5 Infractions commises à l'étranger\n"
                       "1 Le présent code est applicable à quiconque a commis à l'étranger:\na. la traite;\n"
                       "b. la pornographie.\n2 Il est applicable indépendamment du droit étranger.\n",
                 {"title_2": ("title", "2", "Champ d'application", None),
                  "art_5": ("article", "5", "Infractions commises à l'étranger", "title_2"),
                  "art_5__al_1": ("alinea", "1", "", "art_5"),
                  "art_5__al_1__let_a": ("letter", "a.", "", "art_5__al_1"),
                  "art_5__al_1__let_b": ("letter", "b.", "", "art_5__al_1"),
                  "art_5__al_2": ("alinea", "2", "", "art_5")}, id="Swiss numbered alineas and letters"),
    # An excerpt of a New Zealand-style Act jumps ahead ("2", then "66"); a part that holds another
    # Act numbers its sections afresh.
    pytest.param("en", "Act\n\nPART 1 - CRIMES ACT 1961\n\n2 Interpretation\nIn this Act, child means a person "
                       "under 18.\n\n66 Parties to offences\n(1) Every one is a party to an offence who aids it.\n\n"
                       "PART 2 - PUBLICATIONS ACT 1993\n\n2 Interpretation\nIn this Act, publication means any film.\n\n"
                       "124 Offences\nEvery one is liable to imprisonment who distributes an objectionable publication.\n",
                 {"sec_66": ("section", "66", "Parties to offences", "part_1"),
                  "sec_66__subsec_1": ("subsection", "(1)", "", "sec_66"),
                  "sec_2_2": ("section", "2", "Interpretation", "part_2"),
                  "sec_124": ("section", "124", "Offences", "part_2")}, id="excerpt that jumps ahead, two Acts"),
    # rubric 1.7.0: an Australian-style Act jumps ahead right under a part heading, with no blank line.
    pytest.param("en", "Online Safety Act\nPart 1—Preliminary\n1  Short title\n      This Act may be cited as the Act.\n"
                       "Part 3—Expectations\n45  Determination of expectations\n      (1) The Minister may determine "
                       "expectations.\n",
                 {"sec_45": ("section", "45", "Determination of expectations", "part_3"),
                  "sec_45__subsec_1": ("subsection", "(1)", "", "sec_45")}, id="jump ahead under a part heading"),
    # rubric 1.7.0: "Article 7-1 : Lorsque ..." starts its text on the article line; "Article 2 : Définitions" has a heading.
    pytest.param("fr", "Code\n\nArticle 2 : Définitions\nAu sens du présent code, un mineur est une personne de moins "
                       "de dix-huit ans.\n\nArticle 7-1 : Lorsque les délits prévus aux articles 10 et 11 sont commis "
                       "à l'encontre d'un mineur, le délai ne commence à courir qu'à sa majorité.\n",
                 {"art_2": ("article", "2", "Définitions", None),
                  "art_7-1": ("article", "7-1", "", None)}, id="French article text on the article line"),
    # Mexican suffixes in capitals: "Artículo 202 Bis.-".
    pytest.param("es", "Código\n\nArtículo 202.- Comete el delito quien produzca material.\n\n"
                       "Artículo 202 Bis.- A quien posea dicho material se le impondrá pena de prisión.\n",
                 {"art_202-bis": ("article", "202 Bis", "A quien posea dicho material se le impondrá pena de prisión", None)},
                 id="Mexican article suffix in capitals"),
    # rubric 1.9.0: penal codes in the Indian tradition (Singapore, Malaysia): "372A.—(1)", and a
    # section far ahead of the last one under its marginal heading.
    pytest.param("en", "Penal Code\n\n3. Every person within the State is liable to punishment under this Code.\n\n"
                       "CHAPTER V — ABETMENT\n\nPunishment of abetment\n109. Whoever abets an offence is liable "
                       "to the same punishment.\n\nSelling minor for sexual exploitation\n372A.—(1) Any person who "
                       "sells a minor shall be guilty of an offence.\n(2) On conviction he shall be punished with "
                       "imprisonment.\n",
                 {"sec_109": ("section", "109", "Punishment of abetment", "chp_V"),
                  "sec_372A": ("section", "372A", "Selling minor for sexual exploitation", "chp_V"),
                  "sec_372A__subsec_2": ("subsection", "(2)", "", "sec_372A")}, id="Indian-tradition penal code"),
    # rubric 1.9.0: a US state code of procedure numbers articles "Art. 12.01.".
    pytest.param("en", "CODE OF CRIMINAL PROCEDURE\n\nCHAPTER 12. LIMITATION\nArt. 12.01. FELONIES. An indictment "
                       "may be returned within ten years.\nArt. 12.02. MISDEMEANORS. A charge must be filed within "
                       "two years.\n",
                 {"art_12.01": ("article", "12.01", "FELONIES", "chp_12"),
                  "art_12.02": ("article", "12.02", "MISDEMEANORS", "chp_12")}, id="US state code articles"),
    # rubric 1.9.0: a Uruguayan law replaces and adds articles in quotes; the chapter after a closed
    # quote is the law's own.
    pytest.param("es", "Ley\n\nCAPÍTULO II\nMODIFICACIONES\n\nArtículo 3°.- Sustitúyese el artículo 277 del "
                       "Código Penal, por el siguiente:\n\"ARTÍCULO 277. (Material).- El que produjere material será "
                       "castigado.\"\n\nArtículo 4°.- Agrégase al artículo 365 del Código Penal el siguiente numeral:\n"
                       "\"10) El que exhibiere material será castigado con multa.\"\n\nCAPÍTULO III\nDISPOSICIONES "
                       "FINALES\n\nArtículo 5°.- Esta ley entra en vigor.\n",
                 {"art_3__quoted_1__art_277": ("article", "277", "(Material)", "art_3__quoted_1"),
                  "chp_III": ("chapter", "III", "DISPOSICIONES FINALES", None),
                  "art_5": ("article", "5°", "Esta ley entra en vigor", "chp_III")}, id="Uruguayan amending law"),
    # rubric 1.9.0: a French bill's next item after a closed quote ("» ;" then "2° L'article ... est ainsi rédigé").
    pytest.param("fr", "Projet de loi\n\nArticle 1er\nLe code pénal est ainsi modifié :\n1° Après l'article 324-14, "
                       "il est inséré un article 324-14-1 ainsi rédigé :\n« Art. 324-14-1. – Constitue une "
                       "représentation :\n« 1° Un mineur se livrant à une activité sexuelle ;\n« 2° Les organes "
                       "sexuels d'un mineur. » ;\n2° L'article 324-15 est ainsi rédigé :\n« Art. 324-15. – Le fait "
                       "de diffuser est puni. » ;\n",
                 {"art_1__item_2": ("item", "2°", "", "art_1"),
                  "art_1__item_2__quoted_1__art_324-15": ("article", "324-15", "", "art_1__item_2__quoted_1")},
                 id="French bill items after closed quotes"),
    # rubric 1.9.0: a bill's explanatory memorandum is a container of its own that holds no provision,
    # after the articles (German "Begründung") or before them (Spanish "EXPOSICIÓN DE MOTIVOS").
    pytest.param("de", "Entwurf eines Gesetzes\n\nArtikel 1\nÄnderung des Strafgesetzbuches\nDas Strafgesetzbuch wird "
                       "wie folgt geändert:\n1. § 11 Absatz 3 wird wie folgt gefasst:\n„(3) Inhalte sind Schriften.“\n"
                       "2. § 184c wird aufgehoben.\n\nArtikel 2\nInkrafttreten\nDieses Gesetz tritt am Tag nach der "
                       "Verkündung in Kraft.\n\nBegründung\nA. Allgemeiner Teil\nDer Entwurf schützt Kinder.\n",
                 {"art_1__para_2": ("paragraph", "2.", "", "art_1"),
                  "art_2": ("article", "2", "", None),
                  "memo": ("memorandum", "", "", None)}, id="German bill with its Begruendung"),
    # rubric 1.14.0: a Mexican-style decree numbers its own articles with words and prints the code
    # articles it reforms, unquoted, after "para quedar como sigue:"; the next word-numbered
    # article ends what the previous one inserts.
    pytest.param("es", "DECRETO por el que se reforma el Código Penal\n\nARTÍCULO PRIMERO.- Se reforman los "
                       "artículos 40 y 202 del Código Penal, para quedar como sigue:\n\nArtículo 40.- Serán objeto "
                       "de decomiso los instrumentos.\n\nArtículo 202.- Comete el delito quien produzca material.\n\n"
                       "ARTÍCULO SEGUNDO.- Se adiciona el artículo 137 Bis del Código de Procedimientos Penales, para "
                       "quedar como sigue:\n\nArtículo 137 Bis.- Los proveedores eliminarán el contenido.\n",
                 {"art_primero": ("article", "PRIMERO", "", None),
                  "art_primero__quoted_1__art_202": ("article", "202", "Comete el delito quien produzca material",
                                                     "art_primero__quoted_1"),
                  "art_segundo": ("article", "SEGUNDO", "", None),
                  "art_segundo__quoted_1__art_137-bis": ("article", "137 Bis", "Los proveedores eliminarán el contenido",
                                                         "art_segundo__quoted_1")},
                 id="Mexican decree articles numbered with words"),
    # rubric 1.14.0: a Panamanian-style law adds a code article "al Código Penal, así:".
    pytest.param("es", "LEY N.° 1\n\nArtículo 1. Se adiciona el artículo 184-A al Código Penal, así:\n\nArtículo "
                       "184-A. Quien produzca material será sancionado.\n\nArtículo 2. Esta Ley empezará a regir "
                       "desde su promulgación.\n",
                 {"art_1__quoted_1__art_184-A": ("article", "184-A", "Quien produzca material será sancionado",
                                                 "art_1__quoted_1"),
                  "art_2": ("article", "2", "Esta Ley empezará a regir desde su promulgación", None)},
                 id="Panamanian article added asi"),
    # rubric 1.14.0: a Portuguese Council of Ministers resolution numbers its points "1 — ...".
    pytest.param("pt", "Resolução do Conselho de Ministros n.º 1/2025\n\nAssim:\n\n1 — Aprovar a Estratégia "
                       "Nacional.\n\n2 — Criar a Comissão Interministerial, que integra:\na) Um representante do "
                       "Ministro da Justiça;\nb) O diretor nacional da Polícia Judiciária.\n\n3 — Os efeitos desta "
                       "resolução iniciam-se no dia seguinte.\n",
                 {"sec_1": ("section", "1", "", None), "sec_2__para_b": ("paragraph", "b)", "", "sec_2"),
                  "sec_3": ("section", "3", "", None)},
                 id="Portuguese resolution points"),
    # A German amending item that replaces paragraphs "durch die folgenden Absätze" quotes them.
    pytest.param("de", "Gesetz\n\nArtikel 1\nÄnderung des Strafgesetzbuches\nDas Strafgesetzbuch wird wie folgt "
                       "geändert:\n1. § 184b wird wie folgt geändert:\na) Die Absätze 1 bis 3 werden durch die folgenden "
                       "Absätze 1 und 2 ersetzt:\n„(1) Inhalte sind Schriften.\n(2) Wer Inhalte herstellt, wird bestraft.“\n"
                       "2. § 184c wird aufgehoben.\n",
                 {"art_1__para_1__subpara_a__quoted_1": ("quoted", "1", "", "art_1__para_1__subpara_a"),
                  "art_1__para_2": ("paragraph", "2.", "", "art_1")},
                 id="German paragraphs replaced by the following ones"),
    pytest.param("es", "Ley Orgánica\n\nEXPOSICIÓN DE MOTIVOS\nLa presente ley protege a la infancia.\n\n"
                       "Artículo 1.\nEl que produjere material será castigado.\n",
                 {"memo": ("memorandum", "", "", None), "art_1": ("article", "1", "", None)},
                 id="Spanish law with its exposicion de motivos"),
    # rubric 1.9.0: a US bill adds sections "these new sections:" in quotes.
    pytest.param("en", "A BILL\n\nSEC. 4. AMENDMENTS.\n(b) NEW OFFENSES.—Chapter 110 of title 18 is amended by adding, "
                       "after section 2252C, these new sections:\n\"§ 2252D. Child sexual abuse material\n\"(a) OFFENSE.—"
                       "Whoever knowingly produces child sexual abuse material shall be punished.\n\"§ 2252E. Models\n"
                       "\"(a) OFFENSE.—Whoever trains a model shall be punished.\".\n\nSEC. 5. EFFECTIVE DATE.\nThis Act "
                       "takes effect on enactment.\n",
                 {"sec_4__subsec_b__quoted_1__sec_2252D": ("section", "2252D", "Child sexual abuse material",
                                                           "sec_4__subsec_b__quoted_1"),
                  "sec_5": ("section", "5", "EFFECTIVE DATE", None)}, id="US bill inserting new sections"),
    # rubric 1.10.0: a Spanish organic law: its Preámbulo is a memorandum, its closing provisions
    # ("Disposición final sexta.") are articles, an amending formula ("pasa a tener el texto
    # siguiente:") opens a quote, the next item after a closed quote ends it, and "Artículo 183. 1.
    # Quien" opens apartado 1.
    pytest.param("es", "Ley Orgánica 3/2025\n\nPREÁMBULO\n\nI\n\nLa ley protege a la infancia.\n\nArtículo 1. "
                       "Objeto.\nEsta ley protege a los menores.\n\nDisposición adicional primera. Contenidos para "
                       "adultos.\nLa ley no se aplica a adultos.\n\nDisposición final sexta. Modificación del Código "
                       "Penal.\nUno. Al artículo 132 se incorpora un párrafo, cuyo texto es el siguiente:\n«En los "
                       "delitos del artículo 183 la prescripción empieza a los treinta años.»\nDos. El artículo 183 "
                       "pasa a tener el texto siguiente:\n«Artículo 183. 1. Quien contacte a un menor será "
                       "castigado.\n2. Quien le envíe mensajes sexuales será castigado.»\n\nDisposición final "
                       "séptima. Entrada en vigor.\nEsta ley entra en vigor a los veinte días.\n",
                 {"memo": ("memorandum", "", "", None),
                  "art_1": ("article", "1", "Objeto", None),
                  "art_adicional-primera": ("article", "adicional primera", "Contenidos para adultos", None),
                  "art_final-sexta__quoted_1": ("quoted", "1", "", "art_final-sexta"),
                  "art_final-sexta__quoted_2__art_183": ("article", "183", "", "art_final-sexta__quoted_2"),
                  "art_final-sexta__quoted_2__art_183__subsec_1": ("subsection", "1.", "", "art_final-sexta__quoted_2__art_183"),
                  "art_final-sexta__quoted_2__art_183__subsec_2": ("subsection", "2.", "", "art_final-sexta__quoted_2__art_183"),
                  "art_final-septima": ("article", "final séptima", "Entrada en vigor", None)},
                 id="Spanish organic law with closing provisions"),
    # rubric 1.10.0: European Portuguese "Artigo 176.º-A"; French "Article premier" is article 1.
    pytest.param("pt", "Lei\n\nArtigo 176.º\nMaterial\n1 - Quem produzir material é punido.\n\nArtigo 176.º-A\n"
                       "Contacto com menor\n1 - Quem contactar menor é punido.\n",
                 {"art_176": ("article", "176.º", "", None), "art_176-A": ("article", "176.º-A", "", None)},
                 id="European Portuguese article suffix"),
    pytest.param("fr", "Règlement\n\nArticle premier\nObjet\nLe présent règlement fixe des règles.\n\nArticle 2\n"
                       "Définitions\nAux fins du présent règlement, on entend par fournisseur une entreprise.\n",
                 {"art_1": ("article", "premier", "", None), "art_2": ("article", "2", "", None)},
                 id="French Article premier"),
    # rubric 1.10.0: Caribbean Acts print "2.--(1)" and number their schedules with a word; since
    # 1.11.0 the marginal note above a section, "Interpretation.", is its heading.
    pytest.param("en", "ACT 12 of 2024\n\nPART I. Preliminary\nShort title.\n1. This Act may be cited as the Act.\n\n"
                       "Interpretation.\n2.--(1) In this Act \"child\" means a person below eighteen years.\n(2) An image "
                       "made by a computer is included.\n\nFIRST SCHEDULE (Section 2)\nSpecified Offences\n1. An offence "
                       "under section 3.\n\nSECOND SCHEDULE (Section 17)\n1. An offence under section 9.\n",
                 {"sec_2": ("section", "2", "Interpretation", "part_I"),
                  "sec_2__subsec_2": ("subsection", "(2)", "", "sec_2"),
                  "sch_1": ("schedule", "FIRST", "(Section 2)", None),
                  "sch_2": ("schedule", "SECOND", "(Section 17)", None)}, id="Caribbean Act with ordinal schedules"),
    # rubric 1.10.0: an Austrian amending law: "lautet:" introduces the new wording, and an inserted
    # paragraph prints its text on its own line after a period ("§ 120b. (1) Wer ...").
    pytest.param("de", "Bundesgesetz\n\nArtikel 1\nÄnderung des Strafgesetzbuches\n\nDas Strafgesetzbuch wird geändert wie "
                       "folgt:\n\n1. § 58 Abs. 3 lautet:\n„(3) Die Frist beginnt später.“\n\n2. Nach § 120a wird folgender "
                       "§ 120b samt Überschrift eingefügt:\n„Veröffentlichung intimer Bildaufnahmen\n§ 120b. (1) Wer eine "
                       "Bildaufnahme veröffentlicht, ist zu bestrafen.\n(2) Der Versuch ist strafbar.“\n\nArtikel 2\n"
                       "Inkrafttreten\n",
                 {"art_1__para_1__quoted_1": ("quoted", "1", "", "art_1__para_1"),
                  "art_1__para_2__quoted_1__sec_120b": ("section", "120b", "Veröffentlichung intimer Bildaufnahmen",
                                                        "art_1__para_2__quoted_1"),
                  "art_1__para_2__quoted_1__sec_120b__subsec_2": ("subsection", "(2)", "", "art_1__para_2__quoted_1__sec_120b"),
                  "art_2": ("article", "2", "", None)}, id="Austrian amending law"),
    # rubric 1.10.0: Dominican "Párrafo I.-" under an article; Macau "1)" alíneas under a Portuguese article.
    pytest.param("es", "Ley\n\nArtículo 7.- Difusión. Quien difunda material será castigado.\nPárrafo I.- Quien lo posea "
                       "será castigado.\nPárrafo II.- Lo dispuesto se aplica al material del artículo 4.\n",
                 {"art_7__subsec_I": ("subsection", "Párrafo I", "", "art_7"),
                  "art_7__subsec_II": ("subsection", "Párrafo II", "", "art_7")}, id="Dominican parrafos"),
    pytest.param("pt", "Lei\n\nArtigo 2.º\nDefinições\nPara efeitos da presente lei, entende-se por:\n1) «Menor», a pessoa com "
                       "menos de dezoito anos;\n2) «Material», qualquer representação.\n",
                 {"art_2__point_1": ("point", "1)", "", "art_2"), "art_2__point_2": ("point", "2)", "", "art_2")},
                 id="Macau alineas"),
    # Israeli translations: the marginal heading on the line above, the number tabbed from its lettered
    # first subsection; a bill's next clause after the sections it inserts, and a second Law in the
    # same file starting again at 1 under a chapter.
    pytest.param("en", "Penal Law (Amendment No. 9)\n\nAddition of Article Three-A\n1.\tAfter section 214 the following "
                       "shall be inserted:\n\nContact with a minor\n214E.\t(a)\tWhoever contacts a minor shall be liable "
                       "to imprisonment for five years.\n\t(b)\tWhoever sends a message shall be liable to a fine.\n\n"
                       "Amendment of section 354\n2.\tIn section 354, after subsection (a1) there shall be inserted text.\n\n"
                       "Online Law\n\nChapter A: Definitions\n\nDefinitions\n1.\tIn this Law, \"provider\" means a person.\n",
                 {"sec_214E": ("section", "214E", "Contact with a minor", None),
                  "sec_214E__para_b": ("paragraph", "(b)", "", "sec_214E"),
                  "sec_2": ("section", "2", "Amendment of section 354", None),
                  "sec_1_2": ("section", "1", "Definitions", "chp_A")}, id="Israeli law in translation"),
    # A Maltese amending Act indents the articles it inserts: the first line back at the margin ends the
    # quote; a second Act in the same file ("ACT No. XXIII of 2025") numbers its articles from 1 again.
    pytest.param("en", "ACT No. XXII of 2025\n\n1. This Act amends the Criminal Code.\n\n2. The principal Code is amended "
                       "by inserting the following new article:\n\n   \"Prescription.\n   689A. (1) Prescription starts at "
                       "eighteen.\n   (2) In the case of an attempt, the period runs from the last act.\".\n\nPassed by the "
                       "House.\n\nACT No. XXIII of 2025\n\nShort title.\n1. This Act is the Child Protection Act.\n\n"
                       "Interpretation.\n2. In this Act \"child\" means a person under eighteen.\n",
                 {"sec_2__quoted_1__sec_689A__subsec_2": ("subsection", "(2)", "", "sec_2__quoted_1__sec_689A"),
                  "sec_1_2": ("section", "1", "Short title", None), "sec_2_2": ("section", "2", "Interpretation", None)},
                 id="Maltese amending Act and a second Act"),
    # Monaco-style laws print "ARTICLE PREMIER." then "ART. 2.".
    pytest.param("fr", "Loi n° 1.589\n\nARTICLE PREMIER.\n\nL'article 294-3 du Code pénal est remplacé.\n\nART. 2.\n\n"
                       "La présente loi est promulguée.\n",
                 {"art_1": ("article", "PREMIER", "", None), "art_2": ("article", "2", "", None)}, id="Monaco ART."),
    # Québec bills in French: "1. La Loi ... est modifiée" under a chapter, then section after section.
    pytest.param("fr", "LOI VISANT À PROTÉGER LES ENFANTS\n\nCHAPITRE I\nLOI SUR LA PROTECTION DE LA JEUNESSE\n\n1. La Loi "
                       "sur la protection de la jeunesse est modifiée par l'insertion, après l'article 135, du suivant :\n\n"
                       "« 135.1. Commet une infraction et est passible d'une amende de 5 000 $ à 75 000 $ quiconque produit "
                       "ou diffuse du matériel d'exploitation sexuelle d'enfant.\n\n« 135.2. Commet une infraction et est "
                       "passible d'une amende de 2 500 $ à 50 000 $ quiconque communique avec un enfant dans un but sexuel. »\n\n2. L'article 38 de cette loi est modifié.\n",
                 {"sec_1": ("section", "1", "", "chp_I"), "sec_2": ("section", "2", "", "chp_I"),
                  "sec_1__quoted_1__sec_135.2": ("section", "135.2", "", "sec_1__quoted_1")}, id="Quebec bill in French"),
    # Bolivian laws: "con el siguiente texto:" introduces the article they write into the Código Penal.
    pytest.param("es", "LEY N° 1\n\nARTÍCULO 5. (MODIFICACIONES).\nI. Se modifica el Artículo 322 del Código Penal, con el "
                       "siguiente texto:\n\n\"ARTÍCULO 322. (VIOLENCIA SEXUAL COMERCIAL).\nI. Quien capte a una niña será "
                       "sancionado.\"\n\nARTÍCULO 6. (VIGENCIA). La presente Ley entra en vigencia.\n",
                 {"art_5__quoted_1__art_322": ("article", "322", "(VIOLENCIA SEXUAL COMERCIAL)", "art_5__quoted_1"),
                  "art_6": ("article", "6", "(VIGENCIA)", None)}, id="Bolivian amending law"),
    # rubric 1.12.0: East African sections end their title with a period ("23G. Attempt and abetment.");
    # a one-line section with a verb, and a schedule item with a bracket, have no title.
    pytest.param("en", "Computer Misuse (Amendment) Act\n\n1. Commencement.\nThis Act comes into force on publication.\n\n"
                       "2. This Act applies to offences committed after it comes into force.\n\n"
                       "3. Attempt and abetment.\n(1) A person who attempts to commit an offence under section 2 commits an "
                       "offence.\n\nSCHEDULE\n1. An offence under section 3 (attempt).\n2. An offence under section 4.\n",
                 {"sec_1": ("section", "1", "Commencement", None), "sec_2": ("section", "2", "", None),
                  "sec_3": ("section", "3", "Attempt and abetment", None),
                  "sec_3__subsec_1": ("subsection", "(1)", "", "sec_3")}, id="East African titles with a period"),
    # rubric 1.12.0: a table of contents ("ARRANGEMENT OF SECTIONS.") is one unit whose entries are no
    # sections; it runs on to the law's first section; a bill's "the following new section:-" opens a
    # quote; a second instrument's capitalised title restarts the numbering.
    pytest.param("en", "No. 14 of 2025.\n\nARRANGEMENT OF SECTIONS.\n\n   1.  Compliance.\n   2.  New Section 229R.\n\n"
                       "AN ACT\n\n1.  COMPLIANCE.\n\n   This Act is a law for the protection of children.\n\n"
                       "2.  NEW SECTION 229R.\n\n   The Principal Act is amended by inserting the following new section:-\n\n"
                       "   \"229R. CHILD PORNOGRAPHY.\n\n   (1)  A person who makes child pornography is guilty of a crime.\".\n\n"
                       "CHILD PROTECTION (ONLINE SERVICES) REGULATIONS 2025\n\n1    Interpretation\n\nIn these Regulations "
                       "a provider is a person.\n",
                 {"toc": ("contents", "", "ARRANGEMENT OF SECTIONS.", None), "sec_1": ("section", "1", "COMPLIANCE", None),
                  "sec_2__quoted_1__sec_229R": ("section", "229R", "CHILD PORNOGRAPHY", "sec_2__quoted_1"),
                  "sec_1_2": ("section", "1", "Interpretation", None)}, id="table of contents and a second instrument"),
    # An instruction that opens with the section it amends ('Section 134 ("Extortion") of the
    # principal Act is amended by inserting ...') is no section 134 of the amending Act.
    pytest.param("en", "ACT\n\n5 Amendment of section 134\nSection 134 (\"Extortion\") of the principal Act is amended "
                       "by inserting, after subsection (2), the following subsection—\n\"(3) A court shall regard it as "
                       "aggravating that the victim was a child.\".\n\n6 New section inserted\nThe principal Act is amended "
                       "by inserting the following section—\n\"164D Publication of intimate images\nAny person who publishes "
                       "an intimate image commits a crime.\"\n",
                 {"sec_5": ("section", "5", "Amendment of section 134", None),
                  "sec_5__quoted_1": ("quoted", "1", "", "sec_5"),
                  "sec_6": ("section", "6", "New section inserted", None)}, id="Zimbabwe-style amendment of a section"),
    # A German committee's recommendation prints the bill and then its report ("Bericht der
    # Abgeordneten ..."), which states no law: the report is a memorandum, not part of Artikel 2.
    pytest.param("de", "Beschlussempfehlung\n\nArtikel 1\nÄnderung des Strafgesetzbuches\n\nDas Strafgesetzbuch wird "
                       "geändert.\n\nArtikel 2\nInkrafttreten\n\nDas Gesetz tritt am Tag nach der Verkündung in Kraft.\n\n"
                       "Bericht der Abgeordneten Jonas Pfeffer und Britta Öztürk\n\nI. Überweisung\n\nDer Ausschuss "
                       "empfiehlt eine jährliche Evaluierung.\n",
                 {"art_1": ("article", "1", "", None), "art_2": ("article", "2", "", None),
                  "memo": ("memorandum", "", "", None)}, id="German committee report"),
    # Text copied from a consolidation website keeps its screen-reader labels ("Marginal note:...")
    # one blank line above each section: the note is the section's heading, and it lets an excerpt
    # jump ahead (24, then 150).
    pytest.param("en", "Penal Code\n\nMarginal note:Attempts\n\n24 A person who takes a step attempts the offence."
                       "\n\nR.S., 1991, c. F-11, s. 24\n\nPART V\nSexual Offences\n\nMarginal note:Definition of "
                       "child\n\n150 In this Part, \"child\" (enfant) means a person under eighteen years of age.\n\n"
                       "Marginal note:Consent no defence\n\n150.1 (1) A child's consent is no defence.\n",
                 {"sec_24": ("section", "24", "Attempts", None),
                  "sec_150": ("section", "150", "Definition of child", "part_V"),
                  "sec_150.1": ("section", "150.1", "Consent no defence", "part_V")}, id="Marginal note labels"),
    # The General Scheme of an Irish-style Bill sets out "Heads", each followed by an "Explanatory
    # Note"; a model act follows its sections with a "Comment". Notes and comments explain, they do
    # not enact: each is a memorandum, and the next Head or section leaves it.
    pytest.param("en", "GENERAL SCHEME\n\nHead 1 – Short title\n\nProvide that–\n\n(1) The short title is the Child "
                       "Safety Act.\n\nExplanatory Note\n\nThe Act is described by its title.\n\nHead 2 – Offences\n\n"
                       "Provide that–\n\n(1) A person who makes child sexual abuse material commits an offence.\n",
                 {"sec_1": ("section", "1", "Short title", None), "memo": ("memorandum", "", "", None),
                  "sec_2": ("section", "2", "Offences", None)}, id="General Scheme Heads and notes"),
    pytest.param("en", "UNIFORM ACT\n\nPREFATORY NOTE\n\nStates differ.\n\nSECTION 1. SHORT TITLE. This [act] may be "
                       "cited as the Uniform Act.\n\nComment\n\nExtradition is left to other law.\n\nSECTION 2. "
                       "OFFENCE. A person who makes child sexual abuse material commits a felony.\n",
                 {"memo": ("memorandum", "", "", None), "sec_1": ("section", "1", "SHORT TITLE", None),
                  "memo_2": ("memorandum", "", "", None), "sec_2": ("section", "2", "OFFENCE", None)},
                 id="model act comments"),
    # Congolese-style laws insert lettered articles ("Article 174 b"), introduced by "libellés comme
    # suit :"; a definitions list that "s'entendent comme suit :" is no amending text.
    pytest.param("fr", "LOI\n\nArticle 1er\n\nDans la présente loi, les termes ci-dessous s'entendent comme suit :\n"
                       "1° enfant : toute personne de moins de dix-huit ans.\n\nArticle 2\n\nIl est inséré, après "
                       "l'article 174 de la loi, les articles 174 b et 174 c libellés comme suit :\n\n« Article 174 b : "
                       "De la vente d'enfant\n\nEst puni quiconque vend un enfant.\n\nArticle 174 c : Du proxénétisme\n\n"
                       "Est puni quiconque exploite un enfant. »\n\nArticle 3\n\nLa présente loi entre en vigueur.\n",
                 {"art_1": ("article", "1er", "", None), "art_2__al_1__quoted_1": ("quoted", "1", "", "art_2__al_1"),
                  "art_2__al_1__quoted_1__art_174-b": ("article", "174 b", "De la vente d'enfant", "art_2__al_1__quoted_1"),
                  "art_2__al_1__quoted_1__art_174-c": ("article", "174 c", "Du proxénétisme", "art_2__al_1__quoted_1"),
                  "art_3": ("article", "3", "", None)}, id="Congolese lettered articles"),
    # rubric 1.18.0: an annex or a consolidation site notes each article's origin in brackets.
    pytest.param("fr", "CIRCULAIRE\n\n1. Présentation\n\nLa loi crée deux délits.\n\nANNEXE\n\nArticle 225-7-2 (créé par "
                       "l'article 5 de la loi)\nEst puni quiconque recrute un mineur en vue de sa prostitution.\n\n"
                       "Article 227-23 (rédaction issue de l'article 3 de la loi)\nEst puni le fait de diffuser l'image "
                       "d'un mineur.\n\nArticle 228-6 (abrogé)\n",
                 {"art_225-7-2": ("article", "225-7-2", "", "sch"), "art_227-23": ("article", "227-23", "", "sch"),
                  "art_228-6": ("article", "228-6", "", "sch")}, id="articles with their origin in brackets"),
    # rubric 1.19.0: an Italian-style code in German translation numbers its articles with Latin suffixes.
    pytest.param("de", "STRAFGESETZBUCH\n\nArt. 600-ter (Kinderpornografie)\nWer kinderpornografisches Material "
                       "herstellt, wird bestraft.\n\nArt. 600-quater.1 (Virtuelle Pornografie)\nDie Bestimmungen "
                       "gelten auch für virtuelle Bilder.\n\nArt. 609-undecies (Anlocken von Minderjährigen)\nWer "
                       "einen Minderjährigen anlockt, wird bestraft.\n",
                 {"art_600-ter": ("article", "600-ter", "(Kinderpornografie)", None),
                  "art_600-quater.1": ("article", "600-quater.1", "(Virtuelle Pornografie)", None),
                  "art_609-undecies": ("article", "609-undecies", "(Anlocken von Minderjährigen)", None)},
                 id="Italian-style articles in German"),
    # A Brazilian law as published: a vetoed article keeps its number; the veto message after the
    # signatures explains and quotes, it enacts nothing, and the line naming a vetoed article is no article.
    pytest.param("pt", "LEI Nº 14.001, DE 2 DE MAIO DE 2025\n\nArt. 1º Esta Lei altera o Estatuto.\n\nArt. 2º "
                       "(VETADO).\n\nArt. 3º Esta Lei entra em vigor na data de sua publicação.\n\nMENSAGEM Nº 512, "
                       "DE 2 DE MAIO DE 2025\n\nSenhor Presidente do Senado Federal,\n\nComunico que vetei "
                       "parcialmente o projeto.\n\nArt. 241-F da Lei nº 8.069, de 1990, acrescido pelo art. 2º do "
                       "Projeto de Lei\n\n\"Art. 241-F. Desenvolver programa destinado à geração de material de abuso "
                       "sexual infantojuvenil.\"\n\nRazões do veto\n\n\"A redação é ampla demais.\"\n",
                 {"art_2": ("article", "2º", "", None), "art_3": ("article", "3º", "", None),
                  "memo": ("memorandum", "", "", None)}, id="Brazilian law with its veto message"),
    # A Caribbean revised edition: a marginal note on two lines above its section, and a line that
    # begins with the rest of a list of references ("section\n49B(1), 49I(1) or 49J") goes on the sentence.
    pytest.param("en", "PART VIII\nOFFENCES AGAINST CHILDREN\n\nAttempts and\nsecondary parties.\n49M.-(1) Every "
                       "person who aids or abets another to commit an offence under this Part is\nguilty of that "
                       "offence.\n(2) Every person who attempts to commit an offence under section\n49B(1), 49I(1) or "
                       "49J is liable to the punishment for the completed\noffence.\n\nObtaining sexual services\nof "
                       "a child.\n49N. Every person who obtains for himself the sexual\nservices of a child for reward "
                       "commits a crime.\n",
                 {"sec_49M": ("section", "49M", "Attempts and secondary parties", "part_VIII"),
                  "sec_49M__subsec_2": ("subsection", "(2)", "", "sec_49M"),
                  "sec_49N": ("section", "49N", "Obtaining sexual services of a child", "part_VIII")},
                 id="Caribbean marginal notes on two lines"),
    # Nicaraguan laws abbreviate their articles "Arto. 1.-".
    pytest.param("es", "CÓDIGO\n\nCAPÍTULO I\nDE LOS DELITOS\n\nArto. 180.- Venta de niñas, niños y adolescentes. Quien "
                       "entregue a un niño será sancionado.\n\nArto. 181.- Las penas de los Artos. 180 a 185 se agravan.\n",
                 {"art_180": ("article", "180", "Venta de niñas, niños y adolescentes", "chp_I"),
                  "art_181": ("article", "181", "", "chp_I")}, id="Nicaraguan Arto."),
    # German administrative guidelines for prosecutors number their points "Nr. 220" (a title on the
    # next line stays text, as under "Art. 1"); "Nr. 220 gilt entsprechend." in a sentence is no point.
    pytest.param("de", "Richtlinien\n\nBesonderer Teil\n\nNr. 220\nAllgemeines\n\nVerfahren wegen Straftaten nach "
                       "den §§ 176 bis 184l StGB sind Eilsachen.\n\nNr. 221 Sexueller Missbrauch von Kindern\n\n"
                       "(1) Die Staatsanwaltschaft unterrichtet das Jugendamt.\n(2) Nr. 220 gilt entsprechend.\n",
                 {"sec_220": ("section", "220", "", "part_besonderer"),
                  "sec_221": ("section", "221", "Sexueller Missbrauch von Kindern", "part_besonderer"),
                  "sec_221__subsec_2": ("subsection", "(2)", "", "sec_221")}, id="German prosecution guidelines"),
    # A table of contents that prints each part's title on the line below it ("PART I" /
    # "PRELIMINARY PROVISIONS"): the title is an entry too, and the law's own sections keep their ids.
    pytest.param("en", "THE CYBER ACT\n\nARRANGEMENT OF SECTIONS\n\nPART I\nPRELIMINARY PROVISIONS\n\nSection\n"
                       "1.  Short title\n2.  Interpretation\n\nPART II\nOFFENCES\n\n3.  Child sexual abuse material\n\n"
                       "AN ACT to create offences.\n\nPART I\nPRELIMINARY PROVISIONS\n\nShort title\n1. This Act may be "
                       "cited as the Cyber Act.\n\nInterpretation\n2. In this Act, \"child\" means a person under 18.\n\n"
                       "PART II\nOFFENCES\n\nChild sexual abuse material\n3. A person who makes child sexual abuse material "
                       "commits an offence.\n",
                 {"toc": ("contents", "", "ARRANGEMENT OF SECTIONS", None),
                  "sec_1": ("section", "1", "Short title", "part_I"),
                  "sec_3": ("section", "3", "Child sexual abuse material", "part_II")}, id="contents with part titles"),
    # rubric 1.12.0: bills that introduce what they insert with "el cual queda así:", "ainsi qu'il suit :"
    # and "The following section is hereby substituted for section 17 of the principal Act:"; a
    # South African "MEMORANDUM ON THE OBJECTS OF ..." holds no provisions.
    pytest.param("es", "DECRETO\n\nARTÍCULO 20. Se adiciona el artículo 194 Bis al Código Penal, el cual queda así:\n"
                       "\"Artículo 194 Bis. Producción. Quien produzca material será sancionado.\"\n\nARTÍCULO 21. Vigencia.\n",
                 {"art_20__quoted_1__art_194-bis": ("article", "194 Bis", "Producción", "art_20__quoted_1"),
                  "art_21": ("article", "21", "Vigencia", None)}, id="Central American decree"),
    pytest.param("fr", "LOI\n\nArticle premier. – Les articles 331 et 335 du Code pénal sont modifiés ainsi qu'il suit :\n"
                       "« Art. 331. – Quiconque aura diffusé l'image d'un enfant sera puni. »\n\nArticle 2. – La présente "
                       "loi sera publiée.\n",
                 {"art_1__quoted_1__art_331": ("article", "331", "", "art_1__quoted_1"),
                  "art_2": ("article", "2", "", None)}, id="Malagasy amending law"),
    pytest.param("en", "BILL\n\nSubstitution of section 17 of Act 32 of 2007\n\n2. The following section is hereby substituted "
                       "for section 17 of the principal Act:\n\"Sexual exploitation of children\n\n17. (1) Any person who "
                       "exploits a child is guilty of an offence.\".\n\nShort title\n\n3. This Act is called the Amendment "
                       "Act.\n\nMEMORANDUM ON THE OBJECTS OF THE AMENDMENT BILL, 2025\n\n1. The Bill amends section 17.\n",
                 # (the title line above "17." stays text of the quote: not yet read as the section's heading)
                 {"sec_2__quoted_1__sec_17": ("section", "17", "", "sec_2__quoted_1"),
                  "sec_3": ("section", "3", "", None),    # a heading a blank line above is not claimed
                  "memo": ("memorandum", "", "", None)}, id="South African amendment bill"),
    # Prairie-province Acts print the section number before every subsection, each under its own
    # marginal heading: "2(2)" continues section 2 (without a heading above, it is read as before).
    pytest.param("en", "ACT\n\nTort of distributing image\n2(1) A person commits a tort who distributes an image.\n\n"
                       "Altered images\n2(2) Subsection (1) also applies to an altered image.\n\nDefences\n"
                       "3 It is a defence that the person consented.\n",
                 {"sec_2": ("section", "2", "Tort of distributing image", None),
                  "sec_2__subsec_1": ("subsection", "(1)", "", "sec_2"),
                  "sec_2__subsec_2": ("subsection", "(2)", "Altered images", "sec_2"),
                  "sec_3": ("section", "3", "Defences", None)}, id="prairie subsections under marginal headings"),
    # Australian state amending Acts number a schedule's amendments as items ("[2] Section 91C"); each
    # item holds its instruction and what it inserts, and the next item or schedule ends it.
    pytest.param("en", "Crimes Amendment Act 2025\n\n1 Name of Act\n\nThis Act is the Crimes Amendment Act.\n\n"
                       "Schedule 1 Amendment of Crimes Act 1900\n\n[1] Section 91C\n\nOmit the section. Insert instead:\n\n"
                       "91C Definitions\n\nIn this Division, child means a person under 18.\n\n[2] Section 91N Definitions\n\n"
                       "Omit the definition of image. Insert instead:\n\nimage includes an altered image.\n\n"
                       "Schedule 2 Amendment of Criminal Procedure Act 1986\n\n[1] New section 294DA\n\n"
                       "Insert after section 294D:\n\n294DA Recorded interview\n\nA recording may be evidence.\n",
                 {"sec_1": ("section", "1", "Name of Act", None),
                  "sitem_1": ("schedule-item", "1", "Section 91C", "sch_1"),
                  "sitem_1__quoted_1__sec_91C": ("section", "91C", "Definitions", "sitem_1__quoted_1"),
                  "sitem_2": ("schedule-item", "2", "Section 91N Definitions", "sch_1"),
                  "sitem_1_2": ("schedule-item", "1", "New section 294DA", "sch_2"),
                  "sitem_1_2__quoted_1__sec_294DA": ("section", "294DA", "Recorded interview", "sitem_1_2__quoted_1")},
                 id="Australian amending schedule items"),
    # rubric 1.13.0: Puerto Rican laws number their provisions "Sección 1.-" (a Spanish "Sección 1.ª"
    # is a group of articles); Mauritian Acts date the Act on a line of its own ("14 April 2025") and
    # introduce what they insert with " -"; Pacific Acts insert a "Division".
    pytest.param("es", "LEY NÚM. 88\n\nSección 1.- Se enmienda el Artículo 144 del Código Penal, para que lea como sigue:\n\n"
                       "“Artículo 144.- Producción.\n\nIncurrirá en delito grave toda persona que produzca material.”\n\n"
                       "Sección 2.- Vigencia.\n\nEsta Ley regirá inmediatamente.\n",
                 {"sec_1__quoted_1__art_144": ("article", "144", "Producción", "sec_1__quoted_1"),
                  "sec_2": ("section", "2", "Vigencia", None)}, id="Puerto Rican secciones"),
    pytest.param("en", "THE CHILDREN'S ACT 2025\n\n14 April 2025\n\nAn Act\n\n1. Short title\n\nThis Act is the Children's Act."
                       "\n\n62. Criminal Code amended\n\nThe Criminal Code is amended -\n(a) by inserting the following new "
                       "article after article 80 -\n\n80A. Prescription\n\nPrescription runs from majority.\n\n(b) in article "
                       "251(1), by deleting \"10 years\".\n",
                 {"sec_1": ("section", "1", "Short title", None),
                  "sec_62__para_a__quoted_1__sec_80A": ("section", "80A", "Prescription", "sec_62__para_a__quoted_1"),
                  "sec_62__para_b": ("paragraph", "(b)", "", "sec_62")}, id="Mauritian amending Part"),
    pytest.param("en", "ACT\n\n4. The following Division is inserted in the Principal Act immediately after section 91—\n\n"
                       "\"DIVISION 8A—OFFENCES\n\nAttempts\n91I.—(1) Attempting to commit an offence is an offence.\"\n\n"
                       "5. This Act commences on publication.\n",
                 {"sec_4__quoted_1__dvs_8A": ("division", "8A", "OFFENCES", "sec_4__quoted_1"),
                  "sec_4__quoted_1__sec_91I": ("section", "91I", "Attempts", "sec_4__quoted_1__dvs_8A"),
                  "sec_5": ("section", "5", "", None)}, id="Pacific inserted Division"),
    # Haitian laws: "Article 2.1.-" is an article of its own between articles 2 and 3.
    pytest.param("fr", "LOI\n\nArticle 2.- On entend par enfant la personne de moins de dix-huit ans.\n\nArticle 2.1.- Est "
                       "assimilée au matériel toute image créée par ordinateur.\n\nArticle 3.- Quiconque produit du matériel "
                       "est puni.\n",
                 {"art_2": ("article", "2", "", None), "art_2.1": ("article", "2.1", "", None),
                  "art_3": ("article", "3", "", None)}, id="Haitian decimal articles"),
    # rubric 1.22.0: a Nordic code in German translation numbers its chapters first and its
    # paragraphs within each chapter, the sign after the number and the text on the same line.
    pytest.param("de", "Gesetz zur Änderung des Strafgesetzbuchs\n\n6. Kapitel. Über Sexualverbrechen\n\n"
                 "8 §   Wer ein Kind zu einer sexuellen Darbietung veranlasst, wird zu Gefängnis von höchstens "
                 "vier Jahren verurteilt.\n\n10 a §   Wer mit einem Kind Kontakt aufnimmt, wird zu Geldstrafe "
                 "oder Gefängnis verurteilt.\n\n16. Kapitel. Über Verbrechen gegen die öffentliche Ordnung\n\n"
                 "10 §   Im Sinne dieses Kapitels gilt als Kind jede Person unter achtzehn Jahren.\n",
                 {"chp_6": ("chapter", "6", "Über Sexualverbrechen", None),
                  "sec_8": ("section", "8", "", "chp_6"), "sec_10-a": ("section", "10 a", "", "chp_6"),
                  "chp_16": ("chapter", "16", "Über Verbrechen gegen die öffentliche Ordnung", None),
                  "sec_10": ("section", "10", "", "chp_16")}, id="Nordic chapters and paragraphs"),
    # rubric 1.22.0: the Elucidation printed after an Indonesian-style law comments on its articles;
    # its "Article 3" is text of the memorandum, not a second article 3.
    pytest.param("en", "LAW NUMBER 12 OF 2025\n\nArticle 1\nIn this Law, Child means a person under 18.\n\n"
                 "Article 2\nEvery Person is prohibited from producing Child Pornography.\n\n"
                 "ELUCIDATION\n\nI. GENERAL\nThis Law closes gaps.\n\nArticle 1\nSufficiently clear.\n\n"
                 "Article 2\nProducing includes making with generative tools.\n",
                 {"art_1": ("article", "1", "", None), "art_2": ("article", "2", "", None),
                  "memo": ("memorandum", "", "", None)}, id="Elucidation after the law"),
    # rubric 1.23.0: Japanese Acts in English translation run the text on from the article number,
    # print the caption in parentheses on the line above and close with Supplementary Provisions
    # numbered afresh.
    pytest.param("en", "Act on Children\n\nChapter I General Provisions\n\n(Purpose)\nArticle 1 The purpose of this Act is "
                 "to protect children.\n\n(Definitions)\nArticle 2 (1) The term \"child\" means a person under 18.\n"
                 "(2) The term \"material\" means any image.\n\nSupplementary Provisions\n\n(Effective Date)\n"
                 "Article 1 This Act shall come into effect six months after promulgation.\n",
                 {"chp_I": ("chapter", "I", "General Provisions", None),
                  "art_1": ("article", "1", "Purpose", "chp_I"), "art_2": ("article", "2", "Definitions", "chp_I"),
                  "art_2__para_2": ("paragraph", "(2)", "", "art_2"),
                  "sch": ("schedule", "", "", None), "art_1_2": ("article", "1", "Effective Date", "sch")},
                 id="Japanese Act in English"),
    # rubric 1.23.0: Dutch amending acts in German translation number their own articles in roman
    # numerals, letter their instructions on lines of their own and insert unquoted text after
    # "erhält folgende Fassung:".
    pytest.param("de", "Gesetz\n\nARTIKEL I\n\nDas Strafgesetzbuch wird wie folgt geändert:\n\nA\n\n"
                 "Artikel 5 erhält folgende Fassung:\n\nArtikel 5\n\n1. Das Strafrecht gilt für Staatsangehörige.\n\n"
                 "B\n\nArtikel 240b erhält folgende Fassung:\n\nArtikel 240b\n\n1. Mit Gefängnisstrafe wird bestraft, wer "
                 "eine Abbildung herstellt.\n\nARTIKEL II (Inkrafttreten)\n\nDieses Gesetz tritt in Kraft.\n",
                 {"art_I": ("article", "I", "", None), "art_I__quoted_1__art_5": ("article", "5", "", "art_I__quoted_1"),
                  "art_I__quoted_2__art_240b": ("article", "240b", "", "art_I__quoted_2"),
                  "art_II": ("article", "II", "(Inkrafttreten)", None)}, id="Dutch amending act in German"),
    # rubric 1.24.0: Korean Acts in English translation print the caption in parentheses after the
    # article number, the text below or on the same line, and close with ADDENDA numbered afresh.
    pytest.param("en", "Act on Youth\n\nCHAPTER I GENERAL PROVISIONS\n\nArticle 1 (Purpose)\nThe purpose of this Act is "
                 "to protect youth.\n\nArticle 2 (Definitions) (1) The term \"youth\" means a person under 19.\n"
                 "(2) The term \"material\" means any image.\n\nArticles 3 through 5 Deleted.\n\n"
                 "ADDENDA <Act No. 101, Jan. 2, 2024>\n\nArticle 1 (Enforcement Date)\nThis Act shall enter into force "
                 "on March 1, 2024.\n",
                 {"chp_I": ("chapter", "I", "GENERAL PROVISIONS", None),
                  "art_1": ("article", "1", "Purpose", "chp_I"), "art_2": ("article", "2", "Definitions", "chp_I"),
                  "art_2__para_2": ("paragraph", "(2)", "", "art_2"),
                  "sch": ("schedule", "", "", None), "art_1_2": ("article", "1", "Enforcement Date", "sch")},
                 id="Korean Act in English"),
    # rubric 1.24.0: common-law Acts in French (Vanuatu, Seychelles) print number and heading on a
    # line of their own, the text below.
    pytest.param("fr", "LOI N° 3 DE 2024\n\nPARTIE 1 DISPOSITIONS PRÉLIMINAIRES\n\n1 Définitions\nDans la présente Loi, "
                 "enfant désigne une personne âgée de moins de 18 ans.\n\n2 Objet\n(1) La présente Loi protège les "
                 "enfants.\n\nPARTIE 2 INFRACTIONS\n\n3 Âge de la victime\nL'âge est présumé.\n",
                 {"part_1": ("part", "1", "DISPOSITIONS PRÉLIMINAIRES", None),
                  "sec_1": ("section", "1", "Définitions", "part_1"), "sec_2": ("section", "2", "Objet", "part_1"),
                  "sec_3": ("section", "3", "Âge de la victime", "part_2")}, id="common-law Act in French"),
    # rubric 1.24.0: Swiss federal acts number their Abschnitte "2. Abschnitt: Title".
    pytest.param("de", "Verordnung\n\n1. Abschnitt: Allgemeine Bestimmungen\n\nArt. 1 Gegenstand\n1 Diese Verordnung "
                 "regelt die Pflichten.\n\nArt. 2 Begriffe\n1 In dieser Verordnung bedeuten:\na. Kind: Person unter 18;\n"
                 "b. Anbieterin: eine Person.\n\n2. Abschnitt: Sorgfaltspflichten\n\nArt. 3 Risikobewertung\n1 Die "
                 "Anbieterinnen bewerten die Risiken.\n",
                 {"sgrp_1": ("section-group", "1", "Allgemeine Bestimmungen", None),
                  "art_2": ("article", "2", "Begriffe", "sgrp_1"),
                  "sgrp_2": ("section-group", "2", "Sorgfaltspflichten", None),
                  "art_3": ("article", "3", "Risikobewertung", "sgrp_2")}, id="Swiss Abschnitt with a colon"),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_units_ids_numbers_headings(lang, text, expected):
    got = outline(text, lang)
    for pid, value in expected.items():
        assert pid in got, f"missing {pid}; got {sorted(got)}"
        assert got[pid] == value


# Lines that must NOT open a provision of the given unit: (lang, text, forbidden ids or units)
NOT_PROVISIONS = [
    pytest.param("en", "3 — Offence\nEvery person who contravenes\nsection 163.1 is guilty of an offence.\n", ["sec_163.1"],
                 id="lowercase cross-reference"),
    pytest.param("en", "3 — Offence\nThe penalty is imprisonment for a term not exceeding two years and a fine or\n12 Months after that the licence expires.\n", ["sec_12"],
                 id="number continuing a sentence"),
    pytest.param("en", "3 — Offence\nText.\n1998 Amendments were made to this section.\n", ["sec_1998"], id="year at line start"),
    pytest.param("en", "3 — Offence\n18 years of age or more.\n", ["sec_18"], id="number in running text"),
    pytest.param("de", "§ 4 Geltung\n§ 11 Absatz 3 gilt entsprechend.\n§ 20 Nr. 1 des Gaststättengesetzes bleibt unberührt.\n",
                 ["sec_11", "sec_20"], id="German § cross-references"),
    pytest.param("fr", "Article 3\nLes dispositions de\narticle 121-2 du code pénal sont applicables.\n", ["art_121-2"],
                 id="French lowercase reference"),
    pytest.param("es", "Artículo 3.\nArtículo 14 de la Constitución garantiza la igualdad.\n", ["art_14"],
                 id="Spanish reference at line start"),
    pytest.param("en", "12 — Duty\n(1) A person\nPart 3 of this Act applies.\n", ["part_3"], id="Part in a sentence"),
    pytest.param("en", "1 — Interpretation\nSection 2 of the Act applies.\n", ["sec_2"], id="Section keyword in a sentence"),
    pytest.param("en", "3 — Offence\n[1] Section 5 of the Act applies.\n", ["sitem_1"], id="schedule item outside a schedule"),
    pytest.param("en", "49M.-(2) Every person who attempts an offence under section\n49B(1), 49I(1) or 49J is liable to "
                       "the same punishment.\n", ["sec_49B"], id="wrapped list of references"),
    pytest.param("pt", "Art. 1º Esta Lei altera o Estatuto.\n\nArt. 241-F da Lei nº 8.069, de 1990, acrescido pelo art. "
                       "2º do Projeto de Lei\n", ["art_241", "art_241-F"], id="veto message names a vetoed article"),
    pytest.param("en", "LAW\n\nArticle 1\nText.\n\nArticle 2\nText.\n\nELUCIDATION\n\nArticle 1\nClear.\n\n"
                       "Article 2\nClear.\n", ["art_1_2", "art_2_2"], id="Elucidation comments on the articles"),
    pytest.param("de", "6. Kapitel. Über Sexualverbrechen\n\n8 §   Wer durch Anweisungen bewirkt, dass an dem Kind eine "
                       "sexuelle Handlung vorgenommen wird, wird als Täter nach 4, 5 oder\n6 § verurteilt, auch wenn er "
                       "sich an einem anderen Ort aufhält.\n", ["sec_6"], id="Nordic reference wrapped to a line start"),
    pytest.param("en", "DIRECTIVE\n\nArticle 1\nText.\n\nCORRELATION TABLE\n\nArticle 2 Article 4(1)(e) to (g)\n",
                 ["art_2"], id="correlation table row naming two articles"),
    pytest.param("en", "PART 3\nSUPPLEMENTARY PROVISIONS ABOUT OFFENCES\n\n11 Attempts\n(1) Text.\n", ["sch"],
                 id="a Part title that starts like Supplementary Provisions"),
    pytest.param("fr", "Art. 197\n\n1 Quiconque offre à un enfant des images pornographiques est puni.\n\n"
                       "2 Est puni quiconque les fabrique.\n", ["sec_1", "sec_2"],
                 id="a Swiss alinéa number starts no section"),
    pytest.param("fr", "PARTIE 1 DISPOSITIONS\n\n1 Définitions\nTexte.\n\n1998 Modifications\nTexte.\n",
                 ["sec_1998"], id="a year is no section in French"),
]


@pytest.mark.parametrize("lang, text, forbidden", NOT_PROVISIONS)
def test_cross_references_do_not_split(lang, text, forbidden):
    got = outline(text, lang)
    for pid in forbidden:
        assert pid not in got, f"{pid} must not be a provision; got {sorted(got)}"


def test_running_header_stays_in_the_enclosing_provision():
    text = "PART 3 — OFFENCES\n11 — First\nText.\nPART 3 — OFFENCES\n12 — Second\nText.\n"
    provisions = split(doc(text))
    assert [p.id for p in provisions if p.unit == "part"] == ["part_3"]
    sec_11 = next(p for p in provisions if p.id == "sec_11")
    assert "PART 3 — OFFENCES" in sec_11.text
    assert next(p for p in provisions if p.id == "sec_12").parent == "part_3"


def test_markdown_marks_give_the_same_provisions():
    plain = "Erster Abschnitt Allgemeines\n§ 184b Verbreitung\n(1) Wer\n1. etwas tut.\n"
    marked = "## Erster Abschnitt Allgemeines\n### § 184b Verbreitung\n(1) Wer\n1. etwas tut.\n"
    a = [(p.id, p.unit, p.number, p.heading, p.parent) for p in split(doc(plain, "de"))]
    b = [(p.id, p.unit, p.number, p.heading, p.parent) for p in split(doc(marked, "de"))]
    assert a == b
    assert ("sec_184b", "section", "184b", "Verbreitung", "sgrp_1") in a


def test_top_level_ids_do_not_depend_on_containers():
    a = outline("§ 184b Verbreitung\nText.\n", "de")
    b = outline("Dreizehnter Abschnitt Straftaten\n§ 184b Verbreitung\nText.\n", "de")
    assert "sec_184b" in a and "sec_184b" in b


def test_marginal_heading_line_belongs_to_its_provision():
    text = "2 — Definitions\n(1) In this Act,\n[Young person]\n(2) A young person is under eighteen.\n"
    sub = next(p for p in split(doc(text)) if p.id == "sec_2__subsec_2")
    assert sub.text.startswith("[Young person]\n(2)")
    assert sub.heading == "Young person"


def test_preamble_and_empty_text():
    assert split(doc("")) == []
    only = split(doc("No numbered provisions here.\n"))
    assert [(p.id, p.start, p.end) for p in only] == [("preamble", 0, 29)]


def test_render_text_outline():
    d = doc("§ 10. Offense\n(a) In general.\n(1) A thing.\n")
    out = render_text(d, split(d))
    lines = out.splitlines()
    assert len(lines) == 3      # one line per provision
    assert lines[0].startswith("sec_10  (section 10) [Offense]")
    assert lines[1].startswith("  sec_10__subsec_a  (subsection (a))")
    assert lines[2].startswith("    sec_10__subsec_a__para_1")
    assert lines[2].endswith("(1) A thing.")


# ---------------------------------------------------------------------------
# Golden files
# ---------------------------------------------------------------------------

GOLDEN_INPUTS = sorted(GOLDEN.glob("*.txt"))


def test_golden_inputs_present():
    assert len(GOLDEN_INPUTS) >= 6


@pytest.mark.parametrize("source", GOLDEN_INPUTS, ids=lambda p: p.stem)
def test_golden(source):
    name, lang = source.stem.rsplit(".", 1)
    text = source.read_text(encoding="utf-8")
    got = [p.to_dict() for p in split(doc(text, lang))]
    expected_path = GOLDEN / f"{name}.json"
    if os.environ.get("GAPCHECK_REGEN_GOLDEN") == "1":
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"run GAPCHECK_REGEN_GOLDEN=1 to create {expected_path.name}"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


def test_golden_bill_keeps_inserted_sections_out_of_the_bill():
    text = (GOLDEN / "bill.en.txt").read_text(encoding="utf-8")
    provisions = split(doc(text))
    tops = [p.id for p in provisions if p.parent is None]
    assert tops == ["preamble", "sec_1", "sec_2", "sec_3", "sec_4"]
    quoted = next(p for p in provisions if p.id == "sec_2__quoted_1")
    assert quoted.text.startswith("46.1 (1)")
    assert not any(re.fullmatch(r"sec_46\.1.*", p.id) for p in provisions)
    # The inserted section is below the quote, in the Act's own numbering (rubric 1.8.0).
    inserted = next(p for p in provisions if p.id == "sec_2__quoted_1__sec_46.1")
    assert inserted.parent == "sec_2__quoted_1" and inserted.start == quoted.start and inserted.end <= quoted.end


def test_a_quote_without_numbered_text_has_no_provisions_below_it():
    text = ("1 Section 7 of the Act is amended by replacing the words following:\n"
            "\"ten years\" with \"fourteen years\".\n2 This Act comes into force on assent.\n")
    provisions = split(doc(text))
    quote = next(p for p in provisions if p.unit == "quoted")
    assert not any(p.parent == quote.id for p in provisions)


def test_inserted_provisions_keep_the_offsets_of_the_text():
    text = ("Art. 3. O Código passa a vigorar acrescido do seguinte art. 218-D:\n\n"
            "\u201cArt. 218-D. Oferecer dinheiro a adolescente para fim libidinoso:\nPena - reclusão.\u201d\n\n"
            "Art. 4. Esta Lei entra em vigor.\n")
    document = doc(text, "pt")
    for p in split(document):
        assert document.text[p.start:p.end] == p.text
    inserted = next(p for p in split(document) if p.id == "art_3__quoted_1__art_218-D")
    assert inserted.text.startswith("\u201cArt. 218-D.")


def test_an_editorial_note_in_parentheses_is_not_the_next_article_caption():
    # "(Suprimido)" under a repealed article belongs to it; a caption in parentheses opens the
    # next article only after a break (Japanese Acts).
    got = outline("Código\n\nArtículo 295.\n(Suprimido)\nArtículo 296. 1. Los hechos son punibles.\n", "es")
    assert got["art_296"][2] == ""


def test_a_swiss_alinea_number_is_taken_only_in_order():
    # "12 Monate" at the start of a wrapped line is text, not alinéa 12.
    text = ("Code\n\nArt. 97 Prescription\n1 L'action pénale se prescrit par\n"
            "15 Ans si la peine est lourde.\n2 La prescription court dès le jour de l'acte.\n")
    got = outline(text, "fr")
    assert "art_97__al_15" not in got
    assert got["art_97__al_2"] == ("alinea", "2", "", "art_97")


# ---------------------------------------------------------------------------
# Numbering no rule knows: the fallback run (nb.GENERIC_LINE)
# ---------------------------------------------------------------------------

_FALLBACK_BODIES = {
    "en": "A person who does what this provision describes commits an offence.\n(1) The first rule.\n(2) The second rule.\n",
    "fr": "Quiconque commet l'acte décrit au présent article est puni.\n(1) Première règle.\n(2) Deuxième règle.\n",
    "es": "El que realice la conducta descrita en este artículo será castigado.\n1. Primera regla.\n2. Segunda regla.\n",
    "de": "Wer die beschriebene Handlung begeht, wird bestraft.\n(1) Erste Regel.\n(2) Zweite Regel.\n",
    "pt": "Quem praticar a conduta descrita neste artigo é punido.\n1. Primeira regra.\n2. Segunda regra.\n",
}


def _unknown_numbering(lang: str, shape: str, count: int = 12) -> str:
    return "TITLE OF AN INVENTED LAW\n\n" + "".join(
        shape.format(n=n) + "\n" + _FALLBACK_BODIES[lang] + "\n" for n in range(1, count + 1))


@pytest.mark.parametrize("lang, shape, unit, heading, child", [
    ("en", "Article {n} [Heading {n}]", "article", "Heading 3", "art_3__para_1"),
    ("en", "Sec {n} – Heading {n}", "section", "Heading 3", "sec_3__subsec_1"),
    ("en", "{n}) Heading {n}", "section", "Heading 3", "sec_3__subsec_1"),
    ("fr", "Art {n} Intitulé {n}", "article", "Intitulé 3", "art_3__para_1"),
    ("fr", "{n}) Intitulé {n}", "article", "Intitulé 3", "art_3__para_1"),
    ("es", "Art {n} - Encabezado {n}", "article", "Encabezado 3", "art_3__subsec_1"),
    ("de", "Art {n} Überschrift {n}", "article", "Überschrift 3", "art_3__subsec_1"),
    ("de", "{n}) Überschrift {n}", "article", "Überschrift 3", "art_3__subsec_1"),
    ("en", "ARTICLE {n} (PURPOSE {n})", "article", "PURPOSE 3", "art_3__para_1"),
])
def test_numbering_no_rule_knows_is_read_from_its_run(lang, shape, unit, heading, child):
    text = _unknown_numbering(lang, shape)
    got = outline(text, lang)
    abbr = nb.UNIT_ABBR[unit]
    tops = [pid for pid, (u, *_rest) in got.items() if u == unit]
    assert tops == [f"{abbr}_{n}" for n in range(1, 13)]
    assert got[f"{abbr}_3"][2] == heading
    assert child in got
    provisions = split(doc(text, lang))
    assert "".join(p.text for p in provisions if p.parent is None) == text


def test_the_fallback_prefers_the_run_of_provisions_to_the_lists_inside_them():
    # "Art 1 ..." to "Art 5 ..." climb through the text; each list "1." "2." "3." starts again.
    body = "Texto del artículo.\n1. Uno.\n2. Dos.\n3. Tres.\n4. Cuatro.\n"
    text = "LEY INVENTADA\n\n" + "".join(f"Art {n} Rubro {n}\n{body}\n" for n in range(1, 6)) + "x" * 800 + "\n"
    got = outline(text, "es")
    assert [pid for pid, (u, *_r) in got.items() if u == "article"] == [f"art_{n}" for n in range(1, 6)]
    assert got["art_5__subsec_4"][0] == "subsection"


def test_the_fallback_leaves_a_text_the_rules_read():
    # Sections the rules know: a numbered list inside them is not read as a run of provisions.
    items = "".join(f"{n}) item number {n} of a long list;\n" for n in range(1, 15))
    text = "An Act\n\n1 Definitions\nIn this Act—\n" + items + "2 Offence\nA person commits an offence.\n" + "y" * 900 + "\n"
    got = outline(text)
    assert [pid for pid, (u, *_r) in got.items() if u == "section"] == ["sec_1", "sec_2"]


def test_the_fallback_needs_a_run_and_a_text_of_some_length():
    # Two numbered lines are no run; a short fragment is left as it is.
    text = "Loi\n\nArt 1 Objet\n" + "Texte. " * 200 + "\nArt 2 Champ\nTexte.\n"
    assert [p.unit for p in split(doc(text, "fr"))] == ["preamble"]
    short = _unknown_numbering("fr", "Art {n} Intitulé {n}", 3)[:900]
    assert [p.unit for p in split(doc(short, "fr"))] == ["preamble"]


@pytest.mark.parametrize("introducer", [
    "Les dispositions de l'article 232 du code pénal sont abrogées et remplacées par les dispositions suivantes :",
    "Il est ajouté au code pénal une section comprenant l'article 232 ainsi libellé :",
])
def test_a_maghreb_style_amendment_quotes_the_new_article(introducer):
    text = (f"Loi organique\n\nArt. 5 - {introducer}\n\n« Article 232 - Est puni de dix ans d'emprisonnement "
            "quiconque exploite un enfant.\nLa tentative est punissable. »\n\nArt. 6 - La présente loi entre en vigueur.\n")
    got = outline(text, "fr")
    assert "art_5__quoted_1__art_232" in got
    assert "art_6" in got and "art_232" not in got


def test_thai_style_slash_sections_are_inserted_by_the_following_shall_be_added():
    text = ("Criminal Code Amendment Act\n\nSection 1. This Act is called the Criminal Code Amendment Act.\n\n"
            "Section 9. The following shall be added as Section 287/3, Section 287/4, Section 287/5, Section 287/6 "
            "and Section 287/7 of the Criminal Code:\n\n\"Section 287/3 Whoever threatens a child shall be liable to "
            "imprisonment.\n\nSection 287/4 Whoever communicates with a child shall be liable to imprisonment.\"\n\n"
            "Section 10. This Act comes into force on the day after its publication.\n")
    got = outline(text)
    assert "sec_9__quoted_1__sec_287-3" in got and "sec_9__quoted_1__sec_287-4" in got
    assert got["sec_9__quoted_1__sec_287-4"][1] == "287/4"
    assert "sec_10" in got and "sec_287-4" not in got


def test_a_polish_style_article_numbers_its_paragraphs_with_the_section_sign():
    text = ("Strafgesetzbuch\n\nArt. 13. Wegen Versuchs haftet, wer zur Verwirklichung einer Tat ansetzt.\n\n"
            "Art. 18. § 1. Als Täter haftet, wer die Tat selbst ausführt.\n§ 2. Wegen Anstiftung haftet, wer einen "
            "anderen dazu bestimmt.\n§ 3. Wegen Beihilfe haftet, wer die Tat erleichtert.\n\n"
            "Art. 19. Das Gericht bemisst die Strafe innerhalb der Grenzen der Strafdrohung.\n")
    got = outline(text, "de")
    assert [pid for pid, (u, *_r) in got.items() if u == "article"] == ["art_13", "art_18", "art_19"]
    assert [pid for pid in got if pid.startswith("art_18__")] == ["art_18__subsec_1", "art_18__subsec_2",
                                                                  "art_18__subsec_3"]
    assert not any(u == "section" for u, *_r in got.values())


def test_a_section_sign_line_stays_a_section_outside_such_an_article():
    # German and Austrian drafting: "§ 4." opens a section; only a Polish-style article makes it a paragraph.
    text = "Gesetz\n\n§ 3. (1) Wer ... wird bestraft.\n(2) Der Versuch ist strafbar.\n§ 4. Wer ... wird bestraft.\n"
    got = outline(text, "de")
    assert "sec_4" in got and "sec_3__subsec_4" not in got


def test_a_law_that_reprints_changed_articles_marks_each_before_its_caption():
    # Lao-style laws in French translation: "Article 12 (nouveau) Caption", the text on the next line.
    text = ("LOI sur la protection des enfants (modifiée)\n\nPartie I\nDispositions générales\n\n"
            "Article 1 (modifié) Objectif\nLa présente loi protège les enfants.\n\n"
            "Article 12 (nouveau) Interdiction de la vente\nIl est interdit de vendre un enfant.\n\n"
            "Article 13 (nouveau) Sensibilisation\nLe Ministère organise des campagnes.\n")
    got = outline(text, "fr")
    assert got["art_1"][2] == "Objectif"
    assert got["art_12"][2] == "Interdiction de la vente"
    assert got["art_13"][0] == "article"


def test_a_turkish_style_article_runs_on_after_a_dash_under_its_caption():
    text = ("Strafgesetzbuch\n\nZweites Kapitel\n\nGebietsgrundsatz\nArtikel 8 – (1) Auf Taten im Inland wird das "
            "Recht angewandt.\n(2) Als im Inland begangen gilt auch eine Tat an Bord eines Schiffes.\n\n"
            "Kontaktaufnahme zu Kindern\nArtikel 103/A – (1) Wer einem Kind ein Treffen vorschlägt, wird bestraft.\n\n"
            "Artikel 5 – Dieses Gesetz tritt am Tage seiner Verkündung in Kraft.\n")
    got = outline(text, "de")
    assert got["art_8"][2] == "Gebietsgrundsatz"
    assert "art_8__subsec_1" in got and "art_8__subsec_2" in got
    assert got["art_103-A"][1] == "103/A" and got["art_103-A"][2] == "Kontaktaufnahme zu Kindern"
    assert "art_5" in got


def test_pre_reform_portuguese_spelling_introduces_the_quoted_articles():
    text = ("Lei n.º 19/2026\n\nArtigo 1.º Objecto – A presente lei altera o Código Penal.\n\n"
            "Artigo 2.º Alteração ao Código Penal – Os artigos 178.º e 180.º do Código Penal passam a ter a seguinte "
            "redacção:\n\n«Artigo 178.º\n[Pornografia de menores]\n1 - Quem produzir material pornográfico de menor é "
            "punido com pena de prisão de 1 a 5 anos.\n\nArtigo 180.º\n[Prostituição de menores]\n1 - Quem explorar a "
            "prostituição de menor é punido com pena de prisão de 2 a 10 anos.»\n\n"
            "Artigo 3.º Entrada em vigor – A presente lei entra em vigor no dia seguinte.\n")
    got = outline(text, "pt")
    assert "art_2__quoted_1__art_178" in got and "art_2__quoted_1__art_180" in got
    assert "art_180" not in got and "art_3" in got


def test_a_south_asian_section_closes_its_caption_with_a_colon():
    text = ("An Act relating to children\n\nChapter-1\nPreliminary\n\n1. Short title and commencement: (1) This Act "
            "may be called the Children Act.\n(2) It shall come into force at once.\n\n2. Limitation: A complaint may "
            "be filed within ten years.\n\n3. The Government may make rules: such rules shall be published.\n")
    got = outline(text, "en")
    assert got["sec_1"][2] == "Short title and commencement"
    assert got["sec_2"][2] == "Limitation"
    assert got["sec_3"][2] == ""     # a sentence with a verb of a rule, not a caption


def test_a_text_without_provisions_of_its_own_reads_the_articles_it_quotes():
    # A prosecutors' circular quotes the reformed articles between paragraphs of its own commentary.
    commentary = ("Los Sres. Fiscales velarán por la aplicación uniforme de este criterio en todas las "
                  "fases del procedimiento, atendiendo a la finalidad protectora de la reforma. ") * 3
    text = ("FISCALÍA\n\nCIRCULAR 1/2026 sobre la reforma\n\n1. Introducción\n\n" + commentary + "\n\nLa reforma "
            "sitúa la definición en un precepto propio:\n\n\"Artículo 20 bis.\n1. A los efectos de este Capítulo, se "
            "considera material todo soporte.\"\n\nLa letra a) exige realismo. " + commentary + "\n\n2. Las "
            "conductas\n\n\"Artículo 20.\n1. Será castigado con prisión de uno a cinco años quien produjere "
            "material.\"\n\n\"Artículo 21 ter.\n1. El que amenazare a un menor será castigado.\"\n\n" + commentary + "\n")
    assert len(text) > 1000     # a fragment is never read this way
    got = outline(text, "es")
    assert [pid for pid, (u, *_r) in got.items() if u == "article"] == ["art_20-bis", "art_20", "art_21-ter"]


def test_a_quotation_after_the_text_s_own_provisions_stays_text():
    text = ("Ley\n\nArtículo 1. Objeto.\nEsta ley protege a los menores. Como dice la exposición:\n\n\"Artículo 5 de "
            "la Convención. Los Estados protegerán a los niños.\"\n\nArtículo 2. Vigencia.\nEntra en vigor hoy.\n")
    got = outline(text, "es")
    assert [pid for pid, (u, *_r) in got.items() if u == "article"] == ["art_1", "art_2"]


def test_a_hungarian_style_section_puts_its_number_before_the_sign():
    text = ("Strafgesetzbuch\n\nKapitel XIX\n\nKinderpornografie\n204. §\n(1) Wer eine kinderpornografische Darstellung "
            "besitzt, ist wegen eines Vergehens zu bestrafen.\n(2) Der Versuch ist strafbar.\n\n204/A. § (1) Absatz "
            "(1) gilt auch für erzeugte Darstellungen.\n\n208. §\nWer einem Kind pornografische Inhalte zugänglich "
            "macht, ist zu bestrafen.\n")
    got = outline(text, "de")
    assert "sec_204__subsec_1" in got and "sec_204__subsec_2" in got
    assert got["sec_204-A"][1] == "204/A" and "sec_204-A__subsec_1" in got
    assert "sec_208" in got


def test_a_bold_mark_around_an_article_line_is_read_past():
    text = ("# Ley Orgánica 3/2026\n\n## TÍTULO I\n\n**Artículo 1. Objeto.**\n\nEsta ley protege a los menores.\n\n"
            "**Artículo 2. Definiciones.**\n\n1. A los efectos de esta ley se entiende por menor toda persona "
            "menor de dieciocho años.\n\n**Disposición final primera.** Entrada en vigor.\n")
    got = outline(text, "es")
    assert got["art_1"][2] == "Objeto" and got["art_2"][2] == "Definiciones"
    assert "art_2__subsec_1" in got


def test_a_danish_style_section_runs_its_text_on_after_the_number():
    text = ("Strafgesetz\n\n§ 65. Strafbare Handlungen im Ausland, die nur bestraft werden, wenn sie nach den Gesetzen "
            "des Tatorts mit Strafe bedroht sind\n(1) Für andere Taten gelten die Strafgesetze.\n\n"
            "Kapitel 9 Einziehung\n\n§ 75. Vermögensvorteile, die durch eine Straftat erlangt worden "
            "sind, oder ein ihnen entsprechender Geldbetrag können ganz oder teilweise eingezogen werden.\n"
            "Abs. 2. Gegenstände, die zur Begehung einer Straftat verwendet worden sind, können eingezogen werden.\n")
    got = outline(text, "de")
    assert got["sec_75"][2] == ""       # its text, not a heading
    assert got["sec_65"][2].startswith("Strafbare Handlungen im Ausland")     # an Austrian-style heading


def test_the_wording_in_force_of_a_comparative_table_opens_no_provision():
    text = ("Iniciativa con proyecto de decreto\n\nCUADRO COMPARATIVO\n\nTEXTO VIGENTE:\nArtículo 202.- Comete el delito "
            "quien induzca a una persona menor de dieciséis años.\n\nTEXTO PROPUESTO:\nArtículo 202.- Comete el delito "
            "quien induzca a una persona menor de dieciocho años.\n\nTEXTO VIGENTE:\nSin correlativo\n\nTEXTO PROPUESTO:\n"
            "Artículo 202 Ter.- Para los efectos de este capítulo se entiende por material toda representación.\n")
    got = outline(text, "es")
    assert [pid for pid, v in got.items() if v[0] == "article"] == ["art_202", "art_202-ter"]
    document = doc(text, "es")
    art_202 = next(p for p in split(document) if p.id == "art_202")
    assert "dieciocho" in art_202.text and "dieciséis" not in art_202.text


def test_a_synopse_keeps_the_proposed_wording_in_its_section_and_reads_none_of_the_old():
    from gapcheck.classify import reading_spans
    text = ("Synopse\n\n§ 11\nPersonen- und Sachbegriffe\n\nGeltende Fassung\n\n(3) Inhalt ist jede Äußerung in einer "
            "Schrift.\n\nEntwurf\n\n(3) Inhalt ist jede Äußerung, auch wenn sie mittels Computertechnik erzeugt wurde.\n")
    document = doc(text, "de")
    provisions = split(document)
    spans = reading_spans(document, [p for p in provisions if p.id == "sec_11"])["sec_11"]
    read = "".join(text[a:b] for a, b in spans)
    assert "Computertechnik" in read and "in einer Schrift" not in read
    # a label of the wording in force with no proposed wording after it is text like any other
    lone = "Gesetz\n\n§ 1\nGeltende Fassung\n\n(1) Wer ein Kind anspricht, wird bestraft.\n\n§ 2\nDer Versuch ist strafbar.\n"
    assert {"sec_1", "sec_1__subsec_1", "sec_2"} <= set(outline(lone, "de"))


def test_a_provision_number_misread_by_ocr_is_read_with_its_digit():
    text = ("LEI Nº 9.734\n\nArt. l° Esta Lei altera o Estatuto.\n\nArt. 24l. Vender material pornográfico.\n\n"
            "Art. 24I-D. Aliciar criança.\n\nArt. l0. Revogam-se as disposições em contrário.\n")
    got = outline(text, "pt")
    assert {"art_1", "art_241", "art_241-D", "art_10"} <= set(got)
    # a German section that ends in the letter l keeps it; a roman article number stays roman
    assert "sec_184l" in outline("Strafgesetzbuch\n\n§ 184l Inverkehrbringen\n(1) Wer eine Puppe verkauft, wird bestraft.\n", "de")
    assert "art_I" in outline("Gesetz\n\nARTIKEL I\nDas Strafgesetzbuch wird geändert.\n", "de")


def test_a_russian_style_code_numbers_articles_with_a_decimal_and_quotes_them_when_amended():
    text = ("Strafgesetzbuch\n\nArtikel 240. Heranziehung Minderjähriger zur Prostitution\n\n1. Die Heranziehung wird "
            "bestraft.\n\nArtikel 240.1. Erlangung sexueller Dienste\n\n1. Die Erlangung wird bestraft.\n\nArtikel 1\n\n"
            "In das Strafgesetzbuch folgende Änderungen einfügen:\n\n1) Artikel 242.1 ist wie folgt zu fassen:\n\n"
            "„Artikel 242.1. Herstellung von Materialien\n\n1. Die Herstellung wird bestraft.“;\n")
    got = outline(text, "de")
    assert got["art_240.1"][1] == "240.1" and "art_240.1__para_1" in got
    assert any(pid.endswith("__quoted_1__art_242.1") for pid in got), sorted(got)


def test_a_belgian_style_code_numbers_articles_with_a_slash_and_glues_the_suffix():
    text = ("Code pénal\n\nArt. 7bis. [1 Les peines applicables aux personnes morales sont : l'amende.]1\n\n"
            "Art. 417/44. [1 Est puni de la réclusion de cinq ans à dix ans quiconque produit du matériel d'abus "
            "sexuel de mineurs.]1\n----------\n(1)<L 2026-03-21/01, art. 52, 004; En vigueur : 01-06-2026>\n\n"
            "Art. 10ter. [1 Peut être poursuivie toute personne qui aura commis hors du territoire une infraction "
            "visée à l'article 417/44.]1\n")
    got = outline(text, "fr")
    assert {"art_7bis", "art_417-44", "art_10ter"} <= set(got)
    assert got["art_417-44"][1] == "417/44"
    # a word that begins like a suffix is no suffix
    assert "art_3" in outline("Code\n\nArt. 3 Territorialité\nLa loi s'applique.\n", "fr")


def test_a_colombian_style_law_ends_an_unmarked_amendment_at_its_next_ordinal_article():
    text = ("LEY 2231 DE 2025\n\nEL CONGRESO DECRETA:\n\nARTÍCULO 3o. Modifícase el artículo 213 de la Ley 412 de "
            "1999, el cual quedará así:\n\nArtículo 213. Inducción a la prostitución. El que induzca a un menor será "
            "castigado.\n\nARTÍCULO 4o. Adiciónase a la Ley 412 de 1999 el artículo 218A, del siguiente tenor:\n\n"
            "Artículo 218A. Herramientas. El que fabrique herramientas será castigado.\n\nARTÍCULO 5o. VIGENCIA. "
            "La presente ley rige a partir de su promulgación.\n")
    got = outline(text, "es")
    top = [pid for pid, v in got.items() if v[0] == "article" and "__" not in pid]
    assert top == ["art_3", "art_4", "art_5"], top
    assert "art_4__quoted_1__art_218A" in got


def test_a_government_message_holds_no_provisions_until_the_draft_s_enacting_formula():
    text = ("Message relatif à la modification du code pénal\n\ndu 12 mars 2026\n\n1 Contexte\n\nLe droit en vigueur "
            "ne suffit pas.\n\n3 Commentaire des dispositions\n\nArt. 196\n\nLa disposition vise le client.\n\n"
            "Code pénal\n\nModification du ...\n\nL'Assemblée fédérale,\nvu le message du Conseil fédéral,\narrête:\n\nI\n\n"
            "Le code pénal est modifié comme suit:\n\nArt. 196\n\n1 Quiconque commet un acte d'ordre sexuel avec un "
            "mineur contre rémunération est puni.\n\nArt. 197, al. 4 et 5\n\n4 Quiconque fabrique des représentations "
            "au sens de l'art. 197a est puni.\n\nArt. 197a\nDéfinitions\n\n1 Sont des représentations ...\n")
    document = doc(text, "fr")
    articles = [p for p in split(document) if p.unit == "article"]
    assert [p.id for p in articles] == ["art_196", "art_197", "art_197a"]
    assert "Quiconque commet" in articles[0].text and "vise le client" not in articles[0].text


def test_a_south_asian_ordinance_quotes_the_sections_it_inserts_namely():
    text = ("ORDINANCE No. V OF 2026\n\n1. Short title.—(1) This Ordinance may be called the Amendment Ordinance.\n\n"
            "2. Insertion of new sections.—In the Penal Code, after section 292, the following new sections shall be "
            "inserted, namely:—\n\n\"292A. Exposure.—Whoever exposes a child shall be punished.\n\n292B. Material.—Whoever "
            "makes child sexual abuse material shall be punished.\".\n\n3. Pending proceedings.—Nothing applies.\n")
    got = outline(text, "en")
    assert {"sec_2__quoted_1__sec_292A", "sec_2__quoted_1__sec_292B", "sec_3"} <= set(got), sorted(got)


def test_an_amending_schedule_laid_out_as_a_table_reads_each_row_and_what_it_inserts():
    text = ("THE STATUTE LAW (MISCELLANEOUS AMENDMENTS) ACT, 2026\n\nShort title.\n1. This Act may be cited as the "
            "Statute Law (Miscellaneous Amendments) Act.\n\nAmendment of written laws.\n2. The written laws in the "
            "Schedule are amended as shown.\n\nSCHEDULE\n\nProvision\nAmendment\n\nTHE PENAL CODE\n\nSection 20\n"
            "Delete section 20 and substitute therefor—\nParties to offences.\n20. (1) Every person who aids another "
            "to commit an offence is a party to it.\n\nSection 23A (new)\nInsert the following new section immediately "
            "after section 23—\nLiability of bodies corporate.\n23A. A body corporate is liable for offences committed "
            "for its benefit.\n\nSections 3A and 22A (new)\nInsert the following new section immediately after section 3—\n"
            "Assistance.\n3A. Assistance may be given to a requesting State.\nInsert the following new section "
            "immediately after section 22—\nEvidence.\n22A. The Central Authority may take evidence.\n\n"
            "MEMORANDUM OF OBJECTS AND REASONS\n\nThe Bill creates offences on grooming.\n")
    got = outline(text, "en")
    rows = [pid for pid, v in got.items() if v[0] == "schedule-item"]
    assert rows == ["sitem_20", "sitem_23A", "sitem_3A-and-22A"], rows
    assert {"sitem_20__quoted_1__sec_20", "sitem_23A__quoted_1__sec_23A", "sitem_3A-and-22A__quoted_1__sec_3A",
            "sitem_3A-and-22A__quoted_2__sec_22A"} <= set(got), sorted(got)
    # the memorandum after the last row is no part of what the row inserts
    assert got["memo"][0] == "memorandum"
    document = doc(text, "en")
    inserted = next(p for p in split(document) if p.id.endswith("sec_22A"))
    assert "grooming" not in inserted.text
    # a row label with no instruction after it is a section heading as before
    assert "sec_3" in outline("Act\n\nSCHEDULE\n\nSection 3\nThe Minister may make rules.\n", "en")


def test_an_algerian_style_ordonnance_numbers_inserted_articles_after_the_suffix():
    text = ("Ordonnance\n\nArt. 2. — Il est inséré une section 6 bis comprenant les articles 333 bis 1 à 333 bis 2, "
            "rédigés comme suit :\n\n« Art. 333 bis 1. — Au sens de la présente section, on entend par mineur toute "
            "personne de moins de dix-huit ans.\n\nArt. 333 bis 2. — Est puni quiconque produit du matériel "
            "d'exploitation sexuelle de mineurs. »\n\nArt. 3. — La présente ordonnance sera publiée.\n")
    got = outline(text, "fr")
    assert {"art_2__quoted_1__art_333-bis-1", "art_2__quoted_1__art_333-bis-2", "art_3"} <= set(got), sorted(got)
    assert got["art_2__quoted_1__art_333-bis-2"][1] == "333 bis 2"
