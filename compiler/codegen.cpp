// Code generation for modules, functions and statements (expressions are in
// codegen_expr.cpp). See codegen.h for the emission model.
#include "compiler/codegen.h"

#include <cassert>

#include "vm/code.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::compiler {

using vm::Op;

CodeGen::CodeGen(vm::VM& vm, Diagnostics& diagnostics, std::shared_ptr<const SourceFile> source,
                 const ScopeTable& scopes)
    : vm_(vm), diag_(diagnostics), source_(std::move(source)), scopes_(scopes) {}

// --- units -----------------------------------------------------------------------------------

void CodeGen::enter_unit(Scope* scope, uint32_t first_line) {
  auto unit = std::make_unique<Unit>();
  unit->scope = scope;
  unit->line = first_line;
  unit->code = vm::make_code(vm_);
  // Keep the code object reachable while it is being built (exec() compiles while a
  // program runs, so a collection may happen before the code is published).
  vm_.temp_roots.push_back(vm::Value::from_object(unit->code));
  for (size_t i = 0; i < scope->varnames.size(); ++i) unit->varname_index[scope->varnames[i]] = static_cast<uint32_t>(i);
  uint32_t slot = 0;
  for (const std::string& c : scope->cellvars) unit->cell_index[c] = slot++;
  for (const std::string& f : scope->freevars) unit->cell_index[f] = slot++;
  units_.push_back(std::move(unit));
  u_ = units_.back().get();
}

