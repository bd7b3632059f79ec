// The bare comparison for Valvur's start-up (tests/bench/startup-ratio.sh): the least a Qt Widgets
// + Charts program does to show a server's sessions. A QMainWindow with a QChartView and a
// QTableView is shown, connects with libpq to CONNINFO (the password from PGPASSFILE, as Valvur's),
// runs one pg_stat_activity query, fills the table and a pie of the sessions by state, and once the
// window has painted that data grabs it to FILE and exits: the same end condition as
// `valvur … --screenshot FILE` (the file written = done). Nothing of Valvur is linked in.
//
//   bench_bare_window CONNINFO FILE      exit 0 written, 2 no data, 3 cannot write
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMap>
#include <QPieSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <libpq-fe.h>

namespace {

// Grabs the window once the table's viewport has painted rows (the first paint after the data).
class GrabAfterPaint : public QObject
{
public:
    GrabAfterPaint(QMainWindow *window, QString file)
        : QObject(window)
        , m_window(window)
        , m_file(std::move(file))
    {
    }
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint) {
            m_armed = false;
            QTimer::singleShot(0, this, [this] { QCoreApplication::exit(m_window->grab().save(m_file, "PNG") ? 0 : 3); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QMainWindow *m_window;
    QString m_file;
    bool m_armed = false;
};

// One query into the table and the chart; false (with the reason on stderr) when there is no data.
bool showSessions(const QByteArray &conninfo, QStandardItemModel *model, QPieSeries *byState)
{
    PGconn *conn = PQconnectdb(conninfo.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        QTextStream(stderr) << "connect: " << PQerrorMessage(conn);
        PQfinish(conn);
        return false;
    }
    PGresult *res = PQexec(conn, "SELECT pid, usename, datname, application_name, coalesce(state, ''), "
                                 "backend_start, left(query, 200) FROM pg_stat_activity ORDER BY pid");
    const bool ok = PQresultStatus(res) == PGRES_TUPLES_OK;
    if (ok) {
        const int rows = PQntuples(res);
        const int cols = PQnfields(res);
        QStringList headers;
        for (int c = 0; c < cols; ++c)
            headers << QString::fromUtf8(PQfname(res, c));
        model->setColumnCount(cols);
        model->setHorizontalHeaderLabels(headers);
        QMap<QString, int> states;
        for (int r = 0; r < rows; ++r) {
            QList<QStandardItem *> items;
            for (int c = 0; c < cols; ++c)
                items << new QStandardItem(QString::fromUtf8(PQgetvalue(res, r, c)));
            model->appendRow(items);
            ++states[QString::fromUtf8(PQgetvalue(res, r, 4))];
        }
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            byState->append(it.key().isEmpty() ? QStringLiteral("(background)") : it.key(), it.value());
    } else {
        QTextStream(stderr) << "query: " << PQresultErrorMessage(res);
    }
    PQclear(res);
    PQfinish(conn);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: bench_bare_window CONNINFO FILE\n";
        return 2;
    }

    QMainWindow window;
    auto *splitter = new QSplitter(Qt::Vertical, &window);
    auto *byState = new QPieSeries;
    auto *chart = new QChart;
    chart->addSeries(byState);
    chart->setTitle(QStringLiteral("Sessions by state"));
    auto *chartView = new QChartView(chart, splitter);
    auto *model = new QStandardItemModel(&window);
    auto *table = new QTableView(splitter);
    table->setModel(model);
    table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(chartView);
    splitter->addWidget(table);
    window.setCentralWidget(splitter);
    window.setWindowTitle(QStringLiteral("bare window"));
    window.resize(1280, 800);

    auto *grabber = new GrabAfterPaint(&window, args.at(2));
    table->viewport()->installEventFilter(grabber);
    window.show();
    // As Valvur does: the window shows first, then the data comes.
    QTimer::singleShot(0, &window, [&] {
        if (!showSessions(args.at(1).toUtf8(), model, byState)) {
            QCoreApplication::exit(2);
            return;
        }
        table->resizeColumnsToContents();
        grabber->arm();
        table->viewport()->update();
    });
    return app.exec();
}
