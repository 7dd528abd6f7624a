"""Privacy guard for free-text notes (PRODUCT.md 4.4).

Records are anonymous, so a note may never hold a BSN, IBAN, e-mail address, phone number or date of
birth, and is at most ``MAX_NOTE_LENGTH`` characters. :func:`find_personal_data` reports what looks
like such data with its character span, so the UI can highlight it and explain it in plain Dutch;
:func:`check_note` raises :class:`~ido_desktop.domain.errors.PrivacyError` before a note is saved.

Every full calendar date counts as a date of birth: we cannot tell a birth date from any other date,
and a note has no need for one, because the consult already has its own date and staff write
relative things like "volgende week" or "over een maand".

The detectors favour catching personal data over letting it through, but are tuned to leave ordinary
notes alone ("aangifte 2024 gedaan", "toeslag 1200 euro", "afspraak 14:30", "postcode 3011").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ido_desktop.domain.errors import PrivacyError

MAX_NOTE_LENGTH = 200

# Years accepted in a full date or after "geboren"; wide enough for any living person.
MIN_YEAR = 1880
MAX_YEAR = 2100


class FindingKind(StrEnum):
    """What kind of forbidden content a finding is."""

    BSN = "bsn"
    IBAN = "iban"
    EMAIL = "email"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class Finding:
    """One finding in a note: ``text[start:end]`` is the offending part (end exclusive)."""

    kind: FindingKind
    start: int
    end: int


# When spans overlap, the more specific kind wins (lower number).
_PRIORITY = {
    FindingKind.EMAIL: 0,
    FindingKind.IBAN: 1,
    FindingKind.BSN: 2,
    FindingKind.BIRTH_DATE: 3,
    FindingKind.PHONE: 4,
}

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


def find_personal_data(text: str) -> list[Finding]:
    """Find everything in ``text`` that a note may not contain.

    Args:
        text: The note as typed.

    Returns:
        Findings sorted by start. Personal-data findings never overlap: a finding lying wholly
        inside a longer one is absorbed by it (so "06 12345678" is one phone number, even when
        "12345678" would pass the elfproef), and otherwise the more specific kind wins
        (email > iban > bsn > birth_date > phone). A ``TOO_LONG`` finding, spanning
        ``MAX_NOTE_LENGTH`` to the end, is added for an over-long note and may overlap the others.
    """
    if not text:
        return []
    norm = text.translate(_NORMALISE)
    candidates = [
        *_find_emails(norm),
        *_find_ibans(norm),
        *_find_bsns(norm),
        *_find_dates(norm),
        *_find_phones(norm),
    ]
    findings = _resolve(candidates)
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


def _resolve(candidates: list[Finding]) -> list[Finding]:
    """Drop absorbed candidates, then keep the most specific of overlapping ones."""
    unique = set(candidates)
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
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return kept


# --- BSN ---

# 9 digits (or 8, a BSN written without its leading zero), plain or in the usual groups.
_BSN_RE = re.compile(
    r"(?<![0-9])(?<![0-9][.,/-])"
    r"(?:[0-9]{4}[ .-][0-9]{2}[ .-][0-9]{3}"  # 1234.56.782
    r"|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}"  # 123 456 782
    r"|[0-9]{3}[ .-][0-9]{2}[ .-][0-9]{3}"  # 123.45.678 (8 digits)
    r"|[0-9]{2}[ .-][0-9]{3}[ .-][0-9]{3}"  # 12 345 678 (8 digits)
    r"|[0-9]{8,9})"
    r"(?![0-9])(?![.,/-][0-9])"
)


def is_valid_bsn(digits: str) -> bool:
    """Whether 8 or 9 digits pass the elfproef for a BSN (8 digits get a leading zero)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def _find_bsns(text: str) -> Iterator[Finding]:
    for m in _BSN_RE.finditer(text):
        if is_valid_bsn(re.sub(r"[^0-9]", "", m.group())):
            yield Finding(FindingKind.BSN, m.start(), m.end())


# --- IBAN ---

# Lengths from the ISO 13616 IBAN registry.
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip
_IBAN_MIN, _IBAN_MAX = 15, 34
_IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}")


