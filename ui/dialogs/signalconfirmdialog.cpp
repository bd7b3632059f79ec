#include "dialogs/signalconfirmdialog.h"
#include "zoom/zoom.h"

#include "activity/activitymodel.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::SignalOutcome)
};
} // namespace

SignalConfirmDialog::SignalConfirmDialog(ActivityController::Action action, const QList<SignalTarget> &targets,
                                         const QString &typeToConfirm, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_targets(targets)
    , m_typeToConfirm(typeToConfirm)
{
    setObjectName(QStringLiteral("signalConfirmDialog"));
    const bool terminate = action == ActivityController::Action::Terminate;
    setWindowTitle(terminate ? tr("Terminate sessions") : tr("Cancel queries"));
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(explanation(), this);
    m_explanation->setObjectName(QStringLiteral("confirmExplanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("confirmTargets"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("PID"), tr("User"), tr("Database"), tr("Query")});
    for (const SignalTarget &t : targets) {
        auto *item = new QTreeWidgetItem(m_list, {QString::number(t.pid), t.user, t.database, ActivityModel::firstLine(t.query)});
        item->setToolTip(3, t.query.left(1000));
    }
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    m_list->setMinimumWidth(Zoom::scaled(560));
    layout->addWidget(m_list);

    if (!typeToConfirm.isEmpty()) {
        auto *warn = new QLabel(tr("This is a production server. Type the database name <b>%1</b> to confirm.")
                                    .arg(typeToConfirm.toHtmlEscaped()),
                                this);
        warn->setObjectName(QStringLiteral("productionWarning"));
        warn->setWordWrap(true);
        layout->addWidget(warn);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmDatabase"));
        layout->addWidget(m_typed);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(terminate ? tr("Terminate sessions (%n)", nullptr, int(targets.size()))
                                        : tr("Cancel queries (%n)", nullptr, int(targets.size())),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmButton"));
    m_ok->setIcon(style()->standardIcon(terminate ? QStyle::SP_DialogCloseButton : QStyle::SP_MediaStop));
    QPushButton *back = buttons->addButton(QDialogButtonBox::Cancel);
    back->setText(tr("Do nothing"));
    back->setObjectName(QStringLiteral("doNothingButton"));
    back->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_typed) {
        m_ok->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(canConfirm()); });
    }
}

QString SignalConfirmDialog::explanation() const
{
    const int n = int(m_targets.size());
    if (m_action == ActivityController::Action::Terminate)
        return tr("Terminate the sessions listed below (%n) with pg_terminate_backend? Each connection is closed: its running query stops, an open "
                  "transaction is rolled back and the client sees its connection break.",
                  nullptr, n);
    return tr("Cancel the running queries of the sessions listed below (%n) with pg_cancel_backend? Each query stops with an "
              "error and its transaction is rolled back; the session stays connected.",
              nullptr, n);
}

QStringList SignalConfirmDialog::targetLines() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < m_list->columnCount(); ++c)
            cells << item->text(c);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines;
}

bool SignalConfirmDialog::canConfirm() const
{
    return !m_typed || m_typed->text().trimmed() == m_typeToConfirm;
}

QString describeOutcome(ActivityController::Action action, const SignalOutcome &o)
{
    const bool terminate = action == ActivityController::Action::Terminate;
    switch (o.result) {
    case SignalOutcome::Done:
        return terminate ? Tr::tr("PID %1: the session was terminated.").arg(o.pid)
                         : Tr::tr("PID %1: the query was cancelled.").arg(o.pid);
    case SignalOutcome::Gone:
        return Tr::tr("PID %1: already gone: the session ended before the request reached it.").arg(o.pid);
    case SignalOutcome::Reused:
        return Tr::tr("PID %1: not touched: the PID now belongs to another session, which started after the one you saw.").arg(o.pid);
    case SignalOutcome::Own:
        return Tr::tr("PID %1: not touched: this is Valvur's own monitoring session.").arg(o.pid);
    case SignalOutcome::NeedsSuperuser:
        return Tr::tr("PID %1: not permitted: the session belongs to a superuser (or is a server process), and only a superuser "
                      "may signal it.")
            .arg(o.pid);
    case SignalOutcome::NeedsRole:
        return Tr::tr("PID %1: not permitted: you may signal only sessions of your own role, unless your role is a member of "
                      "pg_signal_backend.")
            .arg(o.pid);
    case SignalOutcome::Unverifiable:
        return Tr::tr("PID %1: not touched: you cannot see when this session started (that needs pg_read_all_stats), so it "
                      "cannot be told apart from a new session with the same PID.")
            .arg(o.pid);
    case SignalOutcome::Failed:
        return Tr::tr("PID %1: the server did not send the signal: it is not a PostgreSQL backend process.").arg(o.pid);
    case SignalOutcome::Error:
        return Tr::tr("PID %1: not done: %2").arg(o.pid).arg(describeError(o.error));
    }
    return {};
}

} // namespace Valvur
