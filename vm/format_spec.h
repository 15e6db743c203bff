// Python's format-spec mini-language (3.11 library reference, "Format Specification
// Mini-Language"): [[fill]align][sign][z][#][0][width][grouping][.precision][type],
// parsed once and then rendered for floats, ints and strs. Used by format(), f-string
// replacement fields and str.format; pure functions on plain C++ values.
//
// Invariant: output and error messages are CPython 3.11's, including which check fires
// first. parse_format_spec only does the type-independent syntax checks; each format_*
// function then runs the checks that depend on the value's type, in CPython's order
// (separator vs presentation type, unknown type code, then type-specific rules).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace edge::vm {

struct FormatSpec {
  std::string fill = " ";      // UTF-8 of one code point; meaningful if fill_specified
  bool fill_specified = false;  // "[fill]align" form
  char align = 0;               // '<' '>' '=' '^', or 0: the type's default
  char sign = 0;                // '+' '-' ' ', or 0
  bool no_neg_zero = false;     // 'z'
  bool alternate = false;       // '#'
  bool zero_pad = false;        // '0' before the width (only without an explicit fill)
  int64_t width = -1;           // -1: none
  char grouping = 0;            // ',' '_' or 0
  int64_t precision = -1;       // -1: none
  bool has_type = false;
  char32_t type = 0;            // valid when has_type (may be U+0000 or any code point)
};

// Parses `spec` (UTF-8). `type_name` is the formatted object's type name, which only
// appears in the "Invalid format specifier" message. Errors are ValueError.
bool parse_format_spec(std::string_view spec, FormatSpec& out, std::string& error,
                       std::string_view type_name = "object");

// True for the presentation types an int hands to float formatting (e E f F g G %):
// the caller converts the int to float (OverflowError if it cannot) and calls
// format_float with the same spec.
bool format_spec_wants_float(const FormatSpec& spec);
// True for 'c': an int formatted as the character with that code point.
bool format_spec_wants_char(const FormatSpec& spec);

// float.__format__ for a non-empty spec (an empty spec means str(x), which this also
// produces). Types e E f F g G n % and none.
bool format_float(double x, const FormatSpec& spec, std::string& out, std::string& error,
                  std::string_view type_name = "float");

// int.__format__ for a non-empty spec. `negative` is the sign; `magnitude_digits(base)`
// returns |value| in base 2, 8, 10 or 16 with lower-case digits and no prefix. Types
// b d o x X n c and none; float types must go to format_float (checked first by
// format_spec_wants_float). 'c' is handled here too, via the base-16 digits.
bool format_int(bool negative, const std::function<std::string(int base)>& magnitude_digits,
                const FormatSpec& spec, std::string& out, std::string& error,
                std::string_view type_name = "int");
// The 'c' path for a value that fits in int64 (a wider int makes CPython raise
// OverflowError "Python int too large to convert to C long" before the range check).
bool format_int_as_char(int64_t value, const FormatSpec& spec, std::string& out, std::string& error,
                        std::string_view type_name = "int");

// str.__format__: type 's' or none; precision truncates and width pads, both counted in
// code points; strings align left by default.
bool format_str(std::string_view utf8, const FormatSpec& spec, std::string& out, std::string& error,
                std::string_view type_name = "str");

// Every failure above is a ValueError except these messages.
inline constexpr std::string_view kCharRangeMessage = "%c arg not in range(0x110000)";     // OverflowError
inline constexpr std::string_view kCLongOverflowMessage = "Python int too large to convert to C long";  // OverflowError
inline constexpr std::string_view kFormatMemoryMessage = "out of memory";  // MemoryError (empty message in Python)
enum class FormatErrorKind { ValueError, OverflowError, MemoryError };
FormatErrorKind format_error_kind(std::string_view message);

// Widths/precisions whose output could not be allocated report kFormatMemoryMessage
// (CPython would attempt the allocation; we refuse early, as the wasm heap is 4 GiB).
inline constexpr int64_t kMaxFormattedLength = int64_t{1} << 30;

}  // namespace edge::vm
