#include "pages/rolespage.h"

#include "errortext.h"
#include "format.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "dialogs/showsqldialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Valvur {

RolesPage::RolesPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
    , m_controller(new RolesController(this))
{
    setObjectName(QStringLiteral("rolesPage"));
    setController(m_controller);
    connect(m_controller, &RolesController::tableNamesChanged, this, &RolesPage::showTableNames);
    connect(m_controller, &RolesController::described, this, &RolesPage::showDescription);
    auto *splitter = new QSplitter(Qt::Vertical, this);

    m_dbBox = new QGroupBox(splitter);
    auto *dbLayout = new QVBoxLayout(m_dbBox);
    m_databases = new InsightTable(QStringLiteral("rolesDatabasesTable"), context.settings, QStringLiteral("insight/roles/databases"),
                                   m_controller->databases(), m_dbBox);
    m_databases->setDefaultSort(DbName, Qt::AscendingOrder);
    m_databases->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        if (role == Qt::TextAlignmentRole && (column == DbSize || column == DbConnLimit))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case DbSize:
            return v.isValid() ? Format::bytes(v.toLongLong()) : tr("no access");
        case DbConnLimit:
            return v.toInt() < 0 ? tr("unlimited") : QString::number(v.toInt());
        case DbAllowConn:
            return v.toBool() ? tr("yes") : tr("no");
        default:
            return v;
        }
    });
    dbLayout->addWidget(m_databases);
    addTable(m_databases);

    m_rolesBox = new QGroupBox(splitter);
    auto *rolesLayout = new QVBoxLayout(m_rolesBox);
    m_roles = new InsightTable(QStringLiteral("rolesTable"), context.settings, QStringLiteral("insight/roles/roles"),
                               m_controller->roles(), m_rolesBox);
    m_roles->setDefaultSort(RName, Qt::AscendingOrder);
    m_roles->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        if (role == Qt::TextAlignmentRole && column == RConnLimit)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && column == RAttributes))
            return {};
        switch (column) {
        case RAttributes: {
            QStringList a;
            if (row.value(RSuper).toBool())
                a << tr("Superuser");
            if (row.value(RCreateRole).toBool())
                a << tr("Create role");
            if (row.value(RCreateDb).toBool())
                a << tr("Create DB");
            if (!row.value(RLogin).toBool())
                a << tr("Cannot login");
            if (row.value(RReplication).toBool())
                a << tr("Replication");
            if (row.value(RBypassRls).toBool())
                a << tr("Bypass RLS");
            if (!row.value(RInherit).toBool())
                a << tr("No inheritance");
            return a.join(QStringLiteral(", "));
        }
        case RConnLimit:
            return v.toInt() < 0 ? tr("unlimited") : QString::number(v.toInt());
        case RValidUntil:
            return v.isValid() ? Format::dateTime(v.toDateTime()) : tr("never");
        default:
            return v;
        }
    });
    m_roles->setHiddenColumns({RSuper, RCreateRole, RCreateDb, RLogin, RReplication, RBypassRls, RInherit});
    rolesLayout->addWidget(m_roles);
    addTable(m_roles);

    m_describeBox = new QGroupBox(splitter);
    auto *describeLayout = new QVBoxLayout(m_describeBox);
    auto *row = new QHBoxLayout;
    m_tableChoice = new QComboBox(m_describeBox);
    m_tableChoice->setObjectName(QStringLiteral("tableChoice"));
    m_tableChoice->setEditable(true);
    m_tableChoice->setInsertPolicy(QComboBox::NoInsert);
    m_tableChoice->setMinimumContentsLength(30);
    m_tableChoice->completer()->setFilterMode(Qt::MatchContains);
    m_tableChoice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    row->addWidget(m_tableChoice, 1);
    m_describeButton = new QPushButton(m_describeBox);
    m_describeButton->setObjectName(QStringLiteral("describeButton"));
    connect(m_describeButton, &QPushButton::clicked, this, [this] { describe(m_tableChoice->currentText().trimmed()); });
    connect(m_tableChoice->lineEdit(), &QLineEdit::returnPressed, m_describeButton, &QPushButton::click);
    row->addWidget(m_describeButton);
    m_describeSql = new QPushButton(m_describeBox);
    m_describeSql->setObjectName(QStringLiteral("describeSqlButton"));
    connect(m_describeSql, &QPushButton::clicked, this, [this] {
        const QString described = m_controller->describedTable();
        ShowSqlDialog::show(this, RolesController::describeStatement(),
                            QStringLiteral("\\d %1").arg(described.isEmpty() ? QStringLiteral("name") : described),
                            tr("Runs once when you press Describe, with the table's name as the parameter $1."));
    });
    row->addWidget(m_describeSql);
    describeLayout->addLayout(row);
    m_describe = new InsightTable(QStringLiteral("describeTable"), context.settings, QStringLiteral("insight/roles/describe"),
                                  m_controller->description(), m_describeBox);
    m_describe->setDefaultSort(DKind, Qt::AscendingOrder);
    m_describe->setSortingEnabled(false);
    m_describe->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        if (role != Qt::DisplayRole)
            return {};
        const int kind = row.value(DKind).toInt();
        const QVariant v = row.value(column);
        switch (column) {
        case DKind:
            return kind == 1 ? tr("Column") : kind == 2 ? tr("Index") : tr("Constraint");
        case DPosition:
            return kind == 1 ? v : QVariant(QString());
        case DNotNull:
            if (kind == 1)
                return v.toBool() ? tr("not null") : QString();
            return QString();
        case DExtra: {
            const QString s = v.toString();
            if (kind == 1)
                return s.isEmpty() ? QString() : tr("default %1").arg(s);
            if (kind == 3) {
                if (s == QLatin1String("p"))
                    return tr("primary key");
                if (s == QLatin1String("f"))
                    return tr("foreign key");
                if (s == QLatin1String("u"))
                    return tr("unique");
                if (s == QLatin1String("c"))
                    return tr("check");
                if (s == QLatin1String("x"))
                    return tr("exclusion");
            }
            return s;
        }
        default:
            return v;
        }
    });
    describeLayout->addWidget(m_describe);
    addTable(m_describe);
    splitter->addWidget(m_dbBox);
    splitter->addWidget(m_rolesBox);
    splitter->addWidget(m_describeBox);
    setContent(splitter);
    retranslate();
}

