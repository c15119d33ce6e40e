# Tests of cli/.
list(APPEND CITEKIT_TEST_SOURCES
  cli/cli_runner.cpp
  cli/test_cli_accounting.cpp
  cli/test_cli_interrupt.cpp
  cli/test_cli_links.cpp
  cli/test_cli_output.cpp
  cli/test_cli_parse.cpp
  cli/test_cli_readers.cpp
  cli/test_cli_run.cpp
  cli/test_cli_samples.cpp
)
