"""Read a statute file into a Document: the one text that every later offset points into.

``read(path, lang=None)`` accepts

* plain text (``.txt``) and Markdown (``.md``, kept as is: heading marks stay in the text);
* HTML (``.html``, ``.htm``): one block element per line, scripts and styles dropped,
  struck-out (repealed) wording in ``<del>``/``<s>``/``<strike>`` dropped, entities
  unescaped, runs of white space (no-break spaces too) made one space;
* Word (``.docx``): one paragraph per line, table cells one per line, in document order;
* PDF (``.pdf``) with a text layer: pages joined with a newline;
* XML (``.xml``), told apart by its root element: Akoma Ntoso (``akomaNtoso``, format
  ``akn``), Justice Canada LIMS (``Statute``/``Regulation``, ``ca-xml``) and
  gesetze-im-internet.de (``dokumente``, ``de-xml``).  Each is rendered as plain text in
  the printed convention of its tradition, so that the splitter splits it as it splits a
  pasted copy of the same law (see ``_render_ca``, ``_render_de``, ``_render_akn``).

A file with another or no extension is sniffed (PDF and ZIP signatures, an XML or HTML
start) and otherwise read as plain text.

Offsets are into the text *as read*: decoded (a byte-order mark names the codec; otherwise
strict UTF-8, then Windows-1252, which also reads Latin-1), the BOM removed, and every CRLF
or lone CR made "\\n".  Nothing else is changed in a text or Markdown file, so an offset
maps back to the file by counting the CRLFs before it.

Every file that cannot be read as a statute raises ``UnreadableStatute`` with a one-line
reason; none of the parsers' own exceptions reach the caller.  Refused, among others: files
over ``MAX_BYTES`` (50 MB, checked before reading), empty or white-space-only files, binary
data, bytes that no supported codec decodes, malformed XML, XML with a DOCTYPE (no DTD or
entity is ever loaded, so external entities cannot read files and entity bombs cannot
expand), a damaged or oversized .docx, an encrypted PDF, a PDF without a text layer.
"""
from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import logging
import os
import re
import unicodedata
import warnings
import zipfile
from pathlib import Path
from typing import Callable, Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree

from . import lang as language
from .errors import UnknownLanguage, UnreadableStatute
from .models import Document

FORMATS = ("txt", "md", "html", "docx", "pdf", "akn", "ca-xml", "de-xml")

# The largest file read, checked with stat() before a byte is read.  The whole U.S. Code
# title 18 is 3 MB as text and the German StPO 1 MB as XML; 50 MB leaves room for any
# single statute while refusing a disk image or a video passed by mistake.
MAX_BYTES = 50 * 1024 * 1024

# A .docx is a ZIP archive: refuse one that unpacks to more than this (a "zip bomb").
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

# Share of control characters (other than tab, newline, carriage return, form feed) above
# which decoded bytes are taken for binary data, not text.
MAX_CONTROL_SHARE = 0.05

# A plain-text title is the first line only if it is short enough to be one.
MAX_TITLE_CHARS = 200

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".xml": "xml", ".akn": "xml",
}

_SUPPORTED_FILES = ".txt, .md, .html, .htm, .docx, .pdf, .xml"


def read(path: str | os.PathLike, lang: str | None = None) -> Document:
    """Give back the statute at ``path`` as a Document, its language given or detected.

    ``lang`` is checked (and normalised, "en-GB" -> "en") before the file is opened; when
    it is None the language is detected from the text as read.  Raises UnreadableStatute
    for a file that is not a readable statute and UnknownLanguage for a language gapcheck
    has no pipeline for, or cannot recognise.
    """
    shown = str(path)
    try:
        given_lang = language.check(lang) if lang is not None else None
    except UnknownLanguage as error:
        # Named with the file, as every other refusal is: "Error: law.txt: unknown language 'xx'".
        raise UnknownLanguage(f"{shown}: {error}") from None
    raw = _load(shown)
    kind = _kind(shown, raw)
    try:
        fmt, text, title = _READERS[kind](shown, raw)
    except RecursionError:
        # Markup nested thousands of levels deep is an attack or a broken export, not a law.
        raise UnreadableStatute(shown, "is nested too deeply to be read") from None
    text = _normalise_newlines(text)
    if not text.strip():
        raise UnreadableStatute(
            shown, "contains only white space" if kind in ("txt", "md") else "contains no text")
    name = Path(shown).name
    return Document(
        path=shown,
        name=name,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        text=text,
        lang=given_lang or language.detect(text, source=shown),
        title=title,
    )


# --- bytes --------------------------------------------------------------------------

