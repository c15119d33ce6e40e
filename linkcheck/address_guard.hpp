#pragma once
// The address guard (Options::address_guard): refuses connections to
// loopback, private, link-local, unspecified and carrier-grade NAT
// addresses, so that a document cannot make the checker reach into the
// machine or network it runs on. It judges the address a connection is about
// to use, after DNS and for every redirect hop (transfer.cpp asks it from
// libcurl's open-socket and pre-request callbacks), so neither a DNS answer
// nor a redirect slips past it. Addresses in an allowed range pass.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sockaddr;

namespace citekit::linkcheck {

// An IPv4 or IPv6 address. IPv4 is held in its IPv4-mapped IPv6 form
// (::ffff:a.b.c.d), so an address is judged the same in either form.
struct IpAddress {
  std::array<unsigned char, 16> bytes{};

  // "127.0.0.1", "::1", "::ffff:10.0.0.1", "fe80::1%eth0" (the zone is ignored).
  static std::optional<IpAddress> parse(std::string_view text);
  // An AF_INET or AF_INET6 socket address of `length` bytes; nullopt for
  // any other family.
  static std::optional<IpAddress> from(const sockaddr* address, std::size_t length);

  bool is_v4() const;        // IPv4, or IPv4-mapped IPv6
  std::string text() const;  // dotted quad for IPv4, RFC 5952 text for IPv6
  bool operator==(const IpAddress&) const = default;
};

// A range of addresses ("10.0.0.0/8", "fd00::/8") or a single address.
struct AddressRange {
  IpAddress first;
  int bits = 128;  // prefix length counted over the 128-bit form

  // nullopt when `text` is neither an address nor address/prefix.
  static std::optional<AddressRange> parse(std::string_view text);
  bool contains(const IpAddress& address) const;
};

// What sort of special-purpose address this is ("loopback", "private",
// "link-local", "unspecified", "carrier-grade NAT"), or nullopt for an
// ordinary one. The IPv4 address inside an IPv4-mapped or NAT64
// (64:ff9b::/96) address is judged as IPv4.
std::optional<std::string_view> special_purpose(const IpAddress& address);

class AddressGuard {
 public:
  // A guard that lets the `allowed` ranges through; nullopt, with `error`
  // naming the entry, when one is not an address or range.
  static std::optional<AddressGuard> make(const std::vector<std::string>& allowed, std::string& error);

  // Why a connection to `address` is refused ("127.0.0.1 is loopback"), or
  // nullopt when it may go ahead.
  std::optional<std::string> refusal(const IpAddress& address) const;
  // The same for an address as text; one that does not parse is refused.
  std::optional<std::string> refusal(std::string_view address) const;

 private:
  std::vector<AddressRange> allowed_;
};

}  // namespace citekit::linkcheck
