#include "export/exporters.hpp"

#include "core/text.hpp"
#include "export/writers.hpp"

#include <algorithm>

namespace citekit::exporting {
namespace {

using Writer = std::string (*)(const std::vector<Work>&);

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
  Writer writer;
};

// The one dispatch point: every format's name, extension and writer.
constexpr FormatInfo kFormats[] = {
    {Format::bibtex, "bibtex", ".bib", write_bibtex},
    {Format::biblatex, "biblatex", ".bib", write_biblatex},
    {Format::csl_json, "csl-json", ".json", write_csl_json},
    {Format::csl_xml, "csl-xml", ".xml", write_csl_xml},
    {Format::ris, "ris", ".ris", write_ris},
    {Format::mods, "mods", ".xml", write_mods},
};

const FormatInfo* find(Format format) {
  auto it = std::find_if(std::begin(kFormats), std::end(kFormats),
                         [&](const FormatInfo& info) { return info.format == format; });
  return it == std::end(kFormats) ? nullptr : it;
}

}  // namespace

std::string_view to_string(Format format) {
  const FormatInfo* info = find(format);
  return info ? info->name : std::string_view{};
}

std::optional<Format> format_from_string(std::string_view name) {
  std::string wanted = to_lower_ascii(name);
  std::replace(wanted.begin(), wanted.end(), '_', '-');
  for (const auto& info : kFormats)
    if (info.name == wanted) return info.format;
  return std::nullopt;
}

const std::vector<Format>& all_formats() {
  static const std::vector<Format> all = [] {
    std::vector<Format> formats;
    for (const auto& info : kFormats) formats.push_back(info.format);
    return formats;
  }();
  return all;
}

std::string_view file_extension(Format format) {
  const FormatInfo* info = find(format);
  return info ? info->extension : std::string_view{};
}

std::string write(const std::vector<Work>& works, Format format) {
  const FormatInfo* info = find(format);
  return info ? info->writer(works) : std::string{};
}

}  // namespace citekit::exporting
