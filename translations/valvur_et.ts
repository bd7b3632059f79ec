<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Näitab käsurea võtmete abi.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Näitab abi koos Qt-spetsiifiliste võtmetega.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Näitab versiooniteavet.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Kasutus: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Võtmed:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumendid:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[võtmed]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tundmatu võti „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Tundmatud võtmed: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Võtme „%1“ järel puudub väärtus.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Ootamatu väärtus võtme „%1“ järel.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Otsi kaustast:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Faili &amp;nimi:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Failitüüp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vali</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Kaust:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näita üksikasju...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Peida üksikasjad...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt teave</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hülga</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ära salvesta</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sulge salvestamata</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopeeri &amp;lingi aadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tagasi</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Edasi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Edasi &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Mine tagasi</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jätka</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Kinnita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
</context>
<context>
    <name>Valvur::CommandLine</name>
    <message>
        <source>Valvur — a desktop operations console for PostgreSQL.

Commands without a window: %1</source>
        <translation>Valvur — PostgreSQL-i haldamise töölauarakendus.

Käsud ilma aknata: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>veel pole</translation>
    </message>
    <message>
        <source>A connection string (host=… port=… user=…) or a postgresql:// URI.</source>
        <translation>Ühendusstring (host=… port=… user=…) või postgresql:// URI.</translation>
    </message>
    <message>
        <source>[CONNINFO|URI]</source>
        <translation>[ÜHENDUSSTRING|URI]</translation>
    </message>
    <message>
        <source>Interface language: et or en (default: the system&apos;s).</source>
        <translation>Liidese keel: et või en (vaikimisi süsteemi keel).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>KEEL</translation>
    </message>
    <message>
        <source>The page to open, e.g. overview.</source>
        <translation>Avatav leht, näiteks overview.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once the page has its data, then exit.</source>
        <translation>Salvesta aken PNG-failiks, kui lehel on andmed olemas, ja välju.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use et or en.</source>
        <translation>Tundmatu keel „%1“: kasuta et või en.</translation>
    </message>
    <message>
        <source>Give at most one server; to quote a connection string with spaces, put it in quotes.</source>
        <translation>Anna kõige rohkem üks server; tühikutega ühendusstring pane jutumärkidesse.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. Pages: %2</source>
        <translation>Lehte „%1“ pole. Lehed: %2</translation>
    </message>
    <message>
        <source>This is not a valid connection string or URI: %1</source>
        <translation>See pole korrektne ühendusstring ega URI: %1</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>There is no display to open Valvur&apos;s window on. Run it in a desktop session, under a virtual display (xvfb-run -a valvur …), or with QT_QPA_PLATFORM=offscreen together with --screenshot.</source>
        <translation>Valvuri akna avamiseks pole ekraani. Käivita see töölauaseansis, virtuaalsel ekraanil (xvfb-run -a valvur …) või koos --screenshot&apos;iga ja QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Connect to a saved connection profile (see valvur profiles list).</source>
        <translation>Ühendu salvestatud ühenduse profiiliga (vt valvur profiles list).</translation>
    </message>
    <message>
        <source>Give either a connection string or --profile, not both.</source>
        <translation>Anna kas ühendusstring või --profile, mitte mõlemat.</translation>
    </message>
</context>
<context>
    <name>Valvur::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Ühendu serveriga</translation>
    </message>
    <message>
        <source>Connection &amp;string or URI:</source>
        <translation>Ühendus&amp;string või URI:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>Examples: host=localhost port=5432 user=postgres dbname=postgres, postgresql://user@localhost:5433/app, service=staging. Leave the password empty to use ~/.pgpass. The password is not saved.</source>
        <translation>Näited: host=localhost port=5432 user=postgres dbname=postgres, postgresql://user@localhost:5433/app, service=staging. Jäta parool tühjaks, et kasutada faili ~/.pgpass. Parooli ei salvestata.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ü&amp;hendu</translation>
    </message>
    <message>
        <source>This is not a valid connection string: %1</source>
        <translation>See pole korrektne ühendusstring: %1</translation>
    </message>
