#pragma once

#include "pg/connectionoptions.h"

#include <QString>
#include <QStringList>

namespace Valvur {

class ConnectionDoctor;

// The connection doctor's words: a headline per problem id and the course's checklist (chapter 6,
// "Troubleshooting Common Issues"). translated=false gives the English source (for --json).
namespace DoctorText {

QString headline(const QString &problem, bool translated = true);
QStringList advice(const QString &problem, const ConnectionOptions &options, bool translated = true);
// The checklist for the doctor's verdict, fitted to what it saw (e.g. whether a superuser still gets in).
QStringList advice(const ConnectionDoctor &doctor, bool translated = true);
// What the doctor found beyond the verdict: who holds the connections, the server's message.
QStringList facts(const ConnectionDoctor &doctor, bool translated = true);
// Everything as plain text (steps with timings, verdict, facts, checklist), for copying.
QString report(const ConnectionDoctor &doctor, bool translated = true);

} // namespace DoctorText

} // namespace Valvur
