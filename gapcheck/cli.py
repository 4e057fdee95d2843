"""Thin command-line interface: each command parses options and calls one library function."""
from __future__ import annotations

import json
import sys

import click

from .errors import GapcheckError

FORMATS_JSON_TEXT = click.Choice(["json", "text"])


class _Group(click.Group):
    """Turns library errors into one ``Error: ...`` line and exit 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GapcheckError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group)
@click.version_option(package_name="gapcheck")
def main():
    """Gap analysis of child-protection law against A/79/122 para 97 and the OPSC."""


def _emit(payload) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


@main.command()
@click.argument("file", type=click.Path(dir_okay=True))
@click.option("--lang", default=None, help="Language of the text (en, fr, es, de, pt); detected if omitted.")
@click.option("--format", "fmt", type=FORMATS_JSON_TEXT, default="text", show_default=True)
def split(file, lang, fmt):
    """Split FILE into provisions (sections, subsections, paragraphs, ...)."""
    from .read import read
    from .split import split as split_document, render_text

    document = read(file, lang=lang)
    provisions = split_document(document)
    if fmt == "json":
        _emit([p.to_dict() for p in provisions])
    else:
        click.echo(render_text(document, provisions))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
