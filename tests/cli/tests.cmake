# Tests of cli/.
list(APPEND CITEKIT_TEST_SOURCES
  cli/cli_runner.cpp
  cli/test_cli_parse.cpp
  cli/test_cli_run.cpp
  cli/test_cli_samples.cpp
)
