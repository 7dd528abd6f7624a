"""Words for codes: the fixed vocabularies and the error codes, all through Qt's translator.

Source strings are Dutch (the default language); ``resources/translations/ido_en.ts`` holds
the English. Reference data carries its own Dutch and English labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.domain.privacy import FindingKind
from ido_desktop.domain.vocab import (
    AgeBand,
    Channel,
    DurationBand,
    FoundVia,
    Language,
    PartOfDay,
    RepeatVisit,
    Warmth,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def part_of_day(value: PartOfDay) -> str:
    return {
        PartOfDay.OCHTEND: _t("Ochtend"),
        PartOfDay.MIDDAG: _t("Middag"),
        PartOfDay.AVOND: _t("Avond"),
    }[value]


def duration_band(value: DurationBand) -> str:
    return {
        DurationBand.UNDER_10: _t("Korter dan 10 minuten"),
        DurationBand.FROM_10_TO_20: _t("10 tot 20 minuten"),
        DurationBand.FROM_20_TO_30: _t("20 tot 30 minuten"),
        DurationBand.FROM_30_TO_60: _t("30 tot 60 minuten"),
        DurationBand.OVER_60: _t("Langer dan 60 minuten"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.INLOOP: _t("Inloop"),
        Channel.AFSPRAAK: _t("Afspraak"),
        Channel.TELEFONISCH: _t("Telefonisch"),
    }[value]


def found_via(value: FoundVia) -> str:
    return {
        FoundVia.EIGEN_INITIATIEF: _t("Eigen initiatief"),
        FoundVia.BIBLIOTHEEK: _t("Via de bibliotheek"),
        FoundVia.INSTANTIE: _t("Via een instantie"),
        FoundVia.MAATSCHAPPELIJKE_PARTNER: _t("Via een maatschappelijke partner"),
        FoundVia.FAMILIE_BEKENDEN: _t("Via familie of bekenden"),
        FoundVia.LOCATIEPARTNER: _t("Via de locatiepartner"),
    }[value]


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.ONBEKEND: _t("Leeftijd onbekend"),
        AgeBand.UNDER_18: _t("Jonger dan 18"),
        AgeBand.FROM_18_TO_26: _t("18 tot en met 26"),
        AgeBand.FROM_27_TO_44: _t("27 tot en met 44"),
        AgeBand.FROM_45_TO_64: _t("45 tot en met 64"),
        AgeBand.FROM_65_TO_74: _t("65 tot en met 74"),
        AgeBand.OVER_75: _t("75 of ouder"),
    }[value]


def language(value: Language) -> str:
    return {
        Language.ONBEKEND: _t("Taal niet vastgelegd"),
        Language.NEDERLANDS: _t("Nederlands"),
        Language.ANDERE_TAAL: _t("Andere taal"),
        Language.MET_TOLK: _t("Met tolk"),
    }[value]


def repeat_visit(value: RepeatVisit) -> str:
    return {
        RepeatVisit.ONBEKEND: _t("Onbekend"),
        RepeatVisit.JA: _t("Ja"),
        RepeatVisit.NEE: _t("Nee"),
    }[value]


def warmth(value: Warmth) -> str:
    return {
        Warmth.KOUD: _t("Koud (informatie gegeven)"),
        Warmth.WARM_CONTACT: _t("Warm contact (samen gebeld of afspraak gemaakt)"),
        Warmth.WARME_OVERDRACHT: _t("Warme overdracht (met toestemming overgedragen)"),
    }[value]


def finding(kind: FindingKind) -> str:
    """Why a note is refused, in plain words (PRODUCT.md 4.4)."""
    return {
        FindingKind.BSN: _t("Dit lijkt een burgerservicenummer (BSN)."),
        FindingKind.IBAN: _t("Dit lijkt een bankrekeningnummer (IBAN)."),
        FindingKind.EMAIL: _t("Dit lijkt een e-mailadres."),
        FindingKind.PHONE: _t("Dit lijkt een telefoonnummer."),
        FindingKind.BIRTH_DATE: _t("Dit lijkt een (geboorte)datum."),
        FindingKind.TOO_LONG: _t("De notitie is langer dan 200 tekens."),
    }[kind]


def privacy_advice() -> str:
    return _t(
        "Notities zijn anoniem: schrijf geen naam, BSN, rekeningnummer, e-mailadres, "
        "telefoonnummer of geboortedatum op. Haal het gemarkeerde deel weg."
    )


def field_name(field: str) -> str:
    return {
        "organisations": _t("Organisatie"),
        "topic": _t("Onderwerp"),
        "help_forms": _t("Vorm van hulp"),
        "result": _t("Resultaat"),
        "digid_detail": _t("DigiD-detail"),
        "problems": _t("Onderliggende problemen"),
        "signal_kind": _t("Soort knelpunt"),
        "signal_organisation": _t("Organisatie van het knelpunt"),
        "referrals": _t("Doorverwijzing"),
        "consult_date": _t("Datum"),
        "questions": _t("Vragen"),
        "staff_code": _t("Medewerkerscode"),
        "location": _t("Locatie"),
    }.get(field, field)


def error_message(error: IdoError) -> str:
    """A plain sentence saying what is wrong and what to do next."""
    code = error.code
    where = ""
    if isinstance(error, ValidationError) and error.index is not None:
        where = _t("Vraag {n}: ").format(n=error.index + 1)
    field = field_name(getattr(error, "field", ""))
    messages = {
        "E_FIELD_MISSING": _t("Vul '{field}' in."),
        "E_UNKNOWN_CODE": _t("'{field}' heeft een onbekende waarde. Kies een waarde uit de lijst."),
        "E_NO_QUESTION": _t("Voeg minstens één vraag toe."),
        "E_DATE_IN_FUTURE": _t("De datum ligt in de toekomst. Kies vandaag of een eerdere dag."),
        "E_DATE_TOO_OLD": _t(
            "De datum is meer dan {days} dagen geleden. Oudere consulten voert de backoffice in."
        ),
        "E_DIGID_DETAIL_WITHOUT_DIGID": _t(
            "Een DigiD-detail hoort alleen bij het onderwerp DigiD."
        ),
        "E_REFERRAL_EMPTY": _t("Kies bij de doorverwijzing een partner, categorie of cursus."),
        "E_NOTE_PERSONAL_DATA": privacy_advice(),
        "E_STAFF_CODE_MISSING": _t("Vul je medewerkerscode in, bijvoorbeeld MW07."),
        "E_STAFF_CODE_FORMAT": _t(
            "Een medewerkerscode is kort, met letters en cijfers, bijvoorbeeld MW07. "
            "Gebruik geen naam."
        ),
        "E_NO_OPEN_SPREEKUUR": _t("Er is geen spreekuur geopend. Start eerst een spreekuur."),
        "E_SPREEKUUR_ALREADY_OPEN": _t("Er is al een spreekuur geopend. Sluit dat eerst."),
        "E_CONSULT_NOT_FOUND": _t("Dit consult bestaat niet meer. Ververs de lijst."),
    }
    text = messages.get(code, _t("Er ging iets mis ({code}). Probeer het opnieuw."))
    return where + text.format(field=field, code=code, **error.params)
