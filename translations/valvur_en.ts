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
    <name>Valvur::RestoreTargetPage</name>
    <message numerus="yes">
        <source>%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. Type its name to confirm:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
