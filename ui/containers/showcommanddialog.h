#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Valvur {

// "Show command": the docker CLI command that shows what the Container page shows, copyable, so a
// student can repeat it in a terminal (as Show SQL does for statements).
class ShowCommandDialog : public QDialog
{
    Q_OBJECT
public:
    ShowCommandDialog(const QString &what, const QString &command, const QString &note, QWidget *parent = nullptr);

    static void show(QWidget *parent, const QString &what, const QString &command, const QString &note = {});
    // The label of every button that opens it.
    static QString buttonText() { return tr("Show command"); }

private:
    QPlainTextEdit *m_command;
};

} // namespace Valvur
