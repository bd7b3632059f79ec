#include "doctor/doctorstep.h"

#include "pg/connectionoptions.h"

#include <QCoreApplication>

namespace Valvur {

namespace {

QString text(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("Valvur::Doctor", source) : QString::fromUtf8(source);
}

} // namespace

QString DoctorStep::title(bool translated) const
{
    static const struct
    {
        const char *id;
        const char *title;
    } titles[] = {
        {"ssh-config", QT_TRANSLATE_NOOP("Valvur::Doctor", "SSH configuration")},
        {"ssh", QT_TRANSLATE_NOOP("Valvur::Doctor", "SSH tunnel")},
        {"port", QT_TRANSLATE_NOOP("Valvur::Doctor", "Port")},
        {"resolve", QT_TRANSLATE_NOOP("Valvur::Doctor", "Name resolution")},
        {"socket", QT_TRANSLATE_NOOP("Valvur::Doctor", "Unix socket")},
        {"tcp", QT_TRANSLATE_NOOP("Valvur::Doctor", "TCP connection")},
        {"postgres", QT_TRANSLATE_NOOP("Valvur::Doctor", "PostgreSQL protocol")},
        {"tls", QT_TRANSLATE_NOOP("Valvur::Doctor", "TLS")},
        {"auth", QT_TRANSLATE_NOOP("Valvur::Doctor", "Authentication")},
        {"database", QT_TRANSLATE_NOOP("Valvur::Doctor", "Database")},
        {"connections", QT_TRANSLATE_NOOP("Valvur::Doctor", "Connection slots")},
        {"containers", QT_TRANSLATE_NOOP("Valvur::Doctor", "Containers")},
    };
    for (const auto &t : titles) {
        if (id == QLatin1String(t.id))
            return text(t.title, translated);
    }
    return id;
}

QString DoctorStep::detail(bool translated) const
{
    QString d;
    if (note) {
        d = text(note, translated);
        for (const QString &a : noteArgs)
            d = d.arg(ConnectionOptions::printable(a));
    }
    // libpq and the server echo host names and user names as given: no control character reaches a terminal.
    const QString words = ConnectionOptions::printable(raw.trimmed());
    if (!words.isEmpty())
        d = d.isEmpty() ? words : d + QStringLiteral(": ") + words;
    return d;
}

QString DoctorStep::stateName(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Passed:
        return QStringLiteral("passed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace Valvur
