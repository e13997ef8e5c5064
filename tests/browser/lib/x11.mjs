// A minimal X11 protocol client (no library): lists the top-level windows of
// a display and gives one the input focus. Under Xvfb there is no window
// manager, so nobody else does: WebKit's window loses focus when WebDriver
// resizes it, and then :focus and :focus-visible never match.
import { createConnection } from "node:net";

const pad4 = (n) => (n + 3) & ~3;

export class X11 {
  #socket;
  #buffer = Buffer.alloc(0);
  #waiting = null;
  #queue = Promise.resolve();

  /** Connects to display ":N" (a local Xvfb without authorisation). */
  static async connect(display) {
    const x = new X11();
    await x.#open(`/tmp/.X11-unix/X${display.replace(/^:/, "").split(".")[0]}`);
    return x;
  }

  #open(path) {
    return new Promise((ok, fail) => {
      this.#socket = createConnection(path);
      this.#socket.once("error", fail);
      this.#socket.on("data", (d) => { this.#buffer = Buffer.concat([this.#buffer, d]); this.#waiting?.(); });
      this.#socket.once("connect", async () => {
        // Setup: little-endian, protocol 11.0, no authorisation.
        const setup = Buffer.alloc(12);
        setup.write("l", 0);
        setup.writeUInt16LE(11, 2);
        this.#socket.write(setup);
        const head = await this.#read(8);
        const rest = await this.#read(head.readUInt16LE(6) * 4);
        if (head[0] !== 1) return fail(new Error(`X11 setup refused: ${rest.toString("latin1", 0, head[1])}`));
        // Reply body (offsets from byte 8): vendor length at 16, formats count at 21, vendor at 32.
        const vendorLength = rest.readUInt16LE(16), formats = rest[21];
        this.root = rest.readUInt32LE(32 + pad4(vendorLength) + 8 * formats);
        ok();
      });
    });
  }

  async #read(n) {
    while (this.#buffer.length < n) await new Promise((ok) => { this.#waiting = ok; });
    this.#waiting = null;
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(n);
    return out;
  }

  // Sends a request; resolves to its reply (or null when it has none). One at a time.
  #request(opcode, data, words, hasReply) {
    const run = this.#queue.then(async () => {
      const req = Buffer.alloc(4 + words.length * 4);
      req[0] = opcode;
      req[1] = data;
      req.writeUInt16LE(1 + words.length, 2);
      words.forEach((w, i) => req.writeUInt32LE(w >>> 0, 4 + i * 4));
      this.#socket.write(req);
      if (!hasReply) return null;
      const head = await this.#read(32);
      if (head[0] === 0) throw new Error(`X11 error ${head[1]} for request ${opcode}`);
      return Buffer.concat([head, await this.#read(head.readUInt32LE(4) * 4)]);
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  /** The root's children that are mapped and viewable: [{ id, width, height }]. */
  async topLevels() {
    const tree = await this.#request(15, 0, [this.root], true); // QueryTree
    const ids = Array.from({ length: tree.readUInt16LE(16) }, (_, i) => tree.readUInt32LE(32 + i * 4));
    const out = [];
    for (const id of ids) {
      const attributes = await this.#request(3, 0, [id], true).catch(() => null); // GetWindowAttributes
      if (!attributes || attributes[26] !== 2 || attributes[27]) continue; // viewable, not override-redirect
      const geometry = await this.#request(14, 0, [id], true); // GetGeometry
      out.push({ id, width: geometry.readUInt16LE(16), height: geometry.readUInt16LE(18) });
    }
    return out;
  }

  /** Gives window `id` the input focus (SetInputFocus, revert to PointerRoot), and waits until the server has it. */
  async focus(id) {
    await this.#request(42, 1, [id, 0], false);
    const reply = await this.#request(43, 0, [], true); // GetInputFocus
    return reply.readUInt32LE(8) === id;
  }

  close() { this.#socket.destroy(); }
}
