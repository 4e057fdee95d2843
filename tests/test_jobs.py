"""``--jobs N`` analyses documents in worker processes; the output is byte for byte that of ``--jobs 1``."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from gapcheck.cli import main

LAWS = Path(__file__).resolve().parent.parent / "laws"
BUNDLED = sorted(str(p) for p in LAWS.glob("*/*") if p.suffix in (".txt", ".docx"))


def run(*args: str) -> bytes:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.mark.parametrize("command, fmt", [("analyze", "json"), ("analyze", "md"), ("classify", "json")])
def test_jobs_give_the_same_bytes_as_one_job(command, fmt):
    assert len(BUNDLED) >= 5
    one = run(command, *BUNDLED, "--format", fmt, "--jobs", "1")
    assert run(command, *BUNDLED, "--format", fmt, "--jobs", "3") == one
    assert run(command, *BUNDLED, "--format", fmt, "--jobs", "0") == one


def test_more_jobs_than_documents_and_one_document():
    act = str(LAWS / "avalonia" / "child-online-protection-act.txt")
    assert run("analyze", act, "--format", "json", "--jobs", "8") == run("analyze", act, "--format", "json")


def test_jobs_must_not_be_negative():
    result = CliRunner().invoke(main, ["analyze", BUNDLED[0], "--jobs", "-1"])
    assert result.exit_code == 2
    assert "--jobs" in result.output and "Traceback" not in result.output
