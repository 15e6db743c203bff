// The scope pass (CPython's "symbol table"): for every module, function, lambda,
// comprehension and class body, decide where each name lives.
//
//   Local          a slot in the frame (functions) / the namespace dict (module, class)
//   GlobalExplicit declared `global`
//   GlobalImplicit not bound in any enclosing function: module globals, then builtins
//   Free           bound in an enclosing function; reached through a closure cell
//   Cell           local here, but captured by an inner function: lives in a cell
//
// Rules (Python Language Reference 4.2, "Naming and binding"): a name bound anywhere in
// a function body is local to it unless declared global/nonlocal; class bodies do not
// form enclosing scopes for the functions inside them; comprehensions are function
// scopes whose first iterable is evaluated in the enclosing scope; an assignment
// expression in a comprehension binds in the nearest enclosing non-comprehension scope.
//
// Errors the pass finds are SyntaxErrors with CPython's wording (nonlocal at module
// level, no binding for nonlocal, name used before global declaration, ...).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/diagnostics.h"

namespace edge::compiler {

enum class ScopeKind : uint8_t { Module, Function, Lambda, Comprehension, Class };

enum class NameScope : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;        // function/class name, "<lambda>", "<listcomp>", ...
  std::string qualname;    // __qualname__ of the function or class
  Scope* parent = nullptr;
  std::vector<Scope*> children;

  // Filled by the pass.
  std::unordered_map<std::string, uint32_t> flags;    // kDef* bits per name
  std::unordered_map<std::string, NameScope> resolved;
  std::vector<std::string> varnames;  // parameters first (CPython's order), then locals
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  bool is_generator = false;
  bool is_coroutine = false;
  bool has_varargs = false;
  bool has_varkeywords = false;
  uint32_t argcount = 0;
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;

  NameScope scope_of(const std::string& name) const;
  bool is_function_like() const { return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension; }
};

// Flag bits recorded per name before resolution.
enum : uint32_t {
  kDefLocal = 1u << 0,     // bound here (assignment, import, def, for target, ...)
  kDefParam = 1u << 1,
  kDefGlobal = 1u << 2,    // `global` statement
  kDefNonlocal = 1u << 3,  // `nonlocal` statement
  kUse = 1u << 4,
  kDefFreeClass = 1u << 5,
};

// Scopes of one module, keyed by the AST node that opens each scope (Module,
// FunctionDef, Lambda, ClassDef, or a comprehension expression).
class ScopeTable {
 public:
  Scope* module_scope() const { return module_scope_; }
  Scope* scope_for(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

 private:
  friend class ScopeBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  Scope* module_scope_ = nullptr;
};

// Runs the pass; on a SyntaxError reports through `diagnostics` and returns null.
std::unique_ptr<ScopeTable> build_scopes(const Module& module, Diagnostics& diagnostics);

}  // namespace edge::compiler
