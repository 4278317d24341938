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
        <source>&amp;New Briefing</source>
        <translation>&amp;Neues Briefing</translation>
    </message>
    <message>
        <source>Start an empty briefing</source>
        <translation>Ein leeres Briefing beginnen</translation>
    </message>
    <message>
        <source>Open a briefing (.lagebild) or a German news article (text, Markdown or HTML)</source>
        <translation>Ein Briefing (.lagebild) oder einen deutschen Nachrichtenartikel (Text, Markdown oder HTML) öffnen</translation>
    </message>
    <message>
        <source>&amp;Add Articles…</source>
        <translation>Artikel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add one or several articles to this briefing</source>
        <translation>Einen oder mehrere Artikel zu diesem Briefing hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add every article in a folder to this briefing</source>
        <translation>Alle Artikel eines Ordners zu diesem Briefing hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the briefing (later changes are saved automatically)</source>
        <translation>Das Briefing speichern (spätere Änderungen werden automatisch gespeichert)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the briefing in a new file</source>
        <translation>Das Briefing in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Import Briefing from JSON…</source>
        <translation>Briefing aus JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a briefing exported as JSON</source>
        <translation>Ein als JSON exportiertes Briefing öffnen</translation>
    </message>
    <message>
        <source>Export Briefing as &amp;JSON…</source>
        <translation>Briefing als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Write the whole briefing with corrections as JSON for other tools</source>
        <translation>Das gesamte Briefing samt Korrekturen als JSON für andere Programme speichern</translation>
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
        <translation>Neu &amp;laden</translation>
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
        <source>Change &amp;Date…</source>
        <translation>&amp;Datum ändern…</translation>
    </message>
    <message>
        <source>Give the selected event another date</source>
        <translation>Dem ausgewählten Ereignis ein anderes Datum geben</translation>
    </message>
    <message>
        <source>Re&amp;name Event…</source>
        <translation>Ereignis &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected event another label</source>
        <translation>Dem ausgewählten Ereignis eine andere Bezeichnung geben</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>Eine Notiz zum ausgewählten Ereignis schreiben</translation>
    </message>
    <message>
        <source>&amp;Hide Event</source>
        <translation>Ereignis &amp;ausblenden</translation>
    </message>
    <message>
        <source>Leave the selected event out of the briefing</source>
        <translation>Das ausgewählte Ereignis im Briefing ausblenden</translation>
    </message>
    <message>
        <source>Show Hidden E&amp;vent…</source>
        <translation>Ausgeblendetes Ereignis &amp;wieder zeigen…</translation>
    </message>
    <message>
        <source>Bring back an event left out of the briefing, also one hidden in an earlier session</source>
        <translation>Ein ausgeblendetes Ereignis wieder ins Briefing holen, auch eines aus einer früheren Sitzung</translation>
    </message>
    <message>
        <source>Add &amp;Event from Sentence…</source>
        <translation>&amp;Ereignis aus Satz hinzufügen…</translation>
    </message>
    <message>
        <source>Add an event supported by the selected text or the sentence at the cursor</source>
        <translation>Ein Ereignis hinzufügen, das der markierte Text oder der Satz an der Cursorposition belegt</translation>
    </message>
    <message>
        <source>Rename En&amp;tity…</source>
        <translation>En&amp;tität umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected entity another name</source>
        <translation>Der ausgewählten Entität einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Change Entity T&amp;ype…</source>
        <translation>Entitätst&amp;yp ändern…</translation>
    </message>
    <message>
        <source>Make the selected entity a person, organisation, place or other</source>
        <translation>Die ausgewählte Entität als Person, Organisation, Ort oder Sonstiges einordnen</translation>
    </message>
    <message>
        <source>&amp;Merge Entity…</source>
        <translation>Entität &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>The selected entity is the same as another one</source>
        <translation>Die ausgewählte Entität ist identisch mit einer anderen</translation>
    </message>
    <message>
        <source>S&amp;plit Entity…</source>
        <translation>Entität au&amp;fteilen…</translation>
    </message>
    <message>
        <source>Some mentions of the selected entity name someone else</source>
        <translation>Einige Erwähnungen der ausgewählten Entität meinen jemand anderen</translation>
    </message>
    <message>
        <source>Set &amp;Reliability…</source>
        <translation>Zuverlässigkeit &amp;bewerten…</translation>
    </message>
    <message>
        <source>Grade the shown article&apos;s source and information (A1 … F6)</source>
        <translation>Quelle und Information des angezeigten Artikels bewerten (A1 … F6)</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Take the shown article out of the briefing</source>
        <translation>Den angezeigten Artikel aus dem Briefing entfernen</translation>
    </message>
    <message>
        <source>Briefing &amp;Title…</source>
        <translation>Briefing-Tite&amp;l…</translation>
    </message>
    <message>
        <source>Give the briefing a title</source>
        <translation>Dem Briefing einen Titel geben</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>In Artikeln &amp;suchen</translation>
    </message>
    <message>
        <source>Full-text search in every article of the briefing</source>
        <translation>Volltextsuche in allen Artikeln des Briefings</translation>
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
    <name>ArticleListModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Published {0}</source>
        <translation>Veröffentlicht {0}</translation>
    </message>
    <message>
        <source>Reliability {0}</source>
        <translation>Bewertung {0}</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <source>Set &amp;Reliability…</source>
        <translation>Zuverlässigkeit &amp;bewerten…</translation>
    </message>
    <message>
        <source>&amp;Remove from Briefing</source>
        <translation>Aus dem Briefing &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>BriefingEditor</name>
    <message>
        <source>Change Date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Date of „{0}“:</source>
        <translation>Datum von „{0}“:</translation>
    </message>
    <message>
        <source>Change Date of „{0}“</source>
        <translation>Datum von „{0}“ ändern</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>An event needs a label.</source>
        <translation>Ein Ereignis braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Rename Event „{0}“</source>
        <translation>Ereignis in „{0}“ umbenennen</translation>
    </message>
    <message>
        <source>Hide Event „{0}“</source>
        <translation>Ereignis „{0}“ ausblenden</translation>
    </message>
    <message>
        <source>No event is hidden.</source>
        <translation>Kein Ereignis ist ausgeblendet.</translation>
    </message>
    <message>
        <source>All hidden events ({0})</source>
        <translation>Alle ausgeblendeten Ereignisse ({0})</translation>
    </message>
    <message>
        <source>Show Hidden Event</source>
        <translation>Ausgeblendetes Ereignis zeigen</translation>
    </message>
    <message>
        <source>Show again:</source>
        <translation>Wieder zeigen:</translation>
    </message>
    <message>
        <source>Show Event „{0}“ Again</source>
        <translation>Ereignis „{0}“ wieder zeigen</translation>
    </message>
    <message>
        <source>Show {0} Hidden Events Again</source>
        <translation>{0} ausgeblendete Ereignisse wieder zeigen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on „{0}“:</source>
        <translation>Notiz zu „{0}“:</translation>
    </message>
    <message>
        <source>Note on „{0}“</source>
        <translation>Notiz zu „{0}“</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Label for the event in
