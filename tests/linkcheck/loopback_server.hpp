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

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
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

  explicit LoopbackServer(const ExtraRoutes& extra_routes = {});
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path_and_query.
  std::string url(std::string_view path_and_query) const;

  // Requests answered or being answered; the most handled at the same time.
  std::size_t requests() const { return requests_; }
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

  std::unique_ptr<httplib::Server> server_;
  std::thread listener_;
  int port_ = 0;
  std::atomic<std::size_t> requests_{0};
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
