"""Split a statute's plain text into provisions: the ``split`` stage.

``split(document)`` reads ``document.text`` once, line by line, and returns the
statute's structure as ``Provision`` objects in document order (a parent before
its children). It needs no markup: markdown heading marks (``### ``) and
indentation are looked through, so a text with or without them gives the same
provisions and ids. Which lines open which units is declared in
``gapcheck.numbering``; this module holds the reading order and the context
checks (sequence of section numbers, running headers, quoted amending text).

The result is lossless: the top-level provisions tile the text exactly, every
child lies inside its parent, siblings never overlap, and ``text`` is always
``document.text[start:end]``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from .models import Document, Provision
from . import numbering as nb
from .numbering import Rule, Tradition

__all__ = ["split", "render_text"]

# Markdown heading marks at the start of a line, then indentation, then a bold mark: text copied
# from a web page prints "**Artículo 5. Definiciones.**" (the closing mark is read as blanks).
_LINE_PREFIX = re.compile(r"(#{1,12}[ \t]+)?([ \t]*)(\*\*|__)?")
_SENTENCE_END_LOWER = re.compile(r"[a-zà-ÿß,]$")
# Text recognised from a scan (OCR) prints the digit one of a provision's number as a letter:
# "Art. l°", "Art. 24l", "Art. 24I-D", "§ l°", "Art. l0". Where a provision keyword opens the line,
# a number mixing digits with "l" or "I" (or an "l" before an ordinal mark) is read with "1"
# (same length: offsets stay). A lone "I" is a roman numeral and stays.
_OCR_NUMBER = re.compile(r"^((?:(?:Art|ART|Sec|SEC)[A-Za-zíéÍÉ]*+(?:\.\s*|\s+)|§\s*))"
                         r"([0-9lI]*[0-9][0-9lI]*|l(?=[°ºo]))(?=[-.°ºo\s]|$)")
_TRAILING_PAREN_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_HEADING_DASH = re.compile(r"\s*\.?\s+[-–—]\s+|\s*[.]\s*[-–—]\s+")
_NEXT_LINE_SUBSECTION = re.compile(r"^\((?:1|a)\)")
_INSTRUCTION_LETTER = re.compile(r"^[A-Z]{1,2}$")
# A container title that names an Act of a given year: its sections are numbered afresh.
_NAMES_AN_ACT = re.compile(r"\bACT\b[^()]*\b(?:1[89]|20)\d\d\b", re.I)
# The heading of a second Act printed in the same file ("ACT No. XXIII of 2025").
_ACT_HEADING = re.compile(r"^(?:ACT|Act|LAW|Law)\s+(?:No\.?\s*)?[IVXLCDM\d]+(?:\s+of\s+\d{4})?$")
# The capitalised title of a second instrument in the same file ("CHILD PROTECTION (ONLINE
# SERVICES) (SARNIA) REGULATIONS 2025"): its sections are numbered afresh.
_INSTRUMENT_TITLE = re.compile(r"^[A-Z][A-Z0-9 ,()'’&–-]*\b(?:ACT|LAW|REGULATIONS|RULES|ORDER|ORDINANCE|DECREE),?\s+(?:19|20)\d\d\.?$")
_INTRODUCER_ENDS = tuple(nb.AMENDMENT_INTRODUCER_ENDS)
# A month and a year after a day's number: "14 April 2025" is a date, not section 14.
_DATE_AFTER_DAY = re.compile(
    r"(?i)(?:of\s+|de\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|Januar|Februar|März|Juni|Juli|Oktober|Dezember"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)"
    r"(?:\s+(?:de\s+)?|,\s*)\d{4}\b")
_AUSTRIAN_TEXT = re.compile(r"\(\d+[a-z]?\)\s|(?:Wer|Die|Der|Das|Ist|Wird|Werden|Eine?|Einer?)\s")
_ES_CHAINED_APARTADO = re.compile(r"\d{1,3}\.\s+[A-ZÁÉÍÓÚÑ¿]")
_CLOSING_QUOTE = re.compile(r"[\"”»’“]\s?[.;,]?\s*$")     # German quotes close with “ („...“)
# A quote mark opening a line of quoted amending text: such a line goes on with the quote
# (``_ends_quote``), and the mark is masked (by a space, so offsets hold) before the quoted
# text is split on its own (``_with_inserted_structure``).
_OPENING_QUOTE = re.compile(r"(?m)^([ \t]*)[“„\"‘«']")
# The caption of a provision read by the fallback: "(Purpose)" or "[Purpose]" after its number.
_GENERIC_CAPTION = re.compile(r"[(\[]([^()\[\]]{1,150})[)\]]\s*")


@dataclass
class _Node:
    id: str
    unit: str
    number: str
    heading: str
    start: int
    parent: Optional["_Node"]
    end: Optional[int] = None
    style: str = ""            # numbering style of a child unit
    rank: Optional[int] = None  # fixed depth of the style, if the tradition fixes one
    indent: int = 0
    token: str = ""            # the bare token ("h" of "(h)"), used to read (i) as a letter after (h)
    quotes: int = 0            # quoted blocks opened under this node
    line_text: str = ""        # the line that opened a child unit (to spot it printed again)
    quote_indent: int = 0      # a quote: the indentation of the line that opened it


@dataclass
class _Line:
    index: int
    start: int         # offset of the line in the text
    body: int          # offset where the line's content starts (after marks and indentation)
    indent: int
    content: str       # the line without marks, indentation, trailing whitespace


@dataclass
class _Candidate:
    """A top-level provision a line could open."""

    rule: Rule
    match: re.Match
    number: str
    form: str = ""
    heading: str = ""
    chained_at: Optional[int] = None   # offset (in content) of a subsection printed on the same line


@dataclass
class _ChildToken:
    styles: list
    token: str
    printed: str
    offset: int        # offset in content


@dataclass
class _Contents:
    """An open table of contents: its node, and the entries it has listed."""

    node: "_Node"
    numbers: set = field(default_factory=set)       # section numbers listed
    containers: set = field(default_factory=set)    # (unit, number) of parts, chapters, schedules listed
    title_due: bool = False                         # the last entry was a part, whose title may follow


@dataclass
class _Sequence:
    """What the sequence check remembers of the last accepted top-level number."""

    last_int: Optional[int] = None
    last_key: tuple = ()
    keyword_seen: bool = False
    seen: set = field(default_factory=set)     # the whole numbers accepted so far
    last_line: int = -1                        # the line of the last accepted section


@dataclass(frozen=True)
class _Fallback:
    """Numbered lines that no rule knows, read as provisions (``nb.GENERIC_RULE``): the rule,
    shaped for this text, and the indexes of the lines it may open."""

    rule: Rule
    lines: frozenset


class _Splitter:
    def __init__(self, document: Document, fallback: Optional[_Fallback] = None, read_quoted: bool = False):
        self.text = document.text
        self.read_quoted = read_quoted     # read the articles a text quotes as its provisions (``split``)
        self.lang = document.lang if document.lang in nb.LANGS else "en"
        self.container_rules = [r for r in nb.CONTAINER_RULES if r.applies_to(self.lang)]
        self.provision_rules = [r for r in nb.PROVISION_RULES if r.applies_to(self.lang)]
        self.fallback_lines: frozenset = frozenset()
        if fallback is not None:
            self.provision_rules.insert(0, fallback.rule)
            self.fallback_lines = fallback.lines
        self.child_rules = [r for r in nb.CHILD_RULES if r.applies_to(self.lang)]
        self.nodes: list[_Node] = []
        self.used_ids: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.containers: list[_Node] = []
        self.top: Optional[_Node] = None
        self.top_rule: Optional[Rule] = None
        self.tradition: Optional[Tradition] = None
        self.children: list[_Node] = []
        self.quoted: Optional[_Node] = None
        self.quote_host: Optional[_Node] = None
        self.sequence = _Sequence()
        self.alinea_count = 0
        self.memo_after: tuple | None = None   # the last number of the law before a memorandum that follows it
        self.spaced_count = 0     # Swiss numbered alinéas seen in the open provision
        self.roman_parents: dict = {}       # styles seen numbering roman units, in the open provision
        self.started: set[int] = set()     # lines that opened a node
        self.consumed: set[int] = set()    # lines read as a container's title
        self.opened_container: set[int] = set()   # lines that opened a container (part, chapter, ...)
        self.lines: list[_Line] = []
        self.quote_ended_at = -1           # a provision after a quote may not claim a line inside it
        self.sign_paragraphs = False       # the open article numbers its paragraphs "§ 1.", "§ 2." (Polish style)
        self.top_quoted = False            # the open provision was quoted by a text with none of its own
        self.contents: Optional[_Contents] = None   # an open table of contents
        self.contents_tail: Optional[_Node] = None  # a closed one, running on to the next unit
        self.compared: set[int] = set()    # lines of the wording in force in a comparative table
        self.message = False               # an open government message, up to its draft's enacting formula

    # ------------------------------------------------------------------ lines
    def _read_lines(self) -> None:
        text = self.text
        pos, n, index = 0, len(text), 0
        while pos < n:
            nl = text.find("\n", pos)
            end = n if nl < 0 else nl
            raw = text[pos:end]
            m = _LINE_PREFIX.match(raw)
            content = raw[m.end():]
            if m.group(3):
                content = content.replace(m.group(3), "  ", 1)     # same length: offsets stay
            content = content.rstrip()
            ocr = _OCR_NUMBER.match(content)
            if ocr and ("l" in ocr.group(2) or "I" in ocr.group(2)) and (self.lang != "de" or ocr.group(2)[0] in "lI"):
                # (German sections end in a letter, "§ 184l": there only a leading "l" is a misread one)
                content = ocr.group(1) + ocr.group(2).replace("l", "1").replace("I", "1") + content[ocr.end():]
            self.lines.append(_Line(index, pos, pos + m.end(), len(m.group(2)), content))
            index += 1
            pos = end + 1
        starts = [line.start for line in self.lines]
        for start, end in comparison_blocks(text):
            self.compared.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))

    def _content(self, index: int) -> str:
        if 0 <= index < len(self.lines):
            return self.lines[index].content
        return ""

    # ------------------------------------------------------------------ ids
    def _unique_id(self, base: str) -> str:
        """``base``, or ``base_2``, ``base_3``... in order of appearance when it is taken."""
        if base not in self.used_ids:
            self.used_ids.add(base)
            return base
        k = self.next_suffix.get(base, 2)
        while f"{base}_{k}" in self.used_ids:
            k += 1
        self.next_suffix[base] = k + 1
        self.used_ids.add(f"{base}_{k}")
        return f"{base}_{k}"

    def _new_node(self, unit: str, number: str, id_num: str, heading: str, start: int,
                  parent: Optional[_Node], prefix: str = "", **extra) -> _Node:
        abbr = nb.UNIT_ABBR[unit]
        base = f"{abbr}_{id_num}" if id_num else abbr
        if prefix:
            base = f"{prefix}__{base}"
        node = _Node(self._unique_id(base), unit, number, heading, start, parent, **extra)
        self.nodes.append(node)
        if self.contents_tail is not None:
            # the law's title and long title after a table of contents stay with it
            self.contents_tail.end, self.contents_tail = start, None
        return node

    # ------------------------------------------------------------------ closing
    def _close_children(self, pos: int, keep: int = 0) -> None:
        while len(self.children) > keep:
            self.children.pop().end = pos
        if self.quoted is not None and self.quoted not in self.children:
            self.quoted = None

    def _close_top(self, pos: int) -> None:
        self._close_children(pos)
        self.quoted = None
        self.quote_host = None
        if self.top is not None:
            self.top.end = pos
        self.top = None
        self.top_rule = None
        self.top_quoted = False
        self.tradition = None
        self.sign_paragraphs = False

    # ------------------------------------------------------------------ main loop
    def run(self) -> list[Provision]:
        self._read_lines()
        in_comment = False
        for line in self.lines:
            s = line.content
            # HTML comments (editorial notes in markdown renderings) never open provisions.
            if in_comment:
                if "-->" in s:
                    in_comment = False
                continue
            if s.startswith("<!--"):
                in_comment = "-->" not in s
                continue
            if not s or line.index in self.consumed:
                continue
            self._handle(line)
        end = len(self.text)
        self._close_contents()
        self._close_top(end)
        for node in self.containers:
            node.end = end
        return self._provisions()

    def _handle(self, line: _Line) -> None:
        s = line.content
        if line.index in self.compared:
            # the wording a comparative table shows in force: text, whatever it numbers
            self._text_line(line, counts_as_alinea=False)
            return
        if self.message:
            # a government message comments on the draft's articles ("Art. 196", "3.1 ..."): text,
            # until the draft's enacting formula ("L'Assemblée fédérale ... arrête:")
            if nb.ENACTING_FORMULA_END.search(s):
                self.message = False
                self._leave_memorandum(line.body + len(line.content))
            return
        if self.contents is not None and self._in_contents(line):
            return
        if self.quoted is None and self.contents is None and nb.CONTENTS_HEADING.match(s):
            self._open_contents(line)
            return
        if self.quoted is not None:
            if not self._ends_quote(line):
                return
            # the quote ends where the line (or the marginal note above it) begins
            self._end_quote_before(line)
        if self.quote_host is not None:
            host, self.quote_host = self.quote_host, None
            if not self._ends_quote(line, host):
                self._open_quote(host, line)
                return
        if self._try_container(line):
            return
        enacted, quoted = self._enacted(line)
        if self._try_provision(enacted):
            self.top_quoted = quoted
            self._note_introducer(s)
            return
        if self.top is not None and self._try_children(line):
            self._note_introducer(s)
            return
        self._text_line(line)
        self._note_introducer(s)

    def _enacted(self, line: _Line) -> tuple[_Line, bool]:
        """The line without its opening quotation mark when it opens the first provision right
        after an enacting formula (``nb.ENACTING_FORMULA_END``): the mark begins the law's own
        text, printed within quotation marks, not a quotation. With ``read_quoted`` (a text whose
        rules read little of it, see ``split``), so it is in a text that quotes the provisions of a law
        between paragraphs of its own (a prosecutors' circular: ``"Artículo 189 bis. 1. A los efectos
        ..."``): each quoted provision is read as a provision, the text after it going with it.
        The second value says the line was such a quotation."""
        if self.quoted is not None or (self.top is not None and not self.top_quoted):
            return line, False
        m = _OPENING_QUOTE.match(line.content)
        if m is None:
            return line, False
        quoted = not (self.top is None and nb.ENACTING_FORMULA_END.search(self._previous_content(line.index)))
        if quoted and (not self.read_quoted or (self.top is None and self.nodes)):
            return line, False     # a quotation (or, in a text quoting a law, one after the text's own parts)
        rest = line.content[m.end():]
        unquoted = rest.lstrip()
        return replace(line, body=line.body + m.end() + len(rest) - len(unquoted), content=unquoted), quoted

    # ------------------------------------------------------------------ containers
    def _match_container(self, s: str):
        for rule in self.container_rules:
            m = rule.pattern.match(s)
            if not m:
                continue
            keyword = m.group("kw")
            printed = (m.group("num") or "").strip()
            title = (m.group("title") or "").strip()
            if title.endswith((",", ";")) or len(s) > 250:
                continue
            if rule.name == "de_container_ordinal":
                n = nb.german_ordinal(printed)
                if n is None:
                    continue
                id_num = str(n)
            else:
                id_num = self._container_id_num(printed)
            return nb.container_keyword(keyword, rule), printed, id_num, title
        return None

    @staticmethod
    def _container_id_num(printed: str) -> str:
        if not printed:
            return ""
        word = nb.word_ordinal(printed)
        if word is not None:
            return str(word)
        num = nb.id_number(printed)
        if num.isalpha() and len(num) > 1 and not nb.ROMAN_RE.match(num):
            return num.lower()
        return num

    def _try_container(self, line: _Line) -> bool:
        found = self._match_container(line.content)
        if not found:
            return False
        kind, number, id_num, title = found
        # A running header repeats a container that is still open (the same chapter printed
        # again before every section): it stays text of the enclosing provision.
        for open_container in self.containers:
            if open_container.unit == kind.unit and open_container.token == id_num:
                self._text_line(line, counts_as_alinea=False)
                return True
        start = line.start
        self._close_top(start)
        self._leave_memorandum(start)
        while self.containers and self.containers[-1].rank is not None and self.containers[-1].rank >= kind.rank:
            self.containers.pop().end = start
        if not title and kind.unit != "memorandum":    # a memorandum's next line is its text
            title = self._title_on_next_line(line.index)
        parent = self.containers[-1] if self.containers else None
        node = self._new_node(kind.unit, number, id_num, title, start, parent, rank=kind.rank, token=id_num)
        if kind.unit == "memorandum":
            # A memorandum after the law's own provisions comments on them article by article
            # (an Indonesian-style "ELUCIDATION": "Article 3", "Article 4", ...).
            self.memo_after = self.sequence.last_key if self.sequence.last_int is not None else None
            self.message = nb.MESSAGE_RULE.pattern.match(line.content) is not None
        self.containers.append(node)
        self.started.add(line.index)
        self.opened_container.add(line.index)
        if kind.unit == "schedule" or _NAMES_AN_ACT.search(title):
            # a schedule, or a part that holds another Act ("PART 2 - FILMS ... ACT 1993"),
            # restarts numbering: forget the section sequence
            self.sequence = _Sequence()
        return True

    # ------------------------------------------------------------------ table of contents
    def _open_contents(self, line: _Line) -> None:
        """A table of contents ("ARRANGEMENT OF SECTIONS") lists the law's parts and sections
        before the law prints them: one unit, whose entries are no provisions."""
        self._close_top(line.start)
        while self.containers:
            self.containers.pop().end = line.start
        node = self._new_node("contents", "", "", line.content.strip(), line.start, None)
        self.contents = _Contents(node)
        self.started.add(line.index)

    def _in_contents(self, line: _Line) -> bool:
        """Whether ``line`` is an entry of the open table of contents. The law begins at the first
        line that repeats an entry (its first part or section again) or that is no entry at all
        (its title, its long title); the table ends there."""
        s, contents = line.content, self.contents
        title_due, contents.title_due = contents.title_due, False
        if nb.CONTENTS_LABEL.match(s) or s[:1].islower():
            return True     # a column label, or an entry's title wrapped onto the next line
        found = self._match_container(s)
        if found is not None:
            key = (found[0].unit, found[2])
            if key not in contents.containers:
                contents.containers.add(key)
                contents.title_due = True
                return True
        elif title_due and len(s) <= 80 and not s[:1].isdigit() and not s.endswith((".", ":", ";", ",")):
            return True     # a part's title on the line below it ("PART I" / "PRELIMINARY PROVISIONS")
        elif (m := nb.CONTENTS_ENTRY.match(s)) is not None and m.group("num") not in contents.numbers:
            contents.numbers.add(m.group("num"))
            return True
        self._close_contents()
        return False

    def _close_contents(self) -> None:
        """No more entries: the table runs on to the next unit the law opens."""
        if self.contents is not None:
            self.contents_tail, self.contents = self.contents.node, None

    def _leave_memorandum(self, pos: int) -> None:
        """A bill's explanatory memorandum holds no provisions: a heading or a section after it
        is the law's again."""
        while self.containers and self.containers[-1].unit == "memorandum":
            self.containers.pop().end = pos

    def _title_below(self, line: _Line) -> str:
        """The title printed on the line below a provision's number ("Article (34)" over "Child
        Pornographic Material"), if that line reads as a heading; it is then the provision's heading."""
        return self._title_on_next_line(line.index) if _short_heading(self._content(line.index + 1)) else ""

    def _title_on_next_line(self, index: int) -> str:
        nxt = index + 1
        if nxt >= len(self.lines):
            return ""
        s = self.lines[nxt].content
        if not s or len(s) > 200 or s.endswith((";", ":", ",")) or s.startswith(("<!--", "[", "(")):
            return ""
        if self._match_container(s) or self._looks_numbered(s):
            return ""
        self.consumed.add(nxt)
        return s

    def _looks_numbered(self, s: str) -> bool:
        if any(rule.pattern.match(s) for rule in self.provision_rules):
            return True
        return any(rule.pattern.match(s) for rule in self.child_rules)

    # ------------------------------------------------------------------ top-level provisions
    def _match_provision(self, line: _Line) -> Optional[_Candidate]:
        s = line.content
        for rule in self.provision_rules:
            m = rule.pattern.match(s)
            if not m:
                continue
            candidate = self._judge(rule, m, line)
            if candidate is not None:
                return candidate
        return None

    def _judge(self, rule: Rule, m: re.Match, line: _Line) -> Optional[_Candidate]:
        """Apply the context checks of ``rule`` to a matching line; None rejects it."""
        number = m.group("num").strip()
        rest = (m.groupdict().get("rest") or "").strip()
        name = rule.name
        if name in ("de_section", "us_section") and self.sign_paragraphs:
            return None      # "§ 2." under "Art. 202. § 1.": the article's next paragraph
        if name == "de_article" and m.group("dot") and rest:
            # "Art. 5. Das Strafgesetz ...": the text runs on; "Art. 202. § 1. Wer ..." opens its first paragraph
            chained = rest.startswith("§") or re.match(r"\d{1,3}\.\s", rest) is not None
            return _Candidate(rule, m, number, chained_at=m.start("rest") if chained else None)
        if name == "de_article" and rest[:1] in ("–", "—", "-"):
            # Turkish-style codes in German translation run the text on after a dash, the caption on
            # the line above: "Artikel 103 – (1) Wer ein Kind ..."; "Artikel 1 – Änderung des ..." is
            # the article's heading.
            after = rest[1:].lstrip()
            if after and not after.startswith("(") and _plausible_german_heading(after) and len(after.split()) <= 12:
                return _Candidate(rule, m, number, heading=after)
            chained = m.start("rest") + len(rest) - len(after) if after.startswith("(") else None
            return _Candidate(rule, m, number, chained_at=chained)
        if name in ("de_section", "de_article"):
            # Austrian codes print the text on the paragraph's line after a period:
            # "§ 207c. Wer ...", "§ 120b. (1) Wer ...".
            # Danish-style codes in translation do the same with any sentence: "§ 75. Vermögensvorteile, die ...".
            austrian = (name == "de_section" and line.content[m.end("num"):m.end("num") + 1] == "."
                        and (_AUSTRIAN_TEXT.match(rest) is not None
                             or (rest[:1].isupper() and len(rest.split()) >= 16
                                 and rest.split()[0] not in nb.DE_REFERENCE_WORDS
                                 and not self._content(self._nonblank_below(line.index)).startswith("(1)"))))
            if austrian:
                chained = m.start("rest") if rest.startswith("(") else None
                return _Candidate(rule, m, number, chained_at=chained)
            if rest and nb.SWISS_AMENDED_PARTS.fullmatch(rest):
                return _Candidate(rule, m, number, heading=self._title_below(line))
            if rest and not _plausible_german_heading(rest):
                return None
            return _Candidate(rule, m, number, heading=rest)
        if name == "nordic_section":
            # "10 a §   Wer ..." starts the paragraph's text on its line; it has no heading. A
            # reference wrapped to the start of a line ("... als Täter nach 4, 5 oder" / "6 § verurteilt")
            # goes on the sentence above.
            return None if self._wrapped_reference(line) else _Candidate(rule, m, number)
        if name == "hu_section":
            # "3. § (1) Das Gesetz gilt ..." opens its first paragraph on the line
            return _Candidate(rule, m, number, chained_at=m.start("rest") if rest.startswith("(") else None)
        if name in ("de_guideline_number", "de_section_range", "es_article_range"):
            return _Candidate(rule, m, number, heading=rest)
        if name == "bare_section_range":
            if self.sequence.keyword_seen:
                return None
            if not rest and not nb.MARGINAL_NOTE.match(self._content(line.index + 1)):
                return None
            first = nb.leading_int(number)
            if self.sequence.last_int is not None and first < self.sequence.last_int // 2 - 10:
                return None
            return _Candidate(rule, m, number)
        if name == "us_section":
            return _Candidate(rule, m, number, heading=rest)
        if name == "schedule_item":
            return _Candidate(rule, m, number, heading=rest) if self._in_schedule() else None
        if name == "schedule_row":
            return _Candidate(rule, m, number) if self._schedule_row(line) else None
        if name in ("fr_article", "intl_article"):
            # "Article 2 : Définitions" has a heading; "Article 7-1 : Lorsque les délits ... ans."
            # starts its text on the same line, and so does a bill's "« Art. 324-15. – Le fait ...".
            if rest[:1] in ("–", "—", "-", "§"):
                return _Candidate(rule, m, number)     # (a Belgian "Art. 417/42. § 1er. Est puni ...": text)
            if not rest and name == "intl_article" and m.group("paren"):
                # "Article (34)" and, on the next line, its title ("Child Pornographic Material").
                return _Candidate(rule, m, number, heading=self._title_below(line))
            return _Candidate(rule, m, number, heading=_inline_heading(rest))
        if name == "ch_article":
            return _Candidate(rule, m, number, heading=rest) if len(rest.split()) <= 12 else None
        if name in ("es_article", "es_disposition", "es_article_word"):
            # "Artículo 183. 1. Quien ..." opens its first apartado on the article's line.
            if rest and _ES_CHAINED_APARTADO.match(rest):
                return _Candidate(rule, m, number, chained_at=m.start("rest"))
            return _Candidate(rule, m, number, heading=_inline_heading(rest))
        if name == "pt_article":
            return _Candidate(rule, m, number)
        if name == "jp_article":
            # The text runs on from the number ("Article 7 (1) A person who ..."); its caption, if
            # any, stands in parentheses on the line above. A reference wrapped to the start of a
            # line goes on the sentence above.
            if self._wrapped_reference(line):
                return None
            caption = m.group("caption") or ""
            after = rest[len(caption) + 2:].lstrip() if caption else rest
            chained = m.end("rest") - len(after) if after.startswith("(1)") else None
            return _Candidate(rule, m, number, heading=caption, chained_at=chained)
        if name in ("en_keyword_section", "en_keyword_article", "es_seccion", "en_head"):
            if name == "en_keyword_section" and rest.startswith("(") and nb.AMENDMENT_INSTRUCTION.search(rest):
                return None     # 'Section 134 ("Extortion") of the principal Act is amended by ...'
            return _Candidate(rule, m, number, heading=_inline_heading(rest))
        if name == "bare_section":
            return self._judge_bare(rule, m, line, number, rest)
        if name == "generic_numbered":
            return self._judge_generic(rule, m, line, number, rest)
        return None

    def _judge_generic(self, rule: Rule, m: re.Match, line: _Line, number: str, rest: str) -> Optional[_Candidate]:
        """A line of the run that ``_fallback`` found. Its heading is a caption in parentheses or
        brackets ("Article 4 (Purpose)", "Article 4 [Purpose]"), or the rest of the line when it
        reads as a title ("4 Définitions"); a first subsection may follow on the same line
        ("(1) A person who ...")."""
        if line.index not in self.fallback_lines:
            return None
        caption = _GENERIC_CAPTION.match(rest)
        if caption:
            heading, after = caption.group(1).strip(), rest[caption.end():]
        elif _short_heading(rest):
            heading, after = rest, ""
        else:
            heading, after = _inline_heading(rest), rest
        chained = None
        if after.startswith("(1)"):
            chained = m.start("rest") + len(rest) - len(after)
        return _Candidate(rule, m, number, heading=heading, chained_at=chained)

    def _judge_bare(self, rule: Rule, m: re.Match, line: _Line, number: str, rest: str) -> Optional[_Candidate]:
        """Common-law sections carry no keyword, so the line's form and the number sequence decide."""
        form = next(f for f in ("dash", "alone", "sub", "glued", "weak") if m.group(f) is not None)
        n = nb.leading_int(number)
        key = nb.number_key(number)
        if n == 1 and self.sequence.last_int is not None and self._since_last_section(line, _INSTRUMENT_TITLE):
            self.sequence = _Sequence()     # the first section of a second instrument
        seq = self.sequence
        plain_integer = number.isdigit()
        text_after = line.content[m.end():].strip()
        if seq.keyword_seen:
            return None      # a text that numbers its provisions with keywords has no bare sections
        if form == "weak" and self.lang != "en" and not (
                self._canadian_french_section(line, number) or self._quebec_bill_section(line, m, n)
                or self._french_heading_section(line, m, number, text_after)):
            return None
        if plain_integer and 1800 <= n <= 2100 and form in ("weak", "glued", "dash"):
            return None      # a year opening a line of running text
        if _DATE_AFTER_DAY.match(text_after):
            return None      # a date ("14 April 2025", the day an Act was assented to)
        if form == "alone":
            # "7" alone is a section only if a marginal note, an editorial note ("[Repealed...]")
            # or its first subsection follows
            nxt = self._content(line.index + 1)
            if not (nb.MARGINAL_NOTE.match(nxt) or _NEXT_LINE_SUBSECTION.match(nxt)):
                return None
        if form == "weak":
            if self._continues_sentence(line.index):
                return None
            # "6. ..." continuing a numbered list of the open section is not section 6
            if m.group("weak").startswith(".") and any(
                    c.style == "digit-dot" and nb.leading_int(c.number) == n - 1 for c in self.children):
                return None
        # A section a bill inserts carries the amended law's number ("« 135.2. Commet ...", "91HA"):
        # inside the quote it need not follow the bill's own clauses.
        inserted = self.quoted is not None and not number.isdigit()
        if seq.last_int is not None and not self._resumes(line, number) and not inserted:
            if form == "weak":
                # An excerpt jumps ahead ("2 Interpretation", then "66 Parties to offences"): a
                # far jump is taken only on a heading line that stands after a blank line or
                # right under the heading of a part ("Part 3—Basic online safety expectations",
                # then "45  Determination of ...").
                near = n - seq.last_int <= 25
                if not (key > seq.last_key and (near or self._heading_after_break(line, text_after)
                                                or self._under_marginal_heading(line)
                                                or ("." in number and self._under_container(line)))):
                    return None
            elif n < seq.last_int // 2 - 10:
                return None    # far out of order with the sections before it
        heading = ""
        if form == "dash":
            # a Portuguese point ("1 — Aprovar a Estratégia ...") starts its text after the dash;
            # only a short title ("4 — Monitorização e avaliação") is a heading
            heading = rest if self.lang != "pt" or (len(rest.split()) <= 8 and rest[-1:] not in ".:;") else ""
        elif form in ("weak", "glued"):
            heading = _bare_heading(text_after) or (_heading_with_period(
                text_after, self._content(line.index + 1) or self._content(line.index + 2))
                or _heading_with_colon(text_after) if self.lang == "en" else "")
        chained = m.end() if form == "sub" else None
        return _Candidate(rule, m, number, form=form, heading=heading, chained_at=chained)

    def _quebec_bill_section(self, line: _Line, m: re.Match, n: int) -> bool:
        """Québec bills in French number their sections "1. La Loi ... est modifiée": a number
        with a period, after a blank line, first under a chapter heading, then one after another."""
        if self.lang != "fr" or not m.group("weak").startswith(".") or not self._break_at(line.index - 1):
            return False
        last = self.sequence.last_int
        return (last is None and self._under_container(line)) or (last is not None and n == last + 1)

    def _french_heading_section(self, line: _Line, m: re.Match, number: str, text_after: str) -> bool:
        """Common-law Acts in French (Vanuatu, Seychelles, Mauritius) print a section's number and
        heading alone on a line, its text below: "1 Définitions", then "Dans la présente Loi ...".
        A Swiss alinéa ("1 Quiconque ...") runs on as a sentence, and bare-number codes number
        their alinéas under "Art." keywords, which end bare sections altogether."""
        if self.lang != "fr" or not number.isdigit() or "." in m.group("weak"):
            return False
        if not (self._break_at(line.index - 1) or self._under_container(line)):
            return False
        if not _short_heading(text_after) or len(text_after.split()) > 10 or not self._content(line.index + 1):
            return False
        last = self.sequence.last_int
        return int(number) == 1 if last is None else 0 < int(number) - last <= 3

    def _canadian_french_section(self, line: _Line, number: str) -> bool:
        """Common-law sections in French (Canada's Code criminel) print a bare number and the
        text: "22.2 Lorsque la preuve ...". Elsewhere in French a bare number opens an alinéa
        ("1 Quiconque ...", Swiss codes), so such a line is a section only under a marginal
        heading ("Responsabilité pénale des organisations"), or with a decimal number after a
        blank line or a part heading ("212.1 Les définitions ...")."""
        above = line.index - 1
        prev = self._content(above)
        if prev and above not in self.started and not self._looks_numbered(prev):
            return _short_heading(prev)
        if "." not in number:
            return False
        if self._break_at(above):
            return True
        # "22.3" (or "486.4" after "486.2") right after the text of the section before it
        last = self.top.number if self.top is not None else ""
        head, _, tail = number.rpartition(".")
        last_head, _, last_tail = last.rpartition(".")
        return (head == last_head and tail.isdigit() and last_tail.isdigit()
                and 0 < int(tail) - int(last_tail) <= 10)

    def _in_schedule(self) -> bool:
        return bool(self.containers) and self.containers[-1].unit == "schedule"

    def _schedule_row(self, line: _Line) -> bool:
        """Whether ``line`` is a row of an amending schedule printed as a table: it names the
        provision amended (nb.SCHEDULE_ROW) and its instruction follows on the next line."""
        return (self._in_schedule() and nb.SCHEDULE_ROW.match(line.content) is not None
                and nb.SCHEDULE_ROW_INSTRUCTION.match(self._content(self._nonblank_below(line.index))) is not None)

    def _under_container(self, line: _Line) -> bool:
        """Whether the nearest non-blank line above opened a part or chapter."""
        above = self._nonblank_above(line.index)
        if above >= 0 and above not in self.opened_container and above not in self.consumed:
            # a marginal heading may stand between ("Témoins âgés de moins de dix-huit ans")
            if _short_heading(self._content(above)):
                above = self._nonblank_above(above)
        return above >= 0 and (above in self.opened_container or above in self.consumed)

    def _nonblank_below(self, index: int) -> int:
        """The index of the nearest non-blank line below line ``index`` (len(lines) if none)."""
        index += 1
        while index < len(self.lines) and not self._content(index):
            index += 1
        return index

    def _nonblank_above(self, index: int) -> int:
        """The index of the nearest non-blank line above line ``index`` (-1 if none)."""
        index -= 1
        while index >= 0 and not self._content(index):
            index -= 1
        return index

    def _break_at(self, index: int) -> bool:
        """Whether line ``index`` parts what follows from the text before: the start of the
        text, a blank line, or a line that opened a part or chapter (or its title)."""
        return index < 0 or not self._content(index) or index in self.opened_container or index in self.consumed

    def _resumes(self, line: _Line, number: str) -> bool:
        """A bill's next clause after the sections it inserts ("3. In section 352 ..." after
        quoted sections 214A to 214K), or the first section of a second Act in the same file, under
        their marginal headings: the whole number follows one accepted before, or is 1 under a
        part or chapter heading."""
        if not number.isdigit() or not self._under_marginal_heading(line, period=True):
            return False
        n = int(number)
        if n == 1:
            return self._under_container(line) or self._since_last_section(line, _ACT_HEADING)
        return n - 1 in self.sequence.seen and n not in self.sequence.seen

    def _since_last_section(self, line: _Line, heading: re.Pattern) -> bool:
        """Whether a line between the last section accepted and ``line`` matches ``heading``
        (the heading of a second Act or instrument in the same file)."""
        return any(heading.match(self._content(i)) for i in range(self.sequence.last_line + 1, line.index))

    def _under_marginal_heading(self, line: _Line, period: bool = False) -> bool:
        """Penal codes in the Indian tradition (Singapore, Malaysia, Kenya) print a short
        marginal heading on its own line above the section ("Punishment of abetment", then
        "109. Whoever abets ..."): the heading stands after a blank line or a part heading."""
        above = line.index - 1
        heading = self._content(above)
        if self._labelled_note_above(line.index) >= 0:
            return True     # the note names itself
        if not heading or above in self.started or above in self.consumed or self._looks_numbered(heading):
            return False
        if period and len(heading.split()) <= 8:
            heading = _note_without_period(heading)
        if not _short_heading(heading) or heading.isupper():
            return False
        return self._break_at(above - 1)

    def _labelled_note_above(self, index: int) -> int:
        """The line of a labelled marginal note ("Marginal note:Definition of child") right above
        line ``index`` or one blank line above it, or -1."""
        above = index - 1
        if above >= 1 and not self._content(above):
            above -= 1
        return above if above >= 0 and nb.LABELLED_NOTE.match(self._content(above)) else -1

    def _heading_after_break(self, line: _Line, text_after: str) -> bool:
        """A short title-like line ("66 Parties to offences") with a blank line, or the line
        that opened a part or chapter (or its title), above it; ``text_after`` is the line after
        the section number."""
        return (self._break_at(line.index - 1) and 0 < len(text_after.split()) <= 20 and text_after[:1].isupper()
                and not text_after.endswith((".", ",", ";", ":", "-", "—")))

    def _wrapped_reference(self, line: _Line) -> bool:
        """Whether a line opening with a number and its unit word ("6 § verurteilt", "Article 3 The")
        goes on a sentence the line above leaves open (it ends in a lower-case word or a comma).
        Unlike ``_continues_sentence`` the line above may be short: such references wrap anywhere."""
        prev = self._content(line.index - 1)
        return bool(prev) and line.index - 1 not in self.opened_container and bool(_SENTENCE_END_LOWER.search(prev))

    def _continues_sentence(self, index: int) -> bool:
        """Is line ``index`` the wrapped continuation of a sentence on the line above?"""
        prev = self._content(index - 1)
        if not prev or index - 1 in self.started or index - 1 in self.consumed:
            return False
        if self._looks_numbered(prev):
            return False
        return len(prev) > 60 and bool(_SENTENCE_END_LOWER.search(prev))

    def _try_provision(self, line: _Line) -> bool:
        candidate = self._match_provision(line)
        if candidate is None:
            return False
        rule = candidate.rule
        if (self.containers and self.containers[-1].unit == "memorandum" and self.memo_after
                and nb.number_key(candidate.number) <= self.memo_after):
            return False    # the commentary's "Article 3" on the law's article 3: text of the memorandum
        if self._next_subsection_of_top(candidate, line):
            return True
        tradition = nb.tradition_for(rule, candidate.match.groupdict().get("kw") or "")
        start, label = self._claim_label(line, top_level=tradition.name != "fr",
                                         period=rule.name == "bare_section")
        self._close_top(start)
        self._leave_memorandum(start)
        heading = candidate.heading or label
        if (label and rule.name == "bare_section" and candidate.form == "weak"
                and self._content(line.index + 1)[:1].islower()):
            heading = label     # the marginal note, not the first words of a sentence wrapped onto the next line
        if rule.name in ("de_section_range", "es_article_range", "bare_section_range"):
            ends = re.findall(r"\d+[a-zA-Z]*", candidate.number)
            id_num = f"{ends[0]}-{ends[-1]}"
        elif rule.name == "es_article_word":
            id_num = nb.word_id(candidate.number)
        else:
            id_num = nb.id_number(candidate.number)
        parent = self.containers[-1] if self.containers else None
        node = self._new_node(rule.unit, candidate.number, id_num, heading, start, parent, indent=line.indent)
        self.top, self.top_rule, self.tradition = node, rule, tradition
        # Belgian codes too: "Art. 417/42. § 1er. Est puni ...", then "§ 2." on a line of its own.
        self.sign_paragraphs = ((rule.name == "de_article" and candidate.chained_at is not None
                                 and line.content[candidate.chained_at:].startswith("§"))
                                or (rule.name == "fr_article"
                                    and (candidate.match.groupdict().get("rest") or "").startswith("§")))
        self.alinea_count = 0
        self.spaced_count = 0
        self.roman_parents = {}
        self.started.add(line.index)
        seq = self.sequence
        restart = candidate.number.isdigit() and seq.last_int is not None and int(candidate.number) == 1
        seq.last_int = nb.leading_int(candidate.number)
        seq.last_key = nb.number_key(candidate.number)
        seq.last_line = line.index
        if restart:
            seq.seen = set()     # a second Act numbers its sections afresh
        if candidate.number.isdigit():
            seq.seen.add(seq.last_int)
        seq.keyword_seen = seq.keyword_seen or rule.strong
        if candidate.chained_at is not None:
            for token in self._child_tokens(line.content, candidate.chained_at):
                if not self._knows(token):
                    break
                self._open_child(token, line, line.body + token.offset)
        return True

    def _next_subsection_of_top(self, candidate: _Candidate, line: _Line) -> bool:
        """Prairie-province Acts print the section number before every subsection, each under a
        marginal heading of its own ("Altered images" / "2(2) Subsection (1) also applies ..."):
        the line continues the open section 2 with its subsection (2), whose heading is that note."""
        if (candidate.form != "sub" or self.top is None or self.top_rule is not candidate.rule
                or self.top.number != candidate.number or self.children == []):
            return False
        tokens = self._child_tokens(line.content, candidate.chained_at)
        if not tokens or not self._knows(tokens[0]):
            return False
        start, label = self._claim_label(line, top_level=True)
        if not label:
            return False
        self._open_chain(tokens, line, start, label)
        self.sequence.last_line = line.index
        return True

    def _claim_label(self, line: _Line, top_level: bool, period: bool = False) -> tuple[int, str]:
        """A marginal note ("[Defence]") or a rubric on the line above belongs to the provision."""
        prev = line.index - 1
        if prev < 0 or prev in self.started or prev in self.consumed:
            return line.start, ""
        s = self.lines[prev].content
        if not s:
            note = self._labelled_note_above(line.index)
            if not self._free(note):
                return line.start, ""
            return self.lines[note].start, _marginal_heading(self.lines[note].content)
        if prev < self.quote_ended_at:
            return line.start, ""
        if _is_marginal_note(s):
            return self.lines[prev].start, _marginal_heading(s)
        if top_level:
            rubric = self._rubric(s, prev)
            note = _note_without_period(s)
            if not rubric and period and note != s and self._break_at(prev - 1):
                # A marginal note above a bare section, after a break ("Interpretation.").
                rubric = self._rubric(note)
            if rubric:
                return self.lines[prev].start, rubric
            if period and note != s and self._two_line_note(prev - 1):
                # ... or set on two lines ("Attempts and" / "secondary parties.").
                rubric = self._rubric(self.lines[prev - 1].content + " " + note)
                if rubric:
                    return self.lines[prev - 1].start, rubric
        return line.start, ""

    def _free(self, index: int) -> bool:
        """Whether line ``index`` exists and is claimed by nothing: no provision started on it,
        no container or label took it, and no quotation ended after it."""
        return (index >= 0 and index not in self.started and index not in self.consumed
                and index >= self.quote_ended_at)

    def _two_line_note(self, first: int) -> bool:
        """Whether line ``first`` can open a marginal note wrapped onto the next line: free,
        short, capitalised, unpunctuated, after a break."""
        s = self._content(first) if self._free(first) else ""
        return bool(s) and _short_heading(s) and self._break_at(first - 1)

    def _rubric(self, s: str, index: Optional[int] = None) -> str:
        """A short title line printed above an article (Brazilian codes: "Anterioridade da Lei");
        ``index`` is the line's own index, when it is a single line."""
        if len(s) > nb.RUBRIC_MAX_CHARS:
            return ""
        if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
            # A caption in parentheses on its own line, after a break (Japanese Acts: "(Purpose)"); an
            # editorial note under the article before ("Artículo 295." / "(Suprimido)") is not one.
            if index is None or (index > 0 and self._content(index - 1)):
                return ""
            s = s[1:-1].strip()
        if not s or not s[0].isupper() or s.upper() == s:
            return ""
        core = s
        while _TRAILING_PAREN_NOTE.search(core) and "(" in core:
            stripped = _TRAILING_PAREN_NOTE.sub("", core)
            if stripped == core:
                break
            core = stripped
        if not core or core.endswith((".", ";", ":", ",")) or ". " in core or core[0].isdigit():
            return ""
        if len(core.split()) > 8 or self._looks_numbered(s) or self._match_container(s):
            return ""
        return core

    # ------------------------------------------------------------------ children
    def _child_tokens(self, s: str, offset: int = 0) -> list[_ChildToken]:
        """Numbering tokens at ``offset`` of a line: one, or a chain such as ``(8)(A)``."""
        rest = s[offset:]
        for rule in self.child_rules:
            if rule.name == "section_sign" and not self.sign_paragraphs:
                continue     # "§ 4." is a paragraph only in an article that numbers them so
            m = rule.pattern.match(rest)
            if not m:
                continue
            tok = m.group("tok")
            if rule.name == "paren":
                return self._paren_chain(rule, s, offset)
            style = rule.unit
            if style == "lower-paren" and len(tok) == 2:
                if tok[0] != tok[1]:
                    return []
                style = "double-lower-paren"
            printed = m.group(0).rstrip(" -–—.:") if style == "paragrafo" else _printed_token(rule, m)
            return [_ChildToken([style], tok, printed, offset)]
        return []

    @staticmethod
    def _paren_chain(rule: Rule, s: str, offset: int) -> list[_ChildToken]:
        # chained tokens: "(8)(A)", "(a) (i) If the communication"
        tokens: list[_ChildToken] = []
        pos = offset
        while len(tokens) < 5:
            if tokens and pos < len(s) and s[pos] == " ":
                pos += 1
            m = rule.pattern.match(s[pos:])
            if not m:
                break
            styles = nb.classify_paren(m.group("tok"))
            if not styles:
                break
            tokens.append(_ChildToken(styles, m.group("tok"), f"({m.group('tok')})", pos))
            pos += m.end()
        return tokens

    def _try_children(self, line: _Line) -> bool:
        tokens = self._child_tokens(line.content)
        if not tokens or not self._knows(tokens[0]):
            return False
        if tokens[0].styles == ["digit-space"]:
            # a bare number is an alinéa only in order ("1 ...", then "2 ..."), not a wrapped
            # line that happens to start with a number
            if int(tokens[0].token) != self.spaced_count + 1:
                return False
            self.spaced_count += 1
        if any(node.line_text == line.content for node in self.children):
            # the line of an open unit printed again (a running header at subsection level)
            self._text_line(line, counts_as_alinea=False)
            return True
        start, label = self._claim_label(line, top_level=False)
        self._open_chain(tokens, line, start, label)
        return True

    def _open_chain(self, tokens: list[_ChildToken], line: _Line, start: int, label: str) -> None:
        """Open the units of a line's numbering tokens ("(8)(A)"), as far as the tradition knows
        them: the first at ``start`` (where its marginal note ``label`` begins), the others at
        their own tokens."""
        for k, token in enumerate(tokens):
            if not self._knows(token):
                break
            at = start if k == 0 else line.body + token.offset
            self._open_child(token, line, at, heading=label if k == 0 else "")

    def _knows(self, token: _ChildToken) -> bool:
        return self.tradition is not None and any(s in self.tradition.units for s in token.styles)

    def _resolve_style(self, token: _ChildToken) -> str:
        """Pick the style of an ambiguous token such as ``(i)``: a letter or a roman numeral.

        ``(i)`` right after ``(h)`` is the letter; when ``(h)`` has open units below it,
        ``(i)`` is a numeral only where the innermost open unit is one that numerals
        number (a US subparagraph (A), a Canadian paragraph (a)), else the letter again.
        """
        known = [s for s in token.styles if s in self.tradition.units]
        if len(known) == 1:
            return known[0]
        roman, letter = known[0], known[1]
        tok = token.token.lower()
        previous = "".join(nb.previous_letter(c) for c in tok)
        deepest = self.children[-1] if self.children else None
        predecessor = next((n for n in self.children if n.style == letter and n.token.lower() == previous), None)
        if predecessor is not None:
            if deepest is predecessor:
                return letter
            if deepest.style == roman:
                return roman
            if deepest.style in self.roman_parents.get(roman, ()) or deepest.style in nb.roman_parents(
                    self.tradition.name, roman):
                return roman
            return letter
        if any(node.style == roman for node in self.children):
            return roman
        if tok in ("i", "ii"):
            return roman
        if any(node.style == letter for node in self.children):
            return letter
        return roman

    def _open_child(self, token: _ChildToken, line: _Line, start: int, heading: str = "") -> None:
        style = self._resolve_style(token)
        rank = self.tradition.ranks.get(style)
        self._nest(style, rank, start)
        if self.tradition.alineas:
            self.alinea_count += 1
        parent = self.children[-1] if self.children else self.top
        if style in (nb.PAREN_ROMAN, nb.PAREN_UPPER_ROMAN) and parent is not self.top:
            self.roman_parents.setdefault(style, set()).add(parent.style)
        unit = self.tradition.units[style]
        node = self._new_node(unit, token.printed, _child_id_num(style, token.printed), heading, start, parent,
                              prefix=parent.id, style=style, rank=rank, indent=line.indent, token=token.token,
                              line_text=line.content)
        self.children.append(node)
        self.started.add(line.index)

    def _nest(self, style: str, rank: Optional[int], pos: int) -> None:
        """Close the open children a new unit of ``style`` ends."""
        if rank is not None:
            keep = len(self.children)
            while keep and (self.children[keep - 1].rank is None or self.children[keep - 1].rank >= rank):
                keep -= 1
            self._close_children(pos, keep)
            return
        # nesting by first appearance: a style already open continues at its level
        for k in range(len(self.children) - 1, -1, -1):
            if self.children[k].style == style:
                self._close_children(pos, k)
                return

    # ------------------------------------------------------------------ plain lines
    def _text_line(self, line: _Line, counts_as_alinea: bool = True) -> None:
        if self.top is None:
            return
        s = line.content
        if (self.tradition.alineas and counts_as_alinea and not s.startswith("[")
                and not s.startswith("(+++")):
            # French codes number paragraphs as alinéas, unnumbered: count them.
            self.alinea_count += 1
            self._nest("alinea", self.tradition.ranks["alinea"], line.start)
            parent = self.children[-1] if self.children else self.top
            node = self._new_node("alinea", str(self.alinea_count), str(self.alinea_count), "", line.start, parent,
                                  prefix=parent.id, style="alinea", rank=self.tradition.ranks["alinea"])
            self.children.append(node)
            self.started.add(line.index)
            return
        # Without numbering, indentation is the only sign that a list has ended:
        # a line printed less indented than an open item continues its parent.
        while self.children and self.children[-1].indent > line.indent and self.children[-1] is not self.quoted:
            self.children.pop().end = line.start

    # ------------------------------------------------------------------ quoted amending text
    def _note_introducer(self, s: str) -> None:
        if self.top is not None and self.quoted is None and _introduces(s):
            self.quote_host = self.children[-1] if self.children else self.top

    def _open_quote(self, host: _Node, line: _Line) -> None:
        # close the host's open descendants; the quote is the host's last child
        keep = self.children.index(host) + 1 if host in self.children else 0
        self._close_children(line.start, keep)
        host.quotes += 1
        node = self._new_node("quoted", str(host.quotes), str(host.quotes), "", line.start, host, prefix=host.id,
                              style="quoted", indent=-1)
        node.quote_indent = line.indent
        self.children.append(node)
        self.quoted = node
        self.started.add(line.index)

    def _ends_quote(self, line: _Line, host: Optional[_Node] = None) -> bool:
        """Quoted text runs until the bill's next clause or its next amending instruction."""
        s = line.content
        if self.top_rule is not None and self.top_rule.name in ("schedule_item", "schedule_row"):
            # a schedule's next item (or row), its next schedule or the memorandum after it ends what an item inserts
            found = self._match_container(s)
            item = (nb.SCHEDULE_ITEM.match(s) if self._in_schedule() else None) or self._schedule_row(line)
            if (found and found[0].unit in ("schedule", "memorandum")) or item:
                return True
            if self.top_rule.name == "schedule_row" and nb.SCHEDULE_ROW_INSTRUCTION.match(s) and _introduces(s):
                return True     # the row's next instruction ("Insert the following new section ... after section 22—")
        clause = self.top
        if clause is not None and self.top_rule is not None:
            m = self.top_rule.pattern.match(s)
            n, current = (nb.leading_int(m.group("num")) if m else None), nb.leading_int(clause.number)
            if m and n is None and current is None:
                # an amending act's own articles in roman numerals: "ARTIKEL II" after "ARTIKEL I"
                n, current = nb.roman_int(m.group("num")), nb.roman_int(clause.number)
            # Bills number their clauses 1, 2, 3: a decimal number ("3.1") in quoted text is a
            # section of the amended Act being inserted, not the bill's next clause.
            # "4º" (a Brazilian ordinal) is a whole number too, and so is a Colombian "4o".
            whole = m is not None and re.fullmatch(r"\d+[º°ªo]?\.?|[IVXLC]+", m.group("num").strip()) is not None
            if m and self.top_rule.name == "es_article_word":
                # "ARTÍCULO SEGUNDO.-" after "ARTÍCULO PRIMERO.-": the decree's next article
                whole, n, current = True, nb.word_ordinal(m.group("num")), nb.word_ordinal(clause.number)
            if m and whole and n is not None and current is not None and current < n <= current + 2:
                if self.top_rule.name != "bare_section" or m.group("alone") is None:
                    return True
        tokens = self._child_tokens(s)
        if tokens and self._knows(tokens[0]) and nb.AMENDMENT_INSTRUCTION.search(s[:300]):
            return True
        if _INSTRUCTION_LETTER.match(s) and _introduces(self._content(self._nonblank_below(line.index))):
            # Dutch amending acts letter their instructions on a line of their own ("A", then
            # "Artikel 54a erhält folgende Fassung:"): the letter is the act's again.
            return True
        # After text that closed its quotation marks, a part or chapter heading or the bill's
        # next numbered item belongs to the bill ("... unidades reajustables."" then "CAPÍTULO
        # III"; "... ans. » ;" then "2° L'article ..."); inside an open quote they are part of
        # what the bill inserts.
        # So is a line that introduces the next amending text ("Dos. El artículo 183 pasa a tener
        # el texto siguiente:" after "... su muerte.»").
        if _CLOSING_QUOTE.search(self._previous_content(line.index)) and not _OPENING_QUOTE.match(s):
            if self._match_container(s) or (tokens and self._knows(tokens[0])):
                return True
            # A bill that indents what it inserts: the first line back at the margin is the bill's
            # again ("   ... from the last act." then "Passed by the House of Representatives ...").
            quoted = host if host is not None else self.quoted
            if quoted is not None and 0 < quoted.quote_indent and line.indent == 0:
                return True
            provision = self._match_provision(line)
            if provision is not None and provision.rule.strong:
                return True
            if _introduces(s):
                return True
        return False

    def _previous_content(self, index: int) -> str:
        """The nearest non-blank line above line ``index``."""
        return self._content(self._nonblank_above(index))

    def _end_quote_before(self, line: _Line) -> None:
        quoted = self.quoted
        k = self.children.index(quoted)
        self._close_children(line.start, k)
        self.quoted = None
        self.quote_ended_at = line.index

    # ------------------------------------------------------------------ output
    def _provisions(self) -> list[Provision]:
        text = self.text
        out: list[Provision] = []
        first_start = self.nodes[0].start if self.nodes else len(text)
        if first_start > 0 or not self.nodes:
            if text:
                out.append(Provision("preamble", "preamble", "", "", None, 0, first_start, text[:first_start]))
        for node in self.nodes:
            end = node.end if node.end is not None else len(text)
            parent = node.parent.id if node.parent is not None else None
            out.append(Provision(node.id, node.unit, node.number, node.heading, parent, node.start, end,
                                 text[node.start:end]))
        return out


# ---------------------------------------------------------------------- helpers

def _short_heading(s: str) -> bool:
    """A line that reads as a marginal heading: capitalised, short, no closing punctuation."""
    return s[:1].isupper() and len(s.split()) <= 12 and not s.endswith((".", ",", ";", ":", "—", "-"))


def _note_without_period(s: str) -> str:
    """Maltese and Caribbean marginal notes end with a period ("Short title.", "Solicitation of
    minors for sexual purposes."): the note without it; any other line as it is."""
    return s[:-1] if s.endswith(".") and s.count(".") == 1 else s


def _is_marginal_note(s: str) -> bool:
    return (bool(nb.MARGINAL_NOTE.match(s)) and not nb.EDITORIAL_NOTE.match(s)) or bool(nb.LABELLED_NOTE.match(s))


def _marginal_heading(s: str) -> str:
    """The heading a marginal note gives: "[Defence]" or "Marginal note:Defence" -> "Defence"."""
    m = nb.MARGINAL_NOTE.match(s) or nb.LABELLED_NOTE.match(s)
    return m.group("heading").strip()


def _introduces(s: str) -> bool:
    """Whether a line introduces quoted amending text ("... is amended by adding the following:").
    The introducing words close the line: only its end is looked at (keeps long lines linear),
    and only when it ends with a colon or a dash, as AMENDMENT_INTRODUCER requires."""
    tail = s[-300:].rstrip()
    if tail.endswith((":-", ":—", ":–")):
        tail = tail[:-1]    # Pacific, older Commonwealth and South Asian drafting: "the following new section:-", "namely:—"
    elif tail.endswith(" -"):
        tail = tail[:-2] + "—"    # Mauritian drafting: "by inserting the following new article after article 80 -"
    return tail.endswith(_INTRODUCER_ENDS) and nb.AMENDMENT_INTRODUCER.search(tail) is not None


def _plausible_german_heading(rest: str) -> bool:
    """``§ 54 Absatz 4 gilt entsprechend.`` is a sentence, ``§ 54 Verjährung`` a heading."""
    if rest.endswith((".", ";", ",", ":")):
        return False
    first = rest.split()[0]
    if first in nb.DE_REFERENCE_WORDS:
        return False
    return not first[0].islower()


def _inline_heading(rest: str) -> str:
    """The heading printed on a provision's own line before its text, if there is one:
    ``Short Title . — This Act ...`` -> ``Short Title``; ``Territorialidad. La ley ...`` -> ``Territorialidad``."""
    rest = rest.strip()
    if not rest or rest.startswith("["):
        return ""
    m = _HEADING_DASH.search(rest)
    if m and m.start() > 0 and len(rest[:m.start()].split()) <= 15:
        return rest[:m.start()].strip(" .")
    if ". " in rest:
        head, after = rest.split(". ", 1)
        if after[:1].isdigit():
            return ""   # "Las penas de los Artos. 180 a 185 ...": an abbreviation before a number, no heading
        return head.strip() if len(head.split()) <= 12 and ":" not in head else ""
    if rest.endswith((":", ";", ",")):
        return ""
    if rest.endswith("."):
        return rest.rstrip(".").strip() if len(rest.split()) <= 12 else ""
    return rest if len(rest.split()) <= 20 else ""


_NOT_HEADING_END = frozenset({"who", "that", "which", "of", "the", "a", "an", "to", "and", "or", "if", "in", "by",
                              "for", "with", "any", "is", "are", "may", "shall", "must"})


def _bare_heading(rest: str) -> str:
    """The heading of a UK-style section line ("160 Summary offence of possession"): the rest of the
    line when it reads as a title -- short, not ending in punctuation or mid-phrase."""
    rest = rest.strip()
    if not rest or rest.startswith("[") or rest.endswith((".", ":", ";", ",", "—", "–", "-")):
        return ""
    words = rest.split()
    if len(words) > 12 or words[-1].lower() in _NOT_HEADING_END:
        return ""
    return rest


_SENTENCE_OPENERS = frozenset({"This", "These", "The", "A", "An", "Every", "Any", "No", "Where", "If", "In", "Subject",
                               "Nothing", "Each", "Whoever", "It"})
_NOT_IN_HEADING = frozenset({"shall", "may", "must", "is", "are", "was", "were", "has", "have", "will", "commits",
                             "means", "includes", "applies", "apply"})


def _heading_with_colon(rest: str) -> str:
    """The heading of a South Asian-style section line, its title closed by a colon and its text
    run on ("17. Limitation: Notwithstanding anything ...", "3. Prohibition of sale of children: (1)
    No person shall ..."): a short capitalised title with no verb of a rule, then a capital or "(1)"."""
    title, colon, after = rest.strip().partition(": ")
    if not colon or not title[:1].isupper() or not (after[:1].isupper() or after.startswith("(")):
        return ""
    words = title.split()
    if len(words) > 10 or words[0] in _SENTENCE_OPENERS or any(w.lower() in _NOT_IN_HEADING for w in words):
        return ""
    return "" if any(c in title for c in "();,.") else title


def _heading_with_period(rest: str, next_line: str) -> str:
    """The heading of an East African or Indian-style section line that ends its title with a
    period ("23G. Attempt and abetment." then "(1) A person who ..."): a short capitalised title
    with no other period, no bracket (a schedule's "1. An offence under section 3 (producing ...).")
    and no opening or verb of a rule ("12. This Act applies to ...", "4. The Minister may ..." are one-line
    sections), followed by the section's text on the next line."""
    rest = rest.strip()
    title = _note_without_period(rest)
    if (title == rest or not rest[:1].isupper() or "(" in rest or not next_line or next_line[:1].islower()):
        return ""
    words = title.split()
    if len(words) > 12 or words[0] in _SENTENCE_OPENERS or any(w.lower() in _NOT_IN_HEADING for w in words):
        return ""
    return _bare_heading(title)


def _printed_token(rule: Rule, m: re.Match) -> str:
    printed = m.group(0).strip()
    if rule.name == "roman_dash":
        return m.group("tok")
    if rule.name == "roman_dot_dash":
        return m.group("tok") + "."
    return printed


def _child_id_num(style: str, printed: str) -> str:
    if style == "paragrafo":
        digits = re.search(r"\d+", printed)
        roman = re.search(r"\b[IVXLC]+\b", printed)     # Dominican "Párrafo II.-"
        return digits.group() if digits else roman.group() if roman else "unico"
    return nb.id_number(printed)


# ---------------------------------------------------------------------- public API

def split(document: Document) -> list[Provision]:
    """Return the provisions of ``document`` in document order, parents before children.

    Ids come from the numbering path (``sec_163.1__subsec_4.1__para_a``), so the same
    provision keeps its id across runs and across versions of the text; text before
    the first provision is a ``preamble``. Call it after ``read`` and before ``link``.
    """
    splitter = _Splitter(document)
    provisions = splitter.run()
    if _reads_little(document, provisions):
        # A text with no provisions of its own may quote those of a law (a prosecutors' circular).
        quoting = _Splitter(document, read_quoted=True)
        with_quoted = quoting.run()
        if _coverage(with_quoted) > _coverage(provisions):
            splitter, provisions = quoting, with_quoted
    fallback = _fallback(document, provisions, splitter.lines)
    if fallback is not None:
        with_fallback = _Splitter(document, fallback).run()
        if _coverage(with_fallback) > _coverage(provisions):
            provisions = with_fallback
    return _with_inserted_structure(document, provisions, QUOTE_DEPTH)


def comparison_blocks(text: str) -> list[tuple[int, int]]:
    """The wording in force printed in a comparative table (``nb.COMPARISON_IN_FORCE``): from its
    label to the end of the label of the proposed wording that follows it. The text replaces that
    wording: the splitter opens no provision in it and the classifier reads nothing of it.
    A label of the wording in force with no label of the proposed wording after it (before the
    next label of the wording in force, within ``nb.COMPARISON_MAX_LINES`` lines) is left as text."""
    labels: list[tuple[int, int, int, bool]] = []    # (line number, start, end, in force?)
    pos, number = 0, 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if end - pos <= 60:
            line = text[pos:end]
            if nb.COMPARISON_IN_FORCE.match(line):
                labels.append((number, pos, end, True))
            elif nb.COMPARISON_PROPOSED.match(line):
                labels.append((number, pos, end, False))
        if nl < 0:
            break
        pos, number = nl + 1, number + 1
    blocks = []
    for (line, start, _, in_force), (next_line, _, next_end, next_in_force) in zip(labels, labels[1:]):
        if in_force and not next_in_force and next_line - line <= nb.COMPARISON_MAX_LINES:
            blocks.append((start, next_end))
    return blocks


def _reads_little(document: Document, provisions: list[Provision]) -> bool:
    """Whether the rules read less than ``nb.GENERIC_MIN_COVERAGE`` of a text that is no fragment
    (``nb.GENERIC_MIN_CHARS``) as sections or articles."""
    text = document.text
    return len(text) >= nb.GENERIC_MIN_CHARS and _coverage(provisions) < nb.GENERIC_MIN_COVERAGE * len(text)


def _coverage(provisions: list[Provision]) -> int:
    """How many characters the sections and articles hold (before quoted text is split)."""
    return sum(p.end - p.start for p in provisions if p.unit in nb.TOP_LEVEL_UNITS)


def _fallback(document: Document, provisions: list[Provision], lines: list[_Line]) -> Optional[_Fallback]:
    """The run of numbered lines to read as provisions when the rules read less than
    ``nb.GENERIC_MIN_COVERAGE`` of a text as sections or articles; None when they read enough,
    when the text is a fragment, or when no run is long enough (see ``nb.GENERIC_LINE``)."""
    text = document.text
    if not _reads_little(document, provisions):
        return None
    runs: dict[tuple, list] = {}       # shape -> [best run, current run, last number's key and value]
    for line in lines:
        m = nb.GENERIC_LINE.match(line.content)
        if m is None:
            continue
        keyword = m.group("kw").strip().rstrip(".").lower()
        shape = (keyword, re.sub(r"[\s–—]", "-", m.group("sep") or "").replace("--", "-"))
        key, n = nb.number_key(m.group("num")), nb.leading_int(m.group("num"))
        best, current, last = runs.setdefault(shape, [[], [], None])
        if last is None or not (last[0] < key and n - last[1] <= nb.GENERIC_MAX_STEP):
            current = []
        current.append(line.index)
        if len(current) > len(best):
            best = current
        runs[shape] = [best, current, (key, n)]
    if not runs:
        return None
    # a keyword is better evidence than a bare number: it wins unless the bare run is twice as long
    shape, (best, _, _) = max(runs.items(), key=lambda item: (len(item[1][0]) * (2 if item[0][0] else 1), item[0]))
    if len(best) < nb.GENERIC_MIN_RUN:
        return None
    keyword = shape[0]
    lang = document.lang if document.lang in nb.LANGS else "en"
    unit = "section" if keyword in nb.GENERIC_SECTION_KEYWORDS or (not keyword and lang == "en") else "article"
    tradition = "commonwealth" if unit == "section" and lang == "en" else nb.GENERIC_TRADITION[lang]
    rule = replace(nb.GENERIC_RULE, unit=unit, tradition=tradition, strong=bool(keyword))
    return _Fallback(rule, frozenset(best))


QUOTE_DEPTH = 2   # quoted text inside quoted text is split too, once; deeper quotes stay whole


def _with_inserted_structure(document: Document, provisions: list[Provision], depth: int) -> list[Provision]:
    """Text that a bill or an amending law inserts between quotes ("Art. 241-F. ...",
    “12A Sexual extortion ...”) is numbered in the amended law's own way: split on its own,
    its articles, sections and their subdivisions become provisions below the quote, their
    ids prefixed with the quote's (``art_14__quoted_1__art_241-F__subsec_1``)."""
    if depth <= 0 or not any(p.unit == "quoted" for p in provisions):
        return provisions
    out: list[Provision] = []
    for quote in provisions:
        out.append(quote)
        if quote.unit != "quoted":
            continue
        inner = Document(document.path, document.name, document.sha256, document.format,
                         _OPENING_QUOTE.sub(lambda m: m.group(1) + " ", quote.text), document.lang)
        inserted = _with_inserted_structure(inner, _Splitter(inner).run(), depth - 1)
        for p in inserted:
            if p.unit == "preamble":
                continue
            start, end = quote.start + p.start, quote.start + p.end
            out.append(Provision(f"{quote.id}__{p.id}", p.unit, p.number, p.heading,
                                 f"{quote.id}__{p.parent}" if p.parent else quote.id,
                                 start, end, document.text[start:end]))
    return out


def _snippet(text: str, width: int = 60) -> str:
    """The first words of ``text``, white space collapsed, cut to ``width`` characters with "…".

    Only a growing prefix is collapsed, so a provision of 50 MB costs no more than a short one.
    """
    size = 4 * width
    while True:
        head = " ".join(text[:size].split())
        if len(head) > width or size >= len(text):
            break
        size *= 4
    return head[:width - 1] + "…" if len(head) > width else head


def render_text(document: Document, provisions: list[Provision]) -> str:
    """An indented outline of ``provisions``, one line each: id, unit, number, heading and
    the first words of the text -- what ``gapcheck split`` prints for a person to check."""
    depth: dict[str, int] = {}
    lines = []
    for p in provisions:
        d = depth[p.parent] + 1 if p.parent in depth else 0
        depth[p.id] = d
        snippet = _snippet(p.text)
        label = f"{p.unit} {p.number}".strip()
        heading = f" [{p.heading}]" if p.heading else ""
        lines.append(f"{'  ' * d}{p.id}  ({label}){heading}  {snippet}")
    return "\n".join(lines)
