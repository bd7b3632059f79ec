#include "tools/pgtool.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

PgTool::PgTool(QString program, QString path, int major, int minor, QString versionText)
    : m_program(std::move(program))
    , m_path(std::move(path))
    , m_major(major)
    , m_minor(minor)
    , m_versionText(std::move(versionText))
{
}

bool PgTool::parseVersion(const QString &output, int *major, int *minor)
{
    static const QRegularExpression re(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = re.match(output);
    if (!m.hasMatch())
        return false;
    const int ma = m.captured(1).toInt();
    if (ma <= 0)
        return false;
    *major = ma;
    *minor = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    // Before PostgreSQL 10 the major version had two parts: 9.6.24 is major 9.6. Treat it as 9.
    return true;
}

PgTool PgTool::choose(const QList<PgTool> &candidates, int serverMajor)
{
    PgTool best;
    for (const PgTool &t : candidates) {
        if (!t.isValid() || t.major() < serverMajor)
            continue;
        if (!best.isValid() || t.major() > best.major() || (t.major() == best.major() && t.minor() > best.minor()))
            best = t;
    }
    return best;
}

QString PgTool::tooOldExplanation(const QString &program, const QList<PgTool> &found, int serverMajor,
                                  const QString &dockerCommand)
{
    QString text;
    if (found.isEmpty()) {
        text = Tr::tr("%1 was not found on this computer (looked in PATH and /usr/lib/postgresql/*/bin, or only in the folder set in "
                      "the settings). Install the PostgreSQL %2 client programs (Debian: apt install postgresql-client-%2).")
                   .arg(program)
                   .arg(serverMajor);
    } else {
        QList<PgTool> sorted = found;
        std::sort(sorted.begin(), sorted.end(), [](const PgTool &a, const PgTool &b) { return a.major() > b.major(); });
        text = Tr::tr("The server is PostgreSQL %1, but the newest %2 on this computer is version %3 (%4). "
                      "%2 must be at least as new as the server: an older one cannot read the newer catalog and "
                      "would stop with an error. Nothing was started.")
                   .arg(serverMajor)
                   .arg(program)
                   .arg(sorted.first().major())
                   .arg(sorted.first().path());
        text += QLatin1Char(' ')
            + Tr::tr("Install the PostgreSQL %1 client programs (Debian: apt install postgresql-client-%1), or set their "
                     "folder in the settings.")
                  .arg(serverMajor);
    }
    if (!dockerCommand.isEmpty()) {
        text += QStringLiteral("\n\n")
            + Tr::tr("If the server runs in a container, its own %1 has the right version:").arg(program)
            + QStringLiteral("\n    ") + dockerCommand;
    }
    return text;
}

} // namespace Valvur
