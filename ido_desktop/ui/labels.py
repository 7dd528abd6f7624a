"""Words for codes: the fixed vocabularies and the error codes, all through Qt's translator.

Source strings are Dutch (the default language); ``ido_desktop/resources/translations/ido_en.ts``
holds the English. Reference data carries its own Dutch and English labels.
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
from ido_desktop.messages import message as sync_message

# Called as translate("Labels", "...") so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def part_of_day(value: PartOfDay) -> str:
    return {
        PartOfDay.OCHTEND: translate("Labels", "Ochtend"),
        PartOfDay.MIDDAG: translate("Labels", "Middag"),
        PartOfDay.AVOND: translate("Labels", "Avond"),
    }[value]


def duration_band(value: DurationBand) -> str:
    return {
        DurationBand.UNDER_10: translate("Labels", "Korter dan 10 minuten"),
        DurationBand.FROM_10_TO_20: translate("Labels", "10 tot 20 minuten"),
        DurationBand.FROM_20_TO_30: translate("Labels", "20 tot 30 minuten"),
        DurationBand.FROM_30_TO_60: translate("Labels", "30 tot 60 minuten"),
        DurationBand.OVER_60: translate("Labels", "Langer dan 60 minuten"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.INLOOP: translate("Labels", "Inloop"),
        Channel.AFSPRAAK: translate("Labels", "Afspraak"),
        Channel.TELEFONISCH: translate("Labels", "Telefonisch"),
    }[value]


def found_via(value: FoundVia) -> str:
    return {
        FoundVia.EIGEN_INITIATIEF: translate("Labels", "Eigen initiatief"),
        FoundVia.BIBLIOTHEEK: translate("Labels", "Via de bibliotheek"),
        FoundVia.INSTANTIE: translate("Labels", "Via een instantie"),
        FoundVia.MAATSCHAPPELIJKE_PARTNER: translate("Labels", "Via een maatschappelijke partner"),
        FoundVia.FAMILIE_BEKENDEN: translate("Labels", "Via familie of bekenden"),
        FoundVia.LOCATIEPARTNER: translate("Labels", "Via de locatiepartner"),
    }[value]


def age_band(value: AgeBand) -> str:
    return {
        AgeBand.ONBEKEND: translate("Labels", "Leeftijd onbekend"),
        AgeBand.UNDER_18: translate("Labels", "Jonger dan 18"),
        AgeBand.FROM_18_TO_26: translate("Labels", "18 tot en met 26"),
        AgeBand.FROM_27_TO_44: translate("Labels", "27 tot en met 44"),
        AgeBand.FROM_45_TO_64: translate("Labels", "45 tot en met 64"),
        AgeBand.FROM_65_TO_74: translate("Labels", "65 tot en met 74"),
        AgeBand.OVER_75: translate("Labels", "75 of ouder"),
    }[value]


def language(value: Language) -> str:
    return {
        Language.ONBEKEND: translate("Labels", "Taal niet vastgelegd"),
        Language.NEDERLANDS: translate("Labels", "Nederlands"),
        Language.ANDERE_TAAL: translate("Labels", "Andere taal"),
        Language.MET_TOLK: translate("Labels", "Met tolk"),
    }[value]


def repeat_visit(value: RepeatVisit) -> str:
    return {
        RepeatVisit.ONBEKEND: translate("Labels", "Onbekend"),
        RepeatVisit.JA: translate("Labels", "Ja"),
        RepeatVisit.NEE: translate("Labels", "Nee"),
    }[value]


def warmth(value: Warmth) -> str:
    return {
        Warmth.KOUD: translate("Labels", "Koud (informatie gegeven)"),
        Warmth.WARM_CONTACT: translate("Labels", "Warm contact (samen gebeld of afspraak gemaakt)"),
        Warmth.WARME_OVERDRACHT: translate(
            "Labels", "Warme overdracht (met toestemming overgedragen)"
        ),
    }[value]


def finding(kind: FindingKind) -> str:
    """Why a note is refused, in plain words (PRODUCT.md 4.4)."""
    return {
        FindingKind.BSN: translate("Labels", "Dit lijkt een burgerservicenummer (BSN)."),
        FindingKind.IBAN: translate("Labels", "Dit lijkt een bankrekeningnummer (IBAN)."),
        FindingKind.EMAIL: translate("Labels", "Dit lijkt een e-mailadres."),
        FindingKind.PHONE: translate("Labels", "Dit lijkt een telefoonnummer."),
        FindingKind.BIRTH_DATE: translate("Labels", "Dit lijkt een (geboorte)datum."),
        FindingKind.TOO_LONG: translate("Labels", "De notitie is langer dan 200 tekens."),
    }[kind]


def privacy_advice() -> str:
    return translate(
        "Labels",
        "Notities zijn anoniem: schrijf geen naam, BSN, rekeningnummer, e-mailadres, "
        "telefoonnummer of geboortedatum op. Haal het gemarkeerde deel weg.",
    )


def field_name(field: str) -> str:
    return {
        "organisations": translate("Labels", "Organisatie"),
        "topic": translate("Labels", "Onderwerp"),
        "help_forms": translate("Labels", "Vorm van hulp"),
        "result": translate("Labels", "Resultaat"),
        "digid_detail": translate("Labels", "DigiD-detail"),
        "problems": translate("Labels", "Onderliggende problemen"),
        "signal_kind": translate("Labels", "Soort knelpunt"),
        "signal_organisation": translate("Labels", "Organisatie van het knelpunt"),
        "referrals": translate("Labels", "Doorverwijzing"),
        "consult_date": translate("Labels", "Datum"),
        "questions": translate("Labels", "Vragen"),
        "staff_code": translate("Labels", "Medewerkerscode"),
        "location": translate("Labels", "Locatie"),
    }.get(field, field)


def error_message(error: IdoError) -> str:
    """A plain sentence saying what is wrong and what to do next."""
    code = error.code
    where = ""
    if isinstance(error, ValidationError) and error.index is not None:
        where = translate("Labels", "Vraag {n}: ").format(n=error.index + 1)
    field = field_name(getattr(error, "field", ""))
    messages = {
        "E_FIELD_MISSING": translate("Labels", "Vul '{field}' in."),
        "E_UNKNOWN_CODE": translate(
            "Labels", "'{field}' heeft een onbekende waarde. Kies een waarde uit de lijst."
        ),
        "E_NO_QUESTION": translate("Labels", "Voeg minstens één vraag toe."),
        "E_DATE_IN_FUTURE": translate(
            "Labels", "De datum ligt in de toekomst. Kies vandaag of een eerdere dag."
        ),
        "E_DATE_TOO_OLD": translate(
            "Labels",
            "De datum is meer dan {days} dagen geleden. Oudere consulten voert de backoffice in.",
        ),
        "E_DIGID_DETAIL_WITHOUT_DIGID": translate(
            "Labels", "Een DigiD-detail hoort alleen bij het onderwerp DigiD."
        ),
        "E_REFERRAL_EMPTY": translate(
            "Labels", "Kies bij de doorverwijzing een partner, categorie of cursus."
        ),
        "E_NOTE_PERSONAL_DATA": privacy_advice(),
        "E_STAFF_CODE_MISSING": translate(
            "Labels", "Vul je medewerkerscode in, bijvoorbeeld MW07."
        ),
        "E_STAFF_CODE_FORMAT": translate(
            "Labels",
            "Een medewerkerscode is kort, met letters en cijfers, bijvoorbeeld MW07. "
            "Gebruik geen naam.",
        ),
        "E_NO_OPEN_SPREEKUUR": translate(
            "Labels", "Er is geen spreekuur geopend. Start eerst een spreekuur."
        ),
        "E_SPREEKUUR_ALREADY_OPEN": translate(
            "Labels", "Er is al een spreekuur geopend. Sluit dat eerst."
        ),
        "E_CONSULT_NOT_FOUND": translate(
            "Labels", "Dit consult bestaat niet meer. Ververs de lijst."
        ),
        "E_STORE_DISK_FULL": translate(
            "Labels",
            "De schijf is vol. Wat al was opgeslagen blijft bewaard. Maak ruimte op de schijf en "
            "probeer het opnieuw.",
        ),
        "E_STORE_READ_ONLY": translate(
            "Labels",
            "Op de schijf met de gegevens kan niet geschreven worden (alleen-lezen). Wat al was "
            "opgeslagen blijft bewaard. Sluit het programma, controleer de schijf en start "
            "opnieuw.",
        ),
        "E_STORE_WRITE_FAILED": translate(
            "Labels",
            "Schrijven naar de schijf is mislukt (vol of defect?). Wat al was opgeslagen blijft "
            "bewaard. Maak ruimte of controleer de schijf en probeer het opnieuw.",
        ),
    }
    text = messages.get(
        code, translate("Labels", "Er ging iets mis ({code}). Probeer het opnieuw.")
    )
    return where + text.format(field=field, code=code, **error.params)


#: Error-code prefixes whose words come from ``ido_desktop.messages`` (shared with the CLI).
SYNC_CODE_PREFIXES = (
    "E_RETENTION_",
    "E_SYNC_",
    "E_RECEIPT_",
    "E_CONFIG_",
    "E_EXPORT_",
    "E_KEY_",
    "E_NOT_PAIRED",
    "E_DEVICE_",
    "E_ROLE_",
    "E_PASSPHRASE_",
    "E_KEYFILE_",
    "E_RECOVERY_",
    "E_STORE_LOCKED",
    "E_ENCRYPTION_",
    "E_BACKUP_",
    "E_RESTORE_",
    "E_LOCK_",
)


def any_error_message(error: BaseException, language: str) -> str:
    """Words for any error a page may meet: sync codes via ``messages``, others via Qt."""
    if isinstance(error, IdoError):
        if error.code.startswith(SYNC_CODE_PREFIXES):
            return sync_message(error.code, error.params, lang=language)
        return error_message(error)
    return translate(
        "Labels", "Er ging onverwacht iets mis ({detail}). Probeer het opnieuw."
    ).format(detail=type(error).__name__)
