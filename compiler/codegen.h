// The code generator: AST + scopes in, Code objects out (one per module, function,
// lambda, comprehension and class body).
//
// Emission is linear with labels patched at the end of each unit. The generator tracks
// the stack depth as it emits (using the effects in vm/opcodes.def), so every
// exception handler knows the depth to unwind to and each Code gets its exact
// stacksize.
//
// Exception handling is table-driven: each emitted instruction is tagged with the
// innermost handler active at that point; finishing a unit turns runs of equal tags
// into the exception table. `return`, `break` and `continue` that leave a `try`,
// `with`, loop or `except` block inline the cleanup that block needs (the finally
// body, the __exit__ call, popping the iterator), emitted with the handlers of the
// enclosing blocks -- the same strategy as CPython 3.11.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/diagnostics.h"
#include "compiler/scope.h"
#include "vm/opcodes.h"
#include "vm/value.h"

namespace edge::vm {
class VM;
struct Code;
struct Str;
}  // namespace edge::vm

namespace edge::compiler {

class CodeGen {
 public:
  CodeGen(vm::VM& vm, Diagnostics& diagnostics, std::shared_ptr<const SourceFile> source, const ScopeTable& scopes);

  // Null after reporting a SyntaxError through the diagnostics.
  vm::Code* compile_module(const Module& module);
  // `eval` mode: the module's single ExprStmt, whose value the code returns.
  vm::Code* compile_eval(const Module& module);
  // `single` mode (compile(..., 'single')): each expression statement of the module
  // body passes its value to `hook` (sys.displayhook's role) instead of discarding
  // it, and a leading string is displayed, not taken as a docstring.
  void set_display_hook(vm::Value hook) { display_hook_ = hook; }

 private:
  using Label = int32_t;

  // Blocks that `break`, `continue` and `return` must unwind through.
  enum class BlockKind : uint8_t {
    WhileLoop,       // continue -> `continue_label`, break -> `exit_label`
    ForLoop,         // as WhileLoop; the iterator is on the stack
    TryExcept,       // the body of a try with except handlers
    FinallyTry,      // the body of a try with a finally: inline the finally body
    FinallyEnd,      // inside the finally body on the exception path: [prev, exc]
    HandlerCleanup,  // inside an except clause: [prev]; `name` is the `as` target
    With,            // inside a with body: [exit]
  };
  struct Block {
    explicit Block(BlockKind k, Label continue_to = -1, Label exit_to = -1)
        : kind(k), continue_label(continue_to), exit_label(exit_to) {}
    BlockKind kind;
    Label continue_label = -1;
    Label exit_label = -1;
    const std::vector<Stmt*>* finalbody = nullptr;
    std::string name;
    int32_t handler = -1;  // the handler region this block installed, if any
    bool is_async = false; // an `async with`: its exit call is awaited
  };

  struct HandlerRegion {
    Label handler;
    int depth;  // stack depth to unwind to
  };

  struct Unit {
    Scope* scope = nullptr;
    vm::Code* code = nullptr;
    std::vector<uint32_t> instructions;
    std::vector<uint32_t> lines;
    std::vector<int32_t> instr_handler;  // innermost handler region per instruction
    std::vector<int32_t> label_pos;
    std::vector<int> label_depth;       // -1: unknown
    std::vector<std::pair<uint32_t, Label>> fixups;
    std::vector<HandlerRegion> regions;
    std::vector<int32_t> region_stack;
    std::vector<Block> blocks;
    std::unordered_map<std::string, uint32_t> name_index;
    std::unordered_map<std::string, uint32_t> varname_index;
    std::unordered_map<std::string, uint32_t> cell_index;   // cells then frees
    std::unordered_map<std::string, uint32_t> const_index;   // deduplicated constants
    int depth = 0;
    int max_depth = 0;
    bool reachable = true;
    uint32_t line = 1;
  };

  // --- units -------------------------------------------------------------------------------
  void enter_unit(Scope* scope, uint32_t first_line);
  vm::Code* finish_unit();
  vm::Code* compile_function_body(Scope* scope, const std::vector<Stmt*>& body, const Expr* lambda_body,
                                  uint32_t first_line, Span span);

  // --- emission ------------------------------------------------------------------------------
  void emit(vm::Op op, uint32_t arg = 0);
  void emit_jump(vm::Op op, Label target);
  Label new_label();
  void bind_label(Label label);
  void set_depth(int depth);
  uint32_t add_const(vm::Value value, const std::string& key);
  uint32_t const_none();
  uint32_t const_str(const std::string& s);
  uint32_t const_int(int64_t v);
  uint32_t name_index(const std::string& name);
  void load_const(vm::Value value, const std::string& key) { emit(vm::Op::LoadConst, add_const(value, key)); }
  // Exceptions raised from here on go to `handler`, with the stack cut back to the
  // current depth minus `below_top` values.
  void push_region(Label handler, int below_top = 0);
  void pop_region();
  // Emits the normal exit of an except clause (or a suppressing with) outside the
  // innermost handler region.
  void leave_handler(const std::function<void()>& emit_exit);
  int32_t current_region() const;
  void set_line(Span span);