def _load(path: str) -> bytes:
    """Give back the raw bytes of ``path`` after the checks that need no reading."""
    file = Path(path)
    if not file.exists():
        raise UnreadableStatute(path, "no such file")
    if file.is_dir():
        raise UnreadableStatute(path, "is a directory, not a file")
    if not file.is_file():
        raise UnreadableStatute(path, "is not a regular file")
    size = file.stat().st_size
    if size > MAX_BYTES:
        raise UnreadableStatute(
            path, f"is {size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB")
    if size == 0:
        raise UnreadableStatute(path, "is empty (0 bytes)")
    try:
        return file.read_bytes()
    except OSError as error:
        raise UnreadableStatute(path, f"cannot be read ({error.strerror or error})") from None


def _kind(path: str, raw: bytes) -> str:
    """Give back which reader handles the file: by its extension, else by its first bytes."""
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if raw.startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return "docx"
    if raw.lstrip().startswith(b"{\\rtf"):
        raise UnreadableStatute(
            path, f"is an RTF document, which gapcheck does not read; convert it to one of "
                  f"{_SUPPORTED_FILES}")
    start = raw[:512].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml") or start.startswith(b"<akomantoso"):
        return "xml"
    return "txt"


def _decode(path: str, raw: bytes, declared: str | None = None) -> str:
    """Give back ``raw`` decoded: the BOM's codec, else UTF-8, ``declared``, Windows-1252.

    Raises UnreadableStatute for binary data and for bytes that none of these decode.
    """
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise UnreadableStatute(
                    path, f"starts with a {codec.upper()} byte-order mark but is not valid "
                          f"{codec.upper()} (byte {error.start + len(bom)})") from None
            return _refuse_binary(path, text)
    if b"\x00" in raw:
        raise UnreadableStatute(
            path, "looks like binary data, not text (it contains NUL bytes); if it is UTF-16 "
                  "text without a byte-order mark, save it as UTF-8. gapcheck reads "
                  f"{_SUPPORTED_FILES}")
    # Valid UTF-8 is almost never anything else, so it wins over a declared charset (pages
    # that declare ISO-8859-1 but are served as UTF-8 are common); a declared Latin-1 is read
    # as Windows-1252, as browsers do.
    candidates = ["utf-8", "cp1252"]
    if declared:
        try:
            codec_name = codecs.lookup(declared).name
        except LookupError:
            codec_name = ""
        if codec_name and codec_name not in ("utf-8", "latin-1", "iso8859-1", "ascii", "cp1252"):
            candidates.insert(1, codec_name)
    for codec in candidates:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as error:
            failure = error
            continue
        return _refuse_binary(path, text)
    raise UnreadableStatute(
        path, f"is neither UTF-8 nor Windows-1252 text (byte 0x{raw[failure.start]:02X} at "
              f"offset {failure.start}{_encoding_hint(raw)}); save it as UTF-8")


# Below this many bytes charset-normalizer's guess is noise rather than a hint.
_MIN_BYTES_FOR_HINT = 200


def _encoding_hint(raw: bytes) -> str:
    """Give back "; it may be <codec>" when charset-normalizer recognises the bytes."""
    from charset_normalizer import from_bytes

    if len(raw) < _MIN_BYTES_FOR_HINT:
        return ""
    best = from_bytes(raw[:65536]).best()
    if best is None or best.encoding.startswith(("utf", "ascii")):
        return ""
    return f"; it may be {best.encoding}"


