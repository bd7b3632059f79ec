#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Valvur {

// One PostgreSQL client program found on this machine (pg_dump, pg_restore, psql, pg_basebackup,
// pg_verifybackup) and the version it reported with --version.
class PgTool
{
public:
    PgTool() = default;
    PgTool(QString program, QString path, int major, int minor, QString versionText);

    bool isValid() const { return m_major > 0 && !m_path.isEmpty(); }
    const QString &program() const { return m_program; }
    const QString &path() const { return m_path; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    const QString &versionText() const { return m_versionText; }

    // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)" -> 15, 4; "psql (PostgreSQL) 9.6.24" -> 9, 6;
    // "pg_dump (PostgreSQL) 16beta2" -> 16, 0. False when the text is not a PostgreSQL version line.
    static bool parseVersion(const QString &output, int *major, int *minor);

    // The newest tool that can work with a server of this major version: pg_dump, pg_restore and
    // pg_basebackup must be at least as new as the server (psql is lenient but prefers the same).
    // An invalid PgTool when none qualifies.
    static PgTool choose(const QList<PgTool> &candidates, int serverMajor);

    // Plain words for "the only pg_dump here is older than the server", with the command that runs
    // the server container's own pg_dump instead. Translated.
    static QString tooOldExplanation(const QString &program, const QList<PgTool> &found, int serverMajor,
                                     const QString &dockerCommand);

private:
    QString m_program;
    QString m_path;
    int m_major = 0;
    int m_minor = 0;
    QString m_versionText;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::PgTool)
