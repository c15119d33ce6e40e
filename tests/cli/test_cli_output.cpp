// -o as people give it (cli/output.cpp, cli/output_target.cpp), on the real
// executable: as root, which CI runs as and containers often do, and as an
// unprivileged user where that changes what may happen.
#include "tests/catch.hpp"
#include "tests/cli/cli_runner.hpp"
#include "tests/support.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <future>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using citekit::test::CliResult;
using citekit::test::ProcessSettings;
using citekit::test::read_file;
using citekit::test::write_file;

namespace {

constexpr uid_t kNobody = 65534;

bool is_root() { return ::geteuid() == 0; }

struct stat status_of(const fs::path& path) {
  struct stat status {};
  REQUIRE(::lstat(path.c_str(), &status) == 0);
  return status;
}

mode_t type_of(const fs::path& path) { return status_of(path).st_mode & S_IFMT; }
mode_t mode_of(const fs::path& path) { return status_of(path).st_mode & 07777; }

std::set<std::string> names_in(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
  return names;
}

// A world-readable folder outside the build tree (which may sit in a private
// home folder) holding a copy of the executable and of the seed sample, and
// a folder `work` owned by the user the commands run as: nobody when the
// tests run as root and `unprivileged` is asked for, else whoever runs them.
class Playground {
 public:
  explicit Playground(bool unprivileged = false) {
    std::string pattern = (fs::temp_directory_path() / "citekit-output-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root_ = pattern;
    fs::permissions(root_, fs::perms(0755));
    fs::copy_file(CITEKIT_EXECUTABLE, root_ / "citekit");
    fs::permissions(root_ / "citekit", fs::perms(0755));
    fs::copy_file(citekit::test::samples_dir() / "seed-case-study.txt", root_ / "seed.txt");
    fs::permissions(root_ / "seed.txt", fs::perms(0644));
    fs::create_directory(work());
    if (unprivileged && is_root()) user_ = kNobody;
    give_to_user(work());
  }
  ~Playground() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  Playground(const Playground&) = delete;
  Playground& operator=(const Playground&) = delete;

  fs::path work() const { return root_ / "work"; }
  fs::path seed() const { return root_ / "seed.txt"; }
  std::optional<uid_t> user() const { return user_; }

  // Made by the test, owned by the user the commands run as.
  void give_to_user(const fs::path& path) const {
    if (user_) REQUIRE(::lchown(path.c_str(), *user_, *user_) == 0);
  }

  CliResult run(const std::vector<std::string>& args, ProcessSettings settings = {}) const {
    settings.executable = (root_ / "citekit").string();
    settings.working_dir = work();
    settings.user = user_;
    return citekit::test::run_process(args, settings);
  }

 private:
  fs::path root_;
  std::optional<uid_t> user_;
};

// What the command prints on standard output: what -o must receive.
std::string expected_output(const Playground& playground, const std::vector<std::string>& args) {
  auto result = playground.run(args);
  REQUIRE(result.exit_code == 0);
  REQUIRE(!result.out.empty());
  return result.out;
}

std::vector<std::string> with_output(std::vector<std::string> args, const fs::path& output) {
  args.push_back("-o");
  args.push_back(output.string());
  return args;
}

// Every command that writes a result, each with an output of its own kind.
struct Command {
  const char* name;
  std::function<std::vector<std::string>(const Playground&)> args;
};

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"extract", [](const Playground& p) { return std::vector<std::string>{"extract", p.seed().string()}; }},
      {"export", [](const Playground& p) { return std::vector<std::string>{"export", p.seed().string(), "--to", "bibtex"}; }},
      {"audit", [](const Playground& p) { return std::vector<std::string>{"audit", "--no-check", p.seed().string()}; }},
      {"parse", [](const Playground& p) { return std::vector<std::string>{"parse", p.seed().string()}; }},
      // Every URL excluded: a report for each, and no network.
      {"check", [](const Playground& p) {
         return std::vector<std::string>{"check", p.seed().string(), "--format", "json", "--exclude", ".", "--no-cache"};
       }},
  };
  return table;
}

std::vector<std::string> export_bibtex(const Playground& playground) { return commands()[1].args(playground); }

// Reads everything written into `fd` until the writer closes it.
std::string read_all(int fd) {
  std::string content;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
  }
  return content;
}

// Should citekit never open the FIFO, the reader waiting in open() is let go
// (it then reads nothing, and the test fails instead of hanging).
void release_fifo_reader(const fs::path& fifo) {
  int writer = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
  if (writer >= 0) ::close(writer);
}

sockaddr_un unix_address(const fs::path& path) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  REQUIRE(path.string().size() < sizeof address.sun_path);
  std::strcpy(address.sun_path, path.c_str());
  return address;
}

