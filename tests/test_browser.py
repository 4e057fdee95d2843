"""The HTML country profile in a real browser (headless Chromium): the verdicts and evidence are in
the rendered page, the page's own script runs, and a hostile statute's script does not.

No request can leave the page: it has no external src/href and carries a Content-Security-Policy
of ``default-src 'none'`` (checked in tests/test_report.py and again here in the rendered DOM);
nothing is served, so Chromium has nowhere to go. Skipped when Chromium is not installed
(``apt-get install -y chromium``; .ci/run installs it).
"""
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from gapcheck.analysis import analyze
from gapcheck.report import HEADLINE, render

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(apt-get install -y chromium) — the browser test needs /usr/bin/chromium")

HOSTILE = """HOSTILE CHILD PROTECTION ACT

1 In this Act, "child" means a person under the age of 18 years; "child sexual abuse material" means any photograph, film or computer-generated image <img src=x onerror="document.title='PW'+'NED'"> that depicts a child engaged in explicit sexual activity.

2 (1) Every person who makes, distributes or possesses child sexual abuse material <script>document.title='PW'+'NED';document.documentElement.setAttribute('data-'+'owned','yes')</script> is guilty of an indictable offence and liable to imprisonment for a term of not more than ten years.
(2) A body corporate is guilty of an offence under subsection (1) and liable to a fine <svg onload="document.body.setAttribute('data-'+'owned','yes')"></svg>.
"""


def _tags(page: str) -> list[tuple[str, dict]]:
    """Every start tag of ``page`` with its attributes."""
    found = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Parser().feed(page)
    return found


def dump_dom(page: Path, tmp_path: Path, fragment: str = "") -> str:
    """The DOM after load, as Chromium serialises it, with every network feature switched off."""
    profile = tmp_path / "chromium-profile"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--disable-default-apps", f"--user-data-dir={profile}",
               "--virtual-time-budget=2000", "--dump-dom", page.as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def hostile_dom(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    statute = folder / "hostile <img src=x onerror=alert(1)>.txt"
    statute.write_text(HOSTILE, encoding="utf-8")
    page = folder / "profile.html"
    page.write_text(render(analyze([statute]), "html"), encoding="utf-8")
    return dump_dom(page, folder)


def test_verdicts_and_evidence_are_rendered(hostile_dom):
    assert re.search(r'<html[^>]*class="js"', hostile_dom), "the page's own script did not run"
    assert 'data-ready="1"' in hostile_dom
    assert '<table class="verdicts">' in hostile_dom
    assert hostile_dom.count('<tr data-status="') == 27
    for rid in HEADLINE:
        assert f'id="req-{rid}"' in hostile_dom
    assert "<mark" in hostile_dom and "body corporate is guilty" in hostile_dom


def test_hostile_statute_did_not_run(hostile_dom):
    title = re.search(r"<title>(.*?)</title>", hostile_dom, re.S).group(1)
    assert "PWNED" not in hostile_dom and title.startswith("gapcheck country profile")
    assert "data-owned" not in hostile_dom
    tags = _tags(hostile_dom)
    assert not [t for t, _ in tags if t in ("img", "iframe", "object", "embed")]
    assert not [(t, k) for t, attrs in tags for k in attrs if k.startswith("on")]
    assert [t for t, _ in tags].count("script") == 2
    assert "&lt;script&gt;document.title='PW'+'NED'" in hostile_dom      # shown as text instead


def test_no_network_and_the_policy_is_in_force(hostile_dom):
    assert "Content-Security-Policy" in hostile_dom and "default-src 'none'" in hostile_dom
    attributes = re.findall(r"""\b(?:src|href|action|poster|srcset)\s*=\s*["']([^"']*)""", hostile_dom)
    assert all(not re.match(r"(?:[a-z][a-z0-9+.-]*:)?//", a, re.I) for a in attributes), attributes
    assert all(a.startswith("#") for a in attributes), attributes


def test_filters_and_graph_focus_run_in_the_browser(tmp_path):
    page = tmp_path / "avalonia.html"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        analysis = analyze(["laws/avalonia/child-online-protection-act.txt"])
    page.write_text(render(analysis, "html"), encoding="utf-8")
    dom = dump_dom(page, tmp_path, "#status=missing,contradicted&focus=corporate-liability")
    rows = re.findall(r'<tr data-status="(\w+)"( class="filtered-out")?', dom)
    assert len(rows) == len(analysis.verdicts)
    assert all((status in ("missing", "contradicted")) == (not hidden) for status, hidden in rows)
    assert re.search(r'<svg class="graph focused"', dom)
    assert re.search(r'<g class="node req [\w -]*\bon\b[\w -]*" data-req="corporate-liability"', dom)
    assert "corporate-liability (" in re.search(r'id="graph-info"[^>]*>(.*?)</p>', dom, re.S).group(1)