def _refuse_binary(path: str, text: str) -> str:
    """Give back ``text``, or refuse it when control characters make up too much of it."""
    sample = text[:65536]
    controls = sum(1 for char in sample
                   if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v")
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise UnreadableStatute(
            path, f"looks like binary data, not text ({controls / len(sample):.0%} control "
                  f"characters); gapcheck reads {_SUPPORTED_FILES}")
    return text


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _collapse(text: str) -> str:
    """Give back ``text`` with every run of white space (no-break spaces too) as one space."""
    return " ".join(text.split())


def _first_line_title(text: str, markdown: bool = False) -> str:
    """Give back the first heading of Markdown, else the first non-blank line, if short."""
    first = next(non_blank_lines(text), "")
    if markdown:
        first = next((line for line in non_blank_lines(text) if line.startswith("#")), first)
    title = first.lstrip("#").strip()
    return title if len(title) <= MAX_TITLE_CHARS else ""


def non_blank_lines(text: str) -> Iterator[str]:
    """Yield the non-blank lines of ``text``, stripped, one at a time (a code has 100,000)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            yield line
        start = end + 1


# --- plain text, Markdown ----------------------------------------------------------

def _read_text(path: str, raw: bytes) -> tuple[str, str, str]:
    text = _decode(path, raw)
    fmt = "md" if Path(path).suffix.lower() in (".md", ".markdown") else "txt"
    return fmt, text, _first_line_title(text, markdown=fmt == "md")


# --- HTML ---------------------------------------------------------------------------

# Elements that start and end a line.  Table cells are blocks too: old government sites
# set a whole statute inside one layout cell, which must not become one line.
_HTML_BLOCKS = frozenset("""
    address article aside blockquote body caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p
    pre section summary table tbody td tfoot th thead tr ul
""".split())
# Not text of the law: scripts, styles, embedded objects; and struck-out wording (<del>,
# <s>, <strike>), which is how official consolidations (Brazil's Planalto, for one) show
# text that was repealed or replaced: reading it would find provisions no longer in force.
_HTML_DROPPED = frozenset("""
    script style noscript template head iframe object svg math del s strike
""".split())
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _read_html(path: str, raw: bytes) -> tuple[str, str, str]:
    import lxml.etree
    import lxml.html

    declared = _META_CHARSET.search(raw[:4096])
    markup = _decode(path, raw, declared.group(1).decode("ascii") if declared else None)
    # lxml refuses a str that still carries an XML encoding declaration (XHTML).
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        raise UnreadableStatute(path, "contains only white space")
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.LxmlError, ValueError) as error:
        raise UnreadableStatute(path, f"is not readable HTML ({error})") from None
    title = _collapse(root.findtext(".//title") or "")
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _collapse("".join(current))
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HTML_DROPPED or not tag:      # comments and processing instructions
            current.append(" ")
            return
        if tag == "pre":
            flush()
            lines.extend(line.rstrip() for line in element.text_content().split("\n")
                         if line.strip())
            return
        if tag == "br":
            flush()
        block = tag in _HTML_BLOCKS
        if block:
            flush()
        current.append(element.text or "")
        for child in element:
            walk(child)
            current.append(child.tail or "")
        if block:
            flush()

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    if not title:
        heading = root.find(".//h1")
        title = _collapse(heading.text_content()) if heading is not None else ""
    return "html", "\n".join(lines), title


# --- Word ---------------------------------------------------------------------------

def _read_docx(path: str, raw: bytes) -> tuple[str, str, str]:
    import docx
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise UnreadableStatute(
                    path, f"unpacks to {unpacked // 1024 // 1024} MB; the limit is "
                          f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB")
            _refuse_docx_dtd(path, archive)
    except zipfile.BadZipFile:
        raise UnreadableStatute(path, "is not a valid .docx (not a ZIP package)") from None
    # zlib.error, EOFError, NotImplementedError (an unsupported compression method), ...
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as error:
        raise UnreadableStatute(
            path, f"is not a valid .docx ({type(error).__name__}: {error})") from None
    try:
        document = docx.Document(io.BytesIO(raw))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_docx_table_lines(block))
            else:
                lines.append(block.text)
        title = document.core_properties.title or ""
        if not title:
            title = next((p.text.strip() for p in document.paragraphs
                          if p.text.strip() and p.style is not None
                          and p.style.name in ("Title", "Heading 1")), "")
    # python-docx reports a damaged package with many exception types (KeyError for a
    # missing part, lxml's XMLSyntaxError, ValueError, PackageNotFoundError, ...); any of
    # them means the same thing to a user.
    except Exception as error:  # noqa: BLE001
        raise UnreadableStatute(
            path, f"is not a valid .docx ({type(error).__name__}: {error})") from None
    text = "\n".join(line for line in lines if line.strip())
    return "docx", text, title or _first_line_title(text)


# A DOCTYPE in any XML part of the package.  Word never writes one; in a .docx it can only be
# an attempt to read other files (external entities) or to expand without limit.
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _refuse_docx_dtd(path: str, archive: zipfile.ZipFile) -> None:
    """Raise UnreadableStatute when an XML part of the .docx declares a DOCTYPE or entities."""
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels")) and _DOCTYPE.search(archive.read(member)):
            raise UnreadableStatute(
                path, f"has a DOCTYPE or entity declarations in {member.filename}, which "
                      f"gapcheck refuses to load (they can read other files or expand without "
                      f"limit)")


def _docx_table_lines(table) -> Iterator[str]:
    """Yield the text of each cell of ``table``, once per cell although merged cells repeat."""
    # Keyed by id() and holding the element, so that no id is reused while the table is read.
    seen: dict[int, object] = {}
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            for table_inside in cell.tables:
                yield from _docx_table_lines(table_inside)
            text = "\n".join(p.text for p in cell.paragraphs)
            if text.strip():
                yield text


# --- PDF ----------------------------------------------------------------------------

def _read_pdf(path: str, raw: bytes) -> tuple[str, str, str]:
    from pypdf import PasswordType, PdfReader

    # pypdf warns about every small defect of a PDF it can still read, through both the
    # warnings module and its logger ("EOF marker not found" on stderr); those say nothing
    # a user can act on, so they are silenced here and real failures raise.
    with warnings.catch_warnings(), _quiet_logger("pypdf"):
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise UnreadableStatute(
                    path, "is an encrypted PDF that needs a password; save an unprotected copy")
            pages = [page.extract_text() or "" for page in reader.pages]
            metadata_title = (reader.metadata.title if reader.metadata else None) or ""
        except UnreadableStatute:
            raise
        # pypdf raises PdfReadError, PdfStreamError, DependencyError (AES without a crypto
        # library), but also KeyError, ValueError, ... on damaged files.
        except Exception as error:  # noqa: BLE001
            problem = str(error) or type(error).__name__
            if "crypt" in problem.lower():
                raise UnreadableStatute(
                    path, f"is an encrypted PDF that cannot be opened ({problem})") from None
            raise UnreadableStatute(path, f"is not a readable PDF ({problem})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise UnreadableStatute(path, "has no text layer; it needs OCR first")
    return "pdf", text, str(metadata_title).strip() or _first_line_title(text)


@contextlib.contextmanager
def _quiet_logger(name: str) -> Iterator[None]:
    """Silence the logger ``name`` (and its children) while a parser runs."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


# --- XML ----------------------------------------------------------------------------

_VOCABULARIES = ("Akoma Ntoso <akomaNtoso>, Justice Canada LIMS <Statute>/<Regulation>, "
                 "gesetze-im-internet.de <dokumente>")


def _read_xml(path: str, raw: bytes) -> tuple[str, str, str]:
    root = _parse_xml(path, raw)
    vocabulary = _local(root.tag)
    if vocabulary == "akomaNtoso":
        return ("akn",) + _render_akn(root)
    if vocabulary in ("Statute", "Regulation"):
        return ("ca-xml",) + _render_ca(root)
    if vocabulary == "dokumente":
        return ("de-xml",) + _render_de(root)
    raise UnreadableStatute(
        path, f"unsupported XML vocabulary <{vocabulary}>; supported: {_VOCABULARIES}")


def _parse_xml(path: str, raw: bytes) -> Element:
    """Give back the root element, refusing any DOCTYPE before an entity is declared.

    A DTD is how XML reads other files (external entities) and how it blows up memory
    (nested entity expansion, "billion laughs"); no statute format gapcheck reads needs one.
    """
    try:
        return defusedxml.ElementTree.fromstring(raw, forbid_dtd=True)
    except defusedxml.DefusedXmlException as error:
        raise UnreadableStatute(
            path, f"has a DOCTYPE or entity declarations, which gapcheck refuses to load "
                  f"(they can read other files or expand without limit) [{type(error).__name__}]"
        ) from None
    except ParseError as error:
        raise UnreadableStatute(path, f"is not well-formed XML ({error})") from None


def _local(tag) -> str:
    """Give back an element's name without its namespace ("" for comments)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text_of(element: Element | None, skip: frozenset[str] = frozenset()) -> str:
    """Give back the text inside ``element``, white space collapsed, without ``skip`` elements."""
    if element is None:
        return ""
    return _collapse("".join(_itertext(element, skip)))


def _itertext(element: Element, skip: frozenset[str]) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        name = _local(child.tag)
        if name and name not in skip:           # "" is a comment or processing instruction
            yield from _itertext(child, skip)
        # Tail text belongs to the parent, so it is kept even when the child is skipped.
        yield child.tail or ""


def _space_line_breaks(root: Element, names: tuple[str, ...]) -> None:
    """Give each empty line-break element a space, so that "end<eol/>start" keeps two words."""
    for element in root.iter():
        if _local(element.tag) in names and not element.text:
            element.text = " "


def _child(element: Element, name: str) -> Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _indent(depth: int) -> str:
    return "  " * depth


# --- Justice Canada LIMS -------------------------------------------------------------

# Units whose label starts a line.  Subsection sits at the depth of its section: printed
# Canadian statutes set "(1)" flush with "163.1"; each level below is indented once more.
_CA_UNITS = frozenset("""
    Section Subsection Paragraph Subparagraph Clause Subclause Subsubclause
    Definition Provision
""".split())
# Elements whose text runs inside a line.
_CA_INLINE = frozenset("""
    Emphasis XRefExternal XRefInternal DefinedTermEn DefinedTermFr DefinitionRef Language
    Sup Sub Repealed Leader FootnoteRef Fraction Numerator Denominator Superscript Subscript
    LineBreak PageBreak FormBlank BilingualGroup BilingualItemEn BilingualItemFr Abbr Acronym
""".split())
# Editorial metadata, not the law's text.
_CA_SKIPPED = frozenset("RecentAmendments".split())


def _render_ca(root: Element) -> tuple[str, str]:
    """Render a LIMS Statute or Regulation as printed: headings, then sections.

    A section starts a line with its label then its text (``2 In this Act,``, or with its
    first subsection ``163.1 (1) In this section, ...``); a marginal note is a line
    ``[Definitions]`` before the unit it labels; each ``(1)``, ``(a)``, ``(i)``, ``(A)``
    starts a line, indented two spaces per level below the subsection; a definition is a
    line of its own; historical notes are ``[History: ...]`` and footnotes ``[...]``.
    """
    # A form blank ("I, ......, do solemnly affirm") is printed as a dotted line.
    for leader in root.iter():
        if _local(leader.tag) == "Leader" and not (leader.text or "").strip():
            leader.text = "..."
    out: list[str] = []
    identification = _child(root, "Identification")
    title = ""
    if identification is not None:
        title = _ca_text(_child(identification, "LongTitle"))
        short = _ca_text(_child(identification, "ShortTitle"))
        for line in (title, short if short != title else ""):
            if line:
                out.append(line)
        reader_note = _child(identification, "ReaderNote")
        if reader_note is not None:
            _ca_block(reader_note, 0, out)
    for part in root:
        name = _local(part.tag)
        if name == "Identification" or name in _CA_SKIPPED:
            continue
        _ca_block(part, 0, out)
    return "\n".join(out).strip("\n"), title


def _ca_text(element: Element | None) -> str:
    """Give back the inline text of a LIMS element without its footnote marks.

    A footnote reference ("*", "a") points to a footnote rendered as a line of its own.
    """
    return _text_of(element, skip=frozenset({"FootnoteRef"}))


def _ca_is_inline(element: Element) -> bool:
    """Tell whether ``element`` holds only inline markup."""
    return all(_local(child.tag) in _CA_INLINE for child in element.iter() if child is not element)


def _ca_block(element: Element, depth: int, out: list[str]) -> None:
    name = _local(element.tag)
    if not name or name in _CA_SKIPPED:
        return
    if name in _CA_UNITS:
        if name == "Section":
            out.append("")
        _ca_unit(element, depth, out, prefix="")
    elif name in ("Heading", "ScheduleFormHeading"):
        out.append("")
        parts = [_ca_text(_child(element, child))
                 for child in ("Label", "TitleText", "OriginatingRef")]
        if name == "ScheduleFormHeading":
            # Printed schedules stack "SCHEDULE", its originating reference and its title.
            out.extend(part for part in (parts[0], parts[2], parts[1]) if part)
        else:
            out.append(" ".join(part for part in parts[:2] if part))
    elif name == "HistoricalNote":
        items = [_ca_text(item) for item in element if _local(item.tag) == "HistoricalNoteSubItem"]
        note = "; ".join(item for item in items if item) or _ca_text(element)
        if note:
            out.append(f"{_indent(depth)}[History: {note}]")
    elif name == "Footnote":
        note = _ca_text(_child(element, "Text")) or _ca_text(element)
        if note:
            out.append(_indent(depth) + (note if note.startswith("[") else f"[{note}]"))
    elif _ca_is_inline(element):
        line = _ca_text(element)
        if line:
            out.append(_indent(depth) + line)
    else:
        if (element.text or "").strip():
            out.append(_indent(depth) + _collapse(element.text))
        for child in element:
            _ca_block(child, depth, out)
            if (child.tail or "").strip():
                out.append(_indent(depth) + _collapse(child.tail))


def _ca_unit(unit: Element, depth: int, out: list[str], prefix: str) -> None:
    """Render a labelled unit; ``prefix`` is the section label its first line starts with."""
    note = _child(unit, "MarginalNote")
    if note is not None and _ca_text(note):
        out.append(f"{_indent(depth)}[{_ca_text(note)}]")
    pending = " ".join(part for part in (prefix, _ca_text(_child(unit, "Label"))) if part)
    for child in unit:
        name = _local(child.tag)
        if name in ("MarginalNote", "Label"):
            continue
        if name == "Text":
            line = " ".join(part for part in (pending, _ca_text(child)) if part)
            out.append(_indent(depth) + line)
            pending = ""
        elif name == "Subsection" and pending and _local(unit.tag) == "Section":
            # A section whose text begins with subsection (1) prints "163.1 (1) In this ...".
            _ca_unit(child, depth, out, prefix=pending)
            pending = ""
        else:
            if pending:
                out.append(_indent(depth) + pending)
                pending = ""
            if name == "Subsection":
                _ca_unit(child, depth, out, prefix="")
            elif name in _CA_UNITS:
                _ca_unit(child, depth + 1, out, prefix="")
            elif name.startswith("Continued"):
                # Text that resumes the unit after its paragraphs, flush with the unit.
                _ca_block(child, depth, out)
            else:
                _ca_block(child, depth + 1 if name == "Oath" else depth, out)
    if pending:
        out.append(_indent(depth) + pending)


# --- gesetze-im-internet.de ----------------------------------------------------------

def _render_de(root: Element) -> tuple[str, str]:
    """Render a gesetze-im-internet.de law as printed: Gliederung headings, then norms.

    The law's name and its Stand lines come first; each Gliederung heading
    (``Erster Abschnitt Das Strafgesetz``) is a line; each norm is a line ``§ 184b Titel``
    (enbez and titel) followed by its Absätze, each ``(1) ...`` on a line, numbered items
    ``1. ...`` and ``a) ...`` on lines of their own, indented two spaces per level of
    nesting; footnotes are lines ``[Fußnote] ...``.  The table of contents
    ("Inhaltsübersicht") is skipped: the norms themselves follow.
    """
    _space_line_breaks(root, ("BR",))
    out: list[str] = []
    title = ""
    for index, norm in enumerate(child for child in root if _local(child.tag) == "norm"):
        metadata = _child(norm, "metadaten")
        textdata = _child(norm, "textdaten")
        if metadata is None:
            continue
        enbez = _text_of(_child(metadata, "enbez"))
        if enbez == "Inhaltsübersicht":
            continue
        gliederung = _child(metadata, "gliederungseinheit")
        if index == 0 and _child(metadata, "langue") is not None:
            title = _text_of(_child(metadata, "langue"))
            out.extend(_de_law_header(metadata))
        elif gliederung is not None:
            out.append("")
            out.append(" ".join(part for part in (
                _text_of(_child(gliederung, "gliederungsbez")),
                _text_of(_child(gliederung, "gliederungstitel"))) if part))
        elif enbez or _child(metadata, "titel") is not None:
            out.append("")
            out.append(" ".join(part for part in (enbez, _text_of(_child(metadata, "titel")))
                                if part))
        if textdata is None:
            continue
        for part in textdata:
            name = _local(part.tag)
            if name == "text":
                _de_mixed(part, 0, out)
            elif name == "fussnoten":
                out.extend(f"[Fußnote] {line}" for line in _de_lines(part))
    return "\n".join(out).lstrip("\n"), title


def _de_law_header(metadata: Element) -> list[str]:
    """Give back the law's name, short name, Ausfertigungsdatum and Stand lines.

    The first norm of a law carries its metadata; it is shown as on the law's page at
    gesetze-im-internet.de ("Ausfertigungsdatum: 1871-05-15", "Stand: ...").
    """
    name = _text_of(_child(metadata, "langue"))
    abbreviation = (_text_of(_child(metadata, "amtabk"))
                    or _text_of(_child(metadata, "jurabk")))
    lines = [f"{name} ({abbreviation})" if abbreviation else name]
    short_name = _text_of(_child(metadata, "kurzue"))
    if short_name:
        lines.append(short_name)
    enacted = _text_of(_child(metadata, "ausfertigung-datum"))
    if enacted:
        lines.append(f"Ausfertigungsdatum: {enacted}")
    for stand in metadata:
        if _local(stand.tag) == "standangabe":
            kind = _text_of(_child(stand, "standtyp"))
            comment = _text_of(_child(stand, "standkommentar"))
            lines.append(f"{kind}: {comment}" if kind else comment)
    lines.append("")
    return lines


def _de_lines(element: Element) -> list[str]:
    """Give back the non-blank lines of ``element`` rendered as blocks, without indentation."""
    lines: list[str] = []
    _de_mixed(element, 0, lines)
    return [line.strip() for line in lines if line.strip()]


# Elements that end the line before them and render as blocks of their own.
_DE_BLOCKS = frozenset("P DL table pre Content Footnotes Footnote row".split())
# Column layout, and a table of contents (the norms themselves follow).
_DE_SKIPPED = frozenset("colspec TOC".split())


def _de_block(element: Element, depth: int, out: list[str]) -> None:
    """Render one block of a norm's text: a paragraph, a list, a table, preformatted text."""
    name = _local(element.tag)
    if not name or name in _DE_SKIPPED:
        return
    if name == "DL":
        _de_list(element, depth, out)
    elif name in ("table", "tgroup", "thead", "tbody", "Content", "Footnotes"):
        for child in element:
            _de_block(child, depth, out)
    elif name == "Footnote":
        out.extend(f"{_indent(depth)}[Fußnote] {line}" for line in _de_lines(element))
    elif name == "row":
        cells = [_text_of(entry) for entry in element if _local(entry.tag) == "entry"]
        line = " ".join(cell for cell in cells if cell)
        if line:
            out.append(_indent(depth) + line)
    else:
        _de_mixed(element, depth, out)


