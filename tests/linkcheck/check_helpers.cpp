#include "tests/linkcheck/check_helpers.hpp"

#include <sqlite3.h>

namespace citekit::test {

std::vector<LinkRequest> requests_for_urls(const std::vector<std::string>& urls) {
  std::vector<LinkRequest> requests;
  for (const auto& url : urls) requests.push_back(LinkRequest{url, std::nullopt, {std::to_string(requests.size() + 1)}, {}});
  return requests;
}

linkcheck::Options fast_options() {
  linkcheck::Options options;
  options.connect_timeout = std::chrono::milliseconds(2'000);
  options.total_timeout = std::chrono::milliseconds(5'000);
  options.retry_wait = std::chrono::milliseconds(20);
  return options;
}

LinkReport check_one(const std::string& url, const linkcheck::Options& options) {
  auto run = linkcheck::check(requests_for_urls({url}), options);
  return run.reports.at(0);
}

std::vector<Verdict> verdicts_of(const linkcheck::CheckRun& run) {
  std::vector<Verdict> verdicts;
  for (const auto& report : run.reports) verdicts.push_back(report.verdict);
  return verdicts;
}

namespace {

// Runs `sql` and hands each row's columns, as text, to `take`; false when
// the statement cannot run. The statement is always finalised.
template <typename Take>
bool each_row(sqlite3* db, const char* sql, Take take) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) return false;
  auto text = [&](int column) {
    const unsigned char* value = sqlite3_column_text(statement, column);
    return value ? std::string(reinterpret_cast<const char*>(value)) : std::string();
  };
  while (sqlite3_step(statement) == SQLITE_ROW) take(text);
  sqlite3_finalize(statement);
  return true;
}

}  // namespace

LinkCacheContents read_link_cache(const std::string& path) {
  LinkCacheContents contents;
  sqlite3* db = nullptr;
  bool read = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
              each_row(db, "PRAGMA integrity_check", [&](auto text) { contents.integrity = text(0); }) &&
              each_row(db, "SELECT verdict, url FROM links ORDER BY url",
                       [&](auto text) { contents.rows.push_back(text(0) + " " + text(1)); });
  sqlite3_close(db);  // also after a failed open
  REQUIRE(read);
  return contents;
}

}  // namespace citekit::test
