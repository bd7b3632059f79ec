#include "pg/pgrowcache.h"

namespace Valvur {

const QVariantList *PgRowCache::find(int set, const QList<unsigned int> &types, const QByteArray &raw) const
{
    if (set < 0 || set >= m_last.size() || m_last.at(set).types != types)
        return nullptr;
    const auto it = m_last.at(set).rows.constFind(raw);
    if (it == m_last.at(set).rows.cend())
        return nullptr;
    ++m_pendingHits;
    return &it.value();
}

void PgRowCache::keep(int set, const QList<unsigned int> &types, const QByteArray &raw, const QVariantList &row)
{
    if (set < 0)
        return;
    while (m_next.size() <= set)
        m_next.append(Set());
    Set &s = m_next[set];
    if (s.rows.isEmpty()) {
        s.types = types;
        if (set < m_last.size())
            s.rows.reserve(m_last.at(set).rows.size());
    }
    s.rows.insert(raw, row);
}

void PgRowCache::commit()
{
    m_last = std::move(m_next);
    m_next = {};
    m_hits = m_pendingHits;
    m_pendingHits = 0;
}

void PgRowCache::clear()
{
    m_last.clear();
    m_next.clear();
    m_pendingHits = 0;
    m_hits = 0;
}

} // namespace Valvur
