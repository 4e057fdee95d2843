"""Which language a statute is written in: the five gapcheck has pipelines for.

``detect`` counts function words (articles, prepositions, conjunctions, modal verbs of
legal drafting) from the profiles in ``data/lang_profiles.json``; it is deterministic,
offline and fast, and it refuses to guess when the evidence is thin.  ``check``
normalises a code that a user typed (``"EN"``, ``"en-GB"``, ``"fra"``).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from .errors import UnknownLanguage

SUPPORTED = ("en", "fr", "es", "de", "pt")

# Only the start of a document is scored: 20,000 characters hold thousands of function
# words, and a long code must not cost more than a short one.
SAMPLE_CHARS = 20_000

# The evidence a verdict needs.  Each function word counts 1/(number of languages that list
# it), so MIN_EVIDENCE = 4 means at least four words that only the winning language uses,
# or more that it shares; a short sentence of legal text reaches 10 and more.
MIN_EVIDENCE = 4.0

# The winner must lead the runner-up by this factor.  Spanish and Portuguese share most
# of their function words; their distinct ones (el/los/del/y against do/da/em/não) still
# give a lead of 3x and more on any real provision, so 1.5 only rejects true ties.
MIN_LEAD = 1.5

# ISO 639-2 codes (as Akoma Ntoso's FRBRlanguage and many catalogues write them) and the
# English names, so that "--lang fra" or "--lang German" work too.
_ALIASES = {
    "eng": "en", "english": "en",
    "fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr",
    "spa": "es", "spanish": "es", "español": "es", "espanol": "es",
    "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "por": "pt", "portuguese": "pt", "português": "pt", "portugues": "pt",
}

_WORD = re.compile(r"[^\W\d_]+")
# A BCP 47 tag as far as gapcheck reads it: a language, then optional subtags ("pt-BR").
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{1,8})*")


def check(code: str) -> str:
    """Give back the ISO 639-1 code gapcheck uses for ``code``, or raise UnknownLanguage.

    Case and region subtags are ignored ("EN", "en-GB", "pt_BR" give "en", "en", "pt").
    """
    if not isinstance(code, str) or not code.strip():
        raise UnknownLanguage(f"no language given; use one of {', '.join(SUPPORTED)}")
    normalised = code.strip().lower().replace("_", "-")
    if normalised in _ALIASES:
        return _ALIASES[normalised]
    if _LANGUAGE_TAG.fullmatch(normalised):
        primary = normalised.split("-", 1)[0]
        if primary in SUPPORTED:
            return primary
        if primary in _ALIASES:
            return _ALIASES[primary]
    raise UnknownLanguage(f"unknown language {code!r}; use one of {', '.join(SUPPORTED)}")


def detect(text: str, source: str = "the text") -> str:
    """Give back the language (one of SUPPORTED) that ``text`` is written in.

    Raises UnknownLanguage when the text has too few function words of any one language
    (too short, a table of numbers, a language gapcheck does not support) or when two
    languages score alike; ``source`` (a file name) is named in that message.
    """
    scores = score(text)
    ranked = sorted(SUPPORTED, key=lambda lang: (-scores[lang], SUPPORTED.index(lang)))
    best, runner_up = ranked[0], ranked[1]
    if scores[best] < MIN_EVIDENCE or scores[best] < MIN_LEAD * scores[runner_up]:
        raise UnknownLanguage(
            f"could not detect the language of {source}; "
            f"pass --lang (one of {', '.join(SUPPORTED)})")
    return best


def score(text: str) -> dict[str, float]:
    """Give back the weighted function-word count of each supported language in ``text``.

    Exposed so that a user (or a test) can see why ``detect`` decided as it did.
    """
    # NFC first: a PDF may spell "é" as "e" + combining accent, which would split the word.
    sample = unicodedata.normalize("NFC", text[:SAMPLE_CHARS]).lower()
    words = Counter(_WORD.findall(sample))
    weights = _weights()
    scores = {lang: 0.0 for lang in SUPPORTED}
    for word, count in words.items():
        for lang, weight in weights.get(word, ()):
            scores[lang] += count * weight
    return scores


@lru_cache(maxsize=1)
def profiles() -> dict[str, frozenset[str]]:
    """Give back the function words of each supported language, as kept in data/."""
    raw = json.loads(resources.files("gapcheck").joinpath("data", "lang_profiles.json")
                     .read_text(encoding="utf-8"))
    return {lang: frozenset(raw["languages"][lang]["words"]) for lang in SUPPORTED}


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Map each function word to the languages listing it, each with weight 1/len(languages)."""
    listed_in: dict[str, list[str]] = {}
    for lang, words in profiles().items():
        for word in words:
            listed_in.setdefault(word, []).append(lang)
    return {word: tuple((lang, 1.0 / len(langs)) for lang in langs)
            for word, langs in listed_in.items()}