vm::Code* CodeGen::finish_unit() {
  Unit& u = *u_;
  vm::Code* code = u.code;
  // Patch jumps.
  for (auto [at, label] : u.fixups) {
    int32_t target = u.label_pos[label];
    assert(target >= 0);
    vm::Op op = vm::decode_op(u.instructions[at]);
    u.instructions[at] = vm::encode(op, static_cast<uint32_t>(target));
  }
  // Exception table: runs of instructions with the same innermost handler.
  size_t n = u.instructions.size();
  size_t i = 0;
  while (i < n) {
    int32_t region = u.instr_handler[i];
    size_t j = i + 1;
    while (j < n && u.instr_handler[j] == region) ++j;
    if (region >= 0) {
      const HandlerRegion& r = u.regions[region];
      code->exception_table.push_back(vm::ExceptionTableEntry{static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                                                               static_cast<uint32_t>(u.label_pos[r.handler]),
                                                               static_cast<uint32_t>(r.depth)});
    }
    i = j;
  }
  code->instructions = std::move(u.instructions);
  code->lines = std::move(u.lines);
  code->stacksize = static_cast<uint32_t>(u.max_depth) + 1;
  Scope* s = u.scope;
  for (const std::string& name : s->varnames) code->varnames.push_back(vm::intern(vm_, name));
  for (const std::string& name : s->cellvars) {
    code->cellvars.push_back(vm::intern(vm_, name));
    int32_t param = -1;
    for (uint32_t p = 0; p < s->argcount + s->kwonlyargcount + s->has_varargs + s->has_varkeywords; ++p) {
      if (s->varnames[p] == name) param = static_cast<int32_t>(p);
    }
    code->cell_param_index.push_back(param);
  }
  for (const std::string& name : s->freevars) code->freevars.push_back(vm::intern(vm_, name));
  code->argcount = s->argcount;
  code->posonlyargcount = s->posonlyargcount;
  code->kwonlyargcount = s->kwonlyargcount;
  if (s->has_varargs) code->flags |= vm::kCodeVarArgs;
  if (s->has_varkeywords) code->flags |= vm::kCodeVarKeywords;
  // A coroutine's body is a suspendable frame object just like a generator's; the
  // coroutine flag picks the object's type (vm/types/generator.cpp).
  // An async list/set/dict comprehension is a plain function: `await` and `async for`
  // work in any frame of a task, so it needs no coroutine object of its own.
  bool async_body = s->is_coroutine && !(s->kind == ScopeKind::Comprehension && !s->is_generator);
  if (s->is_generator || async_body) code->flags |= vm::kCodeGenerator;
  if (async_body && s->is_generator) {
    code->flags |= vm::kCodeAsyncGenerator;
  } else if (async_body) {
    code->flags |= vm::kCodeCoroutine;
  }
  if (s->kind == ScopeKind::Module) code->flags |= vm::kCodeModule;
  if (s->kind == ScopeKind::Class) code->flags |= vm::kCodeClassBody;
  if (s->kind == ScopeKind::Comprehension) code->flags |= vm::kCodeComprehension;
  if (!s->has_varargs && !s->has_varkeywords && s->kwonlyargcount == 0 && s->cellvars.empty() &&
      !s->is_generator && !s->is_coroutine) {
    code->flags |= vm::kCodeSimpleArgs;
  }
  code->name = vm::intern(vm_, s->name);
  code->qualname = vm::intern(vm_, s->qualname);
  code->filename = vm::make_str(vm_, source_->path());
  code->source = source_;

  units_.pop_back();
  vm_.temp_roots.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

namespace {

// Does a module or class body annotate a variable (at any block depth, but not inside
// nested functions or classes)? Then it gets an `__annotations__` dict up front.
bool has_annotations(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::If:
        if (has_annotations(s->as<If>()->body) || has_annotations(s->as<If>()->orelse)) return true;
        break;
      case StmtKind::For:
        if (has_annotations(s->as<For>()->body) || has_annotations(s->as<For>()->orelse)) return true;
        break;
      case StmtKind::While:
        if (has_annotations(s->as<While>()->body) || has_annotations(s->as<While>()->orelse)) return true;
        break;
      case StmtKind::With:
        if (has_annotations(s->as<With>()->body)) return true;
        break;
      case StmtKind::Try: {
        const auto* t = s->as<Try>();
        if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody)) return true;
        for (const ExceptHandler* h : t->handlers) {
          if (has_annotations(h->body)) return true;
        }
        break;
      }
      case StmtKind::Match:
        for (const MatchCase* c : s->as<Match>()->cases) {
          if (has_annotations(c->body)) return true;
        }
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

vm::Code* CodeGen::compile_module(const Module& module) {
  Scope* scope = scopes_.module_scope();
  enter_unit(scope, 1);
  u_->code->first_line = 1;
  // A leading string literal is the module docstring (not in `single` mode, where it
  // is displayed like any other expression).
  size_t start = 0;
  if (display_hook_.is_null() && !module.body.empty() && module.body[0]->is<ExprStmt>()) {
    const Expr* v = module.body[0]->as<ExprStmt>()->value;
    if (v->is<Constant>() && v->as<Constant>()->value_kind == ConstantKind::Str) {
      set_line(module.body[0]->span);
      compile_expr(v);
      name_op("__doc__", Access::Store, v->span);
      start = 1;
    }
  }
  if (has_annotations(module.body)) emit(Op::SetupAnnotations);
  for (size_t i = start; i < module.body.size() && !diag_.failed(); ++i) compile_stmt(module.body[i]);
  if (diag_.failed()) return nullptr;
  emit(Op::LoadConst, const_none());
  emit(Op::ReturnValue);
  return finish_unit();
}

vm::Code* CodeGen::compile_eval(const Module& module) {
  enter_unit(scopes_.module_scope(), 1);
  u_->code->first_line = 1;
  const Stmt* s = module.body.at(0);
  set_line(s->span);
  compile_expr(s->as<ExprStmt>()->value);
  if (diag_.failed()) return nullptr;
  emit(Op::ReturnValue);
  return finish_unit();
}

vm::Code* CodeGen::compile_function_body(Scope* scope, const std::vector<Stmt*>& body, const Expr* lambda_body,
                                         uint32_t first_line, Span span) {
  enter_unit(scope, first_line);
  u_->code->first_line = first_line;
  if (lambda_body != nullptr) {
    set_line(lambda_body->span);
    compile_expr(lambda_body);
    if (scope->is_generator) {
      // `lambda: (yield)` is a generator whose return value is discarded.
      emit(Op::PopTop);
      emit(Op::LoadConst, const_none());
    }
    emit(Op::ReturnValue);
  } else {
    size_t start = 0;
    if (!body.empty() && body[0]->is<ExprStmt>() && body[0]->as<ExprStmt>()->value->is<Constant>() &&
        body[0]->as<ExprStmt>()->value->as<Constant>()->value_kind == ConstantKind::Str) {
      const Constant* c = body[0]->as<ExprStmt>()->value->as<Constant>();
      u_->code->doc = vm::Value::from_object(vm::make_str(vm_, c->text));
      start = 1;
    }
    for (size_t i = start; i < body.size() && !diag_.failed(); ++i) compile_stmt(body[i]);
    if (u_->reachable) {
      emit(Op::LoadConst, const_none());
      emit(Op::ReturnValue);
    }
  }
  (void)span;
  if (diag_.failed()) {
    units_.pop_back();
    vm_.temp_roots.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return nullptr;
  }
  return finish_unit();
}

// --- emission ------------------------------------------------------------------------------

void CodeGen::emit(Op op, uint32_t arg) {
  Unit& u = *u_;
  if (!u.reachable) return;
  if (arg > vm::kMaxArg) {
    error(Span{}, "program too large: an instruction operand exceeds 2**24");
    return;
  }
  u.instructions.push_back(vm::encode(op, arg));
  u.lines.push_back(u.line);
  u.instr_handler.push_back(current_region());
  u.depth += vm::stack_effect(op, arg, false);
  if (u.depth > u.max_depth) u.max_depth = u.depth;
  vm::Flow flow = vm::op_flow(op);
  if (flow == vm::Flow::Goto || flow == vm::Flow::Stop) u.reachable = false;
}

void CodeGen::emit_jump(Op op, Label target) {
  Unit& u = *u_;
  if (!u.reachable) return;
  int jump_depth = u.depth + vm::stack_effect(op, 0, true);
  if (u.label_depth[target] < 0) u.label_depth[target] = jump_depth;
  u.fixups.emplace_back(static_cast<uint32_t>(u.instructions.size()), target);
  emit(op, 0);
}

CodeGen::Label CodeGen::new_label() {
  u_->label_pos.push_back(-1);
  u_->label_depth.push_back(-1);
  return static_cast<Label>(u_->label_pos.size() - 1);
}

void CodeGen::bind_label(Label label) {
  Unit& u = *u_;
  u.label_pos[label] = static_cast<int32_t>(u.instructions.size());
  if (!u.reachable) {
    if (u.label_depth[label] >= 0) {
      u.depth = u.label_depth[label];
      u.reachable = true;
    }
  } else if (u.label_depth[label] < 0) {
    u.label_depth[label] = u.depth;
  }
}

void CodeGen::set_depth(int depth) {
  u_->depth = depth;
  if (depth > u_->max_depth) u_->max_depth = depth;
}

uint32_t CodeGen::add_const(vm::Value value, const std::string& key) {
  Unit& u = *u_;
  if (!key.empty()) {
    auto it = u.const_index.find(key);
    if (it != u.const_index.end()) return it->second;
  }
  uint32_t index = static_cast<uint32_t>(u.code->constants.size());
  u.code->constants.push_back(value);
  if (!key.empty()) u.const_index.emplace(key, index);
  return index;
}

uint32_t CodeGen::const_none() { return add_const(vm::Value::none(), "None"); }

uint32_t CodeGen::const_str(const std::string& s) {
  auto it = u_->const_index.find("s:" + s);
  if (it != u_->const_index.end()) return it->second;
  return add_const(vm::Value::from_object(vm::intern(vm_, s)), "s:" + s);
}

uint32_t CodeGen::const_int(int64_t v) {
  return add_const(vm::make_int(vm_, v), "i:" + std::to_string(v));
}

uint32_t CodeGen::name_index(const std::string& name) {
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(u_->code->names.size());
  u_->code->names.push_back(vm::intern(vm_, name));
  u_->name_index.emplace(name, index);
  return index;
}

void CodeGen::push_region(Label handler, int below_top) {
  Unit& u = *u_;
  u.regions.push_back(HandlerRegion{handler, u.reachable ? u.depth - below_top : 0});
  u.label_depth[handler] = u.regions.back().depth + 1;
  u.region_stack.push_back(static_cast<int32_t>(u.regions.size() - 1));
}

void CodeGen::pop_region() { u_->region_stack.pop_back(); }

void CodeGen::leave_handler(const std::function<void()>& emit_exit) {
  // After PopExcept the stack is below the cleanup region's depth, so the exit code
  // must not be covered by that region.
  int32_t region = u_->region_stack.back();
  u_->region_stack.pop_back();
  emit_exit();
  u_->region_stack.push_back(region);
}

int32_t CodeGen::current_region() const { return u_->region_stack.empty() ? -1 : u_->region_stack.back(); }

void CodeGen::set_line(Span span) { u_->line = source_->line_of(span.begin); }

// --- names ---------------------------------------------------------------------------------

void CodeGen::name_op(const std::string& name, Access access, Span span) {
  (void)span;
  Scope* scope = u_->scope;
  NameScope where = scope->scope_of(name);
  switch (where) {
    case NameScope::Local:
      if (scope->is_function_like()) {
        uint32_t index = u_->varname_index.at(name);
        emit(access == Access::Load ? Op::LoadFast : access == Access::Store ? Op::StoreFast : Op::DeleteFast, index);
        return;
      }
      break;  // class bodies: the namespace dict
    case NameScope::Cell:
    case NameScope::Free:
      if (scope->kind == ScopeKind::Class && where == NameScope::Free && access == Access::Load) {
        emit(Op::LoadClassDeref, u_->cell_index.at(name));
        return;
      }
      if (scope->kind != ScopeKind::Class || where == NameScope::Cell) {
        uint32_t index = u_->cell_index.at(name);
        emit(access == Access::Load ? Op::LoadDeref : access == Access::Store ? Op::StoreDeref : Op::DeleteDeref,
             index);
        return;
      }
      break;
    case NameScope::GlobalExplicit:
      emit(access == Access::Load ? Op::LoadGlobal : access == Access::Store ? Op::StoreGlobal : Op::DeleteGlobal,
           name_index(name));
      return;
    case NameScope::GlobalImplicit:
      if (scope->is_function_like()) {
        emit(access == Access::Load ? Op::LoadGlobal : access == Access::Store ? Op::StoreGlobal : Op::DeleteGlobal,
             name_index(name));
        return;
      }
      break;
  }
  emit(access == Access::Load ? Op::LoadName : access == Access::Store ? Op::StoreName : Op::DeleteName,
       name_index(name));
}

// --- statements --------------------------------------------------------------------------------

void CodeGen::compile_body(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    if (diag_.failed()) return;
    compile_stmt(s);
  }
}

