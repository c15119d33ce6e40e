#include "cli/descriptor_stream.hpp"

#include <unistd.h>

#include <cerrno>

namespace citekit::cli {
namespace {

constexpr std::size_t kBufferBytes = 1 << 16;

}  // namespace

DescriptorBuffer::DescriptorBuffer(int descriptor) : descriptor_(descriptor), buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

DescriptorBuffer::~DescriptorBuffer() {
  if (descriptor_ >= 0) ::close(descriptor_);
}

bool DescriptorBuffer::close() {
  bool drained = drain();
  if (descriptor_ < 0) return drained && failure_ == 0;
  // close() itself may report a write the kernel deferred (NFS, quotas).
  if (::close(descriptor_) != 0 && failure_ == 0 && errno != EINTR) failure_ = errno;
  descriptor_ = -1;
  return drained && failure_ == 0;
}

DescriptorBuffer::int_type DescriptorBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

// Pieces as large as the buffer skip it: one copy fewer for a whole export.
std::streamsize DescriptorBuffer::xsputn(const char* data, std::streamsize size) {
  if (static_cast<std::size_t>(size) < buffer_.size()) return std::streambuf::xsputn(data, size);
  if (!drain() || !write_all(data, static_cast<std::size_t>(size))) return 0;
  return size;
}

int DescriptorBuffer::sync() { return drain() ? 0 : -1; }

bool DescriptorBuffer::drain() {
  bool written = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return written;
}

bool DescriptorBuffer::write_all(const char* data, std::size_t size) {
  if (size == 0) return failure_ == 0;
  if (failure_ != 0) return false;
  if (descriptor_ < 0) {
    failure_ = EBADF;
    return false;
  }
  while (size > 0) {
    ssize_t written = ::write(descriptor_, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      failure_ = errno;
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace citekit::cli
