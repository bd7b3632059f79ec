#pragma once

#include <QString>

namespace Valvur {

// A backup's output under a temporary name beside its destination
// (".<name>.valvur-partial-<pid>@<host>-XXXXXXXX": StaleTemporaries removes it after a crash),
// renamed to the destination only when the tool succeeded. discard() removes whatever the tool
// wrote (file or directory). Nothing at the destination ever looks like a finished backup while
// it is not one.
class AtomicOutput
{
public:
    enum class Check { Ok, Exists, NoFolder, NotWritable };

    explicit AtomicOutput(QString destination = {});

    // Can the destination be written? Exists: a file, or a non-empty directory, is already there.
    static Check check(const QString &destination);
    static bool isTemporaryName(const QString &fileName);
    // Why the destination's folder cannot be written ("the file system is mounted read-only"…),
    // found by trying, in the user's language.
    static QString notWritableReason(const QString &destination);

    const QString &destination() const { return m_destination; }
    // Reserves a fresh temporary name (nothing is created: pg_dump -Fd and pg_basebackup want to
    // create the directory themselves).
    QString reserve();
    const QString &temporaryPath() const { return m_temp; }
    // Moves the finished output into place. With overwrite, an existing destination is replaced
    // (moved aside first, removed after the rename succeeded). False with *error set otherwise.
    bool commit(bool overwrite, QString *error);
    // Removes the temporary output, whatever it is.
    void discard();

    static bool removePath(const QString &path);

private:
    static int probeWrite(const QString &destination); // 0 or the errno of creating a file there
    QString m_destination;
    QString m_temp;
};

} // namespace Valvur
