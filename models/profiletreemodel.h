#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Valvur {

class ProfileStore;
class ServerConnection;
class ServerListModel;

// The left-hand server list: saved profiles in the user's order, those with a group under a group
// row, then the servers opened without a profile (command line, Connect…). Each server shows its
// environment as a colour band and its connection state as a dot.
class ProfileTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1, // QString, empty for groups and unsaved servers
        GroupRole,                        // QString: the group name on a group row
        IsGroupRole,                      // bool
        ServerRole,                       // ServerConnection* (QObject*) when open, else null
        EnvironmentRole,                  // int (ConnectionProfile::Environment), -1 when unknown
        SearchTextRole,                   // name, address and group, for the search box
        AlertRole,                        // QString: why the profile is shown in red (a failing backup schedule), else empty
    };

    ProfileTreeModel(ProfileStore *profiles, ServerListModel *servers, QObject *parent = nullptr);

    QModelIndex indexOfProfile(const QString &profileId) const;
    QModelIndex indexOfServer(const ServerConnection *server) const;
    ServerConnection *serverForProfile(const QString &profileId) const;
    // Profiles to show in red, with the reason for the tooltip (profile id → text).
    void setAlerts(const QHash<QString, QString> &alerts);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString group;                 // a group row
        QString profileId;             // a profile row (top level or child)
        QPointer<ServerConnection> server; // an unsaved server
        QStringList children;          // profile ids of a group row
    };
    void rebuild();
    void serverStateChanged(ServerConnection *server);
    const Row *rowAt(const QModelIndex &index, QString *childProfileId) const;

    ProfileStore *m_profiles;
    ServerListModel *m_servers;
    QList<Row> m_rows;
    QHash<QString, QString> m_alerts;
};

} // namespace Valvur
