#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace citekit::cli {
namespace {

constexpr int kTemporaryNameAttempts = 100;

Error output_error(const std::string& path, std::string message) {
  return Error{"unwritable-output", std::move(message), Position{path, "", 0, 0, 0}};
}

std::string reason(int error) { return std::strerror(error); }

std::string folder_of(const std::string& path) {
  auto folder = std::filesystem::path(path).parent_path();
  return folder.empty() ? "." : folder.string();
}

// ".NAME.citekit-1a2b3c4d" beside the file it will replace: the same file
// system, so that rename() is atomic; hidden, so that listings skip it.
std::string temporary_name(const std::string& path, std::mt19937& random) {
  std::filesystem::path file(path);
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(random()));
  return (file.parent_path() / ("." + file.filename().string() + ".citekit-" + suffix)).string();
}

// The replaced file's owner and group (where this process may set them),
// then its mode: chown clears set-user-ID bits, so the mode comes last.
void keep_ownership(int descriptor, const FileOwnership& old) {
  struct stat now {};
  if (::fstat(descriptor, &now) != 0) return;
  if ((now.st_uid != old.owner || now.st_gid != old.group) && ::fchown(descriptor, old.owner, old.group) != 0 &&
      now.st_gid != old.group)
    (void)::fchown(descriptor, static_cast<uid_t>(-1), old.group);
  (void)::fchmod(descriptor, old.mode);
}

int connect_socket(const std::string& path) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (path.size() >= sizeof address.sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  int descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (descriptor < 0) return -1;
  if (::connect(descriptor, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    int error = errno;
    ::close(descriptor);
    errno = error;
    return -1;
  }
  return descriptor;
}

// A device or FIFO, opened as it is. Should the path have become a regular
// file since it was looked at, it is not written over in place.
int open_in_place(const std::string& path) {
  int descriptor = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (descriptor < 0) return -1;
  struct stat status {};
  if (::fstat(descriptor, &status) != 0 || S_ISREG(status.st_mode) || S_ISDIR(status.st_mode)) {
    ::close(descriptor);
    errno = EAGAIN;
    return -1;
  }
  return descriptor;
}

void sync_folder(const std::string& path) {
  int folder = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0) return;
  (void)::fsync(folder);
  ::close(folder);
}

}  // namespace

Result<std::unique_ptr<StreamingOutput>> StreamingOutput::open(const std::string& path, std::ostream& standard_output) {
  auto target = resolve_output_target(path);
  if (!target) return target.error();
  std::unique_ptr<StreamingOutput> output(new StreamingOutput(path, std::move(*target), standard_output));
  auto opened = output->open_file();
  if (!opened) return opened.error();
  return output;
}

Result<bool> StreamingOutput::open_file() {
  int descriptor = -1;
  switch (target_.kind) {
    case OutputKind::standard_output:
      return true;
    case OutputKind::descriptor:
      descriptor = ::fcntl(target_.descriptor, F_DUPFD_CLOEXEC, 3);
      if (descriptor < 0)
        return output_error(given_, "file descriptor " + std::to_string(target_.descriptor) + " is not open");
      break;
    case OutputKind::in_place:
      descriptor = open_in_place(target_.path);
      if (descriptor < 0) return output_error(given_, "cannot open " + target_.path + ": " + reason(errno));
      break;
    case OutputKind::socket:
      descriptor = connect_socket(target_.path);
      if (descriptor < 0) return output_error(given_, "cannot connect to the socket " + target_.path + ": " + reason(errno));
      break;
    case OutputKind::replace:
      return open_temporary();
  }
  file_ = std::make_unique<DescriptorStream>(descriptor);
  return true;
}

// Created with O_EXCL (never someone else's file) and mode 0666, which the
// umask narrows as it would for the file itself.
Result<bool> StreamingOutput::open_temporary() {
  std::mt19937 random(std::random_device{}());
  for (int attempt = 0; attempt < kTemporaryNameAttempts; ++attempt) {
    std::string name = temporary_name(target_.path, random);
    int descriptor = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (descriptor < 0 && errno == EEXIST) continue;
    if (descriptor < 0)
      return output_error(given_, "cannot create a file in " + folder_of(target_.path) + ": " + reason(errno));
    temporary_ = std::move(name);
    if (target_.replacing) keep_ownership(descriptor, *target_.replacing);
    file_ = std::make_unique<DescriptorStream>(descriptor);
    return true;
  }
  return output_error(given_, "cannot find a free temporary name in " + folder_of(target_.path));
}

StreamingOutput::~StreamingOutput() {
  if (committed_ || temporary_.empty()) return;
  file_.reset();
  ::unlink(temporary_.c_str());
}

Error StreamingOutput::failure(const std::string& what) const {
  switch (target_.kind) {
    case OutputKind::replace:
      return output_error(given_, what + (target_.replacing ? "; the file is unchanged" : "; no file was made"));
    case OutputKind::standard_output:
    case OutputKind::descriptor:
    case OutputKind::in_place:
    case OutputKind::socket:
      return output_error(given_, what);
  }
  return output_error(given_, what);
}

Result<bool> StreamingOutput::commit() {
  if (!file_) {
    standard_output_.flush();
    committed_ = true;
    if (!standard_output_) return output_error("standard output", "cannot write");
    return true;
  }
  if (target_.kind == OutputKind::replace) return commit_replacement();
  file_->flush();
  bool closed = file_->buffer().close();
  committed_ = true;
  if (!closed) return failure("cannot write: " + reason(file_->buffer().failure()));
  return true;
}

// Everything written and on the disk before the rename: a crash or a full
// disk at any point leaves either the old file or the new one, whole.
Result<bool> StreamingOutput::commit_replacement() {
  file_->flush();
  DescriptorBuffer& buffer = file_->buffer();
  if (buffer.failure() != 0) return failure("cannot write: " + reason(buffer.failure()));
  if (::fsync(buffer.descriptor()) != 0 && errno != EINVAL) return failure("cannot write: " + reason(errno));
  if (!buffer.close()) return failure("cannot write: " + reason(buffer.failure()));
  if (::rename(temporary_.c_str(), target_.path.c_str()) != 0) return failure("cannot replace: " + reason(errno));
  committed_ = true;
  sync_folder(target_.path);
  return true;
}

Result<bool> write_output(const std::string& path, const std::string& content, std::ostream& out) {
  auto output = StreamingOutput::open(path, out);
  if (!output) return output.error();
  (*output)->stream() << content;
  return (*output)->commit();
}

}  // namespace citekit::cli