</context>
<context>
    <name>Valvur::ConnectionBanner</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ühendun serveriga %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Retrying in %n s.</source>
        <translation>
            <numerusform>Ühendus katkes. Proovin uuesti %n sekundi pärast.</numerusform>
            <numerusform>Ühendus katkes. Proovin uuesti %n sekundi pärast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ühendus puudub.</translation>
    </message>
</context>
<context>
    <name>Valvur::Errors</name>
    <message>
        <source>The connection string is not valid.</source>
        <translation>Ühendusstring pole korrektne.</translation>
    </message>
    <message>
        <source>The host name does not resolve. Check it for typos.</source>
        <translation>Hostinime ei õnnestu lahendada. Kontrolli, kas selles pole trükiviga.</translation>
    </message>
    <message>
        <source>The server did not answer in time. A firewall or a wrong network may be in the way.</source>
        <translation>Server ei vastanud õigel ajal. Ees võib olla tulemüür või vale võrk.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Ühendus serveriga katkes.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Päring tühistati.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Serveriga pole ühendust.</translation>
    </message>
    <message>
        <source>Authentication failed: the password is wrong for this user.</source>
        <translation>Autentimine ebaõnnestus: selle kasutaja parool on vale.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>Andmebaasi pole olemas.</translation>
    </message>
    <message>
        <source>The server has too many connections.</source>
        <translation>Serveril on liiga palju ühendusi.</translation>
    </message>
    <message>
        <source>The server is starting up or in recovery. Wait a moment.</source>
        <translation>Server käivitub või taastub. Oota hetk.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on that port. Is the server or container running, and is the port published?</source>
        <translation>Ühendusest keelduti: selles pordis ei kuula keegi. Kas server või konteiner töötab ja kas port on suunatud?</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>Serveriga ei õnnestunud ühenduda.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Server teatas veast.</translation>
    </message>
</context>
<context>
    <name>Valvur::Format</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 p %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Valvur::MainWindow</name>
    <message>
        <source>About Valvur</source>
        <translation>Valvurist</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Valvur %1&lt;/h3&gt;&lt;p&gt;A fast desktop operations console for PostgreSQL.&lt;/p&gt;&lt;p&gt;Passwords stay in the system keychain; backups are verified by restoring them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Valvur %1&lt;/h3&gt;&lt;p&gt;Kiire PostgreSQL-i haldamise töölauarakendus.&lt;/p&gt;&lt;p&gt;Paroolid jäävad süsteemi võtmehoidjasse; varukoopiaid kontrollitakse taastamisega.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Valvur — PostgreSQL console</source>
        <translation>Valvur — PostgreSQL-i konsool</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Lehed</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Ü&amp;hendu…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Katkesta ühendus</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;About Valvur</source>
        <translation>&amp;Valvurist</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Serverit pole</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ühendatud</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ühendun…</translation>
    </message>
    <message>
        <source>Connection lost, retrying</source>
        <translation>Ühendus katkes, proovin uuesti</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ühendus puudub</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Ekraanipilti ei saa faili %1 kirjutada.</translation>
    </message>
    <message>
        <source>There is no page to show.</source>
        <translation>Pole ühtegi lehte, mida näidata.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; got no data within the time limit.</source>
        <translation>Leht „%1“ ei saanud ettenähtud aja jooksul andmeid.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; got no data: %2</source>
        <translation>Leht „%1“ ei saanud andmeid: %2</translation>
    </message>
    <message>
        <source>Production: %1 — the monitoring session is read-only</source>
        <translation>Toodang: %1 — jälgimisseanss on ainult lugemiseks</translation>
    </message>
    <message>
        <source>Staging: %1</source>
        <translation>Testimine: %1</translation>
    </message>
    <message>
        <source>Development: %1</source>
        <translation>Arendus: %1</translation>
    </message>
