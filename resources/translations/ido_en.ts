<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ConsultForm</name>
    <message>
        <source>Consult registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wissel van vraag met Ctrl+PgDn en Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen van de bezoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag toevoegen (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een vraag van dezelfde bezoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vraag verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag, of eerder voor consulten van papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagd&amp;eel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgt de klok tot je zelf een duur kiest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur van het bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ka&amp;naal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gevonden via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;aal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herhaalbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaalbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mens bezoeker gehandeld
(met toestemming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namens bezoeker gehandeld met toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter slaat op vanuit elk veld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi&amp;ssen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulier wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles leegmaken voor een nieuwe bezoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan en klaar voor de volgende bezoeker (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan en &amp;volgende (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan en volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie &amp;vastleggen (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (correctie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult opgeslagen (nr. {n} vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat je hebt ingevuld gaat verloren. Wissen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag {n} verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag {n}, notitie:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ochtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korter dan 10 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 tot 20 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 tot 30 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 tot 60 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langer dan 60 minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inloop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen initiatief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via de bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via een instantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via een maatschappelijke partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via familie of bekenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via de locatiepartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jonger dan 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 tot en met 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>27 tot en met 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 tot en met 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 tot en met 74</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 of ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal niet vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met tolk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koud (informatie gegeven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm contact (samen gebeld of afspraak gemaakt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warme overdracht (met toestemming overgedragen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit lijkt een burgerservicenummer (BSN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit lijkt een bankrekeningnummer (IBAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit lijkt een e-mailadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit lijkt een telefoonnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit lijkt een (geboorte)datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De notitie is langer dan 200 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities zijn anoniem: schrijf geen naam, BSN, rekeningnummer, e-mailadres, telefoonnummer of geboortedatum op. Haal het gemarkeerde deel weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiD-detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderliggende problemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort knelpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie van het knelpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerkerscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul &apos;{field}&apos; in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; heeft een onbekende waarde. Kies een waarde uit de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg minstens één vraag toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst. Kies vandaag of een eerdere dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum is meer dan {days} dagen geleden. Oudere consulten voert de backoffice in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een DigiD-detail hoort alleen bij het onderwerp DigiD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies bij de doorverwijzing een partner, categorie of cursus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul je medewerkerscode in, bijvoorbeeld MW07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een medewerkerscode is kort, met letters en cijfers, bijvoorbeeld MW07. Gebruik geen naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen spreekuur geopend. Start eerst een spreekuur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is al een spreekuur geopend. Sluit dat eerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit consult bestaat niet meer. Ververs de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis ({code}). Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IDO Desktop — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreren (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociale kaart (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen spreekuur geopend.
Start een spreekuur om consulten te registreren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur starten (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur &amp;starten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur s&amp;luiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over IDO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur sluiten? Vandaag zijn {n} consulten geregistreerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: het formulier bevat nog een consult dat niet is opgeslagen. Dat gaat verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start eerst een spreekuur om een consult te bewerken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe taal wordt gebruikt zodra u IDO Desktop opnieuw start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over IDO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDO Desktop {version}
Registratie voor het Informatiepunt Digitale Overheid.
Apparaat: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het formulier bevat een consult dat nog niet is opgeslagen. Toch afsluiten?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <source>Gegevens van de partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing voorbeeldnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopieer telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieer telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieer het telefoonnummer (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieermelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpt met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een partner in de lijst om de gegevens te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen partner gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen nummer bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekopieerd naar het klembord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>(voorbeeldnummer — echte nummer nog invullen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpt met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in de sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op naam, categorie of waarmee ze helpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F: zoeken · pijltjes: kiezen · Enter: gegevens bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categorie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal gevonden partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* voorbeeldnummer — echte nummer nog invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg sterretje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van de partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst en gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partner gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partners gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen partners gevonden. Probeer een ander woord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Geen organisatie gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ een deel van de naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ een paar letters en druk op Tab om de bovenste treffer te kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ E&amp;xtra organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een tweede organisatie toevoegen (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra organisatie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen onderwerp gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ een deel van het onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerpen van de gekozen organisatie staan bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onder&amp;werp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiD-detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen bij het onderwerp DigiD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiD-deta&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm van hulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toets de onderstreepte letter om aan of uit te vinken; pijltjes en spatie werken ook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm van hul&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een resultaat (beginletter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toets de beginletter: O, D, N of V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderliggende problemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optioneel. Toets de beginletter; bij twee dezelfde letters verplaatst de letter de markering en zet de spatie aan of uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderliggende
pro&amp;blemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen knelpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optioneel: meld een knelpunt terug aan de organisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie van het knelpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bi&amp;j organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knelpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort en zonder persoonsgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogstens 200 tekens. Geen naam, BSN, rekeningnummer, e-mailadres, telefoonnummer of geboortedatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal tekens van de notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing bij de notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert voegt een doorverwijzing toe, Delete haalt de gekozen weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwij&amp;zing toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwijzing toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Z, of Insert in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwijzing weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Cursus: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwijzing toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarheen verwijs je door?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner uit de sociale kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen een &amp;categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, soort hulp of onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ om te filteren; pijltjes kiezen in de lijst; Enter voegt toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van de keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe warm is de doorverwijzing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Kies eerst een partner, categorie of cursus in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend (zie notities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpt bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Niets gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen keuze: deze tekst past bij niets in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Spreekuur en tellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulten vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur starten (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur sluiten (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreekuur sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen spreekuur geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start een spreekuur om consulten te registreren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds {time} · medewerker {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} consulten vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 consult vandaag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSpreekuurDialog</name>
    <message>
        <source>Spreekuur starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (op locatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medewerkerscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld MW07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medewerkerscode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik je medewerkerscode, niet je naam. Zo blijven de cijfers anoniem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start spreekuur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>&lt; 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10–20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdstip van registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagdeel van het consult; met datum als het nagekomen is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal doorverwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duur van het consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagekomen registratie: consult van {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open het gekozen consult in het formulier (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijder het gekozen consult (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen consulten vandaag. Registreer het eerste consult op het tabblad Registreren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulten van vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult van {time} verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message>
        <source>Samenvatting van vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag in cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorverwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijschrift {caption}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SuggestionList</name>
    <message>
        <source>Suggesties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
