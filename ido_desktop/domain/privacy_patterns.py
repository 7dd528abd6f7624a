"""Personal data in words, found by hand-written patterns (used by :mod:`.privacy`).

No well-kept library finds these in free Dutch text: ``email-validator`` checks one address but
finds none, and none knows the ways people hide one ("jan [at] example [dot] nl"); date parsers
(``dateutil``) guess a date out of almost any number; and a name or a street is only recognisable
by the word before it (a salutation) or the word it is (a street name ending in "-straat").

Every function takes the note as normalised by :mod:`.privacy` (plain spaces, dashes and digits)
and yields ``(start, end)`` spans, end exclusive. Python's ``re`` has no fast path for a pattern
that starts with a look-behind or ignores case (such a pattern costs tens of microseconds a note),
so each function first looks for something simple, a lower-case word in the lowered note or a
digit pattern, and runs its full pattern only when that is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

Span = tuple[int, int]

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
# Cheap first look (the full pattern costs about 10 µs a note): an "@", or "at" as a word.
_SPELLED_AT_RE = re.compile(r"[\s\[({<]at[\s\])}>]|apenstaartje")


def find_emails(text: str) -> Iterator[Span]:
    if "@" in text or _SPELLED_AT_RE.search(text.lower()):
        for m in _EMAIL_RE.finditer(text):
            yield m.span()


# --- Dates ---

# Years accepted in a full date or after "geboren"; wide enough for any living person.
MIN_YEAR = 1880
MAX_YEAR = 2100

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
_DIGIT_SEPARATOR_RE = re.compile(r"[0-9][./-][0-9]")
_MONTH_LOWER_RE = re.compile(r"jan|feb|maa|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec")


def find_dates(text: str) -> Iterator[Span]:
    """Full calendar dates in any common notation, and "geboren" with a year.

    Every full date counts: a birth date cannot be told from any other date, and a note has no
    need for one (the consult has its own date; staff write "volgende week").
    """
    lower = text.lower()
    numeric = _DIGIT_SEPARATOR_RE.search(text) is not None
    for m in _NUMERIC_DATE_RE.finditer(text) if numeric else ():
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
    for m in _WRITTEN_DATE_RE.finditer(text) if _MONTH_LOWER_RE.search(lower) else ():
        day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
        if _is_date(year, str(_MONTHS[month.lower()]), day):
            yield _with_born_prefix(text, m.start(), m.end())
    for m in _BORN_YEAR_RE.finditer(text) if "geb" in lower or "born" in lower else ():
        if any(_plausible_year(y) for y in _years(m["y"])):
            yield m.span()


def _with_born_prefix(text: str, start: int, end: int) -> Span:
    """A date right after "geboren (op)" takes those words into its span."""
    before = _BORN_BEFORE_RE.search(text, max(0, start - 40), start)
    return (before.start() if before else start), end


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


# --- Names after a salutation or title ---

# The salutations and titles a name is recognised after (the handleiding lists the same ones; a
# test compares them). Dutch ones in any case, a final dot optional; the English ones only
# capitalised, so that "ms" and "MS Word" stay words ("Mr" is the Dutch "mr." too).
SALUTATIONS = (
    "meneer", "mnr.", "mevrouw", "mevr.", "mvr.", "mw.", "de heer", "heer", "dhr.",
    "familie", "fam.", "mr.", "dr.", "drs.", "prof.", "ir.",
)  # fmt: skip
ENGLISH_SALUTATIONS = ("Mrs.", "Ms.", "Miss", "Mx.")


def _alternatives(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``: a final dot optional, a space any white space."""
    forms = sorted(words, key=len, reverse=True)
    return "|".join(
        re.escape(w.rstrip(".")).replace(r"\ ", r"\s+") + (r"\.?" if w.endswith(".") else "")
        for w in forms
    )


