#pragma once
// Earlier results kept in a SQLite file, so that a rerun skips the network
// for URLs checked recently. Several runs may share one file at the same
// time: SQLite's write-ahead log lets readers go on while one run writes,
// and a writer waits for another rather than failing.

#include "core/link.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace citekit::linkcheck {

class LinkCache {
 public:
  // Opens the cache at `path`, creating it (and its folder) when needed.
  // `settings` names the options that change results (HEAD or GET, accepted
  // statuses, ...): results found under other settings are not used.
  // Returns nullptr and sets `error` when the file cannot be used.
  static std::unique_ptr<LinkCache> open(const std::string& path, std::string settings, std::string& error);
  ~LinkCache();
  LinkCache(const LinkCache&) = delete;
  LinkCache& operator=(const LinkCache&) = delete;

  // The result stored for `url` less than `max_age` ago, marked cached.
  std::optional<LinkReport> find(const std::string& url, std::chrono::seconds max_age);
  // Keeps a result; results are written in batches, and on flush(). Returns
  // "" or why a batch could not be written.
  std::string store(const std::string& url, const LinkReport& report);
  // Writes what is pending; "" or why it could not.
  std::string flush();

 private:
  struct Pending {
    std::string url;
    LinkReport report;
    long long checked_at;
  };
  LinkCache() = default;
  std::string prepare();

  sqlite3* db_ = nullptr;
  sqlite3_stmt* select_ = nullptr;
  sqlite3_stmt* upsert_ = nullptr;
  std::string settings_;
  std::vector<Pending> pending_;
};

// Whether a report may be kept: anything learnt from the network. Reports
// that say nothing about the page (unchecked, excluded, invalid before any
// request) are not.
bool is_cacheable(const LinkReport& report);

}  // namespace citekit::linkcheck
