"""Numbering rules of each drafting tradition, declared in one place.

``split`` reads plain text line by line. Whether a line opens a container (Part,
Chapter, Abschnitt, Título...), a top-level provision (section, §, article) or a
lower unit ((1), (a), 1., a), 1°, § 1º, I -...) is decided by the rules below.
Every rule is named and carries the example lines it must match; the test suite
checks each example against its pattern, as eyecite does for its ``regexes.py``.

Patterns are matched against a line after markdown heading marks (``^#+ ``)
and indentation have been removed, so ``### § 184b Title`` and ``§ 184b Title``
are the same line to every rule.

Three families:

* ``CONTAINER_RULES`` -- headings that group provisions (rank decides nesting);
* ``PROVISION_RULES`` -- top-level numbered provisions (sections, §§, articles);
* ``CHILD_RULES`` -- numbering tokens of the units below a provision. A child
  rule names a *style* (``paren-digit`` for ``(1)``, ``lower-paren`` for
  ``a)``...); each ``Tradition`` says which styles it knows, what unit each one
  is (the US Code calls ``(a)`` a subsection, Canada calls it a paragraph) and,
  where the drafting rules fix it, how deep each style sits.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

LANGS = frozenset({"en", "fr", "es", "de", "pt"})

# Akoma Ntoso-style abbreviations used to build eIds (``sec_163.1__subsec_4.1``).
UNIT_ABBR = {
    "preamble": "preamble",
    "schedule": "sch",
    "memorandum": "memo",
    "contents": "toc",
    "part": "part",
    "book": "book",
    "title": "title",
    "subtitle": "subtitle",
    "chapter": "chp",
    "subchapter": "subchp",
    "division": "dvs",
    "subdivision": "subdvs",
    "section-group": "sgrp",
    "subsection-group": "subsgrp",
    "paragraph-group": "pgrp",
    "section": "sec",
    "article": "art",
    "subsection": "subsec",
    "paragraph": "para",
    "subparagraph": "subpara",
    "clause": "clause",
    "subclause": "subclause",
    "item": "item",
    "subitem": "subitem",
    "schedule-item": "sitem",
    "point": "point",
    "subpoint": "subpoint",
    "alinea": "al",
    "letter": "let",
    "quoted": "quoted",
}

CONTAINER_UNITS = frozenset({
    "memorandum", "contents", "schedule", "part", "book", "title", "subtitle", "chapter", "subchapter", "division",
    "subdivision", "section-group", "subsection-group", "paragraph-group",
})
# An amending schedule's item ("[6] New sections 91HA–91HK") holds its instruction and what it
# inserts, as a bill's clause does: a unit of its own.
TOP_LEVEL_UNITS = frozenset({"section", "article", "schedule-item"})


# An item of an amending schedule: "[6] New sections 91HA–91HK" (see the schedule_item rule).
SCHEDULE_ITEM = re.compile(
    r"^\[(?P<num>\d{1,3})\]\s+(?P<rest>(?:New\s+)?(?:[Ss]ections?|[Ss]ubsections?|[Ss]chedules?|[Pp]arts?"
    r"|[Dd]ivisions?|[Cc]lauses?|[Dd]ictionary)\b.*)$")


# A row of an amending schedule laid out as a table, "Provision" and "Amendment" (East African
# Statute Law (Miscellaneous Amendments) Acts): the first column names what is amended, alone on
# its line ("Section 23A (new)", "Sections 16A, 16B and 16C (new)"), and the second column's
# instruction follows on the next line (see the schedule_row rule).
SCHEDULE_ROW = re.compile(
    r"^(?:Sections?|Regulations?|Rules?)\s+(?P<num>\d{1,4}[A-Z]{0,3}(?:\(\d+\))*"
    r"(?:(?:\s*,\s*|\s+(?:and|to)\s+)\d{1,4}[A-Z]{0,3}(?:\(\d+\))*)*)(?:\s+\((?P<rest>new|repealed|deleted)\))?$")
# The instruction of such a row: "Delete section 20 and substitute therefor—", "Insert the following
# new section immediately after section 23—", "In subsection (1)—".
SCHEDULE_ROW_INSTRUCTION = re.compile(
    r"^(?:Delete|Insert|Repeal|Substitute|Renumber|Amend|Add|Revoke|Omit|Replace"
    r"|In\s+(?:the\s+)?(?:sub)?(?:sections?|paragraphs?|definitions?|provisos?|Schedules?|Parts?|marginal\s+note))\b")


@dataclass(frozen=True)
class Rule:
    """One numbering rule: a named pattern with the lines it must match.

    ``unit`` is the unit a container/provision rule opens, or the *style* a
    child rule recognises. ``langs`` limits a rule to the languages whose
    drafting uses it (``None``: every language).
    """

    name: str
    family: str                      # container | provision | child
    unit: str
    pattern: re.Pattern
    examples: tuple[str, ...]
    langs: Optional[frozenset] = None
    tradition: str = ""              # provision rules: the tradition its children follow
    strong: bool = True              # provision rules: a keyword marks it (§, Article...)
    counter_examples: tuple[str, ...] = ()

    def applies_to(self, lang: str) -> bool:
        return self.langs is None or lang in self.langs


def _langs(*codes: str) -> frozenset:
    return frozenset(codes)


# --------------------------------------------------------------------------
# Number words
# --------------------------------------------------------------------------

ROMAN_RE = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")

_DE_UNITS = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}
_DE_ORDINAL_SPECIAL = {"erst": 1, "dritt": 3, "siebent": 7, "siebt": 7, "acht": 8}


def _de_cardinal(word: str) -> Optional[int]:
    if word in _DE_UNITS:
        return _DE_UNITS[word]
    if word in _DE_TENS:
        return _DE_TENS[word]
    if word.endswith("zehn"):
        stem = word[:-4]
        stem = {"sech": "sechs", "sieb": "sieben"}.get(stem, stem)
        if stem in _DE_UNITS and 3 <= _DE_UNITS[stem] <= 9:
            return 10 + _DE_UNITS[stem]
    if "und" in word:
        unit, _, tens = word.partition("und")
        if unit in _DE_UNITS and tens in _DE_TENS and _DE_UNITS[unit] < 10:
            return _DE_UNITS[unit] + _DE_TENS[tens]
    return None


def german_ordinal(word: str) -> Optional[int]:
    """``Erster`` -> 1, ``Siebenundzwanzigster`` -> 27, ``Zweites`` -> 2; None if not an ordinal.

    German statutes number their Teile, Abschnitte and Titel with ordinal words.
    """
    w = word.lower()
    for ending in ("er", "es", "e", "en"):
        if w.endswith(ending):
            w = w[: -len(ending)]
            break
    else:
        return None
    if w in _DE_ORDINAL_SPECIAL:
        return _DE_ORDINAL_SPECIAL[w]
    if w.endswith("st"):            # zwanzigst, dreißigst
        n = _de_cardinal(w[:-2])
        if n is not None and n >= 20:
            return n
    if w.endswith("t"):             # zweit, viert, zehnt, dreizehnt
        n = _de_cardinal(w[:-1])
        if n is not None and n < 20:
            return n
    return None


_WORD_ORDINALS = {
    "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "septimo": 7, "octavo": 8, "noveno": 9, "decimo": 10, "undecimo": 11,
    "duodecimo": 12, "primeiro": 1, "terceiro": 3, "setimo": 7, "nono": 9,
    # Commonwealth schedules: "FIRST SCHEDULE", "Second Schedule".
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}


def _ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def word_id(word: str) -> str:
    """``PRIMERO`` -> ``primero``, ``ÚNICO`` -> ``unico``: the id fragment of a number printed as a word."""
    return _ascii_fold(word).lower()


def word_ordinal(word: str) -> Optional[int]:
    """``PRIMERO`` -> 1, ``Séptimo`` -> 7, ``SECOND`` -> 2 (Spanish and Portuguese chapters and
    Commonwealth schedules numbered with words)."""
    return _WORD_ORDINALS.get(_ascii_fold(word).lower())


# --------------------------------------------------------------------------
# Numbers -> eId fragments and sort keys
# --------------------------------------------------------------------------

_ORDINAL_MARK = re.compile(r"(?<=[0-9])\.?\s?[º°ª]|(?<=[0-9])o\b")
_FRENCH_PREMIER = re.compile(r"(?<=[0-9IVXLC])(?:er|re)\b")
_CODE_PREFIX = re.compile(r"^([LRDA])\*?\.?\s*(?=[0-9])")   # Article L. 121-2, R. 12


_NOT_ID_CHARS = re.compile(r"[^A-Za-z0-9.\-]")
_SPACES = re.compile(r"\s+")
_DASH_RUN = re.compile(r"-{2,}")


@lru_cache(maxsize=8192)
def id_number(printed: str) -> str:
    """The eId fragment of a printed number: ``(4.1)`` -> ``4.1``, ``1º`` -> ``1``,
    ``189 bis`` -> ``189-bis``, ``L. 121-2`` -> ``L121-2``, ``Ier`` -> ``I``.

    Ordinal marks (º ° ª, the Colombian ``1o``) and the French ``er`` of
    ``1er``/``Ier`` are dropped from ids but kept in ``Provision.number``.
    """
    s = printed.strip().strip("()[]")
    if s.lower() == "premier":         # "Article premier" is article 1, as "Article 1er" is
        return "1"
    s = _ORDINAL_MARK.sub("", s)
    s = _FRENCH_PREMIER.sub("", s)
    s = _ascii_fold(s)
    s = _CODE_PREFIX.sub(r"\1", s)
    s = _SPACES.sub("-", s.strip())
    s = _NOT_ID_CHARS.sub("-", s)
    s = _DASH_RUN.sub("-", s)
    s = re.sub(r"\b(" + _SUFFIX_WORDS + r")\b", lambda m: m.group(1).lower(), s)   # "202-Bis" -> "202-bis"
    return s.strip("-.")


@lru_cache(maxsize=8192)
def number_key(printed: str) -> tuple:
    """A sort key for comparing numbers of the same scheme: ``163`` < ``163.1`` < ``164``,
    ``184`` < ``184a`` < ``184b``; used by the sequence check on section numbers."""
    parts = re.findall(r"\d+|[A-Za-z]+", id_number(printed))
    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in parts)


def leading_int(printed: str) -> Optional[int]:
    m = re.search(r"\d+", printed)
    return int(m.group()) if m else None


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_int(printed: str) -> Optional[int]:
    """``IV`` -> 4, ``XII`` -> 12; None for anything that is not an upper-case roman numeral."""
    s = printed.strip()
    if not s or not re.fullmatch(r"[IVXLCDM]+", s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > value else value
    return total


# --------------------------------------------------------------------------
# Containers
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class ContainerKeyword:
    unit: str
    rank: int       # smaller ranks enclose larger ones


# Keyword -> unit and rank. Ranks follow each tradition's own hierarchy:
# the US Code runs Title > Part > Chapter > Subchapter; Australia Part > Division >
# Subdivision; French codes Partie > Livre > Titre > Chapitre > Section >
# Sous-section > Paragraphe; German statutes Teil/Buch > Abschnitt >
# Unterabschnitt > Titel (a Titel sits *below* an Abschnitt in the StGB, unlike a
# French Titre); Spain/Brazil Parte > Libro > Título > Capítulo > Sección.
EN_CONTAINER_KEYWORDS = {
    "title": ContainerKeyword("title", 0),
    "part": ContainerKeyword("part", 1),
    "book": ContainerKeyword("book", 2),
    "subtitle": ContainerKeyword("subtitle", 3),
    "chapter": ContainerKeyword("chapter", 5),
    "subchapter": ContainerKeyword("subchapter", 6),
    "division": ContainerKeyword("division", 6),
    "subdivision": ContainerKeyword("subdivision", 7),
}
FR_CONTAINER_KEYWORDS = {
    "partie": ContainerKeyword("part", 1),
    "livre": ContainerKeyword("book", 2),
    "titre": ContainerKeyword("title", 3),
    "sous-titre": ContainerKeyword("subtitle", 4),
    "chapitre": ContainerKeyword("chapter", 5),
    "section": ContainerKeyword("section-group", 7),
    "sous-section": ContainerKeyword("subsection-group", 8),
    "paragraphe": ContainerKeyword("paragraph-group", 9),
}
DE_CONTAINER_KEYWORDS = {
    "teil": ContainerKeyword("part", 1),
    "buch": ContainerKeyword("book", 2),
    "kapitel": ContainerKeyword("chapter", 5),
    "abschnitt": ContainerKeyword("section-group", 7),
    "unterabschnitt": ContainerKeyword("subsection-group", 8),
    "titel": ContainerKeyword("title", 9),
    "untertitel": ContainerKeyword("subtitle", 10),
}
IBERIAN_CONTAINER_KEYWORDS = {
    "parte": ContainerKeyword("part", 1),
    "libro": ContainerKeyword("book", 2),
    "livro": ContainerKeyword("book", 2),
    "titulo": ContainerKeyword("title", 3),
    "capitulo": ContainerKeyword("chapter", 5),
    "seccion": ContainerKeyword("section-group", 7),
    "secao": ContainerKeyword("section-group", 7),
    "subseccion": ContainerKeyword("subsection-group", 8),
    "subsecao": ContainerKeyword("subsection-group", 8),
}
SCHEDULE_KEYWORD = ContainerKeyword("schedule", 0)

# A table of contents printed before the law ("ARRANGEMENT OF SECTIONS", "Inhaltsübersicht"): the
# heading alone on its line. Its entries are no provisions (see split._Contents).
CONTENTS_HEADING = re.compile(
    r"^(?:ARRANGEMENT OF (?:SECTIONS|ARTICLES|REGULATIONS|CLAUSES|RULES)|Arrangement of (?:Sections|Articles|Regulations|Clauses)"
    r"|TABLE OF CONTENTS|Table of [Cc]ontents|CONTENTS|Contents|INHALTSÜBERSICHT|Inhaltsübersicht|INHALTSVERZEICHNIS"
    r"|Inhaltsverzeichnis|SOMMAIRE|Sommaire|TABLE DES MATIÈRES|Table des matières|ÍNDICE|Índice|SUMÁRIO|Sumário)\s*[.:]?$")
# An entry of a table of contents: a number, or a unit word and a number, then its title.
CONTENTS_ENTRY = re.compile(
    r"^(?:§+\s*|(?:Art(?:icle|ículo|igo|ikel)?|ART(?:ICLE|ÍCULO|IGO)?|Section|SECTION|Sec|Reg(?:ulation)?|Regulation|Clause)\.?\s+)?"
    r"(?P<num>\d+[A-Za-z]{0,3}(?:[.-]\d+[A-Za-z]?)*)[º°]?\.?(?:\s|$)")
# A bill's comparative table (a Mexican "cuadro comparativo", a German "Synopse", a Brazilian
# "quadro comparativo") prints the wording in force beside the wording proposed. Copied as text,
# each column becomes a block under its label, the label alone on its line. The wording in force
# is what the text replaces: its articles are not the text's provisions and nothing in it is read
# (``comparison_blocks``). A label counts only when a label of the proposed wording follows it.
COMPARISON_IN_FORCE = re.compile(
    r"(?i)^[*_\s]*(?:texto\s+vigente|redacci[óo]n\s+(?:vigente|actual)|texto\s+actual|ley\s+vigente"
    r"|geltende\s+fassung|bisherige\s+fassung|geltendes\s+recht|derzeitige\s+fassung"
    r"|texte\s+en\s+vigueur|r[ée]daction\s+(?:actuelle|en\s+vigueur)|droit\s+en\s+vigueur"
    r"|reda[çc][ãa]o\s+(?:atual|vigente|em\s+vigor)|texto\s+(?:atual|em\s+vigor)|legisla[çc][ãa]o\s+(?:vigente|em\s+vigor)"
    r"|current\s+(?:text|wording|law)|existing\s+(?:text|wording|law|provisions?)|present\s+law|law\s+in\s+force)"
    r"\s*:?[*_\s]*$")
COMPARISON_PROPOSED = re.compile(
    r"(?i)^[*_\s]*(?:texto\s+propuesto|redacci[óo]n\s+propuesta|texto\s+de\s+la\s+(?:iniciativa|propuesta|reforma)"
    r"|entwurf|neue\s+fassung|vorgeschlagene\s+fassung|fassung\s+des\s+entwurfs|beschl[üu]sse\s+des\s+ausschusses"
    r"|texte\s+propos[ée]|r[ée]daction\s+propos[ée]e|texte\s+du\s+projet(?:\s+de\s+loi)?|texte\s+de\s+la\s+proposition(?:\s+de\s+loi)?"
    r"|reda[çc][ãa]o\s+proposta|texto\s+(?:proposto|do\s+projeto|do\s+substitutivo)"
    r"|proposed\s+(?:text|wording|law|amendments?)|text\s+of\s+the\s+bill)"
    r"\s*:?[*_\s]*$")
COMPARISON_MAX_LINES = 120   # a label of the wording in force further than this from the next one is no column label

# Column labels printed over a table of contents ("Section", "Page").
CONTENTS_LABEL = re.compile(r"^(?:Sections?|SECTIONS?|Articles?|ARTICLES?|Page|PAGE|Clauses?|CLAUSES?|Art\.|§§?|Seite)$")
MEMORANDUM_KEYWORD = ContainerKeyword("memorandum", 0)


def container_keyword(keyword: str, rule: Rule) -> ContainerKeyword:
    """The unit and rank of a container keyword matched by ``rule``."""
    k = _ascii_fold(keyword).lower()
    if rule.unit == "schedule":
        return SCHEDULE_KEYWORD
    if rule.unit == "memorandum":
        return MEMORANDUM_KEYWORD
    table = {
        "en_container": EN_CONTAINER_KEYWORDS,
        "fr_container": FR_CONTAINER_KEYWORDS,
        "de_container_ordinal": DE_CONTAINER_KEYWORDS,
        "de_container_numbered": DE_CONTAINER_KEYWORDS,
        "de_container_number_first": DE_CONTAINER_KEYWORDS,
        "de_part_named": DE_CONTAINER_KEYWORDS,
        "iberian_container": IBERIAN_CONTAINER_KEYWORDS,
    }[rule.name]
    return table[k]


# A container title, when printed on the heading line, starts with a capital,
# a quote or a bracket; "Part 3 of this Act applies" is a sentence.
_TITLE = r"(?P<title>(?:[A-ZÀ-ÝÄÖÜ“\"'‘(\[«].*)?)"

MESSAGE_RULE = Rule(
    name="message",
    family="container",
    unit="memorandum",
    # A Swiss-style government message to parliament ("Message relatif à la modification du code
    # pénal", "Botschaft zur Änderung des Strafgesetzbuches") comments on the draft it precedes,
    # article by article: it holds no provisions until the draft's enacting formula ("arrête:").
    pattern=re.compile(r"^(?P<kw>Message|MESSAGE|Botschaft|BOTSCHAFT)(?P<num>)\s+"
                       r"(?P<title>(?:relatif|relative|concernant|zur|zum|über|betreffend)\b.*)$"),
    examples=("Message relatif à la modification du code pénal", "Botschaft zur Änderung des Strafgesetzbuches"),
    counter_examples=("Message reçu par le service compétent.",),
)


CONTAINER_RULES: tuple[Rule, ...] = (
    MESSAGE_RULE,
    Rule(
        name="memorandum",
        family="container",
        unit="memorandum",
        # The explanatory part of a bill (its reasons, not law): the heading alone on its line.
        # It holds no provisions; the next section or article leaves it (a Spanish
        # "EXPOSICIÓN DE MOTIVOS" stands before the articles, a German "Begründung" after them).
        pattern=re.compile(
            r"^(?P<kw>Begründung|BEGRÜNDUNG|Justifica[çc][ãa]o|JUSTIFICA[ÇC][ÃA]O|Justificativa|JUSTIFICATIVA"
            r"|Justificaci[óo]n|JUSTIFICACI[ÓO]N|Exposici[óo]n de motivos|EXPOSICI[ÓO]N DE MOTIVOS|Pre[áa]mbulo|PRE[ÁA]MBULO"
            # Brazil: "Exposição de Motivos", or its number alone ("EM nº 00087/2025 MJSP MDHC")
            r"|Exposi[çc][ãa]o de [Mm]otivos|EXPOSI[ÇC][ÃA]O DE MOTIVOS|EM\s+n[º°o]\s*\d[\d./-]*(?:\s+[A-Z]{2,})*"
            r"|Expos[ée] des motifs|EXPOS[ÉE] DES MOTIFS|Explanatory [Mm]emorandum|EXPLANATORY MEMORANDUM"
            r"|Statement of [Oo]bjects and [Rr]easons|STATEMENT OF OBJECTS AND REASONS"
            # East African and Sierra Leonean bills: "MEMORANDUM OF OBJECTS AND REASONS"
            r"|MEMORANDUM OF (?:THE )?OBJECTS AND REASONS|Memorandum of (?:the )?[Oo]bjects and [Rr]easons"
            r"|MEMORANDUM ON THE OBJECTS OF [A-Z0-9 ,()'’&-]+|Memorandum on the [Oo]bjects of [A-Za-z0-9 ,()'’&-]+"
            # a German parliamentary committee's report on the bill it recommends, and Austrian
            # "Erläuterungen" (the names of the rapporteurs may follow on the line)
            r"|Bericht der Abgeordneten(?: [^\n]*)?|Erläuterungen|ERLÄUTERUNGEN"
            # the note after each Head of an Irish-style General Scheme, and the comments and
            # prefatory note of a model or uniform act: they explain the wording, they do not enact it
            r"|Explanatory [Nn]otes?|EXPLANATORY NOTES?|(?:Official )?Comments?|COMMENTS?|Prefatory [Nn]ote|PREFATORY NOTE"
            # an Argentine bill's reasons, after its articles and the signature
            r"|FUNDAMENTOS|Fundamentos"
            # the article-by-article commentary printed after an Indonesian-style law ("ELUCIDATION
            # OF LAW ... NUMBER 12 OF 2025", "PENJELASAN ATAS UNDANG-UNDANG ...")
            r"|ELUCIDATION|Elucidation|PENJELASAN(?:\s+ATAS\s+[^\n]*)?"
            # a Brazilian President's message to Congress (the reasons for a veto, quoting the vetoed text)
            r"|MENSAGEM\s+N[º°O]\s*[\d.]+(?:,\s+DE\s+[^\n]*)?|Mensagem\s+n[º°o]\s*[\d.]+(?:,\s+de\s+[^\n]*)?)"
            r"(?P<num>)\s*:?(?P<title>)$"),
        examples=("Begründung", "JUSTIFICAÇÃO", "EXPOSICIÓN DE MOTIVOS", "Exposé des motifs", "Explanatory Memorandum",
                  "PREÁMBULO", "MEMORANDUM ON THE OBJECTS OF THE CRIMINAL LAW (SEXUAL OFFENCES) AMENDMENT BILL, 2025",
                  "MEMORANDUM OF OBJECTS AND REASONS",
                  "EM nº 00087/2025 MJSP MDHC", "Exposição de Motivos",
                  "Bericht der Abgeordneten Jonas Pfeffer, Dr. Mareike Tholen, Anselm Kroll und", "Erläuterungen",
                  "Explanatory Note", "Comment", "PREFATORY NOTE", "FUNDAMENTOS",
                  "MENSAGEM Nº 1.406, DE 14 DE OUTUBRO DE 2025", "ELUCIDATION",
                  "PENJELASAN ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 44 TAHUN 2008"),
        counter_examples=("Begründung der Entscheidung ist erforderlich.", "Erläuterungen zu den Änderungen sind beizufügen."),
    ),
    Rule(
        name="schedule",
        family="container",
        unit="schedule",
        # A schedule/annex restarts numbering, so it closes every open container.
        pattern=re.compile(
            # Japanese Acts in English close with "Supplementary Provisions", Korean ones with
            # "ADDENDA" (and the number of the amending Act in angle brackets), numbered afresh.
            r"^(?P<kw>SCHEDULE|Schedule|ANNEX|Annex|ANNEXE|Annexe|APPENDIX|Appendix|ANEXO|Anexo|Anhang|Anlage"
            r"|SUPPLEMENTARY PROVISIONS(?=\s*$)|Supplementary Provisions(?=\s*$)"
            r"|(?:ADDENDA|Addenda)(?:\s*<[^<>]*>)?(?=\s*$))"
            r"(?:\s+(?P<num>\d+[A-Z]?|[IVXLC]+|[A-Z]{1,3}))?"
            r"(?:\s*[—–:.-]\s*|\s+|$)" + _TITLE + r"$"),
        examples=("SCHEDULE (Sections 2, 4, 6 and 8) Designated States", "Schedule - The Criminal Code",
                  "Anhang EV Auszug aus EinigVtr", "SCHEDULE 2", "Supplementary Provisions",
                  "ADDENDA <Act No. 20114, Jun. 28, 2024>", "ADDENDA"),
        counter_examples=("Schedule 1 to this Act applies.", "SUPPLEMENTARY PROVISIONS ABOUT OFFENCES",
                          "Addenda to the report are attached."),
    ),
    Rule(
        name="ordinal_schedule",
        family="container",
        unit="schedule",
        # Commonwealth Acts number their schedules with a word before the keyword.
        pattern=re.compile(
            r"^(?P<num>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH"
            r"|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?P<kw>SCHEDULE|Schedule)"
            r"(?:\s*[—–:.-]\s*|\s+|$)" + _TITLE + r"$"),
        examples=("FIRST SCHEDULE (Section 2)", "Second Schedule", "THIRD SCHEDULE - Offences"),
        counter_examples=("First Schedule to this Act applies.",),
    ),
    Rule(
        name="en_container",
        family="container",
        unit="part",   # per keyword, see EN_CONTAINER_KEYWORDS
        pattern=re.compile(
            r"^(?P<kw>PART|Part|BOOK|Book|TITLE|Title|SUBTITLE|Subtitle|CHAPTER|Chapter|SUBCHAPTER|Subchapter"
            r"|DIVISION|Division|SUBDIVISION|Subdivision)"
            r"\s+(?P<num>\d+[A-Z]?(?:\.\d+)*|[IVXLCDM]+[A-Z]?|[A-Z])"
            r"(?:\s*[—–:.-]\s*|\s+|$)" + _TITLE + r"$"),
        examples=("CHAPTER 110— SEXUAL EXPLOITATION AND OTHER ABUSE OF CHILDREN", "PART I— CRIMES",
                  "Title 18— CRIMES AND CRIMINAL PROCEDURE", "PART 3 — OFFENCES", "Part 2.5 Corporate criminal responsibility",
                  "Subdivision F - Offences relating to use of carriage service", "PART IV Consequential Amendments"),
        counter_examples=("Part 3 of this Act applies to the offence.", "Title 5, United States Code"),
        langs=_langs("en"),
    ),
    Rule(
        name="fr_container",
        family="container",
        unit="part",
        pattern=re.compile(
            r"^(?P<kw>Partie|PARTIE|Livre|LIVRE|Titre|TITRE|Sous-titre|SOUS-TITRE|Chapitre|CHAPITRE|Section|SECTION"
            r"|Sous-section|SOUS-SECTION|Paragraphe|PARAGRAPHE)"
            r"\s+(?P<num>(?:[IVXLC]+|\d+)(?:er|re)?(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies))?"
            r"|préliminaire|PRÉLIMINAIRE|unique|UNIQUE|législative|LÉGISLATIVE|réglementaire|RÉGLEMENTAIRE)"
            # Swiss codes print the title after the number with no separator ("Titre 2 Tentative").
            r"(?:\s*[:.—–-]\s*|\s+(?=[A-ZÀ-ÖØ-Þ][^.;:]{0,100}$)|\s*$)(?P<title>.*)"),
        examples=("Livre Ier : Dispositions générales", "Chapitre III : De l'application de la loi pénale dans l'espace",
                  "Section 1 bis : De la traite des êtres humains", "Paragraphe 2 : Des infractions sexuelles",
                  "Partie législative", "Sous-section 1 : Des peines criminelles et correctionnelles",
                  "Titre 2 Tentative et participation"),
        counter_examples=("Section 3 du chapitre II du présent titre",),
        langs=_langs("fr"),
    ),
    Rule(
        name="de_container_ordinal",
        family="container",
        unit="section-group",
        # German statutes number Teile, Abschnitte and Titel with ordinal words.
        pattern=re.compile(
            r"^(?P<num>[A-ZÄÖÜ][a-zäöüß]+)\s+(?P<kw>Teil|Buch|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel)\b"
            r"\s*" + _TITLE + r"$"),
        examples=("Erster Abschnitt Das Strafgesetz", "Zweiter Titel Sprachgebrauch",
                  "Siebenundzwanzigster Abschnitt Sachbeschädigung", "Zweites Buch Verfahren im ersten Rechtszug"),
        counter_examples=("Der Abschnitt gilt entsprechend.",),
        langs=_langs("de"),
    ),
    Rule(
        name="de_container_numbered",
        family="container",
        unit="section-group",
        pattern=re.compile(
            r"^(?P<kw>Teil|Buch|Kapitel|Abschnitt|Unterabschnitt|Titel|Untertitel)\s+(?P<num>\d+[a-z]?)\b\.?"
            r"\s*" + _TITLE + r"$"),
        examples=("Abschnitt 2 Jugendschutz in der Öffentlichkeit", "Unterabschnitt 1 Allgemeine Vorschriften"),
        counter_examples=("Abschnitt 2 des Gesetzes gilt entsprechend.",),
        langs=_langs("de"),
    ),
    Rule(
        name="de_container_number_first",
        family="container",
        unit="section-group",
        # Nordic codes in German translation put the number first: "16. Kapitel. Über Verbrechen ...".
        pattern=re.compile(
            # Swiss federal acts: "2. Abschnitt: Sorgfaltspflichten der Anbieterinnen".
            r"^(?P<num>\d+[a-z]?)\.\s+(?P<kw>Teil|Buch|Kapitel|Abschnitt|Titel)\b[.:]?\s*" + _TITLE + r"$"),
        examples=("2. Kapitel. Über die Anwendbarkeit des norrländischen Rechts", "23. Kapitel Über Versuch",
                  "3. Abschnitt", "2. Abschnitt: Sorgfaltspflichten der Anbieterinnen"),
        counter_examples=("35. Kapitel 4 § sowie 36. Kapitel 1, 2 und 7 §§ folgende Fassung erhalten",
                          "16. Kapitel gilt entsprechend."),
        langs=_langs("de"),
    ),
    Rule(
        name="de_part_named",
        family="container",
        unit="part",
        pattern=re.compile(r"^(?P<num>Allgemeiner|Besonderer)\s+(?P<kw>Teil)\b\s*" + _TITLE + r"$"),
        examples=("Allgemeiner Teil", "Besonderer Teil"),
        langs=_langs("de"),
    ),
    Rule(
        name="iberian_container",
        family="container",
        unit="chapter",
        pattern=re.compile(
            # not a Puerto Rican "Sección 1.- Se enmienda ..." (the es_seccion provision rule)
            r"^(?!(?:SECCI[ÓO]N|Secci[óo]n)\s+\d+(?:\.\d+)?(?:-[A-Z])?\s*\.\s*[-–—])"
            r"(?P<kw>PARTE|Parte|LIBRO|Libro|LIVRO|Livro|T[ÍI]TULO|T[íi]tulo|CAP[ÍI]TULO|Cap[íi]tulo"
            r"|SECCI[ÓO]N|Secci[óo]n|SE[ÇC][ÃA]O|Se[çc][ãa]o|SUBSECCI[ÓO]N|Subsecci[óo]n|SUBSE[ÇC][ÃA]O|Subse[çc][ãa]o)"
            r"\s+(?P<num>[IVXLC]+(?:-[A-Z])?(?:\s(?:bis|ter))?|\d+(?:\.?[ªº])?(?:\s(?:bis|ter))?"
            r"|PRELIMINAR|Preliminar|[ÚU]NICO|[ÚU]nico|GERAL|Geral|ESPECIAL|Especial"
            r"|PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[ÉE]PTIMO|OCTAVO|NOVENO|D[ÉE]CIMO"
            r"|Primero|Segundo|Tercero|Cuarto|Quinto|Sexto|S[ée]ptimo|Octavo|Noveno|D[ée]cimo)\b"
            r"\.?(?:\s*[-–—:.]?\s*)" + _TITLE + r"$"),
        examples=("TÍTULO IX. De la omisión del deber de socorro", "CAPÍTULO VI. Disposiciones comunes",
                  "Sección 4.ª De la pena de multa", "CAPITULO PRIMERO", "Capítulo II", "PARTE GERAL",
                  "Seção V-A", "TITULO II", "LIBRO II", "Sección 2.ª bis De la apropiación indebida"),
        counter_examples=("Capítulo II de este Título",),
        langs=_langs("es", "pt"),
    ),
)


# --------------------------------------------------------------------------
# Top-level provisions
# --------------------------------------------------------------------------

# Latin suffixes of inserted articles, in any case ("189 bis", Mexican "202 Bis", "209 Quáter").
_SUFFIX_WORDS = r"(?i:bis|ter|qu[áa]ter|quater|quinquies|sexies|septies|octies|nonies|novies|decies|undecies|duodecies|terdecies)"

PROVISION_RULES: tuple[Rule, ...] = (
    Rule(
        name="us_section",
        family="provision",
        unit="section",
        tradition="us",
        # US Code: the section sign, the number, a period, the catchline.
        pattern=re.compile(r"^§\s?(?P<num>\d+[A-Za-z]*(?:-\d+[A-Za-z]*)?)\.(?:\s+(?P<rest>.*))?$"),
        examples=("§ 2256. Definitions for chapter", "§ 2339C. Prohibitions against the financing of terrorism",
                  "§ 23. 1 Court of the United States defined"),
        counter_examples=("§ 184b Verbreitung kinderpornographischer Inhalte",),
        langs=_langs("en", "fr", "es"),
    ),
    Rule(
        name="de_section_range",
        family="provision",
        unit="section",
        tradition="de",
        # Repealed runs of paragraphs printed as one heading; juris prints "(XXXX)" before them.
        pattern=re.compile(
            r"^(?:\(X+\)\s*)?§§\s*(?P<num>\d+[a-z]*\s+(?:bis|und)\s+\d+[a-z]*)\b\s*(?P<rest>.*)$"),
        examples=("§§ 1 bis 5 (weggefallen)", "(XXXX) §§ 109b und 109c (weggefallen)"),
        langs=_langs("de"),
    ),
    Rule(
        name="de_section",
        family="provision",
        unit="section",
        tradition="de",
        # German "Paragraph": the sign, the number (184b), then the heading; Austrian codes print
        # a period after the number ("§ 207a. Pornographische Darstellungen Minderjähriger").
        pattern=re.compile(r"^§\s?(?P<num>\d+[a-z]*)\.?(?:\s+(?P<rest>.*))?$"),
        examples=("§ 184b Verbreitung, Erwerb und Besitz kinderpornographischer Inhalte", "§ 48",
                  "§ 5 (weggefallen)", "§ 207a. Pornographische Darstellungen Minderjähriger"),
        counter_examples=("§ 54 Absatz 4 gilt entsprechend.", "§ 3 findet mit den Maßgaben Anwendung, dass"),
        langs=_langs("de"),
    ),
    Rule(
        name="nordic_section",
        family="provision",
        unit="section",
        tradition="de",
        # Nordic codes in German translation number the paragraphs of each chapter with the sign
        # after the number, and the text follows on the line: "10 a §   Wer ...".
        pattern=re.compile(r"^(?P<num>\d+(?:\s[a-z])?)\s§(?!§)(?:\s+(?P<rest>.*))?$"),
        examples=("1 §   Über Verbrechen, die im Reich begangen wurden, wird nach", "2 a §   Das Erfordernis nach",
                  "10 a §"),
        counter_examples=("9, 10 a und 12 a §, wenn die Tat gegen eine Person", "10 a und 17 §§ folgende Fassung"),
        langs=_langs("de"),
    ),
    Rule(
        name="hu_section",
        family="provision",
        unit="section",
        tradition="de",
        # Hungarian codes in German translation put the number before the sign, with a period:
        # "204. §", "204/A. §", the caption on the line above and the paragraphs below.
        pattern=re.compile(r"^(?P<num>\d+(?:/[A-Z])?)\.\s?§(?!§)"
                           r"(?:\s+(?P<rest>(?!(?:Absatz|Abs\.|Satz|Nummer|Nr\.)(?:\s|$))[(A-ZÄÖÜ].*))?$"),
        examples=("204. §", "204/A. §", "3. § (1) Das Gesetz gilt für", "52. § Wer wegen einer Straftat"),
        counter_examples=("204. §§ 1 bis 3 gelten", "1. § 184b wird wie folgt geändert:",
                          "2. § 5 Absatz 2 wird aufgehoben.", "204. § Absatz 2 gilt entsprechend."),
        langs=_langs("de"),
    ),
    Rule(
        name="de_guideline_number",
        family="provision",
        unit="section",
        tradition="de",
        # Administrative guidelines for prosecutors and police (RiStBV style) number their points
        # "Nr. 220", alone on the line or with the point's title; the title may follow on the next line.
        pattern=re.compile(r"^Nr\.\s?(?P<num>\d+[a-z]?)(?:\s+(?P<rest>[A-ZÄÖÜ][^.;:,]*))?$"),
        examples=("Nr. 220", "Nr. 221 Sexueller Missbrauch von Kindern", "Nr. 4a"),
        counter_examples=("Nr. 3 des Gesetzes gilt entsprechend.", "Nr. 2 und 3"),
        langs=_langs("de"),
    ),
    Rule(
        name="de_article",
        family="provision",
        unit="article",
        tradition="de",
        # Italian-style codes in German translation add Latin suffixes: "Art. 600-quater.1 (...)".
        # Dutch and Austrian amending acts number their own articles in roman numerals ("ARTIKEL I").
        # Polish-style codes in German translation run the text on after a period, their paragraphs
        # marked "§": "Art. 5. Das Strafgesetz ist ...", "Art. 202. § 1. Wer ...".
        # Turkish-style codes insert articles with a slash: "Artikel 103/A"; Russian-style codes
        # with a decimal number: "Artikel 242.1. Herstellung ...".
        pattern=re.compile(r"^(?:Artikel|Art\.|ARTIKEL)\s+(?P<num>\d+[a-z]*(?:\.\d+(?=[.\s]))?(?:/[A-Z]\b)?(?:-" + _SUFFIX_WORDS + r"(?:\.\d+)?)?"
                           r"|[IVXLC]+(?=\s|$))(?P<dot>\.(?=\s|$))?(?:\s+(?P<rest>.*))?$"),
        examples=("Artikel 1 Änderung des Strafgesetzbuches", "Artikel 2", "Art. 600-ter (Kinderpornografie)",
                  "Art. 600-quater.1 (Virtuelle Pornografie)", "ARTIKEL I", "ARTIKEL III (Übergangsrecht)",
                  "Art. 202. § 1. Wer ...", "Art. 5. Das Strafgesetz ist auf jeden anzuwenden",
                  "Artikel 103 – (1) Wer ein Kind", "Artikel 103/A – (1) Wer",
                  "Artikel 242.1. Herstellung und Verbreitung von Materialien"),
        counter_examples=("Artikel 3 Absatz 1 gilt entsprechend.",),
        langs=_langs("de"),
    ),
    Rule(
        name="fr_article",
        family="provision",
        unit="article",
        tradition="fr",
        # French codes: "Article 227-23", with the code's L/R/D prefix where there is one.
        pattern=re.compile(
            # Haitian laws number articles "Article 2.1.-" between "Article 2.-" and "Article 3.-".
            # Overseas "lois du pays" number theirs "Article LP 1".
            # Belgian codes number inserted articles with a slash and glue the Latin suffix:
            # "Art. 417/44.", "Art. 7bis.", "Art. 10ter.".
            r"^(?:Article|ARTICLE|Art\.|ART\.)\s+(?P<num>(?:LP\s?|[LRDA]\*?\.?\s?)?\d++(?:er)?(?:[-‑/]\d++)*+(?:\.\d++(?=\.))?"
            # Congolese laws insert articles with a letter: "Article 174 b : De la vente d'enfant"; Swiss
            # codes glue it: "Art. 197a".
            # Algerian codes number a run of inserted articles after the suffix: "Art. 333 bis 1. —".
            r"(?:\s*+(?:" + _SUFFIX_WORDS + r")(?![a-zà-ÿ])(?:\s\d{1,3}(?=\.?\s*[.:—–-]))?"
            r"|\s?[a-z](?=\s*[.:—–-]|\s*(?:\(|$)))?|premier|PREMIER|unique|UNIQUE)"
            # A Swiss amending act heads what it changes with the article and its paragraphs, alone on
            # the line: "Art. 197, al. 4 et 5", "Art. 5, al. 1bis".
            r"(?:,\s*al\.\s*\d+[a-z]*(?:\s*(?:,|et|à)\s*\d+[a-z]*)*(?=\s*$))?"
            # An annex or a consolidation notes the article's origin: "(créé par l'article 5 de la loi)".
            # Laws that reprint only the articles they change mark each one, the caption after the
            # mark: "Article 12 (nouveau) Interdiction de ...", "Article 3 (modifié) Définitions".
            r"(?:\s+\((?:créé|cré[ée]e|rédaction|modifiée?|version|abrogée?|nouveau|nouvelle|ajoutée?|complétée?)"
            r"[^()\n]*\)(?:(?P<marked>\s+)(?=[A-ZÀ-ÖØ-Þ]))?)?"
            r"\s*(?:(?(marked)|[.:—–-]\s*)(?P<rest>.*))?$"),
        examples=("Article 227-23", "Article L. 121-2", "Article R. 12", "Article 706-47-1", "Article 1er",
                  "Article 113-2-1", "Article premier", "Article unique", "Article 2.1.- Est assimilée", "ART. 2.",
                  "Article LP 1.- Objet", "Article 174 b : De la vente d'enfant",
                  "Article 225-7-2 (créé par l'article 5 de la loi)", "Article 12 (nouveau) Interdiction de la vente",
                  "Article 3 (modifié) Définitions", "Art. 417/44. [1 Est puni de la réclusion", "Art. 7bis. Les peines",
                  "Art. 10ter. Peut être poursuivie", "Art. 197, al. 4 et 5", "Art. 5, al. 1bis", "Art. 197a",
                  "Art. 333 bis 1. — Au sens de la présente section"),
        counter_examples=("Article 121-2 du code pénal est ainsi modifié",),
        langs=_langs("fr"),
    ),
    Rule(
        name="ch_article",
        family="provision",
        unit="article",
        tradition="ch",
        # Swiss codes: "Art. 197 Pornographie", the heading right after the number, no separator.
        pattern=re.compile(
            r"^Art\.\s+(?P<num>\d+[a-z]?(?:\s+(?:" + _SUFFIX_WORDS + r"))?)\s+(?P<rest>[A-ZÀ-ÖØ-Þ][^.;:]*)$"),
        examples=("Art. 197 Pornographie", "Art. 102 Punissabilité de l'entreprise", "Art. 260 ter Organisation criminelle"),
        counter_examples=("Art. 12 Le juge peut ordonner la confiscation.", "Art. 5 du présent code"),
        langs=_langs("fr"),
    ),
    Rule(
        name="intl_article",
        family="provision",
        unit="article",
        tradition="intl",
        # Treaties and UK Orders in English: "Article 3", "Article 3A"; Gulf laws in their official
        # English translation put the number in parentheses: "Article (34)".
        pattern=re.compile(r"^(?:Article|ARTICLE)\s+(?P<paren>\()?(?P<num>\d++[A-Z]?+)(?(paren)\))(?![-‑]\d)\.?"
                           r"\s*(?:[:—–-]\s*(?P<rest>.*))?$"),
        examples=("Article 3", "ARTICLE 12 - Jurisdiction", "Article (34)"),
        counter_examples=("Article 3 of the Convention provides that", "Article 12-4 of the Convention applies",
                          "Article (34) of this Decree-Law applies", "Article (34 applies"),
        langs=_langs("en"),
    ),
    Rule(
        name="jp_article",
        family="provision",
        unit="article",
        tradition="intl",
        # Japanese and Korean Acts in their official English translation run the text on from the
        # number with no separator ("Article 7 (1) A person who ...", "Article 1 The purpose of
        # this Act is ..."); branch numbers join with a hyphen ("Article 2-2"). A reference in a
        # sentence goes on in lower case ("Article 3 of the Convention provides").
        # Korean Acts print the caption in parentheses after the number, the text on the same
        # line or the next ("Article 11 (Production and Distribution of ...) (1) A person who").
        pattern=re.compile(r"^Article\s+(?P<num>\d++(?:-\d++)*)\s+(?P<rest>(?:\((?P<caption>[A-Z][^()]*)\)(?:\s+.*)?"
                           r"|(?:\(1\)\s+)?(?!Articles?\b)[A-Z][a-z]*\b(?![.,;:]).*))$"),
        examples=("Article 7 (1) A person who, of his or her own will, possesses", "Article 1 The purpose of this Act is",
                  "Article 2-2 (1) The term \"child\" as used in this Act", "Article 1 (Purpose)",
                  "Article 11 (Production and Distribution of Sexual Exploitation Materials) (1) A person who"),
        counter_examples=("Article 3 of the Convention provides that", "Article 12 applies mutatis mutandis",
                          "Article 5, paragraph (2) applies", "Article 2 Article 4(1)(e) to (g)"),
        langs=_langs("en"),
    ),
    Rule(
        name="es_seccion",
        family="provision",
        unit="section",
        tradition="es",
        # Puerto Rican laws number their operative provisions "Sección 1.-" (Spanish codes use
        # "Sección 1.ª" for a group of articles: a container, see iberian_container).
        pattern=re.compile(
            r"^(?:Secci[óo]n|SECCI[ÓO]N)\s+(?P<num>\d+(?:\.\d+)?(?:-[A-Z])?)\s*\.\s*[-–—]\s*(?P<rest>.*)$"),
        examples=("Sección 1.- Se enmienda el Artículo 144 de la Ley 146-2012, para que lea como sigue:",
                  "Sección 12.- Reglamentación."),
        counter_examples=("Sección 3 de esta Ley establece los plazos.",),
        langs=_langs("es"),
    ),
    Rule(
        name="es_article",
        family="provision",
        unit="article",
        tradition="es",
        # Spanish and Colombian codes; Colombia puts the heading after the number; Nicaraguan
        # laws abbreviate "Arto. 1.-".
        pattern=re.compile(
            r"^(?:Art[íi]culo|ART[ÍI]CULO|Art\.|ART\.|Arto\.|ARTO\.)\s*(?P<num>\d++(?![-‑]\d)(?:\s?[º°o](?![a-z]))?"
            r"(?:[\s-]?(?:" + _SUFFIX_WORDS + r")\b|\s?-?[A-Z]\b)?)"
            r"\s*(?:[.:—–-]+\s*(?P<rest>.*))?$"),
        examples=("Artículo 189.", "Artículo 189 bis.", "Artículo 202 Bis.- A quien posea", "ARTICULO 218.", "Artículo 210 A. Acoso sexual. El que en beneficio",
                  "Artículo 212A. Violencia.", "Artículo 151", "Arto. 180.- Venta de niñas"),
        counter_examples=("Artículo 14 de la Constitución", "Artículo 14-2 de la Ley Orgánica"),
        langs=_langs("es"),
    ),
    Rule(
        name="es_article_word",
        family="provision",
        unit="article",
        tradition="es",
        # Decrees that amend codes number their own articles with ordinal words ("ARTÍCULO
        # PRIMERO.- Se reforman los artículos ...", "Artículo único.-"); the code articles they
        # print after "para quedar como sigue:" are the text they insert.
        pattern=re.compile(
            r"^(?:Art[íi]culo|ART[ÍI]CULO)\s+(?P<num>(?i:primero|segundo|tercero|cuarto|quinto|sexto|s[ée]ptimo"
            r"|octavo|noveno|d[ée]cimo|[úu]nico))\s*[.:—–-]+\s*(?P<rest>.*)$"),
        examples=("ARTÍCULO PRIMERO.- Se reforman los artículos 40 y 202 del Código Penal, para quedar como sigue:",
                  "Artículo único.- Se adiciona el artículo 181 Bis", "ARTÍCULO SEGUNDO.-"),
        counter_examples=("Artículo primero de la Ley 5/2020 establece", "ARTÍCULO PRIMERO"),
        langs=_langs("es"),
    ),
    Rule(
        name="es_article_range",
        family="provision",
        unit="article",
        tradition="es",
        pattern=re.compile(r"^Art[íi]culos\s+(?P<num>\d+\s+(?:a|y)\s+\d+)\.?\s*(?P<rest>.*)$"),
        examples=("Artículos 617 a 622.", "Artículos 638 y 639."),
        langs=_langs("es"),
    ),
    Rule(
        name="es_disposition",
        family="provision",
        unit="article",
        tradition="es",
        # The closing provisions of Spanish laws, numbered by kind and ordinal word:
        # "Disposición adicional primera. ...", "Disposición final sexta.", "Disposición derogatoria única.".
        pattern=re.compile(
            r"^(?:Disposici[óo]n|DISPOSICI[ÓO]N)\s+(?P<num>(?:adicional|transitoria|derogatoria|final"
            r"|ADICIONAL|TRANSITORIA|DEROGATORIA|FINAL)(?:\s+(?:[a-záéíóúñ]+|[A-ZÁÉÍÓÚÑ]+|\d+\.?[ªa]?))?)"
            r"\s*(?:[.:—–-]+\s*(?P<rest>.*))?$"),
        examples=("Disposición adicional primera. Contenidos para adultos.", "Disposición final sexta.",
                  "Disposición derogatoria única. Derogación normativa.", "DISPOSICIÓN TRANSITORIA SEGUNDA",
                  "Disposición final 3.ª"),
        counter_examples=("Disposición final primera de esta ley", "Disposición adicional de la Ley 4/2015"),
        langs=_langs("es"),
    ),
    Rule(
        name="pt_article",
        family="provision",
        unit="article",
        tradition="pt",
        # Brazilian/Portuguese "Art. 241-A." and ordinal "Art. 1º -".
        pattern=re.compile(
            r"^(?:Art\.|ART\.|Artigo|ARTIGO)\s*(?P<num>\d+(?:\.\d{3})*(?:\.?\s?[º°o](?![a-z]))?(?:-[A-Z]{1,2}\b)?+)"
            r"(?:\s*[.\-–—]+\s*(?P<rest>.*)|\s+(?P<bare>[A-ZÀ-Ý(].*)|\s*$)"),
        examples=("Art. 241-A. Oferecer, trocar, disponibilizar", "Art. 8º (VETADO).", "Art. 1º - Não há crime sem lei anterior",
                  "Art. 5º - Aplica-se a lei brasileira", "Art. 244-B. Corromper ou facilitar", "Artigo 176.º-A"),
        # A veto message names the vetoed article before quoting it: a reference, not its heading.
        counter_examples=("Art. 2 º desta Lei", "Art. 241-F da Lei nº 8.069, de 1990, acrescido pelo art. 3º"),
        langs=_langs("pt"),
    ),
    Rule(
        name="schedule_row",
        family="provision",
        unit="schedule-item",
        tradition="commonwealth",
        strong=False,
        # A row of an amending schedule printed as a table (SCHEDULE_ROW): taken only inside a
        # schedule and when the row's instruction follows on the next line.
        pattern=SCHEDULE_ROW,
        examples=("Section 20", "Section 23A (new)", "Sections 16A, 16B and 16C (new)", "Sections 42A and 42B (new)"),
        counter_examples=("Section 2 of the Act is amended", "Sections 16A and 16B of the Act apply"),
        langs=_langs("en"),
    ),
    Rule(
        name="en_keyword_section",
        family="provision",
        unit="section",
        tradition="keyword-section",
        pattern=re.compile(
            r"^(?P<kw>Section|SECTION|Sec\.|SEC\.)\s+(?P<num>\d++[A-Z]*+(?:\.\d++[A-Z]*+)*+(?:/\d++)?)(?=[\s.:\-–—]|$)\s*\.?"
            r"\s*(?:[-–—:]\s*)?(?P<rest>[A-Z“\"'‘(\[].*)?$"),
        # Thai Acts in English translation number inserted sections with a slash: "Section 287/1 Whoever ...".
        examples=("Section 13 - Use of child for pornographic purposes", "SECTION 1. Short Title . — This Act",
                  "Section 287/1 Whoever possesses",
                  "SECTION 474.27A Using a carriage service", "Section 3", "SEC. 2. FINDINGS."),
        counter_examples=("Section 2 of the Act is amended by adding the following:",
                          'Section 134 ("Extortion") of the principal Act is amended by inserting',
                          "Section 15A - as inserted by Serious Crime Act 2015", "Section 1A(1)-(2) - quoted"),
        langs=_langs("en"),
    ),
    Rule(
        name="en_head",
        family="provision",
        unit="section",
        tradition="keyword-section",
        # The General Scheme of an Irish-style Bill sets out its provisions as "Heads", each with
        # its title after a dash: "Head 4 – Offences relating to child sexual abuse material".
        pattern=re.compile(r"^(?P<kw>Head|HEAD)\s+(?P<num>\d++[A-Z]?)\s*[-–—:]\s*(?P<rest>[A-Z“\"'‘(\[].*)$"),
        examples=("Head 4 – Offences relating to child sexual abuse material", "HEAD 12 - Jurisdiction"),
        counter_examples=("Head 3 applies to a relevant service provider.", "Head of the Department"),
        langs=_langs("en"),
    ),
    Rule(
        name="en_keyword_article",
        family="provision",
        unit="article",
        tradition="keyword-section",
        # US state codes of procedure number articles by chapter: "Art. 12.01. FELONIES. An indictment ...".
        # The number needs its decimal part; "Article 3" is the treaty rule's.
        pattern=re.compile(
            r"^(?P<kw>Art\.|ART\.|Article|ARTICLE)\s+(?P<num>\d++[A-Z]*+(?:\.\d++[A-Z]*+)++)\.?"
            r"\s*(?:[-–—:]\s*)?(?P<rest>[A-Z“\"'‘(\[].*)?$"),
        examples=("Art. 12.01. FELONIES. An indictment for a felony may be returned", "Art. 38.071. TESTIMONY OF CHILD",
                  "Article 62.002. Applicability"),
        counter_examples=("Art. 12.01 of this code applies.", "Article 62.002 of the Family Code governs."),
        langs=_langs("en"),
    ),
    Rule(
        name="schedule_item",
        family="provision",
        unit="schedule-item",
        tradition="commonwealth",
        strong=False,
        # Australian state amending Acts number the amendments of a schedule as items, each
        # headed by the provision it amends: "[6] New sections 91HA–91HK", then the instruction
        # ("Insert after section 91H:") and the inserted text. Taken only inside a schedule.
        pattern=SCHEDULE_ITEM,
        examples=("[6] New sections 91HA–91HK", "[1] Section 66EB Grooming or procuring child",
                  "[8] Sections 91P and 91Q"),
        counter_examples=("[1] See the note to section 3.", "[Repealed]"),
        langs=_langs("en"),
    ),
    Rule(
        name="bare_section_range",
        family="provision",
        unit="section",
        tradition="commonwealth",
        strong=False,
        # Repealed runs of common-law sections printed as one entry: "47 and 48" then "[Amendments]".
        pattern=re.compile(
            r"^(?P<num>\d{1,4}[A-Z]{0,3}(?:\.\d{1,4}[A-Z]{0,3})*\s+(?:and|to|et|à)\s+\d{1,4}[A-Z]{0,3}(?:\.\d{1,4}[A-Z]{0,3})*)"
            r"\s*(?P<rest>\[.*\])?$"),
        examples=("47 and 48", "5 to 8 [Repealed, 2001, c. 41, s. 124]"),
        counter_examples=("5 to 8 of the Act",),
        langs=_langs("en", "fr"),
    ),
    Rule(
        name="bare_section",
        family="provision",
        unit="section",
        tradition="commonwealth",
        strong=False,
        # Common-law sections printed with a bare number. The form decides how much the
        # line is trusted (see split._accept_bare_section):
        #   dash  "163.1 — Definition of ..."   heading after a dash
        #   alone "7"                             number alone, next line "[Heading]" or "(1)"
        #   sub   "12.3(1) If ...", "24. (1) A", "4A.—(1) Where"  number followed by a subsection
        #   glued "62Possession of ..."           legislation.gov.uk prints number and heading glued
        #   weak  "1 Section 2 of the Act ..."   number and capitalised text: a bill clause or UK section
        pattern=re.compile(
            r"^(?P<num>\d{1,4}[A-Z]{0,3}?(?:\.\d{1,4}[A-Z]{0,3}?)*)"
            r"(?:(?P<dash>\s+[—–-]\s*)(?P<rest>\S.*)"
            r"|(?P<alone>\s*)$"
            # Israeli translations tab the number from its lettered first subsection: "214B.\t(a)\tWhoever".
            # A hard-wrapped sentence can bring a list of references to the start of a line
            # ("49B(1), 49I(1) or 49J is liable"): a subsection followed by a list goes on a sentence.
            r"|(?P<sub>\.?\s?(?:(?:[—–]|--?)\s?)?)(?=\(\d+[A-Z]?(?:\.\d+)*\)(?!\s*[,;]|\s+(?:or|and|to|of)\b)"
            r"|(?<=\.\t)\([a-z]\)\t)"
            r"|(?P<glued>)(?=[A-Z][a-z])"
            r"|(?P<weak>\.?\s+)(?=[A-ZÀ-ÖØ-Þ“\"\[]))"),
        examples=("163.1 — Definition of child sexual abuse and exploitation material", "7", "12.3(1) If intention",
                  "24. (1) A person who", "62Possession of prohibited images", "1 Section 2 of the Act is amended",
                  "46.1 (1) Every person", "1A(1) This section applies", "377BG.—(1) Any person",
                  "2.--(1) In this Act", "214B.\t(a)\tWhoever produces"),
        counter_examples=("18 years of age or more", "2024, c. 23", "2. (a) the person", "49B(1), 49I(1) or 49J is liable"),
        # common-law drafting, in English or (Canada) French; Portuguese resolutions' points ("1 — Aprovar ...")
        langs=_langs("en", "fr", "pt"),
    ),
)


# --------------------------------------------------------------------------
# Numbering that no rule above knows
# --------------------------------------------------------------------------

# When the rules above read less than half of a text as sections or articles, ``split`` looks for
# numbered lines that no rule knows: a keyword of any of our languages (or none), a number, the
# same mark after it ("Article 4 (Purpose)", "4 Définitions", "Art 4 - ..."). It takes the longest
# run of lines of one shape whose numbers climb through the text (``GENERIC_MAX_STEP`` at most
# from one to the next, never back) and reads those lines as provisions. Lists inside provisions
# start again at 1 in each of them, so they make short runs; a run of provisions does not.
GENERIC_SECTION_KEYWORDS = ("section", "sec", "sección", "seccion", "secção", "seção", "secao")
GENERIC_LINE = re.compile(
    r"^(?P<kw>(?i:article|art|arto|artículo|articulo|artigo|artikel|section|sec|sección|seccion|secção|seção|secao)"
    r"\.?\s*|§\s*|)(?P<num>\d{1,4}(?:[A-Z]{1,2}|[a-z]|\.?\s?[º°ª])?)(?![\d,/])"
    r"(?P<sep>\s*(?:\.\s*[-–—]|[-–—:.)]|\.-))?"
    r"(?:\s+(?P<rest>[(\[“\"«A-ZÀ-ÖØ-Þ].*))?$")
GENERIC_MIN_RUN = 3          # lines in the run
GENERIC_MAX_STEP = 10        # omitted (repealed) numbers between two lines of the run
GENERIC_MIN_COVERAGE = 0.5   # share of the text in sections or articles below which the fallback looks
GENERIC_MIN_CHARS = 1000     # shorter texts are fragments: no fallback
# The tradition whose units apply below a provision read this way: the one the language's own
# drafting mostly follows (an English "Section" follows the Commonwealth, an "Article" treaties).
GENERIC_TRADITION = {"en": "intl", "fr": "intl", "de": "de", "es": "es", "pt": "pt"}
GENERIC_RULE = Rule(
    name="generic_numbered",
    family="provision",
    unit="article",
    tradition="intl",
    pattern=GENERIC_LINE,
    examples=("Article 4 (Purpose)", "4 Définitions", "Art 4 - Objeto", "ARTICLE 12. Jurisdiction", "12A Offences by bodies",
              "Artículo 3.- El que", "§ 7 Begriffe", "Section 4: Offences", "Artigo 5.º Crimes"),
    counter_examples=("18 years of age or more", "2024, c. 23", "4 of the Act applies", "12,5 % des recettes",
                      "10/2024 of 3 March"),
)


# --------------------------------------------------------------------------
# Units below a provision
# --------------------------------------------------------------------------

# Styles recognised by the paren rule, decided from the token's content.
PAREN_DIGIT = "paren-digit"            # (1) (4.1) (2A)
PAREN_LOWER = "paren-lower"            # (a) (a.1)
PAREN_DOUBLE_LOWER = "paren-double-lower"  # (aa)
PAREN_ROMAN = "paren-roman"            # (i) (iv)
PAREN_UPPER = "paren-upper"            # (A)
PAREN_DOUBLE_UPPER = "paren-double-upper"  # (AA)
PAREN_UPPER_ROMAN = "paren-upper-roman"    # (I) (IV)

CHILD_RULES: tuple[Rule, ...] = (
    Rule(
        name="paren",
        family="child",
        unit="paren",   # the style is decided by classify_paren()
        # legislation.gov.uk prints amendment markers before a token: "[F2(1)A person", "F2[F3(1)".
        pattern=re.compile(r"^(?:F\d+)?(?:\[F\d+)*\(\s?(?P<tok>\d{1,3}[A-Z]?(?:\.\d{1,3})*|[a-z]{1,4}(?:\.\d{1,2})?"
                           r"|[A-Z]{1,4}(?:\.\d{1,2})?)\s?\)(?=\s|$|[^\s,;:.)\]])"),
        examples=("(4.1) Every person who", "(a) acting within", "(ii) two or more", "(A) Except as provided",
                  "(8) “child pornography” means", "(1)It is an offence", "(a.1) in the Province",
                  "[F2(1)A person (A) commits an offence if—", "[F2( 4 )References to a photograph"),
        counter_examples=("(2), (3) and (4) apply",),
    ),
    Rule(
        name="digit_dot",
        family="child",
        unit="digit-dot",
        # German Nummer, Spanish apartado, numbered treaty paragraph; never "1.5.1982".
        pattern=re.compile(r"^(?P<tok>\d{1,3}[a-z]?)\.(?=\s+\S)"),
        examples=("1. (weggefallen)", "2. Hochverrat (§§ 81 bis 83);", "1. Será castigado con la pena"),
        counter_examples=("1.5.1982 tritt in Kraft",),
    ),
    Rule(
        name="section_sign",
        family="child",
        unit="section-sign",
        # A paragraph of a Polish-style article in German translation: "§ 2. Wer ...". Elsewhere in
        # German "§ 2" opens a section, which the provision rules read first.
        pattern=re.compile(r"^§\s?(?P<tok>\d{1,3}[a-z]?)\.(?=\s)"),
        examples=("§ 2. Wer einem Minderjährigen", "§ 4a. Wer pornografische Inhalte"),
        langs=_langs("de"),
    ),
    Rule(
        name="digit_ordinal",
        family="child",
        unit="digit-dot",
        # Spanish ordinal apartados: "1.ª Ejecutar el hecho con alevosía."
        pattern=re.compile(r"^(?P<tok>\d{1,3})\.?\s?[ªº](?=\s)"),
        examples=("1.ª Ejecutar el hecho con alevosía.",),
        langs=_langs("es"),
    ),
    Rule(
        name="lower_paren",
        family="child",
        unit="lower-paren",
        # German Buchstabe, Spanish letra, Brazilian alínea, Canadian French alinéa: "a)".
        pattern=re.compile(r"^(?P<tok>[a-z]{1,2})\)(?=\s)"),
        examples=("a) in den Fällen des § 86", "aa) bei Taten", "b) El que produjere"),
    ),
    Rule(
        name="digit_paren",
        family="child",
        unit="digit-paren",
        pattern=re.compile(r"^(?P<tok>\d{1,3})\)(?=\s)"),
        examples=("1) los que",),
    ),
    Rule(
        name="lower_dot",
        family="child",
        unit="lower-dot",
        pattern=re.compile(r"^(?P<tok>[a-z])\.(?=\s+[A-Z])"),
        examples=("a. Sexual exploitation of the child;",),
        langs=_langs("en"),
    ),
    Rule(
        name="lower_dot_lower",
        family="child",
        unit="lower-dot",
        # Swiss letters of an alinéa / Absatz: "a. traite d'êtres humains;", "b. wer ...".
        pattern=re.compile(r"^(?P<tok>[a-z])\.(?=\s+\S)"),
        examples=("a. traite d'êtres humains (art. 182);", "b. eine Person unter 16 Jahren"),
        counter_examples=("a.m. bis 12 Uhr",),
        langs=_langs("fr", "de"),
    ),
    Rule(
        name="digit_space",
        family="child",
        unit="digit-space",
        # Swiss numbered alinéas / Absätze: "1 Quiconque ...", "2 Wer ...": a bare number and a
        # capitalised word. Taken only in order (1, then 2, ...) under a Swiss article, so a
        # wrapped line that starts "18 Jahren" is not one.
        pattern=re.compile(r"^(?P<tok>[1-9]\d?)\s+(?=[A-ZÀ-ÖØ-Þ])"),
        examples=("1 Quiconque offre ou montre", "2 Wer eine Person unter 16 Jahren"),
        counter_examples=("1er janvier",),
        langs=_langs("fr", "de"),
    ),
    Rule(
        name="degree",
        family="child",
        unit="degree",
        # French items "1°", "2° bis".
        pattern=re.compile(r"^(?P<tok>\d{1,3}\s?[°º](?:\s(?:bis|ter|quater))?)(?=\s|$)"),
        examples=("1° Commet les faits incriminés ;", "12° L'interdiction"),
        langs=_langs("fr"),
    ),
    Rule(
        name="roman_dot_dash",
        family="child",
        unit="roman-dot-dash",
        # French roman paragraphs: "I. - La traite...", "II.-L'infraction".
        pattern=re.compile(r"^(?P<tok>[IVXLC]+)\.\s?[-–—]\s?"),
        examples=("I. - La traite des êtres humains", "II.-L'infraction prévue"),
        langs=_langs("fr"),
    ),
    Rule(
        name="digit_dash",
        family="child",
        unit="digit-dash",
        # Portuguese números of an article: "1 - Quem:", "2 — A pena é agravada".
        pattern=re.compile(r"^(?P<tok>\d{1,3})\s?[-–—](?=\s)"),
        examples=("1 - Quem:", "2 — A pena é agravada de um terço"),
        counter_examples=("1-A Vigência",),
        langs=_langs("pt"),
    ),
    Rule(
        name="roman_dash",
        family="child",
        unit="roman-dash",
        # Brazilian incisos: "I – assegura os meios", "II - ...".
        pattern=re.compile(r"^(?P<tok>[IVXLC]+)\s?[-–—](?=\s)"),
        examples=("I – assegura os meios ou serviços", "II - agente público"),
        langs=_langs("pt"),
    ),
    Rule(
        name="paragraph_sign",
        family="child",
        unit="paragrafo",
        # Brazilian/Portuguese parágrafos of an article: "§ 1º", "§ 2 º".
        pattern=re.compile(r"^(?P<tok>§\s?\d+(?:\s?[º°o])?)(?:\s?[-–—.:])?(?=\s)"),
        examples=("§ 1º Nas mesmas penas incorre quem:", "§ 1 º Incorrem nas mesmas penas", "§ 2º - É também aplicável"),
        langs=_langs("pt"),
    ),
    Rule(
        name="paragrafo_word",
        family="child",
        unit="paragrafo",
        pattern=re.compile(r"^(?P<tok>(?:Par[áa]grafo|PAR[ÁA]GRAFO|P[áa]rrafo)(?:\s+(?:[úu]nico|[ÚU]NICO|\d+[oº°]?|[IVXLC]+|transitorio|TRANSITORIO))?)"
                           r"\s*[.:\-–—]"),
        examples=("Parágrafo único. Incorre nas mesmas penas", "Parágrafo único - A lei posterior", "PARÁGRAFO. El",
                  "PARÁGRAFO 1o. Para", "Párrafo I.- Quien adquiera", "Párrafo.- La pena será"),
        langs=_langs("pt", "es"),
    ),
)


def classify_paren(token: str) -> list[str]:
    """Possible styles of a parenthesised token, most likely first.

    ``(i)``, ``(v)``, ``(x)`` (and ``(I)``, ``(V)``, ``(X)``) are both letters and
    roman numerals; ``split`` resolves them from context: ``(i)`` right after an
    open ``(h)`` is a letter, otherwise a numeral.
    """
    base = token.split(".")[0]
    if base[0].isdigit():
        return [PAREN_DIGIT]
    lower = base.islower()
    letter_style = PAREN_LOWER if lower else PAREN_UPPER
    double_style = PAREN_DOUBLE_LOWER if lower else PAREN_DOUBLE_UPPER
    roman_style = PAREN_ROMAN if lower else PAREN_UPPER_ROMAN
    is_roman = bool(ROMAN_RE.match(base.upper())) and "." not in token
    if len(base) == 1:
        if base.lower() in "ivx":
            return [roman_style, letter_style]
        return [letter_style]
    if is_roman:
        if len(base) == 2 and base[0] == base[1]:
            return [roman_style, double_style]
        return [roman_style]
    if len(set(base)) == 1:
        return [double_style]
    return []


def previous_letter(letter: str) -> str:
    """``i`` -> ``h``: the letter a list item would follow."""
    return chr(ord(letter) - 1)


# --------------------------------------------------------------------------
# Traditions: what each style is called and how deep it sits
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Tradition:
    """How one drafting tradition numbers the units below a section or article.

    ``units`` maps a style to its unit name. ``ranks`` fixes the depth of a
    style where the drafting rules fix it (German Absatz > Nummer > Buchstabe;
    a Canadian subsection (1) always sits right under its section); a unit of a
    ranked style closes every open unit of the same or a deeper rank and every
    unranked one. A style absent from ``ranks`` nests by first appearance: a new
    style goes one level deeper, a style already open continues at its level
    (this reads both US ``(a)(1)(A)(i)`` and Canadian ``(1)(a)(i)(A)``, and the
    US Code's sections that open with ``(1)``).
    """

    name: str
    units: dict
    ranks: dict = field(default_factory=dict)
    alineas: bool = False    # count unnumbered paragraphs as alinéas (French codes)



_COMMONWEALTH_UNITS = {
    PAREN_DIGIT: "subsection", "digit-dot": "subsection", PAREN_LOWER: "paragraph", "lower-paren": "paragraph",
    "lower-dot": "paragraph", PAREN_ROMAN: "subparagraph", PAREN_UPPER: "clause", PAREN_UPPER_ROMAN: "subclause",
    PAREN_DOUBLE_LOWER: "subparagraph", PAREN_DOUBLE_UPPER: "subclause"}

TRADITIONS = {
    # US Code: (a) subsection, (1) paragraph, (A) subparagraph, (i) clause, (I) subclause.
    # A subsection (a) always sits directly under its section; the rest nest by appearance,
    # which also reads the sections that open with (1).
    "us": Tradition("us", {
        PAREN_LOWER: "subsection", PAREN_DIGIT: "paragraph", PAREN_UPPER: "subparagraph",
        PAREN_ROMAN: "clause", PAREN_UPPER_ROMAN: "subclause", PAREN_DOUBLE_LOWER: "item",
        PAREN_DOUBLE_UPPER: "subitem"},
        ranks={PAREN_LOWER: 1}),
    # Canada, UK, Australia, Kenya...: (1) subsection, (a) paragraph, (i) subparagraph, (A) clause.
    # A subsection (1) always sits directly under its section.
    "commonwealth": Tradition("commonwealth", _COMMONWEALTH_UNITS, ranks={PAREN_DIGIT: 1}),
    # "Section 3." drafting (Philippines, India): same names, but lists nest by appearance only,
    # since (1) may sit under (a) there.
    "keyword-section": Tradition("keyword-section", _COMMONWEALTH_UNITS),
    # Treaties and UK Orders: an article has paragraphs (1) / 1., sub-paragraphs (a).
    "intl": Tradition("intl", {
        PAREN_DIGIT: "paragraph", "digit-dot": "paragraph", PAREN_LOWER: "subparagraph", "lower-paren": "subparagraph",
        "lower-dot": "subclause", PAREN_ROMAN: "clause", PAREN_UPPER: "subclause", PAREN_UPPER_ROMAN: "subclause",
        PAREN_DOUBLE_LOWER: "subclause", PAREN_DOUBLE_UPPER: "subclause"},
        ranks={PAREN_DIGIT: 1, "digit-dot": 1}),
    # Germany: (1) Absatz, 1. Nummer, a) Buchstabe, aa) Doppelbuchstabe.
    # A Polish-style article's paragraphs "§ 2." (see de_article) stand where an Absatz does.
    "de": Tradition("de", {
        PAREN_DIGIT: "subsection", "section-sign": "subsection", "digit-dot": "paragraph", "lower-paren": "subparagraph",
        "double-lower-paren": "clause"},
        ranks={PAREN_DIGIT: 1, "section-sign": 1, "digit-dot": 2, "lower-paren": 3, "double-lower-paren": 4}),
    # France: unnumbered alinéas (counted), "I. -" paragraphs, 1° items, a) points.
    "fr": Tradition("fr", {
        "roman-dot-dash": "paragraph", "alinea": "alinea", "degree": "item", "lower-paren": "point",
        "double-lower-paren": "subpoint"},
        ranks={"roman-dot-dash": 1, "alinea": 2, "degree": 2, "lower-paren": 3, "double-lower-paren": 4},
        alineas=True),
    # Switzerland: numbered alinéas / Absätze "1 ...", letters "a.", numbers "1." (chiffres,
    # Ziffern) above them.
    "ch": Tradition("ch", {
        "digit-dot": "item", "digit-space": "alinea", "lower-dot": "letter", PAREN_DIGIT: "alinea"},
        ranks={"digit-dot": 1, "digit-space": 2, PAREN_DIGIT: 2, "lower-dot": 3}),
    # Spain, Colombia: 1. apartado, a) letra; Colombian PARÁGRAFO at the apartado level.
    "es": Tradition("es", {
        "digit-dot": "subsection", "paragrafo": "subsection", "lower-paren": "paragraph", "digit-paren": "paragraph",
        "double-lower-paren": "subparagraph"},
        ranks={"paragrafo": 1, "digit-dot": 1, "lower-paren": 2, "digit-paren": 2, "double-lower-paren": 3}),
    # Brazil/Portugal: § 1º (or Parágrafo único) parágrafo, or the Portuguese número "1 -";
    # I - inciso, a) alínea (Macau numbers them "1)"), 1. item.
    "pt": Tradition("pt", {
        "paragrafo": "subsection", "digit-dash": "subsection", "roman-dash": "item", "lower-paren": "point",
        "digit-paren": "point", "digit-dot": "subpoint"},
        ranks={"paragrafo": 1, "digit-dash": 1, "roman-dash": 2, "lower-paren": 3, "digit-paren": 3, "digit-dot": 4}),
}


# Which units roman numerals number in each tradition: in the US Code a clause (i) sits
# under a subparagraph (A) and a subclause (I) under a clause; in Canada a subparagraph
# (i) sits under a paragraph (a) and a subclause (I) under a clause (A).
_ROMAN_PARENTS = {
    "us": {PAREN_ROMAN: {PAREN_UPPER}, PAREN_UPPER_ROMAN: {PAREN_ROMAN}},
    "commonwealth": {PAREN_ROMAN: {PAREN_LOWER}, PAREN_UPPER_ROMAN: {PAREN_UPPER}},
}


def roman_parents(tradition: str, roman_style: str) -> set:
    """The styles of the units that roman numerals of ``roman_style`` usually number in ``tradition``."""
    table = _ROMAN_PARENTS["us" if tradition == "us" else "commonwealth"]
    return table.get(roman_style, set())


def tradition_for(rule: Rule, keyword: str = "") -> Tradition:
    """The tradition whose unit names apply below a provision opened by ``rule``."""
    if rule.name == "en_keyword_section" and keyword.lower().startswith("sec."):
        return TRADITIONS["us"]    # US bills: "SEC. 2."
    return TRADITIONS[rule.tradition]


# --------------------------------------------------------------------------
# Lines that are not provisions but matter to the split
# --------------------------------------------------------------------------

# A marginal note printed on its own line before the provision it labels: "[Defence]".
MARGINAL_NOTE = re.compile(r"^\[(?P<heading>[^\[\]]{1,200})\]\s*$")
# A consolidation website's screen-reader label, kept when its text is copied: "Marginal note:Definition of
# child" on the line above the section (or one blank line above it).
LABELLED_NOTE = re.compile(r"^(?:Marginal note|Note marginale)\s*:\s*(?P<heading>\S.{0,199}?)\s*$")
# Editorial notes in brackets are not headings: "[History: ...]", "[Repealed, ...]", "[TRUNCATED ...]".
EDITORIAL_NOTE = re.compile(
    r"^\[\s*(?:[A-Za-zÀ-ÿß]+\s?:|History|Historique|Repealed|Abrogé|Fußnote|Note|Notes|Source|TRUNCATED|PARTIAL"
    r"|SECONDARY|Editorial|F\d)", re.I)

# The last words of an enacting formula, which introduce the law's own text, not a quotation of
# another one: Chilean laws as published print that text within quotation marks ("Teniendo presente
# que el H. Congreso Nacional ha dado su aprobación al siguiente Proyecto de ley:" then
# '"Artículo 1.- ...'). Looked at on the line before the first provision only.
ENACTING_FORMULA_END = re.compile(
    r"(?i)(?:\bproyecto\s+de\s+ley|\bdecreta|\bdetermina|\bbeschlie(?:ss|ß)t|\bbeschlossen"
    r"|\benacts?\s+as\s+follows|\benacted\s+as\s+follows|\bdont\s+la\s+teneur\s+suit|\barr[êe]te)\s*:\s*$")

# A line that introduces text inserted into another act (amending bills). The block that
# follows is quoted text belonging to the clause, not provisions of the bill.
# The introducing words end the line with a colon or a dash; the splitter only tries the
# pattern on lines that end so (most lines do not, and this is the splitter's costliest regex).
AMENDMENT_INTRODUCER_ENDS = ":—–"
AMENDMENT_INTRODUCER = re.compile(
    r"(?:"
    r"\b(?:amended|replaced|substituted|inserted|insert|inserting|substitute|substituting|adding|add|added)\b.*\bfollowing\b"
    # South African bills: "The following section is hereby substituted for section 17 of the principal Act:";
    # Pacific Acts: "The following Division is inserted in the Principal Act immediately after section 91—".
    r"|\bfollowing\s+(?:new\s+)?(?:sections?|subsections?|paragraphs?|definitions?|articles?|items?|divisions?|parts?|chapters?|schedules?)"
    r"\s+(?:is|are)\s+(?:hereby\s+)?(?:substituted|inserted|added)\b"
    r"|\b(?:inserted|insert|inserting|adding|add|added)\b.*\b(?:these|the)\s+new\s+(?:sections?|subsections?|paragraphs?|articles?)\b"
    # South Asian amending Acts and Ordinances: "after section 292, the following new sections shall be
    # inserted, namely:—".
    r"|\b(?:shall\s+be|are|is)\s+(?:hereby\s+)?(?:inserted|added|substituted)\s*,\s*namely\b"
    # Thai Acts in English translation: "The following shall be added as Section 286/1 of the Criminal Code:".
    r"|\bthe\s+following\s+shall\s+be\s+added\b[^:\n]{0,200}"
    r"|\b(?:insert|substitute)\b(?:\s+(?:the\s+)?following(?:\s+new\s+\w+)?)?"
    r"|\bce\s+qui\s+suit|\bainsi\s+r[ée]dig[ée]e?s?|\bainsi\s+qu['’]il\s+suit"
    # Congolese and Belgian-style laws: "sont modifiés comme suit :", "les articles 174 b à 174 n libellés
    # comme suit :" (not a definitions list: "les termes ci-dessous s'entendent comme suit :").
    r"|\b(?:modifi|r[ée]dig|libell|compl[ée]t|remplac)[ée]e?s?\s+comme\s+suit\b"
    # Maghreb laws: "... sont abrogées et remplacées par les dispositions suivantes :", "les articles
    # 234 bis à 234 octies ainsi libellés :".
    r"|\bpar\s+les\s+dispositions\s+suivantes\b|\bainsi\s+libell[ée]e?s?\b"
    # Québec bills: "est modifiée par l'insertion, après l'article 8.1, du suivant :", "... du chapitre suivant :".
    r"|\b(?:du|des)\s+suivants?\b|\b(?:du|des|de\s+la|de\s+l['’])\s*(?:chapitre|section|sous-section|articles?|paragraphes?|alinéas?)\s+suivante?s?\b"
    # Bolivian laws: "Se modifica el Artículo 322 del Código Penal, con el siguiente texto:".
    r"|\b(?:como\s+sigue|siguiente\s+redacci[óo]n|siguientes\s+t[ée]rminos|siguiente\s+texto)"
    # Central American decrees: "Se adiciona el artículo 194 Bis al Código Penal, el cual queda así:".
    r"|\bqued(?:a|ar[áa]|an|ar[áa]n)\s+(?:redactad[oa]s?\s+)?(?:as[íi]|de\s+la\s+siguiente\s+manera)\b"
    # Costa Rican reform laws: "Los textos dirán así:", "para que se lea de la siguiente manera:".
    r"|\bdir[áa]n?\s+as[íi]\b|\bse\s+lean?\s+(?:as[íi]|de\s+la\s+siguiente\s+manera)\b"
    # Panamanian laws: "Se adiciona el artículo 184-A al Código Penal, así:".
    r"|\b(?:adiciona|agrega|incorpora|modifica|sustituye|reforma)n?\b[^\n]{0,120},\s*as[íi]\b"
    # Uruguayan and Argentine laws: "Sustitúyese el artículo 277 del Código Penal, por el siguiente:",
    # "Agrégase al Código Penal el siguiente artículo:".
    r"|\b(?:sustit[úu]y|agr[ée]g|incorp[óo]r|modif[íi]c|interc[áa]l|añ[áa]d)[a-zé]*se\b.*\bsiguientes?\b"
    # Spanish organic laws: "El artículo 183 pasa a tener el texto siguiente:", "cuyo texto es el siguiente:".
    r"|\b(?:texto|tenor)\s+(?:es\s+el\s+)?siguiente\b|\bcuyo\s+(?:texto|tenor)\b|\bdel\s+siguiente\s+tenor\b"
    r"|\bwie\s+folgt\s+gefasst|\b(?:eingef[üu]gt|angef[üu]gt)"
    # Russian-style amending laws in German translation: "Artikel 242.1 ist wie folgt zu fassen:",
    # "nach Artikel 135 ist folgender Artikel 135.1 einzufügen:".
    r"|\bwie\s+folgt\s+zu\s+fassen|\b(?:einzuf[üu]gen|anzuf[üu]gen)"
    # "§ 184b erhält folgende Fassung:", "Die Artikel 5 und 6 erhalten folgende Fassung:"
    r"|\berh(?:ält|alten)\s+folgende\s+Fassung"
    # "b) Die Absätze 1 bis 6 werden durch die folgenden Absätze 1 bis 8 ersetzt:"
    r"|\bdurch\s+(?:die\s+|den\s+)?folgenden?\b[^:\n]{0,60}\bersetzt"
    # Austrian amending laws: "§ 58 Abs. 3 lautet:", "§ 207a samt Überschrift lautet:".
    r"|\blaute[tn]"
    # Pre-1990 Portuguese spelling (Angola, Mozambique, São Tomé): "passam a ter a seguinte redacção:".
    r"|\b(?:seguinte\s+redac?[çc][ãa]o|acrescid[oa]\b.*\bseguinte)"
    # Brazilian medidas provisórias: "Passam a vigorar com as seguintes alterações os dispositivos adiante
    # indicados da Lei nº 8.316, de 21 de agosto de 1991 - Estatuto da Criança e do Adolescente:".
    r"|\bseguintes\s+altera[çc][õo]es\b[^:\n]{0,100}"
    r")[^" + AMENDMENT_INTRODUCER_ENDS + r"]{0,80}[" + AMENDMENT_INTRODUCER_ENDS + r"]\s*$",
    re.I)

# A line that is itself an amending instruction ("(2) Section 5 is further amended by...");
# it ends a quoted block and continues the bill's own structure.
AMENDMENT_INSTRUCTION = re.compile(
    r"\b(?:is|are)\s+(?:further\s+)?(?:amended|replaced|repealed|inserted)\b"
    r"|\b(?:est|sont)\s+(?:ainsi\s+)?(?:modifi|remplac|abrog|insér|rédig|complét)"
    r"|\b(?:wird|werden)\b.*\b(?:geändert|ersetzt|aufgehoben|eingefügt|angefügt)\b"
    r"|\bqueda\s+(?:redactad|modificad|derogad)"
    r"|\bpassa\s+a\s+vigorar\b"
    # a list of amendments by gerund: "(b) by repealing the definition ...", "(b) in article 251(1), by
    # deleting ...", "(4) by inserting, after paragraph (11), ..."
    r"|^\s*(?:\(\w{1,4}\)|\w{1,3}[.)])\s+(?:in\s+[^,\n]{1,60},\s+)?by\s+(?:inserting|deleting|repealing|substituting"
    r"|striking|omitting|renumbering|replacing)\b",
    re.I)

# German paragraph headings are noun phrases; a line that goes on with a reference
# word or a verb is a sentence that happens to begin with "§ 54".
DE_REFERENCE_WORDS = frozenset({
    "Absatz", "Abs.", "Abs", "Satz", "Nr.", "Nummer", "Buchstabe", "Halbsatz", "Alternative", "Unterabsatz",
})

# What a Swiss amending act prints after the number of an article it amends: the parts amended,
# then the article's marginal title on the next line ("Art. 5 Abs. 1 Einleitungssatz, Bst. a und c,
# sowie Abs. 1bis", "Art. 195 Einleitungssatz und Bst. a", "Art. 197 Abs. 4–10").
_SWISS_PART = r"(?:Abs\.|Bst\.|Ziff\.|Einleitungssatz|Schlusssatz|Sachüberschrift|Randtitel)"
SWISS_AMENDED_PARTS = re.compile(
    _SWISS_PART + r"(?:(?:\s+|\s*[,–-]\s*)(?:" + _SWISS_PART + r"|und|sowie|bis|\d+[a-z]*|[a-z]))*")

# A rubric printed on the line above an article (Brazilian codes: "Anterioridade da Lei").
RUBRIC_MAX_CHARS = 100
