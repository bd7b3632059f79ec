#include "clustercopy.h"

#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <libpq-fe.h>
#include <unistd.h>

namespace Valvur::Test {

ClusterCopy::ClusterCopy(QString binDir)
    : m_binDir(std::move(binDir))
{
}

ClusterCopy::~ClusterCopy()
{
    if (m_running)
        stop();
}

bool ClusterCopy::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool ClusterCopy::start(const QString &backupDir)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/valvur-copy-XXXXXX"));
    const QString data = m_dir->path() + QStringLiteral("/data");
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), backupDir, data});
    if (!cp.waitForFinished(120000) || cp.exitCode() != 0) {
        m_error = QStringLiteral("cp failed: ") + QString::fromUtf8(cp.readAllStandardError());
        return false;
    }
    m_port = TestServer::freePort();
    {
        QFile conf(data + QStringLiteral("/postgresql.auto.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)) {
            m_error = QStringLiteral("cannot write postgresql.auto.conf");
            return false;
        }
        QTextStream s(&conf);
        s << "\nport = " << m_port << "\nunix_socket_directories = '" << m_dir->path() << "'\nlisten_addresses = ''\n";
    }
    if (::geteuid() == 0) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir->path()});
        if (!chown.waitForFinished(60000) || chown.exitCode() != 0) {
            m_error = QStringLiteral("chown failed");
            return false;
        }
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                             | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString out;
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->path() + QStringLiteral("/server.log"), QStringLiteral("-w"),
              QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
             &out)) {
        QFile log(m_dir->path() + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("pg_ctl start failed: ") + out + QString::fromUtf8(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

bool ClusterCopy::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(m_binDir + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop")},
               nullptr);
}

QString ClusterCopy::socketConninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres").arg(socketDir()).arg(m_port).arg(database);
}

QString ClusterCopy::query(const QString &conninfo, const QString &sql, bool *ok)
{
    if (ok)
        *ok = false;
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        qWarning("ClusterCopy::query: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return {};
    }
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    QString value;
    if (PQresultStatus(res) == PGRES_TUPLES_OK || PQresultStatus(res) == PGRES_COMMAND_OK) {
        if (ok)
            *ok = true;
        if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0 && !PQgetisnull(res, 0, 0))
            value = QString::fromUtf8(PQgetvalue(res, 0, 0));
    } else {
        qWarning("ClusterCopy::query: %s", PQresultErrorMessage(res));
    }
    PQclear(res);
    PQfinish(conn);
    return value;
}

} // namespace Valvur::Test
