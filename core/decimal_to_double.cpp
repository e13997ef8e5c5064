#include "decimal_to_double.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace spotcheck::json::detail {
namespace {

// An unsigned integer of any size, 32 bits a limb, least significant first.
class Big {
 public:
  explicit Big(std::uint32_t v = 0) {
    if (v) limbs_.push_back(v);
  }
  void multiply_add(std::uint32_t m, std::uint32_t add = 0) {
    std::uint64_t carry = add;
    for (std::uint32_t& limb : limbs_) {
      carry += static_cast<std::uint64_t>(limb) * m;
      limb = static_cast<std::uint32_t>(carry);
      carry >>= 32;
    }
    if (carry) limbs_.push_back(static_cast<std::uint32_t>(carry));
  }
  void times_power_of_ten(long n) {
    for (; n >= 9; n -= 9) multiply_add(1000000000u);
    for (; n > 0; --n) multiply_add(10u);
  }
  void shift_left(long bits) {
    if (limbs_.empty() || bits <= 0) return;
    limbs_.insert(limbs_.begin(), static_cast<std::size_t>(bits / 32), 0u);
    const int b = static_cast<int>(bits % 32);
    if (b == 0) return;
    std::uint32_t carry = 0;
    for (std::uint32_t& limb : limbs_) {
      const std::uint32_t next = limb >> (32 - b);
      limb = (limb << b) | carry;
      carry = next;
    }
    if (carry) limbs_.push_back(carry);
  }
  void shift_right_one() {
    for (std::size_t i = 0; i < limbs_.size(); ++i)
      limbs_[i] = (limbs_[i] >> 1) | (i + 1 < limbs_.size() ? limbs_[i + 1] << 31 : 0u);
    trim();
  }
  long bit_length() const {
    if (limbs_.empty()) return 0;
    long bits = 32 * static_cast<long>(limbs_.size() - 1);
    for (std::uint32_t top = limbs_.back(); top; top >>= 1) ++bits;
    return bits;
  }
  bool zero() const { return limbs_.empty(); }
  bool at_least(const Big& other) const {
    if (limbs_.size() != other.limbs_.size()) return limbs_.size() > other.limbs_.size();
    for (std::size_t i = limbs_.size(); i-- > 0;)
      if (limbs_[i] != other.limbs_[i]) return limbs_[i] > other.limbs_[i];
    return true;
  }
  void subtract(const Big& other) {  // *this >= other
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < limbs_.size(); ++i) {
      std::int64_t d = static_cast<std::int64_t>(limbs_[i]) - borrow - (i < other.limbs_.size() ? other.limbs_[i] : 0);
      borrow = d < 0;
      limbs_[i] = static_cast<std::uint32_t>(d + (borrow << 32));
    }
    trim();
  }

 private:
  void trim() {
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
  }
  std::vector<std::uint32_t> limbs_;
};

// Digits past this many can only break a tie between two doubles, which no
// double's halfway point needs (at most 767 significant digits): the rest is
// kept as one more digit, non-zero when any of it was.
constexpr std::size_t kMaxDigits = 768;

}  // namespace

double decimal_to_double(std::string_view digits, long exp10) {
  if (digits.empty()) return 0;
  // Outside these the result is infinite or zero whatever the digits:
  // 10^309 > the largest double; below 10^-325 is under half the smallest.
  const long magnitude = exp10 + static_cast<long>(digits.size());
  if (magnitude > 310) return std::numeric_limits<double>::infinity();
  if (magnitude < -324) return 0;
  Big numerator;
  std::size_t kept = digits.size();
  if (kept > kMaxDigits) {
    bool rest = false;
    for (std::size_t i = kMaxDigits; i < digits.size(); ++i) rest = rest || digits[i] != '0';
    kept = kMaxDigits;
    exp10 += static_cast<long>(digits.size() - kMaxDigits) - 1;
    for (std::size_t i = 0; i < kept; ++i) numerator.multiply_add(10u, static_cast<std::uint32_t>(digits[i] - '0'));
    numerator.multiply_add(10u, rest ? 1u : 0u);
  } else {
    for (char c : digits) numerator.multiply_add(10u, static_cast<std::uint32_t>(c - '0'));
  }
  Big denominator(1);
  if (exp10 >= 0) numerator.times_power_of_ten(exp10);
  else denominator.times_power_of_ten(-exp10);
  // q = floor(numerator x 2^s / denominator) with 63 or 64 bits; the
  // remainder, if any, says the value lies above q x 2^-s.
  const long s = 63 - (numerator.bit_length() - denominator.bit_length());
  numerator.shift_left(s > 0 ? s : 0);
  denominator.shift_left((s < 0 ? -s : 0) + 63);  // the divisor for the top bit of q
  std::uint64_t q = 0;
  for (int bit = 63; bit >= 0; --bit) {
    if (numerator.at_least(denominator)) numerator.subtract(denominator), q |= std::uint64_t{1} << bit;
    denominator.shift_right_one();
  }
  const bool sticky = !numerator.zero();
  int q_bits = 0;
  for (std::uint64_t v = q; v; v >>= 1) ++q_bits;
  // value is in [2^e2, 2^(e2+1)); a double keeps 53 bits, fewer when subnormal.
  const long e2 = q_bits - 1 - s;
  const long keep = e2 >= -1022 ? 53 : 53 - (-1022 - e2);
  if (keep < 0) return 0;  // under half the smallest subnormal
  const int drop = q_bits - static_cast<int>(keep);  // >= 10: q has 63 or 64 bits
  std::uint64_t mantissa = drop >= 64 ? 0 : q >> drop;
  const std::uint64_t rest = drop >= 64 ? q : q & ((std::uint64_t{1} << drop) - 1);
  const std::uint64_t half = std::uint64_t{1} << (drop - 1);
  if (rest > half || (rest == half && (sticky || (mantissa & 1)))) ++mantissa;
  return std::ldexp(static_cast<double>(mantissa), static_cast<int>(e2 - keep + 1));
}

}  // namespace spotcheck::json::detail