„{0}“:</source>
        <translation>Bezeichnung des Ereignisses in
„{0}“:</translation>
    </message>
    <message>
        <source>An event was already added on this passage.</source>
        <translation>Zu dieser Textstelle wurde bereits ein Ereignis hinzugefügt.</translation>
    </message>
    <message>
        <source>Add Event „{0}“</source>
        <translation>Ereignis „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Eine Entität braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename „{0}“ to „{1}“</source>
        <translation>„{0}“ in „{1}“ umbenennen</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Type of „{0}“:</source>
        <translation>Typ von „{0}“:</translation>
    </message>
    <message>
        <source>Change Type of „{0}“</source>
        <translation>Typ von „{0}“ ändern</translation>
    </message>
    <message>
        <source>There is no other entity to merge with.</source>
        <translation>Es gibt keine andere Entität zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>„{0}“ is the same as:</source>
        <translation>„{0}“ ist identisch mit:</translation>
    </message>
    <message>
        <source>Merge „{0}“ into „{1}“</source>
        <translation>„{0}“ mit „{1}“ zusammenführen</translation>
    </message>
    <message>
        <source>The selected entity does not appear in the shown article.</source>
        <translation>Die ausgewählte Entität kommt im angezeigten Artikel nicht vor.</translation>
    </message>
    <message>
        <source>Choose at least one mention to split off.</source>
        <translation>Bitte mindestens eine Erwähnung zum Abtrennen auswählen.</translation>
    </message>
    <message>
        <source>Keep at least one mention: the rest becomes a new entity.</source>
        <translation>Mindestens eine Erwähnung muss bleiben: Die ausgewählten werden zu einer neuen Entität.</translation>
    </message>
    <message>
        <source>Split „{0}“</source>
        <translation>„{0}“ aufteilen</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Grade of „{0}“
