// Code generation for the match statement (PEP 634; Python Language Reference 8.6).
//
// Each case compiles its pattern into straight-line checks that jump to a failure
// label; the structural tests (is it a sequence / a mapping / an instance with these
// attributes?) are the Match* opcodes backed by vm/match.cpp, everything else is
// ordinary comparisons, unpacking and stores. See PatternContext in codegen.h for the
// stack discipline: captured values wait on the stack and are stored only when the
// whole pattern has matched, so a failed case binds nothing (CPython 3.11's order).
//
// Compile-time errors are CPython's SyntaxErrors: irrefutable patterns before the last
// case, names bound twice, alternatives binding different names, duplicate literal
// mapping keys, repeated keyword attributes.
#include <algorithm>

#include "compiler/codegen.h"
#include "vm/code.h"
#include "vm/ops.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::compiler {

using vm::Op;

namespace {

// `_` alone: matches anything, binds nothing.
bool is_wildcard(const Pattern* p) {
  if (p->kind != PatternKind::MatchAs) return false;
  const auto* a = p->as<MatchAs>();
  return a->pattern == nullptr && a->name.empty();
}

bool is_star_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchStar && p->as<MatchStar>()->name.empty();
}

// The expressions a value pattern or a mapping key may be: literals (folded signed
// numbers and complex literals included) and dotted names. The parser produces only
// these and f-strings, which CPython rejects here.
bool is_literal_or_attribute(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::Attribute:
    case ExprKind::UnaryOp:
    case ExprKind::BinOp:
      return true;
    default:
      return false;
  }
}

}  // namespace

// match subject:
//   subject
//   for each case but the last: Copy 1; pattern; store names; guard; PopTop; body;
//                               Jump end; fail_pop chain (back to [subject])
//   the last case consumes the subject itself; a trailing `case _:` needs no pattern.
void CodeGen::compile_match(const Match* s) {
  compile_expr(s->subject);
  Label end = new_label();
  size_t n = s->cases.size();
  bool has_default = n > 1 && is_wildcard(s->cases.back()->pattern);
  size_t last_tested = n - (has_default ? 1 : 0) - 1;
  for (size_t i = 0; i <= last_tested; ++i) {
    if (diag_.failed()) return;
    const MatchCase* m = s->cases[i];
    set_line(m->pattern->span);
    bool keep_subject = i != last_tested;
    if (keep_subject) emit(Op::Copy, 1);
    PatternContext pc;
    // Only the last case, or a guarded one, may have a pattern that always matches.
    pc.allow_irrefutable = m->guard != nullptr || i + 1 == n;
    compile_pattern(m->pattern, pc);
    if (diag_.failed()) return;
    for (const std::string& name : pc.stores) name_op(name, Access::Store, m->pattern->span);
    if (m->guard != nullptr) {
      pattern_ensure_fail_pop(pc, 0);
      compile_jump_if(m->guard, false, pc.fail_pop[0]);
    }
    if (keep_subject) emit(Op::PopTop);
    compile_body(m->body);
    emit_jump(Op::Jump, end);
    set_line(m->pattern->span);
    pattern_emit_fail_pop(pc);
  }
  if (has_default && !diag_.failed()) {
    const MatchCase* m = s->cases.back();
    set_line(m->pattern->span);
    if (m->guard != nullptr) compile_jump_if(m->guard, false, end);
    compile_body(m->body);
  }
  bind_label(end);
}

void CodeGen::compile_pattern(const Pattern* p, PatternContext& pc) {
  if (diag_.failed()) return;
  // Errors inside a pattern point at the line of the innermost pattern being checked.
  set_line(p->span);
  switch (p->kind) {
    case PatternKind::MatchValue:
      compile_pattern_value(p->as<MatchValue>(), pc);
      break;
    case PatternKind::MatchSingleton: {
      ConstantKind k = p->as<MatchSingleton>()->value;
      // None, True and False compare by identity.
      if (k == ConstantKind::None) {
        emit(Op::LoadConst, const_none());
      } else {
        load_const(vm::Value::boolean(k == ConstantKind::True), k == ConstantKind::True ? "True" : "False");
      }
      emit(Op::IsOp, 0);
      pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
      break;
    }
    case PatternKind::MatchSequence:
      compile_pattern_sequence(p->as<MatchSequence>(), pc);
      break;
    case PatternKind::MatchMapping:
      compile_pattern_mapping(p->as<MatchMapping>(), pc);
      break;
    case PatternKind::MatchClass:
      compile_pattern_class(p->as<MatchClass>(), pc);
      break;
    case PatternKind::MatchStar:
      // Only reached inside a sequence pattern (the parser allows it nowhere else):
      // the unpacking left the starred list as the subject.
      pattern_store_name(p->as<MatchStar>()->name, p->span, pc);
      break;
    case PatternKind::MatchAs:
      compile_pattern_as(p->as<MatchAs>(), pc);
      break;
    case PatternKind::MatchOr:
      compile_pattern_or(p->as<MatchOr>(), pc);
      break;
  }
}

