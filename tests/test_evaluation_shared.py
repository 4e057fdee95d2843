"""Accuracy measured on the annotated real statutes in ../shared/laws (skipped when absent).

Prints the tables the closing notes quote; asserts the floors we have reached, so that a
regression fails CI (they are below the targets in the issues, which the notes say).
"""
import json
from pathlib import Path

import pytest

from gapcheck import evaluate as ev
from gapcheck.classify import feature_space
from gapcheck.model import MODEL_PATH, RelevanceModel
from gapcheck.rubric import load

SHARED = Path(__file__).resolve().parents[2] / "shared" / "laws"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/laws is absent (fresh clone elsewhere): "
                                                            "the real statutes are needed for this measurement")


@pytest.fixture(scope="module")
def rubric():
    return load()


@pytest.fixture(scope="module")
def dataset(rubric):
    return ev.build_dataset(ev.annotation_files([ev.ANNOTATIONS_DIR]), rubric, SHARED)


def test_annotations_cover_enough_jurisdictions_and_negatives(dataset):
    sections = dataset.sections
    assert len(sections) >= 400
    assert len({s.jurisdiction for s in sections}) >= 4
    assert {"en", "fr", "de"} <= {s.language for s in sections}
    assert sum(1 for s in sections if not s.labels) / len(sections) > 0.3
    assert len(dataset.unmatched) <= 0.01 * len(sections), dataset.unmatched


def test_model_beats_keyword_baseline_leave_one_jurisdiction_out(rubric, dataset):
    labels = [r.id for r in rubric.requirements]
    gold = [s.labels for s in dataset.sections]
    micro = {}
    for system in ev.SYSTEMS:
        micro[system] = ev.score(gold, ev.predict(dataset, rubric, system), labels)["micro"]["f1"]
    print("\nmicro-F1 " + ", ".join(f"{k} {v:.3f}" for k, v in micro.items()))
    assert micro["rules+model"] >= micro["keyword"] + 0.15
    assert micro["rules+model"] >= 0.70     # 0.72 with rubric 1.4.0


def test_bundled_model_is_reproducible(rubric, dataset):
    space = feature_space(rubric)
    rows = [(space.vector(s.matches), s.labels) for s in dataset.sections if s.matches]
    model = RelevanceModel().fit([r[0] for r in rows], [r[1] for r in rows], [r.id for r in rubric.requirements],
                                 space.names)
    assert model.to_json(rubric.id, rubric.sha256) == MODEL_PATH.read_text(encoding="utf-8"), \
        "the bundled model differs from a retrained one: run `gapcheck train`"


def test_verdict_agreement_on_real_jurisdictions():
    cases = ev.verdict_cases([ev.VERDICTS_DIR], SHARED)
    assert len(cases) >= 5
    report = ev.evaluate_verdicts(cases)
    print("\n" + ev.render_verdicts_text(report))
    # A tool that answers "covered" everywhere scores 0 on the second figure. Floors a little
    # under what rubric 1.5.0 measures on all 12 jurisdictions (0.92 / 0.86), so that a
    # regression fails here.
    assert report["agreement_expected_covered"] >= 0.88
    assert report["agreement_expected_gap"] >= 0.80


def test_evaluate_reports_held_out_jurisdictions_apart():
    from click.testing import CliRunner
    from gapcheck.cli import main
    result = CliRunner().invoke(main, ["evaluate", "--laws-root", str(SHARED), "--held-out", "uk,co",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["held_out"] == ["co", "uk"]
    groups = report["systems"]["rules+model"]["by_group"]
    held = sum(v["sections"] for j, v in report["by_jurisdiction"].items() if j in ("uk", "co"))
    assert groups["held-out"]["sections"] == held
    assert groups["development"]["sections"] + held == report["sections"]
