<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a German news article (text, Markdown or HTML)</source>
        <translation>Einen deutschen Nachrichtenartikel öffnen (Text, Markdown oder HTML)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Beispiel&amp;artikel öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample article</source>
        <translation>Den mitgelieferten Beispielartikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the article again and extract anew</source>
        <translation>Den Artikel erneut einlesen und neu auswerten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger article text</source>
        <translation>Artikeltext größer</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller article text</source>
        <translation>Artikeltext kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Article text at normal size</source>
        <translation>Artikeltext in normaler Größe</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>Zeitleiste &amp;einpassen</translation>
    </message>
    <message>
        <source>Show all events on the timeline</source>
        <translation>Alle Ereignisse auf der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>Select the event before this one in time</source>
        <translation>Das zeitlich vorhergehende Ereignis auswählen</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <source>Select the event after this one in time</source>
        <translation>Das zeitlich folgende Ereignis auswählen</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Clear the entity filter, then the selected event</source>
        <translation>Erst den Entitätenfilter leeren, dann die Ereignisauswahl aufheben</translation>
    </message>
    <message>
        <source>&amp;Find Entity</source>
        <translation>Entität &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the entity list</source>
        <translation>Die Entitätenliste filtern</translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation>Über &amp;Lagebild</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>given on the command line or edited here</source>
        <translation>auf der Kommandozeile angegeben oder hier bearbeitet</translation>
    </message>
    <message>
        <source>from the sidecar file (.meta.json)</source>
        <translation>aus der Begleitdatei (.meta.json)</translation>
    </message>
    <message>
        <source>from the web page&apos;s metadata</source>
        <translation>aus den Metadaten der Webseite</translation>
    </message>
    <message>
        <source>from the article&apos;s dateline</source>
        <translation>aus der Ortsmarke des Artikels</translation>
    </message>
    <message>
        <source>Publication date: relative dates are resolved against it.</source>
        <translation>Veröffentlichungsdatum: Relative Datumsangaben werden darauf bezogen.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No publication date: relative dates such as “today” stay unplaced. Set it here.</source>
        <translation>Kein Veröffentlichungsdatum: Relative Angaben wie „heute“ bleiben ohne Datum. Hier festlegen.</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>No article open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
        <source>No entity matches the filter.</source>
        <translation>Keine Entität passt zum Filter.</translation>
    </message>
    <message>
        <source>No entities found in this article.</source>
        <translation>In diesem Artikel wurden keine Entitäten gefunden.</translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation>Entitäten filtern…</translation>
    </message>
    <message>
        <source>Type part of a name; case and umlauts do not matter</source>
        <translation>Teil eines Namens eingeben; Groß-/Kleinschreibung und Umlaute spielen keine Rolle</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By mentions</source>
        <translation>Nach Erwähnungen</translation>
    </message>
    <message>
        <source>By events</source>
        <translation>Nach Ereignissen</translation>
    </message>
    <message>
        <source>Sort entities</source>
        <translation>Entitäten sortieren</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Mentions by name (derived forms such as adjectives are not counted)</source>
        <translation>Namentliche Erwähnungen (abgeleitete Formen wie Adjektive zählen nicht)</translation>
    </message>
    <message>
        <source>Dated events the entity takes part in</source>
        <translation>Datierte Ereignisse, an denen die Entität beteiligt ist</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>Erwähnungen: %1</translation>
    </message>
    <message>
        <source>Derived forms (not counted): %1</source>
        <translation>Abgeleitete Formen (nicht gezählt): %1</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>Quellsatz</translation>
    </message>
</context>
<context>
    <name>ExtractionRunner</name>
    <message>
        <source>Unexpected error while reading the article: {0}</source>
        <translation>Unerwarteter Fehler beim Lesen des Artikels: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>Re-anchoring dates…</source>
        <translation>Datumsangaben werden neu verankert…</translation>
    </message>
</context>
</TS>
