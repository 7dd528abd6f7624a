"""Privacy guard for free-text notes (PRODUCT.md 4.4).

Records are anonymous, so a note may never hold a BSN, IBAN, e-mail address, phone number, date
of birth, postcode, street address or a name after a salutation, and is at most
``MAX_NOTE_LENGTH`` characters. :func:`find_personal_data` reports what looks like such data with
its character span, so the UI can highlight it and explain it in plain Dutch;
:func:`check_note` raises :class:`~ido_desktop.domain.errors.PrivacyError` before a note is
saved, and the back office runs the same check on every imported note.

Numbers are checked by well-kept libraries (:mod:`.privacy_numbers`: ``python-stdnum`` and
``phonenumbers``); what no library finds in Dutch text is matched by hand-written patterns
(:mod:`.privacy_patterns`). The detectors favour catching personal data over letting it through,
but are tuned to leave ordinary notes alone ("Formulier 3 van 5 ingevuld", "toeslag 1200 euro",
"afspraak 14:30", "postcode 3011", "Belastingtelefoon 0800-0543 gebeld").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from ido_desktop.domain import privacy_numbers, privacy_patterns
from ido_desktop.domain.errors import PrivacyError

MAX_NOTE_LENGTH = 200


class FindingKind(StrEnum):
    """What kind of forbidden content a finding is."""

    BSN = "bsn"
    IBAN = "iban"
    EMAIL = "email"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    POSTCODE = "postcode"
    ADDRESS = "address"
    NAME = "name"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class Finding:
    """One finding in a note: ``text[start:end]`` is the offending part (end exclusive)."""

    kind: FindingKind
    start: int
    end: int


# In the order of priority: when spans overlap, the earlier (more specific) kind wins. The flag
# says whether the detector can only find something in a note with a digit in it: a note without
# one (the common case) skips those, and the other two have cheap checks of their own.
_DETECTORS: tuple[tuple[FindingKind, Callable[[str], Iterator[tuple[int, int]]], bool], ...] = (
    (FindingKind.EMAIL, privacy_patterns.find_emails, False),
    (FindingKind.IBAN, privacy_numbers.find_ibans, True),
    (FindingKind.BSN, privacy_numbers.find_bsns, True),
    (FindingKind.BIRTH_DATE, privacy_patterns.find_dates, True),
    (FindingKind.POSTCODE, privacy_numbers.find_postcodes, True),
    (FindingKind.PHONE, privacy_numbers.find_phones, True),
    (FindingKind.ADDRESS, privacy_patterns.find_addresses, True),
    (FindingKind.NAME, privacy_patterns.find_names, False),
)
_PRIORITY = {kind: rank for rank, (kind, _find, _needs_digit) in enumerate(_DETECTORS)}

# Same-length normalisation, so spans in the normalised text are spans in the original: exotic
# spaces, dashes, full-width digits and signs become their plain ASCII counterparts.
_NORMALISE = str.maketrans(
    {
        **{ch: " " for ch in "\u00a0\u2007\u202f\u2009\u200a\t"},
        **{ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2212"},
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\uff20": "@",
        "\uff0b": "+",
        "\uff0e": ".",
    }
)
_DIGIT_RE = re.compile(r"[0-9]")


def find_personal_data(text: str) -> list[Finding]:
    """Find everything in ``text`` that a note may not contain.

    Args:
        text: The note as typed.

    Returns:
        Findings sorted by start. Personal-data findings never overlap: a finding lying wholly
        inside a longer one is absorbed by it (so "06 12345678" is one phone number, even when
        "12345678" would pass the elfproef), and otherwise the more specific kind wins
        (email > iban > bsn > birth_date > postcode > phone > address > name). A ``TOO_LONG``
        finding, spanning ``MAX_NOTE_LENGTH`` to the end, is added for an over-long note and may
        overlap the others.
    """
    if not text:
        return []
    # Most notes are plain ASCII, where only a tab needs normalising (translate is slower).
    norm = text.replace("\t", " ") if text.isascii() else text.translate(_NORMALISE)
    digits = _DIGIT_RE.search(norm) is not None
    candidates = [
        Finding(kind, start, end)
        for kind, find, needs_digit in _DETECTORS
        if digits or not needs_digit
        for start, end in find(norm)
    ]
    findings = _resolve(norm, candidates) if candidates else []
    if len(text) > MAX_NOTE_LENGTH:
        findings.append(Finding(FindingKind.TOO_LONG, MAX_NOTE_LENGTH, len(text)))
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


def check_note(text: str) -> None:
    """Refuse a note that contains personal data or is too long.

    Raises:
        PrivacyError: with the findings, when there are any. An empty note is fine.
    """
    findings = find_personal_data(text)
    if findings:
        raise PrivacyError(findings)


def _resolve(text: str, candidates: list[Finding]) -> list[Finding]:
    """Drop absorbed candidates, then keep the most specific of overlapping ones."""
    dates = [c for c in candidates if c.kind is FindingKind.BIRTH_DATE]
    # libphonenumber reads a date and a time as one number ("01-02-2024 10" of
    # "01-02-2024 10:30"): a date is never part of a phone number.
    unique = {
        c
        for c in candidates
        if not (c.kind is FindingKind.PHONE and any(_overlap(c, d) for d in dates))
    }
    outer = [
        c
        for c in unique
        if not any(
            o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start)
            for o in unique
        )
    ]
    outer.sort(key=lambda f: (_PRIORITY[f.kind], f.start, f.start - f.end))
    kept: list[Finding] = []
    for cand in outer:
        clashes = [k for k in kept if _overlap(cand, k)]
        if cand.kind is FindingKind.NAME and clashes:
            # "Mevrouw Jansen Coolsingel 40": the name keeps its words before the address.
            end = cand.start + len(text[cand.start : min(k.start for k in clashes)].rstrip())
            if end > cand.start:
                cand = Finding(cand.kind, cand.start, end)
                clashes = [k for k in kept if _overlap(cand, k)]
        if not clashes:
            kept.append(cand)
    return kept


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end
