"""The message catalogues (same keys, same placeholders in both languages) and locale formats."""

from __future__ import annotations

import datetime as dt
import string

import pytest

import i18n
from scoring import criteria, scorecard


def _placeholders(message: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(message) if name}


def test_both_catalogues_have_the_same_keys_and_placeholders() -> None:
    en, fr = i18n.catalogue("en"), i18n.catalogue("fr")
    assert set(en) == set(fr)
    for key, message in en.items():
        assert type(message) is type(fr[key]), key
        if isinstance(message, str):
            assert _placeholders(message) == _placeholders(fr[key]), key
            assert message.strip() and fr[key].strip(), key


def test_every_reason_the_scorer_gives_has_words() -> None:
    bands = (criteria.MATURITY_BANDS, criteria.EMPLOYEE_BANDS, criteria.BUDGET_BANDS, criteria.TEAM_BANDS)
    keys = {reason for table in bands for reason in table[2]}
    keys |= set(scorecard.RULE_SOURCES) | {"size.multi_country", "interop.sprawl", "guard.wild_west",
                                           "agility.public", "agility.fast", "agility.normal",
                                           "resilience.default"}
    keys |= {f"regulation.{r}" for r in ("light", "medium", "strong", "critical")}
    keys |= {f"security.{g}" for g in ("none", "partial", "central")}
    for lang in i18n.LANGS:
        for key in keys:
            assert i18n.t(f"reason.{key}", lang)


def test_lookup_fills_placeholders_and_unknown_languages_read_english() -> None:
    assert i18n.t("summary.title", "fr", arch="hybride") == "Recommandation : **hybride**"
    assert i18n.t("arch.hybrid", "de") == "hybrid" and i18n.t("arch.hybrid", "fr-FR") == "hybride"
    assert i18n.items("choices.countries", "fr") == ["1 pays", "3 pays", "8 pays"]
    with pytest.raises(KeyError):
        i18n.t("no.such.key", "en")


@pytest.mark.parametrize(("value", "en", "fr"), [
    (1_200_000, "1.2 M€", "1,2 M€"), (1_234_567, "1.23 M€", "1,23 M€"), (240_400, "240 k€", "240 k€"),
    (2_000_000, "2 M€", "2 M€"), (512, "512 €", "512 €"), (3_456_000_000, "3,456 M€", "3\u202f456 M€"),
])
def test_money_in_k_and_m_euros_per_locale(value: float, en: str, fr: str) -> None:
    assert i18n.money(value, "en") == en and i18n.money(value, "fr") == fr


def test_numbers_percentages_signs_and_dates_per_locale() -> None:
    assert i18n.number(3000, "en") == "3,000" and i18n.number(3000, "fr") == "3\u202f000"
    assert i18n.percent(0.8, "en") == "80%" and i18n.percent(0.8, "fr") == "80\u00a0%"
    assert i18n.signed(0.4, "en") == "+0.40" and i18n.signed(-0.35, "fr") == "-0,35"
    assert i18n.decimal(2, "fr") == "2,0" and i18n.signed_money(-300_000, "en") == "-300 k€"
    day = dt.date(2026, 11, 24)
    assert i18n.date(day, "en") == "November 24, 2026" and i18n.date(day, "fr") == "24 novembre 2026"


def test_the_leaf_imports_none_of_ours_and_scoring_no_face() -> None:
    import subprocess
    import sys

    rooms = "{'advisor', 'scoring', 'knowledge', 'ui', 'evals', 'langchain_core', 'chromadb', 'chainlit', 'plotly', 'fpdf'}"
    code = (f"import sys, i18n; print(sorted({{m.split('.')[0] for m in sys.modules}} & {rooms}))\n"
            f"import scoring.advice, scoring.cli_io; print(sorted({{m.split('.')[0] for m in sys.modules}} & {rooms}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "['scoring']"]
