#pragma once

#include <QAbstractListModel>
#include <QList>

namespace Valvur {

class ServerConnection;

// The servers in the left-hand list, each with its connection state as a decoration colour.
class ServerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ServerListModel(QObject *parent = nullptr);

    void addServer(ServerConnection *server); // takes ownership
    void removeServer(int row);
    ServerConnection *server(int row) const { return row >= 0 && row < m_servers.size() ? m_servers.at(row) : nullptr; }
    int rowOf(const ServerConnection *server) const { return int(m_servers.indexOf(server)); }
    const QList<ServerConnection *> &servers() const { return m_servers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<ServerConnection *> m_servers;
};

} // namespace Valvur
