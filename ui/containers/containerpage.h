#pragma once

#include "pages/page.h"

class QLabel;
class QScrollArea;
class QSplitter;

namespace Valvur {

class ContainerController;
class ContainerFactsBox;
class ContainerLogView;
class DockerClient;

// The Container page: what `docker ps`, `docker inspect`, `docker volume inspect` and `docker logs`
// say about the container the current server runs in, arranged as the course's chapter on
// containers teaches it (data and volumes, configuration, logs), each fact with its command.
// The data comes from a ContainerController; the page binds it to widgets.
class ContainerPage : public Page
{
    Q_OBJECT
public:
    explicit ContainerPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("container"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    // The container the current server runs in (empty: none) and its engine (not owned).
    void setContainer(const QString &name, DockerClient *client);
    bool hasData() const override;
    bool isLoading() const override;
    void setActive(bool active) override;
    void refreshNow() override;
    ContainerController *controller() const { return m_controller; }
    // Every text the page's facts show (for tests).
    QString shownText() const;

protected:
    void retranslate() override;
    void showRefreshError(const QString &text) override;

private:
    void updateView();

    ContainerController *m_controller;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_error;
    QLabel *m_memoryError;
    QSplitter *m_splitter;
    QScrollArea *m_scroll;
    ContainerFactsBox *m_status;
    ContainerFactsBox *m_data;
    ContainerFactsBox *m_config;
    ContainerLogView *m_logs;
};

} // namespace Valvur
