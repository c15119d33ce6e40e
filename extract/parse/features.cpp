#include "extract/parse/features.hpp"

#include "core/text.hpp"
#include "extract/parse/lexicon.hpp"

#include <algorithm>
#include <string>

namespace citekit::extract::parsing {
namespace {

// splitmix64's finaliser: spreads every input bit over the whole hash.
constexpr std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr std::uint64_t combine(std::uint64_t a, std::uint64_t b) { return mix(a * 0x9E3779B97F4A7C15ULL + b); }

// Feature templates. The numbers are part of the model file's meaning:
// changing them means retraining.
enum Template : std::uint64_t {
  t_bias = 1, t_word, t_word_prev, t_word_next, t_bigram_prev, t_prev_word, t_next_word, t_shape, t_suffix,
  t_lexicon, t_lexicon_prev_word, t_lexicon_next_word, t_chunk, t_chunk_prev, t_chunk_next, t_chunk_word,
  t_chunk_word_prev, t_chunk_word_next, t_chunk_place, t_chunk_end, t_position, t_position_chunk, t_index, t_block,
  t_segment_shape, t_segment_year, t_segment_first, t_segment_place, t_quoted, t_seen, t_segment_numbers,
  t_segment_prev, t_segment_next,
};

constexpr std::uint64_t kEdge = 0x5eed;   // "no token here" (before the start, after the end)

// FNV-1a: a value's hash, mixed further when combined with its template.
constexpr std::uint64_t value(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

struct TokenInfo {
  std::uint64_t word = 0;      // lowercase text, or a class for numbers and identifiers
  std::uint64_t shape = 0;
  std::uint32_t lexicon = 0;
  std::uint32_t chunk = 0;     // index of its whitespace-delimited chunk
  std::uint8_t quoted = 0, parenthesised = 0, bracketed = 0;
  bool year = false;
};

struct ChunkInfo {
  std::uint64_t signature = 0;   // "Aa," for "Smith,", "(0)." for "(1999)."
  std::uint64_t word = 0;        // the lowercase chunk ("pp.", "(eds.)"), 0 when long
  std::uint32_t first = 0, last = 0;   // its tokens
  char end = ' ';                // its closing punctuation mark, ' ' when none
  bool ends_sentence = false;
  bool initial = false;
};

// What the tokens before this one held: a closed quotation, "In", an editor
// marker, a colon, a year. Later fields depend on them (after "In" and
// "(Eds.)" comes a container, not a title).
enum Seen : std::uint32_t { seen_quote = 1, seen_in = 2, seen_editor = 4, seen_colon = 8, seen_year = 16 };

// A sentence-like stretch between chunks that close one ("Smith, J. A." is
// one, "Stones in the sea." another): what it holds says which field it is.
struct SegmentInfo {
  std::uint32_t first_chunk = 0, last_chunk = 0;
  std::uint32_t tokens = 0, words = 0, capitalised = 0, initials = 0, commas = 0, numbers = 0;
  bool year = false, quoted = false;
  std::uint64_t first_word = 0;

  // What kind of stretch it is, in a few bits: for its neighbours' features.
  std::uint64_t summary() const {
    std::uint64_t kind = (year ? 1U : 0U) | (numbers ? 2U : 0U) | (initials ? 4U : 0U) | (quoted ? 8U : 0U);
    std::uint64_t size = tokens <= 2 ? tokens : tokens <= 5 ? 3 : tokens <= 10 ? 4 : tokens <= 20 ? 5 : 6;
    return kind * 8 + size;
  }
};

struct Scratch {
  std::vector<TokenInfo> tokens;
  std::vector<ChunkInfo> chunks;
  std::vector<SegmentInfo> segments;
  std::vector<std::uint32_t> segment_of_chunk;
};

char class_letter(char32_t c) {
  if (c < 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') {   // ASCII, inline
    if (c >= 'A' && c <= 'Z') return 'A';
    if (c >= 'a' && c <= 'z') return 'a';
    if (c >= '0' && c <= '9') return '0';
    return static_cast<char>(c);
  }
  switch (char_class(c)) {
    case CharClass::letter: {
      LetterCase lc = letter_case(c);
      return lc == LetterCase::upper ? 'A' : lc == LetterCase::lower ? 'a' : 'L';
    }
    case CharClass::digit: return '0';
    case CharClass::space: return ' ';
    case CharClass::punctuation: break;
  }
  if (c < 0x80) return static_cast<char>(c);
  if (c == U'“' || c == U'”' || c == U'„' || c == U'«' || c == U'»') return '"';
  if (c == U'‘' || c == U'’') return '\'';
  if (c >= 0x2010 && c <= 0x2015) return '-';
  return '*';
}

// Character classes with runs collapsed: "Smith," -> "Aa,", "pp.198-9" -> "a.0-0".
struct Signature {
  static constexpr std::size_t kMax = 12;
  char chars[kMax] = {};
  std::size_t size = 0;
  std::string_view view() const { return {chars, size}; }
};

Signature signature(std::string_view text, std::size_t limit) {
  Signature sig;
  limit = std::min(limit, Signature::kMax);
  for (std::size_t i = 0; i < text.size() && sig.size < limit;) {
    auto byte = static_cast<unsigned char>(text[i]);
    char cls = byte < 0x80 ? class_letter(text[i++]) : class_letter(next_code_point(text, i));
    bool run = cls == 'A' || cls == 'a' || cls == 'L' || cls == '0';
    if (!(run && sig.size && sig.chars[sig.size - 1] == cls)) sig.chars[sig.size++] = cls;
  }
  return sig;
}

std::uint64_t word_value(std::string_view text, const Token& token) {
  switch (token.kind) {
    case TokenKind::url: return value("<url>");
    case TokenKind::doi: return value("<doi>");
    case TokenKind::number:
      // Small numbers as written (issue 3, day 23); longer ones by length.
      if (text.size() <= 2) return value(text);
      {
        const char length[] = {'#', static_cast<char>('0' + std::min<std::size_t>(text.size(), 6))};
        return value(std::string_view(length, 2));
      }
    case TokenKind::word:
    case TokenKind::punctuation: break;
  }
  return lowercase_hash(text);
}

bool is_year(std::string_view digits) {
  if (digits.size() != 4) return false;
  int year = 0;
  for (char c : digits) year = year * 10 + (c - '0');
  return year >= 1500 && year <= 2039;
}

// "J.", "J.-P.", "JP,": initials.
bool is_initial_chunk(std::string_view signature) {
  return signature == "A." || signature == "A.," || signature == "A.A." || signature == "A.A.," || signature == "A.-A." ||
         signature == "A" || signature == "A,";
}

// A chunk ending in "." closes a sentence unless it is an initial ("J.", "J.-P.").
bool closes_sentence(std::string_view chunk_signature) {
  if (chunk_signature.empty() || chunk_signature.back() != '.') return false;
  return !(chunk_signature == "A." || chunk_signature == "A.A." || chunk_signature == "A.-A." ||
           chunk_signature == "(A.)" || chunk_signature == "A.,");
}

void describe_chunks(std::string_view text, const std::vector<Token>& tokens, Scratch& s) {
  s.chunks.clear();
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (i == 0 || tokens[i].space_before) s.chunks.push_back(ChunkInfo{0, 0, i, i, ' ', false, false});
    s.chunks.back().last = i;
  }
  for (auto& chunk : s.chunks) {
    std::string_view bytes = text.substr(tokens[chunk.first].begin, tokens[chunk.last].end - tokens[chunk.first].begin);
    Signature signature_of_chunk = signature(bytes, 12);
    std::string_view sig = signature_of_chunk.view();
    chunk.signature = value(sig);
    chunk.ends_sentence = closes_sentence(sig);
    chunk.initial = is_initial_chunk(sig);
    char last = sig.empty() ? ' ' : sig.back();
    chunk.end = std::string_view(".,;:)]").find(last) == std::string_view::npos ? ' ' : last;
    if (bytes.size() <= 16 && tokens[chunk.first].kind != TokenKind::url) chunk.word = lowercase_hash(bytes);
  }
}

// Quote, parenthesis and bracket state of each token (the marks themselves excluded).
void describe_nesting(std::string_view text, const std::vector<Token>& tokens, Scratch& s) {
  int parens = 0, brackets = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    TokenInfo& info = s.tokens[i];
    info.quoted = quoted;
    info.parenthesised = parens > 0;
    info.bracketed = brackets > 0;
    if (t.kind != TokenKind::punctuation) continue;
    std::string_view mark = t.text(text);
    bool attached_next = i + 1 < tokens.size() && !tokens[i + 1].space_before;
    if (mark == "(") ++parens;
    else if (mark == ")") parens = std::max(0, parens - 1);
    else if (mark == "[") ++brackets;
    else if (mark == "]") brackets = std::max(0, brackets - 1);
    else if (mark == "“" || mark == "„" || mark == "«" || mark == "`") quoted = true;
    else if (mark == "”" || mark == "»") quoted = false;
    else if (mark == "\"" || mark == "'" || mark == "‘" || mark == "’") {
      if (!quoted && t.space_before && attached_next) quoted = mark != "’";
      else if (quoted && !t.space_before) quoted = false;
    }
  }
}

std::uint64_t shape_of(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::punctuation) return value(text);
  if (token.kind == TokenKind::number) return value(std::string_view("ddddd", std::min<std::size_t>(text.size(), 5)));
  if (token.kind != TokenKind::word) return value(token.kind == TokenKind::url ? "<url>" : "<doi>");
  return value(signature(text, 4).view());
}

