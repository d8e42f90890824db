// What the benchmarks share: the emulated slow-4G phone of issue 18 (one setting for every
// measure that names it) and the median.

/** The median of `xs`. */
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * Throttles `page` as a slow-4G phone: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×
 * slower. Returns its DevTools session, for more settings.
 */
export async function slow4g(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}
