"""The data model that every pipeline stage passes along.

read -> Document; split -> Provision; rubric -> Requirement/Element;
classify -> Finding (evidence); cover -> Coverage.
All are frozen so a stage can never change what an earlier stage produced.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional


@dataclass(frozen=True)
class Document:
    """A statute or bill as read: ``text`` is the exact text every offset points into."""

    path: str          # as given by the user
    name: str          # file name, used as the document id in outputs
    sha256: str        # of the raw bytes of the file
    format: str        # txt, md, html, docx, pdf, akn, ca-xml, de-xml
    text: str
    lang: str          # ISO 639-1 (en, fr, es, de, pt)
    title: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "path": self.path, "sha256": self.sha256,
                "format": self.format, "lang": self.lang, "title": self.title,
                "chars": len(self.text)}


@dataclass(frozen=True)
class Provision:
    """One unit of a statute's structure.

    ``id`` is an Akoma Ntoso-style eId derived from the numbering path
    (``sec_163.1__subsec_4.1__para_a``), so it is stable across runs.
    ``start``/``end`` are offsets into ``Document.text``; the provision owns
    every character in that range that no child owns.
    """

    id: str
    unit: str                  # part, chapter, title, section, article, subsection, paragraph, ...
    number: str                # as printed: "163.1", "(4.1)", "184b", "227-23", "" for preamble
    heading: str
    parent: Optional[str]
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


def polarity(role: str) -> str:
    """The polarity of evidence for an element of this rubric role: a ``narrows`` or
    ``contradicts`` element gives evidence of that polarity, anything else ``supports``."""
    return role if role in ("narrows", "contradicts") else "supports"


@dataclass(frozen=True)
class Finding:
    """Evidence that a provision speaks to one element of one requirement."""

    document: str
    provision: str       # provision id
    section: str         # number of the enclosing section/article as printed
    requirement: str
    element: str
    start: int           # offsets of the matched span in Document.text
    end: int
    quote: str
    rule: str            # the rule or model that fired, e.g. "cue:csam-ai-generated/virtual" or "model:logreg"
    score: float
    polarity: str = "supports"   # supports | narrows | contradicts

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class DefinedTerm:
    """A term a provision defines ("“child pornography” means ...", "(Kind)")."""

    document: str
    term: str            # lower-cased, whitespace-normalised
    provision: str       # id of the most specific provision holding the definition
    section: str         # id of its enclosing section/article
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Reference:
    """A cross-reference from one provision to another, resolved where the target exists."""

    document: str
    source: str          # provision id holding the reference
    section: str         # its enclosing section/article id
    target_document: str
    target: str          # provision id referred to
    start: int
    end: int
    quote: str
    rule: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class TermUse:
    """A section that uses a term defined elsewhere."""

    document: str
    section: str         # the using section's id
    term: str
    defined_document: str
    defined_in: str      # id of the defining provision
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)
