<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AuditModel</name>
    <message>
        <source>Registratie gecorrigeerd</source>
        <translation>Record corrected</translation>
    </message>
    <message>
        <source>Laptop ingeschreven</source>
        <translation>Laptop enrolled</translation>
    </message>
    <message>
        <source>Laptop ingetrokken</source>
        <translation>Laptop revoked</translation>
    </message>
    <message>
        <source>Laptop hernoemd</source>
        <translation>Laptop renamed</translation>
    </message>
    <message>
        <source>Koppelbestand gemaakt</source>
        <translation>Pairing file written</translation>
    </message>
    <message>
        <source>Synchronisatiebestand ingelezen</source>
        <translation>Sync file imported</translation>
    </message>
    <message>
        <source>Synchronisatiebestand geweigerd</source>
        <translation>Sync file refused</translation>
    </message>
    <message>
        <source>Instelling gewijzigd</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Oude gegevens opgeschoond</source>
        <translation>Old data cleaned up</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Referentiegegeven toegevoegd</source>
        <translation>Reference item added</translation>
    </message>
    <message>
        <source>Referentiegegeven gewijzigd</source>
        <translation>Reference item changed</translation>
    </message>
    <message>
        <source>Referentiegegeven vervallen</source>
        <translation>Reference item retired</translation>
    </message>
    <message>
        <source>Weer in gebruik</source>
        <translation>Back in use</translation>
    </message>
    <message>
        <source>Referentielijst ingelezen</source>
        <translation>Reference list imported</translation>
    </message>
    <message>
        <source>Lijst bijgewerkt door update</source>
        <translation>List updated by a program update</translation>
    </message>
    <message>
        <source>Gewijzigd: {fields}</source>
        <translation>Changed: {fields}</translation>
    </message>
    <message>
        <source>{name} (sleutel-id {key_id})</source>
        <translation>{name} (key ID {key_id})</translation>
    </message>
    <message>
        <source>{old_name} → {name}</source>
        <translation>{old_name} → {name}</translation>
    </message>
    <message>
        <source>Versie {config_version}, bestand {file}</source>
        <translation>Version {config_version}, file {file}</translation>
    </message>
    <message>
        <source>{file} van {name}: {applied} verwerkt, {unchanged} ongewijzigd, {conflicts} conflicten</source>
        <translation>{file} from {name}: {applied} applied, {unchanged} unchanged, {conflicts} conflicts</translation>
    </message>
    <message>
        <source>{file}: geweigerd ({error_code})</source>
        <translation>{file}: refused ({error_code})</translation>
    </message>
    <message>
        <source>{key}: {old} → {new}</source>
        <translation>{key}: {old} → {new}</translation>
    </message>
    <message>
        <source>{kind} {code}, versie {version}: {fields}</source>
        <translation>{kind} {code}, version {version}: {fields}</translation>
    </message>
    <message>
        <source>{kind} uit {file}: {added} nieuw, {changed} gewijzigd, {retired} vervallen</source>
        <translation>{kind} from {file}: {added} new, {changed} changed, {retired} retired</translation>
    </message>
    <message>
        <source>{kind}: {added_n} nieuw, {changed_n} gewijzigd (versie {version})</source>
        <translation>{kind}: {added_n} new, {changed_n} changed (version {version})</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logboek van de backoffice</source>
        <translation>Back-office log</translation>
    </message>
    <message>
        <source>Wie wat wanneer veranderde: correcties, laptops, koppelbestanden, imports, instellingen en opschonen. Regels worden nooit gewijzigd of verwijderd.</source>
        <translation>Who changed what, and when: corrections, laptops, pairing files, imports, settings and clean-ups. Entries are never changed or removed.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Aantal regels</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Regels van het logboek</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Een regel voor elke vastgelegde handeling: wanneer, wat, door wie en waarover.</source>
        <translation>A line for each recorded action: when, what, by whom and about what.</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Toon alleen regels van deze soort handeling.</source>
        <translation>Show only lines of this kind of action.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Toon alleen regels van deze laptop of medewerker.</source>
        <translation>Show only lines by this laptop or staff member.</translation>
    </message>
    <message>
        <source>Zoek in onderwerp</source>
        <translation>Search in subject</translation>
    </message>
    <message>
        <source>Toon alleen regels waarvan het onderwerp deze tekst bevat.</source>
        <translation>Show only lines whose subject contains this text.</translation>
    </message>
    <message>
        <source>bv. een consult-id of sleutel-id</source>
        <translation>e.g. a consultation ID or key ID</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Zet alle filters terug, zodat alle regels weer zichtbaar zijn.</source>
        <translation>Reset all filters so all lines show again.</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Schrijf de regels die aan het filter voldoen naar een CSV-bestand (Excel)</source>
        <translation>Write the entries that match the filter to a CSV file (Excel)</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Actie</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Door</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>&amp;Onderwerp bevat</source>
        <translation>&amp;Subject contains</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Logboek opslaan</source>
        <translation>Save log</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>Opgeslagen: {path} ({n} regels)</source>
        <translation>Saved: {path} ({n} entries)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Elke dag en vóór elke update maakt IDO Desktop een versleutelde reservekopie; de nieuwste zeven blijven bewaard. Terugzetten vervangt alle gegevens door die van de gekozen kopie (de huidige toestand wordt eerst ook bewaard).</source>
        <translation>Every day and before every update IDO Desktop makes an encrypted backup; the newest seven are kept. Restoring replaces all data with that of the chosen copy (the current state is kept first as well).</translation>
    </message>
    <message>
        <source>Reservekopieën, nieuwste eerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Datum, reden en grootte van elke kopie</source>
        <translation>Date, reason and size of each copy</translation>
    </message>
    <message>
        <source>Nu een reservekopie &amp;maken</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Maak een versleutelde kopie van alle gegevens en controleer die</source>
        <translation>Make an encrypted copy of all data and check it</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Vervang alle gegevens door die van de gekozen kopie</source>
        <translation>Replace all data by that of the chosen copy</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sluit dit venster</source>
        <translation>Close this window</translation>
    </message>
    <message>
        <source>{when} — {reason} — {size} MB</source>
        <translation>{when} — {reason} — {size} MB</translation>
    </message>
    <message>
        <source>De reservekopie is gemaakt en gecontroleerd.</source>
        <translation>The backup was made and checked.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Alle gegevens worden vervangen door die van {name}. Wat daarna is geregistreerd, staat dan alleen nog in de kopie &apos;before-restore&apos;. Doorgaan?</source>
        <translation>All data will be replaced by that of {name}. What was registered after it will then only be in the copy &apos;before-restore&apos;. Continue?</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet.</source>
        <translation>The backup was restored.</translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <source>Configuratie voor laptops</source>
        <translation>Configuration for laptops</translation>
    </message>
    <message>
        <source>Laptops krijgen de lijsten (locaties, sociale kaart, cursussen, keuzelijsten) in een ondertekend configuratiebestand. Zet het op de USB-stick: bij Synchroniseren biedt de laptop het aan.</source>
        <translation>Laptops receive the lists (locations, partner directory, courses, choice lists) in a signed configuration file. Put it on the USB stick: the laptop offers it during Synchronise.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Nieuwste configuratie</source>
        <translation>Newest configuration</translation>
    </message>
    <message>
        <source>Gewijzigd sinds het laatste configuratiebestand</source>
        <translation>Changed since the last configuration file</translation>
    </message>
    <message>
        <source>Wat een nieuw configuratiebestand meebrengt</source>
        <translation>What a new configuration file brings</translation>
    </message>
    <message>
        <source>&amp;Gewijzigd sinds het laatste configuratiebestand:</source>
        <translation>&amp;Changed since the last configuration file:</translation>
    </message>
    <message>
        <source>Laptops en hun configuratie</source>
        <translation>Laptops and their configuration</translation>
    </message>
    <message>
        <source>Per laptop de configuratie die hij gebruikt en wat hij nog mist</source>
        <translation>For each laptop the configuration it runs and what it still lacks</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Configuratie</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Mist nog</source>
        <translation>Still lacks</translation>
    </message>
    <message>
        <source>&amp;Laptops:</source>
        <translation>&amp;Laptops:</translation>
    </message>
    <message>
        <source>Configuratiebestand &amp;schrijven…</source>
        <translation>&amp;Write configuration file…</translation>
    </message>
    <message>
        <source>Configuratiebestand schrijven</source>
        <translation>Write configuration file</translation>
    </message>
    <message>
        <source>Schrijf het ondertekende configuratiebestand (.idopair) voor de laptops</source>
        <translation>Write the signed configuration file (.idopair) for the laptops</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <source>{n} gewijzigd</source>
        <translation>{n} changed</translation>
    </message>
    <message>
        <source>{n} vervallen</source>
        <translation>{n} retired</translation>
    </message>
    <message>
        <source>{n} weer in gebruik</source>
        <translation>{n} back in use</translation>
    </message>
    <message>
        <source>andere volgorde</source>
        <translation>new order</translation>
    </message>
    <message>
        <source>Nieuwste configuratiebestand: versie {n}.</source>
        <translation>Newest configuration file: version {n}.</translation>
    </message>
    <message>
        <source>Er is nog geen configuratiebestand geschreven.</source>
        <translation>No configuration file has been written yet.</translation>
    </message>
    <message>
        <source>Alle lijsten (eerste configuratiebestand).</source>
        <translation>All lists (first configuration file).</translation>
    </message>
    <message>
        <source>Niets: de laptops kunnen de nieuwste hebben.</source>
        <translation>Nothing: the laptops can have the newest.</translation>
    </message>
    <message>
        <source>onbekend (nog geen synchronisatiebestand van versie 2)</source>
        <translation>unknown (no sync file of version 2 yet)</translation>
    </message>
    <message>
        <source>⚠ versie {n} (ouder)</source>
        <translation>⚠ version {n} (older)</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>✔ versie {n}</source>
        <translation>✔ version {n}</translation>
    </message>
    <message>
        <source> (ingetrokken)</source>
        <translation> (revoked)</translation>
    </message>
    <message>
        <source>Configuratiebestand opslaan</source>
        <translation>Save configuration file</translation>
    </message>
    <message>
        <source>IDO-koppelbestand (*.idopair)</source>
        <translation>IDO pairing file (*.idopair)</translation>
    </message>
    <message>
        <source>Configuratiebestand versie {n} geschreven: {path}. Zet het op de USB-stick; de laptops bieden het aan bij Synchroniseren.</source>
        <translation>Configuration file version {n} written: {path}. Put it on the USB stick; the laptops offer it during Synchronise.</translation>
    </message>
