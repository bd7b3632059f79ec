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
    <name>Valvur::AlertThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation>Hoiatuste lävendid</translation>
    </message>
    <message>
        <source> % of max_connections</source>
        <translation> % max_connections&apos;ist</translation>
    </message>
    <message>
        <source>Alert when connections exceed:</source>
        <translation>Hoiata, kui ühendusi on üle:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Alert when the cache hit ratio is under:</source>
        <translation>Hoiata, kui vahemälu tabamusmäär on alla:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>…for at least:</source>
        <translation>…vähemalt:</translation>
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
    <name>Valvur::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Seire</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Andmebaas:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ajaaken:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Värskenda iga:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jätka</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Peata</translation>
    </message>
    <message>
        <source>Pause or resume sampling (Ctrl+P)</source>
        <translation>Peata või jätka mõõtmist (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Ekspordi PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspordi CSV…</translation>
    </message>
    <message>
        <source>Alert thresholds…</source>
        <translation>Hoiatuste lävendid…</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Ühendused</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>waiting on a lock</source>
        <translation>ootab lukku</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>jõude tehingus</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>jõude</translation>
    </message>
    <message>
        <source>%1 % of max_connections</source>
        <translation>%1 % max_connections&apos;ist</translation>
    </message>
    <message>
        <source>Cache hit ratio per interval</source>
        <translation>Vahemälu tabamusmäär intervallis</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>tabamusmäär</translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation>siht %1 %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Tehingut sekundis</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>kinnitused</translation>
    </message>
    <message>
        <source>rollbacks</source>
        <translation>tagasivõtud</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Andmebaasi suurus</translation>
    </message>
    <message>
        <source>size</source>
        <translation>suurus</translation>
    </message>
    <message>
        <source>No server is selected.
Use File → Connect… (Ctrl+N) to connect to a PostgreSQL server; the Dashboard then shows its connections, cache hit ratio, transactions and size live.</source>
        <translation>Ühtki serverit pole valitud.
Ühenda PostgreSQL-i serveriga menüüst Fail → Ühenda… (Ctrl+N); siis näitab seire selle ühendusi, vahemälu tabamusmäära, tehinguid ja suurust reaalajas.</translation>
    </message>
    <message>
        <source>Whole server</source>
        <translation>Kogu server</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>Ootan esimest mõõtmist…</translation>
    </message>
    <message>
        <source>alert at %1 %</source>
        <translation>hoiatus %1 % juures</translation>
    </message>
    <message>
        <source>%1 of max_connections %2 (%3)</source>
        <translation>%1 / max_connections %2 (%3)</translation>
    </message>
    <message>
        <source>This interval:</source>
        <translation>Selles intervallis:</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Valvur&apos;s own monitoring transactions are not counted.</source>
        <translation>Valvuri enda seiretehinguid ei loeta.</translation>
    </message>
    <message>
        <source>%1%2 per hour</source>
        <translation>%1%2 tunnis</translation>
    </message>
    <message>
        <source>measured after a minute</source>
        <translation>selgub minuti pärast</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Suurus:</translation>
    </message>
    <message>
        <source>Growth:</source>
        <translation>Kasv:</translation>
    </message>
    <message>
        <source>Connections are above %1 % of max_connections: new clients will soon be refused (&quot;too many connections&quot;).</source>
        <translation>Ühendusi on üle %1 % max_connections&apos;ist: varsti keeldub server uutest klientidest („too many connections“).</translation>
    </message>
    <message numerus="yes">
        <source>The cache hit ratio has stayed under %1 % for %n second(s): queries read from disk; consider shared_buffers or missing indexes.</source>
        <translation>
            <numerusform>Vahemälu tabamusmäär on olnud alla %1 % juba %n sekund: päringud loevad kettalt; vaata üle shared_buffers ja puuduvad indeksid.</numerusform>
            <numerusform>Vahemälu tabamusmäär on olnud alla %1 % juba %n sekundit: päringud loevad kettalt; vaata üle shared_buffers ja puuduvad indeksid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections are above %1 % of max_connections.</source>
        <translation>Ühendusi on üle %1 % max_connections&apos;ist.</translation>
    </message>
    <message>
        <source>The cache hit ratio is under %1 %.</source>
        <translation>Vahemälu tabamusmäär on alla %1 %.</translation>
    </message>
    <message>
        <source>Valvur: %1</source>
        <translation>Valvur: %1</translation>
    </message>
    <message>
        <source>The Dashboard runs this one statement per sample (every %1 s) on Valvur&apos;s monitoring session. $1 is the chosen database (NULL for the whole server); $2 is true every 30 s, when the database size is measured.</source>
        <translation>Seire käivitab iga mõõtmise jaoks (iga %1 s järel) Valvuri seireseansis selle ühe lause. $1 on valitud andmebaas (kogu serveri puhul NULL); $2 on tõene iga 30 s järel, kui mõõdetakse andmebaasi suurust.</translation>
    </message>
    <message>
        <source>Connections: client sessions in pg_stat_activity by state, without Valvur&apos;s own session. &quot;Waiting on a lock&quot; is an active session with wait_event_type = &apos;Lock&apos;. The dashed lines are max_connections and the alert threshold.</source>
        <translation>Ühendused: pg_stat_activity kliendiseansid oleku järgi, ilma Valvuri enda seansita. „Ootab lukku“ on aktiivne seanss, mille wait_event_type = &apos;Lock&apos;. Katkendjooned on max_connections ja hoiatuse lävend.</translation>
    </message>
    <message>
        <source>Cache hit ratio per interval = Δblks_hit / (Δblks_hit + Δblks_read) × 100 between two samples. The figure since the statistics reset = blks_hit / (blks_hit + blks_read) × 100, what most tools show.</source>
        <translation>Vahemälu tabamusmäär intervallis = Δblks_hit / (Δblks_hit + Δblks_read) × 100 kahe mõõtmise vahel. Statistika lähtestamisest saadik = blks_hit / (blks_hit + blks_read) × 100, mida näitab enamik tööriistu.</translation>
    </message>
    <message>
        <source>Transactions per second = (Δxact_commit − Valvur&apos;s own transactions) / Δt and Δxact_rollback / Δt, where Δt is the real time between the two samples on the server&apos;s clock (server_time), not the refresh interval. After a statistics reset (stats_reset changes) one interval has no value instead of a negative spike.</source>
        <translation>Tehingut sekundis = (Δxact_commit − Valvuri enda tehingud) / Δt ja Δxact_rollback / Δt, kus Δt on kahe mõõtmise tegelik vahe serveri kella järgi (server_time), mitte värskendamise intervall. Pärast statistika lähtestamist (stats_reset muutub) jääb üks intervall väärtuseta, negatiivset piiki ei teki.</translation>
    </message>
    <message>
        <source>Size = sum of pg_database_size() every 30 s. Growth per hour = (newest size − oldest size of the last hour) / the time between the two measurements.</source>
        <translation>Suurus = pg_database_size() summa iga 30 s järel. Kasv tunnis = (uusim suurus − viimase tunni vanim suurus) / nende kahe mõõtmise vaheline aeg.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Faili %1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Ekspordi graafikud PNG-na</translation>
    </message>
    <message>
        <source>Export the samples as CSV</source>
        <translation>Ekspordi mõõtmised CSV-na</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-pildid (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport ebaõnnestus</translation>
    </message>
    <message>
        <source>Choose another folder or free some disk space.</source>
        <translation>Vali teine kaust või vabasta kettaruumi.</translation>
    </message>
    <message>
        <source>Since stats_reset:</source>
        <translation>Alates stats_reset:</translation>
    </message>
</context>
<context>
    <name>Valvur::DashboardPanel</name>
    <message>
        <source>Show SQL</source>
        <translation>Näita SQL-i</translation>
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
