"""Numbers a note may not hold, checked by well-kept libraries (used by :mod:`.privacy`).

``python-stdnum`` checks a BSN (elfproef), an IBAN (registry format and mod-97) and a Dutch
postcode; ``phonenumbers`` (Google's libphonenumber) finds Dutch and international phone numbers
in free text. The libraries check a candidate; finding the candidates in a sentence is ours for
BSN, IBAN and postcode, because ``python-stdnum`` has no finder.

Every function takes the note as normalised by :mod:`.privacy` (plain spaces, dashes and digits)
and yields ``(start, end)`` spans, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType
from stdnum import iban
from stdnum.nl import bsn, postcode

Span = tuple[int, int]

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

# Any 8 or 9 digits right after a word for the BSN are meant as one, whatever their elfproef:
# "bsn 123456789", "BSN-nummer: 1234 56 789", "sofinummer is 12345678".
_BSN_WORD_RE = re.compile(
    r"\b(?:bsn|burger\s?service\s?nummer|sofi)(?:[ -]?(?:nummer|nr\b\.?))?"
    r"\s*(?:(?:is|was)\s+|[:=#]\s*)?"
    r"(?P<number>[0-9](?:[ .-]?[0-9]){7,8})(?![0-9])(?![ .-][0-9])",
    re.IGNORECASE,
)


# Cheap first looks (see find_bsns).
_EIGHT_DIGITS_RE = re.compile(r"[0-9](?:[ .-]?[0-9]){7}")
_BSN_WORD_LOWER_RE = re.compile(r"bsn|burger|sofi")


def find_bsns(text: str) -> Iterator[Span]:
    """Numbers passing the elfproef, and 8 or 9 digits right after "bsn" or "sofinummer".

    Python's ``re`` has no fast path for a pattern starting with a look-behind or ignoring case:
    eight digits, or one of the words, must be there before the full patterns run.
    """
    if not _EIGHT_DIGITS_RE.search(text):
        return
    for m in _BSN_RE.finditer(text):
        if bsn.is_valid(m.group()):
            yield m.span()
    if _BSN_WORD_LOWER_RE.search(text.lower()):
        for m in _BSN_WORD_RE.finditer(text):
            yield m.span("number")


# --- IBAN ---

_IBAN_MAX = 34
# No look-behind (slow in Python's re): the character before is checked in code.
_IBAN_START_RE = re.compile(r"[A-Za-z]{2}[0-9]{2}")


def find_ibans(text: str) -> Iterator[Span]:
    """IBANs written plain or in groups of four separated by single spaces, any case."""
    for m in _IBAN_START_RE.finditer(text):
        if _is_ascii_alnum(text, m.start() - 1):
            continue
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
        for end in reversed(ends):  # the longest valid one: "NL91 ABNA ... 00 ABCD" stops at 00
            # Mod-97 and the registry's account format per country; not the national bank-code
            # lists (check_country), which would let through the IBAN of a bank not listed.
            if iban.is_valid(text[start:end], check_country=False):
                yield start, end
                break


def _is_ascii_alnum(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and text[pos].isascii() and text[pos].isalnum()


# --- Dutch postcode, with or without house number ---

_POSTCODE_RE = re.compile(
    r"(?<![\w-])(?P<word>postcode:?\s*)?"
    r"(?P<digits>[1-9][0-9]{3})(?P<space> ?)(?P<letters>[A-Za-z]{2})(?![\w-])"
    # An optional house number: "3011 AB 12", "3011AB, 12a", "3011 AB nr. 7-2".
    r"(?P<house>,? ?(?:nr\.? ?)?[1-9][0-9]{0,4}"
    r"(?:(?: ?[A-Za-z]|-[0-9]{1,4})(?![\w-]))?(?![\w,.-]?\d))?"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Cheap first look: the forms find_postcodes accepts (a look-behind or ignoring case is slow).
_MAYBE_POSTCODE_RE = re.compile(r"[1-9][0-9]{3}(?: ?[A-Z]{2}|[a-z]{2})")
# Units glued to four digits ("1024MB", "1500 mg"), not letters of a postcode.
_UNITS = frozenset({"mb", "gb", "kb", "tb", "mg", "ml", "cl", "dl", "kg", "km", "cm", "mm"})


def find_postcodes(text: str) -> Iterator[Span]:
    """Dutch postcodes ("3011 AB", "3011AB"), with a house number after them when there is one.

    Four digits, a space and two small letters is usually Dutch ("2024 en 2025"), so a postcode
    written with a space needs capital letters unless the word "postcode" comes before it.
    """
    if not _MAYBE_POSTCODE_RE.search(text) and "postcode" not in text.lower():
        return
    for m in _POSTCODE_RE.finditer(text):
        letters = m["letters"]
        if letters.lower() in _UNITS:
            continue
        if m["space"] and not letters.isupper() and not m["word"]:
            continue
        if postcode.is_valid(m["digits"] + letters):
            yield m.start("digits"), m.end("house") if m["house"] else m.end("letters")


# --- Phone numbers ---

# libphonenumber is thorough but not cheap (tens of microseconds a note), and a Dutch number
# that is not a service number has at least nine digits: look for those, or a "+", first.
_MAYBE_PHONE_RE = re.compile(r"\+ ?\(?[0-9]|[0-9](?:[ ()./-]{0,3}[0-9]){8}")
# Numbers of organisations, never a visitor's own: 0800 and 0900 numbers, 088 and "14 010".
_NOT_PERSONAL = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)


def find_phones(text: str) -> Iterator[Span]:
    """Valid Dutch phone numbers in any common notation, and valid international ones (+ or 00).

    ``Leniency.VALID`` accepts only numbers in an assigned range of the numbering plan, which
    keeps "om 09.30 - 10.30 uur" and "toeslagen 2022-2024" out; the grouping leniencies are
    too strict for the way people write numbers ("06 12 34 56 78", "(010) 123 45 67").
    """
    if not _MAYBE_PHONE_RE.search(text):
        return
    for match in PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID):
        if phonenumbers.number_type(match.number) not in _NOT_PERSONAL:
            yield match.start, match.end
