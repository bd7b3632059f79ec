#include "errortext.h"

#include "connectiondoctor.h"
#include "doctortext.h"

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
        headline = Tr::tr("The query was cancelled.");
        break;
    case PgError::Kind::NotConnected:
        headline = Tr::tr("Not connected to the server.");
        break;
    case PgError::Kind::Connection:
        // The connection doctor's words for its problem ids, so the banner and the doctor agree.
        headline = DoctorText::headline(ConnectionDoctor::problemFor(error));
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