</context>
<context>
    <name>Valvur::OverviewPage</name>
    <message>
        <source>You may not connect to this database, so its size is not shown.</source>
        <translation>Sul pole õigust selle andmebaasiga ühenduda, seega selle suurust ei näidata.</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>juurdepääs puudub</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>piiramatu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message numerus="yes">
        <source>The Overview page runs these two statements in one round trip every %n seconds.</source>
        <translation>
            <numerusform>Ülevaate leht käivitab need kaks lauset ühe päringuringiga iga %n sekundi järel.</numerusform>
            <numerusform>Ülevaate leht käivitab need kaks lauset ühe päringuringiga iga %n sekundi järel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Andmebaasid</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versioon:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Tööaeg:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Andmekataloog:</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Ühendused:</translation>
    </message>
    <message>
        <source>listen_addresses:</source>
        <translation>listen_addresses:</translation>
    </message>
    <message>
        <source>Connected as:</source>
        <translation>Ühendatud kui:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodeering</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Võrdlusreegel (collate)</translation>
    </message>
    <message>
        <source>Ctype</source>
        <translation>Märgitüüp (ctype)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Tablespace</source>
        <translation>Tabeliruum</translation>
    </message>
    <message>
        <source>Connection limit</source>
        <translation>Ühenduste piir</translation>
    </message>
    <message>
        <source>Allows connections</source>
        <translation>Lubab ühendusi</translation>
    </message>
    <message>
        <source>Access privileges</source>
        <translation>Juurdepääsuõigused</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>Näita SQL-i</translation>
    </message>
    <message>
        <source>No server is selected.
Use File → Connect… (Ctrl+N) to connect to a PostgreSQL server, for example host=localhost port=5432 user=postgres.</source>
        <translation>Ühtegi serverit pole valitud.
Vali Fail → Ühendu… (Ctrl+N), et ühenduda PostgreSQL-i serveriga, näiteks host=localhost port=5432 user=postgres.</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (alates %2)</translation>
    </message>
    <message>
        <source>hidden: only superusers and members of pg_read_all_settings may see it</source>
        <translation>peidetud: seda näevad ainult superkasutajad ja rolli pg_read_all_settings liikmed</translation>
    </message>
    <message>
        <source>%1 of max_connections %2 (%3)</source>
        <translation>%1 / max_connections %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (superuser)</source>
        <translation>%1 (superkasutaja)</translation>
    </message>