def _de_mixed(element: Element, depth: int, out: list[str], block_depth: int | None = None,
              item: bool = False) -> None:
    """Render mixed content: inline text runs make a line, BR and block children break it.

    Blocks inside (a nested list) are rendered at ``block_depth``, by default ``depth``.
    In a list ``item`` the first line holds the item's own text and any later line (after
    a line break or a nested list) continues the item, so it is indented one level more:
    "4. ... Verpflichteter:" / "  wer, ohne Amtsträger zu sein," / "  a) ..." / "  beschäftigt ...".
    """
    block_depth = depth if block_depth is None else block_depth
    # In <pre>, newlines separate lines as BR does; elsewhere they are only white space.
    preformatted = _local(element.tag) == "pre"
    run: list[str] = []

    def flush() -> None:
        line = _collapse("".join(run))
        if line:
            out.append(_indent(block_depth if item and out else depth) + line)
        run.clear()

    def add(text: str | None) -> None:
        pieces = (text or "").split("\n") if preformatted else [text or ""]
        for piece in pieces[:-1]:
            run.append(piece)
            flush()
        run.append(pieces[-1])

    def feed(container: Element) -> None:
        add(container.text)
        for child in container:
            name = _local(child.tag)
            if name in _DE_SKIPPED:
                pass
            elif name == "BR":
                flush()
            elif name == "LA":
                # The text of a list item: it continues the item's line, its lists go deeper.
                flush()
                _de_mixed(child, depth, out, block_depth, item)
            elif name in _DE_BLOCKS:
                flush()
                _de_block(child, block_depth, out)
            elif any(_local(inner.tag) in _DE_BLOCKS or _local(inner.tag) in ("BR", "LA")
                     for inner in child.iter()):
                # A wrapper such as <noindex> around whole paragraphs: render what it holds.
                feed(child)
            else:
                add("".join(_itertext(child, _DE_SKIPPED)))
            add(child.tail)

    feed(element)
    flush()


