"""Bad input never reaches a user as a traceback (issue 7): through the CLI, every refusal is
one line ``Error: <file>: <problem>`` and a non-zero exit.

Each case is a file (or an option) a user could plausibly pass by mistake, or one built to
attack the reader: empty and binary files, undecodable bytes, a 50 MB line, malformed XML,
external entities and entity bombs, damaged Word and PDF files, a rubric that tries to run
a command.  The cases run for ``gapcheck split`` and a representative subset for
``gapcheck analyze``.  Every input is generated in tmp_path.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from gapcheck import read as reader
from gapcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ACT = ROOT / "laws" / "avalonia" / "child-online-protection-act.txt"
RUBRIC = ROOT / "rubric"

EN = ("1. Any person who makes or distributes child sexual abuse material is guilty of an "
      "offence and liable to imprisonment for a term of not more than ten years.\n")


# --- inputs ---------------------------------------------------------------------------

def _docx(text: str = EN) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_with(part: str, edit) -> bytes:
    """A valid .docx whose ``part`` is replaced by ``edit(part's bytes)``."""
    source = zipfile.ZipFile(io.BytesIO(_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, edit(data) if name == part else data)
    return buffer.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


_LAUGHS = ('<!ENTITY a "lol">'
           + "".join(f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi")))
BOMB_XML = (f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [{_LAUGHS}]>\n'
            '<akomaNtoso><act><body><p>&i;</p></body></act></akomaNtoso>\n').encode()


def _xxe_xml(secret: Path) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
            '<akomaNtoso><act><body><section><num>1.</num><content><p>&xxe;</p></content>'
            '</section></body></act></akomaNtoso>\n').encode()


def _xxe_docx(secret: Path) -> bytes:
    return _docx_with("word/document.xml", lambda data: data.replace(
        b"<w:document", f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n<w:document'
        .encode(), 1).replace(b"Any person", b"&xxe; Any person"))


def _bomb_docx() -> bytes:
    return _docx_with("word/document.xml", lambda data: data.replace(
        b"<w:document", f"<!DOCTYPE w:document [{_LAUGHS}]>\n<w:document".encode(), 1)
        .replace(b"Any person", b"&i; Any person"))


SECRET = "gapcheck-secret-3f9a1c"

# name, content (bytes, or a function of the secret file's path), words the problem names
STATUTE_CASES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\n   \r\n", "white space"),
    ("random.bin", bytes(range(256)) * 40, "binary"),
    ("random.txt", os.urandom(4096) + b"\x00", "binary"),
    ("nul.txt", EN.encode() + b"\x00\x00\x00" + EN.encode(), "NUL"),
    ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50 + EN.encode(), "binary"),
    ("undecodable.txt", EN.encode() + b"\x81\x8d\x8f\x90\x9d" + EN.encode(), "neither UTF-8 nor Windows-1252"),
    ("bad-bom.txt", b"\xff\xfe\x00\xd8" + "x".encode("utf-16-le"), "byte-order mark"),
    ("malformed.xml", b'<?xml version="1.0"?><akomaNtoso><act><body>', "not well-formed XML"),
    ("unknown.xml", b'<?xml version="1.0"?><plist><dict/></plist>', "unsupported XML vocabulary"),
    ("xxe.xml", _xxe_xml, "DOCTYPE"),
    ("bomb.xml", BOMB_XML, "DOCTYPE"),
    ("deep.xml", b'<?xml version="1.0"?><akomaNtoso>' + b"<b>" * 100_000 + b"</b>" * 100_000
     + b"</akomaNtoso>", "nested too deeply"),
    ("not-a-zip.docx", b"Word document? No.", "not a valid .docx"),
    ("truncated.docx", lambda secret: _docx()[:700], "not a valid .docx"),
    ("no-document.docx", lambda secret: _zip({"hello.txt": b"hello"}), "not a valid .docx"),
    ("broken-part.docx", lambda secret: _docx_with("word/document.xml", lambda d: d[:len(d) // 2]),
     "not a valid .docx"),
    ("xxe.docx", _xxe_docx, "DOCTYPE"),
    ("bomb.docx", lambda secret: _bomb_docx(), "DOCTYPE"),
    ("scan.pdf", lambda secret: _blank_pdf(), "no text layer"),
    ("truncated.pdf", lambda secret: _blank_pdf()[:300], "not a readable PDF"),
    ("fake.pdf", b"%PDF-1.7\n" + os.urandom(2048), "not a readable PDF"),
    ("document.rtf", b"{\\rtf1\\ansi Any person}", "RTF"),
    ("short.txt", b"Section 12 (a)", "could not detect the language"),
]
ANALYZE_CASES = ["empty.txt", "random.bin", "undecodable.txt", "malformed.xml", "xxe.xml",
                 "bomb.xml", "not-a-zip.docx", "xxe.docx", "scan.pdf", "short.txt"]


@pytest.fixture
def secret(tmp_path) -> Path:
    """A file that a hostile input tries to read; its content must never be output."""
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def _statute(tmp_path: Path, secret: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_bytes(content(secret) if callable(content) else content)
    return path


def invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_error_line(result, *names: str, problem: str = "") -> str:
    """The run failed with exactly one line ``Error: ...`` naming ``names`` and ``problem``."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), f"an exception escaped: {result.exception!r}"
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 1, f"expected one line, got:\n{result.output}"
    line = lines[0]
    assert line.startswith("Error: "), line
    for name in names:
        assert name in line, f"{name!r} not named in: {line}"
    assert problem in line, f"{problem!r} not in: {line}"
    assert SECRET not in result.output
    return line


# --- gapcheck split -----------------------------------------------------------------------

@pytest.mark.parametrize("name, content, problem", STATUTE_CASES, ids=[c[0] for c in STATUTE_CASES])
def test_split_refuses_bad_statute_files(tmp_path, secret, name, content, problem):
    path = _statute(tmp_path, secret, name, content)
    assert_one_error_line(invoke("split", path), str(path), problem=problem)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_split_refuses_a_missing_file(tmp_path, fmt):
    path = tmp_path / "missing.txt"
    assert_one_error_line(invoke("split", path, "--format", fmt), str(path), problem="no such file")


def test_split_refuses_a_directory(tmp_path):
    assert_one_error_line(invoke("split", tmp_path), str(tmp_path), problem="is a directory")


@pytest.mark.parametrize("lang", ["xx", "it", "", "english-please"])
def test_split_refuses_an_unknown_language(tmp_path, lang):
    path = _statute(tmp_path, None, "act.txt", EN.encode())
    assert_one_error_line(invoke("split", path, "--lang", lang), str(path), problem="language")


def test_split_refuses_a_file_over_the_size_limit_before_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:          # sparse: no 50 MB are written
        handle.truncate(reader.MAX_BYTES + 1)
    assert_one_error_line(invoke("split", path), str(path), problem="the limit is 50 MB")


def test_split_reads_a_50_mb_line_in_bounded_memory(tmp_path):
    """A 50 MB single-line file (just under the limit) is read and split, not refused; the
    splitter works line by line, so its memory stays a small multiple of the text."""
    import tracemalloc

    sentence = b"Any person who makes child sexual abuse material is guilty of an offence. "
    path = tmp_path / "one-line.txt"
    path.write_bytes(sentence * (50_000_000 // len(sentence)))
    tracemalloc.start()
    try:
        result = invoke("split", path, "--lang", "en", "--format", "text")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code == 0, result.output
    assert result.output.startswith("preamble")
    assert peak < 6 * path.stat().st_size, f"peak {peak / 2**20:.0f} MiB"


# --- gapcheck analyze -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ANALYZE_CASES)
def test_analyze_refuses_bad_statute_files(tmp_path, secret, name):
    _, content, problem = next(case for case in STATUTE_CASES if case[0] == name)
    path = _statute(tmp_path, secret, name, content)
    assert_one_error_line(invoke("analyze", path, "--format", "json"), str(path), problem=problem)


def test_analyze_names_the_bad_file_among_good_ones(tmp_path):
    bad = _statute(tmp_path, None, "bad.txt", b"\x00\x01\x02" * 100)
    for jobs in ("1", "2"):
        line = assert_one_error_line(invoke("analyze", ACT, bad, "--jobs", jobs, "--format", "json"),
                                     str(bad), problem="binary")
        assert str(ACT) not in line


def test_analyze_refuses_missing_files_and_directories(tmp_path):
    assert_one_error_line(invoke("analyze", tmp_path / "missing.txt"), "missing.txt", problem="no such file")
    assert_one_error_line(invoke("analyze", tmp_path), str(tmp_path), problem="is a directory")


def test_analyze_refuses_an_unknown_language(tmp_path):
    assert_one_error_line(invoke("analyze", ACT, "--lang", "xx"), str(ACT), problem="unknown language 'xx'")


def test_analyze_refuses_a_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(reader.MAX_BYTES + 1)
    assert_one_error_line(invoke("analyze", path), str(path), problem="the limit is 50 MB")


def test_a_section_longer_than_the_pipeline_limit_goes_in_pieces(tmp_path, monkeypatch):
    # Sections reach the spaCy pipeline in pieces no longer than PIECE, which must stay below the
    # pipeline's max_length; shown here with a small PIECE on a long single-section file.
    from gapcheck import classify
    from gapcheck.nlp import pipeline
    assert classify.PIECE < pipeline("en").max_length
    monkeypatch.setattr(classify, "PIECE", 2_000)
    sentence = "Any person who makes child sexual abuse material is guilty of an offence.\n"
    path = tmp_path / "one-section.txt"
    path.write_text("Section 1. Offence.\n" + sentence * 400, encoding="utf-8")
    result = invoke("analyze", path, "--lang", "en", "--rules-only", "--format", "json")
    assert result.exit_code == 0, result.output
    quotes = {e["quote"] for r in json.loads(result.output)["requirements"] for e in r["evidence"]}
    assert quotes, "nothing matched in the pieces"


# --- rubrics ---------------------------------------------------------------------------------

def _rubric_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rubric"
    shutil.copytree(RUBRIC, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("command", ["rubric validate", "analyze"])
def test_a_rubric_that_would_run_a_command_is_refused(tmp_path, command):
    marker = tmp_path / "pwned"
    folder = _rubric_copy(tmp_path)
    manifest = folder / "rubric.yaml"
    _edit(manifest, "id: a79-122-opsc", f'id: !!python/object/apply:os.system ["touch {marker}; echo pwned"]')
    args = ["analyze", ACT, "--rubric", manifest] if command == "analyze" else ["rubric", "validate", manifest]
    line = assert_one_error_line(invoke(*args), str(manifest), problem="tag not allowed")
    assert "pwned" not in line.replace(str(marker), "")
    assert not marker.exists()


def test_a_hostile_tag_in_a_requirement_file_is_refused(tmp_path):
    marker = tmp_path / "pwned"
    folder = _rubric_copy(tmp_path)
    requirement = folder / "requirements" / "csam-offences.yaml"
    _edit(requirement, "title: Offences concerning",
          f'title: !!python/object/apply:os.system ["touch {marker}"]\nx: Offences concerning')
    assert_one_error_line(invoke("analyze", ACT, "--rubric", folder / "rubric.yaml"),
                          "csam-offences.yaml", problem="tag not allowed")
    assert not marker.exists()


def test_a_rubric_with_a_missing_field_is_refused(tmp_path):
    folder = _rubric_copy(tmp_path)
    requirement = folder / "requirements" / "csam-offences.yaml"
    _edit(requirement, "\ntitle: Offences concerning child sexual abuse material\n", "\n")
    assert_one_error_line(invoke("analyze", ACT, "--rubric", folder / "rubric.yaml"),
                          "csam-offences.yaml", problem="title")


@pytest.mark.parametrize("content", [b"", b"- just\n- a list\n", b"id: [unclosed\n", b"\xff\xfe\x00"])
def test_a_malformed_rubric_is_refused(tmp_path, content):
    manifest = tmp_path / "rubric.yaml"
    manifest.write_bytes(content)
    assert_one_error_line(invoke("analyze", ACT, "--rubric", manifest), str(manifest))


def test_a_missing_rubric_is_refused(tmp_path):
    manifest = tmp_path / "nowhere" / "rubric.yaml"
    assert_one_error_line(invoke("analyze", ACT, "--rubric", manifest), str(manifest))


# --- output files ----------------------------------------------------------------------------

def test_an_existing_output_is_not_overwritten_without_force(tmp_path):
    output = tmp_path / "report.json"
    output.write_text("keep me")
    assert_one_error_line(invoke("analyze", ACT, "--output", output), str(output), problem="--force")
    assert output.read_text() == "keep me"


def test_output_in_a_missing_folder_is_refused(tmp_path):
    output = tmp_path / "nowhere" / "report.json"
    assert_one_error_line(invoke("analyze", ACT, "--output", output), str(output), problem="does not exist")


def test_output_under_a_file_is_refused(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    output = blocker / "report.json"
    assert_one_error_line(invoke("analyze", ACT, "--output", output), str(output), problem="not a folder")


def test_output_that_is_a_directory_is_refused(tmp_path):
    assert_one_error_line(invoke("analyze", ACT, "--output", tmp_path, "--force"), str(tmp_path),
                          problem="directory")


def test_unwritable_output_is_refused(tmp_path, monkeypatch):
    """A folder the user may not write in: by permissions when not root, by a failing
    mkstemp either way (root may write anywhere)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    output = folder / "report.json"
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            assert_one_error_line(invoke("analyze", ACT, "--output", output), str(output),
                                  problem="cannot write")
        finally:
            folder.chmod(0o755)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("gapcheck.output.tempfile.mkstemp", refuse)
    assert_one_error_line(invoke("analyze", ACT, "--output", output), str(output),
                          problem="Permission denied")
    assert list(folder.iterdir()) == []


# --- outside CliRunner: what a terminal shows ------------------------------------------------

@pytest.mark.parametrize("name, content", [("truncated.pdf", _blank_pdf()[:300]), ("xxe.xml", None)],
                         ids=["truncated.pdf", "xxe.xml"])
def test_a_real_run_prints_one_line_on_stderr(tmp_path, secret, name, content):
    """Libraries that log (pypdf's "EOF marker not found") must not add lines to the error."""
    path = tmp_path / name
    path.write_bytes(content if content is not None else _xxe_xml(secret))
    done = subprocess.run([sys.executable, "-m", "gapcheck.cli", "split", str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(f"Error: {path}: "), done.stderr