void CodeGen::compile_stmt(const Stmt* stmt) {
  set_line(stmt->span);
  switch (stmt->kind) {
    case StmtKind::FunctionDef:
      compile_function_def(stmt->as<FunctionDef>());
      break;
    case StmtKind::ClassDef:
      compile_class_def(stmt->as<ClassDef>());
      break;
    case StmtKind::Return:
      compile_return(stmt->as<Return>());
      break;
    case StmtKind::Delete:
      for (const Expr* t : stmt->as<Delete>()->targets) compile_delete_target(t);
      break;
    case StmtKind::Assign: {
      const auto* a = stmt->as<Assign>();
      compile_expr(a->value);
      for (size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) emit(Op::Copy, 1);
        compile_assign_target(a->targets[i]);
      }
      break;
    }
    case StmtKind::AugAssign:
      compile_aug_assign(stmt->as<AugAssign>());
      break;
    case StmtKind::AnnAssign: {
      const auto* a = stmt->as<AnnAssign>();
      // PEP 526: the value is assigned first; then, in module and class bodies only,
      // the annotation is evaluated and a simple name's goes into __annotations__.
      bool evaluated = u_->scope->kind == ScopeKind::Module || u_->scope->kind == ScopeKind::Class;
      if (a->value != nullptr) {
        compile_expr(a->value);
        compile_assign_target(a->target);
      } else if (!a->target->is<Name>()) {
        // `obj.attr: int` evaluates `obj` (and a subscript's key) for side effects.
        if (a->target->is<Attribute>()) {
          compile_expr(a->target->as<Attribute>()->value);
          emit(Op::PopTop);
        } else if (a->target->is<Subscript>()) {
          compile_expr(a->target->as<Subscript>()->value);
          emit(Op::PopTop);
          compile_slice_or_expr(a->target->as<Subscript>()->slice);
          emit(Op::PopTop);
        }
      }
      if (evaluated) {
        set_line(a->annotation->span);
        compile_expr(a->annotation);
        if (a->simple && a->target->is<Name>()) {
          name_op("__annotations__", Access::Load, a->span);
          emit(Op::LoadConst, const_str(a->target->as<Name>()->id));
          emit(Op::StoreSubscr);
        } else {
          emit(Op::PopTop);
        }
      }
      break;
    }
    case StmtKind::For:
      compile_for(stmt->as<For>());
      break;
    case StmtKind::While:
      compile_while(stmt->as<While>());
      break;
    case StmtKind::If:
      compile_if(stmt->as<If>());
      break;
    case StmtKind::With:
      compile_with(stmt->as<With>(), 0);
      break;
    case StmtKind::Match:
      compile_match(stmt->as<Match>());
      break;
    case StmtKind::Raise:
      compile_raise(stmt->as<Raise>());
      break;
    case StmtKind::Try:
      compile_try(stmt->as<Try>());
      break;
    case StmtKind::Assert:
      compile_assert(stmt->as<Assert>());
      break;
    case StmtKind::Import:
      compile_import(stmt->as<Import>());
      break;
    case StmtKind::ImportFrom:
      compile_import_from(stmt->as<ImportFrom>());
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
      break;
    case StmtKind::ExprStmt: {
      const Expr* v = stmt->as<ExprStmt>()->value;
      if (!display_hook_.is_null() && u_->scope->kind == ScopeKind::Module) {
        // hook(value): the interactive echo of `single` mode.
        load_const(display_hook_, "<displayhook>");
        emit(Op::PushNull);
        compile_expr(v);
        emit(Op::Call, 1);
        emit(Op::PopTop);
        break;
      }
      if (v->is<Constant>()) break;  // a bare constant (e.g. a docstring) has no effect
      compile_expr(v);
      emit(Op::PopTop);
      break;
    }
    case StmtKind::Break:
      compile_break_continue(stmt, true);
      break;
    case StmtKind::Continue:
      compile_break_continue(stmt, false);
      break;
  }
}