// The same for a listener waiting in accept().
void release_socket_listener(const fs::path& path) {
  sockaddr_un address = unix_address(path);
  int connection = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
  (void)::connect(connection, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::close(connection);
}

}  // namespace

TEST_CASE("citekit -o writes into a FIFO and leaves it a FIFO, for every command") {
  Playground playground;
  for (const auto& command : commands()) {
    INFO(command.name);
    auto args = command.args(playground);
    std::string expected = expected_output(playground, args);
    fs::path fifo = playground.work() / "fifo";
    fs::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    // The reader opens the FIFO as a pipeline's next program would.
    auto received = std::async(std::launch::async, [&] {
      int fd = ::open(fifo.c_str(), O_RDONLY);
      std::string content = fd < 0 ? "" : read_all(fd);
      if (fd >= 0) ::close(fd);
      return content;
    });
    auto result = playground.run(with_output(args, fifo));
    release_fifo_reader(fifo);
    CHECK(result.exit_code == 0);
    CHECK(received.get() == expected);
    CHECK(type_of(fifo) == S_IFIFO);
    CHECK(names_in(playground.work()) == std::set<std::string>{"fifo"});
  }
}

TEST_CASE("citekit -o writes into a character device and leaves it one") {
  if (!is_root()) {
    WARN("not root: mknod needs root; CI runs these as root");
    return;
  }
  Playground playground;
  auto args = export_bibtex(playground);
  struct Device {
    const char* name;
    unsigned major_number, minor_number;
    int exit_code;
    const char* message;
  };
  // /dev/full answers every write with ENOSPC: the error shows the output
  // reached the device rather than a file put in its place.
  const Device devices[] = {{"null", 1, 3, 0, ""}, {"full", 1, 7, 2, "No space left on device"}};
  for (const auto& device : devices) {
    INFO(device.name);
    fs::path node = playground.work() / device.name;
    REQUIRE(::mknod(node.c_str(), S_IFCHR | 0666, makedev(device.major_number, device.minor_number)) == 0);
    auto result = playground.run(with_output(args, node));
    CHECK(result.exit_code == device.exit_code);
    CHECK_THAT(result.err, Catch::Matchers::Contains(device.message));
    CHECK(type_of(node) == S_IFCHR);
    CHECK(status_of(node).st_rdev == makedev(device.major_number, device.minor_number));
  }
  CHECK(names_in(playground.work()) == std::set<std::string>{"null", "full"});
}

