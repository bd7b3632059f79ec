#include "lab/labpage.h"

#include "format.h"
#include "lab/labcontroller.h"
#include "lab/labhintsview.h"
#include "lab/labscenariomodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Valvur {

namespace {
QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setBand(QLabel *label, const QString &text, const char *background, const char *foreground)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 6px; }")
                             .arg(QLatin1String(background), QLatin1String(foreground)));
}
} // namespace

LabPage::LabPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_controller(new LabController(context.settings, this))
{
    setObjectName(QStringLiteral("labPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("labEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(m_stack);
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("labScenarioList"));
    m_list->setModel(m_controller->model());
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_list);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(scroll);
    auto *layout = new QVBoxLayout(detail);
    m_title = wrapped(detail, QStringLiteral("labTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_section = wrapped(detail, QStringLiteral("labSection"));
    m_goal = wrapped(detail, QStringLiteral("labGoal"));
    layout->addWidget(m_title);
    layout->addWidget(m_section);
    layout->addWidget(m_goal);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(detail);
    m_start->setObjectName(QStringLiteral("labStart"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_check = new QPushButton(detail);
    m_check->setObjectName(QStringLiteral("labCheck"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reset = new QPushButton(detail);
    m_reset->setObjectName(QStringLiteral("labReset"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    buttons->addWidget(m_start);
    buttons->addWidget(m_check);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    m_elapsed = new QLabel(detail);
    m_elapsed->setObjectName(QStringLiteral("labElapsed"));
    buttons->addWidget(m_elapsed);
    layout->addLayout(buttons);

    m_progress = wrapped(detail, QStringLiteral("labProgress"));
    m_notice = wrapped(detail, QStringLiteral("labNotice"));
    m_verdict = wrapped(detail, QStringLiteral("labVerdict"));
    m_traps = wrapped(detail, QStringLiteral("labTraps"));
    m_advice = wrapped(detail, QStringLiteral("labAdvice"));
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);
    layout->addWidget(m_verdict);
    layout->addWidget(m_traps);
    layout->addWidget(m_advice);

    m_hints = new LabHintsView(detail);
    m_hints->setObjectName(QStringLiteral("labHints"));
    layout->addWidget(m_hints);
    m_actionsLabel = new QLabel(detail);
    layout->addWidget(m_actionsLabel);
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    layout->addStretch();
    scroll->setWidget(detail);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 700});
    m_stack->addWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_controller->select(index.data(LabScenarioModel::IdRole).toString());
    });
    connect(m_start, &QPushButton::clicked, m_controller, &LabController::start);
    connect(m_check, &QPushButton::clicked, m_controller, &LabController::check);
    connect(m_reset, &QPushButton::clicked, this, &LabPage::confirmReset);
    connect(m_hints, &LabHintsView::nextRequested, m_controller, &LabController::revealHint);
    connect(m_hints, &LabHintsView::openPageRequested, this, &LabPage::openPageRequested);
    connect(m_controller, &LabController::currentChanged, this, &LabPage::showScenario);
    connect(m_controller, &LabController::hintsChanged, this, [this] {
        m_hints->setHints(m_controller->current().hints.mid(0, LabController::MaxHints), m_controller->revealedHints());
        checkReady();
    });
    connect(m_controller, &LabController::changed, this, &LabPage::showStatus);
    connect(m_controller, &LabController::verdictChanged, this, &LabPage::showVerdict);
    connect(m_controller, &LabController::elapsedChanged, this, &LabPage::showElapsed);
    connect(m_controller, &LabController::actionFinished, this, [this](const QString &, const QString &error) {
        if (error.isEmpty())
            setBand(m_notice, tr("Done. Check the scenario to see the effect (Ctrl+Return)."), "#e8f0fe", "#1a3a6b");
        else
            setBand(m_notice, error, "#fde7e9", "#a4262c");
    });
    // Closing the window ends a scenario this window holds (with a reset, bounded).
    if (QWidget *w = window(); w && w != this)
        w->installEventFilter(this);

    m_list->setCurrentIndex(m_controller->model()->index(0, 0));
    retranslate();
    showScenario();
    showStatus();
}

QString LabPage::title() const
{
    return tr("Lab");
}

bool LabPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == window())
        m_controller->shutdown();
    return Page::eventFilter(watched, event);
}

void LabPage::setServer(ServerConnection *server)
{
    m_controller->setServer(server);
}

bool LabPage::hasData() const
{
    if (!m_controller->server())
        return true; // the empty state is all there is to show
    if (m_startWanted)
        return m_controller->status() == LabController::Status::Running && m_controller->revealedHints() > 0;
    return m_controller->isSettled();
}

void LabPage::checkReady()
{
    const bool ready = hasData();
    if (ready && !m_ready)
        Q_EMIT dataReady();
    m_ready = ready;
}

bool LabPage::openScenario(const QString &scenarioId, bool start)
{
    const int row = m_controller->model()->rowOf(scenarioId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_controller->model()->index(row, 0));
    m_controller->select(scenarioId);
    m_startWanted = start;
    if (start) {
        m_ready = false;
        auto startWhenIdle = [this] {
            if (!m_startWanted || !m_controller->canStart())
                return;
            m_controller->start();
        };
        connect(m_controller, &LabController::changed, this, startWhenIdle);
        connect(m_controller, &LabController::changed, this, [this] {
            if (m_startWanted && m_controller->status() == LabController::Status::Running && m_controller->revealedHints() == 0)
                m_controller->revealHint();
        });
        startWhenIdle();
    }
    return true;
}

void LabPage::showScenario()
{
    const Lab::Scenario s = m_controller->current();
    m_title->setText(s.title.text());
    m_section->setText(s.section.isEmpty() ? QString() : tr("Course chapter, section %1").arg(s.section));
    m_goal->setText(s.goal.text());
    m_hints->setHints(s.hints.mid(0, LabController::MaxHints), m_controller->revealedHints());
    const int row = m_controller->model()->rowOf(s.id);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_controller->model()->index(row, 0));
    rebuildActions();
    showStatus();
    showVerdict();
}

