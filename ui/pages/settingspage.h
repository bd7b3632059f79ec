#pragma once

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
    enum Column { Name, Value, Setting, Unit, Source, Context, PendingRestart, Description };

    explicit SettingsPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override;
    QString statement() const override;
    QString psqlCommand() const override;
    InsightTable *table() const { return m_table; }
    QString calculatorText() const;

protected:
    int refreshEveryTicks() const override { return 10; }
    void handleReply(const PgReply &reply) override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateNote();
    void updateCalculator();

    InsightTable *m_table;
    QGroupBox *m_calcBox;
    QLabel *m_ramLabel;
    QLabel *m_perConnectionLabel;
    QDoubleSpinBox *m_ram;
    QSpinBox *m_perConnection;
    QLabel *m_result;
    QLabel *m_advice;
    QStringList m_hidden;
    QStringList m_pending;
    qint64 m_sharedBuffers = -1;
    int m_maxConnections = -1;
};

} // namespace Valvur