void CodeGen::compile_make_function(Scope* scope, vm::Code* code, const Arguments* args, const Expr* returns) {
  uint32_t flags = 0;
  if (args != nullptr && !args->defaults.empty()) {
    for (const Expr* d : args->defaults) compile_expr(d);
    emit(Op::BuildTuple, static_cast<uint32_t>(args->defaults.size()));
    flags |= 1;
  }
  if (args != nullptr) {
    uint32_t n = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
      if (args->kw_defaults[i] == nullptr) continue;
      emit(Op::LoadConst, const_str(args->kwonlyargs[i]->arg));
      compile_expr(args->kw_defaults[i]);
      ++n;
    }
    if (n > 0) {
      emit(Op::BuildMap, n);
      flags |= 2;
    }
    // Annotations are evaluated when the function is defined (no PEP 563 semantics),
    // in parameter order, then `return`.
    uint32_t count = 0;
    auto annotate = [&](const Arg* a) {
      if (a == nullptr || a->annotation == nullptr) return;
      emit(Op::LoadConst, const_str(a->arg));
      compile_expr(a->annotation);
      ++count;
    };
    for (const Arg* a : args->posonlyargs) annotate(a);
    for (const Arg* a : args->args) annotate(a);
    annotate(args->vararg);
    for (const Arg* a : args->kwonlyargs) annotate(a);
    annotate(args->kwarg);
    if (returns != nullptr) {
      emit(Op::LoadConst, const_str("return"));
      compile_expr(returns);
      ++count;
    }
    if (count > 0) {
      emit(Op::BuildMap, count);
      flags |= 4;
    }
  }
  if (!scope->freevars.empty()) {
    for (const std::string& name : scope->freevars) {
      auto it = u_->cell_index.find(name);
      if (it == u_->cell_index.end()) {
        error(Span{}, "internal error: free variable '" + name + "' has no cell in the enclosing scope");
        return;
      }
      emit(Op::LoadClosure, it->second);
    }
    emit(Op::BuildTuple, static_cast<uint32_t>(scope->freevars.size()));
    flags |= 8;
  }
  emit(Op::LoadConst, add_const(vm::Value::from_object(code), ""));
  emit(Op::MakeFunction, flags);
}

void CodeGen::compile_function_def(const FunctionDef* f) {
  for (const Expr* d : f->decorator_list) {
    compile_expr(d);
    emit(Op::PushNull);
  }
  Scope* scope = scopes_.scope_for(f);
  uint32_t saved_line = u_->line;
  vm::Code* code = compile_function_body(scope, f->body, nullptr, source_->line_of(f->span.begin), f->span);
  if (code == nullptr) return;
  u_->line = saved_line;
  compile_make_function(scope, code, f->args, f->returns);
  for (size_t i = 0; i < f->decorator_list.size(); ++i) emit(Op::Call, 1);
  name_op(f->binding.empty() ? f->name : f->binding, Access::Store, f->name_span);
}

