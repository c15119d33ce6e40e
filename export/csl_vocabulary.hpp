#pragma once
// The item types and variables that the CSL data schemas accept
// (csl-data.json for CSL-JSON, csl-data.rnc for CSL XML), so that the CSL
// writers only write what validates.

#include <string_view>

namespace citekit::exporting {

// One of the 45 CSL 1.0.2 item types (the same in both schemas).
bool is_csl_item_type(std::string_view type);
// `type` when it is a CSL item type, else "document" (CSL's catch-all).
std::string_view csl_item_type(std::string_view type);

// A top-level property of a csl-data.json item.
bool is_csl_json_property(std::string_view key);
// A standard (text or number) variable of csl-data.rnc.
bool is_csl_xml_variable(std::string_view variable);
// A name variable of csl-data.rnc.
bool is_csl_xml_name_variable(std::string_view variable);

}  // namespace citekit::exporting