def _de_list(element: Element, depth: int, out: list[str]) -> None:
    """Render a DL: each DT label starts a line with the first line of its DD."""
    label = ""
    for child in element:
        name = _local(child.tag)
        if name == "DT":
            if label:                               # a label without an item of its own
                out.append(_indent(depth) + label)
            label = _text_of(child)
        elif name == "DD":
            item: list[str] = []
            # A DD holds its text in LA elements; a list nested in it is one level deeper.
            _de_mixed(child, depth, item, block_depth=depth + 1, item=True)
            if item and label and not item[0].startswith(_indent(depth + 1)):
                item[0] = _indent(depth) + f"{label} {item[0].strip()}"
            elif label:
                item.insert(0, _indent(depth) + label)
            out.extend(item)
            label = ""
    if label:
        out.append(_indent(depth) + label)


# --- Akoma Ntoso ----------------------------------------------------------------------

# Containers above the article/section level: their num and heading make a heading line.
_AKN_DIVISIONS = frozenset("""
    book tome part subpart title subtitle chapter subchapter division subdivision
""".split())
# Articles and sections, and the units below them, start a line with their num.
# (hcontainer, the generic container, is most often a definition or a numbered block.)
_AKN_UNITS = frozenset("""
    article section subsection paragraph subparagraph clause subclause point indent
    alinea list sublist item level rule subrule proviso transitional hcontainer
""".split())
# Elements whose text runs inside a line.
_AKN_INLINE = frozenset("""
    b i u sup sub span a ref mref rref term def defBody entity concept object person
    organization location date time event quantity role placeholder inline mod quotedText
    abbr docTitle docNumber docType docDate docProponent docStatus docStage docJurisdiction
    docCommittee docIntroducer docPurpose legislature session shortTitle signature
    noteRef eol eop br img marker vote outcome affectedDocument relatedDocument lawyer judge
    party argument courtType neutralCitation opinion fillIn omissis decoration
""".split())
# Not the law's text (metadata), or rendered apart (notes go after the line citing them).
_AKN_SKIPPED = frozenset("meta authorialNote".split())


