#pragma once

#include "backup/backuphistory.h"
#include "pages/page.h"
#include "backup/verifyjob.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Valvur {

class KeyedTableModel;
class ProfileStore;
class ScheduleSection;
class ServerConnection;


// The backups Valvur made, per profile (or user@host:port without one): when, where, format, size,
// duration, SHA-256 and the last verification with the measured restore time. "Verify" runs the
// quick verification (the whole archive read, the checksum compared) and records its result.
class BackupsPage : public Page
{
    Q_OBJECT
public:
    enum Column { Time, Database, File, FileFormat, Size, Duration, Sha256, Verification, VerifiedAt, RestoreTime, ColumnCount };

    explicit BackupsPage(const PageContext &context, QWidget *parent = nullptr);
    ~BackupsPage() override;

    QString pageId() const override { return QStringLiteral("backups"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    bool hasData() const override { return m_loaded; }
    void setActive(bool active) override;
    void refreshNow() override { reload(); }

    // The history file (the default one unless a test says otherwise).
    void setHistoryFile(const QString &file);
    // The key shown: a profile id, user@host:port, or empty for every server.
    QString shownServer() const;
    void showServer(const QString &key);
    KeyedTableModel *model() const { return m_model; }
    ScheduleSection *schedules() const { return m_schedules; }
    bool isVerifying() const { return m_job != nullptr; }

Q_SIGNALS:
    void verified(bool ok);

protected:
    void retranslate() override;

private:
    void reload();
    void fillServers();
    void updateButtons();
    int selectedRow() const;
    void verifySelected();
    void showSelectedInFolder();
    QVariant format(const QVariantList &row, int column, int role) const;

    QString m_historyFile;
    ProfileStore *m_profiles;
    QList<BackupHistory::Entry> m_entries;
    QHash<QString, QString> m_entryServer; // path → server key
    QLabel *m_serverLabel;
    QComboBox *m_server;
    QCheckBox *m_testRestore;
    QPushButton *m_verify;
    QPushButton *m_showFolder;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_status;
    ScheduleSection *m_schedules;
    KeyedTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<VerifyJob> m_job;
    QString m_currentKey; // the main window's server
    QPointer<ServerConnection> m_current;
    bool m_loaded = false;
};

} // namespace Valvur
