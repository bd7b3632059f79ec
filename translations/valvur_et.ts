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
        <source>The file does not start like a pg_dump plain SQL dump.</source>
        <translation>Fail ei alga nagu pg_dumpi tavaline SQL-tõmmis.</translation>
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
        <source>Cannot write to the folder %1 (permission denied).</source>
        <translation>Kausta %1 ei saa kirjutada (õigused puuduvad).</translation>
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
        <source>Not enough free space in %1: %2 free, the database takes %3. Choose another folder or free some space.</source>
        <translation>Kaustas %1 ei ole piisavalt vaba ruumi: vaba on %2, andmebaas võtab %3. Vali teine kaust või vabasta ruumi.</translation>
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
        <source>Cannot create a temporary password file in %1.</source>
        <translation>Kausta %1 ei saa luua ajutist paroolifaili.</translation>
    </message>
    <message>
        <source># the password comes from a temporary pgpass file (PGPASSFILE), line *:*:*:*:***</source>
        <translation># parool tuleb ajutisest pgpass-failist (PGPASSFILE), rida *:*:*:*:***</translation>
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
        <source>base.tar is there (pg_verifybackup cannot read tar backups; use a test restore).</source>
        <translation>base.tar on olemas (pg_verifybackup ei oska tar-varukoopiaid lugeda; tee proovitaastamine).</translation>
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
        <source>pg_verifybackup checked every file against the backup manifest.</source>
        <translation>pg_verifybackup kontrollis iga faili varukoopia manifesti järgi.</translation>
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
        <source>A test restore of a physical backup means starting a server on a copy of it; Valvur does this for logical backups only.</source>
        <translation>Füüsilise varukoopia proovitaastamine tähendab serveri käivitamist selle koopial; Valvur teeb proovitaastamist ainult loogilistele varukoopiatele.</translation>
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
    <message numerus="yes">
        <source>pg_restore read the whole archive (entries: %n).</source>
        <translation>
            <numerusform>pg_restore luges kogu arhiivi läbi (kirjeid: %n).</numerusform>
            <numerusform>pg_restore luges kogu arhiivi läbi (kirjeid: %n).</numerusform>
        </translation>
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
        <source>Give the server as one connection string or URI, e.g. &quot;host=localhost port=5432 user=postgres dbname=app&quot; or postgresql://postgres@localhost/app. The password comes from ~/.pgpass (or PGPASSFILE), never from the command line.</source>
        <translation>Anna server ühe ühendusstringi või URI-na, näiteks &quot;host=localhost port=5432 user=postgres dbname=app&quot; või postgresql://postgres@localhost/app. Parool tuleb failist ~/.pgpass (või PGPASSFILE), mitte kunagi käsurealt.</translation>
    </message>
    <message>
        <source>This is not a valid connection string or URI: %1</source>
        <translation>See ei ole korrektne ühendusstring ega URI: %1</translation>
    </message>
    <message>
        <source>Do not put the password on the command line (other users can read it in the process list): put it in ~/.pgpass or a file named by PGPASSFILE.</source>
        <translation>Ära pane parooli käsureale (teised kasutajad näevad seda protsesside loendis): pane see faili ~/.pgpass või PGPASSFILE-iga nimetatud faili.</translation>
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
        <source>Connection string or URI of the database to back up.</source>
        <translation>Varundatava andmebaasi ühendusstring või URI.</translation>
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
        <source>Connection string or URI of the server to restore into.</source>
        <translation>Selle serveri ühendusstring või URI, kuhu taastada.</translation>
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
        <source>Restore into a scratch database on this server (connection string or URI), compare row counts with the source, drop it.</source>
        <translation>Taasta selle serveri ajutisse andmebaasi (ühendusstring või URI), võrdle ridade arvu lähtega ja kustuta see.</translation>
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
        <source>You may not write to this folder.</source>
        <translation>Sul ei ole õigust sellesse kausta kirjutada.</translation>
    </message>
    <message>
        <source>Free space: %1; the database takes %2 on the server.</source>
        <translation>Vaba ruum: %1; andmebaas võtab serveris %2.</translation>
    </message>
    <message>
        <source>Not enough free space: %1 free, the database takes %2. Choose another folder.</source>
        <translation>Vaba ruumi ei ole piisavalt: vaba on %1, andmebaas võtab %2. Vali teine kaust.</translation>
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
        <source>Cannot list the databases: %1</source>
        <translation>Andmebaase ei saa loetleda: %1</translation>
    </message>
    <message>
        <source>Size on the server: %1</source>
        <translation>Suurus serveris: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Which database to back up. A physical backup copies the whole server, whatever database you pick here.</source>
        <translation>Millisest andmebaasist varukoopia teha. Füüsiline varukoopia kopeerib kogu serveri, olenemata siin valitud andmebaasist.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Andmebaas:</translation>
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
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Tee varukoopia…</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>T&amp;aasta…</translation>
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
</TS>
