"""Regenerate the README's pictures from the bundled fictional laws.

    python docs/make_screenshots.py

docs/img/report.png   headless Chromium screenshot (1280×1600) of the Avalonia country profile (HTML)
docs/img/heatmap.png  the comparison heatmap of the four jurisdictions in examples/compare.yaml

Needs Chromium (``apt-get install -y chromium``); run from anywhere.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
ACT = "laws/avalonia/child-online-protection-act.txt"
MANIFEST = "examples/compare.yaml"
WINDOW = "1280,1600"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        sys.exit("chromium not found; install it with: apt-get install -y chromium")
    return found


def screenshot(page: Path, target: Path, work: Path) -> None:
    """A headless Chromium screenshot of ``page``, with every network feature switched off."""
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", f"--user-data-dir={work / 'profile'}", f"--window-size={WINDOW}",
                    f"--screenshot={target}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from gapcheck.analysis import analyze
    from gapcheck.compare import compare, draw_heatmap, jurisdictions
    from gapcheck.output import write_atomic
    from gapcheck.report import render

    IMG.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        page = work / "avalonia.html"
        page.write_text(render(analyze([ROOT / ACT]), "html"), encoding="utf-8")
        screenshot(page, IMG / "report.png", work)
    print(f"wrote {IMG / 'report.png'}")
    write_atomic(IMG / "heatmap.png", draw_heatmap(compare(jurisdictions([ROOT / MANIFEST])), "png"), force=True)
    (IMG / "heatmap.png").chmod(0o644)
    print(f"wrote {IMG / 'heatmap.png'}")


if __name__ == "__main__":
    main()
