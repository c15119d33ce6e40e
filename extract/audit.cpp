#include "extract/audit.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>

namespace citekit::extract {
namespace {

using NoteKey = std::pair<NoteKind, std::string>;

std::string label(NoteKind kind, const std::string& id) { return std::string(to_string(kind)) + " " + id; }

// Numeric value of an id, or -1 when it is not a number ("a", "fn3").
long numeric_id(const std::string& id) {
  if (id.empty() || id.size() > 9 || id.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stol(id);
}

class Auditor {
 public:
  explicit Auditor(const Document& document) : document_(document) {
    for (const auto& p : document.problems) {
      if (p.code == "note-not-found") reported_missing_.insert(p.note);
      if (p.code == "marker-not-located") unlocated_markers_.insert(p.note);
    }
  }

  std::vector<Problem> run() {
    check_duplicates_and_order();
    check_pairs();
    return std::move(problems_);
  }

 private:
  void add(Severity severity, std::string code, std::string message, const Position& where, const std::string& id) {
    problems_.push_back(Problem{severity, std::move(code), std::move(message), where, id});
  }

  template <typename Item>
  void check_sequence(const std::vector<Item>& items, const char* what, bool repeats_allowed) {
    std::map<NoteKey, const Item*> seen;
    std::map<NoteKind, long> highest;
    for (const auto& item : items) {
      NoteKey key{item.kind, item.id};
      if (seen.count(key)) {
        if (repeats_allowed) continue;
        add(Severity::error, std::string("duplicate-") + what,
            std::string("duplicate ") + what + " for " + label(item.kind, item.id) + " (first at line " +
                std::to_string(seen[key]->position.line) + ")",
            item.position, item.id);
        continue;
      }
      seen[key] = &item;
      long number = numeric_id(item.id);
      if (number < 0) continue;
      auto [it, first] = highest.try_emplace(item.kind, number);
      if (!first && number < it->second)
        add(Severity::warning, "ids-out-of-order",
            std::string(what) + " " + label(item.kind, item.id) + " comes after " + label(item.kind, std::to_string(it->second)),
            item.position, item.id);
      it->second = std::max(it->second, number);
    }
  }

  void check_duplicates_and_order() {
    check_sequence(document_.markers, "marker", document_.markers_can_repeat);
    check_sequence(document_.notes, "note", false);
  }

  void check_pairs() {
    std::set<NoteKey> notes;
    std::set<NoteKey> markers;
    for (const auto& n : document_.notes) notes.insert({n.kind, n.id});
    for (const auto& m : document_.markers) markers.insert({m.kind, m.id});
    for (const auto& m : document_.markers) {
      if (notes.count({m.kind, m.id}) || reported_missing_.count(m.id)) continue;
      add(Severity::error, "marker-without-note", "marker for " + label(m.kind, m.id) + " has no note body",
          m.position, m.id);
    }
    for (const auto& n : document_.notes) {
      if (n.standalone || markers.count({n.kind, n.id}) || unlocated_markers_.count(n.id)) continue;
      add(Severity::error, "note-without-marker", label(n.kind, n.id) + " has no marker in the text", n.position, n.id);
    }
  }

  const Document& document_;
  std::set<std::string> reported_missing_;    // the reader found the marker but no body
  std::set<std::string> unlocated_markers_;  // the reader could not tell where the marker is
  std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> audit_notes(const Document& document) { return Auditor(document).run(); }

}  // namespace citekit::extract
