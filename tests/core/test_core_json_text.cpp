#include "core/csl_json.hpp"
#include "core/json_text.hpp"
#include "tests/catch.hpp"

#include <nlohmann/json.hpp>

using namespace citekit;

TEST_CASE("core::append_json_string") {
  struct Row {
    std::string text, json;
  };
  const Row rows[] = {
      {"plain", R"("plain")"},
      {"say \"hi\"", R"("say \"hi\"")"},
      {"back\\slash", R"("back\\slash")"},
      {"tab\tnew\nline\rfeed\fbell\b", R"("tab\tnew\nline\rfeed\fbell\b")"},
      {std::string("nul\0unit\x1f", 9), R"("nul\u0000unit\u001f")"},
      {"Université – “quoted”", R"("Université – “quoted”")"},
      {"bad \xC3( byte", "\"bad \xEF\xBF\xBD( byte\""},   // invalid UTF-8 becomes U+FFFD
      // Long runs are scanned eight bytes at a time: escapes at every offset of a word are still found.
      {"0123456789abcdefghij\"0123456\\89", R"("0123456789abcdefghij\"0123456\\89")"},
      {"Ünïcödé text, long enough to span words\x7f\x01", "\"Ünïcödé text, long enough to span words\x7f\\u0001\""},
  };
  for (const auto& row : rows) {
    std::string out;
    append_json_string(out, row.text);
    CAPTURE(row.text);
    CHECK(out == row.json);
    CHECK(nlohmann::json::accept(out));
  }
}

TEST_CASE("core::append_json_string finds an escape at every offset") {
  for (std::size_t at = 0; at < 24; ++at)
    for (char special : {'"', '\\', '\n', '\x1f'}) {
      std::string text(24, 'x');
      text[at] = special;
      std::string out;
      append_json_string(out, text);
      CAPTURE(at, special);
      CHECK(out.size() == text.size() + (special == '\x1f' ? 7 : 3));   // \u001f, or a two-character escape
      CHECK(nlohmann::json::parse(out).get<std::string>() == text);
    }
}

TEST_CASE("core::append_csl_json writes what to_csl_json holds, compactly") {
  Reference r;
  r.type = "chapter";
  r.set("title", "Stones \"in\" the sea");
  Name editor;
  editor.family = "Mast";
  editor.non_dropping_particle = "van der";
  editor.given = "C.";
  r.names["editor"] = {editor, Name{}};
  r.dates["issued"] = Date{{{1999, 6, 0}, {2001, 0, 0}}, 2, true, ""};
  r.dates["accessed"] = Date{{}, 0, false, "forthcoming"};
  r.dates["submitted"] = Date{};   // empty: not written
  r.set("page", "12-19");
  std::string text;
  append_csl_json(text, r);
  CHECK(text == R"({"type":"chapter","title":"Stones \"in\" the sea",)"
                R"("editor":[{"family":"Mast","given":"C.","non-dropping-particle":"van der"},{}],)"
                R"("accessed":{"literal":"forthcoming"},"issued":{"date-parts":[[1999,6],[2001]],"season":2,"circa":true},)"
                R"("page":"12-19"})");
  CHECK(to_csl_json(r).dump() == text);
}
