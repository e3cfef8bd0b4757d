<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupStore</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation>vor einer Aktualisierung der Datenbank</translation>
    </message>
    <message>
        <source>before a pack import</source>
        <translation>vor einem Paketimport</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>a database in memory has no backups</source>
        <translation>eine Datenbank im Arbeitsspeicher hat keine Sicherungen</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>cannot make the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the backup %1 could not be written: %2</source>
        <translation>die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the backup %1 could not be put in place</source>
        <translation>die Sicherung %1 konnte nicht an ihren Platz gesetzt werden</translation>
    </message>
    <message>
        <source>cannot remove the old backup %1</source>
        <translation>die alte Sicherung %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 is not Demarc&apos;s database, so Demarc leaves it where it is</source>
        <translation>%1 ist keine Datenbank von Demarc, deshalb lässt Demarc sie, wo sie ist</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 gibt es bereits</translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation>%1 kann nicht neben %2 kopiert werden</translation>
    </message>
    <message>
        <source>the backup %1 cannot be restored: %2</source>
        <translation>die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>the backup %1 is damaged and was not restored</source>
        <translation>die Sicherung %1 ist beschädigt und wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>%1; the database it was to replace is kept as %2 (%3)</source>
        <translation>%1; die Datenbank, die sie ersetzen sollte, wird als %2 aufbewahrt (%3)</translation>
    </message>
