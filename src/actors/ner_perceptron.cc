#include "actors/ner_perceptron.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <unordered_map>

namespace marsad::actors {
namespace {

constexpr std::string_view kMagic = "marsad-ner-model 1";
constexpr double kScale = 100;  // weights are stored as integers in hundredths

bool IsInside(int tag) { return tag > 0 && tag % 2 == 0; }

// Whether `tag` may follow `previous` (-1: sentence start) in a BIO sequence.
bool Allowed(int previous, int tag) {
  if (!IsInside(tag)) return true;
  return previous == tag || previous == tag - 1;
}

// Viterbi over emission scores [position][tag], start scores and transition scores.
template <typename Start, typename Transition>
std::vector<int> Viterbi(const std::vector<std::array<double, kNerTagCount>>& emissions,
                         const Start& start, const Transition& transition) {
  const size_t n = emissions.size();
  std::vector<int> path(n);
  if (n == 0) return path;
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  std::vector<std::array<double, kNerTagCount>> best(n);
  std::vector<std::array<int8_t, kNerTagCount>> back(n);
  for (int t = 0; t < kNerTagCount; ++t) {
    best[0][t] = Allowed(-1, t) ? start(t) + emissions[0][t] : kNone;
    back[0][t] = -1;
  }
  for (size_t i = 1; i < n; ++i) {
    for (int t = 0; t < kNerTagCount; ++t) {
      double top = kNone;
      int arg = 0;
      for (int p = 0; p < kNerTagCount; ++p) {
        if (best[i - 1][p] == kNone || !Allowed(p, t)) continue;
        const double score = best[i - 1][p] + transition(p, t);
        if (score > top) {
          top = score;
          arg = p;
        }
      }
      best[i][t] = top == kNone ? kNone : top + emissions[i][t];
      back[i][t] = static_cast<int8_t>(arg);
    }
  }
  int last = 0;
  for (int t = 1; t < kNerTagCount; ++t) {
    if (best[n - 1][t] > best[n - 1][last]) last = t;
  }
  for (size_t i = n; i-- > 0;) {
    path[i] = last;
    // back[0] holds -1 (the start) and is never followed.
    last = back[i][last];  // NOLINT(bugprone-signed-char-misuse)
  }
  return path;
}

std::string_view NextLine(std::string_view* text) {
  const size_t newline = text->find('\n');
  std::string_view line = text->substr(0, newline);
  *text = newline == std::string_view::npos ? std::string_view() : text->substr(newline + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Reads whitespace-separated integers from `line` into out; false on a malformed field.
bool ParseInts(std::string_view line, std::vector<long>* out) {
  out->clear();
  const char* p = line.data();
  const char* end = p + line.size();
  while (p < end) {
    while (p < end && *p == ' ') ++p;
    if (p == end) break;
    long value = 0;
    auto [next, ec] = std::from_chars(p, end, value);
    if (ec != std::errc()) return false;
    out->push_back(value);
    p = next;
  }
  return true;
}

long Quantize(double weight) { return std::lround(weight * kScale); }

// Deterministic Fisher–Yates: std::shuffle's use of the generator is not specified.
void Shuffle(std::vector<size_t>* order, std::mt19937_64* random) {
  for (size_t i = order->size(); i > 1; --i) {
    const size_t j = (*random)() % i;
    std::swap((*order)[i - 1], (*order)[j]);
  }
}

// One averaged perceptron over the dense features of the training sentences, its sentences
// shuffled by `seed` each epoch; adds its averaged weights (feature rows, then the transitions
// with the start as row kNerTagCount), divided by `runs`, to *averaged and *averaged_transitions.
void TrainOneOrder(const std::vector<std::vector<std::vector<uint32_t>>>& dense,
                   const std::vector<std::vector<int>>& gold, const NerTrainer::Options& options,
                   uint64_t seed, int runs, const NerTrainer::EpochReport& report,
                   std::vector<double>* averaged, std::vector<double>* averaged_transitions) {
  constexpr size_t kStartRow = kNerTagCount;
  // Weights and, for averaging, the sums of update × time (Daumé's trick): the average is
  // weight - sum / time.
  std::vector<double> weight(averaged->size(), 0), sum(averaged->size(), 0);
  std::vector<double> trans(averaged_transitions->size(), 0), trans_sum(trans.size(), 0);
  double time = 1;
  std::vector<size_t> order(dense.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(seed);
  std::vector<std::array<double, kNerTagCount>> emissions;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &random);
    size_t tokens = 0, correct = 0;
    for (size_t s : order) {
      const auto& positions = dense[s];
      emissions.assign(positions.size(), {});
      for (size_t i = 0; i < positions.size(); ++i) {
        for (uint32_t f : positions[i]) {
          const double* row = &weight[size_t{f} * kNerTagCount];
          for (int t = 0; t < kNerTagCount; ++t) emissions[i][t] += row[t];
        }
      }
      const std::vector<int>& truth = gold[s];
      if (options.margin != 0 || options.missed_name_cost != 0) {
        for (size_t i = 0; i < positions.size(); ++i) {
          for (int t = 0; t < kNerTagCount; ++t) {
            if (t != truth[i]) emissions[i][t] += options.margin;
          }
          if (truth[i] != 0) emissions[i][0] += options.missed_name_cost;
        }
      }
      const std::vector<int> predicted = Viterbi(
          emissions, [&](int t) { return trans[kStartRow * kNerTagCount + t]; },
          [&](int p, int t) { return trans[p * kNerTagCount + t]; });
      auto update = [&](std::vector<double>& w, std::vector<double>& u, size_t index,
                        double delta) {
        w[index] += delta;
        u[index] += delta * time;
      };
      for (size_t i = 0; i < positions.size(); ++i) {
        ++tokens;
        const int g = truth[i], p = predicted[i];
        const size_t gp = i == 0 ? kStartRow : truth[i - 1];
        const size_t pp = i == 0 ? kStartRow : predicted[i - 1];
        if (g == p && gp == pp) {
          ++correct;
          continue;
        }
        correct += g == p;
        update(trans, trans_sum, gp * kNerTagCount + g, 1);
        update(trans, trans_sum, pp * kNerTagCount + p, -1);
        if (g == p) continue;
        for (uint32_t f : positions[i]) {
          update(weight, sum, f * kNerTagCount + g, 1);
          update(weight, sum, f * kNerTagCount + p, -1);
        }
      }
      ++time;
    }
    if (report) report(epoch, tokens ? static_cast<double>(correct) / tokens : 0);
  }
  for (size_t i = 0; i < weight.size(); ++i) (*averaged)[i] += (weight[i] - sum[i] / time) / runs;
  for (size_t i = 0; i < trans.size(); ++i) {
    (*averaged_transitions)[i] += (trans[i] - trans_sum[i] / time) / runs;
  }
}

}  // namespace

int NerTagIndex(std::string_view tag) {
  for (int t = 0; t < kNerTagCount; ++t) {
    if (kNerTags[t] == tag) return t;
  }
  return -1;
}

NerModel::NerModel() { Build({}, {}); }

void NerModel::Build(const std::vector<uint64_t>& keys, const std::vector<Scores>& rows) {
  size_t capacity = 16;
  while (capacity < keys.size() * 3 / 2) capacity *= 2;
  mask_ = capacity - 1;
  slots_.assign(capacity, Slot());
  feature_count_ = keys.size();
  size_t bits = 1 << 12;
  while (bits < keys.size() * 16) bits *= 2;
  presence_mask_ = bits - 1;
  presence_.assign(bits / 64, 0);
  for (size_t i = 0; i < keys.size(); ++i) {
    // Key 0 marks an empty slot; a feature hashing to 0 is stored as 1 (and looked up so).
    const uint64_t key = keys[i] == 0 ? 1 : keys[i];
    uint64_t slot = key & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    slots_[slot].key = key;
    const uint64_t bit = (key >> 32) & presence_mask_;
    presence_[bit >> 6] |= uint64_t{1} << (bit & 63);
    // Key 1 also stands for key 0: mark 0's bit too.
    if (key == 1) presence_[0] |= 1;
    for (int t = 0; t < kNerTagCount; ++t) {
      const long q = std::clamp<long>(Quantize(rows[i][t]), -32767, 32767);
      slots_[slot].weights[t] = static_cast<int16_t>(q);
    }
  }
}

const NerModel::Slot* NerModel::Find(uint64_t key) const {
  if (key == 0) key = 1;
  for (uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
    const Slot& entry = slots_[slot];
    if (entry.key == key) return &entry;
    if (entry.key == 0) return nullptr;
  }
}

void NerModel::AddWeights(const std::vector<uint64_t>& features, Emission* sum) const {
  // The table is far larger than the cache: ask for every slot first, so that the misses
  // overlap instead of coming one after another.
  for (uint64_t feature : features) {
    if (MayHold(feature)) Prefetch(feature);
  }
  for (uint64_t feature : features) AddWeight(feature, sum);
}

void NerModel::QuantizeTransitions() {
  for (int t = 0; t < kNerTagCount; ++t) {
    start_hundredths_[t] = static_cast<int32_t>(Quantize(start_[t]));
    for (int p = 0; p < kNerTagCount; ++p) {
      transition_hundredths_[p][t] = static_cast<int32_t>(Quantize(transition_[p][t]));
      barred_transition_[p][t] = Allowed(p, t) ? transition_hundredths_[p][t] : -(1 << 28);
    }
  }
}

void NerModel::DecodeEmissions(const Emission* emissions, size_t n, std::vector<int>* path,
                               DecodeScratch* scratch) const {
  path->resize(n);
  if (n == 0) return;
  // Scores in hundredths; kNone marks a tag that no valid sequence reaches.
  constexpr int32_t kNone = std::numeric_limits<int32_t>::min();
  // Invalid transitions cost kBarred instead of being skipped: far below any valid score,
  // and small enough that adding it once more cannot overflow (a valid path, through O, is
  // always there to win the max).
  constexpr int32_t kBarred = -(1 << 28);
  std::vector<Emission>& best = scratch->best;
  auto& back = scratch->back;
  best.resize(n);
  back.resize(n);
  for (int t = 0; t < kNerTagCount; ++t) {
    best[0][t] = Allowed(-1, t) ? start_hundredths_[t] + emissions[0][t] : kNone;
    back[0][t] = -1;
  }
  for (int t = 0; t < kNerTagCount; ++t) {
    if (best[0][t] == kNone) best[0][t] = kBarred;
  }
  for (size_t i = 1; i < n; ++i) {
    const Emission& previous = best[i - 1];
    for (int t = 0; t < kNerTagCount; ++t) {
      // An inside tag may only follow its own B- or I- (the others are barred and, B- being
      // always reachable, never win): look at those two alone.
      const int first = IsInside(t) ? t - 1 : 0;
      const int end = IsInside(t) ? t + 1 : kNerTagCount;
      int32_t top = previous[first] + barred_transition_[first][t];
      int arg = first;
      for (int p = first + 1; p < end; ++p) {
        const int32_t score = previous[p] + barred_transition_[p][t];
        if (score > top) {
          top = score;
          arg = p;
        }
      }
      best[i][t] = std::max(top, kBarred) + emissions[i][t];
      back[i][t] = static_cast<int8_t>(arg);
    }
  }
  int last = 0;
  for (int t = 1; t < kNerTagCount; ++t) {
    if (best[n - 1][t] > best[n - 1][last]) last = t;
  }
  for (size_t i = n; i-- > 0;) {
    (*path)[i] = last;
    // back[0] holds -1 (the start) and is never followed.
    last = back[i][last];  // NOLINT(bugprone-signed-char-misuse)
  }
}

std::vector<int> NerModel::Decode(const NerFeatureSequence& sentence) const {
  std::vector<Emission> sums(sentence.size());
  for (size_t i = 0; i < sentence.size(); ++i) {
    sums[i].fill(0);
    AddWeights(sentence[i], &sums[i]);
  }
  return DecodeEmissions(sums);
}

std::vector<int> NerModel::DecodeEmissions(const std::vector<Emission>& sums) const {
  std::vector<int> path;
  DecodeScratch scratch;
  DecodeEmissions(sums.data(), sums.size(), &path, &scratch);
  return path;
}

std::string NerModel::Serialize(std::string_view header) const {
  std::string out;
  std::string_view rest = header;
  while (!rest.empty()) out.append("# ").append(NextLine(&rest)).push_back('\n');
  out.append(kMagic).push_back('\n');
  auto append_row = [&](const Scores& row) {
    for (float w : row) out.append(" ").append(std::to_string(Quantize(w)));
    out.push_back('\n');
  };
  out.append("start");
  append_row(start_);
  for (const Scores& row : transition_) {
    out.append("transition");
    append_row(row);
  }
  // Features in key order, so that the file does not depend on training's hash order.
  std::vector<const Slot*> order;
  order.reserve(feature_count_);
  for (const Slot& slot : slots_) {
    if (slot.key != 0) order.push_back(&slot);
  }
  std::sort(order.begin(), order.end(),
            [](const Slot* a, const Slot* b) { return a->key < b->key; });
  out.append("features ").append(std::to_string(order.size())).push_back('\n');
  char buffer[32];
  for (const Slot* slot : order) {
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(slot->key));
    out.append(buffer);
    for (int t = 0; t < kNerTagCount; ++t) {
      if (slot->weights[t] == 0) continue;
      out.append(" ")
          .append(std::to_string(t))
          .append(":")
          .append(std::to_string(slot->weights[t]));
    }
    out.push_back('\n');
  }
  return out;
}

Expected<NerModel> NerModel::Parse(std::string_view text) { return ParsePrefix(&text); }

Expected<NerModel> NerModel::ParsePrefix(std::string_view* cursor) {
  std::string_view& text = *cursor;
  std::string_view line = NextLine(&text);
  while (!line.empty() && line.front() == '#') line = NextLine(&text);
  if (line != kMagic)
    return Status::Error("not a marsad NER model (expected '" + std::string(kMagic) + "')");
  NerModel model;
  std::vector<long> ints;
  auto read_row = [&](std::string_view name, Scores* row) -> bool {
    std::string_view l = NextLine(&text);
    if (l.substr(0, name.size()) != name) return false;
    if (!ParseInts(l.substr(name.size()), &ints) || ints.size() != kNerTagCount) return false;
    for (int t = 0; t < kNerTagCount; ++t) (*row)[t] = static_cast<float>(ints[t] / kScale);
    return true;
  };
  if (!read_row("start", &model.start_)) return Status::Error("NER model: bad start row");
  for (Scores& row : model.transition_) {
    if (!read_row("transition", &row)) return Status::Error("NER model: bad transition row");
  }
  line = NextLine(&text);
  size_t count = 0;
  if (line.substr(0, 9) != "features " ||
      std::from_chars(line.data() + 9, line.data() + line.size(), count).ec != std::errc()) {
    return Status::Error("NER model: bad features line");
  }
  std::vector<uint64_t> keys;
  std::vector<Scores> rows;
  keys.reserve(count);
  rows.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    line = NextLine(&text);
    const char* p = line.data();
    const char* end = p + line.size();
    uint64_t key = 0;
    auto parsed = std::from_chars(p, end, key, 16);
    if (parsed.ec != std::errc()) {
      return Status::Error("NER model: bad feature line " + std::to_string(i + 1));
    }
    p = parsed.ptr;
    Scores row{};
    while (p < end) {
      if (*p == ' ') {
        ++p;
        continue;
      }
      int tag = 0;
      long value = 0;
      auto t = std::from_chars(p, end, tag);
      if (t.ec != std::errc() || t.ptr == end || *t.ptr != ':' || tag < 0 || tag >= kNerTagCount) {
        return Status::Error("NER model: bad weight on feature line " + std::to_string(i + 1));
      }
      auto v = std::from_chars(t.ptr + 1, end, value);
      if (v.ec != std::errc()) {
        return Status::Error("NER model: bad weight on feature line " + std::to_string(i + 1));
      }
      row[tag] = static_cast<float>(value / kScale);
      p = v.ptr;
    }
    keys.push_back(key);
    rows.push_back(row);
  }
  model.Build(keys, rows);
  model.QuantizeTransitions();
  return model;
}

