"""Property tests of the split stage: it loses no text, invents none, and its ids are stable.

Inputs are arbitrary text and statute-like lines that mix the numbering tokens of
every tradition (so the rules fire in unusual orders), in every supported language.
Runs are bounded (``max_examples`` 200, no deadline) to keep the suite fast.
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gapcheck.models import Document, Provision
from gapcheck.split import split

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LANGS = st.sampled_from(["en", "fr", "es", "de", "pt"])

# Statute-like lines: numbering tokens of each tradition followed by text, headers,
# marginal notes, amending instructions, markdown marks and indentation.
TOKENS = [
    "§ 12 Begriffsbestimmungen", "§ 12", "§ 3a Geltung", "§§ 4 bis 6 (weggefallen)", "§ 7 Absatz 2 gilt.",
    "§ 2256. Definitions", "§ 1º", "§ 2 º -", "Parágrafo único.", "PARÁGRAFO 1o.",
    "Article 227-23", "Article L. 121-2", "Article 1er", "Article 3", "Artikel 2 Änderung",
    "Artículo 189.", "Artículo 189 bis.", "ARTICULO 218.", "Art. 241-A.", "Art. 1º -", "Artículos 5 a 7.",
    "Section 13 - Heading", "SECTION 2. Title. —", "Sec. 4.",
    "163.1 — Definitions", "7", "12.3(1)", "24. (1)", "62Possession", "1 Section 2 of the Act is amended by adding the following:",
    "2 The Act is amended by adding the following after section 46:", "46.1 (1) Every person", "47 and 48",
    "(1)", "(4.1)", "(a)", "(a.1)", "(h)", "(i)", "(ii)", "(v)", "(x)", "(A)", "(I)", "(aa)", "(8)(A)", "(a) (i)",
    "1.", "2.", "1.ª", "a)", "aa)", "b)", "1)", "a.", "1°", "2° bis", "I. -", "II.-", "I –", "II -",
    "[Defence]", "[History: 2001, c. 1]", "[Repealed, 2004]",
    "PART 3 — OFFENCES", "CHAPTER 110— SEXUAL EXPLOITATION", "Title 18— CRIMES", "SCHEDULE", "Schedule 1 to this Act",
    "Erster Abschnitt Das Strafgesetz", "Zweiter Titel Sprachgebrauch", "Allgemeiner Teil", "Abschnitt 2 Schutz",
    "Livre Ier : Dispositions", "Section 1 : Des infractions", "Chapitre III", "Partie législative",
    "TÍTULO IX. De la omisión", "CAPÍTULO II", "Sección 4.ª De la pena", "PARTE GERAL", "Seção V-A",
    "Anterioridade da Lei", "<!-- note", "-->", "<!-- a note -->", "(XXXX) §§ 2 bis 3f", "1998 Amendments",
    "est remplacé par ce qui suit :", "(2) Section 5 is further amended by adding the following:",
]
WORDS = st.sampled_from(["Every", "person", "who", "shall", "Der", "Täter", "wird", "La", "loi", "pénale",
                         "El", "que", "Nas", "mesmas", "penas", "section 163.1", "§ 11 Absatz 3", "article 121-2",
                         "following:", "—", "“quoted”", "ü", "é", "ß", "ñ", "ç", "1998", "(b)", "2.", "x" * 3])


@st.composite
def statute_lines(draw):
    prefix = draw(st.sampled_from(["", "", "", "### ", "## ", "  ", "    ", "\t", "###### "]))
    token = draw(st.sampled_from(TOKENS + ["", ""]))
    words = draw(st.lists(WORDS, max_size=6))
    line = prefix + " ".join([token] + words if token else words)
    if draw(st.booleans()):
        line = line.rstrip()
    return line


STATUTE_TEXT = st.lists(statute_lines(), max_size=40).map("\n".join)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=300)
TEXTS = st.one_of(STATUTE_TEXT, ANY_TEXT,
                  st.tuples(STATUTE_TEXT, ANY_TEXT, STATUTE_TEXT).map(lambda t: "\n".join(t)))


def doc(text: str, lang: str) -> Document:
    return Document(path="x.txt", name="x.txt", sha256="", format="txt", text=text, lang=lang)


def assert_lossless(text: str, provisions: list[Provision]) -> None:
    by_id = {}
    for p in provisions:
        assert p.id not in by_id, f"duplicate id {p.id}"
        by_id[p.id] = p
        assert 0 <= p.start <= p.end <= len(text)
        assert p.text == text[p.start:p.end]
    tops = [p for p in provisions if p.parent is None]
    if not text:
        assert provisions == []
        return
    assert tops[0].start == 0 and tops[-1].end == len(text)
    for a, b in zip(tops, tops[1:]):
        assert a.end == b.start, f"{a.id} and {b.id} do not tile"
    siblings: dict = {}
    seen: set = set()
    for p in provisions:
        if p.parent is not None:
            assert p.parent in seen, f"{p.id} comes before its parent {p.parent}"
            parent = by_id[p.parent]
            assert parent.start <= p.start and p.end <= parent.end, f"{p.id} outside {parent.id}"
            siblings.setdefault(p.parent, []).append(p)
        seen.add(p.id)
    for group in siblings.values():
        for a, b in zip(group, group[1:]):
            assert a.end <= b.start, f"siblings {a.id} and {b.id} overlap"
    # document order: starts never go backwards
    assert all(a.start <= b.start for a, b in zip(provisions, provisions[1:]))


@SETTINGS
@given(TEXTS, LANGS)
def test_split_loses_no_text_and_invents_none(text, lang):
    assert_lossless(text, split(doc(text, lang)))


@SETTINGS
@given(TEXTS, LANGS)
def test_split_is_deterministic(text, lang):
    assert split(doc(text, lang)) == split(doc(text, lang))


@SETTINGS
@given(TEXTS, st.one_of(STATUTE_TEXT, ANY_TEXT), LANGS)
def test_appending_text_keeps_earlier_ids(text, appendix, lang):
    # unrelated text starts on a line of its own (else it would change the last line's numbering)
    if text and not text.endswith("\n"):
        text += "\n"
    before = split(doc(text, lang))
    after = {p.id: p for p in split(doc(text + appendix, lang))}
    for p in before:
        if p.end < len(text):            # fully before the append point, and not the last provision
            q = after.get(p.id)
            assert q is not None, f"{p.id} disappeared after appending text"
            assert (q.unit, q.number, q.parent, q.start, q.end) == (p.unit, p.number, p.parent, p.start, p.end)


@SETTINGS
@given(STATUTE_TEXT, LANGS)
def test_markdown_marks_do_not_change_provisions(text, lang):
    import re
    plain = re.sub(r"^#+[ \t]+", "", text, flags=re.M)
    assume(plain)   # "### " alone strips to an empty text, which has no provisions at all
    with_marks = [(p.id, p.unit, p.number, p.heading, p.parent) for p in split(doc(text, lang))]
    without = [(p.id, p.unit, p.number, p.heading, p.parent) for p in split(doc(plain, lang))]
    assert with_marks == without