</context>
<context>
    <name>CardExport</name>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>keine davon</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ClassCommand</name>
    <message numerus="yes">
        <source>Class server at %1: room code %2, %n class question(s)</source>
        <translation>
            <numerusform>Klassenserver unter %1: Raumcode %2, %n Klassenfrage</numerusform>
            <numerusform>Klassenserver unter %1: Raumcode %2, %n Klassenfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Class ended: %n student(s) joined</source>
        <translation>
            <numerusform>Klasse beendet: %n Teilnehmer beigetreten</numerusform>
            <numerusform>Klasse beendet: %n Teilnehmer beigetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3 answered, %4 right</source>
        <translation>%1. %2: %3 geantwortet, %4 richtig</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database file &lt;path&gt; (created if missing; &apos;:memory:&apos; for a throwaway session).</source>
        <translation>Die Datenbankdatei &lt;path&gt; verwenden (wird angelegt, wenn sie fehlt; &apos;:memory:&apos; für eine Sitzung zum Wegwerfen).</translation>
    </message>
    <message>
        <source>Open on a view: %1.</source>
        <translation>Mit einer Ansicht öffnen: %1.</translation>
    </message>
    <message>
        <source>Preselect a service model or service in the diagram (iaas, paas, saas, ec2, rds, lambda, s3 …).</source>
        <translation>Ein Servicemodell oder einen Service im Diagramm vorauswählen (iaas, paas, saas, ec2, rds, lambda, s3 …).</translation>
    </message>
    <message>
        <source>Start the window, save a PNG of it to &lt;file&gt; after its first paint, and exit.</source>
        <translation>Das Fenster öffnen, nach dem ersten Zeichnen ein PNG davon in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Size for --screenshot (default 1280x800) or --render (default 1600x1000), as WIDTHxHEIGHT.</source>
        <translation>Größe für --screenshot (Standard 1280x800) oder --render (Standard 1600x1000), als BREITExHÖHE.</translation>
    </message>
    <message>
        <source>Draw a view&apos;s picture without a window: diagram or matrix. Needs --out.</source>
        <translation>Das Bild einer Ansicht ohne Fenster zeichnen: diagram oder matrix. Braucht --out.</translation>
    </message>
    <message>
        <source>The picture --render writes: a .png or .svg file.</source>
        <translation>Das Bild, das --render schreibt: eine .png- oder .svg-Datei.</translation>
    </message>
    <message>
        <source>With --render diagram: draw a second service or model beside the first.</source>
        <translation>Mit --render diagram: einen zweiten Service oder ein zweites Modell neben das erste zeichnen.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity; exit 0 when it is sound, 1 otherwise.</source>
        <translation>Die Integrität der Datenbank prüfen; Rückgabe 0, wenn sie in Ordnung ist, sonst 1.</translation>
    </message>
    <message>
        <source>Check a content pack; print one FILE:LINE:COL: message line per problem.</source>
        <translation>Ein Inhaltspaket prüfen; für jedes Problem eine Zeile DATEI:ZEILE:SPALTE: Meldung ausgeben.</translation>
    </message>
    <message>
        <source>Write study notes to &lt;file&gt;: .md, .html or .pdf, chosen by the extension.</source>
        <translation>Lernnotizen in &lt;file&gt; schreiben: .md, .html oder .pdf, nach der Dateiendung.</translation>
    </message>
    <message>
        <source>With --export-notes: the parts to include, comma-separated (default all): %1.</source>
        <translation>Mit --export-notes: die aufzunehmenden Teile, durch Kommas getrennt (Standard: alle): %1.</translation>
    </message>
    <message>
        <source>With --export-notes: only these topics&apos; lessons and missed questions (comma-separated ids; default all).</source>
        <translation>Mit --export-notes: nur die Lektionen und verfehlten Fragen dieser Themen (Kennungen durch Kommas getrennt; Standard: alle).</translation>
    </message>
    <message>
        <source>With --export-notes: the models and services drawn as diagrams and added to the matrix (comma-separated ids, or &apos;all&apos;; default the models, ec2, rds, lambda and s3).</source>
        <translation>Mit --export-notes: die Modelle und Services, die als Diagramm gezeichnet und in die Matrix aufgenommen werden (Kennungen durch Kommas getrennt oder &apos;all&apos;; Standard: die Modelle, ec2, rds, lambda und s3).</translation>
    </message>
    <message>
        <source>With --export-notes to PDF: a4 (default) or letter.</source>
        <translation>Mit --export-notes als PDF: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Write the question bank to &lt;file&gt;: .gift for Moodle, .tsv for Anki (the glossary as cards too).</source>
        <translation>Den Fragenkatalog in &lt;file&gt; schreiben: .gift für Moodle, .tsv für Anki (das Glossar auch als Karten).</translation>
    </message>
    <message>
        <source>Write every answer you have given to &lt;file&gt;, a .csv file.</source>
        <translation>Jede Antwort, die Sie gegeben haben, in &lt;file&gt; schreiben, eine .csv-Datei.</translation>
    </message>
    <message>
        <source>Install the content pack &lt;file&gt;, or replace an older version of it; all or nothing.</source>
        <translation>Das Inhaltspaket &lt;file&gt; installieren oder eine ältere Version davon ersetzen; ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>With --import-pack: replace a newer installed version of the pack with the file&apos;s older one.</source>
        <translation>Mit --import-pack: eine neuere installierte Version des Pakets durch die ältere aus der Datei ersetzen.</translation>
    </message>
    <message>
        <source>Write an installed content pack to &lt;file&gt;, a .json file that --import-pack reads back.</source>
        <translation>Ein installiertes Inhaltspaket in &lt;file&gt; schreiben, eine .json-Datei, die --import-pack wieder einliest.</translation>
    </message>
    <message>
        <source>With --export-pack: the id of the pack to write (needed when several are installed).</source>
        <translation>Mit --export-pack: die Kennung des zu schreibenden Pakets (nötig, wenn mehrere installiert sind).</translation>
    </message>
    <message>
        <source>Copy the database now into its backup folder (&lt;name&gt;-backups beside it).</source>
        <translation>Die Datenbank jetzt in ihren Sicherungsordner kopieren (&lt;name&gt;-backups daneben).</translation>
    </message>
    <message>
        <source>List the database&apos;s backups, newest first.</source>
        <translation>Die Sicherungen der Datenbank auflisten, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Put the backup &lt;file&gt; (or &apos;newest&apos;) in the database&apos;s place; the replaced file is kept.</source>
        <translation>Die Sicherung &lt;file&gt; (oder &apos;newest&apos;) an die Stelle der Datenbank setzen; die ersetzte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Start in presenter mode, full screen on the chosen screen (F5 in the app; Esc leaves it).</source>
        <translation>Im Präsentationsmodus starten, im Vollbild auf dem gewählten Bildschirm (F5 in der App; Esc verlässt ihn).</translation>
    </message>
    <message>
        <source>With --presenter: start at step &lt;n&gt; of the presenter deck (from 1).</source>
        <translation>Mit --presenter: bei Schritt &lt;n&gt; der Präsentation beginnen (ab 1).</translation>
    </message>
    <message>
        <source>Wear a theme for this session: system, light, dark or high-contrast (View → Theme chooses one to keep).</source>
        <translation>Für diese Sitzung ein Farbschema verwenden: system, light, dark oder high-contrast (Ansicht → Farbschema wählt eines, das bleibt).</translation>
    </message>
    <message>
        <source>Demarc: learn the AWS Shared Responsibility Model.</source>
        <translation>Demarc: das AWS-Modell der geteilten Verantwortung lernen.</translation>
    </message>
    <message>
        <source>--export-notes needs a file name</source>
        <translation>--export-notes braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--export-notes writes a .md, .html or .pdf file; &apos;%1&apos; has none of those extensions</source>
        <translation>--export-notes schreibt eine .md-, .html- oder .pdf-Datei; &apos;%1&apos; hat keine dieser Endungen</translation>
    </message>
    <message>
        <source>--include: unknown part &apos;%1&apos;; the parts are: %2</source>
        <translation>--include: unbekannter Teil &apos;%1&apos;; die Teile sind: %2</translation>
    </message>
    <message>
        <source>--include needs at least one part</source>
        <translation>--include braucht mindestens einen Teil</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter</source>
        <translation>--paper nimmt a4 oder letter</translation>
    </message>
    <message>
        <source>give one of --export-notes, --export-questions, --export-results, --import-pack and --export-pack at a time</source>
        <translation>geben Sie jeweils nur eines von --export-notes, --export-questions, --export-results, --import-pack und --export-pack an</translation>
    </message>
    <message>
        <source>--import-pack needs a file name</source>
        <translation>--import-pack braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--allow-downgrade goes with --import-pack</source>
        <translation>--allow-downgrade gehört zu --import-pack</translation>
    </message>
    <message>
        <source>--export-pack writes a .json file; &apos;%1&apos; is not one</source>
        <translation>--export-pack schreibt eine .json-Datei; &apos;%1&apos; ist keine</translation>
    </message>
    <message>
        <source>--pack goes with --export-pack</source>
        <translation>--pack gehört zu --export-pack</translation>
    </message>
    <message>
        <source>--pack needs a pack id</source>
        <translation>--pack braucht eine Paketkennung</translation>
    </message>
    <message>
        <source>--export-questions writes a .gift (Moodle) or .tsv (Anki) file; &apos;%1&apos; is neither</source>
        <translation>--export-questions schreibt eine .gift- (Moodle) oder .tsv-Datei (Anki); &apos;%1&apos; ist keines von beiden</translation>
    </message>
    <message>
        <source>--export-results writes a .csv file; &apos;%1&apos; is not one</source>
        <translation>--export-results schreibt eine .csv-Datei; &apos;%1&apos; ist keine</translation>
    </message>
    <message>
        <source>--%1 goes with --export-notes</source>
        <translation>--%1 gehört zu --export-notes</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;; the views are: %2</source>
        <translation>unbekannte Ansicht &apos;%1&apos;; die Ansichten sind: %2</translation>
    </message>
    <message>
        <source>--render draws one of: %1</source>
        <translation>--render zeichnet eines von: %1</translation>
    </message>
    <message>
        <source>--render needs --out FILE.png or FILE.svg</source>
        <translation>--render braucht --out DATEI.png oder DATEI.svg</translation>
    </message>
    <message>
        <source>--out must name a .png or .svg file</source>
        <translation>--out muss eine .png- oder .svg-Datei nennen</translation>
    </message>
    <message>
        <source>--compare goes with --render diagram</source>
        <translation>--compare gehört zu --render diagram</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, for example 1024x768</source>
        <translation>--size nimmt BREITExHÖHE, zum Beispiel 1024x768</translation>
    </message>
    <message>
        <source>--step needs --presenter</source>
        <translation>--step braucht --presenter</translation>
    </message>
    <message>
        <source>--step takes a step number from 1, not &apos;%1&apos;</source>
        <translation>--step nimmt eine Schrittnummer ab 1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--screenshot writes a PNG file; give it a name ending in .png</source>
        <translation>--screenshot schreibt eine PNG-Datei; geben Sie einen Namen an, der auf .png endet</translation>
    </message>
    <message>
        <source>--theme takes system, light, dark or high-contrast, not &apos;%1&apos;</source>
        <translation>--theme nimmt system, light, dark oder high-contrast, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>give one of --backup, --list-backups and --restore-backup at a time</source>
        <translation>geben Sie jeweils nur eines von --backup, --list-backups und --restore-backup an</translation>
    </message>
    <message>
        <source>--restore-backup needs a backup file, or &apos;newest&apos;</source>
        <translation>--restore-backup braucht eine Sicherungsdatei oder &apos;newest&apos;</translation>
    </message>
    <message>
        <source>Run the live class server without a window: students join and answer from their phones; POST /next from this machine moves to the deck&apos;s next question.</source>
        <translation>Den Live-Klassenserver ohne Fenster starten: Lernende treten bei und antworten mit dem Handy; POST /next von diesem Rechner geht zur nächsten Frage des Ablaufs.</translation>
    </message>
    <message>
        <source>With --serve-class: the address to listen on (default: this machine&apos;s first private network address; use 127.0.0.1 to try it alone).</source>
        <translation>Mit --serve-class: die Adresse, auf der gelauscht wird (Standard: die erste private Netzwerkadresse dieses Rechners; 127.0.0.1 zum Ausprobieren allein).</translation>
    </message>
    <message>
        <source>With --serve-class: the port (default: any free one).</source>
        <translation>Mit --serve-class: der Port (Standard: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>With --serve-class: the four-digit room code (default: chosen at random).</source>
        <translation>Mit --serve-class: der vierstellige Raumcode (Standard: zufällig gewählt).</translation>
    </message>
    <message>
        <source>--listen takes an IP address such as 192.168.1.20 or 127.0.0.1, not &apos;%1&apos;</source>
        <translation>--listen erwartet eine IP-Adresse wie 192.168.1.20 oder 127.0.0.1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--room takes four digits, not &apos;%1&apos;</source>
        <translation>--room erwartet vier Ziffern, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 goes with --serve-class</source>
        <translation>--%1 gehört zu --serve-class</translation>
    </message>
</context>
<context>
    <name>CourseInstaller</name>
    <message>
        <source>the bundled course is invalid:
%1</source>
        <translation>der mitgelieferte Kurs ist ungültig:
%1</translation>
    </message>
    <message>
        <source>the course was not updated: %1</source>
        <translation>der Kurs wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>%1: version %2 of &quot;%3&quot; is already installed with other content; raise &quot;version&quot; in &quot;pack&quot; to replace it</source>
        <translation>%1: Version %2 von „%3“ ist bereits mit anderem Inhalt installiert; erhöhen Sie „version“ in „pack“, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: nichts wurde importiert: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the course that comes with Demarc; edits go into a pack of your own</source>
        <translation>„%1“ ist der Kurs, der mit Demarc kommt; Änderungen gehen in ein eigenes Paket</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (SQLite reports: %2); it has not been changed</source>
        <translation>%1 ist beschädigt oder keine Datenbank (SQLite meldet: %2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2); it has not been changed</source>
        <translation>%1 ist beschädigt (SQLite meldet: %2); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database; it has not been changed</source>
        <translation>%1 kann nicht als Datenbank gelesen werden; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Demarc database; it has not been changed</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Datenbank von Demarc; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Demarc (schema %2; this version reads up to %3). It has not been changed; update Demarc to open it</source>
        <translation>%1 wurde von einer neueren Version von Demarc geschrieben (Schema %2; diese Version liest bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Demarc, um sie zu öffnen</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Demarc database; it has not been changed</source>
        <translation>%1 ist eine leere Datei, keine Datenbank von Demarc; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Demarc database (it is not an SQLite file); it has not been changed</source>
        <translation>%1 ist keine Datenbank von Demarc (es ist keine SQLite-Datei); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is not a Demarc database (it is too short to be an SQLite file); it has not been changed</source>
        <translation>%1 ist keine Datenbank von Demarc (zu kurz für eine SQLite-Datei); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 is read-only; Demarc needs to write its progress there. Make the file writable or choose another one with --db</source>
        <translation>%1 ist schreibgeschützt; Demarc muss dort Ihren Fortschritt speichern. Machen Sie die Datei beschreibbar oder wählen Sie mit --db eine andere</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht angelegt werden: den Ordner %2 gibt es nicht</translation>
    </message>
    <message>
        <source>no database file was given</source>
        <translation>es wurde keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>a database in memory has nothing to read</source>
        <translation>eine Datenbank im Arbeitsspeicher hat nichts zu lesen</translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: keine solche Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: the file exists</source>
        <translation>%1 kann nicht nach %2 kopiert werden: die Datei gibt es schon</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>cannot use %1 after copying it: %2</source>
        <translation>%1 kann nach dem Kopieren nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: the file name is too long (%2 bytes; at most %3)</source>
        <translation>%1 kann nicht angelegt werden: der Dateiname ist zu lang (%2 Bytes; höchstens %3)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot update %1 to this version of Demarc: %2</source>
        <translation>%1 kann nicht auf diese Version von Demarc aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not take effect (the database reports %2)</source>
        <translation>„%1“ hat nicht gewirkt (die Datenbank meldet %2)</translation>
    </message>
    <message>
        <source>the copy taken before updating failed, so nothing was changed: %1</source>
        <translation>die Kopie vor der Aktualisierung ist fehlgeschlagen, daher wurde nichts verändert: %1</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>▲ IN the cloud</source>
        <translation>▲ IN der Cloud</translation>
    </message>
    <message>
        <source>▼ OF the cloud</source>
        <translation>▼ DER Cloud</translation>
    </message>
</context>
<context>
    <name>LearnerRepository</name>
    <message>
        <source>%1 of %2 right (%3 %)</source>
        <translation>%1 von %2 richtig (%3 %)</translation>
    </message>
</context>
<context>
    <name>LiveClassPanel</name>
    <message>
        <source>Answer on your phone</source>
        <translation>Antworten Sie mit dem Handy</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n beigetreten</numerusform>
            <numerusform>%n beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n geantwortet</numerusform>
            <numerusform>%n geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Live answers could not start</source>
        <translation>Live-Antworten konnten nicht starten</translation>
    </message>
</context>
<context>
    <name>NoteTargetNames</name>
    <message>
        <source>(retired) %1</source>
        <translation>(ausgemustert) %1</translation>
    </message>
    <message>
        <source>(no longer in the course) %1</source>
        <translation>(nicht mehr im Kurs) %1</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>Matrixzelle</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) no longer in the pack are retired (their history is kept)</source>
        <translation>
            <numerusform>%n Element, das nicht mehr im Paket ist, wird ausgemustert (sein Verlauf bleibt erhalten)</numerusform>
            <numerusform>%n Elemente, die nicht mehr im Paket sind, werden ausgemustert (ihr Verlauf bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>nichts wurde importiert</translation>
    </message>
    <message>
        <source>imported %1 version %2: %3</source>
        <translation>%1 Version %2 importiert: %3</translation>
    </message>
    <message>
        <source>replaced %1 version %2 with version %3: %4</source>
        <translation>%1 Version %2 durch Version %3 ersetzt: %4</translation>
    </message>
    <message>
        <source>%1 version %2 is already installed; nothing changed</source>
        <translation>%1 Version %2 ist bereits installiert; nichts wurde verändert</translation>
    </message>
    <message>
        <source>version %1 of %2 is installed, newer than this file&apos;s version %3; nothing was imported. Add --allow-downgrade to replace it with the older version.</source>
        <translation>Version %1 von %2 ist installiert, neuer als die Version %3 dieser Datei; nichts wurde importiert. Fügen Sie --allow-downgrade hinzu, um sie durch die ältere Version zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 packs are installed; choose one with --pack ID: %2</source>
        <translation>%1 Pakete sind installiert; wählen Sie eines mit --pack KENNUNG: %2</translation>
    </message>
    <message>
        <source>no pack &quot;%1&quot; is installed; the installed packs are: %2</source>
        <translation>kein Paket „%1“ ist installiert; die installierten Pakete sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 written: %3</source>
        <translation>„%1“ Version %2 geschrieben: %3</translation>
    </message>
</context>
<context>
    <name>PackParser</name>
    <message>
        <source>text must be in double quotes; other values are numbers, true, false or null</source>
        <translation>Text muss in doppelten Anführungszeichen stehen; andere Werte sind Zahlen, true, false oder null</translation>
    </message>
    <message>
        <source>a comma between two items, or the closing bracket, is missing</source>
        <translation>ein Komma zwischen zwei Einträgen oder die schließende Klammer fehlt</translation>
    </message>
    <message>
        <source>a colon is missing after a field name</source>
        <translation>nach einem Feldnamen fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a comma is missing between two fields</source>
        <translation>zwischen zwei Feldern fehlt ein Komma</translation>
    </message>
    <message>
        <source>a closing double quote is missing</source>
        <translation>ein schließendes doppeltes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>a backslash in text is written \\</source>
        <translation>ein Backslash in Text wird \\ geschrieben</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>is a directory, not a content pack</source>
        <translation>ist ein Verzeichnis, kein Inhaltspaket</translation>
    </message>
    <message>
        <source>the file is %1 MiB; content packs are limited to %2 MiB</source>
        <translation>die Datei hat %1 MiB; Inhaltspakete sind auf %2 MiB begrenzt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>content packs are limited to %1 MiB</source>
        <translation>Inhaltspakete sind auf %1 MiB begrenzt</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;demarc-pack&quot;, not &quot;%1&quot;</source>
        <translation>„format“ muss „demarc-pack“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown format version %1; this version of Demarc reads version %2</source>
        <translation>unbekannte Formatversion %1; diese Version von Demarc liest Version %2</translation>
    </message>
    <message>
        <source>a pack cannot extend itself</source>
        <translation>ein Paket kann nicht sich selbst erweitern</translation>
    </message>
    <message>
        <source>&quot;extends&quot; names the pack &quot;%1&quot;, which is not installed; install it first</source>
        <translation>„extends“ nennt das Paket „%1“, das nicht installiert ist; installieren Sie es zuerst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; itself extends &quot;%2&quot;; extend &quot;%2&quot; instead</source>
        <translation>„%1“ erweitert selbst „%2“; erweitern Sie stattdessen „%2“</translation>
    </message>
    <message>
        <source>a pack that extends another adds sources, topics, lessons, glossary terms and questions; &quot;%1&quot; come from &quot;%2&quot;</source>
        <translation>ein Paket, das ein anderes erweitert, fügt Quellen, Themen, Lektionen, Glossarbegriffe und Fragen hinzu; „%1“ kommen aus „%2“</translation>
    </message>
    <message>
        <source>%1 id &quot;%2&quot; is already used by &quot;%3&quot;</source>
        <translation>%1-Kennung „%2“ wird bereits von „%3“ verwendet</translation>
    </message>
    <message>
        <source>a content pack is a JSON object</source>
        <translation>ein Inhaltspaket ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekanntes Feld „%1“ (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a \u escape of half a character (an unpaired surrogate)</source>
        <translation>„%1“ enthält ein \u-Escape eines halben Zeichens (ein unpaariges Surrogat)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>„%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; the limit is %3</source>
        <translation>„%1“ ist %2 Zeichen lang; die Grenze ist %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use a-z, 0-9 and &apos;-&apos;)</source>
        <translation>„%1“ ist keine gültige Kennung (verwenden Sie a-z, 0-9 und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD</source>
        <translation>„%1“ muss ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must name at least one source</source>
        <translation>„sources“ muss mindestens eine Quelle nennen</translation>
    </message>
    <message>
        <source>a source reference must be a string id</source>
        <translation>ein Quellenverweis muss eine Zeichenketten-Kennung sein</translation>
    </message>
    <message>
        <source>a fact reference must be a positive whole number</source>
        <translation>ein Faktenverweis muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>eine nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>the text holds a \u escape of half a character (an unpaired surrogate)</source>
        <translation>der Text enthält ein \u-Escape eines halben Zeichens (ein unpaariges Surrogat)</translation>
    </message>
    <message>
        <source>text is %1 characters long; the limit is %2</source>
        <translation>der Text ist %1 Zeichen lang; die Grenze ist %2</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>doppelte %1-Kennung „%2“</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (there are none)</source>
        <translation>unbekannt: %1 „%2“ (es gibt keine)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (known: %3)</source>
        <translation>unbekannt: %1 „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>unbekannt: %1 „%2“</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ein Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown question type &quot;%1&quot; (use single, multiple, truefalse, classify or split)</source>
        <translation>unbekannter Fragetyp „%1“ (verwenden Sie single, multiple, truefalse, classify oder split)</translation>
    </message>
    <message>
        <source>unknown party &quot;%1&quot; (use aws, customer or shared)</source>
        <translation>unbekannte Partei „%1“ (verwenden Sie aws, customer oder shared)</translation>
    </message>
    <message>
        <source>a %1 question gives each choice its party; &quot;party&quot; is for a question whose key is one party</source>
        <translation>eine %1-Frage gibt jeder Option ihre Partei; „party“ ist für eine Frage, deren Lösung eine Partei ist</translation>
    </message>
    <message>
        <source>&quot;party&quot; is the key&apos;s party for a layer under a model or service: name the &quot;layer&quot; and the &quot;model&quot; or &quot;service&quot; too</source>
        <translation>„party“ ist die Partei der Lösung für eine Schicht unter einem Modell oder Service: nennen Sie auch „layer“ und „model“ oder „service“</translation>
    </message>
    <message>
        <source>only split questions name a &quot;control&quot;</source>
        <translation>nur Aufteilungsfragen nennen eine „control“</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>a %1 choice names a &quot;party&quot; (aws, customer or shared), not &quot;correct&quot;</source>
        <translation>eine %1-Option nennt eine „party“ (aws, customer oder shared), nicht „correct“</translation>
    </message>
    <message>
        <source>each part of a split control is either &quot;aws&quot; or &quot;customer&quot;</source>
        <translation>jeder Teil einer aufgeteilten Kontrolle ist entweder „aws“ oder „customer“</translation>
    </message>
    <message>
        <source>only classify and split questions give choices a &quot;party&quot;</source>
        <translation>nur Zuordnungs- und Aufteilungsfragen geben Optionen eine „party“</translation>
    </message>
    <message>
        <source>every choice needs an explanation of why it is right or wrong</source>
        <translation>jede Option braucht eine Erklärung, warum sie richtig oder falsch ist</translation>
    </message>
    <message>
        <source>a split control has parts on both sides: AWS&apos;s and the customer&apos;s</source>
        <translation>eine aufgeteilte Kontrolle hat Teile auf beiden Seiten: bei AWS und beim Kunden</translation>
    </message>
    <message>
        <source>no choice is marked correct</source>
        <translation>keine Option ist als richtig markiert</translation>
    </message>
    <message>
        <source>a %1 question needs exactly one correct choice; this one has %2</source>
        <translation>eine %1-Frage braucht genau eine richtige Option; diese hat %2</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>Wahr/Falsch</translation>
    </message>
    <message>
        <source>single-answer</source>
        <translation>Einzelantwort</translation>
    </message>
    <message>
        <source>every choice is correct; a select-all question needs at least one wrong choice</source>
        <translation>jede Option ist richtig; eine Mehrfachauswahlfrage braucht mindestens eine falsche Option</translation>
    </message>
    <message>
        <source>a true/false question has exactly two choices; this one has %1</source>
        <translation>eine Wahr/Falsch-Frage hat genau zwei Optionen; diese hat %1</translation>
    </message>
    <message>
        <source>a question needs %1 to %2 choices, this one has %3</source>
        <translation>eine Frage braucht %1 bis %2 Optionen, diese hat %3</translation>
    </message>
    <message>
        <source>&quot;url&quot; must start with http:// or https://</source>
        <translation>„url“ muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>a source needs a &quot;url&quot; or a &quot;file&quot;</source>
        <translation>eine Quelle braucht eine „url“ oder eine „file“</translation>
    </message>
    <message>
        <source>no cell for service model &quot;%1&quot;: every layer names a party for every model</source>
        <translation>keine Zelle für das Servicemodell „%1“: jede Schicht nennt für jedes Modell eine Partei</translation>
    </message>
    <message>
        <source>a responsibility is an object with &quot;party&quot; and &quot;explanation&quot;</source>
        <translation>eine Verantwortung ist ein Objekt mit „party“ und „explanation“</translation>
    </message>
    <message>
        <source>unknown service model &quot;%1&quot;</source>
        <translation>unbekanntes Servicemodell „%1“</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (use infrastructure, container or abstracted)</source>
        <translation>unbekannte Kategorie „%1“ (verwenden Sie infrastructure, container oder abstracted)</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation>unbekannte Schicht „%1“</translation>
    </message>
    <message>
        <source>an example needs an &quot;aws&quot; or a &quot;customer&quot; text saying what that party does</source>
        <translation>ein Beispiel braucht einen „aws“- oder „customer“-Text, der sagt, was diese Partei tut</translation>
    </message>
    <message>
        <source>&quot;items&quot; must not be empty</source>
        <translation>„items“ darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>PackStore</name>
    <message>
        <source>there is no course to add to</source>
        <translation>es gibt keinen Kurs, zu dem etwas hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>An instructor</source>
        <translation>Eine Lehrkraft</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
</context>
<context>
    <name>PartyStyle</name>
    <message>
        <source>Security OF the cloud</source>
        <translation>Sicherheit DER Cloud</translation>
    </message>
    <message>
        <source>Security IN the cloud</source>
        <translation>Sicherheit IN der Cloud</translation>
    </message>
    <message>
        <source>Both sides, each in its own context</source>
        <translation>Beide Seiten, jede in ihrem eigenen Bereich</translation>
    </message>
    <message>
        <source>- - - the demarcation line</source>
        <translation>- - - die Trennlinie</translation>
    </message>
    <message>
        <source>⇄ changes hands</source>
        <translation>⇄ wechselt die Zuständigkeit</translation>
    </message>
    <message>
        <source>◆ this service differs from its model</source>
        <translation>◆ dieser Service weicht von seinem Modell ab</translation>
    </message>
    <message>
        <source>(!) popular material says otherwise</source>
        <translation>(!) verbreitetes Material sagt es anders</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>the PDF&apos;s cross-reference table was not found where its trailer says</source>
        <translation>die Querverweistabelle des PDF steht nicht dort, wo sein Trailer sie angibt</translation>
    </message>
    <message>
        <source>the PDF&apos;s cross-reference table cannot be read</source>
        <translation>die Querverweistabelle des PDF kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF has no trailer after its cross-reference table</source>
        <translation>das PDF hat nach seiner Querverweistabelle keinen Trailer</translation>
    </message>
    <message>
        <source>the PDF&apos;s page tree is nested too deeply</source>
        <translation>der Seitenbaum des PDF ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the PDF&apos;s page object %1 was not found</source>
        <translation>das Seitenobjekt %1 des PDF wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the PDF&apos;s page tree has no list of pages</source>
        <translation>der Seitenbaum des PDF hat keine Liste der Seiten</translation>
    </message>
    <message>
        <source>not a PDF file, or one without its closing cross-reference</source>
        <translation>keine PDF-Datei oder eine ohne abschließenden Querverweis</translation>
    </message>
    <message>
        <source>the PDF&apos;s last cross-reference offset cannot be read</source>
        <translation>der letzte Querverweis-Offset des PDF kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PDF has no trailer (a cross-reference stream is not read here)</source>
        <translation>das PDF hat keinen Trailer (ein Querverweis-Stream wird hier nicht gelesen)</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer names no catalog or size</source>
        <translation>der Trailer des PDF nennt keinen Katalog und keine Größe</translation>
    </message>
    <message>
        <source>the PDF&apos;s catalog or its page tree was not found</source>
        <translation>der Katalog des PDF oder sein Seitenbaum wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the PDF has an outline already</source>
        <translation>das PDF hat bereits eine Gliederung</translation>
    </message>
    <message>
        <source>the bookmark &quot;%1&quot; leads to page %2 of a %3-page PDF</source>
        <translation>das Lesezeichen „%1“ führt zu Seite %2 eines PDF mit %3 Seiten</translation>
    </message>
</context>
<context>
    <name>PresenterDeck</name>
    <message>
        <source>an empty line</source>
        <translation>eine leere Zeile</translation>
    </message>
    <message>
        <source>unknown kind of item &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Art von Element &apos;%1&apos; (eine von: %2)</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>Element %1 (%2)</translation>
    </message>
    <message>
        <source>needs one model or service</source>
        <translation>braucht ein Modell oder einen Service</translation>
    </message>
    <message>
        <source>needs two models or services</source>
        <translation>braucht zwei Modelle oder Services</translation>
    </message>
    <message>
        <source>needs at least one model or service</source>
        <translation>braucht mindestens ein Modell oder einen Service</translation>
    </message>
    <message>
        <source>no model or service &apos;%1&apos; in the course</source>
        <translation>kein Modell oder Service &apos;%1&apos; im Kurs</translation>
    </message>
    <message>
        <source>no models or services &apos;%1&apos; in the course</source>
        <translation>keine Modelle oder Services &apos;%1&apos; im Kurs</translation>
    </message>
    <message>
        <source>takes no ids</source>
        <translation>nimmt keine Kennungen</translation>
    </message>
    <message>
        <source>the course has no layers</source>
        <translation>der Kurs hat keine Schichten</translation>
    </message>
    <message>
        <source>the course has no IT controls</source>
        <translation>der Kurs hat keine IT-Kontrollen</translation>
    </message>
    <message>
        <source>the course has no customer-managed areas</source>
        <translation>der Kurs hat keine vom Kunden verwalteten Bereiche</translation>
    </message>
    <message>
        <source>needs one question</source>
        <translation>braucht eine Frage</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; in the course</source>
        <translation>keine Frage &apos;%1&apos; im Kurs</translation>
    </message>
    <message>
        <source>%1: %2 of %3 layers</source>
        <translation>%1: %2 von %3 Schichten</translation>
    </message>
    <message>
        <source>The line for %1</source>
        <translation>Die Linie für %1</translation>
    </message>
    <message>
        <source>%1 beside %2</source>
        <translation>%1 neben %2</translation>
    </message>
    <message>
        <source>The matrix: %1 of %2 columns</source>
        <translation>Die Matrix: %1 von %2 Spalten</translation>
    </message>
    <message>
        <source>IT controls</source>
        <translation>IT-Kontrollen</translation>
    </message>
    <message>
        <source>Customer-managed areas</source>
        <translation>Vom Kunden verwaltete Bereiche</translation>
    </message>
    <message>
        <source>Class question %1</source>
        <translation>Klassenfrage %1</translation>
    </message>
    <message>
        <source>The stack of %1, layer by layer</source>
        <translation>Der Stapel von %1, Schicht für Schicht</translation>
    </message>
    <message>
        <source>The line moving: %1</source>
        <translation>Die Linie wandert: %1</translation>
    </message>
    <message>
        <source>The matrix, column by column</source>
        <translation>Die Matrix, Spalte für Spalte</translation>
    </message>
    <message>
        <source>IT controls: inherited, shared, customer-specific</source>
        <translation>IT-Kontrollen: übernommen, geteilt, kundenspezifisch</translation>
    </message>
    <message>
        <source>Class question: %1</source>
        <translation>Klassenfrage: %1</translation>
    </message>
    <message>
        <source>the saved presenter steps cannot be read: %1</source>
        <translation>die gespeicherten Präsentationsschritte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Both, each in its own layer</source>
        <translation>Beide, jeder in seiner eigenen Schicht</translation>
    </message>
    <message>
        <source>AWS; the customer inherits them</source>
        <translation>AWS; der Kunde erbt sie</translation>
    </message>
    <message>
        <source>The customer alone</source>
        <translation>Der Kunde allein</translation>
    </message>
    <message>
        <source>IT controls: who does what</source>
        <translation>IT-Kontrollen: wer tut was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer sie umsetzt</translation>
    </message>
    <message>
        <source>AWS&apos;s examples</source>
        <translation>Beispiele von AWS</translation>
    </message>
    <message>
        <source>What the customer manages</source>
        <translation>Was der Kunde verwaltet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What it includes</source>
        <translation>Was dazugehört</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>a database in memory has no backups</source>
        <translation>eine Datenbank im Arbeitsspeicher hat keine Sicherungen</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
    <message>
        <source>no backups of %1 yet (they go in %2)</source>
        <translation>noch keine Sicherungen von %1 (sie kommen nach %2)</translation>
    </message>
    <message>
        <source>there are no backups of %1 in %2</source>
        <translation>in %2 gibt es keine Sicherungen von %1</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1: keine solche Sicherungsdatei</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>the database it replaced is kept as %1</source>
        <translation>die ersetzte Datenbank wird als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>%1: valid: &quot;%2&quot; version %3, %4</source>
        <translation>%1: gültig: „%2“ Version %3, %4</translation>
    </message>
    <message>
        <source>, adding to &quot;%1&quot;</source>
        <translation>, ergänzt „%1“</translation>
    </message>
    <message>
        <source>%1: the database is damaged:</source>
        <translation>%1: die Datenbank ist beschädigt:</translation>
    </message>
    <message>
        <source>unknown service or model &apos;%1&apos;; choose one of: %2</source>
        <translation>unbekannter Service oder unbekanntes Modell &apos;%1&apos;; wählen Sie eines von: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Demarc cannot start</source>
        <translation>Demarc kann nicht starten</translation>
    </message>
    <message>
        <source>Restored the backup from %1; the database it replaced is kept as %2</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt; die ersetzte Datenbank wird als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Demarc</source>
        <translation>Demarc</translation>
    </message>
    <message numerus="yes">
        <source>--step %1: the presenter deck has %n step(s)</source>
        <translation>
            <numerusform>--step %1: die Präsentation hat %n Schritt</numerusform>
            <numerusform>--step %1: die Präsentation hat %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>argument %1 is not valid text in this system&apos;s encoding (%2): Demarc cannot use it as a name without changing it; rename the file, or give another name</source>
        <translation>Argument %1 ist in der Zeichenkodierung dieses Systems kein gültiger Text (%2): Demarc kann es nicht unverändert als Namen verwenden; benennen Sie die Datei um oder geben Sie einen anderen Namen an</translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 Zeichen)</translation>
    </message>
</context>
<context>
    <name>QuestionText</name>
    <message>
        <source>AWS&apos;s</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>the customer&apos;s</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite: %1 of %2 sorted right (%3 %).</source>
        <translation>Nicht ganz: %1 von %2 richtig zugeordnet (%3 %).</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>Nicht richtig.</translation>
    </message>
    <message>
        <source>You said shared: right.</source>
        <translation>Ihre Antwort: geteilt – richtig.</translation>
    </message>
    <message>
        <source>You said %1: right.</source>
        <translation>Ihre Antwort: %1 – richtig.</translation>
    </message>
    <message>
        <source>You said %1; it is shared.</source>
        <translation>Ihre Antwort: %1; richtig ist: geteilt.</translation>
    </message>
    <message>
        <source>You said %1; it is %2.</source>
        <translation>Ihre Antwort: %1; richtig ist: %2.</translation>
    </message>
    <message>
        <source>Not sorted; it is shared.</source>
        <translation>Nicht zugeordnet; richtig ist: geteilt.</translation>
    </message>
    <message>
        <source>Not sorted; it is %1.</source>
        <translation>Nicht zugeordnet; richtig ist: %1.</translation>
    </message>
    <message>
        <source>Your answer, and right.</source>
        <translation>Ihre Antwort, und richtig.</translation>
    </message>
    <message>
        <source>Your answer, but wrong.</source>
        <translation>Ihre Antwort, aber falsch.</translation>
    </message>
    <message>
        <source>Right, but you did not pick it.</source>
        <translation>Richtig, aber nicht von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Not one of the right answers.</source>
        <translation>Keine der richtigen Antworten.</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Richtige Antwort: %1</translation>
    </message>
    <message>
        <source>Correct answers: %1 and %2</source>
        <translation>Richtige Antworten: %1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n right answer(s) picked</source>
        <translation>
            <numerusform>%1 von %n richtigen Antwort gewählt</numerusform>
            <numerusform>%1 von %n richtigen Antworten gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not quite: %1: %2 %.</source>
        <translation>Nicht ganz: %1: %2 %.</translation>
    </message>
    <message>
        <source>Not quite: %1, %2: %3 %.</source>
        <translation>Nicht ganz: %1, %2: %3 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong one(s) picked</source>
        <translation>
            <numerusform>%n falsche gewählt</numerusform>
            <numerusform>%n falsche gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingDatabase</name>
    <message>
        <source>%1: the file name is too long (%2 bytes; at most %3)</source>
        <translation>%1: der Dateiname ist zu lang (%2 Bytes; höchstens %3)</translation>
    </message>
    <message>
        <source>cannot make a folder to read %1 in: %2</source>
        <translation>es kann kein Ordner angelegt werden, um %1 darin zu lesen: %2</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: den Ordner %2 gibt es nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the disk is full; free some space and saving works again</source>
        <translation>der Datenträger ist voll; geben Sie etwas Platz frei, dann klappt das Speichern wieder</translation>
    </message>
    <message>
        <source>the disk could not be written or read (input/output error while %1: %2)</source>
        <translation>der Datenträger konnte nicht beschrieben oder gelesen werden (Ein-/Ausgabefehler beim %1: %2)</translation>
    </message>
    <message>
        <source>the database file is damaged (SQLite reports &quot;%1&quot; while %2); restoring a backup brings back what it held</source>
        <translation>die Datenbankdatei ist beschädigt (SQLite meldet „%1“ beim %2); eine Sicherung wiederherzustellen bringt zurück, was sie enthielt</translation>
    </message>
    <message>
        <source>the database cannot be written: its file or folder has become read-only</source>
        <translation>die Datenbank kann nicht beschrieben werden: ihre Datei oder ihr Ordner ist schreibgeschützt geworden</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>Vorbereiten von „%1“</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>Ausführen von „%1“</translation>
    </message>
    <message>
        <source>database error: &quot;%1&quot; returned no row</source>
        <translation>Datenbankfehler: „%1“ lieferte keine Zeile</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>keine Transaktion zum Abschließen</translation>
    </message>
    <message>
        <source>database error while %1: the database is not open</source>
        <translation>Datenbankfehler beim %1: die Datenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>SqlContentRepository</name>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>service model</source>
        <translation>Servicemodell</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>control category</source>
        <translation>Kontrollkategorie</translation>
    </message>
    <message>
        <source>customer area</source>
        <translation>Kundenbereich</translation>
    </message>
    <message>
        <source>analogy row</source>
        <translation>Zeile der Analogie</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>there is no lesson &quot;%1&quot;</source>
        <translation>es gibt keine Lektion „%1“</translation>
    </message>
    <message>
        <source>the store did not count its content</source>
        <translation>der Speicher hat seinen Inhalt nicht gezählt</translation>
    </message>
    <message>
        <source>%1 id &quot;%2&quot; is already used by the installed pack &quot;%3&quot; (%4)</source>
        <translation>%1-Kennung „%2“ wird bereits vom installierten Paket „%3“ verwendet (%4)</translation>
    </message>
    <message>
        <source>no pack &quot;%1&quot; is installed</source>
        <translation>kein Paket „%1“ ist installiert</translation>
    </message>
    <message>
        <source>the bundled course cannot be disabled</source>
        <translation>der mitgelieferte Kurs kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>the bundled course cannot be removed</source>
        <translation>der mitgelieferte Kurs kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the course of other packs (%2); remove those first</source>
        <translation>„%1“ ist der Kurs anderer Pakete (%2); entfernen Sie diese zuerst</translation>
    </message>
</context>
<context>
    <name>StartupDatabase</name>
    <message>
        <source>Demarc: start fresh?</source>
        <translation>Demarc: neu beginnen?</translation>
    </message>
    <message>
        <source>Start &amp;Fresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Open Another Database</source>
        <translation>Andere Datenbank öffnen</translation>
    </message>
    <message>
        <source>Demarc databases (*.sqlite);;All files (*)</source>
        <translation>Demarc-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Demarc</source>
        <translation>Demarc</translation>
    </message>
    <message>
        <source>Restored the backup from %1; the damaged database is kept as %2</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt; die beschädigte Datenbank wird als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Started fresh; the damaged database is kept as %1</source>
        <translation>Neu begonnen; die beschädigte Datenbank wird als %1 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>StudyNotes</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My latest answer is marked above. Answered %n time(s), %1 of them right.</source>
        <translation>
            <numerusform>Meine letzte Antwort ist oben markiert. %n-mal beantwortet, davon %1 richtig.</numerusform>
            <numerusform>Meine letzte Antwort ist oben markiert. %n-mal beantwortet, davon %1 richtig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mein Fortschritt</translation>
    </message>
    <message>
        <source>On %1 the latest answer was right for **%2 of %3 questions**; %4 answered at least once, %5 to retry.</source>
        <translation>Am %1 war die letzte Antwort bei **%2 von %3 Fragen** richtig; %4 mindestens einmal beantwortet, %5 zu wiederholen.</translation>
    </message>
    <message>
        <source>No exam taken yet. The exam passes at 100 %.</source>
        <translation>Noch keine Prüfung abgelegt. Die Prüfung ist bei 100 % bestanden.</translation>
    </message>
    <message>
        <source>Exams taken: %1. Best: %2.</source>
        <translation>Abgelegte Prüfungen: %1. Beste: %2.</translation>
    </message>
    <message>
        <source>First passed at 100 % on %1.</source>
        <translation>Zum ersten Mal mit 100 % bestanden am %1.</translation>
    </message>
    <message>
        <source>Not yet passed at 100 %.</source>
        <translation>Noch nicht mit 100 % bestanden.</translation>
    </message>
    <message>
        <source>Due for review now: %1 and %2.</source>
        <translation>Jetzt zur Wiederholung fällig: %1 und %2.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Latest answer right</source>
        <translation>Letzte Antwort richtig</translation>
    </message>
    <message>
        <source>The layered model</source>
        <translation>Das Schichtenmodell</translation>
    </message>
    <message>
        <source>Each stack runs from the physical facilities at the bottom to the customer&apos;s data at the top. AWS alone secures the layers below the line (security **of** the cloud); the customer secures the layers above it (security **in** the cloud), some of them shared.</source>
        <translation>Jeder Stapel reicht von den physischen Einrichtungen unten bis zu den Daten des Kunden oben. AWS allein sichert die Schichten unterhalb der Linie (Sicherheit **der** Cloud); der Kunde sichert die Schichten darüber (Sicherheit **in** der Cloud), manche davon gemeinsam.</translation>
    </message>
    <message>
        <source>%1: the customer secures every layer.</source>
        <translation>%1: Der Kunde sichert jede Schicht.</translation>
    </message>
    <message>
        <source>%1: AWS secures every layer.</source>
        <translation>%1: AWS sichert jede Schicht.</translation>
    </message>
    <message>
        <source>%1: AWS alone secures the %2 layers from %3 up to %4; the line runs above %4.</source>
        <translation>%1: AWS allein sichert die %2 Schichten von %3 bis %4; die Linie verläuft über %4.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Who secures it</source>
        <translation>Wer sie sichert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>My notes on the layers</source>
        <translation>Meine Notizen zu den Schichten</translation>
    </message>
    <message>
        <source>The responsibility matrix</source>
        <translation>Die Verantwortungsmatrix</translation>
    </message>
    <message>
        <source>Who secures each layer (top layer first) under each service model and the chosen services. ◆ marks a service that differs from its model&apos;s column.</source>
        <translation>Wer jede Schicht sichert (oberste Schicht zuerst), unter jedem Servicemodell und den gewählten Services. ◆ kennzeichnet einen Service, der von der Spalte seines Modells abweicht.</translation>
    </message>
    <message>
        <source>Table %1 of %2</source>
        <translation>Tabelle %1 von %2</translation>
    </message>
    <message>
        <source>My notes on matrix cells</source>
        <translation>Meine Notizen zu Matrixzellen</translation>
    </message>
    <message>
        <source>IT controls at a glance</source>
        <translation>IT-Kontrollen auf einen Blick</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>AWS&apos;s part</source>
        <translation>Der Teil von AWS</translation>
    </message>
    <message>
        <source>The customer&apos;s part</source>
        <translation>Der Teil des Kunden</translation>
    </message>
    <message>
        <source>Customer-managed areas</source>
        <translation>Vom Kunden verwaltete Bereiche</translation>
    </message>
    <message>
        <source>The areas AWS names as the customer&apos;s to secure, whatever the service.</source>
        <translation>Die Bereiche, die AWS als vom Kunden zu sichern nennt, unabhängig vom Service.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Was er umfasst</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>also:</source>
        <translation>auch:</translation>
    </message>
    <message>
        <source>My note on %1</source>
        <translation>Meine Notiz zu %1</translation>
    </message>
    <message>
        <source>Questions I missed</source>
        <translation>Fragen, die ich verfehlt habe</translation>
    </message>
    <message>
        <source>None: the latest answer to every question answered so far was right.</source>
        <translation>Keine: Die letzte Antwort auf jede bisher beantwortete Frage war richtig.</translation>
    </message>
    <message>
        <source>No longer in the course: %1</source>
        <translation>Nicht mehr im Kurs: %1</translation>
    </message>
    <message>
        <source>My bookmarks and other notes</source>
        <translation>Meine Lesezeichen und weiteren Notizen</translation>
    </message>
    <message>
        <source>No bookmarks.</source>
        <translation>Keine Lesezeichen.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Notes not shown elsewhere in these notes</source>
        <translation>Notizen, die sonst nirgends in diesen Lernnotizen stehen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The course was written from these pages and documents; each lesson names its own.</source>
        <translation>Der Kurs wurde aus diesen Seiten und Dokumenten geschrieben; jede Lektion nennt ihre eigenen.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Study notes: the AWS Shared Responsibility Model</source>
        <translation>Lernnotizen: das AWS-Modell der geteilten Verantwortung</translation>
    </message>
    <message>
        <source>Made with Demarc on %1</source>
        <translation>Erstellt mit Demarc am %1</translation>
    </message>
    <message>
        <source>AWS secures the cloud itself; the customer secures what it puts in the cloud.</source>
        <translation>AWS sichert die Cloud selbst; der Kunde sichert, was er in die Cloud bringt.</translation>
    </message>
    <message>
        <source>the page has no room to print on</source>
        <translation>die Seite hat keinen Platz zum Drucken</translation>
    </message>
    <message>
        <source>cannot start drawing the pages</source>
        <translation>das Zeichnen der Seiten kann nicht beginnen</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>Seite %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the outline could not be added: %2</source>
        <translation>%1: die Gliederung konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1: study notes are written as .md, .html or .pdf</source>
        <translation>%1: Lernnotizen werden als .md, .html oder .pdf geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) whose latest answer was not right, each with the answer given and every option explained: ✓ right (the words say if it was not picked), ✗ wrong, ◯ not sorted.</source>
        <translation>
            <numerusform>%n Frage, deren letzte Antwort nicht richtig war, mit der gegebenen Antwort und jeder erklärten Option: ✓ richtig (der Text sagt, ob sie nicht gewählt wurde), ✗ falsch, ◯ nicht sortiert.</numerusform>
            <numerusform>%n Fragen, deren letzte Antwort nicht richtig war, jeweils mit der gegebenen Antwort und jeder erklärten Option: ✓ richtig (der Text sagt, ob sie nicht gewählt wurde), ✗ falsch, ◯ nicht sortiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermQuestions</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Which term does this describe?

%1</source>
        <translation>Welcher Begriff wird hier beschrieben?

%1</translation>
    </message>
    <message>
        <source>Correct. %1: %2</source>
        <translation>Richtig. %1: %2</translation>
    </message>
    <message>
        <source>Not this one. %1 means: %2</source>
        <translation>Nicht dieser. %1 bedeutet: %2</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
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
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>ViewRenderer</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Drawn by Demarc</source>
        <translation>Gezeichnet von Demarc</translation>
    </message>
    <message>
        <source>cannot encode %1 as PNG</source>
        <translation>%1 kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>unknown service or model</source>
        <translation>unbekannter Service oder unbekanntes Modell</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
</context>
<context>
    <name>demarc::AboutDialog</name>
    <message>
        <source>About Demarc</source>
        <translation>Über Demarc</translation>
    </message>
    <message>
        <source>Demarc&apos;s icon</source>
        <translation>Das Symbol von Demarc</translation>
    </message>
    <message>
        <source>Demarc %1</source>
        <translation>Demarc %1</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Learn where AWS&apos;s responsibility ends and yours begins: the AWS Shared Responsibility Model, from IaaS to SaaS.&lt;/p&gt;&lt;p&gt;Demarc is free software: you may share and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lernen Sie, wo die Verantwortung von AWS endet und Ihre beginnt: das AWS-Modell der geteilten Verantwortung, von IaaS bis SaaS.&lt;/p&gt;&lt;p&gt;Demarc ist freie Software: Sie dürfen es unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Es kommt ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sources the course is written from</source>
        <translation>Die Quellen, aus denen der Kurs geschrieben ist</translation>
    </message>
    <message>
        <source>The course&apos;s sources cannot be read: %1</source>
        <translation>Die Quellen des Kurses können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The course is written from these sources</source>
        <translation>Der Kurs ist aus diesen Quellen geschrieben</translation>
    </message>
</context>
<context>
    <name>demarc::ActivityChart</name>
    <message numerus="yes">
        <source>No answers in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Antworten am letzten %n Tag.</numerusform>
            <numerusform>Keine Antworten in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last %2 days, %3 right; the busiest day was %4 with %5.</source>
        <translation>%1 in den letzten %2 Tagen, %3 richtig; der meiste Betrieb war am %4 mit %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>%1: %2, %3 right</source>
        <translation>%1: %2, %3 richtig</translation>
    </message>
</context>
<context>
    <name>demarc::AnalogyModel</name>
    <message>
        <source>The builder: AWS</source>
        <translation>Der Bauunternehmer: AWS</translation>
    </message>
    <message>
        <source>The homeowner: you</source>
        <translation>Der Hauseigentümer: Sie</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>In the house</source>
        <translation>Im Haus</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>In der Cloud</translation>
    </message>
    <message>
        <source>Whose job</source>
        <translation>Wessen Aufgabe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>demarc::ChoiceButton</name>
    <message>
        <source>Choice %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>Chosen.</source>
        <translation>Gewählt.</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>Nicht gewählt.</translation>
    </message>
</context>
<context>
    <name>demarc::ChoiceEditor</name>
    <message>
        <source>Choices</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove Choice</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>demarc::ChoicesModel</name>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Mark a choice right</source>
        <translation>Eine Option als richtig markieren</translation>
    </message>
    <message>
        <source>Mark a choice wrong</source>
        <translation>Eine Option als falsch markieren</translation>
    </message>
    <message>
        <source>Set a choice&apos;s party</source>
        <translation>Die Partei einer Option festlegen</translation>
    </message>
    <message>
        <source>Edit choice id</source>
        <translation>Kennung der Option bearbeiten</translation>
    </message>
    <message>
        <source>Edit choice text</source>
        <translation>Text der Option bearbeiten</translation>
    </message>
    <message>
        <source>Edit explanation</source>
        <translation>Erklärung bearbeiten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Whose job</source>
        <translation>Wessen Aufgabe</translation>
    </message>
    <message>
        <source>Right?</source>
        <translation>Richtig?</translation>
    </message>
    <message>
        <source>Why (shown after answering)</source>
        <translation>Warum (nach der Antwort gezeigt)</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Eine Option hinzufügen</translation>
    </message>
    <message>
        <source>Remove a choice</source>
        <translation>Eine Option entfernen</translation>
    </message>
    <message>
        <source>Move a choice</source>
        <translation>Eine Option verschieben</translation>
    </message>
</context>
<context>
    <name>demarc::ClassServer</name>
    <message>
        <source>&quot;%1&quot; is not an address to listen on</source>
        <translation>„%1“ ist keine Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>Listening on every address (%1) is refused: choose the classroom network&apos;s own address</source>
        <translation>Auf allen Adressen (%1) zu lauschen wird abgelehnt: wählen Sie die Adresse des Klassenraumnetzes</translation>
    </message>
    <message>
        <source>Only the loopback address may be used here (DEMARC_CLASS_LOOPBACK_ONLY is set), not %1</source>
        <translation>Hier darf nur die Loopback-Adresse benutzt werden (DEMARC_CLASS_LOOPBACK_ONLY ist gesetzt), nicht %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann auf %1 Port %2 nicht lauschen: %3</translation>
    </message>
    <message>
        <source>%1 is not one of this machine&apos;s addresses; its addresses now: %2</source>
        <translation>%1 ist keine Adresse dieses Rechners; seine Adressen sind jetzt: %2</translation>
    </message>
</context>
<context>
    <name>demarc::ClassifyBoard</name>
    <message>
        <source>Sorting board</source>
        <translation>Zuordnungsbrett</translation>
    </message>
    <message>
        <source>0 · To sort</source>
        <translation>0 · Zuzuordnen</translation>
    </message>
    <message numerus="yes">
        <source>To sort: %n item(s)</source>
        <translation>
            <numerusform>Zuzuordnen: %n Element</numerusform>
            <numerusform>Zuzuordnen: %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS&apos;s part</source>
        <translation>Der Teil von AWS</translation>
    </message>
    <message>
        <source>The customer&apos;s part</source>
        <translation>Der Teil des Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n Element</numerusform>
            <numerusform>%1: %n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::ControlsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>AWS&apos;s part</source>
        <translation>Der Teil von AWS</translation>
    </message>
    <message>
        <source>The customer&apos;s part</source>
        <translation>Der Teil des Kunden</translation>
    </message>
</context>
<context>
    <name>demarc::CustomerAreasModel</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What the customer manages</source>
        <translation>Was der Kunde verwaltet</translation>
    </message>
</context>
<context>
    <name>demarc::DatabaseProblemDialog</name>
    <message>
        <source>Demarc: the database is damaged</source>
        <translation>Demarc: die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Demarc cannot open your progress.</source>
        <translation>Demarc kann Ihren Fortschritt nicht öffnen.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it brings back everything up to then; starting fresh begins with no progress. Either way the damaged file is kept, renamed, beside the new one.</source>
        <translation>Die neueste Sicherung ist vom %1. Sie wiederherzustellen bringt alles bis dahin zurück; neu zu beginnen startet ohne Fortschritt. In beiden Fällen wird die beschädigte Datei umbenannt neben der neuen aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no backup to go back to. Starting fresh begins with no progress; the damaged file is kept, renamed, beside the new one.</source>
        <translation>Es gibt keine Sicherung, zu der Sie zurückkehren können. Neu zu beginnen startet ohne Fortschritt; die beschädigte Datei wird umbenannt neben der neuen aufbewahrt.</translation>
    </message>
    <message>
        <source>Demarc: not a Demarc database</source>
        <translation>Demarc: keine Datenbank von Demarc</translation>
    </message>
    <message>
        <source>This file is not a Demarc database.</source>
        <translation>Diese Datei ist keine Datenbank von Demarc.</translation>
    </message>
    <message>
        <source>Demarc keeps progress only in a file of its own, so it leaves this one exactly as it is. Open another database, or quit and start Demarc without --db to use your usual one.</source>
        <translation>Demarc speichert Fortschritt nur in einer eigenen Datei und lässt diese deshalb genau so, wie sie ist. Öffnen Sie eine andere Datenbank, oder beenden Sie und starten Sie Demarc ohne --db, um Ihre gewohnte zu verwenden.</translation>
    </message>
    <message>
        <source>Demarc cannot open the database</source>
        <translation>Demarc kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Demarc cannot use this database.</source>
        <translation>Demarc kann diese Datenbank nicht verwenden.</translation>
    </message>
    <message>
        <source>The file is left as it is. Open another database, or quit.</source>
        <translation>Die Datei bleibt, wie sie ist. Öffnen Sie eine andere Datenbank oder beenden Sie.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Start &amp;Fresh…</source>
        <translation>&amp;Neu beginnen …</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>Andere Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Start fresh with no progress?

The damaged database %1 will be renamed and kept as %2 in %3. Nothing is deleted.</source>
        <translation>Ohne Fortschritt neu beginnen?

Die beschädigte Datenbank %1 wird umbenannt und als %2 in %3 aufbewahrt. Nichts wird gelöscht.</translation>
    </message>
</context>
<context>
    <name>demarc::DeckEditorDialog</name>
    <message>
        <source>Available items</source>
        <translation>Verfügbare Elemente</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Hinzufügen →</translation>
    </message>
    <message>
        <source>Add the chosen items to the end of the steps (Enter)</source>
        <translation>Die gewählten Elemente ans Ende der Schritte setzen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Steps in order</source>
        <translation>Schritte in Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen item from the steps (Delete)</source>
        <translation>Das gewählte Element aus den Schritten entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Show the chosen item earlier (Ctrl+Up)</source>
        <translation>Das gewählte Element früher zeigen (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Show the chosen item later (Ctrl+Down)</source>
        <translation>Das gewählte Element später zeigen (Strg+Runter)</translation>
    </message>
    <message>
        <source>Reset to De&amp;fault</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the steps with the deck a new instructor starts from</source>
        <translation>Die Schritte durch die Präsentation ersetzen, mit der eine neue Lehrkraft beginnt</translation>
    </message>
    <message>
        <source>Presenter Steps</source>
        <translation>Präsentationsschritte</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter the available items</source>
        <translation>Die verfügbaren Elemente filtern</translation>
    </message>
    <message numerus="yes">
        <source>Adds %n step(s)</source>
        <translation>
            <numerusform>Fügt %n Schritt hinzu</numerusform>
            <numerusform>Fügt %n Schritte hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation>&amp;Verfügbar</translation>
    </message>
    <message>
        <source>&amp;Steps in order</source>
        <translation>Schritte in &amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Double-click an item or press Enter to add it.</source>
        <translation>Doppelklicken Sie auf ein Element oder drücken Sie die Eingabetaste, um es hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in the course)</source>
        <translation>%1 (nicht im Kurs)</translation>
    </message>
    <message>
        <source>No steps: presenter mode will use the default deck</source>
        <translation>Keine Schritte: der Präsentationsmodus verwendet die Standardpräsentation</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not in the course and will be skipped</source>
        <translation>
            <numerusform>%n Element ist nicht im Kurs und wird übersprungen</numerusform>
            <numerusform>%n Elemente sind nicht im Kurs und werden übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::DiagramPage</name>
    <message>
        <source>Show the stack for</source>
        <translation>Den Stapel zeigen für</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Layer details</source>
        <translation>Details der Schicht</translation>
    </message>
    <message>
        <source>&amp;Show for:</source>
        <translation>&amp;Zeigen für:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Choose a layer to read who secures it and why.</source>
        <translation>Wählen Sie eine Schicht, um zu lesen, wer sie sichert und warum.</translation>
    </message>
    <message>
        <source>◆ This is specific to %1; its model&apos;s column says otherwise.</source>
        <translation>◆ Das gilt speziell für %1; die Spalte seines Modells sagt etwas anderes.</translation>
    </message>
    <message>
        <source>Here %1 is the same as any %2 service; the reason above is the %2 column&apos;s.</source>
        <translation>Hier ist %1 wie jeder %2-Service; die Begründung oben ist die der %2-Spalte.</translation>
    </message>
    <message>
        <source>(!) What popular material gets wrong:</source>
        <translation>(!) Was verbreitetes Material falsch darstellt:</translation>
    </message>
    <message>
        <source> ⇄ changes hands</source>
        <translation> ⇄ wechselt die Zuständigkeit</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
</context>
<context>
    <name>demarc::DiagramView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, its own cell for this service</source>
        <translation>, eigene Zelle für diesen Service</translation>
    </message>
    <message>
        <source>, popular material says otherwise</source>
        <translation>, verbreitetes Material sagt es anders</translation>
    </message>
    <message>
        <source>In the comparison: %1.</source>
        <translation>Im Vergleich: %1.</translation>
    </message>
    <message>
        <source>The demarcation line is at the bottom: no layer is AWS&apos;s alone</source>
        <translation>Die Trennlinie liegt ganz unten: keine Schicht gehört AWS allein</translation>
    </message>
    <message numerus="yes">
        <source>AWS alone secures the %n layer(s) below the demarcation line</source>
        <translation>
            <numerusform>AWS allein sichert die %n Schicht unterhalb der Trennlinie</numerusform>
            <numerusform>AWS allein sichert die %n Schichten unterhalb der Trennlinie</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS calls it: %1 · drawn with the %2 column except where marked ◆</source>
        <translation>Bei AWS heißt es: %1 · gezeichnet mit der Spalte %2, außer wo ◆ steht</translation>
    </message>
    <message>
        <source>No cloud provider: every layer is yours to secure</source>
        <translation>Kein Cloud-Anbieter: Sie sichern jede Schicht selbst</translation>
    </message>
    <message>
        <source>Service model · for example %1</source>
        <translation>Servicemodell · zum Beispiel %1</translation>
    </message>
    <message>
        <source>Responsibility diagram</source>
        <translation>Verantwortungsdiagramm</translation>
    </message>
</context>
<context>
    <name>demarc::EditorPage</name>
    <message>
        <source>&amp;New Pack…</source>
        <translation>&amp;Neues Paket …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>One line on what the pack is for</source>
        <translation>Eine Zeile dazu, wofür das Paket ist</translation>
    </message>
    <message>
        <source>Edit my pack</source>
        <translation>Mein Paket bearbeiten</translation>
    </message>
    <message>
        <source>Pack to edit</source>
        <translation>Zu bearbeitendes Paket</translation>
    </message>
    <message>
        <source>Start a pack of your own that adds to the course</source>
        <translation>Ein eigenes Paket beginnen, das den Kurs ergänzt</translation>
    </message>
    <message>
        <source>Install the pack as its next version (Ctrl+S)</source>
        <translation>Das Paket als nächste Version installieren (Strg+S)</translation>
    </message>
    <message>
        <source>You have no pack of your own yet.

New Pack… starts one that adds lessons, glossary terms and questions to the course, using its layers, services, topics and sources. The course that comes with Demarc is never changed. Packs imported from a file can be edited here too.</source>
        <translation>Sie haben noch kein eigenes Paket.

Neues Paket … beginnt eines, das dem Kurs Lektionen, Glossarbegriffe und Fragen hinzufügt und dabei seine Schichten, Services, Themen und Quellen verwendet. Der Kurs, der mit Demarc kommt, wird nie verändert. Aus einer Datei importierte Pakete lassen sich hier ebenfalls bearbeiten.</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Add &amp;Lesson</source>
        <translation>&amp;Lektion hinzufügen</translation>
    </message>
    <message>
        <source>Remove Lesson</source>
        <translation>Lektion entfernen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Add &amp;Term</source>
        <translation>&amp;Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation>Begriff entfernen</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>The pack was not started: %1</source>
        <translation>Das Paket wurde nicht begonnen: %1</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>Title of the pack:</source>
        <translation>Titel des Pakets:</translation>
    </message>
    <message>
        <source>Your name, as the author:</source>
        <translation>Ihr Name als Autor:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them first?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Edit pack %1</source>
        <translation>Paket %1 bearbeiten</translation>
    </message>
    <message>
        <source>The pack&apos;s id and version are kept for you: every save is the next version, so a colleague who imports a newer copy gets your changes and keeps their history.</source>
        <translation>Kennung und Version des Pakets werden für Sie geführt: jedes Speichern ist die nächste Version, sodass eine Kollegin, die eine neuere Kopie importiert, Ihre Änderungen bekommt und ihren Verlauf behält.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Glossarbegriffe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>✓ No problems.</source>
        <translation>✓ Keine Probleme.</translation>
    </message>
    <message>
        <source>⚠ To fix before saving:
%1</source>
        <translation>⚠ Vor dem Speichern zu beheben:
%1</translation>
    </message>
    <message>
        <source>%1 (⚠ %2)</source>
        <translation>%1 (⚠ %2)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>checking the changes…</source>
        <translation>die Änderungen werden geprüft …</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n Problem zu beheben</numerusform>
            <numerusform>%n Probleme zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>The packs cannot be read: %1</source>
        <translation>Die Pakete können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the open pack has unsaved changes</source>
        <translation>das geöffnete Paket hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Started &quot;%1&quot;. Add questions, lessons and terms; Save installs them.</source>
        <translation>„%1“ begonnen. Fügen Sie Fragen, Lektionen und Begriffe hinzu; Speichern installiert sie.</translation>
    </message>
    <message>
        <source>no pack is open</source>
        <translation>kein Paket ist geöffnet</translation>
    </message>
    <message>
        <source>Not saved: %1 first.</source>
        <translation>Nicht gespeichert: zuerst %1.</translation>
    </message>
    <message numerus="yes">
        <source>fix the %n problem(s)</source>
        <translation>
            <numerusform>das %n Problem beheben</numerusform>
            <numerusform>die %n Probleme beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation>„%1“ als Version %2 gespeichert.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Single answer</source>
        <translation>Eine Antwort</translation>
    </message>
    <message>
        <source>Select all that apply</source>
        <translation>Alle zutreffenden wählen</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <source>Sort tasks by party</source>
        <translation>Aufgaben nach Partei zuordnen</translation>
    </message>
    <message>
        <source>Split a shared control</source>
        <translation>Eine geteilte Kontrolle aufteilen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>a topic id, e.g. service-types</source>
        <translation>eine Themenkennung, z. B. service-types</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>split questions only, e.g. Patch management</source>
        <translation>nur für Aufteilungsfragen, z. B. Patch-Management</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>the lesson it belongs to</source>
        <translation>die Lektion, zu der sie gehört</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>optional, e.g. guest-os</source>
        <translation>optional, z. B. guest-os</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>optional, e.g. paas</source>
        <translation>optional, z. B. paas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>optional, e.g. rds</source>
        <translation>optional, z. B. rds</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>fact numbers, e.g. 70, 71</source>
        <translation>Faktennummern, z. B. 70, 71</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>source ids, e.g. srm, rds-m</source>
        <translation>Quellenkennungen, z. B. srm, rds-m</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>a topic id</source>
        <translation>eine Themenkennung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Body (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>fact numbers, e.g. 4, 70</source>
        <translation>Faktennummern, z. B. 4, 70</translation>
    </message>
    <message>
        <source>source ids, e.g. srm</source>
        <translation>Quellenkennungen, z. B. srm</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Andere Schreibweisen</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>source ids</source>
        <translation>Quellenkennungen</translation>
    </message>
</context>
<context>
    <name>demarc::ExportNotesDialog</name>
    <message>
        <source>&amp;Progress summary</source>
        <translation>&amp;Fortschrittsübersicht</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Diagrams of the chosen services</source>
        <translation>&amp;Diagramme der gewählten Services</translation>
    </message>
    <message>
        <source>&amp;Matrix (IaaS, PaaS, SaaS and the chosen services)</source>
        <translation>&amp;Matrix (IaaS, PaaS, SaaS und die gewählten Services)</translation>
    </message>
    <message>
        <source>IT &amp;controls table</source>
        <translation>Tabelle der IT-&amp;Kontrollen</translation>
    </message>
    <message>
        <source>C&amp;ustomer-managed areas table</source>
        <translation>Tabelle der vom K&amp;unden verwalteten Bereiche</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>Questions I m&amp;issed, with explanations</source>
        <translation>Fragen, die ich &amp;verfehlt habe, mit Erklärungen</translation>
    </message>
    <message>
        <source>My &amp;notes and bookmarks</source>
        <translation>Meine &amp;Notizen und Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;All topics</source>
        <translation>&amp;Alle Themen</translation>
    </message>
    <message>
        <source>C&amp;hosen topics:</source>
        <translation>&amp;Gewählte Themen:</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>Aufzunehmende Themen</translation>
    </message>
    <message>
        <source>Services to draw</source>
        <translation>Zu zeichnende Services</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Export Study Notes</source>
        <translation>Lernnotizen exportieren</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Lessons and missed questions from</source>
        <translation>Lektionen und verfehlte Fragen aus</translation>
    </message>
    <message>
        <source>Diagrams and matrix columns for</source>
        <translation>Diagramme und Matrixspalten für</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Usual ones</source>
        <translation>Die üblichen</translation>
    </message>
    <message>
        <source>The service models, Amazon EC2, Amazon RDS, AWS Lambda and Amazon S3</source>
        <translation>Die Servicemodelle, Amazon EC2, Amazon RDS, AWS Lambda und Amazon S3</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF-Dokument (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze (PDF and print):</source>
        <translation>Papier&amp;größe (PDF und Druck):</translation>
    </message>
    <message>
        <source>Choose at least one part to include.</source>
        <translation>Wählen Sie mindestens einen Teil zum Aufnehmen.</translation>
    </message>
    <message>
        <source>Choose at least one topic, or All topics.</source>
        <translation>Wählen Sie mindestens ein Thema oder Alle Themen.</translation>
    </message>
    <message>
        <source>Choose at least one service model or service for the diagrams and the matrix.</source>
        <translation>Wählen Sie mindestens ein Servicemodell oder einen Service für die Diagramme und die Matrix.</translation>
    </message>
    <message>
        <source>Cannot export yet: %1</source>
        <translation>Noch kein Export möglich: %1</translation>
    </message>
    <message>
        <source>Cannot read the course: %1</source>
        <translation>Der Kurs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Demarc study notes</source>
        <translation>Demarc-Lernnotizen</translation>
    </message>
    <message>
        <source>The study notes could not be written.</source>
        <translation>Die Lernnotizen konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Print Study Notes</source>
        <translation>Lernnotizen drucken</translation>
    </message>
    <message>
        <source>The study notes could not be printed.</source>
        <translation>Die Lernnotizen konnten nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>demarc::GettingStartedDialog</name>
    <message>
        <source>Home: where each day starts</source>
        <translation>Start: wo jeder Tag beginnt</translation>
    </message>
    <message>
        <source>Home says what to do next: the first lesson when you are new, then the lesson to continue, what is due for review today, your daily goal and streak, and how well you know each topic. **Practise** beside a topic gives a round of 10 questions on it. `Alt+Home` comes back here.</source>
        <translation>Start sagt, was als Nächstes dran ist: die erste Lektion, wenn Sie neu sind, dann die Lektion zum Weiterlesen, was heute zur Wiederholung fällig ist, Ihr Tagesziel und Ihre Serie und wie gut Sie jedes Thema kennen. **Üben** neben einem Thema gibt eine Runde mit 10 Fragen dazu. `Alt+Pos1` führt hierher zurück.</translation>
    </message>
    <message>
        <source>Lessons: read the course</source>
        <translation>Lektionen: den Kurs lesen</translation>
    </message>
    <message>
        <source>Short lessons in reading order, from *security of the cloud* and *security in the cloud* to how the line moves from IaaS to SaaS. A lesson you have opened is ticked ✓. Key terms in bold open their glossary entry; the sources are listed under each lesson. `Ctrl+1`.</source>
        <translation>Kurze Lektionen in Lesereihenfolge, von *security of the cloud* und *security in the cloud* bis dazu, wie sich die Linie von IaaS zu SaaS verschiebt. Eine geöffnete Lektion bekommt einen Haken ✓. Fett gesetzte Fachbegriffe öffnen ihren Glossareintrag; die Quellen stehen unter jeder Lektion. `Strg+1`.</translation>
    </message>
    <message>
        <source>Diagram: who secures each layer</source>
        <translation>Diagramm: wer welche Schicht absichert</translation>
    </message>
    <message>
        <source>The stack from the data centre up to your data, drawn for one service or model at a time. Choose another in **Show for** to watch the line between AWS and you move; **Compare with** puts two side by side. Arrow keys move through the layers and say why each is whose. `Ctrl+2`.</source>
        <translation>Der Stapel vom Rechenzentrum bis zu Ihren Daten, gezeichnet für jeweils einen Service oder ein Modell. Wählen Sie bei **Zeigen für** einen anderen, um die Linie zwischen AWS und Ihnen wandern zu sehen; **Vergleichen mit** stellt zwei nebeneinander. Die Pfeiltasten gehen durch die Schichten und sagen, warum jede wem gehört. `Strg+2`.</translation>
    </message>
    <message>
        <source>Matrix: every layer under every model</source>
        <translation>Matrix: jede Schicht unter jedem Modell</translation>
    </message>
    <message>
        <source>The same answers as a table: layers down the side, IaaS, PaaS, SaaS and the services across. A cell shows its party in words and colour; its details give the reason and the sources. `Ctrl+3`.</source>
        <translation>Dieselben Antworten als Tabelle: die Schichten untereinander, IaaS, PaaS, SaaS und die Services nebeneinander. Eine Zelle zeigt ihre Partei in Worten und Farbe; ihre Details nennen den Grund und die Quellen. `Strg+3`.</translation>
    </message>
    <message>
        <source>Quiz: check what you know</source>
        <translation>Quiz: prüfen, was Sie wissen</translation>
    </message>
    <message>
        <source>*Practice* explains every option the moment you check an answer; an *exam* waits until the end and is passed at 100 %. Choose topics and a length, or retry your mistakes. Keys: `1`–`9` choose, `Space` or `Enter` check and go on, `F` flags a question. `Ctrl+5`.</source>
        <translation>*Üben* erklärt jede Option, sobald Sie eine Antwort prüfen; eine *Prüfung* wartet bis zum Ende und ist mit 100 % bestanden. Wählen Sie Themen und eine Länge oder wiederholen Sie Ihre Fehler. Tasten: `1`–`9` wählen, `Leertaste` oder `Eingabe` prüfen und weiter, `F` markiert eine Frage. `Strg+5`.</translation>
    </message>
    <message>
        <source>Review and Progress: keep it</source>
        <translation>Wiederholung und Fortschritt: behalten</translation>
    </message>
    <message>
        <source>Questions and glossary terms come back for review just before you would forget them; Review lists what you missed, with explanations, and Progress shows mastery per topic and your answers per day. `Ctrl+6`, `Ctrl+7`.</source>
        <translation>Fragen und Glossarbegriffe kommen zur Wiederholung zurück, kurz bevor Sie sie vergessen würden; Wiederholung listet, was Sie verfehlt haben, mit Erklärungen, und Fortschritt zeigt die Beherrschung pro Thema und Ihre Antworten pro Tag. `Strg+6`, `Strg+7`.</translation>
    </message>
    <message>
        <source>Notes and study notes</source>
        <translation>Notizen und Lernnotizen</translation>
    </message>
    <message>
        <source>Write a note on any lesson, layer, cell, term or question (`Ctrl+Shift+N`), bookmark it (`Ctrl+D`), and find them all in Notes. **File → Export Study Notes** writes the course and your notes as Markdown, HTML or PDF. `Ctrl+8`.</source>
        <translation>Schreiben Sie eine Notiz zu jeder Lektion, Schicht, Zelle, jedem Begriff oder jeder Frage (`Strg+Umschalt+N`), setzen Sie ein Lesezeichen (`Strg+D`) und finden Sie alles unter Notizen. **Datei → Lernnotizen exportieren** schreibt den Kurs und Ihre Notizen als Markdown, HTML oder PDF. `Strg+8`.</translation>
    </message>
    <message>
        <source>Teaching with Demarc</source>
        <translation>Mit Demarc unterrichten</translation>
    </message>
    <message>
        <source>**View → Presenter Mode** (`F5`) shows the diagram, the matrix and quiz questions full screen for a class: the arrow keys step through, `R` reveals the answer. **F1** lists every key the app answers to.</source>
        <translation>**Ansicht → Präsentationsmodus** (`F5`) zeigt das Diagramm, die Matrix und Quizfragen im Vollbild für eine Klasse: Die Pfeiltasten gehen weiter, `R` deckt die Antwort auf. **F1** listet jede Taste, auf die die App reagiert.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>About this view</source>
        <translation>Über diese Ansicht</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Open this view</source>
        <translation>Diese Ansicht ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>demarc::GlossaryPage</name>
    <message>
        <source>Filter glossary terms</source>
        <translation>Glossarbegriffe filtern</translation>
    </message>
    <message>
        <source>Filter terms…</source>
        <translation>Begriffe filtern …</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Glossarbegriffe</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Auch geschrieben:</translation>
    </message>
    <message>
        <source>Used in these lessons</source>
        <translation>Verwendet in diesen Lektionen</translation>
    </message>
    <message>
        <source>No lesson uses this term yet.</source>
        <translation>Noch keine Lektion verwendet diesen Begriff.</translation>
    </message>
    <message>
        <source>No glossary terms are installed.</source>
        <translation>Es sind keine Glossarbegriffe installiert.</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>Kein Begriff passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>demarc::HomePage</name>
    <message>
        <source>Mastery per topic</source>
        <translation>Beherrschung pro Thema</translation>
    </message>
    <message numerus="yes">
        <source>A question is mastered while its latest answer is right. Practise a topic for a round of %n question(s) on it.</source>
        <translation>
            <numerusform>Eine Frage gilt als beherrscht, solange ihre letzte Antwort richtig ist. Üben Sie ein Thema in einer Runde mit %n Frage dazu.</numerusform>
            <numerusform>Eine Frage gilt als beherrscht, solange ihre letzte Antwort richtig ist. Üben Sie ein Thema in einer Runde mit %n Fragen dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue &amp;reading</source>
        <translation>&amp;Weiterlesen</translation>
    </message>
    <message>
        <source>Take a &amp;5-question check</source>
        <translation>&amp;5-Fragen-Check machen</translation>
    </message>
    <message>
        <source>Re&amp;view now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Tagesziel heute</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> am Tag</translation>
    </message>
    <message>
        <source>Daily goal: questions a day</source>
        <translation>Tagesziel: Fragen am Tag</translation>
    </message>
    <message>
        <source>Take the e&amp;xam</source>
        <translation>Die &amp;Prüfung ablegen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;1.&lt;/b&gt; Read lesson 1, &lt;i&gt;%1&lt;/i&gt;, then &lt;b&gt;2.&lt;/b&gt; check what stayed with %n question(s).</source>
        <translation>
            <numerusform>&lt;b&gt;1.&lt;/b&gt; Lesen Sie Lektion 1, &lt;i&gt;%1&lt;/i&gt;, dann &lt;b&gt;2.&lt;/b&gt; prüfen Sie mit %n Frage, was hängen geblieben ist.</numerusform>
            <numerusform>&lt;b&gt;1.&lt;/b&gt; Lesen Sie Lektion 1, &lt;i&gt;%1&lt;/i&gt;, dann &lt;b&gt;2.&lt;/b&gt; prüfen Sie mit %n Fragen, was hängen geblieben ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Continue: lesson %1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Weiter: Lektion %1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) read</source>
        <translation>
            <numerusform>%1 von %n Lektion gelesen</numerusform>
            <numerusform>%1 von %n Lektionen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read lesson &amp;1</source>
        <translation>Lektion &amp;1 lesen</translation>
    </message>
    <message>
        <source>Continue with lesson %1</source>
        <translation>Weiter mit Lektion %1</translation>
    </message>
    <message>
        <source>Nothing is due: well kept.</source>
        <translation>Nichts ist fällig: gut behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n question(s)</source>
        <translation>
            <numerusform>Heute: %1 von %n Frage</numerusform>
            <numerusform>Heute: %1 von %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Goal met</source>
        <translation>✓ Ziel erreicht</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge</numerusform>
            <numerusform>Serie: %n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Meet the goal today to start a streak.</source>
        <translation>Erreichen Sie heute das Ziel, um eine Serie zu beginnen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;✓ Passed at 100 %&lt;/b&gt;&lt;/span&gt;&lt;br&gt;on %1</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;✓ Mit 100 % bestanden&lt;/b&gt;&lt;/span&gt;&lt;br&gt;am %1</translation>
    </message>
    <message>
        <source>Take it ag&amp;ain</source>
        <translation>Noch &amp;einmal ablegen</translation>
    </message>
    <message>
        <source>Not passed yet. The exam is passed when every answer is right.</source>
        <translation>Noch nicht bestanden. Die Prüfung ist bestanden, wenn jede Antwort richtig ist.</translation>
    </message>
    <message>
        <source>New here? Begin with the first lesson: a few minutes on who secures what.</source>
        <translation>Neu hier? Beginnen Sie mit der ersten Lektion: ein paar Minuten dazu, wer was absichert.</translation>
    </message>
    <message>
        <source>Read lesson 1</source>
        <translation>Lektion 1 lesen</translation>
    </message>
    <message>
        <source>Some questions are due for review: answering them now keeps them in memory.</source>
        <translation>Einige Fragen sind zur Wiederholung fällig: Wer sie jetzt beantwortet, behält sie.</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Every topic is mastered. Show it: the exam is passed at 100 %.</source>
        <translation>Jedes Thema ist beherrscht. Zeigen Sie es: Die Prüfung ist mit 100 % bestanden.</translation>
    </message>
    <message>
        <source>Take the exam</source>
        <translation>Die Prüfung ablegen</translation>
    </message>
    <message>
        <source>Every topic mastered and the exam passed. Keep it fresh with a round on any topic.</source>
        <translation>Jedes Thema beherrscht und die Prüfung bestanden. Halten Sie es frisch mit einer Runde zu einem beliebigen Thema.</translation>
    </message>
    <message>
        <source>Practise all topics</source>
        <translation>Alle Themen üben</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 mastered</source>
        <translation>%1 von %2 beherrscht</translation>
    </message>
    <message>
        <source>%1: %2 of %3 mastered</source>
        <translation>%1: %2 von %3 beherrscht</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Practise %1</source>
        <translation>%1 üben</translation>
    </message>
    <message>
        <source>to review: questions and glossary terms</source>
        <translation>zu wiederholen: Fragen und Glossarbegriffe</translation>
    </message>
    <message numerus="yes">
        <source>Your weakest topic is “%1”: %2 of %n question(s) mastered.</source>
        <translation>
            <numerusform>Ihr schwächstes Thema ist „%1“: %2 von %n Frage beherrscht.</numerusform>
            <numerusform>Ihr schwächstes Thema ist „%1“: %2 von %n Fragen beherrscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practise “%1”</source>
        <translation>„%1“ üben</translation>
    </message>
</context>
<context>
    <name>demarc::LessonTocModel</name>
    <message numerus="yes">
        <source>%1, %2 of %n lesson(s) read</source>
        <translation>
            <numerusform>%1, %2 von %n Lektion gelesen</numerusform>
            <numerusform>%1, %2 von %n Lektionen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) read</source>
        <translation>
            <numerusform>%1 von %n Lektion gelesen</numerusform>
            <numerusform>%1 von %n Lektionen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, read</source>
        <translation>%1, gelesen</translation>
    </message>
</context>
<context>
    <name>demarc::LessonsPage</name>
    <message>
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Text der Lektion</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Vorherige Lektion</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Vorherige Lektion (Alt+Links)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Nächste Lektion (Alt+Rechts)</translation>
    </message>
    <message>
        <source>No lessons are installed.</source>
        <translation>Es sind keine Lektionen installiert.</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lektion %1 von %2</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left): %1</source>
        <translation>Vorherige Lektion (Alt+Links): %1</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right): %1</source>
        <translation>Nächste Lektion (Alt+Rechts): %1</translation>
    </message>
