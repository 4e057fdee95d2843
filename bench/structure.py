"""Measure the split stage against official structure (issue 2's acceptance).

Run as ``python bench/structure.py [--shared PATH]``. For each reference file the
top-level section/article numbers found by ``gapcheck.split`` are compared with
an independent ground truth:

* ``de/stgb.txt``                 -- the ``<enbez>`` of the norms in ``de/stgb.xml`` that start with § or Art;
* ``ca/criminal-code-excerpt.txt`` -- the ``<Section><Label>`` of ``ca/criminal-code-excerpt.xml``;
* ``us/usc-title18.txt``          -- the file's own ``§ N.`` lines;
* ``fr/code-penal-excerpt.md/.txt`` -- the file's own ``Article ...`` heading lines.

Each is measured on the text with markdown heading marks (``^#+ ``) removed and on
the original file; precision, recall and F1 are printed per file. Every other
``.txt`` under ``laws/`` is then split, and the result checked to be lossless.
Exit status 1 if a score is below the threshold or a split is not lossless.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gapcheck.models import Document, Provision  # noqa: E402
from gapcheck.numbering import CONTAINER_UNITS, TOP_LEVEL_UNITS  # noqa: E402
from gapcheck.split import split  # noqa: E402

THRESHOLD = 0.98
MARKS = re.compile(r"^#+ ", re.M)
RANGE = re.compile(r"\d[a-zA-Z]*\s+(?:bis|und|a|y|and|to|et|à)\s+\d")
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


@dataclass
class Score:
    name: str
    variant: str
    truth: int
    found: int
    precision: float
    recall: float
    f1: float
    seconds: float

    def ok(self, threshold: float = THRESHOLD) -> bool:
        return self.precision >= threshold and self.recall >= threshold


def lang_of(path: Path) -> str:
    """The language of a file in ``shared/laws`` from its folder (and ``-fr`` suffix)."""
    folder = path.parent.name
    if folder == "de":
        return "de"
    if folder == "fr" or path.stem.endswith("-fr"):
        return "fr"
    if folder in ("es", "co"):
        return "es"
    if folder == "br":
        return "pt"
    return "en"


def document(path: Path, text: str) -> Document:
    return Document(path=str(path), name=path.name, sha256="", format=path.suffix.lstrip("."), text=text,
                    lang=lang_of(path))


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")


def normalise(number: str) -> str:
    return re.sub(r"\s+", "", number.strip().lstrip("§").strip()).rstrip(".")


def predicted_numbers(provisions: list[Provision]) -> Counter:
    """Top-level section/article numbers: units section/article not nested in another provision.

    Runs of repealed paragraphs printed as one heading ("§§ 1 bis 5") are left out;
    the official XML does not list them as norms with a § number either.
    """
    units = {p.id: p.unit for p in provisions}
    found = Counter()
    for p in provisions:
        if p.unit not in TOP_LEVEL_UNITS:
            continue
        if p.parent is not None and units.get(p.parent) not in CONTAINER_UNITS:
            continue    # a quoted or nested section, not one of the text's own
        if RANGE.search(p.number):
            continue
        found[normalise(p.number)] += 1
    return found


def compare(truth: Counter, found: Counter) -> tuple[float, float, float]:
    hits = sum((truth & found).values())
    precision = hits / sum(found.values()) if found else 0.0
    recall = hits / sum(truth.values()) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---------------------------------------------------------------------- ground truths

def _xml_tree(path: Path):
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    return etree.parse(str(path), parser)


def truth_stgb(laws: Path) -> Counter:
    tree = _xml_tree(laws / "de" / "stgb.xml")
    out = Counter()
    for enbez in tree.iter("enbez"):
        label = (enbez.text or "").strip()
        if label.startswith("§") or label.startswith("Art"):
            out[normalise(re.sub(r"^(?:§|Art\.?|Artikel)\s*", "", label))] += 1
    return out


def truth_canada(laws: Path) -> Counter:
    tree = _xml_tree(laws / "ca" / "criminal-code-excerpt.xml")
    return Counter(normalise(s.findtext("Label") or "") for s in tree.iter("Section"))


def truth_usc(text: str) -> Counter:
    return Counter(normalise(m.group(1)) for m in re.finditer(r"^§ (\S+?)\.(?:\s|$)", text, re.M))


def truth_french(text: str) -> Counter:
    return Counter(normalise(m.group(1)) for m in re.finditer(r"^#+ Article (.+?)\s*$", text, re.M))


# ---------------------------------------------------------------------- measurement

def measure(laws: Path) -> list[Score]:
    """Score every reference file, without and with markdown marks."""
    cases = [
        ("de/stgb.txt", lambda text: truth_stgb(laws)),
        ("ca/criminal-code-excerpt.txt", lambda text: truth_canada(laws)),
        ("us/usc-title18.txt", truth_usc),
        ("fr/code-penal-excerpt.md", truth_french),
        ("fr/code-penal-excerpt.txt", truth_french),
    ]
    scores = []
    for rel, truth_of in cases:
        path = laws / rel
        original = read_text(path)
        truth = truth_of(original)
        for variant, text in (("no # marks", MARKS.sub("", original)), ("original", original)):
            started = time.perf_counter()
            provisions = split(document(path, text))
            seconds = time.perf_counter() - started
            found = predicted_numbers(provisions)
            p, r, f = compare(truth, found)
            scores.append(Score(rel, variant, sum(truth.values()), sum(found.values()), p, r, f, seconds))
    return scores


def lossless_problems(text: str, provisions: list[Provision]) -> list[str]:
    """What, if anything, breaks the lossless contract of ``split``."""
    problems = []
    by_id = {}
    for p in provisions:
        if p.id in by_id:
            problems.append(f"duplicate id {p.id}")
        by_id[p.id] = p
        if p.text != text[p.start:p.end]:
            problems.append(f"{p.id}: text is not text[start:end]")
        if not 0 <= p.start <= p.end <= len(text):
            problems.append(f"{p.id}: bad range {p.start}-{p.end}")
    tops = [p for p in provisions if p.parent is None]
    if text:
        if not tops or tops[0].start != 0 or tops[-1].end != len(text):
            problems.append("top-level provisions do not cover the whole text")
        for a, b in zip(tops, tops[1:]):
            if a.end != b.start:
                problems.append(f"gap or overlap between {a.id} and {b.id}")
    children: dict = {}
    for p in provisions:
        if p.parent is not None:
            parent = by_id.get(p.parent)
            if parent is None:
                problems.append(f"{p.id}: unknown parent {p.parent}")
                continue
            if not (parent.start <= p.start and p.end <= parent.end):
                problems.append(f"{p.id} lies outside its parent {parent.id}")
            children.setdefault(p.parent, []).append(p)
    for siblings in children.values():
        for a, b in zip(siblings, siblings[1:]):
            if a.end > b.start:
                problems.append(f"siblings {a.id} and {b.id} overlap")
    return problems


def check_all(laws: Path) -> list[tuple[str, int, float, list[str]]]:
    """Split every .txt (and .md) under ``laws`` and check losslessness."""
    results = []
    for path in sorted(list(laws.rglob("*.txt")) + list(laws.rglob("*.md"))):
        if path.name == "SOURCES.md" or path.name.endswith(".source.md"):
            continue
        text = read_text(path)
        started = time.perf_counter()
        provisions = split(document(path, text))
        seconds = time.perf_counter() - started
        results.append((str(path.relative_to(laws)), len(provisions), seconds, lossless_problems(text, provisions)))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (contains laws/)")
    args = parser.parse_args(argv)
    laws = args.shared / "laws"
    if not laws.is_dir():
        print(f"no laws/ folder under {args.shared}", file=sys.stderr)
        return 2
    failed = False
    print(f"{'file':32} {'variant':11} {'truth':>6} {'found':>6} {'prec':>7} {'recall':>7} {'F1':>7} {'sec':>6}")
    for s in measure(laws):
        flag = "" if s.ok() else "  < threshold"
        failed |= not s.ok()
        print(f"{s.name:32} {s.variant:11} {s.truth:6d} {s.found:6d} {s.precision:7.4f} {s.recall:7.4f} "
              f"{s.f1:7.4f} {s.seconds:6.2f}{flag}")
    print()
    print(f"{'file':70} {'provisions':>10} {'sec':>6}  lossless")
    for name, count, seconds, problems in check_all(laws):
        failed |= bool(problems)
        verdict = "yes" if not problems else f"NO: {problems[:3]}"
        print(f"{name:70} {count:10d} {seconds:6.2f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
