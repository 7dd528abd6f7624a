"""Words for error codes on the command line (the GUI has its own, translated with Qt)."""

from __future__ import annotations

import os

# code: (Dutch, English). Placeholders come from the error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "E_STORE_NOT_INITIALISED": (
        "Hier staat nog geen IDO-gegevensmap. Maak er een met: ido-desktop init --role field "
        "--name NAAM",
        "There is no IDO store here yet. Create one with: "
        "ido-desktop init --role field --name NAME",
    ),
    "E_STORE_EXISTS": (
        "Hier staat al een IDO-gegevensmap; er is niets veranderd. Kies een andere --data-dir.",
        "An IDO store already exists here; nothing was changed. Choose another --data-dir.",
    ),
    "E_SCHEMA_NEWER": (
        "Deze gegevens zijn gemaakt door een nieuwere versie van IDO Desktop (schema {revision}). "
        "Installeer de nieuwste versie; de gegevens zijn niet aangeraakt.",
        "This store was made by a newer version of IDO Desktop (schema {revision}). "
        "Install the latest version; the data has not been touched.",
    ),
    "E_STORE_FOREIGN": (
        "Dit bestand is geen IDO-gegevensbestand (tabellen: {tables}). Kies een andere map.",
        "This file is not an IDO store (tables: {tables}). Choose another folder.",
    ),
    "E_STORE_UNREADABLE": (
        "Het gegevensbestand kan niet gelezen worden. Zet een reservekopie terug of neem contact "
        "op met de backoffice.",
        "The store cannot be read. Restore a backup or contact the back office.",
    ),
    "E_MIGRATION_FAILED": (
        "Bijwerken van de gegevens is mislukt; er is niets veranderd en er staat een reservekopie "
        "in de map backups.",
        "Upgrading the store failed; nothing was changed and a backup is in the backups folder.",
    ),
    "E_DEVICE_NAME": (
        "Geef een naam van 1 tot {max} tekens, bijvoorbeeld 'Laptop 03'.",
        "Give a name of 1 to {max} characters, for example 'Laptop 03'.",
    ),
    "E_REFERENCE_FILE": (
        "Een referentiebestand is beschadigd of ontbreekt: {path}. Installeer het programma "
        "opnieuw.",
        "A reference data file is damaged or missing: {path}. Reinstall the program.",
    ),
    "E_DEMO_COUNT": (
        "Geef een aantal tussen 1 en {max} consulten.",
        "Give a number of consultations between 1 and {max}.",
    ),
    "E_NO_OPEN_SPREEKUUR": (
        "Er is geen spreekuur geopend. Start eerst een spreekuur.",
        "No spreekuur is open. Start a spreekuur first.",
    ),
    "E_NO_DISPLAY": ("{message}", "{message}"),
}


def language() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") else "nl"


def message(code: str, params: dict[str, object] | None = None) -> str:
    nl, en = MESSAGES.get(code, ("Onverwachte fout ({code}).", "Unexpected error ({code})."))
    text = en if language() == "en" else nl
    try:
        return text.format(code=code, **(params or {}))
    except (KeyError, IndexError):
        return text
