// Guttate psoriasis (a GP visit) and pityriasis rosea (self-care) look alike:
// many small scaly spots on the trunk of a young person. What tells them apart
// in the history is in their sources, and the knowledge base must say the same:
// - a sore throat 1 to 3 weeks before: Patient.info, Guttate psoriasis (causes
//   and symptoms): "The throat infection is found in about 80% of cases";
//   NHS Psoriasis (types: guttate, "often triggered by a throat infection");
//   in pityriasis rosea only some people have a sore throat or a cold first;
// - psoriasis in the family: NHS Psoriasis (causes: it runs in families;
//   NHS Lothian RefHelp, Psoriasis: about half have a family history, though
//   guttate psoriasis is often a first episode); pityriasis rosea is a
//   reaction to a herpesvirus (AAD, Pityriasis rosea: who gets and causes, HHV-6
//   and HHV-7), not a family trait: no more likely than in anyone with red spots;
// - the spots: drop-like papules, raised (DermNet, Acute forms of psoriasis:
//   guttate psoriasis; Patient.info: "slightly raised"), where pityriasis
//   rosea's are "flat or slightly raised" (NICE CKS Pityriasis rosea, diagnosis);
// - the herald patch: pityriasis rosea's, in 50 to 90% (StatPearls, Herald
//   patch); not a sign of psoriasis.
// The numbers come from data/; the test checks the direction and the size the
// sources give, not any one story.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const data = new URL("../../data/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, data), "utf8"));
const baseRate = Object.fromEntries(read("findings.json").findings.map((f) => [f.id, f.base_rate]));
const guttate = read("conditions/guttate_psoriasis.json");
const rosea = read("conditions/pityriasis_rosea.json");
const p = (cause, finding) => cause.likelihoods[finding] ?? baseRate[finding];
const ratio = (finding) => p(guttate, finding) / p(rosea, finding);

test("a sore throat before the spots is found in about 80% of guttate psoriasis (Patient.info) and favours it over pityriasis rosea", () => {
  assert.ok(p(guttate, "sore_throat_recent") >= 0.75 && p(guttate, "sore_throat_recent") <= 0.85, "about 80%");
  assert.ok(ratio("sore_throat_recent") >= 4, `a yes favours guttate psoriasis at least 4 to 1 (is ${ratio("sore_throat_recent").toFixed(1)})`);
});

test("psoriasis in the family favours guttate psoriasis (NHS: runs in families); pityriasis rosea is no family trait (AAD: a herpesvirus)", () => {
  assert.ok(p(guttate, "family_history_similar") >= 0.25, "psoriasis runs in families");
  assert.ok("family_history_similar" in rosea.likelihoods, "pityriasis rosea says it, rather than taking the average cause's rate");
  assert.ok(p(rosea, "family_history_similar") < baseRate.family_history_similar, "below the average cause with red spots");
  assert.ok(ratio("family_history_similar") >= 4, `a yes favours guttate psoriasis at least 4 to 1 (is ${ratio("family_history_similar").toFixed(1)})`);
});

test("guttate psoriasis is raised papules (DermNet), pityriasis rosea flat or slightly raised (NICE CKS)", () => {
  assert.ok(p(guttate, "raised") >= 0.75, "drop-like papules");
  assert.ok(p(guttate, "raised") > p(rosea, "raised"));
});

test("a herald patch points to pityriasis rosea (StatPearls: 50 to 90%), not to psoriasis", () => {
  assert.ok(p(rosea, "herald_patch") >= 0.5 && p(rosea, "herald_patch") <= 0.9);
  assert.ok(ratio("herald_patch") <= 0.1);
});
