#pragma once
// Every link-checking setting once: its name (the flag without "--", the
// key in the config file), its help text, the kind of value it takes, and
// how it changes linkcheck::Options (checking the value).

#include "core/result.hpp"
#include "linkcheck/linkcheck.hpp"

#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace citekit::cli {

enum class SettingKind { integer, seconds, text, texts, flag };

using SettingValue = std::variant<long long, double, std::string, std::vector<std::string>, bool>;

struct LinkSetting {
  const char* name;
  const char* help;
  SettingKind kind;
  std::function<Result<bool>(linkcheck::Options&, const SettingValue&)> apply;
};

const std::vector<LinkSetting>& link_settings();

}  // namespace citekit::cli