</context>
<context>
    <name>demarc::LiveClassDialog</name>
    <message>
        <source>Live Answers Network</source>
        <translation>Netzwerk für Live-Antworten</translation>
    </message>
    <message>
        <source>This machine&apos;s classroom address (the first private one)</source>
        <translation>Die Klassenraumadresse dieses Rechners (die erste private)</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Phones join at this address over the room&apos;s network; nothing is sent anywhere else. Listening on every address at once is never offered.</source>
        <translation>Handys treten über das Netz des Raums unter dieser Adresse bei; nichts wird anderswohin gesendet. Auf allen Adressen zugleich zu lauschen wird nie angeboten.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
</context>
<context>
    <name>demarc::MainWindow</name>
    <message>
        <source>← &amp;Back to the quiz</source>
        <translation>← &amp;Zurück zum Quiz</translation>
    </message>
    <message>
        <source>Demarc</source>
        <translation>Demarc</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>there is no view &quot;%1&quot;</source>
        <translation>es gibt keine Ansicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 for question %2 of the quiz.</source>
        <translation>%1 für Frage %2 des Quiz gezeigt.</translation>
    </message>
    <message>
        <source>Showing %1 from the quiz.</source>
        <translation>%1 aus dem Quiz gezeigt.</translation>
    </message>
    <message>
        <source>the diagram</source>
        <translation>Das Diagramm</translation>
    </message>
    <message>
        <source>the layer in the diagram</source>
        <translation>Die Schicht im Diagramm</translation>
    </message>
    <message>
        <source>the cell in the matrix</source>
        <translation>Die Zelle in der Matrix</translation>
    </message>
    <message>
        <source>Practise this question</source>
        <translation>Diese Frage üben</translation>
    </message>
    <message>
        <source>A quiz is under way. Leave it and practise this question on its own? Your answers so far are saved.</source>
        <translation>Ein Quiz läuft gerade. Es verlassen und diese Frage einzeln üben? Ihre bisherigen Antworten sind gespeichert.</translation>
    </message>
    <message>
        <source>This question is no longer in the course.</source>
        <translation>Diese Frage ist nicht mehr im Kurs.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Study Notes…</source>
        <translation>Lernnotizen &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print Study Notes…</source>
        <translation>Lernnotizen &amp;drucken …</translation>
    </message>
    <message>
        <source>&amp;Import Content Pack…</source>
        <translation>Inhaltspaket &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport Content Pack…</source>
        <translation>Inhaltspaket e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Write a Note</source>
        <translation>Notiz &amp;schreiben</translation>
    </message>
    <message>
        <source>Notes go on a lesson, a layer, a matrix cell, a glossary term or an answered question.</source>
        <translation>Notizen gehören zu einer Lektion, einer Schicht, einer Matrixzelle, einem Glossarbegriff oder einer beantworteten Frage.</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>In the quiz, press F to flag a question; flagged questions are bookmarked.</source>
        <translation>Im Quiz markieren Sie eine Frage mit F; markierte Fragen bekommen ein Lesezeichen.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>Bewegung &amp;verringern</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Cannot start presenter mode: %1</source>
        <translation>Der Präsentationsmodus kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Presenter S&amp;teps…</source>
        <translation>Präsentations&amp;schritte …</translation>
    </message>
    <message>
        <source>Presenter Scr&amp;een</source>
        <translation>Präsentations&amp;bildschirm</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Su&amp;chen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Demarc</source>
        <translation>Ü&amp;ber Demarc</translation>
    </message>
    <message>
        <source>Study notes written to %1</source>
        <translation>Lernnotizen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Study notes sent to the printer</source>
        <translation>Lernnotizen an den Drucker geschickt</translation>
    </message>
    <message>
        <source>Presenter steps skipped: %1</source>
        <translation>Präsentationsschritte übersprungen: %1</translation>
    </message>
    <message>
        <source>Cannot read the course: %1</source>
        <translation>Der Kurs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the presenter steps: %1</source>
        <translation>Die Präsentationsschritte können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Presenter steps reset to the default deck</source>
        <translation>Präsentationsschritte auf die Standardpräsentation zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Presenter steps saved: %n item(s)</source>
        <translation>
            <numerusform>Präsentationsschritte gespeichert: %n Element</numerusform>
            <numerusform>Präsentationsschritte gespeichert: %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The pack in the Editor has unsaved changes, which the backup does not have. Restore anyway?</source>
        <translation>Das Paket im Editor hat ungespeicherte Änderungen, die die Sicherung nicht enthält. Trotzdem wiederherstellen?</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>Die Lektion</translation>
    </message>
    <message>
        <source>the glossary term</source>
        <translation>Den Glossarbegriff</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Langu&amp;age</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Demarc.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Demarc.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Live Answers</source>
        <translation>&amp;Live-Antworten</translation>
    </message>
    <message>
        <source>Live Answers &amp;Network…</source>
        <translation>&amp;Netzwerk für Live-Antworten…</translation>
    </message>
