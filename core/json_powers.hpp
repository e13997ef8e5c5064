#pragma once
// Exact powers of ten a double holds: a product or quotient with one of them
// is correctly rounded (Clinger's fast path). The reader's numbers and the
// writer's decimals both use them.

namespace spotcheck::json::detail {

inline constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                          1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace spotcheck::json::detail
