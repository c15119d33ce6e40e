#pragma once
// Telling "this link is dead" from "this machine is offline": when every
// fetch failed before any server answered, no verdict about the pages holds.
// The check keeps such reports back until a server answers; when none ever
// does, they become "unchecked".

#include "core/link.hpp"

namespace citekit::linkcheck {

// A report fetched in this run (not cached) that failed at DNS or connection
// level before any status line came. TLS errors mean a server answered; a
// timeout alone proves nothing.
bool failed_below_http(const LinkReport& report);

// A report fetched in this run that shows the network works: anything but a
// failure below HTTP, or a URL the checker refused itself (the address
// guard's "excluded") or could not finish ("unchecked").
bool shows_network_up(const LinkReport& report);

// Makes such a report "unchecked", its detail "network appears unreachable (…)".
void mark_unchecked_offline(LinkReport& report);

}  // namespace citekit::linkcheck
