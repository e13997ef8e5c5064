// The one doctest main; every test_<feature>.cpp beside it holds the cases.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
