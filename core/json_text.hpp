#pragma once
// JSON text written directly, for output that runs once per reference or
// span (`citekit parse` over a whole library): building a JSON document
// first and serialising it costs more than the parse itself.

#include <string>
#include <string_view>

namespace citekit {

// A JSON string literal for `text`, escaped as JSON requires; invalid UTF-8
// sequences become U+FFFD, so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view text);

// A JSON number for an integer.
void append_json_int(std::string& out, long long value);

// The members of one JSON object, appended to `out` in order.
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out) : out_(out) {}
  // Starts the member `key` and returns `out`, for its value to be written next.
  std::string& key(std::string_view key) {
    out_ += first_ ? '{' : ',';
    first_ = false;
    append_json_string(out_, key);
    out_ += ':';
    return out_;
  }
  void string(std::string_view key, std::string_view value) { append_json_string(this->key(key), value); }
  void close() { out_ += first_ ? "{}" : "}"; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace citekit