std::uint32_t bucket(std::size_t n, std::size_t cap) { return static_cast<std::uint32_t>(std::min(n, cap)); }

// 0, 1, 2, 3-5, 6-10, 11-20, more.
std::uint32_t size_class(std::size_t n) { return n <= 2 ? static_cast<std::uint32_t>(n) : n <= 5 ? 3 : n <= 10 ? 4 : n <= 20 ? 5 : 6; }

void describe_segments(std::string_view text, const std::vector<Token>& tokens, Scratch& s) {
  s.segments.clear();
  s.segment_of_chunk.assign(s.chunks.size(), 0);
  for (std::uint32_t c = 0; c < s.chunks.size(); ++c) {
    if (s.segments.empty() || s.chunks[c - 1].ends_sentence) s.segments.push_back(SegmentInfo{c, c, 0, 0, 0, 0, 0, 0, false, false, 0});
    SegmentInfo& seg = s.segments.back();
    seg.last_chunk = c;
    s.segment_of_chunk[c] = static_cast<std::uint32_t>(s.segments.size() - 1);
    const ChunkInfo& chunk = s.chunks[c];
    if (chunk.initial) ++seg.initials;
    if (chunk.end == ',') ++seg.commas;
    for (std::uint32_t i = chunk.first; i <= chunk.last; ++i) {
      ++seg.tokens;
      const TokenInfo& info = s.tokens[i];
      seg.year = seg.year || info.year;
      seg.quoted = seg.quoted || info.quoted;
      if (tokens[i].kind == TokenKind::number && !info.year) ++seg.numbers;
      if (tokens[i].kind != TokenKind::word) continue;
      if (!seg.first_word) seg.first_word = info.word;
      ++seg.words;
      std::size_t at = tokens[i].begin;
      if (letter_case(next_code_point(text, at)) == LetterCase::upper) ++seg.capitalised;
    }
  }
}

