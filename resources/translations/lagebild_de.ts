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
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Show the briefing full screen, one event at a time (Esc ends)</source>
        <translation>Das Lagebild im Vollbild zeigen, ein Ereignis nach dem anderen (Esc beendet)</translation>
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
    <name>Crash</name>
    <message>
        <source>Lagebild ran into an unexpected error.</source>
        <translation>Lagebild ist auf einen unerwarteten Fehler gestoßen.</translation>
    </message>
    <message>
        <source>You can keep working, but the window may not be reliable. Details follow.</source>
        <translation>Sie können weiterarbeiten, aber das Fenster arbeitet womöglich nicht mehr zuverlässig. Einzelheiten folgen.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
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
    <name>EventSlide</name>
    <message>
        <source>Event {0} of {1}</source>
        <translation>Ereignis {0} von {1}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>Reliability of the source and credibility of the information</source>
        <translation>Zuverlässigkeit der Quelle und Glaubwürdigkeit der Information</translation>
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
    <name>Export</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Bitte zuerst einen Artikel öffnen.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export to {0}: {1}</source>
        <translation>Export nach {0} nicht möglich: {1}</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;PDF Handout…</source>
        <translation>&amp;PDF-Handout…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Power&amp;Point…</source>
        <translation>Power&amp;Point…</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>Timeline as P&amp;NG…</source>
        <translation>Zeitleiste als P&amp;NG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Timeline as &amp;SVG…</source>
        <translation>Zeitleiste als &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Events as &amp;CSV…</source>
        <translation>Ereignisse als &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Events as &amp;Markdown…</source>
        <translation>Ereignisse als &amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown-Dokumente (*.md)</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>vollkommen zuverlässig</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>in der Regel zuverlässig</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>in der Regel nicht zuverlässig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>durch andere Quellen bestätigt</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>wahrscheinlich zutreffend</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>möglicherweise zutreffend</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>Wahrheitsgehalt nicht beurteilbar</translation>
    </message>
    <message>
        <source>People</source>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Published {0}</source>
        <translation>Veröffentlicht {0}</translation>
    </message>
    <message>
        <source>Prepared {0}</source>
        <translation>Erstellt {0}</translation>
    </message>
    <message>
        <source>Events, dates and names were extracted automatically by Lagebild {0}. Check every statement against its source before relying on it.</source>
        <translation>Ereignisse, Daten und Namen wurden von Lagebild {0} automatisch extrahiert. Jede Aussage vor der Verwendung an ihrer Quelle prüfen.</translation>
    </message>
    <message>
        <source>Situation picture from open sources</source>
        <translation>Lagebild aus offenen Quellen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>on the timeline</source>
        <translation>auf der Zeitleiste</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events in date order</source>
        <translation>Ereignisse in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>Index of entities</source>
        <translation>Register der Entitäten</translation>
    </message>
    <message>
        <source>Each event on its date; the dashed line marks the publication day ({0}).</source>
        <translation>Jedes Ereignis an seinem Datum; die gestrichelte Linie markiert den Tag der Veröffentlichung ({0}).</translation>
    </message>
    <message>
        <source>Each event on its date.</source>
        <translation>Jedes Ereignis an seinem Datum.</translation>
    </message>
    <message>
        <source>◆ a day</source>
        <translation>◆ ein Tag</translation>
    </message>
    <message>
        <source>▬ a month, year or span</source>
        <translation>▬ ein Monat, Jahr oder Zeitraum</translation>
    </message>
    <message>
        <source>fading band: a vague reference (earlier, currently, in future)</source>
        <translation>verblassendes Band: eine vage Angabe (früher, derzeit, künftig)</translation>
    </message>
    <message>
        <source>1 event without a date to place is listed with the events only.</source>
        <translation>1 Ereignis ohne einordenbares Datum steht nur in der Ereignisliste.</translation>
    </message>
    <message>
        <source>{0} events without a date to place are listed with the events only.</source>
        <translation>{0} Ereignisse ohne einordenbares Datum stehen nur in der Ereignisliste.</translation>
    </message>
    <message>
        <source>Who and what the article names, with the numbers of the events they take part in.</source>
        <translation>Wen und was der Artikel nennt, mit den Nummern der Ereignisse, an denen sie beteiligt sind.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <source>BRIEFING</source>
        <translation>LAGEBILD</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation>{0} Ereignisse</translation>
    </message>
    <message>
        <source>Event {0} of {1}</source>
        <translation>Ereignis {0} von {1}</translation>
    </message>
    <message>
        <source>+ {0} more</source>
        <translation>+ {0} weitere</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
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
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The sample article is missing from this installation.</source>
        <translation>Der Beispielartikel fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>Could not open the article: {0}</source>
        <translation>Der Artikel konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <source>About Lagebild</source>
        <translation>Über Lagebild</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lagebild {0}&lt;/h3&gt;&lt;p&gt;A briefing viewer for German-language news: dated events, people, organisations and places, linked to the sentences that support them.&lt;/p&gt;&lt;p&gt;Everything runs offline. Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lagebild {0}&lt;/h3&gt;&lt;p&gt;Ein Lagebild-Betrachter für deutschsprachige Nachrichten: datierte Ereignisse, Personen, Organisationen und Orte, verknüpft mit den Sätzen, die sie belegen.&lt;/p&gt;&lt;p&gt;Alles läuft offline. Lizenziert unter der GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Open a German news article with File ▸ Open (Ctrl+O), or drop a file here.</source>
        <translation>Öffnen Sie einen deutschen Nachrichtenartikel über Datei ▸ Öffnen (Strg+O) oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Showing the events of &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Angezeigt: Ereignisse mit &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show All (Esc)</source>
        <translation>Alle zeigen (Esc)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Go to event {0}</source>
        <translation>Gehe zu Ereignis {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Lagebild</translation>
    </message>
    <message>
        <source>Published {0}</source>
        <translation>Veröffentlicht {0}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reliability {0}</source>
        <translation>Bewertung {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>Overview: {0}</source>
        <translation>Überblick: {0}</translation>
    </message>
    <message>
        <source>Summary: the whole timeline</source>
        <translation>Zusammenfassung: die ganze Zeitleiste</translation>
    </message>
    <message>
        <source>Presentation – {0}</source>
        <translation>Präsentation – {0}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>End of the presentation</source>
        <translation>Ende der Präsentation</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
    </message>
    <message>
        <source>Running for {0}</source>
        <translation>Läuft seit {0}</translation>
    </message>
    <message>
        <source>Presenter View – Lagebild</source>
        <translation>Referentenansicht – Lagebild</translation>
    </message>
    <message>
        <source>Now showing</source>
        <translation>Jetzt zu sehen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Splitting sentences…</source>
        <translation>Sätze werden getrennt…</translation>
    </message>
    <message>
        <source>Finding dates…</source>
        <translation>Datumsangaben werden gesucht…</translation>
    </message>
    <message>
        <source>Finding people, organisations and places…</source>
        <translation>Personen, Organisationen und Orte werden gesucht…</translation>
    </message>
    <message>
        <source>Finding events…</source>
        <translation>Ereignisse werden gesucht…</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Published {date}</source>
        <translation>Veröffentlicht {date}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ohne Zuordnung</translation>
    </message>
</context>
</TS>
