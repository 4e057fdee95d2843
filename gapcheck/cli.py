"""Thin command-line interface: each command parses options and calls one library function."""
from __future__ import annotations

import json
import sys

import click

from .errors import GapcheckError

JSON_TEXT = click.Choice(["json", "text"])
LANG_HELP = "Language of the text (en, fr, es, de, pt); detected when omitted."
RUBRIC_HELP = "Rubric file (rubric.yaml); the bundled rubric when omitted."
JOBS_HELP = "Documents to split and match at a time, in worker processes (0: one per CPU)."


class _Group(click.Group):
    """Turns library errors into one ``Error: ...`` line and exit 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GapcheckError as exc:
            raise click.ClickException(str(exc)) from None


def _deliver(content: str, output: str | None, force: bool) -> None:
    if output:
        from .output import write_atomic
        write_atomic(output, content, force=force)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(content, nl=not content.endswith("\n"))


def _check_output(output: str | None, force: bool) -> None:
    """Refuse an existing --output before the analysis runs, not after."""
    if output:
        from .output import check_writable
        check_writable(output, force=force)


def _json(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _progress(total: int):
    """A progress callback on stderr for runs over several documents, off when not a terminal."""
    if total < 2 or not sys.stderr.isatty():
        return None
    done = {"n": 0}

    def report(name: str) -> None:
        done["n"] += 1
        click.echo(f"[{done['n']}/{total}] {name}", err=True)
    return report


def _law_inputs(command):
    """The inputs every analysing command takes: FILES, --lang, --rubric, --rules-only."""
    for option in reversed((
        click.argument("files", nargs=-1, required=True, type=click.Path()),
        click.option("--lang", default=None, help=LANG_HELP),
        click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP),
        click.option("--rules-only", is_flag=True, help="Do not use the trained relevance model."),
    )):
        command = option(command)
    return command


@click.group(cls=_Group)
@click.version_option(package_name="gapcheck")
def main():
    """Gap analysis of child-protection law against A/79/122 para 97 and the OPSC."""


@main.command()
@click.argument("file", type=click.Path())
@click.option("--lang", default=None, help=LANG_HELP)
@click.option("--format", "fmt", type=JSON_TEXT, default="text", show_default=True)
def split(file, lang, fmt):
    """Split FILE into provisions (sections, subsections, paragraphs, ...)."""
    from .read import read
    from .split import render_text, split as split_document

    document = read(file, lang=lang)
    provisions = split_document(document)
    if fmt == "json":
        click.echo(_json([p.to_dict() for p in provisions]), nl=False)
    else:
        click.echo(render_text(document, provisions))


@main.group(cls=_Group)
def rubric():
    """List, show and validate the rubric."""


@rubric.command("list")
@click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP)
@click.option("--format", "fmt", type=JSON_TEXT, default="text", show_default=True)
def rubric_list(rubric_path, fmt):
    """List the rubric's requirements (id, title, sources)."""
    from .rubric import load, render_list
    click.echo(render_list(load(rubric_path), fmt))


@rubric.command("show")
@click.argument("requirement_id")
@click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP)
@click.option("--format", "fmt", type=JSON_TEXT, default="text", show_default=True)
def rubric_show(requirement_id, rubric_path, fmt):
    """Show one requirement: elements, verdict rules, cues, guidance."""
    from .rubric import load, render_show
    click.echo(render_show(load(rubric_path), requirement_id, fmt))


@rubric.command("validate")
@click.argument("path", type=click.Path())
def rubric_validate(path):
    """Validate a rubric (rubric.yaml or its folder); exit 1 with the problem if invalid."""
    from .rubric import load
    loaded = load(path)
    click.echo(f"{path}: valid rubric {loaded.id} {loaded.version}, {len(loaded.requirements)} requirements, "
               f"sha256 {loaded.sha256}")


