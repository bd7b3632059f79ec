#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace Valvur::Test {

// A second dockerd of the test's own, on its own socket, data root, exec root, pid file and bridge
// (not --bridge=none: that deletes docker0), with --iptables=false, so the main engine is not disturbed: for tests that stop the
// daemon mid-test or take access to its socket away. Starts empty (loadImage copies an image from
// the main engine); stopped and its directory removed at scope exit. Needs root.
class PrivateDockerd
{
public:
    PrivateDockerd();
    ~PrivateDockerd();
    PrivateDockerd(const PrivateDockerd &) = delete;
    PrivateDockerd &operator=(const PrivateDockerd &) = delete;

    bool start(QString *error, int timeoutMs = 30000);
    // SIGTERM and wait: the daemon stops its containers and removes its socket.
    bool stop(int timeoutMs = 30000);
    bool isRunning() const;
    bool loadImage(const QString &image, QString *error, int timeoutMs = 180000);

    QString socketPath() const;
    QString host() const { return QStringLiteral("unix://") + socketPath(); }  // for DOCKER_HOST
    qint64 pid() const;
    QString logText() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_bridge;
};

} // namespace Valvur::Test
