#pragma once
// A self-signed certificate for 127.0.0.1, made when a test needs it, so
// that no key ever sits in the repository.

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace citekit::test {

struct X509Deleter {
  void operator()(X509* cert) const noexcept { X509_free(cert); }
};
struct KeyDeleter {
  void operator()(EVP_PKEY* key) const noexcept { EVP_PKEY_free(key); }
};

struct TestCertificate {
  std::unique_ptr<X509, X509Deleter> certificate;
  std::unique_ptr<EVP_PKEY, KeyDeleter> key;
};

// An EC P-256 key and a certificate for CN=127.0.0.1 (also its subject
// alternative name), valid for an hour. Throws std::runtime_error when
// OpenSSL fails.
TestCertificate make_test_certificate();

}  // namespace citekit::test
