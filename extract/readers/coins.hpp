#pragma once
// COinS (ContextObjects in Spans): the OpenURL 1.0 key/encoded-value
// string a page stores in <span class="Z3988" title="…">, as Wikipedia's
// citation templates do beside each reference, read as a CSL item.

#include "core/reference.hpp"

#include <optional>
#include <string_view>

namespace citekit::extract {

// The item a COinS title attribute describes ("ctx_ver=Z39.88-2004&
// rft_val_fmt=info:ofi/fmt:kev:mtx:book&rft.btitle=…"), origin document;
// nothing when it names no title.
std::optional<Reference> read_coins(std::string_view key_encoded_values);

}  // namespace citekit::extract