void describe_tokens(std::string_view text, const std::vector<Token>& tokens, Scratch& s) {
  s.tokens.assign(tokens.size(), TokenInfo{});
  describe_chunks(text, tokens, s);
  for (std::uint32_t c = 0; c < s.chunks.size(); ++c)
    for (std::uint32_t i = s.chunks[c].first; i <= s.chunks[c].last; ++i) s.tokens[i].chunk = c;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string_view t = tokens[i].text(text);
    TokenInfo& info = s.tokens[i];
    info.word = word_value(t, tokens[i]);
    info.shape = shape_of(t, tokens[i]);
    if (tokens[i].kind == TokenKind::word || t == "&") {
      info.lexicon = lexicon_classes(info.word);
    }
    info.year = tokens[i].kind == TokenKind::number && is_year(t);
  }
  describe_nesting(text, tokens, s);
  describe_segments(text, tokens, s);
}

class Emitter {
 public:
  Emitter(FeatureSequence& out, FeatureLayout layout) : out_(out), layout_(layout) {}
  void add(Template t, std::uint64_t v) { out_.ids.push_back(combine(t, v)); }
  void add(Template t, std::uint64_t a, std::uint64_t b) { out_.ids.push_back(combine(combine(t, a), b)); }
  void lexicon(Template t, std::uint32_t classes) {
    for (std::uint32_t bit = 0; classes; ++bit, classes >>= 1)
      if (classes & 1u) add(t, bit);
  }
  // A feature the whole chunk shares: once per chunk in the shared layout.
  void add_shared(Template t, std::uint64_t v) { shared(combine(t, v)); }
  void add_shared(Template t, std::uint64_t a, std::uint64_t b) { shared(combine(combine(t, a), b)); }
  // Whether the shared features of the current token's chunk are still to be emitted.
  bool wants_shared() const { return layout_ == FeatureLayout::per_token || first_of_chunk_; }
  void start_token(std::uint32_t chunk, bool first_of_chunk) {
    first_of_chunk_ = first_of_chunk;
    if (layout_ == FeatureLayout::shared) out_.chunk_of_token.push_back(chunk);
  }
  void next_token() {
    out_.offsets.push_back(static_cast<std::uint32_t>(out_.ids.size()));
    if (layout_ == FeatureLayout::shared && first_of_chunk_)
      out_.shared_offsets.push_back(static_cast<std::uint32_t>(out_.shared_ids.size()));
  }