</context>
<context>
    <name>demarc::MatrixPage</name>
    <message>
        <source>Show my &amp;mistakes</source>
        <translation>Meine &amp;Fehler zeigen</translation>
    </message>
    <message>
        <source>Customer-managed areas</source>
        <translation>Vom Kunden verwaltete Bereiche</translation>
    </message>
    <message>
        <source>IT control categories</source>
        <translation>Kategorien der IT-Kontrollen</translation>
    </message>
    <message>
        <source>Service categories</source>
        <translation>Servicekategorien</translation>
    </message>
    <message>
        <source>The builder and the homeowner</source>
        <translation>Der Bauunternehmer und der Hauseigentümer</translation>
    </message>
    <message>
        <source>Matrix views</source>
        <translation>Matrixansichten</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <source>IT controls</source>
        <translation>IT-Kontrollen</translation>
    </message>
    <message>
        <source>Builder and homeowner</source>
        <translation>Bauunternehmer und Hauseigentümer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Service models</source>
        <translation>Servicemodelle</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Show layers</source>
        <translation>Schichten zeigen</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <source>Only mine (customer)</source>
        <translation>Nur meine (Kunde)</translation>
    </message>
    <message>
        <source>Only AWS&apos;s</source>
        <translation>Nur die von AWS</translation>
    </message>
    <message>
        <source>Only shared</source>
        <translation>Nur geteilte</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Unter</translation>
    </message>
    <message>
        <source>Lay your wrong answers over the matrix: which layers under which model or service you get wrong</source>
        <translation>Ihre falschen Antworten über die Matrix legen: welche Schichten unter welchem Modell oder Service Sie falsch beantworten</translation>
    </message>
    <message>
        <source>Cell details</source>
        <translation>Details der Zelle</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>Sp&amp;alten:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;under</source>
        <translation>&amp;unter</translation>
    </message>
    <message>
        <source>No answers yet about a layer of the matrix: take a quiz, then come back to see where you go wrong.</source>
        <translation>Noch keine Antworten zu einer Schicht der Matrix: Machen Sie ein Quiz und kommen Sie dann zurück, um zu sehen, wo Sie danebenliegen.</translation>
    </message>
    <message>
        <source>✗ wrong/all beside a layer: your answers to every question about that layer. In a cell: to questions about that layer under that model or service (a service&apos;s answers count for its model too). The heavier the brown frame, the more often wrong.</source>
        <translation>✗ falsch/alle neben einer Schicht: Ihre Antworten auf jede Frage zu dieser Schicht. In einer Zelle: auf Fragen zu dieser Schicht unter diesem Modell oder Service (die Antworten zu einem Service zählen auch für sein Modell). Je dicker der braune Rahmen, desto öfter falsch.</translation>
    </message>
    <message>
        <source>No layer matches this filter.</source>
        <translation>Keine Schicht passt zu diesem Filter.</translation>
    </message>
    <message>
        <source>Choose a cell to read who secures that layer and why.</source>
        <translation>Wählen Sie eine Zelle, um zu lesen, wer diese Schicht sichert und warum.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>◆ Specific to %1; its model&apos;s column says otherwise.</source>
        <translation>◆ Speziell für %1; die Spalte seines Modells sagt etwas anderes.</translation>
    </message>
    <message>
        <source>(!) What popular material gets wrong:</source>
        <translation>(!) Was verbreitetes Material falsch darstellt:</translation>
    </message>
    <message>
        <source>Your answers:</source>
        <translation>Ihre Antworten:</translation>
    </message>
    <message>
        <source>%1 wrong of %2 about this cell.</source>
        <translation>%1 falsch von %2 zu dieser Zelle.</translation>
    </message>
    <message>
        <source>The layer:</source>
        <translation>Die Schicht:</translation>
    </message>
