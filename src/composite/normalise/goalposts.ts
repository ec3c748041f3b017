/**
 * Goalposts (COINr `n_goalposts`): the distance from the lower goalpost to the upper one, clipped to [0, 1] and
 * multiplied by `scale`. Goalposts are given on the raw scale per indicator; for direction −1 the lower goalpost
 * is the best value, so the score is (upper − x)/(upper − lower).
 * Unlike COINr 1.1.14, the scale is not negated for direction −1 indicators (that made their scores negative).
 */
import type { GoalpostsParams } from '../types.ts';
import { newColumn, type Column } from '../table.ts';

/** Scores a direction-adjusted column `x` (x = raw × direction) against the indicator's goalposts. */
export function goalposts(x: Column, params: GoalpostsParams, code: string, direction: 1 | -1): Column {
  const posts = params.posts[code];
  if (!posts) throw new Error(`goalposts: no goalposts for indicator ${code}`);
  const { scale = 1, truncate = true } = params;
  // work on the direction-adjusted scale, where the goalposts are multiplied by the direction too
  const [g1, g2] = direction === 1 ? [posts[0], posts[1]] : [-posts[1], -posts[0]];
  const out = newColumn(x.length);
  for (let i = 0; i < x.length; i++) {
    let y = (x[i] - g1) / (g2 - g1);
    if (truncate) y = y > 1 ? 1 : y < 0 ? 0 : y; // NaN (missing) passes both tests unchanged
    out[i] = y * scale;
  }
  return out;
}

/** Checks `{posts: {code: [lower, upper]}, scale, truncate}`. */
export function validateGoalposts(p: GoalpostsParams | undefined): GoalpostsParams {
  if (!p || typeof p.posts !== 'object' || p.posts === null) throw new Error('goalposts: params.posts is required ({code: [lower, upper]})');
  for (const [code, gp] of Object.entries(p.posts)) {
    if (!Array.isArray(gp) || gp.length !== 2 || !gp.every(Number.isFinite) || gp[0] >= gp[1]) {
      throw new Error(`goalposts: ${code} needs [lower, upper] with lower < upper, got ${JSON.stringify(gp)}`);
    }
  }
  const { scale = 1, truncate = true } = p;
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`goalposts: scale must be > 0, got ${scale}`);
  return { posts: p.posts, scale, truncate };
}
