// How fast the machine is during a run, so that runs can be compared: the same code measured twice
// on these shared 2-core machines has differed by a factor of two. A fixed piece of work in plain
// JavaScript (sorting a million numbers from a fixed seed), its median over 5 rounds.

export function cpuCheckMs(): number {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const data = Float64Array.from({ length: 1_000_000 }, random);
  const rounds = Array.from({ length: 5 }, () => {
    const copy = data.slice();
    const t0 = performance.now();
    copy.sort();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return rounds[2]!;
}
