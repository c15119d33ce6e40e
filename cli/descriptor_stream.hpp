#pragma once
// An output stream over a file descriptor it owns. Every write is carried
// through to the end (short writes and interruptions by signals are retried)
// and the first failure is kept (errno: ENOSPC on a full disk, EFBIG past the
// file size limit), so that the caller can say why the output is not whole.

#include <ostream>
#include <streambuf>
#include <vector>

namespace citekit::cli {

class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int descriptor);
  ~DescriptorBuffer() override;
  DescriptorBuffer(const DescriptorBuffer&) = delete;
  DescriptorBuffer& operator=(const DescriptorBuffer&) = delete;

  int descriptor() const { return descriptor_; }
  // errno of the first write that failed, or 0.
  int failure() const { return failure_; }
  // Writes what is buffered and closes the descriptor; false (with
  // failure() set) when a write or the close failed.
  bool close();

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  bool drain();
  bool write_all(const char* data, std::size_t size);

  int descriptor_;
  int failure_ = 0;
  std::vector<char> buffer_;
};

class DescriptorStream : public std::ostream {
 public:
  explicit DescriptorStream(int descriptor) : std::ostream(nullptr), buffer_(descriptor) { rdbuf(&buffer_); }
  DescriptorBuffer& buffer() { return buffer_; }

 private:
  DescriptorBuffer buffer_;
};

}  // namespace citekit::cli
