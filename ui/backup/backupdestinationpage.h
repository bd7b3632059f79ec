#pragma once

#include "backup/wizardpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Valvur {

// Page 4: where. A default name <database>-<YYYYmmdd-HHMMSS>.<ext> in the remembered folder; free
// space against the database size; an existing file or non-empty directory needs an explicit yes.
class BackupDestinationPage : public WizardPage
{
    Q_OBJECT
public:
    explicit BackupDestinationPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString output() const;
    bool overwrite() const;

private:
    void retranslate() override;
    void check();

    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLineEdit *m_name;
    QLabel *m_space;
    QLabel *m_exists;
    QCheckBox *m_overwrite;
    QLabel *m_folderLabel;
    QLabel *m_nameLabel;
    bool m_existing = false;
    bool m_spaceOk = true;
    bool m_folderOk = true;
};

} // namespace Valvur