def _render_akn(root: Element) -> tuple[str, str]:
    """Render an Akoma Ntoso document as printed.

    A division (part, chapter, title, ...) and an article or section with a heading is a
    line ``num heading``; a unit without a heading (subsection, paragraph, point, ...)
    starts its first line with its num (``(1) text``); each ``p`` is a line.  The first
    sub-level of an article or section starts at the margin like the article itself, each
    level below it is indented two spaces more, as in Canadian renderings.  Authorial notes
    become lines ``[Note 1: ...]`` after the line that cites them.
    """
    title = ""
    for wanted in ("docTitle", "shortTitle", "longTitle"):
        found = next((element for element in root.iter() if _local(element.tag) == wanted), None)
        title = _text_of(found, _AKN_SKIPPED)
        if title:
            break
    _space_line_breaks(root, ("eol", "eop", "br"))
    out: list[str] = []
    _akn_block(root, 0, out, pending="")
    return "\n".join(out).strip("\n"), title


def _akn_line(depth: int, pending: str, text: str) -> str:
    return _indent(depth) + " ".join(part for part in (pending, text) if part)


def _akn_block(element: Element, depth: int, out: list[str], pending: str) -> str:
    """Render ``element``; give back a num still waiting for the text its line starts with."""
    name = _local(element.tag)
    if not name or name in _AKN_SKIPPED:
        return pending
    if name in _AKN_DIVISIONS or name in _AKN_UNITS:
        if pending:
            out.append(_akn_line(depth, pending, ""))
        _akn_unit(element, 0 if name in _AKN_DIVISIONS else depth, out)
        return ""
    if name in ("num", "heading", "subheading", "crossHeading") or _akn_is_inline(element):
        text = _text_of(element, _AKN_SKIPPED)
        if not text:
            return pending
        out.append(_akn_line(depth, pending, text))
        _akn_notes(element, depth, out)
        return ""
    if name == "tr":
        text = " ".join(cell for cell in (_text_of(cell, _AKN_SKIPPED) for cell in element) if cell)
        if not text:
            return pending
        out.append(_akn_line(depth, pending, text))
        return ""
    if (element.text or "").strip():
        out.append(_akn_line(depth, pending, _collapse(element.text)))
        pending = ""
    for child in element:
        # The items of a block list sit one level below the sentence that introduces them.
        inner = depth + 1 if name == "blockList" and _local(child.tag) == "item" else depth
        pending = _akn_block(child, inner, out, pending)
        if (child.tail or "").strip():
            out.append(_akn_line(depth, pending, _collapse(child.tail)))
            pending = ""
    return pending


