# Tests of extract/.
