#pragma once

#include "containers/containercause.h"

#include <QString>
#include <QStringList>

namespace Valvur::DoctorText {

// The connection doctor's words for a container cause (translation context Valvur::Doctor):
// a headline naming the container, the facts that prove it (exit code, last log lines, ports,
// networks, the engine's error) and the course's checklist for it (chapter 6, "Troubleshooting
// Common Issues", 6.1 Connection Refused; 2.4 Networking). translated=false gives English (--json).
QString causeHeadline(const ContainerCause &cause, bool translated = true);
QStringList causeFacts(const ContainerCause &cause, bool translated = true);
QStringList causeAdvice(const ContainerCause &cause, bool translated = true);

} // namespace Valvur::DoctorText
