#pragma once

#include <QFuture>
#include <QString>

namespace Valvur::Checksum {

// SHA-256 of a file, or of a directory: every regular file below it in a stable order (relative
// paths sorted bytewise), each contributing its relative path, a NUL, its length and its bytes.
// Hex digest; empty when something cannot be read. Blocking: call it through sha256Async().
QString sha256(const QString &path);
// Runs sha256() on the thread pool (never on the GUI thread).
QFuture<QString> sha256Async(const QString &path);

// Size in bytes of a file, or the sum of the regular files below a directory.
qint64 totalSize(const QString &path);

} // namespace Valvur::Checksum
