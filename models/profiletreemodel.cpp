#include "profiletreemodel.h"

#include "profiles/profilestore.h"
#include "pg/serverconnection.h"
#include "serverlistmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ServerList)
};

QString stateColor(const ServerConnection *s)
{
    if (!s)
        return QStringLiteral("#9e9e9e");
    switch (s->state()) {
    case PgSession::State::Connected:
        return QStringLiteral("#2e7d32");
    case PgSession::State::Resolving:
    case PgSession::State::Connecting:
        return QStringLiteral("#f9a825");
    case PgSession::State::Disconnected:
    case PgSession::State::Reconnecting:
        break;
    }
    return QStringLiteral("#c62828");
}

QString stateText(const ServerConnection *s)
{
    if (!s)
        return Tr::tr("not connected");
    switch (s->state()) {
    case PgSession::State::Connected:
        return Tr::tr("connected");
    case PgSession::State::Resolving:
    case PgSession::State::Connecting:
        return Tr::tr("connecting");
    case PgSession::State::Reconnecting:
        return Tr::tr("connection lost, retrying");
    case PgSession::State::Disconnected:
        break;
    }
    return Tr::tr("not connected");
}

// A band in the environment's colour on the left, the state dot on the right.
QIcon serverIcon(const QString &environmentColor, const ServerConnection *s)
{
    QPixmap pm(22, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (!environmentColor.isEmpty())
        p.fillRect(QRect(0, 0, 5, 16), QColor(environmentColor));
    const QColor dot(stateColor(s));
    if (s) {
        p.setBrush(dot);
        p.setPen(Qt::NoPen);
    } else {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(dot, 1.5));
    }
    p.drawEllipse(QRectF(10, 4, 8, 8));
    return QIcon(pm);
}

} // namespace

ProfileTreeModel::ProfileTreeModel(ProfileStore *profiles, ServerListModel *servers, QObject *parent)
    : QAbstractItemModel(parent)
    , m_profiles(profiles)
    , m_servers(servers)
{
    rebuild();
    connect(m_profiles, &ProfileStore::changed, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(m_servers, &QAbstractItemModel::rowsInserted, this, reset);
    connect(m_servers, &QAbstractItemModel::rowsRemoved, this, reset);
    connect(m_servers, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int r = from.row(); r <= to.row(); ++r)
            serverStateChanged(m_servers->server(r));
    });
}

void ProfileTreeModel::rebuild()
{
    m_rows.clear();
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        if (p.group.isEmpty()) {
            Row r;
            r.profileId = p.id;
            m_rows << r;
            continue;
        }
        bool placed = false;
        for (Row &r : m_rows) {
            if (!r.group.isEmpty() && r.group == p.group) {
                r.children << p.id;
                placed = true;
                break;
            }
        }
        if (!placed) {
            Row r;
            r.group = p.group;
            r.children << p.id;
            m_rows << r;
        }
    }
    for (ServerConnection *s : m_servers->servers()) {
        if (s->profileId().isEmpty() || m_profiles->indexOf(s->profileId()) < 0) {
            Row r;
            r.server = s;
            m_rows << r;
        }
    }
}

void ProfileTreeModel::serverStateChanged(ServerConnection *server)
{
    const QModelIndex i = indexOfServer(server);
    if (i.isValid())
        Q_EMIT dataChanged(i, i);
}

ServerConnection *ProfileTreeModel::serverForProfile(const QString &profileId) const
{
    if (profileId.isEmpty())
        return nullptr;
    for (ServerConnection *s : m_servers->servers()) {
        if (s->profileId() == profileId)
            return s;
    }
    return nullptr;
}

QModelIndex ProfileTreeModel::indexOfProfile(const QString &profileId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profileId == profileId && !profileId.isEmpty())
            return index(i, 0);
        const int c = int(m_rows.at(i).children.indexOf(profileId));
        if (c >= 0)
            return index(c, 0, index(i, 0));
    }
    return {};
}

