#include "tests/linkcheck/loopback_server.hpp"

#include "tests/linkcheck/test_certificate.hpp"

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <ctime>
#include <stdexcept>

namespace citekit::test {
namespace {

constexpr const char* kHost = "127.0.0.1";

// The key a route counts requests by: path and query.
std::string key_of(const httplib::Request& request) {
  std::string key = request.path;
  for (const auto& [name, value] : request.params) key += "&" + name + "=" + value;
  return key;
}

std::unique_ptr<httplib::Server> make_server(bool tls) {
  if (!tls) return std::make_unique<httplib::Server>();
  auto certificate = make_test_certificate();
  // SSLServer takes its own references to the certificate and the key.
  return std::make_unique<httplib::SSLServer>(certificate.certificate.get(), certificate.key.get());
}

std::size_t number_in_path(const httplib::Request& request) { return std::stoul(request.matches[1].str()); }

// Counts a running handler for as long as it lives.
class InFlight {
 public:
  InFlight(std::atomic<std::size_t>& in_flight, std::atomic<std::size_t>& peak) : in_flight_(in_flight) {
    std::size_t now = ++in_flight_;
    std::size_t seen = peak.load();
    while (now > seen && !peak.compare_exchange_weak(seen, now)) {
    }
  }
  ~InFlight() { --in_flight_; }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;