// A terminal is a character device that shows what it receives. The kernel
// opens a pseudo-terminal only through its own devpts node, which the
// character devices made above cannot stand in for.
TEST_CASE("citekit -o writes into a terminal, which receives the output") {
  int master = -1, slave = -1;
  char name[256] = {};
  if (::openpty(&master, &slave, name, nullptr, nullptr) != 0) {
    WARN("no pseudo-terminals here (devpts not mounted); /dev/full shows the device receives the output");
    return;
  }
  termios raw{};
  REQUIRE(::tcgetattr(slave, &raw) == 0);
  ::cfmakeraw(&raw);  // no "\n" to "\r\n"
  REQUIRE(::tcsetattr(slave, TCSANOW, &raw) == 0);
  Playground playground;
  auto args = export_bibtex(playground);
  std::string expected = expected_output(playground, args);
  // The terminal's buffer is small: read while citekit writes, and give up
  // after a while rather than hang should nothing come.
  auto received = std::async(std::launch::async, [&] {
    std::string content;
    char buffer[4096];
    pollfd ready{master, POLLIN, 0};
    while (content.size() < expected.size() && ::poll(&ready, 1, 20'000) == 1) {
      ssize_t n = ::read(master, buffer, sizeof buffer);
      if (n <= 0) break;
      content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
  });
  auto result = playground.run(with_output(args, name));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(received.get() == expected);
  CHECK(type_of(name) == S_IFCHR);
  ::close(slave);
  ::close(master);
}

TEST_CASE("citekit -o connects to a Unix socket and writes into it") {
  Playground playground;
  auto args = export_bibtex(playground);
  std::string expected = expected_output(playground, args);
  fs::path socket_path = playground.work() / "socket";
  int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address = unix_address(socket_path);
  REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(listener, 1) == 0);
  auto received = std::async(std::launch::async, [&] {
    int connection = ::accept(listener, nullptr, nullptr);
    std::string content = connection < 0 ? "" : read_all(connection);
    if (connection >= 0) ::close(connection);
    return content;
  });
  auto result = playground.run(with_output(args, socket_path));
  release_socket_listener(socket_path);
  CHECK(result.exit_code == 0);
  CHECK(received.get() == expected);
  CHECK(type_of(socket_path) == S_IFSOCK);
  ::close(listener);
}

TEST_CASE("citekit -o follows symbolic links and replaces what they point to") {
  Playground playground(true);
  auto args = export_bibtex(playground);
  std::string expected = expected_output(playground, args);
  fs::path work = playground.work();
  struct Row {
    const char* name;
    std::vector<std::pair<std::string, std::string>> links;  // link, target (as written in the link)
    const char* output;                                      // the path given to -o
    const char* target;                                      // the file that must hold the output
    bool target_exists;
  };
  const Row rows[] = {
      {"a link to a file", {{"link", "real"}}, "link", "real", true},
      {"a chain of links, one relative to a subfolder", {{"first", "sub/second"}, {"sub/second", "../real"}}, "first",
       "real", true},
      {"an absolute link", {{"link", (work / "real").string()}}, "link", "real", true},
      {"a link to a file not there yet", {{"link", "new.bib"}}, "link", "new.bib", false},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    for (const auto& entry : fs::directory_iterator(work)) fs::remove_all(entry.path());
    fs::create_directory(work / "sub");
    playground.give_to_user(work / "sub");
    if (row.target_exists) {
      write_file(work / row.target, "old\n");
      fs::permissions(work / row.target, fs::perms(0600));
      playground.give_to_user(work / row.target);
    }
    for (const auto& [link, target] : row.links) {
      fs::create_symlink(target, work / link);
      playground.give_to_user(work / link);
    }
    auto result = playground.run(with_output(args, work / row.output));
    CHECK(result.exit_code == 0);
    CHECK(read_file(work / row.target) == expected);
    CHECK(type_of(work / row.target) == S_IFREG);
    if (row.target_exists) CHECK(mode_of(work / row.target) == 0600);
    for (const auto& [link, target] : row.links) {
      CHECK(type_of(work / link) == S_IFLNK);
      CHECK(fs::read_symlink(work / link) == fs::path(target));
    }
  }
}

TEST_CASE("citekit -o refuses a folder, a loop of links and a folder it cannot write, and makes nothing") {
  Playground playground(true);
  auto args = export_bibtex(playground);
  fs::path work = playground.work();
  fs::create_directory(work / "folder");
  fs::create_directory(work / "locked");
  fs::create_symlink("folder", work / "to-folder");
  fs::create_symlink("loop-b", work / "loop-a");
  fs::create_symlink("loop-a", work / "loop-b");
  for (const char* made : {"folder", "locked", "to-folder", "loop-a", "loop-b"}) playground.give_to_user(work / made);
  fs::permissions(work / "locked", fs::perms(0555));
  struct Row {
    const char* output;
    const char* message;
  };
  std::vector<Row> rows = {
      {"folder", "is a folder"},
      {"to-folder", "is a folder"},
      {"loop-a", "too many levels of symbolic links"},
  };
  // Root writes anywhere: only an unprivileged user is kept out of "locked".
  if (playground.user() || !is_root()) rows.push_back({"locked/out.bib", "Permission denied"});
  for (const auto& row : rows) {
    INFO(row.output);
    auto before = names_in(work);
    auto result = playground.run(with_output(args, work / row.output));
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Matchers::Contains(row.message));
    CHECK_THAT(result.err, Catch::Matchers::Contains((work / row.output).string()));
    CHECK(names_in(work) == before);
    CHECK(names_in(work / "folder").empty());
    CHECK(names_in(work / "locked").empty());
  }
}

TEST_CASE("citekit -o keeps the mode, owner and group of the file it replaces") {
  SECTION("0600 stays 0600, for the user who owns it") {
    Playground playground(true);
    fs::path output = playground.work() / "private.bib";
    write_file(output, "old\n");
    fs::permissions(output, fs::perms(0600));
    playground.give_to_user(output);
    auto result = playground.run(with_output(export_bibtex(playground), output));
    CHECK(result.exit_code == 0);
    CHECK(mode_of(output) == 0600);
    CHECK(read_file(output).rfind("@article{", 0) == 0);
  }
  SECTION("root replacing another user's file leaves it theirs") {
    if (!is_root()) {
      WARN("not root: only root may give a file to another user");
      return;
    }
    Playground playground;
    fs::path output = playground.work() / "theirs.bib";
    write_file(output, "old\n");
    REQUIRE(::chown(output.c_str(), kNobody, kNobody) == 0);
    fs::permissions(output, fs::perms(0640));
    auto result = playground.run(with_output(export_bibtex(playground), output));
    CHECK(result.exit_code == 0);
    CHECK(status_of(output).st_uid == kNobody);
    CHECK(status_of(output).st_gid == kNobody);
    CHECK(mode_of(output) == 0640);
  }
  SECTION("a new file takes its mode from the umask") {
    Playground playground(true);
    fs::path output = playground.work() / "new.bib";
    ProcessSettings settings;
    settings.umask = 027;
    auto result = playground.run(with_output(export_bibtex(playground), output), settings);
    CHECK(result.exit_code == 0);
    CHECK(mode_of(output) == 0640);
  }
}

