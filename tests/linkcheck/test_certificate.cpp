#include "tests/linkcheck/test_certificate.hpp"

#include <openssl/x509v3.h>

#include <stdexcept>

namespace citekit::test {
namespace {

void require(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(std::string("test certificate: ") + what);
}

}  // namespace

TestCertificate make_test_certificate() {
  TestCertificate made;
  made.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  require(made.key != nullptr, "no key");
  made.certificate.reset(X509_new());
  X509* cert = made.certificate.get();
  require(cert != nullptr, "no certificate");
  require(X509_set_version(cert, 2) == 1, "version");
  require(ASN1_INTEGER_set(X509_get_serialNumber(cert), 1) == 1, "serial number");
  require(X509_gmtime_adj(X509_getm_notBefore(cert), -60) != nullptr, "not before");
  require(X509_gmtime_adj(X509_getm_notAfter(cert), 3600) != nullptr, "not after");
  require(X509_set_pubkey(cert, made.key.get()) == 1, "public key");
  X509_NAME* name = X509_get_subject_name(cert);
  const auto* common_name = reinterpret_cast<const unsigned char*>("127.0.0.1");
  require(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, common_name, -1, -1, 0) == 1, "name");
  require(X509_set_issuer_name(cert, name) == 1, "issuer");
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
  X509_EXTENSION* alt_name = X509V3_EXT_conf_nid(nullptr, &context, NID_subject_alt_name, "IP:127.0.0.1");
  require(alt_name != nullptr, "subject alternative name");
  bool added = X509_add_ext(cert, alt_name, -1) == 1;
  X509_EXTENSION_free(alt_name);
  require(added, "extension");
  require(X509_sign(cert, made.key.get(), EVP_sha256()) > 0, "signature");
  return made;
}

}  // namespace citekit::test
