#pragma once
// Token buckets per key (a participant id, a remote address), kept in memory only: nothing of it
// is ever written anywhere, and the server clears it when the session stops.

#include <QHash>

#include <algorithm>

namespace sbr::workshop {

struct RateLimit {
    double perSecond = 10; ///< sustained rate
    double burst = 20;     ///< requests allowed at once after a quiet period
};

template <typename Key> class RateLimiter {
public:
    explicit RateLimiter(RateLimit limit = {}) : m_limit(limit) {}
    void setLimit(RateLimit limit) { m_limit = limit; }

    /// Takes one token for `key` at time `nowMs` (a monotonic clock); false when there is none.
    bool allow(const Key &key, qint64 nowMs)
    {
        if (m_buckets.size() > kMaxKeys)
            prune(nowMs);
        auto it = m_buckets.find(key);
        if (it == m_buckets.end())
            it = m_buckets.insert(key, Bucket{m_limit.burst, nowMs});
        Bucket &b = it.value();
        b.tokens = std::min(m_limit.burst, b.tokens + double(nowMs - b.lastMs) * m_limit.perSecond / 1000.0);
        b.lastMs = nowMs;
        if (b.tokens < 1.0)
            return false;
        b.tokens -= 1.0;
        return true;
    }
    /// Gives back the token of the last allow() (the request turned out not to count).
    void refund(const Key &key)
    {
        auto it = m_buckets.find(key);
        if (it != m_buckets.end())
            it->tokens = std::min(m_limit.burst, it->tokens + 1.0);
    }
    void clear() { m_buckets.clear(); }

private:
    struct Bucket {
        double tokens;
        qint64 lastMs;
    };
    static constexpr qsizetype kMaxKeys = 20000;

    /// Forgets buckets that have refilled completely: they behave exactly like new ones.
    void prune(qint64 nowMs)
    {
        const double refillMs = m_limit.perSecond > 0 ? 1000.0 * m_limit.burst / m_limit.perSecond : 0.0;
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = double(nowMs - it->lastMs) >= refillMs ? m_buckets.erase(it) : std::next(it);
    }

    RateLimit m_limit;
    QHash<Key, Bucket> m_buckets;
};

} // namespace sbr::workshop
