#include "linkcheck/cache.hpp"

#include "core/text.hpp"
#include "linkcheck/dates.hpp"
#include "linkcheck/linkcheck.hpp"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cctype>
#include <filesystem>
#include <system_error>

namespace citekit::linkcheck {
namespace {

constexpr std::size_t kBatch = 512;
constexpr int kBusyTimeoutMs = 30'000;

constexpr const char* kSchema = R"(
CREATE TABLE IF NOT EXISTS links (
  url TEXT NOT NULL,
  settings TEXT NOT NULL,
  checked_at INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  status INTEGER NOT NULL,
  final_url TEXT NOT NULL,
  redirects TEXT NOT NULL,
  permanent INTEGER NOT NULL,
  detail TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  title TEXT NOT NULL,
  modified TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  seconds REAL NOT NULL,
  PRIMARY KEY (url, settings)
);)";

constexpr const char* kSelect =
    "SELECT checked_at, verdict, status, final_url, redirects, permanent, detail, last_modified, title, modified, "
    "attempts, seconds FROM links WHERE url = ?1 AND settings = ?2";

constexpr const char* kUpsert =
    "INSERT INTO links (url, settings, checked_at, verdict, status, final_url, redirects, permanent, detail, "
    "last_modified, title, modified, attempts, seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
    "?13, ?14) ON CONFLICT (url, settings) DO UPDATE SET checked_at = excluded.checked_at, verdict = "
    "excluded.verdict, status = excluded.status, final_url = excluded.final_url, redirects = excluded.redirects, "
    "permanent = excluded.permanent, detail = excluded.detail, last_modified = excluded.last_modified, title = "
    "excluded.title, modified = excluded.modified, attempts = excluded.attempts, seconds = excluded.seconds";

long long unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string text_column(sqlite3_stmt* statement, int column) {
  const unsigned char* text = sqlite3_column_text(statement, column);
  return text ? reinterpret_cast<const char*>(text) : "";
}

void bind_text(sqlite3_stmt* statement, int index, const std::string& text) {
  sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

std::string redirects_json(const std::vector<RedirectHop>& hops) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& hop : hops) out.push_back({hop.status, hop.url});
  return out.dump();
}

std::vector<RedirectHop> redirects_from(const std::string& text) {
  std::vector<RedirectHop> hops;
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return hops;
  for (const auto& hop : parsed)
    if (hop.is_array() && hop.size() == 2 && hop[0].is_number_integer() && hop[1].is_string())
      hops.push_back(RedirectHop{hop[1].get<std::string>(), hop[0].get<int>()});
  return hops;
}

std::string modified_text(const LinkReport& report) { return report.modified ? report.modified->iso() : ""; }

std::optional<Date> modified_from(const std::string& text) {
  auto day = parse_iso_day(text);
  return day ? std::optional<Date>(date_of(*day)) : std::nullopt;
}

std::string error_of(sqlite3* db) { return db ? sqlite3_errmsg(db) : "out of memory"; }

bool run(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

// Stores on a server, named by URL, that citekit knows of; none is built in.
struct ServerStore {
  const char* scheme;
  const char* name;
};

constexpr ServerStore kServerStores[] = {
    {"postgresql", "PostgreSQL"},
    {"postgres", "PostgreSQL"},
};

// "scheme" of "scheme://…" (RFC 3986: a letter, then letters, digits, "+-."), or "".
std::string_view url_scheme(std::string_view location) {
  auto colon = location.find("://");
  if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(location[0])))
    return {};
  for (char c : location.substr(0, colon))
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
  return location.substr(0, colon);
}

}  // namespace

Result<std::string> cache_file_for(const std::string& location) {
  std::string_view scheme = url_scheme(location);
  if (scheme.empty()) return location;
  for (const auto& store : kServerStores)
    if (iequals_ascii(scheme, store.scheme))
      return Error{"unsupported-cache",
                   "a " + std::string(store.name) + " cache needs " + store.name +
                       " support, which this build of citekit does not have; give a file path for a SQLite cache",
                   Position{location, "", 0, 0, 0}};
  return Error{"unsupported-cache",
               "\"" + std::string(scheme) + "://\" is not a cache this build can use; give a file path for a SQLite cache",
               Position{location, "", 0, 0, 0}};
}

bool is_cacheable(const LinkReport& report) {
  return report.attempts > 0 && report.verdict != Verdict::unchecked && report.verdict != Verdict::excluded;
}

