// Code generation for expressions: operators, displays, calls, comprehensions,
// f-strings and conditional jumps.
#include <cstring>

#include "compiler/codegen.h"
#include "vm/bigint.h"
#include "vm/code.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::compiler {

using vm::Op;

namespace {

vm::CompareOp compare_op(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Lt: return vm::CompareOp::Lt;
    case CmpOpKind::LtE: return vm::CompareOp::Le;
    case CmpOpKind::Eq: return vm::CompareOp::Eq;
    case CmpOpKind::NotEq: return vm::CompareOp::Ne;
    case CmpOpKind::Gt: return vm::CompareOp::Gt;
    case CmpOpKind::GtE: return vm::CompareOp::Ge;
    default: return vm::CompareOp::Eq;
  }
}

bool is_identifier_like(const std::string& s) {
  if (s.empty() || s.size() > 40) return false;
  for (char c : s) {
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

std::string double_key(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return "f:" + std::to_string(bits);
}

}  // namespace

void CodeGen::compile_expr(const Expr* e) {
  if (diag_.failed()) return;
  uint32_t saved_line = u_->line;
  set_line(e->span);
  switch (e->kind) {
    case ExprKind::Constant:
      compile_constant(e->as<Constant>());
      break;
    case ExprKind::Name:
      name_op(e->as<Name>()->id, Access::Load, e->span);
      break;
    case ExprKind::BinOp: {
      const auto* b = e->as<BinOp>();
      compile_expr(b->left);
      compile_expr(b->right);
      set_line(e->span);
      emit(Op::BinaryOp, static_cast<uint32_t>(b->op));
      break;
    }
    case ExprKind::UnaryOp: {
      const auto* u = e->as<UnaryOp>();
      // Fold negative numeric literals: -1, -2.5, -9223372036854775808.
      if (u->op == UnaryOpKind::USub && u->operand->is<Constant>()) {
        const Constant* c = u->operand->as<Constant>();
        if (c->value_kind == ConstantKind::Int) {
          vm::BigInt v;
          if (vm::BigInt::parse_literal(c->text, v)) {
            load_const(vm::make_int(vm_, -v), "i:-" + c->text);
            break;
          }
        } else if (c->value_kind == ConstantKind::Float) {
          load_const(vm::Value::from_float(-c->number), double_key(-c->number));
          break;
        }
      }
      compile_expr(u->operand);
      set_line(e->span);
      switch (u->op) {
        case UnaryOpKind::Not: emit(Op::UnaryNot); break;
        case UnaryOpKind::USub: emit(Op::UnaryOp, static_cast<uint32_t>(vm::UnaryOp::Neg)); break;
        case UnaryOpKind::UAdd: emit(Op::UnaryOp, static_cast<uint32_t>(vm::UnaryOp::Pos)); break;
        case UnaryOpKind::Invert: emit(Op::UnaryOp, static_cast<uint32_t>(vm::UnaryOp::Invert)); break;
      }
      break;
    }
    case ExprKind::BoolOp:
      compile_bool_op(e->as<BoolOp>());
      break;
    case ExprKind::Compare:
      compile_compare(e->as<Compare>());
      break;
    case ExprKind::IfExp: {
      const auto* i = e->as<IfExp>();
      Label otherwise = new_label();
      Label end = new_label();
      compile_jump_if(i->test, false, otherwise);
      compile_expr(i->body);
      emit_jump(Op::Jump, end);
      bind_label(otherwise);
      compile_expr(i->orelse);
      bind_label(end);
      break;
    }
    case ExprKind::NamedExpr: {
      const auto* n = e->as<NamedExpr>();
      compile_expr(n->value);
      emit(Op::Copy, 1);
      name_op(n->target->as<Name>()->id, Access::Store, n->target->span);
      break;
    }
    case ExprKind::Lambda:
      compile_lambda(e->as<Lambda>());
      break;
    case ExprKind::Dict:
      compile_dict(e->as<Dict>());
      break;
    case ExprKind::Set:
      compile_sequence_with_star(e->as<Set>()->elts, Op::BuildSet, Op::SetUpdate, false);
      break;
    case ExprKind::List:
      compile_sequence_with_star(e->as<List>()->elts, Op::BuildList, Op::ListExtend, false);
      break;
    case ExprKind::Tuple:
      compile_sequence_with_star(e->as<Tuple>()->elts, Op::BuildTuple, Op::ListExtend, true);
      break;
    case ExprKind::ListComp:
      compile_comprehension(e, e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
      break;
    case ExprKind::SetComp:
      compile_comprehension(e, e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr);
      break;
    case ExprKind::DictComp:
      compile_comprehension(e, e->as<DictComp>()->generators, e->as<DictComp>()->key, e->as<DictComp>()->value);
      break;
    case ExprKind::GeneratorExp:
      compile_comprehension(e, e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt, nullptr);
      break;
    case ExprKind::Await: {
      // Like `yield from`, on the awaitable's iterator; a coroutine runs inline in the
      // awaiting frame's task. GetAwaitable jumps straight to `end` with the value of
      // a concurrency builtin, which has already waited (`await sleep(0)`).
      compile_expr(e->as<Await>()->value);
      emit_await();
      break;
    }
    case ExprKind::Yield: {
      const auto* y = e->as<Yield>();
      if (y->value) {
        compile_expr(y->value);
      } else {
        emit(Op::LoadConst, const_none());
      }
      emit(Op::YieldValue);
      break;
    }
    case ExprKind::YieldFrom: {
      compile_expr(e->as<YieldFrom>()->value);
      emit(Op::GetYieldFromIter);
      emit(Op::LoadConst, const_none());
      Label loop = new_label();
      Label end = new_label();
      bind_label(loop);
      emit_jump(Op::Send, end);
      emit(Op::YieldValue);
      emit_jump(Op::Jump, loop);
      bind_label(end);
      break;
    }
    case ExprKind::Call:
      compile_call(e->as<Call>());
      break;
    case ExprKind::FormattedValue:
      compile_formatted_value(e->as<FormattedValue>());
      break;
    case ExprKind::JoinedStr:
      compile_joined_str(e->as<JoinedStr>());
      break;
    case ExprKind::Attribute: {
      const auto* a = e->as<Attribute>();
      compile_expr(a->value);
      set_line(e->span);
      emit(Op::LoadAttr, name_index(a->attr));
      break;
    }
    case ExprKind::Subscript:
      compile_subscript(e->as<Subscript>());
      break;
    case ExprKind::Starred:
      error(e->span, "can't use starred expression here");
      break;
    case ExprKind::Slice:
      compile_slice_or_expr(e);
      break;
  }
  u_->line = saved_line;
}

void CodeGen::compile_constant(const Constant* c) {
  switch (c->value_kind) {
    case ConstantKind::None:
      emit(Op::LoadConst, const_none());
      break;
    case ConstantKind::True:
      load_const(vm::Value::boolean(true), "True");
      break;
    case ConstantKind::False:
      load_const(vm::Value::boolean(false), "False");
      break;
    case ConstantKind::Ellipsis:
      load_const(vm::Value::from_object(vm_.ellipsis), "...");
      break;
    case ConstantKind::Int: {
      vm::BigInt v;
      if (!vm::BigInt::parse_literal(c->text, v)) {
        error(c->span, "invalid integer literal");
        return;
      }
      load_const(vm::make_int(vm_, std::move(v)), "i:" + c->text);
      break;
    }
    case ConstantKind::Float:
      load_const(vm::Value::from_float(c->number), double_key(c->number));
      break;
    case ConstantKind::Complex:
      error(c->span, "complex numbers are not supported");
      break;
    case ConstantKind::Str:
      if (is_identifier_like(c->text)) {
        emit(Op::LoadConst, const_str(c->text));
      } else {
        load_const(vm::Value::from_object(vm::make_str(vm_, c->text)), "s:" + c->text);
      }
      break;
    case ConstantKind::Bytes:
      load_const(vm::Value::from_object(vm::make_bytes(vm_, c->text)), "b:" + c->text);
      break;
  }
}

void CodeGen::compile_bool_op(const BoolOp* e) {
  Label end = new_label();
  Op jump = e->op == BoolOpKind::And ? Op::JumpIfFalseOrPop : Op::JumpIfTrueOrPop;
  for (size_t i = 0; i < e->values.size(); ++i) {
    compile_expr(e->values[i]);
    if (i + 1 < e->values.size()) emit_jump(jump, end);
  }
  bind_label(end);
}

void CodeGen::compile_compare(const Compare* e) {
  auto emit_cmp = [&](CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Is: emit(Op::IsOp, 0); break;
      case CmpOpKind::IsNot: emit(Op::IsOp, 1); break;
      case CmpOpKind::In: emit(Op::ContainsOp, 0); break;
      case CmpOpKind::NotIn: emit(Op::ContainsOp, 1); break;
      default: emit(Op::CompareOp, static_cast<uint32_t>(compare_op(k))); break;
    }
  };
  compile_expr(e->left);
  if (e->ops.size() == 1) {
    compile_expr(e->comparators[0]);
    set_line(e->span);
    emit_cmp(e->ops[0]);
    return;
  }
  // a < b < c: each middle operand is evaluated once; stop at the first false.
  Label cleanup = new_label();
  Label end = new_label();
  for (size_t i = 0; i + 1 < e->ops.size(); ++i) {
    compile_expr(e->comparators[i]);
    emit(Op::Swap, 2);
    emit(Op::Copy, 2);  // [b, a, b]
    set_line(e->span);
    emit_cmp(e->ops[i]);
    emit_jump(Op::JumpIfFalseOrPop, cleanup);
  }
  compile_expr(e->comparators.back());
  set_line(e->span);
  emit_cmp(e->ops.back());
  emit_jump(Op::Jump, end);
  bind_label(cleanup);  // [b, false]
  emit(Op::Swap, 2);
  emit(Op::PopTop);
  bind_label(end);
}

void CodeGen::compile_jump_if(const Expr* e, bool jump_if_true, Label target) {
  if (e->is<UnaryOp>() && e->as<UnaryOp>()->op == UnaryOpKind::Not) {
    compile_jump_if(e->as<UnaryOp>()->operand, !jump_if_true, target);
    return;
  }
  if (e->is<BoolOp>()) {
    const auto* b = e->as<BoolOp>();
    bool is_and = b->op == BoolOpKind::And;
    // For `and` jumping on false (or `or` jumping on true) every operand jumps to the
    // target directly; otherwise the early operands skip to the end.
    if (is_and != jump_if_true) {
      for (const Expr* v : b->values) compile_jump_if(v, jump_if_true, target);
    } else {
      Label next = new_label();
      for (size_t i = 0; i + 1 < b->values.size(); ++i) compile_jump_if(b->values[i], !jump_if_true, next);
      compile_jump_if(b->values.back(), jump_if_true, target);
      bind_label(next);
    }
    return;
  }
  compile_expr(e);
  emit_jump(jump_if_true ? Op::PopJumpIfTrue : Op::PopJumpIfFalse, target);
}

void CodeGen::compile_sequence_with_star(const std::vector<Expr*>& elts, Op build, Op extend, bool to_tuple) {
  bool has_star = false;
  for (const Expr* x : elts) has_star |= x->is<Starred>();
  if (!has_star) {
    for (const Expr* x : elts) compile_expr(x);
    emit(build, static_cast<uint32_t>(elts.size()));
    return;
  }
  // Build a list (or set) incrementally, then convert for tuples.
  Op container = build == Op::BuildSet ? Op::BuildSet : Op::BuildList;
  Op append = build == Op::BuildSet ? Op::SetAdd : Op::ListAppend;
  size_t i = 0;
  while (i < elts.size() && !elts[i]->is<Starred>()) compile_expr(elts[i++]);
  emit(container, static_cast<uint32_t>(i));
  for (; i < elts.size(); ++i) {
    if (elts[i]->is<Starred>()) {
      compile_expr(elts[i]->as<Starred>()->value);
      emit(extend, 1);
    } else {
      compile_expr(elts[i]);
      emit(append, 1);
    }
  }
  if (to_tuple) emit(Op::ListToTuple);
}

void CodeGen::compile_dict(const Dict* e) {
  size_t i = 0;
  size_t n = e->keys.size();
  uint32_t pending = 0;
  bool built = false;
  while (i < n) {
    if (e->keys[i] == nullptr) {
      if (!built) {
        emit(Op::BuildMap, pending);
        pending = 0;
        built = true;
      } else if (pending > 0) {
        emit(Op::BuildMap, pending);
        emit(Op::DictUpdate, 1);
        pending = 0;
      }
      compile_expr(e->values[i]);
      emit(Op::DictUpdate, 1);
    } else {
      compile_expr(e->keys[i]);
      compile_expr(e->values[i]);
      ++pending;
    }
    ++i;
  }
  if (!built) {
    emit(Op::BuildMap, pending);
  } else if (pending > 0) {
    emit(Op::BuildMap, pending);
    emit(Op::DictUpdate, 1);
  }
}

bool CodeGen::call_has_star(const Call* e) const {
  for (const Expr* a : e->args) {
    if (a->is<Starred>()) return true;
  }
  for (const Keyword* k : e->keywords) {
    if (k->arg.empty()) return true;
  }
  return false;
}

void CodeGen::compile_call(const Call* e) {
  if (call_has_star(e)) {
    compile_expr(e->func);
    emit(Op::PushNull);
    compile_call_args_ex(e->args, e->keywords, e->span);
    set_line(e->span);
    bool has_kwargs = !e->keywords.empty();
    emit(Op::CallFunctionEx, has_kwargs ? 1 : 0);
    return;
  }
  if (e->func->is<Attribute>()) {
    const auto* a = e->func->as<Attribute>();
    compile_expr(a->value);
    set_line(e->func->span);
    emit(Op::LoadMethod, name_index(a->attr));
  } else {
    compile_expr(e->func);
    emit(Op::PushNull);
  }
  for (const Expr* a : e->args) compile_expr(a);
  for (const Keyword* k : e->keywords) compile_expr(k->value);
  set_line(e->span);
  if (!e->keywords.empty()) {
    vm::Tuple* names = vm::make_tuple(vm_, static_cast<uint32_t>(e->keywords.size()));
    for (size_t i = 0; i < e->keywords.size(); ++i) {
      names->items()[i] = vm::Value::from_object(vm::intern(vm_, e->keywords[i]->arg));
    }
    emit(Op::KwNames, add_const(vm::Value::from_object(names), ""));
  }
  emit(Op::Call, static_cast<uint32_t>(e->args.size() + e->keywords.size()));
}

// Positional arguments as one tuple; keyword arguments (if any) as one dict.
void CodeGen::compile_call_args_ex(const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords, Span span) {
  (void)span;
  if (args.size() == 1 && args[0]->is<Starred>()) {
    // f(*x): still copy into a tuple (x may be any iterable).
    emit(Op::BuildList, 0);
    compile_expr(args[0]->as<Starred>()->value);
    emit(Op::ListExtend, 1);
    emit(Op::ListToTuple);
  } else {
    compile_sequence_with_star(args, Op::BuildTuple, Op::ListExtend, true);
  }
  if (keywords.empty()) return;
  emit(Op::BuildMap, 0);
  size_t i = 0;
  while (i < keywords.size()) {
    if (keywords[i]->arg.empty()) {
      compile_expr(keywords[i]->value);
      emit(Op::DictMerge, 1);
      ++i;
      continue;
    }
    uint32_t run = 0;
    while (i < keywords.size() && !keywords[i]->arg.empty()) {
      emit(Op::LoadConst, const_str(keywords[i]->arg));
      compile_expr(keywords[i]->value);
      ++run;
      ++i;
    }
    emit(Op::BuildMap, run);
    emit(Op::DictMerge, 1);
  }
}

void CodeGen::emit_await() {
  Label loop = new_label();
  Label end = new_label();
  emit_jump(Op::GetAwaitable, end);
  emit(Op::LoadConst, const_none());
  bind_label(loop);
  emit_jump(Op::Send, end);
  emit(Op::YieldValue);
  emit_jump(Op::Jump, loop);
  bind_label(end);
}

void CodeGen::compile_lambda(const Lambda* e) {
  Scope* scope = scopes_.scope_for(e);
  uint32_t saved_line = u_->line;
  vm::Code* code = compile_function_body(scope, {}, e->body, source_->line_of(e->span.begin), e->span);
  if (code == nullptr) return;
  u_->line = saved_line;
  compile_make_function(scope, code, e->args, nullptr);
}

void CodeGen::compile_comprehension(const Expr* node, const std::vector<Comprehension*>& generators, const Expr* elt,
                                    const Expr* value) {
  Scope* scope = scopes_.scope_for(node);
  uint32_t saved_line = u_->line;
  // The comprehension body is its own code object taking the first iterator as `.0`.
  enter_unit(scope, source_->line_of(node->span.begin));
  set_line(node->span);
  int result_depth = 0;
  if (node->is<ListComp>()) {
    emit(Op::BuildList, 0);
    result_depth = 1;
  } else if (node->is<SetComp>()) {
    emit(Op::BuildSet, 0);
    result_depth = 1;
  } else if (node->is<DictComp>()) {
    emit(Op::BuildMap, 0);
    result_depth = 1;
  }
  compile_comprehension_generator(generators, 0, node, elt, value, result_depth);
  if (node->is<GeneratorExp>()) emit(Op::LoadConst, const_none());
  emit(Op::ReturnValue);
  if (diag_.failed()) {
    units_.pop_back();
    vm_.temp_roots.pop_back();
    u_ = units_.back().get();
    return;
  }
  vm::Code* code = finish_unit();
  u_->line = saved_line;
  compile_make_function(scope, code, nullptr, nullptr);
  emit(Op::PushNull);
  compile_expr(generators[0]->iter);
  set_line(node->span);
  emit(generators[0]->is_async ? Op::GetAIter : Op::GetIter);
  emit(Op::Call, 1);
}

void CodeGen::compile_comprehension_generator(const std::vector<Comprehension*>& generators, size_t index,
                                              const Expr* node, const Expr* elt, const Expr* value,
                                              int result_depth) {
  const Comprehension* g = generators[index];
  Label top = new_label();
  Label end = new_label();
  if (index == 0) {
    emit(Op::LoadFast, 0);  // .0, the iterator made by the caller
  } else {
    compile_expr(g->iter);
    emit(g->is_async ? Op::GetAIter : Op::GetIter);
  }
  bind_label(top);
  emit_jump(Op::ForIter, end);
  compile_assign_target(g->target);
  for (const Expr* cond : g->ifs) compile_jump_if(cond, false, top);
  if (index + 1 < generators.size()) {
    compile_comprehension_generator(generators, index + 1, node, elt, value, result_depth);
  } else {
    // Stack: [result?, it0, .., itN] -- the result sits below one iterator per level.
    uint32_t offset = static_cast<uint32_t>(generators.size()) + 1;
    if (node->is<GeneratorExp>()) {
      compile_expr(elt);
      emit(Op::YieldValue);
      emit(Op::PopTop);
    } else if (node->is<ListComp>()) {
      compile_expr(elt);
      emit(Op::ListAppend, offset);
    } else if (node->is<SetComp>()) {
      compile_expr(elt);
      emit(Op::SetAdd, offset);
    } else {
      compile_expr(elt);
      compile_expr(value);
      emit(Op::MapAdd, offset);
    }
  }
  emit_jump(Op::Jump, top);
  bind_label(end);
  (void)result_depth;
}

void CodeGen::compile_formatted_value(const FormattedValue* e) {
  compile_expr(e->value);
  uint32_t flags = 0;
  switch (e->conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
  }
  if (e->format_spec != nullptr) {
    compile_expr(e->format_spec);
    flags |= 4;
  }
  emit(Op::FormatValue, flags);
}

void CodeGen::compile_joined_str(const JoinedStr* e) {
  if (e->values.empty()) {
    emit(Op::LoadConst, const_str(""));
    return;
  }
  for (const Expr* v : e->values) compile_expr(v);
  if (e->values.size() > 1) emit(Op::BuildString, static_cast<uint32_t>(e->values.size()));
}

void CodeGen::compile_slice_or_expr(const Expr* e) {
  if (e->is<Slice>()) {
    const auto* s = e->as<Slice>();
    if (s->lower) {
      compile_expr(s->lower);
    } else {
      emit(Op::LoadConst, const_none());
    }
    if (s->upper) {
      compile_expr(s->upper);
    } else {
      emit(Op::LoadConst, const_none());
    }
    if (s->step) {
      compile_expr(s->step);
      emit(Op::BuildSlice, 3);
    } else {
      emit(Op::BuildSlice, 2);
    }
    return;
  }
  if (e->is<Tuple>()) {
    bool has_slice = false;
    for (const Expr* x : e->as<Tuple>()->elts) has_slice |= x->is<Slice>();
    if (has_slice) {
      for (const Expr* x : e->as<Tuple>()->elts) compile_slice_or_expr(x);
      emit(Op::BuildTuple, static_cast<uint32_t>(e->as<Tuple>()->elts.size()));
      return;
    }
  }
  compile_expr(e);
}

void CodeGen::compile_subscript(const Subscript* e) {
  compile_expr(e->value);
  compile_slice_or_expr(e->slice);
  set_line(e->span);
  emit(Op::BinarySubscr);
}

}  // namespace edge::compiler