 private:
  void shared(FeatureId id) {
    if (layout_ == FeatureLayout::per_token) out_.ids.push_back(id);
    else if (first_of_chunk_) out_.shared_ids.push_back(id);
  }
  FeatureSequence& out_;
  FeatureLayout layout_;
  bool first_of_chunk_ = true;
};

// Nearest word token before (step -1) or after (step +1) token i, or -1.
std::ptrdiff_t nearest_word(const std::vector<Token>& tokens, std::size_t i, std::ptrdiff_t step) {
  for (auto j = static_cast<std::ptrdiff_t>(i) + step; j >= 0 && j < static_cast<std::ptrdiff_t>(tokens.size()); j += step)
    if (tokens[static_cast<std::size_t>(j)].kind != TokenKind::punctuation) return j;
  return -1;
}

struct RunningState {
  std::size_t years = 0;
  std::size_t sentences = 0;
  std::size_t chunk_after_sentence = 0;   // first chunk of the current sentence
  std::uint32_t seen = 0;
  bool was_quoted = false;
};

void token_features(std::string_view text, const std::vector<Token>& tokens, const Scratch& s, std::size_t i,
                    RunningState& state, Emitter& emit) {
  const std::size_t n = tokens.size();
  const TokenInfo& me = s.tokens[i];
  const ChunkInfo& chunk = s.chunks[me.chunk];
  const SegmentInfo& seg = s.segments[s.segment_of_chunk[me.chunk]];
  const auto kind = static_cast<std::uint64_t>(tokens[i].kind);
  auto word_at = [&](std::ptrdiff_t j) {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kEdge : s.tokens[static_cast<std::size_t>(j)].word;
  };
  auto shape_at = [&](std::ptrdiff_t j) {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n) ? kEdge : s.tokens[static_cast<std::size_t>(j)].shape;
  };
  auto chunk_at = [&](std::ptrdiff_t c) -> const ChunkInfo* {
    return c < 0 || c >= static_cast<std::ptrdiff_t>(s.chunks.size()) ? nullptr : &s.chunks[static_cast<std::size_t>(c)];
  };
  const auto at = static_cast<std::ptrdiff_t>(i);
  const auto c = static_cast<std::ptrdiff_t>(me.chunk);
  const ChunkInfo* prev_chunk = chunk_at(c - 1);
  const ChunkInfo* next_chunk = chunk_at(c + 1);

  // The token and its neighbours.
  emit.add(t_bias, 0);
  emit.add(t_word, me.word);
  emit.add(t_word_prev, word_at(at - 1));
  emit.add(t_word_next, word_at(at + 1));
  emit.add(t_bigram_prev, word_at(at - 1), me.word);
  std::ptrdiff_t prev_word = nearest_word(tokens, i, -1), next_word = nearest_word(tokens, i, +1);
  if (prev_word != at - 1) emit.add(t_prev_word, word_at(prev_word));
  if (next_word != at + 1) emit.add(t_next_word, word_at(next_word));
  emit.add(t_shape, combine(combine(shape_at(at - 1), me.shape), shape_at(at + 1)));
  std::string_view t = tokens[i].text(text);
  if (tokens[i].kind == TokenKind::word && t.size() >= 5) emit.add(t_suffix, value(t.substr(t.size() - 3)));
  emit.lexicon(t_lexicon, me.lexicon);
  if (prev_word >= 0) emit.lexicon(t_lexicon_prev_word, s.tokens[static_cast<std::size_t>(prev_word)].lexicon);
  if (next_word >= 0) emit.lexicon(t_lexicon_next_word, s.tokens[static_cast<std::size_t>(next_word)].lexicon);

  // Its whitespace-delimited chunk and the chunks around it.
  bool space_after = i + 1 < n && tokens[i + 1].space_before;
  std::uint64_t place = chunk.first == chunk.last ? 0 : i == chunk.first ? 1 : i == chunk.last ? 3 : 2;
  emit.add(t_chunk_place, place * 4 + (tokens[i].space_before ? 2U : 0U) + (space_after || i + 1 == n ? 1U : 0U), kind);
  std::uint64_t position = text.empty() ? 0 : tokens[i].begin * 10ULL / text.size();
  emit.add(t_position, position);
  emit.add(t_position_chunk, position, chunk.signature);
  emit.add(t_index, bucket(i, 5), bucket(n - 1 - i, 3));
  if (emit.wants_shared()) {
    emit.add_shared(t_chunk, chunk.signature);
    emit.add_shared(t_chunk_prev, prev_chunk ? prev_chunk->signature : kEdge);
    emit.add_shared(t_chunk_next, next_chunk ? next_chunk->signature : kEdge);
    if (chunk.word) emit.add_shared(t_chunk_word, chunk.word);
    emit.add_shared(t_chunk_word_prev, prev_chunk ? prev_chunk->word : kEdge);
    emit.add_shared(t_chunk_word_next, next_chunk ? next_chunk->word : kEdge);
    emit.add_shared(t_chunk_end, static_cast<std::uint64_t>(chunk.end),
                    prev_chunk ? static_cast<std::uint64_t>(prev_chunk->end) : kEdge);
    // Where the chunk stands: its sentence-like segment and how far into it.
    emit.add_shared(t_block, bucket(state.sentences, 4), bucket(me.chunk - state.chunk_after_sentence, 3));
    emit.add_shared(t_segment_shape, size_class(seg.tokens), bucket(seg.initials, 3) * 8 + bucket(seg.commas, 3));
    emit.add_shared(t_segment_year, (seg.year ? 2U : 0U) + (seg.quoted ? 1U : 0U),
                    seg.words ? seg.capitalised * 4 / seg.words : 5);
    emit.add_shared(t_segment_first, seg.first_word);
    std::uint64_t in_segment =
        me.chunk == seg.first_chunk ? (me.chunk == seg.last_chunk ? 0 : 1) : me.chunk == seg.last_chunk ? 3 : 2;
    emit.add_shared(t_segment_place, in_segment, s.segment_of_chunk[me.chunk] == 0);
    std::size_t segment = s.segment_of_chunk[me.chunk];
    emit.add_shared(t_segment_numbers, bucket(seg.numbers, 3), bucket(s.segments.size() - 1 - segment, 3));
    emit.add_shared(t_segment_prev, segment > 0 ? s.segments[segment - 1].summary() : kEdge);
    emit.add_shared(t_segment_next, segment + 1 < s.segments.size() ? s.segments[segment + 1].summary() : kEdge);
  }

  // Quotes and brackets around it, and what came before it.
  emit.add(t_quoted, (me.quoted ? 1U : 0U) + (me.parenthesised ? 2U : 0U) + (me.bracketed ? 4U : 0U) + (me.year ? 8U : 0U),
           bucket(state.years, 2));
  emit.add(t_seen, state.seen);

  if (me.year) ++state.years, state.seen |= seen_year;
  if (me.lexicon & lex_editor) state.seen |= seen_editor;
  if ((me.lexicon & lex_container_lead) && i == chunk.first) state.seen |= seen_in;
  if (t == ":") state.seen |= seen_colon;
  if (state.was_quoted && !me.quoted) state.seen |= seen_quote;
  state.was_quoted = me.quoted;
  if (i == chunk.last && chunk.ends_sentence) ++state.sentences, state.chunk_after_sentence = me.chunk + 1;
}

