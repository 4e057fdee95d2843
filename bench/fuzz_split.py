"""Fuzz the splitter with mutated real statute text, checking its invariants (issue 7).

Run as ``python bench/fuzz_split.py [--seconds 120] [--seed N] [--shared PATH]``.

Each input is a window of lines of a real statute from ``shared/laws`` (every ``.txt`` and
``.md``), changed by a few random mutations: lines shuffled, duplicated, deleted, truncated,
joined, split; numbering tokens of every tradition injected at line starts (and tokens
taken from other lines of the corpus); indentation and markdown heading marks changed;
unusual Unicode inserted (combining marks, zero-width and bidi controls, no-break and
other spaces, line and paragraph separators, full-width and superscript digits, Roman
numeral characters, ...); lines of several languages mixed.  The language the splitter
is told is the file's own most of the time, another one otherwise.

For every input ``gapcheck.split`` must not raise, and its provisions must keep the
lossless contract: unique ids; ``text == document.text[start:end]``; the top-level
provisions tile the text; children inside their parent, after it, siblings apart, starts
in document order.  For one input in five it must also be deterministic, and keep the
ids of what precedes text appended on a new line.  An input that takes more than
``--slow`` seconds per 10,000 characters is reported as slow.

A failing input is saved to ``bench/fuzz-failures/`` (text and a .json with the language
and the problem) and the run goes on; the summary counts failures by kind.  Exit status
1 if anything failed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gapcheck.models import Document, Provision  # noqa: E402
from gapcheck.split import split  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
FAILURES = ROOT / "bench" / "fuzz-failures"
LANGS = ("en", "fr", "es", "de", "pt")

FOLDER_LANG = {"de": "de", "fr": "fr", "es": "es", "co": "es", "br": "pt"}

TOKENS = [
    "§ 12", "§ 3a", "§§ 4 bis 6", "§ 1º", "§ 2 º -", "Parágrafo único.", "PARÁGRAFO 1o.", "Art. 1º -",
    "Art. 241-A.", "Artículo 189.", "Artículo 189 bis.", "ARTICULO 218.", "Artículos 5 a 7.", "Article 227-23",
    "Article L. 121-2", "Article 1er", "Artikel 2", "Section 13 -", "SECTION 2.", "Sec. 4.", "§ 2256.",
    "163.1", "7", "12.3(1)", "24. (1)", "46.1 (1)", "(1)", "(4.1)", "(a)", "(a.1)", "(h)", "(i)", "(ii)", "(v)",
    "(x)", "(A)", "(I)", "(aa)", "(8)(A)", "(a) (i)", "1.", "2.", "1.ª", "a)", "aa)", "b)", "1)", "a.", "1°",
    "2° bis", "I. -", "II.-", "I –", "II -", "[Defence]", "[Repealed]", "PART 3 —", "CHAPTER 110—", "SCHEDULE",
    "Erster Abschnitt", "Zweiter Titel", "Livre Ier :", "Chapitre III", "TÍTULO IX.", "CAPÍTULO II",
    "Sección 4.ª", "PARTE GERAL", "Seção V-A", "<!--", "-->", "<!-- a note -->", "following:",
    "is amended by adding the following:", "est remplacé par ce qui suit :", "###", "#", "“", "”",
]
UNICODE = [
    "\u0301", "\u0308", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
    "\ufeff", "\u00a0", "\u2007", "\u202f", "\u3000", "\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\r",
    "\t", "１", "２", "¹", "²", "⁽¹⁾", "Ⅰ", "Ⅳ", "ⅸ", "①", "٣", "६", "ſ", "ß", "ẞ", "İ", "ı", "Σ", "ς", "ﬁ",
    "§", "¶", "º", "ª", "°", "–", "—", "‑", "…", "«", "»", "„", "‚", "\u0000", "\ud7ff", "\U0001f600", "𝟏",
    "a\u0301", "İstanbul", "ǅ", "ᾼ",
]


def load_corpus(shared: Path) -> list[tuple[str, str, list[str]]]:
    """(name, language, lines) of every .txt and .md file of the corpus."""
    files = []
    for path in sorted((shared / "laws").glob("*/*")):
        if path.suffix not in (".txt", ".md") or path.name == "SOURCES.md":
            continue
        text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
        lang = FOLDER_LANG.get(path.parent.name, "fr" if path.stem.endswith("-fr") else "en")
        files.append((f"{path.parent.name}/{path.name}", lang, text.split("\n")))
    return files


# ---------------------------------------------------------------------- mutations

def _shuffle(rng, lines, corpus_lines):
    if len(lines) > 1:
        i = rng.randrange(len(lines) - 1)
        j = min(len(lines), i + rng.randint(2, 12))
        block = lines[i:j]
        rng.shuffle(block)
        lines[i:j] = block


def _duplicate(rng, lines, corpus_lines):
    if lines:
        i = rng.randrange(len(lines))
        j = min(len(lines), i + rng.randint(1, 8))
        at = rng.randrange(len(lines) + 1)
        lines[at:at] = lines[i:j]


def _delete(rng, lines, corpus_lines):
    if len(lines) > 1:
        i = rng.randrange(len(lines))
        del lines[i:i + rng.randint(1, 4)]


def _truncate(rng, lines, corpus_lines):
    if lines:
        i = rng.randrange(len(lines))
        if lines[i]:
            lines[i] = lines[i][:rng.randrange(len(lines[i]) + 1)] if rng.random() < .7 else \
                lines[i][rng.randrange(len(lines[i])):]


def _join(rng, lines, corpus_lines):
    if len(lines) > 1:
        i = rng.randrange(len(lines) - 1)
        lines[i:i + 2] = [lines[i] + rng.choice([" ", "", "  "]) + lines[i + 1]]


def _split_line(rng, lines, corpus_lines):
    if lines:
        i = rng.randrange(len(lines))
        if len(lines[i]) > 1:
            k = rng.randrange(1, len(lines[i]))
            lines[i:i + 1] = [lines[i][:k], lines[i][k:]]


def _inject_token(rng, lines, corpus_lines):
    i = rng.randrange(len(lines) + 1)
    token = rng.choice(TOKENS) if rng.random() < .7 else " ".join(rng.choice(corpus_lines).split()[:2])
    if i < len(lines) and rng.random() < .6:
        lines[i] = token + rng.choice([" ", "", "\t"]) + lines[i].lstrip()
    else:
        lines.insert(i, token)


def _foreign_line(rng, lines, corpus_lines):
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(corpus_lines))


def _indent(rng, lines, corpus_lines):
    if lines:
        i = rng.randrange(len(lines))
        prefix = rng.choice(["", "  ", "    ", "\t", "# ", "### ", "###### ", "####### ", " \t ", "#"])
        lines[i] = prefix + (lines[i].lstrip() if rng.random() < .5 else lines[i])


def _unicode(rng, lines, corpus_lines):
    if lines:
        i = rng.randrange(len(lines))
        k = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:k] + rng.choice(UNICODE) + lines[i][k:]


def _blank(rng, lines, corpus_lines):
    lines.insert(rng.randrange(len(lines) + 1), rng.choice(["", " ", "\t", "   "]))


def _long_line(rng, lines, corpus_lines):
    """A line of thousands of words: a paragraph that lost its line breaks."""
    if lines:
        i = rng.randrange(len(lines))
        lines[i] = " ".join(rng.choice(corpus_lines) for _ in range(rng.randint(20, 400)))


MUTATIONS = [_shuffle, _duplicate, _delete, _truncate, _join, _split_line, _inject_token, _inject_token,
             _foreign_line, _indent, _unicode, _unicode, _blank, _long_line]


def make_input(rng: random.Random, corpus, corpus_lines) -> tuple[str, str, list[str]]:
    name, lang, lines = rng.choice(corpus)
    size = rng.choice([3, 10, 40, 150, 600])
    start = rng.randrange(max(1, len(lines) - size))
    window = lines[start:start + size]
    applied = []
    for _ in range(rng.choice([0, 1, 2, 3, 5, 10])):
        mutation = rng.choice(MUTATIONS)
        mutation(rng, window, corpus_lines)
        applied.append(mutation.__name__.lstrip("_"))
    text = "\n".join(window)
    if rng.random() < .1:
        text += "\n"
    if rng.random() < .2:
        lang = rng.choice(LANGS)
    return text, lang, [f"{name}:{start}"] + applied


# ---------------------------------------------------------------------- invariants

def document(text: str, lang: str) -> Document:
    return Document(path="fuzz.txt", name="fuzz.txt", sha256="", format="txt", text=text, lang=lang)


def lossless_problems(text: str, provisions: list[Provision]) -> list[str]:
    problems = []
    by_id: dict[str, Provision] = {}
    for p in provisions:
        if p.id in by_id:
            problems.append("duplicate id")
        by_id[p.id] = p
        if not 0 <= p.start <= p.end <= len(text):
            problems.append("range outside the text")
        elif p.text != text[p.start:p.end]:
            problems.append("text is not text[start:end]")
    if not text:
        return problems + (["provisions of an empty text"] if provisions else [])
    tops = [p for p in provisions if p.parent is None]
    if not tops or tops[0].start != 0 or tops[-1].end != len(text):
        problems.append("top level does not cover the text")
    if any(a.end != b.start for a, b in zip(tops, tops[1:])):
        problems.append("top level has a gap or overlap")
    seen: set[str] = set()
    siblings: dict[str, list[Provision]] = {}
    for p in provisions:
        if p.parent is not None:
            parent = by_id.get(p.parent)
            if parent is None or p.parent not in seen:
                problems.append("child before (or without) its parent")
            elif not (parent.start <= p.start and p.end <= parent.end):
                problems.append("child outside its parent")
            siblings.setdefault(p.parent, []).append(p)
        seen.add(p.id)
    if any(a.end > b.start for group in siblings.values() for a, b in zip(group, group[1:])):
        problems.append("siblings overlap")
    if any(a.start > b.start for a, b in zip(provisions, provisions[1:])):
        problems.append("not in document order")
    return sorted(set(problems))


def append_problems(text: str, lang: str, provisions: list[Provision], appendix: str) -> list[str]:
    base = text if text.endswith("\n") or not text else text + "\n"
    if base != text:
        provisions = split(document(base, lang))
    after = {p.id: p for p in split(document(base + appendix, lang))}
    for p in provisions:
        if p.end < len(base):
            q = after.get(p.id)
            if q is None:
                return ["an id disappeared after appending text"]
            if (q.unit, q.number, q.parent, q.start, q.end) != (p.unit, p.number, p.parent, p.start, p.end):
                return ["a provision changed after appending text"]
    return []


def check(text: str, lang: str, rng: random.Random, corpus_lines) -> tuple[list[str], float]:
    started = time.perf_counter()
    try:
        provisions = split(document(text, lang))
    except Exception as error:  # noqa: BLE001 -- any exception is a finding
        return [f"raised {type(error).__name__}: {error}".splitlines()[0][:120]], time.perf_counter() - started
    seconds = time.perf_counter() - started
    problems = lossless_problems(text, provisions)
    if rng.random() < .2:
        if split(document(text, lang)) != provisions:
            problems.append("not deterministic")
        appendix = "\n".join(rng.choice(corpus_lines) for _ in range(rng.randint(1, 30)))
        try:
            problems += append_problems(text, lang, provisions, appendix)
        except Exception as error:  # noqa: BLE001
            problems.append(f"raised {type(error).__name__} after appending: {error}"[:120])
    return problems, seconds


def save(text: str, lang: str, history: list[str], problems: list[str], folder: Path = FAILURES) -> Path:
    folder.mkdir(exist_ok=True)
    digest = hashlib.sha256(f"{lang}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    path = folder / f"{digest}.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    path.with_suffix(".json").write_text(json.dumps(
        {"lang": lang, "mutations": history, "problems": problems}, ensure_ascii=False, indent=1))
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="time budget")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (holds laws/)")
    parser.add_argument("--slow", type=float, default=0.5, help="seconds per 10,000 chars counted as slow")
    parser.add_argument("--failures", type=Path, default=FAILURES, help="folder for failing inputs")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    corpus = load_corpus(args.shared)
    if not corpus:
        print(f"no statutes under {args.shared / 'laws'}", file=sys.stderr)
        return 2
    corpus_lines = [line for _, _, lines in corpus for line in lines if line.strip()]
    print(f"fuzzing gapcheck.split for {args.seconds:.0f} s, seed {seed}, "
          f"{len(corpus)} files, {len(corpus_lines):,} lines")
    started = time.perf_counter()
    inputs = chars = lines = 0
    failures: Counter = Counter()
    examples: dict[str, Path] = {}
    slow: list[tuple[float, int, str]] = []
    split_seconds = 0.0
    while time.perf_counter() - started < args.seconds:
        text, lang, history = make_input(rng, corpus, corpus_lines)
        problems, seconds = check(text, lang, rng, corpus_lines)
        inputs += 1
        chars += len(text)
        lines += text.count("\n") + 1
        split_seconds += seconds
        if seconds > args.slow * max(1.0, len(text) / 10_000):
            slow.append((seconds, len(text), " ".join(history)))
            problems.append("slow")
        for problem in problems:
            failures[problem] += 1
            if problem not in examples:
                examples[problem] = save(text, lang, history, problems, args.failures)
    elapsed = time.perf_counter() - started
    print(f"{inputs:,} inputs ({lines:,} lines, {chars:,} chars) in {elapsed:.0f} s; "
          f"split itself {split_seconds:.0f} s ({lines / max(split_seconds, 1e-9):,.0f} lines/s)")
    if not failures:
        print("no invariant broken")
        return 0
    for problem, count in failures.most_common():
        example = examples[problem]
        shown = example.relative_to(ROOT) if example.is_relative_to(ROOT) else example
        print(f"{count:6} x {problem}  e.g. {shown}")
    for seconds, size, history in sorted(slow, reverse=True)[:5]:
        print(f"slow: {seconds:.2f} s for {size:,} chars ({history})")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
