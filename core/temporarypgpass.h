#pragma once

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Valvur {

// A pgpass file that exists only while a child tool runs: in a private temporary folder (0700),
// the file itself 0600, one line "*:*:*:*:password" (escaped as libpq expects). Removed with its
// folder when this object is destroyed. The password never reaches a command line or PGPASSWORD.
class TemporaryPgpass
{
public:
    TemporaryPgpass();
    ~TemporaryPgpass();
    TemporaryPgpass(const TemporaryPgpass &) = delete;
    TemporaryPgpass &operator=(const TemporaryPgpass &) = delete;

    bool create(const QString &password);
    QString path() const { return m_path; }
    void remove();

    // "pass:word\" -> "pass\:word\\": libpq reads ':' and '\' escaped with a backslash.
    static QString escape(const QString &field);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

} // namespace Valvur
