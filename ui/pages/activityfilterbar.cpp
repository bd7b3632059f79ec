#include "pages/activityfilterbar.h"

#include "activity/activityfiltermodel.h"
#include "activity/activitymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Valvur {

namespace {
enum FilterIndex { StateFilter, DatabaseFilter, UserFilter, ApplicationFilter };
const int Fields[4] = {ActivityModel::FState, ActivityModel::FDatabase, ActivityModel::FUser, ActivityModel::FApplication};
const char *const ComboNames[4] = {"stateFilter", "databaseFilter", "userFilter", "applicationFilter"};
} // namespace

ActivityFilterBar::ActivityFilterBar(ActivityModel *model, ActivityFilterModel *proxy, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("activityFilterBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row1 = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    row1->addWidget(m_search, 2);
    for (int f = 0; f < 4; ++f) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(ComboNames[f]));
        // a long application name must not widen the window
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
        c->addItem(QString());
        row1->addWidget(c, 1);
        connect(c, &QComboBox::currentIndexChanged, this, [this, f] { applyCombo(f); });
        m_combos[f] = c;
    }
    layout->addLayout(row1);

    auto *row2 = new QHBoxLayout;
    m_hideIdle = addCheck(row2, "hideIdle", QStringLiteral("activity/hideIdle"), &ActivityFilterModel::setHideIdle);
    m_showBackground = addCheck(row2, "showBackground", QStringLiteral("activity/showBackground"), &ActivityFilterModel::setShowBackground);
    m_showOwn = addCheck(row2, "showOwn", QStringLiteral("activity/showOwn"), &ActivityFilterModel::setShowOwn);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sessionCount"));
    row2->addSpacing(12);
    row2->addWidget(m_count);
    row2->addStretch();
    m_longQuery = addSpin(row2, "longQuerySeconds", QStringLiteral("activity/longQuerySeconds"), 60, &m_longQueryLabel,
                       &ActivityModel::setLongQuerySeconds);
    m_idleInTransaction = addSpin(row2, "idleInTransactionSeconds", QStringLiteral("activity/idleInTransactionSeconds"), 30, &m_idleLabel,
                               &ActivityModel::setIdleInTransactionSeconds);
    layout->addLayout(row2);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ActivityFilterModel::setSearchText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityFilterBar::updateCount);
}

void ActivityFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search in queries or a PID…"));
    const QStringList anyText = {tr("Any state"), tr("Any database"), tr("Any user"), tr("Any application")};
    for (int f = 0; f < 4; ++f)
        m_combos[f]->setItemText(0, anyText.at(f));
    for (int i = 1; i < m_combos[StateFilter]->count(); ++i) {
        QVariantList row(ActivityModel::FieldCount);
        row[ActivityModel::FState] = m_combos[StateFilter]->itemData(i);
        m_combos[StateFilter]->setItemText(i, m_model->stateText(row));
    }
    m_hideIdle->setText(tr("Hide idle"));
    m_showBackground->setText(tr("Background processes"));
    m_showBackground->setToolTip(tr("Show the server's own processes (autovacuum, checkpointer, WAL writer…) besides client sessions."));
    m_showOwn->setText(tr("Valvur's own sessions"));
    m_longQueryLabel->setText(tr("Mark queries over"));
    m_idleLabel->setText(tr("idle in transaction over"));
    m_longQuery->setSuffix(tr(" s"));
    m_idleInTransaction->setSuffix(tr(" s"));
    updateCount();
}

void ActivityFilterBar::updateCount()
{
    m_count->setText(tr("Sessions: %1 of %n", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void ActivityFilterBar::updateChoices()
{
    for (int f = 0; f < 4; ++f) {
        QSet<QString> set;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString v = m_model->rowValues(r).at(Fields[f]).toString();
            if (!v.isEmpty())
                set.insert(v);
        }
        QComboBox *combo = m_combos[f];
        const QString chosen = combo->currentData().toString();
        if (!chosen.isEmpty())
            set.insert(chosen); // keep the user's choice even when no session matches now
        QStringList values(set.begin(), set.end());
        values.sort();
        if (values == m_values[f])
            continue;
        m_values[f] = values;
        QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : std::as_const(values)) {
            QString text = v;
            if (f == StateFilter) {
                QVariantList row(ActivityModel::FieldCount);
                row[ActivityModel::FState] = v;
                text = m_model->stateText(row);
            }
            combo->addItem(text, v);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    }
}

void ActivityFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
}

// Member functions rather than lambdas inside the constructor: GCC 12's UBSan mis-checks member
// access through a lambda's captured `this` there (a false "does not point to an object" report).
QCheckBox *ActivityFilterBar::addCheck(QHBoxLayout *row, const char *name, const QString &key,
                                       void (ActivityFilterModel::*set)(bool))
{
    auto *c = new QCheckBox(this);
    c->setObjectName(QString::fromLatin1(name));
    c->setChecked(m_settings && m_settings->value(key, false).toBool());
    (m_proxy->*set)(c->isChecked());
    row->addWidget(c);
    connect(c, &QCheckBox::toggled, m_proxy, set);
    connect(c, &QCheckBox::toggled, this, [settings = m_settings, key](bool on) {
        if (settings)
            settings->setValue(key, on);
    });
    return c;
}

QSpinBox *ActivityFilterBar::addSpin(QHBoxLayout *row, const char *name, const QString &key, int def, QLabel **label,
                                     void (ActivityModel::*set)(int))
{
    *label = new QLabel(this);
    row->addWidget(*label);
    auto *s = new QSpinBox(this);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(1, 86400);
    s->setValue(m_settings ? m_settings->value(key, def).toInt() : def);
    (m_model->*set)(s->value());
    row->addWidget(s);
    connect(s, &QSpinBox::valueChanged, m_model, set);
    connect(s, &QSpinBox::valueChanged, this, [settings = m_settings, key](int v) {
        if (settings)
            settings->setValue(key, v);
    });
    return s;
}

void ActivityFilterBar::applyCombo(int filter)
{
    const QString value = m_combos[filter]->currentData().toString();
    switch (filter) {
    case StateFilter:
        m_proxy->setState(value);
        break;
    case DatabaseFilter:
        m_proxy->setDatabase(value);
        break;
    case UserFilter:
        m_proxy->setUser(value);
        break;
    case ApplicationFilter:
        m_proxy->setApplication(value);
        break;
    }
}

} // namespace Valvur
