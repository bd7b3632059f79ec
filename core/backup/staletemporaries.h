#pragma once

#include <QFuture>
#include <QString>
#include <QStringList>

namespace Valvur {

// Valvur's own temporary files and folders that a crashed or killed run left behind, removed at
// the next start (the window's and every backup, restore and verify command's), off the GUI
// thread. Only what is provably Valvur's and stale goes:
// - partial backup outputs ".<name>.valvur-partial-<pid>@<host>-XXXXXXXX" whose process on this
//   host is gone, in the folders of the backup history and the folders given;
// - test-restore copies "<tmp>/valvur-test-restore-<pid>@<host>-XXXXXX" whose process is gone;
//   a temporary server still running from such a copy (its postmaster's working directory is the
//   copy) is stopped first (SIGQUIT: immediate shutdown, SIGKILL after a bound);
// - SSH tunnel folders "$XDG_RUNTIME_DIR/valvur/tunnel-<pid>-N" whose process is gone
//   (SshTunnel::sweepStale);
// - pgpass folders "<tmp>/valvur-pgpass-XXXXXX" of earlier versions (which kept the password in a
//   file), owned by us, older than a minute, that no running process names in PGPASSFILE.
// A partial output or copy of another host, a live process or another user is never touched.
class StaleTemporaries
{
public:
    struct Report
    {
        QStringList removed;
        QStringList stoppedServers; // data directories whose orphaned server was stopped
        QStringList failed;         // could not be removed (permissions, a server that would not stop)
    };

    // "<pid>@<host>": the owner tag in the names of this process's temporaries.
    static QString ownerTag();
    // The tag's process is gone (same host, pid not running). False for another host's tag.
    static bool isStaleTag(const QString &tag);
    // The owner tag in a temporary's name ("" when the name has none, e.g. an older version's).
    static QString tagOf(const QString &fileName);

    // Blocking (it may wait a few seconds for an orphaned server to stop): run it off the GUI thread.
    static Report sweep(const QStringList &outputFolders);
    // sweep() on the global thread pool, with the history's folders and these.
    static QFuture<Report> sweepInBackground(const QStringList &outputFolders = {});
};

} // namespace Valvur
