#define CATCH_CONFIG_RUNNER
#include "tests/catch.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <unistd.h>

int main(int argc, char* argv[]) {
  // The link cache goes to a folder of this test process, never the user's:
  // results from other runs must not answer for loopback servers.
  auto cache = std::filesystem::path(CITEKIT_BINARY_DIR) / "test-cache" / std::to_string(::getpid());
  ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  int result = Catch::Session().run(argc, argv);
  std::error_code ignored;
  std::filesystem::remove_all(cache, ignored);
  return result;
}
