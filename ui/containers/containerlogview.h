#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Valvur {

class ContainerController;

// The Container page's log: `docker logs --timestamps --tail 500 [--follow]`, searchable, stdout
// and stderr apart (stderr in red, either one can be hidden), and for a container that is not
// running the first error lines of its last run on top.
class ContainerLogView : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerLogView(ContainerController *controller, QWidget *parent = nullptr);

    void retranslate();
    void updateFromController();

private:
    void scrollIfFollowing();

    ContainerController *m_controller;
    QLabel *m_title;
    QLabel *m_errors;
    QLineEdit *m_search;
    QCheckBox *m_stdout;
    QCheckBox *m_stderr;
    QCheckBox *m_timestamps;
    QCheckBox *m_follow;
    QPushButton *m_reload;
    QPushButton *m_showCommand;
    QLabel *m_status;
    QTableView *m_table;
};

} // namespace Valvur
