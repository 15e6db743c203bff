// The scope pass: one walk over the AST records how each scope uses each name, then a
// top-down resolution decides local / global / free / cell (see scope.h).
#include "compiler/scope.h"

#include <algorithm>
#include <set>

namespace edge::compiler {

NameScope Scope::scope_of(const std::string& name) const {
  auto it = resolved.find(name);
  if (it != resolved.end()) return it->second;
  // Names a scope never mentions (synthesised by the code generator) are global.
  return NameScope::GlobalImplicit;
}

class ScopeBuilder {
 public:
  ScopeBuilder(Diagnostics& diagnostics, ScopeTable& table) : diag_(diagnostics), table_(table) {}

  bool build(const Module& module) {
    Scope* s = new_scope(ScopeKind::Module, "<module>", &module, nullptr);
    table_.module_scope_ = s;
    visit_body(module.body);
    if (diag_.failed()) return false;
    analyze(s, {});
    return !diag_.failed();
  }

 private:
  Diagnostics& diag_;
  ScopeTable& table_;
  Scope* cur_ = nullptr;
  // Order in which each scope first saw each name (varnames are in this order).
  std::unordered_map<Scope*, std::vector<std::string>> order_;
  // Where each `nonlocal` name was declared, for the "no binding" error.
  std::unordered_map<Scope*, std::unordered_map<std::string, Span>> nonlocal_spans_;
  // The innermost enclosing class's name, for private name mangling (empty outside
  // classes). Functions, lambdas and comprehensions inside a class inherit it.
  std::string private_class_;

