"""Agreement between two people, and the system beside them (gapcheck.agreement)."""
from pathlib import Path

import pytest
import yaml

from gapcheck import agreement as ag
from gapcheck import evaluate as ev
from gapcheck.errors import AnnotationError
from gapcheck.rubric import load

SHARED = Path(__file__).resolve().parents[2] / "shared" / "laws"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/laws is absent (fresh clone elsewhere): "
                                                               "the real statutes are needed to rebuild the sections")


@pytest.mark.parametrize("first, second, expected", [
    ([1, 1, 0, 0], [1, 1, 0, 0], 1.0),
    ([1, 0, 1, 0], [0, 1, 0, 1], -1.0),
    ([1, 1, 0, 0], [1, 0, 1, 0], 0.0),                      # agreement no better than chance
    (["covered", "partial", "missing", "missing"], ["covered", "missing", "missing", "missing"], 5 / 9),
    ([0, 0, 0], [0, 0, 0], 1.0),                            # both constant and equal
])
def test_kappa(first, second, expected):
    assert ag.kappa(first, second) == pytest.approx(expected)


def test_split_share_counts_covered_and_gaps_apart():
    rows = [("covered", "covered"), ("covered", "partial"), ("missing", "missing"), ("partial", "missing")]
    share = ag._split_share(rows)
    assert (share["expected_covered"], share["n_expected_covered"]) == (0.5, 2)
    assert (share["expected_gap"], share["n_expected_gap"]) == (0.5, 2)
    assert share["overall"] == 0.5


def test_second_labels_are_never_read_as_first_annotations():
    files = ev.annotation_files([ev.ANNOTATIONS_DIR])
    assert files and not any("agreement" in f.parts or "verdicts" in f.parts for f in files)


def test_second_annotations_follow_the_annotation_format():
    rubric = load()
    valid = {r.id for r in rubric.requirements}
    first = {(yaml.safe_load(f.read_text(encoding="utf-8"))["document"], e["id"])
             for f in ev.annotation_files([ev.ANNOTATIONS_DIR])
             for e in yaml.safe_load(f.read_text(encoding="utf-8"))["provisions"]}
    files = ev.annotation_files([ag.AGREEMENT_DIR / "labels"])
    assert files
    for f in files:
        data = ev.load_annotations(f, valid)          # raises on unknown labels, duplicates, missing fields
        for entry in data["provisions"]:
            assert (data["document"], entry["id"]) in first, f"{f}: {entry['id']} is not in the first annotations"


@needs_shared
def test_label_agreement_of_a_set_with_itself_is_perfect(tmp_path):
    # The people are compared on the answers as first given, so the copy must be of a file that
    # adjudication left as the first person wrote it.
    changed = {document for document, _id in ag._as_first_given()[0]}
    source = next(f for f in ev.annotation_files([ev.ANNOTATIONS_DIR])
                  if yaml.safe_load(f.read_text(encoding="utf-8"))["document"] not in changed
                  and len(yaml.safe_load(f.read_text(encoding="utf-8"))["provisions"]) >= 5)
    (tmp_path / "copy.yaml").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    report = ag.label_agreement([ev.ANNOTATIONS_DIR], [tmp_path], load(), SHARED)
    n = len(yaml.safe_load(source.read_text(encoding="utf-8"))["provisions"])
    assert report["sections"] == report["identical_label_sets"] == n
    assert report["micro"]["people"]["f1"] == 1.0
    assert report["micro"]["system_vs_gold"] == report["micro"]["system_vs_second"]


@needs_shared
def test_label_agreement_changes_when_the_second_person_differs(tmp_path):
    data = yaml.safe_load((ev.ANNOTATIONS_DIR / "fr" / "code-procedure-penale-excerpt.yaml").read_text(encoding="utf-8"))
    for entry in data["provisions"]:
        entry["labels"] = []                          # a second person who labels nothing
    (tmp_path / "none.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    report = ag.label_agreement([ev.ANNOTATIONS_DIR], [tmp_path], load(), SHARED)
    assert report["micro"]["people"]["recall"] == 0.0
    assert report["micro"]["system_vs_second"]["precision"] == 0.0


@needs_shared
def test_second_annotator_must_label_sections_the_first_labelled(tmp_path):
    data = {"document": "fr/code-penal-excerpt.txt", "jurisdiction": "fr", "language": "fr",
            "provisions": [{"id": "art_999-999", "labels": []}]}
    (tmp_path / "x.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(AnnotationError, match="art_999-999"):
        ag.label_agreement([ev.ANNOTATIONS_DIR], [tmp_path], load(), SHARED)


@needs_shared
def test_bundled_agreement_study_prints_people_and_system():
    report = ag.label_agreement([ev.ANNOTATIONS_DIR], [ag.AGREEMENT_DIR / "labels"], load(), SHARED)
    print("\n" + ag.render_labels_text(report))
    assert report["sections"] >= 200
    assert 0.0 < report["micro"]["people"]["f1"] <= 1.0
