#pragma once
// CSL-JSON conversion of the model: items to and from the JSON objects that
// citeproc, pandoc and Zotero exchange.

#include "core/reference.hpp"
#include "core/result.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace citekit {

// The CSL-JSON text of an item (or of one name or date), compact, appended
// to `out`: the definition of citekit's CSL-JSON, written directly because
// `citekit parse` writes one per reference.
void append_csl_json(std::string& out, const Reference& item);
void append_csl_json(std::string& out, const Name& name);
void append_csl_json(std::string& out, const Date& date);

// The same as JSON values, for writers that add to them or lay them out.
nlohmann::ordered_json to_csl_json(const Reference& item);
nlohmann::ordered_json to_csl_json(const Name& name);
nlohmann::ordered_json to_csl_json(const Date& date);

// Reads one CSL-JSON item. Unknown variables are kept as strings; values of
// the wrong shape become an error naming the variable.
Result<Reference> reference_from_csl_json(const nlohmann::json& item);
Result<Reference> reference_from_csl_json_text(std::string_view text);

// CSL variables holding names and dates, by CSL 1.0.2.
bool is_csl_name_variable(std::string_view variable);
bool is_csl_date_variable(std::string_view variable);

}  // namespace citekit
