<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Valvur::Backup</name>
    <message numerus="yes">
        <source>pg_restore read the whole archive (entries: %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupCommand</name>
    <message numerus="yes">
        <source>Row counts equal those of %1 (tables: %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupResultPage</name>
    <message numerus="yes">
        <source>Test restore took %1 (the measured RTO); row counts equal the source (tables: %n); the scratch database was dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupSummaryPage</name>
    <message numerus="yes">
        <source>✔ Ready: %1; tables: %n; %2 on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ConnectionBanner</name>
    <message numerus="yes">
        <source>Connection lost. Retrying in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::InsightPage</name>
    <message numerus="yes">
        <source>This page sends these statements in one request every %n second(s) while it is visible.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::LocksPage</name>
    <message numerus="yes">
        <source>%n lock request(s) are waiting. A waiting session shows whom it waits for under &quot;Blocked by&quot;; the holder is marked in yellow.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The query text of %n session(s) of other users is hidden: only superusers and members of pg_read_all_stats may read it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::OverviewPage</name>
    <message numerus="yes">
        <source>The Overview page runs these two statements in one round trip every %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ProfilesCommand</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s) to %1 (pgAdmin 4 servers.json, without passwords).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreTargetPage</name>
    <message numerus="yes">
        <source>%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. Type its name to confirm:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::RolesPage</name>
    <message numerus="yes">
        <source>The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::SizesPage</name>
    <message numerus="yes">
        <source>The databases come from the monitoring session; the tables of %1 from a second session to that database, opened while this page shows it. Both refresh every %n second(s) while the page is visible.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::TopQueriesPage</name>
    <message numerus="yes">
        <source>The text of %n statement(s) run by other users is hidden: only superusers and members of pg_read_all_stats may read it. Their times and counts are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
