#pragma once

#include "pg/pgerror.h"

#include <QPointer>
#include <QWidget>

class QSettings;

namespace Valvur {

class ScheduleController;
class ServerConnection;

// What every page gets from the main window: no globals, everything passed in.
struct PageContext
{
    QSettings *settings = nullptr;
    ScheduleController *schedules = nullptr; // the backup schedules (the Backups page makes its own when null)
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
    // True while the page fetches something that needs no server (the Container page asks the engine).
    virtual bool isLoading() const { return false; }
    // Called when the page becomes visible / hidden; pages may pause work while hidden.
    virtual void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }
    // F5 on the page.
    virtual void refreshNow() {}

    // The last refresh's failure in the user's words (the doctor's for connection problems);
    // empty when it succeeded. The window's status bar and --screenshot say it too.
    QString refreshError() const { return m_refreshError; }
    // The server stopped answering: what the page shows is old. Its text is greyed (the
    // connection banner says since when) until the server answers again.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    void dataReady();
    void titleChanged();
    void refreshErrorChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
    // Every refresh reports its outcome here: the error of a failed one (a null PgError for a
    // good one). The page keeps its last good data and shows the error with showRefreshError().
    void setRefreshError(const PgError &error);
    virtual void showRefreshError(const QString &text) { Q_UNUSED(text) }

    PageContext m_context;

private:
    bool m_active = false;
    bool m_stale = false;
    QString m_refreshError;
    PgError m_refreshErrorValue;
};

} // namespace Valvur
