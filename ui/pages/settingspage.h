#pragma once

#include "insights/settingscontroller.h"
#include "pages/insightpage.h"

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace Valvur {

// Settings: the server settings the course names, with value, unit, source and whether a restart
// is pending; and the course's max_connections calculator with the pooling advice.
class SettingsPage : public InsightPage
{
    Q_OBJECT
public:
    using enum SettingsController::Column;

    explicit SettingsPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override;
    InsightTable *table() const { return m_table; }
    QString calculatorText() const;

protected:
    void showData() override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateNote();
    void updateCalculator();

    SettingsController *m_controller;
    InsightTable *m_table;
    QGroupBox *m_calcBox;
    QLabel *m_ramLabel;
    QLabel *m_perConnectionLabel;
    QDoubleSpinBox *m_ram;
    QSpinBox *m_perConnection;
    QLabel *m_result;
    QLabel *m_advice;
};

} // namespace Valvur
