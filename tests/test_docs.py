"""Every CLI command is documented in the README, and the quick start is two commands."""
from pathlib import Path

import click

from gapcheck.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "gapcheck"):
    for name, command in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from _commands(command, full)
        else:
            yield full


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(main) if f"`{c}" not in README]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_quick_start_is_two_commands():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2
    assert commands[1].startswith("pip install -e '.[test]'") and "pytest" in commands[1]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest" in ci and "-e \".[test]\"" in ci