// The mark before a boundary, in 17 classes: a word, a number, an
// identifier, or which punctuation.
std::uint32_t mark_class(std::string_view text, const Token& token) {
  switch (token.kind) {
    case TokenKind::word: return 0;
    case TokenKind::number: return 1;
    case TokenKind::url:
    case TokenKind::doi: return 2;
    case TokenKind::punctuation: break;
  }
  std::string_view mark = token.text(text);
  if (mark.size() == 1) {   // ASCII marks, the common case, without comparing strings
    switch (mark[0]) {
      case '.': return 3;
      case ',': return 4;
      case ';': return 5;
      case ':': return 6;
      case '(': return 7;
      case ')': return 8;
      case '[': return 9;
      case ']': return 10;
      case '/': return 11;
      case '&': return 12;
      case '"': return 13;
      case '\'':
      case '`': return 14;
      case '-': return 15;
      default: return 16;
    }
  }
  if (mark == "“" || mark == "”" || mark == "„" || mark == "«" || mark == "»") return 13;
  if (mark == "‘" || mark == "’") return 14;
  if (mark == "–" || mark == "—") return 15;
  return 16;
}

// The token after a boundary, in 4 kinds: a mark, a capitalised word, another word, anything else.
std::uint32_t token_kind(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::punctuation) return 0;
  if (token.kind != TokenKind::word) return 3;
  std::size_t at = token.begin;
  return letter_case(next_code_point(text, at)) == LetterCase::upper ? 1 : 2;
}

