#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QSettings;
class QSortFilterProxyModel;
class QToolButton;

namespace Valvur {

class ContainerListModel;

// The Containers group under the saved servers: a header that folds it (remembered in the
// settings), one row per PostgreSQL container (state colour, facts, tooltip), and in place of the
// rows the reason there are none. Activating a row (double-click, Enter, "Connect") asks to open it.
class ContainerGroup : public QWidget
{
    Q_OBJECT
public:
    ContainerGroup(ContainerListModel *model, QSettings *settings, QWidget *parent = nullptr);

    ContainerListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // The selected container's name; empty when none.
    QString currentName() const;
    void selectName(const QString &name);
    // Shows only the containers whose name, compose project/service or image contain the text.
    void setFilterText(const QString &text);

Q_SIGNALS:
    void connectRequested(const QString &name);
    void saveAsProfileRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void updateActions();

    ContainerListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<QSettings> m_settings;
    QToolButton *m_header;
    QListView *m_view;
    QLabel *m_empty;
    QAction *m_connect;
    QAction *m_saveProfile;
    QAction *m_refresh;
    QString m_remembered;
};

} // namespace Valvur