// A sub-pattern of a sequence, mapping or class pattern may always be irrefutable.
void CodeGen::compile_pattern_subpattern(const Pattern* p, PatternContext& pc) {
  bool saved = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  compile_pattern(p, pc);
  pc.allow_irrefutable = saved;
}

// Matches the topmost of the items an unpack left on the stack against `p` (a
// wildcard just drops it). False once a diagnostic was reported.
bool CodeGen::compile_pattern_unpacked(const Pattern* p, PatternContext& pc) {
  pc.on_top--;
  if (is_wildcard(p)) {
    emit(Op::PopTop);
    return true;
  }
  compile_pattern_subpattern(p, pc);
  return !diag_.failed();
}

void CodeGen::compile_pattern_value(const MatchValue* p, PatternContext& pc) {
  if (!is_literal_or_attribute(p->value)) {
    error(p->span, "patterns may only match literals and attribute lookups");
    return;
  }
  compile_expr(p->value);
  set_line(p->span);
  emit(Op::CompareOp, static_cast<uint32_t>(vm::CompareOp::Eq));
  pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
}

// [p1, .., *rest, .., pn]: MatchSequence; a length check; then either unpacking
// (UnpackSequence / UnpackEx) or, when the star is `*_`, indexing from both ends so a
// long sequence is not copied.
void CodeGen::compile_pattern_sequence(const MatchSequence* p, PatternContext& pc) {
  const std::vector<Pattern*>& patterns = p->patterns;
  size_t size = patterns.size();
  size_t star = size;
  bool only_wildcard = true;
  for (size_t i = 0; i < size; ++i) {
    const Pattern* q = patterns[i];
    if (q->kind == PatternKind::MatchStar) {
      if (star != size) {
        error(q->span, "multiple starred names in sequence pattern");
        return;
      }
      star = i;
    }
    only_wildcard = only_wildcard && (is_wildcard(q) || is_star_wildcard(q));
  }
  bool has_star = star != size;
  bool star_wildcard = has_star && is_star_wildcard(patterns[star]);
  // The subject stays on top for the type and length checks.
  pc.on_top++;
  emit(Op::MatchSequence);
  pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
  if (!has_star || size > 1) {
    emit(Op::GetLen);
    emit(Op::LoadConst, const_int(static_cast<int64_t>(has_star ? size - 1 : size)));
    emit(Op::CompareOp, static_cast<uint32_t>(has_star ? vm::CompareOp::Ge : vm::CompareOp::Eq));
    pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
  }
  pc.on_top--;
  if (only_wildcard) {
    emit(Op::PopTop);
    return;
  }
  if (star_wildcard) {
    // [subject] -> each item by index: i from the front, len - (size - i) after the
    // star (the subject may not support negative indices).
    pc.on_top++;
    for (size_t i = 0; i < size; ++i) {
      const Pattern* q = patterns[i];
      if (is_wildcard(q) || i == star) continue;
      emit(Op::Copy, 1);
      if (i < star) {
        emit(Op::LoadConst, const_int(static_cast<int64_t>(i)));
      } else {
        emit(Op::GetLen);
        emit(Op::LoadConst, const_int(static_cast<int64_t>(size - i)));
        emit(Op::BinaryOp, static_cast<uint32_t>(vm::BinaryOp::Sub));
      }
      emit(Op::BinarySubscr);
      compile_pattern_subpattern(q, pc);
      if (diag_.failed()) return;
    }
    pc.on_top--;
    emit(Op::PopTop);
    return;
  }
  if (!has_star) {
    emit(Op::UnpackSequence, static_cast<uint32_t>(size));
  } else {
    size_t before = star, after = size - star - 1;
    if (before > 255 || after > 0xFFFF) {
      error(p->span, "too many expressions in star-unpacking sequence pattern");
      return;
    }
    emit(Op::UnpackEx, static_cast<uint32_t>(before | (after << 8)));
  }
  pc.on_top += static_cast<int>(size);
  for (const Pattern* q : patterns) {
    if (!compile_pattern_unpacked(q, pc)) return;
  }
}

