#include "linkcheck/address_guard.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <charconv>
#include <cstring>

namespace citekit::linkcheck {
namespace {

constexpr int kMappedBits = 96;  // the ::ffff:0:0/96 prefix of IPv4-mapped addresses

IpAddress mapped(const unsigned char (&v4)[4]) {
  IpAddress address;
  address.bytes[10] = address.bytes[11] = 0xff;
  std::memcpy(address.bytes.data() + 12, v4, 4);
  return address;
}

AddressRange v4_range(unsigned char a, unsigned char b, int bits) {
  const unsigned char v4[4] = {a, b, 0, 0};
  return AddressRange{mapped(v4), kMappedBits + bits};
}

AddressRange v6_range(unsigned char first, unsigned char second, int bits) {
  IpAddress address;
  address.bytes[0] = first;
  address.bytes[1] = second;
  return AddressRange{address, bits};
}

struct SpecialRange {
  AddressRange range;
  std::string_view kind;
};

// The ranges refused (RFC 6890's special-purpose registries, the parts a
// TCP connection can reach).
const std::vector<SpecialRange>& special_ranges() {
  static const std::vector<SpecialRange> ranges = {
      {v4_range(0, 0, 8), "unspecified"},            // "this network"
      {v4_range(10, 0, 8), "private"},
      {v4_range(100, 64, 10), "carrier-grade NAT"},  // shared address space
      {v4_range(127, 0, 8), "loopback"},
      {v4_range(169, 254, 16), "link-local"},        // cloud metadata services live here
      {v4_range(172, 16, 12), "private"},
      {v4_range(192, 168, 16), "private"},
      {v6_range(0, 0, 128), "unspecified"},          // ::
      {AddressRange{*IpAddress::parse("::1"), 128}, "loopback"},
      {v6_range(0xfc, 0, 7), "private"},             // unique local
      {v6_range(0xfe, 0xc0, 10), "private"},         // site-local (deprecated)
      {v6_range(0xfe, 0x80, 10), "link-local"},
  };
  return ranges;
}

// 64:ff9b::/96: a NAT64 gateway reaches the IPv4 address in the last 32 bits.
bool is_nat64(const IpAddress& address) {
  static const AddressRange nat64{*IpAddress::parse("64:ff9b::"), 96};
  return nat64.contains(address);
}

}  // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
  std::string copy(text.substr(0, text.find('%')));
  unsigned char v4[4];
  if (::inet_pton(AF_INET, copy.c_str(), v4) == 1) return mapped(v4);
  IpAddress address;
  if (::inet_pton(AF_INET6, copy.c_str(), address.bytes.data()) == 1) return address;
  return std::nullopt;
}

std::optional<IpAddress> IpAddress::from(const sockaddr* address, std::size_t length) {
  if (!address || length < sizeof(sockaddr)) return std::nullopt;
  if (address->sa_family == AF_INET && length >= sizeof(sockaddr_in)) {
    sockaddr_in v4{};
    std::memcpy(&v4, address, sizeof v4);
    unsigned char bytes[4];
    std::memcpy(bytes, &v4.sin_addr, 4);
    return mapped(bytes);
  }
  if (address->sa_family == AF_INET6 && length >= sizeof(sockaddr_in6)) {
    sockaddr_in6 v6{};
    std::memcpy(&v6, address, sizeof v6);
    IpAddress result;
    std::memcpy(result.bytes.data(), &v6.sin6_addr, 16);
    return result;
  }
  return std::nullopt;
}

bool IpAddress::is_v4() const { return AddressRange{mapped({0, 0, 0, 0}), kMappedBits}.contains(*this); }

std::string IpAddress::text() const {
  char buffer[INET6_ADDRSTRLEN] = {};
  if (is_v4()) ::inet_ntop(AF_INET, bytes.data() + 12, buffer, sizeof buffer);
  else ::inet_ntop(AF_INET6, bytes.data(), buffer, sizeof buffer);
  return buffer;
}

std::optional<AddressRange> AddressRange::parse(std::string_view text) {
  auto slash = text.find('/');
  auto address = IpAddress::parse(text.substr(0, slash));
  if (!address) return std::nullopt;
  int width = address->is_v4() ? 32 : 128;
  int bits = width;
  if (slash != std::string_view::npos) {
    auto digits = text.substr(slash + 1);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), bits);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || bits < 0 || bits > width)
      return std::nullopt;
  }
  return AddressRange{*address, address->is_v4() ? kMappedBits + bits : bits};
}

bool AddressRange::contains(const IpAddress& address) const {
  int whole = bits / 8, rest = bits % 8;
  if (std::memcmp(first.bytes.data(), address.bytes.data(), static_cast<std::size_t>(whole)) != 0) return false;
  if (rest == 0) return true;
  auto mask = static_cast<unsigned char>(0xff << (8 - rest));
  return (first.bytes[static_cast<std::size_t>(whole)] & mask) == (address.bytes[static_cast<std::size_t>(whole)] & mask);
}

std::optional<std::string_view> special_purpose(const IpAddress& address) {
  IpAddress judged = address;
  if (is_nat64(address)) {
    const unsigned char v4[4] = {address.bytes[12], address.bytes[13], address.bytes[14], address.bytes[15]};
    judged = mapped(v4);
  }
  for (const auto& special : special_ranges())
    if (special.range.contains(judged)) return special.kind;
  return std::nullopt;
}

std::optional<AddressGuard> AddressGuard::make(const std::vector<std::string>& allowed, std::string& error) {
  AddressGuard guard;
  for (const auto& entry : allowed) {
    auto range = AddressRange::parse(entry);
    if (!range) {
      error = "\"" + entry + "\" is not an IP address or a range like 10.0.0.0/8";
      return std::nullopt;
    }
    guard.allowed_.push_back(*range);
  }
  return guard;
}

std::optional<std::string> AddressGuard::refusal(const IpAddress& address) const {
  for (const auto& range : allowed_)
    if (range.contains(address)) return std::nullopt;
  if (auto kind = special_purpose(address)) return address.text() + " is " + std::string(*kind);
  return std::nullopt;
}

std::optional<std::string> AddressGuard::refusal(std::string_view address) const {
  auto parsed = IpAddress::parse(address);
  if (!parsed) return "\"" + std::string(address) + "\" is not an IP address";
  return refusal(*parsed);
}

}  // namespace citekit::linkcheck
