#pragma once
// Result<T>: a value or an Error, for operations that can fail to run at all
// (unreadable file, malformed container). Per-item outcomes are not errors:
// they are Problems attached to the item (see problem.hpp).

#include "core/position.hpp"

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace citekit {

struct Error {
  std::string code;     // stable, kebab-case: "unreadable-file", "malformed-xml"
  std::string message;  // for people
  Position position;    // where, as precisely as known

  // "FILE:LINE:COL: message", "FILE: message" when no line is known, or just
  // the message when nothing of the position is (a wrong option).
  std::string describe() const;
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return checked(); }
  const T& value() const& { return const_cast<Result*>(this)->checked(); }
  T&& value() && { return std::move(checked()); }
  T* operator->() { return &checked(); }
  const T* operator->() const { return &const_cast<Result*>(this)->checked(); }
  T& operator*() { return checked(); }
  const T& operator*() const { return const_cast<Result*>(this)->checked(); }

  const Error& error() const {
    if (ok()) throw std::logic_error("Result::error() on a value");
    return std::get<1>(state_);
  }

 private:
  T& checked() {
    if (!ok()) throw std::logic_error("Result::value() on an error: " + std::get<1>(state_).message);
    return std::get<0>(state_);
  }
  std::variant<T, Error> state_;
};

}  // namespace citekit
