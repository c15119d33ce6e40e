#pragma once
// Paths and file helpers shared by the tests.

#include <chrono>
#include <filesystem>
#include <string>

namespace citekit::test {

// The repository root and ../shared, fixed at configure time.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();
std::filesystem::path samples_dir();
std::filesystem::path seed_document();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

// Compares `actual` with the golden file; with CITEKIT_UPDATE_GOLDEN=1 in the
// environment, rewrites the golden file instead (and the check passes).
bool matches_golden(const std::filesystem::path& golden, const std::string& actual);

// A fresh empty directory under the build tree, removed and remade per call.
std::filesystem::path scratch_dir(const std::string& name);

// Seconds of the steady clock since `start`.
inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace citekit::test
