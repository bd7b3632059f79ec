#include "backup/toolprogressview.h"

#include "format.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Valvur {

ToolProgressView::ToolProgressView(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_tables(new QLabel(this))
    , m_bytes(new QLabel(this))
    , m_time(new QLabel(this))
    , m_logToggle(new QToolButton(this))
    , m_log(new QPlainTextEdit(this))
{
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_stage->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 1000);
    m_tables->setObjectName(QStringLiteral("tablesLabel"));
    m_bytes->setObjectName(QStringLiteral("bytesLabel"));
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_logToggle->setObjectName(QStringLiteral("logToggle"));
    m_logToggle->setCheckable(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_log->setObjectName(QStringLiteral("logText"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setVisible(false);
    connect(m_logToggle, &QToolButton::toggled, this, [this](bool on) {
        m_log->setVisible(on);
        m_logToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_tables);
    layout->addWidget(m_bytes);
    layout->addWidget(m_time);
    layout->addWidget(m_logToggle);
    layout->addWidget(m_log, 1);
    layout->addStretch();
    retranslate();
    reset();
}

void ToolProgressView::reset()
{
    m_last = ToolProgress();
    m_bar->setValue(0);
    m_log->clear();
    setProgress(m_last);
}

void ToolProgressView::setStage(const QString &text)
{
    m_stage->setText(text);
}

void ToolProgressView::setProgress(const ToolProgress &p)
{
    m_last = p;
    m_bar->setValue(int(p.fraction * 1000));
    m_tables->setText(p.tablesTotal > 0 ? tr("Tables: %1 of %2").arg(p.tablesDone).arg(p.tablesTotal)
                                        : tr("Tables: counting…"));
    m_bytes->setText(tr("Written: %1").arg(Format::bytes(p.bytesWritten)));
    const QString elapsed = Format::duration(p.elapsedMs / 1000);
    m_time->setText(p.remainingMs >= 0 ? tr("Elapsed: %1, about %2 left").arg(elapsed, Format::duration(p.remainingMs / 1000))
                                       : tr("Elapsed: %1").arg(elapsed));
}

void ToolProgressView::appendLog(const QString &line, bool isError)
{
    Q_UNUSED(isError)
    m_log->appendPlainText(line);
}

void ToolProgressView::setFinished(bool ok)
{
    if (ok)
        m_bar->setValue(1000);
}

QString ToolProgressView::logText() const
{
    return m_log->toPlainText();
}

void ToolProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ToolProgressView::retranslate()
{
    m_logToggle->setText(tr("Log"));
    setProgress(m_last);
}

} // namespace Valvur
