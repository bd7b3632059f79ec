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
    <name>Valvur::ActivityFilterBar</name>
    <message>
        <source>Search in queries or a PID…</source>
        <translation>Otsi päringutest või PID-i…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Kõik olekud</translation>
    </message>
    <message>
        <source>Any database</source>
        <translation>Kõik andmebaasid</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Kõik kasutajad</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Kõik rakendused</translation>
    </message>
    <message>
        <source>Hide idle</source>
        <translation>Peida jõude</translation>
    </message>
    <message>
        <source>Background processes</source>
        <translation>Taustaprotsessid</translation>
    </message>
    <message>
        <source>Show the server&apos;s own processes (autovacuum, checkpointer, WAL writer…) besides client sessions.</source>
        <translation>Näita klientide seansside kõrval ka serveri enda protsesse (autovacuum, checkpointer, WAL writer…).</translation>
    </message>
    <message>
        <source>Valvur&apos;s own sessions</source>
        <translation>Valvuri enda seansid</translation>
    </message>
    <message>
        <source>Mark queries over</source>
        <translation>Märgi päringud üle</translation>
    </message>
    <message>
        <source>idle in transaction over</source>
        <translation>jõude tehingus üle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %1 of %n</source>
        <translation>
            <numerusform>Seansse: %1 / %n</numerusform>
            <numerusform>Seansse: %1 / %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ActivityModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
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
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Backend type</source>
        <translation>Protsessi tüüp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ootab</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Seanss algas</translation>
    </message>
    <message>
        <source>Transaction started</source>
        <translation>Tehing algas</translation>
    </message>
    <message>
        <source>Query started</source>
        <translation>Päring algas</translation>
    </message>
    <message>
        <source>Query running</source>
        <translation>Päring käib</translation>
    </message>
    <message>
        <source>Transaction open</source>
        <translation>Tehing avatud</translation>
    </message>
    <message>
        <source>In this state</source>
        <translation>Selles olekus</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blokeerija</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>This is Valvur&apos;s own session: it cannot be cancelled or terminated from here.</source>
        <translation>See on Valvuri enda seanss: siit ei saa seda tühistada ega lõpetada.</translation>
    </message>
    <message>
        <source>Waits for a lock held by %1.</source>
        <translation>Ootab lukku, mida hoiab %1.</translation>
    </message>
    <message>
        <source>Waits for %1 on a %2 lock.</source>
        <translation>Ootab lukku %1 (luku liik %2).</translation>
    </message>
    <message>
        <source>Waits for %1 on a %2 lock (%3).</source>
        <translation>Ootab lukku %1 (luku liik %2, %3).</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Unixi sokkel</translation>
    </message>
    <message numerus="yes">
        <source>The query has been running for longer than the threshold (%n s).</source>
        <translation>
            <numerusform>Päring on kestnud kauem kui lävi (%n s).</numerusform>
            <numerusform>Päring on kestnud kauem kui lävi (%n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle in transaction for longer than the threshold (%n s): it holds its locks and keeps VACUUM from cleaning up.</source>
        <translation>
            <numerusform>Jõude tehingus kauem kui lävi (%n s): seanss hoiab oma lukke ja takistab VACUUM-il koristamast.</numerusform>
            <numerusform>Jõude tehingus kauem kui lävi (%n s): seanss hoiab oma lukke ja takistab VACUUM-il koristamast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ActivityPage</name>
    <message>
        <source>Cancel query / terminate session:</source>
        <translation>Tühista päring / lõpeta seanss:</translation>
    </message>
    <message>
        <source>The Activity page runs the first two statements in one round trip every second while it is visible. Cancel and terminate run the last one, with the pids and the backend_start times you saw as parameters, so a PID that now belongs to another session is never hit.</source>
        <translation>Tegevuse leht käivitab kaks esimest lauset ühe päringuringiga iga sekund, kui leht on nähtaval. Päringu tühistamine ja seansi lõpetamine käivitavad viimase lause, parameetriteks PID-id ja nende backend_start ajad, mida sa nägid, nii et PID-i, mis kuulub nüüd teisele seansile, ei tabata kunagi.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Tühista päring</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Lõpeta seanss</translation>
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
        <source>Resume the live refresh</source>
        <translation>Jätka pidevat värskendamist</translation>
    </message>
    <message>
        <source>Pause the live refresh</source>
        <translation>Peata pidev värskendamine</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Värskenda</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Kopeeri rida</translation>
    </message>
    <message>
        <source>Copy query</source>
        <translation>Kopeeri päring</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Kopeeri CSV-na</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>Näita SQL-i</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>Blocking (%1)</source>
        <translation>Blokeerimine (%1)</translation>
    </message>
    <message>
        <source>No session waits on a lock now.</source>
        <translation>Praegu ei oota ükski seanss lukku.</translation>
    </message>
    <message>
        <source>Sessions at the top hold the locks the ones below them wait for. Select the top one to cancel its query or terminate it.</source>
        <translation>Ülemised seansid hoiavad lukke, mida nende all olevad seansid ootavad. Vali ülemine, et tühistada selle päring või lõpetada seanss.</translation>
    </message>
    <message>
        <source>No server is selected.
Use File → Connect… (Ctrl+N) to connect to a PostgreSQL server, for example host=localhost port=5432 user=postgres.</source>
        <translation>Ühtegi serverit pole valitud.
Vali Fail → Ühendu… (Ctrl+N), et ühenduda PostgreSQL-i serveriga, näiteks host=localhost port=5432 user=postgres.</translation>
    </message>
    <message>
        <source>Select one or more sessions to terminate (pg_terminate_backend).</source>
        <translation>Vali üks või mitu seanssi, mida lõpetada (pg_terminate_backend).</translation>
    </message>
    <message>
        <source>Select one or more sessions whose query to cancel (pg_cancel_backend).</source>
        <translation>Vali üks või mitu seanssi, mille päring tühistada (pg_cancel_backend).</translation>
    </message>
    <message>
        <source>Valvur&apos;s own sessions cannot be cancelled or terminated from here.</source>
        <translation>Valvuri enda seansse ei saa siit tühistada ega lõpetada.</translation>
    </message>
    <message numerus="yes">
        <source>Close the selected sessions (%n) with pg_terminate_backend: an open transaction is rolled back.</source>
        <translation>
            <numerusform>Sulge valitud seanss (%n) käsuga pg_terminate_backend: avatud tehing tühistatakse.</numerusform>
            <numerusform>Sulge valitud seansid (%n) käsuga pg_terminate_backend: avatud tehingud tühistatakse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop the running queries of the selected sessions (%n) with pg_cancel_backend; the sessions stay connected.</source>
        <translation>
            <numerusform>Peata valitud seansi (%n) käimasolev päring käsuga pg_cancel_backend; seanss jääb ühendatuks.</numerusform>
            <numerusform>Peata valitud seansside (%n) käimasolevad päringud käsuga pg_cancel_backend; seansid jäävad ühendatuks.</numerusform>
        </translation>
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
    <name>Valvur::Backup</name>
    <message>
        <source>%1 appeared while the backup ran; it was not overwritten. The new backup was removed.</source>
        <translation>%1 tekkis varundamise ajal; seda ei kirjutatud üle. Uus varukoopia eemaldati.</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it in use or read-only?). The new backup was removed.</source>
        <translation>%1 ei saa asendada (kas see on kasutusel või kirjutuskaitstud?). Uus varukoopia eemaldati.</translation>
    </message>
    <message>
        <source>Cannot rename the finished backup to %1.</source>
        <translation>Valmis varukoopiat ei saa ümber nimetada nimeks %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>The file ends before pg_dump&apos;s closing line &quot;-- PostgreSQL database dump complete&quot;: it is cut off.</source>
        <translation>Fail lõpeb enne pg_dumpi lõpurida &quot;-- PostgreSQL database dump complete&quot;: see on poolik.</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Peatan programmi %1…</translation>
    </message>
    <message>
        <source>The backup was cancelled before it started. Nothing was written.</source>
        <translation>Varundamine tühistati enne algust. Midagi ei kirjutatud.</translation>
    </message>
    <message>
        <source>Checking the destination…</source>
        <translation>Kontrollin sihtkohta…</translation>
    </message>
    <message>
        <source>%1 already exists. It was not overwritten: choose another name, or confirm that it may be replaced (--overwrite).</source>
        <translation>%1 on juba olemas. Seda ei kirjutatud üle: vali teine nimi või kinnita, et selle võib asendada (--overwrite).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Kausta %1 ei ole olemas.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ühendun serveriga %1…</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Serveriga %1 ei saa ühendust: %2</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Loen kataloogi…</translation>
    </message>
    <message>
        <source>The server did not answer the catalog query: %1</source>
        <translation>Server ei vastanud kataloogipäringule: %1</translation>
    </message>
    <message>
        <source>The role %1 may not take a base backup: it needs the REPLICATION attribute (ALTER ROLE %1 REPLICATION;) or superuser.</source>
        <translation>Roll %1 ei tohi teha baasvarukoopiat: tal on vaja atribuuti REPLICATION (ALTER ROLE %1 REPLICATION;) või superkasutaja õigusi.</translation>
    </message>
    <message>
        <source>max_wal_senders is %1: a base backup with streamed WAL needs at least 2. Set it in postgresql.conf and restart the server.</source>
        <translation>max_wal_senders on %1: voogedastatud WAL-iga baasvarukoopia vajab vähemalt 2. Määra see failis postgresql.conf ja taaskäivita server.</translation>
    </message>
    <message>
        <source>wal_level is minimal: set it to replica and restart the server.</source>
        <translation>wal_level on minimal: määra selleks replica ja taaskäivita server.</translation>
    </message>
    <message>
        <source>A physical backup of this server cannot start yet:</source>
        <translation>Selle serveri füüsilist varukoopiat ei saa veel alustada:</translation>
    </message>
    <message>
        <source>Trying a replication connection…</source>
        <translation>Proovin replikatsiooniühendust…</translation>
    </message>
    <message>
        <source>pg_hba.conf has no replication entry for this host and role. Add a line such as
    host  replication  %1  &lt;client address&gt;/32  scram-sha-256
and reload the server (SELECT pg_reload_conf();).</source>
        <translation>pg_hba.conf ei sisalda selle hosti ja rolli jaoks replikatsioonikirjet. Lisa rida, näiteks
    host  replication  %1  &lt;kliendi aadress&gt;/32  scram-sha-256
