#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace Valvur {

class PgSession;

// Page 1: the server (the one selected in the main window) and the database to back up.
class BackupSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BackupSourcePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QString database() const;
    qint64 databaseBytes() const { return m_sizes.value(database(), 0); }
    bool hasDatabases() const { return !m_sizes.isEmpty(); }

Q_SIGNALS:
    void databasesLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSize();

    QLabel *m_serverLabel;
    QComboBox *m_database;
    QLabel *m_sizeLabel;
    QLabel *m_error;
    PgSession *m_session = nullptr;
    QHash<QString, qint64> m_sizes;
};

} // namespace Valvur
