// embind registers every built-in type at startup (bind.cpp
// __embind_register_native_and_builtin_types), and the glue carries the
// JavaScript for each. The bindings (bindings.cpp) pass only integers and a
// bool (text crosses in wasm memory): never a string, a wide string, a
// floating-point number, an emscripten::val or a memory_view, so those
// registrations do nothing here and their JavaScript (string and UTF-16/32
// coding, the val handles, the typed-array views) leaves the glue (README.md
// "Performance"). A binding that used one of them would fail at once with
// embind's "unbound type" error, in every test that calls it.
// Linked after -lembind (wasm/CMakeLists.txt), so these replace embind's own.
mergeInto(LibraryManager.library, {
  _embind_register_std_string__deps: [],
  _embind_register_std_string: function (rawType, name) {},
  _embind_register_float__deps: [],
  _embind_register_float: function (rawType, name, size) {},
  _embind_register_std_wstring__deps: [],
  _embind_register_std_wstring: function (rawType, charSize, name) {},
  _embind_register_emval__deps: [],
  _embind_register_emval: function (rawType, name) {},
  _embind_register_memory_view__deps: [],
  _embind_register_memory_view: function (rawType, dataTypeIndex, name) {},
});
