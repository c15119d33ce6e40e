#include "extract/extract.hpp"
#include "extract/readers/formats.hpp"
#include "tests/catch.hpp"

using namespace citekit;

namespace {

Document read(const std::string& html, const extract::InputLimits& limits = {}) {
  auto d = extract::read_html(html, "page.html", limits);
  if (!d) FAIL(d.error().describe());
  return std::move(*d);
}

const char* kWikipedia = R"(<p>Claim.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>
Again.<sup id="cite_ref-1b" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-1"><sup><i><b>a</b></i></sup></a>
<a href="#cite_ref-1b"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text">Jane Doe.
<a class="external text" href="https://example.org/report">Annual Report</a>. London: Verso, 2001.</span></li>
<li id="cite_note-2"><span class="reference-text">Uncited. 2002.</span></li>
</ol></div>)";

const char* kWord = R"(<html><body><p class=MsoNormal>Claim.<a style='mso-footnote-id:ftn1' href="#_ftn1"
name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a></p>
<div style='mso-element:footnote-list'><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span
class=MsoFootnoteReference>[1]</span></a> Jane&nbsp;Doe. Report. 2001.</p>
</div></div></body></html>)";

}  // namespace

TEST_CASE("extract::read_html Wikipedia references") {
  Document d = read(kWikipedia);
  REQUIRE(d.markers.size() == 2);
  CHECK(d.markers[0].id == "1");
  CHECK(d.markers[1].id == "1");
  CHECK(d.markers[1].position.line == 2);
  REQUIRE(d.notes.size() == 2);
  CHECK(d.notes[0].source_id == "cite_note-1");
  CHECK(d.notes[0].text == "Jane Doe. Annual Report. London: Verso, 2001.");
  REQUIRE(d.notes[0].links.size() == 1);
  CHECK(d.notes[0].links[0].url == "https://example.org/report");
  CHECK(d.notes[1].text == "Uncited. 2002.");
  SECTION("the link target reaches the reference; the uncited entry is audited") {
    auto bib = extract::build_bibliography(d);
    CHECK(bib.citations.at(0).item.get("URL") == "https://example.org/report");
    bool reported = false;
    for (const auto& p : bib.problems) reported |= p.code == "note-without-marker" && p.note == "2";
    CHECK(reported);
  }
}

// Saved pages keep their note links absolute, to the page itself; a mobile
// or printable copy has another host or query. The head (or the browser's
// "saved from" comment) names the page.
TEST_CASE("extract::read_html note links that name the page itself") {
  auto absolute = [](std::string html, const std::string& page) {
    for (std::size_t at = html.find("href=\"#"); at != std::string::npos; at = html.find("href=\"#", at))
      html.insert(at + 6, page), at += 6 + page.size();
    return html;
  };
  const std::string heads[] = {
      R"(<head><link rel="canonical" href="https://en.wikipedia.org/wiki/Kosovo"></head>)",
      R"(<head><meta property="og:url" content="https://en.wikipedia.org/wiki/Kosovo"></head>)",
      "<!-- saved from url=(0039)https://en.wikipedia.org/wiki/Kosovo -->\n",
  };
  for (const std::string& page : {std::string("https://en.wikipedia.org/wiki/Kosovo"),
                                  std::string("https://en.m.wikipedia.org/wiki/Kosovo?printable=yes")})
    for (const std::string& head : heads) {
      CAPTURE(page, head);
      Document d = read(head + absolute(kWikipedia, page));
      CHECK(d.markers.size() == 2);
      REQUIRE(d.notes.size() == 2);
      CHECK(d.notes[0].text == "Jane Doe. Annual Report. London: Verso, 2001.");  // the backlinks left out
    }
  SECTION("a MediaWiki page saved without its own address links relatively") {
    for (const std::string& page : {std::string("/wiki/Kosovo"), std::string("index.php?title=Kosovo")}) {
      CAPTURE(page);
      Document d = read(absolute(kWikipedia, page));
      CHECK(d.markers.size() == 2);
      REQUIRE(d.notes.size() == 2);
      CHECK(d.notes[0].text == "Jane Doe. Annual Report. London: Verso, 2001.");
    }
  }
  SECTION("another page's notes are links, not markers") {
    Document d = read(std::string(heads[0]) + absolute(kWikipedia, "https://en.wikipedia.org/wiki/Serbia"));
    CHECK(d.markers.empty());
  }
}

// Wikipedia's citation templates store each item as COinS beside the text
// they show; the text adds the access date COinS leaves out.
TEST_CASE("extract::read_html COinS items in notes") {
  auto page = [](const std::string& shown_title) {
    return R"(<p>Claim.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>
<span class="reference-text"><cite class="citation web cs1">NATO (2020). <a rel="nofollow" class="external text"
href="https://www.nato.int/cps/en/natolive/topics_48818.htm">")" +
           shown_title + R"("</a>. NATO<span class="reference-accessdate">. Retrieved <span class="nowrap">24 November</span>
2020</span>.</cite><span title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&amp;rft.genre=unknown&amp;rft.btitle=NATO%27s+role+in+Kosovo&amp;rft.pub=NATO&amp;rft.date=2020&amp;rft.au=NATO&amp;rft_id=https%3A%2F%2Fwww.nato.int%2Fcps%2Fen%2Fnatolive%2Ftopics_48818.htm&amp;rfr_id=info%3Asid%2Fen.wikipedia.org%3AKosovo+Force" class="Z3988"></span></span></li></ol>)";
  };
  Document d = read(page("NATO's role in Kosovo"));
  REQUIRE(d.notes.size() == 1);
  REQUIRE(d.notes[0].embedded.size() == 1);
  CHECK(d.notes[0].embedded_partial);
  auto bib = extract::build_bibliography(d);
  REQUIRE(bib.citations.size() == 1);
  const Reference& item = bib.citations[0].item;
  CHECK(item.origin == ItemOrigin::document);
  CHECK(item.type == "webpage");
  CHECK(item.get("title") == "NATO's role in Kosovo");
  CHECK(item.get("publisher") == "NATO");
  CHECK(item.get("URL") == "https://www.nato.int/cps/en/natolive/topics_48818.htm");
  REQUIRE(item.date("accessed"));
  CHECK(item.date("accessed")->iso() == "2020-11-24");
  for (const auto& p : bib.problems) CHECK(p.code != "stored-item-differs");
  SECTION("a text that shows another title is reported") {
    auto edited = extract::build_bibliography(read(page("NATO in the Balkans")));
    bool reported = false;
    for (const auto& p : edited.problems) reported |= p.code == "stored-item-differs" && p.note == "1";
    CHECK(reported);
  }
}

TEST_CASE("extract::read_html Word's HTML") {
  Document d = read(kWord);
  REQUIRE(d.markers.size() == 1);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].kind == NoteKind::footnote);
  CHECK(d.notes[0].source_id == "ftn1");
  CHECK(d.notes[0].text == "Jane Doe. Report. 2001.");
}

TEST_CASE("extract::read_html limits") {
  std::string deep;
  for (int i = 0; i < 2000; ++i) deep += "<div>";
  auto d = extract::read_html(deep, "deep.html", {});
  REQUIRE_FALSE(d);
  CHECK(d.error().describe() == "deep.html:1:5001: elements nest deeper than the limit of 1000");
}