QString RolesPage::title() const
{
    return tr("Databases and roles");
}

void RolesPage::retranslatePage()
{
    m_dbBox->setTitle(tr("Databases (\\l)"));
    m_rolesBox->setTitle(tr("Roles (\\du)"));
    m_describeBox->setTitle(tr("A table's columns, indexes and constraints (\\d)"));
    m_databases->setHeaders({tr("Name"), tr("Owner"), tr("Encoding"), tr("Collate"), tr("Ctype"), tr("Size"),
                             tr("Connection limit"), tr("Allows connections")});
    m_roles->setHeaders({tr("Role"), tr("Attributes"), tr("Superuser"), tr("Create role"), tr("Create DB"), tr("Can login"),
                         tr("Replication"), tr("Bypass RLS"), tr("Inherit"), tr("Connection limit"), tr("Password expires"),
                         tr("Member of")});
    m_describe->setHeaders({tr("Kind"), tr("#"), tr("Name"), tr("Type or definition"), tr("Not null"), tr("Details")});
    m_describe->resizeColumnsToContents(); // the titles fit even before the first \d
    m_tableChoice->lineEdit()->setPlaceholderText(tr("schema.table"));
    m_describeButton->setText(tr("Describe"));
    m_describeSql->setText(tr("SQL of \\d"));
    updateNote();
}

void RolesPage::updateNote()
{
    const int hiddenSizes = m_controller->hiddenSizes();
    setHiddenNote(hiddenSizes > 0 ? tr("The size of %n database(s) is hidden: it needs the CONNECT privilege on the database "
                                         "or membership in pg_read_all_stats.",
                                         nullptr, hiddenSizes)
                                    : QString());
}

void RolesPage::resetData()
{
    updateNote();
}

void RolesPage::showTableNames()
{
    const QStringList &tables = m_controller->tableNames();
    QStringList current;
    for (int i = 0; i < m_tableChoice->count(); ++i)
        current << m_tableChoice->itemText(i);
    if (current == tables)
        return;
    const QString text = m_tableChoice->currentText();
    m_tableChoice->clear();
    m_tableChoice->addItems(tables);
    m_tableChoice->setCurrentText(text);
}

void RolesPage::showData()
{
    if (m_tableChoice->currentText().isEmpty()) // the table the controller describes from the start
        m_tableChoice->setCurrentText(m_controller->describedTable());
    updateNote();
    markDataReady();
}

void RolesPage::showDescription(const QString &table, bool ok, const PgError &error)
{
    if (!ok) {
        setErrorText(error.sqlState() == QLatin1String("42P01")
                         ? tr("There is no table \"%1\" here. Pick one from the list or write schema.table.").arg(table)
                         : describeError(error));
    } else {
        setErrorText(QString());
        m_describe->resizeColumnsToContents();
    }
    Q_EMIT described(table, ok);
}

} // namespace Valvur
