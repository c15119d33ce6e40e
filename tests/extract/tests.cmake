# Tests of extract/.
list(APPEND CITEKIT_TEST_SOURCES
  extract/zip_builder.cpp
  extract/test_extract_audit.cpp
  extract/test_extract_dates.cpp
  extract/test_extract_docx.cpp
  extract/test_extract_fuzz_regressions.cpp
  extract/test_extract_hostile.cpp
  extract/test_extract_html.cpp
  extract/test_extract_input.cpp
  extract/test_extract_jats.cpp
  extract/test_extract_markdown.cpp
  extract/test_extract_names.cpp
  extract/test_extract_odt.cpp
  extract/test_extract_parse.cpp
  extract/test_extract_pdf.cpp
  extract/test_extract_plain_text.cpp
  extract/test_extract_readers.cpp
  extract/test_extract_seed.cpp
  extract/test_extract_split.cpp
  extract/test_extract_word_text.cpp
  extract/test_extract_works.cpp
)
# The DOCX tests build zip packages at run time.
list(APPEND CITEKIT_TEST_LIBRARIES PkgConfig::LIBZIP)