  // Python Reference 6.2.1: in a class, `__spam` (not ending in two underscores)
  // means `_Class__spam`, with the class name's leading underscores removed.
  std::string mangled(const std::string& name) const {
    if (private_class_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t skip = private_class_.find_first_not_of('_');
    if (skip == std::string::npos) return name;  // a class named only with underscores
    return "_" + private_class_.substr(skip) + name;
  }
  // The scope pass is the one place that rewrites identifiers in the tree (as
  // CPython's symtable mangles names), so the code generator sees final names.
  void mangle_in_place(const std::string& name) { const_cast<std::string&>(name) = mangled(name); }

  Scope* new_scope(ScopeKind kind, std::string name, const void* node, Scope* parent) {
    auto owned = std::make_unique<Scope>();
    Scope* s = owned.get();
    s->kind = kind;
    s->name = std::move(name);
    s->parent = parent;
    if (parent) parent->children.push_back(s);
    // __qualname__: nested in a function -> "f.<locals>.g"; in a class -> "C.g".
    if (parent == nullptr || parent->kind == ScopeKind::Module) {
      s->qualname = s->name;
    } else if (parent->kind == ScopeKind::Class) {
      s->qualname = parent->qualname + "." + s->name;
    } else {
      s->qualname = parent->qualname + ".<locals>." + s->name;
    }
    table_.scopes_.push_back(std::move(owned));
    table_.by_node_[node] = s;
    cur_ = s;
    return s;
  }

  void note(Scope* s, const std::string& name, uint32_t flag) {
    auto [it, inserted] = s->flags.emplace(name, 0u);
    if (inserted) order_[s].push_back(name);
    it->second |= flag;
  }
  void bind(const std::string& name) { note(cur_, name, kDefLocal); }
  void use(const std::string& name) { note(cur_, name, kUse); }

  // --- statements --------------------------------------------------------------------------
  void visit_body(const std::vector<Stmt*>& body) {
    for (const Stmt* s : body) {
      if (diag_.failed()) return;
      visit_stmt(s);
    }
  }

  void visit_arguments_defaults(const Arguments* a) {
    for (Expr* d : a->defaults) visit_expr(d);
    for (Expr* d : a->kw_defaults) {
      if (d) visit_expr(d);
    }
  }

  void declare_params(Scope* s, const Arguments* a) {
    std::set<std::string> seen;
    auto param = [&](const Arg* arg) {
      mangle_in_place(arg->arg);
      if (!seen.insert(arg->arg).second) {
        diag_.error(arg->span, "duplicate argument '" + arg->arg + "' in function definition");
      }
      note(s, arg->arg, kDefParam | kDefLocal);
      s->varnames.push_back(arg->arg);
    };
    for (const Arg* p : a->posonlyargs) param(p);
    for (const Arg* p : a->args) param(p);
    for (const Arg* p : a->kwonlyargs) param(p);
    if (a->vararg) param(a->vararg);
    if (a->kwarg) param(a->kwarg);
    s->posonlyargcount = static_cast<uint32_t>(a->posonlyargs.size());
    s->argcount = static_cast<uint32_t>(a->posonlyargs.size() + a->args.size());
    s->kwonlyargcount = static_cast<uint32_t>(a->kwonlyargs.size());
    s->has_varargs = a->vararg != nullptr;
    s->has_varkeywords = a->kwarg != nullptr;
  }

  void visit_stmt(const Stmt* stmt) {
    switch (stmt->kind) {
      case StmtKind::FunctionDef: {
        const auto* f = stmt->as<FunctionDef>();
        for (Expr* d : f->decorator_list) visit_expr(d);
        visit_arguments_defaults(f->args);
        // Annotations are evaluated in the enclosing scope when the def runs.
        auto annotation = [&](const Arg* a) {
          if (a != nullptr && a->annotation != nullptr) visit_expr(a->annotation);
        };
        for (const Arg* a : f->args->posonlyargs) annotation(a);
        for (const Arg* a : f->args->args) annotation(a);
        annotation(f->args->vararg);
        for (const Arg* a : f->args->kwonlyargs) annotation(a);
        annotation(f->args->kwarg);
        if (f->returns != nullptr) visit_expr(f->returns);
        const_cast<FunctionDef*>(f)->binding = mangled(f->name);
        bind(f->binding);
        Scope* saved = cur_;
        Scope* s = new_scope(ScopeKind::Function, f->name, f, saved);
        s->is_coroutine = f->is_async;
        declare_params(s, f->args);
        visit_body(f->body);
        cur_ = saved;
        break;
      }
      case StmtKind::ClassDef: {
        const auto* c = stmt->as<ClassDef>();
        for (Expr* d : c->decorator_list) visit_expr(d);
        for (Expr* b : c->bases) visit_expr(b);
        for (Keyword* k : c->keywords) visit_expr(k->value);
        const_cast<ClassDef*>(c)->binding = mangled(c->name);
        bind(c->binding);
        Scope* saved = cur_;
        std::string saved_private = private_class_;
        private_class_ = c->name;
        new_scope(ScopeKind::Class, c->name, c, saved);
        visit_body(c->body);
        cur_ = saved;
        private_class_ = saved_private;
        break;
      }
      case StmtKind::Return:
        if (auto* v = stmt->as<Return>()->value) visit_expr(v);
        break;
      case StmtKind::Delete:
        for (Expr* t : stmt->as<Delete>()->targets) visit_expr(t);
        break;
      case StmtKind::Assign: {
        const auto* a = stmt->as<Assign>();
        visit_expr(a->value);
        for (Expr* t : a->targets) visit_expr(t);
        break;
      }
      case StmtKind::AugAssign: {
        const auto* a = stmt->as<AugAssign>();
        visit_expr(a->value);
        // `x += 1` both reads and binds x.
        if (a->target->is<Name>()) use(a->target->as<Name>()->id);
        visit_expr(a->target);
        break;
      }
      case StmtKind::AnnAssign: {
        const auto* a = stmt->as<AnnAssign>();
        if (a->value) visit_expr(a->value);
        visit_expr(a->target);
        break;
      }
      case StmtKind::For: {
        const auto* f = stmt->as<For>();
        visit_expr(f->iter);
        visit_expr(f->target);
        visit_body(f->body);
        visit_body(f->orelse);
        break;
      }
      case StmtKind::While: {
        const auto* w = stmt->as<While>();
        visit_expr(w->test);
        visit_body(w->body);
        visit_body(w->orelse);
        break;
      }
      case StmtKind::If: {
        const auto* i = stmt->as<If>();
        visit_expr(i->test);
        visit_body(i->body);
        visit_body(i->orelse);
        break;
      }
      case StmtKind::With: {
        const auto* w = stmt->as<With>();
        for (const WithItem& item : w->items) {
          visit_expr(item.context_expr);
          if (item.optional_vars) visit_expr(item.optional_vars);
        }
        visit_body(w->body);
        break;
      }
      case StmtKind::Match: {
        const auto* m = stmt->as<Match>();
        visit_expr(m->subject);
        for (const MatchCase* c : m->cases) {
          visit_pattern(c->pattern);
          if (c->guard) visit_expr(c->guard);
          visit_body(c->body);
        }
        break;
      }
      case StmtKind::Raise: {
        const auto* r = stmt->as<Raise>();
        if (r->exc) visit_expr(r->exc);
        if (r->cause) visit_expr(r->cause);
        break;
      }
      case StmtKind::Try: {
        const auto* t = stmt->as<Try>();
        visit_body(t->body);
        for (const ExceptHandler* h : t->handlers) {
          if (h->type) visit_expr(h->type);
          if (!h->name.empty()) bind(h->name);
          visit_body(h->body);
        }
        visit_body(t->orelse);
        visit_body(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        const auto* a = stmt->as<Assert>();
        visit_expr(a->test);
        if (a->msg) visit_expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (const Alias* a : stmt->as<Import>()->names) {
          // A mangled binding becomes an explicit `as` name (the module keeps its name).
          if (a->asname.empty() && a->name.find('.') == std::string::npos && mangled(a->name) != a->name) {
            const_cast<Alias*>(a)->asname = mangled(a->name);
          }
          if (!a->asname.empty()) {
            mangle_in_place(a->asname);
            bind(a->asname);
          } else {
            bind(a->name.substr(0, a->name.find('.')));
          }
        }
        break;
      case StmtKind::ImportFrom:
        for (const Alias* a : stmt->as<ImportFrom>()->names) {
          if (a->name == "*") {
            if (cur_->kind != ScopeKind::Module) {
              diag_.error(stmt->span, "import * only allowed at module level");
            }
            continue;
          }
          if (a->asname.empty() && mangled(a->name) != a->name) const_cast<Alias*>(a)->asname = mangled(a->name);
          mangle_in_place(a->asname);
          bind(a->asname.empty() ? a->name : a->asname);
        }
        break;
      case StmtKind::Global:
        for (const std::string& n : stmt->as<Global>()->names) {
          mangle_in_place(n);
          declare(stmt, n, kDefGlobal, "global");
        }
        break;
      case StmtKind::Nonlocal:
        if (cur_->kind == ScopeKind::Module) {
          diag_.error(stmt->span, "nonlocal declaration not allowed at module level");
          return;
        }
        for (const std::string& n : stmt->as<Nonlocal>()->names) {
          mangle_in_place(n);
          declare(stmt, n, kDefNonlocal, "nonlocal");
          nonlocal_spans_[cur_].emplace(n, stmt->span);
        }
        break;
      case StmtKind::ExprStmt:
        visit_expr(stmt->as<ExprStmt>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  void declare(const Stmt* stmt, const std::string& name, uint32_t flag, const char* what) {
    auto it = cur_->flags.find(name);
    uint32_t existing = it == cur_->flags.end() ? 0 : it->second;
    if (existing & kDefParam) {
      diag_.error(stmt->span, "name '" + name + "' is parameter and " + what);
      return;
    }
    if (flag == kDefNonlocal && (existing & kDefGlobal)) {
      diag_.error(stmt->span, "name '" + name + "' is nonlocal and global");
      return;
    }
    if (flag == kDefGlobal && (existing & kDefNonlocal)) {
      diag_.error(stmt->span, "name '" + name + "' is nonlocal and global");
      return;
    }
    if (existing & kUse) {
      diag_.error(stmt->span, "name '" + name + "' is used prior to " + what + " declaration");
      return;
    }
    if (existing & kDefLocal) {
      diag_.error(stmt->span, "name '" + name + "' is assigned to before " + what + " declaration");
      return;
    }
    note(cur_, name, flag);
  }

  void visit_pattern(const Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        visit_expr(p->as<MatchValue>()->value);
        break;
      case PatternKind::MatchSingleton:
        break;
      case PatternKind::MatchSequence:
        for (const Pattern* q : p->as<MatchSequence>()->patterns) visit_pattern(q);
        break;
      case PatternKind::MatchMapping: {
        const auto* m = p->as<MatchMapping>();
        for (Expr* k : m->keys) visit_expr(k);
        for (const Pattern* q : m->patterns) visit_pattern(q);
        if (!m->rest.empty()) {
          mangle_in_place(m->rest);
          bind(m->rest);
        }
        break;
      }
      case PatternKind::MatchClass: {
        const auto* c = p->as<MatchClass>();
        visit_expr(c->cls);
        for (const Pattern* q : c->patterns) visit_pattern(q);
        for (const Pattern* q : c->kwd_patterns) visit_pattern(q);
        break;
      }
      case PatternKind::MatchStar:
        if (!p->as<MatchStar>()->name.empty()) {
          mangle_in_place(p->as<MatchStar>()->name);
          bind(p->as<MatchStar>()->name);
        }
        break;
      case PatternKind::MatchAs: {
        const auto* a = p->as<MatchAs>();
        if (a->pattern) visit_pattern(a->pattern);
        if (!a->name.empty()) {
          // Captures are ordinary bindings: private names are mangled in a class.
          mangle_in_place(a->name);
          bind(a->name);
        }
        break;
      }
      case PatternKind::MatchOr:
        for (const Pattern* q : p->as<MatchOr>()->patterns) visit_pattern(q);
        break;
    }
  }

  // --- expressions -------------------------------------------------------------------------
  void mark_generator(const Expr* e, const char* what) {
    if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
      diag_.error(e->span, std::string("'") + what + "' outside function");
      return;
    }
    if (cur_->kind == ScopeKind::Comprehension) {
      // Generator expressions are already generators; a yield in any comprehension
      // is rejected (Python 3.8+).
      diag_.error(e->span, std::string("'") + what + "' inside " + comprehension_kind_name(cur_->name));
      return;
    }
    cur_->is_generator = true;
  }

  static std::string comprehension_kind_name(const std::string& scope_name) {
    if (scope_name == "<listcomp>") return "list comprehension";
    if (scope_name == "<setcomp>") return "set comprehension";
    if (scope_name == "<dictcomp>") return "dict comprehension";
    return "generator expression";
  }

  void visit_comprehension(const Expr* node, const char* name, const std::vector<Comprehension*>& generators,
                           const Expr* elt, const Expr* value) {
    // The first iterable belongs to the enclosing scope.
    visit_expr(generators[0]->iter);
    Scope* saved = cur_;
    Scope* s = new_scope(ScopeKind::Comprehension, name, node, saved);
    note(s, ".0", kDefParam | kDefLocal);
    s->varnames.push_back(".0");
    s->argcount = 1;
    if (std::string(name) == "<genexpr>") s->is_generator = true;
    for (size_t i = 0; i < generators.size(); ++i) {
      const Comprehension* g = generators[i];
      if (i > 0) visit_expr(g->iter);
      visit_expr(g->target);
      for (Expr* cond : g->ifs) visit_expr(cond);
      if (g->is_async) s->is_coroutine = true;
    }
    if (elt) visit_expr(elt);
    if (value) visit_expr(value);
    cur_ = saved;
  }

  void visit_expr(const Expr* e) {
    if (e == nullptr || diag_.failed()) return;
    switch (e->kind) {
      case ExprKind::BoolOp:
        for (Expr* v : e->as<BoolOp>()->values) visit_expr(v);
        break;
      case ExprKind::NamedExpr: {
        const auto* n = e->as<NamedExpr>();
        visit_expr(n->value);
        mangle_in_place(n->target->as<Name>()->id);
        const std::string& id = n->target->as<Name>()->id;
        if (cur_->kind == ScopeKind::Comprehension) {
          // PEP 572: binds in the nearest enclosing non-comprehension scope.
          Scope* target = cur_;
          while (target->kind == ScopeKind::Comprehension) {
            auto it = target->flags.find(id);
            if (it != target->flags.end() && (it->second & kDefParam) == 0 && (it->second & kDefLocal)) {
              diag_.error(n->target->span,
                          "assignment expression cannot rebind comprehension iteration variable '" + id + "'");
              return;
            }
            target = target->parent;
          }
          if (target->kind == ScopeKind::Class) {
            diag_.error(e->span, "assignment expression within a comprehension cannot be used in a class body");
            return;
          }
          for (Scope* s = cur_; s != target; s = s->parent) {
            note(s, id, target->kind == ScopeKind::Module ? kDefGlobal : kDefNonlocal);
          }
          note(target, id, kDefLocal);
        } else {
          bind(id);
        }
        break;
      }
      case ExprKind::BinOp:
        visit_expr(e->as<BinOp>()->left);
        visit_expr(e->as<BinOp>()->right);
        break;
      case ExprKind::UnaryOp:
        visit_expr(e->as<UnaryOp>()->operand);
        break;
      case ExprKind::Lambda: {
        const auto* l = e->as<Lambda>();
        visit_arguments_defaults(l->args);
        Scope* saved = cur_;
        Scope* s = new_scope(ScopeKind::Lambda, "<lambda>", l, saved);
        declare_params(s, l->args);
        visit_expr(l->body);
        cur_ = saved;
        break;
      }
      case ExprKind::IfExp:
        visit_expr(e->as<IfExp>()->test);
        visit_expr(e->as<IfExp>()->body);
        visit_expr(e->as<IfExp>()->orelse);
        break;
      case ExprKind::Dict:
        for (Expr* k : e->as<Dict>()->keys) visit_expr(k);
        for (Expr* v : e->as<Dict>()->values) visit_expr(v);
        break;
      case ExprKind::Set:
        for (Expr* v : e->as<Set>()->elts) visit_expr(v);
        break;
      case ExprKind::ListComp:
        visit_comprehension(e, "<listcomp>", e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
        break;
      case ExprKind::SetComp:
        visit_comprehension(e, "<setcomp>", e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr);
        break;
      case ExprKind::DictComp:
        visit_comprehension(e, "<dictcomp>", e->as<DictComp>()->generators, e->as<DictComp>()->key,
                            e->as<DictComp>()->value);
        break;
      case ExprKind::GeneratorExp:
        visit_comprehension(e, "<genexpr>", e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt, nullptr);
        break;
      case ExprKind::Await:
        if (cur_->kind == ScopeKind::Module) {
          // Top-level await: the module body is a coroutine (docs/language.md).
        } else if (!cur_->is_coroutine && cur_->kind != ScopeKind::Comprehension) {
          diag_.error(e->span, "'await' outside async function");
          return;
        }
        visit_expr(e->as<Await>()->value);
        break;
      case ExprKind::Yield:
        mark_generator(e, "yield");
        visit_expr(e->as<Yield>()->value);
        break;
      case ExprKind::YieldFrom:
        mark_generator(e, "yield from");
        if (cur_->is_coroutine) {
          diag_.error(e->span, "'yield from' inside async function");
          return;
        }
        visit_expr(e->as<YieldFrom>()->value);
        break;
      case ExprKind::Compare:
        visit_expr(e->as<Compare>()->left);
        for (Expr* c : e->as<Compare>()->comparators) visit_expr(c);
        break;
      case ExprKind::Call: {
        const auto* c = e->as<Call>();
        visit_expr(c->func);
        for (Expr* a : c->args) visit_expr(a);
        for (Keyword* k : c->keywords) visit_expr(k->value);
        break;
      }
      case ExprKind::FormattedValue:
        visit_expr(e->as<FormattedValue>()->value);
        visit_expr(e->as<FormattedValue>()->format_spec);
        break;
      case ExprKind::JoinedStr:
        for (Expr* v : e->as<JoinedStr>()->values) visit_expr(v);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        visit_expr(e->as<Attribute>()->value);
        mangle_in_place(e->as<Attribute>()->attr);
        break;
      case ExprKind::Subscript:
        visit_expr(e->as<Subscript>()->value);
        visit_expr(e->as<Subscript>()->slice);
        break;
      case ExprKind::Starred:
        visit_expr(e->as<Starred>()->value);
        break;
      case ExprKind::Name: {
        const auto* n = e->as<Name>();
        mangle_in_place(n->id);
        if (n->ctx == ExprContext::Load) {
          use(n->id);
          // Zero-argument super() needs the class being defined: a method that
          // mentions `super` implicitly uses the `__class__` cell.
          if (n->id == "super" && cur_->is_function_like()) use("__class__");
        } else {
          bind(n->id);
        }
        break;
      }
      case ExprKind::List:
        for (Expr* v : e->as<List>()->elts) visit_expr(v);
        break;
      case ExprKind::Tuple:
        for (Expr* v : e->as<Tuple>()->elts) visit_expr(v);
        break;
      case ExprKind::Slice:
        visit_expr(e->as<Slice>()->lower);
        visit_expr(e->as<Slice>()->upper);
        visit_expr(e->as<Slice>()->step);
        break;
    }
  }

  // --- resolution --------------------------------------------------------------------------
  // Resolves `s` given the names bound in enclosing function scopes; returns the names
  // `s` needs from its parent as free variables.
  std::set<std::string> analyze(Scope* s, const std::set<std::string>& enclosing_bound) {
    bool function_like = s->is_function_like();
    for (const std::string& name : order_[s]) {
      uint32_t f = s->flags[name];
      NameScope r;
      if (f & kDefGlobal) {
        r = NameScope::GlobalExplicit;
      } else if (f & kDefNonlocal) {
        if (!enclosing_bound.count(name)) {
          auto spans = nonlocal_spans_.find(s);
          Span where = spans != nonlocal_spans_.end() && spans->second.count(name) ? spans->second[name] : Span{};
          diag_.error(where, "no binding for nonlocal '" + name + "' found");
          return {};
        }
        r = NameScope::Free;
      } else if (f & (kDefLocal | kDefParam)) {
        r = s->kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::Local;
      } else if (enclosing_bound.count(name) && s->kind != ScopeKind::Module) {
        r = NameScope::Free;
      } else {
        r = NameScope::GlobalImplicit;
      }
      s->resolved[name] = r;
      if (function_like && r == NameScope::Local &&
          std::find(s->varnames.begin(), s->varnames.end(), name) == s->varnames.end()) {
        s->varnames.push_back(name);
      }
      if (r == NameScope::Free) add_unique(s->freevars, name);
    }

    std::set<std::string> child_bound = enclosing_bound;
    if (s->kind == ScopeKind::Class) child_bound.insert("__class__");
    if (function_like) {
      for (const auto& [name, r] : s->resolved) {
        if (r == NameScope::Local || r == NameScope::Free) {
          child_bound.insert(name);
        } else if (r == NameScope::GlobalExplicit) {
          child_bound.erase(name);
        }
      }
    }
    std::set<std::string> needed;
    for (Scope* child : s->children) {
      std::set<std::string> n = analyze(child, child_bound);
      needed.insert(n.begin(), n.end());
      if (diag_.failed()) return {};
    }
    for (const std::string& name : needed) {
      auto it = s->resolved.find(name);
      if (function_like && it != s->resolved.end() && it->second == NameScope::Local) {
        it->second = NameScope::Cell;
        add_unique(s->cellvars, name);
      } else if (function_like && it != s->resolved.end() && it->second == NameScope::Cell) {
        // already a cell
      } else if (s->kind == ScopeKind::Class && name == "__class__") {
        // The class body owns the __class__ cell; __build_class__ fills it in.
        add_unique(s->cellvars, name);
        s->resolved[name] = NameScope::Cell;
      } else if (s->kind == ScopeKind::Class) {
        // The class body passes the cell through to its methods.
        add_unique(s->freevars, name);
        if (it == s->resolved.end()) s->resolved[name] = NameScope::Free;
      } else {
        s->resolved[name] = NameScope::Free;
        add_unique(s->freevars, name);
      }
    }
    std::set<std::string> out;
    for (const std::string& name : s->freevars) out.insert(name);
    return out;  // (a class's __class__ is a cell, so it never leaves the class)
  }

  static void add_unique(std::vector<std::string>& v, const std::string& name) {
    if (std::find(v.begin(), v.end(), name) == v.end()) v.push_back(name);
  }
};

std::unique_ptr<ScopeTable> build_scopes(const Module& module, Diagnostics& diagnostics) {
  auto table = std::make_unique<ScopeTable>();
  ScopeBuilder builder(diagnostics, *table);
  if (!builder.build(module)) return nullptr;
  return table;
}

}  // namespace edge::compiler
