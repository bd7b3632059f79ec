#include "backup/backupmanifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cstring>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

// One ustar header field: octal digits, space- or NUL-terminated. GNU base-256 for large sizes.
qint64 tarNumber(const char *field, int size)
{
    if (static_cast<unsigned char>(field[0]) & 0x80) {
        qint64 v = 0;
        for (int i = 1; i < size; ++i)
            v = (v << 8) | static_cast<unsigned char>(field[i]);
        return v;
    }
    qint64 v = 0;
    for (int i = 0; i < size && field[i] >= '0' && field[i] <= '7'; ++i)
        v = v * 8 + (field[i] - '0');
    return v;
}

QString cString(const char *field, int size)
{
    int n = 0;
    while (n < size && field[n])
        ++n;
    return QString::fromUtf8(field, n);
}
} // namespace

quint32 BackupManifest::crc32c(quint32 crc, const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        crc = kCrcTable[(crc ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (crc >> 8);
    return crc;
}

QString BackupManifest::crc32cHex(quint32 finalCrc)
{
    const char bytes[4] = {char(finalCrc & 0xFF), char((finalCrc >> 8) & 0xFF), char((finalCrc >> 16) & 0xFF), char(finalCrc >> 24)};
    return QString::fromLatin1(QByteArray(bytes, 4).toHex());
}

bool BackupManifest::load(const QString &path, QString *error)
{
    m_files.clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The backup manifest %1 cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        *error = Tr::tr("The backup manifest is damaged (not valid JSON: %1).").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    // The manifest's own checksum covers everything before its "Manifest-Checksum" line.
    const qsizetype at = data.lastIndexOf("\"Manifest-Checksum\"");
    const QString recorded = root.value(QStringLiteral("Manifest-Checksum")).toString().toLower();
    if (at < 0 || recorded.isEmpty()) {
        *error = Tr::tr("The backup manifest has no checksum of its own: it is incomplete.");
        return false;
    }
    if (QString::fromLatin1(QCryptographicHash::hash(data.left(at), QCryptographicHash::Sha256).toHex()) != recorded) {
        *error = Tr::tr("The backup manifest was changed or damaged: its own checksum does not match.");
        return false;
    }
    const QJsonArray files = root.value(QStringLiteral("Files")).toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        File file;
        file.path = o.contains(QStringLiteral("Encoded-Path"))
                        ? QString::fromUtf8(QByteArray::fromHex(o.value(QStringLiteral("Encoded-Path")).toString().toLatin1()))
                        : o.value(QStringLiteral("Path")).toString();
        file.size = qint64(o.value(QStringLiteral("Size")).toDouble(-1));
        file.algorithm = o.value(QStringLiteral("Checksum-Algorithm")).toString().toUpper();
        file.checksum = o.value(QStringLiteral("Checksum")).toString().toLower();
        if (file.path.isEmpty() || file.size < 0) {
            *error = Tr::tr("The backup manifest is damaged: a file entry without path or size.");
            return false;
        }
        m_files << file;
    }
    return true;
}

BackupManifest::Report BackupManifest::checkTar(const QString &dir, const std::shared_ptr<std::atomic_bool> &cancelled)
{
    Report report;
    BackupManifest manifest;
    QString error;
    if (!manifest.load(QDir(dir).filePath(QStringLiteral("backup_manifest")), &error)) {
        report.badFile = QStringLiteral("backup_manifest");
        report.problem = error;
        return report;
    }
    report.checksRun << Tr::tr("The manifest's own SHA-256 checksum is right.");

    // Which tar holds which file: base.tar the data directory, <oid>.tar the tablespace pg_tblspc/<oid>.
    QHash<QString, const File *> expected;
    for (const File &f : manifest.files())
        expected.insert(f.path, &f);
    const QDir d(dir);
    QStringList tars = d.entryList({QStringLiteral("*.tar")}, QDir::Files, QDir::Name);
    tars.removeAll(QStringLiteral("pg_wal.tar"));
    const QStringList compressed = d.entryList({QStringLiteral("*.tar.*")}, QDir::Files, QDir::Name);
    if (!tars.contains(QStringLiteral("base.tar"))) {
        if (!compressed.isEmpty()) {
            report.ok = true;
            report.notChecked << Tr::tr("The tar files are compressed (%1): their contents were not read; a test restore proves them.")
                                     .arg(compressed.join(QStringLiteral(", ")));
            return report;
        }
        report.badFile = QStringLiteral("base.tar");
        report.problem = Tr::tr("The base backup is incomplete: base.tar is missing.");
        return report;
    }
    QSet<QString> seen;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &tarName : std::as_const(tars)) {
        const QString prefix = tarName == QLatin1String("base.tar")
                                   ? QString()
                                   : QStringLiteral("pg_tblspc/") + tarName.left(tarName.size() - 4) + QLatin1Char('/');
        QFile tar(d.filePath(tarName));
        if (!tar.open(QIODevice::ReadOnly)) {
            report.badFile = tarName;
            report.problem = Tr::tr("%1 cannot be read: %2").arg(tarName, tar.errorString());
            return report;
        }
        QString longName;
        while (true) {
            if (cancelled && cancelled->load()) {
                report.problem = Tr::tr("The verification was cancelled.");
                return report;
            }
            char header[512];
            const qint64 got = tar.read(header, 512);
            if (got == 0 || (got == 512 && header[0] == 0))
                break; // end of archive
            if (got != 512) {
                report.badFile = tarName;
                report.problem = Tr::tr("%1 ends in the middle of a header: the file is truncated.").arg(tarName);
                return report;
            }
            const qint64 size = tarNumber(header + 124, 12);
            const char type = header[156];
            QString name = longName.isEmpty() ? cString(header, 100) : longName;
            longName.clear();
            const QString ustarPrefix = std::memcmp(header + 257, "ustar", 5) == 0 ? cString(header + 345, 155) : QString();
            if (!ustarPrefix.isEmpty())
                name = ustarPrefix + QLatin1Char('/') + name;
            const bool regular = type == '0' || type == 0;
            const QString path = prefix + name;
            const File *want = regular ? expected.value(path) : nullptr;
            quint32 crc = 0xFFFFFFFFu;
            QCryptographicHash sha(QCryptographicHash::Sha256);
            qint64 left = size;
            QByteArray gnuName;
            while (left > 0) {
                const qint64 n = tar.read(buffer.data(), qMin<qint64>(left, buffer.size()));
                if (n <= 0) {
                    report.badFile = path;
                    report.problem = Tr::tr("%1 is truncated: %2 ends early.").arg(tarName, path);
                    return report;
                }
                if (type == 'L')
                    gnuName += QByteArray(buffer.constData(), n);
                if (want && want->algorithm == QLatin1String("CRC32C"))
                    crc = crc32c(crc, buffer.constData(), n);
                else if (want && want->algorithm == QLatin1String("SHA256"))
                    sha.addData(QByteArrayView(buffer.constData(), n));
                left -= n;
            }
            const qint64 pad = (512 - size % 512) % 512;
            if (pad && tar.read(buffer.data(), pad) != pad) {
                report.badFile = tarName;
                report.problem = Tr::tr("%1 is truncated.").arg(tarName);
                return report;
            }
            if (type == 'L') {
                longName = QString::fromUtf8(gnuName.constData(), int(qstrnlen(gnuName.constData(), gnuName.size())));
                continue;
            }
            if (!regular || path.startsWith(QLatin1String("pg_wal/")))
                continue;
            if (!want) {
                report.badFile = path;
                report.problem = Tr::tr("%1 is in the backup but not in its manifest.").arg(path);
                return report;
            }
            seen.insert(path);
            if (size != want->size) {
                report.badFile = path;
                report.problem = Tr::tr("%1 has %2 bytes in the backup but %3 in the manifest.").arg(path).arg(size).arg(want->size);
                return report;
            }
            QString actual;
            if (want->algorithm == QLatin1String("CRC32C"))
                actual = crc32cHex(crc ^ 0xFFFFFFFFu);
            else if (want->algorithm == QLatin1String("SHA256"))
                actual = QString::fromLatin1(sha.result().toHex());
            if (!actual.isEmpty() && actual != want->checksum) {
                report.badFile = path;
                report.problem = Tr::tr("The checksum of %1 does not match the manifest: the file is damaged.").arg(path);
                return report;
            }
            ++report.filesChecked;
        }
    }
    for (const File &f : manifest.files()) {
        if (!seen.contains(f.path)) {
            report.badFile = f.path;
            report.problem = Tr::tr("%1 is in the manifest but missing from the backup.").arg(f.path);
            return report;
        }
    }
    QSet<QString> algorithms;
    for (const File &f : manifest.files())
        algorithms.insert(f.algorithm.isEmpty() ? QStringLiteral("NONE") : f.algorithm);
    report.checksRun << Tr::tr("Every file of the manifest is in the tar files with its size, and nothing else (files: %n).", nullptr,
                               report.filesChecked);
    if (algorithms.contains(QStringLiteral("CRC32C")) || algorithms.contains(QStringLiteral("SHA256")))
        report.checksRun << Tr::tr("Every file's checksum equals the manifest's.");
    else
        report.notChecked << Tr::tr("The manifest has no file checksums (made with --manifest-checksums=none).");
    report.notChecked << Tr::tr("The WAL in pg_wal.tar was not parsed (pg_verifybackup 15 reads plain backups only); a test "
                                "restore replays it.");
    report.ok = true;
    return report;
}

QByteArray BackupManifest::readTarMember(const QString &tarPath, const QString &name, bool *found)
{
    *found = false;
    QFile tar(tarPath);
    if (!tar.open(QIODevice::ReadOnly))
        return {};
    char header[512];
    while (tar.read(header, 512) == 512 && header[0] != 0) {
        const qint64 size = tarNumber(header + 124, 12);
        if (cString(header, 100) == name && (header[156] == '0' || header[156] == 0)) {
            *found = true;
            return tar.read(qMin<qint64>(size, 1 << 20));
        }
        if (!tar.seek(tar.pos() + size + (512 - size % 512) % 512))
            break;
    }
    return {};
}

QString BackupManifest::firstBadFile(const QStringList &errorLines)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    for (const QString &line : errorLines) {
        const QRegularExpressionMatch m = quoted.match(line);
        if (m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

} // namespace Valvur
