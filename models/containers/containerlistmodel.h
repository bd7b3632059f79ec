#pragma once

#include "containers/containerdirectory.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Valvur {

// The Containers group of the server list, widget-free: one row per PostgreSQL container of the
// local engine (ContainerDirectory keeps it current from /events), with its state, image and
// version, published port and volumes in words; and, when there is no row to show, why (no
// engine, daemon stopped, no access to the socket, API too old, no PostgreSQL container).
class ContainerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        IdRole,                      // QString
        SeverityRole,                // int (ContainerFacts::Severity)
        StateTextRole,               // QString: "running · healthy", "exited (1)"
        PortTextRole,                // QString: "127.0.0.1:5433→5432", "5432 not published"
        SearchTextRole,              // name, compose project/service, image
    };

    explicit ContainerListModel(ContainerDirectory *directory, QObject *parent = nullptr);

    ContainerDirectory *directory() const { return m_directory; }
    // The container of a row, null when out of range.
    const ContainerInfo *container(int row) const;
    int rowOfName(const QString &name) const;

    // The group's title: "Containers (3)".
    QString title() const;
    // Shown instead of rows: searching, the engine's problem and what to do, or "no PostgreSQL
    // containers" with the docker run line. Empty when there are rows.
    QString emptyText() const;
    // The engine cannot be used (its problem is in emptyText()).
    bool engineUnavailable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // One line of the mount that holds the data: "volume pgdata", "anonymous volume", "no volume".
    static QString dataVolumeText(const ContainerInfo &c);
    // Every fact, one per line, for the tooltip.
    static QString toolTip(const ContainerInfo &c);

Q_SIGNALS:
    // title() or emptyText() changed (also on a language change: the owner calls retranslate()).
    void summaryChanged();

public Q_SLOTS:
    void retranslate();

private:
    void reload();

    QPointer<ContainerDirectory> m_directory;
    QList<ContainerInfo> m_rows;
};

} // namespace Valvur
