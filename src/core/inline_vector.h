// InlineVector is a sequence with the interface of std::vector (the part of it this code base
// uses) that keeps its first N elements inside the object itself: a short sequence, such as
// the one or two clitic segments of most tokens, costs no heap allocation. Longer sequences
// move to the heap like a std::vector.
#ifndef MARSAD_CORE_INLINE_VECTOR_H_
#define MARSAD_CORE_INLINE_VECTOR_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace marsad {

template <typename T, size_t N>
class InlineVector {
  static_assert(N > 0, "InlineVector needs room for at least one inline element");

 public:
  using value_type = T;
  using size_type = size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using pointer = T*;
  using const_pointer = const T*;
  using iterator = T*;
  using const_iterator = const T*;

  InlineVector() noexcept = default;
  InlineVector(std::initializer_list<T> values) {
    reserve(values.size());
    for (const T& value : values) emplace_back(value);
  }
  InlineVector(const InlineVector& other) {
    reserve(other.size_);
    for (const T& value : other) emplace_back(value);
  }
  InlineVector(InlineVector&& other) noexcept { TakeFrom(&other); }
  ~InlineVector() { Release(); }

  InlineVector& operator=(const InlineVector& other) {
    if (this != &other) {
      clear();
      reserve(other.size_);
      for (const T& value : other) emplace_back(value);
    }
    return *this;
  }
  InlineVector& operator=(InlineVector&& other) noexcept {
    if (this != &other) {
      Release();
      data_ = InlineData();
      size_ = 0;
      capacity_ = N;
      TakeFrom(&other);
    }
    return *this;
  }
  InlineVector& operator=(std::initializer_list<T> values) {
    clear();
    reserve(values.size());
    for (const T& value : values) emplace_back(value);
    return *this;
  }

  iterator begin() noexcept { return data_; }
  iterator end() noexcept { return data_ + size_; }
  const_iterator begin() const noexcept { return data_; }
  const_iterator end() const noexcept { return data_ + size_; }
  const_iterator cbegin() const noexcept { return data_; }
  const_iterator cend() const noexcept { return data_ + size_; }

  size_type size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  size_type capacity() const noexcept { return capacity_; }
  // Whether the elements live inside the object (no heap block).
  bool is_inline() const noexcept { return data_ == InlineData(); }

  T* data() noexcept { return data_; }
  const T* data() const noexcept { return data_; }
  T& operator[](size_type i) { return data_[i]; }
  const T& operator[](size_type i) const { return data_[i]; }
  T& front() { return data_[0]; }
  const T& front() const { return data_[0]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }

  void push_back(const T& value) { emplace_back(value); }
  void push_back(T&& value) { emplace_back(std::move(value)); }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    if (size_ == capacity_) {
      // Builds the new element first: args may refer to an element of this sequence.
      const size_type new_capacity = 2 * capacity_;
      T* fresh = Allocate(new_capacity);
      ::new (static_cast<void*>(fresh + size_)) T(std::forward<Args>(args)...);
      MoveElements(data_, size_, fresh);
      DestroyElements(data_, size_);
      FreeHeap();
      data_ = fresh;
      capacity_ = static_cast<uint32_t>(new_capacity);
    } else {
      ::new (static_cast<void*>(data_ + size_)) T(std::forward<Args>(args)...);
    }
    return data_[size_++];
  }

  void pop_back() {
    --size_;
    data_[size_].~T();
  }

  // Removes every element; keeps the capacity, like std::vector.
  void clear() noexcept {
    DestroyElements(data_, size_);
    size_ = 0;
  }

  void reserve(size_type wanted) {
    if (wanted <= capacity_) return;
    T* fresh = Allocate(wanted);
    MoveElements(data_, size_, fresh);
    DestroyElements(data_, size_);
    FreeHeap();
    data_ = fresh;
    capacity_ = static_cast<uint32_t>(wanted);
  }

  void resize(size_type count) {
    if (count < size_) {
      DestroyElements(data_ + count, size_ - count);
      size_ = static_cast<uint32_t>(count);
      return;
    }
    reserve(count);
    while (size_ < count) {
      ::new (static_cast<void*>(data_ + size_)) T();
      ++size_;
    }
  }
  void resize(size_type count, const T& value) {
    if (count < size_) {
      resize(count);
      return;
    }
    reserve(count);
    while (size_ < count) emplace_back(value);
  }

  bool operator==(const InlineVector& other) const {
    return std::equal(begin(), end(), other.begin(), other.end());
  }

 private:
  T* InlineData() noexcept { return std::launder(reinterpret_cast<T*>(inline_)); }
  const T* InlineData() const noexcept { return std::launder(reinterpret_cast<const T*>(inline_)); }

  static T* Allocate(size_type count) { return std::allocator<T>().allocate(count); }
  void FreeHeap() noexcept {
    if (!is_inline()) std::allocator<T>().deallocate(data_, capacity_);
  }
  static void MoveElements(T* from, size_type count, T* to) {
    for (size_type i = 0; i < count; ++i) ::new (static_cast<void*>(to + i)) T(std::move(from[i]));
  }
  static void DestroyElements(T* first, size_type count) noexcept {
    if constexpr (!std::is_trivially_destructible_v<T>) {
      for (size_type i = 0; i < count; ++i) first[i].~T();
    }
  }
  void Release() noexcept {
    DestroyElements(data_, size_);
    FreeHeap();
  }
  // Expects *this empty and inline; leaves other empty (and inline when it was).
  void TakeFrom(InlineVector* other) noexcept {
    if (other->is_inline()) {
      MoveElements(other->data_, other->size_, data_);
      size_ = other->size_;
      other->clear();
      return;
    }
    data_ = other->data_;
    size_ = other->size_;
    capacity_ = other->capacity_;
    other->data_ = other->InlineData();
    other->size_ = 0;
    other->capacity_ = N;
  }

  T* data_ = InlineData();
  uint32_t size_ = 0;
  uint32_t capacity_ = N;
  alignas(T) unsigned char inline_[N * sizeof(T)];
};

}  // namespace marsad

#endif  // MARSAD_CORE_INLINE_VECTOR_H_
