#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Valvur {

// Grabs a window to a PNG file as soon as a widget in it (the page) has painted what it shows:
// the next paint event of that widget, then a zero timer so the layout that paint caused settles.
// A window that is not on screen (never shown) paints nothing: it is grabbed at once. A paint that
// does not come within the bound is not waited for longer; the grab renders the widgets itself.
// Emits done(true) when the file is written, done(false) when it cannot be; then deletes itself.
class GrabAfterPaint : public QObject
{
    Q_OBJECT
public:
    GrabAfterPaint(QWidget *window, QWidget *painted, const QString &file, int boundMs = 1000);
    void start();

Q_SIGNALS:
    void done(bool written);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void grabSoon();

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_painted;
    QString m_file;
    int m_boundMs;
    bool m_grabbing = false;
};

} // namespace Valvur
