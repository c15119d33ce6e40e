#include "extract/readers/zip_archive.hpp"

#include <zip.h>

#include <array>

namespace citekit::extract {
namespace {

struct FileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFile = std::unique_ptr<zip_file_t, FileCloser>;

struct ErrorFinisher {
  void operator()(zip_error_t* error) const { zip_error_fini(error); }
};

// Names that are absolute or climb out of the archive's root ("../x",
// "/etc/x", "C:\x"). citekit never writes members to disk, but such a name
// means the archive was not made by an office suite.
bool is_unsafe_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.front() == '\\') return true;
  if (name.size() > 1 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

std::string describe_zip_error(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::unique_ptr<zip_error_t, ErrorFinisher> finish(&error);
  return zip_error_strerror(&error);
}

}  // namespace

void ZipArchive::Closer::operator()(zip* archive) const { zip_discard(archive); }

ZipArchive::ZipArchive(std::unique_ptr<zip, Closer> archive, std::string path, const InputLimits& limits)
    : archive_(std::move(archive)), path_(std::move(path)), limits_(limits) {}

Error ZipArchive::error(std::string code, const std::string& member, std::string message) const {
  return Error{std::move(code), std::move(message), Position{path_, member, 0, 0, 0}};
}

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string& path, const InputLimits& limits) {
  auto failure = [&](std::string code, std::string message) {
    return Error{std::move(code), std::move(message), Position{path, "", 0, 0, 0}};
  };
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_error_t, ErrorFinisher> finish(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return failure("corrupt-zip", std::string("cannot read the zip archive: ") + zip_error_strerror(&error));
  std::unique_ptr<zip, Closer> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!archive) {
    zip_source_free(source);  // still ours when the open failed
    return failure("corrupt-zip", "not a readable zip archive (truncated or corrupt?): " +
                                      describe_zip_error(zip_error_code_zip(&error)));
  }
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  if (count < 0) return failure("corrupt-zip", "cannot list the zip archive's members");
  if (static_cast<std::size_t>(count) > limits.max_zip_entries)
    return failure("too-many-zip-entries", "the archive has " + std::to_string(count) + " members; the limit is " +
                                               std::to_string(limits.max_zip_entries));
  ZipArchive result(std::move(archive), path, limits);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(result.archive_.get(), static_cast<zip_uint64_t>(i), 0);
    if (!name) return failure("corrupt-zip", "a member of the archive has no readable name");
    if (is_unsafe_name(name))
      return result.error("unsafe-zip-member", name, "member name points outside the archive; refused");
    result.names_.emplace_back(name);
  }
  return result;
}

bool ZipArchive::contains(const std::string& name) const {
  return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0;
}

Result<std::string> ZipArchive::read(const std::string& name) {
  zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
  if (index < 0) return error("missing-part", name, "the archive has no such member");
  ZipFile file(zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
  if (!file) return error("corrupt-zip", name, std::string("cannot open the member: ") + zip_strerror(archive_.get()));
  std::string content;
  std::array<char, 1 << 16> buffer;
  for (;;) {
    zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) return error("corrupt-zip", name, std::string("cannot inflate the member: ") + zip_file_strerror(file.get()));
    if (got == 0) break;
    auto size = static_cast<std::size_t>(got);
    if (content.size() + size > limits_.max_member_bytes)
      return error("zip-member-too-large", name,
                   "the member inflates past the limit of " + std::to_string(limits_.max_member_bytes) +
                       " bytes (a zip bomb?)");
    if (inflated_ + size > limits_.max_inflated_bytes)
      return error("zip-too-large", name,
                   "the archive inflates past the limit of " + std::to_string(limits_.max_inflated_bytes) +
                       " bytes in all (a zip bomb?)");
    content.append(buffer.data(), size);
    inflated_ += size;
  }
  return content;
}

}  // namespace citekit::extract