</context>
<context>
    <name>ConsultForm</name>
    <message>
        <source>Consult registreren</source>
        <translation>Register consultation</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Bevestiging</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Wissel van vraag met Ctrl+PgDn en Ctrl+PgUp</source>
        <translation>Switch between questions with Ctrl+PgDn and Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Vragen van de bezoeker</source>
        <translation>Visitor&apos;s questions</translation>
    </message>
    <message>
        <source>Vraag toevoegen (Ctrl+Shift+N)</source>
        <translation>Add question (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Nog een vraag van dezelfde bezoeker (Ctrl+Shift+N).</source>
        <translation>Another question from the same visitor (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Nog een vraag van dezelfde bezoeker</source>
        <translation>Another question from the same visitor</translation>
    </message>
    <message>
        <source>Vraag verwijderen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Deze vraag verwijderen</source>
        <translation>Remove this question</translation>
    </message>
    <message>
        <source>Haal de vraag weg die nu open staat.</source>
        <translation>Remove the question that is open now.</translation>
    </message>
    <message>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Vandaag, of eerder voor consulten van papier</source>
        <translation>Today, or earlier for consultations recorded on paper</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vandaag, of eerder voor consulten van papier. Pijltjes veranderen de datum.</source>
        <translation>Today, or earlier for consultations from paper. Arrows change the date.</translation>
    </message>
    <message>
        <source>Dagd&amp;eel</source>
        <translation>Time of da&amp;y</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Ochtend, middag of avond.</source>
        <translation>Morning, afternoon or evening.</translation>
    </message>
    <message>
        <source>Volgt de klok tot je zelf een duur kiest</source>
        <translation>Follows the clock until you choose a duration yourself</translation>
    </message>
    <message>
        <source>D&amp;uur</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>Duur van het bezoek</source>
        <translation>Duration of the visit</translation>
    </message>
    <message>
        <source>Bezoek loopt</source>
        <translation>Visit in progress</translation>
    </message>
    <message>
        <source>Bezoeker</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Ka&amp;naal</source>
        <translation>Cha&amp;nnel</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Hoe de bezoeker ons bereikte: aan de balie, telefonisch of anders.</source>
        <translation>How the visitor reached us: at the desk, by phone or otherwise.</translation>
    </message>
    <message>
        <source>&amp;Gevonden via</source>
        <translation>Found &amp;via</translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation>How the visitor found us</translation>
    </message>
    <message>
        <source>Hoe de bezoeker het Informatiepunt heeft gevonden.</source>
        <translation>How the visitor found the information point.</translation>
    </message>
    <message>
        <source>&amp;Leeftijd</source>
        <translation>&amp;Age</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Geschatte leeftijdsgroep van de bezoeker.</source>
        <translation>Estimated age group of the visitor.</translation>
    </message>
    <message>
        <source>T&amp;aal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Taal van het gesprek</source>
        <translation>Language of the conversation</translation>
    </message>
    <message>
        <source>De taal waarin het gesprek ging.</source>
        <translation>The language the conversation was in.</translation>
    </message>
    <message>
        <source>&amp;Herhaalbezoek</source>
        <translation>Re&amp;peat visit</translation>
    </message>
    <message>
        <source>Herhaalbezoek</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>Of de bezoeker eerder is geweest.</source>
        <translation>Whether the visitor has been before.</translation>
    </message>
    <message>
        <source>Na&amp;mens bezoeker gehandeld
(met toestemming)</source>
        <translation>Acted on &amp;behalf of visitor
(with consent)</translation>
    </message>
    <message>
        <source>Namens bezoeker gehandeld met toestemming</source>
        <translation>Acted on behalf of the visitor with consent</translation>
    </message>
    <message>
        <source>Vink aan als u met toestemming iets namens de bezoeker hebt gedaan. Spatie zet het aan of uit.</source>
        <translation>Tick when you acted on the visitor&apos;s behalf with consent. Space toggles it.</translation>
    </message>
    <message>
        <source>Ctrl+Enter slaat op vanuit elk veld.</source>
        <translation>Ctrl+Enter saves from any field.</translation>
    </message>
    <message>
        <source>Wi&amp;ssen</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Formulier wissen</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>Alles leegmaken voor een nieuwe bezoeker</source>
        <translation>Clear everything for a new visitor</translation>
    </message>
    <message>
        <source>Opslaan en klaar voor de volgende bezoeker (Ctrl+Enter)</source>
        <translation>Save and get ready for the next visitor (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nieuw consult</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Opslaan en &amp;volgende (Ctrl+Enter)</source>
        <translation>&amp;Save and next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Opslaan en volgende</source>
        <translation>Save and next</translation>
    </message>
    <message>
        <source>Consult corrigeren</source>
        <translation>Correct consultation</translation>
    </message>
    <message>
        <source>Correctie &amp;vastleggen (Ctrl+Enter)</source>
        <translation>&amp;Save correction (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correctie vastleggen</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Sla de correctie op als nieuwe versie van het consult (Ctrl+Enter).</source>
        <translation>Save the correction as a new version of the consultation (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>— (correctie)</source>
        <translation>— (correction)</translation>
    </message>
    <message>
        <source>Correctie opgeslagen.</source>
        <translation>Correction saved.</translation>
    </message>
    <message>
        <source>Consult opgeslagen (nr. {n} vandaag)</source>
        <translation>Consultation saved (no. {n} today)</translation>
    </message>
    <message>
        <source>Alles wat je hebt ingevuld gaat verloren. Wissen?</source>
        <translation>Everything you have entered will be lost. Clear the form?</translation>
    </message>
    <message>
        <source>Vraag {n} verwijderen?</source>
        <translation>Remove question {n}?</translation>
    </message>
    <message>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Niet opgeslagen.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Vraag {n}, notitie:</source>
        <translation>Question {n}, note:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Consult corrigeren</source>
        <translation>Correct consultation</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>De datum van het consult.</source>
        <translation>The date of the consultation.</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Part of day</translation>
    </message>
    <message>
        <source>Ochtend, middag of avond.</source>
        <translation>Morning, afternoon or evening.</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Hoe de bezoeker ons bereikte: aan de balie, telefonisch of anders.</source>
        <translation>How the visitor reached us: at the desk, by phone or otherwise.</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Dag&amp;deel:</source>
        <translation>&amp;Part of day:</translation>
    </message>
    <message>
        <source>&amp;Kanaal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>De vragen van dit consult.</source>
        <translation>The questions of this consultation.</translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe versie van het consult. De oude versie blijft in de geschiedenis staan.</source>
        <translation>The correction becomes a new version of the consultation. The old version stays in the history.</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Sla de correctie op als nieuwe versie; de oude blijft bewaard.</source>
        <translation>Save the correction as a new version; the old one is kept.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluit zonder iets te veranderen.</source>
        <translation>Close without changing anything.</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sleutel-id</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Laatste nr.</source>
        <translation>Last no.</translation>
    </message>
    <message>
        <source>Laatst ingelezen</source>
        <translation>Last import</translation>
    </message>
    <message>
        <source>Ontbreekt</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Configuratie</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Hoogste volgnummer dat van deze laptop is ingelezen</source>
        <translation>Highest sequence number imported from this laptop</translation>
    </message>
    <message>
        <source>Volgnummers van synchronisatiebestanden die nooit aankwamen</source>
        <translation>Sequence numbers of sync files that never arrived</translation>
    </message>
    <message>
        <source>De configuratie van de laptop, volgens zijn laatste bestand</source>
        <translation>The laptop&apos;s configuration, according to its last file</translation>
    </message>
    <message>
        <source>⚠ versie {n} (nieuwste: {latest})</source>
        <translation>⚠ version {n} (newest: {latest})</translation>
    </message>
    <message>
        <source>versie {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>✖ Ingetrokken op {date}</source>
        <translation>✖ Revoked on {date}</translation>
    </message>
    <message>
        <source>✔ Actief</source>
        <translation>✔ Active</translation>
    </message>
    <message>
        <source>Synchronisatiebestand {n} van {name} ontbreekt.</source>
        <translation>Sync file {n} of {name} is missing.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Gekoppelde laptops</source>
        <translation>Paired laptops</translation>
    </message>
    <message>
        <source>Laptop &amp;inschrijven…</source>
        <translation>&amp;Enrol laptop…</translation>
    </message>
    <message>
        <source>Laptop inschrijven</source>
        <translation>Enrol laptop</translation>
    </message>
    <message>
        <source>Schrijf een nieuwe laptop in met zijn openbare sleutel.</source>
        <translation>Enrol a new laptop with its public key.</translation>
    </message>
    <message>
        <source>Vertrouw de sleutel (ido.pub) van een laptop, zodat de backoffice zijn synchronisatiebestanden inleest</source>
        <translation>Trust a laptop&apos;s key (ido.pub) so that the back office imports its sync files</translation>
    </message>
    <message>
        <source>In&amp;trekken</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Trek de gekozen laptop in: zijn bestanden worden daarna geweigerd.</source>
        <translation>Revoke the selected laptop: its files are refused from then on.</translation>
    </message>
    <message>
        <source>Weiger voortaan synchronisatiebestanden van de gekozen laptop</source>
        <translation>Refuse sync files from the chosen laptop from now on</translation>
    </message>
    <message>
        <source>&amp;Naam wijzigen…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Geef de gekozen laptop een andere naam.</source>
        <translation>Give the selected laptop another name.</translation>
    </message>
    <message>
        <source>Geef de gekozen laptop een andere naam</source>
        <translation>Give the chosen laptop another name</translation>
    </message>
    <message>
        <source>&amp;Koppelbestand maken…</source>
        <translation>Write &amp;pairing file…</translation>
    </message>
    <message>
        <source>Koppelbestand maken</source>
        <translation>Write pairing file</translation>
    </message>
    <message>
        <source>Schrijf het koppelbestand (.idopair) dat een laptop inleest om met deze backoffice te koppelen.</source>
        <translation>Write the pairing file (.idopair) a laptop reads to pair with this back office.</translation>
    </message>
    <message>
        <source>Schrijf het koppelbestand (.idopair) met de sleutels en lijsten voor laptops</source>
        <translation>Write the pairing file (.idopair) with the keys and lists for laptops</translation>
    </message>
    <message>
        <source>Ingeschreven laptops</source>
        <translation>Enrolled laptops</translation>
    </message>
    <message>
        <source>Een regel per laptop: laatste bestand, ontbrekende bestanden en of hij is ingetrokken.</source>
        <translation>A line for each laptop: last file, missing files and whether it is revoked.</translation>
    </message>
    <message>
        <source>Nog geen laptops ingeschreven. Kies &apos;Laptop inschrijven…&apos; met het bestand ido.pub van de laptop.</source>
        <translation>No laptops enrolled yet. Choose &apos;Enrol laptop…&apos; with the laptop&apos;s ido.pub file.</translation>
    </message>
    <message>
        <source>Lege lijst</source>
        <translation>Empty list</translation>
    </message>
    <message>
        <source>Ontbrekende synchronisatiebestanden</source>
        <translation>Missing sync files</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Vingerafdruk van deze backoffice</source>
        <translation>Fingerprint of this back office</translation>
    </message>
    <message>
        <source>Lees deze vingerafdruk voor aan de laptopgebruiker (of geef hem op papier) wanneer die het koppelbestand inleest. Sleutel-id: {key_id}</source>
        <translation>Read this fingerprint out to the laptop user (or give it on paper) when they read the pairing file. Key ID: {key_id}</translation>
    </message>
    <message>
        <source>Uitleg bij de vingerafdruk</source>
        <translation>About the fingerprint</translation>
    </message>
    <message>
        <source>Koppelbestand opslaan</source>
        <translation>Save pairing file</translation>
    </message>
    <message>
        <source>IDO-koppelbestand (*.idopair)</source>
        <translation>IDO pairing file (*.idopair)</translation>
    </message>
    <message>
        <source>Nieuwe naam voor {name}:</source>
        <translation>New name for {name}:</translation>
    </message>
    <message>
        <source>{name} is ingeschreven (sleutel-id {key_id}).</source>
        <translation>{name} is enrolled (key ID {key_id}).</translation>
    </message>
    <message>
        <source>Laptop intrekken</source>
        <translation>Revoke laptop</translation>
    </message>
    <message>
        <source>{name} intrekken? Synchronisatiebestanden van deze laptop worden daarna geweigerd. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Revoke {name}? Sync files from this laptop will be refused from then on. This cannot be undone.</translation>
    </message>
    <message>
        <source>{name} is ingetrokken.</source>
        <translation>{name} is revoked.</translation>
    </message>
    <message>
        <source>{old} heet nu {name}.</source>
        <translation>{old} is now called {name}.</translation>
    </message>
    <message>
        <source>Koppelbestand geschreven: {path}. Geef het aan de laptopgebruiker en lees de vingerafdruk hieronder voor.</source>
        <translation>Pairing file written: {path}. Give it to the laptop user and read out the fingerprint below.</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>Welkom bij IDO Desktop</source>
        <translation>Welcome to IDO Desktop</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>✔ Ingelezen</source>
        <translation>✔ Imported</translation>
    </message>
    <message>
        <source>= Al bekend</source>
        <translation>= Already known</translation>
    </message>
    <message>
        <source>✖ Geweigerd</source>
        <translation>✖ Refused</translation>
    </message>
    <message>
        <source>Quarantaine: {folder}</source>
        <translation>Quarantine: {folder}</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Toegepast</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Volgnummer van het synchronisatiebestand van deze laptop</source>
        <translation>Sequence number of this laptop&apos;s sync file</translation>
    </message>
    <message>
        <source>Nieuwe of bijgewerkte records</source>
        <translation>New or updated records</translation>
    </message>
    <message>
        <source>Records die de backoffice al precies zo had</source>
        <translation>Records the back office already held exactly like this</translation>
    </message>
    <message>
        <source>Records met dezelfde revisie maar andere inhoud: nakijken</source>
        <translation>Records with the same revision but other content: review them</translation>
    </message>
    <message>
        <source>Dit bestand was al ingelezen; er is niets veranderd.</source>
        <translation>This file was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Ingelezen; {n} conflicten om na te kijken.</source>
        <translation>Imported; {n} conflicts to review.</translation>
    </message>
    <message>
        <source>Ingelezen.</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Synchronisatiebestanden inlezen</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <source>Sleep bestanden hierheen</source>
        <translation>Drop files here</translation>
    </message>
    <message>
        <source>Sleep synchronisatiebestanden (.idosync) of een hele map hierheen</source>
        <translation>Drop sync files (.idosync) or a whole folder here</translation>
    </message>
    <message>
        <source>of</source>
        <translation>or</translation>
    </message>
    <message>
        <source>&amp;Bestanden kiezen…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <source>Bestanden kiezen</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>Kies een of meer .idosync-bestanden om in te lezen (Alt+B). In het venster kunt u ook het pad typen.</source>
        <translation>Choose one or more .idosync files to import (Alt+F). In the dialog you can also type the path.</translation>
    </message>
    <message>
        <source>&amp;Map kiezen…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>Lees alle .idosync-bestanden in een map (en de mappen daarin)</source>
        <translation>Import every .idosync file in a folder (and the folders inside it)</translation>
    </message>
    <message>
        <source>Stop na het bestand dat nu wordt ingelezen</source>
        <translation>Stop after the file being imported now</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ontbrekende synchronisatiebestanden</source>
        <translation>Missing sync files</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Resultaat per bestand</source>
        <translation>Result per file</translation>
    </message>
    <message>
        <source>Een regel per ingelezen bestand: ingelezen, al bekend of geweigerd, met de reden.</source>
        <translation>A line for each file: imported, already known or refused, with the reason.</translation>
    </message>
    <message>
        <source>Toelichting bij het gekozen bestand</source>
        <translation>Details of the chosen file</translation>
    </message>
    <message>
        <source>&amp;Ontvangstbewijzen schrijven…</source>
        <translation>Write &amp;receipts…</translation>
    </message>
    <message>
        <source>Ontvangstbewijzen schrijven</source>
        <translation>Write receipts</translation>
    </message>
    <message>
        <source>Schrijf per laptop een ontvangstbewijs om op de laptop in te lezen</source>
        <translation>Write a receipt per laptop, to be read on that laptop</translation>
    </message>
    <message>
        <source>Ontvangstbewijzen</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Kies synchronisatiebestanden</source>
        <translation>Choose sync files</translation>
    </message>
    <message>
        <source>IDO-synchronisatie (*.idosync)</source>
        <translation>IDO sync file (*.idosync)</translation>
    </message>
    <message>
        <source>Bestanden zoeken…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <source>Kies de map met synchronisatiebestanden</source>
        <translation>Choose the folder with sync files</translation>
    </message>
    <message>
        <source>Stoppen na het huidige bestand…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <source>Kies de map voor de ontvangstbewijzen</source>
        <translation>Choose the folder for the receipts</translation>
    </message>
    <message>
        <source>Ontvangstbewijzen schrijven…</source>
        <translation>Writing receipts…</translation>
    </message>
    <message>
        <source>{done} van {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Geen synchronisatiebestanden (.idosync) gevonden.</source>
        <translation>No sync files (.idosync) found.</translation>
    </message>
    <message>
        <source>{imported} ingelezen, {known} al bekend, {refused} geweigerd</source>
        <translation>{imported} imported, {known} already known, {refused} refused</translation>
    </message>
    <message>
        <source>Gestopt na {done} van {total} bestanden: {summary}</source>
        <translation>Stopped after {done} of {total} files: {summary}</translation>
    </message>
    <message>
        <source>{n} ontvangstbewijzen geschreven in {folder}</source>
        <translation>{n} receipts written to {folder}</translation>
    </message>
    <message>
        <source>Nog niets ingelezen: er is geen ontvangstbewijs geschreven.</source>
        <translation>Nothing imported yet: no receipt was written.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ochtend</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Middag</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Avond</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Korter dan 10 minuten</source>
        <translation>Less than 10 minutes</translation>
    </message>
    <message>
        <source>10 tot 20 minuten</source>
        <translation>10 to 20 minutes</translation>
    </message>
    <message>
        <source>20 tot 30 minuten</source>
        <translation>20 to 30 minutes</translation>
    </message>
    <message>
        <source>30 tot 60 minuten</source>
        <translation>30 to 60 minutes</translation>
    </message>
    <message>
        <source>Langer dan 60 minuten</source>
        <translation>More than 60 minutes</translation>
    </message>
    <message>
        <source>Inloop</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Eigen initiatief</source>
        <translation>Own initiative</translation>
    </message>
    <message>
        <source>Via de bibliotheek</source>
        <translation>Through the library</translation>
    </message>
    <message>
        <source>Via een instantie</source>
        <translation>Through a government body</translation>
    </message>
    <message>
        <source>Via een maatschappelijke partner</source>
        <translation>Through a social partner organisation</translation>
    </message>
    <message>
        <source>Via familie of bekenden</source>
        <translation>Through family or friends</translation>
    </message>
    <message>
        <source>Via de locatiepartner</source>
        <translation>Through the location partner</translation>
    </message>
    <message>
        <source>Leeftijd onbekend</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Jonger dan 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18 tot en met 26</source>
        <translation>18 to 26</translation>
    </message>
    <message>
        <source>27 tot en met 44</source>
        <translation>27 to 44</translation>
    </message>
    <message>
        <source>45 tot en met 64</source>
        <translation>45 to 64</translation>
    </message>
    <message>
        <source>65 tot en met 74</source>
        <translation>65 to 74</translation>
    </message>
    <message>
        <source>75 of ouder</source>
        <translation>75 or older</translation>
    </message>
    <message>
        <source>Taal niet vastgelegd</source>
        <translation>Language not recorded</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Andere taal</source>
        <translation>Another language</translation>
    </message>
    <message>
        <source>Met tolk</source>
        <translation>With an interpreter</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Koud (informatie gegeven)</source>
        <translation>Cold (information given)</translation>
    </message>
    <message>
        <source>Warm contact (samen gebeld of afspraak gemaakt)</source>
        <translation>Warm contact (called together or appointment made)</translation>
    </message>
    <message>
        <source>Warme overdracht (met toestemming overgedragen)</source>
        <translation>Warm handover (handed over with consent)</translation>
    </message>
    <message>
        <source>Dit lijkt een burgerservicenummer (BSN).</source>
        <translation>This looks like a citizen service number (BSN).</translation>
    </message>
    <message>
        <source>Dit lijkt een bankrekeningnummer (IBAN).</source>
        <translation>This looks like a bank account number (IBAN).</translation>
    </message>
    <message>
        <source>Dit lijkt een e-mailadres.</source>
        <translation>This looks like an email address.</translation>
    </message>
    <message>
        <source>Dit lijkt een telefoonnummer.</source>
        <translation>This looks like a phone number.</translation>
    </message>
    <message>
        <source>Dit lijkt een (geboorte)datum.</source>
        <translation>This looks like a date (of birth).</translation>
    </message>
    <message>
        <source>Dit lijkt een postcode.</source>
        <translation>This looks like a postcode.</translation>
    </message>
    <message>
        <source>Dit lijkt een adres (straat en huisnummer).</source>
        <translation>This looks like an address (street and house number).</translation>
    </message>
    <message>
        <source>Dit lijkt een naam (na meneer, mevrouw of een titel).</source>
        <translation>This looks like a name (after Mr, Mrs or a title).</translation>
    </message>
    <message>
        <source>De notitie is langer dan 200 tekens.</source>
        <translation>The note is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Notities zijn anoniem: schrijf geen naam, adres, postcode, BSN, rekeningnummer, e-mailadres, telefoonnummer of geboortedatum op. Haal het gemarkeerde deel weg.</source>
        <translation>Notes are anonymous: do not write down a name, address, postcode, BSN, account number, email address, phone number or date of birth. Remove the highlighted part.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation>Type of help</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>DigiD-detail</source>
        <translation>DigiD detail</translation>
    </message>
    <message>
        <source>Onderliggende problemen</source>
        <translation>Underlying problems</translation>
    </message>
    <message>
        <source>Soort knelpunt</source>
        <translation>Type of bottleneck</translation>
    </message>
    <message>
        <source>Organisatie van het knelpunt</source>
        <translation>Organisation of the bottleneck</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Medewerkerscode</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Vraag {n}: </source>
        <translation>Question {n}: </translation>
    </message>
    <message>
        <source>Vul &apos;{field}&apos; in.</source>
        <translation>Fill in &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; heeft een onbekende waarde. Kies een waarde uit de lijst.</source>
        <translation>&apos;{field}&apos; has an unknown value. Choose a value from the list.</translation>
    </message>
    <message>
        <source>Voeg minstens één vraag toe.</source>
        <translation>Add at least one question.</translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst. Kies vandaag of een eerdere dag.</source>
        <translation>The date is in the future. Choose today or an earlier day.</translation>
    </message>
    <message>
        <source>De datum is meer dan {days} dagen geleden. Oudere consulten voert de backoffice in.</source>
        <translation>The date is more than {days} days ago. Older consultations are entered by the back office.</translation>
    </message>
    <message>
        <source>Een DigiD-detail hoort alleen bij het onderwerp DigiD.</source>
        <translation>A DigiD detail only belongs with the topic DigiD.</translation>
    </message>
    <message>
        <source>Kies bij de doorverwijzing een partner, categorie of cursus.</source>
        <translation>Choose a partner, category or course for the referral.</translation>
    </message>
    <message>
        <source>Vul je medewerkerscode in, bijvoorbeeld MW07.</source>
        <translation>Enter your staff code, for example MW07.</translation>
    </message>
    <message>
        <source>Een medewerkerscode is kort, met letters en cijfers, bijvoorbeeld MW07. Gebruik geen naam.</source>
        <translation>A staff code is short, with letters and digits, for example MW07. Do not use a name.</translation>
    </message>
    <message>
        <source>Er is geen spreekuur geopend. Start eerst een spreekuur.</source>
        <translation>No session is open. Start a session first.</translation>
    </message>
    <message>
        <source>Er is al een spreekuur geopend. Sluit dat eerst.</source>
        <translation>A session is already open. Close it first.</translation>
    </message>
    <message>
        <source>Dit consult bestaat niet meer. Ververs de lijst.</source>
        <translation>This consultation no longer exists. Refresh the list.</translation>
    </message>
    <message>
        <source>De schijf is vol. Wat al was opgeslagen blijft bewaard. Maak ruimte op de schijf en probeer het opnieuw.</source>
        <translation>The disk is full. Everything saved before is kept. Make room on the disk and try again.</translation>
    </message>
    <message>
        <source>Op de schijf met de gegevens kan niet geschreven worden (alleen-lezen). Wat al was opgeslagen blijft bewaard. Sluit het programma, controleer de schijf en start opnieuw.</source>
        <translation>The disk holding the data cannot be written to (read-only). Everything saved before is kept. Close the program, check the disk and start again.</translation>
    </message>
    <message>
        <source>Schrijven naar de schijf is mislukt (vol of defect?). Wat al was opgeslagen blijft bewaard. Maak ruimte of controleer de schijf en probeer het opnieuw.</source>
        <translation>Writing to the disk failed (full or failing?). Everything saved before is kept. Make room or check the disk and try again.</translation>
    </message>
    <message>
        <source>Er ging iets mis ({code}). Probeer het opnieuw.</source>
        <translation>Something went wrong ({code}). Please try again.</translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis ({detail}). Probeer het opnieuw.</source>
        <extracomment>Error-code prefixes whose words come from ``ido_desktop.messages`` (shared with the CLI).</extracomment>
        <translation>Something unexpected went wrong ({detail}). Please try again.</translation>
    </message>
</context>
<context>
    <name>LetterToggleGroup</name>
    <message>
        <source>Toets {letter} om dit aan of uit te vinken.</source>
        <translation>Press {letter} to tick or untick this.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IDO Desktop — {name}</source>
        <translation>IDO Desktop — {name}</translation>
    </message>
    <message>
        <source>IDO Desktop</source>
        <translation>IDO Desktop</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Registreren (Ctrl+1)</source>
        <translation>Register (Ctrl+1)</translation>
    </message>
    <message>
        <source>Vandaag (Ctrl+2)</source>
        <translation>Today (Ctrl+2)</translation>
    </message>
    <message>
        <source>Sociale kaart (Ctrl+3)</source>
        <translation>Partner directory (Ctrl+3)</translation>
    </message>
    <message>
        <source>Synchroniseren (Ctrl+4)</source>
        <translation>Synchronise (Ctrl+4)</translation>
    </message>
    <message>
        <source>Importeren (Ctrl+5)</source>
        <translation>Import (Ctrl+5)</translation>
    </message>
    <message>
        <source>Laptops (Ctrl+6)</source>
        <translation>Laptops (Ctrl+6)</translation>
    </message>
    <message>
        <source>Registraties (Ctrl+7)</source>
        <translation>Records (Ctrl+7)</translation>
    </message>
    <message>
        <source>Rapportages (Ctrl+8)</source>
        <translation>Reports (Ctrl+8)</translation>
    </message>
    <message>
        <source>Signalen (Ctrl+9)</source>
        <translation>Signals (Ctrl+9)</translation>
    </message>
    <message>
        <source>Logboek (Ctrl+0)</source>
        <translation>Log (Ctrl+0)</translation>
    </message>
    <message>
        <source>Referentiegegevens (Ctrl+Shift+R)</source>
        <translation>Reference data (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Er is nog geen spreekuur geopend.
Start een spreekuur om consulten te registreren.</source>
        <translation>No session has been opened yet.
Start a session to register consultations.</translation>
    </message>
    <message>
        <source>Spreekuur starten (Ctrl+Shift+S)</source>
        <translation>Start session (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Spreekuur starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Open een spreekuur om consulten te registreren (Ctrl+Shift+S).</source>
        <translation>Open a session to register consultations (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Automatisch ver&amp;grendelen na…</source>
        <translation>Lock &amp;automatically after…</translation>
    </message>
    <message>
        <source>&amp;Reservekopieën…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Spreekuur &amp;starten…</source>
        <translation>&amp;Start session…</translation>
    </message>
    <message>
        <source>Spreekuur s&amp;luiten</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <source>S&amp;ynchroniseren…</source>
        <translation>S&amp;ynchronise…</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Zet de registraties op een USB-stick of in een map voor de backoffice (Ctrl+Shift+Y).</source>
        <translation>Put the registrations on a USB stick or in a folder for the back office (Ctrl+Shift+Y).</translation>
    </message>
    <message>
        <source>Synchroniseren (Ctrl+Shift+Y)</source>
        <translation>Synchronise (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Beeld</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;Registreren</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>S&amp;ociale kaart</source>
        <translation>&amp;Partner directory</translation>
    </message>
    <message>
        <source>S&amp;ynchroniseren</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Laptops</translation>
    </message>
    <message>
        <source>Re&amp;gistraties</source>
        <translation>Re&amp;cords</translation>
    </message>
    <message>
        <source>R&amp;apportages</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>Sig&amp;nalen</source>
        <translation>Sig&amp;nals</translation>
    </message>
    <message>
        <source>Log&amp;boek</source>
        <translation>Lo&amp;g</translation>
    </message>
    <message>
        <source>Re&amp;ferentiegegevens</source>
        <translation>Re&amp;ference data</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Over IDO Desktop</source>
        <translation>&amp;About IDO Desktop</translation>
    </message>
    <message>
        <source>Spreekuur sluiten? Vandaag zijn {n} consulten geregistreerd.</source>
        <translation>Close the session? {n} consultations have been registered today.</translation>
    </message>
    <message>
        <source>Let op: het formulier bevat nog een consult dat niet is opgeslagen. Dat gaat verloren.</source>
        <translation>Note: the form still contains a consultation that has not been saved. It will be lost.</translation>
    </message>
    <message>
        <source>Spreekuur sluiten</source>
        <translation>Close session</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Start eerst een spreekuur om een consult te bewerken.</source>
        <translation>Start a session first to edit a consultation.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De nieuwe taal wordt gebruikt zodra u IDO Desktop opnieuw start.</source>
        <translation>The new language will be used when you restart IDO Desktop.</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <source>Vergrendelen na zoveel minuten zonder gebruik:</source>
        <translation>Lock after this many minutes without use:</translation>
    </message>
    <message>
        <source>Over IDO Desktop</source>
        <translation>About IDO Desktop</translation>
    </message>
    <message>
        <source>IDO Desktop {version}
Registratie voor het Informatiepunt Digitale Overheid.
Apparaat: {name} ({role})</source>
        <translation>IDO Desktop {version}
Registration for the Digital Government Information Point (IDO).
Device: {name} ({role})</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Het formulier bevat een consult dat nog niet is opgeslagen. Toch afsluiten?</source>
        <translation>The form contains a consultation that has not been saved yet. Exit anyway?</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Filter op datum. Pijltjes veranderen de datum, Alt+Omlaag opent de kalender.</source>
        <translation>Filter by date. Arrows change the date, Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>geen grens</source>
        <translation>no limit</translation>
    </message>
</context>
<context>
    <name>PageTitle</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Koppelbestand inlezen</source>
        <translation>Read pairing file</translation>
    </message>
    <message>
        <source>Backoffice</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Gegevens van het koppelbestand</source>
        <translation>Pairing file details</translation>
    </message>
    <message>
        <source>Wat u moet doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Ja, koppelen</source>
        <translation>&amp;Yes, pair</translation>
    </message>
    <message>
        <source>Ja, koppelen</source>
        <translation>Yes, pair</translation>
    </message>
    <message>
        <source>Koppel deze laptop aan de backoffice als de vingerafdruk klopt.</source>
        <translation>Pair this laptop with the back office if the fingerprint matches.</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet koppelen; er verandert niets.</source>
        <translation>Do not pair; nothing changes.</translation>
    </message>
    <message>
        <source>Koppelen met backoffice “{name}”</source>
        <translation>Pair with back office “{name}”</translation>
    </message>
    <message>
        <source>Bestand: {file}
Sleutel-id: {key_id}</source>
        <translation>File: {file}
Key ID: {key_id}</translation>
    </message>
    <message>
        <source>Vergelijk deze vingerafdruk met de backoffice (telefoon of papier). Klopt hij precies?</source>
        <translation>Compare this fingerprint with the back office (phone or paper). Does it match exactly?</translation>
    </message>
    <message>
        <source>Bijgewerkte configuratie van backoffice “{name}”</source>
        <translation>Updated configuration from back office “{name}”</translation>
    </message>
    <message>
        <source>Bestand: {file}
Versie {version}, ondertekend met de vastgelegde sleutel {key_id} van de backoffice waarmee deze laptop gekoppeld is.</source>
        <translation>File: {file}
Version {version}, signed with the pinned key {key_id} of the back office this laptop is paired with.</translation>
    </message>
    <message>
        <source>Bijwerken? De lijsten en instellingen van de backoffice worden vervangen.</source>
        <translation>Update? The back office&apos;s lists and settings will be replaced.</translation>
    </message>
    <message>
        <source>&amp;Bijwerken</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Dit koppelbestand kan niet gebruikt worden</source>
        <translation>This pairing file cannot be used</translation>
    </message>
    <message>
        <source>Bestand: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>Gegevens van de partner</source>
        <translation>Partner details</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Het telefoonnummer van de gekozen partner; Ctrl+Shift+C kopieert het.</source>
        <translation>The phone number of the selected partner; Ctrl+Shift+C copies it.</translation>
    </message>
    <message>
        <source>Waarschuwing voorbeeldnummer</source>
        <translation>Example number warning</translation>
    </message>
    <message>
        <source>&amp;Kopieer telefoonnummer</source>
        <translation>Copy &amp;phone number</translation>
    </message>
    <message>
        <source>Kopieer telefoonnummer</source>
        <translation>Copy phone number</translation>
    </message>
    <message>
        <source>Kopieer het telefoonnummer (Ctrl+Shift+C)</source>
        <translation>Copy the phone number (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Kopieermelding</source>
        <translation>Copy notification</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Helpt met</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>De website van de gekozen partner; Enter opent hem in de browser.</source>
        <translation>The website of the selected partner; Enter opens it in the browser.</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kies een partner in de lijst om de gegevens te zien.</source>
        <translation>Choose a partner in the list to see the details.</translation>
    </message>
    <message>
        <source>Geen partner gekozen</source>
        <translation>No partner chosen</translation>
    </message>
    <message>
        <source>geen nummer bekend</source>
        <translation>no number known</translation>
    </message>
    <message>
        <source>Gekopieerd naar het klembord.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>(voorbeeldnummer — echte nummer nog invullen)</source>
        <translation>(example number — real number still to be filled in)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Helpt met</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Sociale kaart</source>
        <translation>Partner directory</translation>
    </message>
    <message>
        <source>Zoeken in de sociale kaart</source>
        <translation>Search the partner directory</translation>
    </message>
    <message>
        <source>Zoek op naam, categorie of waarmee ze helpen</source>
        <translation>Search by name, category or what they help with</translation>
    </message>
    <message>
        <source>Ctrl+F: zoeken · pijltjes: kiezen · Enter: gegevens bekijken</source>
        <translation>Ctrl+F: search · arrow keys: choose · Enter: view details</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Toon alleen partners uit deze categorie.</source>
        <translation>Show only partners in this category.</translation>
    </message>
    <message>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Categorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Aantal gevonden partners</source>
        <translation>Number of partners found</translation>
    </message>
    <message>
        <source>* voorbeeldnummer — echte nummer nog invullen</source>
        <translation>* example number — real number still to be filled in</translation>
    </message>
    <message>
        <source>Uitleg sterretje</source>
        <translation>Asterisk explanation</translation>
    </message>
    <message>
        <source>Gegevens van de partner</source>
        <translation>Partner details</translation>
    </message>
    <message>
        <source>Telefoon, openingstijden, adres en website van de gekozen partner.</source>
        <translation>Phone, opening hours, address and website of the selected partner.</translation>
    </message>
    <message>
        <source>Gevonden partners</source>
        <translation>Partners found</translation>
    </message>
    <message>
        <source>Lijst en gegevens</source>
        <translation>List and details</translation>
    </message>
    <message>
        <source>1 partner gevonden</source>
        <translation>1 partner found</translation>
    </message>
    <message>
        <source>{n} partners gevonden</source>
        <translation>{n} partners found</translation>
    </message>
    <message>
        <source>Geen partners gevonden. Probeer een ander woord.</source>
        <translation>No partners found. Try another word.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>De partners die bij de zoektekst passen. Pijltjes kiezen, de gegevens staan ernaast.</source>
        <translation>The partners that match the search. Arrows choose; the details are shown beside the list.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Bezig met</source>
        <translation>Working on</translation>
    </message>
    <message>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop het werk na het onderdeel dat nu bezig is.</source>
        <translation>Stop the work after the part that is running now.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Geen organisatie gevonden</source>
        <translation>No organisation found</translation>
    </message>
    <message>
        <source>Typ een deel van de naam</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Typ een paar letters en druk op Tab om de bovenste treffer te kiezen.</source>
        <translation>Type a few letters and press Tab to choose the top match.</translation>
    </message>
    <message>
        <source>+ E&amp;xtra organisatie</source>
        <translation>+ E&amp;xtra organisation</translation>
    </message>
    <message>
        <source>Een tweede organisatie toevoegen (Alt+X)</source>
        <translation>Add a second organisation (Alt+X)</translation>
    </message>
    <message>
        <source>Extra organisatie toevoegen</source>
        <translation>Add extra organisation</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Optioneel</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Extra organisatie</source>
        <translation>Extra organisation</translation>
    </message>
    <message>
        <source>E&amp;xtra organisatie</source>
        <translation>E&amp;xtra organisation</translation>
    </message>
    <message>
        <source>Geen onderwerp gevonden</source>
        <translation>No topic found</translation>
    </message>
    <message>
        <source>Typ een deel van het onderwerp</source>
        <translation>Type part of the topic</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Onderwerpen van de gekozen organisatie staan bovenaan.</source>
        <translation>Topics of the chosen organisation are listed first.</translation>
    </message>
    <message>
        <source>Onder&amp;werp</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>Geen detail</source>
        <translation>No detail</translation>
    </message>
    <message>
        <source>DigiD-detail</source>
        <translation>DigiD detail</translation>
    </message>
    <message>
        <source>Alleen bij het onderwerp DigiD.</source>
        <translation>Only with the topic DigiD.</translation>
    </message>
    <message>
        <source>DigiD-deta&amp;il</source>
        <translation>DigiD deta&amp;il</translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation>Type of help</translation>
    </message>
    <message>
        <source>Toets de onderstreepte letter om aan of uit te vinken; pijltjes en spatie werken ook.</source>
        <translation>Press the underlined letter to tick or untick; arrow keys and space work too.</translation>
    </message>
    <message>
        <source>Vorm van hul&amp;p</source>
        <translation>Type of &amp;help</translation>
    </message>
    <message>
        <source>Kies een resultaat (beginletter)</source>
        <translation>Choose a result (first letter)</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Toets de beginletter: O, D, N of V.</source>
        <translation>Type the first letter: S, P, N or F.</translation>
    </message>
    <message>
        <source>&amp;Resultaat</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>Onderliggende problemen</source>
        <translation>Underlying problems</translation>
    </message>
    <message>
        <source>Optioneel. Toets de beginletter; bij twee dezelfde letters verplaatst de letter de markering en zet de spatie aan of uit.</source>
        <translation>Optional. Press the first letter; if two items share a letter, the letter moves the highlight and space ticks or unticks.</translation>
    </message>
    <message>
        <source>Onderliggende
pro&amp;blemen</source>
        <translation>Underlying
proble&amp;ms</translation>
    </message>
    <message>
        <source>Geen knelpunt</source>
        <translation>No bottleneck</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <source>Optioneel: meld een knelpunt terug aan de organisatie.</source>
        <translation>Optional: report a bottleneck back to the organisation.</translation>
    </message>
    <message>
        <source>Organisatie van het knelpunt</source>
        <translation>Organisation of the bottleneck</translation>
    </message>
    <message>
        <source>bi&amp;j organisatie</source>
        <translation>at or&amp;ganisation</translation>
    </message>
    <message>
        <source>&amp;Knelpunt</source>
        <translation>Bottlenec&amp;k</translation>
    </message>
    <message>
        <source>Kort en zonder persoonsgegevens</source>
        <translation>Short and without personal data</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hoogstens 200 tekens. Geen naam, BSN, rekeningnummer, e-mailadres, telefoonnummer of geboortedatum.</source>
        <translation>At most 200 characters. No name, BSN, account number, email address, phone number or date of birth.</translation>
    </message>
    <message>
        <source>Aantal tekens van de notitie</source>
        <translation>Number of characters in the note</translation>
    </message>
    <message>
        <source>Waarschuwing bij de notitie</source>
        <translation>Note warning</translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Insert voegt een doorverwijzing toe, Delete haalt de gekozen weg.</source>
        <translation>Insert adds a referral, Delete removes the selected one.</translation>
    </message>
    <message>
        <source>Doorverwij&amp;zing toevoegen…</source>
        <translation>Add re&amp;ferral…</translation>
    </message>
    <message>
        <source>Doorverwijzing toevoegen</source>
        <translation>Add referral</translation>
    </message>
    <message>
        <source>Kies een partner of categorie en hoe warm de overdracht was (Alt+Z, of Insert in de lijst).</source>
        <translation>Choose a partner or category and how warm the handover was (Alt+F, or Insert in the list).</translation>
    </message>
    <message>
        <source>Alt+Z, of Insert in de lijst</source>
        <translation>Alt+F, or Insert in the list</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Doorverwijzing weghalen</source>
        <translation>Remove referral</translation>
    </message>
    <message>
        <source>Haal de gekozen doorverwijzing weg (Delete in de lijst).</source>
        <translation>Remove the selected referral (Delete in the list).</translation>
    </message>
    <message>
        <source>Delete in de lijst</source>
        <translation>Delete in the list</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Hier geregistreerd</source>
        <translation>Registered here</translation>
    </message>
    <message>
        <source>Correctie</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>koud</source>
        <translation>cold</translation>
    </message>
    <message>
        <source>warm contact</source>
        <translation>warm contact</translation>
    </message>
    <message>
        <source>warme overdracht</source>
        <translation>warm handover</translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Synchronisatiebestand</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>{file} (nr. {sequence})</source>
        <translation>{file} (no. {sequence})</translation>
    </message>
</context>
<context>
    <name>RecordDetailView</name>
    <message>
        <source>Gekozen consult</source>
        <translation>Selected consultation</translation>
    </message>
    <message>
        <source>Kies een consult in de lijst.</source>
        <translation>Choose a consultation in the list.</translation>
    </message>
    <message>
        <source>&amp;Corrigeren…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Corrigeer het gekozen consult; de oude versie blijft bewaard.</source>
        <translation>Correct the selected consultation; the old version is kept.</translation>
    </message>
    <message>
        <source>Corrigeer dit consult; de correctie wordt een nieuwe versie</source>
        <translation>Correct this consultation; the correction becomes a new version</translation>
    </message>
    <message>
        <source>Gegevens van het consult</source>
        <translation>Consultation details</translation>
    </message>
    <message>
        <source>Vragen en doorverwijzingen</source>
        <translation>Questions and referrals</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Toelichting bij de geschiedenis</source>
        <translation>Note on the history</translation>
    </message>
    <message>
        <source>Versies van dit consult</source>
        <translation>Versions of this consultation</translation>
    </message>
    <message>
        <source>Wie wat wanneer heeft veranderd aan dit consult.</source>
        <translation>Who changed what in this consultation, and when.</translation>
    </message>
    <message>
        <source>Consult van {date}, {part}</source>
        <translation>Consultation of {date}, {part}</translation>
    </message>
    <message>
        <source>Locatie: {location} · medewerker {staff}</source>
        <translation>Location: {location} · staff member {staff}</translation>
    </message>
    <message>
        <source>Laptop: {device} · versie {revision}</source>
        <translation>Laptop: {device} · version {revision}</translation>
    </message>
    <message>
        <source>Dit consult is verwijderd.</source>
        <translation>This consultation has been deleted.</translation>
    </message>
    <message>
        <source>Versies van vóór de registratie van de geschiedenis zijn niet bewaard.</source>
        <translation>Versions from before the history was recorded have not been kept.</translation>
    </message>
    <message>
        <source>Vraag {n}: {organisations} — {topic}; {help}; {result}</source>
        <translation>Question {n}: {organisations} — {topic}; {help}; {result}</translation>
    </message>
    <message>
        <source>    Notitie: {note}</source>
        <translation>    Note: {note}</translation>
    </message>
    <message>
        <source>    Doorverwezen naar {target} ({warmth})</source>
        <translation>    Referred to {target} ({warmth})</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Part of day</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Doorverw.</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Datum van het consult</source>
        <translation>Date of the consultation</translation>
    </message>
    <message>
        <source>Apparaat dat het consult vastlegde</source>
        <translation>Device that recorded the consultation</translation>
    </message>
    <message>
        <source>Aantal doorverwijzingen; ‘warm’ bij een warme doorverwijzing</source>
        <translation>Number of referrals; ‘warm’ for a warm referral</translation>
    </message>
    <message>
        <source>Versienummer van het consult</source>
        <translation>Version number of the consultation</translation>
    </message>
    <message>
        <source>{n} · warm</source>
        <translation>{n} · warm</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Registraties</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Aantal gevonden consulten</source>
        <translation>Number of consultations found</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Filter uit de rapportage</source>
        <translation>Filter from the report</translation>
    </message>
    <message>
        <source>Gevonden consulten</source>
        <translation>Consultations found</translation>
    </message>
    <message>
        <source>De consulten die door de filters komen. Pijltjes kiezen, de gegevens staan ernaast.</source>
        <translation>The consultations that pass the filters. Arrows choose; the details are shown beside the list.</translation>
    </message>
    <message>
        <source>Lijst en gekozen consult</source>
        <translation>List and selected consultation</translation>
    </message>
    <message>
        <source>Filter: toon alleen consulten met deze keuze. Pijltjes veranderen de keuze.</source>
        <translation>Filter: show only consultations with this choice. Arrows change the choice.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>Alle branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Alle pop-up-locaties van type {type}</source>
        <translation>All pop-up locations of type {type}</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Alle laptops</source>
        <translation>All laptops</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation>Form of help</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Soort doorverwijzing</source>
        <translation>Referral category</translation>
    </message>
    <message>
        <source>Warmte</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <source>Zoek in notities</source>
        <translation>Search in notes</translation>
    </message>
    <message>
        <source>Toon alleen consulten waarvan een notitie deze tekst bevat.</source>
        <translation>Show only consultations with a note containing this text.</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Zet alle filters terug, zodat alle consulten weer zichtbaar zijn.</source>
        <translation>Reset all filters so all consultations show again.</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijn…</source>
        <translation>Retention perio&amp;d…</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Bekijk en verwijder registraties ouder dan de bewaartermijn; de aantallen blijven</source>
        <translation>Review and remove records older than the retention period; the counts stay</translation>
    </message>
    <message>
        <source>Oude consulten terugbrengen tot tellingen, met eerst een voorbeeld</source>
        <translation>Reduce old consultations to counts, with a preview first</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Locatie</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>La&amp;ptop</source>
        <translation>La&amp;ptop</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>O&amp;nderwerp</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <source>&amp;Hulp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Resultaat</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>&amp;Doorverwijzing</source>
        <translation>R&amp;eferral</translation>
    </message>
    <message>
        <source>W&amp;armte</source>
        <translation>&amp;Warmth</translation>
    </message>
    <message>
        <source>&amp;Notitie bevat</source>
        <translation>&amp;Note contains</translation>
    </message>
    <message>
        <source>Consulten uit de rapportage: {what}</source>
        <translation>Consultations from the report: {what}</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>1 consult</source>
        <translation>1 consultation</translation>
    </message>
    <message>
        <source>{n} consulten</source>
        <translation>{n} consultations</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>voedselbank</source>
        <translation>food bank</translation>
    </message>
    <message>
        <source>buurthuis</source>
        <translation>community centre</translation>
    </message>
    <message>
        <source>zorg en welzijn</source>
        <translation>care and welfare</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Nieuw wachtwoord met herstelcode</source>
        <translation>New passphrase with recovery code</translation>
    </message>
    <message>
        <source>Vraag de backoffice om de herstelcode van deze laptop (zij hebben daarvoor het bestand ido.sqlite3.key uit de gegevensmap nodig). Typ de code en kies een nieuw wachtwoord.</source>
        <translation>Ask the back office for this laptop&apos;s recovery code (they need the file ido.sqlite3.key from the data folder for it). Type the code and choose a new passphrase.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>De code van de backoffice, groepjes van vier</source>
        <translation>The back office&apos;s code, groups of four</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>8 tekens of meer, of een pincode van 6 cijfers of meer</source>
        <translation>8 characters or more, or a PIN of 6 digits or more</translation>
    </message>
    <message>
        <source>Herhaal het nieuwe wachtwoord</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Typ hetzelfde wachtwoord nog een keer</source>
        <translation>Type the same passphrase once more</translation>
    </message>
    <message>
        <source>&amp;Herstelcode:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>H&amp;erhaal:</source>
        <translation>R&amp;epeat:</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation>Set new passphrase</translation>
    </message>
    <message>
        <source>Controleer de code en stel het nieuwe wachtwoord in</source>
        <translation>Check the code and set the new passphrase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terug naar het ontgrendelscherm</source>
        <translation>Back to the unlock screen</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <source>Gegevens</source>
        <extracomment>Fields the form does not show as such: the code has its own line, ``retired`` its button.</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Vaste code; na opslaan niet meer te wijzigen</source>
        <translation>Fixed code; cannot be changed after saving</translation>
    </message>
    <message>
        <source>Het openbare algemene nummer, bijvoorbeeld 010 123 4567 of 14 010. Nog niet bekend? Gebruik 010 000 xxxx en vink &apos;voorlopig&apos; aan.</source>
        <translation>The public general number, for example 010 123 4567 or 14 010. Not known yet? Use 010 000 xxxx and tick &apos;placeholder&apos;.</translation>
    </message>
    <message>
        <source>Vier cijfers en twee letters, bijvoorbeeld 3011 AB</source>
        <translation>Four digits and two letters, for example 3011 AB</translation>
    </message>
    <message>
        <source>Begint met https://</source>
        <translation>Starts with https://</translation>
    </message>
    <message>
        <source>Zoekwoorden en synoniemen, gescheiden door komma&apos;s</source>
        <translation>Search words and synonyms, separated by commas</translation>
    </message>
    <message>
        <source>De organisaties waar dit onderwerp bij hoort; geen: bij elke organisatie</source>
        <translation>The organisations this topic belongs to; none: every organisation</translation>
    </message>
    <message>
        <source>{field} van het gekozen item</source>
        <translation>{field} of the chosen item</translation>
    </message>
    <message>
        <source>Openingstijden per dag</source>
        <translation>Opening hours per day</translation>
    </message>
    <message>
        <source>Bijvoorbeeld 9.00-17.00 of 9.00-12.00, 13.00-17.00; leeg is gesloten</source>
        <translation>For example 9.00-17.00 or 9.00-12.00, 13.00-17.00; empty is closed</translation>
    </message>
    <message>
        <source>Openingstijden {day}</source>
        <translation>Opening hours {day}</translation>
    </message>
    <message>
        <source>Openingstijden:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>leeg: gemaakt uit de naam</source>
        <translation>empty: made from the name</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source> (vervallen)</source>
        <translation> (retired)</translation>
    </message>
</context>
<context>
    <name>ReferenceImportDialog</name>
    <message>
        <source>{list} importeren uit {file}</source>
        <translation>Import {list} from {file}</translation>
    </message>
    <message>
        <source>Spreadsheet importeren</source>
        <translation>Import spreadsheet</translation>
    </message>
    <message>
        <source>De spreadsheet wordt gecontroleerd…</source>
        <translation>Checking the spreadsheet…</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wat de import verandert</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <source>Nieuw, gewijzigd en vervallen, per item</source>
        <translation>New, changed and retired, per item</translation>
    </message>
    <message>
        <source>Cellen die niet kloppen</source>
        <translation>Cells that are not right</translation>
    </message>
    <message>
        <source>Rij, kolom en wat er niet klopt, per cel</source>
        <translation>Row, column and what is wrong, per cell</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Wat klopt er niet</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De spreadsheet is gelijk aan de lijst: er verandert niets.</source>
        <translation>The spreadsheet equals the list: nothing changes.</translation>
    </message>
    <message>
        <source>Dit verandert er als u importeert. Controleer het en kies Importeren; tot dan verandert er niets.</source>
        <translation>This is what changes when you import. Check it and choose Import; until then nothing changes.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Vervalt (niet meer in de spreadsheet of &apos;Vervallen: ja&apos;)</source>
        <translation>Retired (no longer in the spreadsheet, or &apos;Vervallen: ja&apos;)</translation>
    </message>
    <message>
        <source>Weer in gebruik</source>
        <translation>Back in use</translation>
    </message>
    <message>
        <source>De volgorde van de lijst verandert.</source>
        <translation>The order of the list changes.</translation>
    </message>
    <message>
        <source>Ongewijzigd: {n}</source>
        <translation>Unchanged: {n}</translation>
    </message>
    <message>
        <source>Niet gebruikte kolommen: {columns}</source>
        <translation>Columns not used: {columns}</translation>
    </message>
    <message>
        <source>De spreadsheet is niet ingelezen: {n} cel(len) kloppen niet. Er is niets veranderd. Verbeter de cellen in de spreadsheet en importeer opnieuw.</source>
        <translation>The spreadsheet was not imported: {n} cell(s) are not right. Nothing was changed. Correct the cells in the spreadsheet and import again.</translation>
    </message>
</context>
<context>
    <name>ReferenceListEditor</name>
    <message>
        <source>Zoek op naam, code of andere gegevens</source>
        <translation>Search by name, code or other details</translation>
    </message>
    <message>
        <source>Zoeken in de lijst</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Ctrl+F: zoeken op elk woord van naam, code en gegevens</source>
        <translation>Ctrl+F: search for every word of name, code and details</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Toon alleen partners uit deze categorie.</source>
        <translation>Show only partners of this category.</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Toon items in gebruik, vervallen of allebei.</source>
        <translation>Show items in use, retired, or both.</translation>
    </message>
    <message>
        <source>In gebruik en vervallen</source>
        <translation>In use and retired</translation>
    </message>
    <message>
        <source>Alleen in gebruik</source>
        <translation>Only in use</translation>
    </message>
    <message>
        <source>Alleen vervallen</source>
        <translation>Only retired</translation>
    </message>
    <message>
        <source>Pijltjes: kiezen · Ctrl+Up/Down: verplaatsen · Alt+N: nieuw</source>
        <translation>Arrows: choose · Ctrl+Up/Down: move · Alt+N: new</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Een nieuw item toevoegen (Alt+N)</source>
        <translation>Add a new item (Alt+N)</translation>
    </message>
    <message>
        <source>Hoger in de lijst (Ctrl+Up)</source>
        <translation>Higher in the list (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Lager in de lijst (Ctrl+Down)</source>
        <translation>Lower in the list (Ctrl+Down)</translation>
    </message>
    <message>
        <source>De lijst als spreadsheet opslaan (.xlsx of .csv)</source>
        <translation>Save the list as a spreadsheet (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>Een bewerkte spreadsheet inlezen, eerst met een voorvertoning</source>
        <translation>Read an edited spreadsheet, with a preview first</translation>
    </message>
    <message>
        <source>Gegevens van het item</source>
        <translation>The item&apos;s details</translation>
    </message>
    <message>
        <source>Ctrl+S: opslaan · Esc: ongedaan maken</source>
        <translation>Ctrl+S: save · Esc: undo</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Op&amp;slaan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken (Esc)</source>
        <translation>&amp;Undo (Esc)</translation>
    </message>
    <message>
        <source>La&amp;ten vervallen</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>De wijzigingen opslaan (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen weggooien (Esc)</source>
        <translation>Discard unsaved changes (Esc)</translation>
    </message>
    <message>
        <source>Niet meer aanbieden; oude registraties houden het (Alt+T)</source>
        <translation>No longer offer it; old registrations keep it (Alt+T)</translation>
    </message>
    <message>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>{shown} van {total} getoond</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <source>Nieuw: {list}</source>
        <translation>New: {list}</translation>
    </message>
    <message>
        <source>Weer in gebr&amp;uik nemen</source>
        <translation>&amp;Reinstate</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Weer in gebruik</source>
        <translation>Back in use</translation>
    </message>
    <message>
        <source>Verplaatst</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>{what}: {label}. Lijst nu versie {version}; schrijf een nieuw configuratiebestand om de laptops bij te werken.</source>
        <translation>{what}: {label}. List now version {version}; write a new configuration file to update the laptops.</translation>
    </message>
    <message>
        <source>Ook aangepast: {codes}.</source>
        <translation>Also changed: {codes}.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Weggooien?</source>
        <translation>There are changes that have not been saved. Discard them?</translation>
    </message>
    <message>
        <source>Lijst opslaan als spreadsheet</source>
        <translation>Save list as spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Spreadsheet kiezen</source>
        <translation>Choose spreadsheet</translation>
    </message>
    <message>
        <source>Opgeslagen als {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Ingelezen: {added} nieuw, {changed} gewijzigd, {retired} vervallen. Schrijf een nieuw configuratiebestand om de laptops bij te werken.</source>
        <translation>Imported: {added} new, {changed} changed, {retired} retired. Write a new configuration file to update the laptops.</translation>
    </message>
</context>
<context>
    <name>ReferenceModel</name>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>✖ Vervallen</source>
        <translation>✖ Retired</translation>
    </message>
    <message>
        <source>✔ Centrale bibliotheek</source>
        <translation>✔ Central library</translation>
    </message>
    <message>
        <source>✔ In gebruik (voorlopig nummer)</source>
        <translation>✔ In use (placeholder number)</translation>
    </message>
    <message>
        <source>✔ In gebruik</source>
        <translation>✔ In use</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Referentiegegevens</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Lijsten</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>De lijsten die de laptops gebruiken</source>
        <translation>The lists the laptops use</translation>
    </message>
    <message>
        <source>Keuzelijsten</source>
        <translation>Choice lists</translation>
    </message>
    <message>
        <source>Keuzelijst</source>
        <translation>Choice list</translation>
    </message>
    <message>
        <source>Kies de keuzelijst om te bewerken</source>
        <translation>Choose the choice list to edit</translation>
    </message>
    <message>
        <source>Configuratie voor laptops</source>
        <translation>Configuration for laptops</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Cursus: {name}</source>
        <translation>Course: {name}</translation>
    </message>
    <message>
        <source>Categorie: {name}</source>
        <translation>Category: {name}</translation>
    </message>
    <message>
        <source>Doorverwijzing toevoegen</source>
        <translation>Add referral</translation>
    </message>
    <message>
        <source>Waarheen verwijs je door?</source>
        <translation>Where are you referring to?</translation>
    </message>
    <message>
        <source>&amp;Partner uit de sociale kaart</source>
        <translation>&amp;Partner from the partner directory</translation>
    </message>
    <message>
        <source>Alleen een &amp;categorie</source>
        <translation>&amp;Category only</translation>
    </message>
    <message>
        <source>C&amp;ursus</source>
        <translation>Co&amp;urse</translation>
    </message>
    <message>
        <source>Waarheen verwijs je door? Pijltjes kiezen.</source>
        <translation>Where do you refer to? Arrows choose.</translation>
    </message>
    <message>
        <source>Gevonden partners</source>
        <translation>Partners found</translation>
    </message>
    <message>
        <source>Partners die bij de zoektekst passen; pijltjes kiezen.</source>
        <translation>Partners matching the search; arrows choose.</translation>
    </message>
    <message>
        <source>Naam, soort hulp of onderwerp</source>
        <translation>Name, type of help or topic</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Typ om te filteren; pijltjes kiezen in de lijst; Enter voegt toe.</source>
        <translation>Type to filter; arrow keys choose in the list; Enter adds.</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Gegevens van de keuze</source>
        <translation>Details of the selection</translation>
    </message>
    <message>
        <source>Hoe warm is de doorverwijzing?</source>
        <translation>How warm is the referral?</translation>
    </message>
    <message>
        <source>Hoe warm was de overdracht? Pijltjes kiezen.</source>
        <translation>How warm was the handover? Arrows choose.</translation>
    </message>
    <message>
        <source>Toevoegen (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Voeg de doorverwijzing toe aan de vraag (Enter).</source>
        <translation>Add the referral to the question (Enter).</translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluit zonder doorverwijzing (Esc).</source>
        <translation>Close without a referral (Esc).</translation>
    </message>
    <message>
        <source>✖ Kies eerst een partner, categorie of cursus in de lijst.</source>
        <translation>✖ First choose a partner, category or course in the list.</translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Cursussen</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Niets gekozen.</source>
        <translation>Nothing chosen.</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
    <message>
        <source>onbekend (zie notities)</source>
        <translation>unknown (see notes)</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Helpt bij</source>
        <translation>Helps with</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Staafdiagram van de grootste groepen</source>
        <translation>Bar chart of the largest groups</translation>
    </message>
    <message>
        <source>Lijndiagram door de tijd</source>
        <translation>Line chart over time</translation>
    </message>
    <message>
        <source>Grafiek bij de rapporttabel; de tabel bevat dezelfde cijfers.</source>
        <translation>Chart for the report table; the table holds the same figures.</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Consulten</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>{what} per {grouping}</source>
        <translation>{what} by {grouping}</translation>
    </message>
    <message>
        <source>(grootste {n})</source>
        <translation>(largest {n})</translation>
    </message>
    <message>
        <source>Door de tijd</source>
        <translation>Over time</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Dubbelklik of Enter: toon de consulten van deze regel</source>
        <extracomment>True for the totals line (the proxy keeps it last).</extracomment>
        <translation>Double-click or Enter: show the consultations of this line</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Rapportages</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Samenvatting van het rapport</source>
        <translation>Summary of the report</translation>
    </message>
    <message>
        <source>Toelichting bij de tabel</source>
        <translation>Notes on the table</translation>
    </message>
    <message>
        <source>Rapporttabel</source>
        <translation>Report table</translation>
    </message>
    <message>
        <source>De cijfers van het rapport. Enter op een cel toont de consulten achter dat getal.</source>
        <translation>The figures of the report. Enter on a cell shows the consultations behind that number.</translation>
    </message>
    <message>
        <source>Tabel en grafieken</source>
        <translation>Table and charts</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>De periode van het rapport; kies Zelf kiezen om de data in te vullen.</source>
        <translation>The period of the report; choose Custom to enter the dates.</translation>
    </message>
    <message>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Vorige maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>Indeling {n}</source>
        <translation>Grouping {n}</translation>
    </message>
    <message>
        <source>Waarop de tabel wordt ingedeeld, bijvoorbeeld maand, locatie of organisatie.</source>
        <translation>What the table is split by, for example month, location or organisation.</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Tellen</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Tel consulten of vragen.</source>
        <translation>Count consultations or questions.</translation>
    </message>
    <message>
        <source>Consulten</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Maken</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Maken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Rapport maken (Ctrl+Enter)</source>
        <translation>Create the report (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Indeling</source>
        <translation>&amp;Grouping</translation>
    </message>
    <message>
        <source>Te&amp;llen</source>
        <translation>Cou&amp;nt</translation>
    </message>
    <message>
        <source>Datum van het rapport. Pijltjes veranderen de datum, Alt+Omlaag opent de kalender.</source>
        <translation>Date of the report. Arrows change the date, Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>Exporteren naar CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>Sla de tabel op als CSV-bestand.</source>
        <translation>Save the table as a CSV file.</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Sla de tabel op als Excel-bestand.</source>
        <translation>Save the table as an Excel file.</translation>
    </message>
    <message>
        <source>PD&amp;F…</source>
        <translation>PD&amp;F…</translation>
    </message>
    <message>
        <source>Exporteren naar PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Sla de tabel en grafieken op als PDF.</source>
        <translation>Save the table and charts as a PDF.</translation>
    </message>
    <message>
        <source>Kleine aantallen (&lt;5) worden in exports verborgen</source>
        <translation>Small counts (&lt;5) are hidden in exports</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Het kwartaal voor de kwartaalrapportage aan de gemeente.</source>
        <translation>The quarter for the municipal quarterly report.</translation>
    </message>
    <message>
        <source>K&amp;wartaalrapportage…</source>
        <translation>&amp;Quarterly report…</translation>
    </message>
    <message>
        <source>Kwartaalrapportage maken</source>
        <translation>Create the quarterly report</translation>
    </message>
    <message>
        <source>Maak de kwartaalrapportage voor de gemeente als PDF of Excel.</source>
        <translation>Make the municipal quarterly report as PDF or Excel.</translation>
    </message>
    <message>
        <source>De kwartaalrapportage voor de gemeente als PDF of Excel</source>
        <translation>The quarterly report for the municipality as PDF or Excel</translation>
    </message>
    <message>
        <source>Daar&amp;binnen</source>
        <translation>&amp;Within that</translation>
    </message>
    <message>
        <source>En daarbinn&amp;en</source>
        <translation>And within that, b&amp;y</translation>
    </message>
    <message>
        <source>&amp;Kwartaal</source>
        <translation>Q&amp;uarter</translation>
    </message>
    <message>
        <source>{n}e kwartaal {year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <source>Rapport maken…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Stoppen…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport opslaan</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf);;Excel-werkmap (*.xlsx)</source>
        <translation>PDF document (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Kwartaalrapportage opslaan</source>
        <translation>Save the quarterly report</translation>
    </message>
    <message>
        <source>Kwartaalrapportage maken…</source>
        <translation>Creating the quarterly report…</translation>
    </message>
    <message>
        <source>{period}: {n} consulten. Exacte aantallen, alleen voor intern gebruik.</source>
        <translation>{period}: {n} consultations. Exact counts, for internal use only.</translation>
    </message>
    <message>
        <source>Dubbelklik op een regel (of Enter) om de consulten ervan te zien.</source>
        <translation>Double-click a line (or press Enter) to see its consultations.</translation>
    </message>
    <message>
        <source>Een consult kan in meer groepen vallen (bijvoorbeeld een vraag over twee organisaties): de regels tellen dan op tot meer dan het totaal.</source>
        <translation>A consultation can fall into more than one group (for example a question about two organisations): the lines then add up to more than the total.</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Gestopt: er is niets gemaakt.</source>
        <translation>Stopped: nothing was made.</translation>
    </message>
    <message>
        <source>Deze regel telt consulten zonder vraag; die zijn niet apart te tonen.</source>
        <translation>This line counts consultations without a question; they cannot be shown separately.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Soort locatie</source>
        <translation>Kind of location</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation>Form of help</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Doorverwezen naar (categorie)</source>
        <translation>Referred to (category)</translation>
    </message>
    <message>
        <source>Soort doorverwijzing (koud of warm)</source>
        <translation>Kind of referral (cold or warm)</translation>
    </message>
    <message>
        <source>Onderliggend probleem</source>
        <translation>Underlying problem</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Taal van het gesprek</source>
        <translation>Language of the conversation</translation>
    </message>
    <message>
        <source>Uur van het spreekuur</source>
        <translation>Hour of the session</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Herhaalbezoek</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>Bij het IDO gekomen via</source>
        <translation>Found us via</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Consulten die ouder zijn dan de bewaartermijn worden teruggebracht tot tellingen: rapportages over die periode houden dezelfde totalen, maar de consulten zelf, hun vragen, doorverwijzingen en geschiedenis verdwijnen.</source>
        <translation>Consultations older than the retention period are reduced to counts: reports over that period keep the same totals, but the consultations themselves, their questions, referrals and history are removed.</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bewaartermijn in maanden</source>
        <translation>Retention period in months</translation>
    </message>
    <message>
        <source>Bezig met tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Wat er verdwijnt</source>
        <translation>What will be removed</translation>
    </message>
    <message>
        <source>Ik begrijp dat dit niet ongedaan kan worden</source>
        <translation>I understand that this cannot be undone</translation>
    </message>
    <message>
        <source>Bevestigen dat dit niet ongedaan kan worden</source>
        <translation>Confirm that this cannot be undone</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Terugbrengen tot tellingen</source>
        <translation>&amp;Reduce to counts</translation>
    </message>
    <message>
        <source>Terugbrengen tot tellingen</source>
        <translation>Reduce to counts</translation>
    </message>
    <message>
        <source>Be&amp;waartermijn</source>
        <translation>Retention &amp;period</translation>
    </message>
    <message>
        <source>Bezig met terugbrengen tot tellingen…</source>
        <translation>Reducing to counts…</translation>
    </message>
    <message>
        <source>Klaar: {n} consulten van vóór {day} zijn teruggebracht tot tellingen.</source>
        <translation>Done: {n} consultations from before {day} were reduced to counts.</translation>
    </message>
    <message>
        <source>Er is niets van vóór {day}; er verdwijnt niets.</source>
        <translation>There is nothing from before {day}; nothing will be removed.</translation>
    </message>
    <message>
        <source>Van vóór {day} verdwijnen {n} consulten met {q} vragen en {r} doorverwijzingen, {s} spreekuren en {h} versies uit de geschiedenis.</source>
        <translation>From before {day}, {n} consultations with {q} questions and {r} referrals, {s} consultation hours and {h} revisions from the history will be removed.</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Niets gevonden</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>Typ een paar letters; Tab of Enter kiest de bovenste treffer. Alt+Omlaag toont de hele lijst.</source>
        <translation>Type a few letters; Tab or Enter picks the top match. Alt+Down shows the whole list.</translation>
    </message>
    <message>
        <source>Geen keuze: deze tekst past bij niets in de lijst.</source>
        <translation>No choice: this text matches nothing in the list.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Spreekuur en tellers</source>
        <translation>Session and counters</translation>
    </message>
    <message>
        <source>Huidige locatie</source>
        <translation>Current location</translation>
    </message>
    <message>
        <source>Spreekuur sinds</source>
        <translation>Session since</translation>
    </message>
    <message>
        <source>Consulten vandaag</source>
        <translation>Consultations today</translation>
    </message>
    <message>
        <source>Spreekuur starten (Ctrl+Shift+S)</source>
        <translation>Start session (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Spreekuur starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Open een spreekuur om consulten te registreren (Ctrl+Shift+S).</source>
        <translation>Open a session to register consultations (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Spreekuur sluiten (Ctrl+Shift+E)</source>
        <translation>Close session (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Spreekuur sluiten</source>
        <translation>Close session</translation>
    </message>
    <message>
        <source>Sluit het spreekuur aan het eind van de dag (Ctrl+Shift+E).</source>
        <translation>Close the session at the end of the day (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Geen spreekuur geopend</source>
        <translation>No session open</translation>
    </message>
    <message>
        <source>Start een spreekuur om consulten te registreren.</source>
        <translation>Start a session to register consultations.</translation>
    </message>
    <message>
        <source>sinds {time} · medewerker {staff}</source>
        <translation>since {time} · staff member {staff}</translation>
    </message>
    <message>
        <source>{n} consulten vandaag</source>
        <translation>{n} consultations today</translation>
    </message>
    <message>
        <source>1 consult vandaag</source>
        <translation>1 consultation today</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
    <message>
        <source>▲ stijgend</source>
        <translation>▲ rising</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort knelpunt</source>
        <translation>Kind of bottleneck</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>3 maanden ervoor</source>
        <translation>3 months before</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Signalen in de gekozen periode</source>
        <translation>Signals in the chosen period</translation>
    </message>
    <message>
        <source>Signalen in de maand van de einddatum, tot en met die dag</source>
        <translation>Signals in the month of the end date, up to and including that day</translation>
    </message>
    <message>
        <source>Signalen in de drie volledige maanden daarvoor, oudste eerst</source>
        <translation>Signals in the three whole months before, oldest first</translation>
    </message>
    <message>
        <source>Stijgend: deze maand minstens 5 signalen en minstens anderhalf keer het gemiddelde van de drie maanden ervoor</source>
        <translation>Rising: at least 5 signals this month and at least one and a half times the average of the three months before</translation>
    </message>
    <message>
        <source>stijgend</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>{this} signalen deze maand; daarvoor {previous}</source>
        <translation>{this} signals this month; before that {previous}</translation>
    </message>
    <message>
        <source>Opnemen</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Alleen voor u: op het feedbackblad staat alleen de maand</source>
        <translation>For you only: the feedback sheet shows the month only</translation>
    </message>
    <message>
        <source>gekozen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>niet gekozen</source>
        <translation>not chosen</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signalen: waar lopen bezoekers vast?</source>
        <translation>Signals: where do visitors get stuck?</translation>
    </message>
    <message>
        <source>Per organisatie en soort knelpunt: hoe vaak medewerkers een signaal vastlegden. ▲ stijgend: in de maand van de einddatum minstens 5 signalen en minstens anderhalf keer het gemiddelde van de drie maanden ervoor.</source>
        <translation>By organisation and kind of bottleneck: how often staff recorded a signal. ▲ rising: in the month of the end date at least 5 signals and at least one and a half times the average of the three months before.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>De periode waarover de knelpunten worden geteld.</source>
        <translation>The period over which the bottlenecks are counted.</translation>
    </message>
    <message>
        <source>Deze maand tot nu</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <source>Vorige maand (volledig)</source>
        <translation>Last month (whole)</translation>
    </message>
    <message>
        <source>Laatste 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Zelf kiezen</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <source>Datum van de periode. Pijltjes veranderen de datum, Alt+Omlaag opent de kalender.</source>
        <translation>Date of the period. Arrows change the date, Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Peri&amp;ode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;t/m</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Trendmaand</source>
        <translation>Trend month</translation>
    </message>
    <message>
        <source>Signalen per organisatie en soort</source>
        <translation>Signals by organisation and kind</translation>
    </message>
    <message>
        <source>Een regel per organisatie en soort knelpunt, met het aantal en of het stijgt.</source>
        <translation>A line for each organisation and kind of bottleneck, with the count and whether it is rising.</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Grafiek: signalen per maand</source>
        <translation>Chart: signals by month</translation>
    </message>
    <message>
        <source>Het aantal signalen per maand voor de gekozen regel; de tabel bevat dezelfde cijfers.</source>
        <translation>The number of signals per month for the selected line; the table holds the same figures.</translation>
    </message>
    <message>
        <source>Feedbackblad</source>
        <translation>Feedback sheet</translation>
    </message>
    <message>
        <source>Voorbeeldnotities om op te nemen</source>
        <translation>Example notes to include</translation>
    </message>
    <message>
        <source>Vink met de spatiebalk de notities aan die op het feedbackblad komen.</source>
        <translation>Tick with Space the notes that go on the feedback sheet.</translation>
    </message>
    <message>
        <source>Gekozen voorbeelden</source>
        <translation>Chosen examples</translation>
    </message>
    <message>
        <source>Taal van het feedbackblad</source>
        <translation>Language of the feedback sheet</translation>
    </message>
    <message>
        <source>Nederlands of Engels voor het feedbackblad.</source>
        <translation>Dutch or English for the feedback sheet.</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>T&amp;aal:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>Feedbackblad &amp;PDF…</source>
        <translation>Feedback sheet &amp;PDF…</translation>
    </message>
    <message>
        <source>Feedbackblad als PDF opslaan</source>
        <translation>Save the feedback sheet as PDF</translation>
    </message>
    <message>
        <source>Sla het feedbackblad voor de partner op als PDF.</source>
        <translation>Save the feedback sheet for the partner as a PDF.</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>&amp;Excel…</translation>
    </message>
    <message>
        <source>Feedbackblad als Excel-bestand opslaan</source>
        <translation>Save the feedback sheet as an Excel file</translation>
    </message>
    <message>
        <source>Sla het feedbackblad voor de partner op als Excel-bestand.</source>
        <translation>Save the feedback sheet for the partner as an Excel file.</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>{n} signalen in {c} combinaties; {r} stijgend.</source>
        <translation>{n} signals in {c} combinations; {r} rising.</translation>
    </message>
    <message>
        <source>Geen signalen in deze periode.</source>
        <translation>No signals in this period.</translation>
    </message>
    <message>
        <source>Feedbackblad voor {organisation}</source>
        <translation>Feedback sheet for {organisation}</translation>
    </message>
    <message>
        <source>Kies een organisatie</source>
        <translation>Choose an organisation</translation>
    </message>
    <message>
        <source>{organisation}: signalen per maand, {first} – {last}</source>
        <translation>{organisation}: signals by month, {first} – {last}</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Per maand: alle soorten ({kind} tussen haakjes): {values}</source>
        <translation>By month: all kinds ({kind} in brackets): {values}</translation>
    </message>
    <message>
        <source>Geen bruikbare notities in deze periode; het blad komt zonder voorbeelden.</source>
        <translation>No usable notes in this period; the sheet will have no examples.</translation>
    </message>
    <message>
        <source>{chosen} van {total} notities gekozen (hoogstens {max}). Op het blad staan alleen maand en soort, geen datum.</source>
        <translation>{chosen} of {total} notes chosen (at most {max}). The sheet shows only the month and kind, no date.</translation>
    </message>
    <message>
        <source>Kies hoogstens {max} voorbeelden, zodat het blad kort blijft.</source>
        <translation>Choose at most {max} examples, so that the sheet stays short.</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Excel-bestand (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Feedbackblad opslaan</source>
        <translation>Save feedback sheet</translation>
    </message>
    <message>
        <source>Feedbackblad opgeslagen: {path}</source>
        <translation>Feedback sheet saved: {path}</translation>
    </message>
    <message>
        <source>Trend: {month} (t/m {day}) tegen {first} – {last}</source>
        <translation>Trend: {month} (up to day {day}) against {first} – {last}</translation>
    </message>
</context>
<context>
    <name>StartSpreekuurDialog</name>
    <message>
        <source>Spreekuur starten</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>De bibliotheek of pop-up-locatie waar het spreekuur is. Kies met de pijltjestoetsen.</source>
        <translation>The library or pop-up location of the session. Choose with the arrow keys.</translation>
    </message>
    <message>
        <source> (op locatie)</source>
        <translation> (pop-up location)</translation>
    </message>
    <message>
        <source>Medewerkerscode</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Uw medewerkerscode, bijvoorbeeld MW07; nooit uw naam. Enter start het spreekuur.</source>
        <translation>Your staff code, for example MW07; never your name. Enter starts the session.</translation>
    </message>
    <message>
        <source>bijvoorbeeld MW07</source>
        <translation>for example MW07</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Medewerkerscode:</source>
        <translation>Staff &amp;code:</translation>
    </message>
    <message>
        <source>Gebruik je medewerkerscode, niet je naam. Zo blijven de cijfers anoniem.</source>
        <translation>Use your staff code, not your name. That keeps the figures anonymous.</translation>
    </message>
    <message>
        <source>&amp;Start spreekuur</source>
        <translation>&amp;Start session</translation>
    </message>
    <message>
        <source>Start spreekuur</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Open het spreekuur met deze locatie en code.</source>
        <translation>Open the session with this location and code.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluit zonder een spreekuur te starten (Esc).</source>
        <translation>Close without starting a session (Esc).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Synchroniseren met de backoffice</source>
        <translation>Synchronise with the back office</translation>
    </message>
    <message>
        <source>Zet na het spreekuur de registraties op een USB-stick of in een map en breng die naar de backoffice. Lees daarna het ontvangstbewijs van de backoffice in.</source>
        <translation>After the session, put the registrations on a USB stick or in a folder and take it to the back office. Then read the back office&apos;s receipt.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Nog niet gekoppeld</source>
        <translation>Not paired yet</translation>
    </message>
    <message>
        <source>Gekoppeld met</source>
        <translation>Paired with</translation>
    </message>
    <message>
        <source>Nog niet verzonden</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Nog niet bevestigd</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Laatste synchronisatiebestand</source>
        <translation>Last sync file</translation>
    </message>
    <message>
        <source>Laatste ontvangstbewijs</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>Stand van de synchronisatie</source>
        <translation>Synchronisation status</translation>
    </message>
    <message>
        <source>Backoffice:</source>
        <translation>Back office:</translation>
    </message>
    <message>
        <source>Nog niet verzonden:</source>
        <translation>Not sent yet:</translation>
    </message>
    <message>
        <source>Nog niet bevestigd door de backoffice:</source>
        <translation>Not yet confirmed by the back office:</translation>
    </message>
    <message>
        <source>Laatste synchronisatiebestand:</source>
        <translation>Last sync file:</translation>
    </message>
    <message>
        <source>Laatste ontvangstbewijs:</source>
        <translation>Last receipt:</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren naar USB-stick of map…</source>
        <translation>&amp;Synchronise to USB stick or folder…</translation>
    </message>
    <message>
        <source>Synchroniseren naar USB-stick of map</source>
        <translation>Synchronise to USB stick or folder</translation>
    </message>
    <message>
        <source>Schrijf een synchronisatiebestand met alles wat de backoffice nog niet heeft</source>
        <translation>Write a sync file with everything the back office does not have yet</translation>
    </message>
    <message>
        <source>&amp;Ontvangstbewijs inlezen…</source>
        <translation>Read &amp;receipt…</translation>
    </message>
    <message>
        <source>Ontvangstbewijs inlezen</source>
        <translation>Read receipt</translation>
    </message>
    <message>
        <source>Lees het ontvangstbewijs (.idoreceipt) dat de backoffice heeft gemaakt</source>
        <translation>Read the receipt (.idoreceipt) the back office made</translation>
    </message>
    <message>
        <source>&amp;Koppelbestand inlezen…</source>
        <translation>Read &amp;pairing file…</translation>
    </message>
    <message>
        <source>Koppelbestand inlezen</source>
        <translation>Read pairing file</translation>
    </message>
    <message>
        <source>Lees het koppelbestand (.idopair) van de backoffice in</source>
        <translation>Read the back office&apos;s pairing file (.idopair)</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Bezig met</source>
        <translation>Working on</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>gekoppeld</source>
        <translation>paired</translation>
    </message>
    <message>
        <source>Deze laptop is nog niet gekoppeld aan een backoffice. Lees eerst het koppelbestand (.idopair) in dat u van de backoffice hebt gekregen.</source>
        <translation>This laptop is not paired with a back office yet. First read the pairing file (.idopair) you received from the back office.</translation>
    </message>
    <message>
        <source>nummer {sequence}, {time}</source>
        <translation>number {sequence}, {time}</translation>
    </message>
    <message>
        <source>nog niet geschreven</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <source>nog niet ingelezen</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>Kies de USB-stick of map voor het synchronisatiebestand</source>
        <translation>Choose the USB stick or folder for the sync file</translation>
    </message>
    <message>
        <source>Kies het ontvangstbewijs</source>
        <translation>Choose the receipt</translation>
    </message>
    <message>
        <source>IDO-ontvangstbewijs (*.idoreceipt)</source>
        <translation>IDO receipt (*.idoreceipt)</translation>
    </message>
    <message>
        <source>Kies het koppelbestand van de backoffice</source>
        <translation>Choose the back office&apos;s pairing file</translation>
    </message>
    <message>
        <source>IDO-koppelbestand (*.idopair)</source>
        <translation>IDO pairing file (*.idopair)</translation>
    </message>
    <message>
        <source>Op de USB-stick staat een nieuwe configuratie van de backoffice (versie {version}). Nu toepassen? De lijsten zijn dan meteen bijgewerkt; consulten die al zijn ingevoerd houden hun gegevens.</source>
        <translation>The USB stick holds a new configuration from the back office (version {version}). Apply it now? The lists are updated at once; consultations already entered keep their data.</translation>
    </message>
    <message>
        <source>Nieuwe configuratie</source>
        <translation>New configuration</translation>
    </message>
    <message>
        <source>Geen wijzigingen in de lijsten.</source>
        <translation>No changes to the lists.</translation>
    </message>
    <message>
        <source>Nu &amp;toepassen</source>
        <translation>&amp;Apply now</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Synchronisatiebestand schrijven en controleren…</source>
        <translation>Writing and checking the sync file…</translation>
    </message>
    <message>
        <source>Ontvangstbewijs controleren…</source>
        <translation>Checking the receipt…</translation>
    </message>
    <message>
        <source>Gekoppeld met backoffice “{name}” (configuratie versie {version}).</source>
        <translation>Paired with back office “{name}” (configuration version {version}).</translation>
    </message>
    <message>
        <source>Synchronisatiebestand {sequence} geschreven: {path} ({n} records)</source>
        <translation>Sync file {sequence} written: {path} ({n} records)</translation>
    </message>
    <message>
        <source>Configuratie toepassen…</source>
        <translation>Applying the configuration…</translation>
    </message>
    <message>
        <source>Configuratie versie {version} van de backoffice toegepast: de lijsten zijn bijgewerkt.</source>
        <translation>The back office&apos;s configuration version {version} was applied: the lists are updated.</translation>
    </message>
    <message>
        <source>Ontvangstbewijs ingelezen; {n} oude records opgeschoond. Nog {left} records wachten op bevestiging: synchroniseer opnieuw.</source>
        <translation>Receipt read; {n} old records cleaned up. {left} records still await confirmation: synchronise again.</translation>
    </message>
    <message>
        <source>Alles ontvangen door de backoffice; {n} oude records opgeschoond.</source>
        <translation>Everything received by the back office; {n} old records cleaned up.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>&lt; 10 min</source>
        <translation>&lt; 10 min</translation>
    </message>
    <message>
        <source>10–20 min</source>
        <translation>10–20 min</translation>
    </message>
    <message>
        <source>20–30 min</source>
        <translation>20–30 min</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 min</translation>
    </message>
    <message>
        <source>&gt; 60 min</source>
        <translation>&gt; 60 min</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Doorverw.</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Tijdstip van registreren</source>
        <translation>Time of registration</translation>
    </message>
    <message>
        <source>Dagdeel van het consult; met datum als het nagekomen is</source>
        <translation>Time of day of the consultation; with the date if it was recorded later</translation>
    </message>
    <message>
        <source>Aantal doorverwijzingen</source>
        <translation>Number of referrals</translation>
    </message>
    <message>
        <source>Duur van het consult</source>
        <translation>Duration of the consultation</translation>
    </message>
    <message>
        <source>Nagekomen registratie: consult van {date}</source>
        <translation>Late registration: consultation of {date}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Bewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Open het gekozen consult in het formulier (Enter)</source>
        <translation>Open the selected consultation in the form (Enter)</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verwijder het gekozen consult (Del)</source>
        <translation>Delete the selected consultation (Del)</translation>
    </message>
    <message>
        <source>Nog geen consulten vandaag. Registreer het eerste consult op het tabblad Registreren.</source>
        <translation>No consultations yet today. Register the first consultation on the Register tab.</translation>
    </message>
    <message>
        <source>Lege lijst</source>
        <translation>Empty list</translation>
    </message>
    <message>
        <source>Lijst van vandaag</source>
        <translation>Today&apos;s list</translation>
    </message>
    <message>
        <source>Lijst met knoppen</source>
        <translation>List with buttons</translation>
    </message>
    <message>
        <source>Lijst en cijfers</source>
        <translation>List and figures</translation>
    </message>
    <message>
        <source>Vandaag, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>Consulten van vandaag</source>
        <translation>Today&apos;s consultations</translation>
    </message>
    <message>
        <source>Een regel per consult van vandaag. Pijltjes kiezen, Enter bewerkt, Delete verwijdert.</source>
        <translation>A line for each consultation of today. Arrows choose, Enter edits, Delete removes.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Melding verwijderd</source>
        <translation>Deletion notice</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken (Ctrl+Z)</source>
        <translation>&amp;Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Zet het verwijderde consult terug (Ctrl+Z).</source>
        <translation>Bring back the removed consultation (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <source>Verberg deze melding; het consult blijft verwijderd.</source>
        <translation>Hide this message; the consultation stays removed.</translation>
    </message>
    <message>
        <source>Consult van {time} verwijderd.</source>
        <translation>Consultation of {time} deleted.</translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message>
        <source>Samenvatting van vandaag</source>
        <translation>Today&apos;s summary</translation>
    </message>
    <message>
        <source>Vandaag in cijfers</source>
        <translation>Today in figures</translation>
    </message>
    <message>
        <source>Consulten</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Per organisatie</source>
        <translation>By organisation</translation>
    </message>
    <message>
        <source>Per onderwerp</source>
        <translation>By topic</translation>
    </message>
    <message>
        <source>Bijschrift {caption}</source>
        <translation>Caption {caption}</translation>
    </message>
    <message>
        <source>Aantallen van vandaag, grootste eerst.</source>
        <translation>Today&apos;s counts, largest first.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Laptop inschrijven</source>
        <translation>Enrol laptop</translation>
    </message>
    <message>
        <source>Kies het bestand ido.pub van de laptop (de laptop toont het bij &apos;whoami&apos;) en geef de laptop een naam, bijvoorbeeld &apos;Laptop 03&apos;.</source>
        <translation>Choose the laptop&apos;s ido.pub file (the laptop shows it with &apos;whoami&apos;) and give the laptop a name, for example &apos;Laptop 03&apos;.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Sleutelbestand van de laptop</source>
        <translation>Key file of the laptop</translation>
    </message>
    <message>
        <source>ido.pub van de laptop</source>
        <translation>ido.pub of the laptop</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Sleutelbestand kiezen</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <source>Naam van de laptop</source>
        <translation>Name of the laptop</translation>
    </message>
    <message>
        <source>Laptop 03</source>
        <translation>Laptop 03</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Sleutelbestand:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Inschrijven</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies het sleutelbestand van de laptop</source>
        <translation>Choose the laptop&apos;s key file</translation>
    </message>
    <message>
        <source>Publieke sleutel (*.pub);;Alle bestanden (*)</source>
        <translation>Public key (*.pub);;All files (*)</translation>
    </message>
    <message>
        <source>Kies eerst het sleutelbestand (ido.pub) van de laptop.</source>
        <translation>First choose the laptop&apos;s key file (ido.pub).</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>IDO Desktop — ontgrendelen</source>
        <translation>IDO Desktop — unlock</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>IDO Desktop is vergrendeld</source>
        <translation>IDO Desktop is locked</translation>
    </message>
    <message>
        <source>De gegevens op deze laptop zijn versleuteld. Kies een wachtwoord (8 tekens of meer) of een pincode (6 cijfers of meer) en onthoud het goed.</source>
        <translation>The data on this laptop is encrypted. Choose a passphrase (8 characters or more) or a PIN (6 digits or more) and remember it well.</translation>
    </message>
    <message>
        <source>Typ uw wachtwoord of pincode om verder te werken.</source>
        <translation>Type your passphrase or PIN to carry on.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Uw wachtwoord of pincode; Enter ontgrendelt</source>
        <translation>Your passphrase or PIN; Enter unlocks</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Typ hetzelfde wachtwoord nog een keer</source>
        <translation>Type the same passphrase once more</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Herhaal:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Wachtwoord instellen</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Controleer het wachtwoord en ga verder waar u was</source>
        <translation>Check the passphrase and carry on where you were</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;vergeten…</source>
        <translation>&amp;Forgot passphrase…</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten</source>
        <translation>Forgot passphrase</translation>
    </message>
    <message>
        <source>Kies een nieuw wachtwoord met de herstelcode van de backoffice</source>
        <translation>Choose a new passphrase with the back office&apos;s recovery code</translation>
    </message>
    <message>
        <source>De gegevens worden geopend met het wachtwoord dat bij het starten is gegeven.</source>
        <translation>Opening the data with the passphrase given at start.</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Wacht nog {n} s</source>
        <translation>Wait {n} s</translation>
    </message>
</context>
<context>
    <name>_QuestionBox</name>
    <message>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Het resultaat van deze vraag.</source>
        <translation>The result of this question.</translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation>Form of help</translation>
    </message>
    <message>
        <source>Vorm van hulp bij deze vraag; spatie zet het aan of uit.</source>
        <translation>Form of help for this question; Space toggles it.</translation>
    </message>
    <message>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Onderwerp:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Resultaat:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Vorm van hulp:</source>
        <translation>Form of help:</translation>
    </message>
</context>
<context>
    <name>_SuggestionList</name>
    <message>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Passende keuzes voor de getypte tekst; pijltjes verplaatsen de markering, Tab of Enter kiest.</source>
        <translation>Choices matching the typed text; arrows move the highlight, Tab or Enter picks.</translation>
    </message>
</context>
</TS>
