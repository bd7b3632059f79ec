#pragma once

#include "pg/connectionoptions.h"
#include "ssh/sshendpoint.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QPushButton;
class QDialogButtonBox;

namespace Valvur {

class ConnectionDoctor;

// The connection doctor in a window: each step as it runs (state icon, target, what was found,
// time), then the verdict and the course's checklist, all copyable. Opened from the connection
// banner ("Diagnose…") and from the Connect… dialog ("Test connection", which saves nothing).
class DoctorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DoctorDialog(QWidget *parent = nullptr);

    // Runs the doctor (again). The password goes to libpq only; empty means the pgpass file.
    void start(const ConnectionOptions &options, const QString &password = {});
    ConnectionDoctor *doctor() const { return m_doctor; }

    // The container the server runs in (a profile's): the doctor asks the container engine about it.
    void setContainer(const QString &name);

    // Opens a dialog that deletes itself when closed and starts diagnosing. With a profile's SSH
    // part the SSH leg is probed first and the database steps go through the tunnel, as
    // `valvur doctor --profile` does (sshProfileId: whose keychain may hold the SSH secret).
    static DoctorDialog *diagnose(QWidget *parent, const ConnectionOptions &options, const QString &password = {},
                                  const QString &container = {}, const SshEndpoint &ssh = {}, const QString &sshProfileId = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStep(int index);
    void showVerdict();

    ConnectionDoctor *m_doctor;
    ConnectionOptions m_options;
    QString m_password;
    QLabel *m_server;
    QTreeWidget *m_steps;
    QLabel *m_verdict;
    QLabel *m_facts;
    QLabel *m_adviceTitle;
    QLabel *m_advice;
    QPushButton *m_copy;
    QPushButton *m_rerun;
    QDialogButtonBox *m_buttons;
};

} // namespace Valvur
