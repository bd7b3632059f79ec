#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariantList>

namespace Valvur {

// For a request a page sends again and again (its refresh): remembers every row of the last
// reply by its raw text, so that PgSession converts only the rows that changed and hands back the
// very same QVariantList for the others. A thousand sessions of which a handful changed then cost
// a thousand byte comparisons instead of twenty thousand conversions, and an unchanged row
// compares equal to the one a model already holds at the cost of a pointer comparison (QList's
// implicit sharing). One cache per repeated request; used on the GUI thread only.
class PgRowCache
{
public:
    // The converted row of the last reply's row set `set` whose raw text was `raw`, or null.
    // `types` must be the row set's column types (another statement's rows never match).
    const QVariantList *find(int set, const QList<unsigned int> &types, const QByteArray &raw) const;
    // Records a row of the reply being read; the rows of row set `set` replace the last reply's
    // when the reply is complete (commit()).
    void keep(int set, const QList<unsigned int> &types, const QByteArray &raw, const QVariantList &row);
    void commit();
    void clear();

    int hits() const { return m_hits; } // rows reused in the last committed reply (for tests)

private:
    struct Set
    {
        QList<unsigned int> types;
        QHash<QByteArray, QVariantList> rows;
    };
    QList<Set> m_last;
    QList<Set> m_next;
    mutable int m_pendingHits = 0;
    int m_hits = 0;
};

} // namespace Valvur
