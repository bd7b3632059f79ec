<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en_US">
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
    <name>Valvur::InsightPage</name>
    <message numerus="yes">
        <source>This page sends these statements in one request every %n second(s) while it is visible.</source>
        <translation>
            <numerusform>See leht saadab need laused ühe päringuna iga %n sekundi järel, kui leht on nähtaval.</numerusform>
            <numerusform>See leht saadab need laused ühe päringuna iga %n sekundi järel, kui leht on nähtaval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtreeri (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as tab-separated text</source>
        <translation>Kopeeri valitud read (või kõik read) tabeldusmärgiga eraldatud tekstina</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspordi CSV…</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>Näita SQL-i</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Värskenda</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Värskenda kohe (F5)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV eksport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
Choose another folder or free some space.</source>
        <translation>Faili %1 ei saa kirjutada: %2
Vali teine kaust või vabasta kettaruumi.</translation>
    </message>
    <message>
        <source>No server is selected.
Use File → Connect… (Ctrl+N) to connect to a PostgreSQL server, for example host=localhost port=5432 user=postgres.</source>
        <translation>Ükski server pole valitud.
PostgreSQL-i serveriga ühendamiseks vali Fail → Ühenda… (Ctrl+N), näiteks host=localhost port=5432 user=postgres.</translation>
    </message>
</context>
<context>
    <name>Valvur::LocksPage</name>
    <message>
        <source>A relation of another database shows as its number (OID): names resolve only in the connected database.</source>
        <translation>Teise andmebaasi relatsioon on näidatud numbrina (OID): nimed leitakse ainult ühendatud andmebaasis.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ootab</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>antud</translation>
    </message>
    <message>
        <source>(hidden: another user&apos;s session)</source>
        <translation>(peidetud: teise kasutaja seanss)</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Lukud</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Võti</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blokeerija</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokeerib</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režiim</translation>
    </message>
    <message>
        <source>Lock type</source>
        <translation>Luku tüüp</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatsioon</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Tehing</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Rakendus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Seisund</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ootab juba</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>Show in Activity</source>
        <translation>Näita tegevuses</translation>
    </message>
    <message>
        <source>Open the selected session on the Activity page (or double-click a row)</source>
        <translation>Ava valitud seanss lehel Tegevus (või tee real topeltklõps)</translation>
    </message>
    <message numerus="yes">
        <source>%n lock request(s) are waiting. A waiting session shows whom it waits for under &quot;Blocked by&quot;; the holder is marked in yellow.</source>
        <translation>
            <numerusform>%n lukusoov ootab. Ootav seanss näitab veerus „Blokeerija“, keda ta ootab; luku hoidja on märgitud kollasega.</numerusform>
            <numerusform>%n lukusoovi ootab. Ootav seanss näitab veerus „Blokeerija“, keda ta ootab; luku hoidja on märgitud kollasega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The query text of %n session(s) of other users is hidden: only superusers and members of pg_read_all_stats may read it.</source>
        <translation>
            <numerusform>Teiste kasutajate %n seansi päringu tekst on peidetud: seda võivad lugeda ainult superkasutajad ja rolli pg_read_all_stats liikmed.</numerusform>
            <numerusform>Teiste kasutajate %n seansi päringu tekst on peidetud: seda võivad lugeda ainult superkasutajad ja rolli pg_read_all_stats liikmed.</numerusform>
        </translation>
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
        <source>Servers</source>
        <translation>Serverid</translation>
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
    <name>Valvur::ReplicationPage</name>
    <message>
        <source>(hidden)</source>
        <translation>(peidetud)</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>järele jõudnud</translation>
    </message>
    <message>
        <source>Nobody uses this slot, yet it keeps WAL on the primary&apos;s disk until a standby comes back or the slot is dropped (pg_drop_replication_slot).</source>
        <translation>Seda pesa keegi ei kasuta, kuid see hoiab WAL-i põhiserveri kettal, kuni ooteserver naaseb või pesa kustutatakse (pg_drop_replication_slot).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikatsioon</translation>
    </message>
    <message>
        <source>Standbys receiving WAL from this server (pg_stat_replication)</source>
        <translation>Ooteserverid, mis saavad sellelt serverilt WAL-i (pg_stat_replication)</translation>
    </message>
    <message>
        <source>Replication slots (pg_replication_slots)</source>
        <translation>Replikatsioonipesad (pg_replication_slots)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kasutaja</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Rakendus</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Kliendi aadress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Seisund</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sünkroonsus</translation>
    </message>
    <message>
        <source>Sent LSN</source>
        <translation>Saadetud LSN</translation>
    </message>
    <message>
        <source>Replay behind</source>
        <translation>Taasesitus maas</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Kirjutamise viivitus</translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation>Salvestamise viivitus</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Taasesituse viivitus</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Ühendatud alates</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Pesa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivne</translation>
    </message>
    <message>
        <source>Active PID</source>
        <translation>Aktiivne PID</translation>
    </message>
    <message>
        <source>WAL retained</source>
        <translation>Hoitud WAL</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL-i olek</translation>
    </message>
    <message>
        <source>This server is a standby: it replays WAL from its primary (WAL receiver: %1).</source>
        <translation>See server on ooteserver: see taasesitab oma põhiserveri WAL-i (WAL-i vastuvõtja: %1).</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>ei tööta</translation>
    </message>
    <message>
        <source>This server is a primary.</source>
        <translation>See server on põhiserver.</translation>
    </message>
    <message>
        <source>No standby is connected to this server and it has no replication slots.

Replication keeps a copy of the database on another server (a standby) by streaming the write-ahead log (WAL) to it: if the primary fails, the standby takes over, and it can answer read-only queries meanwhile. A standby starts from a physical backup (pg_basebackup -R) and then connects to the primary; it needs wal_level = replica and max_wal_senders &gt; 0 here. Once one connects, it appears on this page with its lag.</source>
        <translation>Selle serveriga pole ühendatud ühtegi ooteserverit ja sellel pole replikatsioonipesi.

Replikatsioon hoiab andmebaasi koopiat teises serveris (ooteserveris), voogedastades sinna eelkirjutuslogi (WAL): kui põhiserver rikki läheb, võtab ooteserver töö üle, ja seni saab see vastata ainult lugemise päringutele. Ooteserver alustab füüsilisest varukoopiast (pg_basebackup -R) ja ühendub siis põhiserveriga; siin on selleks vaja wal_level = replica ja max_wal_senders &gt; 0. Kui mõni ühendub, ilmub see sellele lehele koos oma viivitusega.</translation>
    </message>
    <message>
        <source>The state, positions and lag of the standbys are hidden: only superusers and members of pg_read_all_stats may see them.</source>
        <translation>Ooteserverite seisund, positsioonid ja viivitus on peidetud: neid näevad ainult superkasutajad ja rolli pg_read_all_stats liikmed.</translation>
    </message>
</context>
<context>
    <name>Valvur::RolesPage</name>
    <message>
        <source>no access</source>
        <translation>ligipääs puudub</translation>
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
    <message>
        <source>Superuser</source>
        <translation>Superkasutaja</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Loob rolle</translation>
    </message>
    <message>
        <source>Create DB</source>
        <translation>Loob andmebaase</translation>
    </message>
    <message>
        <source>Cannot login</source>
        <translation>Ei saa sisse logida</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikatsioon</translation>
    </message>
    <message>
        <source>Bypass RLS</source>
        <translation>Möödub RLS-ist</translation>
    </message>
    <message>
        <source>No inheritance</source>
        <translation>Ei päri</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>Runs once when you press Describe, with the table&apos;s name as the parameter $1.</source>
        <translation>Käivitub üks kord, kui vajutad „Kirjelda“, tabeli nimi on parameeter $1.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Kitsendus</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>not null</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>vaikimisi %1</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>primaarvõti</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>välisvõti</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unikaalne</translation>
    </message>
    <message>
        <source>check</source>
        <translation>kontroll</translation>
    </message>
    <message>
        <source>exclusion</source>
        <translation>välistus</translation>
    </message>
    <message>
        <source>Databases and roles</source>
        <translation>Andmebaasid ja rollid</translation>
    </message>
    <message>
        <source>Databases (\l)</source>
        <translation>Andmebaasid (\l)</translation>
    </message>
    <message>
        <source>Roles (\du)</source>
        <translation>Rollid (\du)</translation>
    </message>
    <message>
        <source>A table&apos;s columns, indexes and constraints (\d)</source>
        <translation>Tabeli veerud, indeksid ja kitsendused (\d)</translation>
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
        <translation>Collate</translation>
    </message>
    <message>
        <source>Ctype</source>
        <translation>Ctype</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Connection limit</source>
        <translation>Ühenduste piirang</translation>
    </message>
    <message>
        <source>Allows connections</source>
        <translation>Lubab ühendusi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atribuudid</translation>
    </message>
    <message>
        <source>Can login</source>
        <translation>Saab sisse logida</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Pärib</translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation>Parool aegub</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Liige rollides</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Type or definition</source>
        <translation>Tüüp või definitsioon</translation>
    </message>
    <message>
        <source>Not null</source>
        <translation>Not null</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>schema.table</source>
        <translation>skeem.tabel</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Kirjelda</translation>
    </message>
    <message>
        <source>SQL of \d</source>
        <translation>\d SQL</translation>
    </message>
    <message numerus="yes">
        <source>The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</source>
        <translation>
            <numerusform>%n andmebaasi suurus on peidetud: selleks on vaja andmebaasi CONNECT-õigust või rolli pg_read_all_stats liikmesust.</numerusform>
            <numerusform>%n andmebaasi suurus on peidetud: selleks on vaja andmebaasi CONNECT-õigust või rolli pg_read_all_stats liikmesust.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; here. Pick one from the list or write schema.table.</source>
        <translation>Tabelit „%1“ siin pole. Vali see loendist või kirjuta skeem.tabel.</translation>
    </message>
</context>
<context>
    <name>Valvur::SettingsPage</name>
    <message>
        <source>yes — restart the server</source>
        <translation>jah — taaskäivita server</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>after a restart</source>
        <translation>pärast taaskäivitust</translation>
    </message>
    <message>
        <source>after a reload</source>
        <translation>pärast uuesti laadimist</translation>
    </message>
    <message>
        <source>fixed when built</source>
        <translation>kompileerimisel määratud</translation>
    </message>
    <message>
        <source>at once (per session)</source>
        <translation>kohe (seansi kaupa)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Seade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Toorväärtus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Jõustub</translation>
    </message>
    <message>
        <source>Restart pending</source>
        <translation>Ootab taaskäivitust</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>How many connections fit? (max_connections calculator)</source>
        <translation>Kui palju ühendusi mahub? (max_connections kalkulaator)</translation>
    </message>
    <message>
        <source>Memory available to PostgreSQL:</source>
        <translation>PostgreSQL-ile saadaolev mälu:</translation>
    </message>
    <message>
        <source>Starts with this computer&apos;s memory; set it to the server&apos;s (or the container&apos;s memory limit).</source>
        <translation>Algväärtus on selle arvuti mälu; pane siia serveri mälu (või konteineri mälupiirang).</translation>
    </message>
    <message>
        <source>Memory per connection:</source>
        <translation>Mälu ühenduse kohta:</translation>
    </message>
    <message>
        <source>Every connection costs memory even while idle, and opening one is expensive (authentication, TLS). If the application needs more connections than fit, do not raise max_connections: use a connection pool (HikariCP, pg-pool, PgBouncer) that keeps a few connections and reuses them, and fix connection leaks first.</source>
        <translation>Iga ühendus võtab mälu ka jõude olles ja ühenduse avamine on kulukas (autentimine, TLS). Kui rakendus vajab rohkem ühendusi, kui mahub, ära tõsta max_connections&apos;it: kasuta ühenduste kogumit (HikariCP, pg-pool, PgBouncer), mis hoiab mõnda ühendust ja taaskasutab neid, ning paranda esmalt ühenduste lekked.</translation>
    </message>
    <message>
        <source>(%1 available − %2 shared_buffers) ÷ %3 per connection = &lt;b&gt;%4&lt;/b&gt; connections.</source>
        <translation>(%1 saadaval − %2 shared_buffers) ÷ %3 ühenduse kohta = &lt;b&gt;%4&lt;/b&gt; ühendust.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>teadmata</translation>
    </message>
    <message>
        <source>The server&apos;s max_connections = %1 fits.</source>
        <translation>Serveri max_connections = %1 mahub ära.</translation>
    </message>
    <message>
        <source>The server&apos;s max_connections = %1 is more than fits: %2 of connection memory may be needed.</source>
        <translation>Serveri max_connections = %1 on rohkem, kui mahub: ühendustele võib kuluda %2 mälu.</translation>
    </message>
    <message>
        <source>Changed but not yet in effect: %1. These take effect only after a server restart (docker restart postgres).</source>
        <translation>Muudetud, kuid veel jõustumata: %1. Need jõustuvad alles pärast serveri taaskäivitust (docker restart postgres).</translation>
    </message>
    <message>
        <source>Hidden: %1. Only superusers and members of pg_read_all_settings may read these settings.</source>
        <translation>Peidetud: %1. Neid seadeid võivad lugeda ainult superkasutajad ja rolli pg_read_all_settings liikmed.</translation>
    </message>
    <message>
        <source>setting × unit</source>
        <translation>setting × unit</translation>
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
<context>
    <name>Valvur::SizesPage</name>
    <message>
        <source>You may not connect to this database, so its size is not shown.</source>
        <translation>Sul pole õigust selle andmebaasiga ühenduda, seetõttu selle suurust ei näidata.</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>ligipääs puudub</translation>
    </message>
    <message>
        <source>not analysed</source>
        <translation>analüüsimata</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Suurused</translation>
    </message>
    <message numerus="yes">
        <source>The databases come from the monitoring session; the tables of %1 from a second session to that database, opened while this page shows it. Both refresh every %n second(s) while the page is visible.</source>
        <translation>
            <numerusform>Andmebaasid tulevad jälgimisseansist, andmebaasi %1 tabelid aga teisest seansist selle andmebaasiga, mis on avatud, kuni see leht seda näitab. Mõlemad värskenevad iga %n sekundi järel, kui leht on nähtaval.</numerusform>
            <numerusform>Andmebaasid tulevad jälgimisseansist, andmebaasi %1 tabelid aga teisest seansist selle andmebaasiga, mis on avatud, kuni see leht seda näitab. Mõlemad värskenevad iga %n sekundi järel, kui leht on nähtaval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Allows connections</source>
        <translation>Lubab ühendusi</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Kasv</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skeem</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Andmed (heap)</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indeksid</translation>
    </message>
    <message>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Ridu (hinnang)</translation>
    </message>
    <message>
        <source>Tables in %1, largest first (growth since this page opened)</source>
        <translation>Andmebaasi %1 tabelid, suurimad eespool (kasv alates lehe avamisest)</translation>
    </message>
    <message numerus="yes">
        <source>The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</source>
        <translation>
            <numerusform>%n andmebaasi suurus on peidetud: selleks on vaja andmebaasi CONNECT-õigust või rolli pg_read_all_stats liikmesust.</numerusform>
            <numerusform>%n andmebaasi suurus on peidetud: selleks on vaja andmebaasi CONNECT-õigust või rolli pg_read_all_stats liikmesust.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables of %1 cannot be shown: %2</source>
        <translation>Andmebaasi %1 tabeleid ei saa näidata: %2</translation>
    </message>
</context>
<context>
    <name>Valvur::TopQueriesPage</name>
    <message>
        <source>Only superusers and members of pg_read_all_stats see the text of other users&apos; statements.</source>
        <translation>Teiste kasutajate lausete teksti näevad ainult superkasutajad ja rolli pg_read_all_stats liikmed.</translation>
    </message>
    <message>
        <source>(hidden: another user&apos;s statement)</source>
        <translation>(peidetud: teise kasutaja lause)</translation>
    </message>
    <message>
        <source>Top queries</source>
        <translation>Kulukamad päringud</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Võti</translation>
    </message>
    <message>
        <source>Share of time</source>
        <translation>Osa ajast</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Kutseid</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Aeg kokku</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Standardhälve</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Ridu</translation>
    </message>
    <message>
        <source>Buffer hit %</source>
        <translation>Puhvri tabamus %</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Nulli…</translation>
    </message>
    <message>
        <source>Set every pg_stat_statements counter back to zero (pg_stat_statements_reset)</source>
        <translation>Sea kõik pg_stat_statements&apos;i loendurid tagasi nulli (pg_stat_statements_reset)</translation>
    </message>
    <message>
        <source>Run CREATE EXTENSION pg_stat_statements</source>
        <translation>Käivita CREATE EXTENSION pg_stat_statements</translation>
    </message>
    <message>
        <source>Counting since %1</source>
        <translation>Loendatud alates %1</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n statement(s) run by other users is hidden: only superusers and members of pg_read_all_stats may read it. Their times and counts are shown.</source>
        <translation>
            <numerusform>Teiste kasutajate %n lause tekst on peidetud: seda võivad lugeda ainult superkasutajad ja rolli pg_read_all_stats liikmed. Nende ajad ja arvud on näidatud.</numerusform>
            <numerusform>Teiste kasutajate %n lause tekst on peidetud: seda võivad lugeda ainult superkasutajad ja rolli pg_read_all_stats liikmed. Nende ajad ja arvud on näidatud.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;pg_stat_statements is not available&lt;/h3&gt;&lt;p&gt;Top queries come from the pg_stat_statements extension. Switching it on takes two steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Load the library when the server starts: set &lt;code&gt;shared_preload_libraries = &apos;pg_stat_statements&apos;&lt;/code&gt; in postgresql.conf (or &lt;code&gt;ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos;&lt;/code&gt;) and &lt;b&gt;restart&lt;/b&gt; the server (&lt;code&gt;docker restart postgres&lt;/code&gt;).&lt;/li&gt;&lt;li&gt;Create the extension in the database you connect to: &lt;code&gt;CREATE EXTENSION pg_stat_statements;&lt;/code&gt;&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;pg_stat_statements pole saadaval&lt;/h3&gt;&lt;p&gt;Kulukamad päringud tulevad laiendusest pg_stat_statements. Selle sisselülitamiseks on kaks sammu:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Laadi teek serveri käivitumisel: sea postgresql.conf&apos;is &lt;code&gt;shared_preload_libraries = &apos;pg_stat_statements&apos;&lt;/code&gt; (või &lt;code&gt;ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos;&lt;/code&gt;) ja &lt;b&gt;taaskäivita&lt;/b&gt; server (&lt;code&gt;docker restart postgres&lt;/code&gt;).&lt;/li&gt;&lt;li&gt;Loo laiendus andmebaasis, millega ühendud: &lt;code&gt;CREATE EXTENSION pg_stat_statements;&lt;/code&gt;&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The library is &lt;b&gt;not loaded&lt;/b&gt; yet on this server: start with step 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Teek &lt;b&gt;pole&lt;/b&gt; selles serveris veel &lt;b&gt;laaditud&lt;/b&gt;: alusta 1. sammust.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The library is already loaded: only step 2 is left, and Valvur can do it for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Teek on juba laaditud: jäänud on ainult 2. samm ja Valvur saab selle sinu eest teha.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pg_stat_statements has not counted any statement since %1.</source>
        <translation>pg_stat_statements pole alates %1 ühtegi lauset loendanud.</translation>
    </message>
    <message>
        <source>Select a statement to see its full text.</source>
        <translation>Vali lause, et näha selle täielikku teksti.</translation>
    </message>
    <message>
        <source>Reset pg_stat_statements</source>
        <translation>Nulli pg_stat_statements</translation>
    </message>
    <message>
        <source>Set every pg_stat_statements counter on %1 back to zero?

Everyone who looks at these statistics starts from nothing again. This cannot be undone.</source>
        <translation>Kas seada kõik pg_stat_statements&apos;i loendurid serveris %1 tagasi nulli?

Kõik, kes seda statistikat vaatavad, alustavad uuesti nullist. Seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>The reset failed. %1</source>
        <translation>Nullimine ebaõnnestus. %1</translation>
    </message>
    <message>
        <source>CREATE EXTENSION failed. %1</source>
        <translation>CREATE EXTENSION ebaõnnestus. %1</translation>
    </message>
</context>
</TS>
