// The compiler pipeline (compile.h): parse, resolve scopes, generate code; and the
// conversion of a compile Diagnostic into a Python SyntaxError.
#include "compiler/compile.h"

#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "compiler/scope.h"
#include "vm/code.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::compiler {

vm::Error raise_syntax_error(vm::VM& vm, const SourceFile& source, const Diagnostic& d) {
  vm::Type* type = vm.exc.SyntaxError;
  if (d.kind == ErrorKind::IndentationError) type = vm.exc.IndentationError;
  if (d.kind == ErrorKind::TabError) type = vm.exc.TabError;
  LineCol at = source.line_col(d.span.begin);
  LineCol end = source.line_col(d.span.end > d.span.begin ? d.span.end : d.span.begin + 1);
  std::string_view line = source.line_text(at.line);
  vm::Value msg = vm::Value::from_object(vm::make_str(vm, d.message));
  vm::Value details[6] = {
      vm::Value::from_object(vm::make_str(vm, source.path())),
      vm::make_int(vm, at.line),
      vm::make_int(vm, at.column),
      vm::Value::from_object(vm::make_str(vm, std::string(line) + "\n")),
      vm::make_int(vm, end.line),
      vm::make_int(vm, end.column),
  };
  vm::Tuple* detail_tuple = vm::make_tuple(vm, details, 6);
  vm::Value args[2] = {msg, vm::Value::from_object(detail_tuple)};
  vm::Result e = vm::call(vm, vm::Value::from_object(type), vm::CallArgs{args, 2, nullptr});
  if (e.failed()) return vm::Error{};
  return vm.raise_value(e.value());
}

vm::Fallible<vm::Code*> compile_module(vm::VM& vm, std::shared_ptr<const SourceFile> source) {
  Diagnostics diagnostics(*source);
  std::unique_ptr<Module> module = parse_module(*source, diagnostics);
  if (module == nullptr || diagnostics.failed()) return raise_syntax_error(vm, *source, *diagnostics.first());
  std::unique_ptr<ScopeTable> scopes = build_scopes(*module, diagnostics);
  if (scopes == nullptr) return raise_syntax_error(vm, *source, *diagnostics.first());
  CodeGen gen(vm, diagnostics, source, *scopes);
  vm::Code* code = gen.compile_module(*module);
  if (code == nullptr) return raise_syntax_error(vm, *source, *diagnostics.first());
  return code;
}

vm::Fallible<vm::Code*> compile_source(vm::VM& vm, std::shared_ptr<const SourceFile> source, CompileMode mode,
                                       vm::Value display_hook) {
  if (mode == CompileMode::Exec) return compile_module(vm, source);
  Diagnostics diagnostics(*source);
  std::unique_ptr<Module> module =
      mode == CompileMode::Eval ? parse_expression(*source, diagnostics) : parse_module(*source, diagnostics);
  if (module == nullptr || diagnostics.failed()) return raise_syntax_error(vm, *source, *diagnostics.first());
  if (mode == CompileMode::Single && module->body.size() > 1) {
    // The interactive prompt reads one statement at a time (CPython's message).
    diagnostics.error(module->body[0]->span, "multiple statements found while compiling a single statement",
                      ErrorKind::SyntaxError);
    return raise_syntax_error(vm, *source, *diagnostics.first());
  }
  std::unique_ptr<ScopeTable> scopes = build_scopes(*module, diagnostics);
  if (scopes == nullptr) return raise_syntax_error(vm, *source, *diagnostics.first());
  CodeGen gen(vm, diagnostics, source, *scopes);
  vm::Code* code;
  if (mode == CompileMode::Eval) {
    code = gen.compile_eval(*module);
  } else {
    gen.set_display_hook(display_hook);
    code = gen.compile_module(*module);
  }
  if (code == nullptr) return raise_syntax_error(vm, *source, *diagnostics.first());
  return code;
}

std::optional<Diagnostic> check_syntax(const SourceFile& source) {
  Diagnostics diagnostics(source);
  std::unique_ptr<Module> module = parse_module(source, diagnostics);
  if (module != nullptr && !diagnostics.failed()) build_scopes(*module, diagnostics);
  return diagnostics.first();
}

namespace {

void collect_imports(const std::vector<Stmt*>& body, std::vector<ImportRef>& out);

void collect_imports_in(const Stmt* s, std::vector<ImportRef>& out) {
  switch (s->kind) {
    case StmtKind::Import:
      for (const Alias* a : s->as<Import>()->names) out.push_back(ImportRef{a->name, 0, {}});
      break;
    case StmtKind::ImportFrom: {
      const auto* f = s->as<ImportFrom>();
      ImportRef ref{f->module, f->level, {}};
      for (const Alias* a : f->names) ref.names.push_back(a->name);
      out.push_back(std::move(ref));
      break;
    }
    case StmtKind::FunctionDef:
      collect_imports(s->as<FunctionDef>()->body, out);
      break;
    case StmtKind::ClassDef:
      collect_imports(s->as<ClassDef>()->body, out);
      break;
    case StmtKind::For:
      collect_imports(s->as<For>()->body, out);
      collect_imports(s->as<For>()->orelse, out);
      break;
    case StmtKind::While:
      collect_imports(s->as<While>()->body, out);
      collect_imports(s->as<While>()->orelse, out);
      break;
    case StmtKind::If:
      collect_imports(s->as<If>()->body, out);
      collect_imports(s->as<If>()->orelse, out);
      break;
    case StmtKind::With:
      collect_imports(s->as<With>()->body, out);
      break;
    case StmtKind::Try: {
      const auto* t = s->as<Try>();
      collect_imports(t->body, out);
      for (const ExceptHandler* h : t->handlers) collect_imports(h->body, out);
      collect_imports(t->orelse, out);
      collect_imports(t->finalbody, out);
      break;
    }
    case StmtKind::Match:
      for (const MatchCase* c : s->as<Match>()->cases) collect_imports(c->body, out);
      break;
    default:
      break;
  }
}

void collect_imports(const std::vector<Stmt*>& body, std::vector<ImportRef>& out) {
  for (const Stmt* s : body) collect_imports_in(s, out);
}

}  // namespace

bool extract_imports(const SourceFile& source, std::vector<ImportRef>& out, std::optional<Diagnostic>& error) {
  Diagnostics diagnostics(source);
  std::unique_ptr<Module> module = parse_module(source, diagnostics);
  if (module == nullptr || diagnostics.failed()) {
    error = diagnostics.first();
    return false;
  }
  collect_imports(module->body, out);
  return true;
}

}  // namespace edge::compiler
