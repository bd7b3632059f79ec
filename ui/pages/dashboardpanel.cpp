#include "pages/dashboardpanel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionGroupBox>
#include <QStylePainter>
#include <QVBoxLayout>

namespace Valvur {

namespace {
constexpr int Swatch = 10;
constexpr int Gap = 6;
constexpr int NoteGap = 4;
constexpr int MinWidth = 180;

// Laid out in the font it is drawn in: its size() (the value is right-aligned by it) is then
// right before the first paint, and the paint does not lay it out again.
QStaticText plainText(const QString &text, const QFont &font)
{
    QStaticText t(text);
    t.setTextFormat(Qt::PlainText);
    t.prepare(QTransform(), font);
    return t;
}
} // namespace

DashboardNumbers::DashboardNumbers(QWidget *parent)
    : QWidget(parent)
{
    m_note.setTextFormat(Qt::PlainText);
    m_bold = font();
    m_bold.setBold(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    relayout();
}

int DashboardNumbers::rowHeight() const
{
    return m_rowHeight;
}

int DashboardNumbers::valueWidth() const
{
    return m_valueWidth;
}

QRect DashboardNumbers::rowRect(int row) const
{
    return QRect(0, row * rowHeight(), m_size.width(), rowHeight());
}

// Everything right of the row's name: where its value can be drawn, however wide it is.
QRect DashboardNumbers::valueRect(int row) const
{
    QRect r = rowRect(row);
    r.setLeft(m_lines.at(row).nameRight);
    return r;
}

// A value laid out before is taken from the cache: counts and rates repeat, and laying out a
// text (shaping it) is most of what a new number costs. The cache is bounded.
QStaticText DashboardNumbers::valueText(const QString &text)
{
    auto it = m_valueCache.constFind(text);
    if (it != m_valueCache.cend())
        return *it;
    if (m_valueCache.size() >= 256)
        m_valueCache.clear();
    return *m_valueCache.insert(text, plainText(text, m_bold));
}

// The width fits the longest name (names change only with the language); the height follows the
// number of rows and the lines of the note. Laid out again only when one of those changes.
void DashboardNumbers::relayout()
{
    int names = 0;
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics bold(m_bold);
    m_rowHeight = std::max(metrics.height(), bold.height()) + 2;
    // room for the widest usual value: a new number never changes the width
    m_valueWidth = bold.horizontalAdvance(QStringLiteral("888 888,8/s"));
    for (Line &line : m_lines) {
        const int advance = metrics.horizontalAdvance(line.name.text());
        line.nameRight = Swatch + Gap + advance + 1;
        names = std::max(names, advance);
    }
    const int width = std::max(MinWidth, Swatch + Gap + names + Gap + valueWidth());
    m_note.setTextWidth(width);
    m_note.prepare(QTransform(), font());
    int height = int(m_lines.size()) * rowHeight();
    if (!m_note.text().isEmpty())
        height += (m_lines.isEmpty() ? 0 : NoteGap) + int(std::ceil(m_note.size().height()));
    const QSize size(width, height);
    if (size != m_size) {
        m_size = size;
        updateGeometry();
    }
    update();
}

QSize DashboardNumbers::sizeHint() const
{
    return m_size;
}

void DashboardNumbers::setRows(const QList<Row> &rows)
{
    bool layout = rows.size() != m_lines.size();
    bool changed = layout;
    m_lines.resize(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        Line &line = m_lines[i];
        bool rowChanged = false;
        if (line.color != row.color) {
            line.color = row.color;
            rowChanged = true;
        }
        if (line.name.text() != row.name) {
            line.name = plainText(row.name, font());
            layout = rowChanged = true;
        }
        bool valueChanged = false;
        if (line.value.text() != row.value) {
            line.value = valueText(row.value);
            valueChanged = true;
        }
        if (rowChanged && !layout)
            update(rowRect(i));
        else if (valueChanged && !layout)
            update(valueRect(i)); // the name stays: only the value's cell is painted again
        rowChanged = rowChanged || valueChanged;
        changed = changed || rowChanged;
    }
    if (layout)
        relayout();
    if (changed)
        setAccessibleDescription(text());
}

void DashboardNumbers::setNote(const QString &text)
{
    if (m_note.text() == text)
        return;
    m_note.setText(text);
    relayout();
    setAccessibleDescription(this->text());
}

QString DashboardNumbers::text() const
{
    QStringList lines;
    for (const Line &line : m_lines)
        lines << line.name.text() + QLatin1Char(' ') + line.value.text();
    if (!m_note.text().isEmpty())
        lines << m_note.text();
    return lines.join(QLatin1Char('\n'));
}

void DashboardNumbers::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_bold = font();
        m_bold.setBold(true);
        m_valueCache.clear();
        for (Line &line : m_lines) {
            line.name = plainText(line.name.text(), font());
            line.value = valueText(line.value.text());
        }
        relayout();
    }
}