@main.command()
@_law_inputs
@click.option("--format", "fmt", type=JSON_TEXT, default="text", show_default=True)
@click.option("--jobs", type=click.IntRange(min=0), default=1, show_default=True, help=JOBS_HELP)
def classify(files, lang, rubric_path, rules_only, fmt, jobs):
    """Classify the provisions of FILES against the rubric and show the findings per provision."""
    from .analysis import analyze
    analysis = analyze(files, lang=lang, rubric_path=rubric_path, use_model=not rules_only,
                       progress=_progress(len(files)), jobs=jobs)
    if fmt == "json":
        r = analysis.rubric
        click.echo(_json({"rubric": {"id": r.id, "version": r.version, "sha256": r.sha256},
                          "documents": [d.to_dict() for d in analysis.documents],
                          "findings": [f.to_dict() for f in analysis.findings]}), nl=False)
        return
    current = None
    for f in analysis.findings:
        if (f.document, f.section) != current:
            current = (f.document, f.section)
            click.echo(f"{f.document} {f.section}")
        click.echo(f"  {f.provision:40} {f.requirement}/{f.element} [{f.polarity}] "
                   f"“{' '.join(f.quote.split())[:50]}” {f.score:.2f} {f.rule}")


@main.command()
@click.argument("annotations", nargs=-1, type=click.Path())
@click.option("--laws-root", type=click.Path(), default=None,
              help="Folder the annotations' document paths are relative to (default ../shared/laws).")
@click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP)
@click.option("--verdicts", is_flag=True,
              help="Compare analyze's verdicts with expected verdicts instead (default: annotations/verdicts, "
                   "laws/expected.yaml, laws/styles/expected.yaml and laws/heldout/expected.yaml).")
@click.option("--held-out", "held_out", default=None, metavar="NAMES",
              help="Comma-separated jurisdictions (or verdict cases) reported apart as held out from rubric "
                   "development (default: serendip,new-carthage,brabantie,andesia,bergland,zambeze,awash,tadjoura,bioko,eupen,itaparica,"
                   "addu,bani,paramo,wienerwald).")
@click.option("--agreement", "second", multiple=True, type=click.Path(), metavar="PATH",
              help="A second person's labels (or, with --verdicts, verdicts) for the same items: report how "
                   "far the two people agree, and the system beside them (annotations/agreement/...).")
@click.option("--format", "fmt", type=JSON_TEXT, default="text", show_default=True)
def evaluate(annotations, laws_root, rubric_path, verdicts, held_out, second, fmt):
    """Precision, recall, F1 per requirement on ANNOTATIONS (default: the bundled annotations/)."""
    from . import evaluate as ev
    held = ev.HELD_OUT if held_out is None else tuple(n.strip() for n in held_out.split(",") if n.strip())
    if second:
        from . import agreement as ag
        if verdicts:
            report = ag.verdict_agreement(annotations or [ev.VERDICTS_DIR], second, laws_root, rubric_path)
            text = ag.render_verdicts_text
        else:
            from .rubric import load
            report = ag.label_agreement(annotations or [ev.ANNOTATIONS_DIR], second, load(rubric_path),
                                        laws_root, rubric_path)
            text = ag.render_labels_text
        click.echo(_json(report) if fmt == "json" else text(report), nl=fmt != "json")
        return
    if verdicts:
        cases = ev.verdict_cases(annotations or list(ev.VERDICT_SOURCES), laws_root)
        report = ev.evaluate_verdicts(cases, rubric_path, held)
        click.echo(_json(report) if fmt == "json" else ev.render_verdicts_text(report), nl=fmt != "json")
        return
    from .rubric import load
    report = ev.evaluate(annotations or [ev.ANNOTATIONS_DIR], load(rubric_path), laws_root, rubric_path, held)
    click.echo(_json(report) if fmt == "json" else ev.render_text(report), nl=fmt != "json")


@main.command()
@click.argument("annotations", nargs=-1, type=click.Path())
@click.option("--laws-root", type=click.Path(), default=None,
              help="Folder the annotations' document paths are relative to (default ../shared/laws).")
