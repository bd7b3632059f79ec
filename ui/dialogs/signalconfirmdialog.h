#pragma once

#include "activity/activitycontroller.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Valvur {

// The confirmation before cancelling queries or terminating sessions: what will happen, and each
// target (pid, user, database, the query's first line). On a production server the user types the
// database name before the button unlocks.
class SignalConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    SignalConfirmDialog(ActivityController::Action action, const QList<SignalTarget> &targets,
                        const QString &typeToConfirm, QWidget *parent = nullptr);

    ActivityController::Action action() const { return m_action; }
    const QList<SignalTarget> &targets() const { return m_targets; }
    QString explanation() const;
    QStringList targetLines() const; // one line per target as listed
    bool needsTyping() const { return !m_typeToConfirm.isEmpty(); }
    bool canConfirm() const;

private:
    ActivityController::Action m_action;
    QList<SignalTarget> m_targets;
    QString m_typeToConfirm;
    QLabel *m_explanation;
    QTreeWidget *m_list;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_ok;
};

// The result of one target in the user's words.
QString describeOutcome(ActivityController::Action action, const SignalOutcome &outcome);

} // namespace Valvur
