#include "read/iso_date.h"

namespace marsad::read {
namespace {

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string IsoDateOf(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  if (value.size() < 10) return "";
  const char separator = value[4];
  if ((separator != '-' && separator != '/') || value[7] != separator) return "";
  if (value.size() > 10 && value[10] >= '0' && value[10] <= '9') return "";
  const std::string_view year = value.substr(0, 4);
  const std::string_view month = value.substr(5, 2);
  const std::string_view day = value.substr(8, 2);
  if (!AllDigits(year) || !AllDigits(month) || !AllDigits(day)) return "";
  const int m = Number(month);
  const int d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(Number(year), m)) return "";
  std::string out(value.substr(0, 10));
  out[4] = out[7] = '-';
  return out;
}

}  // namespace marsad::read