// {k1: p1, .., **rest}: MatchMapping; len >= number of keys; MatchKeys looks every
// key up at once (None when one is missing); the values are unpacked and matched.
void CodeGen::compile_pattern_mapping(const MatchMapping* p, PatternContext& pc) {
  size_t size = p->keys.size();
  pc.on_top++;
  emit(Op::MatchMapping);
  pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
  if (size == 0 && p->rest.empty()) {
    // `{}` matches any mapping.
    pc.on_top--;
    emit(Op::PopTop);
    return;
  }
  if (size > 0) {
    emit(Op::GetLen);
    emit(Op::LoadConst, const_int(static_cast<int64_t>(size)));
    emit(Op::CompareOp, static_cast<uint32_t>(vm::CompareOp::Ge));
    pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
  }
  // Literal keys must be distinct (by Python equality: 1, 1.0 and True are the same
  // key); keys from dotted names are only checked at run time.
  std::vector<vm::Value> seen;
  for (size_t i = 0; i < size; ++i) {
    const Expr* key = p->keys[i];
    if (!is_literal_or_attribute(key)) {
      error(key->span, "mapping pattern keys may only match literals and attribute lookups");
      return;
    }
    compile_expr(key);
    if (diag_.failed()) return;
    if (key->kind == ExprKind::Attribute || u_->instructions.empty()) continue;
    uint32_t word = u_->instructions.back();
    if (vm::decode_op(word) != Op::LoadConst) continue;
    vm::Value value = u_->code->constants[vm::decode_arg(word)];
    for (vm::Value earlier : seen) {
      vm::Fallible<bool> same = vm::equal(vm_, earlier, value);
      if (same.failed()) {
        (void)vm_.take_pending_exception();
        continue;
      }
      if (same.value()) {
        vm::Fallible<std::string> text = vm::repr_string(vm_, value);
        if (text.failed()) {
          (void)vm_.take_pending_exception();
          error(p->span, "mapping pattern checks duplicate key");
        } else {
          error(p->span, "mapping pattern checks duplicate key (" + text.value() + ")");
        }
        return;
      }
    }
    seen.push_back(value);
  }
  set_line(p->span);
  emit(Op::BuildTuple, static_cast<uint32_t>(size));
  emit(Op::MatchKeys);  // [subject, keys, values or None]
  pc.on_top += 2;
  emit(Op::Copy, 1);
  emit(Op::LoadConst, const_none());
  emit(Op::IsOp, 1);
  pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
  emit(Op::UnpackSequence, static_cast<uint32_t>(size));
  pc.on_top += static_cast<int>(size) - 1;
  for (const Pattern* q : p->patterns) {
    if (!compile_pattern_unpacked(q, pc)) return;
  }
  // [subject, keys]: both are done with once `rest` (if any) is built.
  if (!p->rest.empty()) {
    emit(Op::CopyDictWithoutKeys);  // [subject, rest]
    emit(Op::Swap, 2);
    emit(Op::PopTop);
    pc.on_top -= 2;
    pattern_store_name(p->rest, p->span, pc);
  } else {
    emit(Op::PopTop);
    emit(Op::PopTop);
    pc.on_top -= 2;
  }
}

// Cls(p1, .., k1=q1, ..): MatchClass fetches the attributes (None when the subject
// is not an instance or lacks one); they are unpacked and matched in order.
void CodeGen::compile_pattern_class(const MatchClass* p, PatternContext& pc) {
  size_t nargs = p->patterns.size();
  size_t nattrs = p->kwd_attrs.size();
  for (size_t i = 0; i < nattrs; ++i) {
    const std::string& name = p->kwd_attrs[i];
    if (name == "__debug__") {
      error(p->kwd_patterns[i]->span, "cannot assign to __debug__");
      return;
    }
    for (size_t j = 0; j < i; ++j) {
      if (p->kwd_attrs[j] == name) {
        error(p->kwd_patterns[i]->span, "attribute name repeated in class pattern: " + name);
        return;
      }
    }
  }
  compile_expr(p->cls);
  vm::Tuple* names = vm::make_tuple(vm_, static_cast<uint32_t>(nattrs));
  for (size_t i = 0; i < nattrs; ++i) {
    names->items()[i] = vm::Value::from_object(vm::intern(vm_, p->kwd_attrs[i]));
  }
  emit(Op::LoadConst, add_const(vm::Value::from_object(names), ""));
  set_line(p->span);
  emit(Op::MatchClass, static_cast<uint32_t>(nargs));
  emit(Op::Copy, 1);
  emit(Op::LoadConst, const_none());
  emit(Op::IsOp, 1);
  pc.on_top++;
  pattern_jump_to_fail_pop(Op::PopJumpIfFalse, pc);
  size_t total = nargs + nattrs;
  emit(Op::UnpackSequence, static_cast<uint32_t>(total));
  pc.on_top += static_cast<int>(total) - 1;
  for (size_t i = 0; i < total; ++i) {
    if (!compile_pattern_unpacked(i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs], pc)) return;
  }
}

