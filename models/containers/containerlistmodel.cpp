#include "containers/containerlistmodel.h"

#include "containers/containersummary.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ContainerList)
};

QColor severityColor(ContainerFacts::Severity s)
{
    switch (s) {
    case ContainerFacts::Severity::Good:
        return QColor(QStringLiteral("#2e7d32"));
    case ContainerFacts::Severity::Waiting:
        return QColor(QStringLiteral("#f9a825"));
    case ContainerFacts::Severity::Bad:
        return QColor(QStringLiteral("#c62828"));
    case ContainerFacts::Severity::Stopped:
        break;
    }
    return QColor(QStringLiteral("#9e9e9e"));
}

// A rounded box (a container) filled in the state's colour; hollow when it is not running.
QIcon stateIcon(ContainerFacts::Severity s, bool running)
{
    QPixmap pm(22, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = severityColor(s);
    p.setPen(QPen(c, 1.5));
    p.setBrush(running ? QBrush(c) : QBrush(Qt::NoBrush));
    p.drawRoundedRect(QRectF(6, 3, 12, 10), 2, 2);
    return QIcon(pm);
}
} // namespace

ContainerListModel::ContainerListModel(ContainerDirectory *directory, QObject *parent)
    : QAbstractListModel(parent), m_directory(directory)
{
    connect(directory, &ContainerDirectory::containersChanged, this, &ContainerListModel::reload);
    connect(directory, &ContainerDirectory::stateChanged, this, &ContainerListModel::summaryChanged);
    reload();
}

void ContainerListModel::reload()
{
    beginResetModel();
    m_rows = m_directory ? m_directory->containers() : QList<ContainerInfo>();
    endResetModel();
    emit summaryChanged();
}

void ContainerListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit summaryChanged();
}

const ContainerInfo *ContainerListModel::container(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ContainerListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

QString ContainerListModel::title() const
{
    if (m_rows.isEmpty())
        return Tr::tr("Containers");
    return Tr::tr("Containers (%1)").arg(m_rows.size());
}

bool ContainerListModel::engineUnavailable() const
{
    return m_directory && m_directory->state() == ContainerDirectory::State::Unavailable;
}

QString ContainerListModel::emptyText() const
{
    if (!m_rows.isEmpty() || !m_directory)
        return {};
    switch (m_directory->state()) {
    case ContainerDirectory::State::Idle:
    case ContainerDirectory::State::Searching:
        return Tr::tr("Looking for the container engine…");
    case ContainerDirectory::State::Unavailable:
        return m_directory->errorText();
    case ContainerDirectory::State::Ready:
        break;
    }
    return Tr::tr("No PostgreSQL containers on %1. Start one as the course does:").arg(m_directory->socket().describe())
        + QStringLiteral("\n\n") + ContainerFacts::exampleRunCommand();
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ContainerListModel::dataVolumeText(const ContainerInfo &c)
{
    const std::optional<ContainerMount> m = c.dataMount();
    if (!m)
        return Tr::tr("no volume");
    if (m->type == QLatin1String("volume"))
        return m->isAnonymousVolume() ? Tr::tr("anonymous volume") : Tr::tr("volume %1").arg(m->name);
    if (m->type == QLatin1String("bind"))
        return Tr::tr("bind mount %1").arg(m->source);
    return m->type;
}

QString ContainerListModel::toolTip(const ContainerInfo &c)
{
    QStringList lines;
    lines << c.name;
    if (const QString compose = ContainerFacts::composeText(c); !compose.isEmpty())
        lines << compose;
    lines << Tr::tr("State: %1").arg(ContainerFacts::stateText(c));
    lines << Tr::tr("Image: %1").arg(ContainerFacts::imageText(c));
    lines << Tr::tr("Port: %1").arg(ContainerFacts::portText(c));
    lines << Tr::tr("User %1, database %2").arg(c.postgresUser(), c.postgresDatabase());
    lines << Tr::tr("Data: %1").arg(c.dataDirectory());
    for (const QString &v : ContainerFacts::volumeTexts(c))
        lines << Tr::tr("Volume: %1").arg(v);
    lines << Tr::tr("Id: %1").arg(c.id.left(12));
    return lines.join(QLatin1Char('\n'));
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    const ContainerInfo *c = index.isValid() ? container(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QString first = c->name;
        if (!c->composeService().isEmpty())
            first += QStringLiteral(" (%1/%2)").arg(c->composeProject(), c->composeService());
        const QString second = ContainerFacts::stateText(*c) + QStringLiteral(" · ") + ContainerFacts::portText(*c);
        QString third = dataVolumeText(*c) + QStringLiteral(" · ") + c->image;
        if (c->postgresMajor() > 0)
            third = Tr::tr("PostgreSQL %1").arg(c->postgresMajor()) + QStringLiteral(" · ") + third;
        return first + QLatin1Char('\n') + second + QLatin1Char('\n') + third;
    }
    case Qt::ToolTipRole:
        return toolTip(*c);
    case Qt::DecorationRole:
        return stateIcon(ContainerFacts::severity(*c), c->isRunning());
    case NameRole:
        return c->name;
    case IdRole:
        return c->id;
    case SeverityRole:
        return int(ContainerFacts::severity(*c));
    case StateTextRole:
        return ContainerFacts::stateText(*c);
    case PortTextRole:
        return ContainerFacts::portText(*c);
    case SearchTextRole:
        return QStringList{c->name, c->composeProject(), c->composeService(), c->image}.join(QLatin1Char(' '));
    }
    return {};
}

} // namespace Valvur
