#include "pages/overviewpage.h"

#include "connectionbanner.h"
#include "format.h"
#include "keyedtablemodel.h"
#include "overviewcontroller.h"
#include "dialogs/showsqldialog.h"

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

using DbColumn = OverviewController::DbColumn;

OverviewPage::OverviewPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_controller(new OverviewController(this))
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
    m_controller->databases()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole && (column == DbColumn::DbSize || column == DbColumn::DbConnLimit))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && column == DbColumn::DbSize && row.at(DbColumn::DbSize).isNull())
            return tr("You may not connect to this database, so its size is not shown.");
        if (role != Qt::DisplayRole)
            return {};
        const QVariant v = row.value(column);
        switch (column) {
        case DbColumn::DbSize:
            return v.isNull() ? tr("no access") : Format::bytes(v.toLongLong());
        case DbColumn::DbConnLimit:
            return v.toInt() < 0 ? tr("unlimited") : QString::number(v.toInt());
        case DbColumn::DbAllowConn:
            return v.toBool() ? tr("yes") : tr("no");
        default:
            return v;
        }
    });
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_controller->databases());
    proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(m_databasesBox);
    m_table->setObjectName(QStringLiteral("databasesTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DbColumn::DbName, Qt::AscendingOrder);
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
        ShowSqlDialog::show(this, OverviewController::sql(), QStringLiteral("\\l+"),
                            tr("The Overview page runs these two statements in one round trip every %n seconds.", nullptr,
                               OverviewController::RefreshEveryTicks));
    });
    buttons->addWidget(m_showSql);
    dbLayout->addLayout(buttons);
    layout->addWidget(m_databasesBox, 1);

    connect(m_controller, &OverviewController::errorChanged, this, &OverviewPage::setRefreshError);
    connect(m_controller, &OverviewController::refreshed, this, [this] {
        m_version->setText(m_controller->facts().version);
        m_listen->setText(m_controller->facts().listenAddresses);
        showFacts();
    });
    connect(m_controller, &OverviewController::dataReady, this, [this] {
        m_table->resizeColumnsToContents();
        Q_EMIT dataReady();
    });

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
    m_controller->databases()->setHeaders({tr("Name"), tr("Owner"), tr("Encoding"), tr("Collate"), tr("Ctype"), tr("Size"),
                         tr("Tablespace"), tr("Connection limit"), tr("Allows connections"), tr("Access privileges"),
                         tr("Description")});
    if (m_controller->hasData())
        m_table->resizeColumnsToContents(); // headers change length with the language
    m_showSql->setText(tr("Show SQL"));
    m_empty->setText(tr("No server is selected.\nUse File → Connect… (Ctrl+N) to connect to a PostgreSQL server, "
                        "for example host=localhost port=5432 user=postgres."));
    showFacts();
}

void OverviewPage::showFacts()
{
    // in the current language; also after a language switch, without a round trip
    if (!m_controller->hasData())
        return;
    const OverviewFacts &facts = m_controller->facts();
    m_uptime->setText(tr("%1 (since %2)").arg(Format::duration(facts.uptimeSeconds), Format::dateTime(facts.started)));
    m_dataDirectory->setText(facts.dataDirectoryHidden()
                                 ? tr("hidden: only superusers and members of pg_read_all_settings may see it")
                                 : facts.dataDirectory);
    m_connections->setText(tr("%1 of max_connections %2 (%3)").arg(facts.connections).arg(facts.maxConnections).arg(Format::percent(facts.connectionShare())));
    m_user->setText(facts.superuser ? tr("%1 (superuser)").arg(facts.user) : facts.user);
}

void OverviewPage::showEmpty()
{
    const bool none = !m_controller->server();
    m_empty->setVisible(none);
    m_serverBox->setVisible(!none);
    m_databasesBox->setVisible(!none);
}

bool OverviewPage::hasData() const
{
    return m_controller->hasData();
}

void OverviewPage::setActive(bool active)
{
    Page::setActive(active);
    m_controller->setActive(active);
}

void OverviewPage::setServer(ServerConnection *server)
{
    for (QLabel *l : {m_version, m_uptime, m_dataDirectory, m_connections, m_listen, m_user})
        l->setText(QStringLiteral("…"));
    m_banner->setServer(server);
    m_controller->setServer(server); // clears the last refresh's error
    showEmpty();
}

void OverviewPage::showRefreshError(const QString &text)
{
    m_banner->setQueryError(text);
}

void OverviewPage::refreshNow()
{
    m_controller->refresh();
}

} // namespace Valvur
