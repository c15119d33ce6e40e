#include "extract/encoding.hpp"

#include "core/text.hpp"

#include <iconv.h>
#include <uchardet.h>

#include <cerrno>
#include <memory>

namespace citekit::extract {
namespace {

struct DetectorFree {
  void operator()(uchardet* detector) const { uchardet_delete(detector); }
};

class Iconv {
 public:
  Iconv(const char* to, const char* from) : handle_(iconv_open(to, from)) {}
  ~Iconv() {
    if (ok()) iconv_close(handle_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  bool ok() const { return handle_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return handle_; }

 private:
  iconv_t handle_;
};

std::string detect_charset(std::string_view bytes) {
  std::unique_ptr<uchardet, DetectorFree> detector(uchardet_new());
  if (!detector) return {};
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return {};
  uchardet_data_end(detector.get());
  std::string charset = uchardet_get_charset(detector.get());
  for (char& c : charset) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return charset;
}

// Converts with iconv; undefined bytes become U+FFFD. nullopt when iconv does not know the encoding.
std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& encoding) {
  Iconv converter("UTF-8", encoding.c_str());
  if (!converter.ok()) return std::nullopt;
  std::string out;
  std::string input(bytes);
  char* in = input.data();
  std::size_t in_left = input.size();
  char buffer[4096];
  while (in_left > 0) {
    char* outp = buffer;
    std::size_t out_left = sizeof buffer;
    std::size_t done = iconv(converter.get(), &in, &in_left, &outp, &out_left);
    out.append(buffer, sizeof buffer - out_left);
    if (done == static_cast<std::size_t>(-1) && errno != E2BIG) {
      out += "\xEF\xBF\xBD";   // EILSEQ or a truncated sequence at the end: skip one byte
      ++in;
      --in_left;
      iconv(converter.get(), nullptr, nullptr, nullptr, nullptr);
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> detect_utf16_without_bom(std::string_view bytes) {
  std::size_t sample = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (sample < 4) return std::nullopt;
  std::size_t even_zeros = 0, odd_zeros = 0;
  for (std::size_t i = 0; i < sample; i += 2) {
    even_zeros += bytes[i] == '\0';
    odd_zeros += bytes[i + 1] == '\0';
  }
  std::size_t units = sample / 2;
  if (odd_zeros * 10 >= units * 4 && even_zeros * 20 <= units) return "UTF-16LE";
  if (even_zeros * 10 >= units * 4 && odd_zeros * 20 <= units) return "UTF-16BE";
  return std::nullopt;
}

LegacyText decode_legacy(std::string_view bytes) {
  std::string charset = detect_charset(bytes);
  bool guessed = charset.empty() || charset == "ASCII" || charset == "UTF-8";
  if (guessed || charset == "ISO-8859-1") charset = "WINDOWS-1252";
  if (auto converted = convert_to_utf8(bytes, charset)) return LegacyText{std::move(*converted), charset, guessed};
  auto fallback = convert_to_utf8(bytes, "WINDOWS-1252");
  return LegacyText{fallback ? std::move(*fallback) : sanitize_utf8(bytes), "WINDOWS-1252", true};
}

}  // namespace citekit::extract