void LabPage::rebuildActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    const Lab::Scenario s = m_controller->current();
    m_actionsLabel->setVisible(!s.actions.isEmpty());
    for (const Lab::Action &a : s.actions) {
        auto *button = new QPushButton(a.label.text(), this);
        button->setObjectName(QStringLiteral("labAction_") + a.id);
        connect(button, &QPushButton::clicked, this, [this, id = a.id, label = a.label.text()] { confirmAction(id, label); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch();
}

void LabPage::showStatus()
{
    using S = LabController::Status;
    const S status = m_controller->status();
    m_stack->setCurrentIndex(status == S::NotConnected ? 0 : 1);
    m_start->setEnabled(m_controller->canStart());
    m_check->setEnabled(m_controller->canCheck());
    m_reset->setEnabled(m_controller->server() && !m_controller->isBusy());
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget *w = m_actions->itemAt(i)->widget())
            w->setEnabled(status == S::Running && m_controller->liveScenario() == m_controller->currentId());
    }
    QString progress = m_controller->progressText();
    if (status == S::Elsewhere) {
        const QString live = m_controller->liveScenario();
        progress = live.isEmpty() ? tr("A lab runs on this server in another program (e.g. valvur lab start in a terminal). Check works here; "
                                       "Reset ends it.")
                                  : tr("The scenario %1 runs on this server in another program (e.g. valvur lab start in a terminal). "
                                       "Check works here; Reset ends it.").arg(live);
    } else if (status == S::Running && m_controller->liveScenario() != m_controller->currentId()) {
        progress = tr("The scenario %1 runs on this server. Reset it before starting another.").arg(m_controller->liveScenario());
    }
    if (!m_controller->errorText().isEmpty())
        setBand(m_progress, m_controller->errorText(), "#fde7e9", "#a4262c");
    else
        setBand(m_progress, progress, "#eef1f5", "#1b1b1b");
    setBand(m_notice, m_controller->notice(), "#e8f0fe", "#1a3a6b");
    showElapsed();
    checkReady();
}

void LabPage::showElapsed()
{
    const int s = m_controller->elapsedS();
    m_elapsed->setText(s < 0 ? QString() : tr("Running for %1").arg(Format::duration(s)));
}

void LabPage::showVerdict()
{
    const bool show = m_controller->hasVerdict();
    const Lab::Verdict v = m_controller->verdict();
    if (!show) {
        setBand(m_verdict, {}, "", "");
        setBand(m_traps, {}, "", "");
        m_advice->hide();
        return;
    }
    // The scenario's own text says "Solved: …" or "Not solved yet: …"; the colour says it too.
    if (v.solved())
        setBand(m_verdict, v.message, "#dff3e0", "#1b5e20");
    else
        setBand(m_verdict, v.message, "#fff4ce", "#5d4200");
    QString traps;
    for (const QString &t : v.traps)
        traps += QStringLiteral("• ") + t + QLatin1Char('\n');
    setBand(m_traps, traps.isEmpty() ? QString() : tr("Traps:\n%1").arg(traps.trimmed()), "#fde7e9", "#a4262c");
    const QString advice = m_controller->current().advice.text();
    m_advice->setText(advice);
    m_advice->setVisible(v.solved() && !advice.isEmpty());
}

void LabPage::confirmReset()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset the lab"),
                                tr("Reset the lab on this server?"), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("labResetConfirm"));
    box->setInformativeText(tr("This ends the lab's sessions and drops the sandbox database valvur_lab and the roles "
                               "valvur_lab_*. Nothing else on the server is touched."));
    QPushButton *reset = box->addButton(tr("Reset"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton *clicked) {
        if (clicked == reset)
            m_controller->reset();
    });
    box->open();
}

void LabPage::confirmAction(const QString &actionId, const QString &label)
{
    auto *box = new QMessageBox(QMessageBox::Question, label, tr("The lab will run this SQL in the sandbox database valvur_lab:"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("labActionConfirm"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(QStringLiteral("<pre>%1</pre>").arg(m_controller->actionSql(actionId).toHtmlEscaped()));
    QPushButton *run = box->addButton(tr("Run"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, run, actionId](QAbstractButton *clicked) {
        if (clicked == run)
            m_controller->runAction(actionId);
    });
    box->open();
}

void LabPage::retranslate()
{
    m_empty->setText(tr("Connect to a development server or container to run a lab.\n\n"
                        "A lab stages a real problem (a connection leak, a lock chain, a slow query…) in the sandbox "
                        "database valvur_lab and checks from the server's own state whether you fixed it."));
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Stage the problem on this server (Ctrl+Shift+Return)"));
    m_check->setText(tr("Check"));
    m_check->setToolTip(tr("Ask the server whether the problem is fixed (Ctrl+Return)"));
    m_reset->setText(tr("Reset…"));
    m_reset->setToolTip(tr("End the lab's sessions and remove its database and roles (Ctrl+Shift+Backspace)"));
    m_actionsLabel->setText(tr("The lab can also do this for you:"));
    m_advice->setStyleSheet(QStringLiteral("QLabel { font-style: italic; }"));
    m_controller->model()->retranslate();
    showScenario();
}

} // namespace Valvur
