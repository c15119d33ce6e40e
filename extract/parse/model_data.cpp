// The trained labeller model, linked into the library so that every build
// and every installed binary finds it (no path to look up at run time).
// CITEKIT_PARSER_MODEL is the model file's absolute path, set by CMake.

#include "extract/parse/model_data.hpp"

#ifndef CITEKIT_PARSER_MODEL
#error "CITEKIT_PARSER_MODEL must name the model file"
#endif

asm(".section .rodata\n"
    ".balign 16\n"
    ".global citekit_parser_model_begin\n"
    ".hidden citekit_parser_model_begin\n"
    "citekit_parser_model_begin:\n"
    ".incbin \"" CITEKIT_PARSER_MODEL "\"\n"
    ".global citekit_parser_model_end\n"
    ".hidden citekit_parser_model_end\n"
    "citekit_parser_model_end:\n"
    ".previous\n");

extern "C" const char citekit_parser_model_begin[];
extern "C" const char citekit_parser_model_end[];

namespace citekit::extract::parsing {

std::string_view embedded_model_bytes() {
  return {citekit_parser_model_begin, static_cast<std::size_t>(citekit_parser_model_end - citekit_parser_model_begin)};
}

}  // namespace citekit::extract::parsing