</context>
<context>
    <name>demarc::NotePanel</name>
    <message>
        <source>Bookmark this place to find it again in Notes (Ctrl+D)</source>
        <translation>Diese Stelle mit einem Lesezeichen versehen, um sie unter Notizen wiederzufinden (Strg+D)</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Write a note here: it is saved as you type. Light Markdown works: **bold**, *italic*, - lists.</source>
        <translation>Schreiben Sie hier eine Notiz: sie wird beim Tippen gespeichert. Einfaches Markdown funktioniert: **fett**, *kursiv*, - Listen.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>My note on %1</source>
        <translation>Meine Notiz zu %1</translation>
    </message>
    <message>
        <source>Your note on %1</source>
        <translation>Ihre Notiz zu %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1. It stays in the editor; it is saved as soon as that works again.</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden: %1. Sie bleibt im Editor und wird gespeichert, sobald das wieder geht.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your note could not be read: %1</source>
        <translation>Ihre Notiz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Mit Lesezeichen</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarked; press to remove the bookmark</source>
        <translation>Mit Lesezeichen; drücken, um das Lesezeichen zu entfernen</translation>
    </message>
    <message>
        <source>Bookmark this place</source>
        <translation>Diese Stelle mit einem Lesezeichen versehen</translation>
    </message>
