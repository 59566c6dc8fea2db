// NormStore holds the normalised forms of one article's tokens and segments, which view it
// (Token::norm, Segment::norm in core/analysis.h): text kept here never moves (it lives in
// blocks that are only ever added), so the views stay valid as long as the store lives, also
// after the store (or the Analysis holding it) is moved. A copy's views would still point into
// the original, so a store cannot be copied. One store replaces an allocation per long norm
// with one per block.
#ifndef MARSAD_CORE_NORM_STORE_H_
#define MARSAD_CORE_NORM_STORE_H_

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// A view of a normalised form kept by a NormStore (Token::norm, Segment::norm): a
// std::string_view that a std::string does not convert to, so that assigning a temporary
// string («token.norm = Normalize(word)») is a compile error instead of a dangling view.
// Views of text that outlives the token are made explicitly: NormView(std::string_view(s)).
class NormView : public std::string_view {
 public:
  constexpr NormView() = default;
  constexpr NormView(std::string_view view) : std::string_view(view) {}   // NOLINT: implicit
  constexpr NormView(const char* literal) : std::string_view(literal) {}  // NOLINT: implicit
  NormView(const std::string&) = delete;
  NormView(std::string&&) = delete;
};

class NormStore {
 public:
  NormStore() = default;
  NormStore(NormStore&& other) noexcept;
  NormStore& operator=(NormStore&& other) noexcept;
  NormStore(const NormStore&) = delete;
  NormStore& operator=(const NormStore&) = delete;

  // Copies `text` into the store and returns the copy, valid for the store's lifetime.
  std::string_view Keep(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > room_) AddBlock(text.size());
    char* copy = next_;
    std::memcpy(copy, text.data(), text.size());
    next_ += text.size();
    room_ -= text.size();
    return {copy, text.size()};
  }

  // For a norm written in place rather than copied: room for `bytes` more in one block, to
  // write there and then keep with Commit. Valid until the next call that adds to the store.
  char* Room(size_t bytes) {
    if (bytes > room_) AddBlock(bytes);
    return next_;
  }
  // Keeps the first `bytes` (no more than asked of Room) written at Room() and returns them,
  // valid for the store's lifetime.
  std::string_view Commit(size_t bytes) {
    if (bytes == 0) return {};
    const std::string_view kept(next_, bytes);
    next_ += bytes;
    room_ -= bytes;
    return kept;
  }

  // Makes room for `bytes` more in one block (a caller that knows the total up front).
  void Reserve(size_t bytes) {
    if (bytes > room_) AddBlock(bytes);
  }

 private:
  static constexpr size_t kMinBlockBytes = 4096;
  void AddBlock(size_t bytes);

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // the free part of the last block
  size_t room_ = 0;
};

}  // namespace marsad

#endif  // MARSAD_CORE_NORM_STORE_H_
