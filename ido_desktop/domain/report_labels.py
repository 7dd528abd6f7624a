"""Words and number formats for reports: the fixed vocabularies in Dutch and English.

The services cannot use Qt's translator, so the words for the fixed vocabularies of
``domain/vocab.py`` are written out here (the GUI has its own in ``ui/labels.py``); reference
data carries its own labels.
"""

from __future__ import annotations

from datetime import date

from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PopupType,
    QuestionDomain,
    RepeatVisit,
    Warmth,
)

Cell = int | str
Share = float | str | None


VOCAB_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "channel": {
        Channel.INLOOP: ("Inloop", "Walk-in"),
        Channel.AFSPRAAK: ("Afspraak", "Appointment"),
        Channel.TELEFONISCH: ("Telefonisch", "By phone"),
    },
    "age_band": {
        AgeBand.UNDER_18: ("Jonger dan 18", "Under 18"),
        AgeBand.FROM_18_TO_26: ("18 tot en met 26", "18 to 26"),
        AgeBand.FROM_27_TO_44: ("27 tot en met 44", "27 to 44"),
        AgeBand.FROM_45_TO_64: ("45 tot en met 64", "45 to 64"),
        AgeBand.FROM_65_TO_74: ("65 tot en met 74", "65 to 74"),
        AgeBand.OVER_75: ("75 of ouder", "75 or older"),
        AgeBand.ONBEKEND: ("Leeftijd onbekend", "Age unknown"),
    },
    "language": {
        Language.NEDERLANDS: ("Nederlands", "Dutch"),
        Language.ANDERE_TAAL: ("Andere taal", "Other language"),
        Language.MET_TOLK: ("Met tolk", "With an interpreter"),
        Language.ONBEKEND: ("Taal niet vastgelegd", "Language not recorded"),
    },
    "repeat_visit": {
        RepeatVisit.JA: ("Ja, eerder geweest", "Yes, visited before"),
        RepeatVisit.NEE: ("Nee, eerste keer", "No, first visit"),
        RepeatVisit.ONBEKEND: ("Onbekend", "Unknown"),
    },
    "found_via": {
        FoundVia.EIGEN_INITIATIEF: ("Eigen initiatief", "Own initiative"),
        FoundVia.BIBLIOTHEEK: ("Via de bibliotheek", "Through the library"),
        FoundVia.INSTANTIE: ("Via een instantie", "Through an agency"),
        FoundVia.MAATSCHAPPELIJKE_PARTNER: (
            "Via een maatschappelijke partner",
            "Through a social partner",
        ),
        FoundVia.FAMILIE_BEKENDEN: ("Via familie of bekenden", "Through family or friends"),
        FoundVia.LOCATIEPARTNER: ("Via de locatiepartner", "Through the host partner"),
    },
    "duration_band": {
        DurationBand.UNDER_10: ("Korter dan 10 minuten", "Under 10 minutes"),
        DurationBand.FROM_10_TO_20: ("10 tot 20 minuten", "10 to 20 minutes"),
        DurationBand.FROM_20_TO_30: ("20 tot 30 minuten", "20 to 30 minutes"),
        DurationBand.FROM_30_TO_60: ("30 tot 60 minuten", "30 to 60 minutes"),
        DurationBand.OVER_60: ("Langer dan 60 minuten", "Over 60 minutes"),
    },
    "domain": {
        QuestionDomain.DIGITALE_OVERHEID: ("Digitale overheid", "Digital government"),
        QuestionDomain.BIBLIOTHEEK: ("Bibliotheekdienstverlening", "Library services"),
        QuestionDomain.OVERIG: ("Overig", "Other"),
    },
    "warmth": {
        Warmth.KOUD: ("Koud (informatie gegeven)", "Cold (information given)"),
        Warmth.WARM_CONTACT: ("Warm contact", "Warm contact"),
        Warmth.WARME_OVERDRACHT: ("Warme overdracht", "Warm handover"),
    },
    "location_type": {
        "branch": ("Vestiging (bibliotheek)", "Library branch"),
        f"popup:{PopupType.SCHOOL}": ("Pop-up: school", "Pop-up: school"),
        f"popup:{PopupType.VOEDSELBANK}": ("Pop-up: voedselbank", "Pop-up: food bank"),
        f"popup:{PopupType.BUURTHUIS}": ("Pop-up: buurthuis", "Pop-up: community centre"),
        f"popup:{PopupType.ZORG_WELZIJN}": ("Pop-up: zorg en welzijn", "Pop-up: care and welfare"),
        f"popup:{PopupType.OVERIG}": ("Pop-up: overig", "Pop-up: other"),
    },
}
# Ordinal vocabularies: the order of the labels above is their display order.
_NONE_LABELS: dict[str, tuple[str, str]] = {
    "problem": ("Geen onderliggend probleem", "No underlying problem"),
    "referral_category": ("Niet doorverwezen", "Not referred"),
    "warmth": ("Niet doorverwezen", "Not referred"),
    "spreekuur_hour": ("Onbekend (later ingevoerd)", "Unknown (entered later)"),
}
_MONTHS = {
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
}


def none_label(dimension: str, language: str) -> str:
    nl, en = _NONE_LABELS.get(dimension, ("(geen)", "(none)"))
    return en if language == "en" else nl


def period_label(dimension: str, key: str, language: str) -> str:
    """``2025-03`` -> "maart 2025"; ``2025-Q1`` -> "2025 K1" (nl) / "2025 Q1" (en)."""
    if dimension == "period_month" and len(key) == 7:
        return f"{_MONTHS[language if language == 'en' else 'nl'][int(key[5:]) - 1]} {key[:4]}"
    if dimension == "period_quarter" and "-Q" in key:
        year, quarter = key.split("-Q")
        return f"{year} {'Q' if language == 'en' else 'K'}{quarter}"
    return key


def hour_label(key: str) -> str:
    hour = int(key)
    return f"{hour:02d}:00-{(hour + 1) % 24:02d}:00"


def vocab_label(dimension: str, key: str, language: str) -> str:
    pair = VOCAB_LABELS.get(dimension, {}).get(key)
    if pair is None:
        return key
    return pair[1] if language == "en" else pair[0]


def vocab_order(dimension: str) -> list[str]:
    return [str(k) for k in VOCAB_LABELS.get(dimension, {})]


def format_cell(value: Cell | Share, language: str = "nl", share_cell: bool = False) -> str:
    """``1234`` -> "1.234" (nl) / "1,234" (en); ``0.183`` -> "18,3%"; strings stay."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if share_cell or isinstance(value, float):
        text = f"{value * 100:.1f}%"
        return text.replace(".", ",") if language != "en" else text
    text = f"{value:,}"
    return text.replace(",", ".") if language != "en" else text


def format_day(day: date, language: str = "nl") -> str:
    """``date(2025, 3, 31)`` -> "31 maart 2025" / "31 March 2025"."""
    months = _MONTHS["en" if language == "en" else "nl"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_period(date_from: date, date_to: date, language: str = "nl") -> str:
    joiner = " to " if language == "en" else " t/m "
    return format_day(date_from, language) + joiner + format_day(date_to, language)
