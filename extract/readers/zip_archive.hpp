#pragma once
// Safe read-only access to a zip container (DOCX, ODT) held in memory.
// Private to extract/readers. The caps of InputLimits are enforced while
// inflating, never trusting the sizes the archive claims, so a zip bomb
// stops at the cap; member names that could escape a directory are refused.

#include "core/result.hpp"
#include "extract/input.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace citekit::extract {

class ZipArchive {
 public:
  // `bytes` must outlive the archive: members are inflated from it on demand.
  static Result<ZipArchive> open(std::string_view bytes, const std::string& path, const InputLimits& limits);

  bool contains(const std::string& name) const;
  const std::vector<std::string>& names() const { return names_; }
  // The member's inflated bytes; errors name the member as the position's part.
  Result<std::string> read(const std::string& name);

 private:
  struct Closer {
    void operator()(zip* archive) const;
  };
  ZipArchive(std::unique_ptr<zip, Closer> archive, std::string path, const InputLimits& limits);
  Error error(std::string code, const std::string& member, std::string message) const;

  std::unique_ptr<zip, Closer> archive_;
  std::string path_;
  InputLimits limits_;
  std::vector<std::string> names_;
  std::size_t inflated_ = 0;   // bytes inflated so far, against max_inflated_bytes
};

}  // namespace citekit::extract
