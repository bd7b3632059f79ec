#pragma once

#include "containers/containerfacts.h"

#include <QGroupBox>

class QGridLayout;

namespace Valvur {

// A titled group of the Container page's facts: one row per fact (label, value coloured by its
// severity, "Show command"). Rebuilt only when the facts change, so a periodic refresh keeps
// the user's text selection.
class ContainerFactsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ContainerFactsBox(QWidget *parent = nullptr);

    void setFacts(const QList<ContainerFact> &facts);
    const QList<ContainerFact> &facts() const { return m_facts; }
    // All the text the box shows, for tests ("the password never appears").
    QString shownText() const;

private:
    void rebuild();

    QGridLayout *m_grid;
    QList<ContainerFact> m_facts;
};

} // namespace Valvur
