// embind registers every built-in type at startup (bind.cpp
// __embind_register_native_and_builtin_types), and the glue carries the
// JavaScript for each. The bindings (bindings.cpp) pass only void, bool,
// integers and std::string, never a wide string, an emscripten::val or a
// memory_view, so those three registrations do nothing here and their
// JavaScript (UTF-16 and UTF-32 coding, the val handles, the typed-array
// views) leaves the glue: 0.9 KB gzip of the page's first load (README.md
// "Performance"). A binding that used one of them would fail at once with
// embind's "unbound type" error, in every test that calls it.
// Linked after -lembind (wasm/CMakeLists.txt), so these replace embind's own.
mergeInto(LibraryManager.library, {
  _embind_register_std_wstring__deps: [],
  _embind_register_std_wstring: function (rawType, charSize, name) {},
  _embind_register_emval__deps: [],
  _embind_register_emval: function (rawType, name) {},
  _embind_register_memory_view__deps: [],
  _embind_register_memory_view: function (rawType, dataTypeIndex, name) {},
});
