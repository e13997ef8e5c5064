// The knowledge base as compact bytes, for the page's engine: the wasm the page
// loads embeds these bytes (written at build time from the validated data/
// bundle by tools/kb_encode.cpp) instead of the JSON bundle and its validating
// loader: 20 KiB gzip less to load before the first question. What the loader derives
// from the data (the logs of the likelihoods, the id indices, the triage's
// raise gaps) is derived again when the bytes are read, by the same code.
//
// The bytes are not a format for people or other programs: they are written
// and read by one build of this file, and checked against the JSON loader by
// tests/native/test_kb_binary.cpp.
#pragma once

#include <string>
#include <string_view>

#include "knowledge_base.hpp"

namespace spotcheck {

// Every field of a loaded (valid) knowledge base, as bytes.
std::string encode_knowledge_base(const KnowledgeBase& kb);

// Reads bytes encode_knowledge_base() wrote; false when they are cut short or
// not such bytes (out is then unspecified).
bool decode_knowledge_base(std::string_view bytes, KnowledgeBase& out);

}  // namespace spotcheck
