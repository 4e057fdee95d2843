"""Benchmark gapcheck on whole codes: time, throughput, peak memory, scaling (issue 7).

Run as ``python bench/run.py [--shared PATH] [--quick] [--jobs N] [--profile]``.

Every measurement runs in a fresh Python process (``bench/run.py --measure ...``), so
that peaks do not mix and nothing is cached from one measurement to the next: each
measurement pays for its own rubric, model and spaCy pipeline, as a user's run does.
What is printed:

* **t.18**: ``gapcheck.analysis.analyze`` on ``us/usc-title18.txt`` (2.7 MB), with the
  time of each stage; and, in a process of its own, a bare spaCy tokenizer pass over the
  same text (``spacy.blank(lang)``: ``nlp.tokenizer(text)`` on the whole text, and
  ``nlp.pipe`` over its lines), and the ratio of the two;
* **StGB + StPO**: the same for ``de/stgb.txt`` and ``de/stpo.txt`` analysed together;
* **corpus**: every jurisdiction folder of the shared corpus analysed as one law (all its
  ``.txt`` files together), folder after folder in one process, as a ``compare`` run does;
  with ``--jobs 1`` and with ``--jobs N``;
* **scaling**: ``de/stgb.txt`` repeated 1, 2, 4 and 8 times (joined by a newline) in one
  file; the cost of each relative to 1x, for the whole run and for the work that grows
  with the text (the run without loading the rubric, the model and the pipeline).

Peak memory is the process's maximum resident set size (``getrusage``), which includes
Python, spaCy and scikit-learn themselves; the resident size after the imports is shown
next to it.  ``--tracemalloc`` adds, for t.18, the peak of Python allocations as traced
by ``tracemalloc`` (a separate, slower run).  ``--profile PATH`` writes a pyinstrument
profile of the t.18 analysis to PATH (``pip install pyinstrument``; spaCy's Cython code
shows as ``[self]`` and ``cinit`` frames at the top level, not under ``match_sections``).

``--quick`` measures StGB + StPO and a 1x/2x/4x scaling only (about a minute).
Exit status 1 if a target of issue 7 is missed (see TARGETS).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"

# Issue 7's targets.
TARGETS = {
    "t18_ratio": 3.0,           # t.18 analysis / bare tokenizer pass (aim: 2)
    "t18_peak_mib": 500,        # peak resident memory of the t.18 analysis
    "corpus_seconds": 60,       # the whole corpus, folder by folder
    "scaling_8x": 8.5,          # 8 copies of a text cost at most 8.5x one copy
}


# ---------------------------------------------------------------------- in the child process

def _maxrss_mib() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _current_rss_mib() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except OSError:
        return float("nan")


def _repeated(paths: list[str], repeat: int, folder: str) -> list[str]:
    """Give back ``paths``, or copies of them holding their text ``repeat`` times."""
    if repeat == 1:
        return paths
    copies = []
    for path in paths:
        text = Path(path).read_bytes().decode("utf-8")
        copy = Path(folder) / f"x{repeat}-{Path(path).name}"
        copy.write_text("\n".join([text.rstrip("\n")] * repeat) + "\n", encoding="utf-8")
        copies.append(str(copy))
    return copies


class _Stages:
    """Wraps the stage functions that ``gapcheck.analysis`` calls, adding up their time."""

    NAMES = ("read", "load_rubric", "load_model", "split", "match_sections",
             "findings_from_matches", "link", "cover")

    def __init__(self):
        import gapcheck.analysis as analysis
        import gapcheck.classify as classify

        self.seconds: dict[str, float] = {}
        for name in self.NAMES:
            setattr(analysis, name, self._timed(name, getattr(analysis, name)))
        # The pipeline is built on the first match_sections call; counted apart.
        classify.pipeline = self._timed("pipeline", classify.pipeline)

    def _timed(self, name, function):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        return timed

    def report(self) -> dict[str, float]:
        seconds = dict(self.seconds)
        if "match_sections" in seconds:
            seconds["match_sections"] -= seconds.get("pipeline", 0.0)
        return {name: round(value, 3) for name, value in seconds.items()}


def measure_analyze(paths: list[str], jobs: int, repeat: int, traced: bool) -> dict:
    import gapcheck.analysis as analysis
    from gapcheck.read import read

    rss_after_imports = _current_rss_mib()
    stages = _Stages()
    with tempfile.TemporaryDirectory() as folder:
        paths = _repeated(paths, repeat, folder)
        words = sum(len(read(p).text.split()) for p in paths)
        chars = sum(len(read(p).text) for p in paths)
        stages.seconds.clear()
        if traced:
            import tracemalloc
            tracemalloc.start()
        started, cpu_started = time.perf_counter(), time.process_time()
        result = analysis.analyze(paths, jobs=jobs)
        analysed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rendered = analysis.to_json(result)
        total = time.perf_counter() - started
        traced_peak = None
        if traced:
            traced_peak = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
            tracemalloc.stop()
    setup = sum(stages.seconds.get(k, 0.0) for k in ("load_rubric", "load_model", "pipeline"))
    return {"kind": "analyze", "files": len(paths), "chars": chars, "words": words,
            "seconds": round(analysed, 3), "cpu_seconds": round(cpu, 3),
            "with_json": round(total, 3), "setup": round(setup, 3),
            "json_bytes": len(rendered.encode("utf-8")), "stages": stages.report(),
            "maxrss_mib": round(_maxrss_mib(), 1), "rss_after_imports_mib": round(rss_after_imports, 1),
            "tracemalloc_peak_mib": None if traced_peak is None else round(traced_peak, 1),
            "requirements": len(result.verdicts), "findings": len(result.findings)}


def measure_tokenize(paths: list[str], repeat: int) -> dict:
    import spacy

    from gapcheck.read import read

    with tempfile.TemporaryDirectory() as folder:
        documents = [read(p) for p in _repeated(paths, repeat, folder)]
    result = {"kind": "tokenize", "words": sum(len(d.text.split()) for d in documents)}
    # A fresh blank pipeline for each pass: the tokenizer caches what it has seen.
    started, cpu_started = time.perf_counter(), time.process_time()
    tokens = 0
    for document in documents:
        tokens += len(spacy.blank(document.lang).tokenizer(document.text))
    result["whole_seconds"] = round(time.perf_counter() - started, 3)
    result["whole_cpu_seconds"] = round(time.process_time() - cpu_started, 3)
    started, cpu_started = time.perf_counter(), time.process_time()
    for document in documents:
        nlp = spacy.blank(document.lang)
        for doc in nlp.pipe(document.text.split("\n"), batch_size=256):
            pass
    result["lines_seconds"] = round(time.perf_counter() - started, 3)
    result["lines_cpu_seconds"] = round(time.process_time() - cpu_started, 3)
    result["tokens"] = tokens
    result["maxrss_mib"] = round(_maxrss_mib(), 1)
    return result


def measure_corpus(shared: Path, jobs: int) -> dict:
    import gapcheck.analysis as analysis

    rss_after_imports = _current_rss_mib()
    folders = []
    started = time.perf_counter()
    for folder in sorted(p for p in (shared / "laws").iterdir() if p.is_dir()):
        files = sorted(str(p) for p in folder.glob("*.txt"))
        if not files:
            continue
        begun = time.perf_counter()
        result = analysis.analyze(files, jobs=jobs)
        analysis.to_json(result)
        folders.append({"folder": folder.name, "files": len(files),
                        "chars": sum(len(d.text) for d in result.documents),
                        "words": sum(len(d.text.split()) for d in result.documents),
                        "seconds": round(time.perf_counter() - begun, 3)})
    return {"kind": "corpus", "jobs": jobs, "seconds": round(time.perf_counter() - started, 3),
            "words": sum(f["words"] for f in folders), "chars": sum(f["chars"] for f in folders),
            "folders": folders, "maxrss_mib": round(_maxrss_mib(), 1),
            "rss_after_imports_mib": round(rss_after_imports, 1)}


def profile_t18(path: str, output: Path) -> dict:
    from pyinstrument import Profiler

    import gapcheck.analysis as analysis

    profiler = Profiler(interval=0.002)
    profiler.start()
    analysis.to_json(analysis.analyze([path]))
    profiler.stop()
    output.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    return {"kind": "profile", "written": str(output)}


def child(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench/run.py --measure")
    parser.add_argument("kind", choices=["analyze", "tokenize", "corpus", "profile"])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.kind == "analyze":
        result = measure_analyze(args.files, args.jobs, args.repeat, args.tracemalloc)
    elif args.kind == "tokenize":
        result = measure_tokenize(args.files, args.repeat)
    elif args.kind == "corpus":
        result = measure_corpus(args.shared, args.jobs)
    else:
        result = profile_t18(args.files[0], args.output)
    print(json.dumps(result))


# ---------------------------------------------------------------------- in the parent process

def run(*args: str) -> dict:
    """Run one measurement in a fresh interpreter and give back what it reports."""
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", *args]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"measurement failed: {' '.join(args)}\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_seconds"] = round(time.perf_counter() - started, 3)
    result["load_after"] = round(os.getloadavg()[0], 2)   # other work on the machine skews the times
    return result


def machine() -> list[str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.splitlines()[1]
        memory = " ".join(memory.split()[1:3])
    except (OSError, IndexError):
        memory = "?"
    import spacy
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [f"machine: {os.cpu_count()} CPUs ({cpu}), memory total/used {memory}, load {load}",
            f"python {platform.python_version()}, spaCy {spacy.__version__}, {platform.platform()}"]


def mib(value) -> str:
    return "-" if value is None else f"{value:.0f} MiB"


def stage_line(stages: dict[str, float]) -> str:
    order = ["read", "load_rubric", "load_model", "pipeline", "split", "match_sections",
             "findings_from_matches", "link", "cover"]
    return ", ".join(f"{name} {stages[name]:.2f}" for name in order if name in stages)


def show_pair(title: str, analysed: dict, tokenized: dict, checks: dict, key: str | None = None) -> None:
    words = analysed["words"]
    print(f"\n## {title}: {analysed['files']} file(s), {analysed['chars']:,} chars, {words:,} words")
    print(f"analyze        {analysed['seconds']:7.2f} s  (CPU {analysed['cpu_seconds']:.2f} s)"
          f"  {words / analysed['seconds']:9,.0f} words/s"
          f"  (+ JSON {analysed['with_json'] - analysed['seconds']:.2f} s; setup {analysed['setup']:.2f} s;"
          f" process {analysed['process_seconds']:.1f} s; load {analysed['load_after']:.1f})")
    print(f"  stages (s): {stage_line(analysed['stages'])}")
    print(f"  peak RSS {mib(analysed['maxrss_mib'])} (after imports {mib(analysed['rss_after_imports_mib'])})"
          + (f"; tracemalloc peak {mib(analysed['tracemalloc_peak_mib'])}"
             if analysed.get("tracemalloc_peak_mib") is not None else ""))
    whole, lines = tokenized["whole_seconds"], tokenized["lines_seconds"]
    print(f"bare tokenizer {whole:7.2f} s  (CPU {tokenized['whole_cpu_seconds']:.2f} s; spacy.blank "
          f"tokenizer on the whole text; nlp.pipe over lines {lines:.2f} s, CPU "
          f"{tokenized['lines_cpu_seconds']:.2f} s)")
    print(f"ratio analyze / tokenizer: {analysed['seconds'] / whole:.1f}x (whole text), "
          f"{analysed['seconds'] / lines:.1f}x (pipe over lines); "
          f"without setup {(analysed['seconds'] - analysed['setup']) / whole:.1f}x / "
          f"{(analysed['seconds'] - analysed['setup']) / lines:.1f}x")
    if key:
        checks[f"{key} ratio <= {TARGETS['t18_ratio']}x (whole-text tokenizer)"] = \
            analysed["seconds"] / whole <= TARGETS["t18_ratio"]
        checks[f"{key} peak <= {TARGETS['t18_peak_mib']} MiB"] = analysed["maxrss_mib"] <= TARGETS["t18_peak_mib"]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--measure"]:
        child(argv[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (holds laws/)")
    parser.add_argument("--quick", action="store_true", help="StGB + StPO and a 1x/2x/4x scaling only")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="--jobs of the parallel corpus run")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations of t.18")
    parser.add_argument("--profile", type=Path, default=None, metavar="PATH",
                        help="write a pyinstrument profile of the t.18 analysis to PATH")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw measurements here")
    args = parser.parse_args(argv)
    laws = args.shared / "laws"
    if not laws.is_dir():
        print(f"{laws} not found; pass --shared", file=sys.stderr)
        return 2
    t18 = str(laws / "us" / "usc-title18.txt")
    german = [str(laws / "de" / "stgb.txt"), str(laws / "de" / "stpo.txt")]
    print("# gapcheck benchmark" + (" (quick)" if args.quick else ""))
    for line in machine():
        print(line)
    raw: dict = {}
    checks: dict[str, bool] = {}

    if not args.quick:
        raw["t18"] = run("analyze", t18)
        raw["t18_tokenize"] = run("tokenize", t18)
        if args.tracemalloc:
            raw["t18"]["tracemalloc_peak_mib"] = run("analyze", t18, "--tracemalloc")["tracemalloc_peak_mib"]
        show_pair("us/usc-title18.txt", raw["t18"], raw["t18_tokenize"], checks, key="t.18")
    raw["de"] = run("analyze", *german)
    raw["de_tokenize"] = run("tokenize", *german)
    show_pair("de/stgb.txt + de/stpo.txt", raw["de"], raw["de_tokenize"], checks)

    if not args.quick:
        print("\n## corpus: every folder of shared/laws as one law (its .txt files), folder by folder")
        for jobs in sorted({1, max(1, args.jobs)}):
            corpus = raw[f"corpus_jobs{jobs}"] = run("corpus", "--jobs", str(jobs), "--shared", str(args.shared))
            slowest = sorted(corpus["folders"], key=lambda f: -f["seconds"])[:3]
            print(f"--jobs {jobs}: {corpus['seconds']:.1f} s for {len(corpus['folders'])} folders, "
                  f"{corpus['words']:,} words ({corpus['words'] / corpus['seconds']:,.0f} words/s; "
                  f"load {corpus['load_after']:.1f}); "
                  f"peak RSS {mib(corpus['maxrss_mib'])}; slowest: "
                  + ", ".join(f"{f['folder']} {f['seconds']:.1f} s" for f in slowest))
            checks[f"corpus --jobs {jobs} < {TARGETS['corpus_seconds']} s"] = \
                corpus["seconds"] < TARGETS["corpus_seconds"]
        raw["corpus_tokenize"] = run("tokenize", *sorted(str(p) for p in laws.glob("*/*.txt")))
        tokenized = raw["corpus_tokenize"]
        print(f"bare tokenizer over the corpus: {tokenized['whole_seconds']:.1f} s (whole texts), "
              f"{tokenized['lines_seconds']:.1f} s (pipe over lines); "
              f"ratio --jobs 1: {raw['corpus_jobs1']['seconds'] / tokenized['whole_seconds']:.1f}x / "
              f"{raw['corpus_jobs1']['seconds'] / tokenized['lines_seconds']:.1f}x")

    factors = (1, 2, 4) if args.quick else (1, 2, 4, 8)
    print(f"\n## scaling: de/stgb.txt repeated {', '.join(f'{k}x' for k in factors)}")
    scaling = raw["scaling"] = {k: run("analyze", german[0], "--repeat", str(k)) for k in factors}
    base = scaling[1]
    for k, result in scaling.items():
        work, base_work = result["seconds"] - result["setup"], base["seconds"] - base["setup"]
        cpu_work = result["cpu_seconds"] - result["setup"]
        base_cpu_work = base["cpu_seconds"] - base["setup"]
        print(f"{k}x: {result['words']:>9,} words  analyze {result['seconds']:6.2f} s "
              f"({result['seconds'] / base['seconds']:4.2f}x of 1x)  without setup {work:6.2f} s "
              f"({work / base_work:4.2f}x; CPU {cpu_work / base_cpu_work:4.2f}x)  "
              f"peak RSS {mib(result['maxrss_mib'])}  "
              f"stages: {stage_line(result['stages'])}")
    if 8 in scaling:
        eight = scaling[8]
        checks[f"8x costs <= {TARGETS['scaling_8x']}x of 1x (without setup)"] = \
            (eight["seconds"] - eight["setup"]) <= TARGETS["scaling_8x"] * (base["seconds"] - base["setup"])

    if args.profile:
        run("profile", t18, "--output", str(args.profile.resolve()))
        print(f"\nprofile of the t.18 analysis written to {args.profile}")

    if checks:
        print("\n## targets")
        for name, ok in checks.items():
            print(f"{'ok  ' if ok else 'MISS'} {name}")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