_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_SALUTATION = rf"(?:(?i:{_alternatives(SALUTATIONS)})|{_alternatives(ENGLISH_SALUTATIONS)})"
# Lower-case parts of surnames: "van der Berg", "de Vries", "ter Horst", "el Amrani".
_PARTICLE = r"(?:van|von|de|der|den|het|'t|ter|ten|te|la|le|du|da|di|dos|del|el|al)"
# A capitalised word with lower-case letters after the first (so not "UWV" or "DigiD"),
# double names joined by a hyphen: "Jansen", "Jansen-de Vries", "O'Brien".
_NAME_WORD = (
    rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:['’][{_LOWER}]+)?"
    rf"(?:-(?:{_PARTICLE}-)?[{_UPPER}{_LOWER}][{_LOWER}'’]+)*"
)
_NAME_RE = re.compile(
    rf"(?<![\w.]){_SALUTATION}\s+"
    rf"(?P<name>(?:{_PARTICLE}\s+){{0,3}}{_NAME_WORD}"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,3}}{_NAME_WORD}){{0,2}})(?![\w'’])"
)
# A note typed with caps lock on: "MEVROUW JANSEN", "DE HEER VAN DIJK". Only after a salutation in
# capitals too, since "Meneer UWV gebeld" is an organisation.
_SHOUTED_NAME_RE = re.compile(
    rf"(?<![\w.])(?:{_alternatives(tuple(w.upper() for w in SALUTATIONS + ENGLISH_SALUTATIONS))})"
    rf"\s+(?P<name>[{_UPPER}][{_UPPER}'’-]+(?:\s+[{_UPPER}][{_UPPER}'’-]+){{0,2}})(?![\w'’])"
)
# Capitalised words that follow "meneer"/"mevrouw" in short notes without being a name
# ("Mevrouw Toeslagen uitgelegd", "Meneer Gemeente gebeld"); a name word stops at them.
_NOT_NAMES = frozenset(
    {
        "bank", "belastingdienst", "belastingtelefoon", "bibliotheek", "brief", "formulier",
        "gemeente", "hulp", "huurtoeslag", "kinderopvangtoeslag", "kredietbank", "toeslagen",
        "uitleg", "voedselbank", "vraag", "wijkteam", "zorgtoeslag", "zorgverzekeraar",
        "word", "excel", "teams", "office", "outlook", "windows", "google", "android", "iphone",
    }
)  # fmt: skip
# Cheap first look: a name is a capital letter after white space, and after a salutation.
_CAPITAL_AFTER_SPACE_RE = re.compile(rf"\s[{_UPPER}]")
_SALUTATION_LOWER_RE = re.compile(
    rf"(?:{_alternatives(tuple(w.lower() for w in SALUTATIONS + ENGLISH_SALUTATIONS))})\s"
)
_WORD_RE = re.compile(rf"[{_UPPER}{_LOWER}'’-]+")


def find_names(text: str) -> Iterator[Span]:
    """A name after a salutation or title: "Mevr. Jansen", "de heer van Dijk", "Mrs Brown".

    The span is the name only (with its "van", "de"): the salutation may stay in the note.
    A name without a salutation cannot be told from any other capitalised word.
    """
    if not _CAPITAL_AFTER_SPACE_RE.search(text) or not _SALUTATION_LOWER_RE.search(text.lower()):
        return
    for m in (*_NAME_RE.finditer(text), *_SHOUTED_NAME_RE.finditer(text)):
        start, end = m.span("name")
        for word in _WORD_RE.finditer(text, start, end):
            if word.group().lower() in _NOT_NAMES:
                end = word.start()
                break
        name = text[start:end].rstrip(" -")
        if any(ch.isupper() for ch in name):
            yield start, start + len(name)


# --- Street and house number ---

# A Dutch street name is recognised by how its last word ends (the handleiding lists the same
# endings; a test compares them). Left out, because ordinary words end the same way: -ring
# (vordering, verzekering), -veld (invulveld), -oord (wachtwoord), -plaats (woonplaats), -baan
# (loopbaan), -dam (Rotterdam, the city).
STREET_ENDINGS = (
    "straat", "weg", "laan", "plein", "singel", "gracht", "kade", "dijk", "dreef", "steeg",
    "plantsoen", "boulevard", "hof", "park", "pad", "markt", "burgwal", "haven", "allee",
    "passage", "promenade",
)  # fmt: skip
# ... or by its first word, followed by "van", "naar", ...: "Laan van Meerdervoort 100".
STREET_FIRST_WORDS = ("Laan", "Plein", "Weg", "Kade", "Dijk", "Singel", "Gracht", "Hof", "Park")
# ... and an English one by its last word: "221B Baker Street", "Baker Street 221b".
ENGLISH_STREET_WORDS = ("Street", "Road", "Avenue", "Lane", "Drive", "Close", "Square")
# Ordinary words with a street ending.
_NOT_STREETS = frozenset(
    {
        "onderweg", "halfweg", "gerechtshof", "supermarkt", "arbeidsmarkt", "woningmarkt",
        "luchthaven", "pretpark", "fietspad", "ipad", "touchpad", "keypad", "notepad",
    }
)  # fmt: skip
_STREET_END = "|".join(STREET_ENDINGS)
_ENGLISH_STREET = "|".join(ENGLISH_STREET_WORDS)
_HOUSE_NUMBER = r"[1-9][0-9]{0,4}(?:(?: ?[A-Za-z]|-[0-9]{1,4}| ?(?:bis|hs|huis))(?![\w-]))?"
_AFTER_NUMBER = r"(?![\w,.:/-]?[0-9])"  # not "Coolsingel 40.5" or "Kerkstraat 12:30"
# Words before the street word that belong to its name ("Nieuwe Binnenweg", "Burgemeester
# Oudlaan"); the span takes them in so the whole street is highlighted.
_STREET_PREFIX = (
    r"(?:(?:Nieuwe|Oude|Lange|Korte|Hoge|Lage|Grote|Kleine|Eerste|Tweede|Derde|Noord|Zuid|Oost"
    r"|West|Sint|St\.|Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|Koningin|President"
    r"|Generaal|Professor|Prof\.|Van|van|de|der|den|het|'t|ter|ten)\s+){0,4}"
)
_STREET_RE = re.compile(
    # Coolsingel 40, Nieuwe Binnenweg 12a, Markt 5 (a bare street word needs its capital)
    rf"(?<![\w.-])(?P<prefix>{_STREET_PREFIX})(?P<street>[{_UPPER}{_LOWER}'’-]*?"
    rf"(?i:{_STREET_END}))\s+(?:nr\.?\s*)?(?P<number>{_HOUSE_NUMBER}){_AFTER_NUMBER}"
    # Laan van Meerdervoort 100, Weg naar Rhoon 12
    rf"|(?<![\w.-])(?:{'|'.join(STREET_FIRST_WORDS)})"
    rf"\s+(?:van|naar|op|der|de|den|het|'t|ter|ten)(?:\s+(?:der|de|den|het|'t))?"
    rf"(?:\s+[{_UPPER}][{_LOWER}'’-]+){{1,2}}\s+{_HOUSE_NUMBER}{_AFTER_NUMBER}"
    # 221B Baker Street, 10 Downing Street
    rf"|(?<![\w.,-])[1-9][0-9]{{0,4}}[A-Za-z]?\s+(?:[{_UPPER}][{_LOWER}]+\s+){{1,3}}"
    rf"(?:{_ENGLISH_STREET})\b"
    # Baker Street 221b
    rf"|(?<![\w.-])(?:[{_UPPER}][{_LOWER}]+\s+){{1,3}}(?:{_ENGLISH_STREET})"
    rf"\s+{_HOUSE_NUMBER}{_AFTER_NUMBER}"
)
_BARE_STREET_RE = re.compile(rf"(?i:{_STREET_END})")
_MAYBE_STREET_RE = re.compile(
    rf"(?:{_STREET_END})\s+(?:nr\.?\s*)?[1-9]"
    rf"|(?:{'|'.join(STREET_FIRST_WORDS).lower()})\s+(?:van|naar|op|der|de|den|het|'t|ter|ten)\s"
    rf"|{_ENGLISH_STREET.lower()}"
)


def find_addresses(text: str) -> Iterator[Span]:
    """A street name with its house number: "Coolsingel 40", "Laan van Meerdervoort 100"."""
    if not _MAYBE_STREET_RE.search(text.lower()):
        return
    for m in _STREET_RE.finditer(text):
        if m["street"] is not None:
            street = m["street"]
            if street.lower() in _NOT_STREETS or len(street) < 3:
                continue
            if _BARE_STREET_RE.fullmatch(street) and not street[0].isupper():
                continue  # "brief weg 2 weken": a street word alone counts capitalised ("Markt 5")
            start = m.start("prefix") + _leading_particles(m["prefix"])
            yield start, m.end("number")
        else:
            yield m.span()


def _leading_particles(prefix: str) -> int:
    """Characters of lower-case words at the start of ``prefix`` ("van de" in "van de Markt")."""
    match = re.match(r"(?:(?:van|de|der|den|het|'t|ter|ten)\s+)*", prefix)
    return match.end() if match else 0