</context>
<context>
    <name>demarc::NotesModel</name>
    <message>
        <source>Bookmarked on %1. No note yet.</source>
        <translation>Lesezeichen gesetzt am %1. Noch keine Notiz.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>Bookmarked. </source>
        <translation>Mit Lesezeichen. </translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Keine Notiz.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>★ bookmarked</source>
        <translation>★ mit Lesezeichen</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
</context>
<context>
    <name>demarc::NotesPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>My notes and bookmarks</source>
        <translation>Meine Notizen und Lesezeichen</translation>
    </message>
    <message>
        <source>Search my notes</source>
        <translation>Meine Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search my notes and bookmarks</source>
        <translation>Meine Notizen und Lesezeichen durchsuchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Notizen und Lesezeichen</translation>
    </message>
    <message>
        <source>Notes only</source>
        <translation>Nur Notizen</translation>
    </message>
    <message>
        <source>Bookmarks only</source>
        <translation>Nur Lesezeichen</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.

Write a note in the box under any lesson, layer, matrix cell or glossary term, or under the explanation of an answered question; it is saved as you type. Bookmark a place with ☆ Bookmark (Ctrl+D); flagged questions are listed here too.</source>
        <translation>Noch keine Notizen oder Lesezeichen.

Schreiben Sie eine Notiz in das Feld unter einer Lektion, einer Schicht, einer Matrixzelle oder einem Glossarbegriff oder unter die Erklärung einer beantworteten Frage; sie wird beim Tippen gespeichert. Versehen Sie eine Stelle mit ☆ Lesezeichen (Strg+D); markierte Fragen stehen ebenfalls hier.</translation>
    </message>
    <message>
        <source>Open where it belongs (Enter)</source>
        <translation>Dort öffnen, wo sie hingehört (Eingabetaste)</translation>
    </message>
    <message>
        <source>Delete the note and the bookmark (Delete)</source>
        <translation>Notiz und Lesezeichen löschen (Entf)</translation>
    </message>
    <message>
        <source>E&amp;xport Study Notes…</source>
        <translation>Lernnotizen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Notes to revise from: lessons, diagrams, the matrix, my notes and missed questions, as PDF, HTML or Markdown (Ctrl+E)</source>
        <translation>Notizen zum Wiederholen: Lektionen, Diagramme, die Matrix, meine Notizen und verfehlte Fragen, als PDF, HTML oder Markdown (Strg+E)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n Lesezeichen</numerusform>
            <numerusform>%n Lesezeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to open one where it belongs.</source>
        <translation>Drücken Sie die Eingabetaste, um einen Eintrag dort zu öffnen, wo er hingehört.</translation>
    </message>
    <message>
        <source>None matches “%1”.</source>
        <translation>Keiner passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>%1 gezeigt.</translation>
    </message>
    <message>
        <source>the note and the bookmark on “%1”</source>
        <translation>die Notiz und das Lesezeichen zu „%1“</translation>
    </message>
    <message>
        <source>the note on “%1”</source>
        <translation>die Notiz zu „%1“</translation>
    </message>
    <message>
        <source>the bookmark on “%1”</source>
        <translation>das Lesezeichen zu „%1“</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete it: %1</source>
        <translation>Konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>demarc::PackSectionModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Andere Schreibweisen</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Eine Lektion hinzufügen</translation>
    </message>
    <message>
        <source>Add a glossary term</source>
        <translation>Einen Glossarbegriff hinzufügen</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Eine Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove a lesson</source>
        <translation>Eine Lektion entfernen</translation>
    </message>
    <message>
        <source>Remove a glossary term</source>
        <translation>Einen Glossarbegriff entfernen</translation>
    </message>
    <message>
        <source>Remove a question</source>
        <translation>Eine Frage entfernen</translation>
    </message>
</context>
<context>
    <name>demarc::PacksModel</name>
    <message>
        <source>Course (always on)</source>
        <translation>Kurs (immer aktiv)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>demarc::PacksPage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>Paket &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport Pack…</source>
        <translation>Paket e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Inhaltspakete</translation>
    </message>
    <message>
        <source>The course, and the packs that add lessons, glossary terms and questions to it. A disabled pack stays installed but is left out of every lesson list, quiz and search; a removed pack&apos;s items keep the learner&apos;s history, marked retired.</source>
        <translation>Der Kurs und die Pakete, die ihm Lektionen, Glossarbegriffe und Fragen hinzufügen. Ein deaktiviertes Paket bleibt installiert, wird aber aus jeder Lektionsliste, jedem Quiz und jeder Suche herausgelassen; die Elemente eines entfernten Pakets behalten den Verlauf des Lernenden, als ausgemustert gekennzeichnet.</translation>
    </message>
    <message>
        <source>Problems in the pack</source>
        <translation>Probleme im Paket</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>Installierte Pakete</translation>
    </message>
    <message>
        <source>Install a pack file, or a newer version of an installed one</source>
        <translation>Eine Paketdatei installieren oder eine neuere Version eines installierten Pakets</translation>
    </message>
    <message>
        <source>Write the selected pack to a file to share or edit</source>
        <translation>Das gewählte Paket in eine Datei schreiben, um es weiterzugeben oder zu bearbeiten</translation>
    </message>
    <message>
        <source>Uninstall the selected pack (Delete)</source>
        <translation>Das gewählte Paket deinstallieren (Entf)</translation>
    </message>
    <message>
        <source>Import Content Pack</source>
        <translation>Inhaltspaket importieren</translation>
    </message>
    <message>
        <source>Content packs (*.json)</source>
        <translation>Inhaltspakete (*.json)</translation>
    </message>
    <message>
        <source>Export Content Pack</source>
        <translation>Inhaltspaket exportieren</translation>
    </message>
    <message>
        <source>Replace with an older version?</source>
        <translation>Durch eine ältere Version ersetzen?</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is installed. The file holds version %3, which is older.

Replace the installed version with the older one? Learner history is kept either way.</source>
        <translation>Version %1 von „%2“ ist installiert. Die Datei enthält Version %3, die älter ist.

Die installierte Version durch die ältere ersetzen? Der Verlauf des Lernenden bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?

Its %2 leave the course. The answers, notes and bookmarks about them are kept, marked retired, and come back if the pack is imported again.</source>
        <translation>„%1“ entfernen?