QModelIndex ProfileTreeModel::indexOfServer(const ServerConnection *server) const
{
    if (!server)
        return {};
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).server == server)
            return index(i, 0);
    }
    return indexOfProfile(server->profileId());
}

QModelIndex ProfileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {};
    const Row &p = m_rows.at(parent.row());
    if (p.group.isEmpty() || row >= p.children.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ProfileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ProfileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows.at(parent.row()).children.size());
}

int ProfileTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const ProfileTreeModel::Row *ProfileTreeModel::rowAt(const QModelIndex &index, QString *childProfileId) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    const int parentRow = int(index.internalId() - 1);
    if (parentRow >= m_rows.size() || index.row() >= m_rows.at(parentRow).children.size())
        return nullptr;
    *childProfileId = m_rows.at(parentRow).children.at(index.row());
    return &m_rows.at(parentRow);
}

Qt::ItemFlags ProfileTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void ProfileTreeModel::setAlerts(const QHash<QString, QString> &alerts)
{
    if (alerts == m_alerts)
        return;
    QSet<QString> touched;
    for (auto it = m_alerts.cbegin(); it != m_alerts.cend(); ++it)
        touched.insert(it.key());
    for (auto it = alerts.cbegin(); it != alerts.cend(); ++it)
        touched.insert(it.key());
    m_alerts = alerts;
    for (const QString &id : std::as_const(touched)) {
        const QModelIndex i = indexOfProfile(id);
        if (i.isValid())
            Q_EMIT dataChanged(i, i, {Qt::ForegroundRole, Qt::ToolTipRole, AlertRole});
    }
}

QVariant ProfileTreeModel::data(const QModelIndex &index, int role) const
{
    QString profileId;
    const Row *row = rowAt(index, &profileId);
    if (!row)
        return {};
    if (profileId.isEmpty())
        profileId = row->profileId;
    const bool isGroup = index.internalId() == 0 && !row->group.isEmpty();
    if (isGroup) {
        switch (role) {
        case Qt::DisplayRole:
        case GroupRole:
        case SearchTextRole:
            return row->group;
        case IsGroupRole:
            return true;
        case EnvironmentRole:
            return -1;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    }
    if (!profileId.isEmpty()) {
        const std::optional<ConnectionProfile> p = m_profiles->findById(profileId);
        if (!p)
            return {};
        ServerConnection *s = serverForProfile(profileId);
        switch (role) {
        case Qt::DisplayRole:
            return p->name;
        case Qt::ToolTipRole: {
            QString tip = Tr::tr("%1\n%2 — %3\nEnvironment: %4")
                              .arg(p->name, p->displayAddress(), stateText(s), ConnectionProfile::environmentName(p->environment));
            if (m_alerts.contains(profileId))
                tip += QLatin1Char('\n') + m_alerts.value(profileId);
            return tip;
        }
        case Qt::ForegroundRole:
            return m_alerts.contains(profileId) ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
        case AlertRole:
            return m_alerts.value(profileId);
        case Qt::DecorationRole:
            return serverIcon(ConnectionProfile::environmentColor(p->environment), s);
        case ProfileIdRole:
            return p->id;
        case GroupRole:
            return p->group;
        case IsGroupRole:
            return false;
        case ServerRole:
            return QVariant::fromValue<QObject *>(s);
        case EnvironmentRole:
            return int(p->environment);
        case SearchTextRole:
            return QStringList{p->name, p->displayAddress(), p->group}.join(QLatin1Char(' '));
        default:
            return {};
        }
    }
    ServerConnection *s = row->server;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s->title();
    case Qt::ToolTipRole:
        return Tr::tr("%1 — %2\nNot saved as a profile.").arg(s->options().displayName(), stateText(s));
    case Qt::DecorationRole:
        return serverIcon(QString(), s);
    case ServerRole:
        return QVariant::fromValue<QObject *>(s);
    case IsGroupRole:
        return false;
    case EnvironmentRole:
        return -1;
    case SearchTextRole:
        return s->title() + QLatin1Char(' ') + s->options().displayName();
    default:
        return {};
    }
}

} // namespace Valvur