</context>
<context>
    <name>Valvur::ProfileDialog</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Anna profiilile nimi.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Profiil nimega „%1“ on juba olemas.</translation>
    </message>
    <message>
        <source>Give a host name, an IP address or a socket directory.</source>
        <translation>Anna hosti nimi, IP-aadress või sokli kataloog.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Arendus</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Testimine</translation>
    </message>
    <message>
        <source>Production — the monitoring session is read-only</source>
        <translation>Toodang — jälgimisseanss on ainult lugemiseks</translation>
    </message>
    <message>
        <source>New connection profile</source>
        <translation>Uus ühenduse profiil</translation>
    </message>
    <message>
        <source>Connection profile: %1</source>
        <translation>Ühenduse profiil: %1</translation>
    </message>
    <message>
        <source>Paste a &amp;URI:</source>
        <translation>Kleebi &amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Keskkond:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Host(s):</source>
        <translation>&amp;Host(id):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Andmebaas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Kas&amp;utaja:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-režiim:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Juursertifikaat:</translation>
    </message>
    <message>
        <source>&amp;Client certificate:</source>
        <translation>Kl&amp;iendi sertifikaat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Kliendi &amp;võti:</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Ühendumise &amp;ajalõpp:</translation>
    </message>
    <message>
        <source>&amp;Application name:</source>
        <translation>&amp;Rakenduse nimi:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>TLS and options</source>
        <translation>TLS ja valikud</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or host=… port=…</source>
        <translation>postgresql://kasutaja@host:5432/andmebaas või host=… port=…</translation>
    </message>
    <message>
        <source>localhost; several: host1,host2</source>
        <translation>localhost; mitu: host1,host2</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>vaikimisi (5432)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>vaikimisi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default: the user name</source>
        <translation>vaikimisi: kasutaja nimi</translation>
    </message>
    <message>
        <source>default: your login name</source>
        <translation>vaikimisi: sinu kasutajanimi</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>vaikimisi (prefer)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Toodang</translation>
    </message>
    <message>
        <source>Save password in the system keychain</source>
        <translation>Salvesta parool süsteemi võtmehoidjasse</translation>
    </message>
    <message>
        <source>saved in the keychain; leave empty to keep it</source>
        <translation>salvestatud võtmehoidjasse; jäta tühjaks, et seda hoida</translation>
    </message>
    <message>
        <source>empty: use ~/.pgpass or ask when connecting</source>
        <translation>tühi: kasuta ~/.pgpass-faili või küsi ühendumisel</translation>
    </message>
    <message>
        <source>not saved: Valvur asks when connecting</source>
        <translation>ei salvestata: Valvur küsib ühendumisel</translation>
    </message>
    <message>
        <source>No system keychain answered (%1). Valvur will not save the password anywhere: it will ask for it each time it connects. Start or unlock the keychain (GNOME Keyring, KWallet) to save it.</source>
        <translation>Süsteemi võtmehoidja ei vastanud (%1). Valvur ei salvesta parooli kuhugi: see küsitakse igal ühendumisel. Parooli salvestamiseks käivita või ava võtmehoidja (GNOME Keyring, KWallet).</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>Secret Service puudub</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Proovi ühendust</translation>
    </message>
    <message>
        <source>Try the connection with these settings, without saving.</source>
        <translation>Proovi nende seadetega ühenduda ilma salvestamata.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