void DashboardNumbers::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy the numbers"), this, [this] { QGuiApplication::clipboard()->setText(text()); });
    menu.exec(event->globalPos());
}

void DashboardNumbers::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const int height = rowHeight();
    const int nameTop = (height - fontMetrics().height()) / 2;
    const int valueTop = (height - QFontMetrics(m_bold).height()) / 2;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QRect row = rowRect(i);
        if (!event->rect().intersects(row))
            continue;
        const Line &line = m_lines.at(i);
        if (event->rect().left() < valueRect(i).left()) {
            if (line.color.isValid())
                painter.fillRect(QRect(0, row.top() + (height - Swatch) / 2, Swatch, Swatch), line.color);
            painter.setFont(font());
            painter.drawStaticText(Swatch + Gap, row.top() + nameTop, line.name);
        }
        painter.setFont(m_bold);
        painter.drawStaticText(m_size.width() - int(std::ceil(line.value.size().width())), row.top() + valueTop, line.value);
    }
    if (!m_note.text().isEmpty()) {
        const int top = int(m_lines.size()) * height + (m_lines.isEmpty() ? 0 : NoteGap);
        if (event->rect().bottom() >= top) {
            painter.setFont(font());
            painter.drawStaticText(0, top, m_note);
        }
    }
}

DashboardPanel::DashboardPanel(const QString &objectName, DashboardChart::Kind kind, QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_chart = new DashboardChart(kind, this);
    m_chart->setObjectName(objectName + QStringLiteral("Chart"));
    layout->addWidget(m_chart, 1);
    auto *side = new QVBoxLayout;
    m_numbers = new DashboardNumbers(this);
    m_numbers->setObjectName(objectName + QStringLiteral("Numbers"));
    side->addWidget(m_numbers);
    side->addStretch(1);
    m_showSql = new QPushButton(this);
    m_showSql->setObjectName(objectName + QStringLiteral("ShowSql"));
    connect(m_showSql, &QPushButton::clicked, this, &DashboardPanel::showSqlRequested);
    side->addWidget(m_showSql, 0, Qt::AlignLeft);
    layout->addLayout(side);
    retranslate();
}

void DashboardPanel::retranslate()
{
    m_showSql->setText(tr("Show SQL"));
}

void DashboardPanel::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::EnabledChange:
        m_frame = QPixmap();
        break;
    default:
        break;
    }
}

void DashboardPanel::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    m_frame = QPixmap();
}

// What QGroupBox::paintEvent draws, drawn once into a pixmap and copied from it afterwards.
void DashboardPanel::paintEvent(QPaintEvent *event)
{
    const qreal dpr = devicePixelRatioF();
    if (m_frame.isNull() || m_frameTitle != title()) {
        m_frame = QPixmap(size() * dpr);
        m_frame.setDevicePixelRatio(dpr);
        m_frame.fill(Qt::transparent);
        QStylePainter painter(&m_frame, this);
        QStyleOptionGroupBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_GroupBox, option);
        m_frameTitle = title();
    }
    QPainter painter(this);
    for (const QRect &r : event->region())
        painter.drawPixmap(r, m_frame, QRectF(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr));
}

} // namespace Valvur
