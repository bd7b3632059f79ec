#include "overviewpage.h"

#include "connectionbanner.h"
#include "format.h"
#include "keyedtablemodel.h"
#include "overviewsql.h"
#include "serverconnection.h"
#include "showsqldialog.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Valvur {

namespace {
enum FactColumn { Version, ServerVersion, Started, Uptime, DataDirectory, MaxConnections, Connections, Listen, User, IsSuper };
enum DbColumn { DbName, DbOwner, DbEncoding, DbCollate, DbCtype, DbSize, DbTablespace, DbConnLimit, DbAllowConn, DbAcl, DbDescription };
constexpr int RefreshEveryTicks = 5;
} // namespace

OverviewPage::OverviewPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    layout->addWidget(m_banner);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_serverBox = new QGroupBox(this);
    m_form = new QFormLayout(m_serverBox);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addFact = [this](const char *objectName) {
        auto *value = new QLabel(m_serverBox);
        value->setObjectName(QString::fromLatin1(objectName));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(m_serverBox);
        m_formLabels << label;
        m_form->addRow(label, value);
        return value;
    };
    m_version = addFact("versionValue");
    m_uptime = addFact("uptimeValue");
    m_dataDirectory = addFact("dataDirectoryValue");
    m_connections = addFact("connectionsValue");
    m_listen = addFact("listenValue");
    m_user = addFact("userValue");
    layout->addWidget(m_serverBox);

    m_databasesBox = new QGroupBox(this);
    auto *dbLayout = new QVBoxLayout(m_databasesBox);
    m_model = new KeyedTableModel(this);
    m_model->setKeyColumns({DbName});
    m_model->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && (column == DbSize || column == DbConnLimit))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && column == DbSize && row.at(DbSize).isNull())
            return tr("You may not connect to this database, so its size is not shown.");
        if (role != Qt::DisplayRole)
            return {};
        const QVariant v = row.value(column);
        switch (column) {
        case DbSize:
            return v.isNull() ? tr("no access") : Format::bytes(v.toLongLong());
        case DbConnLimit:
            return v.toInt() < 0 ? tr("unlimited") : QString::number(v.toInt());
        case DbAllowConn:
            return v.toBool() ? tr("yes") : tr("no");
        default:
            return v;
        }
    });
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(m_databasesBox);
    m_table->setObjectName(QStringLiteral("databasesTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DbName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    dbLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_showSql = new QPushButton(m_databasesBox);
    m_showSql->setObjectName(QStringLiteral("showSqlButton"));
    connect(m_showSql, &QPushButton::clicked, this, [this] {
        ShowSqlDialog::show(this, Sql::overview(), QStringLiteral("\\l+"),
                            tr("The Overview page runs these two statements in one round trip every %n seconds.", nullptr,
                               RefreshEveryTicks));
    });
    buttons->addWidget(m_showSql);
    dbLayout->addLayout(buttons);
    layout->addWidget(m_databasesBox, 1);

    retranslate();
    showEmpty();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

void OverviewPage::retranslate()
{
    m_serverBox->setTitle(tr("Server"));
    m_databasesBox->setTitle(tr("Databases"));
    const QStringList labels = {tr("Version:"), tr("Uptime:"), tr("Data directory:"), tr("Connections:"),
                                tr("listen_addresses:"), tr("Connected as:")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_model->setHeaders({tr("Name"), tr("Owner"), tr("Encoding"), tr("Collate"), tr("Ctype"), tr("Size"),
                         tr("Tablespace"), tr("Connection limit"), tr("Allows connections"), tr("Access privileges"),
                         tr("Description")});
    if (m_hasData)
        m_table->resizeColumnsToContents(); // headers change length with the language
    m_showSql->setText(tr("Show SQL"));
    m_empty->setText(tr("No server is selected.\nUse File → Connect… (Ctrl+N) to connect to a PostgreSQL server, "
                        "for example host=localhost port=5432 user=postgres."));
    if (!m_facts.isEmpty()) {
        // re-render the facts in the new language
        const QVariantList &facts = m_facts;
        const qint64 uptime = facts.value(Uptime).toLongLong();
        m_uptime->setText(tr("%1 (since %2)").arg(Format::duration(uptime), Format::dateTime(facts.value(Started).toDateTime())));
        m_dataDirectory->setText(facts.value(DataDirectory).isNull()
                                     ? tr("hidden: only superusers and members of pg_read_all_settings may see it")
                                     : facts.value(DataDirectory).toString());
        const int max = facts.value(MaxConnections).toInt();
        const int now = facts.value(Connections).toInt();
        m_connections->setText(tr("%1 of max_connections %2 (%3)").arg(now).arg(max).arg(Format::percent(max ? double(now) / max : 0)));
        m_user->setText(facts.value(IsSuper).toBool() ? tr("%1 (superuser)").arg(facts.value(User).toString())
                                                      : facts.value(User).toString());
    }
}

void OverviewPage::showEmpty()
{
    const bool none = !m_server;
    m_empty->setVisible(none);
    m_serverBox->setVisible(!none);
    m_databasesBox->setVisible(!none);
}

void OverviewPage::setServer(ServerConnection *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    ++m_generation;
    m_inFlight = false;
    m_hasData = false;
    m_facts.clear();
    m_model->clear();
    for (QLabel *l : {m_version, m_uptime, m_dataDirectory, m_connections, m_listen, m_user})
        l->setText(QStringLiteral("…"));
    m_banner->setServer(server);
    setRefreshError(PgError());
    showEmpty();
    if (!server)
        return;
    connect(server, &ServerConnection::tick, this, &OverviewPage::onTick);
    connect(server, &ServerConnection::connected, this, &OverviewPage::refreshNow);
    if (server->session()->isConnected())
        refreshNow();
}

void OverviewPage::showRefreshError(const QString &text)
{
    m_banner->setQueryError(text);
}

void OverviewPage::onTick()
{
    if (++m_ticks % RefreshEveryTicks == 0 && isActive())
        refreshNow();
}

void OverviewPage::refreshNow()
{
    if (!m_server || m_inFlight || !m_server->session()->isConnected())
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_server->session()->exec(Sql::overview(), this, [this, generation](const PgReply &reply) {
        if (generation != m_generation)
            return; // the user switched servers meanwhile
        m_inFlight = false;
        if (!reply.ok() || reply.results.size() < 2) {
            setRefreshError(reply.error); // the banner says it; a failed refresh keeps the last data
            return;
        }
        setRefreshError(PgError());
        const PgResult facts = reply.at(0);
        QVariantList f = facts.rows().value(0);
        m_version->setText(f.value(Version).toString());
        m_listen->setText(f.value(Listen).toString());
        m_facts = f;
        retranslate();
        m_model->update(reply.at(1).rows());
        if (!m_hasData) {
            m_hasData = true;
            m_table->resizeColumnsToContents();
            Q_EMIT dataReady();
        }
    });
}

} // namespace Valvur
