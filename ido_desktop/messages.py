"""Words for error codes, in Dutch and English, with the next step to take.

The command line uses these; the GUI uses them for the sync codes (the rest it translates with
Qt in ``ui/labels.py``). Sync-file codes share one message per kind of damage.
"""

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
    "E_PASSPHRASE_REQUIRED": (
        "Geef het wachtwoord: met --passphrase-file BESTAND, in de omgevingsvariabele "
        "IDO_PASSPHRASE, of start het programma in een terminal zodat het erom kan vragen.",
        "Give the passphrase: with --passphrase-file FILE, in the IDO_PASSPHRASE environment "
        "variable, or start the program in a terminal so it can ask for it.",
    ),
    "E_PASSPHRASE_WRONG": (
        "Dit wachtwoord klopt niet. Probeer het opnieuw; let op hoofdletters. Vergeten? Vraag "
        "de backoffice om een herstelcode.",
        "This passphrase is not right. Try again; mind capital letters. Forgotten? Ask the back "
        "office for a recovery code.",
    ),
    "E_PASSPHRASE_TOO_SHORT": (
        "Kies een wachtwoord van minstens {minimum} tekens, of een pincode van minstens {pin} "
        "cijfers.",
        "Choose a passphrase of at least {minimum} characters, or a PIN of at least {pin} digits.",
    ),
    "E_PASSPHRASE_MISMATCH": (
        "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.",
        "The two passphrases differ. Type them again.",
    ),
    "E_PASSPHRASE_FILE": (
        "Het wachtwoordbestand {path} kan niet gelezen worden. Controleer de naam.",
        "The passphrase file {path} cannot be read. Check the name.",
    ),
    "E_KEYFILE_MISSING": (
        "Het sleutelbestand {path} ontbreekt. Zet het terug uit de reservekopie van de map, of "
        "neem contact op met de backoffice.",
        "The key file {path} is missing. Put it back from a copy of the folder, or contact the "
        "back office.",
    ),
    "E_KEYFILE_INVALID": (
        "Het sleutelbestand is beschadigd of hoort niet bij deze gegevens. Er is niets veranderd; "
        "neem contact op met de backoffice.",
        "The key file is damaged or does not belong to this store. Nothing was changed; contact "
        "the back office.",
    ),
    "E_RECOVERY_CODE_WRONG": (
        "Deze herstelcode klopt niet. Controleer de code bij de backoffice en typ hem opnieuw.",
        "This recovery code is not right. Check the code with the back office and type it again.",
    ),
    "E_RECOVERY_NOT_SET": (
        "Deze laptop heeft geen herstelsleutel: hij is nog niet gekoppeld aan een backoffice.",
        "This laptop has no recovery key: it has not been paired with a back office yet.",
    ),
    "E_RECOVERY_NOT_OURS": (
        "Dit sleutelbestand hoort bij een andere backoffice; deze backoffice kan het niet "
        "herstellen.",
        "This key file belongs to another back office; this back office cannot recover it.",
    ),
    "E_STORE_LOCKED": (
        "IDO Desktop is vergrendeld. Ontgrendel het eerst met uw wachtwoord.",
        "IDO Desktop is locked. Unlock it with your passphrase first.",
    ),
    "E_ENCRYPTION_FAILED": (
        "Versleutelen van de gegevens is mislukt; de gegevens zijn niet veranderd. Controleer "
        "of er schijfruimte vrij is en probeer het opnieuw.",
        "Encrypting the store failed; the data is unchanged. Check there is free disk space and "
        "try again.",
    ),
    "E_BACKUP_FAILED": (
        "De reservekopie is mislukt; de gegevens zelf zijn niet veranderd. Probeer het opnieuw.",
        "The backup failed; the data itself is unchanged. Try again.",
    ),
    "E_BACKUP_DISK_FULL": (
        "De schijf is vol: de reservekopie is niet gemaakt (de gegevens zelf zijn niet "
        "veranderd). Maak ruimte vrij en probeer het opnieuw.",
        "The disk is full: no backup was made (the data itself is unchanged). Free some space "
        "and try again.",
    ),
    "E_BACKUP_READ_ONLY": (
        "In de map voor reservekopieën kan niet geschreven worden; de gegevens zelf zijn niet "
        "veranderd. Controleer de map.",
        "The backup folder cannot be written to; the data itself is unchanged. Check the folder.",
    ),
    "E_BACKUP_UNREADABLE": (
        "{path} is geen leesbare reservekopie van deze gegevens. Er is niets veranderd; kies "
        "een andere reservekopie.",
        "{path} is not a readable backup of this store. Nothing was changed; choose another "
        "backup.",
    ),
    "E_BACKUP_NOT_SQLITE": (
        "Deze backoffice gebruikt PostgreSQL: maak reservekopieën met de hulpmiddelen van de "
        "databaseserver.",
        "This back office uses PostgreSQL: make backups with the database server's tools.",
    ),
    "E_RESTORE_FAILED": (
        "Terugzetten is mislukt. De toestand van vóór het terugzetten staat als reservekopie in "
        "de map backups; zet die terug of neem contact op met de backoffice.",
        "Restoring failed. The state from before the restore is in the backups folder; restore "
        "that one or contact the back office.",
    ),
    "E_LOCK_MINUTES": (
        "Kies een tijd tussen 1 en 60 minuten.",
        "Choose a time between 1 and 60 minutes.",
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
    "E_STORE_DISK_FULL": (
        "De schijf is vol: er is niets opgeslagen, en wat al was opgeslagen blijft bewaard. "
        "Maak ruimte op de schijf (verwijder bijvoorbeeld oude downloads) en probeer het "
        "opnieuw.",
        "The disk is full: nothing was saved, and everything saved before is kept. Make room "
        "on the disk (for example, delete old downloads) and try again.",
    ),
    "E_STORE_READ_ONLY": (
        "Op de schijf met de gegevens kan niet geschreven worden (alleen-lezen): er is niets "
        "opgeslagen, en wat al was opgeslagen blijft bewaard. Sluit het programma, controleer "
        "de schijf of de map en start opnieuw.",
        "The disk holding the data cannot be written to (read-only): nothing was saved, and "
        "everything saved before is kept. Close the program, check the disk or folder and "
        "start again.",
    ),
    "E_STORE_WRITE_FAILED": (
        "Schrijven naar de schijf is mislukt (vol of defect?): er is niets opgeslagen, en wat "
        "al was opgeslagen blijft bewaard. Maak ruimte of controleer de schijf en probeer het "
        "opnieuw.",
        "Writing to the disk failed (full or failing?): nothing was saved, and everything saved "
        "before is kept. Make room or check the disk and try again.",
    ),
    "E_DEVICE_NAME": (
        "Geef een naam van 1 tot {max} tekens, bijvoorbeeld 'Laptop 03'.",
        "Give a name of 1 to {max} characters, for example 'Laptop 03'.",
    ),
    "E_TRANSLATION_MISSING": (
        "Het vertaalbestand van IDO Desktop ontbreekt of is beschadigd: {path}. Installeer het "
        "programma opnieuw.",
        "IDO Desktop's translation file is missing or damaged: {path}. Reinstall the program.",
    ),
    "E_SMOKE_UNLOCK_REFUSED": (
        "smoke: het ontgrendelscherm weigerde het wachtwoord: {detail}",
        "smoke: the unlock screen refused the passphrase: {detail}",
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
    "E_ROLE_BACKOFFICE_ONLY": (
        "Dit kan alleen op de backoffice-installatie.",
        "This can only be done on the back-office install.",
    ),
    "E_ROLE_FIELD_ONLY": (
        "Dit kan alleen op een veldlaptop.",
        "This can only be done on a field laptop.",
    ),
    "E_NOT_PAIRED": (
        "Deze laptop is nog niet gekoppeld aan de backoffice. Lees eerst het koppelbestand in "
        "(ido-desktop pair BESTAND).",
        "This laptop is not paired with the back office yet. Read the pairing file first "
        "(ido-desktop pair FILE).",
    ),
    "E_DEVICE_ALREADY_TRUSTED": (
        "Deze sleutel ({key_id}) is al ingeschreven; er is niets veranderd.",
        "This key ({key_id}) is already enrolled; nothing was changed.",
    ),
    "E_DEVICE_UNKNOWN": (
        "Er is geen laptop met sleutel-id {key_id} ingeschreven. Controleer het id met "
        "'ido-desktop whoami' op de laptop.",
        "No laptop with key id {key_id} is enrolled. Check the id with 'ido-desktop whoami' on "
        "the laptop.",
    ),
    "E_RETENTION_DAYS": (
        "Kies een bewaartermijn tussen 0 en 3650 dagen.",
        "Choose a retention period between 0 and 3650 days.",
    ),
    "E_SYNC_UNKNOWN_DEVICE": (
        "Dit synchronisatiebestand komt van een laptop die niet is ingeschreven (sleutel "
        "{key_id}). Schrijf de laptop eerst in met zijn publieke sleutel; het bestand staat in "
        "quarantaine.",
        "This sync file comes from a laptop that is not enrolled (key {key_id}). Enrol the laptop "
        "with its public key first; the file is in quarantine.",
    ),
    "E_SYNC_REVOKED_DEVICE": (
        "Dit synchronisatiebestand komt van laptop '{name}', die is ingetrokken. Het is niet "
        "ingelezen en staat in quarantaine. Neem contact op met de beheerder.",
        "This sync file comes from laptop '{name}', which has been revoked. It was not imported "
        "and is in quarantine. Contact the administrator.",
    ),
    "E_SYNC_DEVICE_MISMATCH": (
        "De sleutel van dit bestand hoort bij een andere laptop ({name}). Het bestand is niet "
        "ingelezen en staat in quarantaine.",
        "The key of this file belongs to another laptop ({name}). The file was not imported and "
        "is in quarantine.",
    ),
    "E_SYNC_SCHEMA_NEWER": (
        "Dit bestand komt van een nieuwere versie van IDO Desktop. Werk de backoffice bij en "
        "lees het opnieuw in.",
        "This file comes from a newer version of IDO Desktop. Update the back office and import "
        "it again.",
    ),
    "E_SYNC_FORMAT_NEWER": (
        "Dit bestand heeft een nieuwer formaat dan dit programma kent. Werk IDO Desktop bij en "
        "lees het opnieuw in.",
        "This file has a newer format than this program knows. Update IDO Desktop and import it "
        "again.",
    ),
    "E_SYNC_PAYLOAD_DECRYPT_FAILED": (
        "Dit bestand is versleuteld voor een andere backoffice en kan hier niet geopend worden. "
        "Koppel de laptop opnieuw met deze backoffice.",
        "This file is encrypted for another back office and cannot be opened here. Pair the "
        "laptop with this back office again.",
    ),
    "E_SYNC_RECORD_FOREIGN": (
        "Dit bestand bevat gegevens die al van een andere laptop zijn ontvangen. Het is niet "
        "ingelezen en staat in quarantaine; neem contact op met de beheerder.",
        "This file holds records already received from another laptop. It was not imported and "
        "is in quarantine; contact the administrator.",
    ),
    "E_SYNC_PARENT_MISSING": (
        "Dit bestand verwijst naar gegevens uit een eerder bestand dat hier nog ontbreekt. Lees "
        "eerst de oudere synchronisatiebestanden van deze laptop in.",
        "This file refers to records from an earlier file that is missing here. Import the "
        "older sync files of this laptop first.",
    ),
    "E_RECEIPT_WRONG_DEVICE": (
        "Dit ontvangstbewijs is voor een andere laptop. Er is niets veranderd.",
        "This receipt is for another laptop. Nothing was changed.",
    ),
    "E_CONFIG_WRONG_SIGNER": (
        "Dit koppelbestand is niet ondertekend door de backoffice waaraan deze laptop gekoppeld "
        "is. Er is niets veranderd. Vraag de backoffice om een nieuw bestand.",
        "This pairing file is not signed by the back office this laptop is paired with. Nothing "
        "was changed. Ask the back office for a new file.",
    ),
    "E_CONFIG_KEY_CHANGED": (
        "Dit koppelbestand noemt een andere backoffice-sleutel dan de vastgelegde. Er is niets "
        "veranderd; neem contact op met de beheerder.",
        "This pairing file names another back-office key than the pinned one. Nothing was "
        "changed; contact the administrator.",
    ),
    "E_CONFIG_OLDER": (
        "Dit koppelbestand is niet nieuwer dan het bestand dat al is ingelezen (versie "
        "{current}). Er is niets veranderd.",
        "This pairing file is not newer than the one already applied (version {current}). "
        "Nothing was changed.",
    ),
    "E_EXPORT_NO_FOLDER": (
        "De map {folder} bestaat niet. Is de USB-stick aangesloten? Kies de stick of een map en "
        "probeer het opnieuw.",
        "The folder {folder} does not exist. Is the USB stick plugged in? Choose the stick or a "
        "folder and try again.",
    ),
    "E_EXPORT_DISK_FULL": (
        "De USB-stick of schijf is vol. Er is niets als verzonden gemarkeerd. Maak ruimte of "
        "kies een andere stick en probeer het opnieuw.",
        "The USB stick or disk is full. Nothing was marked as sent. Make room or choose another "
        "stick and try again.",
    ),
    "E_EXPORT_READ_ONLY": (
        "Op deze USB-stick of map kan niet geschreven worden (alleen-lezen). Er is niets als "
        "verzonden gemarkeerd. Kies een andere stick of map.",
        "This USB stick or folder cannot be written to (read-only). Nothing was marked as sent. "
        "Choose another stick or folder.",
    ),
    "E_EXPORT_WRITE_FAILED": (
        "Schrijven is mislukt (is de USB-stick verwijderd?). Er is geen half bestand achter"
        "gebleven en niets is als verzonden gemarkeerd. Probeer het opnieuw.",
        "Writing failed (was the USB stick removed?). No partial file was left and nothing was "
        "marked as sent. Try again.",
    ),
    "E_EXPORT_VERIFY_FAILED": (
        "Het geschreven bestand klopt niet bij teruglezen; het is verwijderd. Probeer een "
        "andere USB-stick.",
        "The written file did not match when read back; it was removed. Try another USB stick.",
    ),
    "E_REPORT_UNKNOWN_DIMENSION": (
        "Onbekende indeling '{dimension}'. Kies uit: {known}.",
        "Unknown grouping '{dimension}'. Choose from: {known}.",
    ),
    "E_REPORT_DUPLICATE_DIMENSION": (
        "Elke indeling mag maar één keer voorkomen.",
        "Each grouping may occur only once.",
    ),
    "E_REPORT_TOO_MANY_DIMENSIONS": (
        "Kies hoogstens {max} indelingen tegelijk.",
        "Choose at most {max} groupings at a time.",
    ),
    "E_REPORT_UNKNOWN_MEASURE": (
        "Onbekende maat '{measure}'. Kies uit: {known}.",
        "Unknown measure '{measure}'. Choose from: {known}.",
    ),
    "E_REPORT_PERIOD": (
        "De periode {date_from} tot en met {date_to} kan niet: de begindatum moet vóór de "
        "einddatum liggen en de periode mag hoogstens 10 jaar zijn.",
        "The period {date_from} to {date_to} is not possible: the start must not be after the "
        "end, and the period may be at most 10 years.",
    ),
    "E_REPORT_DATE": (
        "'{value}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-31.",
        "'{value}' is not a date. Write the date as YYYY-MM-DD, for example 2025-03-31.",
    ),
    "E_REPORT_CANCELLED": (
        "Het rapport is afgebroken; er is geen bestand gemaakt.",
        "The report was cancelled; no file was made.",
    ),
    "E_REPORT_WRITE_FAILED": (
        "Het rapport kon niet worden opgeslagen in {path}. Kies een andere map of sluit het "
        "bestand als het nog open staat in een ander programma.",
        "The report could not be saved to {path}. Choose another folder, or close the file if "
        "another program still has it open.",
    ),
    "E_RETENTION_MONTHS": (
        "'{value}' is geen bewaartermijn. Geef een aantal maanden van 1 tot en met {max}; "
        "er is niets verwijderd.",
        "'{value}' is not a retention period. Give a number of months from 1 to {max}; "
        "nothing was removed.",
    ),
    "E_REPORT_REDUCED": (
        "Tot en met {after} zijn de consulten teruggebracht tot tellingen, en die tellen deze "
        "combinatie niet. Laat de periode na {after} beginnen, of kies één kenmerk naast "
        "periode en locatie.",
        "Up to {after} the consultations were reduced to counts, which do not hold this "
        "combination. Start the period after {after}, or choose one field besides period and "
        "location.",
    ),
    "E_REPORT_QUARTER": (
        "'{value}' is geen kwartaal. Schrijf het als JJJJ-Qn, bijvoorbeeld 2026-Q3.",
        "'{value}' is not a quarter. Write it as YYYY-Qn, for example 2026-Q3.",
    ),
    "E_REPORT_FORMAT": (
        "Onbekend formaat '{value}'. Kies uit: {known}.",
        "Unknown format '{value}'. Choose from: {known}.",
    ),
    "E_SIGNALS_ORGANISATION": (
        "Onbekende organisatie '{value}'. Gebruik de code uit de lijst met organisaties, "
        "bijvoorbeeld belastingdienst.",
        "Unknown organisation '{value}'. Use the code from the list of organisations, for "
        "example belastingdienst.",
    ),
    "E_SIGNALS_NOTE_UNKNOWN": (
        "Notitie {note} hoort niet bij een signaal over deze organisatie in deze periode (of is "
        "verwijderd). Kies voorbeelden uit de lijst (signals --list-notes ORG).",
        "Note {note} does not belong to a signal about this organisation in this period (or was "
        "deleted). Choose examples from the list (signals --list-notes ORG).",
    ),
    "E_SIGNALS_NOTE_PERSONAL": (
        "Notitie {note} lijkt persoonsgegevens te bevatten en mag niet op een feedbackblad. "
        "Kies een ander voorbeeld; er is geen bestand gemaakt.",
        "Note {note} looks like it holds personal data and may not go on a feedback sheet. "
        "Choose another example; no file was made.",
    ),
    "E_SIGNALS_TOO_MANY_NOTES": (
        "Kies hoogstens {max} voorbeelden, zodat het feedbackblad kort blijft.",
        "Choose at most {max} examples, so that the feedback sheet stays short.",
    ),
    "E_SIGNALS_FORMAT": (
        "Een feedbackblad kan als pdf of xlsx, niet als '{format}'.",
        "A feedback sheet can be pdf or xlsx, not '{format}'.",
    ),
    "E_SIGNALS_WRITE_FAILED": (
        "Het feedbackblad kon niet worden opgeslagen in {path}. Kies een andere map of sluit "
        "het bestand als het nog open staat in een ander programma.",
        "The feedback sheet could not be saved to {path}. Choose another folder, or close the "
        "file if another program still has it open.",
    ),
    "E_AUDIT_PERIOD": (
        "De periode {date_from} tot en met {date_to} kan niet: de begindatum mag niet na de "
        "einddatum liggen. Pas een van beide aan.",
        "The period {date_from} to {date_to} is not possible: the start may not be after the "
        "end. Change one of them.",
    ),
    "E_AUDIT_DATE": (
        "'{value}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.",
        "'{value}' is not a date. Write the date as YYYY-MM-DD, for example 2026-11-30.",
    ),
    "E_AUDIT_ACTION": (
        "Onbekende actie '{value}'. Kies uit: {known}.",
        "Unknown action '{value}'. Choose from: {known}.",
    ),
    "E_AUDIT_WRITE_FAILED": (
        "Het logboek kon niet worden opgeslagen in {path}. Kies een andere map of sluit het "
        "bestand als het nog open staat in een ander programma.",
        "The log could not be saved to {path}. Choose another folder, or close the file if "
        "another program still has it open.",
    ),
    "E_AUDIT_CANCELLED": (
        "Het exporteren is afgebroken; er is geen bestand gemaakt.",
        "The export was cancelled; no file was made.",
    ),
    "E_AUDIT_APPEND_ONLY": (
        "Het logboek kan alleen worden aangevuld; regels wijzigen of verwijderen kan niet. Er "
        "is niets veranderd.",
        "The log can only be added to; entries cannot be changed or removed. Nothing was changed.",
    ),
    # --- reference data (back office editors, spreadsheets; issue 14) ---
    "E_REF_INVALID": (
        "Deze gegevens kloppen niet. Controleer de velden en probeer het opnieuw.",
        "This data is not right. Check the fields and try again.",
    ),
    "E_REF_FIELD_REQUIRED": (
        "Vul '{field_nl}' in.",
        "Fill in '{field_en}'.",
    ),
    "E_REF_TOO_LONG": (
        "'{field_nl}' is te lang: hoogstens {limit} tekens. Maak de tekst korter.",
        "'{field_en}' is too long: at most {limit} characters. Shorten the text.",
    ),
    "E_REF_CODE_FORMAT": (
        "De code '{value}' kan niet: gebruik kleine letters, cijfers en _ en begin met een "
        "letter (hoogstens 64 tekens), of laat de code leeg zodat het programma er een maakt.",
        "The code '{value}' is not possible: use lower-case letters, digits and _ and start with "
        "a letter (at most 64 characters), or leave it empty so the program makes one.",
    ),
    "E_REF_CODE_TAKEN": (
        "De code '{value}' bestaat al (of bestond: een code wordt nooit opnieuw gebruikt). Kies "
        "een andere code of laat de code leeg.",
        "The code '{value}' exists already (or did: a code is never used again). Choose another "
        "code or leave it empty.",
    ),
    "E_REF_PHONE_INVALID": (
        "'{value}' is geen geldig Nederlands telefoonnummer. Typ het nummer met netnummer, "
        "bijvoorbeeld 010 123 4567, 0800 1234 of 14 010.",
        "'{value}' is not a valid Dutch phone number. Type the number with its area code, for "
        "example 010 123 4567, 0800 1234 or 14 010.",
    ),
    "E_REF_PHONE_PLACEHOLDER_FORMAT": (
        "Een voorlopig nummer heeft de vorm 010 000 xxxx, zodat het nooit iemand echt belt. "
        "Kent u het echte nummer? Vul dat in en zet 'voorlopig' uit.",
        "A placeholder number has the form 010 000 xxxx, so it never rings a real person. Do "
        "you know the real number? Fill it in and untick 'placeholder'.",
    ),
    "E_REF_PHONE_LOOKS_PLACEHOLDER": (
        "{value} is een voorlopig nummer (010 000 xxxx). Zet 'Telefoon is voorlopig' aan, of "
        "vul het echte, openbare nummer in.",
        "{value} is a placeholder number (010 000 xxxx). Tick 'Phone is a placeholder', or fill "
        "in the real, public number.",
    ),
    "E_REF_POSTCODE_INVALID": (
        "'{value}' is geen Nederlandse postcode. Schrijf vier cijfers en twee letters, "
        "bijvoorbeeld 3011 AB.",
        "'{value}' is not a Dutch postcode. Write four digits and two letters, for example "
        "3011 AB.",
    ),
    "E_REF_HOURS_INVALID": (
        "'{value}' bij '{field_nl}' is geen openingstijd. Schrijf bijvoorbeeld 9.00-17.00 of "
        "9.00-12.00, 13.00-17.00; laat het leeg als de partner die dag dicht is.",
        "'{value}' for '{field_en}' is not an opening time. Write for example 9.00-17.00 or "
        "9.00-12.00, 13.00-17.00; leave it empty when the partner is closed that day.",
    ),
    "E_REF_URL_INVALID": (
        "'{value}' is geen webadres. Begin met https://, bijvoorbeeld https://www.rotterdam.nl.",
        "'{value}' is not a web address. Start with https://, for example "
        "https://www.rotterdam.nl.",
    ),
    "E_REF_CHOICE_UNKNOWN": (
        "'{value}' kan niet bij '{field_nl}'. Kies een waarde uit de lijst.",
        "'{value}' is not possible for '{field_en}'. Choose a value from the list.",
    ),
    "E_REF_UNKNOWN_CODE": (
        "'{value}' bij '{field_nl}' bestaat niet of is vervallen. Kies een bestaande waarde "
        "(het tabblad Uitleg van de spreadsheet noemt ze).",
        "'{value}' for '{field_en}' does not exist or was retired. Choose an existing value "
        "(the Uitleg sheet of the spreadsheet lists them).",
    ),
    "E_REF_BOOL_INVALID": (
        "Schrijf bij '{field_nl}' ja of nee (niet '{value}').",
        "Write ja (yes) or nee (no) for '{field_en}' (not '{value}').",
    ),
    "E_REF_POPUP_TYPE_REQUIRED": (
        "Kies bij een pop-uplocatie de soort: school, voedselbank, buurthuis, zorg en welzijn "
        "of overig.",
        "Choose the kind of a pop-up location: school, food bank, community centre, care and "
        "wellbeing or other.",
    ),
    "E_REF_CENTRAL_NOT_BRANCH": (
        "Alleen een vestiging kan de centrale bibliotheek zijn, geen pop-uplocatie.",
        "Only a branch can be the central library, not a pop-up location.",
    ),
    "E_REF_CENTRAL_UNIQUE": (
        "Er kan maar één centrale bibliotheek zijn: {item} en {other} zijn het allebei. Zet het "
        "vinkje bij één van beide uit.",
        "There can be only one central library: {item} and {other} both are. Untick one of them.",
    ),
    "E_REF_CENTRAL_REQUIRED": (
        "Er moet een centrale bibliotheek blijven. Maak eerst een andere vestiging de centrale "
        "bibliotheek.",
        "There must remain a central library. First make another branch the central library.",
    ),
    "E_REF_LABEL_DUPLICATE": (
        "'{value}' staat al in de lijst ({other}). Geef een andere naam, of laat een van beide "
        "vervallen.",
        "'{value}' is already in the list ({other}). Give another name, or retire one of them.",
    ),
    "E_REF_FIRST_LETTER_TAKEN": (
        "De Nederlandse naam moet met een andere letter beginnen dan de andere keuzes: de "
        "{letter} is al van {other}. Het registratieformulier gebruikt die letter als sneltoets.",
        "The Dutch name must start with another letter than the other choices: {letter} is "
        "already used by {other}. The registration form uses that letter as its shortcut.",
    ),
    "E_REF_IN_USE": (
        "{item} kan niet vervallen: {count} partner(s) gebruiken deze categorie nog (onder "
        "andere {first}). Geef die partners eerst een andere categorie.",
        "{item} cannot be retired: {count} partner(s) still use this category (among them "
        "{first}). Give those partners another category first.",
    ),
    "E_REF_NOT_FOUND": (
        "{item} staat niet (meer) in de lijst. Ververs de lijst.",
        "{item} is not (or no longer) in the list. Refresh the list.",
    ),
    "E_REF_CHANGED_MEANWHILE": (
        "Iemand anders heeft {item} net gewijzigd. Uw wijziging is niet opgeslagen: open het "
        "item opnieuw en breng de wijziging nog eens aan.",
        "Someone else has just changed {item}. Your change was not saved: open the item again "
        "and make the change once more.",
    ),
    "E_REF_KIND_UNKNOWN": (
        "Onbekende lijst '{kind}'. Kies uit: {known}.",
        "Unknown list '{kind}'. Choose from: {known}.",
    ),
    "E_REF_FILE_TYPE": (
        "Kies een spreadsheet met .xlsx of .csv aan het eind van de naam (niet {suffix}).",
        "Choose a spreadsheet whose name ends in .xlsx or .csv (not {suffix}).",
    ),
    "E_REF_WRITE_FAILED": (
        "De spreadsheet kon niet worden opgeslagen in {path}. Kies een andere map of sluit het "
        "bestand als het nog open staat in een ander programma.",
        "The spreadsheet could not be saved to {path}. Choose another folder, or close the file "
        "if another program still has it open.",
    ),
    "E_REF_SHEET_UNREADABLE": (
        "Dit bestand kan niet als spreadsheet gelezen worden. Sla het in Excel of LibreOffice "
        "op als .xlsx of .csv en probeer het opnieuw.",
        "This file cannot be read as a spreadsheet. Save it from Excel or LibreOffice as .xlsx "
        "or .csv and try again.",
    ),
    "E_REF_SHEET_TOO_LARGE": (
        "Deze spreadsheet is te groot (hoogstens {limit} rijen). Controleer of u het juiste "
        "bestand hebt gekozen.",
        "This spreadsheet is too large (at most {limit} rows). Check that you chose the right "
        "file.",
    ),
    "E_REF_SHEET_EMPTY": (
        "Deze spreadsheet is leeg. Kies het bestand dat u hebt geëxporteerd en bewerkt.",
        "This spreadsheet is empty. Choose the file you exported and edited.",
    ),
    "E_REF_SHEET_HEADERS": (
        "De eerste rij van de spreadsheet mist de kolom(men) {missing}. Laat de kopjes staan "
        "zoals ze bij het exporteren waren.",
        "The first row of the spreadsheet lacks the column(s) {missing}. Keep the headers as "
        "they were when you exported.",
    ),
    "E_REF_SHEET_HEADERS_DUPLICATE": (
        "De kolom {column} staat twee keer in de spreadsheet. Haal er een weg.",
        "The column {column} appears twice in the spreadsheet. Remove one of them.",
    ),
    "E_REF_SHEET_INVALID": (
        "De spreadsheet is niet ingelezen: {count} cel(len) kloppen niet, de eerste in rij "
        "{row}, kolom {column}. Er is niets veranderd; verbeter de cellen en probeer opnieuw.",
        "The spreadsheet was not imported: {count} cell(s) are not right, the first in row "
        "{row}, column {column}. Nothing was changed; correct the cells and try again.",
    ),
    "E_REF_SHEET_DUPLICATE_CODE": (
        "De code {value} staat ook al in rij {other}. Elke code mag maar één keer voorkomen.",
        "The code {value} is also in row {other}. Each code may appear only once.",
    ),
    "E_REF_IMPORT_KIND_UNKNOWN": (
        "Het is niet duidelijk welke lijst dit bestand bevat. Geef de lijst op met --kind "
        "(een van: {known}).",
        "It is not clear which list this file holds. Name the list with --kind (one of: "
        "{known}).",
    ),
    "E_REF_IMPORT_STALE": (
        "Het bestand of de lijst is veranderd sinds de voorvertoning. Er is niets ingelezen; "
        "bekijk de voorvertoning opnieuw.",
        "The file or the list changed since the preview. Nothing was imported; look at the "
        "preview again.",
    ),
}

# Damage of any signed file: one message per kind of file.
_DAMAGED = {
    "SYNC": (
        "Dit synchronisatiebestand is beschadigd, onvolledig of gewijzigd ({code}). Het is niet "
        "ingelezen en staat in quarantaine. Maak op de laptop opnieuw een synchronisatiebestand.",
        "This sync file is damaged, incomplete or altered ({code}). It was not imported and is "
        "in quarantine. Write a new sync file on the laptop.",
    ),
    "RECEIPT": (
        "Dit ontvangstbewijs is beschadigd of niet door de backoffice ondertekend ({code}). Er "
        "is niets veranderd. Vraag de backoffice om een nieuw ontvangstbewijs.",
        "This receipt is damaged or not signed by the back office ({code}). Nothing was changed. "
        "Ask the back office for a new receipt.",
    ),
    "CONFIG": (
        "Dit koppelbestand is beschadigd of niet geldig ondertekend ({code}). Er is niets "
        "veranderd. Vraag de backoffice om een nieuw koppelbestand.",
        "This pairing file is damaged or not validly signed ({code}). Nothing was changed. Ask "
        "the back office for a new pairing file.",
    ),
    "KEY": (
        "Het sleutelbestand kan niet gebruikt worden ({code}). Controleer dat u het juiste "
        "bestand (.pub) hebt gekozen.",
        "The key file cannot be used ({code}). Check that you chose the right file (.pub).",
    ),
}


def cell_message(row: int, column: str, code: str, params: dict[str, object], lang: str) -> str:
    """One invalid spreadsheet cell: 'Rij 5, kolom Telefoon: ...'."""
    where = (
        (f"Row {row}, column {column}: " if lang == "en" else f"Rij {row}, kolom {column}: ")
        if row
        else ""
    )
    return where + message(code, params, lang)


def language() -> str:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    return "en" if lang.startswith("en") else "nl"


def message(code: str, params: dict[str, object] | None = None, lang: str | None = None) -> str:
    """The message for ``code`` in ``lang`` (default: from the environment)."""
    kind = code.split("_")[1] if code.count("_") >= 2 else ""
    fallback = _DAMAGED.get(kind, ("Onverwachte fout ({code}).", "Unexpected error ({code})."))
    nl, en = MESSAGES.get(code, fallback)
    text = en if (lang or language()) == "en" else nl
    try:
        return text.format(code=code, **(params or {}))
    except (KeyError, IndexError):
        return text
