#pragma once
// A parse workspace holding hand-made labelled spans, for testing the
// normalizers without the trained labeller.

#include "extract/parse/workspace.hpp"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace citekit::test {

struct LabelledWorkspace {
  extract::ParseContext context;
  std::unique_ptr<extract::parsing::Workspace> ws;
  extract::parsing::Workspace& operator*() { return *ws; }
  extract::parsing::Workspace* operator->() { return ws.get(); }
};

// The spans joined by spaces into the reference string, each labelled as given.
inline LabelledWorkspace labelled(const std::vector<std::pair<extract::parsing::Label, std::string>>& spans,
                                  DateOrder order = DateOrder::day_first) {
  LabelledWorkspace out;
  out.context.date_order = order;
  std::string text;
  std::vector<extract::parsing::LabelledSpan> located;
  for (const auto& [label, part] : spans) {
    if (!text.empty()) text += ' ';
    auto begin = static_cast<std::uint32_t>(text.size());
    text += part;
    located.push_back({label, begin, static_cast<std::uint32_t>(text.size())});
  }
  out.ws = std::make_unique<extract::parsing::Workspace>(text, out.context);
  out.ws->spans = std::move(located);
  return out;
}

}  // namespace citekit::test