// class C(B1, B2, kw=v): body  ==>  __build_class__(<body function>, "C", B1, B2, kw=v),
// decorated, stored as C. The body function runs with the class namespace as its
// locals; if a method uses zero-argument super() (or __class__), the body returns the
// __class__ cell through the namespace key __classcell__ for type() to fill in.
void CodeGen::compile_class_def(const ClassDef* c) {
  for (const Expr* d : c->decorator_list) {
    compile_expr(d);
    emit(Op::PushNull);
  }
  Scope* scope = scopes_.scope_for(c);
  uint32_t saved_line = u_->line;
  vm::Code* body = compile_class_body(scope, c);
  if (body == nullptr) return;
  u_->line = saved_line;
  set_line(c->span);
  bool has_star = false;
  for (const Expr* b : c->bases) has_star |= b->is<Starred>();
  for (const Keyword* k : c->keywords) has_star |= k->arg.empty();
  emit(Op::LoadBuildClass);
  emit(Op::PushNull);
  if (has_star) {
    // __build_class__(*(body, name, *bases), **kwargs)
    emit(Op::BuildList, 0);
    compile_make_function(scope, body, nullptr, nullptr);
    emit(Op::ListAppend, 1);
    emit(Op::LoadConst, const_str(c->name));
    emit(Op::ListAppend, 1);
    for (const Expr* b : c->bases) {
      if (b->is<Starred>()) {
        compile_expr(b->as<Starred>()->value);
        emit(Op::ListExtend, 1);
      } else {
        compile_expr(b);
        emit(Op::ListAppend, 1);
      }
    }
    emit(Op::ListToTuple);
    std::vector<Expr*> no_args;
    if (!c->keywords.empty()) {
      emit(Op::BuildMap, 0);
      for (const Keyword* k : c->keywords) {
        if (k->arg.empty()) {
          compile_expr(k->value);
        } else {
          emit(Op::LoadConst, const_str(k->arg));
          compile_expr(k->value);
          emit(Op::BuildMap, 1);
        }
        emit(Op::DictMerge, 1);
      }
    }
    emit(Op::CallFunctionEx, c->keywords.empty() ? 0 : 1);
  } else {
    compile_make_function(scope, body, nullptr, nullptr);
    emit(Op::LoadConst, const_str(c->name));
    for (const Expr* b : c->bases) compile_expr(b);
    for (const Keyword* k : c->keywords) compile_expr(k->value);
    if (!c->keywords.empty()) {
      vm::Tuple* names = vm::make_tuple(vm_, static_cast<uint32_t>(c->keywords.size()));
      for (size_t i = 0; i < c->keywords.size(); ++i) {
        names->items()[i] = vm::Value::from_object(vm::intern(vm_, c->keywords[i]->arg));
      }
      emit(Op::KwNames, add_const(vm::Value::from_object(names), ""));
    }
    emit(Op::Call, static_cast<uint32_t>(2 + c->bases.size() + c->keywords.size()));
  }
  for (size_t i = 0; i < c->decorator_list.size(); ++i) emit(Op::Call, 1);
  name_op(c->binding.empty() ? c->name : c->binding, Access::Store, c->name_span);
}

vm::Code* CodeGen::compile_class_body(Scope* scope, const ClassDef* c) {
  enter_unit(scope, source_->line_of(c->span.begin));
  u_->code->first_line = source_->line_of(c->span.begin);
  set_line(c->span);
  // __module__ = __name__; __qualname__ = "Outer.C"
  emit(Op::LoadName, name_index("__name__"));
  emit(Op::StoreName, name_index("__module__"));
  emit(Op::LoadConst, const_str(scope->qualname));
  emit(Op::StoreName, name_index("__qualname__"));
  size_t start = 0;
  if (!c->body.empty() && c->body[0]->is<ExprStmt>() && c->body[0]->as<ExprStmt>()->value->is<Constant>() &&
      c->body[0]->as<ExprStmt>()->value->as<Constant>()->value_kind == ConstantKind::Str) {
    compile_expr(c->body[0]->as<ExprStmt>()->value);
    emit(Op::StoreName, name_index("__doc__"));
    start = 1;
  }
  if (has_annotations(c->body)) emit(Op::SetupAnnotations);
  for (size_t i = start; i < c->body.size() && !diag_.failed(); ++i) compile_stmt(c->body[i]);
  if (diag_.failed()) {
    units_.pop_back();
    vm_.temp_roots.pop_back();
    u_ = units_.back().get();
    return nullptr;
  }
  auto cell = u_->cell_index.find("__class__");
  if (cell != u_->cell_index.end() && scope->scope_of("__class__") == NameScope::Cell) {
    emit(Op::LoadClosure, cell->second);
    emit(Op::Copy, 1);
    emit(Op::StoreName, name_index("__classcell__"));
  } else {
    emit(Op::LoadConst, const_none());
  }
  emit(Op::ReturnValue);
  return finish_unit();
}

void CodeGen::compile_assign_target(const Expr* target) {
  switch (target->kind) {
    case ExprKind::Name:
      name_op(target->as<Name>()->id, Access::Store, target->span);
      break;
    case ExprKind::Attribute: {
      const auto* a = target->as<Attribute>();
      compile_expr(a->value);
      set_line(target->span);
      emit(Op::StoreAttr, name_index(a->attr));
      break;
    }
    case ExprKind::Subscript: {
      const auto* s = target->as<Subscript>();
      compile_expr(s->value);
      compile_slice_or_expr(s->slice);
      set_line(target->span);
      emit(Op::StoreSubscr);
      break;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      const std::vector<Expr*>& elts =
          target->is<Tuple>() ? target->as<Tuple>()->elts : target->as<List>()->elts;
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i) {
        if (elts[i]->is<Starred>()) {
          if (star != elts.size()) {
            error(elts[i]->span, "multiple starred expressions in assignment");
            return;
          }
          star = i;
        }
      }
      set_line(target->span);
      if (star == elts.size()) {
        emit(Op::UnpackSequence, static_cast<uint32_t>(elts.size()));
      } else {
        size_t before = star, after = elts.size() - star - 1;
        if (before > 255 || after > 0xFFFF) {
          error(target->span, "too many expressions in star-unpacking assignment");
          return;
        }
        emit(Op::UnpackEx, static_cast<uint32_t>(before | (after << 8)));
      }
      for (const Expr* e : elts) compile_assign_target(e->is<Starred>() ? e->as<Starred>()->value : e);
      break;
    }
    case ExprKind::Starred:
      error(target->span, "starred assignment target must be in a list or tuple");
      break;
    default:
      error(target->span, "cannot assign to expression");
      break;
  }
}

