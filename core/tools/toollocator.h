#pragma once

#include "tools/pgtool.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Valvur {

// Finds PostgreSQL client programs and asks each for its version (asynchronously: one
// "--version" child per candidate, never waiting on the GUI thread). Looks in PATH, then
// /usr/lib/postgresql/*/bin; a folder set in the settings (or --tool-dir) replaces both.
class ToolLocator : public QObject
{
    Q_OBJECT
public:
    explicit ToolLocator(QObject *parent = nullptr);

    void setExtraDirectory(const QString &dir) { m_extraDir = dir; }
    // Starts probing; finished() follows (also when nothing is found).
    void locate(const QStringList &programs);
    bool isDone() const { return m_pending == 0 && m_started; }

    QList<PgTool> found(const QString &program) const { return m_found.value(program); }
    PgTool best(const QString &program, int serverMajor) const { return PgTool::choose(found(program), serverMajor); }

    // The folders searched, in order (for messages and tests).
    QStringList searchDirectories() const;

Q_SIGNALS:
    void finished();

private:
    void probe(const QString &program, const QString &path);

    QString m_extraDir;
    QHash<QString, QList<PgTool>> m_found;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace Valvur
