# Tests of export/.
list(APPEND CITEKIT_TEST_SOURCES
  export/fixtures.cpp
  export/validators.cpp
  export/test_export_exporters.cpp
  export/test_export_bibtex.cpp
  export/test_export_biblatex.cpp
  export/test_export_csl_json.cpp
  export/test_export_csl_xml.cpp
  export/test_export_ris.cpp
  export/test_export_mods.cpp
  export/test_export_bib_entry.cpp
  export/test_export_case_protection.cpp
  export/test_export_latex_escape.cpp
  export/test_export_page_range.cpp
  export/test_export_csl_vocabulary.cpp
  export/test_export_xml_output.cpp
)
