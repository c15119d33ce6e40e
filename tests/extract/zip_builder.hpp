#pragma once
// Building zip packages in tests: real documents taken apart and put back
// together with a member changed, added or removed, and hostile archives.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace citekit::test {

using ZipMembers = std::vector<std::pair<std::string, std::string>>;   // name, content

// Every member of an existing zip file, in archive order.
ZipMembers zip_members(const std::filesystem::path& zip);
// A deflated zip holding `members`, as bytes.
std::string make_zip(const ZipMembers& members);
// `members` with `name` set to `content` (replaced, or added at the end).
ZipMembers with_member(ZipMembers members, const std::string& name, const std::string& content);
ZipMembers without_member(ZipMembers members, const std::string& name);

}  // namespace citekit::test
