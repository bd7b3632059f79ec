#pragma once

#include "pages/dashboardchart.h"

#include <QGroupBox>
#include <QHash>
#include <QPixmap>
#include <QStaticText>

class QPushButton;

namespace Valvur {

// The current numbers beside a Dashboard chart: a colour swatch, a name and a bold value per row,
// and a note under them. Painted in one widget from cached QStaticText: a new number re-lays out
// only its own text and repaints only its own row (labels shape their text on every paint and
// repaint the group box under them). The right-click menu copies the numbers as text.
class DashboardNumbers : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QColor color; // invalid: no colour swatch
        QString name;
        QString value;
    };

    explicit DashboardNumbers(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    void setNote(const QString &text);
    QString note() const { return m_note.text(); }
    // Everything shown, a line per row (the copy action, accessibility, tests).
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line
    {
        QColor color;
        QStaticText name;
        QStaticText value;
        int nameRight = 0; // where the name ends: the value's cell starts here
    };
    void relayout();
    int rowHeight() const;
    QRect rowRect(int row) const;
    QRect valueRect(int row) const;
    int valueWidth() const;
    QStaticText valueText(const QString &text);

    QList<Line> m_lines;
    QStaticText m_note;
    QHash<QString, QStaticText> m_valueCache;
    QFont m_bold;
    QSize m_size;
    int m_rowHeight = 0;  // measured in relayout(), not on every paint
    int m_valueWidth = 0;
};

// One Dashboard box: a chart, the current numbers beside it and a "Show SQL" button. The group
// box's frame is drawn once into a pixmap (again on resize, a new title or style), so the numbers
// changing every second do not make the style draw the frame again under them.
class DashboardPanel : public QGroupBox
{
    Q_OBJECT
public:
    using Row = DashboardNumbers::Row;

    DashboardPanel(const QString &objectName, DashboardChart::Kind kind, QWidget *parent = nullptr);

    DashboardChart *chart() const { return m_chart; }
    DashboardNumbers *numbers() const { return m_numbers; }
    void setRows(const QList<Row> &rows) { m_numbers->setRows(rows); }
    void setNote(const QString &text) { m_numbers->setNote(text); }
    QString note() const { return m_numbers->note(); }
    void retranslate();

Q_SIGNALS:
    void showSqlRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    DashboardChart *m_chart;
    DashboardNumbers *m_numbers;
    QPushButton *m_showSql;
    QPixmap m_frame;
    QString m_frameTitle;
};

} // namespace Valvur
