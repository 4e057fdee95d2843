"""Reports (``gapcheck.report``): golden files compared whole, escaping of hostile statutes, CSV
safety, the self-contained HTML page, and the CLI formats.

Golden files live in ``tests/golden/report/``. The verdicts come from the classifier, which is
being tuned, so after a deliberate change regenerate them and review the diff:

    GAPCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_report.py
"""
import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from gapcheck.analysis import analyze, to_dict, to_json
from gapcheck.cli import main
from gapcheck.diff import check_bill
from gapcheck.report import (CSP, CSV_COLUMNS, HEADLINE, render, render_bill, render_csv, safe_cell,
                             script_json, snippet, write_csv)

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "report"
ACT = "laws/avalonia/child-online-protection-act.txt"
BILL_DOCX = "laws/avalonia/child-online-protection-amendment-bill.docx"
REGEN = os.environ.get("GAPCHECK_REGEN_GOLDEN") == "1"

# A statute that tries to run script in whoever opens its report. The payloads build their
# marker ("PWNED", "data-owned") at run time, so the words appear only if the script runs.
HOSTILE_NAME = "act <img src=x onerror=alert(1)>.txt"
HOSTILE_TEXT = """EVIL CHILD PROTECTION ACT

1 In this Act, "child" means a person under the age of 18 years; "child sexual abuse material" means any photograph, film or computer-generated image <img src=x onerror="document.title='PW'+'NED'"> that depicts a child engaged in explicit sexual activity.

2 (1) Every person who makes, distributes or possesses child sexual abuse material <script>document.title='PW'+'NED';document.documentElement.setAttribute('data-'+'owned','yes')</script> is guilty of an indictable offence and liable to imprisonment for a term of not more than ten years.
(2) A body corporate is guilty of an offence =HYPERLINK("http://evil.example") under subsection (1) and liable to a fine.
"""