</context>
<context>
    <name>Valvur::Profiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Faili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>Line %1 is not host:port:database:username:password.</source>
        <translation>Rida %1 ei ole kujul host:port:andmebaas:kasutaja:parool.</translation>
    </message>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>Ühenduse profiilil peab olema nimi.</translation>
    </message>
    <message>
        <source>There is already a connection profile named &quot;%1&quot;.</source>
        <translation>Ühenduse profiil nimega „%1“ on juba olemas.</translation>
    </message>
    <message>
        <source>This connection profile no longer exists.</source>
        <translation>Seda ühenduse profiili enam ei ole.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (koopia)</translation>
    </message>
    <message>
        <source>Give either a connection string or --profile, not both.</source>
        <translation>Anna kas ühendusstring või --profile, mitte mõlemat.</translation>
    </message>
    <message>
        <source>Give a server: a connection string, a postgresql:// URI or --profile NAME.</source>
        <translation>Anna server: ühendusstring, postgresql:// URI või --profile NIMI.</translation>
    </message>
    <message>
        <source>This is not a valid connection string or URI: %1</source>
        <translation>See ei ole korrektne ühendusstring ega URI: %1</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;; there are no saved profiles yet.</source>
        <translation>Ühenduse profiili „%1“ ei ole; salvestatud profiile veel ei ole.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2</source>
        <translation>Ühenduse profiili „%1“ ei ole. Salvestatud profiilid: %2</translation>
    </message>
    <message>
        <source>Line %1: a service name must be written as [name].</source>
        <translation>Rida %1: teenuse nimi tuleb kirjutada kujul [nimi].</translation>
    </message>
    <message>
        <source>Line %1: the service [%2] appears twice.</source>
        <translation>Rida %1: teenus [%2] esineb kaks korda.</translation>
    </message>
    <message>
        <source>Line %1 is not keyword=value.</source>
        <translation>Rida %1 ei ole kujul võti=väärtus.</translation>
    </message>
    <message>
        <source>Line %1 comes before the first [service] line.</source>
        <translation>Rida %1 on enne esimest [teenuse] rida.</translation>
    </message>
    <message>
        <source>Line %1: a service cannot name another service.</source>
        <translation>Rida %1: teenus ei saa viidata teisele teenusele.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a libpq connection parameter.</source>
        <translation>Rida %1: „%2“ ei ole libpq ühendusparameeter.</translation>
    </message>
    <message>
        <source>This file is not a pgAdmin servers.json, a pgpass file or a pg_service.conf.</source>
        <translation>See fail ei ole pgAdmini servers.json, pgpass-fail ega pg_service.conf.</translation>
    </message>
    <message>
        <source>Line %1: this is not valid JSON (%2).</source>
        <translation>Rida %1: see ei ole korrektne JSON (%2).</translation>
    </message>
    <message>
        <source>Line 1: a pgAdmin servers.json has an object &quot;Servers&quot; at the top.</source>
        <translation>Rida 1: pgAdmini servers.json algab objektiga „Servers“.</translation>
    </message>
    <message>
        <source>The password in the file was not imported.</source>
        <translation>Failis olevat parooli ei imporditud.</translation>
    </message>
    <message>
        <source>Line %1: server &quot;%2&quot; is not an object.</source>
        <translation>Rida %1: server „%2“ ei ole objekt.</translation>
    </message>
    <message>
        <source>Line %1: server &quot;%2&quot; has no Name.</source>
        <translation>Rida %1: serveril „%2“ puudub Name.</translation>
    </message>
    <message>
        <source>Line %1: server &quot;%2&quot; has neither Host nor Service.</source>
        <translation>Rida %1: serveril „%2“ ei ole Host ega Service.</translation>
    </message>
    <message>
        <source>Line %1: server &quot;%2&quot; has an invalid Port.</source>
        <translation>Rida %1: serveri „%2“ Port on vigane.</translation>
    </message>
    <message>
        <source>Line 1: &quot;Servers&quot; is empty.</source>
        <translation>Rida 1: „Servers“ on tühi.</translation>
    </message>
    <message>
        <source>libpq ignores %1 because others can read it. Run: chmod 600 %1</source>
        <translation>libpq eirab faili %1, sest teised saavad seda lugeda. Käivita: chmod 600 %1</translation>
    </message>
    <message>
        <source>Line %1 matches any host: there is no server to save.</source>
        <translation>Rida %1 sobib iga hostiga: salvestatavat serverit ei ole.</translation>
    </message>
    <message>
        <source>libpq reads passwords from %1 only when PGPASSFILE names it.</source>
        <translation>libpq loeb paroole failist %1 ainult siis, kui PGPASSFILE sellele viitab.</translation>
    </message>
    <message>
        <source>The password of [%1] was not imported.</source>
        <translation>Teenuse [%1] parooli ei imporditud.</translation>
    </message>
    <message>
        <source>There is no [service] section in this file.</source>
        <translation>Selles failis ei ole ühtegi [teenuse] jaotist.</translation>
    </message>
    <message>
        <source>None of PGHOST, PGPORT, PGDATABASE, PGUSER or PGSERVICE is set.</source>
        <translation>Ükski muutujatest PGHOST, PGPORT, PGDATABASE, PGUSER ja PGSERVICE ei ole määratud.</translation>
    </message>
    <message>
        <source>PGPASSWORD is set; it was not imported.</source>
        <translation>PGPASSWORD on määratud; seda ei imporditud.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>see on tühi</translation>
    </message>
    <message>
        <source>The password in the connection string was not saved.</source>
        <translation>Ühendusstringis olevat parooli ei salvestatud.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Faili %1 ei saa kirjutada: %2</translation>
    </message>
