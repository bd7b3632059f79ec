#include "schedule/scheduleinstaller.h"

#include "schedule/scheduleunits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace Valvur {

namespace {

QString systemctl()
{
    return QStringLiteral("systemctl");
}

QStringList userArgs(std::initializer_list<QString> args)
{
    QStringList out{QStringLiteral("--user")};
    for (const QString &a : args)
        out << a;
    return out;
}

bool haveCrontab()
{
    return !QStandardPaths::findExecutable(QStringLiteral("crontab")).isEmpty();
}

} // namespace

ScheduleInstaller::ScheduleInstaller(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Valvur::ScheduleInstaller::Result>();
}

QString ScheduleInstaller::methodName(Method m)
{
    switch (m) {
    case Method::None:
        return QStringLiteral("none");
    case Method::Systemd:
        return QStringLiteral("systemd");
    case Method::Cron:
        return QStringLiteral("cron");
    }
    return {};
}

void ScheduleInstaller::run(const QString &program, const QStringList &args, const QByteArray &input, Done done)
{
    auto *process = new QProcess(this);
    auto *bound = new QTimer(process);
    bound->setSingleShot(true);
    auto called = std::make_shared<bool>(false);
    auto once = [process, called, done](int code, const QString &out, const QString &err) {
        if (*called)
            return;
        *called = true;
        process->deleteLater();
        done(code, out, err);
    };
    connect(bound, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::errorOccurred, this, [process, once](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            once(-1, QString(), process->errorString());
    });
    connect(process, &QProcess::finished, this, [process, once](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromLocal8Bit(process->readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(process->readAllStandardError());
        once(status == QProcess::NormalExit ? code : -1, out, err);
    });
    bound->start(StepTimeoutMs);
    process->start(program, args);
    if (!input.isNull()) {
        process->write(input);
        process->closeWriteChannel();
    }
}

void ScheduleInstaller::detect(std::function<void(Method)> then)
{
    const QString forced = qEnvironmentVariable("VALVUR_SCHEDULER");
    if (forced == QLatin1String("systemd") || forced == QLatin1String("cron")) {
        then(forced == QLatin1String("systemd") ? Method::Systemd : Method::Cron);
        return;
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QFileInfo(runtime + QStringLiteral("/systemd")).isDir()) {
        then(Method::Cron);
        return;
    }
    run(systemctl(), userArgs({QStringLiteral("is-system-running")}), QByteArray(), [then](int, const QString &out, const QString &) {
        const QString state = out.trimmed();
        const bool up = state == QLatin1String("running") || state == QLatin1String("degraded") || state == QLatin1String("starting");
        then(up ? Method::Systemd : Method::Cron);
    });
}

void ScheduleInstaller::install(const BackupSchedule &schedule, const QString &program)
{
    m_result = Result();
    m_done = false;
    detect([this, schedule, program](Method method) {
        m_result.method = method;
        if (method == Method::Systemd)
            installSystemd(schedule, program);
        else
            installCron(schedule, program);
    });
}

void ScheduleInstaller::installSystemd(const BackupSchedule &schedule, const QString &program)
{
    auto writeUnits = [this, schedule, program] {
        const QString dir = ScheduleUnits::userUnitDir();
        QDir().mkpath(dir);
        const QList<QPair<QString, QString>> units{{ScheduleUnits::serviceName(schedule.id), ScheduleUnits::serviceText(schedule, program)},
                                                   {ScheduleUnits::timerName(schedule.id), ScheduleUnits::timerText(schedule)}};
        for (const auto &[name, text] : units) {
            QSaveFile f(dir + QLatin1Char('/') + name);
            if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
                fail(f.fileName(), -1, QString(), f.errorString());
                return;
            }
            m_result.written << f.fileName();
        }
        const QStringList reload = userArgs({QStringLiteral("daemon-reload")});
        run(systemctl(), reload, QByteArray(), [this, reload, schedule](int code, const QString &out, const QString &err) {
            if (code != 0) {
                fail(systemctl() + QLatin1Char(' ') + reload.join(QLatin1Char(' ')), code, out, err);
                return;
            }
            const QStringList enable = userArgs({QStringLiteral("enable"), QStringLiteral("--now"), ScheduleUnits::timerName(schedule.id)});
            run(systemctl(), enable, QByteArray(), [this, enable](int code, const QString &out, const QString &err) {
                if (code != 0)
                    fail(systemctl() + QLatin1Char(' ') + enable.join(QLatin1Char(' ')), code, out, err);
                else
                    succeed();
            });
        });
    };
    // A line this schedule had in the crontab before goes first.
    if (haveCrontab())
        editCron(schedule.id, QString(), writeUnits);
    else
        writeUnits();
}

