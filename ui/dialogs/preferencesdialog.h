#pragma once

#include "tools/toollocator.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimer;

namespace Valvur {

// Edit → Preferences (Ctrl+,): the folder of the PostgreSQL client programs the backup and restore
// wizards use (empty: PATH and /usr/lib/postgresql/*/bin). Shows at once which of pg_dump,
// pg_restore, psql and pg_basebackup the folder has and their versions. Also how long a tool may
// go without progress while the server answers no test connection (StallWatch) before it is
// ended. Saved in the settings on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    static QString toolDirectoryKey() { return QStringLiteral("backup/toolDirectory"); }
    // The saved tool folder (empty: none set, or no settings), for the wizards and pages that run tools.
    static QString savedToolDirectory(const QSettings *settings);
    static QString stallTimeoutKey() { return QStringLiteral("backup/stallTimeoutSeconds"); }
    // The saved stall timeout in seconds (default 60, 0: never).
    static int savedStallTimeout(const QSettings *settings);

    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    QString toolDirectory() const;
    void setToolDirectory(const QString &dir);
    int stallTimeout() const;
    // True while the programs of the folder are being probed.
    bool isProbing() const { return m_locator != nullptr; }
    // How many of the four programs were found (after probed()).
    int foundCount() const { return m_found; }

    void accept() override;

Q_SIGNALS:
    void probed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void probe();
    void abandonLocator();
    void showResult();

    QSettings *m_settings;
    QLabel *m_intro;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_result;
    QLabel *m_stallLabel;
    QSpinBox *m_stall;
    QLabel *m_stallHint;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
    QPointer<ToolLocator> m_locator;
    ToolLocator *m_last = nullptr;
    int m_found = 0;
};

} // namespace Valvur
