#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Valvur::Test {

// What /proc says about processes, for tests that check what runs after a cancel or a kill.

// Running (a zombie waiting to be reaped counts as gone).
bool processRunning(qint64 pid);
// The direct children of pid.
QList<qint64> childProcesses(qint64 pid);
// pid and all its descendants.
QList<qint64> processTree(qint64 pid);
// The process's NUL-separated environment ("" when it cannot be read).
QByteArray processEnvironment(qint64 pid);
// The program name (comm).
QString processName(qint64 pid);
// Regular files up to maxBytes, at most depth folders below root, whose contents hold needle.
QStringList filesHolding(const QString &root, const QByteArray &needle, int depth = 3, qint64 maxBytes = 1 << 20);

} // namespace Valvur::Test
