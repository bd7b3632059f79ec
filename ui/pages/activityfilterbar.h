#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QHBoxLayout;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Valvur {

class ActivityFilterModel;
class ActivityModel;

// The Activity page's filter bar: free text, state / database / user / application (choices
// follow the sessions), hide idle, background processes, Valvur's own sessions, the highlight
// thresholds, and how many sessions show. Choices and thresholds are remembered in the settings.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT
public:
    ActivityFilterBar(ActivityModel *model, ActivityFilterModel *proxy, QSettings *settings, QWidget *parent = nullptr);

    void retranslate();
    void setSearchText(const QString &text);
    // Refills the state/database/user/application choices from the sessions (keeps the choice).
    void updateChoices();
    void updateCount();

private:
    void applyCombo(int filter);
    QCheckBox *addCheck(QHBoxLayout *row, const char *name, const QString &key, void (ActivityFilterModel::*set)(bool));
    QSpinBox *addSpin(QHBoxLayout *row, const char *name, const QString &key, int def, QLabel **label,
                      void (ActivityModel::*set)(int));
    ActivityModel *m_model;
    ActivityFilterModel *m_proxy;
    QSettings *m_settings;
    QLineEdit *m_search;
    QComboBox *m_combos[4];
    QStringList m_values[4];
    QCheckBox *m_hideIdle;
    QCheckBox *m_showBackground;
    QCheckBox *m_showOwn;
    QLabel *m_count;
    QLabel *m_longQueryLabel;
    QSpinBox *m_longQuery;
    QLabel *m_idleLabel;
    QSpinBox *m_idleInTransaction;
};

} // namespace Valvur