@click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP)
@click.option("--output", type=click.Path(), default=None, help="Model file (default: the bundled model).")
def train(annotations, laws_root, rubric_path, output):
    """Train the relevance model on ANNOTATIONS (default: the bundled annotations/) and save it."""
    from .evaluate import ANNOTATIONS_DIR, train as run
    from .rubric import load
    model, path = run(annotations or [ANNOTATIONS_DIR], load(rubric_path), laws_root, output, rubric_path)
    click.echo(f"trained on {sum(model.n_positives_.values())} labels; models for "
               f"{len(model.coef_)} requirements; saved {path}")


@main.command()
@_law_inputs
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html", "csv"]), default=None,
              help="Output format [default: text on a terminal, json otherwise].")
@click.option("--output", type=click.Path(), default=None, help="Write to this file instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
@click.option("--jobs", type=click.IntRange(min=0), default=1, show_default=True, help=JOBS_HELP)
def analyze(files, lang, rubric_path, rules_only, fmt, output, force, jobs):
    """Analyse FILES together as one jurisdiction's law: a verdict per requirement, with evidence."""
    _check_output(output, force)
    from .analysis import analyze as run
    from .report import render
    if fmt is None:
        fmt = "text" if (output is None and sys.stdout.isatty()) else "json"
    analysis = run(files, lang=lang, rubric_path=rubric_path, use_model=not rules_only,
                   progress=_progress(len(files)), jobs=jobs)
    _deliver(render(analysis, fmt, color=output is None and sys.stdout.isatty()), output, force)


@main.command()
@_law_inputs
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default="graphml",
              show_default=True)
@click.option("--output", type=click.Path(), default=None, help="Write to this file instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
def graph(files, lang, rubric_path, rules_only, fmt, output, force):
    """Export the provision-to-requirement graph of FILES (GraphML, GEXF or node-link JSON)."""
    _check_output(output, force)
    from .analysis import analyze as run
    from .graph import build, export
    analysis = run(files, lang=lang, rubric_path=rubric_path, use_model=not rules_only)
    _deliver(export(build(analysis), fmt), output, force)


@main.command()
@click.option("--law", "law", multiple=True, required=True, type=click.Path(), help="A file of the law (repeatable).")
@click.option("--bill", "bill", multiple=True, required=True, type=click.Path(), help="A file of the bill (repeatable).")
@click.option("--lang", default=None, help=LANG_HELP)
@click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP)
@click.option("--rules-only", is_flag=True, help="Do not use the trained relevance model.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html"]), default="text", show_default=True)
@click.option("--output", type=click.Path(), default=None, help="Write to this file instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
def diff(law, bill, lang, rubric_path, rules_only, fmt, output, force):
    """Verdicts before and after a bill: which gaps it closes, leaves or makes worse."""
    _check_output(output, force)
    from .diff import check_bill, render_text
    from .report import render_bill
    check = check_bill(law, bill, lang=lang, rubric_path=rubric_path, use_model=not rules_only)
    content = {"json": lambda c: _json(c.to_dict()), "md": lambda c: render_bill(c, "md"),
               "html": lambda c: render_bill(c, "html"), "text": render_text}[fmt](check)
    _deliver(content, output, force)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--rubric", "rubric_path", default=None, help=RUBRIC_HELP)
@click.option("--rules-only", is_flag=True, help="Do not use the trained relevance model.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "csv", "json"]), default="md", show_default=True)
@click.option("--output", type=click.Path(), default=None, help="Write to this file instead of stdout.")
@click.option("--heatmap", type=click.Path(), default=None,
              help="Also draw the matrix as an image; PNG or SVG by the extension (.png, .svg).")
@click.option("--force", is_flag=True, help="Overwrite --output and --heatmap if they exist.")
def compare(inputs, rubric_path, rules_only, fmt, output, heatmap, force):
    """Compare jurisdictions: a MANIFEST.yaml, or one folder per jurisdiction. Each is analysed
    alone, exactly as `gapcheck analyze` would, and the verdicts are set side by side."""
    from .compare import run
    progress = (lambda line: click.echo(line, err=True)) if sys.stderr.isatty() else None
    content = run(inputs, fmt, heatmap=heatmap, force=force, rubric_path=rubric_path,
                  use_model=not rules_only, progress=progress)
    _deliver(content, output, force)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
