"""The fixed vocabularies of PRODUCT.md 4.1.

These are part of the record format, so they live in code; the open lists (organisations,
topics, partners, ...) are reference data in ``ido_desktop/resources/reference``. Values are
stable codes; the UI maps them to words.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FIELD = "field"
    BACKOFFICE = "backoffice"


class PartOfDay(StrEnum):
    OCHTEND = "ochtend"
    MIDDAG = "middag"
    AVOND = "avond"

    @classmethod
    def from_hour(cls, hour: int) -> PartOfDay:
        if hour < 12:
            return cls.OCHTEND
        if hour < 18:
            return cls.MIDDAG
        return cls.AVOND


class DurationBand(StrEnum):
    UNDER_10 = "<10"
    FROM_10_TO_20 = "10-20"
    FROM_20_TO_30 = "20-30"
    FROM_30_TO_60 = "30-60"
    OVER_60 = ">60"

    @classmethod
    def from_minutes(cls, minutes: float) -> DurationBand:
        """Band for a running timer; a boundary minute belongs to the higher band."""
        if minutes < 10:
            return cls.UNDER_10
        if minutes < 20:
            return cls.FROM_10_TO_20
        if minutes < 30:
            return cls.FROM_20_TO_30
        if minutes < 60:
            return cls.FROM_30_TO_60
        return cls.OVER_60


class Channel(StrEnum):
    INLOOP = "inloop"
    AFSPRAAK = "afspraak"
    TELEFONISCH = "telefonisch"


class FoundVia(StrEnum):
    EIGEN_INITIATIEF = "eigen_initiatief"
    BIBLIOTHEEK = "bibliotheek"
    INSTANTIE = "instantie"
    MAATSCHAPPELIJKE_PARTNER = "maatschappelijke_partner"
    FAMILIE_BEKENDEN = "familie_bekenden"
    LOCATIEPARTNER = "locatiepartner"


class AgeBand(StrEnum):
    ONBEKEND = "onbekend"
    UNDER_18 = "<18"
    FROM_18_TO_26 = "18-26"
    FROM_27_TO_44 = "27-44"
    FROM_45_TO_64 = "45-64"
    FROM_65_TO_74 = "65-74"
    OVER_75 = "75+"


class Language(StrEnum):
    ONBEKEND = "onbekend"
    NEDERLANDS = "nederlands"
    ANDERE_TAAL = "andere_taal"
    MET_TOLK = "met_tolk"


class RepeatVisit(StrEnum):
    ONBEKEND = "onbekend"
    JA = "ja"
    NEE = "nee"


class QuestionDomain(StrEnum):
    DIGITALE_OVERHEID = "digitale_overheid"
    BIBLIOTHEEK = "bibliotheek"
    OVERIG = "overig"


class Warmth(StrEnum):
    KOUD = "koud"
    WARM_CONTACT = "warm_contact"
    WARME_OVERDRACHT = "warme_overdracht"


class PopupType(StrEnum):
    SCHOOL = "school"
    VOEDSELBANK = "voedselbank"
    BUURTHUIS = "buurthuis"
    ZORG_WELZIJN = "zorg_welzijn"
    OVERIG = "overig"


class RecordKind(StrEnum):
    """The synchronised record kinds, in parent-before-child order."""

    SPREEKUUR = "spreekuur"
    CONSULT = "consult"
    VRAAG = "vraag"
    DOORVERWIJZING = "doorverwijzing"
