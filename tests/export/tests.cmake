# Tests of export/.