def _akn_unit(unit: Element, depth: int, out: list[str]) -> None:
    name = _local(unit.tag)
    num = _text_of(_child(unit, "num"), _AKN_SKIPPED)
    heading = _text_of(_child(unit, "heading"), _AKN_SKIPPED)
    if name in _AKN_DIVISIONS or name in ("article", "section"):
        out.append("")
    pending = num
    if heading or (num and name in _AKN_DIVISIONS):
        out.append(_akn_line(depth, num, heading))
        pending = ""
    if (unit.text or "").strip():
        out.append(_akn_line(depth, pending, _collapse(unit.text)))
        pending = ""
    for child in unit:
        child_name = _local(child.tag)
        if child_name in ("num", "heading"):
            pass
        elif child_name in _AKN_UNITS or child_name in _AKN_DIVISIONS:
            if pending:
                out.append(_akn_line(depth, pending, ""))
                pending = ""
            _akn_unit(child, _akn_depth(name, depth, child_name), out)
        else:
            pending = _akn_block(child, depth, out, pending)
        if (child.tail or "").strip():
            out.append(_akn_line(depth, pending, _collapse(child.tail)))
            pending = ""
    if pending:
        out.append(_akn_line(depth, pending, ""))


def _akn_depth(parent: str, depth: int, child: str) -> int:
    """Give back the indentation depth of a ``child`` unit inside a ``parent`` unit."""
    if parent in _AKN_DIVISIONS or child in _AKN_DIVISIONS:
        return 0
    if child == "list":
        return depth            # a list only groups its points, which go one level deeper
    if (parent == "section" and child == "subsection") or (
            parent == "article" and child in ("paragraph", "alinea")):
        return depth            # "(1)" and "1." print flush with their section or article
    return depth + 1


def _akn_is_inline(element: Element) -> bool:
    """Tell whether ``element`` holds only inline markup (notes inside do not count)."""
    for child in element:
        name = _local(child.tag)
        if name in _AKN_SKIPPED or not name:
            continue
        if name not in _AKN_INLINE or not _akn_is_inline(child):
            return False
    return True


def _akn_notes(element: Element, depth: int, out: list[str]) -> None:
    """Append each authorial note inside ``element`` as a line ``[Note marker: text]``."""
    for note in element.iter():
        if _local(note.tag) == "authorialNote":
            text = _text_of(note)
            if text:
                marker = note.get("marker")
                out.append(_indent(depth) + (f"[Note {marker}: {text}]" if marker
                                             else f"[Note: {text}]"))


_READERS: dict[str, Callable[[str, bytes], tuple[str, str, str]]] = {
    "txt": _read_text,
    "md": _read_text,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
    "xml": _read_xml,
}
