"""Property tests of read + split together: whatever the file format, splitting the text as
read loses none of it and invents none, ids are unique, and appending unrelated text keeps
the ids of what came before.

Generated statute-like text is written as UTF-8, UTF-16 with a byte-order mark and
Windows-1252 (when it can be) ``.txt``, as ``.html`` (each line an escaped ``<p>``) and
as ``.docx`` (each line a paragraph, python-docx), then read back with ``gapcheck.read``.
Bounded runs (``max_examples`` 100 each, no deadline) keep the file under 30 seconds.
"""
from __future__ import annotations

import html
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from gapcheck.models import Provision
from gapcheck.read import read
from gapcheck.split import split

SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

FORMATS = ["utf-8.txt", "utf-16.txt", "cp1252.txt", "html", "docx"]
LANGS = st.sampled_from(["en", "fr", "es", "de", "pt"])

# Numbering tokens of every tradition, so that the splitter's rules fire in every order.
TOKENS = ["1.", "2.", "12.", "(1)", "(2)", "(a)", "(b)", "(i)", "(ii)", "(A)", "a)", "b)", "1)", "I.", "II -",
          "§ 1", "§ 184b", "§§ 4 bis 6", "Art. 1º", "Art. 240.", "Artículo 189.", "Article 227-23", "Article 1er",
          "Section 2", "SECTION 3.", "Sec. 4.", "163.1", "7", "24. (1)", "PART 1", "CHAPTER II", "Title 18",
          "Erster Abschnitt", "Livre Ier", "TÍTULO IX", "Parágrafo único.", "SCHEDULE", "[Repealed]",
          "[Definitions]", "<!-- note -->"]
WORDS = ["Any", "person", "who", "makes", "child", "material", "shall", "be", "guilty", "Der", "Täter",
         "wird", "bestraft", "La", "loi", "pénale", "El", "que", "será", "castigado", "penas", "§", "—", "–",
         "“quoted”", "‘s’", "&", "<b>", "a < b", "€", "ß", "é", "ñ", "ç", "œ", "1998", "(c)", "3.", "x\ty"]
# Characters every format can carry (no controls but tab: XML and the binary check refuse them).
CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"), blacklist_characters="\u2028\u2029\x85")


@st.composite
def lines(draw) -> str:
    indent = draw(st.sampled_from(["", "", "", "  ", "    ", "\t", "### "]))
    token = draw(st.sampled_from(TOKENS + ["", "", ""]))
    words = draw(st.lists(st.sampled_from(WORDS) | st.text(CHARS, min_size=1, max_size=12), max_size=8))
    return indent + " ".join(([token] if token else []) + words)


TEXTS = st.lists(lines(), min_size=1, max_size=30)


# --- writing and reading ---------------------------------------------------------------------

def write(folder: Path, fmt: str, text_lines: list[str]) -> Path | None:
    """Write ``text_lines`` as ``fmt``; None when the format cannot hold the text (cp1252)."""
    text = "\n".join(text_lines)
    if fmt == "utf-8.txt":
        data = text.encode("utf-8")
    elif fmt == "utf-16.txt":
        data = text.encode("utf-16")              # with its byte-order mark
    elif fmt == "cp1252.txt":
        try:
            data = text.encode("cp1252")
        except UnicodeEncodeError:
            return None
    elif fmt == "html":
        body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text_lines)
        data = f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{body}\n</body></html>".encode()
    else:
        import docx

        document = docx.Document()
        for line in text_lines:
            document.add_paragraph(line)
        buffer = io.BytesIO()
        document.save(buffer)
        data = buffer.getvalue()
    path = folder / f"law.{fmt.rsplit('.', 1)[-1]}"
    path.write_bytes(data)
    return path


def expected_text(fmt: str, text_lines: list[str], data: bytes) -> str:
    """The text gapcheck's reader documents for each format."""
    if fmt == "html":                             # a line per block, white space collapsed
        return "\n".join(" ".join(line.split()) for line in text_lines if line.split())
    if fmt == "docx":                             # a line per paragraph, blank ones dropped
        return "\n".join(line for line in text_lines if line.strip())
    if fmt == "cp1252.txt":
        try:                                      # valid UTF-8 wins (as it must for most files)
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    return "\n".join(text_lines)


def read_and_split(fmt: str, text_lines: list[str], lang: str):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), fmt, text_lines)
        assume(path is not None)
        document = read(path, lang=lang)
        assert document.text == expected_text(fmt, text_lines, path.read_bytes())
        return document, split(document)


def assert_lossless(text: str, provisions: list[Provision]) -> None:
    ids = [p.id for p in provisions]
    assert len(ids) == len(set(ids)), "duplicate ids"
    by_id = {p.id: p for p in provisions}
    for p in provisions:
        assert 0 <= p.start <= p.end <= len(text)
        assert p.text == text[p.start:p.end]
        if p.parent is not None:
            parent = by_id[p.parent]
            assert parent.start <= p.start and p.end <= parent.end
    tops = [p for p in provisions if p.parent is None]
    assert tops and tops[0].start == 0 and tops[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(tops, tops[1:]))
    # Every character is in exactly one top-level provision, so joining them gives the text back.
    assert "".join(p.text for p in tops) == text


def has_text(text_lines: list[str]) -> bool:
    return any(line.split() for line in text_lines)


# --- properties --------------------------------------------------------------------------------

@SETTINGS
@given(st.sampled_from(FORMATS), TEXTS, LANGS)
def test_read_then_split_loses_no_text_and_invents_none(fmt, text_lines, lang):
    assume(has_text(text_lines))
    document, provisions = read_and_split(fmt, text_lines, lang)
    assert_lossless(document.text, provisions)


@SETTINGS
@given(st.sampled_from(FORMATS), TEXTS, TEXTS, LANGS)
def test_appending_unrelated_text_keeps_earlier_ids(fmt, text_lines, appendix, lang):
    assume(has_text(text_lines))
    before_document, before = read_and_split(fmt, text_lines, lang)
    after_document, after = read_and_split(fmt, text_lines + appendix, lang)
    cut = len(before_document.text)
    assert after_document.text[:cut] == before_document.text
    after_ids = {p.id: p for p in after}
    for p in before:
        if p.end < cut:                            # wholly before the appended lines
            q = after_ids.get(p.id)
            assert q is not None, f"{p.id} disappeared after appending text"
            assert (q.unit, q.number, q.parent, q.start, q.end) == (p.unit, p.number, p.parent, p.start, p.end)
