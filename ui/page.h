#pragma once

#include <QPointer>
#include <QWidget>

class QSettings;

namespace Valvur {

class ServerConnection;

// What every page gets from the main window: no globals, everything passed in.
struct PageContext
{
    QSettings *settings = nullptr;
};

// One page on the right of the main window (Overview, Dashboard, Activity, …). A page shows the
// current server, refreshes itself, retranslates on QEvent::LanguageChange and says when it has
// its data (for --screenshot and tests).
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(const PageContext &context, QWidget *parent = nullptr);

    // Stable id used by --page and settings: "overview", "dashboard", …
    virtual QString pageId() const = 0;
    // Translated title for the navigation list.
    virtual QString title() const = 0;
    // Called with nullptr when no server is selected.
    virtual void setServer(ServerConnection *server) = 0;
    // True once the page shows real data from the current server.
    virtual bool hasData() const = 0;
    // Called when the page becomes visible / hidden; pages may pause work while hidden.
    virtual void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }
    // F5 on the page.
    virtual void refreshNow() {}

Q_SIGNALS:
    void dataReady();
    void titleChanged();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;

    PageContext m_context;

private:
    bool m_active = false;
};

} // namespace Valvur
