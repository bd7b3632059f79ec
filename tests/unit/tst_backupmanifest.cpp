// The backup_manifest arithmetic Valvur does itself: CRC-32C as PostgreSQL writes it, and the first
// damaged file named in pg_verifybackup's error output.
#include "backup/backupmanifest.h"

#include <QtTest>

using Valvur::BackupManifest;

class TestBackupManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crc32c_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("hex");
        // Written by pg_basebackup 15 into backup_manifest for these contents.
        QTest::newRow("PG_VERSION 15") << QByteArray("15\n") << QStringLiteral("8a744722");
        QTest::newRow("empty tablespace_map") << QByteArray() << QStringLiteral("00000000");
        // The standard check value of CRC-32C, 0xE3069283, in little-endian byte order.
        QTest::newRow("123456789") << QByteArray("123456789") << QStringLiteral("839206e3");
    }

    void crc32c()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, hex);
        QCOMPARE(BackupManifest::crc32cHex(BackupManifest::crc32c(0xFFFFFFFFu, data.constData(), data.size()) ^ 0xFFFFFFFFu), hex);
        // Fed in two pieces, the same.
        const qsizetype half = data.size() / 2;
        const quint32 first = BackupManifest::crc32c(0xFFFFFFFFu, data.constData(), half);
        QCOMPARE(BackupManifest::crc32cHex(BackupManifest::crc32c(first, data.constData() + half, data.size() - half) ^ 0xFFFFFFFFu), hex);
    }

    void firstBadFile_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("file");
        QTest::newRow("checksum") << QStringList{QStringLiteral("pg_verifybackup: error: checksum mismatch for file \"PG_VERSION\""),
                                                 QStringLiteral("pg_verifybackup: error: \"base/1/1259\" has size 0 on disk but size 8192 in the manifest")}
                                  << QStringLiteral("PG_VERSION");
        QTest::newRow("size") << QStringList{QStringLiteral("pg_verifybackup: error: \"base/5/16384\" has size 0 on disk but size 8192 in the manifest")}
                              << QStringLiteral("base/5/16384");
        QTest::newRow("extra file") << QStringList{QStringLiteral("pg_verifybackup: error: \"extra.txt\" is present on disk but not in the manifest")}
                                    << QStringLiteral("extra.txt");
        QTest::newRow("no file named") << QStringList{QStringLiteral("pg_verifybackup: error: WAL parsing failed for timeline 1")} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
    }

    void firstBadFile()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, file);
        QCOMPARE(BackupManifest::firstBadFile(lines), file);
    }
};

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
