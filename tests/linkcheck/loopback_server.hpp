#pragma once
// A real HTTP server on 127.0.0.1, on a port the system picks, running in the
// test process: `citekit::test::LoopbackServer server;` and its routes are up.
// Tests talk to it, never to the internet.
//
// Routes (GET):
//   /ok                 200, a short HTML page
//   /status/N           status N
//   /redirect/N?to=T    status N with "Location: T" (T as given: relative, ftp://, ...);
//                       with &delay=MS, answers after MS milliseconds
//   /chain/N            302 to /chain/N-1 ... /chain/0 answers 200
//   /loop               302 to itself
//   /slow/MS            200 after MS milliseconds (cut short when the server stops)
//   /large/BYTES        200 with a body of BYTES bytes, streamed
//   /last-modified      200 with a Last-Modified header (kLastModified)
//   /                   200, the site's home page
//   /page?title=T&modified=D   200, an HTML page titled T, with an article:modified_time meta tag D
//   /head-refused       405 to HEAD, 200 to GET
//   /retry-after/N      429 with "Retry-After: N" until the client waits N s after the last
//                       429 it got for that path and query, then 200 (like ../shared/linkbench)
//   /retry-date/N       503 with Retry-After as an HTTP date N s ahead, then 200 once that date has passed
//   /flaky/N            503 to the first N requests for that path and query, then 200
// HEAD gets the GET route's answer without a body, except on /head-refused.
// With `tls`, the server speaks HTTPS with a self-signed certificate made
// for 127.0.0.1 when it starts.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>

namespace httplib {
class Server;
}

namespace citekit::test {

class LoopbackServer {
 public:
  static constexpr const char* kLastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
  // Registers more routes before the server starts listening.
  using ExtraRoutes = std::function<void(httplib::Server&, LoopbackServer&)>;

  // `host` is a loopback address (127.0.0.1, 127.0.0.2, ...): servers on
  // different addresses are different hosts to the checker.
  explicit LoopbackServer(const ExtraRoutes& extra_routes = {}, std::string host = "127.0.0.1", bool tls = false);
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  int port() const { return port_; }
  // "http://HOST:PORT" (https with TLS) + path_and_query.
  std::string url(std::string_view path_and_query) const;

  // Requests answered or being answered; the most handled at the same time.
  std::size_t requests() const { return requests_; }
  // Responses written out in full (headers and body).
  std::size_t responses() const { return responses_; }
  std::size_t head_requests() const { return head_requests_; }
  std::size_t peak_in_flight() const { return peak_in_flight_; }
  // TCP connections the requests came over (told apart by client port).
  std::size_t connections() const;
  // Body bytes /large managed to send before the client stopped reading.
  std::size_t large_body_bytes_sent() const { return large_body_bytes_sent_; }

  // Waits up to `duration`, returning at once when the server is stopping,
  // so that a slow handler never delays the end of a test.
  void pause(std::chrono::milliseconds duration);

 private:
  void add_routes();
  // Wraps a handler so that the server counts it while it runs.
  template <typename Handler>
  auto counted(Handler handler);

  // Counts requests for one key (path and query) and remembers when each
  // key was last refused.
  std::size_t count_for(const std::string& key);
  std::chrono::steady_clock::time_point refused_at(const std::string& key);
  void refuse(const std::string& key);

  std::string host_;
  bool tls_;
  std::unique_ptr<httplib::Server> server_;
  std::thread listener_;
  int port_ = 0;
  std::atomic<std::size_t> requests_{0};
  std::atomic<std::size_t> responses_{0};
  std::atomic<std::size_t> head_requests_{0};
  std::mutex keys_mutex_;
  std::map<std::string, std::size_t> count_by_key_;
  std::map<std::string, std::chrono::steady_clock::time_point> refused_at_;
  std::atomic<std::size_t> in_flight_{0};
  std::atomic<std::size_t> peak_in_flight_{0};
  std::atomic<std::size_t> large_body_bytes_sent_{0};
  mutable std::mutex client_ports_mutex_;
  std::set<int> client_ports_;
  std::mutex stop_mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
};

// A loopback port nothing listens on: connecting to it is refused.
int closed_port();

}  // namespace citekit::test
