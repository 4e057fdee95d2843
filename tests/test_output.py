"""Output files are written atomically and never overwritten without --force."""
import pytest

from gapcheck.output import OutputExists, write_atomic


def test_write_and_refuse_overwrite(tmp_path):
    target = tmp_path / "report.md"
    write_atomic(target, "one")
    with pytest.raises(OutputExists, match="--force"):
        write_atomic(target, "two")
    assert target.read_text() == "one"
    write_atomic(target, "two", force=True)
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]   # no temporary file left


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="does not exist"):
        write_atomic(tmp_path / "nope" / "r.md", "x")
