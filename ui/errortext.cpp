#include "errortext.h"

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
        headline = Tr::tr("The host name does not resolve. Check it for typos.");
        break;
    case PgError::Kind::Timeout:
        headline = Tr::tr("The server did not answer in time. A firewall or a wrong network may be in the way.");
        break;
    case PgError::Kind::ConnectionLost:
        headline = Tr::tr("The connection to the server was lost.");
        break;
    case PgError::Kind::Cancelled:
        headline = Tr::tr("The query was cancelled.");
        break;
    case PgError::Kind::NotConnected:
        headline = Tr::tr("Not connected to the server.");
        break;
    case PgError::Kind::Connection:
        if (error.sqlState() == QLatin1String("28P01"))
            headline = Tr::tr("Authentication failed: the password is wrong for this user.");
        else if (error.sqlState() == QLatin1String("3D000"))
            headline = Tr::tr("The database does not exist.");
        else if (error.sqlState() == QLatin1String("53300"))
            headline = Tr::tr("The server has too many connections.");
        else if (error.sqlState() == QLatin1String("57P03"))
            headline = Tr::tr("The server is starting up or in recovery. Wait a moment.");
        else if (error.message().contains(QLatin1String("Connection refused")))
            headline = Tr::tr("Connection refused: nothing listens on that port. Is the server or container running, and is the port published?");
        else
            headline = Tr::tr("Could not connect to the server.");
        break;
    case PgError::Kind::Server:
        headline = Tr::tr("The server reported an error.");
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
