# Tests of extract/.
list(APPEND CITEKIT_TEST_SOURCES
  extract/test_extract_access_date.cpp
  extract/test_extract_audit.cpp
  extract/test_extract_contributors.cpp
  extract/test_extract_crf_model.cpp
  extract/test_extract_crf_train.cpp
  extract/test_extract_dates.cpp
  extract/test_extract_identifiers.cpp
  extract/test_extract_input.cpp
  extract/test_extract_item_type.cpp
  extract/test_extract_labeller.cpp
  extract/test_extract_locators.cpp
  extract/test_extract_names.cpp
  extract/test_extract_parse.cpp
  extract/test_extract_seed.cpp
  extract/test_extract_split.cpp
  extract/test_extract_tokenizer.cpp
  extract/test_extract_word_text.cpp
  extract/test_extract_works.cpp
)
