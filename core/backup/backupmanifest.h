#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Valvur {

// The backup_manifest that pg_basebackup (PostgreSQL 13+) writes, and what can be checked with it
// without pg_verifybackup: pg_verifybackup 15 reads plain base backups only, so a tar base backup
// is checked here by reading the tar files themselves. Runs in a worker thread (checkTar reads
// the whole backup); the result says which checks ran.
class BackupManifest
{
public:
    struct File
    {
        QString path;      // relative to the data directory
        qint64 size = -1;
        QString algorithm; // "CRC32C", "SHA256"…, "" or "NONE": no checksum
        QString checksum;  // lower-case hex
    };

    struct Report
    {
        bool ok = false;
        QStringList checksRun;  // in the user's language, one line per check that ran
        QStringList notChecked; // in the user's language: what was not checked, and why
        QString badFile;        // the first file found wrong, if any
        QString problem;        // what was wrong, in the user's language
        int filesChecked = 0;
    };

    // Parses the manifest (JSON); *error says why not. The manifest's own SHA-256 is checked.
    bool load(const QString &path, QString *error);
    const QList<File> &files() const { return m_files; }

    // Reads base.tar (and <oid>.tar for tablespaces) in dir against its backup_manifest: every
    // file listed is there with its size and checksum (CRC32C or SHA-256), and nothing else is.
    // Compressed tar files are not read (only the manifest is checked then, and the report says so).
    static Report checkTar(const QString &dir, const std::shared_ptr<std::atomic_bool> &cancelled = {});

    // The first file named in pg_verifybackup's error output ("\"base/1/1234\" has size 0 …",
    // "file \"x\" is present on disk but not in the manifest"), or "" when none is named.
    static QString firstBadFile(const QStringList &errorLines);

    // The contents of one small member of an uncompressed tar file (e.g. PG_VERSION from base.tar),
    // found by walking the headers; *found says whether it is there.
    static QByteArray readTarMember(const QString &tarPath, const QString &name, bool *found);

    // CRC-32C (Castagnoli) as PostgreSQL writes it in a manifest: the 4 bytes in little-endian order, hex.
    static quint32 crc32c(quint32 crc, const char *data, qsizetype size);
    static QString crc32cHex(quint32 finalCrc);

private:
    QList<File> m_files;
};

} // namespace Valvur
