// The host side of the example: listen for results and drive the attributes.
const checker = document.querySelector("spot-check");
const last = document.getElementById("last-result");

// spotcheck:result bubbles out of the shadow root (composed), so any ancestor can listen.
document.addEventListener("spotcheck:result", (event) => {
  last.value = `${event.detail.triage.level}: ${event.detail.triage.advice}`;
});

document.getElementById("compact").addEventListener("change", (e) => {
  checker.compact = e.target.checked;
});
document.getElementById("theme").addEventListener("change", (e) => {
  checker.setAttribute("theme", e.target.value);
});

checker.ready.then(() => document.documentElement.classList.add("spot-check-ready"), (e) => {
  last.value = `the checker could not start (${e.message})`;
});
