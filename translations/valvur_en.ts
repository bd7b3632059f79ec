<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Valvur::ActivityFilterBar</name>
    <message numerus="yes">
        <source>Sessions: %1 of %n</source>
        <translation>
            <numerusform>Sessions: %1 of %n</numerusform>
            <numerusform>Sessions: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ActivityModel</name>
    <message numerus="yes">
        <source>The query has been running for longer than the threshold (%n s).</source>
        <translation>
            <numerusform>The query has been running for longer than the threshold (%n s).</numerusform>
            <numerusform>The query has been running for longer than the threshold (%n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle in transaction for longer than the threshold (%n s): it holds its locks and keeps VACUUM from cleaning up.</source>
        <translation>
            <numerusform>Idle in transaction for longer than the threshold (%n s): it holds its locks and keeps VACUUM from cleaning up.</numerusform>
            <numerusform>Idle in transaction for longer than the threshold (%n s): it holds its locks and keeps VACUUM from cleaning up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ActivityPage</name>
    <message numerus="yes">
        <source>Close the selected sessions (%n) with pg_terminate_backend: an open transaction is rolled back.</source>
        <translation>
            <numerusform>Close the selected sessions (%n) with pg_terminate_backend: an open transaction is rolled back.</numerusform>
            <numerusform>Close the selected sessions (%n) with pg_terminate_backend: an open transaction is rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop the running queries of the selected sessions (%n) with pg_cancel_backend; the sessions stay connected.</source>
        <translation>
            <numerusform>Stop the running queries of the selected sessions (%n) with pg_cancel_backend; the sessions stay connected.</numerusform>
            <numerusform>Stop the running queries of the selected sessions (%n) with pg_cancel_backend; the sessions stay connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::Backup</name>
    <message numerus="yes">
        <source>Every file of the manifest is in the tar files with its size, and nothing else (files: %n).</source>
        <translation>
            <numerusform>Every file of the manifest is in the tar files with its size, and nothing else (files: %n).</numerusform>
            <numerusform>Every file of the manifest is in the tar files with its size, and nothing else (files: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already has tables (%n), and restoring into it was not confirmed.</source>
        <translation>
            <numerusform>The database %1 already has tables (%n), and restoring into it was not confirmed.</numerusform>
            <numerusform>The database %1 already has tables (%n), and restoring into it was not confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore read the whole archive: the table of contents and every data block (entries: %n).</source>
        <translation>
            <numerusform>pg_restore read the whole archive: the table of contents and every data block (entries: %n).</numerusform>
            <numerusform>pg_restore read the whole archive: the table of contents and every data block (entries: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server did not answer for %n s</source>
        <translation>
            <numerusform>the server did not answer for %n s</numerusform>
            <numerusform>the server did not answer for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupCommand</name>
    <message numerus="yes">
        <source>Row counts equal those of %1 (tables: %n).</source>
        <translation>
            <numerusform>Row counts equal those of %1 (tables: %n).</numerusform>
            <numerusform>Row counts equal those of %1 (tables: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts equal those of %1 in every database (%2; tables: %n).</source>
        <translation>
            <numerusform>Row counts equal those of %1 in every database (%2; tables: %n).</numerusform>
            <numerusform>Row counts equal those of %1 in every database (%2; tables: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupResultPage</name>
    <message numerus="yes">
        <source>Test restore took %1 (the measured RTO); row counts equal the source (tables: %n); the scratch database was dropped.</source>
        <translation>
            <numerusform>Test restore took %1 (the measured RTO); row counts equal the source (tables: %n); the scratch database was dropped.</numerusform>
            <numerusform>Test restore took %1 (the measured RTO); row counts equal the source (tables: %n); the scratch database was dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::BackupSummaryPage</name>
    <message numerus="yes">
        <source>✔ Ready: %1; tables: %n; %2 on the server.</source>
        <translation>
            <numerusform>✔ Ready: %1; tables: %n; %2 on the server.</numerusform>
            <numerusform>✔ Ready: %1; tables: %n; %2 on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Ready: runs inside the container %1 with its own %2; tables: %n; %3 on the server.</source>
        <translation>
            <numerusform>✔ Ready: runs inside the container %1 with its own %2; tables: %n; %3 on the server.</numerusform>
            <numerusform>✔ Ready: runs inside the container %1 with its own %2; tables: %n; %3 on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ConnectionBanner</name>
    <message numerus="yes">
        <source>Connection lost. Retrying in %n s.</source>
        <translation>
            <numerusform>Connection lost. Retrying in %n s.</numerusform>
            <numerusform>Connection lost. Retrying in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is not answering: no answer for %n s (since %1).</source>
        <translation>
            <numerusform>The server is not answering: no answer for %n s (since %1).</numerusform>
            <numerusform>The server is not answering: no answer for %n s (since %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ContainerLogView</name>
    <message numerus="yes">
        <source>Following: %n line(s)</source>
        <translation>
            <numerusform>Following: %n line</numerusform>
            <numerusform>Following: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n line(s) of the log</source>
        <translation>
            <numerusform>The last %n line of the log</numerusform>
            <numerusform>The last %n lines of the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::DashboardPage</name>
    <message numerus="yes">
        <source>The cache hit ratio has stayed under %1 % for %n second(s): queries read from disk; consider shared_buffers or missing indexes.</source>
        <translation>
            <numerusform>The cache hit ratio has stayed under %1 % for %n second: queries read from disk; consider shared_buffers or missing indexes.</numerusform>
            <numerusform>The cache hit ratio has stayed under %1 % for %n seconds: queries read from disk; consider shared_buffers or missing indexes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::InsightPage</name>
    <message numerus="yes">
        <source>This page sends these statements in one request every %n second(s) while it is visible.</source>
        <translation>
            <numerusform>This page sends these statements in one request every %n second while it is visible.</numerusform>
            <numerusform>This page sends these statements in one request every %n seconds while it is visible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::Lab::Run</name>
    <message numerus="yes">
        <source>Opening %n session(s) of %1…</source>
        <translation>
            <numerusform>Opening %n session of %1…</numerusform>
            <numerusform>Opening %n sessions of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::LabScenarioModel</name>
    <message numerus="yes">
        <source>solved in %n s</source>
        <translation>
            <numerusform>solved in %n s</numerusform>
            <numerusform>solved in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>solved in %n min</source>
        <translation>
            <numerusform>solved in %n min</numerusform>
            <numerusform>solved in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trap(s) hit</source>
        <translation>
            <numerusform>%n trap hit</numerusform>
            <numerusform>%n traps hit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::LocksPage</name>
    <message numerus="yes">
        <source>%n lock request(s) are waiting. A waiting session shows whom it waits for under &quot;Blocked by&quot;; the holder is marked in yellow.</source>
        <translation>
            <numerusform>%n lock request is waiting. A waiting session shows whom it waits for under &quot;Blocked by&quot;; the holder is marked in yellow.</numerusform>
            <numerusform>%n lock requests are waiting. A waiting session shows whom it waits for under &quot;Blocked by&quot;; the holder is marked in yellow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The query text of %n session(s) of other users is hidden: only superusers and members of pg_read_all_stats may read it.</source>
        <translation>
            <numerusform>The query text of %n session of other users is hidden: only superusers and members of pg_read_all_stats may read it.</numerusform>
            <numerusform>The query text of %n sessions of other users is hidden: only superusers and members of pg_read_all_stats may read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::MainWindow</name>
    <message numerus="yes">
        <source>SSH tunnel to %1: reconnecting in %n s</source>
        <translation>
            <numerusform>SSH tunnel to %1: reconnecting in %n s</numerusform>
            <numerusform>SSH tunnel to %1: reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::OverviewPage</name>
    <message numerus="yes">
        <source>The Overview page runs these two statements in one round trip every %n seconds.</source>
        <translation>
            <numerusform>The Overview page runs these two statements in one round trip every %n seconds.</numerusform>
            <numerusform>The Overview page runs these two statements in one round trip every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ProfilesCommand</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate</source>
        <translation>
            <numerusform>%n skipped as duplicate</numerusform>
            <numerusform>%n skipped as duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s) to %1 (pgAdmin 4 servers.json, without passwords).</source>
        <translation>
            <numerusform>Wrote %n profile to %1 (pgAdmin 4 servers.json, without passwords).</numerusform>
            <numerusform>Wrote %n profiles to %1 (pgAdmin 4 servers.json, without passwords).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreInputPage</name>
    <message numerus="yes">
        <source>pg_restore did not finish reading it within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>pg_restore did not finish reading it within %n second and was stopped.</numerusform>
            <numerusform>pg_restore did not finish reading it within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::RestoreTargetPage</name>
    <message numerus="yes">
        <source>%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. Type its name to confirm:</source>
        <translation>
            <numerusform>%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. Type its name to confirm:</numerusform>
            <numerusform>%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. Type its name to confirm:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::RolesPage</name>
    <message numerus="yes">
        <source>The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</source>
        <translation>
            <numerusform>The size of %n database is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</numerusform>
            <numerusform>The size of %n databases is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ScheduleCommand</name>
    <message numerus="yes">
        <source>keeps the last %n</source>
        <translation>
            <numerusform>keeps the last %n</numerusform>
            <numerusform>keeps the last %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps %n day(s)</source>
        <translation>
            <numerusform>keeps %n day</numerusform>
            <numerusform>keeps %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore drill after every %n backup(s) on %1</source>
        <translation>
            <numerusform>restore drill after every %n backup on %1</numerusform>
            <numerusform>restore drill after every %n backups on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore drill: restored in %1 (the measured RTO); row counts equal in %n table(s).</source>
        <translation>
            <numerusform>Restore drill: restored in %1 (the measured RTO); row counts equal in %n table.</numerusform>
            <numerusform>Restore drill: restored in %1 (the measured RTO); row counts equal in %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ServerChooser</name>
    <message numerus="yes">
        <source>Connected: %n database(s).</source>
        <translation>
            <numerusform>Connected: %n database.</numerusform>
            <numerusform>Connected: %n databases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SSH tunnel to %1 dropped; trying again in %n s…</source>
        <translation>
            <numerusform>The SSH tunnel to %1 dropped; trying again in %n s…</numerusform>
            <numerusform>The SSH tunnel to %1 dropped; trying again in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::ServerListPanel</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n profile(s) to %1, without passwords.</source>
        <translation>
            <numerusform>Wrote %n profile to %1, without passwords.</numerusform>
            <numerusform>Wrote %n profiles to %1, without passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::SignalConfirmDialog</name>
    <message numerus="yes">
        <source>Terminate sessions (%n)</source>
        <translation>
            <numerusform>Terminate sessions (%n)</numerusform>
            <numerusform>Terminate sessions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel queries (%n)</source>
        <translation>
            <numerusform>Cancel queries (%n)</numerusform>
            <numerusform>Cancel queries (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate the sessions listed below (%n) with pg_terminate_backend? Each connection is closed: its running query stops, an open transaction is rolled back and the client sees its connection break.</source>
        <translation>
            <numerusform>Terminate the sessions listed below (%n) with pg_terminate_backend? Each connection is closed: its running query stops, an open transaction is rolled back and the client sees its connection break.</numerusform>
            <numerusform>Terminate the sessions listed below (%n) with pg_terminate_backend? Each connection is closed: its running query stops, an open transaction is rolled back and the client sees its connection break.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the running queries of the sessions listed below (%n) with pg_cancel_backend? Each query stops with an error and its transaction is rolled back; the session stays connected.</source>
        <translation>
            <numerusform>Cancel the running queries of the sessions listed below (%n) with pg_cancel_backend? Each query stops with an error and its transaction is rolled back; the session stays connected.</numerusform>
            <numerusform>Cancel the running queries of the sessions listed below (%n) with pg_cancel_backend? Each query stops with an error and its transaction is rolled back; the session stays connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::SizesPage</name>
    <message numerus="yes">
        <source>The databases come from the monitoring session; the tables of %1 from a second session to that database, opened while this page shows it. Both refresh every %n second(s) while the page is visible.</source>
        <translation>
            <numerusform>The databases come from the monitoring session; the tables of %1 from a second session to that database, opened while this page shows it. Both refresh every %n second while the page is visible.</numerusform>
            <numerusform>The databases come from the monitoring session; the tables of %1 from a second session to that database, opened while this page shows it. Both refresh every %n seconds while the page is visible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</source>
        <translation>
            <numerusform>The size of %n database is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</numerusform>
            <numerusform>The size of %n databases is hidden: it needs the CONNECT privilege on the database or membership in pg_read_all_stats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valvur::TopQueriesPage</name>
    <message numerus="yes">
        <source>The text of %n statement(s) run by other users is hidden: only superusers and members of pg_read_all_stats may read it. Their times and counts are shown.</source>
        <translation>
            <numerusform>The text of %n statement run by other users is hidden: only superusers and members of pg_read_all_stats may read it. Their times and counts are shown.</numerusform>
            <numerusform>The text of %n statements run by other users is hidden: only superusers and members of pg_read_all_stats may read it. Their times and counts are shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
