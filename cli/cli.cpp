#include "cli/cli.hpp"

namespace citekit::cli {
int run(const std::vector<std::string>&, std::istream&, std::ostream&, std::ostream&) { return failure; }
}