 private:
  std::atomic<std::size_t>& in_flight_;
};

}  // namespace

template <typename Handler>
auto LoopbackServer::counted(Handler handler) {
  return [this, handler](const httplib::Request& request, httplib::Response& response) {
    ++requests_;
    if (request.method == "HEAD") ++head_requests_;
    {
      std::lock_guard lock(client_ports_mutex_);
      client_ports_.insert(request.remote_port);
    }
    InFlight guard(in_flight_, peak_in_flight_);
    handler(request, response);
  };
}

LoopbackServer::LoopbackServer(const ExtraRoutes& extra_routes, std::string host, bool tls)
    : host_(std::move(host)), tls_(tls), server_(make_server(tls)) {
  add_routes();
  if (extra_routes) extra_routes(*server_, *this);
  // httplib calls its logger once a response has been written.
  server_->set_logger([this](const httplib::Request&, const httplib::Response&) { ++responses_; });
  // Idle keep-alive connections must not hold the shutdown up for long.
  server_->set_keep_alive_timeout(1);
  // Headers and body go out in separate writes: without this, Nagle and
  // delayed ACKs add 40 ms to every response.
  server_->set_tcp_nodelay(true);
  port_ = server_->bind_to_any_port(host_);
  if (port_ <= 0) throw std::runtime_error("loopback server: cannot bind to " + host_);
  listener_ = std::thread([this] { server_->listen_after_bind(); });
  // stop() is a no-op until the server runs, so wait for that.
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

LoopbackServer::~LoopbackServer() {
  {
    std::lock_guard lock(stop_mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  server_->stop();
  listener_.join();
}

std::string LoopbackServer::url(std::string_view path_and_query) const {
  return (tls_ ? "https://" : "http://") + host_ + ":" + std::to_string(port_) + std::string(path_and_query);
}

std::size_t LoopbackServer::connections() const {
  std::lock_guard lock(client_ports_mutex_);
  return client_ports_.size();
}

void LoopbackServer::pause(std::chrono::milliseconds duration) {
  std::unique_lock lock(stop_mutex_);
  stop_signal_.wait_for(lock, duration, [this] { return stopping_; });
}

std::size_t LoopbackServer::count_for(const std::string& key) {
  std::lock_guard lock(keys_mutex_);
  return ++count_by_key_[key];
}

std::chrono::steady_clock::time_point LoopbackServer::refused_at(const std::string& key) {
  std::lock_guard lock(keys_mutex_);
  auto found = refused_at_.find(key);
  return found == refused_at_.end() ? std::chrono::steady_clock::time_point{} : found->second;
}

void LoopbackServer::refuse(const std::string& key) {
  std::lock_guard lock(keys_mutex_);
  refused_at_[key] = std::chrono::steady_clock::now();
}

void LoopbackServer::add_routes() {
  auto& server = *server_;
  server.Get("/ok", counted([](const httplib::Request&, httplib::Response& response) {
    response.set_content("<html><body>ok</body></html>", "text/html");
  }));
  server.Get(R"(/status/(\d+))", counted([](const httplib::Request& request, httplib::Response& response) {
    response.status = static_cast<int>(number_in_path(request));
    response.set_content("status " + request.matches[1].str(), "text/plain");
  }));
  server.Get(R"(/redirect/(\d+))", counted([this](const httplib::Request& request, httplib::Response& response) {
    if (request.has_param("delay")) pause(std::chrono::milliseconds(std::stoul(request.get_param_value("delay"))));
    response.status = static_cast<int>(number_in_path(request));
    response.set_header("Location", request.get_param_value("to"));
  }));
  server.Get(R"(/chain/(\d+))", counted([](const httplib::Request& request, httplib::Response& response) {
    std::size_t left = number_in_path(request);
    if (left == 0) {
      response.set_content("end of chain", "text/plain");
    } else {
      response.status = 302;
      response.set_header("Location", "/chain/" + std::to_string(left - 1));
    }
  }));
  server.Get("/loop", counted([](const httplib::Request&, httplib::Response& response) {
    response.status = 302;
    response.set_header("Location", "/loop");
  }));
  server.Get(R"(/slow/(\d+))", counted([this](const httplib::Request& request, httplib::Response& response) {
    pause(std::chrono::milliseconds(number_in_path(request)));
    response.set_content("slow", "text/plain");
  }));
  server.Get(R"(/large/(\d+))", counted([this](const httplib::Request& request, httplib::Response& response) {
    response.set_content_provider(number_in_path(request), "application/octet-stream",
                                  [this](std::size_t, std::size_t length, httplib::DataSink& sink) {
                                    static const std::string chunk(64 * 1024, 'x');
                                    std::size_t bytes = std::min(length, chunk.size());
                                    if (!sink.write(chunk.data(), bytes)) return false;
                                    large_body_bytes_sent_ += bytes;
                                    return true;
                                  });
  }));
  server.Get("/last-modified", counted([](const httplib::Request&, httplib::Response& response) {
    response.set_header("Last-Modified", kLastModified);
    response.set_content("dated", "text/plain");
  }));
  server.Get("/", counted([](const httplib::Request&, httplib::Response& response) {
    response.set_content("<html><head><title>Welcome</title></head><body>home</body></html>", "text/html");
  }));
  server.Get("/page", counted([](const httplib::Request& request, httplib::Response& response) {
    std::string head = "<title>" + request.get_param_value("title") + "</title>";
    if (request.has_param("modified"))
      head += R"(<meta property="article:modified_time" content=")" + request.get_param_value("modified") + R"(">)";
    response.set_content("<html><head>" + head + "</head><body>text</body></html>", "text/html; charset=utf-8");
  }));
  server.Get("/head-refused", counted([](const httplib::Request& request, httplib::Response& response) {
    if (request.method == "HEAD") {
      response.status = 405;
      response.set_header("Allow", "GET");
      return;
    }
    response.set_content("<html><head><title>Fine with GET</title></head></html>", "text/html");
  }));
  server.Get(R"(/retry-after/(\d+))", counted([this](const httplib::Request& request, httplib::Response& response) {
    auto wait = std::chrono::milliseconds(1000 * number_in_path(request));
    std::string key = key_of(request);
    auto last = refused_at(key);
    // Like the benchmark server: 5% slack for timers.
    if (last == std::chrono::steady_clock::time_point{} || std::chrono::steady_clock::now() - last < wait * 95 / 100) {
      response.status = 429;
      response.set_header("Retry-After", std::to_string(number_in_path(request)));
      refuse(key);
      return;
    }
    response.set_content("<html><head><title>Served after waiting</title></head></html>", "text/html");
  }));
  server.Get(R"(/retry-date/(\d+))", counted([this](const httplib::Request& request, httplib::Response& response) {
    std::string key = key_of(request);
    auto wait = std::chrono::milliseconds(1000 * number_in_path(request));
    auto last = refused_at(key);
    if (last != std::chrono::steady_clock::time_point{} && std::chrono::steady_clock::now() - last >= wait / 2) {
      response.set_content("later", "text/plain");
      return;
    }
    auto when = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + wait + std::chrono::seconds(1));
    char date[64];
    std::tm utc{};
    gmtime_r(&when, &utc);
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    response.status = 503;
    response.set_header("Retry-After", date);
    refuse(key);
  }));
  server.Get(R"(/flaky/(\d+))", counted([this](const httplib::Request& request, httplib::Response& response) {
    if (count_for(key_of(request)) <= number_in_path(request)) {
      response.status = 503;
      return;
    }
    response.set_content("recovered", "text/plain");
  }));
}

int closed_port() {
  int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (socket_fd < 0) throw std::runtime_error("closed_port: no socket");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = 0;
  ::inet_pton(AF_INET, kHost, &address.sin_addr);
  socklen_t length = sizeof address;
  auto* generic = reinterpret_cast<sockaddr*>(&address);
  bool bound = ::bind(socket_fd, generic, length) == 0 && ::getsockname(socket_fd, generic, &length) == 0;
  ::close(socket_fd);  // never listened on: connections to the port are refused
  if (!bound) throw std::runtime_error("closed_port: cannot bind");
  return ntohs(address.sin_port);
}

}  // namespace citekit::test
