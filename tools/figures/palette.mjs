// Skin tones and how marks look on each. On brown and black skin redness
// shows as purple, dark brown or grey rather than red, and a pale rash is
// harder to see (DermNet "Skin of colour"; NHS pages show rashes on brown and
// black skin the same way), so each tone has its own colours for the marks.
//
// skin: the patch; shade/hi: creases and highlights; red, purple, pink, dark:
// the colour options; crust, scab, pus, blister, scale: textures; ink: arrows and outlines
// that must stand out on that skin.
export const TONES = {
  light: {
    skin: "#f1cfb6", shade: "#d9aa8c", hi: "#fbe7d9",
    red: "#d42a35", purple: "#7b2a5c", pink: "#e58f93", dark: "#7a4b37",
    crust: "#d99a2b", scab: "#7b3b23", pus: "#f3e39a", blister: "#fbf3ea", scale: "#fbf7f2", ink: "#3a2a22",
  },
  medium: {
    skin: "#c68a60", shade: "#a36c47", hi: "#dcaa84",
    red: "#a5222a", purple: "#5a1f45", pink: "#d78b79", dark: "#5e3722",
    crust: "#d99a2b", scab: "#5a2a16", pus: "#f1df95", blister: "#ecd3bd", scale: "#f3e8dc", ink: "#2b1d15",
  },
  dark: {
    skin: "#6a432c", shade: "#4f3020", hi: "#86593d",
    // Red reads as deep red-brown or purple, purple as near black (NHS, DermNet).
    red: "#3d121b", purple: "#220d1a", pink: "#8a5a48", dark: "#2f1b12",
    crust: "#c98d2a", scab: "#2e160c", pus: "#e5d08a", blister: "#b8957e", scale: "#d9c6b6", ink: "#f4e9de",
  },
};

// Around every picture: a frame that shows on white paper and on a dark page.
export const FRAME = "#8a8f98";
// Backgrounds for pictures of a whole face or body (not a skin close-up).
export const BACKDROP = "#e8edf2";