(source A reliable … F cannot be judged; information 1 confirmed … 6 cannot be judged):</source>
        <translation>Bewertung von „{0}“
(Quelle A zuverlässig … F nicht beurteilbar; Information 1 bestätigt … 6 nicht beurteilbar):</translation>
    </message>
    <message>
        <source>Grade „{0}“ {1}</source>
        <translation>„{0}“ mit {1} bewerten</translation>
    </message>
    <message>
        <source>Remove „{0}“</source>
        <translation>„{0}“ entfernen</translation>
    </message>
    <message>
        <source>Briefing Title</source>
        <translation>Titel des Briefings</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Rename Briefing</source>
        <translation>Briefing umbenennen</translation>
    </message>
    <message>
        <source>Cannot Apply</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Split Entity</source>
        <translation>Entität aufteilen</translation>
    </message>
    <message>
        <source>Which mentions of „{0}“ name someone or something else?</source>
        <translation>Welche Erwähnungen von „{0}“ meinen jemand oder etwas anderes?</translation>
    </message>
</context>
<context>
    <name>BriefingFiles</name>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <source>No articles (.txt, .md, .html) in {0}.</source>
        <translation>Keine Artikel (.txt, .md, .html) in {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Briefings and articles (*.lagebild *.txt *.md *.markdown *.html *.htm);;Briefings (*.lagebild);;Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Briefings und Artikel (*.lagebild *.txt *.md *.markdown *.html *.htm);;Briefings (*.lagebild);;Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Articles</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>Briefing speichern</translation>
    </message>
    <message>
        <source>Lagebild briefings (*.lagebild)</source>
        <translation>Lagebild-Briefings (*.lagebild)</translation>
    </message>
    <message>
        <source>Could not save the briefing: {0}</source>
        <translation>Das Briefing konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation>Unbenanntes Briefing</translation>
    </message>
    <message>
        <source>Unsaved Briefing</source>
        <translation>Nicht gespeichertes Briefing</translation>
    </message>
    <message>
        <source>„{0}“ has changes that are not saved in a file. Save them?</source>
        <translation>„{0}“ enthält Änderungen, die nicht in einer Datei gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Import Briefing</source>
        <translation>Briefing importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <source>Export Briefing as JSON</source>
        <translation>Briefing als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export the briefing: {0}</source>
        <translation>Das Briefing konnte nicht exportiert werden: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Unsaved Briefing</source>
        <translation>Nicht gespeichertes Briefing wiederherstellen</translation>
    </message>
    <message>
        <source>Lagebild was not closed properly. Restore the unsaved briefing „{0}“ ({1}, last changed {2})?</source>
        <translation>Lagebild wurde nicht ordnungsgemäß beendet. Das nicht gespeicherte Briefing „{0}“ ({1}, zuletzt geändert am {2}) wiederherstellen?</translation>
    </message>
    <message>
        <source>Add 1 Article</source>
        <translation>1 Artikel hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Articles</source>
        <translation>
            <numerusform>%n Artikel hinzufügen</numerusform>
            <numerusform>%n Artikel hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added 1 article to the briefing.</source>
        <translation>1 Artikel zum Briefing hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n articles to the briefing.</source>
        <translation>
            <numerusform>%n Artikel zum Briefing hinzugefügt.</numerusform>
            <numerusform>%n Artikel zum Briefing hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is open in another Lagebild window. Close it there first, or save a copy there.</source>
        <translation>{0} ist in einem anderen Lagebild-Fenster geöffnet. Schließen Sie es dort zuerst oder speichern Sie dort eine Kopie.</translation>
    </message>
    <message>
        <source>{0} has changed since it was added; add it again as a new article.</source>
        <translation>{0} wurde seit dem Hinzufügen geändert; bitte erneut als neuen Artikel hinzufügen.</translation>
    </message>
    <message>
        <source>Change Publication Date</source>
        <translation>Veröffentlichungsdatum ändern</translation>
    </message>
    <message>
        <source>Re-extract „{0}“</source>
        <translation>„{0}“ neu auswerten</translation>
    </message>
    <message>
        <source>{0}: already in the briefing</source>
        <translation>{0}: bereits im Briefing</translation>
    </message>
    <message>
        <source>Not added: {0}</source>
        <translation>Nicht hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importiert</translation>
    </message>
    <message>
        <source>Could not open the briefing: {0}</source>
        <translation>Das Briefing konnte nicht geöffnet werden: {0}</translation>
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
        <source>Articles</source>
        <translation>Artikel</translation>
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
        <source>Articles of the briefing that mention it</source>
        <translation>Artikel des Briefings, in denen sie vorkommt</translation>
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
    <message>
        <source>Articles: %1 of %2</source>
        <translation>Artikel: %1 von %2</translation>
    </message>
</context>
<context>
    <name>EventSlide</name>
    <message>
        <source>The sources disagree on the date</source>
        <translation>Die Quellen nennen unterschiedliche Daten</translation>
    </message>
    <message>
        <source>Event {0} of {1}</source>
        <translation>Ereignis {0} von {1}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>also reported by {0}</source>
        <translation>auch gemeldet von {0}</translation>
    </message>
    <message>
        <source>The sources disagree on the date:</source>
        <translation>Die Quellen nennen unterschiedliche Daten:</translation>
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
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>{0} sources</source>
        <translation>{0} Quellen</translation>
    </message>
    <message>
        <source>The sources disagree on the date: {0}</source>
        <translation>Die Quellen nennen unterschiedliche Daten: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, US Letter (*.pdf)</translation>
    </message>
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
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>{0} sources</source>
        <translation>{0} Quellen</translation>
    </message>
    <message>
        <source>The sources disagree on the date</source>
        <translation>Die Quellen nennen unterschiedliche Daten</translation>
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
        <source>BRIEFING HANDOUT</source>
        <translation>LAGEBILD-HANDOUT</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Sources published {0}</source>
        <translation>Quellen veröffentlicht am {0}</translation>
    </message>
    <message>
        <source>Sources published {0} – {1}</source>
        <translation>Quellen veröffentlicht {0} – {1}</translation>
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
        <source>1 event reported by several sources</source>
        <translation>1 Ereignis aus mehreren Quellen</translation>
    </message>
    <message>
        <source>{0} events reported by several sources</source>
        <translation>{0} Ereignisse aus mehreren Quellen</translation>
    </message>
    <message>
        <source>1 event whose sources disagree on the date</source>
        <translation>1 Ereignis, dessen Quellen unterschiedliche Daten nennen</translation>
    </message>
    <message>
        <source>{0} events whose sources disagree on the date</source>
        <translation>{0} Ereignisse, deren Quellen unterschiedliche Daten nennen</translation>
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
        <source>⚠ the sources disagree on the date</source>
        <translation>⚠ die Quellen nennen unterschiedliche Daten</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Each event on its date, in the lane of its most reliable source; the dashed line marks the latest publication day ({0}).</source>
        <translation>Jedes Ereignis an seinem Datum, in der Spur seiner zuverlässigsten Quelle; die gestrichelte Linie markiert den jüngsten Veröffentlichungstag ({0}).</translation>
    </message>
    <message>
        <source>Each event on its date, in the lane of its most reliable source.</source>
        <translation>Jedes Ereignis an seinem Datum, in der Spur seiner zuverlässigsten Quelle.</translation>
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
        <source>Each event with the sentence of its most reliable source, the other sources that report it, and a warning where they disagree on the date.</source>
        <translation>Jedes Ereignis mit dem Satz seiner zuverlässigsten Quelle, den weiteren Quellen, die es melden, und einer Warnung, wo sie unterschiedliche Daten nennen.</translation>
    </message>
    <message>
        <source>Each event with the sentence of the article that supports it.</source>
        <translation>Jedes Ereignis mit dem Satz des Artikels, der es belegt.</translation>
    </message>
    <message>
        <source>No dated events were found.</source>
        <translation>Es wurden keine datierten Ereignisse gefunden.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>Reliability: {0}</source>
        <translation>Zuverlässigkeit: {0}</translation>
    </message>
    <message>
        <source>Participants: {0}</source>
        <translation>Beteiligte: {0}</translation>
    </message>
    <message>
        <source>also reported by {0}</source>
        <translation>auch gemeldet von {0}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Who and what the articles name, in how many articles, with the numbers of their events.</source>
        <translation>Wen und was die Artikel nennen, in wie vielen Artikeln, mit den Nummern ihrer Ereignisse.</translation>
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
        <source>Articles</source>
        <translation>Artikel</translation>
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
        <source>Source: {0} ({1})</source>
        <translation>Quelle: {0} ({1})</translation>
    </message>
    <message>
        <source>Sources (continued)</source>
        <translation>Quellen (Fortsetzung)</translation>
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
    <message>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
    <message>
        <source>Briefing of {0} articles</source>
        <translation>Briefing aus {0} Artikeln</translation>
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
        <source>Reading 1 article…</source>
        <translation>1 Artikel wird gelesen…</translation>
    </message>
    <message>
        <source>Reading {0} articles…</source>
        <translation>{0} Artikel werden gelesen…</translation>
    </message>
    <message>
        <source>Re-anchoring dates…</source>
        <translation>Datumsangaben werden neu verankert…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The sample article is missing from this installation.</source>
        <translation>Der Beispielartikel fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {0}</translation>
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
        <source>Place the cursor in a sentence, or select the passage, to add an event.</source>
        <translation>Setzen Sie den Cursor in einen Satz oder markieren Sie die Textstelle, um ein Ereignis hinzuzufügen.</translation>
    </message>
    <message>
        <source>Article {0} of {1} · Reliability {2}</source>
        <translation>Artikel {0} von {1} · Bewertung {2}</translation>
    </message>
    <message>
        <source>Reliability {0}</source>
        <translation>Bewertung {0}</translation>
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
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
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
        <source>1 correction no longer applies: {0}</source>
        <translation>1 Korrektur ist nicht mehr anwendbar: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n corrections no longer apply: {0}</source>
        <translation>
            <numerusform>%n Korrektur ist nicht mehr anwendbar: {0}</numerusform>
            <numerusform>%n Korrekturen sind nicht mehr anwendbar: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a German news article or a briefing with File ▸ Open (Ctrl+O), or drop files here.</source>
        <translation>Öffnen Sie einen deutschen Nachrichtenartikel oder ein Briefing über Datei ▸ Öffnen (Strg+O) oder ziehen Sie Dateien hierher.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
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
    <name>OverviewHeader</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Briefing of %n articles</source>
        <translation>
            <numerusform>Briefing aus %n Artikel</numerusform>
            <numerusform>Briefing aus %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 event whose sources disagree on the date</source>
        <translation>1 Ereignis, dessen Quellen unterschiedliche Daten nennen</translation>
    </message>
    <message numerus="yes">
        <source>%n events whose sources disagree on the date</source>
        <translation>
            <numerusform>%n Ereignis, dessen Quellen unterschiedliche Daten nennen</numerusform>
            <numerusform>%n Ereignisse, deren Quellen unterschiedliche Daten nennen</numerusform>
        </translation>
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
        <source>Sources published {0}</source>
        <translation>Quellen veröffentlicht am {0}</translation>
    </message>
    <message>
        <source>Sources published {0} – {1}</source>
        <translation>Quellen veröffentlicht {0} – {1}</translation>
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
    <name>SearchPanel</name>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n sentences found.</source>
        <translation>
            <numerusform>Die ersten %n gefundenen Sätze.</numerusform>
            <numerusform>Die ersten %n gefundenen Sätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 sentence found.</source>
        <translation>1 Satz gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences found.</source>
        <translation>
            <numerusform>%n Satz gefunden.</numerusform>
            <numerusform>%n Sätze gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all articles…</source>
        <translation>Alle Artikel durchsuchen…</translation>
    </message>
</context>
<context>
    <name>SourcesBar</name>
    <message numerus="yes">
        <source>Reported by %n sources:</source>
        <translation>
            <numerusform>Gemeldet von %n Quelle:</numerusform>
            <numerusform>Gemeldet von %n Quellen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources disagree on the date: {0}</source>
        <translation>Die Quellen nennen unterschiedliche Daten: {0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
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
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
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
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
</context>
</TS>