def is_valid_iban(iban: str) -> bool:
    """Whether ``iban`` (no spaces, any case) passes the ISO 13616 length and mod-97 checks.

    Countries in the registry must have their exact length; others any length from 15 to 34.
    """
    iban = iban.upper()
    if not iban.isascii() or not iban.isalnum() or not _IBAN_MIN <= len(iban) <= _IBAN_MAX:
        return False
    if not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    if len(iban) != _IBAN_LENGTHS.get(iban[:2], len(iban)):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _find_ibans(text: str) -> Iterator[Finding]:
    """IBANs written plain or in groups of four separated by single spaces."""
    for m in _IBAN_START_RE.finditer(text):
        start, pos, count = m.start(), m.end(), 4
        ends: list[int] = []
        while pos < len(text) and count <= _IBAN_MAX:
            ch = text[pos]
            if ch.isascii() and ch.isalnum():
                count += 1
                pos += 1
            elif ch == " " and count % 4 == 0 and _is_ascii_alnum(text, pos + 1):
                ends.append(pos)
                pos += 1
            else:
                break
        if not _is_ascii_alnum(text, pos):
            ends.append(pos)
        for end in reversed(ends):
            if is_valid_iban(text[start:end].replace(" ", "")):
                yield Finding(FindingKind.IBAN, start, end)
                break


def _is_ascii_alnum(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isascii() and text[pos].isalnum()


# --- E-mail ---

_AT = (
    r"(?:[ ]?@[ ]?"  # jan@example.nl, jan @ example.nl
    r"|\s*[\[({<]\s*(?:at|apenstaartje)\s*[\])}>]\s*"  # jan [at] example.nl, jan(at)example.nl
    r"|\s+at\s+)"  # jan at example.nl
)
_DOT = r"(?:\.|\s*[\[({<]\s*(?:dot|punt)\s*[\])}>]\s*|\s+(?:dot|punt)\s+)"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])"
    r"[\w%+-]+(?:\.[\w%+-]+)*" + _AT + rf"(?:{_LABEL}{_DOT})+[^\W\d_]{{2,24}}(?![\w-])",
    re.IGNORECASE,
)


def _find_emails(text: str) -> Iterator[Finding]:
    for m in _EMAIL_RE.finditer(text):
        yield Finding(FindingKind.EMAIL, m.start(), m.end())


# --- Phone numbers ---

_DIGITS_RE = re.compile(r"[0-9]+")
# What may join two digit groups of one phone number: a space, a dash, dot or slash, parentheses.
_PHONE_GAP_RE = re.compile(r" ?[-./()]{0,2} ?")
_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")
_MAX_PHONE_GROUPS = 8  # "+31 (0)6 12 34 56 78" has 8; bounds the work on long digit runs


def _find_phones(text: str) -> Iterator[Finding]:
    """Dutch and international phone numbers, in the ways people write them."""
    groups = list(_DIGITS_RE.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for g in groups:
        if runs and _PHONE_GAP_RE.fullmatch(text, runs[-1][-1].end(), g.start()):
            runs[-1].append(g)
        else:
            runs.append([g])
    for run in runs:
        yield from _phones_in_run(text, run)


def _phones_in_run(text: str, run: list[re.Match[str]]) -> Iterator[Finding]:
    """Longest phone numbers, left to right, made of whole groups of one run."""
    i = 0
    while i < len(run):
        # Inside a run a number may only start or end where the groups are split by spaces.
        if i > 0 and text[run[i - 1].end() : run[i].start()].strip():
            i += 1
            continue
        for j in range(min(len(run), i + _MAX_PHONE_GROUPS) - 1, i - 1, -1):
            if j < len(run) - 1 and text[run[j].end() : run[j + 1].start()].strip():
                continue
            span = _phone_span(text, run[i : j + 1])
            if span is not None:
                yield Finding(FindingKind.PHONE, *span)
                i = j
                break
        i += 1


def _phone_span(text: str, groups: list[re.Match[str]]) -> tuple[int, int] | None:
    start, end = groups[0].start(), groups[-1].end()
    international = start > 0 and text[start - 1] == "+"
    if international or (start > 0 and text[start - 1] == "("):
        start -= 1
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalpha()):
        return None  # part of a word or code, like the account number inside an IBAN
    digits = "".join(g.group() for g in groups)
    if international:
        return (start, end) if _is_international(digits) else None
    if not digits.startswith("0"):
        return None
    first = groups[0].group()
    if len(groups) > 1 and not (len(first) in (3, 4) or first == "06"):
        return None  # an area code has 3 or 4 digits ("010", "0111", "0800"), or is "06"
    if len(digits) == 10:
        return start, end
    if digits.startswith(_SERVICE_PREFIXES) and len(digits) in (8, 11):
        return start, end
    if digits.startswith("00") and _is_international(digits[2:]):
        return start, end
    return None