void describe_boundaries(std::string_view text, const std::vector<Token>& tokens, std::vector<std::uint8_t>& out) {
  out.assign(tokens.size(), 0);
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    std::uint32_t boundary =
        (mark_class(text, tokens[i - 1]) * 2 + (tokens[i].space_before ? 1 : 0)) * 4 + token_kind(text, tokens[i]);
    out[i] = static_cast<std::uint8_t>(boundary);
  }
}
static_assert(kBoundaryClasses == 17 * 2 * 4);

}  // namespace

void extract_features(std::string_view text, const std::vector<Token>& tokens, FeatureSequence& out,
                      FeatureLayout layout) {
  thread_local Scratch scratch;
  out.ids.clear();
  out.offsets.assign(1, 0);
  out.shared_ids.clear();
  out.shared_offsets.clear();
  out.chunk_of_token.clear();
  describe_boundaries(text, tokens, out.boundaries);
  if (tokens.empty()) return;
  if (layout == FeatureLayout::shared) out.shared_offsets.push_back(0);
  describe_tokens(text, tokens, scratch);
  Emitter emit(out, layout);
  RunningState state;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::uint32_t chunk = scratch.tokens[i].chunk;
    emit.start_token(chunk, scratch.chunks[chunk].first == i);
    token_features(text, tokens, scratch, i, state, emit);
    emit.next_token();
  }
}

}  // namespace citekit::extract::parsing
