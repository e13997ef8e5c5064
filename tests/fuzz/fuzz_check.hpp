// A check that stays on in release builds and stops the fuzzer with a message:
// libFuzzer saves the input that made it fail.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(condition, detail)                                                        \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n%s\n", #condition, __FILE__, __LINE__, \
                   std::string(detail).c_str());                                             \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)