def _is_international(digits: str) -> bool:
    """Digits after "+" or "00": a Dutch number (31, optional 0) or 8 to 15 digits elsewhere."""
    if digits.startswith("31"):
        national = digits[2:]
        if national.startswith("0"):
            national = national[1:]
        return len(national) == 9 or (
            national.startswith(tuple(p[1:] for p in _SERVICE_PREFIXES))
            and len(national) in (7, 10)
        )
    return 8 <= len(digits) <= 15 and not digits.startswith("0")


# --- Dates ---

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "febr": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?:[0-9]{4}|'[0-9]{2})"
_ORDINAL = r"(?:ste|st|nd|rd|th|de|e)?"

_NUMERIC_DATE_RE = re.compile(
    r"(?<![0-9])(?<![0-9][./-])(?:"
    r"(?P<d>[0-9]{1,2})(?P<s1>[./-])(?P<m>[0-9]{1,2})(?P=s1)(?P<y>[0-9]{4})"  # 3-1-1958
    r"|(?P<d2>[0-9]{2})(?P<s2>[./-])(?P<m2>[0-9]{2})(?P=s2)(?P<y2>[0-9]{2})"  # 03-01-58
    r"|(?P<y3>[0-9]{4})(?P<s3>[./-])(?P<m3>[0-9]{1,2})(?P=s3)(?P<d3>[0-9]{1,2})"  # 1958-01-03
    r")(?![0-9])(?![./-][0-9])"
)
_WRITTEN_DATE_RE = re.compile(
    rf"(?<![0-9])(?P<d>[0-9]{{1,2}}){_ORDINAL}\.?(?:\s*[-/]\s*|\s+)(?:of\s+)?"
    rf"(?P<m>{_MONTH})\b\.?(?:\s*[-/]\s*|,?\s+)(?P<y>{_YEAR})(?![0-9])"  # 12 maart 1958
    rf"|\b(?P<m2>{_MONTH})\b\.?\s+(?P<d2>[0-9]{{1,2}}){_ORDINAL},?\s+(?P<y2>{_YEAR})(?![0-9])",
    re.IGNORECASE,
)
_BORN = r"(?:geboren|geb\.|geb\b|geboortedatum|geboortejaar|born)"
_BORN_YEAR_RE = re.compile(
    rf"\b{_BORN}\s*:?\s*(?:(?:in|op|on)\s+)?(?P<y>{_YEAR})(?![0-9])", re.IGNORECASE
)
_BORN_BEFORE_RE = re.compile(rf"\b{_BORN}\s*:?\s*(?:(?:op|on)\s+)?$", re.IGNORECASE)


def _find_dates(text: str) -> Iterator[Finding]:
    """Full calendar dates in any common notation, and "geboren" with a year."""
    for m in _NUMERIC_DATE_RE.finditer(text):
        if m["d"] is not None:
            ok = _is_date(m["y"], m["m"], m["d"]) or (
                m["s1"] == "/" and _is_date(m["y"], m["d"], m["m"])  # US month/day/year
            )
        elif m["d2"] is not None:
            ok = _is_date(m["y2"], m["m2"], m["d2"]) or (
                m["s2"] == "/" and _is_date(m["y2"], m["d2"], m["m2"])
            )
        else:
            ok = _is_date(m["y3"], m["m3"], m["d3"])
        if ok:
            yield _with_born_prefix(text, m.start(), m.end())
    for m in _WRITTEN_DATE_RE.finditer(text):
        day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
        if _is_date(year, str(_MONTHS[month.lower()]), day):
            yield _with_born_prefix(text, m.start(), m.end())
    for m in _BORN_YEAR_RE.finditer(text):
        if any(_plausible_year(y) for y in _years(m["y"])):
            yield Finding(FindingKind.BIRTH_DATE, m.start(), m.end())


def _with_born_prefix(text: str, start: int, end: int) -> Finding:
    """A date right after "geboren (op)" takes those words into its span."""
    before = _BORN_BEFORE_RE.search(text, max(0, start - 40), start)
    return Finding(FindingKind.BIRTH_DATE, before.start() if before else start, end)


def _years(year: str) -> list[int]:
    """Possible years for a written year; two digits ('58, 58) may be 19xx or 20xx."""
    digits = year.lstrip("'")
    if len(digits) == 2:
        return [1900 + int(digits), 2000 + int(digits)]
    return [int(digits)]


def _plausible_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _is_date(year: str, month: str, day: str) -> bool:
    for y in _years(year):
        if not _plausible_year(y):
            continue
        try:
            date(y, int(month), int(day))
        except ValueError:
            continue
        return True
    return False