std::unique_ptr<LinkCache> LinkCache::open(const std::string& path, std::string settings, std::string& error) {
  if (auto file = cache_file_for(path); !file) {
    error = file.error().describe();
    return nullptr;
  }
  std::error_code ignored;
  auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, ignored);
  std::unique_ptr<LinkCache> cache(new LinkCache());
  cache->settings_ = std::move(settings);
  int opened = sqlite3_open_v2(path.c_str(), &cache->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (opened != SQLITE_OK) {
    error = "cannot open the link cache " + path + ": " + error_of(cache->db_);
    return nullptr;
  }
  error = cache->prepare();
  if (!error.empty()) {
    error = "cannot use the link cache " + path + ": " + error;
    return nullptr;
  }
  return cache;
}

std::string LinkCache::prepare() {
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  // WAL lets one run read while another writes; NORMAL sync is safe with WAL
  // (a crash may lose the last results, never corrupt the file).
  if (!run(db_, "PRAGMA journal_mode = WAL") || !run(db_, "PRAGMA synchronous = NORMAL") || !run(db_, kSchema))
    return error_of(db_);
  if (sqlite3_prepare_v2(db_, kSelect, -1, &select_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, kUpsert, -1, &upsert_, nullptr) != SQLITE_OK)
    return error_of(db_);
  return "";
}

LinkCache::~LinkCache() {
  flush();
  sqlite3_finalize(select_);
  sqlite3_finalize(upsert_);
  sqlite3_close(db_);
}

std::optional<LinkReport> LinkCache::find(const std::string& url, std::chrono::seconds max_age) {
  sqlite3_reset(select_);
  bind_text(select_, 1, url);
  bind_text(select_, 2, settings_);
  if (sqlite3_step(select_) != SQLITE_ROW) return std::nullopt;
  long long age = unix_now() - sqlite3_column_int64(select_, 0);
  auto verdict = verdict_from_string(text_column(select_, 1));
  if (age < 0 || age >= max_age.count() || !verdict) return std::nullopt;
  LinkReport report;
  report.url = url;
  report.verdict = *verdict;
  report.status = sqlite3_column_int(select_, 2);
  report.final_url = text_column(select_, 3);
  report.redirects = redirects_from(text_column(select_, 4));
  report.permanent_redirect = sqlite3_column_int(select_, 5) != 0;
  report.detail = text_column(select_, 6);
  report.last_modified = text_column(select_, 7);
  report.title = text_column(select_, 8);
  report.modified = modified_from(text_column(select_, 9));
  report.attempts = sqlite3_column_int(select_, 10);
  report.seconds = sqlite3_column_double(select_, 11);
  report.cached = true;
  return report;
}

std::string LinkCache::store(const std::string& url, const LinkReport& report) {
  pending_.push_back(Pending{url, report, unix_now()});
  return pending_.size() >= kBatch ? flush() : "";
}

std::string LinkCache::flush() {
  if (pending_.empty()) return "";
  // One transaction per batch: a few milliseconds of write lock, however
  // many results.
  if (!run(db_, "BEGIN IMMEDIATE")) {
    pending_.clear();
    return "cannot write to the link cache: " + error_of(db_);
  }
  for (const auto& row : pending_) {
    const LinkReport& r = row.report;
    sqlite3_reset(upsert_);
    bind_text(upsert_, 1, row.url);
    bind_text(upsert_, 2, settings_);
    sqlite3_bind_int64(upsert_, 3, row.checked_at);
    bind_text(upsert_, 4, std::string(to_string(r.verdict)));
    sqlite3_bind_int(upsert_, 5, r.status);
    bind_text(upsert_, 6, r.final_url);
    bind_text(upsert_, 7, redirects_json(r.redirects));
    sqlite3_bind_int(upsert_, 8, r.permanent_redirect ? 1 : 0);
    bind_text(upsert_, 9, r.detail);
    bind_text(upsert_, 10, r.last_modified);
    bind_text(upsert_, 11, r.title);
    bind_text(upsert_, 12, modified_text(r));
    sqlite3_bind_int(upsert_, 13, r.attempts);
    sqlite3_bind_double(upsert_, 14, r.seconds);
    if (sqlite3_step(upsert_) != SQLITE_DONE) {
      std::string error = "cannot write to the link cache: " + error_of(db_);
      run(db_, "ROLLBACK");
      pending_.clear();
      return error;
    }
  }
  pending_.clear();
  if (!run(db_, "COMMIT")) {
    std::string error = "cannot write to the link cache: " + error_of(db_);
    run(db_, "ROLLBACK");
    return error;
  }
  return "";
}

}  // namespace citekit::linkcheck
