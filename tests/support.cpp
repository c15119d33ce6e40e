#include "tests/support.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace citekit::test {

std::filesystem::path source_dir() { return CITEKIT_SOURCE_DIR; }
std::filesystem::path shared_dir() { return CITEKIT_SHARED_DIR; }
std::filesystem::path samples_dir() { return source_dir() / "samples"; }
std::filesystem::path seed_document() { return shared_dir() / "data/documents/seed/000_edd3404b79d6b4fd.txt"; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

bool matches_golden(const std::filesystem::path& golden, const std::string& actual) {
  const char* update = std::getenv("CITEKIT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(golden, actual);
    return true;
  }
  if (!std::filesystem::exists(golden)) return false;
  return read_file(golden) == actual;
}

std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::path(CITEKIT_BINARY_DIR) / "scratch" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace citekit::test