// `name`, `_`, and `pattern as name`.
void CodeGen::compile_pattern_as(const MatchAs* p, PatternContext& pc) {
  if (p->pattern == nullptr) {
    if (!pc.allow_irrefutable) {
      if (!p->name.empty()) {
        error(p->span, "name capture '" + p->name + "' makes remaining patterns unreachable");
      } else {
        error(p->span, "wildcard makes remaining patterns unreachable");
      }
      return;
    }
    pattern_store_name(p->name, p->span, pc);
    return;
  }
  // Keep a copy of the subject to bind once the inner pattern has matched.
  pc.on_top++;
  emit(Op::Copy, 1);
  compile_pattern(p->pattern, pc);
  if (diag_.failed()) return;
  pc.on_top--;
  pattern_store_name(p->name, p->span, pc);
}

// p1 | p2 | ..: each alternative runs on a copy of the subject with a context of its
// own; the first that matches jumps to `end` with its captures on top, reordered into
// the first alternative's order, and they then join the enclosing capture area.
void CodeGen::compile_pattern_or(const MatchOr* p, PatternContext& pc) {
  Label end = new_label();
  size_t size = p->patterns.size();
  std::vector<std::string> control;
  for (size_t i = 0; i < size; ++i) {
    const Pattern* alt = p->patterns[i];
    PatternContext alt_pc;
    // An irrefutable alternative must be the last one, if it is allowed at all.
    alt_pc.allow_irrefutable = i + 1 == size && pc.allow_irrefutable;
    emit(Op::Copy, 1);
    compile_pattern(alt, alt_pc);
    if (diag_.failed()) return;
    if (i == 0) {
      control = alt_pc.stores;
    } else {
      bool same = alt_pc.stores.size() == control.size();
      for (size_t k = 0; same && k < control.size(); ++k) {
        same = std::find(alt_pc.stores.begin(), alt_pc.stores.end(), control[k]) != alt_pc.stores.end();
      }
      if (!same) {
        error(alt->span, "alternative patterns bind different names");
        return;
      }
      // Reorder the captures (positions 1..n from the top) into control's order with
      // swaps; positions a and b (neither the top) swap through the top.
      std::vector<std::string>& order = alt_pc.stores;
      for (size_t pos = 0; pos < control.size(); ++pos) {
        size_t at = static_cast<size_t>(std::find(order.begin(), order.end(), control[pos]) - order.begin());
        if (at == pos) continue;
        uint32_t a = static_cast<uint32_t>(pos + 1), b = static_cast<uint32_t>(at + 1);
        if (a == 1) {
          emit(Op::Swap, b);
        } else {
          emit(Op::Swap, a);
          emit(Op::Swap, b);
          emit(Op::Swap, a);
        }
        std::swap(order[pos], order[at]);
      }
    }
    emit_jump(Op::Jump, end);
    pattern_emit_fail_pop(alt_pc);
  }
  // No alternative matched: drop the subject and fail.
  emit(Op::PopTop);
  pattern_jump_to_fail_pop(Op::Jump, pc);
  bind_label(end);
  // [.., earlier captures, on_top values, subject, new captures]: move each new
  // capture below everything the enclosing patterns hold.
  int nrots = static_cast<int>(control.size()) + 1 + pc.on_top + static_cast<int>(pc.stores.size());
  for (const std::string& name : control) {
    pattern_rotate(nrots);
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
      error(p->span, "multiple assignments to name '" + name + "' in pattern");
      return;
    }
    pc.stores.push_back(name);
  }
  emit(Op::PopTop);  // the subject
}

// Captures the subject (TOS) as `name`: it moves below the values the enclosing
// patterns hold and waits there until the case has matched. `_` just drops it.
void CodeGen::pattern_store_name(const std::string& name, Span span, PatternContext& pc) {
  if (name.empty()) {
    emit(Op::PopTop);
    return;
  }
  if (name == "__debug__") {
    error(span, "cannot assign to __debug__");
    return;
  }
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
    error(span, "multiple assignments to name '" + name + "' in pattern");
    return;
  }
  pattern_rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

// Moves TOS down to be the count-th item, keeping the order of the items above it.
void CodeGen::pattern_rotate(int count) {
  while (count > 1) emit(Op::Swap, static_cast<uint32_t>(count--));
}

void CodeGen::pattern_ensure_fail_pop(PatternContext& pc, size_t n) {
  while (pc.fail_pop.size() <= n) pc.fail_pop.push_back(new_label());
}

// Jumps (with `op`, which may pop a condition first) to the failure path that pops
// every value the pattern put above the case's base.
void CodeGen::pattern_jump_to_fail_pop(Op op, PatternContext& pc) {
  size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  pattern_ensure_fail_pop(pc, pops);
  emit_jump(op, pc.fail_pop[pops]);
}

// fail_pop[n]: PopTop, fail_pop[n-1]: PopTop, .., fail_pop[0]: (what follows).
void CodeGen::pattern_emit_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
    bind_label(pc.fail_pop[n]);
    emit(Op::PopTop);
  }
  bind_label(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

}  // namespace edge::compiler
