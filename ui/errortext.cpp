#include "errortext.h"

#include "doctor/connectiondoctor.h"
#include "doctor/doctortext.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Errors)
};
} // namespace

QString describeError(const PgError &error)
{
    QString headline;
    switch (error.kind()) {
    case PgError::Kind::None:
        return {};
    case PgError::Kind::InvalidOptions:
        headline = Tr::tr("The connection string is not valid.");
        break;
    case PgError::Kind::NameResolution:
    case PgError::Kind::Timeout:
        headline = DoctorText::headline(ConnectionDoctor::problemFor(error));
        break;
    case PgError::Kind::ConnectionLost:
        headline = Tr::tr("The connection to the server was lost.");
        break;
    case PgError::Kind::Cancelled:
        // 57014 is also the server's own cancel: statement_timeout (Valvur's, or the user's in options)
        headline = error.message().contains(QLatin1String("statement timeout"))
            ? Tr::tr("The query ran longer than statement_timeout allows, so the server cancelled it. If statement_timeout is "
                     "set in the connection string's options (or PGOPTIONS, or for the role), raise it; otherwise the server "
                     "is too busy to answer in time.")
            : Tr::tr("The query was cancelled.");
        break;
    case PgError::Kind::NotConnected:
        headline = Tr::tr("Not connected to the server.");
        break;
    case PgError::Kind::Connection:
        // The connection doctor's words for its problem ids, so the banner and the doctor agree.
        headline = DoctorText::headline(ConnectionDoctor::problemFor(error));
        break;
    case PgError::Kind::Server:
        headline = error.sqlState() == QLatin1String("55P03")
            ? Tr::tr("The query waited for a lock longer than lock_timeout allows: another session holds it (the Locks page "
                     "shows which). Valvur does not queue behind an application's lock; the next refresh tries again.")
            : Tr::tr("The server reported an error.");
        break;
    }
    QString text = headline;
    if (!error.message().isEmpty())
        text += QLatin1Char('\n') + error.fullText();
    if (!error.sqlState().isEmpty())
        text += QStringLiteral(" (SQLSTATE %1)").arg(error.sqlState());
    return text;
}

} // namespace Valvur
