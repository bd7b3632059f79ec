#include "containers/containergroup.h"
#include "zoom/zoom.h"

#include "containers/containerlistmodel.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Valvur {

namespace {
const QString kExpandedKey = QStringLiteral("serverList/containersExpanded");
}

ContainerGroup::ContainerGroup(ContainerListModel *model, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_settings(settings)
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(ContainerListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setObjectName(QStringLiteral("containerGroup"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_header = new QToolButton(this);
    m_header->setObjectName(QStringLiteral("containerGroupHeader"));
    m_header->setCheckable(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    layout->addWidget(m_header);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("containerList"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(Zoom::scaled(QSize(22, 16)));
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setSpacing(1);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the tooltip has every fact
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("containerGroupEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(4);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_empty);

    auto action = [this](const char *name) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
        return a;
    };
    m_connect = action("connectContainerAction");
    m_saveProfile = action("saveContainerProfileAction");
    m_refresh = action("refreshContainersAction");
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_connect, &QAction::triggered, this, [this] {
        if (!currentName().isEmpty())
            emit connectRequested(currentName());
    });
    connect(m_saveProfile, &QAction::triggered, this, [this] {
        if (!currentName().isEmpty())
            emit saveAsProfileRequested(currentName());
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_model->directory())
            m_model->directory()->refresh();
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit connectRequested(index.data(ContainerListModel::NameRole).toString());
    });
    connect(m_header, &QToolButton::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setValue(kExpandedKey, on);
        updateSummary();
    });
    // A container that starts or stops resets the model: keep the same one selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_remembered = currentName(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        selectName(m_remembered);
        updateActions();
    });
    connect(model, &ContainerListModel::summaryChanged, this, &ContainerGroup::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainerGroup::updateActions);

    m_header->setChecked(m_settings ? m_settings->value(kExpandedKey, true).toBool() : true);
    retranslate();
    updateActions();
}

bool ContainerGroup::isExpanded() const
{
    return m_header->isChecked();
}

void ContainerGroup::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

QString ContainerGroup::currentName() const
{
    return m_view->currentIndex().data(ContainerListModel::NameRole).toString();
}

void ContainerGroup::selectName(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row)));
}

void ContainerGroup::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
}

void ContainerGroup::updateActions()
{
    const bool any = !currentName().isEmpty();
    m_connect->setEnabled(any);
    m_saveProfile->setEnabled(any);
}

void ContainerGroup::updateSummary()
{
    const bool open = m_header->isChecked();
    m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_header->setText(m_model->title());
    const QString empty = m_model->emptyText();
    m_empty->setText(empty);
    m_view->setVisible(open && empty.isEmpty());
    m_empty->setVisible(open && !empty.isEmpty());
    // Folded, the group takes only its header's height; the saved servers get the rest.
    setSizePolicy(QSizePolicy::Preferred, open && empty.isEmpty() ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    const QString tip = m_model->engineUnavailable() ? empty : QString();
    m_header->setToolTip(tip);
}

void ContainerGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContainerGroup::retranslate()
{
    m_connect->setText(tr("&Connect"));
    m_saveProfile->setText(tr("&Save as connection profile…"));
    m_refresh->setText(tr("&Refresh the containers"));
    m_model->retranslate();
    updateSummary();
}

} // namespace Valvur
