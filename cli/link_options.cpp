#include "cli/link_options.hpp"

#include "cli/link_settings.hpp"

#include <CLI/CLI.hpp>
#include <toml++/toml.h>

#include <cstdlib>
#include <optional>

namespace citekit::cli {
namespace {

const LinkSetting* find_setting(std::string_view name) {
  for (const auto& setting : link_settings())
    if (name == setting.name) return &setting;
  return nullptr;
}

template <typename Value>
void add_valued(CLI::App& command, const LinkSetting& setting, std::vector<std::function<Result<bool>(linkcheck::Options&)>>& given) {
  auto* option = command.add_option_function<Value>(
      std::string("--") + setting.name,
      [&setting, &given](const Value& value) {
        given.push_back([&setting, value](linkcheck::Options& options) { return setting.apply(options, value); });
      },
      setting.help);
  if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
    // Repeatable, one value each time, so that a following file name is not taken.
    option->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  }
}

Error config_error(const std::string& path, std::size_t line, std::size_t column, std::string message) {
  return Error{"bad-config", std::move(message), Position{path, "", line, column, 0}};
}

// The node's value in the form the setting takes, or nullopt when it has
// another type.
std::optional<SettingValue> value_of(const toml::node& node, SettingKind kind) {
  switch (kind) {
    case SettingKind::integer:
      if (auto n = node.value_exact<int64_t>()) return SettingValue(static_cast<long long>(*n));
      break;
    case SettingKind::seconds:
      if (auto n = node.value<double>()) return SettingValue(*n);
      break;
    case SettingKind::text:
      if (auto s = node.value_exact<std::string>()) return SettingValue(*s);
      break;
    case SettingKind::flag:
      if (auto b = node.value_exact<bool>()) return SettingValue(*b);
      break;
    case SettingKind::texts: {
      // A string, or an array of strings and numbers (accept = [200, "300..399"]).
      std::vector<std::string> items;
      if (auto s = node.value_exact<std::string>()) return SettingValue(std::vector<std::string>{*s});
      const toml::array* array = node.as_array();
      if (!array) break;
      for (const auto& item : *array) {
        if (auto s = item.value_exact<std::string>()) items.push_back(*s);
        else if (auto n = item.value_exact<int64_t>()) items.push_back(std::to_string(*n));
        else return std::nullopt;
      }
      return SettingValue(items);
    }
  }
  return std::nullopt;
}

const char* kind_name(SettingKind kind) {
  switch (kind) {
    case SettingKind::integer: return "a whole number";
    case SettingKind::seconds: return "a number of seconds";
    case SettingKind::text: return "a string";
    case SettingKind::texts: return "a string or an array of strings";
    case SettingKind::flag: return "true or false";
  }
  return "";
}

}  // namespace

void LinkOptions::add_to(CLI::App& command) {
  command.add_option("--config", config_path_, "TOML file with link settings (the flags' names as keys)");
  for (const auto& setting : link_settings()) {
    switch (setting.kind) {
      case SettingKind::integer: add_valued<long long>(command, setting, given_); break;
      case SettingKind::seconds: add_valued<double>(command, setting, given_); break;
      case SettingKind::text: add_valued<std::string>(command, setting, given_); break;
      case SettingKind::texts: add_valued<std::vector<std::string>>(command, setting, given_); break;
      case SettingKind::flag:
        command.add_flag_function(
            std::string("--") + setting.name,
            [this, &setting](std::int64_t count) {
              given_.push_back([&setting, count](linkcheck::Options& options) { return setting.apply(options, count > 0); });
            },
            setting.help);
        break;
    }
  }
}

Result<linkcheck::Options> LinkOptions::resolve() const {
  linkcheck::Options options;
  options.cache_path = default_cache_path();
  if (!config_path_.empty()) {
    auto read = read_link_config(config_path_, options);
    if (!read) return read.error();
  }
  for (const auto& apply : given_) {
    auto applied = apply(options);
    if (!applied) return applied.error();
  }
  return options;
}

std::string default_cache_path() {
  const char* cache_home = std::getenv("XDG_CACHE_HOME");
  if (cache_home && *cache_home) return std::string(cache_home) + "/citekit/links.sqlite3";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.cache/citekit/links.sqlite3";
  return "";
}

Result<bool> read_link_config(const std::string& path, linkcheck::Options& options) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return config_error(path, e.source().begin.line, e.source().begin.column, std::string(e.description()));
  }
  for (const auto& [key, node] : table) {
    auto line = node.source().begin.line;
    const LinkSetting* setting = find_setting(key.str());
    if (!setting) return config_error(path, line, 0, "unknown setting \"" + std::string(key.str()) + "\"");
    auto value = value_of(node, setting->kind);
    if (!value) return config_error(path, line, 0, std::string(key.str()) + " must be " + kind_name(setting->kind));
    auto applied = setting->apply(options, *value);
    if (!applied) return config_error(path, line, 0, applied.error().message);
  }
  return true;
}

}  // namespace citekit::cli
