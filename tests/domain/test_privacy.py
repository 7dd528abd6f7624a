"""Tests for the privacy guard on free-text notes (PRODUCT.md 4.4).

All numbers, addresses and dates are synthetic: well-known example BSNs and IBANs from
documentation, example.nl/example.org addresses, and made-up phone numbers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ido_desktop.domain.errors import IdoError, PrivacyError
from ido_desktop.domain.privacy import (
    MAX_NOTE_LENGTH,
    Finding,
    FindingKind,
    check_note,
    find_personal_data,
)


def kinds(text: str) -> list[FindingKind]:
    return [f.kind for f in find_personal_data(text)]


def spans(text: str) -> list[tuple[FindingKind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text)]


def assert_single(text: str, kind: FindingKind, value: str) -> None:
    """``value`` embedded in ordinary words is found as exactly one finding of ``kind``."""
    note = f"klant gaf {value} door, uitgelegd"
    assert spans(note) == [(kind, value)]


# --- BSN ---

VALID_BSNS = [
    "111222333",
    "123456782",
    "1234.56.782",
    "123 456 782",
    "123.456.782",
    "123-456-782",
    "12345672",  # 8 digits: 012345672 passes the elfproef
]
INVALID_BSNS = [
    "123456789",
    "111222334",
    "1234.56.789",
    "000000000",
    "12345678",
]


@pytest.mark.parametrize("value", VALID_BSNS)
def test_bsn_passing_elfproef_is_found(value: str) -> None:
    assert_single(value, FindingKind.BSN, value)


@pytest.mark.parametrize("value", INVALID_BSNS)
def test_number_failing_elfproef_is_not_a_bsn(value: str) -> None:
    assert FindingKind.BSN not in kinds(f"dossier {value} besproken")


@pytest.mark.parametrize(
    "text",
    ["1123456782", "1234567820", "9111222333", "ref 1.123.456.782", "12345678200"],
)
def test_bsn_inside_longer_number_is_not_found(text: str) -> None:
    assert FindingKind.BSN not in kinds(text)


def test_bsn_next_to_letters_is_found() -> None:
    assert spans("BSN:123456782") == [(FindingKind.BSN, "123456782")]


# --- IBAN ---

VALID_IBANS = [
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "nl91abna0417164300",
    "NL02ABNA0123456789",
    "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00",
    "BE68539007547034",
    "GB82WEST12345698765432",
]
INVALID_IBANS = [
    "NL91ABNA0417164301",  # wrong check digit
    "NL92ABNA0417164300",  # wrong check digits
    "NL91ABNA041716430",  # too short for NL
    "DE89370400440532013001",
    "NL91 AB NA 0417 1643 00",  # not grouped by four
]


@pytest.mark.parametrize("value", VALID_IBANS)
def test_iban_passing_mod97_is_found(value: str) -> None:
    assert_single(value, FindingKind.IBAN, value)


@pytest.mark.parametrize("value", INVALID_IBANS)
def test_iban_failing_checks_is_not_an_iban(value: str) -> None:
    assert FindingKind.IBAN not in kinds(f"rekening {value} genoemd")


def test_spaced_iban_does_not_swallow_following_word() -> None:
    text = "iban NL91 ABNA 0417 1643 00 ABCD gecontroleerd"
    assert spans(text) == [(FindingKind.IBAN, "NL91 ABNA 0417 1643 00")]


# --- E-mail ---

VALID_EMAILS = [
    "jan@example.nl",
    "JAN@EXAMPLE.NL",
    "j.de.vries+ido@mail.example.org",
    "info_2@sub-domein.example.com",
    "jan @ example.nl",
    "jan [at] example.nl",
    "jan[at]example.nl",
    "jan (at) example.nl",
    "jan at example.nl",
    "jan [at] example [dot] nl",
    "jan at example dot nl",
    "zoë@voorbeeld.nl",
]
NOT_EMAILS = [
    "mijnoverheid.nl",
    "zie toeslagen.nl",
    "@gemeente",
    "mail naar info@",
    "a@b",
    "kosten @ 12.50",
]


@pytest.mark.parametrize("value", VALID_EMAILS)
def test_email_is_found(value: str) -> None:
    assert_single(value, FindingKind.EMAIL, value)


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_non_email_is_not_found(text: str) -> None:
    assert FindingKind.EMAIL not in kinds(text)


def test_email_span_excludes_sentence_dot() -> None:
    assert spans("mail naar jan@example.nl.") == [(FindingKind.EMAIL, "jan@example.nl")]


# --- Phone numbers ---

VALID_PHONES = [
    "06-12345678",
    "06 1234 5678",
    "0612345678",
    "06 12 34 56 78",
    "010-1234567",
    "010 123 45 67",
    "(010) 123 45 67",
    "0111-123456",
    "+31 6 12345678",
    "+31612345678",
    "0031612345678",
    "0031 6 12345678",
    "+31(0)10 1234567",
    "+31 (0)6 1234 5678",
    "+32 470 12 34 56",
    "+49 30 1234567",
    "+44 20 7946 0958",
    "+1 202 555 0143",
    "085 123 4567",  # VoIP numbers are given to people too
]
NOT_PHONES = [
    "aangifte 2024",
    "toeslag 1200 euro",
    "afspraak 14:30",
    "postcode 3011",
    "0612345",  # too short
    "06123456789",  # too long
    "om 09.30 - 10.30 uur",
    "bedrag 1.250,50",
    "+3 kinderen",
    "14 010 gebeld",
    "01-02-2024 10:30",
    "0123456789",  # ten digits, but no Dutch number starts with 012
    "06-1234567",  # a digit short
]
# Numbers of organisations are no personal data, and staff write them down to pass them on.
ORGANISATION_NUMBERS = [
    "Belastingtelefoon 0800-0543",
    "0800 1234567",
    "0900-1234",
    "0900 8844",
    "088-1234567",
    "gemeente via 14 010",
]


@pytest.mark.parametrize("value", VALID_PHONES)
def test_phone_is_found(value: str) -> None:
    assert_single(value, FindingKind.PHONE, value)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_non_phone_is_not_found(text: str) -> None:
    assert FindingKind.PHONE not in kinds(text)


@pytest.mark.parametrize("text", ORGANISATION_NUMBERS)
def test_number_of_an_organisation_may_stay(text: str) -> None:
    assert find_personal_data(text) == []


def test_phone_absorbs_bsn_lookalike_inside_it() -> None:
    # 12345672 passes the elfproef on its own, but here it is the tail of a mobile number.
    assert spans("bel 06 12345672 terug") == [(FindingKind.PHONE, "06 12345672")]


def test_phone_with_unicode_dash_and_nbsp() -> None:
    text = "bel 06\u201312345678 of 010\u00a01234567"
    assert spans(text) == [
        (FindingKind.PHONE, "06\u201312345678"),
        (FindingKind.PHONE, "010\u00a01234567"),
    ]


# --- Dates of birth ---

VALID_DATES = [
    "12-03-1958",
    "1-3-1958",
    "12/03/1958",
    "3/1/1958",
    "12.03.1958",
    "1958-03-12",
    "12-03-58",
    "29-02-2000",
    "29-02-00",
    "03/25/1958",  # month/day/year
    "12 maart 1958",
    "3 jan 1940",
    "3 jan. 1940",
    "1 mei 1960",
    "15 okt 1975",
    "12 March 1958",
    "March 3, 1950",
    "3rd of March 1950",
    "12-mrt-1958",
    "7 september '58",
    "geboren 1958",
    "geboren in 1958",
    "geb. 1958",
    "Geb 1958",
    "geboortejaar: 1958",
    "born in 1958",
    "geb. 12-03-1958",
    "geboren op 12 maart 1958",
]
NOT_DATES = [
    "31-02-1958",
    "29-02-1900",
    "12-13-1958",
    "32-01-1958",
    "12-03",
    "brief van 12 maart",
    "maart 1958",
    "aangifte 2024",
    "1-2-3",
    "toeslagen 2022-2024",
    "geboren in Rotterdam",
    "12-03-1234",
    "volgende week",
]


@pytest.mark.parametrize("value", VALID_DATES)
def test_full_date_is_found(value: str) -> None:
    assert_single(value, FindingKind.BIRTH_DATE, value)


@pytest.mark.parametrize("text", NOT_DATES)
def test_partial_or_impossible_date_is_not_found(text: str) -> None:
    assert FindingKind.BIRTH_DATE not in kinds(text)


# --- Ordinary notes ---

HARMLESS_NOTES = [
    "aangifte 2024 gedaan",
    "toeslag 1200 euro",
    "formulier 3 van 5",
    "afspraak 14:30",
    "postcode 3011",
    "volgende week terugkomen voor DigiD-activatie",
    "huurtoeslag aangevraagd, bedrag € 1.250,50 per jaar",
    "uitleg over 2 brieven van de Belastingdienst",
    "doorverwezen naar mijnoverheid.nl en toeslagen.nl",
    "DigiD app ingesteld, sms-code kwam niet aan",
    "bezwaar WOZ-beschikking 2023 uitgelegd",
    "afspraak om 09.30 - 10.30 uur",
    "3x geweest dit jaar",
    "zorgtoeslag 2024 en 2025 vergeleken",
    "bezwaartermijn 6 weken, brief van 12-03 meegenomen",
    "versie 1.2 van het formulier gebruikt",
    "kamer 2.14, over 3 maanden opnieuw",
    "aangifte maart 2024 klaar, in mei terugkomen",
    "CJIB boete 250 euro, betalingsregeling 12 termijnen",
    "klant 75 jaar, hulp nodig bij inloggen",
    "vraag over AOW per 1 januari",
    "telefonisch spreekuur dinsdag 10:00-12:00",
    "gemeente gebeld via 14 010",
    "aanslag 2023: 1.234 euro terug",
    "wachttijd 45 min, 2 personen voor",
    "machtiging uitgelegd aan mantelzorger",
    "toeslagen 2022-2024 nagelopen, 2 wijzigingen",
    "Rijksoverheid 1400 gebeld, 15 min gewacht",
    "",
]


@pytest.mark.parametrize("text", HARMLESS_NOTES)
def test_ordinary_note_is_not_flagged(text: str) -> None:
    assert find_personal_data(text) == []
    check_note(text)


# --- Numbers meant as a BSN, postcodes, addresses and names ---

BSN_WORDS = [
    ("bsn 123456789", "123456789"),
    ("BSN: 123456789", "123456789"),
    ("bsn-nummer 1234.56.789", "1234.56.789"),
    ("BSN nr. 12345678", "12345678"),
    ("burgerservicenummer 12345678", "12345678"),
    ("burger service nummer 123 456 789", "123 456 789"),
    ("sofinummer 987654321", "987654321"),
    ("sofi-nummer: 12345678", "12345678"),
    ("sofinummer is 123 45 678", "123 45 678"),
]


@pytest.mark.parametrize(("text", "number"), BSN_WORDS)
def test_eight_or_nine_digits_after_a_bsn_word_are_a_bsn_whatever_the_elfproef(
    text: str, number: str
) -> None:
    assert spans(f"{text} opgezocht") == [(FindingKind.BSN, number)]


@pytest.mark.parametrize("text", ["bsn 1234567", "bsn 1234567890", "bsn gevraagd, 2 keer"])
def test_other_numbers_after_bsn_are_not_a_bsn(text: str) -> None:
    assert FindingKind.BSN not in kinds(text)


POSTCODES = ["3011 AB", "3011AB", "3011 AB 12", "3011 AB 12a", "3011AB, 7-2", "1012 WX nr. 3"]
NOT_POSTCODES = [
    "postcode 3011",
    "aangifte 2024 en 2025",  # small letters after a space: Dutch words
    "0123 AB",  # no postcode starts with 0
    "3011 SS",  # letter pairs that are never used
    "1024MB geheugen",
    "1500 mg",
]


@pytest.mark.parametrize("value", POSTCODES)
def test_postcode_with_or_without_house_number_is_found(value: str) -> None:
    assert_single(value, FindingKind.POSTCODE, value)


@pytest.mark.parametrize("text", NOT_POSTCODES)
def test_non_postcode_is_not_found(text: str) -> None:
    assert FindingKind.POSTCODE not in kinds(text)


def test_postcode_in_small_letters_after_the_word_postcode() -> None:
    assert spans("postcode 3011 ab") == [(FindingKind.POSTCODE, "3011 ab")]


ADDRESSES = [
    "Coolsingel 40",
    "Nieuwe Binnenweg 12a",
    "Kerkstraat 5-2",
    "Burgemeester Oudlaan 50",
    "Laan van Meerdervoort 100",
    "Wijnhaven 107",
    "Markt 5",
    "dorpsstraat 3 bis",
    "221B Baker Street",
    "Baker Street 221b",
]
NOT_ADDRESSES = [
    "Formulier 3 van 5 ingevuld",
    "Vraag 2",
    "stap 4",
    "Box 3",
    "Vordering 2 van het CJIB",
    "zorgverzekering 2025",
    "Wachtwoord 2 keer fout",
    "Invulveld 3 leeg",
    "onderweg 2 keer gebeld",
    "iPad 2 ingesteld",
    "Rotterdam 2 keer gebeld",
    "brief weg 2 weken geleden",
    "Coolsingel",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_street_with_house_number_is_found(value: str) -> None:
    assert_single(value, FindingKind.ADDRESS, value)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_number_after_an_ordinary_word_is_not_an_address(text: str) -> None:
    assert find_personal_data(text) == []


NAMES = [
    ("Mevr. Jansen", "Jansen"),
    ("mevrouw de Vries", "de Vries"),
    ("Meneer Yilmaz", "Yilmaz"),
    ("dhr. Bakker", "Bakker"),
    ("de heer van den Berg", "van den Berg"),
    ("familie El Amrani", "El Amrani"),
    ("fam. Jansen-de Vries", "Jansen-de Vries"),
    ("mw. Öztürk", "Öztürk"),
    ("mr. Visser", "Visser"),
    ("Mr John Smith", "John Smith"),
    ("Mrs. O'Brien", "O'Brien"),
    ("Ms Jones", "Jones"),
    ("MEVROUW JANSEN", "JANSEN"),
]
NOT_NAMES = [
    "Mevrouw wil volgende week terugkomen",
    "Meneer DigiD uitgelegd",
    "Meneer UWV gebeld",
    "Mevrouw Toeslagen uitgelegd",
    "Familie helpt met de post",
    "Formulier in MS Word ingevuld",
    "Letter typed in Ms Word",
    "Jansen",  # a name without a salutation cannot be told from any other word
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_after_a_salutation_is_found(text: str, name: str) -> None:
    assert spans(f"klant gaf {text} door, uitgelegd") == [(FindingKind.NAME, name)]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_capitalised_word_without_salutation_is_not_a_name(text: str) -> None:
    assert find_personal_data(text) == []


# --- A table of whole notes, each with exactly what is found ---

N = FindingKind
NOTES: list[tuple[str, list[tuple[FindingKind, str]]]] = [
    # Ordinary notes, Dutch
    ("Brief van de Belastingdienst over 2024 uitgelegd", []),
    ("Formulier 3 van 5 ingevuld", []),
    ("Vraag 2 en 3 samen bekeken", []),
    ("Bij stap 4 bleef de site hangen", []),
    ("Aangifte 2024 en 2025 vergeleken", []),
    ("Toeslag 1200 euro per jaar", []),
    ("Afspraak om 14:30 bij het Werkplein", []),
    ("Postcode 3011 valt onder het centrum", []),
    ("Belastingtelefoon 0800-0543 samen gebeld", []),
    ("Gemeente gebeld via 14 010", []),
    ("Mevrouw wil volgende week terugkomen", []),
    ("Meneer had zijn DigiD-app nog niet", []),
    ("Zorgverzekering 2025 vergeleken, premie 140 euro", []),
    ("Vordering 2 van het CJIB besproken", []),
    ("Wachtwoord 2 keer fout, account geblokkeerd", []),
    ("iPad 2 ingesteld voor de berichtenbox", []),
    ("Box 3 uitgelegd, bijlage 2 ingevuld", []),
    ("Bezwaar WOZ-beschikking 2023 uitgelegd", []),
    ("Huurtoeslag aangevraagd, bedrag € 1.250,50 per jaar", []),
    ("Kamer 2.14, over 3 maanden opnieuw", []),
    ("Brief van 12-03 meegenomen", []),
    ("Uitleg over de AOW per 1 januari", []),
    ("Familie helpt met de post", []),
    ("Cursus Digisterker op 3 dinsdagen", []),
    ("Zie mijnoverheid.nl, stap 2 van 4", []),
    ("De 2 brieven van DUO (2023) uitgelegd", []),
    ("Rotterdam 2 keer gebeld, wachttijd 45 min", []),
    # Ordinary notes, English
    ("Explained the tax letter about 2024", []),
    ("Step 4 of the form was unclear", []),
    ("Form 3 of 5 filled in", []),
    ("Called the Tax Office on 0800-0543", []),
    ("Letter typed in Ms Word", []),
    # Personal data, Dutch
    ("Mevr. Jansen belt nog", [(N.NAME, "Jansen")]),
    ("mevrouw de Vries komt terug", [(N.NAME, "de Vries")]),
    ("De heer van den Berg wil een afspraak", [(N.NAME, "van den Berg")]),
    ("fam. Jansen-de Vries gebeld", [(N.NAME, "Jansen-de Vries")]),
    ("meneer en mevrouw Bakker samen geholpen", [(N.NAME, "Bakker")]),
    ("bsn 123456789 opgezocht", [(N.BSN, "123456789")]),
    ("burgerservicenummer 12345678 genoemd", [(N.BSN, "12345678")]),
    ("BSN: 111222333 in de brief", [(N.BSN, "111222333")]),
    ("sofinummer is 123 45 678", [(N.BSN, "123 45 678")]),
    ("nummer 123456782 gecontroleerd", [(N.BSN, "123456782")]),
    ("Postcode 3011 AB 12", [(N.POSTCODE, "3011 AB 12")]),
    ("Woont op 3011AB", [(N.POSTCODE, "3011AB")]),
    ("Coolsingel 40 is het adres", [(N.ADDRESS, "Coolsingel 40")]),
    ("Nieuwe Binnenweg 12a, 2 hoog", [(N.ADDRESS, "Nieuwe Binnenweg 12a")]),
    ("Woont Laan van Meerdervoort 100", [(N.ADDRESS, "Laan van Meerdervoort 100")]),
    ("Bel 06-12345678 terug", [(N.PHONE, "06-12345678")]),
    ("Tel. +31 10 123 4567", [(N.PHONE, "+31 10 123 4567")]),
    ("bel 06 12345672 terug", [(N.PHONE, "06 12345672")]),
    ("Mail naar jan.jansen@example.nl", [(N.EMAIL, "jan.jansen@example.nl")]),
    ("IBAN NL91 ABNA 0417 1643 00 voor de incasso", [(N.IBAN, "NL91 ABNA 0417 1643 00")]),
    ("Geboren 12-03-1958", [(N.BIRTH_DATE, "Geboren 12-03-1958")]),
    ("Afspraak 01-02-2024 10:30", [(N.BIRTH_DATE, "01-02-2024")]),
    (
        "Mevrouw Jansen, Coolsingel 40, 3011 AD Rotterdam, 06-12345678",
        [
            (N.NAME, "Jansen"),
            (N.ADDRESS, "Coolsingel 40"),
            (N.POSTCODE, "3011 AD"),
            (N.PHONE, "06-12345678"),
        ],
    ),
    ("Meneer Bakker Kerkstraat 12", [(N.NAME, "Bakker"), (N.ADDRESS, "Kerkstraat 12")]),
    # Personal data, English
    ("Mr Smith asked about his pension", [(N.NAME, "Smith")]),
    ("Mrs. O'Brien needs a new password", [(N.NAME, "O'Brien")]),
    ("Lives at 221B Baker Street", [(N.ADDRESS, "221B Baker Street")]),
    ("Called +44 20 7946 0958 in London", [(N.PHONE, "+44 20 7946 0958")]),
    ("Born on 3 March 1950", [(N.BIRTH_DATE, "Born on 3 March 1950")]),
    (
        "Email jane@example.org about the BSN 123456782",
        [
            (N.EMAIL, "jane@example.org"),
            (N.BSN, "123456782"),
        ],
    ),
]


def test_the_table_is_big_enough_and_mixed() -> None:
    assert len(NOTES) >= 60
    assert sum(1 for _note, expected in NOTES if not expected) >= 25
    assert {kind for _note, expected in NOTES for kind, _span in expected} == set(FindingKind) - {
        FindingKind.TOO_LONG
    }


@pytest.mark.parametrize(("note", "expected"), NOTES)
def test_note_has_exactly_the_expected_findings(
    note: str, expected: list[tuple[FindingKind, str]]
) -> None:
    wanted = [
        Finding(kind, note.index(part), note.index(part) + len(part)) for kind, part in expected
    ]
    assert find_personal_data(note) == wanted
    if expected:
        with pytest.raises(PrivacyError):
            check_note(note)
    else:
        check_note(note)


# --- Several findings, length, errors ---


def test_multiple_findings_are_sorted_and_exact() -> None:
    text = "bel 06-12345678 of mail jan@example.nl, bsn 123456782, geb. 1958, NL91ABNA0417164300"
    assert spans(text) == [
        (FindingKind.PHONE, "06-12345678"),
        (FindingKind.EMAIL, "jan@example.nl"),
        (FindingKind.BSN, "123456782"),
        (FindingKind.BIRTH_DATE, "geb. 1958"),
        (FindingKind.IBAN, "NL91ABNA0417164300"),
    ]


def test_email_wins_over_digits_inside_it() -> None:
    assert spans("123456782@example.nl") == [(FindingKind.EMAIL, "123456782@example.nl")]


def test_note_of_max_length_is_fine() -> None:
    assert find_personal_data("a" * MAX_NOTE_LENGTH) == []


def test_too_long_note_spans_the_excess() -> None:
    text = "a" * (MAX_NOTE_LENGTH + 15)
    assert find_personal_data(text) == [
        Finding(FindingKind.TOO_LONG, MAX_NOTE_LENGTH, MAX_NOTE_LENGTH + 15)
    ]


def test_too_long_note_also_reports_personal_data() -> None:
    text = "bsn 123456782 " + "x" * MAX_NOTE_LENGTH
    assert kinds(text) == [FindingKind.BSN, FindingKind.TOO_LONG]


def test_check_note_raises_with_findings() -> None:
    with pytest.raises(PrivacyError) as info:
        check_note("mail jan@example.nl")
    error = info.value
    assert isinstance(error, IdoError)
    assert error.code == "E_NOTE_PERSONAL_DATA"
    assert error.findings == (Finding(FindingKind.EMAIL, 5, 19),)


def test_check_note_refuses_too_long() -> None:
    with pytest.raises(PrivacyError) as info:
        check_note("a" * (MAX_NOTE_LENGTH + 1))
    assert [f.kind for f in info.value.findings] == [FindingKind.TOO_LONG]


# --- Properties ---

NOTE_ALPHABET = st.sampled_from(list("0123456789 .-/+()@:,'abegjmnortNL[]\u00a0\u2013"))
# Pieces of every kind of finding, so that they touch and overlap in every way.
NOTE_PIECES = st.sampled_from(
    [
        " ", ", ", "-", "Mevr.", "mevrouw", "de heer", "Mrs", "Jansen", "van", "de", "Vries",
        "Coolsingel", "Laan", "Street", "Nieuwe", "40", "12a", "3011", "AB", "3011AB", "bsn",
        "123456789", "12345678", "06-12345678", "+31", "NL91ABNA0417164300", "@example.nl",
        "jan", "at", "12-03-1958", "maart", "geboren", "1958",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.text(alphabet=NOTE_ALPHABET, max_size=300),
        st.lists(NOTE_PIECES, max_size=40).map("".join),
        st.lists(NOTE_PIECES, max_size=40).map(" ".join),
    )
)
def test_find_personal_data_is_total_and_spans_are_sane(text: str) -> None:
    findings = find_personal_data(text)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end))
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
    personal = [f for f in findings if f.kind is not FindingKind.TOO_LONG]
    for left, right in zip(personal, personal[1:], strict=False):
        assert left.end <= right.start
    assert (FindingKind.TOO_LONG in [f.kind for f in findings]) == (len(text) > MAX_NOTE_LENGTH)