Seine %2 verlassen den Kurs. Die Antworten, Notizen und Lesezeichen dazu bleiben erhalten, als ausgemustert gekennzeichnet, und kommen zurück, wenn das Paket wieder importiert wird.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Also delete my answers, notes and bookmarks about its items</source>
        <translation>Auch meine Antworten, Notizen und Lesezeichen zu seinen Elementen löschen</translation>
    </message>
    <message>
        <source>The installed packs could not be read: %1</source>
        <translation>Die installierten Pakete konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was not imported: version %2 of &quot;%3&quot; stays installed.</source>
        <translation>%1 wurde nicht importiert: Version %2 von „%3“ bleibt installiert.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2: %3.</source>
        <translation>„%1“ Version %2 importiert: %3.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; version %2 with version %3: %4.%5</source>
        <translation>„%1“ Version %2 durch Version %3 ersetzt: %4.%5</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) it no longer has are retired; their history is kept.</source>
        <translation>
            <numerusform>%n Element, das es nicht mehr enthält, ist ausgemustert; sein Verlauf bleibt erhalten.</numerusform>
            <numerusform>%n Elemente, die es nicht mehr enthält, sind ausgemustert; ihr Verlauf bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 is already installed; nothing changed.</source>
        <translation>„%1“ Version %2 ist bereits installiert; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not exported: %2</source>
        <translation>„%1“ wurde nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; version %2 to %3.</source>
        <translation>„%1“ Version %2 nach %3 exportiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is enabled: its material is back in the course.</source>
        <translation>„%1“ ist aktiviert: sein Material ist wieder im Kurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled: its material is left out until you enable it again.</source>
        <translation>„%1“ ist deaktiviert: sein Material bleibt draußen, bis Sie es wieder aktivieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. The history of its items is kept, marked retired.</source>
        <translation>„%1“ entfernt. Der Verlauf seiner Elemente bleibt erhalten, als ausgemustert gekennzeichnet.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and the history of its items.</source>
        <translation>„%1“ und der Verlauf seiner Elemente wurden entfernt.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>The course is always on</source>
        <translation>Der Kurs ist immer aktiv</translation>
    </message>
    <message>
        <source>Bring the selected pack&apos;s material back into the course</source>
        <translation>Das Material des gewählten Pakets wieder in den Kurs holen</translation>
    </message>
    <message>
        <source>Leave the selected pack&apos;s material out, without removing it</source>
        <translation>Das Material des gewählten Pakets herauslassen, ohne es zu entfernen</translation>
    </message>
    <message>
        <source>No pack is selected.</source>
        <translation>Kein Paket ist gewählt.</translation>
    </message>
    <message>
        <source>The course that comes with Demarc, installed %1. It is always on; packs add to it.</source>
        <translation>Der Kurs, der mit Demarc kommt, installiert am %1. Er ist immer aktiv; Pakete ergänzen ihn.</translation>
    </message>
    <message>
        <source>A course of its own, installed %1; %2.</source>
        <translation>Ein eigenständiger Kurs, installiert am %1; %2.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Adds %1 to &quot;%2&quot;. Installed %3; %4.</source>
        <translation>Ergänzt „%2“ um %1. Installiert am %3; %4.</translation>
    </message>
</context>
<context>
    <name>demarc::PartyLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>AWS: orange with diagonal lines and a cloud.</source>
        <translation>AWS: orange mit diagonalen Linien und einer Wolke.</translation>
    </message>
    <message>
        <source>Customer: blue with a person.</source>
        <translation>Kunde: blau mit einer Person.</translation>
    </message>
    <message>
        <source>Shared: purple with dots and both icons.</source>
        <translation>Geteilt: violett mit Punkten und beiden Symbolen.</translation>
    </message>
</context>
<context>
    <name>demarc::PresenterAudience</name>
    <message>
        <source>Demarc Presenter</source>
        <translation>Demarc Präsentation</translation>
    </message>
</context>
<context>
    <name>demarc::PresenterConsole</name>
    <message>
        <source>Demarc Presenter Console</source>
        <translation>Demarc Präsentationskonsole</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>%1 · %2:%3:%4 elapsed</source>
        <translation>%1 · %2:%3:%4 vergangen</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Keine Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>The class sees the answer.</source>
        <translation>Die Klasse sieht die Antwort.</translation>
    </message>
    <message>
        <source>The class does not see it yet: R reveals it.</source>
        <translation>Die Klasse sieht sie noch nicht: R löst sie auf.</translation>
    </message>
    <message>
        <source>From the lesson “%1”</source>
        <translation>Aus der Lektion „%1“</translation>
    </message>
    <message>
        <source>No speaker notes for this step.</source>
        <translation>Keine Sprechernotizen für diesen Schritt.</translation>
    </message>
    <message>
        <source>Page Down / Space: next · Page Up: back · R: reveal · B/W: blank · T: timer · L: live answers · H: show counts · F1: keys · Esc: leave</source>
        <translation>Bild ab / Leertaste: weiter · Bild auf: zurück · R: auflösen · B/W: ausblenden · T: Timer · L: Live-Antworten · H: Zählung zeigen · F1: Tasten · Esc: verlassen</translation>
    </message>
</context>
<context>
    <name>demarc::PresenterMode</name>
    <message>
        <source>Save the Class Summary</source>
        <translation>Klassenübersicht speichern</translation>
    </message>
    <message>
        <source>class-summary-%1.csv</source>
        <translation>klassenuebersicht-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Class Summary</source>
        <translation>Klassenübersicht</translation>
    </message>
    <message>
        <source>Live answers are not available here.</source>
        <translation>Live-Antworten sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose another address or port in View → Live Answers Network…, then press L again.</source>
        <translation>Wählen Sie eine andere Adresse oder einen anderen Port unter Ansicht → Netzwerk für Live-Antworten… und drücken Sie dann erneut L.</translation>
    </message>
</context>
<context>
    <name>demarc::PresenterStage</name>
    <message>
        <source>AWS, customer or shared?</source>
        <translation>AWS, Kunde oder geteilt?</translation>
    </message>
    <message>
        <source>%1▏ hands</source>
        <translation>%1▏ Hände</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n Hand</numerusform>
            <numerusform>%n Hände</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>The end of the deck</source>
        <translation>Das Ende der Präsentation</translation>
    </message>
    <message>
        <source>No steps: choose some in Presenter Steps…</source>
        <translation>Keine Schritte: wählen Sie welche unter Präsentationsschritte …</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>⏱ %1:%2 left</source>
        <translation>⏱ noch %1:%2</translation>
    </message>
    <message>
        <source>⏱ Time is up</source>
        <translation>⏱ Die Zeit ist um</translation>
    </message>
    <message>
        <source>The audience sees a black screen (B to bring it back)</source>
        <translation>Das Publikum sieht einen schwarzen Bildschirm (B holt ihn zurück)</translation>
    </message>
    <message>
        <source>The audience sees a white screen (W to bring it back)</source>
        <translation>Das Publikum sieht einen weißen Bildschirm (W holt ihn zurück)</translation>
    </message>
    <message>
        <source>Who secures each layer</source>
        <translation>Wer jede Schicht sichert</translation>
    </message>
    <message>
        <source> · choose every answer that applies</source>
        <translation> · wählen Sie jede zutreffende Antwort</translation>
    </message>
    <message>
        <source> · who is responsible for each?</source>
        <translation> · wer ist jeweils verantwortlich?</translation>
    </message>
    <message>
        <source>Answer aloud or with a show of hands; the answer comes when the instructor reveals it.</source>
        <translation>Antworten Sie laut oder per Handzeichen; die Antwort kommt, wenn die Lehrkraft sie auflöst.</translation>
    </message>
    <message>
        <source>Page Down, Space, →, ↓</source>
        <translation>Bild ab, Leertaste, →, ↓</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>Page Up, Backspace, ←, ↑</source>
        <translation>Bild auf, Rücktaste, ←, ↑</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>vorheriger Schritt</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>erster, letzter Schritt</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>reveal or hide the answer</source>
        <translation>die Antwort auflösen oder verbergen</translation>
    </message>
    <message>
        <source>0–9, Enter</source>
        <translation>0–9, Eingabetaste</translation>
    </message>
    <message>
        <source>count hands for each answer in turn</source>
        <translation>die Hände für jede Antwort der Reihe nach zählen</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>start or stop a 60-second timer</source>
        <translation>einen 60-Sekunden-Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>B or .  /  W or ,</source>
        <translation>B oder .  /  W oder ,</translation>
    </message>
    <message>
        <source>black / white screen</source>
        <translation>schwarzer / weißer Bildschirm</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>dark or light theme</source>
        <translation>dunkles oder helles Farbschema</translation>
    </message>
    <message>
        <source>Ctrl + / − / 0</source>
        <translation>Strg + / − / 0</translation>
    </message>
    <message>
        <source>larger, smaller, normal size</source>
        <translation>größer, kleiner, normale Größe</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 oder ?</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>diese Liste</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation>den Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Who secures each layer, built from the ground up: %1 of %2 layers shown</source>
        <translation>Wer jede Schicht sichert, von unten aufgebaut: %1 von %2 Schichten gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>start or end live answers from phones</source>
        <translation>Live-Antworten per Handy starten oder beenden</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>show or hide the live counts</source>
        <translation>die Live-Zählung zeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>demarc::ProgressPage</name>
    <message>
        <source>Start &amp;review</source>
        <translation>&amp;Wiederholung starten</translation>
    </message>
    <message>
        <source>Retry &amp;mistakes</source>
        <translation>&amp;Fehler wiederholen</translation>
    </message>
    <message>
        <source>Take an e&amp;xam</source>
        <translation>&amp;Prüfung ablegen</translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation>Beherrschung pro Thema</translation>
    </message>
    <message>
        <source>mastered (latest answer right)</source>
        <translation>beherrscht (letzte Antwort richtig)</translation>
    </message>
    <message>
        <source>answered, not yet mastered</source>
        <translation>beantwortet, noch nicht beherrscht</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Antworten pro Tag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Questions mastered</source>
        <translation>Beherrschte Fragen</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Gegebene Antworten</translation>
    </message>
    <message>
        <source>Answers over the last %1 days</source>
        <translation>Antworten der letzten %1 Tage</translation>
    </message>
    <message>
        <source>Progress, scrolled with the arrow keys</source>
        <translation>Fortschritt, mit den Pfeiltasten zu blättern</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;%1 of %2&lt;/span&gt;&lt;br&gt;%3 % · %4 answered</source>
        <translation>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;%1 von %2&lt;/span&gt;&lt;br&gt;%3 % · %4 beantwortet</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;None yet&lt;/span&gt;&lt;br&gt;Pass mark: 100 %</source>
        <translation>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;Noch keine&lt;/span&gt;&lt;br&gt;Bestehensgrenze: 100 %</translation>
    </message>
    <message>
        <source>First passed at 100 % on %1</source>
        <translation>Zum ersten Mal mit 100 % bestanden am %1</translation>
    </message>
    <message>
        <source>Not passed at 100 % yet</source>
        <translation>Noch nicht mit 100 % bestanden</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;Best: %1&lt;/span&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;Beste: %1&lt;/span&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s) taken</source>
        <translation>
            <numerusform>%n Prüfung abgelegt</numerusform>
            <numerusform>%n Prüfungen abgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2 · %3 new</source>
        <translation>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2 · %3 neu</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2 to retry</source>
        <translation>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;%1&lt;/span&gt;&lt;br&gt;%2 zu wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 mastered</source>
        <translation>%1 von %2 beherrscht</translation>
    </message>
    <message>
        <source>Nothing answered yet: start with a practice quiz.</source>
        <translation>Noch nichts beantwortet: beginnen Sie mit einem Übungsquiz.</translation>
    </message>
    <message>
        <source>A question counts as mastered while your latest answer to it is right.</source>
        <translation>Eine Frage gilt als beherrscht, solange Ihre letzte Antwort darauf richtig ist.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;✓ Passed&lt;/span&gt;&lt;br&gt;</source>
        <translation>&lt;span style=&apos;font-size:x-large; font-weight:bold&apos;&gt;✓ Bestanden&lt;/span&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>demarc::QuestionPane</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Progress through the quiz</source>
        <translation>Fortschritt im Quiz</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Show in &amp;diagram</source>
        <translation>Im &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show in &amp;matrix</source>
        <translation>In der &amp;Matrix zeigen</translation>
    </message>
    <message>
        <source>Open the &amp;lesson</source>
        <translation>&amp;Lektion öffnen</translation>
    </message>
    <message>
        <source>Open in the &amp;glossary</source>
        <translation>Im &amp;Glossar öffnen</translation>
    </message>
    <message>
        <source>⚑ &amp;Flag for review (F)</source>
        <translation>⚑ Zur Wiederholung &amp;markieren (F)</translation>
    </message>
    <message>
        <source>&amp;End quiz</source>
        <translation>Quiz &amp;beenden</translation>
    </message>
    <message>
        <source>S&amp;kip (K)</source>
        <translation>Über&amp;springen (K)</translation>
    </message>
    <message>
        <source>Move on without answering: the question counts as skipped, not as a wrong answer</source>
        <translation>Weiter, ohne zu antworten: die Frage zählt als übersprungen, nicht als falsche Antwort</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>%1 is a shared control. Sort each part: 1 AWS&apos;s part, 2 the customer&apos;s part (↑ ↓ to pick an item, 0 to send it back), or drag it.</source>
        <translation>%1 ist eine geteilte Kontrolle. Ordnen Sie jeden Teil zu: 1 Teil von AWS, 2 Teil des Kunden (↑ ↓ wählt ein Element, 0 schickt es zurück), oder ziehen Sie es.</translation>
    </message>
    <message>
        <source>Sort each task to whoever is responsible: 1 AWS, 2 the customer, 3 shared (↑ ↓ to pick a task, 0 to send it back), or drag it.</source>
        <translation>Ordnen Sie jede Aufgabe dem zu, der verantwortlich ist: 1 AWS, 2 der Kunde, 3 geteilt (↑ ↓ wählt eine Aufgabe, 0 schickt sie zurück), oder ziehen Sie sie.</translation>
    </message>
    <message>
        <source>Select all that apply (1–%1), then check with Space or Enter.</source>
        <translation>Wählen Sie alle zutreffenden (1–%1) und prüfen Sie dann mit Leertaste oder Eingabetaste.</translation>
    </message>
    <message>
        <source>Choose one answer (1–%1), then check with Space or Enter.</source>
        <translation>Wählen Sie eine Antwort (1–%1) und prüfen Sie dann mit Leertaste oder Eingabetaste.</translation>
    </message>
    <message>
        <source>⚑ Flagged for review</source>
        <translation>⚑ Zur Wiederholung markiert</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Verbleibende Zeit %1</translation>
    </message>
    <message>
        <source>Ask again  ⏎</source>
        <translation>Noch einmal fragen  ⏎</translation>
    </message>
    <message>
        <source>See the results  ⏎</source>
        <translation>Ergebnisse ansehen  ⏎</translation>
    </message>
    <message>
        <source>Next  ⏎</source>
        <translation>Weiter  ⏎</translation>
    </message>
    <message>
        <source>Sort a statement first</source>
        <translation>Ordnen Sie zuerst eine Aussage zu</translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Wählen Sie eine Antwort</translation>
    </message>
    <message>
        <source>Check (%1 of %2 sorted)  ⏎</source>
        <translation>Prüfen (%1 von %2 zugeordnet)  ⏎</translation>
    </message>
    <message>
        <source>Check  ⏎</source>
        <translation>Prüfen  ⏎</translation>
    </message>
    <message>
        <source>Finish the exam  ⏎</source>
        <translation>Prüfung abschließen  ⏎</translation>
    </message>
    <message>
        <source>Read the lesson</source>
        <translation>Die Lektion lesen</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>diese Frage</translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Frage %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>demarc::QuestionPreview</name>
    <message>
        <source>The preview shows the question once it has no problems:

%1</source>
        <translation>Die Vorschau zeigt die Frage, sobald sie keine Probleme mehr hat:

%1</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; cannot be asked</source>
        <translation>die Frage „%1“ kann nicht gestellt werden</translation>
    </message>