</context>
<context>
    <name>Valvur::ProfilesCommand</name>
    <message>
        <source>development</source>
        <translation>arendus</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>testimine</translation>
    </message>
    <message>
        <source>production</source>
        <translation>toodang</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>süsteemi võtmehoidja</translation>
    </message>
    <message>
        <source>pgpass file</source>
        <translation>pgpass-fail</translation>
    </message>
    <message>
        <source>service file</source>
        <translation>teenusefail</translation>
    </message>
    <message>
        <source>asked when connecting</source>
        <translation>küsitakse ühendumisel</translation>
    </message>
    <message>
        <source>No connection profiles yet. Add one in the window, or: valvur profiles import FILE</source>
        <translation>Ühenduse profiile veel ei ole. Lisa üks aknas või: valvur profiles import FAIL</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>server: %1</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>keskkond: %1</translation>
    </message>
    <message>
        <source>group: %1</source>
        <translation>grupp: %1</translation>
    </message>
    <message>
        <source>password: %1 (%2)</source>
        <translation>parool: %1 (%2)</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>id: %1</translation>
    </message>
    <message>
        <source>Reading %1 as %2.</source>
        <translation>Loen faili %1 kui %2.</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>lisatud: %1</translation>
    </message>
    <message>
        <source>added: %1 (%2)</source>
        <translation>lisatud: %1 (%2)</translation>
    </message>
    <message>
        <source>skipped as duplicate: %1 (the same as &quot;%2&quot;)</source>
        <translation>vahele jäetud kui duplikaat: %1 (sama mis „%2“)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>vahele jäetud: %1</translation>
    </message>
    <message>
        <source>rejected, line %1: %2</source>
        <translation>tagasi lükatud, rida %1: %2</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>tagasi lükatud: %1</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>lisamata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n lisatud</numerusform>
            <numerusform>%n lisatud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate</source>
        <translation>
            <numerusform>%n duplikaat vahele jäetud</numerusform>
            <numerusform>%n duplikaati vahele jäetud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n tagasi lükatud</numerusform>
            <numerusform>%n tagasi lükatud</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: fix the rejected lines and import the file again.</source>
        <translation>Midagi ei lisatud: paranda tagasi lükatud read ja impordi fail uuesti.</translation>
    </message>
    <message>
        <source>Saved connection profiles.

  list             every profile and where its password lives (never the password)
  import FILE      a pgAdmin servers.json, a pgpass file or a pg_service.conf
  import --env     the PG* environment variables
  export FILE      all profiles as a pgAdmin servers.json</source>
        <translation>Salvestatud ühenduse profiilid.

  list             kõik profiilid ja kus nende parool asub (parooli ennast mitte)
  import FAIL      pgAdmini servers.json, pgpass-fail või pg_service.conf
  import --env     keskkonnamuutujad PG*
  export FAIL      kõik profiilid pgAdmini servers.json-failina</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Näita seda abi.</translation>
    </message>
    <message>
        <source>Print JSON (not translated).</source>
        <translation>Väljasta JSON (tõlkimata).</translation>
    </message>
    <message>
        <source>Import from the PG* environment variables.</source>
        <translation>Impordi keskkonnamuutujatest PG*.</translation>
    </message>
    <message>
        <source>Interface language: et or en.</source>
        <translation>Liidese keel: et või en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>KEEL</translation>
    </message>
    <message>
        <source>list, import or export</source>
        <translation>list, import või export</translation>
    </message>
    <message>
        <source>list|import|export</source>
        <translation>list|import|export</translation>
    </message>
    <message>
        <source>The file to import or export.</source>
        <translation>Imporditav või eksporditav fail.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FAIL]</translation>
    </message>
    <message>
        <source>Give one file to import, or --env.</source>
        <translation>Anna üks imporditav fail või --env.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s) to %1 (pgAdmin 4 servers.json, without passwords).</source>
        <translation>
            <numerusform>Faili %1 kirjutati %n profiil (pgAdmin 4 servers.json, paroolideta).</numerusform>
            <numerusform>Faili %1 kirjutati %n profiili (pgAdmin 4 servers.json, paroolideta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: valvur profiles list [--json] | import FILE|--env [--json] | export FILE</source>
        <translation>Kasutus: valvur profiles list [--json] | import FAIL|--env [--json] | export FAIL</translation>
    </message>
</context>
<context>
    <name>Valvur::ServerList</name>
    <message>
        <source>not connected</source>
        <translation>ühendamata</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>ühendatud</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>ühendumine</translation>
    </message>
    <message>
        <source>connection lost, retrying</source>
        <translation>ühendus katkes, proovin uuesti</translation>
    </message>
    <message>
        <source>development</source>
        <translation>arendus</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>testimine</translation>
    </message>
    <message>
        <source>production</source>
        <translation>toodang</translation>
    </message>
    <message>
        <source>%1
%2 — %3
Environment: %4</source>
        <translation>%1
%2 — %3
Keskkond: %4</translation>
    </message>
    <message>
        <source>%1 — %2
Not saved as a profile.</source>
        <translation>%1 — %2
Pole profiilina salvestatud.</translation>
    </message>
</context>
<context>
    <name>Valvur::ServerListPanel</name>
    <message>
        <source>Password for %1</source>
        <translation>Parool: %1</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>Ühenduse %1 (%2) parool:</translation>
    </message>
    <message>
        <source>No system keychain answered, so this password is used for this connection only and is not saved.</source>
        <translation>Süsteemi võtmehoidja ei vastanud, seega kasutatakse seda parooli ainult selle ühenduse jaoks ja seda ei salvestata.</translation>
    </message>
    <message>
        <source>Leave it empty if the server needs none.</source>
        <translation>Jäta tühjaks, kui server parooli ei nõua.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ü&amp;hendu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Ühenduse profiil</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Parooli ei salvestatud</translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the password was not saved anywhere. Valvur will ask for it each time it connects to &quot;%2&quot;.</source>
        <translation>Süsteemi võtmehoidja ei vastanud (%1), seega parooli ei salvestatud kuhugi. Valvur küsib seda iga kord, kui ühendub serveriga „%2“.</translation>
    </message>
    <message>
        <source>Delete connection profile</source>
        <translation>Kustuta ühenduse profiil</translation>
    </message>
    <message>
        <source>Delete the connection profile &quot;%1&quot; (%2)?</source>
        <translation>Kas kustutada ühenduse profiil „%1“ (%2)?</translation>
    </message>
    <message>
        <source>Its password is removed from the system keychain too. This cannot be undone.</source>
        <translation>Selle parool eemaldatakse ka süsteemi võtmehoidjast. Seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serverid</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Otsi servereid</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ü&amp;hendu</translation>
    </message>
    <message>
        <source>&amp;New connection profile…</source>
        <translation>&amp;Uus ühenduse profiil…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Tee koopia</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Kustuta…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Liiguta ü&amp;les</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Liiguta &amp;alla</translation>
    </message>
    <message>
        <source>New connection profile (%1)</source>
        <translation>Uus ühenduse profiil (%1)</translation>
    </message>
    <message>
        <source>Edit the profile (%1)</source>
        <translation>Muuda profiili (%1)</translation>
    </message>
    <message>
        <source>Duplicate the profile (%1)</source>
        <translation>Tee profiilist koopia (%1)</translation>
    </message>
    <message>
        <source>Delete the profile (%1)</source>
        <translation>Kustuta profiil (%1)</translation>
    </message>
    <message>
        <source>Move up (%1)</source>
        <translation>Liiguta üles (%1)</translation>
    </message>
    <message>
        <source>Move down (%1)</source>
        <translation>Liiguta alla (%1)</translation>
    </message>
</context>
<context>
    <name>Valvur::ShowSqlDialog</name>
    <message>
        <source>Show SQL</source>
        <translation>Näita SQL-i</translation>
    </message>
    <message>
        <source>The same in psql: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Sama psql-is: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy SQL</source>
        <translation>&amp;Kopeeri SQL</translation>
    </message>
</context>
</TS>