ja laadi serveri seaded uuesti (SELECT pg_reload_conf();).</translation>
    </message>
    <message>
        <source>All WAL sender slots are in use (max_wal_senders). Free one or raise the limit and restart.</source>
        <translation>Kõik WAL-i saatjate kohad on kasutusel (max_wal_senders). Vabasta üks või tõsta piiri ja taaskäivita server.</translation>
    </message>
    <message>
        <source>The replication connection failed.</source>
        <translation>Replikatsiooniühendus ebaõnnestus.</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Otsin programmi %1…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Käivitan programmi %1…</translation>
    </message>
    <message>
        <source>The server went away while the backup ran (it was stopped or restarted, or the network broke).</source>
        <translation>Server kadus varundamise ajal (see peatati või taaskäivitati või katkes võrguühendus).</translation>
    </message>
    <message>
        <source>The disk filled up while the backup ran.</source>
        <translation>Ketas sai varundamise ajal täis.</translation>
    </message>
    <message>
        <source>The role lacks a privilege the backup needs (see the tool&apos;s words below); a superuser or the owner of every object can back it up.</source>
        <translation>Rollil puudub varundamiseks vajalik õigus (vaata allpool programmi enda sõnu); varundada saab superkasutaja või kõigi objektide omanik.</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>Parooli ei aktsepteeritud.</translation>
    </message>
    <message>
        <source>%1 stopped with an error; the partial output was removed and nothing is at %2.</source>
        <translation>%1 peatus veaga; poolik väljund eemaldati ja asukohas %2 ei ole midagi.</translation>
    </message>
    <message>
        <source>The backup was cancelled; the partial output was removed and nothing is at %1.</source>
        <translation>Varundamine tühistati; poolik väljund eemaldati ja asukohas %1 ei ole midagi.</translation>
    </message>
    <message>
        <source>Computing the SHA-256 checksum…</source>
        <translation>Arvutan SHA-256 kontrollsummat…</translation>
    </message>
    <message>
        <source>The server is PostgreSQL %1, but the newest %2 on this computer is version %3 (%4). %2 must be at least as new as the server: an older one cannot read the newer catalog and would stop with an error. Nothing was started.</source>
        <translation>Server on PostgreSQL %1, kuid selle arvuti uusim %2 on versioon %3 (%4). %2 peab olema vähemalt sama uus kui server: vanem ei oska uuemat kataloogi lugeda ja peatuks veaga. Midagi ei käivitatud.</translation>
    </message>
    <message>
        <source>Install the PostgreSQL %1 client programs (Debian: apt install postgresql-client-%1), or set their folder in the settings.</source>
        <translation>Paigalda PostgreSQL %1 kliendiprogrammid (Debian: apt install postgresql-client-%1) või määra nende kaust seadetes.</translation>
    </message>
    <message>
        <source>If the server runs in a container, its own %1 has the right version:</source>
        <translation>Kui server töötab konteineris, on selle enda programmil %1 õige versioon:</translation>
    </message>
    <message>
        <source>%1 is not a backup Valvur can restore: not a pg_dump archive (custom, directory, tar) nor a plain SQL file.</source>
        <translation>%1 ei ole varukoopia, mida Valvur oskab taastada: see ei ole pg_dumpi arhiiv (kohandatud, kataloog, tar) ega tavaline SQL-fail.</translation>
    </message>
    <message>
        <source>%1 is a physical backup (pg_basebackup). It is restored by copying it into an empty data directory and starting a server there, not into a database.</source>
        <translation>%1 on füüsiline varukoopia (pg_basebackup). See taastatakse, kopeerides selle tühja andmekataloogi ja käivitades seal serveri, mitte andmebaasi.</translation>
    </message>
    <message>
        <source>Name the database to restore into.</source>
        <translation>Nimeta andmebaas, kuhu taastada.</translation>
    </message>
    <message>
        <source>The database %1 already exists. Choose another name for a new database, or restore into the existing one.</source>
        <translation>Andmebaas %1 on juba olemas. Vali uuele andmebaasile teine nimi või taasta olemasolevasse.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Let Valvur create it (--create).</source>
        <translation>Andmebaasi %1 ei ole olemas. Lase Valvuril see luua (--create).</translation>
    </message>
    <message>
        <source>pg_restore cannot read %1: %2</source>
        <translation>pg_restore ei saa lugeda faili %1: %2</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Loon andmebaasi %1…</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Andmebaasi %1 ei saa luua: %2</translation>
    </message>
    <message>
        <source>The restore was cancelled before it started.</source>
        <translation>Taastamine tühistati enne algust.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file in %1.</source>
        <translation>Kausta %1 ei saa ajutist faili kirjutada.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
    <message>
        <source>The restore stopped at the first error and was rolled back: the database %1 is as it was before.</source>
        <translation>Taastamine peatus esimese vea juures ja tühistati: andmebaas %1 on samasugune nagu enne.</translation>
    </message>
    <message>
        <source>The restore stopped with an error; the database %1 may hold part of the backup.</source>
        <translation>Taastamine peatus veaga; andmebaasis %1 võib olla osa varukoopiast.</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Lause: %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Programmi %1 ei saa käivitada: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup: not a pg_dump archive, a plain SQL dump nor a base backup.</source>
        <translation>%1 ei ole varukoopia: see ei ole pg_dumpi arhiiv, tavaline SQL-tõmmis ega baasvarukoopia.</translation>
    </message>
    <message>
        <source>Reading the whole backup…</source>
        <translation>Loen kogu varukoopia läbi…</translation>
    </message>
    <message>
        <source>pg_dump&apos;s header and closing line are there.</source>
        <translation>pg_dumpi päis ja lõpurida on olemas.</translation>
    </message>
    <message>
        <source>The base backup is incomplete: base.tar is missing.</source>
        <translation>Baasvarukoopia on poolik: base.tar puudub.</translation>
    </message>
    <message>
        <source>%1 cannot read the backup: %2</source>
        <translation>%1 ei saa varukoopiat lugeda: %2</translation>
    </message>
    <message>
        <source>The SHA-256 checksum differs from the one recorded when the backup was made: the backup was changed or damaged since.</source>
        <translation>SHA-256 kontrollsumma erineb varundamisel salvestatust: varukoopiat on pärast seda muudetud või see on kahjustatud.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Kontrollimine tühistati.</translation>
    </message>
    <message>
        <source>Restoring into the scratch database %1…</source>
        <translation>Taastan ajutisse andmebaasi %1…</translation>
    </message>
    <message>
        <source>The test restore failed: %1</source>
        <translation>Proovitaastamine ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Loendan ridu…</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Andmebaasiga %1 ei saa ühendust: %2</translation>
    </message>
    <message>
        <source>Row counts of the source could not be read: %1</source>
        <translation>Lähteandmebaasi ridade arvu ei õnnestunud lugeda: %1</translation>
    </message>
    <message>
        <source>The restored row counts differ from the source database %1 (it may have changed since the backup).</source>
        <translation>Taastatud ridade arv erineb lähteandmebaasist %1 (see võis pärast varundamist muutuda).</translation>
    </message>
    <message>
        <source>Dropping the scratch database %1…</source>
        <translation>Kustutan ajutise andmebaasi %1…</translation>
    </message>
    <message>
        <source>The scratch database %1 could not be dropped: %2</source>
        <translation>Ajutist andmebaasi %1 ei õnnestunud kustutada: %2</translation>
    </message>
    <message>
        <source>%1 was not found on this computer (looked in PATH and /usr/lib/postgresql/*/bin, or only in the folder set in the settings). Install the PostgreSQL %2 client programs (Debian: apt install postgresql-client-%2).</source>
        <translation>Programmi %1 ei leitud sellest arvutist (otsisin PATH-ist ja kaustast /usr/lib/postgresql/*/bin või ainult seadetes määratud kaustast). Paigalda PostgreSQL %2 kliendiprogrammid (Debian: apt install postgresql-client-%2).</translation>
    </message>
    <message>
        <source>The restore was cancelled; it ran in a single transaction, so the database %1 is as it was before.</source>
        <translation>Taastamine tühistati; see käis ühes tehingus, seega on andmebaas %1 samasugune nagu enne.</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database %1 may hold part of the backup.</source>
        <translation>Taastamine tühistati; andmebaasis %1 võib olla osa varukoopiast.</translation>
    </message>
    <message>
        <source>The backup manifest %1 cannot be read: %2</source>
        <translation>Varukoopia manifesti %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>The backup manifest is damaged (not valid JSON: %1).</source>
        <translation>Varukoopia manifest on rikutud (pole korrektne JSON: %1).</translation>
    </message>
    <message>
        <source>The backup manifest has no checksum of its own: it is incomplete.</source>
        <translation>Varukoopia manifestil pole oma kontrollsummat: see on poolik.</translation>
    </message>
    <message>
        <source>The backup manifest was changed or damaged: its own checksum does not match.</source>
        <translation>Varukoopia manifesti on muudetud või see on rikutud: selle oma kontrollsumma ei klapi.</translation>
    </message>
    <message>
        <source>The backup manifest is damaged: a file entry without path or size.</source>
        <translation>Varukoopia manifest on rikutud: failikirjel puudub tee või suurus.</translation>
    </message>
    <message>
        <source>The manifest&apos;s own SHA-256 checksum is right.</source>
        <translation>Manifesti enda SHA-256 kontrollsumma on õige.</translation>
    </message>
    <message>
        <source>The tar files are compressed (%1): their contents were not read; a test restore proves them.</source>
        <translation>Tar-failid on tihendatud (%1): nende sisu ei loetud; proovitaastamine tõendab need.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a header: the file is truncated.</source>
        <translation>%1 lõpeb päise keskel: fail on kärbitud.</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 ends early.</source>
        <translation>%1 on kärbitud: %2 lõpeb enneaegu.</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 on kärbitud.</translation>
    </message>
    <message>
        <source>%1 is in the backup but not in its manifest.</source>
        <translation>%1 on varukoopias, aga mitte selle manifestis.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes in the backup but %3 in the manifest.</source>
        <translation>%1 on varukoopias %2 baiti, manifestis aga %3.</translation>
    </message>
    <message>
        <source>The checksum of %1 does not match the manifest: the file is damaged.</source>
        <translation>Faili %1 kontrollsumma ei klapi manifestiga: fail on rikutud.</translation>
    </message>
    <message>
        <source>%1 is in the manifest but missing from the backup.</source>
        <translation>%1 on manifestis, aga varukoopiast puudu.</translation>
    </message>
    <message numerus="yes">
        <source>Every file of the manifest is in the tar files with its size, and nothing else (files: %n).</source>
        <translation>
            <numerusform>Iga manifesti fail on tar-failides õige suurusega ja muud seal pole (fail: %n).</numerusform>
            <numerusform>Iga manifesti fail on tar-failides õige suurusega ja muud seal pole (faile: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file&apos;s checksum equals the manifest&apos;s.</source>
        <translation>Iga faili kontrollsumma on sama mis manifestis.</translation>
    </message>
    <message>
        <source>The manifest has no file checksums (made with --manifest-checksums=none).</source>
        <translation>Manifestis pole failide kontrollsummasid (tehtud võtmega --manifest-checksums=none).</translation>
    </message>
    <message>
        <source>The WAL in pg_wal.tar was not parsed (pg_verifybackup 15 reads plain backups only); a test restore replays it.</source>
        <translation>Faili pg_wal.tar WAL-i ei analüüsitud (pg_verifybackup 15 loeb ainult tavalisi varukoopiaid); proovitaastamine rakendab selle.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the copy.</source>
        <translation>Koopia jaoks ei saa luua kausta %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the temporary folder (is the disk full?).</source>
        <translation>Faili %1 ei saa ajutisse kausta kopeerida (kas ketas on täis?).</translation>
    </message>
    <message>
        <source>A test restore of a physical backup starts the copy as a temporary server: it needs the PostgreSQL %1 server programs (postgres and pg_ctl), and they are not installed here. On Debian or Ubuntu they come with the package %2 (sudo apt install %2); or name their folder with --tool-dir.</source>
        <translation>Füüsilise varukoopia proovitaastamine käivitab koopia ajutise serverina: selleks on vaja PostgreSQL %1 serveriprogramme (postgres ja pg_ctl), aga need pole siia paigaldatud. Debianis ja Ubuntus tulevad need paketiga %2 (sudo apt install %2); või anna nende kaust võtmega --tool-dir.</translation>
    </message>
    <message>
        <source>Looking for the PostgreSQL server programs…</source>
        <translation>Otsin PostgreSQL-i serveriprogramme…</translation>
    </message>
    <message>
        <source>Server programs: %1</source>
        <translation>Serveriprogrammid: %1</translation>
    </message>
    <message>
        <source>This base backup has tablespaces outside the data directory; Valvur&apos;s test restore handles backups without tablespaces only.</source>
        <translation>Selles baasvarukoopias on tabeliruumid väljaspool andmekataloogi; Valvuri proovitaastamine oskab ainult tabeliruumideta varukoopiaid.</translation>
    </message>
    <message>
        <source>Running as root, the temporary server must run as the postgres user, and there is none.</source>
        <translation>Root-kasutajana peab ajutine server töötama kasutajana postgres, aga sellist kasutajat pole.</translation>
    </message>
    <message>
        <source>The temporary folder %1 has %2 free, the copy needs about %3. Free some space or set TMPDIR to a larger disk.</source>
        <translation>Ajutises kaustas %1 on vaba %2, koopia vajab umbes %3. Vabasta ruumi või suuna TMPDIR suuremale kettale.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the copy: %1</source>
        <translation>Koopia jaoks ei saa luua ajutist kausta: %1</translation>
    </message>
    <message>
        <source>Copying the backup into a temporary folder…</source>
        <translation>Kopeerin varukoopia ajutisse kausta…</translation>
    </message>
    <message>
        <source>tar could not unpack %1: %2</source>
        <translation>tar ei saanud faili %1 lahti pakkida: %2</translation>
    </message>
    <message>
        <source>tar could not be started: %1</source>
        <translation>tar-i ei saanud käivitada: %1</translation>
    </message>
    <message>
        <source>Cannot write the temporary server&apos;s configuration in %1.</source>
        <translation>Ajutise serveri seadistust ei saa kirjutada kausta %1.</translation>
    </message>
    <message>
        <source>Starting the copy as a temporary server (PostgreSQL %1)…</source>
        <translation>Käivitan koopia ajutise serverina (PostgreSQL %1)…</translation>
    </message>
    <message>
        <source>The copy did not start as a server, so this backup would not restore as it is.</source>
        <translation>Koopia ei käivitunud serverina, seega see varukoopia ei taastuks sellisena, nagu ta on.</translation>
    </message>
    <message>
        <source>pg_ctl could not be started: %1</source>
        <translation>pg_ctl-i ei saanud käivitada: %1</translation>
    </message>
    <message>
        <source>The temporary server started but does not accept connections: %1</source>
        <translation>Ajutine server käivitus, aga ei võta ühendusi vastu: %1</translation>
    </message>
    <message>
        <source>The copy accepts connections after %1 ms (of which starting the server: %2 ms).</source>
        <translation>Koopia võtab ühendusi vastu %1 ms pärast (sellest serveri käivitamine: %2 ms).</translation>
    </message>
    <message>
        <source>The row counts of the started copy differ from the source server (it may have changed since the backup).</source>
        <translation>Käivitatud koopia ridade arvud erinevad lähteserveri omadest (see võib olla pärast varukoopiat muutunud).</translation>
    </message>
    <message>
        <source>Counting rows in %1…</source>
        <translation>Loen ridu andmebaasis %1…</translation>
    </message>
    <message>
        <source>Counting rows in %1 of the copy failed: %2</source>
        <translation>Koopia andmebaasi %1 ridade lugemine ebaõnnestus: %2</translation>
    </message>
    <message>
        <source>Row counts of %1 on the source could not be read: %2</source>
        <translation>Lähteserveri andmebaasi %1 ridade arve ei saanud lugeda: %2</translation>
    </message>
    <message>
        <source>Stopping the temporary server…</source>
        <translation>Peatan ajutise serveri…</translation>
    </message>
    <message>
        <source>pg_ctl stop: %1</source>
        <translation>pg_ctl stop: %1</translation>
    </message>
    <message>
        <source>Removing the temporary copy…</source>
        <translation>Eemaldan ajutise koopia…</translation>
    </message>
    <message>
        <source>The temporary copy %1 could not be removed completely.</source>
        <translation>Ajutist koopiat %1 ei saanud täielikult eemaldada.</translation>
    </message>
    <message>
        <source>Reading the tar files against the backup manifest…</source>
        <translation>Loen tar-faile ja võrdlen varukoopia manifestiga…</translation>
    </message>
    <message>
        <source>The base backup has no backup_manifest (made without one, or incomplete): there is nothing to check its files against. A test restore can still prove it.</source>
        <translation>Baasvarukoopial pole faili backup_manifest (tehtud ilma selleta või poolik): faile pole millegagi võrrelda. Proovitaastamine saab selle siiski tõendada.</translation>
    </message>
    <message>
        <source>pg_verifybackup found the backup damaged, first at %1:
%2</source>
        <translation>pg_verifybackup leidis varukoopia rikutuna, esimesena failis %1:
%2</translation>
    </message>
    <message>
        <source>pg_verifybackup checked every file&apos;s size and checksum against the backup manifest, and that the WAL needed to make it consistent is there and readable.</source>
        <translation>pg_verifybackup kontrollis iga faili suurust ja kontrollsummat varukoopia manifesti järgi ning et kooskõla saavutamiseks vajalik WAL on olemas ja loetav.</translation>
    </message>
    <message>
        <source>The copy could not be handed to the postgres user: %1</source>
        <translation>Koopiat ei saanud anda kasutajale postgres: %1</translation>
    </message>
    <message>
        <source>it was writable when checked again</source>
        <translation>uuesti kontrollides sai sinna kirjutada</translation>
    </message>
    <message>
        <source>the file system is mounted read-only</source>
        <translation>failisüsteem on haagitud ainult lugemiseks</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>õigus puudub</translation>
    </message>
    <message>
        <source>no space left (or the quota is used up)</source>
        <translation>ruumi ei ole (või kvoot on täis)</translation>
    </message>
    <message>
        <source>The tar archive ends without its end marker, after %1 bytes: it is cut off.</source>
        <translation>Tar-arhiiv lõpeb %1 baidi järel ilma lõpumärgita: see on katki lõigatud.</translation>
    </message>
    <message>
        <source>The tar archive is damaged at byte %1: a member&apos;s header is not valid.</source>
        <translation>Tar-arhiiv on baidi %1 juures vigane: ühe liikme päis ei ole korrektne.</translation>
    </message>
    <message>
        <source>The tar archive is damaged at byte %1: the header of the member %2 is not valid.</source>
        <translation>Tar-arhiiv on baidi %1 juures vigane: liikme %2 päis ei ole korrektne.</translation>
    </message>
    <message>
        <source>The tar archive is cut off inside its member %1: it names %2 bytes, fewer are there.</source>
        <translation>Tar-arhiiv on liikme %1 keskelt katki lõigatud: päis nimetab %2 baiti, neid on vähem.</translation>
    </message>
    <message>
        <source>The file does not start like SQL that psql can run.</source>
        <translation>Fail ei alga nagu SQL, mida psql saaks käivitada.</translation>
    </message>
    <message>
        <source>The SQL file holds binary data (a zero byte): it is damaged.</source>
        <translation>SQL-failis on binaarandmeid (nullbait): fail on vigane.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: %2. Choose another folder.</source>
        <translation>Kausta %1 ei saa kirjutada: %2. Vali teine kaust.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 free, the server&apos;s files take %3. Choose another folder or free some space (or, if you know it fits, --skip-space-check).</source>
        <translation>Kaustas %1 ei ole piisavalt vaba ruumi: vaba on %2, serveri failid võtavad %3. Vali teine kaust või vabasta ruumi (või kui tead, et see mahub, kasuta --skip-space-check).</translation>
    </message>
    <message>
        <source>The backup may not fit in %1: %2 free, and it is estimated at about %3 (the size depends on the data and the compression). It runs anyway; should the disk fill up, the partial output is removed.</source>
        <translation>Varukoopia ei pruugi kausta %1 mahtuda: vaba on %2 ja hinnanguline suurus on umbes %3 (suurus oleneb andmetest ja tihendusest). Varundamine käib siiski; kui ketas saab täis, eemaldatakse poolik väljund.</translation>
    </message>
    <message>
        <source>%1 stopped with an error; the partial output was removed and the old backup at %2 is untouched.</source>
        <translation>%1 peatus veaga; poolik väljund eemaldati ja vana varukoopia asukohas %2 on puutumata.</translation>
    </message>
    <message>
        <source>The backup was cancelled; the partial output was removed and the old backup at %1 is untouched.</source>
        <translation>Varundamine tühistati; poolik väljund eemaldati ja vana varukoopia asukohas %1 on puutumata.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ei ole olemas.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already has tables (%n), and restoring into it was not confirmed.</source>
        <translation>
            <numerusform>Andmebaasis %1 on juba %n tabel ja sinna taastamist ei kinnitatud.</numerusform>
            <numerusform>Andmebaasis %1 on juba %n tabelit ja sinna taastamist ei kinnitatud.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup also has these: %1.</source>
        <translation>Need on ka varukoopias: %1.</translation>
    </message>
    <message>
        <source>Restore into a new database (--create), or confirm with --into-existing that the backup may be restored among them (with --clean its tables there are dropped and replaced).</source>
        <translation>Taasta uude andmebaasi (--create) või kinnita võtmega --into-existing, et varukoopia võib taastada nende kõrvale (koos võtmega --clean kustutatakse seal varukoopia tabelid ja luuakse uuesti).</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>Taastamine tühistati.</translation>
    </message>
    <message>
        <source>The restore stopped with an error.</source>
        <translation>Taastamine peatus veaga.</translation>
    </message>
    <message>
        <source>Dropping the database %1 that this restore created…</source>
        <translation>Kustutan andmebaasi %1, mille see taastamine lõi…</translation>
    </message>
    <message>
        <source>The database %1, which Valvur created for this restore, was dropped again: nothing is left on the server, and the same command can run again.</source>
        <translation>Andmebaas %1, mille Valvur selle taastamise jaoks lõi, kustutati uuesti: serverisse ei jäänud midagi ja sama käsu võib uuesti käivitada.</translation>
    </message>
    <message>
        <source>The database %1, which Valvur created for this restore, could not be dropped (%2): it is still there, empty or partly restored. Drop it (DROP DATABASE) before you run the restore again.</source>
        <translation>Andmebaasi %1, mille Valvur selle taastamise jaoks lõi, ei õnnestunud kustutada (%2): see on alles, tühi või osaliselt taastatud. Kustuta see (DROP DATABASE), enne kui taastamist uuesti käivitad.</translation>
    </message>
    <message>
        <source>A plain SQL file not written by pg_dump: it is text to its end; only a test restore proves that it runs.</source>
        <translation>Tavaline SQL-fail, mida pg_dump ei kirjutanud: see on lõpuni tekst; et see käivitub, tõestab ainult proovitaastamine.</translation>
    </message>
    <message>
        <source>The backup is damaged, first at the entry %1: %2</source>
        <translation>Varukoopia on vigane, esimesena kirje %1 juures: %2</translation>
    </message>
    <message>
        <source>Reading every data block of the backup…</source>
        <translation>Loen varukoopia iga andmeploki…</translation>
    </message>
    <message numerus="yes">
        <source>pg_restore read the whole archive: the table of contents and every data block (entries: %n).</source>
        <translation>
            <numerusform>pg_restore luges kogu arhiivi: sisukorra ja iga andmeploki (%n kirje).</numerusform>
            <numerusform>pg_restore luges kogu arhiivi: sisukorra ja iga andmeploki (%n kirjet).</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_restore cannot read the whole backup: %1</source>
        <translation>pg_restore ei suuda kogu varukoopiat lugeda: %1</translation>
    </message>
    <message>
        <source>The partial output was removed and nothing is at %1.</source>
        <translation>Poolik väljund eemaldati ja asukohas %1 ei ole midagi.</translation>
    </message>
    <message>
        <source>Checking that pg_basebackup&apos;s connections to the server have ended…</source>
        <translation>Kontrollin, et pg_basebackupi ühendused serveriga on lõppenud…</translation>
    </message>
    <message>
        <source>Could not check on the server whether pg_basebackup&apos;s connections ended: %1</source>
        <translation>Serverist ei õnnestunud kontrollida, kas pg_basebackupi ühendused lõppesid: %1</translation>
    </message>
    <message>
        <source>The server did not answer whether pg_basebackup&apos;s connections ended.</source>
        <translation>Server ei vastanud, kas pg_basebackupi ühendused lõppesid.</translation>
    </message>
    <message>
        <source>pg_basebackup&apos;s connection (server process %1) is still open on the server. End it with: SELECT pg_terminate_backend(%1);</source>
        <translation>pg_basebackupi ühendus (serveri protsess %1) on serveris ikka avatud. Lõpeta see käsuga: SELECT pg_terminate_backend(%1);</translation>
    </message>
    <message>
        <source>pg_basebackup&apos;s connection (server process %1) is still open on the server and holds the replication slot %2, which keeps WAL from being removed. End it with: SELECT pg_terminate_backend(%1);</source>
        <translation>pg_basebackupi ühendus (serveri protsess %1) on serveris ikka avatud ja hoiab replikatsioonipesa %2, mis ei lase WAL-faile eemaldada. Lõpeta see käsuga: SELECT pg_terminate_backend(%1);</translation>
    </message>
    <message>
        <source>The restore ran in a single transaction, which the server rolls back: the database %1 is as it was before.</source>
        <translation>Taastamine käis ühes transaktsioonis, mille server tagasi keerab: andmebaas %1 on samasugune nagu enne.</translation>
    </message>
    <message>
        <source>The database %1 may hold part of the backup.</source>
        <translation>Andmebaasis %1 võib olla osa varukoopiast.</translation>
    </message>
    <message>
        <source>The server %1 stopped answering: for %2 s %3 made no progress and the server did not answer a test connection. %3 was stopped. Check that the server is running and reachable (a frozen host or container, a full disk on the server, a broken network), then run it again. A longer wait can be set with --stall-timeout or in the settings.</source>
        <translation>Server %1 lakkas vastamast: %2 s jooksul ei liikunud programm %3 edasi ja server ei vastanud proovühendusele. Programm %3 peatati. Kontrolli, et server töötab ja on kättesaadav (hangunud masin või konteiner, serveri täis ketas, katkine võrk), ja käivita uuesti. Pikema ooteaja saab määrata võtmega --stall-timeout või seadetes.</translation>
    </message>
    <message>
        <source>--stall-timeout wants a number of seconds from 0 (never) to 86400.</source>
        <translation>--stall-timeout vajab sekundite arvu vahemikus 0 (mitte kunagi) kuni 86400.</translation>
    </message>
    <message>
        <source>Cannot create the in-memory password file for %1: %2.</source>
        <translation>Programmile %1 ei saa luua mälus asuvat paroolifaili: %2.</translation>
    </message>
    <message>
        <source># the password comes from an in-memory pgpass file (PGPASSFILE), line *:*:*:*:***</source>
        <translation># parool tuleb mälus asuvast pgpass-failist (PGPASSFILE), rida *:*:*:*:***</translation>
    </message>
    <message>
        <source>The partial output was removed and the old backup at %1 is untouched.</source>
        <translation>Poolik väljund eemaldati ja vana varukoopia asukohas %1 on puutumata.</translation>
    </message>
    <message numerus="yes">
        <source>the server did not answer for %n s</source>
        <translation>
            <numerusform>server ei vastanud %n sekund</numerusform>
            <numerusform>server ei vastanud %n sekundit</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping %1 inside the container %2…</source>
        <translation>Peatan programmi %1 konteineris %2…</translation>
    </message>
    <message>
        <source>valvur backup --container NAME …</source>
        <translation>valvur backup --container NIMI …</translation>
    </message>
    <message>
        <source>A %1 backup cannot be streamed out of the container %2: choose the custom, tar or plain format for a backup with the container&apos;s own %3.</source>
        <translation>Varukoopiat vormingus %1 ei saa konteinerist %2 voona välja lugeda: konteineri enda programmiga %3 varundamiseks vali vorming custom, tar või plain.</translation>
    </message>
    <message>
        <source>Asking the container %1 for its %2…</source>
        <translation>Küsin konteinerilt %1 selle programmi %2…</translation>
    </message>
    <message>
        <source>The server is PostgreSQL %1, but the container %2 has %3 %4: it cannot back up a newer server. Is %2 the container this server runs in?</source>
        <translation>Server on PostgreSQL %1, aga konteineris %2 on %3 %4: see ei saa uuemat serverit varundada. Kas server töötab ikka konteineris %2?</translation>
    </message>
    <message>
        <source>This computer has no %1 for PostgreSQL %2, so the backup runs inside the container %3 with its own %1 %4.</source>
        <translation>Selles arvutis pole PostgreSQL %2 jaoks sobivat programmi %1, seega varundatakse konteineris %3 selle enda programmiga %1 %4.</translation>
    </message>
    <message>
        <source>Running %1 inside the container %2…</source>
        <translation>Käivitan programmi %1 konteineris %2…</translation>
    </message>
    <message>
        <source>valvur restore --container NAME …</source>
        <translation>valvur restore --container NIMI …</translation>
    </message>
    <message>
        <source>A directory-format archive, or a chosen part of an archive, cannot be streamed into the container %1: restore a whole custom, tar or plain backup with the container&apos;s own %2.</source>
        <translation>Kataloogivormingus arhiivi või arhiivi valitud osa ei saa konteinerisse %1 voona saata: taasta konteineri enda programmiga %2 terve custom-, tar- või plain-varukoopia.</translation>
    </message>
    <message>
        <source>The server is PostgreSQL %1, but the container %2 has %3 %4. Is %2 the container this server runs in?</source>
        <translation>Server on PostgreSQL %1, aga konteineris %2 on %3 %4. Kas server töötab ikka konteineris %2?</translation>
    </message>
    <message>
        <source>This computer has no %1 for PostgreSQL %2, so the restore runs inside the container %3 with its own %1 %4.</source>
        <translation>Selles arvutis pole PostgreSQL %2 jaoks sobivat programmi %1, seega taastatakse konteineris %3 selle enda programmiga %1 %4.</translation>
    </message>
    <message>
        <source>A test restore into the container %1 streams the archive into it: that works for custom, tar and plain backups, not for a %2 one. Use --test-restore with a server instead.</source>
        <translation>Proovitaastamine konteinerisse %1 saadab arhiivi sinna voona: see toimib custom-, tar- ja plain-varukoopiatega, mitte vorminguga %2. Kasuta selle asemel võtit --test-restore koos serveriga.</translation>
    </message>
    <message>
        <source>Asking the container %1 for its pg_restore…</source>
        <translation>Küsin konteinerilt %1 selle programmi pg_restore…</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>Print the result as JSON on standard output.</source>
        <translation>Väljasta tulemus JSON-ina standardväljundisse.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KAUST</translation>
    </message>
    <message>
        <source>--jobs wants a number from 1 to 64.</source>
        <translation>--jobs vajab arvu 1 kuni 64.</translation>
    </message>
    <message>
        <source>Back up a database (pg_dump) or a whole server (pg_basebackup).</source>
        <translation>Tee varukoopia andmebaasist (pg_dump) või kogu serverist (pg_basebackup).</translation>
    </message>
    <message>
        <source>custom, directory, tar, plain or physical (default custom).</source>
        <translation>custom, directory, tar, plain või physical (vaikimisi custom).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>VORMING</translation>
    </message>
    <message>
        <source>The backup file or directory to create.</source>
        <translation>Loodav varukoopia fail või kataloog.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>TEE</translation>
    </message>
    <message>
        <source>Parallel jobs (directory format).</source>
        <translation>Paralleelsed tööd (kataloogivorming).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Compression level 0-9.</source>
        <translation>Tihendusaste 0–9.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>ASTE</translation>
    </message>
    <message>
        <source>Replace an existing output.</source>
        <translation>Asenda olemasolev väljund.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use custom, directory, tar, plain or physical.</source>
        <translation>Tundmatu vorming &quot;%1&quot;: kasuta custom, directory, tar, plain või physical.</translation>
    </message>
    <message>
        <source>Say where to write the backup: --output PATH.</source>
        <translation>Ütle, kuhu varukoopia kirjutada: --output TEE.</translation>
    </message>
    <message>
        <source>Parallel jobs work with the directory format only.</source>
        <translation>Paralleelsed tööd toimivad ainult kataloogivormingus.</translation>
    </message>
    <message>
        <source>--compress wants a level from 0 to 9.</source>
        <translation>--compress vajab tihendusastet 0 kuni 9.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Varukoopia kirjutatud: %1</translation>
    </message>
    <message>
        <source>Size: %1, took %2</source>
        <translation>Suurus: %1, kestis %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Restore a logical backup into a database.</source>
        <translation>Taasta loogiline varukoopia andmebaasi.</translation>
    </message>
    <message>
        <source>The backup file or directory.</source>
        <translation>Varukoopia fail või kataloog.</translation>
    </message>
    <message>
        <source>The database to restore into.</source>
        <translation>Andmebaas, kuhu taastada.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Create the target database (it must not exist).</source>
        <translation>Loo sihtandmebaas (seda ei tohi veel olla).</translation>
    </message>
    <message>
        <source>Parallel jobs (custom and directory formats).</source>
        <translation>Paralleelsed tööd (kohandatud ja kataloogivorming).</translation>
    </message>
    <message>
        <source>Drop objects before recreating them (IF EXISTS).</source>
        <translation>Kustuta objektid enne nende uuesti loomist (IF EXISTS).</translation>
    </message>
    <message>
        <source>Do not restore object owners.</source>
        <translation>Ära taasta objektide omanikke.</translation>
    </message>
    <message>
        <source>Say what to restore and where: --input PATH --target-db NAME.</source>
        <translation>Ütle, mida ja kuhu taastada: --input TEE --target-db NIMI.</translation>
    </message>
    <message>
        <source>Restored %1 into %2 in %3.</source>
        <translation>%1 taastati andmebaasi %2, kestis %3.</translation>
    </message>
    <message>
        <source>Prove that a backup is whole and, with --test-restore, that it restores.</source>
        <translation>Tõesta, et varukoopia on terve ja (--test-restore korral) et see taastub.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>Say which backup to verify: --input PATH.</source>
        <translation>Ütle, millist varukoopiat kontrollida: --input TEE.</translation>
    </message>
    <message>
        <source>(equal to the recorded one)</source>
        <translation>(võrdne salvestatuga)</translation>
    </message>
    <message>
        <source>Test restore into %1 took %2 (the measured RTO); the scratch database was dropped.</source>
        <translation>Proovitaastamine andmebaasi %1 kestis %2 (mõõdetud RTO); ajutine andmebaas kustutati.</translation>
    </message>
    <message>
        <source>Folder with the PostgreSQL client programs to use (only this folder is searched).</source>
        <translation>Kaust, kus on kasutatavad PostgreSQL-i kliendiprogrammid (otsitakse ainult sellest kaustast).</translation>
    </message>
    <message numerus="yes">
        <source>Row counts equal those of %1 (tables: %n).</source>
        <translation>
            <numerusform>Ridade arvud võrduvad andmebaasi %1 omadega (tabeleid: %n).</numerusform>
            <numerusform>Ridade arvud võrduvad andmebaasi %1 omadega (tabeleid: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>A saved connection profile instead of a connection string (its password comes from the keychain or ~/.pgpass).</source>
        <translation>Salvestatud ühenduse profiil ühendusstringi asemel (parool tuleb võtmehoidjast või failist ~/.pgpass).</translation>
    </message>
    <message>
        <source>Give the server as one connection string or URI, e.g. &quot;host=localhost port=5432 user=postgres dbname=app&quot; or postgresql://postgres@localhost/app, or as --profile NAME. The password comes from the keychain or ~/.pgpass (or PGPASSFILE), never from the command line.</source>
        <translation>Anna server ühe ühendusstringi või URI-na, nt &quot;host=localhost port=5432 user=postgres dbname=app&quot; või postgresql://postgres@localhost/app, või kujul --profile NIMI. Parool tuleb võtmehoidjast või failist ~/.pgpass (või PGPASSFILE), mitte kunagi käsurealt.</translation>
    </message>
    <message>
        <source>Give one server: put a connection string with spaces in quotes.</source>
        <translation>Anna üks server: pane tühikutega ühendusstring jutumärkidesse.</translation>
    </message>
    <message>
        <source>Physical: write tar files (base.tar, pg_wal.tar) instead of a plain copy of the data directory.</source>
        <translation>Füüsiline: kirjuta tar-failid (base.tar, pg_wal.tar) andmekataloogi tavalise koopia asemel.</translation>
    </message>
    <message>
        <source>--tar is for physical backups (--format physical); for a logical tar archive use --format tar.</source>
        <translation>--tar on füüsiliste varukoopiate jaoks (--format physical); loogilise tar-arhiivi jaoks kasuta --format tar.</translation>
    </message>
    <message>
        <source>Test restore. A logical backup is restored into a scratch database on this server (connection string or URI), its row counts compared with the source, and dropped. A physical backup is started as a temporary local server (needs the PostgreSQL server programs) and its row counts compared with this server, the one it came from.</source>
        <translation>Proovitaastamine. Loogiline varukoopia taastatakse selle serveri (ühendusstring või URI) ajutisse andmebaasi, ridade arve võrreldakse allikaga ja andmebaas kustutatakse. Füüsiline varukoopia käivitatakse ajutise kohaliku serverina (vaja on PostgreSQL-i serveriprogramme) ja selle ridade arve võrreldakse selle serveriga, kust varukoopia pärineb.</translation>
    </message>
    <message>
        <source>Like --test-restore, with a saved connection profile as the server (its password comes from the keychain or ~/.pgpass).</source>
        <translation>Nagu --test-restore, aga serveriks on salvestatud ühenduse profiil (parool tuleb võtmehoidjast või failist ~/.pgpass).</translation>
    </message>
    <message>
        <source>verify takes no server of its own: give the test-restore server with --test-restore SERVER or --test-restore-profile NAME.</source>
        <translation>verify ei võta eraldi serverit: anna proovitaastamise server kujul --test-restore SERVER või --test-restore-profile NIMI.</translation>
    </message>
    <message>
        <source>Give either --test-restore SERVER or --test-restore-profile NAME, not both.</source>
        <translation>Anna kas --test-restore SERVER või --test-restore-profile NIMI, mitte mõlemat.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Kontrollimata: %1</translation>
    </message>
    <message>
        <source>The copy started as a temporary server and accepted connections after %1 (the measured RTO: copying %2, starting %3); it was stopped and its folder removed.</source>
        <translation>Koopia käivitus ajutise serverina ja võttis ühendusi vastu %1 pärast (mõõdetud RTO: kopeerimine %2, käivitamine %3); server peatati ja selle kaust eemaldati.</translation>
    </message>
    <message numerus="yes">
        <source>Row counts equal those of %1 in every database (%2; tables: %n).</source>
        <translation>
            <numerusform>Ridade arvud on igas andmebaasis samad mis serveris %1 (%2; tabel: %n).</numerusform>
            <numerusform>Ridade arvud on igas andmebaasis samad mis serveris %1 (%2; tabeleid: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection string or URI of the database to back up (or --profile NAME instead).</source>
        <translation>Varundatava andmebaasi ühendusstring või URI (või selle asemel --profile NIMI).</translation>
    </message>
    <message>
        <source>Connection string or URI of the server to restore into (or --profile NAME instead).</source>
        <translation>Serveri ühendusstring või URI, kuhu taastada (või selle asemel --profile NIMI).</translation>
    </message>
    <message>
        <source>Do not compare the free space with the backup&apos;s estimated size (a physical backup that looks too big is refused without it).</source>
        <translation>Ära võrdle vaba ruumi varukoopia hinnangulise suurusega (ilma selleta keeldutakse füüsilisest varukoopiast, mis paistab liiga suur).</translation>
    </message>
    <message>
        <source>Restore into an existing database that already has tables (without it, such a database is refused; --json then names the tables that would clash).</source>
        <translation>Taasta olemasolevasse andmebaasi, kus on juba tabeleid (ilma selleta keeldutakse; --json nimetab siis tabelid, mis põrkuksid).</translation>
    </message>
    <message>
        <source>End the tool when it makes no progress and the server answers no test connection for this many seconds (default 60, 0: never).</source>
        <translation>Peata programm, kui see ei liigu edasi ja server ei vasta proovühendusele nii mitme sekundi jooksul (vaikimisi 60, 0: mitte kunagi).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDID</translation>
    </message>
    <message>
        <source>Run the container&apos;s own pg_dump inside this local container (custom, tar or plain format). Without a server, the server is the one the container publishes.</source>
        <translation>Käivita selle kohaliku konteineri enda pg_dump konteineris (vorming custom, tar või plain). Kui serverit pole antud, on server see, mille port on konteinerist avaldatud.</translation>
    </message>
    <message>
        <source>Ran inside the container %1: %2</source>
        <translation>Töötas konteineris %1: %2</translation>
    </message>
    <message>
        <source>Run the container&apos;s own pg_restore or psql inside this local container, the archive streamed in (custom, tar or plain format). Without a server, the server is the one the container publishes.</source>
        <translation>Käivita selle kohaliku konteineri enda pg_restore või psql konteineris, arhiiv saadetakse sinna voona (vorming custom, tar või plain). Kui serverit pole antud, on server see, mille port on konteinerist avaldatud.</translation>
    </message>
    <message>
        <source>Test restore with the own pg_restore or psql of this local container, into a scratch database there (custom, tar or plain backups). Without --test-restore, the server is the one the container publishes.</source>
        <translation>Proovitaasta selle kohaliku konteineri enda programmiga pg_restore või psql sealsesse ajutisse andmebaasi (custom-, tar- või plain-varukoopiad). Ilma võtmeta --test-restore on server see, mille port on konteinerist avaldatud.</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupDestinationPage</name>
    <message>
        <source>Folder for the backup</source>
        <translation>Varukoopia kaust</translation>
    </message>
    <message>
        <source>%1 already exists. It is replaced only if you say so below.</source>
        <translation>%1 on juba olemas. See asendatakse ainult siis, kui sa allpool nii ütled.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Kausta ei ole olemas.</translation>
    </message>
    <message>
        <source>Free space: %1.</source>
        <translation>Vaba ruum: %1.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Sihtkoht</translation>
    </message>
    <message>
        <source>The backup is written under a temporary name beside it and gets this name only when it is complete.</source>
        <translation>Varukoopia kirjutatakse selle kõrvale ajutise nimega ja see saab selle nime alles siis, kui on valmis.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Kaust:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sirvi…</translation>
    </message>
    <message>
        <source>Yes, replace the existing backup</source>
        <translation>Jah, asenda olemasolev varukoopia</translation>
    </message>
    <message>
        <source>This folder is not writable: %1.</source>
        <translation>Sellesse kausta ei saa kirjutada: %1.</translation>
    </message>
    <message>
        <source>Free space: %1; the backup is estimated at about %2.</source>
        <translation>Vaba ruumi: %1; varukoopia hinnanguline suurus on umbes %2.</translation>
    </message>
    <message>
        <source>Not enough free space: %1 free, the server&apos;s files take %2. Choose another folder.</source>
        <translation>Vaba ruumi ei ole piisavalt: vaba on %1, serveri failid võtavad %2. Vali teine kaust.</translation>
    </message>
    <message>
        <source>⚠ The backup may not fit: %1 free, it is estimated at about %2 (the size depends on the data and the compression). You can go on; should the disk fill up, the partial output is removed.</source>
        <translation>⚠ Varukoopia ei pruugi mahtuda: vaba on %1, hinnanguline suurus on umbes %2 (suurus oleneb andmetest ja tihendusest). Võid jätkata; kui ketas saab täis, eemaldatakse poolik väljund.</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupKindPage</name>
    <message>
        <source>Checking the preconditions of a physical backup…</source>
        <translation>Kontrollin füüsilise varukoopia eeltingimusi…</translation>
    </message>
    <message>
        <source>✔ This server accepts a base backup from this role.</source>
        <translation>✔ See server lubab sellel rollil baasvarukoopiat teha.</translation>
    </message>
    <message>
        <source>Kind of backup</source>
        <translation>Varukoopia liik</translation>
    </message>
    <message>
        <source>RPO is how much data you may lose (everything since the last backup); RTO is how long it takes to get it back.</source>
        <translation>RPO on see, kui palju andmeid võid kaotada (kõik pärast viimast varukoopiat); RTO on see, kui kaua nende tagasisaamine aega võtab.</translation>
    </message>
    <message>
        <source>Logical backup (pg_dump)</source>
        <translation>Loogiline varukoopia (pg_dump)</translation>
    </message>
    <message>
        <source>Writes one database as SQL statements or an archive of them, while it stays in use. Use it to move a database to another server or PostgreSQL version, to restore a single table, or for a daily copy of a small or medium database.</source>
        <translation>Kirjutab ühe andmebaasi SQL-lausetena või nende arhiivina, samal ajal kui andmebaas on kasutusel. Kasuta seda andmebaasi viimiseks teise serverisse või PostgreSQL-i versiooni, ühe tabeli taastamiseks või väikese ja keskmise andmebaasi igapäevaseks koopiaks.</translation>
    </message>
    <message>
        <source>Physical backup (pg_basebackup)</source>
        <translation>Füüsiline varukoopia (pg_basebackup)</translation>
    </message>
    <message>
        <source>Copies the data files of the whole server, every database at once, with the WAL needed to make them consistent. Use it to rebuild a whole server quickly or to start a replica; it restores only to the same PostgreSQL major version.</source>
        <translation>Kopeerib kogu serveri andmefailid, kõik andmebaasid korraga, koos WAL-iga, mida on vaja nende kooskõlaliseks muutmiseks. Kasuta seda terve serveri kiireks taastamiseks või replika käivitamiseks; see taastub ainult sama PostgreSQL-i põhiversiooniga.</translation>
    </message>
    <message>
        <source>A backup you never restored is not a backup: after it is made, verify it with a test restore.</source>
        <translation>Varukoopia, mida sa pole kunagi taastanud, ei ole varukoopia: kontrolli seda pärast tegemist proovitaastamisega.</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Valikud</translation>
    </message>
    <message>
        <source>Custom is the usual choice: compressed, restorable table by table with pg_restore. Directory can run in parallel. Plain SQL is readable and runs with psql.</source>
        <translation>Tavaline valik on kohandatud vorming: tihendatud ja pg_restore&apos;iga tabeli kaupa taastatav. Kataloogivorming võimaldab paralleelseid töid. Tavaline SQL on loetav ja käivitatakse psql-iga.</translation>
    </message>
    <message>
        <source>Custom (pg_restore, compressed)</source>
        <translation>Kohandatud (pg_restore, tihendatud)</translation>
    </message>
    <message>
        <source>Directory (parallel jobs)</source>
        <translation>Kataloog (paralleelsed tööd)</translation>
    </message>
    <message>
        <source>Tar</source>
        <translation>Tar</translation>
    </message>
    <message>
        <source>Plain SQL (psql)</source>
        <translation>Tavaline SQL (psql)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>vaikimisi</translation>
    </message>
    <message>
        <source>Whole database: schema and data</source>
        <translation>Kogu andmebaas: skeem ja andmed</translation>
    </message>
    <message>
        <source>Schema only</source>
        <translation>Ainult skeem</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Ainult andmed</translation>
    </message>
    <message>
        <source>No owner (--no-owner)</source>
        <translation>Ilma omanikuta (--no-owner)</translation>
    </message>
    <message>
        <source>No privileges (--no-privileges)</source>
        <translation>Ilma õigusteta (--no-privileges)</translation>
    </message>
    <message>
        <source>Clean first (--clean)</source>
        <translation>Kustuta enne (--clean)</translation>
    </message>
    <message>
        <source>If exists (--if-exists)</source>
        <translation>Kui on olemas (--if-exists)</translation>
    </message>
    <message>
        <source>Create the database (--create)</source>
        <translation>Loo andmebaas (--create)</translation>
    </message>
    <message>
        <source>Plain: a copy of the data directory</source>
        <translation>Tavaline: andmekataloogi koopia</translation>
    </message>
    <message>
        <source>Tar: base.tar and pg_wal.tar</source>
        <translation>Tar: base.tar ja pg_wal.tar</translation>
    </message>
    <message>
        <source>Fast checkpoint: start at once (more I/O for a moment)</source>
        <translation>Kiire kontrollpunkt: alusta kohe (hetkeks rohkem I/O-d)</translation>
    </message>
    <message>
        <source>WAL method: stream. The WAL written during the backup is copied alongside, so the copy starts on its own.</source>
        <translation>WAL-i meetod: stream. Varundamise ajal kirjutatud WAL kopeeritakse kaasa, nii et koopia käivitub iseseisvalt.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Vorming:</translation>
    </message>
    <message>
        <source>Compression (0–9):</source>
        <translation>Tihendus (0–9):</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Paralleelsed tööd:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Kaasa:</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupResultPage</name>
    <message>
        <source>✔ The backup is complete.</source>
        <translation>✔ Varukoopia on valmis.</translation>
    </message>
    <message>
        <source>about %1 to copy it back, plus replaying the WAL; a test restore measures it</source>
        <translation>umbes %1 tagasi kopeerimiseks, lisaks WAL-i taasesitus; proovitaastamine mõõdab selle</translation>
    </message>
    <message>
        <source>about %1 (loading the data and rebuilding the indexes takes about twice the backup time); a test restore measures it</source>
        <translation>umbes %1 (andmete laadimine ja indeksite uuesti ehitamine võtab umbes kaks korda varundamise aja); proovitaastamine mõõdab selle</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Kontrollin…</translation>
    </message>
    <message>
        <source>✔ Verified: %1</source>
        <translation>✔ Kontrollitud: %1</translation>
    </message>
    <message>
        <source>The SHA-256 checksum equals the one computed when it was written.</source>
        <translation>SHA-256 kontrollsumma võrdub kirjutamisel arvutatuga.</translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation>✘ Kontrollimine ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>A backup you never restored is not a backup: verify it now.</source>
        <translation>Varukoopia, mida sa pole kunagi taastanud, ei ole varukoopia: kontrolli seda kohe.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fail:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Suurus:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Kestus:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>RTO estimate:</source>
        <translation>RTO hinnang:</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Kontrolli kohe</translation>
    </message>
    <message>
        <source>with a test restore into a scratch database</source>
        <translation>koos proovitaastamisega ajutisse andmebaasi</translation>
    </message>
    <message numerus="yes">
        <source>Test restore took %1 (the measured RTO); row counts equal the source (tables: %n); the scratch database was dropped.</source>
        <translation>
            <numerusform>Proovitaastamine kestis %1 (mõõdetud RTO); ridade arvud võrduvad lähtega (tabeleid: %n); ajutine andmebaas kustutati.</numerusform>
            <numerusform>Proovitaastamine kestis %1 (mõõdetud RTO); ridade arvud võrduvad lähtega (tabeleid: %n); ajutine andmebaas kustutati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupRunPage</name>
    <message>
        <source>Backing up</source>
        <translation>Varundamine</translation>
    </message>
    <message>
        <source>Progress is measured against the tables counted in the catalog before the start.</source>
        <translation>Edenemist mõõdetakse enne algust kataloogist loendatud tabelite järgi.</translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation>Tühista varundamine</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupSourcePage</name>
    <message>
        <source>Size on the server: %1</source>
        <translation>Suurus serveris: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Andmebaas:</translation>
    </message>
    <message>
        <source>Which server and database to back up. A physical backup copies the whole server, whatever database you pick here.</source>
        <translation>Millisest serverist ja andmebaasist varukoopia teha. Füüsiline varukoopia kopeerib kogu serveri, ükskõik millise andmebaasi siin valid.</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupSummaryPage</name>
    <message>
        <source>Checking: connection, catalog, tool version, free space…</source>
        <translation>Kontrollin: ühendus, kataloog, programmi versioon, vaba ruum…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>This is the command Valvur runs. You can run the same in a terminal: the real tool, nothing hidden.</source>
        <translation>Selle käsu käivitab Valvur. Sama saad käivitada terminalis: päris programm, midagi pole peidetud.</translation>
    </message>
    <message>
        <source>The password is not on the command line: the tool reads it from a temporary pgpass file that only you can read and that is removed afterwards. While the tool runs, the output has a temporary name.</source>
        <translation>Parool ei ole käsureal: programm loeb selle ajutisest pgpass-failist, mida saad lugeda ainult sina ja mis pärast eemaldatakse. Programmi töö ajal on väljundil ajutine nimi.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Kopeeri käsk</translation>
    </message>
    <message numerus="yes">
        <source>✔ Ready: %1; tables: %n; %2 on the server.</source>
        <translation>
            <numerusform>✔ Valmis: %1; tabeleid: %n; serveris %2.</numerusform>
            <numerusform>✔ Valmis: %1; tabeleid: %n; serveris %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valvur looks only in the tool folder set in Edit → Preferences (Ctrl+,): %1</source>
        <translation>Valvur otsib ainult tööriistade kaustast, mis on määratud menüüs Muuda → Eelistused (Ctrl+,): %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Ready: runs inside the container %1 with its own %2; tables: %n; %3 on the server.</source>
        <translation>
            <numerusform>✔ Valmis: töötab konteineris %1 selle enda programmiga %2; tabeleid: %n; serveris %3.</numerusform>
            <numerusform>✔ Valmis: töötab konteineris %1 selle enda programmiga %2; tabeleid: %n; serveris %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupWizard</name>
    <message>
        <source>Back up %1</source>
        <translation>Varukoopia: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Tee varukoopia</translation>
    </message>
</context>
<context>
    <name>Valvur::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Kõik serverid</translation>
    </message>
    <message>
        <source>Cannot read the backup history %1.</source>
        <translation>Varukoopiate ajalugu %1 ei saa lugeda.</translation>
    </message>
    <message>
        <source>No backups yet. Make one with File → Back up… (Ctrl+B): every backup Valvur makes is listed here with its checksum and verification.</source>
        <translation>Varukoopiaid veel pole. Tee üks menüüst Fail → Tee varukoopia… (Ctrl+B): iga Valvuri tehtud varukoopia on siin koos kontrollsumma ja kontrolli tulemusega.</translation>
    </message>
    <message>
        <source>No backups of %1 yet. Make one with File → Back up… (Ctrl+B): every backup Valvur makes is listed here with its checksum and verification.</source>
        <translation>Serverist %1 pole veel varukoopiaid. Tee üks menüüst Fail → Tee varukoopia… (Ctrl+B): iga Valvuri tehtud varukoopia on siin koos kontrollsumma ja kontrolli tulemusega.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Kontrollin faili %1…</translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation>✔ %1: %2</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>The SHA-256 checksum equals the recorded one.</source>
        <translation>SHA-256 kontrollsumma on sama, mis salvestatud.</translation>
    </message>
    <message>
        <source>Test restore took %1; the row counts equal the source.</source>
        <translation>Proovitaastamine kestis %1; ridade arvud on samad mis allikas.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>Faili %1 enam pole.</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>pole kontrollitud</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ korras</translation>
    </message>
    <message>
        <source>✘ failed: %1</source>
        <translation>✘ ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrolli</translation>
    </message>
    <message>
        <source>Quick verification: pg_restore reads the whole archive and the SHA-256 checksum is compared with the recorded one.</source>
        <translation>Kiirkontroll: pg_restore loeb kogu arhiivi läbi ja SHA-256 kontrollsummat võrreldakse salvestatuga.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Näita &amp;kaustas</translation>
    </message>
    <message>
        <source>with a test restore</source>
        <translation>koos proovitaastamisega</translation>
    </message>
    <message>
        <source>Restores into a scratch database on the server that is open now, compares the row counts with the source, measures the restore time and drops the scratch database.</source>
        <translation>Taastab praegu avatud serveris ajutisse andmebaasi, võrdleb ridade arve allikaga, mõõdab taastamise aja ja kustutab ajutise andmebaasi.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kestus</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Viimane kontroll</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollitud</translation>
    </message>
    <message>
        <source>Restore time</source>
        <translation>Taastamise aeg</translation>
    </message>
</context>
<context>
    <name>Valvur::BlockingTreeModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
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
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Waits for lock</source>
        <translation>Ootab lukku</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatsioon</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ootab juba</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>Session %1 holds the lock the sessions below wait for. Select it to cancel its query or terminate it.</source>
        <translation>Seanss %1 hoiab lukku, mida selle all olevad seansid ootavad. Vali see, et tühistada selle päring või lõpetada seanss.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>&quot;%1&quot; is not a Valvur command. Commands: %2.</source>
        <translation>„%1“ pole Valvuri käsk. Käsud: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Valvur command. Did you mean &quot;%2&quot;? Commands: %3.</source>
        <translation>„%1“ pole Valvuri käsk. Kas mõtlesid „%2“? Käsud: %3.</translation>
    </message>
    <message>
        <source>--%1 wants a number of seconds from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 ootab sekundite arvu vahemikus %2 kuni %3, mitte „%4“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; keeps its password in the keychain, but the keychain has no password for it. Save the password again in the profile (Valvur&apos;s connection dialog), or put it in ~/.pgpass.</source>
        <translation>Profiil „%1“ hoiab parooli võtmehoidjas, aga võtmehoidjas pole selle jaoks parooli. Salvesta parool profiilis uuesti (Valvuri ühenduse dialoogis) või pane see faili ~/.pgpass.</translation>
    </message>
    <message>
        <source>The password of the profile &quot;%1&quot; is in the keychain, but no keychain answered (%2). Unlock the keychain (Secret Service) of this session, or put the password in ~/.pgpass.</source>
        <translation>Profiili „%1“ parool on võtmehoidjas, aga ükski võtmehoidja ei vastanud (%2). Ava selle seansi võtmehoidja (Secret Service) lukust või pane parool faili ~/.pgpass.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>Secret Service puudub</translation>
    </message>
    <message>
        <source>Zoom the interface to this percentage (%1 to %2) for this run, e.g. 150 for a projector.</source>
        <translation>Suurenda liidest selleks käivituseks nii mitme protsendini (%1 kuni %2), nt 150 projektori jaoks.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROTSENT</translation>
    </message>
    <message>
        <source>Start this lab scenario on the server and show its first hint on the Lab page (for screenshots and classroom demos).</source>
        <translation>Käivita see labori stsenaarium serveris ja näita Labori lehel selle esimest vihjet (ekraanipiltide ja tunnis näitamise jaoks).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>There is no lab scenario &quot;%1&quot;. Scenarios: %2</source>
        <translation>Labori stsenaariumi „%1“ ei ole. Stsenaariumid: %2</translation>
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
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Proovi ühendust</translation>
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
    <message>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Diagnoosi…</translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering: no answer for %n s (since %1).</source>
        <translation>
            <numerusform>Server ei vasta: vastust pole olnud %n s (alates kella %1).</numerusform>
            <numerusform>Server ei vasta: vastust pole olnud %n s (alates kella %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The values below are old: from %1, the last answer.</source>
        <translation>Allolevad väärtused on vanad: need on kell %1 saadud viimasest vastusest.</translation>
    </message>
    <message>
        <source>Nothing below comes from this server yet.</source>
        <translation>Sellelt serverilt pole allpool veel midagi.</translation>
    </message>
    <message>
        <source>This page&apos;s query failed.</source>
        <translation>Selle lehe päring ebaõnnestus.</translation>
    </message>
</context>
<context>
    <name>Valvur::ConnectionOptions</name>
    <message>
        <source>The port &quot;%1&quot; is not a number: give a port from 1 to 65535, e.g. 5432.</source>
        <translation>Port „%1“ pole arv: anna port vahemikus 1 kuni 65535, näiteks 5432.</translation>
    </message>
    <message>
        <source>The port %1 is out of range: a port is a number from 1 to 65535, e.g. 5432.</source>
        <translation>Port %1 on lubatud vahemikust väljas: port on arv vahemikus 1 kuni 65535, näiteks 5432.</translation>
    </message>
</context>
<context>
    <name>Valvur::ConnectionProfile</name>
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
</context>
<context>
    <name>Valvur::ContainerController</name>
    <message>
        <source>The container engine has no container named &quot;%1&quot;. It was removed or renamed: start it again, or change the container in the connection profile.</source>
        <translation>Konteinermootoril pole konteinerit nimega „%1“. See on eemaldatud või ümber nimetatud: käivita see uuesti või muuda ühenduse profiilis konteineri nime.</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerFacts</name>
    <message>
        <source>running since %1</source>
        <translation>töötab alates %1</translation>
    </message>
    <message>
        <source>exited with code %1 at %2</source>
        <translation>lõpetas koodiga %1 (%2)</translation>
    </message>
    <message>
        <source>created, never started</source>
        <translation>loodud, pole kordagi käivitatud</translation>
    </message>
    <message>
        <source>restarting (it keeps stopping; see the log below)</source>
        <translation>taaskäivitub (see peatub ikka uuesti; vaata allpool logi)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>peatatud (pause)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>terve</translation>
    </message>
    <message>
        <source>health check still starting</source>
        <translation>tervisekontroll alles käivitub</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>ebaterve</translation>
    </message>
    <message>
        <source>killed for lack of memory (out of memory)</source>
        <translation>tapetud mälu puudumise tõttu (out of memory)</translation>
    </message>
    <message>
        <source>not published: PostgreSQL in this container can be reached only from other containers on its network (docker run -p 127.0.0.1:5432:5432 publishes it)</source>
        <translation>pole avaldatud: selle konteineri PostgreSQL-i saab kasutada ainult sama võrgu teistest konteineritest (docker run -p 127.0.0.1:5432:5432 avaldab pordi)</translation>
    </message>
    <message>
        <source>Data kept in</source>
        <translation>Andmed asuvad</translation>
    </message>
    <message>
        <source>the named volume &quot;%1&quot;: it stays when the container is removed, and a new container that mounts it finds the data.</source>
        <translation>nimega andmeköites „%1“: see jääb alles, kui konteiner eemaldatakse, ja uus konteiner, mis selle külge haagib, leiab andmed eest.</translation>
    </message>
    <message>
        <source>Driver %1, on the engine&apos;s host at %2, created %3.</source>
        <translation>Draiver %1, mootori masinas kohas %2, loodud %3.</translation>
    </message>
    <message>
        <source>an anonymous volume (%1): it is lost when the container is recreated. Give it a name: docker run -v pgdata:%2 …</source>
        <translation>nimeta andmeköites (%1): see läheb kaotsi, kui konteiner uuesti luuakse. Anna sellele nimi: docker run -v pgdata:%2 …</translation>
    </message>
    <message>
        <source>the host directory %1 (a bind mount): it stays when the container is removed.</source>
        <translation>masina kataloogis %1 (bind mount): see jääb alles, kui konteiner eemaldatakse.</translation>
    </message>
    <message>
        <source>memory (tmpfs): the data is gone when the container stops.</source>
        <translation>mälus (tmpfs): andmed kaovad, kui konteiner peatub.</translation>
    </message>
    <message>
        <source>no volume: the data is in the container&apos;s own layer and is deleted with this container. Mount a named volume at %1.</source>
        <translation>andmeköidet pole: andmed on konteineri enda kihis ja kustuvad koos konteineriga. Haagi nimega andmeköide kohta %1.</translation>
    </message>
    <message>
        <source>max_connections %1 × 10 MB + shared_buffers %2 = %3</source>
        <translation>max_connections %1 × 10 MB + shared_buffers %2 = %3</translation>
    </message>
    <message>
        <source>no limit: the container may take all of the host&apos;s memory.</source>
        <translation>piirang puudub: konteiner võib võtta kogu masina mälu.</translation>
    </message>
    <message>
        <source>no limit: the container may take all of the host&apos;s memory. The server needs about %1.</source>
        <translation>piirang puudub: konteiner võib võtta kogu masina mälu. Server vajab umbes %1.</translation>
    </message>
    <message>
        <source>%1. Cannot check it against max_connections and shared_buffers: this server is not connected.</source>
        <translation>%1. Seda ei saa võrrelda max_connections ja shared_buffers väärtusega: server pole ühendatud.</translation>
    </message>
    <message>
        <source>%1, enough: the server needs about %2.</source>
        <translation>%1, piisab: server vajab umbes %2.</translation>
    </message>
    <message>
        <source>%1, too small: the server needs about %2. Under load the kernel kills PostgreSQL. Raise --memory, or lower max_connections or shared_buffers.</source>
        <translation>%1, liiga vähe: server vajab umbes %2. Koormuse all tapab kernel PostgreSQL-i. Suurenda --memory väärtust või vähenda max_connections või shared_buffers väärtust.</translation>
    </message>
    <message>
        <source>always: the engine starts it again after a crash and when the engine starts.</source>
        <translation>always: mootor käivitab selle uuesti pärast kokkujooksmist ja mootori käivitumisel.</translation>
    </message>
    <message>
        <source>unless-stopped: the engine starts it again after a crash and a reboot, unless you stopped it.</source>
        <translation>unless-stopped: mootor käivitab selle uuesti pärast kokkujooksmist ja taaskäivitust, kui sa pole seda ise peatanud.</translation>
    </message>
    <message>
        <source>on-failure: the engine starts it again when it exits with an error.</source>
        <translation>on-failure: mootor käivitab selle uuesti, kui see lõpetab veaga.</translation>
    </message>
    <message>
        <source>no: after a crash or a reboot the container stays stopped (docker run --restart unless-stopped changes that).</source>
        <translation>no: pärast kokkujooksmist või taaskäivitust jääb konteiner seisma (docker run --restart unless-stopped muudab seda).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Tõmmis</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Avaldatud pordid</translation>
    </message>
    <message>
        <source>PGDATA</source>
        <translation>PGDATA</translation>
    </message>
    <message>
        <source>Without PGDATA in the environment the image&apos;s default applies: /var/lib/postgresql/data, or /var/lib/postgresql/18/docker from PostgreSQL 18 on.</source>
        <translation>Kui keskkonnas pole PGDATA-t, kehtib tõmmise vaikeväärtus: /var/lib/postgresql/data, alates PostgreSQL 18-st /var/lib/postgresql/18/docker.</translation>
    </message>
    <message>
        <source>Volume in the wrong place</source>
        <translation>Andmeköide vales kohas</translation>
    </message>
    <message>
        <source>A volume is mounted at /var/lib/postgresql/data, but this PostgreSQL %1 image keeps its data in %2: that volume does not hold the data. From PostgreSQL 18 on, mount the volume at /var/lib/postgresql.</source>
        <translation>Andmeköide on haagitud kohta /var/lib/postgresql/data, kuid see PostgreSQL %1 tõmmis hoiab andmeid kohas %2: see andmeköide andmeid ei sisalda. Alates PostgreSQL 18-st haagi andmeköide kohta /var/lib/postgresql.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Keskkond</translation>
    </message>
    <message>
        <source>no POSTGRES_* variables: the image&apos;s defaults apply</source>
        <translation>POSTGRES_* muutujaid pole: kehtivad tõmmise vaikeväärtused</translation>
    </message>
    <message>
        <source>The command prints the values as they are, passwords included; Valvur shows them as ***.</source>
        <translation>Käsk trükib väärtused nii, nagu need on, ka paroolid; Valvur näitab neid kujul ***.</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Taaskäivituse reegel</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Tervisekontroll</translation>
    </message>
    <message>
        <source>none: docker ps cannot tell a server that is still starting from a ready one (docker run --health-cmd pg_isready adds one).</source>
        <translation>puudub: docker ps ei erista alles käivituvat serverit valmis serverist (docker run --health-cmd pg_isready lisab selle).</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Mälupiirang</translation>
    </message>
    <message>
        <source>The chapter&apos;s rule of thumb: each connection takes about 10 MB, on top of shared_buffers.</source>
        <translation>Peatüki rusikareegel: iga ühendus võtab umbes 10 MB, lisaks shared_buffers.</translation>
    </message>
    <message>
        <source>none while the container is not running</source>
        <translation>pole, kuni konteiner ei tööta</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerGroup</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Ü&amp;henda</translation>
    </message>
    <message>
        <source>&amp;Save as connection profile…</source>
        <translation>&amp;Salvesta ühendusprofiilina…</translation>
    </message>
    <message>
        <source>&amp;Refresh the containers</source>
        <translation>&amp;Värskenda konteinerite loendit</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerList</name>
    <message>
        <source>Containers</source>
        <translation>Konteinerid</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Konteinerid (%1)</translation>
    </message>
    <message>
        <source>Looking for the container engine…</source>
        <translation>Otsin konteinermootorit…</translation>
    </message>
    <message>
        <source>No PostgreSQL containers on %1. Start one as the course does:</source>
        <translation>%1 all pole ühtegi PostgreSQL-i konteinerit. Käivita üks nagu kursusel:</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>andmeköiteta</translation>
    </message>
    <message>
        <source>anonymous volume</source>
        <translation>anonüümne andmeköide</translation>
    </message>
    <message>
        <source>volume %1</source>
        <translation>andmeköide %1</translation>
    </message>
    <message>
        <source>bind mount %1</source>
        <translation>sidumine %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Olek: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Tõmmis: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>User %1, database %2</source>
        <translation>Kasutaja %1, andmebaas %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Andmed: %1</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Andmeköide: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerLogModel</name>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Voog</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rida</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerLogView</name>
    <message>
        <source>docker logs prints the container&apos;s stdout and stderr as two streams: add 2&gt;/dev/null or 1&gt;/dev/null to see one of them.</source>
        <translation>docker logs trükib konteineri stdout- ja stderr-voo eraldi: lisa 2&gt;/dev/null või 1&gt;/dev/null, et näha ainult üht neist.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logi</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Otsi logist</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Ajatemplid</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Jälgi</translation>
    </message>
    <message>
        <source>Show new lines as the container writes them (docker logs --follow).</source>
        <translation>Näita uusi ridu kohe, kui konteiner need kirjutab (docker logs --follow).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Laadi uuesti</translation>
    </message>
    <message>
        <source>The first errors of the container&apos;s last run:</source>
        <translation>Konteineri viimase käivituse esimesed vead:</translation>
    </message>
    <message numerus="yes">
        <source>Following: %n line(s)</source>
        <translation>
            <numerusform>Jälgin: %n rida</numerusform>
            <numerusform>Jälgin: %n rida</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Loen logi…</translation>
    </message>
    <message numerus="yes">
        <source>The last %n line(s) of the log</source>
        <translation>
            <numerusform>Logi viimane %n rida</numerusform>
            <numerusform>Logi viimased %n rida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n näidatud</numerusform>
            <numerusform>%n näidatud</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL writes its log to stderr. Lines with FATAL, ERROR or PANIC are red.</source>
        <translation>PostgreSQL kirjutab oma logi stderr-voogu. Read, milles on FATAL, ERROR või PANIC, on punased.</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerPage</name>
    <message>
        <source>Container</source>
        <translation>Konteiner</translation>
    </message>
    <message>
        <source>The memory check could not read the server&apos;s settings: %1</source>
        <translation>Mälukontroll ei saanud serveri seadeid lugeda: %1</translation>
    </message>
    <message>
        <source>This server is not a container.

When a server runs in a local Docker or Podman container, this page shows what docker ps, docker inspect, docker volume inspect and docker logs say about it. Open it from the Containers group, or name its container in the connection profile.</source>
        <translation>See server ei tööta konteineris.

Kui server töötab kohalikus Dockeri või Podmani konteineris, näitab see leht, mida ütlevad selle kohta docker ps, docker inspect, docker volume inspect ja docker logs. Ava see rühmast Konteinerid või kirjuta konteineri nimi ühenduse profiili.</translation>
    </message>
    <message>
        <source>Data and volumes</source>
        <translation>Andmed ja andmeköited</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Seadistus</translation>
    </message>
    <message>
        <source>Container %1: asking the container engine…</source>
        <translation>Konteiner %1: küsin konteinermootorilt…</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Konteiner %1</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerTools</name>
    <message>
        <source>The container engine did not answer within 30 s.</source>
        <translation>Konteinermootor ei vastanud 30 s jooksul.</translation>
    </message>
    <message>
        <source>The container %1 publishes no port for PostgreSQL (%2/tcp), so Valvur cannot check the server from this computer. Start it with a published port, e.g. docker run -p 127.0.0.1:5432:%2 …, or give the server&apos;s connection string as well.</source>
        <translation>Konteiner %1 ei avalda PostgreSQLi porti (%2/tcp), seega ei saa Valvur serverit sellest arvutist kontrollida. Käivita see avaldatud pordiga, nt docker run -p 127.0.0.1:5432:%2 …, või anna lisaks serveri ühendusstring.</translation>
    </message>
    <message>
        <source>There is no container named %1 on this machine&apos;s container engine (docker ps -a lists them).</source>
        <translation>Selle masina konteinermootoris pole konteinerit nimega %1 (docker ps -a näitab kõiki).</translation>
    </message>
    <message>
        <source>The container %1 is not running (%2). Start it first: docker start %1</source>
        <translation>Konteiner %1 ei tööta (%2). Käivita see enne: docker start %1</translation>
    </message>
    <message>
        <source>The container %1 has no %2 that Valvur can run (%2 --version ended with %3).</source>
        <translation>Konteineris %1 pole programmi %2, mida Valvur saaks käivitada (%2 --version lõppes koodiga %3).</translation>
    </message>
    <message>
        <source># the password goes to the tool on its standard input (PGPASSWORD=***), never on the command line</source>
        <translation># parool läheb programmile standardsisendi kaudu (PGPASSWORD=***), mitte kunagi käsureale</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Faili %1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Faili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>could not write to the output file %1: %2</source>
        <translation>väljundfaili %1 ei õnnestunud kirjutada: %2</translation>
    </message>
    <message>
        <source>%1 could not be started inside the container %2 (exit code %3): it is not installed there.</source>
        <translation>Programmi %1 ei saanud konteineris %2 käivitada (väljumiskood %3): seda pole seal paigaldatud.</translation>
    </message>
    <message>
        <source>The password file %1 (POSTGRES_PASSWORD_FILE) of the container %2 cannot be read.</source>
        <translation>Konteineri %2 paroolifaili %1 (POSTGRES_PASSWORD_FILE) ei saa lugeda.</translation>
    </message>
</context>
<context>
    <name>Valvur::Containers</name>
    <message>
        <source>No container engine was found: there is no Docker or Podman socket at %1. Install Docker (Debian: apt install docker.io) or Podman, or set DOCKER_HOST to the engine&apos;s socket.</source>
        <translation>Konteinermootorit ei leitud: kohas %1 pole Dockeri ega Podmani soklit. Paigalda Docker (Debian: apt install docker.io) või Podman või pane DOCKER_HOST osutama mootori soklile.</translation>
    </message>
    <message>
        <source>The container engine is not running: nobody answers on %1. Start it (sudo systemctl start docker, or systemctl --user start podman.socket) and Valvur will find it.</source>
        <translation>Konteinermootor ei tööta: soklil %1 ei vasta keegi. Käivita see (sudo systemctl start docker või systemctl --user start podman.socket) ja Valvur leiab selle üles.</translation>
    </message>
    <message>
        <source>You may not use the container engine&apos;s socket %1. Add yourself to the docker group (sudo usermod -aG docker $USER, then log in again) or use rootless Docker or Podman. Note that access to this socket is equivalent to root on this machine.</source>
        <translation>Sul pole õigust kasutada konteinermootori soklit %1. Lisa end gruppi docker (sudo usermod -aG docker $USER, seejärel logi uuesti sisse) või kasuta juurõigusteta Dockerit või Podmani. Pea meeles, et ligipääs sellele soklile võrdub selles masinas root-õigustega.</translation>
    </message>
    <message>
        <source>The container engine at %1 is too old (API %2). Valvur needs Docker 19.03 (API 1.40) or newer, or Podman 3 or newer.</source>
        <translation>Konteinermootor kohas %1 on liiga vana (API %2). Valvur vajab Dockerit 19.03 (API 1.40) või uuemat või Podmani 3 või uuemat.</translation>
    </message>
    <message>
        <source>The container engine at %1 did not answer in time. It may be overloaded or hung; check it with: docker info</source>
        <translation>Konteinermootor kohas %1 ei vastanud õigel ajal. See võib olla üle koormatud või kinni jäänud; kontrolli käsuga: docker info</translation>
    </message>
    <message>
        <source>The container engine at %1 gave an answer Valvur could not read: %2</source>
        <translation>Konteinermootor kohas %1 andis vastuse, mida Valvur ei suutnud lugeda: %2</translation>
    </message>
    <message>
        <source>The container engine refused the request: %1</source>
        <translation>Konteinermootor keeldus päringust: %1</translation>
    </message>
    <message>
        <source>The request to the container engine was stopped.</source>
        <translation>Päring konteinermootorile peatati.</translation>
    </message>
    <message>
        <source>The container engine %1 is not a local Unix socket. Valvur talks only to a local engine (unix:// in DOCKER_HOST).</source>
        <translation>Konteinermootor %1 pole kohalik Unixi sokkel. Valvur suhtleb ainult kohaliku mootoriga (unix:// muutujas DOCKER_HOST).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>töötab</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>terve</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>ebaterve</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>käivitub</translation>
    </message>
    <message>
        <source>exited (%1, out of memory)</source>
        <translation>lõpetas (%1, mälu sai otsa)</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>lõpetas (%1)</translation>
    </message>
    <message>
        <source>created, not started</source>
        <translation>loodud, käivitamata</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>taaskäivitub</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>peatatud</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>surnud</translation>
    </message>
    <message>
        <source>being removed</source>
        <translation>eemaldatakse</translation>
    </message>
    <message>
        <source>%1 · PostgreSQL %2</source>
        <translation>%1 · PostgreSQL %2</translation>
    </message>
    <message>
        <source>compose %1 / %2</source>
        <translation>compose %1 / %2</translation>
    </message>
    <message>
        <source>%1 not published</source>
        <translation>%1 pole avaldatud</translation>
    </message>
    <message>
        <source>anonymous volume %1… → %2</source>
        <translation>anonüümne andmeköide %1… → %2</translation>
    </message>
    <message>
        <source>volume %1 → %2</source>
        <translation>andmeköide %1 → %2</translation>
    </message>
    <message>
        <source>bind mount %1 → %2</source>
        <translation>sidumine %1 → %2</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>andmeköiteta</translation>
    </message>
    <message>
        <source>The container %1 is not running (%2). Start it (docker start %1) and connect again.</source>
        <translation>Konteiner %1 ei tööta (%2). Käivita see (docker start %1) ja ühenda uuesti.</translation>
    </message>
    <message>
        <source>The container %1 does not publish its port %2, so nothing on this machine can reach PostgreSQL. Recreate it with a published port, for example -p 127.0.0.1:5432:%2.</source>
        <translation>Konteiner %1 ei avalda oma porti %2, nii et selles masinas ei pääse miski PostgreSQL-ini. Loo konteiner uuesti avaldatud pordiga, näiteks -p 127.0.0.1:5432:%2.</translation>
    </message>
    <message>
        <source>Reading the password file %1 inside the container took too long. Check that the container answers: docker exec %2 cat %1</source>
        <translation>Paroolifaili %1 lugemine konteineris võttis liiga kaua. Kontrolli, kas konteiner vastab: docker exec %2 cat %1</translation>
    </message>
    <message>
        <source>Could not read the password file %1 inside the container %2: %3</source>
        <translation>Paroolifaili %1 ei õnnestunud konteineris %2 lugeda: %3</translation>
    </message>
    <message>
        <source>cat ended with %1</source>
        <translation>cat lõpetas koodiga %1</translation>
    </message>
</context>
<context>
    <name>Valvur::ContainersCommand</name>
    <message>
        <source>No PostgreSQL containers on the engine at %1. Start one, for example:</source>
        <translation>Mootoril %1 pole ühtegi PostgreSQL-i konteinerit. Käivita üks, näiteks:</translation>
    </message>
    <message>
        <source>port: %1</source>
        <translation>port: %1</translation>
    </message>
    <message>
        <source>user %1, database %2</source>
        <translation>kasutaja %1, andmebaas %2</translation>
    </message>
    <message>
        <source>The PostgreSQL containers of the local container engine (Docker or Podman): state and health, image and PostgreSQL version, published port, volumes. Never a password.</source>
        <translation>Kohaliku konteinermootori (Docker või Podman) PostgreSQL-i konteinerid: olek ja tervis, tõmmis ja PostgreSQL-i versioon, avaldatud port, andmeköited. Mitte kunagi parooli.</translation>
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
        <source>Wait at most this long for the engine (default 20).</source>
        <translation>Oota mootorit kõige rohkem nii kaua (vaikimisi 20).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDID</translation>
    </message>
    <message>
        <source>Interface language: et or en.</source>
        <translation>Kasutajaliidese keel: et või en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>KEEL</translation>
    </message>
    <message>
        <source>Usage: valvur containers [--json] [--timeout SECONDS]</source>
        <translation>Kasutus: valvur containers [--json] [--timeout SEKUNDID]</translation>
    </message>
</context>
<context>
    <name>Valvur::DashboardChart</name>
    <message>
        <source>now</source>
        <translation>praegu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Valvur::DashboardNumbers</name>
    <message>
        <source>Copy the numbers</source>
        <translation>Kopeeri numbrid</translation>
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
    <message>
        <source>Every connection slot is taken: new clients are refused, superusers too (&quot;too many clients already&quot;). Stop the application that holds the connections.</source>
        <translation>Kõik ühenduste kohad on täis: server keeldub uutest klientidest, ka superkasutajatest („too many clients already“). Peata rakendus, mis ühendusi kinni hoiab.</translation>
    </message>
    <message>
        <source>Only the slots reserved for superusers (superuser_reserved_connections) are left: other users are already refused (&quot;remaining connection slots are reserved&quot;).</source>
        <translation>Alles on vaid superkasutajatele reserveeritud kohad (superuser_reserved_connections): teistest kasutajatest keeldub server juba praegu („remaining connection slots are reserved“).</translation>
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
    <name>Valvur::Doctor</name>
    <message>
        <source>address given as hostaddr: %1</source>
        <translation>aadress on antud hostaddr-iga: %1</translation>
    </message>
    <message>
        <source>the socket file exists</source>
        <translation>sokli fail on olemas</translation>
    </message>
    <message>
        <source>no socket file: no server listens on port %1 in %2</source>
        <translation>sokli faili pole: kataloogis %2 ei kuula pordil %1 ükski server</translation>
    </message>
    <message>
        <source>no answer from the name server within %1 s</source>
        <translation>nimeserver ei vastanud %1 s jooksul</translation>
    </message>
    <message>
        <source>the name does not resolve</source>
        <translation>nimi ei lahendu</translation>
    </message>
    <message>
        <source>resolves to %1</source>
        <translation>lahendub aadressiks %1</translation>
    </message>
    <message>
        <source>the port accepts connections</source>
        <translation>port võtab ühendusi vastu</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on port %1</source>
        <translation>ühendusest keelduti: pordil %1 ei kuula miski</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>vastust ei tulnud %1 s jooksul</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>pole kättesaadav</translation>
    </message>
    <message>
        <source>PostgreSQL answers; it offers TLS</source>
        <translation>PostgreSQL vastab; TLS on saadaval</translation>
    </message>
    <message>
        <source>PostgreSQL answers; it does not offer TLS</source>
        <translation>PostgreSQL vastab; TLS-i ei pakuta</translation>
    </message>
    <message>
        <source>another program answers: &quot;%1&quot;</source>
        <translation>vastab mõni muu programm: „%1“</translation>
    </message>
    <message>
        <source>the other side closed the connection without a PostgreSQL answer</source>
        <translation>teine pool sulges ühenduse PostgreSQL-i vastust andmata</translation>
    </message>
    <message>
        <source>connected, but no answer within %1 s</source>
        <translation>ühendus loodi, kuid vastust ei tulnud %1 s jooksul</translation>
    </message>
    <message>
        <source>TLS is not used (sslmode=disable)</source>
        <translation>TLS-i ei kasutata (sslmode=disable)</translation>
    </message>
    <message>
        <source>sslmode=%1 requires TLS, but the server does not offer it (ssl = off)</source>
        <translation>sslmode=%1 nõuab TLS-i, kuid server seda ei paku (ssl = off)</translation>
    </message>
    <message>
        <source>the server does not offer TLS; sslmode=%1 continues without it</source>
        <translation>server ei paku TLS-i; sslmode=%1 jätkab ilma selleta</translation>
    </message>
    <message>
        <source>the TLS handshake succeeded</source>
        <translation>TLS-kätlus õnnestus</translation>
    </message>
    <message>
        <source>the server accepts user %1</source>
        <translation>server võtab kasutaja %1 vastu</translation>
    </message>
    <message>
        <source>connected (PostgreSQL %1)</source>
        <translation>ühendus loodud (PostgreSQL %1)</translation>
    </message>
    <message>
        <source>could not read pg_stat_activity</source>
        <translation>pg_stat_activity lugemine ebaõnnestus</translation>
    </message>
    <message>
        <source>%1 of %2 connections used by others (%3 reserved for superusers)</source>
        <translation>teised kasutavad %2 ühendusest %1 (superkasutajatele on reserveeritud %3)</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Nime lahendamine</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Unixi sokkel</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP-ühendus</translation>
    </message>
    <message>
        <source>PostgreSQL protocol</source>
        <translation>PostgreSQL-i protokoll</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentimine</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>Connection slots</source>
        <translation>Ühenduskohad</translation>
    </message>
    <message>
        <source>Connected: the server answers and accepts this user and database.</source>
        <translation>Ühendus on korras: server vastab ning lubab selle kasutaja ja andmebaasi.</translation>
    </message>
    <message>
        <source>The host name does not resolve.</source>
        <translation>Hostinimi ei lahendu.</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on that port.</source>
        <translation>Ühendusest keelduti: sellel pordil ei kuula miski.</translation>
    </message>
    <message>
        <source>No answer in time: a firewall or a wrong network may be in the way.</source>
        <translation>Vastust ei tulnud õigel ajal: ees võib olla tulemüür või vale võrk.</translation>
    </message>
    <message>
        <source>Something answers on that port, but it is not PostgreSQL.</source>
        <translation>Sellel pordil vastab miski, kuid see pole PostgreSQL.</translation>
    </message>
    <message>
        <source>The server is starting up or in recovery and does not accept connections yet.</source>
        <translation>Server alles käivitub või taastub ega võta veel ühendusi vastu.</translation>
    </message>
    <message>
        <source>Authentication failed: the password is wrong or missing for this user.</source>
        <translation>Autentimine ebaõnnestus: selle kasutaja parool on vale või puudub.</translation>
    </message>
    <message>
        <source>pg_hba.conf does not let this user connect to this database from this host.</source>
        <translation>pg_hba.conf ei luba sellel kasutajal sellest hostist selle andmebaasiga ühenduda.</translation>
    </message>
    <message>
        <source>The role (user) does not exist on this server.</source>
        <translation>Sellist rolli (kasutajat) selles serveris pole.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>Sellist andmebaasi selles serveris pole.</translation>
    </message>
    <message>
        <source>Too many connections: max_connections is used up.</source>
        <translation>Liiga palju ühendusi: max_connections on täis.</translation>
    </message>
    <message>
        <source>TLS is required (sslmode), but the server does not offer it.</source>
        <translation>TLS on nõutud (sslmode), kuid server seda ei paku.</translation>
    </message>
    <message>
        <source>The TLS connection failed: the certificate does not verify or TLS was refused.</source>
        <translation>TLS-ühendus ebaõnnestus: sertifikaat ei läbi kontrolli või TLS-ist keelduti.</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>Serveriga ei õnnestunud ühenduda.</translation>
    </message>
    <message>
        <source>Check the host name &quot;%1&quot; for typos: &quot;postgre&quot; instead of &quot;postgres&quot; is a classic.</source>
        <translation>Kontrolli, kas hostinimes „%1“ pole kirjaviga: „postgre“ „postgres“ asemel on klassika.</translation>
    </message>
    <message>
        <source>A container name resolves only inside the same Docker network: check with docker network inspect NETWORK.</source>
        <translation>Konteineri nimi lahendub ainult samas Dockeri võrgus: kontrolli käsuga docker network inspect VÕRK.</translation>
    </message>
    <message>
        <source>From the host machine, connect to localhost and the published port, not to the container name.</source>
        <translation>Hostmasinast ühendu aadressiga localhost ja avaldatud pordiga, mitte konteineri nimega.</translation>
    </message>
    <message>
        <source>Is PostgreSQL running? docker ps | grep postgres shows the container and its state.</source>
        <translation>Kas PostgreSQL töötab? docker ps | grep postgres näitab konteinerit ja selle olekut.</translation>
    </message>
    <message>
        <source>Did it start cleanly? docker logs postgres shows the startup errors.</source>
        <translation>Kas käivitus läks korda? docker logs postgres näitab käivitusvigu.</translation>
    </message>
    <message>
        <source>Is the port right and published? You tried port %2. -p 5432:5432 publishes 5432; a second container is often on 5433 (-p 5433:5432).</source>
        <translation>Kas port on õige ja avaldatud? Proovisid porti %2. -p 5432:5432 avaldab pordi 5432; teine konteiner on sageli pordil 5433 (-p 5433:5432).</translation>
    </message>
    <message>
        <source>Does the server listen on this address? See listen_addresses in postgresql.conf.</source>
        <translation>Kas server kuulab sellel aadressil? Vaata postgresql.conf-is seadet listen_addresses.</translation>
    </message>
    <message>
        <source>PostgreSQL needs 5–10 seconds to start: add a healthcheck (pg_isready) and depends_on with condition: service_healthy.</source>
        <translation>PostgreSQL vajab käivitumiseks 5–10 sekundit: lisa healthcheck (pg_isready) ja depends_on tingimusega condition: service_healthy.</translation>
    </message>
    <message>
        <source>A firewall or security group may drop the packets: check that it lets port %2 through.</source>
        <translation>Tulemüür või turvagrupp võib pakette kõrvale heita: kontrolli, kas port %2 on lubatud.</translation>
    </message>
    <message>
        <source>Are you on the right network (VPN, Docker network)? docker network inspect NETWORK shows who is in it.</source>
        <translation>Kas oled õiges võrgus (VPN, Dockeri võrk)? docker network inspect VÕRK näitab, kes selles on.</translation>
    </message>
    <message>
        <source>Try from the server&apos;s own machine: psql -h %1 -p %2.</source>
        <translation>Proovi serveri enda masinast: psql -h %1 -p %2.</translation>
    </message>
    <message>
        <source>Another program uses port %2: ss -ltnp &apos;sport = :%2&apos; or docker ps shows which.</source>
        <translation>Porti %2 kasutab mõni muu programm: ss -ltnp &apos;sport = :%2&apos; või docker ps näitab, milline.</translation>
    </message>
    <message>
        <source>Check the port mapping: the PostgreSQL container may be published on another host port (5432 vs 5433).</source>
        <translation>Kontrolli pordi suunamist: PostgreSQL-i konteiner võib olla avaldatud teisel hostipordil (5432 vs 5433).</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again: PostgreSQL needs 5–10 seconds to start, longer after a crash.</source>
        <translation>Oota mõni sekund ja proovi uuesti: PostgreSQL vajab käivitumiseks 5–10 sekundit, pärast krahhi kauem.</translation>
    </message>
    <message>
        <source>docker logs postgres shows whether it is still starting or recovering.</source>
        <translation>docker logs postgres näitab, kas server alles käivitub või taastub.</translation>
    </message>
    <message>
        <source>In Docker Compose, add a healthcheck (pg_isready) and depends_on with condition: service_healthy.</source>
        <translation>Lisa Docker Compose&apos;is healthcheck (pg_isready) ja depends_on tingimusega condition: service_healthy.</translation>
    </message>
    <message>
        <source>A standby with hot_standby = off never accepts connections: connect to the primary.</source>
        <translation>Varuserver seadega hot_standby = off ei võta kunagi ühendusi vastu: ühendu põhiserveriga.</translation>
    </message>
    <message>
        <source>Check the password of user &quot;%3&quot;; mind environment variable typos (POSTGRES_PASSWORD vs DB_PASSWORD).</source>
        <translation>Kontrolli kasutaja „%3“ parooli; jälgi keskkonnamuutujate kirjavigu (POSTGRES_PASSWORD vs DB_PASSWORD).</translation>
    </message>
    <message>
        <source>POSTGRES_PASSWORD takes effect only when the data volume is initialised the first time; changing it later does nothing. Change the password with ALTER ROLE … PASSWORD, or recreate the volume (this deletes the data).</source>
        <translation>POSTGRES_PASSWORD mõjub ainult siis, kui andmeköide esimest korda lähtestatakse; hiljem muutmine ei tee midagi. Muuda parooli käsuga ALTER ROLE … PASSWORD või loo andmeköide uuesti (see kustutab andmed).</translation>
    </message>
    <message>
        <source>With password authentication a missing role looks like a wrong password: docker exec postgres psql -U postgres -c &quot;\du&quot; lists the roles.</source>
        <translation>Paroolautentimisel paistab puuduv roll nagu vale parool: docker exec postgres psql -U postgres -c &quot;\du&quot; loetleb rollid.</translation>
    </message>
    <message>
        <source>No password given? Enter it, or put it in ~/.pgpass (mode 0600).</source>
        <translation>Parool jäi andmata? Sisesta see või pane faili ~/.pgpass (õigused 0600).</translation>
    </message>
    <message>
        <source>pg_hba.conf decides who may connect from where: docker exec postgres cat /var/lib/postgresql/data/pg_hba.conf</source>
        <translation>pg_hba.conf otsustab, kes ja kust tohib ühenduda: docker exec postgres cat /var/lib/postgresql/data/pg_hba.conf</translation>
    </message>
    <message>
        <source>Add a line for this host, user and database, e.g. host %4 %3 0.0.0.0/0 scram-sha-256, then SELECT pg_reload_conf(); (the first matching line wins).</source>
        <translation>Lisa rida selle hosti, kasutaja ja andmebaasi jaoks, nt host %4 %3 0.0.0.0/0 scram-sha-256, seejärel SELECT pg_reload_conf(); (kehtib esimene sobiv rida).</translation>
    </message>
    <message>
        <source>SELECT * FROM pg_hba_file_rules; shows the rules as the server read them, with errors.</source>
        <translation>SELECT * FROM pg_hba_file_rules; näitab reegleid nii, nagu server need luges, koos vigadega.</translation>
    </message>
    <message>
        <source>List the roles: docker exec postgres psql -U postgres -c &quot;\du&quot;</source>
        <translation>Loetle rollid: docker exec postgres psql -U postgres -c &quot;\du&quot;</translation>
    </message>
    <message>
        <source>Create it: CREATE ROLE %3 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>Loo see: CREATE ROLE %3 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>POSTGRES_USER creates the role only on the first start with an empty data volume.</source>
        <translation>POSTGRES_USER loob rolli ainult esimesel käivitusel tühja andmeköitega.</translation>
    </message>
    <message>
        <source>List the databases: docker exec postgres psql -U postgres -l</source>
        <translation>Loetle andmebaasid: docker exec postgres psql -U postgres -l</translation>
    </message>
    <message>
        <source>Create it: CREATE DATABASE %4;</source>
        <translation>Loo see: CREATE DATABASE %4;</translation>
    </message>
    <message>
        <source>POSTGRES_DB creates the database only on the first start with an empty data volume.</source>
        <translation>POSTGRES_DB loob andmebaasi ainult esimesel käivitusel tühja andmeköitega.</translation>
    </message>
    <message>
        <source>Look for a connection leak: SELECT application_name, usename, count(*) FROM pg_stat_activity GROUP BY 1, 2 ORDER BY 3 DESC;</source>
        <translation>Otsi ühenduste leket: SELECT application_name, usename, count(*) FROM pg_stat_activity GROUP BY 1, 2 ORDER BY 3 DESC;</translation>
    </message>
    <message>
        <source>Use a connection pool (PgBouncer, HikariCP, pg-pool) instead of a connection per request.</source>
        <translation>Kasuta ühenduste kogumit (PgBouncer, HikariCP, pg-pool), mitte uut ühendust iga päringu jaoks.</translation>
    </message>
    <message>
        <source>Raise max_connections only after fixing leaks: each connection costs memory (about 10 MB). Needed: app replicas × pool size + admin connections.</source>
        <translation>Suurenda max_connections alles pärast lekete parandamist: iga ühendus võtab mälu (umbes 10 MB). Vaja on: rakenduse koopiad × kogumi suurus + halduse ühendused.</translation>
    </message>
    <message>
        <source>A superuser can still get in through superuser_reserved_connections and end idle sessions.</source>
        <translation>Superkasutaja pääseb superuser_reserved_connections kaudu siiski sisse ja saab jõude seansid lõpetada.</translation>
    </message>
    <message>
        <source>The server runs with ssl = off: turn it on (ssl = on, ssl_cert_file, ssl_key_file) for a server others reach over a network.</source>
        <translation>Server töötab seadega ssl = off: lülita see sisse (ssl = on, ssl_cert_file, ssl_key_file), kui serverile pääseb ligi üle võrgu.</translation>
    </message>
    <message>
        <source>For a local development container, sslmode=prefer or sslmode=disable is enough.</source>
        <translation>Kohaliku arenduskonteineri jaoks piisab sslmode=prefer või sslmode=disable.</translation>
    </message>
    <message>
        <source>Check sslrootcert: it must be the CA certificate that signed the server&apos;s certificate.</source>
        <translation>Kontrolli sslrootcert-i: see peab olema CA sertifikaat, mis allkirjastas serveri sertifikaadi.</translation>
    </message>
    <message>
        <source>With sslmode=verify-full the host name &quot;%1&quot; must match the certificate&apos;s name (CN or subjectAltName).</source>
        <translation>Seadega sslmode=verify-full peab hostinimi „%1“ vastama sertifikaadi nimele (CN või subjectAltName).</translation>
    </message>
    <message>
        <source>Check the certificate&apos;s dates and issuer: openssl s_client -connect %1:%2 -starttls postgres</source>
        <translation>Kontrolli sertifikaadi kehtivusaega ja väljaandjat: openssl s_client -connect %1:%2 -starttls postgres</translation>
    </message>
    <message>
        <source>Read the server&apos;s message above; docker logs postgres shows the server&apos;s side.</source>
        <translation>Loe ülal serveri teadet; docker logs postgres näitab serveri poolt.</translation>
    </message>
    <message>
        <source>Others hold %1 of max_connections = %2; %3 are reserved for superusers.</source>
        <translation>Teised hoiavad %1 ühendust max_connections = %2 seast; %3 on reserveeritud superkasutajatele.</translation>
    </message>
    <message>
        <source>(no application_name)</source>
        <translation>(application_name puudub)</translation>
    </message>
    <message>
        <source>application %1, user %2: %3 connections</source>
        <translation>rakendus %1, kasutaja %2: %3 ühendust</translation>
    </message>
    <message>
        <source>Connection doctor: %1</source>
        <translation>Ühenduse diagnostika: %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Mida kontrollida:</translation>
    </message>
    <message>
        <source>the server offers TLS; libpq uses it when it can (sslmode=%1)</source>
        <translation>server pakub TLS-i; libpq kasutab seda võimaluse korral (sslmode=%1)</translation>
    </message>
    <message>
        <source>the connection is encrypted (%1)</source>
        <translation>ühendus on krüpteeritud (%1)</translation>
    </message>
    <message>
        <source>the connection is not encrypted</source>
        <translation>ühendus pole krüpteeritud</translation>
    </message>
    <message>
        <source>a Unix socket needs no TLS</source>
        <translation>Unixi sokkel ei vaja TLS-i</translation>
    </message>
    <message>
        <source>A port Docker publishes accepts and closes connections while the container&apos;s PostgreSQL is not listening yet: wait, and read docker logs postgres.</source>
        <translation>Dockeri avaldatud port võtab ühendusi vastu ja sulgeb need, kuni konteineris olev PostgreSQL veel ei kuula: oota ja loe docker logs postgres väljundit.</translation>
    </message>
    <message>
        <source>The port accepts connections, but nothing answers on them: a hung server, or a proxy or port forward with nothing behind it.</source>
        <translation>Port võtab ühendusi vastu, kuid keegi ei vasta: server on kinni jäänud või selle taga on puhverserver või pordi suunamine, mille taga pole midagi.</translation>
    </message>
    <message>
        <source>The connection was closed without a word: this is how a Docker-published port looks while PostgreSQL in the container is not listening yet.</source>
        <translation>Ühendus suleti sõnagi lausumata: nii paistab Dockeri avaldatud port, kui konteineris olev PostgreSQL veel ei kuula.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer: it is hung, stopped or overloaded, or a proxy has nothing behind it.</source>
        <translation>Server võttis ühenduse vastu, kuid ei vastanud: see on hangunud, peatatud või ülekoormatud, või pole puhverserveri taga midagi.</translation>
    </message>
    <message>
        <source>Is the server stopped or hung? On its machine, ps -o pid,stat,cmd -C postgres shows the state (T is stopped); docker ps shows a paused container.</source>
        <translation>Kas server on peatatud või hangunud? Serveri masinas näitab ps -o pid,stat,cmd -C postgres olekut (T tähendab peatatud); docker ps näitab peatatud (paused) konteinerit.</translation>
    </message>
    <message>
        <source>A port forward or proxy (docker-proxy, kubectl port-forward, ssh -L, PgBouncer) accepts connections even when nothing is behind it: check what listens with ss -ltnp &apos;sport = :%2&apos;.</source>
        <translation>Pordi suunamine või puhverserver (docker-proxy, kubectl port-forward, ssh -L, PgBouncer) võtab ühendusi vastu ka siis, kui selle taga pole midagi: vaata, kes kuulab, käsuga ss -ltnp &apos;sport = :%2&apos;.</translation>
    </message>
    <message>
        <source>An overloaded server answers late: look at its load and its log (docker logs postgres), or try again with a longer timeout.</source>
        <translation>Ülekoormatud server vastab hilja: vaata serveri koormust ja logi (docker logs postgres) või proovi uuesti pikema ooteajaga.</translation>
    </message>
    <message>
        <source>Even the slots reserved for superusers are taken: a superuser is refused too. Stop the application that holds the connections, or end its sessions on the server&apos;s machine (kill the client processes, or restart PostgreSQL).</source>
        <translation>Ka superkasutajatele reserveeritud kohad on täis: server keeldub ka superkasutajast. Peata rakendus, mis ühendusi kinni hoiab, või lõpeta selle seansid serveri masinas (lõpeta klientide protsessid või taaskäivita PostgreSQL).</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>port on arv vahemikus 1 kuni 65535</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port is not a valid port number, so nothing was tried.</source>
        <translation>Port pole sobiv pordinumber, seega ei proovitud midagi.</translation>
    </message>
    <message>
        <source>The port comes from the connection string, else from PGPORT, else from the service file (PGSERVICEFILE, ~/.pg_service.conf): correct it there, e.g. port=5432.</source>
        <translation>Port tuleb ühendusstringist, selle puudumisel muutujast PGPORT, muidu teenusefailist (PGSERVICEFILE, ~/.pg_service.conf): paranda see seal, näiteks port=5432.</translation>
    </message>
    <message>
        <source>the container engine cannot be asked</source>
        <translation>konteinermootorilt ei saa küsida</translation>
    </message>
    <message>
        <source>Container %1 was created but never started.</source>
        <translation>Konteiner %1 on loodud, kuid seda pole kunagi käivitatud.</translation>
    </message>
    <message>
        <source>Container %1 is paused: PostgreSQL in it cannot answer.</source>
        <translation>Konteiner %1 on peatatud (pause): selles olev PostgreSQL ei saa vastata.</translation>
    </message>
    <message>
        <source>Container %1 is not running: it stopped with exit code %2.</source>
        <translation>Konteiner %1 ei tööta: see peatus väljumiskoodiga %2.</translation>
    </message>
    <message>
        <source>Container %1 is still starting: PostgreSQL in it does not accept connections yet.</source>
        <translation>Konteiner %1 alles käivitub: selles olev PostgreSQL ei võta veel ühendusi vastu.</translation>
    </message>
    <message>
        <source>Container %1 runs PostgreSQL on port %2, but publishes no port on this machine.</source>
        <translation>Konteineris %1 töötab PostgreSQL pordil %2, kuid konteiner ei avalda selles masinas ühtki porti.</translation>
    </message>
    <message>
        <source>Container %1 publishes PostgreSQL on port %2, not on port %3 that was tried.</source>
        <translation>Konteiner %1 avaldab PostgreSQL-i pordil %2, mitte proovitud pordil %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a container: such a name resolves only inside a Docker network, not on this machine.</source>
        <translation>„%1“ on konteineri nimi: selline nimi lahendub ainult Dockeri võrgu sees, mitte selles masinas.</translation>
    </message>
    <message>
        <source>The container engine cannot be reached, so container %1 cannot be checked.</source>
        <translation>Konteinermootorini ei jõua, seega ei saa konteinerit %1 kontrollida.</translation>
    </message>
    <message>
        <source>There is no container named %1 on this container engine.</source>
        <translation>Selles konteinermootoris pole konteinerit nimega %1.</translation>
    </message>
    <message>
        <source>The kernel stopped it because it ran out of memory (OOMKilled).</source>
        <translation>Kernel peatas selle, sest mälu sai otsa (OOMKilled).</translation>
    </message>
    <message>
        <source>The container engine says: %1</source>
        <translation>Konteinermootor ütleb: %1</translation>
    </message>
    <message>
        <source>Its healthcheck says: starting.</source>
        <translation>Selle healthcheck ütleb: starting (käivitub).</translation>
    </message>
    <message>
        <source>Its log says: the database system is starting up.</source>
        <translation>Selle logi ütleb: the database system is starting up (andmebaasisüsteem käivitub).</translation>
    </message>
    <message>
        <source>No port of this machine leads to its port %1/tcp (docker port %2 shows none).</source>
        <translation>Ükski selle masina port ei vii konteineri pordile %1/tcp (docker port %2 ei näita midagi).</translation>
    </message>
    <message>
        <source>Its port %1/tcp is published on this machine as %2:%3.</source>
        <translation>Selle port %1/tcp on selles masinas avaldatud kui %2:%3.</translation>
    </message>
    <message>
        <source>Its name resolves only inside the Docker network %1.</source>
        <translation>Selle nimi lahendub ainult Dockeri võrgus %1.</translation>
    </message>
    <message>
        <source>It publishes no port on this machine.</source>
        <translation>See ei avalda selles masinas ühtki porti.</translation>
    </message>
    <message>
        <source>Its last log lines (docker logs --tail %1 %2):</source>
        <translation>Selle logi viimased read (docker logs --tail %1 %2):</translation>
    </message>
    <message>
        <source>Is PostgreSQL running? docker ps -a --filter name=%1 shows the container and its state.</source>
        <translation>Kas PostgreSQL töötab? docker ps -a --filter name=%1 näitab konteinerit ja selle olekut.</translation>
    </message>
    <message>
        <source>Did it start cleanly? docker logs %1 shows the startup errors; the last lines are above.</source>
        <translation>Kas see käivitus vigadeta? docker logs %1 näitab käivitusvigu; viimased read on eespool.</translation>
    </message>
    <message>
        <source>Fix what the log names, then start it: docker start %1, and wait until docker logs %1 says &quot;database system is ready to accept connections&quot;.</source>
        <translation>Paranda see, mida logi nimetab, ja käivita konteiner: docker start %1, siis oota, kuni docker logs %1 ütleb „database system is ready to accept connections“.</translation>
    </message>
    <message>
        <source>Is PostgreSQL ready? It takes 5–10 seconds to initialise, longer on the first start with an empty volume: wait and try again.</source>
        <translation>Kas PostgreSQL on valmis? Lähtestamine võtab 5–10 sekundit, esimesel käivitusel tühja andmeköitega kauem: oota ja proovi uuesti.</translation>
    </message>
    <message>
        <source>docker inspect --format &apos;{{.State.Health.Status}}&apos; %1 says healthy once it accepts connections.</source>
        <translation>docker inspect --format &apos;{{.State.Health.Status}}&apos; %1 ütleb healthy, kui see võtab ühendusi vastu.</translation>
    </message>
    <message>
        <source>Port mapping correct? A container&apos;s ports cannot be added later: recreate it with the port published on this machine only, e.g. docker run -p 127.0.0.1:%1:%2 … (the data stays in its named volume).</source>
        <translation>Kas pordi suunamine on õige? Konteinerile ei saa porte hiljem lisada: loo see uuesti nii, et port on avaldatud ainult selles masinas, nt docker run -p 127.0.0.1:%1:%2 … (andmed jäävad nimega andmeköitesse).</translation>
    </message>
    <message>
        <source>Or work inside the container: docker exec -it %1 psql -U postgres</source>
        <translation>Või tööta konteineri sees: docker exec -it %1 psql -U postgres</translation>
    </message>
    <message>
        <source>Other containers in the same Docker network reach it by its name on port %1 without publishing.</source>
        <translation>Samas Dockeri võrgus olevad konteinerid jõuavad selleni nime järgi pordil %1 ka avaldamata.</translation>
    </message>
    <message>
        <source>Port mapping correct? Connect to port %1 instead: psql -h localhost -p %1</source>
        <translation>Kas pordi suunamine on õige? Ühendu hoopis pordiga %1: psql -h localhost -p %1</translation>
    </message>
    <message>
        <source>Each container needs its own host port: host 5432 → container 5432 for the first, host 5433 → container 5432 for the second. docker ps shows the mapping.</source>
        <translation>Igal konteineril on vaja oma hostiporti: esimesele host 5432 → konteiner 5432, teisele host 5433 → konteiner 5432. docker ps näitab suunamist.</translation>
    </message>
    <message>
        <source>From this machine, connect to localhost and the published port: psql -h localhost -p %1</source>
        <translation>Sellest masinast ühendu aadressiga localhost ja avaldatud pordiga: psql -h localhost -p %1</translation>
    </message>
    <message>
        <source>To reach it from this machine, publish its port: recreate it with -p 127.0.0.1:5432:%1, then connect to localhost.</source>
        <translation>Et sellest masinast konteinerini jõuda, avalda selle port: loo see uuesti võtmega -p 127.0.0.1:5432:%1 ja ühendu aadressiga localhost.</translation>
    </message>
    <message>
        <source>Container names resolve for containers in the same Docker network: docker network inspect NETWORK shows who is in it.</source>
        <translation>Konteinerite nimed lahenduvad samas Dockeri võrgus olevatele konteineritele: docker network inspect VÕRK näitab, kes selles on.</translation>
    </message>
    <message>
        <source>Is the container engine running? docker info says; sudo systemctl start docker starts it.</source>
        <translation>Kas konteinermootor töötab? docker info ütleb; sudo systemctl start docker käivitab selle.</translation>
    </message>
    <message>
        <source>Valvur looks where the docker command does: DOCKER_HOST, the docker context, /var/run/docker.sock, rootless Docker and Podman. Check that DOCKER_HOST names your engine.</source>
        <translation>Valvur otsib samadest kohtadest kui käsk docker: DOCKER_HOST, dockeri kontekst, /var/run/docker.sock, juurõigusteta Docker ja Podman. Kontrolli, et DOCKER_HOST osutab sinu mootorile.</translation>
    </message>
    <message>
        <source>docker ps -a lists every container by name; a removed container is gone, its named volume stays (docker volume ls).</source>
        <translation>docker ps -a loetleb kõik konteinerid nimepidi; eemaldatud konteinerit enam pole, kuid selle nimega andmeköide jääb alles (docker volume ls).</translation>
    </message>
    <message>
        <source>A profile finds its container by name: if the container was recreated under another name, edit the profile.</source>
        <translation>Profiil leiab oma konteineri nime järgi: kui konteiner loodi uuesti teise nimega, muuda profiili.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Konteinerid</translation>
    </message>
    <message>
        <source>Container %1 exists (state: %2).</source>
        <translation>Konteiner %1 on olemas (olek: %2).</translation>
    </message>
    <message>
        <source>Container %1 (compose service %2) exists (state: %3).</source>
        <translation>Konteiner %1 (compose&apos;i teenus %2) on olemas (olek: %3).</translation>
    </message>
    <message>
        <source>%1 containers (%2 with PostgreSQL), causes found: %3</source>
        <translation>%1 konteinerit (%2 PostgreSQL-iga), leitud põhjuseid: %3</translation>
    </message>
    <message>
        <source>ssh -G resolves it to</source>
        <translation>ssh -G lahendab selle nii</translation>
    </message>
    <message>
        <source>ssh -G failed</source>
        <translation>ssh -G ebaõnnestus</translation>
    </message>
    <message>
        <source>tunnel open, local socket %1</source>
        <translation>tunnel on avatud, kohalik sokkel %1</translation>
    </message>
    <message>
        <source>SSH configuration</source>
        <translation>SSH seadistus</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH-tunnel</translation>
    </message>
    <message>
        <source>The SSH host offers the key %1.</source>
        <translation>SSH-host pakub võtit %1.</translation>
    </message>
</context>
<context>
    <name>Valvur::DoctorCommand</name>
    <message>
        <source>Find out why a connection to PostgreSQL fails, step by step, and what to check.</source>
        <translation>Selgitab samm-sammult, miks ühendus PostgreSQL-iga ebaõnnestub, ja mida kontrollida.</translation>
    </message>
    <message>
        <source>A connection string (host=… port=… user=…) or a postgresql:// URI.</source>
        <translation>Ühendusstring (host=… port=… user=…) või postgresql:// URI.</translation>
    </message>
    <message>
        <source>CONNINFO|URI</source>
        <translation>CONNINFO|URI</translation>
    </message>
    <message>
        <source>Print the result as JSON (not translated).</source>
        <translation>Väljasta tulemus JSON-ina (tõlkimata).</translation>
    </message>
    <message>
        <source>Interface language: et or en (default: the system&apos;s).</source>
        <translation>Kasutajaliidese keel: et või en (vaikimisi süsteemi keel).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>KEEL</translation>
    </message>
    <message>
        <source>Seconds to wait for each network step (default: connect_timeout, else %1).</source>
        <translation>Mitu sekundit oodata iga võrgusammu juures (vaikimisi connect_timeout, muidu %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDID</translation>
    </message>
    <message>
        <source>Never ask for a password.</source>
        <translation>Ära küsi kunagi parooli.</translation>
    </message>
    <message>
        <source>Give one server: valvur doctor CONNINFO|URI (put a connection string with spaces in quotes).</source>
        <translation>Anna üks server: valvur doctor CONNINFO|URI (tühikutega ühendusstring pane jutumärkidesse).</translation>
    </message>
    <message>
        <source>Diagnosing %1 …</source>
        <translation>Diagnoosin: %1 …</translation>
    </message>
    <message>
        <source>Password for user %1: </source>
        <translation>Kasutaja %1 parool: </translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Mida kontrollida:</translation>
    </message>
    <message>
        <source>Time to verdict: %1 ms</source>
        <translation>Aeg otsuseni: %1 ms</translation>
    </message>
    <message>
        <source>Diagnose a saved connection profile (see valvur profiles list).</source>
        <translation>Diagnoosi salvestatud ühenduse profiili (vt valvur profiles list).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>The local container the server runs in: the container engine is asked about it too. Alone, the server is the container&apos;s published port.</source>
        <translation>Kohalik konteiner, milles server töötab: ka konteinermootorilt küsitakse selle kohta. Üksi antuna on serveriks konteineri avaldatud port.</translation>
    </message>
    <message>
        <source>Name the container: valvur doctor --container NAME (docker ps -a lists them).</source>
        <translation>Nimeta konteiner: valvur doctor --container NIMI (docker ps -a loetleb need).</translation>
    </message>
</context>
<context>
    <name>Valvur::DoctorDialog</name>
    <message>
        <source>Connection doctor</source>
        <translation>Ühenduse diagnostika</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Samm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopeeri aruanne</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Käivita &amp;uuesti</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>käib…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnoosin…</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Mida kontrollida:</translation>
    </message>
</context>
<context>
    <name>Valvur::Errors</name>
    <message>
        <source>The connection string is not valid.</source>
        <translation>Ühendusstring pole korrektne.</translation>
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
        <source>The server reported an error.</source>
        <translation>Server teatas veast.</translation>
    </message>
    <message>
        <source>The query ran longer than statement_timeout allows, so the server cancelled it. If statement_timeout is set in the connection string&apos;s options (or PGOPTIONS, or for the role), raise it; otherwise the server is too busy to answer in time.</source>
        <translation>Päring kestis kauem, kui statement_timeout lubab, ja server tühistas selle. Kui statement_timeout on seatud ühendusstringi parameetris options (või PGOPTIONS-is või rollile), suurenda seda; muidu on server liiga hõivatud, et õigel ajal vastata.</translation>
    </message>
    <message>
        <source>The query waited for a lock longer than lock_timeout allows: another session holds it (the Locks page shows which). Valvur does not queue behind an application&apos;s lock; the next refresh tries again.</source>
        <translation>Päring ootas lukku kauem, kui lock_timeout lubab: lukku hoiab teine seanss (leht Lukud näitab, milline). Valvur ei jää rakenduse luku taha järjekorda; järgmine värskendus proovib uuesti.</translation>
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
    <name>Valvur::HostKeyDialog</name>
    <message>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4</source>
        <translation>Host: %1
Port: %2
Võtme tüüp: %3
Sõrmejälg: %4</translation>
    </message>
    <message>
        <source>Unknown SSH host</source>
        <translation>Tundmatu SSH-host</translation>
    </message>
    <message>
        <source>This is the first connection to %1 over SSH.</source>
        <translation>See on esimene SSH-ühendus hostiga %1.</translation>
    </message>
    <message>
        <source>The host is not in your known_hosts yet, so ssh cannot tell whether it is really the server you mean. Compare the fingerprint above with the one the server&apos;s administrator gives you (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub). Trust it only if they are the same: Valvur then adds the key to %2 and connects.</source>
        <translation>Seda hosti pole veel sinu known_hosts-failis, nii et ssh ei saa teada, kas see on tõesti see server, mida mõtled. Võrdle ülal olevat sõrmejälge sellega, mille annab serveri administraator (serveris: ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub). Usalda seda ainult siis, kui need on samad: siis lisab Valvur võtme faili %2 ja ühendub.</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Usalda ja ühenda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>SSH host key changed</source>
        <translation>SSH-hosti võti on muutunud</translation>
    </message>
    <message>
        <source>The host key of %1 has changed. Valvur did not connect.</source>
        <translation>Hosti %1 võti on muutunud. Valvur ei ühendunud.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>The host shows another key than the one in your known_hosts. Someone may be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or got a new key.

Ask the server&apos;s administrator for the new fingerprint. Only if it is the one above, remove the old key and connect again:
    %1</source>
        <translation>Host näitab teist võtit kui see, mis on sinu known_hosts-failis. Keegi võib ühendust pealt kuulata (vahendajarünnak ehk man-in-the-middle) või on host uuesti paigaldatud või sai uue võtme.

Küsi serveri administraatorilt uus sõrmejälg. Ainult siis, kui see on sama mis ülal, eemalda vana võti ja ühendu uuesti:
    %1</translation>
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
    <name>Valvur::KnownHosts</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kausta %1 ei saa luua.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Faili %1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Valvur does not know the SSH key type &quot;%1&quot;.</source>
        <translation>Valvur ei tunne SSH-võtme tüüpi „%1“.</translation>
    </message>
    <message>
        <source>The program ssh-keyscan was not found. Install the OpenSSH client (Debian: openssh-client).</source>
        <translation>Programmi ssh-keyscan ei leitud. Paigalda OpenSSH klient (Debianis: openssh-client).</translation>
    </message>
    <message>
        <source>%1 did not give its host key within %2 s; nothing was written to known_hosts.</source>
        <translation>%1 ei andnud oma hostivõtit %2 s jooksul; known_hosts-faili ei kirjutatud midagi.</translation>
    </message>
    <message>
        <source>ssh-keyscan could not start: %1</source>
        <translation>ssh-keyscan ei käivitunud: %1</translation>
    </message>
    <message>
        <source>%1 now shows the key %2, not the one you accepted (%3). Nothing was written to known_hosts: connect again and compare the new fingerprint.</source>
        <translation>%1 näitab nüüd võtit %2, mitte seda, mille sa heaks kiitsid (%3). known_hosts-faili ei kirjutatud midagi: ühendu uuesti ja võrdle uut sõrmejälge.</translation>
    </message>
    <message>
        <source>%1 gave no %2 host key; nothing was written to known_hosts.%3</source>
        <translation>%1 ei andnud %2-hostivõtit; known_hosts-faili ei kirjutatud midagi.%3</translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::AppProbe</name>
    <message>
        <source>The application&apos;s connection settings cannot be read: %1</source>
        <translation>Rakenduse ühenduse seadeid ei saa lugeda: %1</translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::Check</name>
    <message>
        <source>The server did not answer the check within %1 s.</source>
        <translation>Server ei vastanud kontrollile %1 s jooksul.</translation>
    </message>
    <message>
        <source>No lab runs on this server. Start the scenario %1 first.</source>
        <translation>Selles serveris ei käi ühtegi laborit. Käivita kõigepealt stsenaarium %1.</translation>
    </message>
    <message>
        <source>Cannot connect to check the lab: %1</source>
        <translation>Labori kontrollimiseks ei saa ühendust: %1</translation>
    </message>
    <message>
        <source>The connection broke during the check: %1</source>
        <translation>Ühendus katkes kontrolli ajal: %1</translation>
    </message>
    <message>
        <source>A lab&apos;s setup was interrupted on this server. Reset the lab and start it again.</source>
        <translation>Labori ettevalmistus selles serveris katkes. Lähtesta labor ja käivita see uuesti.</translation>
    </message>
    <message>
        <source>The lab is still being set up on this server (or its setup was interrupted: then reset it).</source>
        <translation>Laborit alles valmistatakse selles serveris ette (või katkes ettevalmistus: siis lähtesta see).</translation>
    </message>
    <message>
        <source>Another scenario, %1, is staged on this server. Reset it first, or check that one.</source>
        <translation>Selles serveris on üles seatud teine stsenaarium, %1. Lähtesta see enne või kontrolli seda.</translation>
    </message>
    <message>
        <source>The scenario %1 is staged, but the program that held its sessions ended %2 s ago, so its problem may have gone with it. Reset the lab and start the scenario again.</source>
        <translation>Stsenaarium %1 on üles seatud, kuid programm, mis selle seansse hoidis, lõppes %2 s tagasi, nii et probleem võis koos sellega kaduda. Lähtesta labor ja käivita stsenaarium uuesti.</translation>
    </message>
    <message>
        <source>The scenario&apos;s check failed: %1</source>
        <translation>Stsenaariumi kontroll ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>The scenario&apos;s trap %1 failed: %2</source>
        <translation>Stsenaariumi lõksu %1 kontroll ebaõnnestus: %2</translation>
    </message>
    <message>
        <source>The application&apos;s connection settings of the lab are missing (%1). Reset the lab and start it again.</source>
        <translation>Labori rakenduse ühenduse seaded puuduvad (%1). Lähtesta labor ja käivita see uuesti.</translation>
    </message>
    <message>
        <source>Not solved yet: the application&apos;s report job (%1) still cannot connect to its own database in the container %2: %3</source>
        <translation>Veel lahendamata: rakenduse aruandetöö (%1) ei saa ikka ühendust oma andmebaasiga konteineris %2: %3</translation>
    </message>
    <message>
        <source>The check did not run: the table %1 is locked by session %2 (as a restore, ALTER TABLE or LOCK TABLE locks it), and Valvur does not wait behind it. Check again when that session is done.</source>
        <translation>Kontroll jäi tegemata: tabel %1 on seansi %2 poolt lukustatud (nii lukustab taastamine, ALTER TABLE või LOCK TABLE) ja Valvur selle taga ei oota. Kontrolli uuesti, kui see seanss on lõpetanud.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Kontroll ebaõnnestus: %1</translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::ContainerStage</name>
    <message>
        <source>The container engine did not finish making the lab&apos;s container %1 within %2 s.</source>
        <translation>Konteinermootor ei saanud labori konteinerit %1 valmis %2 sekundiga.</translation>
    </message>
    <message>
        <source>Asking the container engine about %1…</source>
        <translation>Küsin konteinermootorilt konteineri %1 kohta…</translation>
    </message>
    <message>
        <source>The container %1 could not be inspected: %2</source>
        <translation>Konteinerit %1 ei õnnestunud uurida: %2</translation>
    </message>
    <message>
        <source>The image of %1 could not be inspected: %2</source>
        <translation>Konteineri %1 tõmmist ei õnnestunud uurida: %2</translation>
    </message>
    <message>
        <source>Stopped before the lab&apos;s container was ready.</source>
        <translation>Peatati enne, kui labori konteiner valmis sai.</translation>
    </message>
    <message>
        <source>The volume %1 could not be created: %2</source>
        <translation>Andmeköidet %1 ei õnnestunud luua: %2</translation>
    </message>
    <message>
        <source>Creating the container %1…</source>
        <translation>Loon konteineri %1…</translation>
    </message>
    <message>
        <source>The container %1 could not be created: %2</source>
        <translation>Konteinerit %1 ei õnnestunud luua: %2</translation>
    </message>
    <message>
        <source>Starting %1 once, so that its data exists…</source>
        <translation>Käivitan konteineri %1 korra, et selle andmed tekiksid…</translation>
    </message>
    <message>
        <source>The container %1 could not be started: %2</source>
        <translation>Konteinerit %1 ei õnnestunud käivitada: %2</translation>
    </message>
    <message>
        <source>The lab&apos;s container %1 stopped while it started (exit code %2); `docker logs %1` says why.</source>
        <translation>Labori konteiner %1 peatus käivitumise ajal (väljumiskood %2); põhjuse näitab `docker logs %1`.</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Peatan konteineri %1…</translation>
    </message>
    <message>
        <source>The container %1 could not be stopped: %2</source>
        <translation>Konteinerit %1 ei õnnestunud peatada: %2</translation>
    </message>
    <message>
        <source>The lab&apos;s container could not be made.</source>
        <translation>Labori konteinerit ei õnnestunud teha.</translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::ContainerSweep</name>
    <message>
        <source>The container engine did not remove the lab&apos;s containers within %1 s; run the reset again.</source>
        <translation>Konteinermootor ei eemaldanud labori konteinereid %1 sekundiga; lähtesta labor uuesti.</translation>
    </message>
    <message>
        <source>The lab&apos;s container %1 could not be removed: %2</source>
        <translation>Labori konteinerit %1 ei õnnestunud eemaldada: %2</translation>
    </message>
    <message>
        <source>The lab&apos;s %1 could not be removed: %2</source>
        <translation>Labori objekti %1 ei õnnestunud eemaldada: %2</translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::Reset</name>
    <message>
        <source>The server did not finish the reset within %1 s. Run the reset again when it answers.</source>
        <translation>Server ei lõpetanud lähtestamist %1 s jooksul. Lähtesta uuesti, kui server vastab.</translation>
    </message>
    <message>
        <source>Cannot connect to reset the lab: %1</source>
        <translation>Labori lähtestamiseks ei saa ühendust: %1</translation>
    </message>
    <message>
        <source>The connection broke during the reset: %1</source>
        <translation>Ühendus katkes lähtestamise ajal: %1</translation>
    </message>
    <message>
        <source>The reset could not end the lab&apos;s sessions: %1</source>
        <translation>Lähtestamine ei saanud labori seansse lõpetada: %1</translation>
    </message>
    <message>
        <source>The database %1 could not be dropped: %2</source>
        <translation>Andmebaasi %1 ei saanud kustutada: %2</translation>
    </message>
    <message>
        <source>The role %1 could not be dropped: %2</source>
        <translation>Rolli %1 ei saanud kustutada: %2</translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::Run</name>
    <message>
        <source>The server did not finish a setup step within %1 s. The lab was removed again; start it when the server answers.</source>
        <translation>Server ei lõpetanud ettevalmistuse sammu %1 s jooksul. Labor eemaldati uuesti; käivita see, kui server vastab.</translation>
    </message>
    <message>
        <source>This server is tagged production. A lab stages real problems (idle transactions, locks, a full server); run it on a development server or container.</source>
        <translation>See server on märgitud toodanguks. Labor tekitab päris probleeme (jõude tehingud, lukud, täis server); käivita see arendusserveris või konteineris.</translation>
    </message>
    <message>
        <source>The lab could not record its start: %1</source>
        <translation>Labor ei saanud oma algust salvestada: %1</translation>
    </message>
    <message>
        <source>The scenario is ready.</source>
        <translation>Stsenaarium on valmis.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ühendan…</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Serveriga ei saa ühendust: %1</translation>
    </message>
    <message>
        <source>Removing what an earlier lab left…</source>
        <translation>Eemaldan varasema labori jäägid…</translation>
    </message>
    <message>
        <source>Creating the sandbox database %1…</source>
        <translation>Loon liivakasti andmebaasi %1…</translation>
    </message>
    <message>
        <source>The sandbox database could not be created: %1</source>
        <translation>Liivakasti andmebaasi ei saanud luua: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the sandbox database: %1</source>
        <translation>Liivakasti andmebaasiga ei saa ühendust: %1</translation>
    </message>
    <message>
        <source>The lab&apos;s bookkeeping could not be created: %1</source>
        <translation>Labori arvestust ei saanud luua: %1</translation>
    </message>
    <message>
        <source>Preparing the scenario&apos;s tables…</source>
        <translation>Valmistan ette stsenaariumi tabeleid…</translation>
    </message>
    <message>
        <source>The scenario&apos;s setup failed: %1</source>
        <translation>Stsenaariumi ettevalmistus ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Cannot read the rights of the user: %1</source>
        <translation>Kasutaja õigusi ei saa lugeda: %1</translation>
    </message>
    <message>
        <source>This server is a standby (read-only). Run the lab on the primary.</source>
        <translation>See server on ooteserver (ainult lugemiseks). Käivita labor põhiserveris.</translation>
    </message>
    <message>
        <source>superuser (this scenario fills the server up to its reserved connections)</source>
        <translation>superkasutaja (see stsenaarium täidab serveri kuni reserveeritud ühendusteni)</translation>
    </message>
    <message>
        <source>The lab needs more rights than the user %1 has: %2. Connect as a superuser (in the course&apos;s container: the user postgres), or have one run: ALTER ROLE %1 CREATEDB CREATEROLE;</source>
        <translation>Labor vajab rohkem õigusi, kui kasutajal %1 on: %2. Ühenda superkasutajana (kursuse konteineris: kasutaja postgres) või lase superkasutajal käivitada: ALTER ROLE %1 CREATEDB CREATEROLE;</translation>
    </message>
    <message>
        <source>libpq could not encrypt the password of the role %1.</source>
        <translation>libpq ei suutnud rolli %1 parooli krüpteerida.</translation>
    </message>
    <message>
        <source>Creating the roles %1…</source>
        <translation>Loon rollid %1…</translation>
    </message>
    <message>
        <source>The scenario&apos;s roles could not be created: %1</source>
        <translation>Stsenaariumi rolle ei saanud luua: %1</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n session(s) of %1…</source>
        <translation>
            <numerusform>Avan %n %1 seansi…</numerusform>
            <numerusform>Avan %n %1 seanssi…</numerusform>
        </translation>
    </message>
    <message>
        <source>A session of %1 could not connect: %2</source>
        <translation>%1 seanss ei saanud ühendust: %2</translation>
    </message>
    <message>
        <source>The server is already full; the scenario cannot open its sessions.</source>
        <translation>Server on juba täis; stsenaarium ei saa oma seansse avada.</translation>
    </message>
    <message>
        <source>The scenario&apos;s sessions did not reach their state within %1 s.</source>
        <translation>Stsenaariumi seansid ei jõudnud oma olekusse %1 s jooksul.</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Teen tabelist %1 varukoopia…</translation>
    </message>
    <message>
        <source>The scenario&apos;s backup failed: %1</source>
        <translation>Stsenaariumi varukoopia ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>The scenario is not running.</source>
        <translation>Stsenaarium ei käi.</translation>
    </message>
    <message>
        <source>The scenario has no action %1.</source>
        <translation>Stsenaariumil pole tegevust %1.</translation>
    </message>
    <message>
        <source>The application&apos;s settings could not be recorded: %1</source>
        <translation>Rakenduse seadeid ei õnnestunud salvestada: %1</translation>
    </message>
    <message>
        <source>The lab&apos;s container could not be recorded: %1</source>
        <translation>Labori konteinerit ei õnnestunud kirja panna: %1</translation>
    </message>
</context>
<context>
    <name>Valvur::LabCommand</name>
    <message>
        <source>No container named %1 was found (is it running? docker ps -a lists them).</source>
        <translation>Konteinerit nimega %1 ei leitud (kas see töötab? docker ps -a näitab kõiki).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Trap: %1</source>
        <translation>Lõks: %1</translation>
    </message>
    <message>
        <source>Time from start to solved: %1.</source>
        <translation>Aeg algusest lahenduseni: %1.</translation>
    </message>
    <message>
        <source>A scenario file was left out: %1</source>
        <translation>Üks stsenaariumi fail jäeti välja: %1</translation>
    </message>
    <message>
        <source>The scenario %1 has hints 1 to %2.</source>
        <translation>Stsenaariumil %1 on vihjed 1 kuni %2.</translation>
    </message>
    <message>
        <source>Hint %1 of %2: %3</source>
        <translation>Vihje %1/%2: %3</translation>
    </message>
    <message>
        <source>In Valvur: the page %1 (valvur --page %1).</source>
        <translation>Valvuris: leht %1 (valvur --page %1).</translation>
    </message>
    <message>
        <source>The same from a terminal: %1</source>
        <translation>Sama terminalist: %1</translation>
    </message>
    <message>
        <source>Nothing of a lab was on %1.</source>
        <translation>Serveris %1 polnud laborist midagi.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Eemaldatud: %1.</translation>
    </message>
    <message>
        <source>The lab was reset: its sessions, roles and database are gone.</source>
        <translation>Labor on lähtestatud: selle seansid, rollid ja andmebaas on eemaldatud.</translation>
    </message>
    <message>
        <source>Hints: valvur lab hint %1 1 (up to %2). Check from another terminal: valvur lab check %1 with the same server. Ctrl+C ends the scenario and resets the lab.</source>
        <translation>Vihjed: valvur lab hint %1 1 (kuni %2). Kontrolli teisest terminalist: valvur lab check %1 sama serveriga. Ctrl+C lõpetab stsenaariumi ja lähtestab labori.</translation>
    </message>
    <message>
        <source>The lab was reset elsewhere; this scenario ends.</source>
        <translation>Labor lähtestati mujal; see stsenaarium lõpeb.</translation>
    </message>
    <message>
        <source>Interrupted: resetting the lab…</source>
        <translation>Katkestatud: lähtestan labori…</translation>
    </message>
    <message>
        <source>Lab mode: stage a real problem on a development server, find and fix it, and let Valvur check the fix.
  valvur lab list [--json]
  valvur lab start ID SERVER|--profile NAME|--container NAME
  valvur lab check ID SERVER|--profile NAME|--container NAME [--json]
  valvur lab hint ID [N]
  valvur lab reset [ID] SERVER|--profile NAME|--container NAME</source>
        <translation>Laborirežiim: tekita arendusserveris päris probleem, leia ja paranda see ning lase Valvuril parandust kontrollida.
  valvur lab list [--json]
  valvur lab start ID SERVER|--profile NIMI|--container NIMI
  valvur lab check ID SERVER|--profile NIMI|--container NIMI [--json]
  valvur lab hint ID [N]
  valvur lab reset [ID] SERVER|--profile NIMI|--container NIMI</translation>
    </message>
    <message>
        <source>list, start, check, hint or reset.</source>
        <translation>list, start, check, hint või reset.</translation>
    </message>
    <message>
        <source>A saved connection profile (see valvur profiles list).</source>
        <translation>Salvestatud ühenduse profiil (vt valvur profiles list).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>A local PostgreSQL container, by its name.</source>
        <translation>Kohalik PostgreSQL-i konteiner, nime järgi.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Väljasta tulemus JSON-ina.</translation>
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
        <source>Say what to do: valvur lab list, start, check, hint or reset (valvur lab --help).</source>
        <translation>Ütle, mida teha: valvur lab list, start, check, hint või reset (valvur lab --help).</translation>
    </message>
    <message>
        <source>Name the scenario: valvur lab %1 ID … (valvur lab list shows them).</source>
        <translation>Nimeta stsenaarium: valvur lab %1 ID … (valvur lab list näitab neid).</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;. These are: %2.</source>
        <translation>Stsenaariumi &quot;%1&quot; pole. Olemas on: %2.</translation>
    </message>
    <message>
        <source>Give one server: a connection string, --profile NAME or --container NAME.</source>
        <translation>Anna üks server: ühendusstring, --profile NIMI või --container NIMI.</translation>
    </message>
    <message>
        <source>Solved at %1; the lab has been reset since.</source>
        <translation>Lahendatud %1; labor on pärast seda lähtestatud.</translation>
    </message>
</context>
<context>
    <name>Valvur::LabController</name>
    <message>
        <source>A lab left over from an earlier run was removed.</source>
        <translation>Varasemast käivitusest üle jäänud labor eemaldati.</translation>
    </message>
    <message>
        <source>A lab left over from an earlier run could not be removed: %1</source>
        <translation>Varasemast käivitusest üle jäänud laborit ei õnnestunud eemaldada: %1</translation>
    </message>
    <message>
        <source>Removing a lab left over from an earlier run…</source>
        <translation>Eemaldan varasemast käivitusest üle jäänud laborit…</translation>
    </message>
    <message>
        <source>The lab was reset: its sessions ended and the sandbox database and roles were removed.</source>
        <translation>Labor lähtestati: selle seansid lõpetati ning liivakasti andmebaas ja rollid eemaldati.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollin…</translation>
    </message>
    <message>
        <source>Resetting the lab…</source>
        <translation>Lähtestan laborit…</translation>
    </message>
    <message>
        <source>The lab runs in another program; do this there, or reset the lab and start the scenario here.</source>
        <translation>Labor käib teises programmis: tee seda seal või lähtesta labor ja käivita stsenaarium siin.</translation>
    </message>
    <message>
        <source>Start the scenario first: the lab does this only in a scenario it holds.</source>
        <translation>Käivita kõigepealt stsenaarium: labor teeb seda ainult stsenaariumis, mida ta ise hoiab.</translation>
    </message>
</context>
<context>
    <name>Valvur::LabHintsView</name>
    <message>
        <source>Hint %1: %2</source>
        <translation>Vihje %1: %2</translation>
    </message>
    <message>
        <source>Open page: %1</source>
        <translation>Ava leht: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopeeri</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Kopeeri käsk lõikelauale</translation>
    </message>
    <message>
        <source>Show next hint (%1 of %2)</source>
        <translation>Näita järgmist vihjet (%1/%2)</translation>
    </message>
    <message>
        <source>All hints shown</source>
        <translation>Kõik vihjed on näidatud</translation>
    </message>
    <message>
        <source>Reveal one more hint (Ctrl+H)</source>
        <translation>Näita veel üht vihjet (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>Valvur::LabPage</name>
    <message>
        <source>Done. Check the scenario to see the effect (Ctrl+Return).</source>
        <translation>Tehtud. Kontrolli stsenaariumi, et näha mõju (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Course chapter, section %1</source>
        <translation>Kursuse peatükk, jaotis %1</translation>
    </message>
    <message>
        <source>A lab runs on this server in another program (e.g. valvur lab start in a terminal). Check works here; Reset ends it.</source>
        <translation>Selles serveris käib labor teises programmis (nt valvur lab start terminalis). Kontrollida saab siin; lähtestamine lõpetab selle.</translation>
    </message>
    <message>
        <source>The scenario %1 runs on this server in another program (e.g. valvur lab start in a terminal). Check works here; Reset ends it.</source>
        <translation>Stsenaarium %1 käib selles serveris teises programmis (nt valvur lab start terminalis). Kontrollida saab siin; lähtestamine lõpetab selle.</translation>
    </message>
    <message>
        <source>The scenario %1 runs on this server. Reset it before starting another.</source>
        <translation>Selles serveris käib stsenaarium %1. Lähtesta see enne teise käivitamist.</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Käib juba %1</translation>
    </message>
    <message>
        <source>Traps:
%1</source>
        <translation>Lõksud:
%1</translation>
    </message>
    <message>
        <source>Reset the lab</source>
        <translation>Lähtesta labor</translation>
    </message>
    <message>
        <source>Reset the lab on this server?</source>
        <translation>Kas lähtestada labor selles serveris?</translation>
    </message>
    <message>
        <source>This ends the lab&apos;s sessions and drops the sandbox database valvur_lab and the roles valvur_lab_*. Nothing else on the server is touched.</source>
        <translation>See lõpetab labori seansid ning kustutab liivakasti andmebaasi valvur_lab ja rollid valvur_lab_*. Muud serveris ei puudutata.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>The lab will run this SQL in the sandbox database valvur_lab:</source>
        <translation>Labor käivitab liivakasti andmebaasis valvur_lab selle SQL-i:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Käivita</translation>
    </message>
    <message>
        <source>Connect to a development server or container to run a lab.

A lab stages a real problem (a connection leak, a lock chain, a slow query…) in the sandbox database valvur_lab and checks from the server&apos;s own state whether you fixed it.</source>
        <translation>Labori käivitamiseks ühendu arendusserveri või konteineriga.

Labor tekitab liivakasti andmebaasis valvur_lab päris probleemi (ühenduste leke, lukuahel, aeglane päring…) ja kontrollib serveri enda olekust, kas sa selle parandasid.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Käivita</translation>
    </message>
    <message>
        <source>Stage the problem on this server (Ctrl+Shift+Return)</source>
        <translation>Tekita probleem selles serveris (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrolli</translation>
    </message>
    <message>
        <source>Ask the server whether the problem is fixed (Ctrl+Return)</source>
        <translation>Küsi serverilt, kas probleem on parandatud (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Lähtesta…</translation>
    </message>
    <message>
        <source>End the lab&apos;s sessions and remove its database and roles (Ctrl+Shift+Backspace)</source>
        <translation>Lõpeta labori seansid ning eemalda selle andmebaas ja rollid (Ctrl+Shift+Backspace)</translation>
    </message>
    <message>
        <source>The lab can also do this for you:</source>
        <translation>Labor võib sinu eest teha ka selle:</translation>
    </message>
</context>
<context>
    <name>Valvur::LabProbe</name>
    <message>
        <source>The server did not say within %1 s whether a lab is left on it.</source>
        <translation>Server ei vastanud %1 s jooksul, kas sinna on labor üle jäänud.</translation>
    </message>
</context>
<context>
    <name>Valvur::LabScenarioModel</name>
    <message numerus="yes">
        <source>solved in %n s</source>
        <translation>
            <numerusform>lahendatud %n sekundiga</numerusform>
            <numerusform>lahendatud %n sekundiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>solved in %n min</source>
        <translation>
            <numerusform>lahendatud %n minutiga</numerusform>
            <numerusform>lahendatud %n minutiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trap(s) hit</source>
        <translation>
            <numerusform>%n lõks</numerusform>
            <numerusform>%n lõksu</numerusform>
        </translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>käivitub…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>käib</translation>
    </message>
    <message>
        <source>running in another program</source>
        <translation>käib teises programmis</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>käivitamata</translation>
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
    <message>
        <source>No session waits for a lock right now.</source>
        <translation>Praegu ei oota ükski seanss lukku.</translation>
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
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Tee varukoopia…</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>T&amp;aasta…</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Varuk&amp;oopiad</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Eelistused…</translation>
    </message>
    <message>
        <source>The keychain did not give the password within the time limit.</source>
        <translation>Võtmehoidja ei andnud parooli ettenähtud aja jooksul.</translation>
    </message>
    <message>
        <source>Not answering since %1</source>
        <translation>Ei vasta alates kella %1</translation>
    </message>
    <message>
        <source>Connected, but the page&apos;s query failed</source>
        <translation>Ühendatud, kuid lehe päring ebaõnnestus</translation>
    </message>
    <message>
        <source>The server has not answered since %1.</source>
        <translation>Server pole vastanud alates kella %1.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenda</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Vä&amp;henda</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tegelik suurus</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Suurendus %1 %</translation>
    </message>
    <message numerus="yes">
        <source>SSH tunnel to %1: reconnecting in %n s</source>
        <translation>
            <numerusform>SSH-tunnel hostini %1: ühendan uuesti %n s pärast</numerusform>
            <numerusform>SSH-tunnel hostini %1: ühendan uuesti %n s pärast</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH tunnel to %1 failed: %2</source>
        <translation>SSH-tunnel hostini %1 ebaõnnestus: %2</translation>
    </message>
    <message>
        <source>SSH tunnel to %1: connecting…</source>
        <translation>SSH-tunnel hostini %1: ühendan…</translation>
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
    <name>Valvur::PreferencesDialog</name>
    <message>
        <source>Folder of the PostgreSQL programs</source>
        <translation>PostgreSQL-i programmide kaust</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. The wizards will refuse to start until you choose a folder that has pg_dump, or clear the field to let Valvur search PATH and /usr/lib/postgresql/*/bin.</source>
        <translation>Kausta %1 pole olemas. Nõustajad ei alusta enne, kui valid kausta, kus on pg_dump, või tühjendad välja, et Valvur otsiks PATH-ist ja kaustast /usr/lib/postgresql/*/bin.</translation>
    </message>
    <message>
        <source>Looking for the programs…</source>
        <translation>Otsin programme…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ei leitud</translation>
    </message>
    <message>
        <source>%1.%2 (%3)</source>
        <translation>%1.%2 (%3)</translation>
    </message>
    <message>
        <source>%1 has none of pg_dump, pg_restore, psql and pg_basebackup. The wizards will refuse to start until you choose another folder or clear the field.</source>
        <translation>Kaustas %1 pole ühtki programmidest pg_dump, pg_restore, psql ja pg_basebackup. Nõustajad ei alusta enne, kui valid teise kausta või tühjendad välja.</translation>
    </message>
    <message>
        <source>Empty: Valvur looks in PATH and /usr/lib/postgresql/*/bin and uses the newest program that can handle the server. Found:</source>
        <translation>Tühi: Valvur otsib PATH-ist ja kaustast /usr/lib/postgresql/*/bin ning kasutab uusimat programmi, mis serveriga toime tuleb. Leitud:</translation>
    </message>
    <message>
        <source>Only this folder is used. Found:</source>
        <translation>Kasutatakse ainult seda kausta. Leitud:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <source>The backup and restore wizards run the PostgreSQL client programs. Leave the folder empty to let Valvur find them, or name the folder of one version, e.g. /usr/lib/postgresql/16/bin.</source>
        <translation>Varundamise ja taastamise nõustajad käivitavad PostgreSQL-i kliendiprogramme. Jäta kaust tühjaks, et Valvur need ise leiaks, või anna ühe versiooni kaust, nt /usr/lib/postgresql/16/bin.</translation>
    </message>
    <message>
        <source>&amp;Tool folder:</source>
        <translation>&amp;Tööriistade kaust:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaatne</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>&amp;Seisaku ooteaeg:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>A backup or restore whose tool makes no progress while the server answers no test connection for this long is ended with &quot;the server stopped answering&quot;.</source>
        <translation>Varundamine või taastamine, mille programm ei liigu nii kaua edasi ja server ei vasta proovühendusele, lõpetatakse teatega „server lakkas vastamast“.</translation>
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
    <message>
        <source>The ports &quot;%1&quot; differ per host; a profile keeps one port for all its hosts.</source>
        <translation>Pordid „%1“ on hostiti erinevad; profiil hoiab kõigi oma hostide jaoks üht porti.</translation>
    </message>
    <message>
        <source>Line %1: server &quot;%2&quot; has text that is not valid Unicode (a lone \ud800…\udfff escape); write the name and the other fields as real characters.</source>
        <translation>Rida %1: serveril „%2“ on tekst, mis pole korrektne Unicode (üksik \ud800…\udfff paojada); kirjuta nimi ja muud väljad päris märkidega.</translation>
    </message>
    <message>
        <source>Line %1: server &quot;%2&quot;: %3</source>
        <translation>Rida %1: server „%2“: %3</translation>
    </message>
    <message>
        <source>the port is empty: write a port from 1 to 65535, or * for any.</source>
        <translation>port on tühi: kirjuta port vahemikus 1 kuni 65535 või * (mis tahes port).</translation>
    </message>
    <message>
        <source>Line %1: pgpass writes an IPv6 address with escaped colons (\:\:1), not in brackets ([::1]).</source>
        <translation>Rida %1: pgpass-failis kirjutatakse IPv6-aadressi koolonid kurakaldkriipsuga (\:\:1), mitte nurksulgudes ([::1]).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rida %1: %2</translation>
    </message>
    <message>
        <source>Line %1: [%2]: %3</source>
        <translation>Rida %1: [%2]: %3</translation>
    </message>
    <message>
        <source>pgAdmin servers.json</source>
        <translation>pgAdmini servers.json</translation>
    </message>
    <message>
        <source>pgpass file</source>
        <translation>pgpass-fail</translation>
    </message>
    <message>
        <source>pg_service.conf</source>
        <translation>pg_service.conf</translation>
    </message>
    <message>
        <source>PG* environment variables</source>
        <translation>PG* keskkonnamuutujad</translation>
    </message>
    <message>
        <source>connection string</source>
        <translation>ühendusstring</translation>
    </message>
    <message>
        <source>not a known kind of file</source>
        <translation>tundmatut liiki fail</translation>
    </message>
    <message>
        <source>Do not put the password on the command line: other users can read it in the process list. Give it one of these ways instead: a saved connection profile that keeps it in the keychain (--profile NAME), ~/.pgpass (or the file PGPASSFILE names), or leave it out and type it when asked (the window and valvur doctor ask).</source>
        <translation>Ära kirjuta parooli käsureale: teised kasutajad näevad seda protsesside loendis. Anna see hoopis ühel neist viisidest: salvestatud ühenduse profiil, mis hoiab parooli võtmehoidjas (--profile NIMI), ~/.pgpass (või fail, mille nimetab PGPASSFILE), või jäta parool ära ja sisesta see, kui seda küsitakse (aken ja valvur doctor küsivad).</translation>
    </message>
    <message>
        <source>UseSSHTunnel is on but TunnelHost is empty.</source>
        <translation>UseSSHTunnel on sisse lülitatud, kuid TunnelHost on tühi.</translation>
    </message>
    <message>
        <source>TunnelPort is not a port from 1 to 65535.</source>
        <translation>TunnelPort ei ole port vahemikus 1–65535.</translation>
    </message>
    <message>
        <source>TunnelHost or TunnelUsername is not something ssh can connect to (spaces, or a leading &quot;-&quot;).</source>
        <translation>TunnelHost või TunnelUsername ei sobi ssh-le ühendumiseks (tühikud või algav „-“).</translation>
    </message>
    <message>
        <source>The SSH password in the file was not imported: ssh uses your keys and agent.</source>
        <translation>Failis olevat SSH-parooli ei imporditud: ssh kasutab sinu võtmeid ja agenti.</translation>
    </message>
    <message>
        <source>ssh cannot take the IPv6 address %1 together with TunnelPort %2. Give the host an alias in ~/.ssh/config (Host, HostName, Port), set UseSSHTunnel to 0 here and the alias as the profile&apos;s SSH destination.</source>
        <translation>ssh ei saa IPv6-aadressi %1 koos pordiga TunnelPort %2. Anna hostile alias failis ~/.ssh/config (Host, HostName, Port), sea siin UseSSHTunnel väärtuseks 0 ja kirjuta alias profiili SSH sihtkohaks.</translation>
    </message>
</context>
<context>
    <name>Valvur::ProfilesCommand</name>
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
    <message>
        <source>Reading %1 (%2).</source>
        <translation>Loen: %1 (%2).</translation>
    </message>
    <message>
        <source>SSH tunnel: %1 → %2</source>
        <translation>SSH-tunnel: %1 → %2</translation>
    </message>
    <message>
        <source>jump hosts: %1</source>
        <translation>vahehostid: %1</translation>
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
    <name>Valvur::RestoreInputPage</name>
    <message>
        <source>Backup to restore</source>
        <translation>Taastatav varukoopia</translation>
    </message>
    <message>
        <source>pg_restore cannot read it: %1</source>
        <translation>pg_restore ei saa seda lugeda: %1</translation>
    </message>
    <message>
        <source>(whole database)</source>
        <translation>(kogu andmebaas)</translation>
    </message>
    <message>
        <source>Format: custom (pg_restore)</source>
        <translation>Vorming: kohandatud (pg_restore)</translation>
    </message>
    <message>
        <source>Format: directory (pg_restore, parallel jobs possible)</source>
        <translation>Vorming: kataloog (pg_restore, paralleelsed tööd võimalikud)</translation>
    </message>
    <message>
        <source>Format: tar (pg_restore)</source>
        <translation>Vorming: tar (pg_restore)</translation>
    </message>
    <message>
        <source>Format: plain SQL. It runs with psql as one transaction that stops at the first error, so a failure leaves the target unchanged. Its contents cannot be picked one by one.</source>
        <translation>Vorming: tavaline SQL. See käivitatakse psql-iga ühe tehinguna, mis peatub esimese vea juures, nii et ebaõnnestumine jätab sihtkoha muutmata. Selle sisu ei saa ükshaaval valida.</translation>
    </message>
    <message>
        <source>This is a physical backup (pg_basebackup): it is restored by starting a server on a copy of it, not into a database.</source>
        <translation>See on füüsiline varukoopia (pg_basebackup): see taastatakse, käivitades serveri selle koopial, mitte andmebaasi.</translation>
    </message>
    <message>
        <source>Choose a backup file (custom, tar, plain SQL) or a directory-format backup.</source>
        <translation>Vali varukoopia fail (kohandatud, tar, tavaline SQL) või kataloogivormingus varukoopia.</translation>
    </message>
    <message>
        <source>This is not a backup Valvur can restore.</source>
        <translation>See ei ole varukoopia, mida Valvur oskab taastada.</translation>
    </message>
    <message>
        <source>Made from the database %1. Untick what you do not want to restore.</source>
        <translation>Tehtud andmebaasist %1. Eemalda linnuke sellelt, mida ei taha taastada.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varukoopia</translation>
    </message>
    <message>
        <source>The backup to restore. Valvur reads it whole before anything is changed.</source>
        <translation>Taastatav varukoopia. Valvur loeb selle enne mistahes muudatust tervenisti läbi.</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Varukoopia:</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fail…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Kaust…</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ei ole olemas.</translation>
    </message>
    <message numerus="yes">
        <source>pg_restore did not finish reading it within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>pg_restore ei lugenud seda %n sekundi jooksul läbi ja peatati.</numerusform>
            <numerusform>pg_restore ei lugenud seda %n sekundi jooksul läbi ja peatati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Valikud</translation>
    </message>
    <message>
        <source>The defaults are the safe ones: stop at the first error, all in one transaction.</source>
        <translation>Vaikevalikud on ohutud: peatu esimese vea juures, kõik ühes tehingus.</translation>
    </message>
    <message>
        <source>Stop at the first error (--exit-on-error)</source>
        <translation>Peatu esimese vea juures (--exit-on-error)</translation>
    </message>
    <message>
        <source>All in one transaction: a failure leaves the target unchanged (--single-transaction)</source>
        <translation>Kõik ühes tehingus: ebaõnnestumine jätab sihtkoha muutmata (--single-transaction)</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Paralleelsed tööd:</translation>
    </message>
    <message>
        <source>Drop existing objects first (--clean --if-exists)</source>
        <translation>Kustuta enne olemasolevad objektid (--clean --if-exists)</translation>
    </message>
    <message>
        <source>Do not restore owners (--no-owner)</source>
        <translation>Ära taasta omanikke (--no-owner)</translation>
    </message>
    <message>
        <source>A plain SQL file runs with psql -v ON_ERROR_STOP=1; the other options are for archives.</source>
        <translation>Tavaline SQL-fail käivitatakse käsuga psql -v ON_ERROR_STOP=1; ülejäänud valikud on arhiividele.</translation>
    </message>
    <message>
        <source>Parallel jobs cannot share one transaction: a failure may leave part of the backup restored.</source>
        <translation>Paralleelsed tööd ei saa jagada üht tehingut: ebaõnnestumise korral võib osa varukoopiast jääda taastatuks.</translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreResultPage</name>
    <message>
        <source>✔ Restored into %1 in %2.</source>
        <translation>✔ Taastatud andmebaasi %1, kestis %2.</translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>Esimene viga: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>The statement that failed:</source>
        <translation>Ebaõnnestunud lause:</translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreRunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Taastamine</translation>
    </message>
    <message>
        <source>Tables loaded, of those in the backup.</source>
        <translation>Laaditud tabelid varukoopias olevatest.</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Tühista taastamine</translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreSummaryPage</name>
    <message>
        <source>Valvur creates the database %1, then runs:</source>
        <translation>Valvur loob andmebaasi %1 ja käivitab seejärel:</translation>
    </message>
    <message>
        <source>Into the existing database %1, Valvur runs:</source>
        <translation>Olemasolevasse andmebaasi %1 käivitab Valvur:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>The real tool with these arguments; the password comes from a temporary pgpass file.</source>
        <translation>Päris programm nende argumentidega; parool tuleb ajutisest pgpass-failist.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Kopeeri käsk</translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreTargetPage</name>
    <message>
        <source>A database named %1 already exists; choose another name or restore into it.</source>
        <translation>Andmebaas nimega %1 on juba olemas; vali teine nimi või taasta sellesse.</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Vaatan andmebaasi %1…</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 on tühi.</translation>
    </message>
    <message>
        <source>Valvur creates the database and restores into it.</source>
        <translation>Valvur loob andmebaasi ja taastab sellesse.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sihtkoht</translation>
    </message>
    <message>
        <source>A new database is the safe choice: nothing that exists is touched.</source>
        <translation>Uus andmebaas on ohutu valik: olemasolevat ei puudutata.</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Uus andmebaas:</translation>
    </message>
    <message>
        <source>Existing database:</source>
        <translation>Olemasolev andmebaas:</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. Type its name to confirm:</source>
        <translation>
            <numerusform>Andmebaasis %1 on juba tabeleid (%n). Sellesse taastamine võib olemasolevate objektide tõttu ebaõnnestuda või selle andmeid muuta. Kinnitamiseks kirjuta selle nimi:</numerusform>
            <numerusform>Andmebaasis %1 on juba tabeleid (%n). Sellesse taastamine võib olemasolevate objektide tõttu ebaõnnestuda või selle andmeid muuta. Kinnitamiseks kirjuta selle nimi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Cannot look into %1: %2</source>
        <translation>Andmebaasi %1 ei saa vaadata: %2</translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreWizard</name>
    <message>
        <source>Restore into %1</source>
        <translation>Taastamine serverisse %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Taasta</translation>
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
    <name>Valvur::Schedule</name>
    <message>
        <source>every hour at :%1</source>
        <translation>iga tund kell :%1</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>iga päev kell %1</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <translation>iga %1 kell %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 p %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 p</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>pole veel käivitunud</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>õnnestus</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ebaõnnestus</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>jäi vahele</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>Viimane käivitus ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>no reason was recorded.</source>
        <translation>põhjust ei salvestatud.</translation>
    </message>
    <message>
        <source>No run since %1, when one was due: the computer was off, or the timer or cron line is gone or not running (valvur schedule list shows how it is run).</source>
        <translation>Alates %1, mil varukoopia oli kavas, pole ühtki käivitust olnud: arvuti oli välja lülitatud või taimer või cron&apos;i rida on kadunud või ei tööta (valvur schedule list näitab, kuidas ajakava käivitatakse).</translation>
    </message>
    <message>
        <source>The newest good backup is %1 old, past the RPO target of %2: make a backup now (valvur schedule run-now).</source>
        <translation>Uusim korras varukoopia on %1 vana, üle RPO eesmärgi %2: tee kohe varukoopia (valvur schedule run-now).</translation>
    </message>
    <message>
        <source>There is no good backup, and the schedule is older than its RPO target of %1: make a backup now (valvur schedule run-now).</source>
        <translation>Korras varukoopiat pole ja ajakava on vanem kui selle RPO eesmärk %1: tee kohe varukoopia (valvur schedule run-now).</translation>
    </message>
    <message>
        <source>The last restore drill failed: the backup may not restore. Run valvur verify --test-restore on it to see why.</source>
        <translation>Viimane taastamisharjutus ebaõnnestus: varukoopia ei pruugi taastuda. Põhjuse nägemiseks käivita sellel valvur verify --test-restore.</translation>
    </message>
    <message>
        <source>a systemd user timer (%1 in %2)</source>
        <translation>systemd kasutajataimer (%1 kaustas %2)</translation>
    </message>
    <message>
        <source>a line in the user&apos;s crontab (marked %1)</source>
        <translation>rida kasutaja crontab&apos;is (märgisega %1)</translation>
    </message>
    <message>
        <source>There is no systemd user instance and no crontab program: install cron (apt install cron) or log in to a desktop session with systemd, then save the schedule again.</source>
        <translation>Systemd kasutajaeksemplari ega crontab-programmi pole: paigalda cron (apt install cron) või logi sisse systemd-ga töölauaseanssi ja salvesta ajakava uuesti.</translation>
    </message>
    <message>
        <source>%1 failed, so the schedule will not run on its own. Save it again when that is fixed.</source>
        <translation>%1 ebaõnnestus, seega ajakava iseenesest ei käivitu. Salvesta see uuesti, kui viga on parandatud.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Teade: %1</translation>
    </message>
    <message>
        <source>the keychain did not give the profile&apos;s password (it is locked, or there is no desktop session, as under cron). Unlock the keychain at login, or run the schedule where it is available.</source>
        <translation>võtmehoidja ei andnud profiili parooli (see on lukus või töölauaseanssi pole, nagu cron&apos;i all). Ava võtmehoidja sisselogimisel või käivita ajakava seal, kus see on kättesaadav.</translation>
    </message>
    <message>
        <source>the keychain has no password for the profile. Save the password in the profile again.</source>
        <translation>võtmehoidjas pole profiili parooli. Salvesta parool profiilis uuesti.</translation>
    </message>
</context>
<context>
    <name>Valvur::ScheduleAlerts</name>
    <message>
        <source>Backups of %1 need attention</source>
        <translation>Serveri %1 varukoopiad vajavad tähelepanu</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Ajakava %1: %2</translation>
    </message>
</context>
<context>
    <name>Valvur::ScheduleCommand</name>
    <message>
        <source>--%1 wants a whole number from 1 to %2.</source>
        <translation>--%1 vajab täisarvu vahemikus 1 kuni %2.</translation>
    </message>
    <message>
        <source>There is no saved profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Salvestatud profiili „%1“ pole. Salvestatud profiilid: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puuduvad</translation>
    </message>
    <message>
        <source>Say whose backups these are: --profile NAME (a saved profile; valvur profiles list shows them).</source>
        <translation>Ütle, kelle varukoopiad need on: --profile NIMI (salvestatud profiil; valvur profiles list näitab neid).</translation>
    </message>
    <message>
        <source>Say where the backups go: --output-dir DIR.</source>
        <translation>Ütle, kuhu varukoopiad lähevad: --output-dir KAUST.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use custom, directory, plain or physical.</source>
        <translation>Tundmatu vorming „%1“: kasuta custom, directory, plain või physical.</translation>
    </message>
    <message>
        <source>Say when it runs, once: --hourly, --daily HH:MM or --weekly DAY HH:MM.</source>
        <translation>Ütle üks kord, millal see käivitub: --hourly, --daily HH:MM või --weekly PÄEV HH:MM.</translation>
    </message>
    <message>
        <source>--daily wants a time as HH:MM (24 hours), e.g. --daily 02:00.</source>
        <translation>--daily vajab kellaaega kujul HH:MM (24 tundi), nt --daily 02:00.</translation>
    </message>
    <message>
        <source>--weekly wants a day and a time, e.g. --weekly sun 03:30 (mon, tue, wed, thu, fri, sat, sun; HH:MM).</source>
        <translation>--weekly vajab päeva ja kellaaega, nt --weekly sun 03:30 (mon, tue, wed, thu, fri, sat, sun; HH:MM).</translation>
    </message>
    <message>
        <source>--rpo wants a duration such as 26h, 90m or 2d (s, m, h, d, w).</source>
        <translation>--rpo vajab kestust, nt 26h, 90m või 2d (s, m, h, d, w).</translation>
    </message>
    <message>
        <source>A restore drill needs both --drill-every N and --drill-profile P (the server the test restore runs on).</source>
        <translation>Taastamisharjutus vajab nii --drill-every N kui ka --drill-profile P (server, kus proovitaastamine tehakse).</translation>
    </message>
    <message>
        <source>There is no saved profile &quot;%1&quot; for the restore drill.</source>
        <translation>Taastamisharjutuse jaoks pole salvestatud profiili „%1“.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written to: choose another --output-dir.</source>
        <translation>Kausta %1 ei saa luua ega sinna kirjutada: vali muu --output-dir.</translation>
    </message>
    <message>
        <source>Backs up %1 %2, run by %3.</source>
        <translation>Teeb serverist %1 varukoopia %2, käivitab %3.</translation>
    </message>
    <message>
        <source>No backup schedules. Add one with valvur schedule add --profile NAME --output-dir DIR --daily 02:00.</source>
        <translation>Varukoopiate ajakavu pole. Lisa üks käsuga valvur schedule add --profile NIMI --output-dir KAUST --daily 02:00.</translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n</source>
        <translation>
            <numerusform>hoiab alles viimase %n</numerusform>
            <numerusform>hoiab alles viimased %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps %n day(s)</source>
        <translation>
            <numerusform>hoiab alles %n päeva</numerusform>
            <numerusform>hoiab alles %n päeva</numerusform>
        </translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message numerus="yes">
        <source>restore drill after every %n backup(s) on %1</source>
        <translation>
            <numerusform>taastamisharjutus pärast igat varukoopiat serveris %1</numerusform>
            <numerusform>taastamisharjutus pärast iga %n. varukoopiat serveris %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no schedule %1 (valvur schedule list shows them).</source>
        <translation>Ajakava %1 pole (valvur schedule list näitab neid).</translation>
    </message>
    <message>
        <source>Schedule %1 removed; its backups and history stay where they are.</source>
        <translation>Ajakava %1 eemaldati; selle varukoopiad ja ajalugu jäävad alles.</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>PROBLEEM</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>KORRAS</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Viimane käivitus: %1</translation>
    </message>
    <message>
        <source>Newest good backup: none (RPO %1)</source>
        <translation>Uusim korras varukoopia: puudub (RPO %1)</translation>
    </message>
    <message>
        <source>Newest good backup: %1 old (RPO %2)</source>
        <translation>Uusim korras varukoopia: %1 vana (RPO %2)</translation>
    </message>
    <message>
        <source>Last restore drill: %1, RTO %2</source>
        <translation>Viimane taastamisharjutus: %1, RTO %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>õnnestus</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ebaõnnestus</translation>
    </message>
    <message>
        <source>No backup schedules.</source>
        <translation>Varukoopiate ajakavu pole.</translation>
    </message>
    <message>
        <source>Scheduled backups run by systemd or cron, with retention, an RPO target and restore drills.</source>
        <translation>Ajastatud varukoopiad, mida käivitab systemd või cron, koos säilitusreeglite, RPO eesmärgi ja taastamisharjutustega.</translation>
    </message>
    <message>
        <source>add, list, remove ID, run-now ID or status.</source>
        <translation>add, list, remove ID, run-now ID või status.</translation>
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
        <source>Print the result as JSON on standard output.</source>
        <translation>Väljasta tulemus JSON-ina standardväljundisse.</translation>
    </message>
    <message>
        <source>add: the saved profile to back up.</source>
        <translation>add: salvestatud profiil, millest varukoopia tehakse.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>add: the folder the backups go to.</source>
        <translation>add: kaust, kuhu varukoopiad lähevad.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KAUST</translation>
    </message>
    <message>
        <source>add: custom, directory, plain or physical (default custom).</source>
        <translation>add: custom, directory, plain või physical (vaikimisi custom).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>VORMING</translation>
    </message>
    <message>
        <source>add: run every hour.</source>
        <translation>add: käivita iga tund.</translation>
    </message>
    <message>
        <source>add: run every day at this time.</source>
        <translation>add: käivita iga päev sel kellaajal.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>add: run every week on this day at a time: --weekly sun 03:30.</source>
        <translation>add: käivita iga nädal sel päeval ja kellaajal: --weekly sun 03:30.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>PÄEV</translation>
    </message>
    <message>
        <source>add: keep the last N backups.</source>
        <translation>add: hoia alles viimased N varukoopiat.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add: keep backups for N days.</source>
        <translation>add: hoia varukoopiaid alles N päeva.</translation>
    </message>
    <message>
        <source>add: the RPO target, e.g. 26h (default: one period plus 2 hours).</source>
        <translation>add: RPO eesmärk, nt 26h (vaikimisi üks periood pluss 2 tundi).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>KESTUS</translation>
    </message>
    <message>
        <source>add: a restore drill after every Nth backup.</source>
        <translation>add: taastamisharjutus pärast iga N-ndat varukoopiat.</translation>
    </message>
    <message>
        <source>add: the saved profile whose server the drills restore on.</source>
        <translation>add: salvestatud profiil, mille serverisse harjutuste ajal taastatakse.</translation>
    </message>
    <message>
        <source>Say what to do: valvur schedule add, list, remove ID, run-now ID or status.</source>
        <translation>Ütle, mida teha: valvur schedule add, list, remove ID, run-now ID või status.</translation>
    </message>
    <message>
        <source>add takes no other words: %1</source>
        <translation>add ei võta muid sõnu: %1</translation>
    </message>
    <message>
        <source>%1 takes no other words.</source>
        <translation>%1 ei võta muid sõnu.</translation>
    </message>
    <message>
        <source>Say which schedule: valvur schedule %1 ID (valvur schedule list shows them).</source>
        <translation>Ütle, milline ajakava: valvur schedule %1 ID (valvur schedule list näitab neid).</translation>
    </message>
    <message>
        <source>The test restore&apos;s row counts differ from the source&apos;s.</source>
        <translation>Proovitaastamise ridade arvud erinevad allika omadest.</translation>
    </message>
    <message>
        <source>Could not write the schedule&apos;s history %1.</source>
        <translation>Ajakava ajalugu %1 ei õnnestunud kirjutada.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Varukoopia kirjutatud: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Removed by retention: %1</source>
        <translation>Säilitusreegli järgi eemaldatud: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore drill: restored in %1 (the measured RTO); row counts equal in %n table(s).</source>
        <translation>
            <numerusform>Taastamisharjutus: taastati %1 jooksul (mõõdetud RTO); ridade arvud võrdsed %n tabelis.</numerusform>
            <numerusform>Taastamisharjutus: taastati %1 jooksul (mõõdetud RTO); ridade arvud võrdsed %n tabelis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Ajastatud varukoopia ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Retention could not remove %1.</source>
        <translation>Säilitusreegel ei saanud eemaldada: %1.</translation>
    </message>
    <message>
        <source>The restore drill failed: %1</source>
        <translation>Taastamisharjutus ebaõnnestus: %1</translation>
    </message>
</context>
<context>
    <name>Valvur::ScheduleDialog</name>
    <message>
        <source>New backup schedule</source>
        <translation>Uus varukoopiate ajakava</translation>
    </message>
    <message>
        <source>Backup schedule %1</source>
        <translation>Varukoopiate ajakava %1</translation>
    </message>
    <message>
        <source>Custom (pg_dump)</source>
        <translation>Kohandatud (pg_dump)</translation>
    </message>
    <message>
        <source>Directory (pg_dump)</source>
        <translation>Kataloog (pg_dump)</translation>
    </message>
    <message>
        <source>Plain SQL (pg_dump)</source>
        <translation>Tavaline SQL (pg_dump)</translation>
    </message>
    <message>
        <source>Physical (pg_basebackup)</source>
        <translation>Füüsiline (pg_basebackup)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Iga tund</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Iga päev</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Iga nädal</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>piiranguta</translation>
    </message>
    <message>
        <source>e.g. 26h, 90m, 2d</source>
        <translation>nt 26h, 90m, 2d</translation>
    </message>
    <message>
        <source>no drills</source>
        <translation>harjutusteta</translation>
    </message>
    <message>
        <source>Server profile:</source>
        <translation>Serveri profiil:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Vorming:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Kaust:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Käivitub:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Hoia alles viimased:</translation>
    </message>
    <message>
        <source>Keep for days:</source>
        <translation>Hoia alles päevi:</translation>
    </message>
    <message>
        <source>RPO target:</source>
        <translation>RPO eesmärk:</translation>
    </message>
    <message>
        <source>Restore drill after every Nth backup:</source>
        <translation>Taastamisharjutus pärast iga N-ndat varukoopiat:</translation>
    </message>
    <message>
        <source>Drill on server:</source>
        <translation>Harjutuse server:</translation>
    </message>
    <message>
        <source>Save a connection profile first: a schedule backs up a saved server.</source>
        <translation>Salvesta kõigepealt ühenduse profiil: ajakava teeb varukoopiaid salvestatud serverist.</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to (a full path).</source>
        <translation>Vali kaust, kuhu varukoopiad lähevad (täielik tee).</translation>
    </message>
    <message>
        <source>The RPO target is a duration such as 26h, 90m or 2d.</source>
        <translation>RPO eesmärk on kestus, nt 26h, 90m või 2d.</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Varukoopiate kaust</translation>
    </message>
</context>
<context>
    <name>Valvur::ScheduleSection</name>
    <message>
        <source>Saved. Runs by %1.</source>
        <translation>Salvestatud. Käivitab %1.</translation>
    </message>
    <message>
        <source>Backup schedules</source>
        <translation>Varukoopiate ajakavad</translation>
    </message>
    <message>
        <source>Server and time</source>
        <translation>Server ja aeg</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Viimane käivitus</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Uusim korras varukoopia</translation>
    </message>
    <message>
        <source>Last drill RTO</source>
        <translation>Viimase harjutuse RTO</translation>
    </message>
    <message>
        <source>Add schedule…</source>
        <translation>Lisa ajakava…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muuda…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eemalda…</translation>
    </message>
    <message>
        <source>No schedules. A schedule makes backups on its own, with systemd or cron, even while Valvur is closed.</source>
        <translation>Ajakavu pole. Ajakava teeb varukoopiaid ise, systemd või cron&apos;i abil, ka siis, kui Valvur on suletud.</translation>
    </message>
    <message>
        <source>none (RPO %1)</source>
        <translation>puudub (RPO %1)</translation>
    </message>
    <message>
        <source>%1 old (RPO %2)</source>
        <translation>%1 vana (RPO %2)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ebaõnnestus</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The schedule was not saved: another change is still being written. Try again.</source>
        <translation>Ajakava ei salvestatud: eelmist muudatust alles kirjutatakse. Proovi uuesti.</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>Ajakava salvestamine…</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Eemalda ajakava</translation>
    </message>
    <message>
        <source>Remove the backup schedule %1? Its timer or crontab line is removed; the backups it made and its history stay.</source>
        <translation>Kas eemaldada varukoopiate ajakava %1? Selle taimer või crontab&apos;i rida eemaldatakse; tehtud varukoopiad ja ajalugu jäävad alles.</translation>
    </message>
    <message>
        <source>Removing the schedule…</source>
        <translation>Ajakava eemaldamine…</translation>
    </message>
</context>
<context>
    <name>Valvur::ServerChooser</name>
    <message>
        <source>No server: connect to one, or save a connection profile first.</source>
        <translation>Serverit pole: ühendu mõnega või salvesta enne ühenduse profiil.</translation>
    </message>
    <message>
        <source>Current connection: %1</source>
        <translation>Praegune ühendus: %1</translation>
    </message>
    <message>
        <source>%1 (current connection)</source>
        <translation>%1 (praegune ühendus)</translation>
    </message>
    <message>
        <source>This profile keeps its password in the system keychain.</source>
        <translation>Selle profiili parool on süsteemi võtmehoidjas.</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the system keychain…</source>
        <translation>Loen profiili %1 parooli süsteemi võtmehoidjast…</translation>
    </message>
    <message>
        <source>The system keychain has no password for %1.</source>
        <translation>Süsteemi võtmehoidjas pole profiili %1 parooli.</translation>
    </message>
    <message>
        <source>No system keychain answered, so this password is used for this wizard only and is not saved.</source>
        <translation>Ükski süsteemi võtmehoidja ei vastanud, seega kasutatakse seda parooli ainult selles nõustajas ja seda ei salvestata.</translation>
    </message>
    <message>
        <source>This profile asks for its password each time.</source>
        <translation>See profiil küsib parooli iga kord.</translation>
    </message>
    <message>
        <source>Password for %1 (leave it empty if the server needs none):</source>
        <translation>Parool (%1); jäta tühjaks, kui server parooli ei nõua:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ühendun: %1…</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Server vastas: %1</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ü&amp;hendu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Cannot list the databases: %1</source>
        <translation>Andmebaase ei saa loetleda: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n database(s).</source>
        <translation>
            <numerusform>Ühendatud: %n andmebaas.</numerusform>
            <numerusform>Ühendatud: %n andmebaasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SSH tunnel to %1 dropped; trying again in %n s…</source>
        <translation>
            <numerusform>SSH-tunnel hostini %1 katkes; uus katse %n sekundi pärast…</numerusform>
            <numerusform>SSH-tunnel hostini %1 katkes; uus katse %n sekundi pärast…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the SSH tunnel to %1…</source>
        <translation>Avan SSH-tunnelit hostini %1…</translation>
    </message>
    <message>
        <source>%1 through the SSH host %2</source>
        <translation>%1 SSH-hosti %2 kaudu</translation>
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
    <message>
        <source>Import connection profiles</source>
        <translation>Impordi ühenduse profiilid</translation>
    </message>
    <message>
        <source>pgAdmin servers.json, pgpass, pg_service.conf (*)</source>
        <translation>pgAdmini servers.json, pgpass, pg_service.conf (*)</translation>
    </message>
    <message>
        <source>Export connection profiles</source>
        <translation>Ekspordi ühenduse profiilid</translation>
    </message>
    <message>
        <source>pgAdmin servers.json (*.json)</source>
        <translation>pgAdmini servers.json (*.json)</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Lisatud: %1</translation>
    </message>
    <message>
        <source>Already there: %1 (the same as &quot;%2&quot;)</source>
        <translation>Juba olemas: %1 (sama mis „%2“)</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n lisatud</numerusform>
            <numerusform>%n lisatud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n juba olemas</numerusform>
            <numerusform>%n juba olemas</numerusform>
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
        <source>Nothing was added: fix the file and import it again.</source>
        <translation>Midagi ei lisatud: paranda fail ja impordi see uuesti.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s) to %1, without passwords.</source>
        <translation>
            <numerusform>Faili %1 kirjutati %n profiil, paroolideta.</numerusform>
            <numerusform>Faili %1 kirjutati %n profiili, paroolideta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import connection profiles…</source>
        <translation>&amp;Impordi ühenduse profiilid…</translation>
    </message>
    <message>
        <source>E&amp;xport connection profiles…</source>
        <translation>Ekspordi ühenduse &amp;profiilid…</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Konteiner</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; is gone. The list shows the containers there are now.</source>
        <translation>Konteinerit „%1“ enam pole. Loend näitab praegu olemasolevaid konteinereid.</translation>
    </message>
    <message>
        <source>Cannot connect to the container</source>
        <translation>Konteineriga ei saa ühendust</translation>
    </message>
    <message>
        <source>Save as connection profile</source>
        <translation>Salvesta ühendusprofiilina</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH-tunnel</translation>
    </message>
    <message>
        <source>SSH passphrase not saved</source>
        <translation>SSH-võtme salasõna jäi salvestamata</translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the key passphrase or SSH password of &quot;%2&quot; was not saved anywhere. ssh can still use your agent or a key without a passphrase.</source>
        <translation>Ükski süsteemi võtmehoidja ei vastanud (%1), seega profiili „%2“ võtme salasõna või SSH-parooli ei salvestatud kuhugi. ssh saab endiselt kasutada sinu agenti või salasõnata võtit.</translation>
    </message>
</context>
<context>
    <name>Valvur::SessionState</name>
    <message>
        <source>active</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>jõude</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <translation>jõude tehingus</translation>
    </message>
    <message>
        <source>idle in transaction (aborted)</source>
        <translation>jõude tehingus (katkestatud)</translation>
    </message>
    <message>
        <source>fastpath function call</source>
        <translation>fastpath-funktsiooni kutse</translation>
    </message>
    <message>
        <source>disabled (track_activities is off)</source>
        <translation>välja lülitatud (track_activities on off)</translation>
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
    <name>Valvur::ShowCommandDialog</name>
    <message>
        <source>Show command</source>
        <translation>Näita käsku</translation>
    </message>
    <message>
        <source>The same in a terminal (%1):</source>
        <translation>Sama terminalis (%1):</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Kopeeri käsk</translation>
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
    <name>Valvur::SignalConfirmDialog</name>
    <message>
        <source>Terminate sessions</source>
        <translation>Lõpeta seansid</translation>
    </message>
    <message>
        <source>Cancel queries</source>
        <translation>Tühista päringud</translation>
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
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>This is a production server. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>See on toodangu server. Kinnitamiseks kirjuta andmebaasi nimi &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ära tee midagi</translation>
    </message>
    <message numerus="yes">
        <source>Terminate sessions (%n)</source>
        <translation>
            <numerusform>Lõpeta seanss (%n)</numerusform>
            <numerusform>Lõpeta seansid (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel queries (%n)</source>
        <translation>
            <numerusform>Tühista päring (%n)</numerusform>
            <numerusform>Tühista päringud (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate the sessions listed below (%n) with pg_terminate_backend? Each connection is closed: its running query stops, an open transaction is rolled back and the client sees its connection break.</source>
        <translation>
            <numerusform>Kas lõpetada allpool loetletud seanss (%n) käsuga pg_terminate_backend? Ühendus suletakse: käimasolev päring peatub, avatud tehing tühistatakse ja klient näeb, et ühendus katkes.</numerusform>
            <numerusform>Kas lõpetada allpool loetletud seansid (%n) käsuga pg_terminate_backend? Iga ühendus suletakse: käimasolev päring peatub, avatud tehing tühistatakse ja klient näeb, et ühendus katkes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the running queries of the sessions listed below (%n) with pg_cancel_backend? Each query stops with an error and its transaction is rolled back; the session stays connected.</source>
        <translation>
            <numerusform>Kas tühistada allpool loetletud seansi (%n) käimasolev päring käsuga pg_cancel_backend? Päring lõpeb veaga ja selle tehing tühistatakse; seanss jääb ühendatuks.</numerusform>
            <numerusform>Kas tühistada allpool loetletud seansside (%n) käimasolevad päringud käsuga pg_cancel_backend? Iga päring lõpeb veaga ja selle tehing tühistatakse; seanss jääb ühendatuks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::SignalOutcome</name>
    <message>
        <source>PID %1: the session was terminated.</source>
        <translation>PID %1: seanss lõpetati.</translation>
    </message>
    <message>
        <source>PID %1: the query was cancelled.</source>
        <translation>PID %1: päring tühistati.</translation>
    </message>
    <message>
        <source>PID %1: already gone: the session ended before the request reached it.</source>
        <translation>PID %1: juba kadunud: seanss lõppes enne, kui käsk temani jõudis.</translation>
    </message>
    <message>
        <source>PID %1: not touched: the PID now belongs to another session, which started after the one you saw.</source>
        <translation>PID %1: puutumata: see PID kuulub nüüd teisele seansile, mis algas pärast seda, mida sa nägid.</translation>
    </message>
    <message>
        <source>PID %1: not touched: this is Valvur&apos;s own monitoring session.</source>
        <translation>PID %1: puutumata: see on Valvuri enda jälgimisseanss.</translation>
    </message>
    <message>
        <source>PID %1: not permitted: the session belongs to a superuser (or is a server process), and only a superuser may signal it.</source>
        <translation>PID %1: pole lubatud: seanss kuulub superkasutajale (või on serveri protsess) ja sellele saab signaali saata ainult superkasutaja.</translation>
    </message>
    <message>
        <source>PID %1: not permitted: you may signal only sessions of your own role, unless your role is a member of pg_signal_backend.</source>
        <translation>PID %1: pole lubatud: sa võid signaali saata ainult oma rolli seanssidele, kui sinu roll pole pg_signal_backend liige.</translation>
    </message>
    <message>
        <source>PID %1: not touched: you cannot see when this session started (that needs pg_read_all_stats), so it cannot be told apart from a new session with the same PID.</source>
        <translation>PID %1: puutumata: sa ei näe, millal see seanss algas (selleks on vaja pg_read_all_stats), seega ei saa seda eristada uuest seansist sama PID-iga.</translation>
    </message>
    <message>
        <source>PID %1: the server did not send the signal: it is not a PostgreSQL backend process.</source>
        <translation>PID %1: server ei saatnud signaali: see pole PostgreSQL-i taustaprotsess.</translation>
    </message>
    <message>
        <source>PID %1: not done: %2</source>
        <translation>PID %1: tegemata: %2</translation>
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
    <message>
        <source>locked by PID %1</source>
        <translation>lukus (PID %1)</translation>
    </message>
    <message>
        <source>Session %1 holds or waits for an ACCESS EXCLUSIVE lock on this table (ALTER TABLE, VACUUM FULL, TRUNCATE, REINDEX…). Reading the size would wait for that lock, so it is read again once the lock is gone. The Locks page shows the session.</source>
        <translation>Seanss %1 hoiab või ootab selle tabeli ACCESS EXCLUSIVE lukku (ALTER TABLE, VACUUM FULL, TRUNCATE, REINDEX…). Suuruse lugemine peaks seda lukku ootama, seega loetakse suurus uuesti, kui lukk on vabanenud. Leht Lukud näitab seda seanssi.</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Lukustaja</translation>
    </message>
</context>
<context>
    <name>Valvur::Ssh</name>
    <message>
        <source>The ssh program was not found: the tunnel needs OpenSSH&apos;s client.</source>
        <translation>Programmi ssh ei leitud: tunnel vajab OpenSSH klienti.</translation>
    </message>
    <message>
        <source>The SSH host is not known yet: its key is not in known_hosts.</source>
        <translation>SSH-host on veel tundmatu: tema võtit pole failis known_hosts.</translation>
    </message>
    <message>
        <source>The SSH host&apos;s key has changed: the connection was refused to protect you.</source>
        <translation>SSH-hosti võti on muutunud: ühendusest keelduti sinu kaitseks.</translation>
    </message>
    <message>
        <source>The SSH host did not accept your key or password.</source>
        <translation>SSH-host ei võtnud sinu võtit ega parooli vastu.</translation>
    </message>
    <message>
        <source>The SSH host cannot be reached.</source>
        <translation>SSH-hostini ei jõua.</translation>
    </message>
    <message>
        <source>The SSH connection works, but the SSH host cannot reach the database.</source>
        <translation>SSH-ühendus töötab, kuid SSH-host ei jõua andmebaasini.</translation>
    </message>
    <message>
        <source>The SSH tunnel could not be opened.</source>
        <translation>SSH-tunnelit ei õnnestunud avada.</translation>
    </message>
    <message>
        <source>Install the OpenSSH client: sudo apt install openssh-client.</source>
        <translation>Paigalda OpenSSH klient: sudo apt install openssh-client.</translation>
    </message>
    <message>
        <source>If ssh is installed elsewhere, name it in the VALVUR_SSH environment variable.</source>
        <translation>Kui ssh on paigaldatud mujale, anna selle asukoht keskkonnamuutujas VALVUR_SSH.</translation>
    </message>
    <message>
        <source>The host offers the key %2. Compare it with the fingerprint the host&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host).</source>
        <translation>Host pakub võtit %2. Võrdle seda sõrmejäljega, mille annab hosti administraator (hostis ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <source>If it matches, accept it once in a terminal: ssh %1 (answer yes), then try again.</source>
        <translation>Kui see klapib, nõustu sellega üks kord terminalis: ssh %1 (vasta yes), ja proovi siis uuesti.</translation>
    </message>
    <message>
        <source>Someone may be in the middle, or the host was reinstalled. Ask the host&apos;s administrator before you trust the new key.</source>
        <translation>Keegi võib olla vahel või on host uuesti paigaldatud. Küsi hosti administraatorilt, enne kui uut võtit usaldad.</translation>
    </message>
    <message>
        <source>Only when the change is confirmed: remove the old key with ssh-keygen -R HOST and connect again with ssh %1.</source>
        <translation>Alles siis, kui muutus on kinnitatud: eemalda vana võti käsuga ssh-keygen -R HOST ja ühendu uuesti käsuga ssh %1.</translation>
    </message>
    <message>
        <source>Check the user and the key: ssh -v %1 shows which keys are offered and refused.</source>
        <translation>Kontrolli kasutajat ja võtit: ssh -v %1 näitab, milliseid võtmeid pakutakse ja millest keeldutakse.</translation>
    </message>
    <message>
        <source>Is your public key in ~/.ssh/authorized_keys of that user on the host? ssh-copy-id %1 puts it there.</source>
        <translation>Kas sinu avalik võti on hostis selle kasutaja failis ~/.ssh/authorized_keys? ssh-copy-id %1 paneb selle sinna.</translation>
    </message>
    <message>
        <source>A key with a passphrase needs the SSH agent (ssh-add) or the passphrase saved in the keychain with the profile.</source>
        <translation>Paroolifraasiga võti vajab SSH agenti (ssh-add) või profiiliga võtmehoidjasse salvestatud paroolifraasi.</translation>
    </message>
    <message>
        <source>Check the host name and port of %1 (ssh -G %1 shows what ssh uses).</source>
        <translation>Kontrolli hosti %1 nime ja porti (ssh -G %1 näitab, mida ssh kasutab).</translation>
    </message>
    <message>
        <source>Is sshd running there, and does a firewall let the SSH port through? Try ssh %1 in a terminal.</source>
        <translation>Kas sshd seal töötab ja kas tulemüür laseb SSH-pordi läbi? Proovi terminalis ssh %1.</translation>
    </message>
    <message>
        <source>Behind a bastion host? Add it as a jump host to the profile (ssh -J).</source>
        <translation>Kas host on vahehosti (bastioni) taga? Lisa see profiilile vahehostiks (ssh -J).</translation>
    </message>
    <message>
        <source>Check the database host and port, or the socket directory, as the SSH host sees them: on the host, pg_isready -h HOST -p PORT.</source>
        <translation>Kontrolli andmebaasi hosti ja porti või soklikataloogi nii, nagu SSH-host neid näeb: hostis pg_isready -h HOST -p PORT.</translation>
    </message>
    <message>
        <source>The SSH server may forbid forwarding: AllowTcpForwarding and AllowStreamLocalForwarding in its sshd_config.</source>
        <translation>SSH-server võib edasisuunamise keelata: vaata tema sshd_config-is valikuid AllowTcpForwarding ja AllowStreamLocalForwarding.</translation>
    </message>
    <message>
        <source>Read ssh&apos;s message above; ssh -v %1 in a terminal shows more.</source>
        <translation>Loe ssh teadet ülal; ssh -v %1 terminalis näitab rohkem.</translation>
    </message>
    <message>
        <source>Valvur does not answer this question of ssh for you: %1</source>
        <translation>Valvur ei vasta sinu eest sellele ssh küsimusele: %1</translation>
    </message>
    <message>
        <source>The keychain holds no SSH passphrase or password for this profile: save it with the profile, or load the key into the SSH agent (ssh-add).</source>
        <translation>Võtmehoidjas pole selle profiili SSH paroolifraasi ega parooli: salvesta see profiiliga või laadi võti SSH agenti (ssh-add).</translation>
    </message>
</context>
<context>
    <name>Valvur::SshTunnelBox</name>
    <message>
        <source>SSH tunne&amp;l</source>
        <translation>SSH-tunne&amp;l</translation>
    </message>
    <message>
        <source>Dest&amp;ination:</source>
        <translation>Sih&amp;tkoht:</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>Vah&amp;ehostid:</translation>
    </message>
    <message>
        <source>Data&amp;base host:</source>
        <translation>Andme&amp;baasi host:</translation>
    </message>
    <message>
        <source>Unix socket director&amp;y:</source>
        <translation>Uni&amp;xi sokli kataloog:</translation>
    </message>
    <message>
        <source>Re&amp;mote port:</source>
        <translation>And&amp;mebaasi port:</translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation>Võtme&amp;fail:</translation>
    </message>
    <message>
        <source>alias from ~/.ssh/config or user@host:port</source>
        <translation>alias failist ~/.ssh/config või kasutaja@host:port</translation>
    </message>
    <message>
        <source>optional, comma-separated: bastion, user@host2:2222</source>
        <translation>valikuline, komadega eraldatud: bastion, kasutaja@host2:2222</translation>
    </message>
    <message>
        <source>localhost (as the SSH host sees it)</source>
        <translation>localhost (nagu SSH-host seda näeb)</translation>
    </message>
    <message>
        <source>optional: ssh&apos;s own choice (agent, ~/.ssh/config)</source>
        <translation>valikuline: ssh valib ise (agent, ~/.ssh/config)</translation>
    </message>
    <message>
        <source>Valvur runs your system&apos;s ssh, so your own ~/.ssh/config, agent, keys and known_hosts apply exactly as on the terminal. The database host and port are as the SSH host sees them.</source>
        <translation>Valvur käivitab süsteemi enda ssh-i, nii et sinu ~/.ssh/config, agent, võtmed ja known_hosts kehtivad täpselt nagu terminalis. Andmebaasi host ja port on need, mida näeb SSH-host.</translation>
    </message>
    <message>
        <source>Key passphrase or pass&amp;word:</source>
        <translation>V&amp;õtme salasõna või SSH-parool:</translation>
    </message>
    <message>
        <source>saved in the keychain; leave empty to keep it</source>
        <translation>salvestatud võtmehoidjasse; jäta tühjaks, et seda hoida</translation>
    </message>
    <message>
        <source>optional: kept in the system keychain only, for ssh to ask</source>
        <translation>valikuline: hoitakse ainult süsteemi võtmehoidjas, kust ssh seda küsib</translation>
    </message>
</context>
<context>
    <name>Valvur::SshTunnelForm</name>
    <message>
        <source>it contains a space</source>
        <translation>selles on tühik</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;, which ssh would read as an option</source>
        <translation>see algab märgiga „-“, mida ssh loeks käsurea võtmeks</translation>
    </message>
    <message>
        <source>it is not an alias or user@host:port with a port from 1 to 65535</source>
        <translation>see ei ole alias ega kasutaja@host:port pordiga vahemikus 1–65535</translation>
    </message>
    <message>
        <source>Give the SSH destination: an alias from ~/.ssh/config or user@host:port.</source>
        <translation>Anna SSH sihtkoht: alias failist ~/.ssh/config või kasutaja@host:port.</translation>
    </message>
    <message>
        <source>The SSH destination &quot;%1&quot; cannot be used: %2. Write an alias from ~/.ssh/config or user@host:port.</source>
        <translation>SSH sihtkohta „%1“ ei saa kasutada: %2. Kirjuta alias failist ~/.ssh/config või kasutaja@host:port.</translation>
    </message>
    <message>
        <source>The jump host &quot;%1&quot; cannot be used: %2. Separate jump hosts with commas.</source>
        <translation>Vahehosti „%1“ ei saa kasutada: %2. Eralda vahehostid komadega.</translation>
    </message>
    <message>
        <source>The database host &quot;%1&quot; must be one host name or address, as the SSH host sees it (empty: localhost).</source>
        <translation>Andmebaasi host „%1“ peab olema üks hostinimi või aadress, nagu SSH-host seda näeb (tühi: localhost).</translation>
    </message>
    <message>
        <source>Give the Unix socket directory on the SSH host, for example /var/run/postgresql.</source>
        <translation>Anna Unixi sokli kataloog SSH-hostis, näiteks /var/run/postgresql.</translation>
    </message>
    <message>
        <source>The Unix socket directory must be an absolute path on the SSH host, for example /var/run/postgresql.</source>
        <translation>Unixi sokli kataloog peab olema absoluutne tee SSH-hostis, näiteks /var/run/postgresql.</translation>
    </message>
    <message>
        <source>The database port &quot;%1&quot; is not a port: give a number from 1 to 65535 (empty: 5432).</source>
        <translation>Andmebaasi port „%1“ ei ole port: anna arv vahemikus 1–65535 (tühi: 5432).</translation>
    </message>
    <message>
        <source>ssh takes no port with an IPv6 address here; give the host an alias in ~/.ssh/config (Host, HostName, Port)</source>
        <translation>ssh ei võta siin IPv6-aadressiga koos porti; anna hostile alias failis ~/.ssh/config (Host, HostName, Port)</translation>
    </message>
</context>
<context>
    <name>Valvur::ToolProgressView</name>
    <message>
        <source>Tables: %1 of %2</source>
        <translation>Tabelid: %1 / %2</translation>
    </message>
    <message>
        <source>Tables: counting…</source>
        <translation>Tabelid: loendan…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Kirjutatud: %1</translation>
    </message>
    <message>
        <source>Elapsed: %1, about %2 left</source>
        <translation>Kulunud: %1, jäänud umbes %2</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Kulunud: %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logi</translation>
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
<context>
    <name>Valvur::ZoomLevel</name>
    <message>
        <source>The zoom &quot;%1&quot; is not a percentage from %2 to %3: give e.g. --zoom 150.</source>
        <translation>Suurendus „%1“ ei ole protsent vahemikus %2 kuni %3: anna näiteks --zoom 150.</translation>
    </message>
</context>
</TS>
