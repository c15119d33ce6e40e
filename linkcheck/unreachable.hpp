#pragma once
// Telling "this link is dead" from "this machine is offline": when every
// fetch failed before any server answered, no verdict about the pages holds.

#include "core/link.hpp"

#include <vector>

namespace citekit::linkcheck {

// True when at least one report comes from a fetch (attempts > 0) and every
// such report failed at DNS or connection level; those reports then become
// "unchecked", their detail saying the network appears unreachable.
bool mark_network_unreachable(std::vector<LinkReport>& reports);

}  // namespace citekit::linkcheck