NerModel NerTrainer::Train(const std::vector<NerFeatureSequence>& sentences,
                           const std::vector<std::vector<int>>& gold, const Options& options,
                           const EpochReport& report) {
  // Dense ids for the features seen often enough, in order of first appearance.
  std::unordered_map<uint64_t, uint32_t> counts;
  for (const NerFeatureSequence& sentence : sentences) {
    for (const auto& position : sentence) {
      for (uint64_t f : position) ++counts[f];
    }
  }
  std::unordered_map<uint64_t, uint32_t> ids;
  std::vector<uint64_t> keys;
  std::vector<std::vector<std::vector<uint32_t>>> dense(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    dense[s].resize(sentences[s].size());
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      for (uint64_t f : sentences[s][i]) {
        if (counts[f] < options.min_count) continue;
        auto [it, inserted] = ids.emplace(f, static_cast<uint32_t>(keys.size()));
        if (inserted) keys.push_back(f);
        dense[s][i].push_back(it->second);
      }
    }
  }
  counts.clear();
  ids.clear();

  // One averaged perceptron a seed; with several (options.ensemble), their averaged weights are
  // averaged again (the runs differ in the order of the sentences).
  const size_t n = keys.size();
  constexpr size_t kStartRow = kNerTagCount;
  const size_t trans_size = static_cast<size_t>(kNerTagCount + 1) * kNerTagCount;
  std::vector<double> final_weight(n * kNerTagCount, 0), final_trans(trans_size, 0);
  const int runs = std::max(1, options.ensemble);
  for (int run = 0; run < runs; ++run) {
    TrainOneOrder(dense, gold, options, options.seed + static_cast<uint64_t>(run), runs, report,
                  &final_weight, &final_trans);
  }
  NerModel model;
  for (int t = 0; t < kNerTagCount; ++t) {
    model.start_[t] = static_cast<float>(final_trans[kStartRow * kNerTagCount + t]);
    for (int p = 0; p < kNerTagCount; ++p) {
      model.transition_[p][t] = static_cast<float>(final_trans[p * kNerTagCount + t]);
    }
  }
  // Every path enters O at a position from the start or from a previous tag: lowering those
  // scores lowers O's score at every position.
  model.start_[0] -= static_cast<float>(options.o_penalty);
  for (int p = 0; p < kNerTagCount; ++p) {
    model.transition_[p][0] -= static_cast<float>(options.o_penalty);
  }
  std::vector<uint64_t> kept_keys;
  std::vector<NerModel::Scores> kept_rows;
  for (size_t f = 0; f < n; ++f) {
    NerModel::Scores row{};
    bool useful = false;
    for (int t = 0; t < kNerTagCount; ++t) {
      const float w = static_cast<float>(final_weight[f * kNerTagCount + t]);
      if (std::fabs(w) >= options.min_weight) {
        row[t] = w;
        useful = true;
      }
    }
    if (!useful) continue;
    kept_keys.push_back(keys[f]);
    kept_rows.push_back(row);
  }
  model.Build(kept_keys, kept_rows);
  model.QuantizeTransitions();
  return model;
}

}  // namespace marsad::actors
