#include "lab/labreset.h"

#include "lab/labcontainer.h"
#include "lab/labscenario.h"
#include "lab/labsql.h"
#include "pg/pgsession.h"
#include "pg/sqlquote.h"

#include <QCoreApplication>
#include <QDir>

namespace Valvur::Lab {

using Valvur::Sql::quoteIdent;

ConnectionOptions adminOptions(ConnectionOptions options, const QString &applicationName)
{
    const QString db = options.effectiveDatabase();
    if (db == QLatin1String(Database) || db.startsWith(QLatin1String(RolePrefix)))
        options.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
    options.setValue(QStringLiteral("application_name"), applicationName);
    QString opts = QStringLiteral("-c lock_timeout=5000 -c statement_timeout=600000");
    const QString own = options.effective(QStringLiteral("options")).trimmed();
    if (!own.isEmpty())
        opts += QLatin1Char(' ') + own;
    options.setValue(QStringLiteral("options"), opts);
    return options;
}

Reset::Reset(QObject *parent)
    : QObject(parent)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        fail(tr("The server did not finish the reset within %1 s. Run the reset again when it answers.").arg(TimeoutMs / 1000));
    });
}

Reset::~Reset() = default;

void Reset::start(const ConnectionOptions &options, const QString &password)
{
    m_finished = false;
    m_removed.clear();
    delete m_session;
    m_session = new PgSession(this);
    m_bound.start(TimeoutMs);
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        fail(tr("Cannot connect to reset the lab: %1").arg(e.message()));
    });
    connect(m_session, &PgSession::connectionLost, this, [this](const PgError &e) {
        fail(tr("The connection broke during the reset: %1").arg(e.message()));
    });
    connect(m_session, &PgSession::connected, this, &Reset::endSetups);
    m_session->open(adminOptions(options, QStringLiteral("valvur-lab-reset")), password);
}

// First, a setup's CREATE DATABASE that a killed program left running must be over (ended here).
void Reset::endSetups()
{
    m_session->exec(Sql::endLabSetups(), this, [this](const PgReply &r) {
        if (!r.ok())
            return fail(tr("The reset could not end the lab's sessions: %1").arg(r.error.message()));
        if (r.first().rowCount() > 0)
            return QTimer::singleShot(100, this, &Reset::endSetups);
        removeAll();
    });
}

void Reset::removeAll()
{
    m_session->exec(Sql::terminateLabSessions() + QStringLiteral(";\n") + Sql::leftovers() + QStringLiteral(";\n") + Sql::containerNote(),
                    this, [this](const PgReply &r) {
        if (!r.ok())
            return fail(tr("The reset could not end the lab's sessions: %1").arg(r.error.message()));
        for (const QVariantList &row : r.at(1).rows())
            (row.value(0).toString() == QLatin1String("database") ? m_databases : m_roles) << row.value(1).toString();
        QString container, volume;
        if (r.at(2).rowCount() > 0 && parseContainerNote(r.at(2).value(0, 0).toString(), &container, &volume))
            return sweepContainers({container}, {volume});
        dropNext();
    });
}

void Reset::dropNext()
{
    if (!m_databases.isEmpty()) {
        const QString db = m_databases.takeFirst();
        // WITH (FORCE) ends a session that connected meanwhile (PostgreSQL 13 and later).
        m_session->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdent(db)), this, [this, db](const PgReply &r) {
            if (!r.ok())
                return fail(tr("The database %1 could not be dropped: %2").arg(db, r.error.message()));
            m_removed << QStringLiteral("database ") + db;
            dropNext();
        });
        return;
    }
    if (!m_roles.isEmpty()) {
        const QString role = m_roles.takeFirst();
        const QString q = quoteIdent(role);
        // Objects the role owns here (a student's table) go to the user first.
        m_session->exec(QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER; DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(q), this,
                        [this, role](const PgReply &r) {
                            if (!r.ok())
                                return fail(tr("The role %1 could not be dropped: %2").arg(role, r.error.message()));
                            m_removed << QStringLiteral("role ") + role;
                            dropNext();
                        });
        return;
    }
    done();
}

// The container and volume the sandbox's comment names, before the sandbox (and its comment) goes.
void Reset::sweepContainers(const QStringList &containers, const QStringList &volumes)
{
    auto *sweep = new ContainerSweep(this);
    connect(sweep, &ContainerSweep::finished, this, [this, sweep](const QString &error) {
        sweep->deleteLater();
        m_removed << sweep->removed();
        if (!error.isEmpty())
            return fail(error);
        dropNext();
    });
    sweep->start(containers, volumes);
}

void Reset::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_bound.stop();
    m_session->close();
    // The lab's own backups (dropped-table), also of a setup that was killed before it could remove its file.
    QDir folder(backupFolder());
    for (const QString &name : folder.entryList({QStringLiteral("*.dump")}, QDir::Files)) {
        if (folder.remove(name))
            m_removed << QStringLiteral("file ") + folder.filePath(name);
    }
    Q_EMIT finished({});
}

void Reset::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_bound.stop();
    if (m_session)
        m_session->close();
    Q_EMIT finished(error);
}

} // namespace Valvur::Lab
