#pragma once
// CSL-JSON conversion of the model: items to and from the JSON objects that
// citeproc, pandoc and Zotero exchange.

#include "core/reference.hpp"
#include "core/result.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

namespace citekit {

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
