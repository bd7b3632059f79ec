#pragma once

#include <QList>
#include <QString>

namespace Valvur {

// A pgpass file as libpq reads it: host:port:database:username:password per line, "*" matches
// anything, "\:" and "\\" escape, "#" starts a comment line, CR LF endings allowed. libpq ignores
// the whole file when group or others may read it (the 0600 rule); so does matching here.
// Valvur reads it only to know *whether* libpq will find a password, and to import the servers;
// the passwords stay in the file.
class PgpassFile
{
public:
    struct Entry
    {
        QString host, port, database, user, password;
        int line = 0;
    };

    // PGPASSFILE, else ~/.pgpass.
    static QString defaultPath();

    // Reads and parses the file. On failure returns false with a translated *error and the
    // 1-based *errorLine (0 when the file itself cannot be read).
    bool load(const QString &path, QString *error = nullptr, int *errorLine = nullptr);
    // Parses the text of a file (UTF-8). Same error reporting as load().
    bool parse(const QByteArray &data, QString *error = nullptr, int *errorLine = nullptr);
    // One line (without its end of line); false when it has fewer than five fields.
    static bool parseLine(const QString &line, Entry *out);
    // A field with ':' and '\' escaped, as it must be written in the file.
    static QString escape(const QString &field);

    // True when libpq would use the file: a regular file, no access for group and others.
    static bool permissionsOk(const QString &path);

    const QList<Entry> &entries() const { return m_entries; }
    QString path() const { return m_path; }

    // The first entry that matches, as libpq chooses it (an empty host or a socket directory
    // matches "localhost", an empty port "5432"). nullptr when none does.
    const Entry *match(const QString &host, const QString &port, const QString &database, const QString &user) const;

private:
    QString m_path;
    QList<Entry> m_entries;
};

} // namespace Valvur