</context>
<context>
    <name>demarc::QuizPage</name>
    <message>
        <source>End the exam?</source>
        <translation>Die Prüfung beenden?</translation>
    </message>
    <message numerus="yes">
        <source>End the exam now? The %n question(s) not answered yet count as not answered, so this exam will not be passed.</source>
        <translation>
            <numerusform>Die Prüfung jetzt beenden? Die %n noch nicht beantwortete Frage zählt als nicht beantwortet, diese Prüfung ist dann also nicht bestanden.</numerusform>
            <numerusform>Die Prüfung jetzt beenden? Die %n noch nicht beantworteten Fragen zählen als nicht beantwortet, diese Prüfung ist dann also nicht bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End Exam</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>Your progress cannot be read again for the next quiz: %1</source>
        <translation>Ihr Fortschritt kann für das nächste Quiz nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>This answer could not be saved: %1. Your earlier answers are safe; the quiz goes on, and saving is tried again with the next answer.</source>
        <translation>Diese Antwort konnte nicht gespeichert werden: %1. Ihre früheren Antworten sind sicher; das Quiz geht weiter, und das Speichern wird bei der nächsten Antwort erneut versucht.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>demarc::QuizStartPane</name>
    <message>
        <source>&amp;Time limit</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Every answer is saved the moment you give it. In practice you see at once why each option is right or wrong; an exam shows it at the end and is passed only at 100 %.</source>
        <translation>Jede Antwort wird in dem Moment gespeichert, in dem Sie sie geben. In der Übung sehen Sie sofort, warum jede Option richtig oder falsch ist; eine Prüfung zeigt es am Ende und ist nur mit 100 % bestanden.</translation>
    </message>
    <message>
        <source>Keys during a quiz: 1–9 choose · Space or Enter check and continue · ↑ ↓ move · F flag for review. On a sorting board: ↑ ↓ pick an item, 1 AWS · 2 customer · 3 shared · 0 back, ← → change column; or drag the items.</source>
        <translation>Tasten im Quiz: 1–9 wählen · Leertaste oder Eingabetaste prüfen und weiter · ↑ ↓ bewegen · F zur Wiederholung markieren. Auf einem Zuordnungsbrett: ↑ ↓ ein Element wählen, 1 AWS · 2 Kunde · 3 geteilt · 0 zurück, ← → Spalte wechseln; oder die Elemente ziehen.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Time limit in minutes</source>
        <translation>Zeitlimit in Minuten</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Exam:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Practice — feedback after every answer, with why each option is right or wrong</source>
        <translation>Ü&amp;bung – Rückmeldung nach jeder Antwort, mit der Begründung, warum jede Option richtig oder falsch ist</translation>
    </message>
    <message>
        <source>E&amp;xam — feedback at the end; passed only at 100 %</source>
        <translation>&amp;Prüfung – Rückmeldung am Ende; nur mit 100 % bestanden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mistakes — the %n question(s) you last answered wrongly</source>
        <translation>
            <numerusform>&amp;Fehler – die %n Frage, die Sie zuletzt falsch beantwortet haben</numerusform>
            <numerusform>&amp;Fehler – die %n Fragen, die Sie zuletzt falsch beantwortet haben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mistakes — nothing to retry yet</source>
        <translation>&amp;Fehler – noch nichts zu wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review due — nothing is due now</source>
        <translation>&amp;Wiederholung fällig – jetzt ist nichts fällig</translation>
    </message>
    <message>
        <source>Questions come in a new order each time. Check each answer to see the explanations.</source>
        <translation>Die Fragen kommen jedes Mal in neuer Reihenfolge. Prüfen Sie jede Antwort, um die Erklärungen zu sehen.</translation>
    </message>
    <message>
        <source>No feedback until the end, no time limit unless you set one. You pass when every answer is right; keep retaking it until you do.</source>
        <translation>Keine Rückmeldung bis zum Ende, kein Zeitlimit, außer Sie legen eines fest. Sie bestehen, wenn jede Antwort richtig ist; legen Sie die Prüfung erneut ab, bis es so weit ist.</translation>
    </message>
    <message>
        <source>Only the questions whose latest answer was wrong, with feedback after each.</source>
        <translation>Nur die Fragen, deren letzte Antwort falsch war, mit Rückmeldung nach jeder.</translation>
    </message>
    <message>
        <source>There are no questions for this choice.</source>
        <translation>Für diese Auswahl gibt es keine Fragen.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message numerus="yes">
        <source>All topics: %n question(s). Tick topics to ask from those alone.</source>
        <translation>
            <numerusform>Alle Themen: %n Frage. Haken Sie Themen an, um nur aus diesen zu fragen.</numerusform>
            <numerusform>Alle Themen: %n Fragen. Haken Sie Themen an, um nur aus diesen zu fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ticked: %2.</source>
        <translation>%1 angehakt: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review due — %1 and %2, spaced out as you remember them</source>
        <translation>&amp;Wiederholung fällig – %1 und %2, verteilt nach dem, was Sie behalten</translation>
    </message>
    <message>
        <source>Questions and glossary terms come back for review after 1 day, then 6, then longer intervals while you keep getting them right; flagged questions come back at once. A few new glossary terms join each review.</source>
        <translation>Fragen und Glossarbegriffe kommen nach 1 Tag zur Wiederholung zurück, dann nach 6 und dann in längeren Abständen, solange Sie sie richtig beantworten; markierte Fragen kommen sofort zurück. Zu jeder Wiederholung kommen ein paar neue Glossarbegriffe hinzu.</translation>
    </message>
</context>
<context>
    <name>demarc::QuizSummaryPane</name>
    <message>
        <source>&amp;Retry mistakes</source>
        <translation>&amp;Fehler wiederholen</translation>
    </message>
    <message>
        <source>Take it &amp;again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>Neues &amp;Quiz</translation>
    </message>
    <message>
        <source>Score per topic</source>
        <translation>Ergebnis pro Thema</translation>
    </message>
    <message>
        <source>What you missed, with explanations</source>
        <translation>Was Sie verfehlt haben, mit Erklärungen</translation>
    </message>
    <message>
        <source>✓ Passed: %1</source>
        <translation>✓ Bestanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>✗ Ended early after %1 of %n question(s): not passed</source>
        <translation>
            <numerusform>✗ Vorzeitig beendet nach %1 von %n Frage: nicht bestanden</numerusform>
            <numerusform>✗ Vorzeitig beendet nach %1 von %n Fragen: nicht bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Not passed yet: %1</source>
        <translation>✗ Noch nicht bestanden: %1</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1; the questions not reached count as not answered.</source>
        <translation>%1; die nicht erreichten Fragen zählen als nicht beantwortet.</translation>
    </message>
    <message>
        <source>Every answer right: this exam is passed.</source>
        <translation>Jede Antwort richtig: diese Prüfung ist bestanden.</translation>
    </message>
    <message>
        <source>An exam is passed only when every answer is right. Retry the ones you missed, then take it again.</source>
        <translation>Eine Prüfung ist nur bestanden, wenn jede Antwort richtig ist. Wiederholen Sie die verfehlten Fragen und legen Sie sie dann erneut ab.</translation>
    </message>
    <message>
        <source>The time limit ran out; questions not reached count as wrong.</source>
        <translation>Das Zeitlimit ist abgelaufen; nicht erreichte Fragen zählen als falsch.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) skipped.</source>
        <translation>
            <numerusform>%n Frage übersprungen.</numerusform>
            <numerusform>%n Fragen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended after %n question(s).</source>
        <translation>
            <numerusform>Nach %n Frage beendet.</numerusform>
            <numerusform>Nach %n Fragen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n Frage zur Wiederholung markiert.</numerusform>
            <numerusform>%n Fragen zur Wiederholung markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>Take the exam &amp;again</source>
        <translation>Prüfung &amp;erneut ablegen</translation>
    </message>
    <message>
        <source>Practise &amp;again</source>
        <translation>&amp;Erneut üben</translation>
    </message>
    <message>
        <source>Nothing missed.</source>
        <translation>Nichts verfehlt.</translation>
    </message>
    <message>
        <source>What you missed</source>
        <translation>Was Sie verfehlt haben</translation>
    </message>
    <message>
        <source>*Skipped.*</source>
        <translation>*Übersprungen.*</translation>
    </message>
    <message>
        <source>*Not reached before the time ran out.*</source>
        <translation>*Nicht erreicht, bevor die Zeit abgelaufen war.*</translation>
    </message>
    <message>
        <source>*Not reached: the exam was ended first.*</source>
        <translation>*Nicht erreicht: die Prüfung wurde vorher beendet.*</translation>
    </message>
    <message>
        <source>Read the lesson</source>
        <translation>Die Lektion lesen</translation>
    </message>
    <message>
        <source>Exam passed at 100 % on %1: every answer right. Well done!</source>
        <translation>Prüfung am %1 mit 100 % bestanden: jede Antwort richtig. Gut gemacht!</translation>
    </message>
    <message>
        <source>Next step: %1 of %2 right on “%3”. Read its lesson before trying again.</source>
        <translation>Nächster Schritt: %1 von %2 richtig zu „%3“. Lesen Sie die Lektion dazu, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Next step: retry the %n question(s) you missed while the explanations are fresh.</source>
        <translation>
            <numerusform>Nächster Schritt: Wiederholen Sie die %n verfehlte Frage, solange die Erklärungen frisch sind.</numerusform>
            <numerusform>Nächster Schritt: Wiederholen Sie die %n verfehlten Fragen, solange die Erklärungen frisch sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry mistakes</source>
        <translation>Fehler wiederholen</translation>
    </message>
    <message>
        <source>Next step: every answer right. Try the exam: it is passed at 100 %.</source>
        <translation>Nächster Schritt: jede Antwort richtig. Versuchen Sie die Prüfung: Sie ist mit 100 % bestanden.</translation>
    </message>
    <message>
        <source>Take the exam</source>
        <translation>Die Prüfung ablegen</translation>
    </message>
</context>
<context>
    <name>demarc::ReadingBrowser</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(geprüft am %1)</translation>
    </message>
</context>
<context>
    <name>demarc::ResponsibilityMatrixModel</name>
    <message>
        <source>Your answers about this cell: %1 wrong of %2.</source>
        <translation>Ihre Antworten zu dieser Zelle: %1 falsch von %2.</translation>
    </message>
    <message>
        <source>%1 under %2: %3</source>
        <translation>%1 unter %2: %3</translation>
    </message>
    <message>
        <source>%1 under %2: %3. %4</source>
        <translation>%1 unter %2: %3. %4</translation>
    </message>
    <message>
        <source>%1 — AWS calls it: %2. Drawn with the %3 column except where marked ◆.</source>
        <translation>%1 – bei AWS heißt es: %2. Gezeichnet mit der Spalte %3, außer wo ◆ steht.</translation>
    </message>
    <message>
        <source>%1. Your answers about this layer: %2 wrong of %3.</source>
        <translation>%1. Ihre Antworten zu dieser Schicht: %2 falsch von %3.</translation>
    </message>
    <message>
        <source>%1

Your answers about this layer, under any column: %2 wrong of %3.</source>
        <translation>%1

Ihre Antworten zu dieser Schicht, in jeder Spalte: %2 falsch von %3.</translation>
    </message>
</context>
<context>
    <name>demarc::RestoreBackupDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. Demarc makes one before every update of the database and every pack import, and every 30 minutes of use when something changed; File → Back Up Now makes one at once.</source>
        <translation>Es gibt noch keine Sicherungen. Demarc legt eine vor jeder Aktualisierung der Datenbank und jedem Paketimport an und alle 30 Minuten Nutzung, wenn sich etwas geändert hat; Datei → Jetzt sichern legt sofort eine an.</translation>
    </message>
    <message>
        <source>Go back to the progress, notes and packs as they were when a backup was made. The database as it is now is kept beside it, renamed, and Demarc reopens on the backup.</source>
        <translation>Zum Fortschritt, zu den Notizen und Paketen zurückkehren, wie sie beim Anlegen einer Sicherung waren. Die Datenbank, wie sie jetzt ist, wird umbenannt daneben aufbewahrt, und Demarc öffnet die Sicherung.</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Sicherungen liegen in %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>demarc::ReviewPage</name>
    <message>
        <source>Start &amp;review</source>
        <translation>&amp;Wiederholung starten</translation>
    </message>
    <message>
        <source>Retry &amp;mistakes</source>
        <translation>&amp;Fehler wiederholen</translation>
    </message>
    <message>
        <source>Your mistakes, with explanations</source>
        <translation>Ihre Fehler, mit Erklärungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>The mistakes could not be read: %1</source>
        <translation>Die Fehler konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due now:&lt;/b&gt; %1 and %2.</source>
        <translation>&lt;b&gt;Jetzt fällig:&lt;/b&gt; %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glossary term(s)</source>
        <translation>
            <numerusform>%n Glossarbegriff</numerusform>
            <numerusform>%n Glossarbegriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the questions is flagged by you.</source>
        <translation>
            <numerusform>%n der Fragen ist von Ihnen markiert.</numerusform>
            <numerusform>%n der Fragen sind von Ihnen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A few glossary terms you have not met yet join each review.</source>
        <translation>Zu jeder Wiederholung kommen ein paar Glossarbegriffe hinzu, die Sie noch nicht kennen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing is due.&lt;/b&gt; The next review is due %1.</source>
        <translation>&lt;b&gt;Nichts ist fällig.&lt;/b&gt; Die nächste Wiederholung ist fällig am %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing is due.&lt;/b&gt; Questions join the review once you have answered them.</source>
        <translation>&lt;b&gt;Nichts ist fällig.&lt;/b&gt; Fragen kommen zur Wiederholung, sobald Sie sie beantwortet haben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Mistakes:&lt;/b&gt; %n question(s) whose latest answer was wrong.</source>
        <translation>
            <numerusform>&lt;b&gt;Fehler:&lt;/b&gt; %n Frage, deren letzte Antwort falsch war.</numerusform>
            <numerusform>&lt;b&gt;Fehler:&lt;/b&gt; %n Fragen, deren letzte Antwort falsch war.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No mistakes to retry.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine Fehler zu wiederholen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questions you answer wrongly appear here with your answer and the explanation of every option, until you get them right.</source>
        <translation>Fragen, die Sie falsch beantworten, erscheinen hier mit Ihrer Antwort und der Erklärung jeder Option, bis Sie sie richtig beantworten.</translation>
    </message>
    <message>
        <source>Your mistakes</source>
        <translation>Ihre Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Answered %n time(s), last on %1.</source>
        <translation>
            <numerusform>%n-mal beantwortet, zuletzt am %1.</numerusform>
            <numerusform>%n-mal beantwortet, zuletzt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the lesson</source>
        <translation>Die Lektion lesen</translation>
    </message>
    <message numerus="yes">
        <source>Show %1 more of %n mistake(s) not shown</source>
        <translation>
            <numerusform>%1 weitere von %n nicht gezeigtem Fehler zeigen</numerusform>
            <numerusform>%1 weitere von %n nicht gezeigten Fehlern zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>More results cannot be read: %1</source>
        <translation>Weitere Ergebnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type in the search box to search lessons, glossary terms and questions.</source>
        <translation>Tippen Sie ins Suchfeld, um Lektionen, Glossarbegriffe und Fragen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Nichts passt zu „%1“. Versuchen Sie weniger oder kürzere Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Press Enter to open one.</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“. Die Eingabetaste öffnet es.</numerusform>
            <numerusform>%n Ergebnisse für „%1“. Die Eingabetaste öffnet eines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarc::SearchResultsModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>demarc::ServiceCategoriesModel</name>
    <message>
        <source>%1 (support ended %2)</source>
        <translation>%1 (Support endete %2)</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Container (managed platform, not Docker)</source>
        <translation>Container (verwaltete Plattform, nicht Docker)</translation>
    </message>
    <message>
        <source>Abstracted</source>
        <translation>Abstrahiert</translation>
    </message>
    <message>
        <source>— (not in the 2016 grouping)</source>
        <translation>— (nicht in der Gruppierung von 2016)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>What AWS calls it</source>
        <translation>Wie AWS ihn nennt</translation>
    </message>
    <message>
        <source>2016 category</source>
        <translation>Kategorie 2016</translation>
    </message>
    <message>
        <source>Split follows</source>
        <translation>Aufteilung folgt</translation>
    </message>
    <message>
        <source>Where popular material differs</source>
        <translation>Wo verbreitetes Material abweicht</translation>
    </message>
</context>
<context>
    <name>demarc::ShortcutsDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>search the lessons, glossary and questions</source>
        <translation>die Lektionen, das Glossar und die Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>from the search box into the results</source>
        <translation>vom Suchfeld in die Ergebnisse</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>open the result</source>
        <translation>das Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave the search for the view before it</source>
        <translation>die Suche zugunsten der Ansicht davor verlassen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Links, Alt+Rechts</translation>
    </message>
    <message>
        <source>previous, next lesson</source>
        <translation>vorherige, nächste Lektion</translation>
    </message>
    <message>
        <source>Diagram and matrix</source>
        <translation>Diagramm und Matrix</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <source>the layer above or below, with its explanation</source>
        <translation>die Schicht darüber oder darunter, mit ihrer Erklärung</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>in the matrix: the next column</source>
        <translation>in der Matrix: die nächste Spalte</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 bis 9</translation>
    </message>
    <message>
        <source>choose an option</source>
        <translation>eine Option wählen</translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation>Leertaste, Eingabetaste</translation>
    </message>
    <message>
        <source>check the answer, then go on</source>
        <translation>die Antwort prüfen, dann weiter</translation>
    </message>
    <message>
        <source>move between the options</source>
        <translation>zwischen den Optionen wechseln</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>flag the question for review</source>
        <translation>die Frage zur Wiederholung markieren</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>skip the question</source>
        <translation>die Frage überspringen</translation>
    </message>
    <message>
        <source>Sorting board</source>
        <translation>Zuordnungsbrett</translation>
    </message>
    <message>
        <source>pick an item</source>
        <translation>ein Element wählen</translation>
    </message>
    <message>
        <source>1, 2, 3</source>
        <translation>1, 2, 3</translation>
    </message>
    <message>
        <source>put it under AWS, the customer, or shared</source>
        <translation>es AWS, dem Kunden oder geteilt zuordnen</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>take it back</source>
        <translation>es zurücknehmen</translation>
    </message>
    <message>
        <source>move it to the next column</source>
        <translation>es in die nächste Spalte verschieben</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every control is reached with Tab and Shift+Tab and used with Space or Enter; Alt and the underlined letter open a menu.</source>
        <translation>Jedes Bedienelement erreichen Sie mit Tab und Umschalt+Tab und bedienen es mit Leertaste oder Eingabetaste; Alt und der unterstrichene Buchstabe öffnen ein Menü.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
</TS>
