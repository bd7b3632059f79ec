#pragma once

#include "lab/labscenario.h"

#include <QAbstractListModel>
#include <QHash>

namespace Valvur {

// The Lab page's list: every scenario (Lab::scenarios()) with where the user stands with it on
// the current server — not started, starting, running (here or in another program), solved in
// N min with the traps hit. The text is two lines: the title, then the section and the state.
class LabScenarioModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, StateRole, StateTextRole, TrapsRole };
    enum class Live { None, Starting, Running, Elsewhere };

    struct Status
    {
        Live live = Live::None;
        double solvedS = -1;       // the last solved run's time from start to solved; -1: never solved
        QStringList trapIds;       // the traps that run hit
        bool solvedNow = false;    // the live run (Running, Elsewhere) is the one solved
    };

    explicit LabScenarioModel(QObject *parent = nullptr);

    void setScenarios(const QList<Lab::Scenario> &scenarios);
    const QList<Lab::Scenario> &scenarios() const { return m_scenarios; }
    int rowOf(const QString &id) const;
    void setStatus(const QString &id, const Status &status);
    Status status(const QString &id) const { return m_status.value(id); }
    void clearStatus();
    // "solved in 4 min · 1 trap", "running", … in the current language.
    static QString stateText(const Status &status);
    static QString stateId(const Status &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<Lab::Scenario> m_scenarios;
    QHash<QString, Status> m_status;
};

} // namespace Valvur
