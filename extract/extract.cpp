#include "core/bibliography.hpp"