void CodeGen::compile_aug_assign(const AugAssign* a) {
  uint32_t op = static_cast<uint32_t>(a->op) | vm::kInPlace;
  const Expr* t = a->target;
  switch (t->kind) {
    case ExprKind::Name:
      name_op(t->as<Name>()->id, Access::Load, t->span);
      compile_expr(a->value);
      set_line(a->span);
      emit(Op::BinaryOp, op);
      name_op(t->as<Name>()->id, Access::Store, t->span);
      break;
    case ExprKind::Attribute: {
      const auto* at = t->as<Attribute>();
      compile_expr(at->value);
      emit(Op::Copy, 1);
      emit(Op::LoadAttr, name_index(at->attr));
      compile_expr(a->value);
      set_line(a->span);
      emit(Op::BinaryOp, op);
      emit(Op::Swap, 2);
      emit(Op::StoreAttr, name_index(at->attr));
      break;
    }
    case ExprKind::Subscript: {
      const auto* s = t->as<Subscript>();
      compile_expr(s->value);
      compile_slice_or_expr(s->slice);
      emit(Op::Copy, 2);
      emit(Op::Copy, 2);
      emit(Op::BinarySubscr);
      compile_expr(a->value);
      set_line(a->span);
      emit(Op::BinaryOp, op);
      emit(Op::Swap, 3);
      emit(Op::Swap, 2);
      emit(Op::StoreSubscr);
      break;
    }
    default:
      error(t->span, "'" + std::string("expression") + "' is an illegal expression for augmented assignment");
      break;
  }
}

void CodeGen::compile_delete_target(const Expr* target) {
  switch (target->kind) {
    case ExprKind::Name:
      name_op(target->as<Name>()->id, Access::Delete, target->span);
      break;
    case ExprKind::Attribute:
      compile_expr(target->as<Attribute>()->value);
      emit(Op::DeleteAttr, name_index(target->as<Attribute>()->attr));
      break;
    case ExprKind::Subscript:
      compile_expr(target->as<Subscript>()->value);
      compile_slice_or_expr(target->as<Subscript>()->slice);
      emit(Op::DeleteSubscr);
      break;
    case ExprKind::Tuple:
      for (const Expr* e : target->as<Tuple>()->elts) compile_delete_target(e);
      break;
    case ExprKind::List:
      for (const Expr* e : target->as<List>()->elts) compile_delete_target(e);
      break;
    default:
      error(target->span, "cannot delete expression");
      break;
  }
}

void CodeGen::compile_if(const If* s) {
  Label otherwise = new_label();
  Label end = new_label();
  compile_jump_if(s->test, false, otherwise);
  compile_body(s->body);
  if (!s->orelse.empty()) emit_jump(Op::Jump, end);
  bind_label(otherwise);
  compile_body(s->orelse);
  bind_label(end);
}

void CodeGen::compile_while(const While* s) {
  Label top = new_label();
  Label orelse = new_label();
  Label exit = new_label();
  bind_label(top);
  bool always = s->test->is<Constant>() && s->test->as<Constant>()->value_kind == ConstantKind::True;
  if (!always) compile_jump_if(s->test, false, orelse);
  u_->blocks.push_back(Block{BlockKind::WhileLoop, top, exit});
  compile_body(s->body);
  u_->blocks.pop_back();
  set_line(s->span);
  emit_jump(Op::Jump, top);
  bind_label(orelse);
  compile_body(s->orelse);
  bind_label(exit);
}

void CodeGen::compile_for(const For* s) {
  Label top = new_label();
  Label end = new_label();
  Label exit = new_label();
  compile_expr(s->iter);
  set_line(s->span);
  // `async for` iterates async generators (resumed inline like generators, their
  // awaits suspending this task) and any ordinary iterable.
  emit(s->is_async ? Op::GetAIter : Op::GetIter);
  bind_label(top);
  emit_jump(Op::ForIter, end);
  compile_assign_target(s->target);
  u_->blocks.push_back(Block{BlockKind::ForLoop, top, exit});
  compile_body(s->body);
  u_->blocks.pop_back();
  set_line(s->span);
  emit_jump(Op::Jump, top);
  bind_label(end);
  compile_body(s->orelse);
  bind_label(exit);
}

void CodeGen::compile_try(const Try* s) {
  if (!s->finalbody.empty()) {
    compile_try_finally(s);
  } else {
    compile_try_except(s);
  }
}

// try/except (and else). Layout:
//   [region H]  body  [end]   orelse   Jump end
//   H:          [exc] PushExcInfo -> [prev, exc]      [region C]
//               for each clause: match, bind, body, PopExcept, Jump end
//               Reraise (no clause matched)           [end C]
//   C:          [prev, exc2] Swap 2; PopExcept; Reraise
void CodeGen::compile_try_except(const Try* s) {
  Label handler = new_label();
  Label cleanup = new_label();
  Label end = new_label();
  push_region(handler);
  u_->blocks.push_back(Block{BlockKind::TryExcept});
  u_->blocks.back().handler = current_region();
  compile_body(s->body);
  u_->blocks.pop_back();
  pop_region();
  compile_body(s->orelse);
  emit_jump(Op::Jump, end);

  bind_label(handler);
  emit(Op::PushExcInfo);
  push_region(cleanup, 1);  // on error: [prev] + the new exception
  // Leaving a clause early (return/break) unwinds this region and any inside it.
  int32_t cleanup_region = current_region();
  for (size_t i = 0; i < s->handlers.size(); ++i) {
    const ExceptHandler* h = s->handlers[i];
    set_line(h->span);
    Label next = new_label();
    if (h->type != nullptr) {
      compile_expr(h->type);
      emit(Op::CheckExcMatch);
      emit_jump(Op::PopJumpIfFalse, next);
    } else if (i + 1 != s->handlers.size()) {
      error(h->span, "default 'except:' must be last");
      return;
    }
    if (!h->name.empty()) {
      name_op(h->name, Access::Store, h->span);
      // Exceptions in the clause body must still unbind the name.
      Label name_cleanup = new_label();
      push_region(name_cleanup);
      u_->blocks.push_back(Block{BlockKind::HandlerCleanup});
      u_->blocks.back().name = h->name;
      u_->blocks.back().handler = cleanup_region;
      compile_body(h->body);
      u_->blocks.pop_back();
      pop_region();
      leave_handler([&] {
        emit(Op::PopExcept);
        clear_exception_name(h->name);
        emit_jump(Op::Jump, end);
      });
      bind_label(name_cleanup);  // [prev, exc2]
      clear_exception_name(h->name);
      emit(Op::Reraise);
    } else {
      emit(Op::PopTop);
      u_->blocks.push_back(Block{BlockKind::HandlerCleanup});
      u_->blocks.back().handler = cleanup_region;
      compile_body(h->body);
      u_->blocks.pop_back();
      leave_handler([&] {
        emit(Op::PopExcept);
        emit_jump(Op::Jump, end);
      });
    }
    bind_label(next);
  }
  emit(Op::Reraise);
  pop_region();
  bind_label(cleanup);  // [prev, exc2]
  emit(Op::Swap, 2);
  emit(Op::PopExcept);
  emit(Op::Reraise);
  bind_label(end);
}