TEST_CASE("citekit -o past the file size limit keeps the old file whole and exits 2") {
  Playground playground(true);
  fs::path work = playground.work();
  ProcessSettings limited;
  limited.max_file_bytes = 1024;  // ulimit -f 1; the seed's BibTeX is about 2 KB
  SECTION("an existing file") {
    write_file(work / "refs.bib", "old\n");
    playground.give_to_user(work / "refs.bib");
    auto result = playground.run(with_output(export_bibtex(playground), work / "refs.bib"), limited);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Matchers::Contains("refs.bib: cannot write: File too large; the file is unchanged"));
    CHECK(read_file(work / "refs.bib") == "old\n");
    CHECK(names_in(work) == std::set<std::string>{"refs.bib"});
  }
  SECTION("a new file is not made") {
    auto result = playground.run(with_output(export_bibtex(playground), work / "refs.bib"), limited);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Matchers::Contains("no file was made"));
    CHECK(names_in(work).empty());
  }
}

TEST_CASE("citekit -o on a full file system keeps the old file whole and exits 2") {
  if (!is_root()) {
    WARN("not root: mounting a small file system needs root");
    return;
  }
  Playground playground;
  fs::path disk = playground.work() / "disk";
  fs::create_directory(disk);
  if (::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=64k") != 0) {
    WARN("cannot mount a tmpfs here: " << std::strerror(errno) << "; the file size limit test stands in");
    return;
  }
  write_file(disk / "refs.json", "old\n");
  // Fill what is left, so that the first block citekit writes finds no room.
  {
    int filler = ::open((disk / "filler").c_str(), O_WRONLY | O_CREAT, 0644);
    std::string block(4096, 'x');
    while (::write(filler, block.data(), block.size()) > 0) {
    }
    ::close(filler);
  }
  auto args = with_output({"extract", playground.seed().string()}, disk / "refs.json");
  auto result = playground.run(args);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Matchers::Contains("No space left on device; the file is unchanged"));
  CHECK(read_file(disk / "refs.json") == "old\n");
  CHECK(names_in(disk) == std::set<std::string>{"refs.json", "filler"});
  ::umount(disk.c_str());
}

TEST_CASE("citekit -o names standard output and open descriptors as such") {
  Playground playground;
  auto args = export_bibtex(playground);
  std::string expected = expected_output(playground, args);
  for (const char* name : {"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}) {
    INFO(name);
    auto result = playground.run(with_output(args, name));
    CHECK(result.exit_code == 0);
    CHECK(result.out == expected);
  }
  auto to_error = playground.run(with_output(args, "/dev/stderr"));
  CHECK(to_error.exit_code == 0);
  CHECK(to_error.out.empty());
  CHECK(to_error.err == expected);
  auto closed = playground.run(with_output(args, "/dev/fd/9"));
  CHECK(closed.exit_code == 2);
  CHECK_THAT(closed.err, Catch::Matchers::Contains("file descriptor 9 is not open"));
  CHECK(names_in(playground.work()).empty());
}

TEST_CASE("citekit --cache with a store this build lacks is an error, and nothing is made") {
  Playground playground;
  fs::path work = playground.work();
  write_file(work / "urls.txt", "https://example.org/\n");
  write_file(work / "links.toml", "cache = \"postgres://db.example.org/links\"\n");
  struct Row {
    std::vector<std::string> args;
    const char* message;
  };
  const Row rows[] = {
      {{"check", "urls.txt", "--cache", "postgresql://x"}, "PostgreSQL support"},
      {{"audit", playground.seed().string(), "--cache", "postgresql://user@host/db"}, "PostgreSQL support"},
      {{"check", "urls.txt", "--cache", "redis://x"}, "\"redis://\" is not a cache this build can use"},
      {{"check", "urls.txt", "--config", "links.toml"}, "links.toml:1: cache: postgres://db.example.org/links: a PostgreSQL"},
  };
  for (const auto& row : rows) {
    INFO(row.message);
    auto result = playground.run(row.args);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Matchers::Contains(row.message));
    CHECK(names_in(work) == std::set<std::string>{"urls.txt", "links.toml"});
  }
}
