// Code objects: handler lookup, tracing, and the disassembler used by tests and by
// `edge --dis`.
#include "vm/code.h"

#include "vm/fmt.h"
#include "vm/heap.h"
#include "vm/opcodes.h"
#include "vm/types/str.h"
#include "vm/vm.h"

namespace edge::vm {

Code* make_code(VM& vm) { return vm.heap.make<Code>(vm.types.code); }

const ExceptionTableEntry* Code::find_handler(uint32_t ip) const {
  for (const ExceptionTableEntry& e : exception_table) {
    if (ip >= e.start && ip < e.end) return &e;
  }
  return nullptr;
}

void Code::trace(Tracer& t) const {
  t.visit_range(constants.begin(), constants.end());
  for (Str* s : names) t.visit(s);
  for (Str* s : varnames) t.visit(s);
  for (Str* s : cellvars) t.visit(s);
  for (Str* s : freevars) t.visit(s);
  t.visit(name);
  t.visit(qualname);
  t.visit(filename);
  t.visit(doc);
}

namespace {

std::string describe_constant(Value v) {
  if (v.is_none()) return "None";
  if (v.is_bool()) return v.as_bool() ? "True" : "False";
  if (v.is_small_int()) return fmt::format("{}", v.as_small_int());
  if (v.is_float()) return fmt::format("{}", v.as_float());
  if (is_str(v)) return str_repr(as_str(v)->view());
  if (is_code(v)) return fmt::format("<code {}>", as_code(v)->qualname->view());
  return "<const>";
}

void disassemble_into(const Code* code, std::string& out) {
  out += fmt::format("Disassembly of {} ({} locals, {} cells, {} free, stack {}):\n", code->qualname->view(),
                     code->nlocals(), code->ncells(), code->nfree(), code->stacksize);
  uint32_t last_line = 0;
  for (uint32_t ip = 0; ip < code->instructions.size(); ++ip) {
    uint32_t word = code->instructions[ip];
    Op op = decode_op(word);
    uint32_t arg = decode_arg(word);
    uint32_t line = code->line_of(ip);
    std::string line_col = line != last_line ? fmt::format("{:>4}", line) : "    ";
    last_line = line;
    std::string detail;
    switch (op) {
      case Op::LoadConst:
      case Op::KwNames:
        detail = describe_constant(code->constants[arg]);
        break;
      case Op::LoadFast:
      case Op::StoreFast:
      case Op::DeleteFast:
        detail = std::string(code->varnames[arg]->view());
        break;
      case Op::LoadGlobal:
      case Op::StoreGlobal:
      case Op::DeleteGlobal:
      case Op::LoadName:
      case Op::StoreName:
      case Op::DeleteName:
      case Op::LoadAttr:
      case Op::StoreAttr:
      case Op::DeleteAttr:
      case Op::LoadMethod:
      case Op::ImportName:
      case Op::ImportFrom:
        detail = std::string(code->names[arg]->view());
        break;
      case Op::LoadDeref:
      case Op::StoreDeref:
      case Op::DeleteDeref:
      case Op::LoadClosure:
        detail = std::string(arg < code->ncells() ? code->cellvars[arg]->view() : code->freevars[arg - code->ncells()]->view());
        break;
      default:
        break;
    }
    out += fmt::format("{} {:>5} {:<20} {:>6} {}\n", line_col, ip, op_name(op), arg, detail);
  }
  for (const ExceptionTableEntry& e : code->exception_table) {
    out += fmt::format("  handler: [{}, {}) -> {} depth {}\n", e.start, e.end, e.handler, e.depth);
  }
  for (Value c : code->constants) {
    if (is_code(c)) {
      out += "\n";
      disassemble_into(as_code(c), out);
    }
  }
}

}  // namespace

std::string disassemble(const Code* code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace edge::vm
