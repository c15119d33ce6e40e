# Tests of core/.
list(APPEND CITEKIT_TEST_SOURCES core/test_core_text.cpp core/test_core_regex.cpp core/test_core_citation_key.cpp core/test_core_csl_json.cpp
  core/test_core_json_text.cpp)
