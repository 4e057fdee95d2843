"""Every `gapcheck` command in the walkthroughs (examples/*.md, ```sh blocks) runs and exits 0.

Commands run from the repository root, as the walkthroughs say, through click's CliRunner;
the files they write (--output, --heatmap) go to a temporary folder instead.
"""
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from gapcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
OUTPUT_OPTIONS = ("--output", "--heatmap")


def commands(path: Path) -> list[str]:
    """The lines starting with ``gapcheck`` in the ```sh blocks of ``path``."""
    blocks = re.findall(r"^```sh\n(.*?)^```", path.read_text(encoding="utf-8"), re.S | re.M)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith("gapcheck ")]


CASES = [(path.name, command) for path in EXAMPLES for command in commands(path)]


def test_each_user_has_a_walkthrough_with_commands():
    names = {path.name for path in EXAMPLES}
    assert {"drafter.md", "country-visit.md", "researcher.md"} <= names
    for name in ("drafter.md", "country-visit.md", "researcher.md"):
        assert commands(ROOT / "examples" / name), f"{name} has no ```sh gapcheck command"


@pytest.mark.parametrize("name, command", CASES, ids=[f"{n}:{i}" for i, (n, _) in enumerate(CASES)])
def test_example_command_runs(name, command, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    written = []
    for i, arg in enumerate(args[:-1]):
        if arg in OUTPUT_OPTIONS:
            args[i + 1] = str(tmp_path / Path(args[i + 1]).name)
            written.append(Path(args[i + 1]))
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, f"{name}: {command}\n{result.output}"
    for path in written:
        assert path.is_file() and path.stat().st_size > 0, f"{name}: {command} did not write {path.name}"
