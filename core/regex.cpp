#define PCRE2_CODE_UNIT_WIDTH 8
#include "core/regex.hpp"

#include <pcre2.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace citekit {
namespace {

struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};
using MatchData = std::unique_ptr<pcre2_match_data, MatchDataDeleter>;

struct MatchContextDeleter {
  void operator()(pcre2_match_context* context) const { pcre2_match_context_free(context); }
};
struct JitStackDeleter {
  void operator()(pcre2_jit_stack* stack) const { pcre2_jit_stack_free(stack); }
};

// JIT matching keeps a frame per repeated group on its own stack, 32 KiB by
// default: a pattern such as (?:>\s*)* over a long run of input (hostile
// documents make them) would fail with "JIT stack limit reached". The stack
// grows on demand up to 8 MiB per thread.
pcre2_match_context* match_context() {
  constexpr PCRE2_SIZE kStartSize = 32 * 1024, kMaxSize = 8 * 1024 * 1024;
  thread_local std::unique_ptr<pcre2_jit_stack, JitStackDeleter> stack(
      pcre2_jit_stack_create(kStartSize, kMaxSize, nullptr));
  thread_local std::unique_ptr<pcre2_match_context, MatchContextDeleter> context = [] {
    std::unique_ptr<pcre2_match_context, MatchContextDeleter> made(pcre2_match_context_create(nullptr));
    if (made && stack) pcre2_jit_stack_assign(made.get(), nullptr, stack.get());
    return made;
  }();
  return context.get();
}

std::string pcre2_message(int code) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(code, buffer, sizeof buffer);
  return reinterpret_cast<const char*>(buffer);
}

}  // namespace

struct Regex::Code {
  pcre2_code* code = nullptr;
  uint32_t options = 0;    // the compile options
  uint32_t groups = 0;     // capture groups, the whole match included
  // The pattern compiled anchored, for match_at: PCRE2's JIT code does not
  // take PCRE2_ANCHORED at match time (pcre2_match would interpret the
  // pattern instead, and check the subject's UTF-8 first). Compiled on first use.
  pcre2_code* anchored = nullptr;
  std::once_flag anchored_once;
  ~Code() {
    pcre2_code_free(code);
    pcre2_code_free(anchored);
  }
};

bool RegexMatch::has(std::size_t group) const {
  return 2 * group + 1 < offsets_.size() && offsets_[2 * group] != std::string_view::npos;
}

std::string_view RegexMatch::str(std::size_t group) const {
  if (!has(group)) return {};
  return subject_.substr(begin(group), end(group) - begin(group));
}

Regex::Regex(std::string_view pattern, unsigned flags) : code_(std::make_unique<Code>()), pattern_(pattern) {
  uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
  if (flags & caseless) options |= PCRE2_CASELESS;
  if (flags & multiline) options |= PCRE2_MULTILINE;
  if (flags & dotall) options |= PCRE2_DOTALL;
  if (flags & extended) options |= PCRE2_EXTENDED;
  int error = 0;
  PCRE2_SIZE offset = 0;
  code_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options, &error,
                              &offset, nullptr);
  if (!code_->code)
    throw std::invalid_argument("regex /" + pattern_ + "/ at offset " + std::to_string(offset) + ": " +
                                pcre2_message(error));
  // Without JIT code (a platform PCRE2 cannot compile for), pcre2_match interprets the pattern.
  pcre2_jit_compile(code_->code, PCRE2_JIT_COMPLETE);
  code_->options = options;
  pcre2_pattern_info(code_->code, PCRE2_INFO_CAPTURECOUNT, &code_->groups);
  code_->groups += 1;
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

std::optional<RegexMatch> Regex::run(std::string_view subject, std::size_t start, unsigned options) const {
  if (start > subject.size()) return std::nullopt;
  const pcre2_code* code = code_->code;
  if (options & PCRE2_ANCHORED) {
    std::call_once(code_->anchored_once, [this] {
      int error = 0;
      PCRE2_SIZE offset = 0;
      code_->anchored = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern_.data()), pattern_.size(),
                                      code_->options | PCRE2_ANCHORED, &error, &offset, nullptr);
      if (code_->anchored) pcre2_jit_compile(code_->anchored, PCRE2_JIT_COMPLETE);
    });
    if (code_->anchored) code = code_->anchored, options &= ~PCRE2_ANCHORED;
  }
  // One match block per thread, sized for this pattern: matching allocates nothing.
  thread_local MatchData data;
  thread_local uint32_t capacity = 0;
  const uint32_t needed = code_->groups;
  if (!data || capacity < needed) {
    capacity = std::max<uint32_t>(needed, 32);
    data.reset(pcre2_match_data_create(capacity, nullptr));
    if (!data) throw std::bad_alloc();
  }
  const auto* text = reinterpret_cast<PCRE2_SPTR>(subject.data());
  // pcre2_match runs the JIT code itself whenever the options allow it.
  int rc = pcre2_match(code, text, subject.size(), start, options, data.get(), match_context());
  if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL) return std::nullopt;
  if (rc < 0) throw std::runtime_error("regex /" + pattern_ + "/: " + pcre2_message(rc));
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data.get());
  std::vector<std::size_t> offsets(2 * needed, std::string_view::npos);
  for (uint32_t i = 0; i < needed && i < static_cast<uint32_t>(rc); ++i) {
    if (ovector[2 * i] == PCRE2_UNSET) continue;
    offsets[2 * i] = ovector[2 * i];
    offsets[2 * i + 1] = ovector[2 * i + 1];
  }
  return RegexMatch(subject, std::move(offsets));
}

std::optional<RegexMatch> Regex::find(std::string_view subject, std::size_t start) const {
  return run(subject, start, 0);
}

std::optional<RegexMatch> Regex::match_at(std::string_view subject, std::size_t start) const {
  return run(subject, start, PCRE2_ANCHORED);
}

bool Regex::full_match(std::string_view subject) const {
  auto m = match_at(subject, 0);
  return m && m->end() == subject.size();
}

std::vector<RegexMatch> Regex::find_all(std::string_view subject) const {
  std::vector<RegexMatch> out;
  std::size_t start = 0;
  while (auto m = find(subject, start)) {
    std::size_t next = m->end() > m->begin() ? m->end() : m->end() + 1;
    out.push_back(std::move(*m));
    // Step over a whole UTF-8 character after an empty match.
    while (next < subject.size() && (static_cast<unsigned char>(subject[next]) & 0xC0) == 0x80) ++next;
    if (next > subject.size()) break;
    start = next;
  }
  return out;
}

std::string Regex::replace_all(std::string_view subject, std::string_view replacement) const {
  std::string out;
  std::size_t copied = 0;
  for (const auto& m : find_all(subject)) {
    out.append(subject.substr(copied, m.begin() - copied));
    out.append(replacement);
    copied = m.end();
  }
  out.append(subject.substr(copied));
  return out;
}

std::size_t Regex::group(std::string_view name) const {
  std::string key(name);
  int number = pcre2_substring_number_from_name(code_->code, reinterpret_cast<PCRE2_SPTR>(key.c_str()));
  if (number < 0) throw std::invalid_argument("regex /" + pattern_ + "/ has no group " + key);
  return static_cast<std::size_t>(number);
}

}  // namespace citekit
