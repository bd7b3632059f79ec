#include "serverlistmodel.h"

#include "pg/serverconnection.h"

#include <QColor>

namespace Valvur {

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServerListModel::addServer(ServerConnection *server)
{
    server->setParent(this);
    const int row = int(m_servers.size());
    beginInsertRows({}, row, row);
    m_servers << server;
    endInsertRows();
    auto changed = [this, server] {
        const int r = rowOf(server);
        if (r >= 0)
            Q_EMIT dataChanged(index(r), index(r));
    };
    connect(server, &ServerConnection::stateChanged, this, changed);
    connect(server, &ServerConnection::sshStateChanged, this, changed); // the status bar shows the tunnel
}

void ServerListModel::removeServer(int row)
{
    if (row < 0 || row >= m_servers.size())
        return;
    beginRemoveRows({}, row, row);
    ServerConnection *s = m_servers.takeAt(row);
    endRemoveRows();
    s->close();
    s->deleteLater();
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    const ServerConnection *s = server(index.row());
    if (!s || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s->title();
    case Qt::ToolTipRole:
        return s->options().displayName();
    case Qt::DecorationRole:
        switch (s->state()) {
        case PgSession::State::Connected:
            return QColor(QStringLiteral("#2e7d32"));
        case PgSession::State::Disconnected:
        case PgSession::State::Reconnecting:
            return QColor(QStringLiteral("#c62828"));
        default:
            return QColor(QStringLiteral("#f9a825"));
        }
    default:
        return {};
    }
}

} // namespace Valvur
