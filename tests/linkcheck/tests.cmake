# Tests of linkcheck/. They run a real HTTP server on 127.0.0.1 in the test
# process (cpp-httplib), never the internet.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
list(APPEND CITEKIT_TEST_SOURCES
  linkcheck/check_helpers.cpp
  linkcheck/loopback_server.cpp
  linkcheck/raw_server.cpp
  linkcheck/test_certificate.cpp
  linkcheck/test_linkcheck_archive.cpp
  linkcheck/test_linkcheck_cache.cpp
  linkcheck/test_linkcheck_check.cpp
  linkcheck/test_linkcheck_credentials.cpp
  linkcheck/test_linkcheck_dates.cpp
  linkcheck/test_linkcheck_engine.cpp
  linkcheck/test_linkcheck_guard.cpp
  linkcheck/test_linkcheck_hostile.cpp
  linkcheck/test_linkcheck_interruption.cpp
  linkcheck/test_linkcheck_page.cpp
  linkcheck/test_linkcheck_redirects.cpp
  linkcheck/test_linkcheck_requests.cpp
  linkcheck/test_linkcheck_retry.cpp
  linkcheck/test_linkcheck_scheduler.cpp
  linkcheck/test_linkcheck_unreachable.cpp
  linkcheck/test_linkcheck_url.cpp
  linkcheck/test_linkcheck_verdict.cpp
)
find_package(OpenSSL REQUIRED)  # a self-signed certificate for the HTTPS tests
find_package(SQLite3 REQUIRED)  # reading the link cache as another program would
list(APPEND CITEKIT_TEST_LIBRARIES PkgConfig::HTTPLIB CURL::libcurl OpenSSL::SSL OpenSSL::Crypto SQLite::SQLite3)
