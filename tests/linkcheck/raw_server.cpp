#include "tests/linkcheck/raw_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace citekit::test {
namespace {

constexpr std::size_t kLongestRequestHead = 64 * 1024;
constexpr int kSendBufferBytes = 64 * 1024;  // no autotuning: what was sent stays close to what was read

int listen_on(const std::string& host, int& port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error("raw server: no socket");
  int yes = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  ::inet_pton(AF_INET, host.c_str(), &address.sin_addr);
  socklen_t length = sizeof address;
  auto* generic = reinterpret_cast<sockaddr*>(&address);
  if (::bind(fd, generic, length) != 0 || ::listen(fd, 64) != 0 || ::getsockname(fd, generic, &length) != 0) {
    ::close(fd);
    throw std::runtime_error("raw server: cannot listen on " + host);
  }
  port = ntohs(address.sin_port);
  return fd;
}

}  // namespace

RawConnection::~RawConnection() {
  if (fd_ >= 0) server_.close_connection(fd_, false);
}

std::string RawConnection::read_request() {
  std::string head;
  char buffer[4096];
  while (head.find("\r\n\r\n") == std::string::npos && head.size() < kLongestRequestHead) {
    ssize_t got = ::recv(fd_, buffer, sizeof buffer, 0);
    if (got <= 0) return "";
    head.append(buffer, static_cast<std::size_t>(got));
  }
  return head;
}

bool RawConnection::send(std::string_view bytes) {
  while (!bytes.empty()) {
    if (server_.stopping()) return false;
    ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) {
      if (!server_.stopping()) ++server_.dropped_by_client_;
      return false;
    }
    server_.bytes_sent_ += static_cast<std::size_t>(sent);
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

void RawConnection::reset() {
  server_.close_connection(fd_, true);
  fd_ = -1;
}

bool RawConnection::pause(std::chrono::milliseconds duration) {
  std::unique_lock lock(server_.stop_mutex_);
  return !server_.stop_signal_.wait_for(lock, duration, [this] { return server_.stopping(); });
}

RawServer::RawServer(Script script, std::string host) : script_(std::move(script)), host_(std::move(host)) {
  listener_ = listen_on(host_, port_);
  acceptor_ = std::thread([this] { accept_loop(); });
}

RawServer::~RawServer() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  acceptor_.join();
  {
    // Wakes scripts blocked in recv or send.
    std::lock_guard lock(mutex_);
    for (int fd : open_) ::shutdown(fd, SHUT_RDWR);
  }
  for (auto& worker : workers_) worker.join();
  ::close(listener_);
}

std::string RawServer::url(std::string_view path) const {
  return "http://" + host_ + ":" + std::to_string(port_) + std::string(path);
}

void RawServer::accept_loop() {
  while (!stopping_) {
    pollfd waiting{listener_, POLLIN, 0};
    if (::poll(&waiting, 1, 20) <= 0) continue;
    int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &kSendBufferBytes, sizeof kSendBufferBytes);
    ++connections_;
    std::lock_guard lock(mutex_);
    open_.insert(fd);
    workers_.emplace_back([this, fd] { serve(fd); });
  }
}

void RawServer::serve(int fd) {
  RawConnection connection(*this, fd);
  script_(connection);
}

void RawServer::close_connection(int fd, bool with_reset) {
  std::lock_guard lock(mutex_);
  if (!open_.erase(fd)) return;  // already closed (reset by the script)
  if (with_reset) {
    linger abort_on_close{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
  }
  ::close(fd);
}

namespace raw {

RawServer::Script reset_mid_headers() {
  return [](RawConnection& connection) {
    if (connection.read_request().empty()) return;
    connection.send("HTTP/1.1 200 OK\r\nContent-Type: text/ht");
    connection.pause(std::chrono::milliseconds(20));  // let the client read the status line first
    connection.reset();
  };
}

RawServer::Script drip_body(std::chrono::milliseconds interval) {
  return [interval](RawConnection& connection) {
    if (connection.read_request().empty()) return;
    if (!connection.send("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")) return;
    while (connection.send("<") && connection.pause(interval)) {
    }
  };
}

RawServer::Script endless_body() {
  return [](RawConnection& connection) {
    if (connection.read_request().empty()) return;
    if (!connection.send("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>")) return;
    const std::string chunk(16 * 1024, 'x');
    while (connection.send(chunk)) {
    }
  };
}

RawServer::Script endless_headers() {
  return [](RawConnection& connection) {
    if (connection.read_request().empty()) return;
    if (!connection.send("HTTP/1.1 200 OK\r\n")) return;
    const std::string line = "X-Filler: " + std::string(100, 'x') + "\r\n";
    while (connection.send(line)) {
    }
  };
}

RawServer::Script endless_line(std::string start) {
  return [start = std::move(start)](RawConnection& connection) {
    if (connection.read_request().empty()) return;
    if (!connection.send(start)) return;
    const std::string chunk(16 * 1024, 'x');
    while (connection.send(chunk)) {
    }
  };
}

RawServer::Script silent() {
  return [](RawConnection& connection) {
    if (connection.read_request().empty()) return;
    while (connection.pause(std::chrono::milliseconds(1000))) {
    }
  };
}

RawServer::Script answer(std::string response) {
  return [response = std::move(response)](RawConnection& connection) {
    if (!connection.read_request().empty()) connection.send(response);
  };
}

}  // namespace raw

}  // namespace citekit::test
