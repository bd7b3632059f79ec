#pragma once

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace Valvur {

// "Show SQL": the exact statement a page runs, copyable, and the psql meta-command that shows
// the same, so a student can repeat it in `docker exec -it postgres psql`.
class ShowSqlDialog : public QDialog
{
    Q_OBJECT
public:
    ShowSqlDialog(const QString &sql, const QString &psqlCommand, const QString &explanation, QWidget *parent = nullptr);

    static void show(QWidget *parent, const QString &sql, const QString &psqlCommand = {}, const QString &explanation = {});

private:
    QPlainTextEdit *m_sql;
};

} // namespace Valvur
