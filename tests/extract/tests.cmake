# Tests of extract/.
list(APPEND CITEKIT_TEST_SOURCES
  extract/test_extract_access_date.cpp
  extract/test_extract_audit.cpp
  extract/test_extract_citeproc.cpp
  extract/test_extract_coins.cpp
  extract/test_extract_contributors.cpp
  extract/test_extract_crf_model.cpp
  extract/test_extract_crf_train.cpp
  extract/test_extract_dates.cpp
  extract/test_extract_docx.cpp
  extract/test_extract_docx_body.cpp
  extract/test_extract_fuzz_regressions.cpp
  extract/test_extract_hostile.cpp
  extract/test_extract_html.cpp
  extract/test_extract_identifiers.cpp
  extract/test_extract_input.cpp
  extract/test_extract_item_type.cpp
  extract/test_extract_jats.cpp
  extract/test_extract_labeller.cpp
  extract/test_extract_leading_author.cpp
  extract/test_extract_lexicon.cpp
  extract/test_extract_lists.cpp
  extract/test_extract_locators.cpp
  extract/test_extract_markdown.cpp
  extract/test_extract_names.cpp
  extract/test_extract_note_purpose.cpp
  extract/test_extract_odt.cpp
  extract/test_extract_pandoc_citations.cpp
  extract/test_extract_parse.cpp
  extract/test_extract_pdf.cpp
  extract/test_extract_plain_text.cpp
  extract/test_extract_readers.cpp
  extract/test_extract_seed.cpp
  extract/test_extract_span_repairs.cpp
  extract/test_extract_split.cpp
  extract/test_extract_tokenizer.cpp
  extract/test_extract_word_text.cpp
  extract/test_extract_works.cpp
  extract/zip_builder.cpp
)
# The DOCX tests build zip packages at run time.
list(APPEND CITEKIT_TEST_LIBRARIES PkgConfig::LIBZIP)