@pytest.fixture(scope="session")
def avalonia():
    """The Avalonia Act analysed once, from the repository root so document paths are relative."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return analyze([ACT])


@pytest.fixture(scope="session")
def bill_check():
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return check_bill([ACT], [BILL_DOCX])


@pytest.fixture(scope="session")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / HOSTILE_NAME
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    return analyze([path])


# ---------------------------------------------------------------------------------------------
# Golden files, compared whole
# ---------------------------------------------------------------------------------------------

def _golden(name: str, got: str) -> None:
    path = GOLDEN / name
    data = got.encode("utf-8")
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"run GAPCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_report.py to create {path.name}"
    assert data.decode("utf-8") == path.read_bytes().decode("utf-8"), (
        f"{path.name} differs; if the change is intended, regenerate with "
        "GAPCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_report.py and review the diff")


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_golden_country_profile(avalonia, fmt):
    _golden(f"avalonia-act.{fmt}", render(avalonia, fmt))


def test_golden_bill_check(bill_check):
    _golden("avalonia-bill-check.md", render_bill(bill_check, "md"))


def test_json_is_the_analysis_contract(avalonia):
    assert render(avalonia, "json") == to_json(avalonia)


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------

def test_markdown_headline_first_and_citation(avalonia):
    md = render(avalonia, "md")
    table = [line.split("|")[1].strip() for line in md.split("| requirement | status |", 1)[1].splitlines()[2:]
             if line.startswith("| ")]
    assert table[:3] == list(HEADLINE)
    assert len(table) == len(avalonia.verdicts)
    assert avalonia.rubric.sha256 in md and avalonia.documents[0].sha256 in md
    for v in avalonia.verdicts:
        assert f"### {v.requirement.id} — " in md


def test_markdown_marks_the_matched_words_in_context(avalonia):
    md = render(avalonia, "md")
    quoted = [line for line in md.splitlines() if line.lstrip().startswith("> ")]
    assert quoted and all("**" in line for line in quoted)


# ---------------------------------------------------------------------------------------------
# Snippets: the provision text with the matched span marked
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, spans, expected", [
    ("a  b\n c", [(3, 4, "supports")], [("a ", None), ("b", "supports"), (" c", None)]),
    ("abcdef", [(1, 3, "supports"), (2, 5, "narrows")], [("a", None), ("bcde", "narrows"), ("f", None)]),
    ("  lead", [(2, 6, "supports")], [("lead", "supports")]),
    ("no spans", [], [("no spans", None)]),
    ("bad span", [(5, 99, "supports")], [("bad span", None)]),
], ids=["whitespace", "overlap", "leading-space", "none", "out-of-range"])
def test_snippet(text, spans, expected):
    assert snippet(text, spans) == expected


def test_snippet_of_a_long_provision_keeps_context_around_each_span():
    words = [f"w{i}" for i in range(400)]
    text = " ".join(words)
    first, second = text.index("w10 "), text.index("w300 ")
    pieces = snippet(text, [(first, first + 3, "supports"), (second, second + 4, "contradicts")], margin=30)
    joined = "".join(t for t, _ in pieces)
    assert [t for t, p in pieces if p] == ["w10", "w300"]
    assert joined.startswith("w0 ") and " … " in joined and joined.endswith(" …")
    assert len(joined) < 200


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------

def test_csv_rows_per_requirement_and_evidence(avalonia):
    text = render_csv(avalonia)
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")   # RFC 4180 line ends
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == sum(max(1, len(v.evidence)) for v in avalonia.verdicts)
    order = list(dict.fromkeys(r[0] for r in rows[1:]))
    assert order[:3] == list(HEADLINE) and sorted(order) == sorted(v.requirement.id for v in avalonia.verdicts)
    without = [v.requirement.id for v in avalonia.verdicts if not v.evidence]
    for rid in without:
        row = next(r for r in rows if r[0] == rid)
        assert row[3:] == [""] * (len(CSV_COLUMNS) - 3)


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\r=1", "'\r=1"), ("plain", "plain"), ("a=b", "a=b"), (None, ""), (1.5, "1.5"),
])
def test_csv_cells_cannot_become_formulas(cell, expected):
    assert safe_cell(cell) == expected


def test_csv_round_trips_quotes_commas_and_newlines():
    awkward = ['say "hi", then\nleave', "=1+1"]
    rows = list(csv.reader(io.StringIO(write_csv([awkward], ["a", "b"]), newline="")))
    assert rows == [["a", "b"], ['say "hi", then\nleave', "'=1+1"]]


def test_csv_of_a_hostile_statute(hostile):
    rows = list(csv.reader(io.StringIO(render_csv(hostile), newline="")))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


# ---------------------------------------------------------------------------------------------
# HTML: escaping, self-containment, structure
# ---------------------------------------------------------------------------------------------

class _Tags(HTMLParser):
    """Every start tag of a page, with its attributes, and the text inside each <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


EXTERNAL = re.compile(r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.I)


