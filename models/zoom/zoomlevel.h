#pragma once

#include <QList>
#include <QObject>

class QSettings;

namespace Valvur {

// The interface zoom in percent (100: as the system draws it), stepped by Zoom in / Zoom out and
// remembered in the settings. Widget-free: ui/zoom applies the level to the application.
class ZoomLevel : public QObject
{
    Q_OBJECT
public:
    // settings may be null (nothing remembered). The remembered level is read at once.
    explicit ZoomLevel(QSettings *settings, QObject *parent = nullptr);

    static const QList<int> &steps();
    static int minimum() { return steps().constFirst(); }
    static int maximum() { return steps().constLast(); }
    static bool isValid(int percent) { return percent >= minimum() && percent <= maximum(); }
    // "--zoom 150": the percent, or 0 with *error saying what is wrong and what to give.
    static int parse(const QString &text, QString *error);

    int percent() const { return m_percent; }
    bool canZoomIn() const { return m_percent < maximum(); }
    bool canZoomOut() const { return m_percent > minimum(); }

    // The next step up or down from the level (a level between steps goes to the nearest step in
    // that direction); reset: 100 %. These are remembered.
    void zoomIn();
    void zoomOut();
    void reset();
    // remember false: for this run only (the command line's --zoom). Out of range: clamped.
    void setPercent(int percent, bool remember = true);

Q_SIGNALS:
    void changed(int percent);

private:
    QSettings *m_settings;
    int m_percent = 100;
};

} // namespace Valvur
