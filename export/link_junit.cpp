#include "export/link_junit.hpp"

#include "export/link_report.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <sstream>

namespace citekit::exporting {
namespace {

bool is_skipped(Verdict verdict) { return verdict == Verdict::excluded || verdict == Verdict::unchecked; }

void add_case(pugi::xml_node suite, const LinkReport& r) {
  auto testcase = suite.append_child("testcase");
  testcase.append_attribute("classname") = "citekit.links";
  testcase.append_attribute("name") = r.url.c_str();
  testcase.append_attribute("time") = fmt::format("{:.3f}", r.seconds).c_str();
  std::string status = link_status(r, false);
  if (is_broken(r.verdict)) {
    auto failure = testcase.append_child("failure");
    failure.append_attribute("type") = std::string(to_string(r.verdict)).c_str();
    failure.append_attribute("message") = status.c_str();
    std::string text = link_text(r, false);
    failure.append_child(pugi::node_pcdata).set_value(text.c_str());
  } else if (is_skipped(r.verdict)) {
    testcase.append_child("skipped").append_attribute("message") = status.c_str();
  } else if (r.changed_after_access || !r.problems.empty() || r.permanent_redirect) {
    // Not a failure, but worth reading in the CI log.
    std::string text = link_text(r, false);
    testcase.append_child("system-out").append_child(pugi::node_pcdata).set_value(text.c_str());
  }
}

}  // namespace

std::string links_junit(const LinkResults& links) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  std::size_t failures = 0, skipped = 0;
  double seconds = 0;
  for (const auto& r : links.reports) {
    failures += is_broken(r.verdict);
    skipped += is_skipped(r.verdict);
    seconds += r.seconds;
  }
  auto suites = document.append_child("testsuites");
  auto suite = suites.append_child("testsuite");
  suite.append_attribute("name") = "citekit link check";
  suite.append_attribute("tests") = static_cast<unsigned long long>(links.reports.size());
  suite.append_attribute("failures") = static_cast<unsigned long long>(failures);
  suite.append_attribute("errors") = 0;
  suite.append_attribute("skipped") = static_cast<unsigned long long>(skipped);
  suite.append_attribute("time") = fmt::format("{:.3f}", seconds).c_str();
  for (const auto& r : links.reports) add_case(suite, r);
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace citekit::exporting
