// The nearest double to a decimal number, for the numbers the JSON reader's
// fast path cannot take (more than 15 or so significant digits, or a power
// of ten beyond 10^22): what strtod gives, without the C library's
// conversion, which in the wasm brings 128-bit soft float (about 14 KB).
#pragma once

#include <string_view>

namespace spotcheck::json::detail {

// digits: the significant decimal digits, the first not '0'; the value is
// digits x 10^exp10, rounded to the nearest double, ties to even. Overflow
// gives +infinity, underflow 0 (the caller applies the sign).
double decimal_to_double(std::string_view digits, long exp10);

}  // namespace spotcheck::json::detail
