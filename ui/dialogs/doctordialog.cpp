#include "dialogs/doctordialog.h"

#include "doctor/connectiondoctor.h"
#include "doctor/doctortext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Valvur {

namespace {

// Drawn icons: the offscreen platform and many desktop themes have no stock "running" icon.
QIcon stateIcon(DoctorStep::State state)
{
    QColor colour;
    QString glyph;
    switch (state) {
    case DoctorStep::State::Running:
        colour = QColor(0x1e, 0x88, 0xe5);
        glyph = QStringLiteral("…");
        break;
    case DoctorStep::State::Passed:
        colour = QColor(0x2e, 0x7d, 0x32);
        glyph = QStringLiteral("✓");
        break;
    case DoctorStep::State::Failed:
        colour = QColor(0xc6, 0x28, 0x28);
        glyph = QStringLiteral("✗");
        break;
    case DoctorStep::State::Skipped:
        colour = QColor(0x9e, 0x9e, 0x9e);
        glyph = QStringLiteral("–");
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(2, 2, 28, 28);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(20);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, glyph);
    return QIcon(pixmap);
}

} // namespace

DoctorDialog::DoctorDialog(QWidget *parent)
    : QDialog(parent)
    , m_doctor(new ConnectionDoctor(this))
{
    setObjectName(QStringLiteral("doctorDialog"));
    auto *layout = new QVBoxLayout(this);
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("doctorServer"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_server);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("doctorSteps"));
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setWordWrap(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->setMinimumHeight(150);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_steps, 1);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("doctorVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("doctorFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
    m_adviceTitle = new QLabel(this);
    QFont bold = m_adviceTitle->font();
    bold.setBold(true);
    m_adviceTitle->setFont(bold);
    layout->addWidget(m_adviceTitle);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("doctorAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_advice);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("doctorCopy"));
    m_rerun = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rerun->setObjectName(QStringLiteral("doctorRerun"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(DoctorText::report(*m_doctor)); });
    connect(m_rerun, &QPushButton::clicked, this, [this] { start(m_options, m_password); });
    connect(m_doctor, &ConnectionDoctor::stepStarted, this, &DoctorDialog::showStep);
    connect(m_doctor, &ConnectionDoctor::stepFinished, this, &DoctorDialog::showStep);
    connect(m_doctor, &ConnectionDoctor::finished, this, &DoctorDialog::showVerdict);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    resize(760, 480);
    retranslate();
}

DoctorDialog *DoctorDialog::diagnose(QWidget *parent, const ConnectionOptions &options, const QString &password,
                                     const QString &container, const SshEndpoint &ssh, const QString &sshProfileId)
{
    auto *dialog = new DoctorDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setContainer(container);
    if (ssh.isEnabled()) {
        // The engine on this machine knows nothing about a server behind an SSH host.
        dialog->m_doctor->setSsh(ssh);
        if (!sshProfileId.isEmpty())
            dialog->m_doctor->setSshAskpass(sshProfileId, QCoreApplication::applicationFilePath());
        dialog->m_doctor->setContainerCheckEnabled(false);
    }
    dialog->start(options, password);
    dialog->open();
    return dialog;
}

void DoctorDialog::start(const ConnectionOptions &options, const QString &password)
{
    m_options = options;
    m_password = password;
    m_steps->clear();
    m_doctor->start(options, password);
    retranslate();
}

void DoctorDialog::setContainer(const QString &name)
{
    m_doctor->setContainer(name);
}

void DoctorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DoctorDialog::retranslate()
{
    setWindowTitle(tr("Connection doctor"));
    m_server->setText(tr("Server: %1").arg(m_options.displayName()));
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("Time")});
    m_copy->setText(tr("&Copy report"));
    m_rerun->setText(tr("&Run again"));
    for (int i = 0; i < m_doctor->steps().size(); ++i)
        showStep(i);
    showVerdict();
}

void DoctorDialog::showStep(int index)
{
    while (m_steps->topLevelItemCount() <= index)
        m_steps->addTopLevelItem(new QTreeWidgetItem);
    const DoctorStep &step = m_doctor->steps().at(index);
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    item->setIcon(0, stateIcon(step.state));
    item->setText(0, step.title());
    item->setData(0, Qt::UserRole, DoctorStep::stateName(step.state));
    const QString detail = step.detail();
    item->setText(1, detail.isEmpty() ? step.target : step.target + QStringLiteral(" — ") + detail);
    item->setToolTip(1, item->text(1));
    item->setText(2, step.state == DoctorStep::State::Running ? tr("running…") : tr("%1 ms").arg(step.elapsedMs));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
}

void DoctorDialog::showVerdict()
{
    const QString problem = m_doctor->problem();
    m_rerun->setEnabled(!m_doctor->isRunning());
    if (problem.isEmpty()) {
        m_verdict->setText(m_doctor->isRunning() ? tr("Diagnosing…") : QString());
        m_verdict->setStyleSheet(QString());
        m_facts->clear();
        m_adviceTitle->clear();
        m_advice->clear();
        return;
    }
    m_verdict->setText(DoctorText::headline(problem));
    m_verdict->setStyleSheet(problem == QLatin1String("ok") ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_verdict->setToolTip(problem);
    const QStringList facts = DoctorText::facts(*m_doctor);
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_facts->setVisible(!facts.isEmpty());
    const QStringList advice = DoctorText::advice(*m_doctor);
    m_adviceTitle->setText(advice.isEmpty() ? QString() : tr("What to check:"));
    QString html = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &a : advice)
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">") + a.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ol>");
    m_advice->setText(advice.isEmpty() ? QString() : html);
}

} // namespace Valvur
