#include "cli/output_target.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <string_view>

namespace citekit::cli {
namespace {

// As many links as the kernel itself follows in one path (Linux's MAXSYMLINKS).
constexpr int kMaxLinks = 40;

// What an output does with each type of file it finds at its path.
enum class Treatment { replace, write_in_place, connect, follow_link, refuse };

struct FileType {
  mode_t type;  // S_IFREG, ...
  const char* name;
  Treatment treatment;
};

constexpr std::array<FileType, 7> kFileTypes{{
    {S_IFREG, "regular file", Treatment::replace},
    {S_IFCHR, "character device", Treatment::write_in_place},
    {S_IFBLK, "block device", Treatment::write_in_place},
    {S_IFIFO, "FIFO", Treatment::write_in_place},
    {S_IFSOCK, "socket", Treatment::connect},
    {S_IFLNK, "symbolic link", Treatment::follow_link},
    {S_IFDIR, "folder", Treatment::refuse},
}};

const FileType* file_type_of(mode_t mode) {
  for (const auto& type : kFileTypes)
    if ((mode & S_IFMT) == type.type) return &type;
  return nullptr;
}

Error output_error(const std::string& path, std::string message) {
  return Error{"unwritable-output", std::move(message), Position{path, "", 0, 0, 0}};
}

std::optional<int> descriptor_number(std::string_view digits) {
  int number = -1;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
  return number;
}

// The open file descriptor a path names: /dev/stdout, /dev/stderr, /dev/fd/N
// and /proc/self/fd/N (also by this process's number). Written through the
// descriptor itself, so that it keeps its offset and flags (">>" appends) as
// a shell's redirection would.
std::optional<int> descriptor_named(std::string_view path) {
  if (path == "/dev/stdin") return 0;
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  const std::string own = "/proc/" + std::to_string(::getpid()) + "/fd/";
  for (std::string_view folder : {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"),
                                  std::string_view("/proc/thread-self/fd/"), std::string_view(own)})
    if (path.substr(0, folder.size()) == folder) return descriptor_number(path.substr(folder.size()));
  return std::nullopt;
}

Result<std::string> link_target(const std::string& given, const std::string& link) {
  std::string target(4096, '\0');
  ssize_t length = ::readlink(link.c_str(), target.data(), target.size());
  if (length < 0) return output_error(given, "cannot read the symbolic link " + link + ": " + std::strerror(errno));
  if (static_cast<std::size_t>(length) == target.size())
    return output_error(given, "the symbolic link " + link + " is too long");
  target.resize(static_cast<std::size_t>(length));
  // A relative target is relative to the link's own folder.
  std::filesystem::path resolved(target);
  if (resolved.is_relative()) resolved = std::filesystem::path(link).parent_path() / resolved;
  return resolved.string();
}

OutputTarget descriptor_target(int descriptor) {
  if (descriptor == 1) return OutputTarget{OutputKind::standard_output, "", -1, std::nullopt};
  return OutputTarget{OutputKind::descriptor, "", descriptor, std::nullopt};
}

}  // namespace

Result<OutputTarget> resolve_output_target(const std::string& given) {
  if (given.empty() || given == "-") return OutputTarget{};
  std::string path = given;
  for (int links = 0; links <= kMaxLinks; ++links) {
    if (auto descriptor = descriptor_named(path)) return descriptor_target(*descriptor);
    struct stat status {};
    if (::lstat(path.c_str(), &status) != 0) {
      if (errno == ENOENT) return OutputTarget{OutputKind::replace, path, -1, std::nullopt};
      return output_error(given, std::string("cannot look at ") + path + ": " + std::strerror(errno));
    }
    const FileType* type = file_type_of(status.st_mode);
    if (!type) return output_error(given, path + " is not a file that can be written to");
    switch (type->treatment) {
      case Treatment::replace:
        return OutputTarget{OutputKind::replace, path, -1,
                            FileOwnership{status.st_mode & 07777, status.st_uid, status.st_gid}};
      case Treatment::write_in_place:
        return OutputTarget{OutputKind::in_place, path, -1, std::nullopt};
      case Treatment::connect:
        return OutputTarget{OutputKind::socket, path, -1, std::nullopt};
      case Treatment::refuse:
        return output_error(given, (path == given ? "" : path + ", where it leads, ") + std::string("is a ") +
                                       type->name + ": -o needs a file name");
      case Treatment::follow_link: {
        auto target = link_target(given, path);
        if (!target) return target.error();
        path = std::move(*target);
        break;
      }
    }
  }
  return output_error(given, "too many levels of symbolic links");
}

}  // namespace citekit::cli
