// What a page has stored on the device, read the way a site could read it.

/** Cookies, localStorage keys and IndexedDB database names for the page's origin. */
export async function storedData(page) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }));
  return { ...inPage, cookies: (await page.context().cookies()).map((c) => c.name) };
}

export const NOTHING_STORED = { cookie: "", localStorage: [], indexedDB: [], cookies: [] };
