#include "lab/labhintsview.h"

#include "pages/pages.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

namespace {
QString pageTitle(const QString &pageId)
{
    for (const PageKind &kind : pageKinds()) {
        if (kind.pageId() == pageId)
            return kind.translatedTitle();
    }
    return {};
}
} // namespace

LabHintsView::LabHintsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("labNextHint"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_next, &QPushButton::clicked, this, &LabHintsView::nextRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(m_next);
    row->addStretch();
    layout->addLayout(row);
    retranslate();
}

void LabHintsView::setHints(const QList<Lab::Hint> &hints, int revealed)
{
    m_hints = hints;
    m_revealed = qMin(revealed, int(hints.size()));
    while (QLayoutItem *item = m_list->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    for (int i = 0; i < m_revealed; ++i)
        m_list->addWidget(hintWidget(hints.at(i), i + 1));
    retranslate();
}

QWidget *LabHintsView::hintWidget(const Lab::Hint &hint, int number)
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("labHint%1").arg(number));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *text = new QLabel(tr("Hint %1: %2").arg(number).arg(hint.text.text()), box);
    text->setObjectName(QStringLiteral("labHintText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    const QString title = pageTitle(hint.page);
    if (!title.isEmpty()) {
        auto *open = new QPushButton(tr("Open page: %1").arg(title), box);
        open->setObjectName(QStringLiteral("labOpenPage"));
        open->setFlat(true);
        open->setCursor(Qt::PointingHandCursor);
        open->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; text-align: left; }"));
        connect(open, &QPushButton::clicked, this, [this, page = hint.page] { Q_EMIT openPageRequested(page); });
        auto *row = new QHBoxLayout;
        row->addWidget(open);
        row->addStretch();
        layout->addLayout(row);
    }
    if (!hint.command.isEmpty()) {
        auto *row = new QHBoxLayout;
        auto *command = new QLineEdit(hint.command, box);
        command->setObjectName(QStringLiteral("labHintCommand"));
        command->setReadOnly(true);
        command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        command->setCursorPosition(0);
        auto *copy = new QPushButton(tr("Copy"), box);
        copy->setObjectName(QStringLiteral("labCopyCommand"));
        copy->setToolTip(tr("Copy the command to the clipboard"));
        connect(copy, &QPushButton::clicked, this, [text = hint.command] { QGuiApplication::clipboard()->setText(text); });
        row->addWidget(command, 1);
        row->addWidget(copy);
        layout->addLayout(row);
    }
    return box;
}

void LabHintsView::retranslate()
{
    const int total = int(m_hints.size());
    m_next->setEnabled(m_revealed < total);
    m_next->setVisible(total > 0);
    m_next->setText(m_revealed < total ? tr("Show next hint (%1 of %2)").arg(m_revealed + 1).arg(total) : tr("All hints shown"));
    m_next->setToolTip(tr("Reveal one more hint (Ctrl+H)"));
}

} // namespace Valvur