// try/finally. Layout:
//   [region F]  body (a try/except if there are handlers)  [end]
//   finalbody   Jump end
//   F:  [exc] PushExcInfo -> [prev, exc]   [region C]  finalbody  Reraise  [end C]
//   C:  [prev, exc2] Swap 2; PopExcept; Reraise
void CodeGen::compile_try_finally(const Try* s) {
  Label handler = new_label();
  Label cleanup = new_label();
  Label end = new_label();
  push_region(handler);
  u_->blocks.push_back(Block{BlockKind::FinallyTry});
  u_->blocks.back().finalbody = &s->finalbody;
  u_->blocks.back().handler = current_region();
  if (!s->handlers.empty()) {
    // The except clauses are inside the finally's protection.
    Try inner;
    inner.body = s->body;
    inner.handlers = s->handlers;
    inner.orelse = s->orelse;
    inner.span = s->span;
    compile_try_except(&inner);
  } else {
    compile_body(s->body);
    compile_body(s->orelse);
  }
  u_->blocks.pop_back();
  pop_region();
  compile_body(s->finalbody);
  emit_jump(Op::Jump, end);

  bind_label(handler);
  emit(Op::PushExcInfo);
  push_region(cleanup, 1);  // on error: [prev] + the new exception
  u_->blocks.push_back(Block{BlockKind::FinallyEnd});
  u_->blocks.back().handler = current_region();
  compile_body(s->finalbody);
  u_->blocks.pop_back();
  emit(Op::Reraise);
  pop_region();
  bind_label(cleanup);
  emit(Op::Swap, 2);
  emit(Op::PopExcept);
  emit(Op::Reraise);
  bind_label(end);
}

void CodeGen::clear_exception_name(const std::string& name) {
  // `except E as e:` unbinds e at the end of the clause (the exception references the
  // frame through its traceback, so CPython breaks the cycle this way).
  emit(Op::LoadConst, const_none());
  name_op(name, Access::Store, Span{});
  name_op(name, Access::Delete, Span{});
}

// with A() as a: body. Layout:
//   A(); BeforeWith -> [exit, entered]; store a / pop   [region H] body [end]
//   exit(None, None, None); Jump end
//   H: [exit, exc] PushExcInfo -> [exit, prev, exc]  [region C]
//      WithExceptStart -> [exit, prev, exc, res]; PopJumpIfTrue suppress; Reraise
//   suppress: PopTop; PopExcept; PopTop; Jump end  [end C]
//   C: [exit, prev, exc2] Swap 2; PopExcept; Reraise
void CodeGen::compile_with(const With* s, size_t item) {
  const WithItem& w = s->items[item];
  Label handler = new_label();
  Label cleanup = new_label();
  Label suppress = new_label();
  Label end = new_label();
  compile_expr(w.context_expr);
  set_line(s->span);
  if (s->is_async) {
    emit(Op::BeforeAsyncWith);
    emit_await();
  } else {
    emit(Op::BeforeWith);
  }
  if (w.optional_vars != nullptr) {
    compile_assign_target(w.optional_vars);
  } else {
    emit(Op::PopTop);
  }
  push_region(handler);
  u_->blocks.push_back(Block{BlockKind::With});
  u_->blocks.back().handler = current_region();
  u_->blocks.back().is_async = s->is_async;
  if (item + 1 < s->items.size()) {
    compile_with(s, item + 1);
  } else {
    compile_body(s->body);
  }
  u_->blocks.pop_back();
  pop_region();
  set_line(s->span);
  emit(Op::PushNull);
  emit(Op::LoadConst, const_none());
  emit(Op::LoadConst, const_none());
  emit(Op::LoadConst, const_none());
  emit(Op::Call, 3);
  if (s->is_async) emit_await();
  emit(Op::PopTop);
  emit_jump(Op::Jump, end);

  bind_label(handler);  // [exit, exc]
  emit(Op::PushExcInfo);
  push_region(cleanup, 1);  // on error: [exit, prev] + the new exception
  emit(Op::WithExceptStart);
  if (s->is_async) emit_await();
  emit_jump(Op::PopJumpIfTrue, suppress);
  emit(Op::Reraise);
  bind_label(suppress);
  emit(Op::PopTop);
  leave_handler([&] {
    emit(Op::PopExcept);
    emit(Op::PopTop);
    emit_jump(Op::Jump, end);
  });
  pop_region();
  bind_label(cleanup);
  emit(Op::Swap, 2);
  emit(Op::PopExcept);
  emit(Op::Reraise);
  bind_label(end);
}