def _assert_self_contained(page: str) -> None:
    parser = _parse(page)
    assert not EXTERNAL.search(page), EXTERNAL.search(page)
    csp = [a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp == [CSP]
    assert csp[0].startswith("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:")
    for tag, attrs in parser.tags:
        assert tag not in ("link", "iframe", "object", "embed", "img", "base", "form"), tag
        assert "src" not in attrs or attrs["src"].startswith("data:")
    assert "@import" not in page and "url(" not in page


def test_html_escapes_statute_text_and_file_names(hostile):
    page = render(hostile, "html")
    parser = _parse(page)
    # no tag or event handler from the statute made it into the markup
    assert [t for t, _ in parser.tags].count("script") == 2
    assert [a.get("type") for a, _ in parser.scripts] == ["application/json", None]
    assert not [(t, k) for t, attrs in parser.tags for k in attrs if k.lower().startswith("on")]
    assert "<img" not in page.lower() and "<script>document" not in page
    # ... yet the text is there, as text, marked in context
    assert "&lt;script&gt;document.title=&#x27;PW&#x27;+&#x27;NED&#x27;" in page
    assert "act &lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert "PWNED" not in page
    # the embedded data can end no element and start no markup, and still says what the statute said
    data = parser.scripts[0][1]
    assert "<" not in data and ">" not in data and "&" not in data
    decoded = json.loads(data)
    assert decoded == json.loads(json.dumps(to_dict(hostile)))
    assert any("<script>" in p.text for ps in hostile.provisions.values() for p in ps)
    _assert_self_contained(page)


def test_markdown_and_text_escape_statute_text(hostile):
    md = render(hostile, "md")
    assert "<script" not in md and "<img" not in md and "&lt;script&gt;" in md
    text = render(hostile, "text")
    assert "gapcheck" in text


def test_script_json_escapes_markup_characters():
    text = script_json({"q": "</script><b>&\u2028"})
    assert text == '{"q":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028"}'
    assert json.loads(text) == {"q": "</script><b>&\u2028"}


def test_html_country_profile_structure(avalonia):
    page = render(avalonia, "html")
    _assert_self_contained(page)
    parser = _parse(page)
    rows = [a for t, a in parser.tags if t == "tr" and "data-status" in a]
    assert len(rows) == len(avalonia.verdicts)
    sections = [a["id"] for t, a in parser.tags if t == "section" and "requirement" in a.get("class", "")]
    assert sections[:3] == [f"req-{h}" for h in HEADLINE]
    assert len(sections) == len(avalonia.verdicts)
    filters = sorted(a["data-filter-status"] for t, a in parser.tags if "data-filter-status" in a)
    assert filters == ["contradicted", "covered", "missing", "partial"]
    assert "@media print" in page and "<mark" in page
    assert sum(1 for t, a in parser.tags if t == "g" and "req" in a.get("class", "")) == len(avalonia.verdicts)
    assert any(t == "path" and "edge" in a.get("class", "") for t, a in parser.tags)
    assert avalonia.rubric.sha256 in page and avalonia.documents[0].sha256 in page
    gaps = [v for v in avalonia.verdicts if v.status != "covered"]
    assert page.count('class="guidance"') == len(gaps)      # every gap has the rubric's drafting guidance
    assert all(e.startswith("<strong>Drafting guidance.</strong> ") for e in page.split('class="guidance">')[1:])


def test_html_shows_via_chains(avalonia):
    if not any(e.via for v in avalonia.verdicts for e in v.evidence):
        pytest.skip("no evidence reached through a definition or reference in this analysis")
    assert 'class="chain"' in render(avalonia, "html")


def test_bill_check_html(bill_check):
    page = render_bill(bill_check, "html")
    _assert_self_contained(page)
    for heading in ("What the bill makes worse", "Gaps the bill closes or narrows", "Gaps it leaves open"):
        assert heading in page
    assert "child-online-protection-amendment-bill.docx" in page


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, marker", [("html", "<!DOCTYPE html>"), ("csv", "requirement,title,status"),
                                         ("md", "# gapcheck country profile")])
def test_cli_analyze_formats(tmp_path, monkeypatch, fmt, marker):
    monkeypatch.chdir(ROOT)
    out = tmp_path / f"profile.{fmt}"
    result = CliRunner().invoke(main, ["analyze", ACT, "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(marker)
    again = CliRunner().invoke(main, ["analyze", ACT, "--format", fmt, "--output", str(out)])
    assert again.exit_code == 1
    assert f"Error: {out}: already exists; pass --force to overwrite it" in again.output


def test_cli_diff_html_reads_the_docx_bill(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "bill.html"
    result = CliRunner().invoke(main, ["diff", "--law", ACT, "--bill", BILL_DOCX, "--format", "html",
                                       "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "Bill check" in out.read_text(encoding="utf-8")


def test_cli_rejects_an_unknown_format(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["analyze", ACT, "--format", "pdf"])
    assert result.exit_code == 2 and "'pdf' is not one of" in result.output
