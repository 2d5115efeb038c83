#include "Workspace.h"

namespace sbr {

ItemTally tally(const std::vector<std::optional<int>> &levels)
{
    ItemTally t;
    for (const auto &l : levels)
        if (l)
            t.add(*l);
    return t;
}

} // namespace sbr
