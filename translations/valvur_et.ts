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
    <message>
        <source>This is Valvur&apos;s own session: it cannot be cancelled or terminated from here.</source>
        <translation>See on Valvuri enda seanss: siit ei saa seda tühistada ega lõpetada.</translation>
    </message>
    <message>
        <source>Waits for a lock held by %1.</source>
        <translation>Ootab lukku, mida hoiab %1.</translation>
    </message>
    <message numerus="yes">
        <source>The query has been running for longer than %n second(s).</source>
        <translation>
            <numerusform>Päring on kestnud kauem kui %n sekund.</numerusform>
            <numerusform>Päring on kestnud kauem kui %n sekundit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle in transaction for longer than %n second(s): it holds its locks and keeps VACUUM from cleaning up.</source>
        <translation>
            <numerusform>Jõude tehingus kauem kui %n sekund: seanss hoiab oma lukke ja takistab VACUUM-il koristamast.</numerusform>
            <numerusform>Jõude tehingus kauem kui %n sekundit: seanss hoiab oma lukke ja takistab VACUUM-il koristamast.</numerusform>
        </translation>
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
        <source>Mark queries longer than</source>
        <translation>Märgi päringud, mis kestavad üle</translation>
    </message>
    <message>
        <source>idle in transaction longer than</source>
        <translation>jõude tehingus üle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 / %n seanss</numerusform>
            <numerusform>%1 / %n seanssi</numerusform>
        </translation>
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
        <source>Close %n session(s) (pg_terminate_backend): an open transaction is rolled back.</source>
        <translation>
            <numerusform>Sulge %n seanss (pg_terminate_backend): avatud tehing tühistatakse.</numerusform>
            <numerusform>Sulge %n seanssi (pg_terminate_backend): avatud tehingud tühistatakse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop the running query of %n session(s) (pg_cancel_backend); they stay connected.</source>
        <translation>
            <numerusform>Peata %n seansi käimasolev päring (pg_cancel_backend); seanss jääb ühendatuks.</numerusform>
            <numerusform>Peata %n seansi käimasolevad päringud (pg_cancel_backend); seansid jäävad ühendatuks.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>Lõpeta %n seanss</numerusform>
            <numerusform>Lõpeta %n seanssi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n query(s)</source>
        <translation>
            <numerusform>Tühista %n päring</numerusform>
            <numerusform>Tühista %n päringut</numerusform>
        </translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ära tee midagi</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s) (pg_terminate_backend)? Each connection is closed: its running query stops, an open transaction is rolled back and the client sees its connection break.</source>
        <translation>
            <numerusform>Kas lõpetada %n seanss (pg_terminate_backend)? Ühendus suletakse: käimasolev päring peatub, avatud tehing tühistatakse ja klient näeb, et ühendus katkes.</numerusform>
            <numerusform>Kas lõpetada %n seanssi (pg_terminate_backend)? Iga ühendus suletakse: käimasolev päring peatub, avatud tehing tühistatakse ja klient näeb, et ühendus katkes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the running query of %n session(s) (pg_cancel_backend)? The query stops with an error and its transaction is rolled back; the session stays connected.</source>
        <translation>
            <numerusform>Kas tühistada %n seansi käimasolev päring (pg_cancel_backend)? Päring lõpeb veaga ja selle tehing tühistatakse; seanss jääb ühendatuks.</numerusform>
            <numerusform>Kas tühistada %n seansi käimasolevad päringud (pg_cancel_backend)? Päringud lõpevad veaga ja nende tehingud tühistatakse; seansid jäävad ühendatuks.</numerusform>
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
</TS>
