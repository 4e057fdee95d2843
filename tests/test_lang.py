"""Language detection and language codes (gapcheck.lang), and the profile data behind them."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from gapcheck import lang
from gapcheck.errors import UnknownLanguage

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

# Two or three sentences in a legal register, written for these tests.
SNIPPETS = {
    "en": "Any person who makes, distributes or possesses child sexual abuse material is "
          "guilty of an offence. The court may order the forfeiture of any thing used in "
          "the commission of the offence.",
    "fr": "Le fait de diffuser l'image d'un mineur lorsque cette image présente un caractère "
          "pornographique est puni de cinq ans d'emprisonnement. La tentative est punie des "
          "mêmes peines.",
    "es": "El que produjere material pornográfico en el que aparezcan menores de edad será "
          "castigado con la pena de prisión de uno a cinco años. Las mismas penas se "
          "impondrán a quien lo distribuya por cualquier medio.",
    "de": "Wer einen kinderpornographischen Inhalt verbreitet oder der Öffentlichkeit "
          "zugänglich macht, wird mit Freiheitsstrafe bestraft. Der Versuch ist strafbar, "
          "soweit die Tat nicht nach einer anderen Vorschrift mit schwererer Strafe bedroht ist.",
    "pt": "Quem produzir ou divulgar, por qualquer meio, cena de sexo explícito envolvendo "
          "criança ou adolescente será punido com pena de reclusão. Nas mesmas penas incorre "
          "quem facilita a prática dos atos descritos no caput deste artigo.",
}


@pytest.mark.parametrize("expected, text", sorted(SNIPPETS.items()))
def test_detect_legal_snippet(expected, text):
    assert lang.detect(text) == expected


@pytest.mark.parametrize("expected, text", sorted(SNIPPETS.items()))
def test_detect_is_insensitive_to_case_and_decomposed_accents(expected, text):
    import unicodedata

    assert lang.detect(unicodedata.normalize("NFD", text.upper())) == expected


@pytest.mark.parametrize("text", [
    "",
    "Section 12",
    "The end.",
    "163.1 (1) (a) (i) 2024, c. 23, s. 12",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
    "Закон о защите детей от информации, причиняющей вред их здоровью и развитию.",
    # Words that Spanish, French and Portuguese share score alike: no language wins.
    "de la de la que que se se",
], ids=["empty", "a-label", "two-words", "numbers-only", "latin", "russian", "tie"])
def test_detect_refuses_weak_evidence(text):
    with pytest.raises(UnknownLanguage) as raised:
        lang.detect(text, source="bill.txt")
    assert str(raised.value) == (
        "could not detect the language of bill.txt; pass --lang (one of en, fr, es, de, pt)")


def test_detect_looks_only_at_the_start_of_a_long_text():
    text = SNIPPETS["de"] * 200 + SNIPPETS["en"] * 2000
    assert len(SNIPPETS["de"] * 200) > lang.SAMPLE_CHARS
    assert lang.detect(text) == "de"


def test_score_gives_every_supported_language():
    scores = lang.score(SNIPPETS["pt"])
    assert set(scores) == set(lang.SUPPORTED)
    assert max(scores, key=scores.get) == "pt"


@pytest.mark.parametrize("code, expected", [
    ("en", "en"), ("EN", "en"), ("en-GB", "en"), ("en_US", "en"), (" fr ", "fr"),
    ("fr-CA", "fr"), ("es-419", "es"), ("pt-BR", "pt"), ("pt_PT", "pt"), ("de-AT", "de"),
    ("eng", "en"), ("fra", "fr"), ("fre", "fr"), ("spa", "es"), ("deu", "de"), ("ger", "de"),
    ("por", "pt"), ("German", "de"), ("français", "fr"),
])
def test_check_normalises(code, expected):
    assert lang.check(code) == expected


@pytest.mark.parametrize("code", ["xx", "it", "en-", "zz-GB", "english-ish", "", "   ", None, 12])
def test_check_refuses_unknown_codes_listing_valid_ones(code):
    with pytest.raises(UnknownLanguage) as raised:
        lang.check(code)
    assert "en, fr, es, de, pt" in str(raised.value)


def test_supported_is_the_documented_tuple():
    assert lang.SUPPORTED == ("en", "fr", "es", "de", "pt")


# --- the profile data ---------------------------------------------------------------

def _profile_data() -> dict:
    return json.loads(resources.files("gapcheck").joinpath("data", "lang_profiles.json")
                      .read_text(encoding="utf-8"))


def test_profiles_cover_exactly_the_supported_languages():
    data = _profile_data()
    assert set(data) == {"description", "languages"}
    assert sorted(data["languages"]) == sorted(lang.SUPPORTED)


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_profile_is_well_formed(code):
    profile = _profile_data()["languages"][code]
    assert set(profile) == {"name", "words"}
    words = profile["words"]
    assert len(words) >= 40, "a profile needs enough function words to detect short texts"
    assert len(words) == len(set(words)), "duplicate words in the profile"
    for word in words:
        assert word == word.lower().strip() and word.isalpha(), word


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_profile_has_words_of_its_own(code):
    others = set().union(*(words for other, words in lang.profiles().items() if other != code))
    assert len(lang.profiles()[code] - others) >= 15


# --- the shared corpus ---------------------------------------------------------------

def _expected_language(path: Path) -> str:
    country = path.parent.name
    if country == "ca":
        return "fr" if path.stem.endswith("-fr") else "en"
    return {"br": "pt", "es": "es", "co": "es", "de": "de", "fr": "fr"}.get(country, "en")


def _shared_texts() -> list[Path]:
    return sorted((SHARED / "laws").glob("*/*.txt"))


@pytest.mark.shared
def test_detect_every_shared_text():
    if not (SHARED / "laws").is_dir():
        pytest.skip(f"../shared is absent (fresh clone elsewhere): {SHARED} not found")
    texts = _shared_texts()
    assert len(texts) > 30
    wrong = {}
    for path in texts:
        expected = _expected_language(path)
        found = lang.detect(path.read_text(encoding="utf-8"), source=path.name)
        if found != expected:
            wrong[path.name] = (expected, found)
    assert not wrong
