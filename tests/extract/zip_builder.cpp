#include "tests/extract/zip_builder.hpp"

#include "tests/support.hpp"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <stdexcept>

namespace citekit::test {

ZipMembers zip_members(const std::filesystem::path& path) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!archive) throw std::runtime_error("cannot open " + path.string());
  ZipMembers members;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t stat;
    zip_stat_index(archive, index, 0, &stat);
    std::string content(static_cast<std::size_t>(stat.size), '\0');
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    if (!file || zip_fread(file, content.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
      throw std::runtime_error("cannot read a member of " + path.string());
    zip_fclose(file);
    members.emplace_back(zip_get_name(archive, index, 0), std::move(content));
  }
  zip_discard(archive);
  return members;
}

std::string make_zip(const ZipMembers& members) {
  // Named by process too: ctest runs test cases in parallel processes.
  static int serial = 0;
  auto path = scratch_dir("zip-builder-" + std::to_string(::getpid()) + "-" + std::to_string(++serial)) / "built.zip";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("cannot create " + path.string());
  for (const auto& [name, content] : members) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0)
      throw std::runtime_error("cannot add " + name);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("cannot write " + path.string());
  std::string bytes = read_file(path);
  std::filesystem::remove_all(path.parent_path());
  return bytes;
}

ZipMembers with_member(ZipMembers members, const std::string& name, const std::string& content) {
  auto it = std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.first == name; });
  if (it == members.end()) members.emplace_back(name, content);
  else it->second = content;
  return members;
}

ZipMembers without_member(ZipMembers members, const std::string& name) {
  members.erase(std::remove_if(members.begin(), members.end(), [&](const auto& m) { return m.first == name; }),
                members.end());
  return members;
}

}  // namespace citekit::test