void ScheduleInstaller::installCron(const BackupSchedule &schedule, const QString &program)
{
    if (!haveCrontab()) {
        fail(QStringLiteral("crontab"), -1, QString(), QString());
        return;
    }
    removeUnits(schedule.id, [this, schedule, program] {
        editCron(schedule.id, ScheduleUnits::cronLine(schedule, program), [this] { succeed(); });
    });
}

void ScheduleInstaller::remove(const QString &id)
{
    m_result = Result();
    m_done = false;
    detect([this, id](Method method) {
        m_result.method = method;
        removeUnits(id, [this, id] {
            if (haveCrontab())
                editCron(id, QString(), [this] { succeed(); });
            else
                succeed();
        });
    });
}

void ScheduleInstaller::removeUnits(const QString &id, std::function<void()> then)
{
    const QString dir = ScheduleUnits::userUnitDir();
    const QString service = dir + QLatin1Char('/') + ScheduleUnits::serviceName(id);
    const QString timer = dir + QLatin1Char('/') + ScheduleUnits::timerName(id);
    if (!QFileInfo::exists(service) && !QFileInfo::exists(timer)) {
        then();
        return;
    }
    auto deleteFiles = [this, service, timer, then] {
        for (const QString &f : {timer, service}) {
            if (QFileInfo::exists(f)) {
                if (!QFile::remove(f)) {
                    fail(f, -1, QString(), QFile(f).errorString());
                    return;
                }
                m_result.removed << f;
            }
        }
        if (m_result.method != Method::Systemd) {
            then();
            return;
        }
        run(systemctl(), userArgs({QStringLiteral("daemon-reload")}), QByteArray(), [then](int, const QString &, const QString &) { then(); });
    };
    if (m_result.method != Method::Systemd) {
        deleteFiles(); // no systemd user instance to stop the timer in: the files are all there is
        return;
    }
    const QStringList disable = userArgs({QStringLiteral("disable"), QStringLiteral("--now"), ScheduleUnits::timerName(id)});
    run(systemctl(), disable, QByteArray(), [this, disable, deleteFiles](int code, const QString &out, const QString &err) {
        if (code != 0) {
            fail(systemctl() + QLatin1Char(' ') + disable.join(QLatin1Char(' ')), code, out, err);
            return;
        }
        deleteFiles();
    });
}

void ScheduleInstaller::editCron(const QString &id, const QString &line, std::function<void()> then)
{
    run(QStringLiteral("crontab"), {QStringLiteral("-l")}, QByteArray(), [this, id, line, then](int code, const QString &out, const QString &err) {
        QString current;
        if (code == 0)
            current = out;
        else if (!err.contains(QLatin1String("no crontab"))) {
            fail(QStringLiteral("crontab -l"), code, out, err);
            return;
        }
        const QString edited = ScheduleUnits::editCrontab(current, id, line);
        QString unchanged = current;
        if (!unchanged.isEmpty() && !unchanged.endsWith(QLatin1Char('\n')))
            unchanged += QLatin1Char('\n');
        if (edited == unchanged) {
            then(); // nothing of this schedule to change
            return;
        }
        run(QStringLiteral("crontab"), {QStringLiteral("-")}, edited.toLocal8Bit(), [this, then](int code, const QString &out, const QString &err) {
            if (code != 0) {
                fail(QStringLiteral("crontab -"), code, out, err);
                return;
            }
            then();
        });
    });
}

void ScheduleInstaller::fail(const QString &command, int exitCode, const QString &out, const QString &err)
{
    if (m_done)
        return;
    m_done = true;
    Q_UNUSED(exitCode)
    // Units written before systemd refused them would look like a working schedule: they go.
    for (const QString &f : std::as_const(m_result.written)) {
        if (QFile::remove(f))
            m_result.removed << f;
    }
    m_result.written.clear();
    m_result.ok = false;
    m_result.failedCommand = command;
    m_result.output = (err.trimmed().isEmpty() ? out : err).trimmed();
    Q_EMIT finished(m_result);
}

void ScheduleInstaller::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_result.ok = true;
    Q_EMIT finished(m_result);
}

} // namespace Valvur
