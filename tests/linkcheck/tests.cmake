# Tests of linkcheck/.
