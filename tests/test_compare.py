"""Comparison (``gapcheck compare``): its verdicts are exactly those of ``gapcheck analyze`` for each
jurisdiction alone; manifest and folder input; the four formats; a deterministic heatmap."""
import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gapcheck.cli import main
from gapcheck.compare import compare, draw_heatmap, jurisdictions, render
from gapcheck.report import CSP, HEADLINE

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = "examples/compare.yaml"
LAWS = {"avalonia": "laws/avalonia/child-online-protection-act.txt",
        "valmont": "laws/valmont/code-penal.txt",
        "costa-serena": "laws/costa-serena/codigo-penal.txt",
        "terra-nova": "laws/terra-nova/estatuto-da-crianca.txt"}


def _cli(*args):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="session")
def compared_json():
    """``gapcheck compare examples/compare.yaml --format json``, run once."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = _cli("compare", MANIFEST, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def comparison():
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return compare(jurisdictions([MANIFEST]))


@pytest.mark.parametrize("name", list(LAWS))
def test_compare_gives_exactly_the_verdicts_of_analyze(compared_json, name, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = _cli("analyze", LAWS[name], "--format", "json")
    assert result.exit_code == 0, result.output
    alone = {r["id"]: r["status"] for r in json.loads(result.stdout)["requirements"]}
    in_matrix = {row["id"]: row["verdicts"][name] for row in compared_json["matrix"]}
    assert in_matrix == alone
    documents = next(j["documents"] for j in compared_json["jurisdictions"] if j["name"] == name)
    assert [d["path"] for d in documents] == [LAWS[name]]


def test_json_shape(compared_json):
    assert set(compared_json) >= {"rubric", "jurisdictions", "matrix"}
    assert set(compared_json["rubric"]) == {"id", "version", "sha256"}
    assert [j["name"] for j in compared_json["jurisdictions"]] == list(LAWS)
    assert [row["id"] for row in compared_json["matrix"]][:3] == list(HEADLINE)
    assert all(set(row) == {"id", "title", "verdicts"} for row in compared_json["matrix"])


def test_markdown_and_csv(comparison):
    md = render(comparison, "md")
    assert "| requirement | avalonia | valmont | costa-serena | terra-nova |" in md
    rows = list(csv.reader(io.StringIO(render(comparison, "csv"), newline="")))
    assert rows[0] == ["requirement", "title", *LAWS]
    assert len(rows) == 1 + len(comparison.rubric.requirements)
    assert {cell for row in rows[1:] for cell in row[2:]} <= {"covered", "partial", "missing", "contradicted"}


def test_html_is_self_contained_and_coloured(comparison):
    page = render(comparison, "html")
    assert f'content="{CSP.replace(chr(39), "&#x27;")}"' in page
    assert "http://" not in page.split("<svg", 1)[0].replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert page.count('class="cell ') == len(LAWS) * len(comparison.rubric.requirements)


def test_html_escapes_jurisdiction_names(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    manifest = tmp_path / "m.yaml"
    manifest.write_text("jurisdictions:\n  '<script>alert(1)</script>':\n"
                        f"    files: [{ROOT / LAWS['avalonia']}]\n", encoding="utf-8")
    out = tmp_path / "m.html"
    result = _cli("compare", str(manifest), "--format", "html", "--output", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_folders_are_jurisdictions(tmp_path):
    for name in ("valmont", "terra-nova"):
        (tmp_path / name).mkdir()
        shutil.copy(ROOT / LAWS[name], tmp_path / name)
        (tmp_path / name / "notes.csv").write_text("not a statute", encoding="utf-8")
    places = jurisdictions([tmp_path / "valmont", tmp_path / "terra-nova"])
    assert [(p.name, [Path(f).name for f in p.files]) for p in places] == [
        ("valmont", ["code-penal.txt"]), ("terra-nova", ["estatuto-da-crianca.txt"])]


@pytest.mark.parametrize("manifest, message", [
    ("jurisdictions: {}\n", "expected a mapping 'jurisdictions: {name: {files: [...], lang: xx}}'"),
    ("jurisdictions:\n  a: {files: [nope.txt]}\n", "jurisdiction 'a': file nope.txt not found"),
    ("jurisdictions:\n  a: {files: [x.txt], language: en}\n",
     "jurisdiction 'a': unknown key(s) language; valid keys are files, lang"),
    ("jurisdictions:\n  a: {files: []}\n", "jurisdiction 'a': 'files' must be a non-empty list of paths"),
    ("jurisdictions: [\n", "not valid YAML"),
], ids=["empty", "missing-file", "unknown-key", "no-files", "bad-yaml"])
def test_manifest_errors(tmp_path, manifest, message):
    path = tmp_path / "m.yaml"
    path.write_text(manifest, encoding="utf-8")
    (tmp_path / "x.txt").write_text("1 A section.\n", encoding="utf-8")
    result = _cli("compare", str(path))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: ") and message in result.output


def test_input_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    manifest = tmp_path / "m.yaml"
    manifest.write_text("jurisdictions: {}\n", encoding="utf-8")
    cases = [([str(tmp_path / "nowhere")], f"Error: {tmp_path / 'nowhere'}: no such file or folder"),
             ([str(tmp_path / "empty")], f"Error: {tmp_path / 'empty'}: no statute files in this folder"),
             ([str(manifest), str(tmp_path / "empty")], "give either one manifest or folders")]
    for args, message in cases:
        result = _cli("compare", *args)
        assert result.exit_code == 1 and message in result.output, result.output


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_heatmap_is_deterministic(comparison, fmt):
    first, second = draw_heatmap(comparison, fmt), draw_heatmap(comparison, fmt)
    assert first == second
    if fmt == "png":
        assert first.startswith(b"\x89PNG\r\n\x1a\n")
    else:
        assert first.lstrip().startswith(b"<?xml") and b"<dc:date>" not in first


def test_cli_heatmap_and_refusals(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    image, out = tmp_path / "heat.svg", tmp_path / "matrix.csv"
    result = _cli("compare", "laws/valmont", "--format", "csv", "--output", str(out), "--heatmap", str(image))
    assert result.exit_code == 0, result.output
    assert image.read_bytes().lstrip().startswith(b"<?xml") and out.read_text().startswith("requirement,title,valmont")
    again = _cli("compare", "laws/valmont", "--heatmap", str(image))
    assert again.exit_code == 1 and f"Error: {image}: already exists; pass --force" in again.output
    wrong = _cli("compare", "laws/valmont", "--heatmap", str(tmp_path / "heat.jpg"))
    assert wrong.exit_code == 1 and "the heatmap is drawn as PNG or SVG" in wrong.output
    forced = _cli("compare", "laws/valmont", "--heatmap", str(image), "--force", "--format", "json")
    assert forced.exit_code == 0, forced.output
