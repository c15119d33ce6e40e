#pragma once
// Passwords written into cited URLs ("http://user:secret@host/"). The check
// sends them as the URL says (HTTP Basic authentication, to that host only),
// but no report, cache row or archive lookup carries them.

#include <string>
#include <string_view>

namespace citekit::linkcheck {

// What a password is replaced with.
inline constexpr std::string_view kRedactedPassword = "***";

// `text` with the password of every URL in it replaced by "***"
// ("http://user:***@host/"); user names are kept.
std::string redact_passwords(std::string_view text);

// True when a URL in `text` carries a password.
bool has_password(std::string_view text);

// The URL without its user name and password, for asking others about it.
std::string without_userinfo(std::string_view url);

}  // namespace citekit::linkcheck