// Emits what leaving `block` early requires. With `preserve_tos`, a return value on
// top of the stack survives the cleanup.
void CodeGen::unwind_block(const Block& block, bool preserve_tos) {
  switch (block.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::TryExcept:
      break;
    case BlockKind::ForLoop:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopTop);
      break;
    case BlockKind::FinallyTry:
      // The caller has already removed this block and its handler, so the finally
      // body runs under the handlers of the enclosing blocks.
      compile_body(*block.finalbody);
      break;
    case BlockKind::FinallyEnd:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopTop);  // the exception
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopExcept);
      break;
    case BlockKind::HandlerCleanup:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopExcept);
      if (!block.name.empty()) clear_exception_name(block.name);
      break;
    case BlockKind::With:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PushNull);
      emit(Op::LoadConst, const_none());
      emit(Op::LoadConst, const_none());
      emit(Op::LoadConst, const_none());
      emit(Op::Call, 3);
      if (block.is_async) emit_await();
      emit(Op::PopTop);
      break;
  }
}

void CodeGen::compile_return(const Return* s) {
  if (!u_->scope->is_function_like()) {
    error(s->span, "'return' outside function");
    return;
  }
  if (s->value != nullptr) {
    compile_expr(s->value);
  } else {
    emit(Op::LoadConst, const_none());
  }
  // Unwind every block, innermost first. Each block's cleanup runs with the handlers
  // of the blocks outside it, so the block stack and the region stack shrink as we go;
  // both are restored afterwards for the code that follows (if any).
  std::vector<Block> saved_blocks = u_->blocks;
  std::vector<int32_t> saved_regions = u_->region_stack;
  while (!u_->blocks.empty()) {
    Block b = u_->blocks.back();
    u_->blocks.pop_back();
    if (b.handler >= 0) {
      while (!u_->region_stack.empty() && u_->region_stack.back() != b.handler) u_->region_stack.pop_back();
      if (!u_->region_stack.empty()) u_->region_stack.pop_back();
    }
    unwind_block(b, true);
  }
  set_line(s->span);
  emit(Op::ReturnValue);
  u_->blocks = std::move(saved_blocks);
  u_->region_stack = std::move(saved_regions);
}

void CodeGen::compile_break_continue(const Stmt* s, bool is_break) {
  std::vector<Block> saved_blocks = u_->blocks;
  std::vector<int32_t> saved_regions = u_->region_stack;
  bool found = false;
  while (!u_->blocks.empty()) {
    Block b = u_->blocks.back();
    if (b.kind == BlockKind::WhileLoop || b.kind == BlockKind::ForLoop) {
      if (is_break) unwind_block(b, false);
      emit_jump(Op::Jump, is_break ? b.exit_label : b.continue_label);
      found = true;
      break;
    }
    u_->blocks.pop_back();
    if (b.handler >= 0) {
      while (!u_->region_stack.empty() && u_->region_stack.back() != b.handler) u_->region_stack.pop_back();
      if (!u_->region_stack.empty()) u_->region_stack.pop_back();
    }
    unwind_block(b, false);
  }
  u_->blocks = std::move(saved_blocks);
  u_->region_stack = std::move(saved_regions);
  if (!found) error(s->span, is_break ? "'break' outside loop" : "'continue' not properly in loop");
}

void CodeGen::compile_raise(const Raise* s) {
  if (s->exc == nullptr) {
    emit(Op::RaiseVarargs, 0);
    return;
  }
  compile_expr(s->exc);
  if (s->cause != nullptr) {
    compile_expr(s->cause);
    set_line(s->span);
    emit(Op::RaiseVarargs, 2);
  } else {
    set_line(s->span);
    emit(Op::RaiseVarargs, 1);
  }
}

void CodeGen::compile_assert(const Assert* s) {
  Label end = new_label();
  compile_jump_if(s->test, true, end);
  set_line(s->span);
  emit(Op::LoadAssertionError);
  if (s->msg != nullptr) {
    emit(Op::PushNull);
    compile_expr(s->msg);
    emit(Op::Call, 1);
  }
  emit(Op::RaiseVarargs, 1);
  bind_label(end);
}

void CodeGen::compile_import(const Import* s) {
  for (const Alias* a : s->names) {
    emit(Op::LoadConst, const_int(0));
    emit(Op::LoadConst, const_none());
    emit(Op::ImportName, name_index(a->name));
    if (!a->asname.empty()) {
      // `import a.b.c as d` binds the leaf module: walk down from the top package.
      size_t start = a->name.find('.');
      while (start != std::string::npos) {
        size_t next = a->name.find('.', start + 1);
        std::string part = a->name.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1);
        emit(Op::ImportFrom, name_index(part));
        emit(Op::Swap, 2);
        emit(Op::PopTop);
        start = next;
      }
      name_op(a->asname, Access::Store, a->span);
    } else {
      name_op(a->name.substr(0, a->name.find('.')), Access::Store, a->span);
    }
  }
}

void CodeGen::compile_import_from(const ImportFrom* s) {
  vm::Tuple* names = vm::make_tuple(vm_, static_cast<uint32_t>(s->names.size()));
  for (size_t i = 0; i < s->names.size(); ++i) {
    names->items()[i] = vm::Value::from_object(vm::intern(vm_, s->names[i]->name));
  }
  emit(Op::LoadConst, const_int(s->level));
  emit(Op::LoadConst, add_const(vm::Value::from_object(names), ""));
  emit(Op::ImportName, name_index(s->module));
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    emit(Op::ImportStar);
    return;
  }
  for (const Alias* a : s->names) {
    emit(Op::ImportFrom, name_index(a->name));
    name_op(a->asname.empty() ? a->name : a->asname, Access::Store, a->span);
  }
  emit(Op::PopTop);
}

}  // namespace edge::compiler
