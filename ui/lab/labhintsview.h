#pragma once

#include "lab/labscenario.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace Valvur {

// The revealed hints of a scenario, one under the other: the text, an "Open page" link button to
// the Valvur page that shows it, and the psql/docker command in a selectable monospace field with
// a Copy button. "Show next hint" below reveals one more.
class LabHintsView : public QWidget
{
    Q_OBJECT
public:
    explicit LabHintsView(QWidget *parent = nullptr);

    void setHints(const QList<Lab::Hint> &hints, int revealed);
    QPushButton *nextButton() const { return m_next; }
    void retranslate();

Q_SIGNALS:
    void nextRequested();
    void openPageRequested(const QString &pageId);

private:
    QWidget *hintWidget(const Lab::Hint &hint, int number);

    QList<Lab::Hint> m_hints;
    int m_revealed = 0;
    QVBoxLayout *m_list;
    QPushButton *m_next;
};

} // namespace Valvur
