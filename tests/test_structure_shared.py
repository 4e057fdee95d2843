"""Issue 2's acceptance: the split finds the official top-level structure of real statutes.

Uses the statutes in the repository's sibling folder ``../shared/laws`` and the
measurement code of ``bench/structure.py``; skipped when that folder is absent.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
LAWS = SHARED / "laws"
BENCH = Path(__file__).resolve().parents[1] / "bench" / "structure.py"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not LAWS.is_dir(), reason=f"shared statutes not found at {LAWS} (the repo's sibling ../shared)"),
]


@pytest.fixture(scope="session")
def bench():
    spec = importlib.util.spec_from_file_location("gapcheck_bench_structure", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module      # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def scores(bench):
    return bench.measure(LAWS)


def test_every_reference_file_is_measured(scores):
    names = {s.name for s in scores}
    assert names == {"de/stgb.txt", "ca/criminal-code-excerpt.txt", "us/usc-title18.txt",
                     "fr/code-penal-excerpt.md", "fr/code-penal-excerpt.txt"}
    assert all(s.truth > 0 for s in scores)


@pytest.mark.parametrize("variant", ["no # marks", "original"])
def test_precision_and_recall_at_least_098(scores, bench, variant):
    for s in scores:
        if s.variant == variant:
            assert s.precision >= bench.THRESHOLD, f"{s.name} ({variant}): precision {s.precision:.4f}"
            assert s.recall >= bench.THRESHOLD, f"{s.name} ({variant}): recall {s.recall:.4f}"


def test_markdown_marks_do_not_change_the_scores(scores):
    by_file: dict = {}
    for s in scores:
        by_file.setdefault(s.name, {})[s.variant] = (s.found, s.precision, s.recall)
    for name, variants in by_file.items():
        assert variants["no # marks"] == variants["original"], name


def test_usc_title18_splits_in_a_few_seconds(scores):
    usc = [s for s in scores if s.name == "us/usc-title18.txt"]
    assert usc and all(s.seconds < 5 for s in usc)


def test_every_shared_statute_splits_losslessly(bench):
    results = bench.check_all(LAWS)
    assert len(results) >= 30
    failures = {name: problems[:3] for name, _, _, problems in results if problems}
    assert not failures
