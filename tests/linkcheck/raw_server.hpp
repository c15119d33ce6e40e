#pragma once
// A TCP server on a loopback address whose every connection follows a
// script written against the raw socket: the hostile behaviours an HTTP
// library will not produce (a reset in the middle of the headers, a body
// that drips or never ends, headers without end, silence). Tests talk to
// it, never to the internet.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace citekit::test {

class RawServer;

// One accepted connection, as a script sees it.
class RawConnection {
 public:
  RawConnection(RawServer& server, int fd) : server_(server), fd_(fd) {}
  ~RawConnection();  // closes the connection (unless reset() did)
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  // The request head, up to its blank line; "" when the client closed first.
  std::string read_request();
  // Sends all of `bytes`; false once the client has gone (closed or reset)
  // or the server is stopping.
  bool send(std::string_view bytes);
  // Ends the connection with a TCP reset rather than an orderly close.
  void reset();
  // Waits up to `duration`; false (at once) when the server is stopping.
  bool pause(std::chrono::milliseconds duration);

 private:
  RawServer& server_;
  int fd_;
};

class RawServer {
 public:
  using Script = std::function<void(RawConnection&)>;

  explicit RawServer(Script script, std::string host = "127.0.0.1");
  ~RawServer();
  RawServer(const RawServer&) = delete;
  RawServer& operator=(const RawServer&) = delete;

  int port() const { return port_; }
  // "http://HOST:PORT" + path.
  std::string url(std::string_view path) const;

  std::size_t connections() const { return connections_; }
  // Bytes the scripts managed to send, over all connections.
  std::size_t bytes_sent() const { return bytes_sent_; }
  // Connections on which a send failed because the client had closed or
  // reset it: the client stopped reading before the script stopped writing.
  std::size_t dropped_by_client() const { return dropped_by_client_; }

 private:
  friend class RawConnection;
  void accept_loop();
  void serve(int fd);
  void close_connection(int fd, bool with_reset);
  bool stopping() const { return stopping_; }

  Script script_;
  std::string host_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> connections_{0};
  std::atomic<std::size_t> bytes_sent_{0};
  std::atomic<std::size_t> dropped_by_client_{0};
  std::mutex mutex_;  // guards open_ and workers_
  std::set<int> open_;
  std::vector<std::thread> workers_;
  std::condition_variable stop_signal_;
  std::mutex stop_mutex_;
  std::thread acceptor_;
};

// The scripts of the hostile behaviours.
namespace raw {

// The status line and part of a header, then a TCP reset.
RawServer::Script reset_mid_headers();
// Headers promising a large body, then one byte every `interval`.
RawServer::Script drip_body(std::chrono::milliseconds interval);
// Headers without a length, then a body that never ends.
RawServer::Script endless_body();
// A status line, then header lines without end.
RawServer::Script endless_headers();
// `start` (a status line, part of a header), then bytes without a line end.
RawServer::Script endless_line(std::string start);
// Reads the request and never answers.
RawServer::Script silent();
// Answers every request with `response` as given, then closes.
RawServer::Script answer(std::string response);

}  // namespace raw

}  // namespace citekit::test
