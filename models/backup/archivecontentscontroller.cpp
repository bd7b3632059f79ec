#include "backup/archivecontentscontroller.h"

#include "tools/pgtool.h"
#include "tools/toollocator.h"
#include "tools/toolrunner.h"

#include <QTimer>

namespace Valvur {

ArchiveContentsController::ArchiveContentsController(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(TimeoutMs);
}

void ArchiveContentsController::inspect(const QString &path, const QString &toolDirectory)
{
    delete m_run;
    m_run = nullptr;
    m_timeout->stop();
    m_path = path;
    m_listed = false;
    m_entries.clear();
    m_database.clear();
    m_toolProblem.clear();
    m_readErrors.clear();
    m_timedOut = false;
    m_failed = false;
    m_format = path.isEmpty() ? BackupArchive::Format::Unknown : BackupArchive::detect(path);
    if (!BackupArchive::needsPgRestore(m_format))
        return;
    m_run = new QObject(this);
    auto *locator = new ToolLocator(m_run);
    locator->setExtraDirectory(toolDirectory);
    connect(locator, &ToolLocator::finished, m_run, [this, locator] {
        const PgTool tool = PgTool::choose(locator->found(QStringLiteral("pg_restore")), 0);
        if (!tool.isValid()) {
            m_toolProblem = PgTool::tooOldExplanation(QStringLiteral("pg_restore"), {}, 15, QString());
            m_failed = true;
            Q_EMIT failed();
            return;
        }
        list(tool.path());
    });
    locator->locate({QStringLiteral("pg_restore")});
}

void ArchiveContentsController::list(const QString &pgRestore)
{
    auto *lister = new ToolRunner(m_run);
    lister->setProgram(pgRestore);
    lister->setArguments({QStringLiteral("--list"), m_path});
    auto listing = std::make_shared<QString>();
    connect(lister, &ToolRunner::outputLine, m_run, [listing](const QString &line, bool isError) {
        if (!isError)
            *listing += line + QLatin1Char('\n');
    });
    connect(lister, &ToolRunner::finished, m_run, [this, lister, listing](ToolRunner::Outcome o, int) {
        m_timeout->stop();
        if (o != ToolRunner::Outcome::Success) {
            m_readErrors = lister->errorLines();
            m_timedOut = o == ToolRunner::Outcome::Cancelled;
            m_failed = true;
            Q_EMIT failed();
            return;
        }
        m_entries = BackupArchive::parseList(*listing, &m_database);
        m_listed = true;
        Q_EMIT listed();
    });
    connect(m_timeout, &QTimer::timeout, lister, &ToolRunner::cancel); // finishes as Cancelled
    m_timeout->start();
    lister->start();
}

} // namespace Valvur