  // --- names ---------------------------------------------------------------------------------
  enum class Access : uint8_t { Load, Store, Delete };
  void name_op(const std::string& name, Access access, Span span);

  // --- statements -------------------------------------------------------------------------------
  void compile_body(const std::vector<Stmt*>& body);
  void compile_stmt(const Stmt* stmt);
  void compile_function_def(const FunctionDef* f);
  void compile_class_def(const ClassDef* c);
  vm::Code* compile_class_body(Scope* scope, const ClassDef* c);
  // [awaitable] -> [its result]: the code `await` compiles to.
  void emit_await();
  void compile_assign_target(const Expr* target);
  void compile_aug_assign(const AugAssign* a);
  void compile_delete_target(const Expr* target);
  void compile_if(const If* s);
  void compile_while(const While* s);
  void compile_for(const For* s);
  void compile_try(const Try* s);
  void compile_try_except(const Try* s);
  void compile_try_finally(const Try* s);
  void compile_with(const With* s, size_t item);
  void compile_return(const Return* s);
  void compile_break_continue(const Stmt* s, bool is_break);
  void compile_raise(const Raise* s);
  void compile_assert(const Assert* s);
  void compile_import(const Import* s);
  void compile_import_from(const ImportFrom* s);
  // The match statement (compiler/codegen_match.cpp).
  //
  // While a pattern is compiled the stack holds, from the bottom: the values captured
  // so far (the last captured deepest), `on_top` values that enclosing patterns still
  // need, then the subject of the pattern being compiled. A pattern consumes its
  // subject; on success its captures have joined the capture area, on failure it
  // jumps to fail_pop[n], which pops the n values above the case's base and goes on
  // to the next case (or alternative). Names are stored only once the whole case
  // pattern has matched, as CPython does.
  struct PatternContext {
    std::vector<std::string> stores;  // captured names, stores[0] nearest the top
    std::vector<Label> fail_pop;      // fail_pop[n]: pop n values, then fail
    int on_top = 0;
    bool allow_irrefutable = false;   // may this pattern match anything?
  };
  void compile_match(const Match* s);
  void compile_pattern(const Pattern* p, PatternContext& pc);
  void compile_pattern_subpattern(const Pattern* p, PatternContext& pc);
  bool compile_pattern_unpacked(const Pattern* p, PatternContext& pc);
  void compile_pattern_value(const MatchValue* p, PatternContext& pc);
  void compile_pattern_sequence(const MatchSequence* p, PatternContext& pc);
  void compile_pattern_mapping(const MatchMapping* p, PatternContext& pc);
  void compile_pattern_class(const MatchClass* p, PatternContext& pc);
  void compile_pattern_as(const MatchAs* p, PatternContext& pc);
  void compile_pattern_or(const MatchOr* p, PatternContext& pc);
  void pattern_store_name(const std::string& name, Span span, PatternContext& pc);
  void pattern_rotate(int count);
  void pattern_jump_to_fail_pop(vm::Op op, PatternContext& pc);
  void pattern_emit_fail_pop(PatternContext& pc);
  void pattern_ensure_fail_pop(PatternContext& pc, size_t n);
  void unwind_block(const Block& block, bool preserve_tos);
  void clear_exception_name(const std::string& name);

  // --- expressions -------------------------------------------------------------------------------
  void compile_expr(const Expr* e);
  void compile_constant(const Constant* c);
  void compile_bool_op(const BoolOp* e);
  void compile_compare(const Compare* e);
  void compile_call(const Call* e);
  bool call_has_star(const Call* e) const;
  void compile_call_args_ex(const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords, Span span);
  void compile_sequence_with_star(const std::vector<Expr*>& elts, vm::Op build, vm::Op extend, bool to_tuple);
  void compile_dict(const Dict* e);
  void compile_comprehension(const Expr* node, const std::vector<Comprehension*>& generators, const Expr* elt,
                             const Expr* value);
  void compile_comprehension_generator(const std::vector<Comprehension*>& generators, size_t index, const Expr* node,
                                       const Expr* elt, const Expr* value, int depth_of_result);
  void compile_lambda(const Lambda* e);
  void compile_make_function(Scope* scope, vm::Code* code, const Arguments* args, const Expr* returns);
  void compile_joined_str(const JoinedStr* e);
  void compile_formatted_value(const FormattedValue* e);
  void compile_subscript(const Subscript* e);
  void compile_slice_or_expr(const Expr* e);
  void compile_jump_if(const Expr* e, bool jump_if_true, Label target);

  void error(Span span, std::string message) { diag_.error(span, std::move(message)); }

  vm::VM& vm_;
  Diagnostics& diag_;
  std::shared_ptr<const SourceFile> source_;
  const ScopeTable& scopes_;
  std::vector<std::unique_ptr<Unit>> units_;
  vm::Value display_hook_ = vm::Value::null();  // rooted by the caller
  Unit* u_ = nullptr;
};

}  // namespace edge::compiler
