#include "fuzz/zip_package.hpp"

#include <zip.h>

#include <memory>

namespace citekit::fuzz {
namespace {

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

}  // namespace

std::string make_zip(const Members& members) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return {};
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) return {};
  zip_source_keep(buffer.get());  // the archive takes a reference; ours stays for reading back
  for (const auto& [name, content] : members) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_int64_t index = data ? zip_file_add(archive, name.c_str(), data, ZIP_FL_OVERWRITE) : -1;
    if (index < 0) {
      zip_source_free(data);
      zip_discard(archive);
      return {};
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) < 0) {
    zip_discard(archive);
    return {};
  }
  std::string bytes;
  if (zip_source_open(buffer.get()) < 0) return {};
  char chunk[1 << 14];
  zip_int64_t n;
  while ((n = zip_source_read(buffer.get(), chunk, sizeof chunk)) > 0) bytes.append(chunk, static_cast<std::size_t>(n));
  zip_source_close(buffer.get());
  return bytes;
}

}  // namespace citekit::fuzz
