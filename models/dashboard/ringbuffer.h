#pragma once

#include <QList>

#include <algorithm>

namespace Valvur {

// A fixed-capacity buffer that keeps the newest values: push() past the capacity overwrites the
// oldest. Storage grows on demand up to the capacity and never beyond, so memory is flat once full.
// Index 0 is the oldest value.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 1)
        : m_capacity(std::max<qsizetype>(1, capacity))
    {
    }

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_data.size(); }
    bool isEmpty() const { return m_data.isEmpty(); }

    void push(const T &value)
    {
        if (m_data.size() < m_capacity) {
            m_data.append(value);
            return;
        }
        m_data[m_head] = value;
        m_head = (m_head + 1) % m_capacity;
    }

    const T &at(qsizetype i) const { return m_data.at((m_head + i) % m_data.size()); }
    T &operator[](qsizetype i) { return m_data[(m_head + i) % m_data.size()]; }
    const T &last() const { return at(size() - 1); }

    void clear()
    {
        m_data.clear();
        m_data.squeeze();
        m_head = 0;
    }

    // Keeps the newest values that fit.
    void setCapacity(qsizetype capacity)
    {
        capacity = std::max<qsizetype>(1, capacity);
        QList<T> kept;
        const qsizetype n = std::min(size(), capacity);
        kept.reserve(n);
        for (qsizetype i = size() - n; i < size(); ++i)
            kept.append(at(i));
        m_data = std::move(kept);
        m_head = 0;
        m_capacity = capacity;
    }

private:
    QList<T> m_data;
    qsizetype m_head = 0; // index of the oldest value once full
    qsizetype m_capacity;
};

} // namespace Valvur
