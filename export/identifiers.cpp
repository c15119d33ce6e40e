#include "export/identifiers.hpp"

#include <string>

namespace citekit::exporting {
namespace {

// The digits (and a final X) of `text`, without hyphens and spaces; "" when
// anything else is in it.
std::string digits(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '-' || c == ' ') continue;
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') out += c == 'x' ? 'X' : c;
    else return {};
  }
  return out;
}

int value(char c) { return c == 'X' ? 10 : c - '0'; }

// Digits weighted n, n-1, ..., 1 (ISBN-10, ISSN): the sum is a multiple of 11.
bool modulo_11(const std::string& number) {
  if (number.find('X') < number.size() - 1) return false;  // X only as the check digit
  int sum = 0;
  for (std::size_t i = 0; i < number.size(); ++i) sum += value(number[i]) * static_cast<int>(number.size() - i);
  return sum % 11 == 0;
}

// Digits weighted 1, 3, 1, 3, ... (ISBN-13): the sum is a multiple of 10.
bool modulo_10(const std::string& number) {
  if (number.find('X') != std::string::npos) return false;
  int sum = 0;
  for (std::size_t i = 0; i < number.size(); ++i) sum += value(number[i]) * (i % 2 ? 3 : 1);
  return sum % 10 == 0;
}

}  // namespace

bool is_valid_isbn(std::string_view isbn) {
  std::string number = digits(isbn);
  if (number.size() == 10) return modulo_11(number);
  if (number.size() == 13) return modulo_10(number);
  return false;
}

bool is_valid_issn(std::string_view issn) {
  std::string number = digits(issn);
  return number.size() == 8 && modulo_11(number);
}

}  // namespace citekit::exporting
