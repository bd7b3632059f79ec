<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
    <name>Valvur::DashboardPage</name>
    <message numerus="yes">
        <source>The cache hit ratio has stayed under %1 % for %n second(s): queries read from disk; consider shared_buffers or missing indexes.</source>
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
</TS>
