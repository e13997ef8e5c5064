import { createChecker } from "./spotcheck.mjs";
const checker = await createChecker();
const result = checker.assess({ findings: { blanches_on_pressure: false, fever: true } });
const el = document.getElementById("triage");
el.dataset.triageLevel = result.triage.level;
el.textContent = result.triage.advice;
document.getElementById("status").textContent = "Ready";
